package calendar

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// This file writes and reads an Expr as JSON in the shape of CORPUS_SPEC.md:
//
//	{"kind":"deadline","grain":"day","due":"2024-06-30","relation":"before","span":[153,177]}
//
// with the keys kind, grain, from, to, due, time, relation, every,
// interval, day_of_period, on (the month and day of a yearly cadence,
// "MM-DD": "trước ngày 15/12 hằng năm" is on "12-15"), offset {n, unit,
// working, from_event, after}, warning ("school-year") and span, each
// present only when it applies to the kind.

// MarshalJSON implements json.Marshaler; see AppendJSON. The zero Expr
// (KindUnknown: no expression) is written as null.
func (e Expr) MarshalJSON() ([]byte, error) {
	if int(e.Kind) >= len(kindNames) {
		return nil, fmt.Errorf("calendar: cannot marshal an Expr of kind %d", e.Kind)
	}
	return e.AppendJSON(nil, nil), nil
}

// AppendJSON appends the JSON object of e to b, with "due" computed under
// opts' Policy (nil opts: the default); for the zero Expr it appends null.
func (e Expr) AppendJSON(b []byte, opts *Options) []byte {
	if e.Kind == KindUnknown {
		return append(b, "null"...)
	}
	b = append(b, '{')
	b = e.AppendJSONFields(b, opts)
	return append(b, '}')
}

// AppendJSONFields appends the members of e's JSON object, without the
// braces, to b: `"kind":"date","grain":"day",…`. A caller that adds its own
// members (such as "text", the expression's source) writes them first and
// then these:
//
//	b = append(b, `{"text":`...)
//	b = strconv.AppendQuote(b, text) // or a JSON string encoder
//	b = append(b, ',')
//	b = e.AppendJSONFields(b, nil)
//	b = append(b, '}')
//
// TextExpr does exactly this. Note that embedding Expr anonymously in a
// struct promotes its MarshalJSON and hides the struct's other fields; use a
// named field or TextExpr.
func (e Expr) AppendJSONFields(b []byte, opts *Options) []byte {
	str := func(b []byte, k, v string) []byte {
		b = append(b, ',', '"')
		b = append(b, k...)
		b = append(b, '"', ':', '"')
		b = append(b, v...)
		return append(b, '"')
	}
	date := func(b []byte, k string, d Date) []byte {
		if d == (Date{}) {
			return b // unknown: a partial expression read with no ref
		}
		b = append(b, ',', '"')
		b = append(b, k...)
		b = append(b, '"', ':', '"')
		b = d.AppendTo(b)
		return append(b, '"')
	}
	num := func(b []byte, k string, n int) []byte {
		b = append(b, ',', '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		return strconv.AppendInt(b, int64(n), 10)
	}
	b = append(b, `"kind":"`...)
	b = append(b, e.Kind.String()...)
	b = append(b, '"')
	o := opts.orDefault()
	p := e.Period
	switch e.Kind {
	case KindDate, KindPeriod, KindPartial:
		b = str(b, "grain", p.Grain.String())
		b = date(b, "from", p.First)
		b = date(b, "to", p.Last)
	case KindOpen:
		b = str(b, "grain", p.Grain.String())
		b = date(b, "from", p.First)
	case KindDeadline:
		b = str(b, "grain", p.Grain.String())
		if d, ok := o.Policy.Due(e); ok {
			b = date(b, "due", d)
		}
	case KindRelative:
		if d, ok := o.Policy.Ends(e); ok {
			if e.Offset.After {
				b = date(b, "from", d) // "sau 30 ngày": it holds from that day
			} else {
				b = date(b, "due", d)
			}
		}
	}
	if e.Time.Set {
		b = append(b, `,"time":"`...)
		b = e.Time.AppendTo(b)
		b = append(b, '"')
	}
	if e.Kind == KindDeadline && e.Relation != RelationNone {
		b = str(b, "relation", e.Relation.String())
	}
	if e.Kind == KindRecurrence {
		r := e.Recurrence
		if r.Every != GrainUnknown { // a bare "định kỳ" gives no cadence
			b = str(b, "every", r.Every.String())
			b = num(b, "interval", max(r.Interval, 1))
		}
		if r.DayOfPeriod != 0 {
			b = num(b, "day_of_period", r.DayOfPeriod)
		}
		if r.On.Month != 0 {
			b = append(b, `,"on":"`...)
			b = append0(b, int(r.On.Month))
			b = append(b, '-')
			b = append0(b, r.On.Day)
			b = append(b, '"')
		}
	}
	if e.Kind == KindRelative {
		f := e.Offset
		b = append(b, `,"offset":{"n":`...)
		b = strconv.AppendInt(b, int64(f.N), 10)
		b = append(b, `,"unit":"`...)
		b = append(b, f.Unit.String()...)
		b = append(b, `","working":`...)
		b = strconv.AppendBool(b, f.Working)
		if f.From != EventUnknown {
			b = append(b, `,"from_event":"`...)
			b = append(b, f.From.String()...)
			b = append(b, '"')
		}
		if f.After {
			b = append(b, `,"after":true`...)
		}
		b = append(b, '}')
	}
	if e.Warning != WarningNone {
		b = str(b, "warning", e.Warning.String())
	}
	if e.End > e.Start {
		b = append(b, `,"span":[`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = append(b, ']')
	}
	return b
}

// jsonExpr is the wire form read by UnmarshalJSON.
type jsonExpr struct {
	Kind        Kind     `json:"kind"`
	Grain       Grain    `json:"grain"`
	From        Date     `json:"from"`
	To          Date     `json:"to"`
	Due         Date     `json:"due"`
	Time        Clock    `json:"time"`
	Relation    Relation `json:"relation"`
	Every       Grain    `json:"every"`
	Interval    int      `json:"interval"`
	DayOfPeriod int      `json:"day_of_period"`
	On          string   `json:"on"`
	Offset      *struct {
		N         int   `json:"n"`
		Unit      Grain `json:"unit"`
		Working   bool  `json:"working"`
		FromEvent Event `json:"from_event"`
		After     bool  `json:"after"`
	} `json:"offset"`
	Warning Warning `json:"warning"`
	Span    []int   `json:"span"`
}

// UnmarshalJSON implements json.Unmarshaler for the shape MarshalJSON
// writes; null leaves e unchanged. A deadline's anchor is rebuilt from its
// relation, grain and due date under the default policy (a day-grain
// anchor becomes that one day); a relative offset's event day is rebuilt
// from "due" (or "from", for an offset that names a start) when the JSON
// gives it.
func (e *Expr) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil // as encoding/json does for absent values
	}
	var j jsonExpr
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	x := Expr{Kind: j.Kind, Time: j.Time, Warning: j.Warning}
	switch j.Kind {
	case KindUnknown:
		return fmt.Errorf("calendar: expression without a kind")
	case KindDate, KindPeriod, KindPartial:
		x.Period = Period{j.From, j.To, j.Grain}
	case KindOpen:
		x.Period = Period{First: j.From, Grain: j.Grain}
	case KindDeadline:
		x.Relation = j.Relation
		x.Period = anchorFromDue(j.Due, j.Grain, j.Relation)
	case KindRecurrence:
		x.Recurrence = Recurrence{Every: j.Every, DayOfPeriod: j.DayOfPeriod}
		if j.Every != GrainUnknown {
			x.Recurrence.Interval = max(j.Interval, 1)
		}
		if j.On != "" {
			var m, d int
			if _, err := fmt.Sscanf(j.On, "%02d-%02d", &m, &d); err != nil || !exprDate(2000, m, d).IsValid() {
				return fmt.Errorf("calendar: bad \"on\" %q, want MM-DD", j.On)
			}
			x.Recurrence.On = Date{0, time.Month(m), d}
		}
	case KindRelative:
		if j.Offset == nil {
			return fmt.Errorf("calendar: relative expression without an offset")
		}
		x.Offset = Offset{N: j.Offset.N, Unit: j.Offset.Unit, Working: j.Offset.Working, From: j.Offset.FromEvent, After: j.Offset.After}
		end := j.Due
		if x.Offset.After {
			end = j.From
		}
		if end.IsValid() {
			x.Period.First = eventFromDue(end, x.Offset)
		}
	}
	if len(j.Span) == 2 {
		x.Start, x.End = j.Span[0], j.Span[1]
	}
	*e = x
	return nil
}

// anchorFromDue rebuilds a deadline's anchor from its due date.
func anchorFromDue(due Date, g Grain, rel Relation) Period {
	if !due.IsValid() {
		return Period{Grain: g}
	}
	var p Period
	d := due
	if rel == RelationBefore && g != GrainDay {
		d = due.AddDays(1)
	}
	switch g {
	case GrainMonth:
		p = MonthPeriod(d.Year, d.Month)
	case GrainQuarter:
		p = QuarterPeriod(d.Year, (int(d.Month)-1)/3+1)
	case GrainHalf:
		p = HalfPeriod(d.Year, (int(d.Month)-1)/6+1)
	case GrainYear:
		p = YearPeriod(d.Year)
	case GrainWeek:
		// A week of seven days, starting the day after the due day
		// ("before") or ending on it.
		if rel == RelationBefore {
			p = Period{d, d.AddDays(6), GrainWeek}
		} else {
			p = Period{d.AddDays(-6), d, GrainWeek}
		}
	default:
		p = DayPeriod(d)
		p.Grain = g
	}
	return p
}

// eventFromDue inverts Offset.Apply for calendar days and weeks, and
// AddWorkdays on the official calendar for working days; for months and
// years it returns the day the same number of months before, which Apply
// maps back to due unless the month end was clamped.
func eventFromDue(due Date, o Offset) Date {
	if o.Working {
		return Official().AddWorkdays(due, -o.N)
	}
	switch o.Unit {
	case GrainDay:
		return due.AddDays(-o.N)
	case GrainWeek:
		return due.AddDays(-7 * o.N)
	case GrainMonth:
		return due.AddMonths(-o.N)
	case GrainYear:
		return due.AddYears(-o.N)
	}
	return Date{}
}

// A TextExpr is an expression with the text it was read from, marshalled
// as one JSON object: {"text": "trước ngày 30/6/2024", "kind": "deadline", …}.
type TextExpr struct {
	Text string
	Expr Expr
}

// MarshalJSON implements json.Marshaler.
func (t TextExpr) MarshalJSON() ([]byte, error) {
	q, err := json.Marshal(t.Text)
	if err != nil {
		return nil, err
	}
	b := append([]byte(`{"text":`), q...)
	b = append(b, ',')
	b = t.Expr.AppendJSONFields(b, nil)
	return append(b, '}'), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (t *TextExpr) UnmarshalJSON(data []byte) error {
	var s struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	var e Expr
	if err := e.UnmarshalJSON(data); err != nil {
		return err
	}
	t.Text, t.Expr = s.Text, e
	return nil
}
