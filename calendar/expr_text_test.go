package calendar_test

import (
	"encoding"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

// TestParseRareForms checks the reading and the Vietnamese String of rarer
// expression forms, and that String parses back to the same expression.
func TestParseRareForms(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	for _, tc := range []struct {
		in       string
		kind     calendar.Kind
		rel      calendar.Relation
		first    calendar.Date
		last     calendar.Date
		grain    calendar.Grain
		str      string
		noReturn bool // String is a canonical form that does not parse back identically
	}{
		{in: "cuối quý này", kind: calendar.KindPeriod, first: d(2024, 3, 1), last: d(2024, 3, 31), grain: calendar.GrainMonth, str: "tháng 3/2024"},
		{in: "đầu quý này", kind: calendar.KindPeriod, first: d(2024, 1, 1), last: d(2024, 1, 31), grain: calendar.GrainMonth, str: "tháng 1/2024"},
		{in: "giữa quý này", kind: calendar.KindPeriod, first: d(2024, 2, 1), last: d(2024, 2, 29), grain: calendar.GrainMonth, str: "tháng 2/2024"},
		{in: "3 tháng cuối năm 2024", kind: calendar.KindPeriod, first: d(2024, 10, 1), last: d(2024, 12, 31), grain: calendar.GrainQuarter, str: "quý IV/2024"},
		{in: "12 tháng năm 2024", kind: calendar.KindPeriod, first: d(2024, 1, 1), last: d(2024, 12, 31), grain: calendar.GrainYear, str: "năm 2024"},
		{in: "3 tháng đầu năm 2024", kind: calendar.KindPeriod, first: d(2024, 1, 1), last: d(2024, 3, 31), grain: calendar.GrainQuarter, str: "quý I/2024"},
		{in: "trước cuối năm 2024", kind: calendar.KindDeadline, rel: calendar.RelationBy, first: d(2024, 10, 1), last: d(2024, 12, 31), grain: calendar.GrainQuarter, str: "chậm nhất quý IV/2024"},
		{in: "đến hết ngày 30/6/2024", kind: calendar.KindDeadline, rel: calendar.RelationBy, first: d(2024, 6, 30), last: d(2024, 6, 30), grain: calendar.GrainDay, str: "chậm nhất ngày 30/6/2024"},
		{in: "thời hạn: 30/6/2024", kind: calendar.KindDeadline, rel: calendar.RelationBy, first: d(2024, 6, 30), last: d(2024, 6, 30), grain: calendar.GrainDay, str: "chậm nhất ngày 30/6/2024"},
		{in: "từ 15/7 đến 20/7/2024", kind: calendar.KindPeriod, first: d(2024, 7, 15), last: d(2024, 7, 20), grain: calendar.GrainDay, str: "từ ngày 15/7/2024 đến ngày 20/7/2024"},
		{in: "ngày 15 - 20/7/2024", kind: calendar.KindPeriod, first: d(2024, 7, 15), last: d(2024, 7, 20), grain: calendar.GrainDay, str: "từ ngày 15/7/2024 đến ngày 20/7/2024"},
		{in: "ngày 15-20/7", kind: calendar.KindPeriod, first: d(2024, 7, 15), last: d(2024, 7, 20), grain: calendar.GrainDay, str: "từ ngày 15/7/2024 đến ngày 20/7/2024"},
		{in: "cuối tháng 6/2024", kind: calendar.KindPeriod, first: d(2024, 6, 21), last: d(2024, 6, 30), grain: calendar.GrainDay, str: "cuối tháng 6/2024"},
		{in: "từ ngày 01/01/2025 trở về trước", kind: calendar.KindOpen, first: d(2025, 1, 1), grain: calendar.GrainDay, str: "kể từ ngày 01/01/2025"},
		{in: "trước 14h30 ngày 30/6/2024", kind: calendar.KindDeadline, rel: calendar.RelationBefore, first: d(2024, 6, 30), last: d(2024, 6, 30), grain: calendar.GrainDay, str: "trước 14 giờ 30 ngày 30/6/2024"},
		{in: "vào lúc 8 giờ ngày 5/7/2024", kind: calendar.KindDate, first: d(2024, 7, 5), last: d(2024, 7, 5), grain: calendar.GrainDay, str: "8 giờ 00 ngày 05 tháng 7 năm 2024"},
		{in: "2 lần trong năm", kind: calendar.KindRecurrence, str: "định kỳ 6 tháng"},
		{in: "một lần mỗi quý", kind: calendar.KindRecurrence, str: "hằng quý"},
		{in: "2 lần mỗi tuần", kind: calendar.KindRecurrence, str: "hằng tuần", noReturn: true},
	} {
		e, err := calendar.Parse(tc.in, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if e.Kind != tc.kind || e.Relation != tc.rel {
			t.Errorf("Parse(%q) = kind %v relation %v, want %v %v", tc.in, e.Kind, e.Relation, tc.kind, tc.rel)
		}
		if tc.kind != calendar.KindRecurrence && tc.kind != calendar.KindOngoing &&
			(e.Period.First != tc.first || e.Period.Last != tc.last || e.Period.Grain != tc.grain) {
			t.Errorf("Parse(%q).Period = %v (%v), want %v..%v (%v)", tc.in, e.Period, e.Period.Grain, tc.first, tc.last, tc.grain)
		}
		if got := e.String(); got != tc.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got, tc.str)
		}
		if !tc.noReturn {
			roundTrip(t, tc.in, e, ref)
		}
	}
}

// TestExprStringOfBuiltForms checks String for expressions built by hand in forms
// the parser rarely returns.
func TestExprStringOfBuiltForms(t *testing.T) {
	for _, tc := range []struct {
		e    calendar.Expr
		want string
	}{
		{calendar.Expr{Kind: calendar.KindPeriod, Period: calendar.HalfPeriod(2024, 2)}, "6 tháng cuối năm 2024"},
		{calendar.Expr{Kind: calendar.KindPeriod, Period: calendar.PeriodOf(calendar.Date{Year: 2024, Month: 3, Day: 5}, calendar.Date{Year: 2024, Month: 4, Day: 7}, calendar.GrainDay)}, "từ ngày 05/3/2024 đến ngày 07/4/2024"},
		{calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainHalf, Interval: 1}}, "định kỳ 6 tháng"},
		{calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainHalf, Interval: 2}}, "định kỳ 12 tháng"},
		{calendar.Expr{Kind: calendar.KindRecurrence}, "định kỳ"},
		{calendar.Expr{Kind: calendar.KindOpen, Period: calendar.Period{First: calendar.Date{Year: 2024, Month: 7, Day: 1}, Grain: calendar.GrainHalf}}, "từ 6 tháng cuối năm 2024 trở đi"},
		{calendar.Expr{Kind: calendar.KindOpen, Period: calendar.Period{First: calendar.Date{Year: 2024, Month: 4, Day: 1}, Grain: calendar.GrainQuarter}}, "từ quý II/2024 trở đi"},
		{calendar.Expr{}, ""},
		{calendar.Expr{Kind: calendar.Kind(42)}, ""},
	} {
		if got := tc.e.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.e, got, tc.want)
		}
	}
}

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// TestEnumText pins the text form of every enum value (Kind, Grain,
// Relation, Event, Warning) and the rejection of unknown names.
func TestEnumText(t *testing.T) {
	for _, tc := range []struct {
		v    textEnum
		want string
	}{
		{calendar.KindDeadline, "deadline"},
		{calendar.KindPartial, "partial"},
		{calendar.KindUnknown, ""},
		{calendar.GrainYears, "years"},
		{calendar.GrainHalf, "half"},
		{calendar.RelationUntil, "until"},
		{calendar.RelationNone, ""},
		{calendar.EventEffective, "effective"},
		{calendar.EventOther, "other"},
		{calendar.WarningSchoolYear, "school-year"},
		{calendar.WarningNone, ""},
	} {
		b, err := tc.v.MarshalText()
		if err != nil || string(b) != tc.want || tc.v.String() != tc.want {
			t.Errorf("%#v: MarshalText = %q, %v; String = %q; want %q", tc.v, b, err, tc.v.String(), tc.want)
		}
	}
	for _, v := range []textEnum{calendar.Kind(10), calendar.Grain(8), calendar.Relation(5), calendar.Event(5), calendar.Warning(2)} {
		if s := v.String(); s != "" {
			t.Errorf("%#v.String() = %q, want empty", v, s)
		}
		if b, err := v.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() = %q, want an error", v, b)
		}
	}
	var k calendar.Kind
	var g calendar.Grain
	var r calendar.Relation
	var e calendar.Event
	var w calendar.Warning
	for _, tc := range []struct {
		u    encoding.TextUnmarshaler
		in   string
		ok   bool
		want any
		got  func() any
	}{
		{&k, "recurrence", true, calendar.KindRecurrence, func() any { return k }},
		{&k, "Recurrence", false, calendar.KindRecurrence, func() any { return k }},
		{&g, "quarter", true, calendar.GrainQuarter, func() any { return g }},
		{&g, "quý", false, calendar.GrainQuarter, func() any { return g }},
		{&r, "within", true, calendar.RelationWithin, func() any { return r }},
		{&r, "after", false, calendar.RelationWithin, func() any { return r }},
		{&e, "receipt", true, calendar.EventReceipt, func() any { return e }},
		{&e, "", true, calendar.EventUnknown, func() any { return e }},
		{&e, "x", false, calendar.EventUnknown, func() any { return e }},
		{&w, "school-year", true, calendar.WarningSchoolYear, func() any { return w }},
		{&w, "school", false, calendar.WarningSchoolYear, func() any { return w }},
	} {
		err := tc.u.UnmarshalText([]byte(tc.in))
		if (err == nil) != tc.ok || tc.got() != tc.want {
			t.Errorf("UnmarshalText(%q) into %T = %v, %v; want %v, ok %v", tc.in, tc.u, tc.got(), err, tc.want, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), `"`+tc.in+`"`) {
			t.Errorf("UnmarshalText(%q): error %q does not quote the input", tc.in, err)
		}
	}
}

// TestClockText pins the text of a Clock ("14:30") and its parse errors.
func TestClockText(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    calendar.Clock
		wantErr string
	}{
		{"08:30", calendar.Clock{Hour: 8, Minute: 30, Set: true}, ""},
		{"24:00", calendar.Clock{Hour: 24, Set: true}, ""},
		{"", calendar.Clock{}, ""},
		{"8:30", calendar.Clock{}, `calendar: parsing "8:30" at byte 0: want HH:MM`},
		{"08-30", calendar.Clock{}, `calendar: parsing "08-30" at byte 0: want HH:MM`},
		{"0a:30", calendar.Clock{}, `calendar: parsing "0a:30" at byte 0: want HH:MM`},
		{"24:01", calendar.Clock{}, `calendar: parsing "24:01" at byte 0: time of day out of range`},
		{"12:60", calendar.Clock{}, `calendar: parsing "12:60" at byte 0: time of day out of range`},
	} {
		c := calendar.Clock{Hour: 1, Minute: 1, Set: true}
		err := c.UnmarshalText([]byte(tc.in))
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("UnmarshalText(%q) error = %v, want %s", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || c != tc.want {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tc.in, c, err, tc.want)
		}
		if b, err := c.MarshalText(); err != nil || string(b) != tc.in || c.String() != tc.in {
			t.Errorf("%+v: MarshalText = %q, %v; String = %q; want %q", c, b, err, c.String(), tc.in)
		}
	}
	if got := string(calendar.Clock{}.AppendTo([]byte("x"))); got != "x" {
		t.Errorf("unset Clock AppendTo = %q, want x", got)
	}
	for _, tc := range []struct {
		h, m int
		ok   bool
	}{{0, 0, true}, {23, 59, true}, {24, 0, true}, {24, 30, false}, {25, 0, false}, {-1, 0, false}, {10, -1, false}, {10, 60, false}} {
		c, ok := calendar.ClockOf(tc.h, tc.m)
		if ok != tc.ok || ok && (int(c.Hour) != tc.h || int(c.Minute) != tc.m || !c.Set) || !ok && c != (calendar.Clock{}) {
			t.Errorf("ClockOf(%d, %d) = %+v, %v; want ok %v", tc.h, tc.m, c, ok, tc.ok)
		}
	}
}
