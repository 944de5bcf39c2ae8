package directive_test

import (
	"fmt"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
)

func ExampleStatusAt() {
	due := calendar.MustParseISODate("2024-06-30")
	var open calendar.Date
	for _, c := range []struct{ done, asOf string }{
		{"", "2024-06-30"}, {"", "2024-07-01"}, {"2024-06-30", "2024-07-15"}, {"2024-07-01", "2024-07-15"},
	} {
		done := open
		if c.done != "" {
			done = calendar.MustParseISODate(c.done)
		}
		fmt.Println(c.asOf, directive.StatusAt(due, done, calendar.MustParseISODate(c.asOf)))
	}
	fmt.Println(directive.StatusAt(open, open, due))
	// Output:
	// 2024-06-30 đang thực hiện trong hạn
	// 2024-07-01 đang thực hiện quá hạn
	// 2024-07-15 đã hoàn thành đúng hạn
	// 2024-07-15 đã hoàn thành quá hạn
	// không có thời hạn
}

func ExampleStatusOptions_State() {
	deadline, _ := calendar.Parse("Hoàn thành trước tháng 6/2024", calendar.Date{Year: 2024})
	st := (*directive.StatusOptions)(nil).State(deadline, nil, calendar.MustParseISODate("2024-06-10"))
	fmt.Println(st.Status, st.Due, st.DaysLate)
	// Output:
	// đang thực hiện quá hạn 2024-05-31 10
}

func ExampleStatusOptions_Due() {
	// "trong 05 ngày làm việc kể từ ngày ký", signed Friday 26/4/2024: the
	// official calendar skips the 2024 holidays of 29/4–1/5 and counts the
	// worked Saturday 4/5.
	e := calendar.Expr{Kind: calendar.KindRelative, Offset: calendar.Offset{N: 5, Unit: calendar.GrainDay, Working: true, From: calendar.EventSigning}}
	opts := &directive.StatusOptions{Issued: calendar.MustParseISODate("2024-04-26")}
	due, ok := opts.Due(e)
	fmt.Println(due, ok)
	// Output:
	// 2024-05-07 true
}

func ExampleStatusOptions_Occurrences() {
	monthly := calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: 25}
	var opts *directive.StatusOptions
	for _, o := range opts.Occurrences(monthly, calendar.MustParseISODate("2024-01-01"), calendar.MustParseISODate("2024-03-31")) {
		fmt.Println(o.Period, o.Due)
	}
	// Output:
	// 2024-01-01..2024-01-31 2024-01-25
	// 2024-02-01..2024-02-29 2024-02-25
	// 2024-03-01..2024-03-31 2024-03-25
}

func ExampleStatusOptions_DueSoon() {
	opts := &directive.StatusOptions{DueSoonDays: 3}
	asOf := calendar.MustParseISODate("2024-06-27")
	fmt.Println(opts.DueSoon(calendar.MustParseISODate("2024-06-30"), asOf), opts.DueSoon(calendar.MustParseISODate("2024-07-01"), asOf))
	// Output:
	// true false
}
