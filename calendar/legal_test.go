package calendar

import (
	"errors"
	"testing"
	"time"
)

func TestPeriodEnd(t *testing.T) {
	c := Official()
	tests := []struct {
		name  string
		event Date
		o     Offset
		want  Date
	}{
		{"days, plain", Date{2024, 6, 3}, Offset{N: 10, Unit: GrainDay}, Date{2024, 6, 13}},
		{"days, event day not counted", Date{2022, 12, 20}, Offset{N: 30, Unit: GrainDay}, Date{2023, 1, 19}},
		{"days, last day Sunday before 30/4–1/5", Date{2024, 3, 29}, Offset{N: 30, Unit: GrainDay}, Date{2024, 5, 2}},
		{"days, last day Saturday", Date{2024, 6, 5}, Offset{N: 3, Unit: GrainDay}, Date{2024, 6, 10}},
		{"days, last day in Tết", Date{2024, 1, 31}, Offset{N: 10, Unit: GrainDay}, Date{2024, 2, 15}},
		{"weeks", Date{2024, 6, 4}, Offset{N: 2, Unit: GrainWeek}, Date{2024, 6, 18}},
		{"months, same day", Date{2024, 1, 15}, Offset{N: 1, Unit: GrainMonth}, Date{2024, 2, 15}},
		{"months, clamped to month end then rolled", Date{2024, 1, 31}, Offset{N: 1, Unit: GrainMonth}, Date{2024, 2, 29}},
		{"months, clamped", Date{2024, 11, 30}, Offset{N: 3, Unit: GrainMonth}, Date{2025, 2, 28}},
		{"months, clamped end on Saturday", Date{2023, 8, 31}, Offset{N: 6, Unit: GrainMonth}, Date{2024, 2, 29}},
		{"quarter", Date{2024, 3, 20}, Offset{N: 1, Unit: GrainQuarter}, Date{2024, 6, 20}},
		{"half year", Date{2024, 3, 20}, Offset{N: 1, Unit: GrainHalf}, Date{2024, 9, 20}},
		{"year, 29 February", Date{2024, 2, 29}, Offset{N: 1, Unit: GrainYear}, Date{2025, 2, 28}},
		{"year, lands on Quốc khánh 2025", Date{2024, 9, 2}, Offset{N: 1, Unit: GrainYear}, Date{2025, 9, 3}},
		{"working days across a worked Saturday", Date{2024, 4, 26}, Offset{N: 5, Unit: GrainDay, Working: true}, Date{2024, 5, 7}},
		{"03 working days end on a worked Saturday", Date{2024, 4, 26}, Offset{N: 3, Unit: GrainDay, Working: true}, Date{2024, 5, 4}},
		{"working days, 05 from a Friday", Date{2024, 6, 7}, Offset{N: 5, Unit: GrainDay, Working: true}, Date{2024, 6, 14}},
		{"working days from a holiday", Date{2024, 2, 10}, Offset{N: 1, Unit: GrainDay, Working: true}, Date{2024, 2, 15}},
		{"zero days", Date{2024, 2, 10}, Offset{N: 0, Unit: GrainDay}, Date{2024, 2, 15}},
	}
	for _, tt := range tests {
		got, err := c.PeriodEnd(tt.event, tt.o)
		if err != nil || got != tt.want {
			t.Errorf("%s: PeriodEnd(%v, %+v) = %v, %v; want %v", tt.name, tt.event, tt.o, got, err, tt.want)
		}
	}
}

func TestPeriodEndErrors(t *testing.T) {
	c := Official()
	tests := []struct {
		event Date
		o     Offset
		want  string
	}{
		{Date{}, Offset{N: 5, Unit: GrainDay}, string(ErrNoEventDate)},
		{Date{2024, 2, 30}, Offset{N: 5, Unit: GrainDay}, "calendar: invalid event date 2024-2-30"},
		{Date{2024, 2, 1}, Offset{N: -5, Unit: GrainDay}, "calendar: negative period of -5 day"},
		{Date{2024, 2, 1}, Offset{N: 2, Unit: GrainWeek, Working: true}, "calendar: a working-day period must be counted in days, not week"},
		{Date{2024, 2, 1}, Offset{N: 2}, `calendar: cannot count a period in unit ""`},
	}
	for _, tt := range tests {
		_, err := c.PeriodEnd(tt.event, tt.o)
		if err == nil || err.Error() != tt.want {
			t.Errorf("PeriodEnd(%v, %+v) error = %v, want %q", tt.event, tt.o, err, tt.want)
		}
	}
}

func TestResolveRelative(t *testing.T) {
	c := Official()
	e := Expr{Kind: KindRelative, Offset: Offset{N: 5, Unit: GrainDay, Working: true, From: EventReceipt}}
	if _, err := c.ResolveRelative(e, Date{}); !errors.Is(err, ErrNoEventDate) {
		t.Errorf("no event: err = %v", err)
	}
	got, err := c.ResolveRelative(e, Date{2025, 4, 25})
	// Friday 25/4/2025: Saturday 26/4 is worked, 30/4, 1/5, 2/5 are off.
	if want := (Date{2025, 5, 6}); err != nil || got != want {
		t.Errorf("ResolveRelative = %v, %v; want %v", got, err, want)
	}
	signed := Expr{Kind: KindRelative, Period: Period{First: Date{2024, 1, 15}}, Offset: Offset{N: 30, Unit: GrainDay, From: EventSigning}}
	if got, err := c.ResolveRelative(signed, Date{}); err != nil || got != (Date{2024, 2, 15}) {
		// 30 days from 15/1/2024 is Wednesday 14/2, the last day of the Tết break.
		t.Errorf("signed: %v, %v", got, err)
	}
	if _, err := c.ResolveRelative(Expr{Kind: KindDate}, Date{2024, 1, 1}); !errors.Is(err, ErrNotRelative) {
		t.Errorf("not relative: err = %v", err)
	}
}

// TestPeriodEndIsWorkday: every period ends on a working day, never before
// the event plus its length.
func TestPeriodEndIsWorkday(t *testing.T) {
	c := Official()
	for d := (Date{2023, 12, 1}); d.Before(Date{2025, 2, 1}); d = d.AddDays(1) {
		for _, o := range []Offset{{N: 1, Unit: GrainDay}, {N: 15, Unit: GrainDay}, {N: 1, Unit: GrainMonth}, {N: 3, Unit: GrainDay, Working: true}} {
			got, err := c.PeriodEnd(d, o)
			if err != nil || !c.IsWorkday(got) || !got.After(d) {
				t.Fatalf("PeriodEnd(%v, %+v) = %v, %v", d, o, got, err)
			}
		}
	}
}

// TestPeriodEndUnitsAndErrors pins PeriodEnd for every unit it counts in
// (weeks, quarters, halves, years, zero working days) and its errors.
func TestPeriodEndUnitsAndErrors(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return Date{Year: y, Month: m, Day: day} }
	c := Official()
	for _, tc := range []struct {
		event Date
		o     Offset
		want  Date
		err   string
	}{
		// Zero working days: the event day itself when worked, else the next working day.
		{d(2024, 4, 27), Offset{Unit: GrainDay, Working: true}, d(2024, 5, 2), ""},
		{d(2024, 4, 26), Offset{Unit: GrainDay, Working: true}, d(2024, 4, 26), ""},
		// One quarter from 30/11/2024 is 28/2/2025 (clamped), a Friday.
		{d(2024, 11, 30), Offset{N: 1, Unit: GrainQuarter}, d(2025, 2, 28), ""},
		// Half a year from 2/3/2024 is Monday 2/9/2024, Independence Day; 3/9 is off too.
		{d(2024, 3, 2), Offset{N: 1, Unit: GrainHalf}, d(2024, 9, 4), ""},
		{d(9999, 6, 1), Offset{N: 1, Unit: GrainYear}, Date{}, "calendar: period ends outside the years 1–9999"},
		{d(2024, 1, 1), Offset{N: 1, Unit: GrainYears}, Date{}, `calendar: cannot count a period in unit "years"`},
	} {
		got, err := c.PeriodEnd(tc.event, tc.o)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("PeriodEnd(%v, %+v) = %v, %v; want error %q", tc.event, tc.o, got, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("PeriodEnd(%v, %+v) = %v, %v; want %v", tc.event, tc.o, got, err, tc.want)
		}
	}
	rel := Expr{Kind: KindRelative, Offset: Offset{N: -1, Unit: GrainDay}}
	if _, err := c.ResolveRelative(rel, d(2024, 1, 1)); err == nil || err.Error() != "calendar: negative period of -1 day" {
		t.Errorf("ResolveRelative(negative) error = %v", err)
	}
	if _, err := c.ResolveRelative(Expr{Kind: KindDeadline}, d(2024, 1, 1)); !errors.Is(err, ErrNotRelative) {
		t.Errorf("ResolveRelative(deadline) error = %v", err)
	}
}
