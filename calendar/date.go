package calendar

import (
	"errors"
	"fmt"
	"time"
)

// A Date is a civil date in the proleptic Gregorian calendar: a year, a month
// and a day, with no time of day and no time zone. Dates are comparable with
// == and usable as map keys.
//
// The zero Date is not a valid date; IsValid reports false for it, and it
// stands for "no date" wherever a Date field is optional.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// DateFromDays returns the date n days after 1970-01-01 (negative n counts back).
func DateFromDays(n int) Date {
	// Howard Hinnant's civil_from_days.
	z := n + 719468
	era := z
	if z < 0 {
		era = z - 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), d}
}

// Days returns the number of days from 1970-01-01 to d (negative before it).
// It is the inverse of DateFromDays for valid dates.
func (d Date) Days() int {
	// Howard Hinnant's days_from_civil.
	y := d.Year
	m := int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if y < 0 {
		era = y - 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// IsLeapYear reports whether year is a leap year in the Gregorian calendar.
func IsLeapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// DaysIn returns the number of days in month m of year y (0 for an invalid month).
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if IsLeapYear(y) {
			return 29
		}
		return 28
	}
	return 0
}

// IsValid reports whether d is a real calendar day, such as 2024-02-29 and
// not 2023-02-29 or the zero Date.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date {
	return DateFromDays(d.Days() + n)
}

// AddMonths returns the date n months after d, clamped to the last day of the
// resulting month: 2024-01-31 plus one month is 2024-02-29.
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	day := d.Day
	if last := DaysIn(y, time.Month(m)); day > last {
		day = last
	}
	return Date{y, time.Month(m), day}
}

// AddYears returns the date n years after d, clamped like AddMonths:
// 2024-02-29 plus one year is 2025-02-28.
func (d Date) AddYears(n int) Date {
	return d.AddMonths(12 * n)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// DaysSince returns the number of days from e to d: positive when d is after e.
func (d Date) DaysSince(e Date) int {
	return d.Days() - e.Days()
}

// Compare returns -1 if d is before e, +1 if it is after, and 0 if they are equal.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (d.Days() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// In returns the time at midnight starting d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// String returns d in ISO 8601 form, "2024-06-30". The zero Date prints as "".
func (d Date) String() string {
	if d == (Date{}) {
		return ""
	}
	return string(d.AppendTo(make([]byte, 0, 10)))
}

// AppendTo appends the ISO 8601 form of d to b and returns the extended slice.
func (d Date) AppendTo(b []byte) []byte {
	if d == (Date{}) {
		return b
	}
	y := d.Year
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = append4(b, y)
	b = append(b, '-')
	b = append2(b, int(d.Month))
	b = append(b, '-')
	return append2(b, d.Day)
}

func append4(b []byte, n int) []byte {
	if n >= 10000 {
		return fmt.Appendf(b, "%d", n)
	}
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

func append2(b []byte, n int) []byte {
	if n >= 100 || n < 0 {
		return fmt.Appendf(b, "%02d", n)
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// MarshalText implements encoding.TextMarshaler: the ISO form, or empty for
// the zero Date. It fails on an invalid non-zero date.
func (d Date) MarshalText() ([]byte, error) {
	if d != (Date{}) && !d.IsValid() {
		return nil, fmt.Errorf("calendar: Date.MarshalText: invalid date %d-%d-%d", d.Year, d.Month, d.Day)
	}
	return d.AppendTo(nil), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the ISO form written by
// MarshalText; empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// errISO is the reason ParseISODate gives for any malformed input.
var errISO = errors.New("want YYYY-MM-DD")

// ParseISODate parses a date in the form "2024-06-30". Unlike Parse it
// accepts only that exact form.
func ParseISODate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Input: s, Offset: 0, Msg: errISO.Error()}
	}
	num := func(p string) (int, bool) {
		n := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	dd, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Input: s, Offset: 0, Msg: errISO.Error()}
	}
	d := Date{y, time.Month(m), dd}
	switch {
	case y < 1:
		return Date{}, &ParseError{Input: s, Offset: 0, Msg: "year " + exprItoa(y) + " out of range", Err: ErrRange}
	case m < 1 || m > 12:
		return Date{}, &ParseError{Input: s, Offset: 5, Msg: "month " + exprItoa(m) + " out of range", Err: ErrRange}
	case !d.IsValid():
		return Date{}, &ParseError{Input: s, Offset: 8, Msg: exprDateMsg(dd, m, y), Err: ErrRange}
	}
	return d, nil
}

// MustParseISODate is like ParseISODate but panics on error. It is meant for
// tests and literals known to be valid.
func MustParseISODate(s string) Date {
	d, err := ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}
