package directivescore

import (
	"math"
	"testing"
)

// The expectations below are what Python 3.11 prints for the same values
// (str(float), repr(str), round(x, 2), float(str)).

func TestPyReprFloat(t *testing.T) {
	tenth, fifth := 0.1, 0.2 // not constants: 0.1 + 0.2 in float64
	for _, c := range []struct {
		in   float64
		want string
	}{
		{87.5, "87.5"}, {90, "90.0"}, {100, "100.0"}, {0, "0.0"}, {math.Copysign(0, -1), "-0.0"},
		{1e16, "1e+16"}, {1.5e16, "1.5e+16"}, {1234567890123456, "1234567890123456.0"},
		{12345678901234567, "1.2345678901234568e+16"}, {0.0001, "0.0001"}, {0.00001, "1e-05"},
		{1.5e-05, "1.5e-05"}, {tenth + fifth, "0.30000000000000004"}, {1e22, "1e+22"},
		{5e-324, "5e-324"}, {-2.5, "-2.5"}, {123.456, "123.456"}, {1e300, "1e+300"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.NaN(), "nan"},
	} {
		if got := pyReprFloat(c.in); got != c.want {
			t.Errorf("pyReprFloat(%v) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestPyReprString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"deadline", `'deadline'`},
		{"it's", `"it's"`},
		{`say "x"`, `'say "x"'`},
		{`both ' and "`, `'both \' and "'`},
		{`back\slash`, `'back\\slash'`},
		{"tab\there", `'tab\there'`},
		{"nl\n", `'nl\n'`},
		{"\x01", `'\x01'`},
		{"\x7f", `'\x7f'`},
		{"\u00a0", `'\xa0'`},
		{"\u200b", `'\u200b'`},
		{"\u2028", `'\u2028'`},
		{"đ", `'đ'`},
		{"😀", `'😀'`},
		{"\U000E0001", `'\U000e0001'`},
		{"x\ud7ff", `'x\ud7ff'`},
	} {
		if got := pyReprString(c.in); got != c.want {
			t.Errorf("pyReprString(%q) = %s; want %s", c.in, got, c.want)
		}
	}
}

func TestPyRepr(t *testing.T) {
	s := "2025-06-30"
	for _, c := range []struct {
		in   pyVal
		want string
	}{
		{pyTupleOf(pyString("deadline"), optVal(&s)), `('deadline', '2025-06-30')`},
		{pyTupleOf(pyString("open"), optVal(&s), optVal(nil)), `('open', '2025-06-30', None)`},
		{pyTupleOf(pyString("ongoing")), `('ongoing',)`},
		{pyTupleOf(), `()`},
		{pyTupleOf(pyString("recurrence"), pyTupleOf(pyString("m"), pyIntVal(6))), `('recurrence', ('m', 6))`},
		{pyTupleOf(pyString("recurrence"), pyTupleOf(pyString("m"), pyFloatVal(6))), `('recurrence', ('m', 6.0))`},
		{pyTupleOf(pyString(">="), pyFloatVal(95)), `('>=', 95.0)`},
	} {
		if got := c.in.repr(); got != c.want {
			t.Errorf("repr = %s; want %s", got, c.want)
		}
	}
	// Python's == : 6 == 6.0, "6" != 6, None != "".
	if pyIntVal(6).key() != pyFloatVal(6).key() {
		t.Error("6 and 6.0 have different keys")
	}
	if pyString("6").key() == pyIntVal(6).key() || pyNoneVal().key() == pyString("").key() ||
		pyFloatVal(6.5).key() == pyIntVal(6).key() {
		t.Error("different values share a key")
	}
	if pyTupleOf(pyString("a,b")).key() == pyTupleOf(pyString("a"), pyString("b")).key() {
		t.Error("tuple keys are ambiguous")
	}
}

func TestPyRound(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{0.125, 0.12}, {0.135, 0.14}, {2.675, 2.67}, {87.499, 87.5}, {87.495, 87.5},
		{1.005, 1.0}, {-0.125, -0.12}, {0.005, 0.01}, {100, 100},
	} {
		if got := pyRound(c.in, 2); got != c.want {
			t.Errorf("pyRound(%v, 2) = %v; want %v", c.in, got, c.want)
		}
	}
	if !math.IsInf(pyRound(math.Inf(1), 2), 1) || !math.IsNaN(pyRound(math.NaN(), 2)) {
		t.Error("pyRound of inf or nan")
	}
}

func TestPyFloatOfString(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{" 87.5 ", 87.5, true}, {"1_000", 1000, true}, {"1__0", 0, false}, {"_1", 0, false},
		{"1_", 0, false}, {"1e5", 1e5, true}, {"inf", math.Inf(1), true},
		{"-Infinity", math.Inf(-1), true}, {"0x10", 0, false}, {"", 0, false}, {".5", 0.5, true},
		{"5.", 5, true}, {".", 0, false}, {"1e", 0, false}, {"1e+", 0, false},
		{"+1.5E-3", 0.0015, true}, {"١٢", 12, true}, {"1 000", 0, false},
		{"\u00a087\u2003", 87, true}, {"infinit", 0, false}, {"1_000.5_5", 1000.55, true},
		{"1e1_0", 1e10, true}, {"1e999", math.Inf(1), true}, {"𝟗𝟗", 99, true},
	} {
		got, ok := pyFloatOfString(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("pyFloatOfString(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	for _, s := range []string{"nan", "NaN", "-nan"} {
		if f, ok := pyFloatOfString(s); !ok || !math.IsNaN(f) {
			t.Errorf("pyFloatOfString(%q) = %v, %v; want NaN", s, f, ok)
		}
	}
}
