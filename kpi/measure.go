package kpi

import (
	"slices"

	"github.com/chidao/chidao/calendar"
)

// A Measurement is the value of a metric on a date. When it was counted —
// 37 of 40 systems — it keeps the counts Num and Den so that sums across
// agencies and periods stay exact; Value is then FromCounts(Num, Den). A
// measurement known only as a percentage has Den == 0.
type Measurement struct {
	Date     calendar.Date // the day the value was measured
	Value    Percent       // the value; FromCounts(Num, Den) when counted
	Num, Den int64         // the counts; Den == 0 when unknown
}

// Count returns the measurement of num out of den on date d: Count(d, 37, 40)
// has Value 92,5%. It does not check the counts: for counts that come from
// outside the program use [NewCount], which rejects those that measure
// nothing; [Measurement.Check] says what is wrong with a measurement Count
// made of them.
func Count(d calendar.Date, num, den int64) Measurement {
	return Measurement{Date: d, Value: FromCounts(num, den), Num: num, Den: den}
}

// NewCount returns the measurement of num out of den on date d, as [Count]
// does, or a *CountError when the counts are no share: a zero denominator
// (ErrZeroDenominator: "5 of 0" is not a 0% reading), or a numerator outside
// [0, den] or a negative den (ErrCountRange: "50 of 40" is not 125%, "−1 of
// 40" not −2,5%).
func NewCount(d calendar.Date, num, den int64) (Measurement, error) {
	if err := checkCounts(num, den); err != nil {
		return Measurement{}, err
	}
	return Count(d, num, den), nil
}

// Check reports whether m's counts make a measurement, as [NewCount] does:
// nil for a measurement known only as a percentage (a [Reading]: no
// counts), else a *CountError for counts that are no share. A numerator
// without a denominator ([Count] of 5 of 0) is ErrZeroDenominator.
func (m Measurement) Check() error {
	if m.Den == 0 && m.Num == 0 {
		return nil
	}
	return checkCounts(m.Num, m.Den)
}

func checkCounts(num, den int64) error {
	switch {
	case den == 0:
		return &CountError{Num: num, Den: den, Err: ErrZeroDenominator}
	case den < 0 || num < 0 || num > den:
		return &CountError{Num: num, Den: den, Err: ErrCountRange}
	}
	return nil
}

// Reading returns the measurement of value v on date d, without counts.
func Reading(d calendar.Date, v Percent) Measurement {
	return Measurement{Date: d, Value: v}
}

// HasCounts reports whether m keeps its counts.
func (m Measurement) HasCounts() bool { return m.Den != 0 }

// String returns "2024-06-30 92,5% (37/40)" or "2024-06-30 92,5%".
func (m Measurement) String() string {
	b := m.Date.AppendTo(make([]byte, 0, 40))
	b = append(b, ' ')
	b = m.Value.AppendTo(b)
	if m.HasCounts() {
		b = append(b, " ("...)
		b = append(b, itoa64(m.Num)...)
		b = append(b, '/')
		b = append(b, itoa64(m.Den)...)
		b = append(b, ')')
	}
	return string(b)
}

// A Series is the measurements of one metric, for one agency or in total.
// [Evaluate] and [Series.At] take it in any order; [Series.Sorted] returns it
// in date order.
type Series []Measurement

// Sorted returns a copy of s in date order; measurements of the same date keep
// their order.
func (s Series) Sorted() Series {
	c := slices.Clone(s)
	slices.SortStableFunc(c, func(a, b Measurement) int { return a.Date.Compare(b.Date) })
	return c
}

// At returns the latest measurement on or before asOf (the last one in s
// among those of the same date), and false when there is none.
func (s Series) At(asOf calendar.Date) (Measurement, bool) {
	best := -1
	for i := range s {
		if !asOf.Before(s[i].Date) && (best < 0 || !s[i].Date.Before(s[best].Date)) {
			best = i
		}
	}
	if best < 0 {
		return Measurement{}, false
	}
	return s[best], true
}

func itoa64(n int64) string {
	if n >= -1<<31 && n < 1<<31 {
		return itoa(int(n))
	}
	var b [20]byte
	i := len(b)
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	s := string(b[i:])
	if n < 0 {
		s = "-" + s
	}
	return s
}

// Total returns the series of the total of several series — one per agency —
// on every date any of them has: on each date, each part contributes its
// latest measurement on or before that date (a part that has not reported
// yet contributes nothing), and the total is the sum of numerators over the
// sum of denominators, as a [Tally] computes it. A measurement without counts
// weighs as one unit of 100% (see [Tally.AddMeasurement]). Totals keep their
// counts when the sums fit in an int64.
func Total(parts ...Series) Series {
	var dates []calendar.Date
	for _, p := range parts {
		for _, m := range p {
			dates = append(dates, m.Date)
		}
	}
	slices.SortFunc(dates, func(a, b calendar.Date) int { return a.Compare(b) })
	dates = slices.Compact(dates)
	out := make(Series, 0, len(dates))
	for _, d := range dates {
		var t Tally
		for _, p := range parts {
			if m, ok := p.At(d); ok {
				t.AddMeasurement(m)
			}
		}
		if n, den, ok := t.Counts64(); ok {
			out = append(out, Measurement{Date: d, Value: t.Percent(), Num: n, Den: den})
		} else {
			out = append(out, Reading(d, t.Percent()))
		}
	}
	return out
}
