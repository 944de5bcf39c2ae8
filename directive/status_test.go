package directive

import (
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestStatusAtBoundaries is the status table around every boundary of a
// task due on 2024-06-30.
func TestStatusAtBoundaries(t *testing.T) {
	due := d("2024-06-30")
	var none calendar.Date
	tests := []struct {
		name            string
		due, done, asOf calendar.Date
		want            Status
	}{
		{"open, the day before the due date", due, none, d("2024-06-29"), StatusInProgress},
		{"open, on the due date", due, none, d("2024-06-30"), StatusInProgress},
		{"open, the day after the due date", due, none, d("2024-07-01"), StatusOverdue},
		{"open, long after", due, none, d("2025-01-01"), StatusOverdue},
		{"completed the day before", due, d("2024-06-29"), d("2024-07-10"), StatusDoneOnTime},
		{"completed on the due date", due, d("2024-06-30"), d("2024-07-10"), StatusDoneOnTime},
		{"completed the day after", due, d("2024-07-01"), d("2024-07-10"), StatusDoneLate},
		{"completed on the as-of date, late", due, d("2024-07-10"), d("2024-07-10"), StatusDoneLate},
		{"completed after the as-of date, before due", due, d("2024-06-20"), d("2024-06-10"), StatusInProgress},
		{"completed after the as-of date, past due", due, d("2024-07-20"), d("2024-07-10"), StatusOverdue},
		{"completed early, as of the completion day", due, d("2024-05-01"), d("2024-05-01"), StatusDoneOnTime},
		{"no deadline, open", none, none, d("2024-07-10"), StatusNoDeadline},
		{"no deadline, completed", none, d("2024-07-01"), d("2024-07-10"), StatusDoneOnTime},
		{"no deadline, completed later", none, d("2024-08-01"), d("2024-07-10"), StatusNoDeadline},
	}
	for _, tt := range tests {
		if got := StatusAt(tt.due, tt.done, tt.asOf); got != tt.want {
			t.Errorf("%s: StatusAt(%v, %v, %v) = %v, want %v", tt.name, tt.due, tt.done, tt.asOf, got, tt.want)
		}
	}
}

func deadlineDay(s string) calendar.Expr {
	return calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore, Period: calendar.DayPeriod(d(s))}
}

func TestState(t *testing.T) {
	var opts StatusOptions
	tests := []struct {
		name     string
		deadline calendar.Expr
		done     []calendar.Date
		asOf     calendar.Date
		want     TaskState
	}{
		{"day before, due soon", deadlineDay("2024-06-30"), nil, d("2024-06-29"),
			TaskState{Status: StatusInProgress, Due: d("2024-06-30"), DueSoon: true}},
		{"on the due day, due soon", deadlineDay("2024-06-30"), nil, d("2024-06-30"),
			TaskState{Status: StatusInProgress, Due: d("2024-06-30"), DueSoon: true}},
		{"eight days before: not due soon", deadlineDay("2024-06-30"), nil, d("2024-06-22"),
			TaskState{Status: StatusInProgress, Due: d("2024-06-30")}},
		{"seven days before: due soon", deadlineDay("2024-06-30"), nil, d("2024-06-23"),
			TaskState{Status: StatusInProgress, Due: d("2024-06-30"), DueSoon: true}},
		{"day after", deadlineDay("2024-06-30"), nil, d("2024-07-01"),
			TaskState{Status: StatusOverdue, Due: d("2024-06-30"), DaysLate: 1}},
		{"completed late by 3 days", deadlineDay("2024-06-30"), []calendar.Date{d("2024-07-03")}, d("2024-08-01"),
			TaskState{Status: StatusDoneLate, Due: d("2024-06-30"), Completed: d("2024-07-03"), DaysLate: 3}},
		{"earliest completion counts", deadlineDay("2024-06-30"), []calendar.Date{d("2024-07-03"), d("2024-06-30")}, d("2024-08-01"),
			TaskState{Status: StatusDoneOnTime, Due: d("2024-06-30"), Completed: d("2024-06-30")}},
		{"before a month", calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore, Period: calendar.MonthPeriod(2024, 6)}, nil, d("2024-06-01"),
			TaskState{Status: StatusOverdue, Due: d("2024-05-31"), DaysLate: 1}},
		{"within a year", calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationWithin, Period: calendar.YearPeriod(2025)}, nil, d("2025-12-31"),
			TaskState{Status: StatusInProgress, Due: d("2025-12-31"), DueSoon: true}},
		{"ongoing", calendar.Expr{Kind: calendar.KindOngoing}, nil, d("2024-07-01"), TaskState{Status: StatusNoDeadline}},
		{"event-driven", calendar.Expr{Kind: calendar.KindEvent}, nil, d("2024-07-01"), TaskState{Status: StatusNoDeadline}},
		{"open start", calendar.Expr{Kind: calendar.KindOpen, Period: calendar.Period{First: d("2024-01-01"), Grain: calendar.GrainYear}}, nil, d("2024-07-01"),
			TaskState{Status: StatusNoDeadline}},
		{"no time at all", calendar.Expr{}, nil, d("2024-07-01"), TaskState{Status: StatusNoDeadline}},
	}
	for _, tt := range tests {
		got := opts.State(tt.deadline, tt.done, tt.asOf)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestDueWorkingDays(t *testing.T) {
	// 5 working days counted from Friday 2024-04-26: 30/4 and 1/5 are
	// holidays (Labor Code 2019 Art. 112), 29/4 was given off in exchange
	// for Saturday 4/5 (the 2024 announcement the calendar package
	// carries), so the working days are 2/5, 3/5, 4/5, 6/5 and 7/5.
	e := calendar.Expr{Kind: calendar.KindRelative, Offset: calendar.Offset{N: 5, Unit: calendar.GrainDay, Working: true, From: calendar.EventSigning}}
	opts := &StatusOptions{Issued: d("2024-04-26")}
	got, ok := opts.Due(e)
	if !ok || got != d("2024-05-07") {
		t.Errorf("5 working days from 2024-04-26 = %v, %v", got, ok)
	}
	// Calendar days: 30 days from 2022-12-20 is 2023-01-19 (Civil Code Art. 147).
	e = calendar.Expr{Kind: calendar.KindRelative, Offset: calendar.Offset{N: 30, Unit: calendar.GrainDay, From: calendar.EventSigning}}
	got, ok = (&StatusOptions{Issued: d("2022-12-20")}).Due(e)
	if !ok || got != d("2023-01-19") {
		t.Errorf("30 days = %v, %v", got, ok)
	}
	// Unknown signing day: no due day.
	if _, ok := (*StatusOptions)(nil).Due(e); ok {
		t.Error("relative without a signing day has a due day")
	}
	// ShiftToWorkday: 30/6/2024 is a Sunday.
	got, _ = (&StatusOptions{ShiftToWorkday: true}).Due(deadlineDay("2024-06-30"))
	if got != d("2024-07-01") {
		t.Errorf("shifted due = %v", got)
	}
	got, _ = (*StatusOptions)(nil).Due(deadlineDay("2024-06-30"))
	if got != d("2024-06-30") {
		t.Errorf("unshifted due = %v", got)
	}
}

func TestOccurrences(t *testing.T) {
	var o *StatusOptions
	monthly := calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1}
	got := o.Occurrences(monthly, d("2024-01-15"), d("2024-04-30"))
	var dues []string
	for _, oc := range got {
		dues = append(dues, oc.Due.String())
	}
	if diff := cmp.Diff([]string{"2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"}, dues); diff != "" {
		t.Errorf("monthly: %s", diff)
	}
	if got[1].Period != calendar.MonthPeriod(2024, 2) {
		t.Errorf("period = %v", got[1].Period)
	}
	cases := []struct {
		name     string
		r        calendar.Recurrence
		from, to string
		want     []string
	}{
		{"monthly on the 15th", calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: 15}, "2024-01-16", "2024-03-20", []string{"2024-02-15", "2024-03-15"}},
		{"monthly on the 31st clamps", calendar.Recurrence{Every: calendar.GrainMonth, DayOfPeriod: 31}, "2024-02-01", "2024-04-30", []string{"2024-02-29", "2024-03-31", "2024-04-30"}},
		{"weekly on Friday", calendar.Recurrence{Every: calendar.GrainWeek, Interval: 1, DayOfPeriod: 5}, "2024-07-01", "2024-07-20", []string{"2024-07-05", "2024-07-12", "2024-07-19"}},
		{"weekly, end of week", calendar.Recurrence{Every: calendar.GrainWeek, Interval: 1}, "2024-07-01", "2024-07-14", []string{"2024-07-07", "2024-07-14"}},
		{"quarterly", calendar.Recurrence{Every: calendar.GrainQuarter, Interval: 1}, "2024-01-01", "2024-12-31", []string{"2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"}},
		{"every 6 months", calendar.Recurrence{Every: calendar.GrainMonth, Interval: 6}, "2024-01-01", "2025-06-30", []string{"2024-06-30", "2024-12-31", "2025-06-30"}},
		{"yearly on 15/12", calendar.Recurrence{Every: calendar.GrainYear, Interval: 1, On: calendar.Date{Month: 12, Day: 15}}, "2024-01-01", "2025-12-31", []string{"2024-12-15", "2025-12-15"}},
		{"daily", calendar.Recurrence{Every: calendar.GrainDay, Interval: 1}, "2024-07-01", "2024-07-03", []string{"2024-07-01", "2024-07-02", "2024-07-03"}},
		{"empty range", monthly, "2024-05-01", "2024-04-01", nil},
	}
	for _, c := range cases {
		var got []string
		for _, oc := range o.Occurrences(c.r, d(c.from), d(c.to)) {
			got = append(got, oc.Due.String())
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestStateRecurring covers the recurring row of the status table.
func TestStateRecurring(t *testing.T) {
	monthly := calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1}}
	opts := &StatusOptions{Issued: d("2024-03-01")}
	tests := []struct {
		name   string
		done   []calendar.Date
		asOf   string
		status Status
		due    string
		late   int
		rounds int
	}{
		{"before the first round", nil, "2024-03-15", StatusInProgress, "2024-03-31", 0, 1},
		{"on the first due day", nil, "2024-03-31", StatusInProgress, "2024-03-31", 0, 2},
		{"the day after, not done", nil, "2024-04-01", StatusOverdue, "2024-03-31", 1, 2},
		{"the day after, done on time", []calendar.Date{d("2024-03-31")}, "2024-04-01", StatusInProgress, "2024-04-30", 0, 2},
		{"done late, next round open", []calendar.Date{d("2024-04-02")}, "2024-04-10", StatusInProgress, "2024-04-30", 0, 2},
		{"second round missed", []calendar.Date{d("2024-03-30")}, "2024-05-02", StatusOverdue, "2024-04-30", 2, 3},
		{"completion after as-of ignored", []calendar.Date{d("2024-04-05")}, "2024-04-01", StatusOverdue, "2024-03-31", 1, 2},
	}
	for _, tt := range tests {
		st := opts.State(monthly, tt.done, d(tt.asOf))
		if st.Status != tt.status || st.Due.String() != tt.due || st.DaysLate != tt.late || len(st.Rounds) != tt.rounds {
			t.Errorf("%s: got %v due %v late %d rounds %d; want %v %v %d %d", tt.name, st.Status, st.Due, st.DaysLate, len(st.Rounds), tt.status, tt.due, tt.late, tt.rounds)
		}
	}
	st := opts.State(monthly, []calendar.Date{d("2024-04-02")}, d("2024-04-10"))
	if st.Rounds[0].Status != StatusDoneLate || st.Rounds[0].Completed != d("2024-04-02") {
		t.Errorf("round 1 = %+v", st.Rounds[0])
	}
}

func TestStatusText(t *testing.T) {
	for s := StatusDoneOnTime; s < statusEnd; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: %q → %v, %v", s, b, back, err)
		}
		if err := back.UnmarshalText([]byte(s.String())); err != nil || back != s {
			t.Errorf("%v: Vietnamese → %v, %v", s, back, err)
		}
	}
	if StatusOverdue.String() != "đang thực hiện quá hạn" || StatusDoneOnTime.String() != "đã hoàn thành đúng hạn" {
		t.Error("names")
	}
}

func TestStateRecurringLongCadence(t *testing.T) {
	every2y := calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainYear, Interval: 2}}
	st := (&StatusOptions{Issued: d("2024-01-01")}).State(every2y, nil, d("2024-06-01"))
	if st.Status != StatusInProgress || st.Due != d("2025-12-31") {
		t.Errorf("every 2 years: %+v", st)
	}
	st = (&StatusOptions{Issued: d("2025-01-01")}).State(every2y, nil, d("2025-06-01"))
	if st.Status != StatusInProgress || st.Due != d("2026-12-31") {
		t.Errorf("every 2 years, second: %+v", st)
	}
}
