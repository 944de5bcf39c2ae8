package calendar

import (
	"strconv"
	"testing"
	"time"
)

type civilDay struct {
	Date string `json:"date"`
	Kind string `json:"kind"`
	Name string `json:"name"`
	Src  string `json:"src"`
}

func loadCivil(t testing.TB) map[string][]civilDay {
	var days map[string][]civilDay
	loadJSON(t, "vn-civil-service-days-2018-2026.json", &days)
	return days
}

// TestOfficialCivilServiceDays reproduces every announced day of the data
// file: days off are not working days, worked Saturdays are, and names,
// kinds and sources match. In the complete years (2019–2026) every other
// weekday is a working day and every Saturday and Sunday is not.
func TestOfficialCivilServiceDays(t *testing.T) {
	cal := Official()
	data := loadCivil(t)
	total := 0
	for ys, days := range data {
		y, _ := strconv.Atoi(ys)
		listed := map[Date]bool{}
		for _, e := range days {
			total++
			d := MustParseISODate(e.Date)
			listed[d] = true
			var kind HolidayKind
			if err := kind.UnmarshalText([]byte(e.Kind)); err != nil {
				t.Fatalf("%s: %v", e.Date, err)
			}
			h, ok := cal.Special(d)
			if !ok {
				t.Errorf("%s: no special day, want %s %q", e.Date, e.Kind, e.Name)
				continue
			}
			if h.Date != d || h.Kind != kind || h.Name != e.Name || h.Source != e.Src || h.Provisional {
				t.Errorf("%s: got %+v, want %s %q (%s)", e.Date, h, e.Kind, e.Name, e.Src)
			}
			wantWork := kind == HolidayWorkday
			if got := cal.IsWorkday(d); got != wantWork {
				t.Errorf("%s (%s): IsWorkday = %v, want %v", e.Date, e.Kind, got, wantWork)
			}
			if hh, ok := cal.Holiday(d); ok != !wantWork || ok && hh.Name != e.Name {
				t.Errorf("%s: Holiday = %+v, %v", e.Date, hh, ok)
			}
		}
		if y < officialFirstComplete || y > officialLastComplete {
			continue
		}
		if cal.Provisional(y) {
			t.Errorf("Provisional(%d) = true", y)
		}
		n := 0
		for _, h := range cal.Schedule(y) {
			if !listed[h.Date] {
				t.Errorf("Schedule(%d) has unlisted %+v", y, h)
			}
			n++
		}
		if n != len(days) {
			t.Errorf("Schedule(%d) has %d days, data %d", y, n, len(days))
		}
		for d := (Date{y, 1, 1}); d.Year == y; d = d.AddDays(1) {
			if listed[d] {
				continue
			}
			want := d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
			if got := cal.IsWorkday(d); got != want {
				t.Errorf("%v (%s, not announced): IsWorkday = %v, want %v", d, d.Weekday(), got, want)
			}
		}
	}
	if total != 117 {
		t.Errorf("data file has %d days; update the expectations", total)
	}
	if len(officialDays) != total {
		t.Errorf("officialDays has %d entries, data file %d", len(officialDays), total)
	}
}

func TestOfficialTableShape(t *testing.T) {
	if len(officialYearIndex) != officialLastYear-officialFirstYear+2 || int(officialYearIndex[len(officialYearIndex)-1]) != len(officialDays) {
		t.Fatalf("officialYearIndex does not cover officialDays")
	}
	for y := officialFirstYear; y <= officialLastYear; y++ {
		for d := (Date{y, 1, 1}); d.Year == y; d = d.AddDays(1) {
			doy := dayOfYear(d)
			bit := officialBits[y-officialFirstYear][doy>>6]>>uint(doy&63)&1 == 1
			has := false
			for _, o := range officialDays {
				has = has || o.Date == d
			}
			if bit != has {
				t.Errorf("officialBits for %v = %v, want %v", d, bit, has)
			}
		}
		for i := int(officialYearIndex[y-officialFirstYear]); i < int(officialYearIndex[y-officialFirstYear+1]); i++ {
			if officialDays[i].Date.Year != y {
				t.Errorf("officialYearIndex: entry %d (%v) under %d", i, officialDays[i].Date, y)
			}
		}
	}
	for i, o := range officialDays {
		if !o.Date.IsValid() || o.Name == "" || o.Source == "" || o.Kind == HolidayKindUnknown {
			t.Errorf("officialDays[%d] = %+v", i, o)
		}
		if i > 0 && !officialDays[i-1].Date.Before(o.Date) {
			t.Errorf("officialDays not sorted at %d", i)
		}
		if o.Date.Year < officialFirstYear || o.Date.Year > officialLastYear {
			t.Errorf("officialDays[%d] outside %d–%d", i, officialFirstYear, officialLastYear)
		}
		w := o.Date.Weekday()
		rest := w == time.Saturday || w == time.Sunday
		if o.Kind == HolidayWorkday && !rest || (o.Kind == HolidayBridge || o.Kind == HolidaySubstitute) && rest {
			t.Errorf("officialDays[%d] = %+v on a %s", i, o, w)
		}
	}
}

func TestHolidaysNames(t *testing.T) {
	cal := Official()
	tests := []struct {
		d    Date
		name string
		kind HolidayKind
		work bool
	}{
		{Date{2024, 2, 10}, "Tết Nguyên Đán", HolidayPublic, false},
		{Date{2024, 4, 18}, "Ngày Giỗ Tổ Hùng Vương", HolidayPublic, false},
		{Date{2024, 5, 4}, "Ngày làm bù", HolidayWorkday, true},
		{Date{2025, 5, 2}, "Ngày nghỉ (thay cho ngày 26/04/2025)", HolidayBridge, false},
		{Date{2023, 9, 4}, "Quốc khánh (nghỉ bù)", HolidaySubstitute, false},
		// 2018 is provisional: statutory 2 September on a Sunday, made up on Monday
		// (as TB 5427/TB-BLĐTBXH announced).
		{Date{2018, 9, 3}, "Quốc khánh (nghỉ bù)", HolidaySubstitute, false},
		{Date{2018, 12, 31}, "Ngày nghỉ (thay cho ngày 05/01/2019)", HolidayBridge, false},
		// 2027: statutory fallback.
		{Date{2027, 2, 6}, "Tết Nguyên Đán", HolidayPublic, false},
		{Date{2027, 9, 2}, "Quốc khánh", HolidayPublic, false},
		{Date{2027, 9, 3}, "Quốc khánh", HolidayPublic, false},
	}
	for _, tt := range tests {
		h, ok := cal.Special(tt.d)
		if !ok || h.Name != tt.name || h.Kind != tt.kind {
			t.Errorf("Special(%v) = %+v, %v; want %q %s", tt.d, h, ok, tt.name, tt.kind)
		}
		if got := cal.IsWorkday(tt.d); got != tt.work {
			t.Errorf("IsWorkday(%v) = %v", tt.d, got)
		}
	}
	if _, ok := cal.Holiday(Date{2024, 5, 4}); ok {
		t.Error("Holiday(worked Saturday) ok")
	}
	if _, ok := cal.Holiday(Date{2024, 5, 6}); ok {
		t.Error("Holiday(ordinary Monday) ok")
	}
	if !cal.Provisional(2027) || !cal.Provisional(2018) || cal.Provisional(2024) {
		t.Error("Provisional wrong")
	}
	if h, _ := cal.Holiday(Date{2027, 2, 6}); !h.Provisional {
		t.Error("2027 Tết not provisional")
	}
}

// TestStatutoryFallback checks the statutory rules against the announced
// years: the days off (as a set) agree exactly where the announcement
// followed the fallback conventions, and the differences elsewhere are the
// known choices of the Government.
func TestStatutoryFallback(t *testing.T) {
	type diff struct{ extra, missing []Date } // fallback minus announced, announced minus fallback
	want := map[int]diff{
		2019: {[]Date{}, []Date{{2019, 4, 29}}}, // bridge for the worked 4 May
		2020: {[]Date{{2020, 1, 30}}, []Date{{2020, 1, 23}}},
		2021: {[]Date{{2021, 2, 17}}, []Date{{2021, 2, 10}}},
		2022: {[]Date{}, []Date{}},
		2023: {[]Date{{2023, 1, 27}}, []Date{{2023, 1, 20}}},
		2024: {[]Date{{2024, 2, 15}}, []Date{{2024, 2, 8}, {2024, 4, 29}}},
		2025: {[]Date{{2025, 2, 3}}, []Date{{2025, 1, 27}, {2025, 5, 2}}},
		2026: {[]Date{}, []Date{{2026, 1, 2}, {2026, 8, 31}}},
	}
	off := func(hs []Holiday, y int) map[Date]bool {
		m := map[Date]bool{}
		for _, h := range hs {
			w := h.Date.Weekday()
			if h.Kind.IsDayOff() && h.Date.Year == y && w != time.Saturday && w != time.Sunday {
				m[h.Date] = true
			}
		}
		return m
	}
	for y := 2019; y <= 2026; y++ {
		stat := off(StatutoryHolidays(y), y)
		ann := off(Official().Holidays(y), y)
		var extra, missing []Date
		for d := (Date{y, 1, 1}); d.Year == y; d = d.AddDays(1) {
			if stat[d] && !ann[d] {
				extra = append(extra, d)
			}
			if ann[d] && !stat[d] {
				missing = append(missing, d)
			}
		}
		w := want[y]
		if len(extra) != len(w.extra) || len(missing) != len(w.missing) {
			t.Errorf("%d: fallback extra %v missing %v; want %v %v", y, extra, missing, w.extra, w.missing)
			continue
		}
		for i := range extra {
			if extra[i] != w.extra[i] {
				t.Errorf("%d: extra %v, want %v", y, extra, w.extra)
			}
		}
		for i := range missing {
			if missing[i] != w.missing[i] {
				t.Errorf("%d: missing %v, want %v", y, missing, w.missing)
			}
		}
	}
}

func TestStatutoryRules(t *testing.T) {
	count := func(y int, kind HolidayKind) int {
		n := 0
		for _, h := range StatutoryHolidays(y) {
			if h.Kind == kind {
				n++
			}
		}
		return n
	}
	for _, tt := range []struct{ y, public int }{
		{2027, 11}, {2021, 11}, {2020, 10}, {2014, 10}, {2013, 9}, {2007, 9}, {2006, 8}, {1990, 8},
	} {
		if got := count(tt.y, HolidayPublic); got != tt.public {
			t.Errorf("%d: %d public holidays, want %d", tt.y, got, tt.public)
		}
	}
	// 2022: 1 January on Saturday, Giỗ Tổ on Sunday, 30 April Saturday, 1 May Sunday.
	got := []Date{}
	for _, h := range StatutoryHolidays(2022) {
		if h.Kind == HolidaySubstitute {
			got = append(got, h.Date)
		}
	}
	want := []Date{{2022, 1, 3}, {2022, 4, 11}, {2022, 5, 2}, {2022, 5, 3}}
	if len(got) != len(want) {
		t.Fatalf("2022 substitutes %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("2022 substitutes %v, want %v", got, want)
		}
	}
	for _, h := range StatutoryHolidays(2030) {
		if !h.Provisional || h.Source == "" || h.Name == "" {
			t.Errorf("%+v", h)
		}
	}
}

// TestStatutoryWindows checks the windows that let IsWorkday skip the
// statutory computation, and that two holidays never share a day.
func TestStatutoryWindows(t *testing.T) {
	for y := 1900; y <= 2100; y++ {
		var l statList
		for _, rest := range []uint8{defaultRest, 1 << time.Sunday, 1<<time.Friday | 1<<time.Saturday} {
			statutoryDays(y, rest, groupAll, &l)
			for i := 0; i < l.n; i++ {
				dn := int(l.d[i].dn)
				d := DateFromDays(dn)
				if d.Year != y {
					t.Errorf("%d: statutory day %v in another year", y, d)
				}
				// The day is found when only its window's group is computed.
				if s, ok := statutoryAt(d, dn, rest); !ok || s != l.d[i] {
					t.Errorf("%d: statutory day %v (%s) outside its window: %+v", y, d, statNames[l.d[i].name], s)
				}
				if i > 0 && l.d[i-1].dn == l.d[i].dn {
					t.Errorf("%d: two statutory days on %v", y, d)
				}
			}
		}
	}
}

func TestHolidayKindText(t *testing.T) {
	for k := HolidayKindUnknown; k <= HolidayWorkday; k++ {
		b, _ := k.MarshalText()
		var back HolidayKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%d: %q → %v, %v", k, b, back, err)
		}
	}
	var k HolidayKind
	if err := k.UnmarshalText([]byte("nope")); err == nil {
		t.Error("UnmarshalText(nope) succeeded")
	}
}

func TestHungKingsFastPath(t *testing.T) {
	for y := 2007; y <= 2100; y++ {
		want := (LunarDate{y, 3, 10, false}).MustSolar()
		var l statList
		statutoryDays(y, defaultRest, groupSpring, &l)
		found := false
		for i := 0; i < l.n; i++ {
			if l.d[i].name == nameHungKings {
				found = true
				if got := DateFromDays(int(l.d[i].dn)); got != want {
					t.Errorf("%d: Giỗ Tổ %v, want %v", y, got, want)
				}
			}
		}
		if !found {
			t.Errorf("%d: no Giỗ Tổ", y)
		}
	}
}

// TestCalendarConsistency checks that IsWorkday, Special and the year
// bitsets used by AddWorkdays agree on every day of 1900–2100.
func TestCalendarConsistency(t *testing.T) {
	for name, c := range testCalendars() {
		for y := 1900; y <= 2100; y++ {
			var m yearMask
			c.mask(y, &m)
			for i := 0; i < m.n; i++ {
				dn := m.first + i
				d := DateFromDays(dn)
				bit := m.bits[i>>6]>>uint(i&63)&1 == 1
				work := c.IsWorkday(d)
				h, ok := c.Special(d)
				viaSpecial := !c.IsRestDay(d.Weekday())
				if ok {
					viaSpecial = h.Kind == HolidayWorkday
				}
				if bit != work || work != viaSpecial {
					t.Fatalf("%s %v: mask %v, IsWorkday %v, Special %+v %v", name, d, bit, work, h, ok)
				}
			}
		}
	}
}
