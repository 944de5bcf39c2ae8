package calendar_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

// TestParseErrorText checks the full error text of invalid dates in rarer
// forms: ranges, spelled-out dates and recurring days.
func TestParseErrorText(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	for _, tc := range []struct{ in, want string }{
		{"ngày 30-31/2/2024", `calendar: parsing "ngày 30-31/2/2024" at byte 6: day 30 out of range for February 2024`},
		{"ngày 28-31/4/2024", `calendar: parsing "ngày 28-31/4/2024" at byte 6: day 31 out of range for April`},
		{"tháng 11-13/2024", `calendar: parsing "tháng 11-13/2024" at byte 7: month 13 out of range`},
		{"tháng 13-14/2024", `calendar: parsing "tháng 13-14/2024" at byte 7: month 13 out of range`},
		{"quý V-VI/2024", `calendar: parsing "quý V-VI/2024" at byte 5: quarter 5 out of range`},
		{"quý III-V/2024", `calendar: parsing "quý III-V/2024" at byte 5: quarter 5 out of range`},
		{"quý 3-5/2024", `calendar: parsing "quý 3-5/2024" at byte 5: quarter 5 out of range`},
		{"tháng 13 năm nay", `calendar: parsing "tháng 13 năm nay" at byte 7: month 13 out of range`},
		{"ngày 32 hằng tháng", `calendar: parsing "ngày 32 hằng tháng" at byte 6: day 32 out of range`},
		{"ngày 31/2 hằng năm", `calendar: parsing "ngày 31/2 hằng năm" at byte 6: day 31 out of range for February 2000`},
		{"ngày 15 tháng 13 năm 2024", `calendar: parsing "ngày 15 tháng 13 năm 2024" at byte 6: month 13 out of range`},
		{"ngày 31 tháng 4 năm 2024", `calendar: parsing "ngày 31 tháng 4 năm 2024" at byte 6: day 31 out of range for April`},
		{"tháng 0/2024", `calendar: parsing "tháng 0/2024" at byte 7: month 0 out of range`},
		{"quý 0/2024", `calendar: parsing "quý 0/2024" at byte 5: quarter 0 out of range`},
		{"quý này", `calendar: parsing "quý này" at byte 0: no time expression`},
		{"đến nay", `calendar: parsing "đến nay" at byte 0: no time expression`},
		{"chi thường xuyên", `calendar: parsing "chi thường xuyên" at byte 0: no time expression`},
		{"ngày 20-15/7/2024", `calendar: parsing "ngày 20-15/7/2024" at byte 0: no time expression`},
	} {
		_, err := calendar.Parse(tc.in, ref)
		if err == nil {
			t.Errorf("Parse(%q): no error, want %s", tc.in, tc.want)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("Parse(%q) error\n got %s\nwant %s", tc.in, got, tc.want)
		}
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != tc.in {
			t.Errorf("Parse(%q): %T %v, want a *ParseError quoting the input", tc.in, err, err)
		}
		if want := strings.HasSuffix(tc.want, "no time expression"); errors.Is(err, calendar.ErrNoExpression) != want {
			t.Errorf("Parse(%q): errors.Is(ErrNoExpression) = %v, want %v", tc.in, !want, want)
		}
	}
	if got := calendar.ErrNoExpression.Error(); got != "no time expression" {
		t.Errorf("ErrNoExpression.Error() = %q", got)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse of an invalid date did not panic")
		}
	}()
	calendar.MustParse("31/4/2024", calendar.Date{Year: 2024, Month: 1, Day: 1})
}

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
		{in: "kinh phí thường xuyên", kind: calendar.KindOngoing, str: "thường xuyên"},
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

// TestExprStringBuilt checks String for expressions built by hand in forms
// the parser rarely returns.
func TestExprStringBuilt(t *testing.T) {
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
	} {
		b, err := tc.v.MarshalText()
		if err != nil || string(b) != tc.want || tc.v.String() != tc.want {
			t.Errorf("%#v: MarshalText = %q, %v; String = %q; want %q", tc.v, b, err, tc.v.String(), tc.want)
		}
	}
	for _, v := range []textEnum{calendar.Kind(10), calendar.Grain(8), calendar.Relation(5), calendar.Event(5)} {
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

func TestPeriodHelpers(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
	q3 := calendar.QuarterPeriod(2024, 3)
	open := calendar.Period{First: d(2025, 1, 1), Grain: calendar.GrainDay}
	bad := calendar.PeriodOf(d(2024, 5, 2), d(2024, 5, 1), calendar.GrainDay)
	for _, tc := range []struct {
		name      string
		p         calendar.Period
		valid     bool
		isOpen    bool
		days      int
		str       string
		in, notIn calendar.Date
	}{
		{"Q3", q3, true, false, 92, "2024-07-01..2024-09-30", d(2024, 9, 30), d(2024, 10, 1)},
		{"open", open, true, true, 0, "2025-01-01..", d(2090, 1, 1), d(2024, 12, 31)},
		{"reversed", bad, false, false, 0, "2024-05-02..2024-05-01", calendar.Date{}, d(2024, 5, 1)},
		{"day", calendar.DayPeriod(d(2024, 2, 29)), true, false, 1, "2024-02-29", d(2024, 2, 29), d(2024, 3, 1)},
		{"H1", calendar.HalfPeriod(2024, 1), true, false, 182, "2024-01-01..2024-06-30", d(2024, 1, 1), d(2024, 7, 1)},
		{"years", calendar.YearsPeriod(2021, 2025), true, false, 1826, "2021-01-01..2025-12-31", d(2025, 12, 31), d(2020, 12, 31)},
		{"zero", calendar.Period{}, false, false, 0, "", calendar.Date{}, d(2024, 1, 1)},
	} {
		p := tc.p
		if p.IsValid() != tc.valid || p.IsOpen() != tc.isOpen || p.Days() != tc.days || p.String() != tc.str {
			t.Errorf("%s: IsValid %v IsOpen %v Days %d String %q; want %v %v %d %q", tc.name,
				p.IsValid(), p.IsOpen(), p.Days(), p.String(), tc.valid, tc.isOpen, tc.days, tc.str)
		}
		if tc.in != (calendar.Date{}) && !p.Contains(tc.in) {
			t.Errorf("%s: Contains(%v) = false", tc.name, tc.in)
		}
		if p.Contains(tc.notIn) {
			t.Errorf("%s: Contains(%v) = true", tc.name, tc.notIn)
		}
	}
}

func TestDateTextAndHelpers(t *testing.T) {
	for _, tc := range []struct {
		d    calendar.Date
		want string
		err  bool
	}{
		{calendar.Date{Year: 2024, Month: 2, Day: 29}, "2024-02-29", false},
		{calendar.Date{Year: 987, Month: 1, Day: 5}, "0987-01-05", false},
		{calendar.Date{}, "", false},
		{calendar.Date{Year: 2023, Month: 2, Day: 29}, "", true},
	} {
		b, err := tc.d.MarshalText()
		if (err != nil) != tc.err || string(b) != tc.want {
			t.Errorf("%#v.MarshalText() = %q, %v; want %q (error %v)", tc.d, b, err, tc.want, tc.err)
		}
	}
	// Out-of-range years still print, the way fmt would.
	for _, tc := range []struct {
		d    calendar.Date
		want string
	}{
		{calendar.Date{Year: 12345, Month: 1, Day: 2}, "12345-01-02"},
		{calendar.Date{Year: -44, Month: 3, Day: 15}, "-0044-03-15"},
		{calendar.Date{Year: 2024, Month: 100, Day: 7}, "2024-100-07"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.d, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, err string }{
		{"2024-06-30", ""},
		{"", ""},
		{"2024-6-30", `calendar: parsing "2024-6-30" at byte 0: `},
		{"2024-0a-30", `calendar: parsing "2024-0a-30" at byte 0: `},
		{"2023-02-29", `calendar: parsing "2023-02-29" at byte 8: day 29 out of range for February 2023`},
	} {
		var d calendar.Date
		err := d.UnmarshalText([]byte(tc.in))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("UnmarshalText(%q): %v", tc.in, err)
		case tc.err == "" && d.String() != tc.in:
			t.Errorf("UnmarshalText(%q) = %v", tc.in, d)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("UnmarshalText(%q) error = %v, want prefix %s", tc.in, err, tc.err)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustParseISODate(\"2024-13-01\") did not panic")
			}
		}()
		calendar.MustParseISODate("2024-13-01")
	}()
	loc := time.FixedZone("ICT", 7*3600)
	tm := calendar.Date{Year: 2024, Month: 7, Day: 1}.In(loc)
	if want := time.Date(2024, 7, 1, 0, 0, 0, 0, loc); !tm.Equal(want) || tm.Location() != loc {
		t.Errorf("In = %v, want %v", tm, want)
	}
	if got := calendar.DateOf(time.Date(2024, 12, 31, 23, 59, 0, 0, loc)); got != (calendar.Date{Year: 2024, Month: 12, Day: 31}) {
		t.Errorf("DateOf = %v, want 2024-12-31", got)
	}
	// Days and DateFromDays agree on dates before year 1 too.
	for _, d := range []calendar.Date{{Year: -1, Month: 12, Day: 31}, {Year: -400, Month: 2, Day: 29}, {Year: 0, Month: 3, Day: 1}} {
		if back := calendar.DateFromDays(d.Days()); back != d {
			t.Errorf("DateFromDays(%v.Days()) = %v", d, back)
		}
	}
	if n := calendar.DaysIn(2024, 13); n != 0 {
		t.Errorf("DaysIn(2024, 13) = %d, want 0", n)
	}
}

func TestExprJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{`{"kind":"date"`, "unexpected end of JSON input"},
		{`{"kind":""}`, "calendar: expression without a kind"},
		{`{"kind":"recurrence","every":"year","on":"02-30"}`, `calendar: bad "on" "02-30", want MM-DD`},
		{`{"kind":"recurrence","every":"year","on":"June 1"}`, `calendar: bad "on" "June 1", want MM-DD`},
		{`{"kind":"relative"}`, "calendar: relative expression without an offset"},
		{`{"kind":"sometimes"}`, `calendar: unknown kind "sometimes"`},
	} {
		var e calendar.Expr
		err := json.Unmarshal([]byte(tc.in), &e)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Unmarshal(%s) error = %v, want %q", tc.in, err, tc.err)
		}
	}
	var e calendar.Expr
	if err := json.Unmarshal([]byte(`{"kind":"recurrence","every":"year","on":"09-02"}`), &e); err != nil ||
		e.Recurrence.On != (calendar.Date{Month: 9, Day: 2}) || e.Recurrence.Every != calendar.GrainYear || e.Recurrence.Interval != 1 {
		t.Errorf("recurrence on 09-02 = %+v, %v", e.Recurrence, err)
	}
	if b, err := json.Marshal(calendar.Expr{Kind: calendar.Kind(42)}); err == nil {
		t.Errorf("Marshal of kind 42 = %s, want an error", b)
	}
	// A deadline without a due date keeps only its grain.
	if err := json.Unmarshal([]byte(`{"kind":"deadline","relation":"by","grain":"month"}`), &e); err != nil ||
		e.Period != (calendar.Period{Grain: calendar.GrainMonth}) || e.Relation != calendar.RelationBy {
		t.Errorf("deadline without due = %+v, %v", e, err)
	}
}

func TestTextExprJSON(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	in := calendar.TextExpr{Text: "trước ngày 30/6/2024", Expr: calendar.MustParse("trước ngày 30/6/2024", ref)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `{"text":"trước ngày 30/6/2024","kind":"deadline",`) {
		t.Errorf("Marshal = %s", b)
	}
	var out calendar.TextExpr
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip = %+v, want %+v", out, in)
	}
	for _, bad := range []string{`{"text":1,"kind":"date"}`, `{"text":"x","kind":""}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("Unmarshal(%s): no error", bad)
		}
	}
}
