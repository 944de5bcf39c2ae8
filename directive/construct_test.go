package directive_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
)

func TestNew(t *testing.T) {
	reg := agency.Default()
	yte, err := directive.NewParty(reg, "hp.so-y-te")
	if err != nil {
		t.Fatal(err)
	}
	ca, err := directive.ResolveParty(reg, "Công an thành phố", &agency.Options{Locality: "hp.ubnd"})
	if err != nil {
		t.Fatal(err)
	}
	due := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	d, err := directive.New(directive.Header{Number: "12/KH-UBND", Issuer: "Ủy ban nhân dân thành phố Hải Phòng", Issued: calendar.Date{Year: 2024, Month: 3, Day: 1}},
		directive.NewAssignment("1", "Giao Sở Y tế", []directive.Party{yte},
			directive.NewTask("1.1", "Hướng dẫn sử dụng Sổ sức khỏe điện tử.", calendar.Deadline(due, calendar.RelationBefore)).
				WithCooperating(ca).
				WithTarget(kpi.OpGE, kpi.Whole(90), "cơ sở y tế"),
			directive.NewTask("1.2", "Báo cáo kết quả.", calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: 25})),
		))
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.DocPlan || d.Issued.Text != "ngày 01 tháng 3 năm 2024" || yte.Name != "Sở Y tế thành phố Hải Phòng" || ca.ID != "hp.cong-an" {
		t.Errorf("header %v %q, parties %+v %+v", d.Type, d.Issued.Text, yte, ca)
	}
	task, _ := d.Task("1.1")
	if task.Deadline.Text != "trước ngày 30/6/2024" || task.Targets[0].Text != "tối thiểu 90% cơ sở y tế" || task.Cooperating[0].ID != "hp.cong-an" {
		t.Errorf("task: %+v", task)
	}
	r, err := directive.NewReport(d, nil, calendar.Date{Year: 2024, Month: 7, Day: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 1.1 is past its day; 1.2 has missed its rounds of March to June.
	if r.Totals.Overdue != 2 || r.Tasks[0].Lead[0].ID != "hp.so-y-te" || len(r.Problems) != 0 {
		t.Errorf("report: %+v %v", r.Totals, r.Problems)
	}
}

func TestNewErrors(t *testing.T) {
	day := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	ok := directive.NewTask("1.1", "Việc.", calendar.Deadline(day, calendar.RelationBefore))
	p := directive.Party{Name: "Sở Y tế"}
	for _, tc := range []struct {
		h    directive.Header
		as   []directive.Assignment
		want string
	}{
		{directive.Header{Number: "12/XYZ-@@"}, nil, `directive: number: `},
		{directive.Header{Issued: calendar.Date{Year: 2024, Month: 2, Day: 30}}, nil, `directive: issued: 2024-02-30 is not a valid date`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("", "Giao", nil, ok)}, `directive: label: empty label`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("1", "Giao", nil, ok, ok)}, `directive: "1.1": label: label used twice`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("1", "Giao", []directive.Party{{ID: "x"}}, ok)}, `directive: "1": party: party "x" has no name`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("1", "Giao", []directive.Party{p},
			directive.NewTask("1.1", "Việc.", calendar.Deadline(calendar.Date{Year: 2024, Month: 2, Day: 30}, calendar.RelationBefore)))},
			`directive: "1.1": deadline: calendar: deadline expression: period: first day 2024-2-30 is not a valid date`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("1", "Giao", []directive.Party{p},
			directive.NewTask("1.1", "Việc.", calendar.Expr{}).WithTarget(kpi.OpUnknown, kpi.Whole(5), "hồ sơ"))},
			`directive: "1.1": target: target "5% hồ sơ" has no operator`},
		{directive.Header{}, []directive.Assignment{directive.NewAssignment("1", "Giao", []directive.Party{p}, ok.WithJoint("2.1"))},
			`directive: "1.1": joint: joint label "2.1" names no other task`},
	} {
		_, err := directive.New(tc.h, tc.as...)
		var be *directive.BuildError
		if !errors.As(err, &be) || len(err.Error()) < len(tc.want) || err.Error()[:len(tc.want)] != tc.want {
			t.Errorf("got %v, want %q…", err, tc.want)
		}
	}
	if _, err := directive.NewParty(nil, "hp.khong-co"); err == nil || err.Error() != `directive: party: agency "hp.khong-co" is not in the registry` {
		t.Errorf("NewParty: %v", err)
	}
	if _, err := directive.ResolveParty(nil, "Sở Y tế", &agency.Options{Locality: "hai-phong"}); !errors.Is(err, agency.ErrUnknownLocality) {
		t.Errorf("ResolveParty, unknown locality: %v", err)
	}
	if _, err := directive.ResolveParty(nil, "Phòng không có", nil); err == nil {
		t.Error("ResolveParty of an unknown name")
	}
}

func TestWithCopies(t *testing.T) {
	a := directive.NewTask("1.1", "Việc.", calendar.Expr{}).WithLead(directive.Party{Name: "A"})
	b := a.WithLead(directive.Party{Name: "B"})
	c := a.WithLead(directive.Party{Name: "C"})
	if len(a.Lead) != 1 || b.Lead[1].Name != "B" || c.Lead[1].Name != "C" {
		t.Errorf("With… shares its slices: %v %v %v", a.Lead, b.Lead, c.Lead)
	}
}

func ExampleNew() {
	yte, err := directive.NewParty(nil, "hp.so-y-te")
	if err != nil {
		fmt.Println(err)
		return
	}
	due := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	d, err := directive.New(directive.Header{Number: "12/KH-UBND", Issued: calendar.Date{Year: 2024, Month: 3, Day: 1}},
		directive.NewAssignment("1", "Giao Sở Y tế", []directive.Party{yte},
			directive.NewTask("1.1", "Hướng dẫn sử dụng Sổ sức khỏe điện tử.", calendar.Deadline(due, calendar.RelationBefore)).
				WithTarget(kpi.OpGE, kpi.Whole(90), "cơ sở y tế"),
		))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := directive.NewReport(d, nil, calendar.Date{Year: 2024, Month: time.July, Day: 5}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	t := r.Tasks[0]
	fmt.Println(d.Type, t.Label, t.Lead[0].Name, directive.DueText(t.Deadline, t.Due), t.Status, t.DaysLate)
	fmt.Println(directive.TargetText(r.Targets[0].Target))
	// Output:
	// Kế hoạch 1.1 Sở Y tế thành phố Hải Phòng 30/06/2024 đang thực hiện quá hạn 5
	// tối thiểu 90% cơ sở y tế
}
