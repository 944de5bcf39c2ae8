package directive_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
)

func ExampleDirective_MarshalJSON() {
	d := dt.Directive("04/CT-TTg", "2024-02-11",
		dt.Assignment("1", dt.Party("hp-stttt", "Sở Thông tin và Truyền thông"),
			dt.Task("Phê duyệt hồ sơ cho 100% hệ thống thông tin trước ngày 30/6/2024.", dt.Before("2024-06-30"),
				dt.Target(">=", "100%", "hệ thống thông tin")),
		),
	)
	// An Encoder without HTML escaping keeps ">=" readable.
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", " ")
	e.Encode(d)
	fmt.Print(b.String())
	var back directive.Directive
	fmt.Println(json.Unmarshal(b.Bytes(), &back), back.Assignments[0].Tasks[0].Deadline.Text)
	// Output:
	// {
	//  "number": "04/CT-TTg",
	//  "doc_type": "Chỉ thị",
	//  "issuer": "",
	//  "issuer_id": "",
	//  "issuer_parent": "",
	//  "place": "",
	//  "issued": {
	//   "text": "ngày 11/02/2024",
	//   "kind": "date",
	//   "grain": "day",
	//   "from": "2024-02-11",
	//   "to": "2024-02-11"
	//  },
	//  "effective": null,
	//  "subject": "",
	//  "recipients": [],
	//  "preamble": "",
	//  "references": [],
	//  "assignments": [
	//   {
	//    "label": "1",
	//    "text": "Giao Sở Thông tin và Truyền thông",
	//    "assignees": [
	//     {
	//      "name": "Sở Thông tin và Truyền thông",
	//      "id": "hp-stttt"
	//     }
	//    ],
	//    "cooperating": [],
	//    "tasks": [
	//     {
	//      "label": "1.1",
	//      "text": "Phê duyệt hồ sơ cho 100% hệ thống thông tin trước ngày 30/6/2024.",
	//      "times": [
	//       {
	//        "text": "trước ngày 30/6/2024",
	//        "kind": "deadline",
	//        "grain": "day",
	//        "relation": "before",
	//        "due": "2024-06-30"
	//       }
	//      ],
	//      "deadline": {
	//       "text": "trước ngày 30/6/2024",
	//       "kind": "deadline",
	//       "grain": "day",
	//       "relation": "before",
	//       "due": "2024-06-30"
	//      },
	//      "targets": [
	//       {
	//        "text": "100% hệ thống thông tin",
	//        "op": ">=",
	//        "value": 100,
	//        "metric": "hệ thống thông tin"
	//       }
	//      ],
	//      "lead": [
	//       {
	//        "name": "Sở Thông tin và Truyền thông",
	//        "id": "hp-stttt"
	//       }
	//      ],
	//      "cooperating": [],
	//      "subtasks": []
	//     }
	//    ]
	//   }
	//  ],
	//  "closing": "",
	//  "distribution": [],
	//  "signature": {
	//   "authority": "",
	//   "title": "",
	//   "name": "",
	//   "lines": []
	//  },
	//  "parts": [],
	//  "attachments": [],
	//  "regions": [],
	//  "warnings": []
	// }
	// <nil> trước ngày 30/6/2024
}
