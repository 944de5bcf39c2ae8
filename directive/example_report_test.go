package directive_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
	"github.com/chidao/chidao/kpi"
)

func ExampleNewReport() {
	sttt := dt.Party("hp-stttt", "Sở Thông tin và Truyền thông")
	ca := dt.Party("hp-ca", "Công an thành phố")
	d := dt.Directive("/BCĐĐA06HP-KSTTHC", "2024-03-01",
		dt.Assignment("2", ca,
			dt.Task("Triển khai đào tạo tập huấn về an ninh an toàn thông tin. Hoàn thành trước ngày 01/7/2024.", dt.Before("2024-07-01"), dt.Cooperating(sttt)),
		),
		dt.Assignment("3", sttt,
			dt.Task("Triển khai Kho dữ liệu hồ sơ thủ tục hành chính. Hoàn thành trước tháng 6/2024.", dt.BeforeMonth(2024, 6)),
			dt.Task("Phê duyệt hồ sơ đề xuất cấp độ cho 100% hệ thống thông tin trước ngày 30/6/2024.", dt.Before("2024-06-30"),
				dt.Target(">=", "100%", "hệ thống thông tin giải quyết thủ tục hành chính")),
			dt.Task("Tuyên truyền thường xuyên.", dt.Ongoing()),
		),
	)
	p := directive.Progress{}.
		Complete("3.1", "", dt.Date("2024-06-03")).
		Measure("3.2", 0, "", kpi.Count(dt.Date("2024-06-20"), 37, 40))
	r, err := directive.NewReport(d, &p, dt.Date("2024-06-25"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	r.WriteText(os.Stdout)
	fmt.Println(r.Totals.DoneOfDue(), r.Totals.DoneOfAll())
	// Output:
	// BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ
	// Công văn số /BCĐĐA06HP-KSTTHC
	// Số liệu tính đến ngày 25/06/2024.
	//
	// I. TỔNG HỢP CHUNG
	// Tổng số nhiệm vụ: 4
	//   - Đã hoàn thành đúng hạn: 0
	//   - Đã hoàn thành quá hạn: 1
	//   - Đang thực hiện trong hạn: 2 (sắp đến hạn: 2)
	//   - Đang thực hiện quá hạn: 0
	//   - Thường xuyên, không có thời hạn: 1
	// Trên số nhiệm vụ đã đến hạn (1): hoàn thành 1 (100%), trong đó đúng hạn 0 (0%).
	// Trên tổng số nhiệm vụ (4): hoàn thành 1 (25%), trong đó đúng hạn 0 (0%).
	//
	// II. NHIỆM VỤ QUÁ HẠN (xếp theo số ngày quá hạn)
	// Không có nhiệm vụ quá hạn.
	//
	// III. NHIỆM VỤ SẮP ĐẾN HẠN (trong 7 ngày tới)
	//   1. [3.2] Phê duyệt hồ sơ đề xuất cấp độ cho 100% hệ thống thông tin trước ngày 30/6/2024.
	//      Chủ trì: Sở Thông tin và Truyền thông. Hạn: 30/06/2024; còn 5 ngày.
	//   2. [2.1] Triển khai đào tạo tập huấn về an ninh an toàn thông tin.
	//      Chủ trì: Công an thành phố. Hạn: 01/07/2024; còn 6 ngày.
	//
	// IV. TÌNH HÌNH THEO CƠ QUAN, ĐƠN VỊ
	//   Công an thành phố
	//     Chủ trì 1 nhiệm vụ: 1 đang thực hiện trong hạn.
	//   Sở Thông tin và Truyền thông
	//     Chủ trì 3 nhiệm vụ: 1 đã hoàn thành quá hạn, 1 đang thực hiện trong hạn, 1 không có thời hạn.
	//     Phối hợp 1 nhiệm vụ: 1 đang thực hiện trong hạn.
	//
	// V. CHỈ TIÊU
	//   1. [3.2] 100% hệ thống thông tin giải quyết thủ tục hành chính — hạn 30/06/2024: có nguy cơ không đạt (92,5%, 37/40 ngày 20/06/2024).
	// 100% 25%
}

func ExampleReport_Agency() {
	d, p := dt.Generate(100, 5)
	r, err := directive.NewReport(d, p, dt.Date("2024-07-01"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, ok := r.Agency("co quan 002")
	fmt.Println(a.Name, a.ID, ok, a.Lead.Total, a.Cooperating.Total, len(r.Agencies))
	// Output:
	// Cơ quan 002 agency-002 true 20 7 5
}

func ExampleVietnameseDate() {
	fmt.Println(directive.VietnameseDate(dt.Date("2024-02-05")), directive.VietnameseDate(dt.Date("2024-11-30")))
	// Output:
	// 05/02/2024 30/11/2024
}

func ExampleValidate() {
	d := dt.Directive("12/CT-UBND", "2024-03-01",
		dt.Assignment("1", dt.Party("", "Sở Tư pháp"),
			dt.Task("Hoàn thành trước ngày 15/02/2024.", dt.Before("2024-02-15")),
			dt.Task("Đạt 120% hồ sơ.", dt.Target(">=", "120%", "hồ sơ")),
		),
	)
	problems, err := directive.Validate(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range problems {
		fmt.Println(p.Kind, p)
	}
	// Output:
	// deadline_before_issue 1.1: deadline "trước ngày 15/02/2024" falls due on 2024-02-15, before the issue date 2024-03-01
	// target_above_100 1.2: target >= 120% is above 100%
}

func ExampleDirective_Tasks() {
	d := dt.Directive("04/CT-TTg", "2024-02-11",
		dt.Assignment("3", dt.Party("hp-stttt", "Sở Thông tin và Truyền thông"),
			dt.Task("Triển khai Kho dữ liệu. Hoàn thành trước tháng 6/2024.", dt.BeforeMonth(2024, 6)),
			dt.Task("Bảo đảm an toàn thông tin:", dt.Subtasks(
				dt.Task("Phê duyệt hồ sơ trước ngày 30/6/2024.", dt.Before("2024-06-30")),
				dt.Task("Báo cáo hằng tháng.", dt.Monthly(0)),
			)),
		),
	)
	for t := range d.Tasks() {
		due, ok := t.Due(nil)
		fmt.Printf("%-6s %-20q %v %v\n", t.Label, t.Deadline.Text, due, ok)
	}
	t, ok := d.Task("3.2.1")
	fmt.Println(t.Text, ok)
	// Output:
	// 3.1    "trước tháng 6/2024" 2024-05-31 true
	// 3.2    ""                    false
	// 3.2.1  "trước ngày 30/6/2024" 2024-06-30 true
	// 3.2.2  "hằng tháng"          false
	// Phê duyệt hồ sơ trước ngày 30/6/2024. true
}

func ExampleProgress() {
	// Progress as a service stores it, in JSON.
	in := `{
	 "completions": [{"task": "1.1", "date": "2024-06-28"}],
	 "notes": [{"task": "1.2", "agency": "hp-stp", "date": "2024-07-01", "text": "đang rà soát"}],
	 "measurements": [{"task": "1.2", "target": 0, "agency": "hp-stp", "date": "2024-07-01", "num": 37, "den": 40}]
	}`
	var p directive.Progress
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		fmt.Println(err)
		return
	}
	stp := dt.Party("hp-stp", "Sở Tư pháp")
	d := dt.Directive("12/CT-UBND", "2024-03-01", dt.Assignment("1", stp,
		dt.Task("Số hóa hộ tịch. Hoàn thành trước ngày 30/6/2024.", dt.Before("2024-06-30")),
		dt.Task("Cấp phiếu lý lịch tư pháp trực tuyến đạt tối thiểu 90%.", dt.WithinYear(2024), dt.Target(">=", "90%", "hồ sơ")),
	))
	r, err := directive.NewReport(d, &p, dt.Date("2024-07-05"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range r.Tasks {
		fmt.Println(t.Label, t.Status, t.Due, len(t.Notes))
	}
	e := r.Targets[0].Evaluation
	fmt.Println(e.Status.Vietnamese(), e.Current.Value, e.Current.Num, e.Current.Den)
	// Output:
	// 1.1 đã hoàn thành đúng hạn 2024-06-30 0
	// 1.2 đang thực hiện trong hạn 2024-12-31 1
	// đã đạt 92,5% 37 40
}

func ExampleReport_Text() {
	d := dt.Directive("", "2024-03-01", dt.Assignment("1", dt.Party("", "Sở Y tế"),
		dt.Task("Hướng dẫn sử dụng Sổ sức khỏe điện tử.", dt.Before("2024-05-31"))))
	r, err := directive.NewReport(d, nil, dt.Date("2024-06-03"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(r.Text())
	// Output:
	// BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ
	// Văn bản
	// Số liệu tính đến ngày 03/06/2024.
	//
	// I. TỔNG HỢP CHUNG
	// Tổng số nhiệm vụ: 1
	//   - Đã hoàn thành đúng hạn: 0
	//   - Đã hoàn thành quá hạn: 0
	//   - Đang thực hiện trong hạn: 0
	//   - Đang thực hiện quá hạn: 1
	//   - Thường xuyên, không có thời hạn: 0
	// Trên số nhiệm vụ đã đến hạn (1): hoàn thành 0 (0%), trong đó đúng hạn 0 (0%).
	// Trên tổng số nhiệm vụ (1): hoàn thành 0 (0%), trong đó đúng hạn 0 (0%).
	//
	// II. NHIỆM VỤ QUÁ HẠN (xếp theo số ngày quá hạn)
	//   1. [1.1] Hướng dẫn sử dụng Sổ sức khỏe điện tử.
	//      Chủ trì: Sở Y tế. Hạn: 31/05/2024. Quá hạn 3 ngày.
	//
	// III. NHIỆM VỤ SẮP ĐẾN HẠN (trong 7 ngày tới)
	// Không có nhiệm vụ sắp đến hạn.
	//
	// IV. TÌNH HÌNH THEO CƠ QUAN, ĐƠN VỊ
	//   Sở Y tế
	//     Chủ trì 1 nhiệm vụ: 1 đang thực hiện quá hạn.
	//     Nhiệm vụ chủ trì quá hạn: 1.1.
	//
	// V. CHỈ TIÊU
	// Không có chỉ tiêu.
}
