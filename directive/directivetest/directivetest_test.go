package directivetest_test

import (
	"fmt"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func TestAssertions(t *testing.T) {
	d := dt.Directive("1/KH-X", "2024-01-01",
		dt.Assignment("1", dt.Party("a", "Cơ quan A"), dt.Task("Việc", dt.Before("2024-06-30"))))
	r, err := directive.NewReport(d, nil, dt.Date("2024-07-01"), nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{TB: t}
	dt.AssertStatus(rec, r, "1.1", directive.StatusOverdue)
	if len(rec.msgs) != 0 {
		t.Errorf("passing assertion failed: %v", rec.msgs)
	}
	dt.AssertStatus(rec, r, "1.1", directive.StatusDoneOnTime)
	dt.AssertStatus(rec, r, "9.9", directive.StatusDoneOnTime)
	dt.AssertCounts(rec, "totals", r.Totals, directive.Counts{Total: 1})
	dt.AssertState(rec, nil, calendar.Expr{Kind: calendar.KindOngoing}, nil, "2024-07-01", directive.StatusOverdue)
	if len(rec.msgs) != 4 {
		t.Errorf("failing assertions recorded %d messages: %v", len(rec.msgs), rec.msgs)
	}
}

func TestCalendars(t *testing.T) {
	c := dt.WeekendsOnly(2024, 2024)
	// 30/4/2024 is a public holiday on the official calendar, a working day here.
	if !c.IsWorkday(dt.Date("2024-04-30")) || c.IsWorkday(dt.Date("2024-05-04")) {
		t.Error("WeekendsOnly")
	}
	c = dt.WithDaysOff(c, "2024-04-30")
	if c.IsWorkday(dt.Date("2024-04-30")) {
		t.Error("WithDaysOff")
	}
	opts := &directive.StatusOptions{Calendar: c, Issued: dt.Date("2024-04-26")}
	var task directive.Task
	dt.WorkingDays(2)(&task)
	if due, _ := opts.Due(task.Deadline.Expr); due != dt.Date("2024-05-01") {
		t.Errorf("2 working days = %v", due)
	}
}

func TestLabels(t *testing.T) {
	a := dt.Assignment("3", dt.Party("", "Sở"), dt.Task("a"), dt.Task("b", dt.Subtasks(dt.Task("b1"), dt.Task("b2", dt.Label("x")))))
	got := []string{a.Tasks[0].Label, a.Tasks[1].Label, a.Tasks[1].Subtasks[0].Label, a.Tasks[1].Subtasks[1].Label}
	want := []string{"3.1", "3.2", "3.2.1", "x"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("labels %v, want %v", got, want)
	}
	if a.Tasks[0].Lead[0].Name != "Sở" {
		t.Error("lead not inherited")
	}
}

func ExampleGenerate() {
	d, p := dt.Generate(10000, 100)
	r, err := directive.NewReport(d, p, dt.Date("2024-07-01"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(d.Assignments), len(r.Tasks), len(r.Agencies), r.Totals.Total == r.Totals.DoneOnTime+r.Totals.DoneLate+r.Totals.InProgress+r.Totals.Overdue+r.Totals.NoDeadline)
	// Output:
	// 1000 10000 100 true
}

func ExampleTask() {
	a := dt.Assignment("3", dt.Party("hp-stttt", "Sở Thông tin và Truyền thông"),
		dt.Task("Phê duyệt hồ sơ cấp độ", dt.Before("2024-06-30"), dt.Target(">=", "100%", "hệ thống thông tin"),
			dt.Cooperating(dt.Party("hp-ca", "Công an thành phố"))),
		dt.Task("Báo cáo kết quả", dt.Monthly(25)),
	)
	for _, t := range a.Tasks {
		fmt.Println(t.Label, t.Deadline.Text, t.Lead[0].Name, len(t.Targets))
	}
	// Output:
	// 3.1 trước ngày 30/6/2024 Sở Thông tin và Truyền thông 1
	// 3.2 trước ngày 25 hằng tháng Sở Thông tin và Truyền thông 0
}

func ExampleWeekendsOnly() {
	c := dt.WeekendsOnly(2024, 2024)
	fmt.Println(c.IsWorkday(dt.Date("2024-09-02")), calendar.Official().IsWorkday(dt.Date("2024-09-02")))
	// Output:
	// true false
}
