package kpi

import (
	"math"
	"strconv"

	"github.com/chidao/chidao/internal/vntext"
)

// A Percent is a percentage in fixed point: a count of ten-thousandths of a
// percentage point, so 92,5% is Percent(925000) and 100% is [Full]. Every
// computation in this package is done on integers; a Percent never passes
// through a float.
//
// Rounding rule (the only one in the package): when an exact value has more
// than four decimal places of a percent — a ratio of counts such as 1 of 3, a
// parsed "33,333339%", a projection — it is rounded to the nearest Percent,
// and a value exactly halfway between two is rounded away from zero
// (1 of 3 → 33,3333%; 2 of 3 → 66,6667%; 1 of 2 000 000, exactly 0,00005%,
// → 0,0001%; its negative → -0,0001%).
//
// The zero Percent is 0%. Percent values compare with < and ==, and add and
// subtract with + and - like any integer.
type Percent int64

// Well-known amounts.
const (
	// Resolution is the smallest Percent: 0,0001 percentage point.
	Resolution Percent = 1
	// Point is one percentage point, 1%.
	Point Percent = 10_000
	// Full is 100%.
	Full Percent = 100 * Point
)

// fracDigits is the number of decimal places a Percent keeps.
const fracDigits = 4

// Whole returns n percent: Whole(85) is 85%. It saturates at the limits of
// the type.
func Whole(n int64) Percent {
	if n > math.MaxInt64/int64(Point) {
		return math.MaxInt64
	}
	if n < math.MinInt64/int64(Point) {
		return math.MinInt64
	}
	return Percent(n) * Point
}

// FromCounts returns num of den as a percentage — FromCounts(37, 40) is
// 92,5% — computed exactly with a 128-bit intermediate and rounded once, half
// away from zero. A zero den gives 0; a ratio too large for the type
// saturates. Use [CountsPercent] to learn about either case.
func FromCounts(num, den int64) Percent {
	p, _ := CountsPercent(num, den)
	return p
}

// CountsPercent is like [FromCounts] but reports false when den is zero or the
// ratio does not fit in a Percent.
func CountsPercent(num, den int64) (Percent, bool) {
	if den == 0 {
		return 0, false
	}
	v, ok := mulDivRound(num, int64(Full), den)
	if !ok {
		return saturate((num < 0) != (den < 0)), false
	}
	return Percent(v), true
}

// Int returns the whole percentage points of p, truncated toward zero: 92 for
// 92,5%.
func (p Percent) Int() int64 { return int64(p / Point) }

// IsWhole reports whether p is a whole number of percentage points.
func (p Percent) IsWhole() bool { return p%Point == 0 }

// Compare returns -1, 0 or +1 as p is less than, equal to or greater than q.
func (p Percent) Compare(q Percent) int {
	switch {
	case p < q:
		return -1
	case p > q:
		return 1
	}
	return 0
}

// Abs returns |p|, saturating for the most negative value.
func (p Percent) Abs() Percent {
	if p >= 0 {
		return p
	}
	if p == math.MinInt64 {
		return math.MaxInt64
	}
	return -p
}

// String formats p the Vietnamese way (CLDR "vi"), with a decimal comma, no
// trailing zeros and a percent sign: "92,5%", "100%", "0,0001%", "-3%".
// Thousands are not grouped ("1250%"): a lone "1.250" would read back as a
// decimal, and percentages that large are rare.
func (p Percent) String() string {
	var b [32]byte
	return string(p.AppendTo(b[:0]))
}

// AppendTo appends the form of [Percent.String] to b and returns the result.
func (p Percent) AppendTo(b []byte) []byte {
	b = p.appendNumber(b, ',', 0)
	return append(b, '%')
}

// AppendNumber appends p as a plain decimal number of percent with a decimal
// point and no grouping, as JSON writes it: "92.5", "100", "-0.0001".
func (p Percent) AppendNumber(b []byte) []byte {
	return p.appendNumber(b, '.', 0)
}

// appendNumber writes p with the decimal separator dec and, when group is not
// zero, the thousands separator group.
func (p Percent) appendNumber(b []byte, dec, group byte) []byte {
	u := uint64(p)
	if p < 0 {
		b = append(b, '-')
		u = uint64(-p) // right for math.MinInt64 too
	}
	ip, fp := u/uint64(Point), u%uint64(Point)
	var digits [20]byte
	s := strconv.AppendUint(digits[:0], ip, 10)
	for i, c := range s {
		if group != 0 && i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, group)
		}
		b = append(b, c)
	}
	if fp == 0 {
		return b
	}
	var f [fracDigits]byte
	for i := fracDigits - 1; i >= 0; i-- {
		f[i] = byte('0' + fp%10)
		fp /= 10
	}
	n := fracDigits
	for f[n-1] == '0' {
		n--
	}
	b = append(b, dec)
	return append(b, f[:n]...)
}

// MarshalText implements encoding.TextMarshaler with the form of
// [Percent.String].
func (p Percent) MarshalText() ([]byte, error) {
	return p.AppendTo(make([]byte, 0, 16)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePercent].
func (p *Percent) UnmarshalText(b []byte) error {
	v, err := ParsePercent(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// MarshalJSON writes p as a JSON number of percent: 87,5% is 87.5. This is the
// form of "value" in the directive JSON contract.
func (p Percent) MarshalJSON() ([]byte, error) {
	return p.AppendNumber(make([]byte, 0, 16)), nil
}

// UnmarshalJSON reads a JSON number of percent (87.5, 100, 1e2 is not
// accepted: exponents are refused), or a JSON string in any form
// [ParsePercent] takes.
func (p *Percent) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil
	}
	if len(s) >= 2 && s[0] == '"' {
		u, err := strconv.Unquote(s)
		if err != nil {
			return &ParseError{Input: s, Offset: 0, Msg: "invalid JSON string"}
		}
		return p.UnmarshalText([]byte(u))
	}
	v, n, msg := scanNumber(s, 0, false)
	if msg != "" {
		return &ParseError{Input: s, Offset: n, Msg: msg}
	}
	if n != len(s) {
		return &ParseError{Input: s, Offset: n, Msg: "not a JSON number"}
	}
	*p = v
	return nil
}

// ParsePercent reads a percentage as Vietnamese documents write it:
//
//	percent = [ "-" | "+" ] number [ " " ] [ "%" | "phần trăm" ]
//	number  = digits [ sep digits ] | grouped
//
// A single "," or "." is the decimal separator ("92,5%", "92.5%"), except a
// dot after one to three digits (not a leading 0) and before exactly three,
// which groups thousands as Vietnamese writes them ("1.000%" is one
// thousand percent; "0.125%" stays a decimal). When both
// appear, the last one is the decimal separator and the others group
// thousands ("1.250,5%"); a separator repeated with groups of three digits
// groups thousands ("1.250.000"). Spaces may stand between the number and the
// sign ("92,5 %"), and the sign may be written out ("100 phần trăm", also
// unaccented or in NFD). A bare number is read as percent. More than four
// decimal places are rounded half away from zero.
//
// ParsePercent does not allocate unless it fails.
func ParsePercent(s string) (Percent, error) {
	var buf [64]byte
	var orig [65]int32
	var f vntext.Folded
	if len(s) <= 48 {
		f = vntext.FoldInto(buf[:0], orig[:0], s)
	} else {
		f = vntext.Fold(s)
	}
	t := f.Text
	i := 0
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i == len(t) {
		return 0, &ParseError{Input: s, Offset: f.Orig(i), Msg: "no number", Err: ErrNoPercentage}
	}
	v, n, msg := scanNumber(t, i, true)
	if msg != "" {
		var is error
		if msg == "no number" {
			is = ErrNoPercentage // "- 5%", "x%": no number where one starts
		}
		return 0, &ParseError{Input: s, Offset: f.Orig(n), Msg: msg, Err: is}
	}
	i = n
	if end, ok := percentSign(t, i); ok {
		i = end
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i != len(t) {
		return 0, &ParseError{Input: s, Offset: f.Orig(i), Msg: "unexpected text after the percentage"}
	}
	return v, nil
}

// MustParsePercent is like [ParsePercent] but panics on error. It is meant
// for tests and literals.
func MustParsePercent(s string) Percent {
	p, err := ParsePercent(s)
	if err != nil {
		panic(err)
	}
	return p
}

// percentSign reports whether folded text t holds, at i after optional
// spaces, a percent sign or the words "phan tram", and where it ends.
func percentSign(t string, i int) (int, bool) {
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j < len(t) && t[j] == '%' {
		return j + 1, true
	}
	if vntext.HasWordAt(t, j, "phan tram") {
		return j + len("phan tram"), true
	}
	return i, false
}

// scanNumber reads a decimal number of percent at t[i:] (see ParsePercent
// for the grammar; with vn false only the JSON form, a decimal point and no
// grouping, is accepted). It returns the value, the offset after the number
// and, on failure, a message with the offset where reading stopped.
func scanNumber(t string, i int, vn bool) (Percent, int, string) {
	neg := false
	if i < len(t) && (t[i] == '-' || t[i] == '+' && vn) {
		neg = t[i] == '-'
		i++
	}
	start := i
	// Find the extent of the number: digits and separators between digits.
	end := i
	lastSep := -1
	var commas, dots int
	for end < len(t) {
		c := t[end]
		if vntext.IsDigit(c) {
			end++
			continue
		}
		if (c == ',' || c == '.') && end > start && end+1 < len(t) && vntext.IsDigit(t[end+1]) && (vn || c == '.') {
			if c == ',' {
				commas++
			} else {
				dots++
			}
			lastSep = end
			end++
			continue
		}
		break
	}
	if end == start {
		return 0, start, "no number"
	}
	if !vn && commas+dots > 1 {
		return 0, start, "malformed number"
	}
	// Decide which separator is decimal.
	decAt := -1
	switch {
	case commas+dots == 1 && dots == 1 && vn && end-lastSep-1 == 3 && lastSep-start <= 3 && t[start] != '0':
		// "1.000%": in Vietnamese a dot before three digits groups
		// thousands (the decimal separator is the comma).
	case commas+dots == 1:
		decAt = lastSep
	case commas > 0 && dots > 0:
		decAt = lastSep
	}
	var ip uint64
	var fp int64 // fracDigits decimal places
	nf := 0
	roundUp := false
	group := -1 // digits since the last grouping separator, -1 before the first
	for k := start; k < end; k++ {
		c := t[k]
		switch {
		case k == decAt:
			if group >= 0 && group != 3 {
				return 0, k, "misplaced thousands separator"
			}
			group = -2 // in the fraction
		case c == ',' || c == '.':
			if decAt >= 0 && k > decAt {
				return 0, k, "separator after the decimal separator"
			}
			if group >= 0 && group != 3 || group == -1 && k-start > 3 {
				return 0, k, "misplaced thousands separator"
			}
			group = 0
		case group == -2:
			d := int64(c - '0')
			switch {
			case nf < fracDigits:
				fp = fp*10 + d
			case nf == fracDigits:
				roundUp = d >= 5
			}
			nf++
		default:
			if group >= 0 {
				group++
			}
			ip = ip*10 + uint64(c-'0')
			if ip > uint64(math.MaxInt64/Point)+1 {
				return 0, k, "number too large"
			}
		}
	}
	if group > 0 && group != 3 {
		return 0, end, "misplaced thousands separator"
	}
	for ; nf < fracDigits; nf++ {
		fp *= 10
	}
	u := ip*uint64(Point) + uint64(fp)
	if roundUp {
		u++
	}
	v, ok := signed(u, neg)
	if !ok {
		return 0, start, "number too large"
	}
	return Percent(v), end, ""
}
