package calendar

import (
	"testing"
	"time"
)

// naiveAdd walks day by day with IsWorkday: the reference for AddWorkdays.
func naiveAdd(c Calendar, d Date, n int) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.IsWorkday(d) {
			n--
		}
	}
	return d
}

func testCalendars() map[string]Calendar {
	return map[string]Calendar{
		"official":  Official(),
		"statutory": Statutory(),
		"sunday":    Official().WithRestDays(time.Sunday),
		"local": Official().With(
			Holiday{Date: Date{2024, 6, 3}, Name: "Ngày nghỉ địa phương", Kind: HolidayLocal},
			Holiday{Date: Date{2024, 6, 8}, Name: "Làm việc thứ Bảy", Kind: HolidayWorkday},
			Holiday{Date: Date{2024, 2, 12}, Name: "Trực Tết", Kind: HolidayWorkday},
		),
		"announced2027": Official().WithAnnouncement(2027,
			Holiday{Date: Date{2027, 1, 1}, Name: "Tết Dương lịch", Kind: HolidayPublic},
			Holiday{Date: Date{2027, 2, 5}, Name: "Tết", Kind: HolidayPublic},
			Holiday{Date: Date{2027, 2, 13}, Name: "Ngày làm bù", Kind: HolidayWorkday},
		),
	}
}

func TestAddWorkdaysMatchesWalk(t *testing.T) {
	starts := []Date{
		{2018, 12, 28}, {2019, 1, 4}, {2020, 1, 22}, {2023, 12, 29}, {2024, 2, 7}, {2024, 4, 26},
		{2024, 6, 1}, {2025, 4, 25}, {2026, 8, 21}, {2026, 12, 31}, {2027, 2, 1}, {1999, 12, 31},
		{1900, 6, 1}, {2100, 6, 1},
	}
	ns := []int{1, 2, 5, 10, 22, 60, 250, 400, -1, -5, -30, -250, -400}
	for name, c := range testCalendars() {
		for _, d := range starts {
			for _, n := range ns {
				want := naiveAdd(c, d, n)
				if got := c.AddWorkdays(d, n); got != want {
					t.Errorf("%s: AddWorkdays(%v, %d) = %v, want %v", name, d, n, got, want)
				}
				if got := c.WorkdaysBetween(d, want); c.IsWorkday(want) && got != n {
					t.Errorf("%s: WorkdaysBetween(%v, %v) = %d, want %d", name, d, want, got, n)
				}
			}
		}
	}
}

func TestWorkdaysKnown(t *testing.T) {
	c := Official()
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		// Thursday 2024-02-08 starts the Tết break (8–14 February 2024).
		{Date{2024, 2, 7}, 1, Date{2024, 2, 15}},
		// Friday 2024-04-26: Monday 29 April is a bridge day, 30 April and 1 May
		// holidays, 4 May (Saturday) worked.
		{Date{2024, 4, 26}, 1, Date{2024, 5, 2}},
		{Date{2024, 4, 26}, 3, Date{2024, 5, 4}},
		{Date{2024, 5, 6}, -2, Date{2024, 5, 3}},
		{Date{2024, 5, 6}, -3, Date{2024, 5, 2}},
		{Date{2024, 6, 30}, 0, Date{2024, 6, 30}},
	}
	for _, tt := range tests {
		if got := c.AddWorkdays(tt.d, tt.n); got != tt.want {
			t.Errorf("AddWorkdays(%v, %d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
	if got := c.NextWorkday(Date{2024, 2, 7}); got != (Date{2024, 2, 15}) {
		t.Errorf("NextWorkday = %v", got)
	}
	if got := c.PrevWorkday(Date{2024, 2, 15}); got != (Date{2024, 2, 7}) {
		t.Errorf("PrevWorkday = %v", got)
	}
	if got := c.WorkdayOnOrAfter(Date{2024, 5, 4}); got != (Date{2024, 5, 4}) {
		t.Errorf("WorkdayOnOrAfter(worked Saturday) = %v", got)
	}
	if got := c.WorkdayOnOrAfter(Date{2024, 4, 27}); got != (Date{2024, 5, 2}) {
		t.Errorf("WorkdayOnOrAfter(2024-04-27) = %v", got)
	}
	// 2024 has 366 days: 262 weekdays, 9 weekdays off (1 Jan, 8, 9, 12, 13, 14 Feb,
	// 18 Apr, 29, 30 Apr, 1 May, 2, 3 Sep = 12) and one worked Saturday.
	if got := c.WorkdaysBetween(Date{2023, 12, 31}, Date{2024, 12, 31}); got != 262-12+1 {
		t.Errorf("working days in 2024 = %d, want %d", got, 262-12+1)
	}
	if got := c.WorkdaysBetween(Date{2025, 1, 1}, Date{2024, 1, 1}); got != -(262 - 12 + 1) {
		t.Errorf("WorkdaysBetween reversed = %d", got)
	}
	if got := c.AddWorkdays(Date{}, 3); got != (Date{}) {
		t.Errorf("AddWorkdays(zero) = %v", got)
	}
}

func TestCalendarOptions(t *testing.T) {
	base := Official()
	c := base.With(Holiday{Date: Date{2024, 6, 3}, Name: "Ngày nghỉ địa phương"})
	if c.IsWorkday(Date{2024, 6, 3}) || !base.IsWorkday(Date{2024, 6, 3}) {
		t.Error("With did not add a day off, or changed the original")
	}
	if h, ok := c.Holiday(Date{2024, 6, 3}); !ok || h.Kind != HolidayLocal {
		t.Errorf("Holiday = %+v, %v", h, ok)
	}
	sat := Official().WithRestDays(time.Sunday)
	if !sat.IsWorkday(Date{2024, 6, 8}) || sat.IsWorkday(Date{2024, 6, 9}) {
		t.Error("WithRestDays(Sunday): Saturday should work, Sunday rest")
	}
	// 2027 (statutory): Giỗ Tổ 10/3 âm lịch is Friday 2027-04-16; 1 May is a
	// Saturday, made up on Monday 3 May for a Saturday–Sunday week only.
	if Official().IsWorkday(Date{2027, 5, 3}) || !sat.IsWorkday(Date{2027, 5, 3}) {
		t.Error("compensatory day for 1 May 2027 should follow the rest days")
	}
	ann := Official().WithAnnouncement(2027, Holiday{Date: Date{2027, 2, 5}, Name: "Tết", Kind: HolidayPublic})
	if ann.Provisional(2027) || !Official().Provisional(2027) {
		t.Error("WithAnnouncement did not end Provisional")
	}
	if !ann.IsWorkday(Date{2027, 9, 2}) || Official().IsWorkday(Date{2027, 9, 2}) {
		t.Error("an announced year should drop the statutory fallback")
	}
	st := Statutory()
	if !st.IsWorkday(Date{2024, 4, 29}) || Official().IsWorkday(Date{2024, 4, 29}) {
		t.Error("Statutory should ignore the 2024 bridge day")
	}
	if !st.Provisional(2024) {
		t.Error("Statutory().Provisional(2024) = false")
	}
	if (Calendar{}).IsWorkday(Date{2024, 2, 12}) {
		t.Error("zero Calendar is not Official")
	}
}

func TestIsWorkdayAllocs(t *testing.T) {
	c := Official()
	d := Date{2024, 4, 18}
	if n := testing.AllocsPerRun(100, func() { _ = c.IsWorkday(d) }); n != 0 {
		t.Errorf("IsWorkday allocates %v", n)
	}
	d2 := Date{2030, 2, 4}
	if n := testing.AllocsPerRun(100, func() { _ = c.IsWorkday(d2) }); n != 0 {
		t.Errorf("IsWorkday (statutory year) allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = c.AddWorkdays(d, 250) }); n != 0 {
		t.Errorf("AddWorkdays allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = c.Holiday(d) }); n != 0 {
		t.Errorf("Holiday allocates %v", n)
	}
}

func FuzzAddWorkdays(f *testing.F) {
	for _, d := range []Date{{2024, 2, 7}, {2024, 4, 26}, {2018, 12, 31}, {2030, 1, 30}, {1905, 3, 1}} {
		for _, n := range []int{1, 5, 250, -3, -250} {
			f.Add(d.Days(), n, uint8(0))
		}
	}
	cals := []Calendar{Official(), Statutory(), Official().WithRestDays(time.Sunday)}
	f.Fuzz(func(t *testing.T, dn, n int, which uint8) {
		first, last := LunarRange()
		d := DateFromDays(first.Days() + modPos(dn, last.Days()-first.Days()+1))
		n = n % 2000
		c := cals[int(which)%len(cals)]
		if !c.IsWorkday(d) {
			d = c.NextWorkday(d)
		}
		e := c.AddWorkdays(d, n)
		if back := c.AddWorkdays(e, -n); back != d {
			t.Fatalf("AddWorkdays(AddWorkdays(%v, %d) = %v, %d) = %v", d, n, e, -n, back)
		}
		if n != 0 && !c.IsWorkday(e) {
			t.Fatalf("AddWorkdays(%v, %d) = %v, not a working day", d, n, e)
		}
		if got := c.WorkdaysBetween(d, e); got != n {
			t.Fatalf("WorkdaysBetween(%v, %v) = %d, want %d", d, e, got, n)
		}
	})
}

var sinkBool bool
var sinkDate Date

// benchIsWorkday runs IsWorkday over dates in turn.
func benchIsWorkday(b *testing.B, dates []Date) {
	c := Official()
	b.ReportAllocs()
	j := 0
	for b.Loop() {
		sinkBool = c.IsWorkday(dates[j])
		if j++; j == len(dates) {
			j = 0
		}
	}
}

// datesEvery returns the dates from first through the end of year last, step days apart.
func datesEvery(first Date, last, step int) []Date {
	var dates []Date
	for d := first; d.Year <= last; d = d.AddDays(step) {
		dates = append(dates, d)
	}
	return dates
}

func BenchmarkIsWorkday(b *testing.B) { benchIsWorkday(b, datesEvery(Date{2019, 1, 1}, 2026, 1)) }

func BenchmarkIsWorkdayStatutoryYears(b *testing.B) {
	benchIsWorkday(b, datesEvery(Date{2027, 1, 1}, 2034, 1))
}

// BenchmarkIsWorkdayAllYears spreads the dates over 1900–2100, most of them
// in years without an announcement.
func BenchmarkIsWorkdayAllYears(b *testing.B) {
	benchIsWorkday(b, datesEvery(Date{1900, 1, 1}, 2100, 17))
}

func BenchmarkAddWorkdays250(b *testing.B) {
	c := Official()
	d := Date{2024, 3, 15}
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = c.AddWorkdays(d, 250)
	}
}

func BenchmarkAddWorkdays250Statutory(b *testing.B) {
	c := Official()
	d := Date{2030, 3, 15}
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = c.AddWorkdays(d, 250)
	}
}

// TestCalendarConcurrent shares one Calendar between goroutines; run with
// -race. Lookups must not write to any shared state.
func TestCalendarConcurrent(t *testing.T) {
	c := Official().With(Holiday{Date: Date{2024, 6, 3}, Name: "x"}).WithRestDays(time.Sunday)
	done := make(chan Date)
	for g := 0; g < 4; g++ {
		go func(g int) {
			d := Date{2024, 1, 1}.AddDays(g)
			for i := 0; i < 200; i++ {
				_ = c.IsWorkday(d.AddDays(i))
				_, _ = c.Holiday(d.AddDays(i))
			}
			_ = c.Holidays(2024 + g)
			done <- c.AddWorkdays(d, 100)
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

// TestCalendarAddedDays pins how days given to With read back: names and
// kinds defaulted, a worked Saturday, several days on one date.
func TestCalendarAddedDays(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return Date{Year: y, Month: m, Day: day} }
	c := Official().With(
		Holiday{Date: d(2024, 6, 3)},                       // unnamed, unknown kind → local "Ngày nghỉ"
		Holiday{Date: d(2024, 6, 8), Kind: HolidayWorkday}, // a worked Saturday
		Holiday{Date: d(2024, 6, 4), Name: "first", Kind: HolidayBridge},
		Holiday{Date: d(2024, 6, 4), Name: "second", Kind: HolidayKind(99)}, // later wins, bad kind → local
		Holiday{Date: d(2024, 2, 30), Name: "invalid"},                      // ignored
	)
	for _, tc := range []struct {
		d       Date
		work    bool
		special bool
		want    Holiday
	}{
		{d(2024, 6, 3), false, true, Holiday{Date: d(2024, 6, 3), Name: "Ngày nghỉ", Kind: HolidayLocal}},
		{d(2024, 6, 8), true, true, Holiday{Date: d(2024, 6, 8), Name: "Ngày làm việc", Kind: HolidayWorkday}},
		{d(2024, 6, 4), false, true, Holiday{Date: d(2024, 6, 4), Name: "second", Kind: HolidayLocal}},
		{d(2024, 6, 5), true, false, Holiday{}},
		{d(2024, 2, 30), false, false, Holiday{}},
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
	sun := Official().WithRestDays(time.Sunday, time.Weekday(9), -1)
	for w := time.Sunday; w <= time.Saturday; w++ {
		if got := sun.IsRestDay(w); got != (w == time.Sunday) {
			t.Errorf("IsRestDay(%v) = %v", w, got)
		}
	}
	if sun.IsRestDay(time.Weekday(9)) {
		t.Error("IsRestDay(9) = true")
	}
	// Announcing the same year twice keeps it announced once; both days apply.
	ann := Official().
		WithAnnouncement(2030, Holiday{Date: d(2030, 1, 1), Name: "Tết Dương lịch", Kind: HolidayPublic}).
		WithAnnouncement(2030, Holiday{Date: d(2030, 1, 2), Name: "Nghỉ bù", Kind: HolidaySubstitute})
	if ann.Provisional(2030) || ann.IsWorkday(d(2030, 1, 1)) || ann.IsWorkday(d(2030, 1, 2)) || !ann.IsWorkday(d(2030, 9, 3)) {
		t.Error("WithAnnouncement twice: the year should hold exactly the announced days")
	}
	if got := len(ann.Holidays(2030)); got != 2 {
		t.Errorf("Holidays(2030) has %d days, want 2", got)
	}
}

// TestWorkdayNeighbours pins NextWorkday, PrevWorkday and WorkdayOnOrAfter
// around the 2024 holidays of 30 April and 1 May and their bridge day.
func TestWorkdayNeighbours(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return Date{Year: y, Month: m, Day: day} }
	c := Official()
	// 2024: Monday 29/4 is a bridge day (worked on Saturday 4/5); 30/4 and
	// 1/5 are holidays.
	for _, tc := range []struct {
		d, next, prev, onOrAfter Date
	}{
		{d(2024, 4, 26), d(2024, 5, 2), d(2024, 4, 25), d(2024, 4, 26)},
		{d(2024, 5, 2), d(2024, 5, 3), d(2024, 4, 26), d(2024, 5, 2)},
		{d(2024, 5, 1), d(2024, 5, 2), d(2024, 4, 26), d(2024, 5, 2)},
		{d(2024, 2, 30), Date{}, Date{}, Date{}},
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
		a, b Date
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
