package directivescore_test

import (
	"fmt"

	"github.com/chidao/chidao/internal/directivescore"
)

func ExampleScore() {
	gold, err := directivescore.Decode([]byte(`{"file": "x.txt", "number": "12/CT-UBND", "issued": "2025-03-04",
		"assignments": [{"label": "1", "assignees": ["Chủ tịch UBND các xã"], "cooperating": ["Sở Tài chính"],
		 "tasks": [{"text_start": "Rà soát", "times": [{"kind": "deadline", "due": "2025-06-30"}], "targets": []}]}]}`))
	if err != nil {
		panic(err)
	}
	got, err := directivescore.Decode([]byte(`{"number": "12/CT-UBND", "issued": {"kind": "date", "from": "2025-03-04", "to": "2025-03-04"},
		"assignments": [{"label": "1", "assignees": [{"name": "UBND các xã", "title": "Chủ tịch"}], "cooperating": [],
		 "tasks": [{"text": "Rà soát", "times": [{"kind": "deadline", "due": "2025-06-29"}], "targets": [], "lead": [],
		  "cooperating": [{"name": "Sở Tài chính"}], "subtasks": []}]}]}`))
	if err != nil {
		panic(err)
	}
	r := directivescore.Score(gold, got)
	fmt.Println(r.NumberOK, r.IssuedOK)
	fmt.Println("assignee", r.Assignee)
	fmt.Println("body", r.Body)
	fmt.Println("cooperating", r.Cooperating)
	fmt.Println("time", r.Time, r.MissedTimes, r.ExtraTimes)
	// Output:
	// true true
	// assignee 0.00 (0 of 1 gold, 1 got)
	// body 1.00 (1 of 1 gold, 1 got)
	// cooperating 1.00 (1 of 1 gold, 1 got)
	// time 0.00 (0 of 1 gold, 1 got) [('deadline', '2025-06-30')] [('deadline', '2025-06-29')]
}

func ExampleDecode_error() {
	_, err := directivescore.Decode([]byte(`{"assignments": [{"assignees": ["Sở Y tế", 7]}]}`))
	fmt.Println(err)
	// Output:
	// directivescore: assignments[0].assignees[1]: want a name, a party object or null: "7"
}

func ExampleFold() {
	fmt.Println(directivescore.Fold("Sở Thông tin và Truyền thông (TT&TT)"))
	fmt.Println(directivescore.Body(directivescore.Fold("Chủ tịch Ủy ban nhân dân các tỉnh")))
	// Output:
	// so thong tin va truyen thong tt&tt
	// uy ban nhan dan cac tinh
}

func ExampleNameCheck() {
	for _, name := range []string{"Sở Tài chính", "Cơ quan có", "Bộ phận", "Quý IV/2026"} {
		fmt.Printf("%s: %q\n", name, directivescore.NameCheck(name, nil))
	}
	// Output:
	// Sở Tài chính: ""
	// Cơ quan có: "ends in a function word or verb"
	// Bộ phận: "lone head word"
	// Quý IV/2026: "digit or date"
}

func ExampleSummary_MeanLine() {
	var s directivescore.Summary
	s.AddMeta(directivescore.MetaResult{File: "a.txt", HasNumber: true, HasIssued: true, NumberOK: true, IssuedOK: true})
	fmt.Println(s.MeanLine())
	// Output:
	// mean over 1 documents: assignee F1 n/a, body F1 n/a, cooperating F1 n/a, time F1 n/a, target F1 n/a, number 1.00, issued 1.00
}
