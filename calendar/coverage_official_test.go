package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

func TestLunarDateText(t *testing.T) {
	for _, tc := range []struct {
		l    calendar.LunarDate
		text string
		str  string
	}{
		{calendar.LunarDate{Year: 2024, Month: 3, Day: 10}, "2024-03-10", "ngày 10 tháng 3 năm Giáp Thìn"},
		// 2023 (Quý Mão) repeats its second month.
		{calendar.LunarDate{Year: 2023, Month: 2, Day: 15, Leap: true}, "2023-02L-15", "ngày 15 tháng 2 nhuận năm Quý Mão"},
		{calendar.LunarDate{}, "", ""},
	} {
		b, err := tc.l.MarshalText()
		if err != nil || string(b) != tc.text {
			t.Errorf("%+v.MarshalText() = %q, %v; want %q", tc.l, b, err, tc.text)
		}
		if got := tc.l.String(); got != tc.str {
			t.Errorf("%+v.String() = %q, want %q", tc.l, got, tc.str)
		}
		if got := string(tc.l.AppendTo([]byte("> "))); got != "> "+tc.str {
			t.Errorf("%+v.AppendTo = %q", tc.l, got)
		}
		back := calendar.LunarDate{Year: 1, Month: 1, Day: 1}
		if err := back.UnmarshalText([]byte(tc.text)); err != nil || back != tc.l {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tc.text, back, err, tc.l)
		}
	}
	// 2024 has no leap month, and no lunar month has 31 days.
	for _, l := range []calendar.LunarDate{{Year: 2024, Month: 2, Day: 1, Leap: true}, {Year: 2024, Month: 1, Day: 31}, {Year: 2024, Month: 13, Day: 1}} {
		_, err := l.MarshalText()
		var le *calendar.LunarError
		if !errors.As(err, &le) || le.Date != l || le.Msg != "invalid" {
			t.Errorf("%+v.MarshalText() error = %v, want a LunarError", l, err)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"2024-3-10", `calendar: parsing "2024-3-10" at byte 0: want YYYY-MM-DD or YYYY-MML-DD for a lunar date`},
		{"2024/03/10", `calendar: parsing "2024/03/10" at byte 0: want YYYY-MM-DD or YYYY-MML-DD for a lunar date`},
		{"2024-0x-10", `calendar: parsing "2024-0x-10" at byte 0: no such day in the lunar calendar`},
		{"2024-02L-10", `calendar: parsing "2024-02L-10" at byte 0: no such day in the lunar calendar`},
		{"2024-01-31", `calendar: parsing "2024-01-31" at byte 0: no such day in the lunar calendar`},
	} {
		var l calendar.LunarDate
		if err := l.UnmarshalText([]byte(tc.in)); err == nil || err.Error() != tc.want {
			t.Errorf("UnmarshalText(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

func TestLunarOutOfRange(t *testing.T) {
	if got := calendar.Tet(2024); got != (calendar.Date{Year: 2024, Month: 2, Day: 10}) {
		t.Errorf("Tet(2024) = %v", got)
	}
	for _, y := range []int{1800, 2101, -5} {
		if got := calendar.Tet(y); got != (calendar.Date{}) {
			t.Errorf("Tet(%d) = %v, want zero", y, got)
		}
		if got := calendar.LunarLeapMonth(y); got != 0 {
			t.Errorf("LunarLeapMonth(%d) = %d", y, got)
		}
		if got := calendar.LunarMonthDays(y, 1, false); got != 0 {
			t.Errorf("LunarMonthDays(%d, 1) = %d", y, got)
		}
	}
	for _, tc := range []struct {
		y, m int
		leap bool
		want int
	}{
		{2023, 2, true, 29}, // 2023-03-22 to 2023-04-19
		{2024, 1, false, 29},
		{2024, 2, true, 0}, // no leap month in 2024
		{2024, 13, false, 0},
	} {
		if got := calendar.LunarMonthDays(tc.y, tc.m, tc.leap); got != tc.want {
			t.Errorf("LunarMonthDays(%d, %d, %v) = %d, want %d", tc.y, tc.m, tc.leap, got, tc.want)
		}
	}
	if got := calendar.LunarLeapMonth(2023); got != 2 {
		t.Errorf("LunarLeapMonth(2023) = %d, want 2", got)
	}
	if got := (calendar.LunarDate{Year: 2024, Month: 13, Day: 1}).MonthCanChi(); got != "" {
		t.Errorf("MonthCanChi of month 13 = %q", got)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustSolar of an invalid lunar date did not panic")
			}
		}()
		calendar.LunarDate{Year: 2024, Month: 1, Day: 31}.MustSolar()
	}()
	for _, w := range []time.Weekday{-1, 7} {
		if got := calendar.WeekdayName(w); got != "" {
			t.Errorf("WeekdayName(%d) = %q", w, got)
		}
	}
	for _, m := range []int{0, 13} {
		if got := calendar.LunarMonthName(m); got != "" {
			t.Errorf("LunarMonthName(%d) = %q", m, got)
		}
	}
	if got := calendar.HolidayKind(9).String(); got != "" {
		t.Errorf("HolidayKind(9).String() = %q", got)
	}
}

func TestCalendarWithDetails(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	c := calendar.Official().With(
		calendar.Holiday{Date: d(2024, 6, 3)},                                // unnamed, unknown kind → local "Ngày nghỉ"
		calendar.Holiday{Date: d(2024, 6, 8), Kind: calendar.HolidayWorkday}, // a worked Saturday
		calendar.Holiday{Date: d(2024, 6, 4), Name: "first", Kind: calendar.HolidayBridge},
		calendar.Holiday{Date: d(2024, 6, 4), Name: "second", Kind: calendar.HolidayKind(99)}, // later wins, bad kind → local
		calendar.Holiday{Date: d(2024, 2, 30), Name: "invalid"},                               // ignored
	)
	for _, tc := range []struct {
		d       calendar.Date
		work    bool
		special bool
		want    calendar.Holiday
	}{
		{d(2024, 6, 3), false, true, calendar.Holiday{Date: d(2024, 6, 3), Name: "Ngày nghỉ", Kind: calendar.HolidayLocal}},
		{d(2024, 6, 8), true, true, calendar.Holiday{Date: d(2024, 6, 8), Name: "Ngày làm việc", Kind: calendar.HolidayWorkday}},
		{d(2024, 6, 4), false, true, calendar.Holiday{Date: d(2024, 6, 4), Name: "second", Kind: calendar.HolidayLocal}},
		{d(2024, 6, 5), true, false, calendar.Holiday{}},
		{d(2024, 2, 30), false, false, calendar.Holiday{}},
	} {
		if got := c.IsWorkday(tc.d); got != tc.work {
			t.Errorf("IsWorkday(%v) = %v, want %v", tc.d, got, tc.work)
		}
		h, ok := c.Special(tc.d)
		if ok != tc.special || h.Date != tc.want.Date || h.Name != tc.want.Name || h.Kind != tc.want.Kind {
			t.Errorf("Special(%v) = %+v, %v; want %+v, %v", tc.d, h, ok, tc.want, tc.special)
		}
		h, ok = c.Holiday(tc.d)
		if wantOff := tc.special && tc.want.Kind.IsDayOff(); ok != wantOff {
			t.Errorf("Holiday(%v) = %+v, %v; want ok %v", tc.d, h, ok, wantOff)
		}
	}
	if got := c.Schedule(10000); got != nil {
		t.Errorf("Schedule(10000) = %v, want nil", got)
	}
	// Only Sunday rests; out-of-range weekdays are ignored.
	sun := calendar.Official().WithRestDays(time.Sunday, time.Weekday(9), -1)
	for w := time.Sunday; w <= time.Saturday; w++ {
		if got := sun.IsRestDay(w); got != (w == time.Sunday) {
			t.Errorf("IsRestDay(%v) = %v", w, got)
		}
	}
	if sun.IsRestDay(time.Weekday(9)) {
		t.Error("IsRestDay(9) = true")
	}
	// Announcing the same year twice keeps it announced once; both days apply.
	ann := calendar.Official().
		WithAnnouncement(2030, calendar.Holiday{Date: d(2030, 1, 1), Name: "Tết Dương lịch", Kind: calendar.HolidayPublic}).
		WithAnnouncement(2030, calendar.Holiday{Date: d(2030, 1, 2), Name: "Nghỉ bù", Kind: calendar.HolidaySubstitute})
	if ann.Provisional(2030) || ann.IsWorkday(d(2030, 1, 1)) || ann.IsWorkday(d(2030, 1, 2)) || !ann.IsWorkday(d(2030, 9, 3)) {
		t.Error("WithAnnouncement twice: the year should hold exactly the announced days")
	}
	if got := len(ann.Holidays(2030)); got != 2 {
		t.Errorf("Holidays(2030) has %d days, want 2", got)
	}
}

func TestWorkdayNeighbours(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	c := calendar.Official()
	// 2024: Monday 29/4 is a bridge day (worked on Saturday 4/5); 30/4 and
	// 1/5 are holidays.
	for _, tc := range []struct {
		d, next, prev, onOrAfter calendar.Date
	}{
		{d(2024, 4, 26), d(2024, 5, 2), d(2024, 4, 25), d(2024, 4, 26)},
		{d(2024, 5, 2), d(2024, 5, 3), d(2024, 4, 26), d(2024, 5, 2)},
		{d(2024, 5, 1), d(2024, 5, 2), d(2024, 4, 26), d(2024, 5, 2)},
		{d(2024, 2, 30), calendar.Date{}, calendar.Date{}, calendar.Date{}},
	} {
		if got := c.NextWorkday(tc.d); got != tc.next {
			t.Errorf("NextWorkday(%v) = %v, want %v", tc.d, got, tc.next)
		}
		if got := c.PrevWorkday(tc.d); got != tc.prev {
			t.Errorf("PrevWorkday(%v) = %v, want %v", tc.d, got, tc.prev)
		}
		if got := c.WorkdayOnOrAfter(tc.d); got != tc.onOrAfter {
			t.Errorf("WorkdayOnOrAfter(%v) = %v, want %v", tc.d, got, tc.onOrAfter)
		}
	}
	for _, tc := range []struct {
		a, b calendar.Date
		want int
	}{
		{d(2024, 4, 26), d(2024, 5, 6), 4},  // 2/5, 3/5, the worked Saturday 4/5 and 6/5
		{d(2024, 5, 6), d(2024, 4, 26), -4}, // 26/4, 2/5, 3/5, 4/5
		{d(2024, 4, 26), d(2024, 4, 26), 0},
		{d(2024, 2, 30), d(2024, 3, 1), 0},
	} {
		if got := c.WorkdaysBetween(tc.a, tc.b); got != tc.want {
			t.Errorf("WorkdaysBetween(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPeriodEndMore(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	c := calendar.Official()
	for _, tc := range []struct {
		event calendar.Date
		o     calendar.Offset
		want  calendar.Date
		err   string
	}{
		// Zero working days: the event day itself when worked, else the next working day.
		{d(2024, 4, 27), calendar.Offset{Unit: calendar.GrainDay, Working: true}, d(2024, 5, 2), ""},
		{d(2024, 4, 26), calendar.Offset{Unit: calendar.GrainDay, Working: true}, d(2024, 4, 26), ""},
		// One quarter from 30/11/2024 is 28/2/2025 (clamped), a Friday.
		{d(2024, 11, 30), calendar.Offset{N: 1, Unit: calendar.GrainQuarter}, d(2025, 2, 28), ""},
		// Half a year from 2/3/2024 is Monday 2/9/2024, Independence Day; 3/9 is off too.
		{d(2024, 3, 2), calendar.Offset{N: 1, Unit: calendar.GrainHalf}, d(2024, 9, 4), ""},
		{d(9999, 6, 1), calendar.Offset{N: 1, Unit: calendar.GrainYear}, calendar.Date{}, "calendar: period ends outside the years 1–9999"},
		{d(2024, 1, 1), calendar.Offset{N: 1, Unit: calendar.GrainYears}, calendar.Date{}, `calendar: cannot count a period in unit "years"`},
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
	rel := calendar.Expr{Kind: calendar.KindRelative, Offset: calendar.Offset{N: -1, Unit: calendar.GrainDay}}
	if _, err := c.ResolveRelative(rel, d(2024, 1, 1)); err == nil || err.Error() != "calendar: negative period of -1 day" {
		t.Errorf("ResolveRelative(negative) error = %v", err)
	}
	if _, err := c.ResolveRelative(calendar.Expr{Kind: calendar.KindDeadline}, d(2024, 1, 1)); !errors.Is(err, calendar.ErrNotRelative) {
		t.Errorf("ResolveRelative(deadline) error = %v", err)
	}
}
