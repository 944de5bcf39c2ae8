package directive_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
	"github.com/google/go-cmp/cmp"
)

func TestReportErrors(t *testing.T) {
	d := reportDirective()
	for _, tc := range []struct {
		d    *directive.Directive
		asOf calendar.Date
		opts *directive.StatusOptions
		want string
	}{
		{nil, dt.Date("2024-07-01"), nil, "directive: report: nil *Directive"},
		{d, calendar.Date{}, nil, `directive: report: as-of date "" is not a valid date`},
		{d, calendar.Date{Year: 2024, Month: 2, Day: 30}, nil, `directive: report: as-of date`},
		{d, dt.Date("2024-07-01"), &directive.StatusOptions{Agency: " "}, `directive: report: agency filter: agency: query " " names no agency`},
		{d, dt.Date("2024-07-01"), &directive.StatusOptions{Agency: "-"}, `names no agency`},
		{d, dt.Date("2024-07-01"), &directive.StatusOptions{Agency: "Sở Y tế", Locality: "hp"}, `unknown locality "hp"`},
	} {
		r, err := directive.NewReport(tc.d, nil, tc.asOf, tc.opts)
		var re *directive.ReportError
		if r != nil || !errors.As(err, &re) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, %v; want %q", r, err, tc.want)
		}
	}
	if ps, err := directive.Validate(nil); ps != nil || err == nil {
		t.Errorf("Validate(nil) = %v, %v", ps, err)
	}
}

func TestReportProgressProblems(t *testing.T) {
	p := reportProgress().
		Complete("9.9", "", dt.Date("2024-06-01")).
		Annotate("3", "", dt.Date("2024-06-01"), "mục, không phải nhiệm vụ").
		Measure("2.1", 0, "", kpi.Count(dt.Date("2024-06-01"), 1, 2)).
		Measure("3.3.1", 3, "", kpi.Count(dt.Date("2024-06-01"), 1, 2)).
		Complete("2.2", "", calendar.Date{Year: 2024, Month: 6, Day: 31})
	r := newReport(t, reportDirective(), &p, dt.Date("2024-07-05"), nil)
	var got []string
	for _, pr := range r.Problems {
		got = append(got, pr.Kind.String()+" "+pr.Label)
	}
	want := []string{
		"unknown_task 9.9",
		"progress_date 2.2",
		"unknown_task 3",
		"unknown_target 2.1",
		"unknown_target 3.3.1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !strings.Contains(r.Text(), "VI. VẤN ĐỀ CẦN LƯU Ý\n  1. Nhiệm vụ 9.9: số liệu tiến độ ghi cho nhiệm vụ không có trong văn bản.") {
		t.Errorf("text:\n%s", r.Text())
	}
	// The invalid date completes nothing.
	dt.AssertStatus(t, r, "2.2", directive.StatusInProgress)
}

func TestReportParentProgress(t *testing.T) {
	stp := dt.Party("hp-stp", "Sở Tư pháp")
	d := dt.Directive("1/KH-X", "2024-01-01", dt.Assignment("1", stp,
		dt.Task("Số hóa dữ liệu, trong đó:", dt.Before("2024-06-30"), dt.Target(">=", "90%", "dữ liệu hộ tịch"), dt.Subtasks(
			dt.Task("Hộ tịch"),
			dt.Task("Lý lịch tư pháp", dt.Before("2024-05-31")),
		)),
	))
	p := directive.Progress{}.
		Complete("1.1", "", dt.Date("2024-06-10")).
		Measure("1.1", 0, "", kpi.Count(dt.Date("2024-06-10"), 45, 50))
	r := newReport(t, d, &p, dt.Date("2024-07-01"), nil)
	// The parent's completion completes each part that has none of its own.
	dt.AssertStatus(t, r, "1.1.1", directive.StatusDoneOnTime)
	dt.AssertStatus(t, r, "1.1.2", directive.StatusDoneLate)
	// The parent's target is evaluated, by the parent's due day.
	if len(r.Targets) != 1 || r.Targets[0].Task != "1.1" || r.Targets[0].Evaluation.Status != kpi.Met || r.Targets[0].Due != dt.Date("2024-06-30") {
		t.Errorf("targets: %+v", r.Targets)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems: %v", r.Problems)
	}
}

func TestReportReadingsAcrossAgencies(t *testing.T) {
	a, b := dt.Party("a", "Cơ quan A"), dt.Party("b", "Cơ quan B")
	d := dt.Directive("1/KH-X", "2024-01-01", dt.Assignment("1", a,
		dt.Task("Việc", dt.Lead(a, b), dt.Before("2024-12-31"), dt.Target(">=", "90%", "hồ sơ"))))
	p := directive.Progress{}.
		Measure("1.1", 0, "a", kpi.Reading(dt.Date("2024-06-01"), kpi.Whole(80))).
		Measure("1.1", 0, "b", kpi.Reading(dt.Date("2024-06-01"), kpi.Whole(90)))
	r := newReport(t, d, &p, dt.Date("2024-07-01"), nil)
	cur := r.Targets[0].Evaluation.Current
	if cur.Value != kpi.Whole(85) || cur.HasCounts() {
		t.Errorf("two readings sum to %+v; want 85%% without made-up counts", cur)
	}
}

func TestReportSeed(t *testing.T) {
	d, err := directive.Parse(seeds.HaiPhongDeAn06Text(), nil)
	if err != nil {
		t.Fatal(err)
	}
	r := newReport(t, d, nil, dt.Date("2024-07-15"), nil)
	// The task of an inline assignment reads as the assignment's sentence.
	for _, tr := range r.Tasks {
		if tr.Label == "7.1" && !strings.HasPrefix(tr.Text, "Giao Sở Y tế phối hợp với Công an thành phố") {
			t.Errorf("7.1: %q", tr.Text)
		}
		if tr.Label == "2.3" && tr.Text != d.Assignments[1].Tasks[2].Text {
			t.Errorf("2.3 takes another text: %q", tr.Text)
		}
	}
	// 4.3 opens "Phối hợp với các cơ quan liên quan": the department
	// assigned leads it, so no task is led by an open group alone (a
	// directive where one is: TestValidateOpenGroup).
	var open []string
	for _, p := range r.Problems {
		if p.Kind == directive.ProblemLeadOpenGroup {
			open = append(open, p.Label)
		}
	}
	if len(open) != 0 {
		t.Errorf("lead_open_group on %q, want none", open)
	}
	// One resolver: the abbreviation filters the report and finds its row.
	f := newReport(t, d, nil, dt.Date("2024-07-15"), &directive.StatusOptions{Agency: "Sở TT&TT"})
	if len(f.Tasks) != 12 || f.Locality != "hp.ubnd" || f.AgencyFilter != "Sở TT&TT" {
		t.Errorf("filtered: %d tasks, locality %q", len(f.Tasks), f.Locality)
	}
	for _, key := range []string{"Sở TT&TT", "hp.so-tttt", "so thong tin va truyen thong", "Sở Thông tin và Truyền thông"} {
		a, ok := r.Agency(key)
		if !ok || a.ID != "hp.so-tttt" {
			t.Errorf("Agency(%q) = %q %v", key, a.Name, ok)
		}
	}
	// Words of a name: the row named exactly by them comes first.
	if a, ok := r.Agency("công an thành phố"); !ok || a.ID != "hp.cong-an" {
		t.Errorf("Agency(công an thành phố) = %q", a.Name)
	}
	if _, ok := r.Agency(" "); ok {
		t.Error("a blank key finds a row")
	}
	// After JSON, the same rows are found.
	b, _ := json.Marshal(r)
	var back directive.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if a, ok := back.Agency("Sở TT&TT"); !ok || a.ID != "hp.so-tttt" {
		t.Errorf("after JSON: %q %v", a.Name, ok)
	}
}

func TestReportJSONShape(t *testing.T) {
	r := newReport(t, reportDirective(), reportProgress(), dt.Date("2024-07-05"), nil)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	over := m["overdue"].([]any)[0].(map[string]any)
	if over["label"] != "4.1" || over["index"] != 8.0 {
		t.Errorf("overdue ref: %v", over)
	}
	ag := m["agencies"].([]any)[0].(map[string]any)
	if lt := ag["lead_tasks"].([]any); len(lt) == 0 || ag["cooperating_tasks"] == nil || ag["lead_overdue"] == nil {
		t.Errorf("agency: %v", ag)
	}
	rec := m["tasks"].([]any)[2].(map[string]any)
	round := rec["rounds"].([]any)[0].(map[string]any)
	if round["grain"] != "month" || round["from"] != "2024-03-01" || round["to"] != "2024-03-31" || rec["deadline"].(map[string]any)["kind"] != "recurrence" {
		t.Errorf("round: %v", round)
	}
	one := m["tasks"].([]any)[0].(map[string]any)
	if rs, ok := one["rounds"].([]any); !ok || len(rs) != 0 {
		t.Errorf("a one-off task's rounds: %v", one["rounds"])
	}
	if ps, ok := m["problems"].([]any); !ok || len(ps) != 0 {
		t.Errorf("problems: %v", m["problems"])
	}
	var back directive.Report
	if !roundTrip(t, "report", r, &back) || !sameValue(r, &back) {
		t.Error("round trip")
	}
	// The check can fail: a changed round is seen.
	back.Tasks[2].Rounds[0].Period.Grain = calendar.GrainDay
	if sameValue(r, &back) {
		t.Error("sameValue misses a changed round")
	}
}

func TestReportJSONBadIndex(t *testing.T) {
	for _, in := range []string{
		`{"tasks": [], "overdue": [{"label": "1.1", "index": 0}]}`,
		`{"tasks": [{"label": "1.1"}], "upcoming": [{"label": "1.2", "index": 0}]}`,
		`{"tasks": [{"label": "1.1"}], "agencies": [{"name": "A", "lead_tasks": [1]}]}`,
	} {
		var r directive.Report
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("%s: read without error", in)
		}
	}
}

func TestProgressJSON(t *testing.T) {
	b, err := json.Marshal(directive.Progress{})
	if err != nil || string(b) != `{"completions":[],"notes":[],"measurements":[]}` {
		t.Errorf("empty progress: %s %v", b, err)
	}
	var p directive.Progress
	if err := json.Unmarshal([]byte(`{"completion": []}`), &p); err == nil {
		t.Error("a misspelt key is read as no progress")
	}
}

func TestTextForms(t *testing.T) {
	day := func(s string) calendar.Date { return dt.Date(s) }
	x := func(text string, e calendar.Expr) directive.TimeExpr { return directive.TimeExpr{Text: text, Expr: e} }
	for _, tc := range []struct {
		x    directive.TimeExpr
		due  calendar.Date
		want string
	}{
		{x("trước ngày 30/6/2024", calendar.Deadline(day("2024-06-30"), calendar.RelationBefore)), day("2024-06-30"), "30/06/2024"},
		{x("trước tháng 6/2024", calendar.PeriodDeadline(calendar.MonthPeriod(2024, time.June), calendar.RelationBefore)), day("2024-05-31"), "31/05/2024 (trước tháng 6/2024)"},
		{x("Thường xuyên", calendar.Ongoing()), calendar.Date{}, "thường xuyên"},
		{x("thường  xuyên", calendar.Ongoing()), calendar.Date{}, "thường xuyên"},
		{x("trong năm 2024 và những năm tiếp theo", calendar.OpenFrom(calendar.YearPeriod(2024))), calendar.Date{}, "từ năm 2024 trở đi (trong năm 2024 và những năm tiếp theo)"},
		{x("kịp thời khi có hướng dẫn", calendar.OnEvent()), calendar.Date{}, "kịp thời khi có hướng dẫn"},
		{x("hằng tháng", calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1})), day("2024-07-31"), "31/07/2024 (hằng tháng)"},
		{directive.TimeExpr{}, calendar.Date{}, "không nêu thời hạn"},
		{directive.TimeExpr{}, day("2024-01-05"), "05/01/2024"},
	} {
		if got := directive.DueText(tc.x, tc.due); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.x.Text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		g    kpi.Target
		want string
	}{
		{kpi.Target{Op: kpi.OpGE, Value: kpi.Full, Metric: "hệ thống thông tin"}, "100% hệ thống thông tin"},
		{kpi.Target{Op: kpi.OpGE, Value: kpi.Whole(10), Metric: "tổng số thu"}, "tối thiểu 10% tổng số thu"},
		{kpi.Target{Op: kpi.OpLE, Value: kpi.MustParsePercent("2,5%"), Metric: "hồ sơ trễ hạn"}, "tối đa 2,5% hồ sơ trễ hạn"},
		{kpi.Target{Op: kpi.OpGT, Value: kpi.Whole(50)}, "trên 50%"},
		{kpi.Target{Op: kpi.OpLT, Value: kpi.Whole(5), Metric: "tỷ lệ"}, "dưới 5% tỷ lệ"},
		{kpi.Target{Op: kpi.OpEQ, Value: kpi.Whole(30), Metric: "x"}, "30% x"},
		{kpi.Target{Op: kpi.OpGE, Value: kpi.Whole(70), Max: kpi.Whole(80), Metric: "hồ sơ"}, "từ 70% đến 80% hồ sơ"},
		{kpi.Target{Op: kpi.OpGE, Value: kpi.Whole(30), Verb: "cắt giảm", Metric: "thời gian"}, "cắt giảm tối thiểu 30% thời gian"},
	} {
		if got := directive.TargetText(tc.g); got != tc.want {
			t.Errorf("TargetText(%+v) = %q, want %q", tc.g, got, tc.want)
		}
	}
	for in, want := range map[calendar.Date]string{day("2024-07-05"): "05/07/2024", day("2024-11-30"): "30/11/2024", {}: ""} {
		if got := directive.NumericDate(in); got != want {
			t.Errorf("NumericDate(%v) = %q", in, got)
		}
	}
}

func TestValidateOpenGroup(t *testing.T) {
	open := directive.Party{Name: "các cơ quan liên quan", ID: "lien-quan", Group: true}
	named := directive.Party{Name: "Sở Y tế", ID: "hp.so-y-te"}
	d := dt.Directive("1/KH-X", "2024-01-01",
		dt.Assignment("1", named, dt.Task("a", dt.Lead(open)), dt.Task("b", dt.Lead(open, named)), dt.Task("c")))
	var got []string
	for _, p := range mustValidate(t, d) {
		got = append(got, p.Kind.String()+" "+p.Label)
	}
	if diff := cmp.Diff([]string{"lead_open_group 1.1"}, got); diff != "" {
		t.Errorf("(-want +got) %s", diff)
	}
	if g, ok := agency.Default().Group("lien-quan"); !ok || !g.Open {
		t.Fatal("the registry no longer holds the open group lien-quan")
	}
}
