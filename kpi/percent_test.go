package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"golang.org/x/text/unicode/norm"
)

func TestFromCounts(t *testing.T) {
	tests := []struct {
		num, den int64
		want     Percent
		ok       bool
	}{
		{37, 40, 925000, true},
		{1, 3, 333333, true},
		{2, 3, 666667, true},
		{1, 2_000_000, 1, true},   // exactly half a unit: away from zero
		{-1, 2_000_000, -1, true}, // and for negatives
		{1, 2_000_001, 0, true},   // just under half
		{3, 2_000_000, 2, true},   // 1.5 units → 2
		{5, 2_000_000, 3, true},   // 2.5 units → 3 (not half-even)
		{0, 7, 0, true},
		{7, 7, Full, true},
		{1, -4, -250000, true},
		{5, 0, 0, false},
		{math.MaxInt64, math.MaxInt64, Full, true},
		{math.MaxInt64 - 1, math.MaxInt64, Full, true},
		{math.MaxInt64, 1, math.MaxInt64, false},
		{math.MinInt64, 1, math.MinInt64, false},
		{math.MinInt64, math.MinInt64, Full, true},
		{9_223_372_036_854, 1, 9_223_372_036_854_000_000, true},
	}
	for _, tt := range tests {
		got, ok := CountsPercent(tt.num, tt.den)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CountsPercent(%d, %d) = %d, %v; want %d, %v", tt.num, tt.den, got, ok, tt.want, tt.ok)
		}
		if f := FromCounts(tt.num, tt.den); f != tt.want {
			t.Errorf("FromCounts(%d, %d) = %d; want %d", tt.num, tt.den, f, tt.want)
		}
	}
}

var percentStrings = []struct {
	p    Percent
	s    string
	json string
}{
	{925000, "92,5%", "92.5"},
	{Full, "100%", "100"},
	{0, "0%", "0"},
	{1, "0,0001%", "0.0001"},
	{-30000, "-3%", "-3"},
	{333333, "33,3333%", "33.3333"},
	{12_500_000, "1250%", "1250"},
	{12_345_678_900, "1234567,89%", "1234567.89"},
	{math.MaxInt64, "922337203685477,5807%", "922337203685477.5807"},
	{math.MinInt64, "-922337203685477,5808%", "-922337203685477.5808"},
}

func TestPercentString(t *testing.T) {
	for _, tt := range percentStrings {
		if got := tt.p.String(); got != tt.s {
			t.Errorf("Percent(%d).String() = %q; want %q", int64(tt.p), got, tt.s)
		}
		b, err := json.Marshal(tt.p)
		if err != nil || string(b) != tt.json {
			t.Errorf("json.Marshal(%d) = %s, %v; want %s", int64(tt.p), b, err, tt.json)
		}
		var back Percent
		if err := json.Unmarshal(b, &back); err != nil || back != tt.p {
			t.Errorf("json.Unmarshal(%s) = %d, %v; want %d", b, back, err, tt.p)
		}
		if got, err := ParsePercent(tt.s); err != nil || got != tt.p {
			t.Errorf("ParsePercent(%q) = %d, %v; want %d", tt.s, got, err, tt.p)
		}
	}
}

// TestPercentSeparatorsMatchCLDR checks the decimal separator against CLDR's
// Vietnamese number format as golang.org/x/text has it, and that the grouped
// form CLDR prints reads back.
func TestPercentSeparatorsMatchCLDR(t *testing.T) {
	p := message.NewPrinter(language.Vietnamese)
	cldr := p.Sprint(number.Decimal(1234567.5)) // a float only in this test
	if cldr != "1.234.567,5" {
		t.Fatalf("CLDR format for vi = %q", cldr)
	}
	want := Whole(1234567) + 50*Point/100
	if got := want.String(); got != "1234567,5%" {
		t.Errorf("String() = %q", got)
	}
	if got, err := ParsePercent(cldr + "%"); err != nil || got != want {
		t.Errorf("ParsePercent(%q) = %d, %v; want %d", cldr+"%", got, err, want)
	}
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		in   string
		want Percent
	}{
		{"92,5%", 925000},
		{"92.5%", 925000},
		{"92,5 %", 925000},
		{"  92,5\u00a0%  ", 925000},
		{"100 phần trăm", Full},
		{"100 PHẦN TRĂM", Full},
		{"100 phan tram", Full},
		{norm.NFD.String("12,5 phần trăm"), 125000},
		{"87.5", 875000},
		{"-5%", -50000},
		{"+5%", 50000},
		{"33,333349%", 333333},
		{"33,33335%", 333334},
		{"0,00005%", 1},
		{"-0,00005%", -1},
		{"1.250,5%", 12_505_000},
		{"1,250.5%", 12_505_000},
		{"1.250.000%", 12_500_000_000},
		{"007%", 70000},
	}
	for _, tt := range tests {
		got, err := ParsePercent(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParsePercent(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParsePercentErrors(t *testing.T) {
	tests := []struct {
		in, err string
	}{
		{"", `kpi: parsing "" at byte 0: no number`},
		{"%", `kpi: parsing "%" at byte 0: no number`},
		{"abc", `kpi: parsing "abc" at byte 0: no number`},
		{"92,5%x", `kpi: parsing "92,5%x" at byte 5: unexpected text after the percentage`},
		{"92,5 phần", `kpi: parsing "92,5 phần" at byte 5: unexpected text after the percentage`},
		{"1.25.0%", `kpi: parsing "1.25.0%" at byte 4: misplaced thousands separator`},
		{"1,5.2,1%", `kpi: parsing "1,5.2,1%" at byte 3: misplaced thousands separator`},
		{"99999999999999999999%", `kpi: parsing "99999999999999999999%" at byte 14: number too large`},
	}
	for _, tt := range tests {
		_, err := ParsePercent(tt.in)
		if err == nil || err.Error() != tt.err {
			t.Errorf("ParsePercent(%q) error = %v; want %s", tt.in, err, tt.err)
		}
	}
}

func TestPercentJSONErrors(t *testing.T) {
	for _, in := range []string{`1e2`, `"x"`, `92,5`, `--1`, `+1`} {
		var p Percent
		if err := json.Unmarshal([]byte(in), &p); err == nil {
			t.Errorf("json.Unmarshal(%s) = %d, nil; want an error", in, p)
		}
	}
	var p Percent
	if err := json.Unmarshal([]byte(`"92,5%"`), &p); err != nil || p != 925000 {
		t.Errorf(`json.Unmarshal("92,5%%") = %d, %v`, p, err)
	}
}

func TestPercentText(t *testing.T) {
	for _, tt := range percentStrings {
		b, _ := tt.p.MarshalText()
		var back Percent
		if err := back.UnmarshalText(b); err != nil || back != tt.p {
			t.Errorf("text round trip of %d via %q = %d, %v", tt.p, b, back, err)
		}
	}
}

func TestParsePercentAllocs(t *testing.T) {
	for _, in := range []string{"92,5%", "100 phần trăm", "92.5 %"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParsePercent(in) }); n != 0 {
			t.Errorf("ParsePercent(%q) allocates %v times", in, n)
		}
	}
	p := Percent(925000)
	var buf [32]byte
	if n := testing.AllocsPerRun(100, func() { _ = p.AppendTo(buf[:0]) }); n != 0 {
		t.Errorf("AppendTo allocates %v times", n)
	}
}

func FuzzPercentText(f *testing.F) {
	for _, tt := range percentStrings {
		f.Add(int64(tt.p), tt.s)
	}
	f.Add(int64(0), "100 phần trăm")
	f.Fuzz(func(t *testing.T, v int64, s string) {
		p := Percent(v)
		back, err := ParsePercent(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePercent(%q) = %d, %v; want %d", p.String(), back, err, p)
		}
		var j Percent
		b, _ := p.MarshalJSON()
		if err := j.UnmarshalJSON(b); err != nil || j != p {
			t.Fatalf("JSON round trip %s = %d, %v", b, j, err)
		}
		if q, err := ParsePercent(s); err == nil {
			if r, err := ParsePercent(q.String()); err != nil || r != q {
				t.Fatalf("ParsePercent(%q) = %d, but %q reads back as %d, %v", s, q, q.String(), r, err)
			}
		}
	})
}

// TestWholeSaturates pins Whole at the limits of Percent.
func TestWholeSaturates(t *testing.T) {
	for _, tt := range []struct {
		n    int64
		want Percent
	}{
		{0, 0},
		{85, 850_000},
		{-3, -30_000},
		{math.MaxInt64 / 10_000, Percent(math.MaxInt64 / 10_000 * 10_000)},
		{math.MaxInt64/10_000 + 1, math.MaxInt64},
		{math.MaxInt64, math.MaxInt64},
		{math.MinInt64 / 10_000, Percent(math.MinInt64 / 10_000 * 10_000)},
		{math.MinInt64/10_000 - 1, math.MinInt64},
		{math.MinInt64, math.MinInt64},
	} {
		if got := Whole(tt.n); got != tt.want {
			t.Errorf("Whole(%d) = %d; want %d", tt.n, got, tt.want)
		}
	}
}

// TestPercentIntWholeCompareAbs pins Int (truncated toward zero), IsWhole,
// Compare and Abs, saturating at the limits.
func TestPercentIntWholeCompareAbs(t *testing.T) {
	for _, tt := range []struct {
		p     Percent
		i     int64
		whole bool
		abs   Percent
	}{
		{925000, 92, false, 925000},
		{-925000, -92, false, 925000}, // truncated toward zero
		{Full, 100, true, Full},
		{0, 0, true, 0},
		{1, 0, false, 1},
		{-1, 0, false, 1},
		{-Whole(3), -3, true, Whole(3)},
		{math.MinInt64, math.MinInt64 / 10_000, false, math.MaxInt64}, // saturates
		{math.MaxInt64, math.MaxInt64 / 10_000, false, math.MaxInt64},
	} {
		if got := tt.p.Int(); got != tt.i {
			t.Errorf("Percent(%d).Int() = %d; want %d", int64(tt.p), got, tt.i)
		}
		if got := tt.p.IsWhole(); got != tt.whole {
			t.Errorf("Percent(%d).IsWhole() = %v; want %v", int64(tt.p), got, tt.whole)
		}
		if got := tt.p.Abs(); got != tt.abs {
			t.Errorf("Percent(%d).Abs() = %d; want %d", int64(tt.p), got, tt.abs)
		}
	}
	for _, tt := range []struct {
		p, q Percent
		want int
	}{
		{1, 2, -1}, {2, 1, 1}, {5, 5, 0}, {math.MinInt64, math.MaxInt64, -1}, {-1, -2, 1},
	} {
		if got := tt.p.Compare(tt.q); got != tt.want {
			t.Errorf("%d.Compare(%d) = %d; want %d", tt.p, tt.q, got, tt.want)
		}
	}
}

// TestMustParsePercent pins MustParsePercent: the value, and a panic on bad
// text.
func TestMustParsePercent(t *testing.T) {
	if got := MustParsePercent("92,5 %"); got != 925000 {
		t.Errorf("MustParsePercent = %d; want 925000", got)
	}
	defer func() {
		r := recover()
		err, ok := r.(error)
		var pe *ParseError
		if !ok || !errors.As(err, &pe) || pe.Input != "x%" || pe.Offset != 0 || pe.Msg != "no number" {
			t.Errorf("MustParsePercent(%q) panicked with %v; want a *ParseError at byte 0", "x%", r)
		}
	}()
	MustParsePercent("x%")
	t.Error("MustParsePercent did not panic")
}

// TestParsePercentSignsGroupingRounding pins ParsePercent on signs, the
// written-out sign, thousands grouping and the rounding of a fifth decimal.
func TestParsePercentSignsGroupingRounding(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Percent
	}{
		{"+5%", Whole(5)},
		{"  7 phần trăm ", Whole(7)},
		{"1.250.000%", Whole(1_250_000)},
		{"1.250,5%", 12_505_000},
		{"0,00005%", 1},  // fifth decimal 5: away from zero
		{"0,000049%", 0}, // below half
		{"-0,00005%", -1},
		{"-922337203685477,5808%", math.MinInt64},
	} {
		got, err := ParsePercent(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParsePercent(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in  string
		off int
		msg string
	}{
		{"   ", 3, "no number"},
		{"1.250,5,1%", 7, "misplaced thousands separator"}, // the last "," is the decimal one
		{"12.34.567%", 5, "misplaced thousands separator"},
		{"1.234.56%", 8, "misplaced thousands separator"},
		{"922337203685477,5808%", 0, "number too large"},
		{"- 5%", 1, "no number"},
	} {
		_, err := ParsePercent(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset != tt.off || pe.Msg != tt.msg {
			t.Errorf("ParsePercent(%q) error = %#v; want offset %d %q", tt.in, err, tt.off, tt.msg)
		}
	}
}

// TestPercentJSONNullAndErrors pins Percent.UnmarshalJSON on null and on bad
// input: the error says where.
func TestPercentJSONNullAndErrors(t *testing.T) {
	// null leaves the value as it is.
	p := Percent(42)
	if err := json.Unmarshal([]byte(`null`), &p); err != nil || p != 42 {
		t.Errorf("null: %d, %v", p, err)
	}
	for _, tt := range []struct {
		in  string
		off int
		msg string
	}{
		{`"\q"`, 0, "invalid JSON string"},
		{`1.2.3`, 0, "malformed number"},
		{`12abc`, 2, "not a JSON number"},
		{`1e2`, 1, "not a JSON number"},
		{`-`, 1, "no number"},
	} {
		var p Percent
		err := p.UnmarshalJSON([]byte(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset != tt.off || pe.Msg != tt.msg {
			t.Errorf("UnmarshalJSON(%s) = %#v; want offset %d %q", tt.in, err, tt.off, tt.msg)
		}
	}
	// A JSON string holding a bad percentage reports the string's content.
	var q Percent
	err := json.Unmarshal([]byte(`"92,5%x"`), &q)
	if err == nil || err.Error() != `kpi: parsing "92,5%x" at byte 5: unexpected text after the percentage` {
		t.Errorf("string form error = %v", err)
	}
	if err := q.UnmarshalText([]byte("abc")); err == nil || q != 0 {
		t.Errorf("UnmarshalText(abc) = %d, %v; want an error and no change", q, err)
	}
}

// TestParseErrorText pins the text of a ParseError.
func TestParseErrorText(t *testing.T) {
	e := &ParseError{Input: "92,5 %%", Offset: 5, Msg: "unexpected text after the percentage"}
	if got, want := e.Error(), `kpi: parsing "92,5 %%" at byte 5: unexpected text after the percentage`; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
}
