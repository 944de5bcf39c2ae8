package calendar_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

// TestPeriodHelpers pins IsValid, IsOpen, Days, String and Contains of
// periods: a quarter, an open one, a reversed one, one day, a half, years.
func TestPeriodHelpers(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	q3 := calendar.QuarterPeriod(2024, 3)
	open := calendar.Period{First: d(2025, 1, 1), Grain: calendar.GrainDay}
	bad := calendar.PeriodOf(d(2024, 5, 2), d(2024, 5, 1), calendar.GrainDay)
	for _, tc := range []struct {
		name      string
		p         calendar.Period
		valid     bool
		isOpen    bool
		days      int
		str       string
		in, notIn calendar.Date
	}{
		{"Q3", q3, true, false, 92, "2024-07-01..2024-09-30", d(2024, 9, 30), d(2024, 10, 1)},
		{"open", open, true, true, 0, "2025-01-01..", d(2090, 1, 1), d(2024, 12, 31)},
		{"reversed", bad, false, false, 0, "2024-05-02..2024-05-01", calendar.Date{}, d(2024, 5, 1)},
		{"day", calendar.DayPeriod(d(2024, 2, 29)), true, false, 1, "2024-02-29", d(2024, 2, 29), d(2024, 3, 1)},
		{"H1", calendar.HalfPeriod(2024, 1), true, false, 182, "2024-01-01..2024-06-30", d(2024, 1, 1), d(2024, 7, 1)},
		{"years", calendar.YearsPeriod(2021, 2025), true, false, 1826, "2021-01-01..2025-12-31", d(2025, 12, 31), d(2020, 12, 31)},
		{"zero", calendar.Period{}, false, false, 0, "", calendar.Date{}, d(2024, 1, 1)},
	} {
		p := tc.p
		if p.IsValid() != tc.valid || p.IsOpen() != tc.isOpen || p.Days() != tc.days || p.String() != tc.str {
			t.Errorf("%s: IsValid %v IsOpen %v Days %d String %q; want %v %v %d %q", tc.name,
				p.IsValid(), p.IsOpen(), p.Days(), p.String(), tc.valid, tc.isOpen, tc.days, tc.str)
		}
		if tc.in != (calendar.Date{}) && !p.Contains(tc.in) {
			t.Errorf("%s: Contains(%v) = false", tc.name, tc.in)
		}
		if p.Contains(tc.notIn) {
			t.Errorf("%s: Contains(%v) = true", tc.name, tc.notIn)
		}
	}
}

// TestDateText pins the ISO text of dates and the invalid ones rejected,
// MustParseISODate's panic, the conversions to and from time.Time, and day
// numbers before year 1.
func TestDateText(t *testing.T) {
	for _, tc := range []struct {
		d    calendar.Date
		want string
		err  bool
	}{
		{calendar.Date{Year: 2024, Month: 2, Day: 29}, "2024-02-29", false},
		{calendar.Date{Year: 987, Month: 1, Day: 5}, "0987-01-05", false},
		{calendar.Date{}, "", false},
		{calendar.Date{Year: 2023, Month: 2, Day: 29}, "", true},
	} {
		b, err := tc.d.MarshalText()
		if (err != nil) != tc.err || string(b) != tc.want {
			t.Errorf("%#v.MarshalText() = %q, %v; want %q (error %v)", tc.d, b, err, tc.want, tc.err)
		}
	}
	// Out-of-range years still print, the way fmt would.
	for _, tc := range []struct {
		d    calendar.Date
		want string
	}{
		{calendar.Date{Year: 12345, Month: 1, Day: 2}, "12345-01-02"},
		{calendar.Date{Year: -44, Month: 3, Day: 15}, "-0044-03-15"},
		{calendar.Date{Year: 2024, Month: 100, Day: 7}, "2024-100-07"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.d, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, err string }{
		{"2024-06-30", ""},
		{"", ""},
		{"2024-6-30", `calendar: parsing "2024-6-30" at byte 0: `},
		{"2024-0a-30", `calendar: parsing "2024-0a-30" at byte 0: `},
		{"2023-02-29", `calendar: parsing "2023-02-29" at byte 8: day 29 out of range for February 2023`},
	} {
		var d calendar.Date
		err := d.UnmarshalText([]byte(tc.in))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("UnmarshalText(%q): %v", tc.in, err)
		case tc.err == "" && d.String() != tc.in:
			t.Errorf("UnmarshalText(%q) = %v", tc.in, d)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("UnmarshalText(%q) error = %v, want prefix %s", tc.in, err, tc.err)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustParseISODate(\"2024-13-01\") did not panic")
			}
		}()
		calendar.MustParseISODate("2024-13-01")
	}()
	loc := time.FixedZone("ICT", 7*3600)
	tm := calendar.Date{Year: 2024, Month: 7, Day: 1}.In(loc)
	if want := time.Date(2024, 7, 1, 0, 0, 0, 0, loc); !tm.Equal(want) || tm.Location() != loc {
		t.Errorf("In = %v, want %v", tm, want)
	}
	if got := calendar.DateOf(time.Date(2024, 12, 31, 23, 59, 0, 0, loc)); got != (calendar.Date{Year: 2024, Month: 12, Day: 31}) {
		t.Errorf("DateOf = %v, want 2024-12-31", got)
	}
	// Days and DateFromDays agree on dates before year 1 too.
	for _, d := range []calendar.Date{{Year: -1, Month: 12, Day: 31}, {Year: -400, Month: 2, Day: 29}, {Year: 0, Month: 3, Day: 1}} {
		if back := calendar.DateFromDays(d.Days()); back != d {
			t.Errorf("DateFromDays(%v.Days()) = %v", d, back)
		}
	}
	if n := calendar.DaysIn(2024, 13); n != 0 {
		t.Errorf("DaysIn(2024, 13) = %d, want 0", n)
	}
}
