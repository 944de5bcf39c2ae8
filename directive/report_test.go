package directive_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
	"github.com/chidao/chidao/kpi"
	"github.com/google/go-cmp/cmp"
)

var (
	stttt = dt.Party("hp-stttt", "Sở Thông tin và Truyền thông")
	ca    = dt.Party("hp-ca", "Công an thành phố")
	group = directive.Party{Name: "các sở, ban, ngành thành phố", Group: true}
)

func reportDirective() *directive.Directive {
	return dt.Directive("/BCĐĐA06HP-KSTTHC", "2024-03-01",
		dt.Assignment("2", ca,
			dt.Task("Đào tạo tập huấn. Hoàn thành trước ngày 01/7/2024.", dt.Before("2024-07-01"), dt.Cooperating(stttt)),
			dt.Task("Phương án đồng bộ dữ liệu", dt.Lead(stttt), dt.Cooperating(ca), dt.Joint("3.1"), dt.WithinYear(2024)),
			dt.Task("Báo cáo hằng tháng", dt.Monthly(0)),
		),
		dt.Assignment("3", stttt,
			dt.Task("Phương án đồng bộ dữ liệu", dt.Cooperating(ca), dt.Joint("2.2"), dt.WithinYear(2024)),
			dt.Task("Kho dữ liệu hồ sơ thủ tục hành chính", dt.BeforeMonth(2024, time.June)),
			dt.Task("Bảo đảm an toàn thông tin theo cấp độ", dt.Subtasks(
				dt.Task("Phê duyệt hồ sơ", dt.Before("2024-06-30"), dt.Target(">=", "100%", "hệ thống thông tin giải quyết thủ tục hành chính")),
				dt.Task("Triển khai phương án", dt.Before("2024-11-30"), dt.Target(">=", "100%", "hệ thống thông tin")),
			)),
			dt.Task("Tuyên truyền", dt.Ongoing()),
		),
		dt.Assignment("4", group,
			dt.Task("Ban hành Kế hoạch", dt.WorkingDays(10)),
		),
	)
}

func reportProgress() *directive.Progress {
	p := directive.Progress{}.
		Complete("2.1", "", dt.Date("2024-06-28")).
		Complete("3.2", "", dt.Date("2024-06-03")).
		Complete("2.3", "", dt.Date("2024-03-31")).
		Complete("2.3", "", dt.Date("2024-05-02")).
		Complete("3.3.1", "hp-stttt", dt.Date("2024-06-30")).
		Measure("3.3.1", 0, "", kpi.Count(dt.Date("2024-05-31"), 30, 40)).
		Measure("3.3.1", 0, "", kpi.Count(dt.Date("2024-06-30"), 40, 40)).
		Measure("3.3.2", 0, "hp-stttt", kpi.Count(dt.Date("2024-06-30"), 5, 10)).
		Measure("3.3.2", 0, "hp-ca", kpi.Count(dt.Date("2024-06-30"), 3, 10)).
		Annotate("3.2", "hp-stttt", dt.Date("2024-06-03"), "đã đưa vào vận hành")
	return &p
}

func TestReport(t *testing.T) {
	r := newReport(t, reportDirective(), reportProgress(), dt.Date("2024-07-05"), nil)
	want := map[string]directive.Status{
		"2.1":   directive.StatusDoneOnTime,
		"2.2":   directive.StatusInProgress,
		"2.3":   directive.StatusOverdue, // May done late on 2/5 covers April; May and June missing
		"3.1":   directive.StatusInProgress,
		"3.2":   directive.StatusDoneLate, // due 31/5, done 3/6
		"3.3.1": directive.StatusDoneOnTime,
		"3.3.2": directive.StatusInProgress,
		"3.4":   directive.StatusNoDeadline,
		"4.1":   directive.StatusOverdue, // 10 working days from 1/3/2024: 15/3
	}
	if len(r.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d", len(r.Tasks), len(want))
	}
	for label, s := range want {
		dt.AssertStatus(t, r, label, s)
	}
	// 3.1 is the joint task of 2.2: counted once.
	dt.AssertCounts(t, "totals", r.Totals, directive.Counts{Total: 8, DoneOnTime: 2, DoneLate: 1, InProgress: 2, Overdue: 2, NoDeadline: 1,
		CameDue: 5, DueDone: 3, DueOnTime: 2})
	if got := r.Totals.DoneOfDue().String(); got != "60%" {
		t.Errorf("done of due = %s", got)
	}
	if got := r.Totals.DoneOfAll().String(); got != "37,5%" {
		t.Errorf("done of all = %s", got)
	}
	// Overdue by lateness: 4.1 (due 15/3, 112 days) before 2.3 (due 31/5).
	var overdue []string
	for _, o := range r.Overdue {
		overdue = append(overdue, o.Label)
	}
	if diff := cmp.Diff([]string{"4.1", "2.3"}, overdue); diff != "" {
		t.Errorf("overdue: %s", diff)
	}
	if r.Overdue[0].Days != 112 || r.Overdue[0].Due != dt.Date("2024-03-15") {
		t.Errorf("4.1: %+v", r.Overdue[0])
	}
	// Agencies: lead and cooperating apart.
	byName := map[string]directive.AgencyReport{}
	for _, a := range r.Agencies {
		byName[a.Name] = a
	}
	st := byName["Sở Thông tin và Truyền thông"]
	dt.AssertCounts(t, "STTTT lead", st.Lead, directive.Counts{Total: 6, DoneOnTime: 1, DoneLate: 1, InProgress: 3, NoDeadline: 1, CameDue: 2, DueDone: 2, DueOnTime: 1})
	dt.AssertCounts(t, "STTTT cooperating", st.Cooperating, directive.Counts{Total: 1, DoneOnTime: 1, CameDue: 1, DueDone: 1, DueOnTime: 1})
	c := byName["Công an thành phố"]
	dt.AssertCounts(t, "CA lead", c.Lead, directive.Counts{Total: 2, DoneOnTime: 1, Overdue: 1, CameDue: 2, DueDone: 1, DueOnTime: 1})
	dt.AssertCounts(t, "CA cooperating", c.Cooperating, directive.Counts{Total: 2, InProgress: 2})
	if g := byName["các sở, ban, ngành thành phố"]; !g.Group || g.Lead.Overdue != 1 {
		t.Errorf("group: %+v", g)
	}
	// KPI: 3.3.1 measured as a whole (40/40 met); 3.3.2 summed over
	// agencies (8/20 = 40%, due 30/11: at risk without a trend).
	if len(r.Targets) != 2 {
		t.Fatalf("targets: %+v", r.Targets)
	}
	if e := r.Targets[0].Evaluation; e.Status != kpi.Met || e.Current.Value != kpi.Whole(100) {
		t.Errorf("3.3.1: %+v", e)
	}
	if e := r.Targets[1].Evaluation; e.Status != kpi.AtRisk || e.Current.Num != 8 || e.Current.Den != 20 {
		t.Errorf("3.3.2: %+v", e)
	}
	if len(r.Targets[1].Agencies) != 2 || r.Targets[1].Agencies[1].Agency != "hp-ca" {
		t.Errorf("3.3.2 agencies: %+v", r.Targets[1].Agencies)
	}
	// Both agencies are short of 100%: CA by 7 of 10, STTTT by 5 of 10.
	wantShort := []directive.Shortfall{{Agency: "hp-ca", Value: kpi.Whole(30), Units: 7}, {Agency: "hp-stttt", Value: kpi.Whole(50), Units: 5}}
	if diff := cmp.Diff(wantShort, r.Targets[1].Short); diff != "" {
		t.Errorf("3.3.2 short (-want +got):\n%s", diff)
	}
	// Notes follow their task.
	for _, tr := range r.Tasks {
		if tr.Label == "3.2" && (len(tr.Notes) != 1 || tr.Notes[0].Text != "đã đưa vào vận hành") {
			t.Errorf("notes: %+v", tr.Notes)
		}
	}
}

func TestReportUpcoming(t *testing.T) {
	r := newReport(t, reportDirective(), reportProgress(), dt.Date("2024-06-25"), &directive.StatusOptions{DueSoonDays: 10})
	var up []string
	for _, u := range r.Upcoming {
		up = append(up, u.Label)
	}
	// 3.3.1 (due 30/6, done only on 30/6) and 2.1 (due 1/7); 2.3 has missed
	// its May round and is overdue, not upcoming.
	if diff := cmp.Diff([]string{"3.3.1", "2.1"}, up); diff != "" {
		t.Errorf("upcoming (-want +got): %s (%+v)", diff, r.Upcoming)
	}
	if r.DueSoonDays != 10 {
		t.Errorf("window %d", r.DueSoonDays)
	}
}

func TestReportAgencyCompletion(t *testing.T) {
	a, b := dt.Party("a", "Cơ quan A"), dt.Party("b", "Cơ quan B")
	d := dt.Directive("1/KH-X", "2024-01-01", dt.Assignment("1", a, dt.Task("Việc chung", dt.Lead(a, b), dt.Before("2024-06-30"))))
	// A and B lead: the task is done when both are.
	p := directive.Progress{}.Complete("1.1", "a", dt.Date("2024-06-20"))
	r := newReport(t, d, &p, dt.Date("2024-07-10"), nil)
	dt.AssertStatus(t, r, "1.1", directive.StatusOverdue)
	if r.Agencies[0].Lead.DoneOnTime != 1 || r.Agencies[1].Lead.Overdue != 1 {
		t.Errorf("agencies: %+v", r.Agencies)
	}
	p = p.Complete("1.1", "b", dt.Date("2024-07-02"))
	r = newReport(t, d, &p, dt.Date("2024-07-10"), nil)
	dt.AssertStatus(t, r, "1.1", directive.StatusDoneLate)
}

func TestReportJSON(t *testing.T) {
	r := newReport(t, reportDirective(), reportProgress(), dt.Date("2024-07-05"), nil)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["as_of"] != "2024-07-05" || m["number"] != "/BCĐĐA06HP-KSTTHC" {
		t.Errorf("head: %v %v", m["as_of"], m["number"])
	}
	tot := m["totals"].(map[string]any)
	rates := tot["rates"].(map[string]any)
	if tot["came_due"] != 5.0 || rates["done_of_due"] != 60.0 || rates["done_of_all"] != 37.5 {
		t.Errorf("totals: %v", tot)
	}
	for _, a := range m["agencies"].([]any) {
		a := a.(map[string]any)
		if a["name"] == "Công an thành phố" {
			co := a["cooperating"].(map[string]any)["rates"].(map[string]any)
			if co["done_of_due"] != nil || co["done_of_all"] != 0.0 {
				t.Errorf("rates without tasks come due: %v", co)
			}
		}
	}
	tg := m["targets"].([]any)[0].(map[string]any)
	ev := tg["evaluation"].(map[string]any)
	cur := ev["current"].(map[string]any)
	if ev["status"] != "met" || cur["num"] != 40.0 || cur["value"] != 100.0 || tg["target"].(map[string]any)["op"] != ">=" {
		t.Errorf("target: %v", tg)
	}
	task := m["tasks"].([]any)[0].(map[string]any)
	if task["status"] != "done_on_time" || task["due"] != "2024-07-01" || task["label"] != "2.1" {
		t.Errorf("task: %v", task)
	}
	rec := m["tasks"].([]any)[2].(map[string]any)
	if rs := rec["rounds"].([]any); len(rs) != 5 {
		t.Errorf("rounds: %v", rs)
	}
}

// newReport is directive.NewReport for inputs that must be accepted.
func newReport(tb testing.TB, d *directive.Directive, p *directive.Progress, asOf calendar.Date, opts *directive.StatusOptions) *directive.Report {
	tb.Helper()
	r, err := directive.NewReport(d, p, asOf, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestGenerateDeterministic(t *testing.T) {
	d1, p1 := dt.Generate(500, 20)
	d2, p2 := dt.Generate(500, 20)
	if !cmp.Equal(d1, d2) || !cmp.Equal(p1, p2) {
		t.Error("Generate is not deterministic")
	}
	r := newReport(t, d1, p1, dt.Date("2024-07-01"), nil)
	if r.Totals.Total != 500 || len(r.Agencies) != 20 {
		t.Errorf("total %d, agencies %d", r.Totals.Total, len(r.Agencies))
	}
	sum := 0
	for _, a := range r.Agencies {
		sum += a.Lead.Total
	}
	if sum != 500 {
		t.Errorf("lead totals sum to %d", sum)
	}
}

// BenchmarkReport is the bar: a report over 10,000 tasks and 100 agencies
// in at most 50 ms.
func BenchmarkReport(b *testing.B) {
	d, p := dt.Generate(10000, 100)
	asOf := dt.Date("2024-07-01")
	b.ReportAllocs()
	for b.Loop() {
		directive.NewReport(d, p, asOf, nil)
	}
}

var _ = calendar.Date{}

// TestReportConcurrent builds reports of one directive from several
// goroutines; run with -race.
func TestReportConcurrent(t *testing.T) {
	d, p := dt.Generate(300, 10)
	want := newReport(t, d, p, dt.Date("2024-07-01"), nil)
	done := make(chan *directive.Report)
	for range 4 {
		go func() { r, _ := directive.NewReport(d, p, dt.Date("2024-07-01"), nil); done <- r }()
	}
	for range 4 {
		if got := <-done; got.Totals != want.Totals || len(got.Tasks) != len(want.Tasks) {
			t.Errorf("concurrent report differs: %+v", got.Totals)
		}
	}
}

func TestReportAgencyFilter(t *testing.T) {
	for _, key := range []string{"hp-ca", "cong an thanh pho", "Công an"} {
		r := newReport(t, reportDirective(), reportProgress(), dt.Date("2024-07-05"), &directive.StatusOptions{Agency: key})
		var labels []string
		for _, tr := range r.Tasks {
			labels = append(labels, tr.Label)
		}
		if diff := cmp.Diff([]string{"2.1", "2.2", "2.3", "3.1"}, labels); diff != "" {
			t.Errorf("%q: tasks (-want +got): %s", key, diff)
		}
		if r.Totals.Total != 3 { // 3.1 is the joint task of 2.2
			t.Errorf("%q: totals %+v", key, r.Totals)
		}
	}
}

// FuzzReport checks the report's invariants over generated directives and
// any as-of date: the statuses add up to the total, the tasks come due are
// a part of it, every agency's counts add up likewise.
func FuzzReport(f *testing.F) {
	f.Add(uint16(50), uint8(5), int16(180), int8(7))
	f.Add(uint16(1), uint8(1), int16(-400), int8(0))
	f.Add(uint16(300), uint8(40), int16(700), int8(-1))
	f.Fuzz(func(t *testing.T, n uint16, agencies uint8, day int16, window int8) {
		d, p := dt.Generate(int(n%2000), int(agencies))
		asOf := dt.Date("2024-01-01").AddDays(int(day))
		r := newReport(t, d, p, asOf, &directive.StatusOptions{DueSoonDays: int(window)})
		check := func(what string, c directive.Counts) {
			if c.DoneOnTime+c.DoneLate+c.InProgress+c.Overdue+c.NoDeadline != c.Total ||
				c.CameDue > c.Total || c.DueDone > c.CameDue || c.DueOnTime > c.DueDone || c.DueSoon > c.InProgress {
				t.Fatalf("%s: inconsistent counts %+v", what, c)
			}
		}
		check("totals", r.Totals)
		lead := 0
		for _, a := range r.Agencies {
			check(a.Name+" lead", a.Lead)
			check(a.Name+" cooperating", a.Cooperating)
			lead += a.Lead.Total
		}
		if lead != len(r.Tasks) || r.Totals.Overdue != len(r.Overdue) {
			t.Fatalf("lead total %d for %d tasks; %d overdue listed of %d", lead, len(r.Tasks), len(r.Overdue), r.Totals.Overdue)
		}
		for i := 1; i < len(r.Overdue); i++ {
			if r.Overdue[i].Days > r.Overdue[i-1].Days {
				t.Fatalf("overdue not by lateness: %+v", r.Overdue[i-1:i+1])
			}
		}
	})
}
