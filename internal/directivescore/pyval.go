package directivescore

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Python scorer keys its bags with tuples such as ('deadline',
// '2025-12-31') and ('recurrence', ('m', 3)) and lists the missed ones as
// their str(). A pyVal is the small part of Python's value model those keys
// need — None, str, int, float and tuple — with equality as Python has it
// (6 == 6.0) and repr as Python writes it.

type pyKind uint8

const (
	pyNone pyKind = iota
	pyStr
	pyInt
	pyFloat
	pyTuple
)

type pyVal struct {
	kind  pyKind
	s     string
	i     int64
	f     float64
	items []pyVal
}

func pyNoneVal() pyVal           { return pyVal{} }
func pyString(s string) pyVal    { return pyVal{kind: pyStr, s: s} }
func pyIntVal(i int64) pyVal     { return pyVal{kind: pyInt, i: i} }
func pyFloatVal(f float64) pyVal { return pyVal{kind: pyFloat, f: f} }
func pyTupleOf(v ...pyVal) pyVal { return pyVal{kind: pyTuple, items: v} }

func optVal(s *string) pyVal {
	if s == nil {
		return pyNoneVal()
	}
	return pyString(*s)
}

// key returns a string that is equal for two values exactly when Python's ==
// says they are equal: an int and a float of the same value share a key.
func (v pyVal) key() string {
	var b strings.Builder
	v.appendKey(&b)
	return b.String()
}

func (v pyVal) appendKey(b *strings.Builder) {
	switch v.kind {
	case pyNone:
		b.WriteString("N")
	case pyStr:
		b.WriteString("S")
		b.WriteString(strconv.Itoa(len(v.s)))
		b.WriteByte(':')
		b.WriteString(v.s)
	case pyInt:
		b.WriteString("#")
		b.WriteString(strconv.FormatInt(v.i, 10))
	case pyFloat:
		b.WriteString("#")
		if v.f == math.Trunc(v.f) && math.Abs(v.f) < 1<<63 {
			b.WriteString(strconv.FormatInt(int64(v.f), 10))
		} else {
			b.WriteString(strconv.FormatFloat(v.f, 'g', -1, 64))
		}
	case pyTuple:
		b.WriteString("(")
		for _, x := range v.items {
			x.appendKey(b)
			b.WriteByte(',')
		}
		b.WriteString(")")
	}
}

// hasNaN reports whether the value is or holds a float NaN.
func (v pyVal) hasNaN() bool {
	if v.kind == pyFloat {
		return math.IsNaN(v.f)
	}
	for _, x := range v.items {
		if x.hasNaN() {
			return true
		}
	}
	return false
}

// repr returns Python's str() of the value (for a tuple, the repr of each
// item).
func (v pyVal) repr() string {
	switch v.kind {
	case pyNone:
		return "None"
	case pyStr:
		return pyReprString(v.s)
	case pyInt:
		return strconv.FormatInt(v.i, 10)
	case pyFloat:
		return pyReprFloat(v.f)
	}
	parts := make([]string, len(v.items))
	for i, x := range v.items {
		parts[i] = x.repr()
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// pyReprString is Python 3's repr of a str: single quotes unless the text
// holds a single quote and no double quote, backslash escapes for the quote,
// the backslash, \t \n \r, and \x, \u or \U escapes for characters that are
// not printable (Python's printable characters are Go's unicode.IsPrint).
func pyReprString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError:
			// Text decoded from JSON holds no invalid UTF-8; U+FFFD is printable.
			b.WriteRune(r)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteString(hex(uint64(r), 2))
		case r < 0x10000:
			b.WriteString(`\u`)
			b.WriteString(hex(uint64(r), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(hex(uint64(r), 8))
		}
	}
	b.WriteByte(q)
	return b.String()
}

func hex(v uint64, width int) string {
	s := strconv.FormatUint(v, 16)
	return strings.Repeat("0", max(0, width-len(s))) + s
}

// pyReprFloat is Python's repr of a float: the shortest digits that read
// back to the same value, in positional notation when the decimal exponent
// lies in [-4, 16) and in scientific notation ("1e+16", "1.5e-05")
// otherwise; a whole number keeps ".0".
func pyReprFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-8.75e+01"
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	if f == 0 {
		return sign + "0.0"
	}
	decpt := exp + 1 // value = 0.digits × 10^decpt
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return sign + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return sign + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	x := strconv.Itoa(exp)
	if len(x) < 2 {
		x = "0" + x
	}
	return sign + m + "e" + es + x
}

// pyRound is Python's round(f, n) for a float: correctly rounded to n
// decimal places, exact halves to even (strconv formats the same way).
func pyRound(f float64, n int) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return f
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(f, 'f', n, 64), 64)
	if err != nil {
		return f
	}
	return r
}

// pyFloatOfString is Python's float(s) for a str: white space around it
// ignored, Unicode decimal digits read as ASCII ones, decimal notation with
// optional sign, fraction, exponent and underscores between digits, or
// "inf", "infinity", "nan" in any case. It reports false where Python
// raises ValueError.
func pyFloatOfString(s string) (float64, bool) {
	s = pyASCIIDecimal(s)
	t := s
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	case "nan":
		return math.NaN(), true
	}
	// digits [. digits] [e [sign] digits], with at least one digit before
	// the exponent; "_" only between two digits.
	i, n := 0, len(t)
	digitsRun := func() int {
		start := i
		for i < n {
			if isASCIIDigit(t[i]) {
				i++
				continue
			}
			if t[i] == '_' && i > start && i+1 < n && isASCIIDigit(t[i-1]) && isASCIIDigit(t[i+1]) {
				i++
				continue
			}
			break
		}
		return i - start
	}
	mant := digitsRun()
	if i < n && t[i] == '.' {
		i++
		mant += digitsRun()
	}
	if mant == 0 {
		return 0, false
	}
	if i < n && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < n && (t[i] == '+' || t[i] == '-') {
			i++
		}
		if digitsRun() == 0 {
			return 0, false
		}
	}
	if i != n {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil && !isRangeErr(err) {
		return 0, false
	}
	return f, true // out of range: ±Inf or 0, as Python
}

// pyASCIIDecimal does what Python does to a str before float() reads it:
// Unicode white space becomes a space and is trimmed at both ends, a
// Unicode decimal digit (category Nd) becomes its ASCII digit, and any
// other non-ASCII character makes the text invalid (here "?").
func pyASCIIDecimal(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && !pyIsSpace(r):
			b.WriteRune(r)
		case pyIsSpace(r):
			b.WriteByte(' ')
		case unicode.IsDigit(r):
			b.WriteByte(byte('0' + decimalValue(r)))
		default:
			b.WriteByte('?')
		}
	}
	return strings.Trim(b.String(), " ")
}

// pyIsSpace is Python's str.isspace for one character: Go's white space and
// the information separators U+001C–U+001F.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f }

// decimalValue returns the value of a decimal digit (category Nd). Unicode
// assigns decimal digits in runs of ten that start at zero, so the value is
// the distance from the start of the run of digits, modulo ten.
func decimalValue(r rune) int {
	start := r
	for start > 0 && r-start < 100 && unicode.IsDigit(start-1) {
		start--
	}
	return int(r-start) % 10
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
