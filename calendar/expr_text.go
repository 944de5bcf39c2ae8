package calendar

import (
	"fmt"
	"time"
)

// This file gives the enums of expr.go their text forms (the JSON names of
// CORPUS_SPEC.md), and Clock and Period their helpers.

var kindNames = [...]string{"", "date", "period", "deadline", "recurrence", "ongoing", "event", "open", "relative", "partial"}

// String returns the spec name of k ("date", "deadline", …), or "" for
// KindUnknown and out-of-range values.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("calendar: invalid Kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is KindUnknown.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown kind %q", b)
}

var grainNames = [...]string{"", "day", "week", "month", "quarter", "half", "year", "years"}

// String returns the spec name of g ("day", "week", "month", "quarter",
// "half", "year" or "years"), or "" for GrainUnknown.
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (g Grain) MarshalText() ([]byte, error) {
	if int(g) >= len(grainNames) {
		return nil, fmt.Errorf("calendar: invalid Grain %d", g)
	}
	return []byte(grainNames[g]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is GrainUnknown.
func (g *Grain) UnmarshalText(b []byte) error {
	for i, n := range grainNames {
		if n == string(b) {
			*g = Grain(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown grain %q", b)
}

var relationNames = [...]string{"", "before", "by", "within", "until"}

// String returns the spec name of r ("before", "by", "within", "until"), or ""
// for RelationNone.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (r Relation) MarshalText() ([]byte, error) {
	if int(r) >= len(relationNames) {
		return nil, fmt.Errorf("calendar: invalid Relation %d", r)
	}
	return []byte(relationNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is RelationNone.
func (r *Relation) UnmarshalText(b []byte) error {
	for i, n := range relationNames {
		if n == string(b) {
			*r = Relation(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown relation %q", b)
}

var eventNames = [...]string{"", "signing", "receipt", "effective", "other"}

// String returns the spec name of e ("signing", "receipt", "effective",
// "other"), or "" for EventUnknown.
func (e Event) String() string {
	if int(e) < len(eventNames) {
		return eventNames[e]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (e Event) MarshalText() ([]byte, error) {
	if int(e) >= len(eventNames) {
		return nil, fmt.Errorf("calendar: invalid Event %d", e)
	}
	return []byte(eventNames[e]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is EventUnknown.
func (e *Event) UnmarshalText(b []byte) error {
	for i, n := range eventNames {
		if n == string(b) {
			*e = Event(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown event %q", b)
}

var warningNames = [...]string{"", "school-year"}

// String returns the name of w as JSON writes it: "school-year", or ""
// for WarningNone.
func (w Warning) String() string {
	if int(w) < len(warningNames) {
		return warningNames[w]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (w Warning) MarshalText() ([]byte, error) {
	if int(w) >= len(warningNames) {
		return nil, fmt.Errorf("calendar: invalid Warning %d", w)
	}
	return []byte(warningNames[w]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is
// WarningNone.
func (w *Warning) UnmarshalText(b []byte) error {
	for i, n := range warningNames {
		if n == string(b) {
			*w = Warning(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown warning %q", b)
}

// ClockOf returns the Clock for hour h and minute m, and whether they form a
// valid time of day (0 ≤ h ≤ 23, 0 ≤ m ≤ 59, or exactly 24:00).
func ClockOf(h, m int) (Clock, bool) {
	if h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m != 0 {
		return Clock{}, false
	}
	return Clock{Hour: uint8(h), Minute: uint8(m), Set: true}, true
}

// String returns c as "HH:MM" ("08:30"), or "" when no time is set.
func (c Clock) String() string {
	if !c.Set {
		return ""
	}
	return string(c.AppendTo(make([]byte, 0, 5)))
}

// AppendTo appends the "HH:MM" form of c to b (nothing when c is not set).
func (c Clock) AppendTo(b []byte) []byte {
	if !c.Set {
		return b
	}
	return append(b, '0'+c.Hour/10, '0'+c.Hour%10, ':', '0'+c.Minute/10, '0'+c.Minute%10)
}

// MarshalText implements encoding.TextMarshaler: "HH:MM", or empty when unset.
func (c Clock) MarshalText() ([]byte, error) { return c.AppendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the form of
// MarshalText; empty text gives the unset Clock.
func (c *Clock) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Clock{}
		return nil
	}
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseClock parses a time of day in the form "HH:MM" ("08:30", "17:00").
// Vietnamese forms such as "14h30" or "14 giờ 30" are read by Parse.
func ParseClock(s string) (Clock, error) {
	if len(s) != 5 || s[2] != ':' || !exprDigits(s[:2]) || !exprDigits(s[3:]) {
		return Clock{}, &ParseError{Input: s, Msg: "want HH:MM"}
	}
	c, ok := ClockOf(int(s[0]-'0')*10+int(s[1]-'0'), int(s[3]-'0')*10+int(s[4]-'0'))
	if !ok {
		return Clock{}, &ParseError{Input: s, Msg: "time of day out of range"}
	}
	return c, nil
}

func exprDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// PeriodOf returns the period from first to last inclusive at grain g.
func PeriodOf(first, last Date, g Grain) Period {
	return Period{First: first, Last: last, Grain: g}
}

// DayPeriod returns the one-day period of d.
func DayPeriod(d Date) Period { return Period{First: d, Last: d, Grain: GrainDay} }

// MonthPeriod returns the month m of year y as a period.
func MonthPeriod(y int, m time.Month) Period {
	return Period{Date{y, m, 1}, Date{y, m, DaysIn(y, m)}, GrainMonth}
}

// QuarterPeriod returns quarter q (1–4) of year y: I = January–March, …,
// IV = October–December.
func QuarterPeriod(y, q int) Period {
	m := time.Month(3*q - 2)
	return Period{Date{y, m, 1}, Date{y, m + 2, DaysIn(y, m+2)}, GrainQuarter}
}

// HalfPeriod returns half h (1 or 2) of year y.
func HalfPeriod(y, h int) Period {
	if h == 1 {
		return Period{Date{y, time.January, 1}, Date{y, time.June, 30}, GrainHalf}
	}
	return Period{Date{y, time.July, 1}, Date{y, time.December, 31}, GrainHalf}
}

// YearPeriod returns year y as a period.
func YearPeriod(y int) Period {
	return Period{Date{y, time.January, 1}, Date{y, time.December, 31}, GrainYear}
}

// YearsPeriod returns the multi-year phase from year a to year b inclusive
// ("giai đoạn 2021-2025").
func YearsPeriod(a, b int) Period {
	return Period{Date{a, time.January, 1}, Date{b, time.December, 31}, GrainYears}
}

// IsValid reports whether p has a valid first day and either a zero last day
// (an open period) or a valid last day not before the first.
func (p Period) IsValid() bool {
	if !p.First.IsValid() {
		return false
	}
	return p.Last == (Date{}) || p.Last.IsValid() && !p.Last.Before(p.First)
}

// IsOpen reports whether p has a start and no end.
func (p Period) IsOpen() bool { return p.First != (Date{}) && p.Last == (Date{}) }

// Contains reports whether d falls within p (on or after First, and on or
// before Last unless p is open).
func (p Period) Contains(d Date) bool {
	if p.First == (Date{}) || d.Before(p.First) {
		return false
	}
	return p.Last == (Date{}) || !d.After(p.Last)
}

// Days returns the number of days in p, or 0 for an open or invalid period.
func (p Period) Days() int {
	if !p.IsValid() || p.IsOpen() {
		return 0
	}
	return p.Last.DaysSince(p.First) + 1
}

// String returns p as "2024-07-01..2024-09-30" ("2024-07-01.." when open);
// a single day prints as its date.
func (p Period) String() string {
	if p.First == p.Last {
		return p.First.String()
	}
	return p.First.String() + ".." + p.Last.String()
}
