package directive

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
	"github.com/google/go-cmp/cmp"
)

func d(s string) calendar.Date { return calendar.MustParseISODate(s) }

func sampleDirective() *Directive {
	deadline := TimeExpr{Text: "trước ngày 30/6/2024", Expr: calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore,
		Period: calendar.DayPeriod(d("2024-06-30")), Start: 120, End: 140}}
	month := TimeExpr{Text: "trước tháng 6/2024", Expr: calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore,
		Period: calendar.MonthPeriod(2024, 6), Start: 200, End: 218}}
	phase := TimeExpr{Text: "trong giai đoạn 2022-2025", Expr: calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationWithin,
		Period: calendar.YearsPeriod(2022, 2025), Start: 300, End: 325}}
	weekly := TimeExpr{Text: "hàng tuần", Expr: calendar.Expr{Kind: calendar.KindRecurrence,
		Recurrence: calendar.Recurrence{Every: calendar.GrainWeek, Interval: 1, DayOfPeriod: 5}, Start: 400, End: 410}}
	yearly := TimeExpr{Text: "trước ngày 15/12 hằng năm", Expr: calendar.Expr{Kind: calendar.KindRecurrence,
		Recurrence: calendar.Recurrence{Every: calendar.GrainYear, Interval: 1, On: calendar.Date{Month: 12, Day: 15}}}}
	rel := TimeExpr{Text: "trong vòng 30 ngày kể từ ngày ký", Expr: calendar.Expr{Kind: calendar.KindRelative,
		Offset: calendar.Offset{N: 30, Unit: calendar.GrainDay, From: calendar.EventSigning}, Period: calendar.Period{First: d("2024-03-01")}}}
	open := TimeExpr{Text: "năm 2024 và những năm tiếp theo", Expr: calendar.Expr{Kind: calendar.KindOpen, Period: calendar.Period{First: d("2024-01-01"), Grain: calendar.GrainYear}}}
	return &Directive{
		Number:       MustParseNumber("/BCĐĐA06HP-KSTTHC"),
		Type:         DocOfficialLetter,
		Issuer:       "Ban Chỉ đạo thực hiện Đề án 06 thành phố",
		IssuerParent: "Ủy ban nhân dân thành phố Hải Phòng",
		Place:        "Hải Phòng",
		Issued: TimeExpr{Text: "ngày tháng năm 2024", Expr: calendar.Expr{Kind: calendar.KindPartial,
			Period: calendar.YearPeriod(2024), Start: 10, End: 30}},
		Subject:    "triển khai thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ",
		Recipients: []string{"Các sở, ban, ngành thành phố", "Ủy ban nhân dân các quận, huyện"},
		Preamble:   "Thực hiện Chỉ thị số 04/CT-TTg …",
		References: []Reference{{Text: "Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ", Type: DocDirective,
			Number: MustParseNumber("04/CT-TTg"), Date: d("2024-02-11"), Issuer: "Thủ tướng Chính phủ", Span: Span{5, 60}},
			{Text: "19 Nghị quyết chuyên đề của Chính phủ", Type: DocResolution, Count: 19, Issuer: "Chính phủ"}},
		Assignments: []Assignment{{
			Label: "3", Text: "Giao Sở Thông tin và Truyền thông",
			Assignees: []Party{{Name: "Sở Thông tin và Truyền thông", ID: "hp-stttt", Span: Span{100, 130}}},
			Tasks: []Task{{
				Label: "3.7", Text: "Triển khai nhiệm vụ bảo đảm an toàn thông tin …",
				Lead: []Party{{Name: "Sở Thông tin và Truyền thông", ID: "hp-stttt"}},
				Subtasks: []Task{{
					Label: "3.7.1", Text: "Phê duyệt hồ sơ … cho 100% hệ thống thông tin … trước ngày 30/6/2024.",
					Times: []TimeExpr{deadline}, Deadline: deadline,
					Targets: []kpi.Target{{Op: kpi.OpGE, Value: kpi.Whole(100), Metric: "hệ thống thông tin giải quyết thủ tục hành chính của thành phố",
						Text: "100% hệ thống thông tin giải quyết thủ tục hành chính của thành phố", Start: 150, End: 210, MetricStart: 155, MetricEnd: 210}},
					Lead: []Party{{Name: "Sở Thông tin và Truyền thông", ID: "hp-stttt"}},
				}},
				Times: []TimeExpr{month, phase, weekly, yearly, rel, open}, Deadline: month,
				Joint: []string{"2.4"},
				References: []Reference{{Text: "khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP", Type: DocCircular,
					Number: MustParseNumber("01/2023/TT-VPCP"), Article: "23", Clause: "10"}},
				Span: Span{90, 500},
			}},
			Span: Span{80, 600},
		}},
		Closing:      "Ban Chỉ đạo … yêu cầu …",
		Distribution: []string{"Như trên", "Lưu: VT, KSTTHC5."},
		Signature: Signature{Lines: []SigningLine{{SignOnBehalf, "BAN CHỈ ĐẠO"}, {SignForHead, "TRƯỞNG BAN"}, {SignNone, "PHÓ TRƯỞNG BAN THỨ NHẤT"}},
			Authority: "BAN CHỈ ĐẠO", Title: "PHÓ TRƯỞNG BAN THỨ NHẤT", Name: "Hoàng Minh Cường", Span: Span{900, 1000}},
		Attachments: []string{"phụ lục chi tiết nhiệm vụ"},
		Warnings:    []Warning{{Msg: "dòng không thuộc phần nào", Span: Span{700, 710}}, {Msg: "không có số"}},
	}
}

func TestDirectiveJSONRoundTrip(t *testing.T) {
	for _, in := range []*Directive{sampleDirective(), {}} {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out Directive
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		if diff := cmp.Diff(in, &out); diff != "" {
			t.Errorf("round trip (-in +out):\n%s\n%s", diff, b)
		}
	}
}

func TestDirectiveJSONContract(t *testing.T) {
	b, err := json.Marshal(sampleDirective())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"number", "doc_type", "issuer", "place", "issued", "subject", "recipients", "references",
		"assignments", "distribution", "signature", "warnings"} {
		if _, ok := m[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if m["number"] != "/BCĐĐA06HP-KSTTHC" || m["doc_type"] != "Công văn" {
		t.Errorf("number, doc_type = %v, %v", m["number"], m["doc_type"])
	}
	ws := m["warnings"].([]any)
	if ws[0] != "dòng không thuộc phần nào" {
		t.Errorf("warnings = %v", ws)
	}
	sig := m["signature"].(map[string]any)
	if sig["authority"] != "BAN CHỈ ĐẠO" || sig["name"] != "Hoàng Minh Cường" || sig["title"] != "PHÓ TRƯỞNG BAN THỨ NHẤT" {
		t.Errorf("signature = %v", sig)
	}
	ref := m["references"].([]any)[0].(map[string]any)
	if ref["number"] != "04/CT-TTg" || ref["date"] != "2024-02-11" || ref["text"] == "" {
		t.Errorf("reference = %v", ref)
	}
	a := m["assignments"].([]any)[0].(map[string]any)
	as := a["assignees"].([]any)[0].(map[string]any)
	if as["name"] != "Sở Thông tin và Truyền thông" || as["id"] != "hp-stttt" || a["label"] != "3" {
		t.Errorf("assignment = %v", a)
	}
	task := a["tasks"].([]any)[0].(map[string]any)
	for _, k := range []string{"label", "text", "times", "targets", "lead", "cooperating", "subtasks"} {
		if _, ok := task[k]; !ok {
			t.Errorf("task lacks %q", k)
		}
	}
	sub := task["subtasks"].([]any)[0].(map[string]any)
	tg := sub["targets"].([]any)[0].(map[string]any)
	if tg["op"] != ">=" || tg["value"] != 100.0 || !strings.HasPrefix(tg["metric"].(string), "hệ thống") {
		t.Errorf("target = %v", tg)
	}
	tm := sub["times"].([]any)[0].(map[string]any)
	want := map[string]any{"text": "trước ngày 30/6/2024", "kind": "deadline", "relation": "before", "grain": "day", "due": "2024-06-30",
		"span": []any{120.0, 140.0}}
	if diff := cmp.Diff(want, tm); diff != "" {
		t.Errorf("time expression (-want +got):\n%s", diff)
	}
	mt := task["times"].([]any)
	if mt[0].(map[string]any)["due"] != "2024-05-31" {
		t.Errorf("trước tháng 6/2024 due = %v", mt[0])
	}
	if _, ok := mt[0].(map[string]any)["anchor"]; ok {
		t.Errorf("month anchor written though recoverable: %v", mt[0])
	}
	if _, ok := mt[1].(map[string]any)["anchor"]; !ok {
		t.Errorf("multi-year anchor not written: %v", mt[1])
	}
	if mt[3].(map[string]any)["on"] != "12-15" {
		t.Errorf("yearly on = %v", mt[3])
	}
	if mt[4].(map[string]any)["due"] != "2024-03-31" {
		t.Errorf("relative due = %v", mt[4])
	}
	iss := m["issued"].(map[string]any)
	if iss["kind"] != "partial" || iss["from"] != "2024-01-01" || iss["to"] != "2024-12-31" {
		t.Errorf("issued = %v", iss)
	}
}

// TestPartyJSONTitle: a party's JSON name is the party as addressed, its
// title in front; reading it back splits them again, and a name that does
// not open with its title is an error.
func TestPartyJSONTitle(t *testing.T) {
	p := Party{Name: "Sở Y tế", Title: "Giám đốc", ID: "hp.so-y-te", Span: Span{3, 22}}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"Giám đốc Sở Y tế","id":"hp.so-y-te","title":"Giám đốc","span":[3,22]}`; string(b) != want {
		t.Errorf("Marshal = %s; want %s", b, want)
	}
	var q Party
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("Unmarshal = %+v, %v; want %+v", q, err, p)
	}
	if err := json.Unmarshal([]byte(`{"name":"Sở Y tế","id":"","title":"Giám đốc"}`), &q); err == nil {
		t.Error("a name without its title read back without error")
	}
}
