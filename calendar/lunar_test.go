package calendar

import (
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"testing"
	"time"
)

func loadJSON(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func TestTet1900To2100(t *testing.T) {
	var want map[string]string
	loadJSON(t, "tet-1900-2100.json", &want)
	if len(want) != 201 {
		t.Fatalf("tet-1900-2100.json has %d years, want 201", len(want))
	}
	for ys, ds := range want {
		y, _ := strconv.Atoi(ys)
		d := MustParseISODate(ds)
		if got := Tet(y); got != d {
			t.Errorf("Tet(%d) = %v, want %v", y, got, d)
		}
		if got := LunarOf(d); got != (LunarDate{y, 1, 1, false}) {
			t.Errorf("LunarOf(%v) = %+v, want %d-01-01", d, got, y)
		}
		if got := LunarOf(d.AddDays(-1)); got.Year != y-1 || got.Month != 12 || got.Leap || got.Day < 29 {
			t.Errorf("LunarOf(day before Tết %d) = %+v, want last day of month 12 of %d", y, got, y-1)
		}
	}
}

type lunarSample struct {
	Date  string `json:"date"`
	Day   int    `json:"lunar_day"`
	Month int    `json:"lunar_month"`
	Year  int    `json:"lunar_year"`
	Leap  bool   `json:"leap"`
}

func TestLunarSamples(t *testing.T) {
	var samples []lunarSample
	loadJSON(t, "lunar-samples.json", &samples)
	if len(samples) != 300 {
		t.Fatalf("lunar-samples.json has %d samples, want 300", len(samples))
	}
	for _, s := range samples {
		d := MustParseISODate(s.Date)
		want := LunarDate{s.Year, s.Month, s.Day, s.Leap}
		if got := LunarOf(d); got != want {
			t.Errorf("LunarOf(%s) = %+v, want %+v", s.Date, got, want)
		}
		if got, err := want.Solar(); err != nil || got != d {
			t.Errorf("%+v.Solar() = %v, %v, want %s", want, got, err, s.Date)
		}
	}
}

// TestLunarDayZero covers the two days on which the published algorithm
// answers "lunar day 0" (see gen_lunar.go): each is the last day of the
// previous month, and the next day starts a month.
func TestLunarDayZero(t *testing.T) {
	tests := []struct {
		d, next Date
		want    LunarDate
		nextL   LunarDate
	}{
		{Date{2054, 5, 7}, Date{2054, 5, 8}, LunarDate{2054, 3, 30, false}, LunarDate{2054, 4, 1, false}},
		{Date{2062, 4, 9}, Date{2062, 4, 10}, LunarDate{2062, 2, 30, false}, LunarDate{2062, 3, 1, false}},
	}
	for _, tt := range tests {
		if got := LunarOf(tt.d); got != tt.want {
			t.Errorf("LunarOf(%v) = %+v, want %+v", tt.d, got, tt.want)
		}
		if got := LunarOf(tt.next); got != tt.nextL {
			t.Errorf("LunarOf(%v) = %+v, want %+v", tt.next, got, tt.nextL)
		}
		if got := tt.want.MustSolar(); got != tt.d {
			t.Errorf("%+v.Solar() = %v, want %v", tt.want, got, tt.d)
		}
	}
}

// TestLunarRoundTrip converts every day of the supported range and back, and
// checks that consecutive days are consecutive lunar days.
func TestLunarRoundTrip(t *testing.T) {
	first, last := LunarRange()
	prev := LunarOf(first.AddDays(-1))
	if prev != (LunarDate{}) {
		t.Errorf("LunarOf(day before range) = %+v, want zero", prev)
	}
	prev = LunarOf(first)
	if prev != (LunarDate{1899, 12, 1, false}) {
		t.Errorf("LunarOf(%v) = %+v", first, prev)
	}
	for dn := first.Days() + 1; dn <= last.Days(); dn++ {
		d := DateFromDays(dn)
		l := LunarOf(d)
		if !l.IsValid() {
			t.Fatalf("LunarOf(%v) = %+v, not valid", d, l)
		}
		if back, err := l.Solar(); err != nil || back != d {
			t.Fatalf("LunarOf(%v) = %+v, Solar() = %v, %v", d, l, back, err)
		}
		if l.Day == 1 {
			if prev.Day != 29 && prev.Day != 30 || prev.Day != LunarMonthDays(prev.Year, prev.Month, prev.Leap) {
				t.Fatalf("%v: month %+v ended on day %d", d, prev, prev.Day)
			}
			wantMonth := prev.Month + 1
			switch {
			case !prev.Leap && LunarLeapMonth(prev.Year) == prev.Month:
				if !l.Leap || l.Month != prev.Month || l.Year != prev.Year {
					t.Fatalf("%v: %+v after %+v, want leap month", d, l, prev)
				}
			case prev.Month == 12:
				if l != (LunarDate{prev.Year + 1, 1, 1, false}) {
					t.Fatalf("%v: %+v after %+v", d, l, prev)
				}
			default:
				if l != (LunarDate{prev.Year, wantMonth, 1, false}) {
					t.Fatalf("%v: %+v after %+v", d, l, prev)
				}
			}
		} else if l.Day != prev.Day+1 || l.Month != prev.Month || l.Year != prev.Year || l.Leap != prev.Leap {
			t.Fatalf("%v: %+v after %+v", d, l, prev)
		}
		prev = l
	}
	if got := LunarOf(last.AddDays(1)); got != (LunarDate{}) {
		t.Errorf("LunarOf(day after range) = %+v, want zero", got)
	}
}

func TestLunarYearShape(t *testing.T) {
	for y := lunarFirstYear; y <= lunarLastYear; y++ {
		n := 0
		months := 12
		if LunarLeapMonth(y) != 0 {
			months = 13
		}
		for m := 1; m <= 12; m++ {
			n += LunarMonthDays(y, m, false)
		}
		if lm := LunarLeapMonth(y); lm != 0 {
			n += LunarMonthDays(y, lm, true)
		}
		if y < lunarLastYear {
			if got := Tet(y + 1).DaysSince(Tet(y)); got != n {
				t.Errorf("year %d: %d days between Tết, months sum to %d", y, got, n)
			}
		}
		if months == 12 && (n < 353 || n > 355) || months == 13 && (n < 383 || n > 385) {
			t.Errorf("year %d: %d months, %d days", y, months, n)
		}
	}
}

func TestLunarKnown(t *testing.T) {
	tests := []struct {
		d    Date
		want LunarDate
		str  string
	}{
		{Date{2024, 2, 10}, LunarDate{2024, 1, 1, false}, "ngày 1 tháng 1 năm Giáp Thìn"},
		{Date{2024, 4, 18}, LunarDate{2024, 3, 10, false}, "ngày 10 tháng 3 năm Giáp Thìn"},
		{Date{2023, 4, 5}, LunarDate{2023, 2, 15, true}, "ngày 15 tháng 2 nhuận năm Quý Mão"},
		{Date{2025, 1, 28}, LunarDate{2024, 12, 29, false}, "ngày 29 tháng 12 năm Giáp Thìn"},
		// 2033: the leap month 11 of Hồ Ngọc Đức's calendar.
		{Date{2033, 12, 22}, LunarDate{2033, 11, 1, true}, "ngày 1 tháng 11 nhuận năm Quý Sửu"},
		{Date{2026, 2, 17}, LunarDate{2026, 1, 1, false}, "ngày 1 tháng 1 năm Bính Ngọ"},
	}
	for _, tt := range tests {
		got := LunarOf(tt.d)
		if got != tt.want {
			t.Errorf("LunarOf(%v) = %+v, want %+v", tt.d, got, tt.want)
		}
		if s := got.String(); s != tt.str {
			t.Errorf("LunarOf(%v).String() = %q, want %q", tt.d, s, tt.str)
		}
	}
}

func TestLunarSolarErrors(t *testing.T) {
	tests := []struct {
		l    LunarDate
		want string
	}{
		{LunarDate{2024, 1, 31, false}, "calendar: lunar date 2024-01-31: day out of range for the month (29 days)"},
		{LunarDate{2024, 2, 1, true}, "calendar: lunar date 2024-02L-01: the year has no such leap month"},
		{LunarDate{2024, 13, 1, false}, "calendar: lunar date 2024-13-01: month out of range"},
		{LunarDate{1800, 1, 1, false}, "calendar: lunar date 1800-01-01: year out of range 1899–2100"},
		{LunarDate{2024, 1, 0, false}, "calendar: lunar date 2024-01-00: day out of range for the month (29 days)"},
	}
	for _, tt := range tests {
		_, err := tt.l.Solar()
		if err == nil || err.Error() != tt.want {
			t.Errorf("%+v.Solar() error = %v, want %q", tt.l, err, tt.want)
		}
		if !errors.Is(err, errLunarInvalid) {
			t.Errorf("%+v.Solar() error does not wrap errLunarInvalid", tt.l)
		}
		if tt.l.IsValid() {
			t.Errorf("%+v.IsValid() = true", tt.l)
		}
	}
}

func TestLunarNames(t *testing.T) {
	if got := YearName(2024); got != "Giáp Thìn" {
		t.Errorf("YearName(2024) = %q", got)
	}
	if got := YearName(1984); got != "Giáp Tý" {
		t.Errorf("YearName(1984) = %q", got)
	}
	if got := YearName(2025); got != "Ất Tỵ" {
		t.Errorf("YearName(2025) = %q", got)
	}
	for i, n := range canChiNames {
		if want := heavenlyStems[i%10] + " " + earthlyBranches[i%12]; n != want {
			t.Errorf("canChiNames[%d] = %q, want %q", i, n, want)
		}
	}
	// Month 1 of 2024 is Bính Dần; the day of Tết 2024 is Giáp Thìn.
	if got := (LunarDate{2024, 1, 1, false}).MonthCanChi(); got != "Bính Dần" {
		t.Errorf("MonthName = %q", got)
	}
	if got := (LunarDate{2025, 12, 1, false}).MonthCanChi(); got != "Kỷ Sửu" {
		t.Errorf("MonthName(2025-12) = %q", got)
	}
	if got := DayCanChi(Date{2024, 2, 10}); got != "Giáp Thìn" {
		t.Errorf("DayCanChi(2024-02-10) = %q", got)
	}
	if got := DayCanChi(Date{1970, 1, 1}); got != "Tân Tỵ" {
		t.Errorf("DayCanChi(1970-01-01) = %q", got)
	}
	if got := (LunarDate{2024, 12, 5, false}).TraditionalMonth(); got != "tháng Chạp" {
		t.Errorf("TraditionalMonth = %q", got)
	}
	if got := (LunarDate{2023, 2, 5, true}).TraditionalMonth(); got != "tháng Hai nhuận" {
		t.Errorf("TraditionalMonth = %q", got)
	}
	if got := LunarMonthName(1); got != "tháng Giêng" {
		t.Errorf("LunarMonthName(1) = %q", got)
	}
	if got := WeekdayName(time.Monday); got != "Thứ Hai" {
		t.Errorf("WeekdayName(Monday) = %q", got)
	}
	if got := (Date{2024, 2, 11}).VietnameseWeekday(); got != "Chủ nhật" {
		t.Errorf("VietnameseWeekday = %q", got)
	}
}

func TestLunarText(t *testing.T) {
	for _, l := range []LunarDate{{2024, 3, 10, false}, {2023, 2, 15, true}} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back LunarDate
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %+v, %v", b, back, err)
		}
	}
	var l LunarDate
	for _, bad := range []string{"2024-01-31", "2024-02L-01", "2024/01/01", "x"} {
		if err := l.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) succeeded", bad)
		}
	}
}

func TestLunarAllocs(t *testing.T) {
	d := Date{2024, 4, 18}
	l := LunarDate{2024, 3, 10, false}
	if n := testing.AllocsPerRun(100, func() { _ = LunarOf(d) }); n != 0 {
		t.Errorf("LunarOf allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = l.Solar() }); n != 0 {
		t.Errorf("Solar allocates %v", n)
	}
}

func FuzzLunarRoundTrip(f *testing.F) {
	f.Add(0)
	f.Add(Date{2054, 5, 7}.Days())
	f.Add(Date{2062, 4, 9}.Days())
	f.Add(Date{2033, 12, 22}.Days())
	f.Add(-25567) // 1900-01-01
	f.Fuzz(func(t *testing.T, n int) {
		first, last := LunarRange()
		span := last.Days() - first.Days() + 1
		dn := first.Days() + modPos(n, span)
		d := DateFromDays(dn)
		l := LunarOf(d)
		back, err := l.Solar()
		if err != nil || back != d {
			t.Fatalf("LunarOf(%v) = %+v, Solar() = %v, %v", d, l, back, err)
		}
	})
}

func BenchmarkLunarOf(b *testing.B) {
	b.ReportAllocs()
	dates := make([]Date, 0, 20000)
	for d := (Date{1990, 1, 1}); len(dates) < cap(dates); d = d.AddDays(1) {
		dates = append(dates, d)
	}
	var s int
	j := 0
	for b.Loop() {
		s += LunarOf(dates[j]).Day
		if j++; j == len(dates) {
			j = 0
		}
	}
	_ = s
}

func BenchmarkLunarSolar(b *testing.B) {
	b.ReportAllocs()
	l := LunarDate{2024, 12, 29, false}
	for b.Loop() {
		_, _ = l.Solar()
	}
}

// TestTetDiffersFromChina: the years in which the Vietnamese calendar (UTC+7)
// starts a day or a month earlier than the Chinese one (UTC+8).
func TestTetDiffersFromChina(t *testing.T) {
	for _, tt := range []struct {
		y         int
		vn, china Date
	}{
		{1985, Date{1985, 1, 21}, Date{1985, 2, 20}},
		{2007, Date{2007, 2, 17}, Date{2007, 2, 18}},
		{2030, Date{2030, 2, 2}, Date{2030, 2, 3}},
		{2053, Date{2053, 2, 18}, Date{2053, 2, 19}},
	} {
		if got := Tet(tt.y); got != tt.vn {
			t.Errorf("Tet(%d) = %v, want %v (China: %v)", tt.y, got, tt.vn, tt.china)
		}
		if l := tt.china.Lunar(); l == (LunarDate{tt.y, 1, 1, false}) || l.Year != tt.y {
			t.Errorf("%v (Chinese Tết %d) = %+v", tt.china, tt.y, l)
		}
	}
}

// TestLunarDateText pins the Vietnamese text and String of lunar dates,
// leap months included.
func TestLunarDateText(t *testing.T) {
	for _, tc := range []struct {
		l    LunarDate
		text string
		str  string
	}{
		{LunarDate{Year: 2024, Month: 3, Day: 10}, "2024-03-10", "ngày 10 tháng 3 năm Giáp Thìn"},
		// 2023 (Quý Mão) repeats its second month.
		{LunarDate{Year: 2023, Month: 2, Day: 15, Leap: true}, "2023-02L-15", "ngày 15 tháng 2 nhuận năm Quý Mão"},
		{LunarDate{}, "", ""},
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
		back := LunarDate{Year: 1, Month: 1, Day: 1}
		if err := back.UnmarshalText([]byte(tc.text)); err != nil || back != tc.l {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tc.text, back, err, tc.l)
		}
	}
	// 2024 has no leap month, and no lunar month has 31 days.
	for _, l := range []LunarDate{{Year: 2024, Month: 2, Day: 1, Leap: true}, {Year: 2024, Month: 1, Day: 31}, {Year: 2024, Month: 13, Day: 1}} {
		_, err := l.MarshalText()
		var le *LunarError
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
		var l LunarDate
		if err := l.UnmarshalText([]byte(tc.in)); err == nil || err.Error() != tc.want {
			t.Errorf("UnmarshalText(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

// TestLunarYearsOutOfTable pins what Tet and the lunar conversions give
// for years the table does not hold: the zero Date, an error.
func TestLunarYearsOutOfTable(t *testing.T) {
	if got := Tet(2024); got != (Date{Year: 2024, Month: 2, Day: 10}) {
		t.Errorf("Tet(2024) = %v", got)
	}
	for _, y := range []int{1800, 2101, -5} {
		if got := Tet(y); got != (Date{}) {
			t.Errorf("Tet(%d) = %v, want zero", y, got)
		}
		if got := LunarLeapMonth(y); got != 0 {
			t.Errorf("LunarLeapMonth(%d) = %d", y, got)
		}
		if got := LunarMonthDays(y, 1, false); got != 0 {
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
		if got := LunarMonthDays(tc.y, tc.m, tc.leap); got != tc.want {
			t.Errorf("LunarMonthDays(%d, %d, %v) = %d, want %d", tc.y, tc.m, tc.leap, got, tc.want)
		}
	}
	if got := LunarLeapMonth(2023); got != 2 {
		t.Errorf("LunarLeapMonth(2023) = %d, want 2", got)
	}
	if got := (LunarDate{Year: 2024, Month: 13, Day: 1}).MonthCanChi(); got != "" {
		t.Errorf("MonthCanChi of month 13 = %q", got)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustSolar of an invalid lunar date did not panic")
			}
		}()
		LunarDate{Year: 2024, Month: 1, Day: 31}.MustSolar()
	}()
	for _, w := range []time.Weekday{-1, 7} {
		if got := WeekdayName(w); got != "" {
			t.Errorf("WeekdayName(%d) = %q", w, got)
		}
	}
	for _, m := range []int{0, 13} {
		if got := LunarMonthName(m); got != "" {
			t.Errorf("LunarMonthName(%d) = %q", m, got)
		}
	}
	if got := HolidayKind(9).String(); got != "" {
		t.Errorf("HolidayKind(9).String() = %q", got)
	}
}
