package calendar_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

func TestConstructors(t *testing.T) {
	d := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, tc := range []struct {
		e    calendar.Expr
		text string
		due  string // "" for none
	}{
		{calendar.DateExpr(d), "ngày 30 tháng 6 năm 2024", ""},
		{calendar.PeriodExpr(calendar.QuarterPeriod(2024, 3)), "quý III/2024", ""},
		{calendar.Deadline(d, calendar.RelationBefore), "trước ngày 30/6/2024", "2024-06-30"},
		{calendar.Deadline(d, calendar.RelationBy), "chậm nhất ngày 30/6/2024", "2024-06-30"},
		{calendar.PeriodDeadline(calendar.MonthPeriod(2024, time.June), calendar.RelationBefore), "trước tháng 6/2024", "2024-05-31"},
		{calendar.PeriodDeadline(calendar.YearPeriod(2025), calendar.RelationWithin), "trong năm 2025", "2025-12-31"},
		{calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: 15}), "trước ngày 15 hằng tháng", ""},
		{calendar.Ongoing(), "thường xuyên", ""},
		{calendar.OnEvent(), "khi có yêu cầu", ""},
		{calendar.OpenFrom(calendar.YearPeriod(2025)), "từ năm 2025 trở đi", ""},
		{calendar.Relative(calendar.Offset{N: 30, Unit: calendar.GrainDay, From: calendar.EventSigning}, ref), "trong vòng 30 ngày kể từ ngày ký", "2024-03-31"},
	} {
		if err := calendar.CheckExpr(tc.e); err != nil {
			t.Errorf("%v: %v", tc.e, err)
		}
		if got := tc.e.String(); got != tc.text {
			t.Errorf("%+v: String %q, want %q", tc.e, got, tc.text)
		}
		due, ok := tc.e.Due()
		if got := due.String(); ok != (tc.due != "") || got != tc.due {
			t.Errorf("%q: due %q %v, want %q", tc.text, got, ok, tc.due)
		}
		// What the constructors build is what Parse reads from their text.
		p, err := calendar.Parse(tc.e.String(), ref)
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		p.Start, p.End = 0, 0
		if tc.e.Kind == calendar.KindRelative {
			p.Period = tc.e.Period // the event day comes from the caller
		}
		if p != tc.e {
			t.Errorf("%q: Parse gives %+v, the constructor %+v", tc.text, p, tc.e)
		}
	}
}

func TestCheckExpr(t *testing.T) {
	feb30 := calendar.Date{Year: 2024, Month: time.February, Day: 30}
	d := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	for _, tc := range []struct {
		e    calendar.Expr
		want string
	}{
		{calendar.Expr{}, "calendar: unknown expression: kind: unknown kind"},
		{calendar.Deadline(feb30, calendar.RelationBefore), "calendar: deadline expression: period: first day 2024-2-30 is not a valid date"},
		{calendar.Deadline(d, calendar.RelationNone), "calendar: deadline expression: relation: want one of before, by, within, until"},
		{calendar.DateExpr(calendar.Date{}), "calendar: date expression: period: first day (none) is not a valid date"},
		{calendar.PeriodExpr(calendar.PeriodOf(d, d.AddDays(-1), calendar.GrainDay)), "calendar: period expression: period: last day 2024-06-29 is before the first 2024-06-30"},
		{calendar.Recurring(calendar.Recurrence{Every: calendar.GrainWeek, Interval: 1, DayOfPeriod: 8}), "calendar: recurrence expression: day_of_period: day 8 out of range for a week cadence"},
		{calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth}), "calendar: recurrence expression: interval: want 1 or more, got 0"},
		{calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, On: calendar.Date{Month: 12, Day: 15}}), "calendar: recurrence expression: on: want a month and day of a yearly cadence"},
		{calendar.Relative(calendar.Offset{N: 3, Unit: calendar.GrainMonth, Working: true}, d), "calendar: relative expression: offset: working days are counted in days"},
		{calendar.Relative(calendar.Offset{N: -1, Unit: calendar.GrainDay}, d), "calendar: relative expression: offset: negative count -1"},
		{calendar.OpenFrom(calendar.Period{}), "calendar: open expression: period: first day (none) is not a valid date"},
	} {
		err := calendar.CheckExpr(tc.e)
		var ee *calendar.ExprError
		if !errors.As(err, &ee) || err.Error() != tc.want {
			t.Errorf("%+v:\n got %v\nwant %s", tc.e, err, tc.want)
		}
	}
}

func ExampleDeadline() {
	due := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	e := calendar.Deadline(due, calendar.RelationBefore)
	d, _ := e.Due()
	fmt.Println(e, d, calendar.CheckExpr(e))
	bad := calendar.Deadline(calendar.Date{Year: 2024, Month: time.February, Day: 30}, calendar.RelationBefore)
	fmt.Println(calendar.CheckExpr(bad))
	// Output:
	// trước ngày 30/6/2024 2024-06-30 <nil>
	// calendar: deadline expression: period: first day 2024-2-30 is not a valid date
}
