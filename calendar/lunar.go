package calendar

import (
	"errors"
	"strconv"
	"time"
)

//go:generate go run gen_lunar.go

// A LunarDate is a day of the Vietnamese lunar calendar (âm lịch), computed
// for UTC+7 with Hồ Ngọc Đức's method: Year is the lunar year (the solar year
// in which its Tết falls), Month 1–12, Day 1–30, and Leap marks a leap month
// (tháng nhuận), which follows the regular month of the same number.
//
// The zero LunarDate is not valid. Conversions cover solar dates from
// 1900-01-01 to 2100-12-31 (lunar years 1899 to 2100); see [LunarDataVersion].
type LunarDate struct {
	Year  int
	Month int
	Day   int
	Leap  bool
}

// The solar range the lunar table covers.
const (
	lunarMinSolarYear = 1900
	lunarMaxSolarYear = 2100
)

// LunarRange returns the first and last solar dates that LunarOf converts.
func LunarRange() (first, last Date) {
	return Date{lunarMinSolarYear, time.January, 1}, Date{lunarMaxSolarYear, time.December, 31}
}

// lunarYear returns the packed table entry of lunar year y and the day
// number (days since 1970-01-01) of its Tết; ok is false outside the table.
func lunarYear(y int) (e uint32, tet int, ok bool) {
	if y < lunarFirstYear || y > lunarLastYear {
		return 0, 0, false
	}
	e = lunarYears[y-lunarFirstYear]
	return e, dayNum(Date{y, time.January, 1}) + int(e>>17&63), true
}

// lunarLeap returns the leap month of a packed entry, 0 for none.
func lunarLeap(e uint32) int { return int(e >> 13 & 15) }

// lunarLen returns the length of the i-th month (0-based, in order) of a packed entry.
func lunarLen(e uint32, i int) int { return 29 + int(e>>uint(i)&1) }

// LunarOf returns the lunar date of d. It returns the zero LunarDate when d
// is invalid or outside [LunarRange]. It does not allocate.
func LunarOf(d Date) LunarDate {
	if d.Year < lunarMinSolarYear || d.Year > lunarMaxSolarYear || !d.IsValid() {
		return LunarDate{}
	}
	y := d.Year
	e := lunarYears[y-lunarFirstYear]
	off := dayOfYear(d) - int(e>>17&63) // days since Tết of year y
	if off < 0 {
		y--
		e = lunarYears[y-lunarFirstYear]
		n := 365
		if IsLeapYear(y) {
			n = 366
		}
		off += n - int(e>>17&63) + int(lunarYears[y+1-lunarFirstYear]>>17&63)
	}
	return lunarFromOffset(y, e, off)
}

// lunarFromOffset returns the day off days after Tết of lunar year y (packed entry e).
func lunarFromOffset(y int, e uint32, off int) LunarDate {
	leap := lunarLeap(e)
	for i := 0; i < 13; i++ {
		n := lunarLen(e, i)
		if off < n {
			l := LunarDate{Year: y, Month: i + 1, Day: off + 1}
			if leap != 0 && i >= leap {
				l.Month = i
				l.Leap = i == leap
			}
			return l
		}
		off -= n
	}
	return LunarDate{} // unreachable for a consistent table
}

// monthIndex returns the 0-based position of (month, leap) in lunar year e,
// or -1 when the year has no such month.
func monthIndex(e uint32, month int, leap bool) int {
	if month < 1 || month > 12 {
		return -1
	}
	lm := lunarLeap(e)
	if leap {
		if lm != month {
			return -1
		}
		return month
	}
	if lm != 0 && month > lm {
		return month
	}
	return month - 1
}

// IsValid reports whether l names a day that exists in the lunar table:
// a supported year, a month it has (a leap month only where the year has
// one) and a day within the month's length.
func (l LunarDate) IsValid() bool {
	e, _, ok := lunarYear(l.Year)
	if !ok {
		return false
	}
	i := monthIndex(e, l.Month, l.Leap)
	return i >= 0 && l.Day >= 1 && l.Day <= lunarLen(e, i)
}

var errLunarInvalid = errors.New("no such day in the lunar calendar")

// Solar returns the solar date of l. It fails when l is not valid (see
// IsValid), naming the reason. It does not allocate on success.
func (l LunarDate) Solar() (Date, error) {
	e, tet, ok := lunarYear(l.Year)
	if !ok {
		return Date{}, &LunarError{Date: l, Msg: "year out of range " + strconv.Itoa(lunarFirstYear) + "–" + strconv.Itoa(lunarLastYear)}
	}
	i := monthIndex(e, l.Month, l.Leap)
	if i < 0 {
		if l.Leap {
			return Date{}, &LunarError{Date: l, Msg: "the year has no such leap month"}
		}
		return Date{}, &LunarError{Date: l, Msg: "month out of range"}
	}
	if l.Day < 1 || l.Day > lunarLen(e, i) {
		return Date{}, &LunarError{Date: l, Msg: "day out of range for the month (" + strconv.Itoa(lunarLen(e, i)) + " days)"}
	}
	dn := tet + l.Day - 1
	for j := 0; j < i; j++ {
		dn += lunarLen(e, j)
	}
	return DateFromDays(dn), nil
}

// MustSolar is like Solar but panics when l is not valid. It is meant for
// tests and literals known to be valid.
func (l LunarDate) MustSolar() Date {
	d, err := l.Solar()
	if err != nil {
		panic(err)
	}
	return d
}

// A LunarError reports a lunar date that does not exist.
type LunarError struct {
	Date LunarDate
	Msg  string
}

// Error returns "calendar: lunar date 2023-02-30: day out of range …".
func (e *LunarError) Error() string {
	return "calendar: lunar date " + string(e.Date.appendISO(nil)) + ": " + e.Msg
}

// Unwrap lets errors.Is match every LunarError against the same cause.
func (e *LunarError) Unwrap() error { return errLunarInvalid }

// LunarMonthDays returns the number of days (29 or 30) of lunar month m of
// lunar year y, the leap month when leap is set; 0 when there is no such month.
func LunarMonthDays(y, m int, leap bool) int {
	e, _, ok := lunarYear(y)
	if !ok {
		return 0
	}
	i := monthIndex(e, m, leap)
	if i < 0 {
		return 0
	}
	return lunarLen(e, i)
}

// LunarLeapMonth returns the leap month of lunar year y (the number of the
// month it repeats), or 0 when the year has none or is out of range.
func LunarLeapMonth(y int) int {
	e, _, ok := lunarYear(y)
	if !ok {
		return 0
	}
	return lunarLeap(e)
}

// Tet returns the first day of lunar year y (Tết Nguyên Đán, mùng 1 tháng
// Giêng), or the zero Date outside lunar years 1899–2100.
func Tet(y int) Date {
	_, tet, ok := lunarYear(y)
	if !ok {
		return Date{}
	}
	return DateFromDays(tet)
}

// YearName returns the can-chi name of l's year, "Giáp Thìn" for 2024.
func (l LunarDate) YearName() string { return YearName(l.Year) }

// MonthName returns the can-chi name of l's month ("Bính Dần" for month 1 of
// 2024). A leap month has the name of the month it repeats.
func (l LunarDate) MonthName() string {
	if l.Month < 1 || l.Month > 12 {
		return ""
	}
	stem := modPos(l.Year*12+l.Month+3, 10)
	branch := (l.Month + 1) % 12
	return canChiNames[modPos(6*stem-5*branch, 60)]
}

// DayName returns the can-chi name of solar day d ("Giáp Thìn" for
// 2024-02-10). The cycle of days runs unbroken, so every valid date has one.
func DayName(d Date) string {
	// Julian day number of 1970-01-01 is 2440588; JD+49 mod 60 indexes the cycle.
	return canChiNames[modPos(d.Days()+2440588+49, 60)]
}

// TraditionalMonth returns the traditional name of l's month, "tháng Giêng",
// "tháng Chạp", with " nhuận" added for a leap month.
func (l LunarDate) TraditionalMonth() string {
	n := LunarMonthName(l.Month)
	if l.Leap && n != "" {
		return n + " nhuận"
	}
	return n
}

// String returns l in Vietnamese, "ngày 10 tháng 3 năm Giáp Thìn", with
// "nhuận" after a leap month: "ngày 15 tháng 2 nhuận năm Quý Mão". The zero
// LunarDate prints as "".
func (l LunarDate) String() string {
	if l == (LunarDate{}) {
		return ""
	}
	return string(l.AppendTo(make([]byte, 0, 40)))
}

// AppendTo appends the form written by String to b.
func (l LunarDate) AppendTo(b []byte) []byte {
	if l == (LunarDate{}) {
		return b
	}
	b = append(b, "ngày "...)
	b = strconv.AppendInt(b, int64(l.Day), 10)
	b = append(b, " tháng "...)
	b = strconv.AppendInt(b, int64(l.Month), 10)
	if l.Leap {
		b = append(b, " nhuận"...)
	}
	b = append(b, " năm "...)
	return append(b, YearName(l.Year)...)
}

// appendISO appends l as "2024-03-10", with "L" after the month of a leap
// month ("2023-02L-15"): the form MarshalText writes.
func (l LunarDate) appendISO(b []byte) []byte {
	b = append4(b, modPos(l.Year, 10000))
	b = append(b, '-')
	b = append2(b, modPos(l.Month, 100))
	if l.Leap {
		b = append(b, 'L')
	}
	b = append(b, '-')
	return append2(b, modPos(l.Day, 100))
}

// MarshalText implements encoding.TextMarshaler: "2024-03-10", or
// "2023-02L-15" for a day of a leap month; empty for the zero LunarDate. It
// fails on an invalid non-zero date.
func (l LunarDate) MarshalText() ([]byte, error) {
	if l == (LunarDate{}) {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, &LunarError{Date: l, Msg: "invalid"}
	}
	return l.appendISO(nil), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the form written by
// MarshalText. The date must exist.
func (l *LunarDate) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LunarDate{}
		return nil
	}
	s := string(b)
	leap := len(s) == 11 && s[7] == 'L'
	if len(s) != 10 && !leap {
		return &ParseError{Input: s, Msg: "want YYYY-MM-DD or YYYY-MML-DD for a lunar date"}
	}
	iso := s
	if leap {
		iso = s[:7] + s[8:]
	}
	num := func(p string) int {
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return -1
			}
			n = n*10 + int(p[i]-'0')
		}
		return n
	}
	if iso[4] != '-' || iso[7] != '-' {
		return &ParseError{Input: s, Msg: "want YYYY-MM-DD or YYYY-MML-DD for a lunar date"}
	}
	v := LunarDate{Year: num(iso[:4]), Month: num(iso[5:7]), Day: num(iso[8:]), Leap: leap}
	if !v.IsValid() {
		return &ParseError{Input: s, Msg: "no such day in the lunar calendar"}
	}
	*l = v
	return nil
}

// Lunar returns the lunar date of d; see [LunarOf].
func (d Date) Lunar() LunarDate { return LunarOf(d) }
