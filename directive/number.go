package directive

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Number is the number and symbol of a document (số, ký hiệu) under Decree
// 30/2020/NĐ-CP, Art. 8 and Appendix I: "04/CT-TTg" is number 04, type code
// CT, issuer TTg; "30/2020/NĐ-CP" is a legal document and carries its year;
// "5608/UBND-VX" is a công văn, whose symbol has no type code; a Party
// document is written "1273-TB/TU". A draft leaves the number blank:
// "/BCĐĐA06HP-KSTTHC".
//
// Number is a small comparable value. The zero Number is no number at all
// (IsZero); a blank number with a known symbol is not zero.
type Number struct {
	// Seq is the registration number as printed ("04", "5608"), "" when
	// blank.
	Seq string
	// Year is the year a legal document's number carries, 0 when none.
	Year int
	// Code is the type code as printed ("CT", "KHPH", "QyĐ"), "" when the
	// symbol has none (a công văn, a Law).
	Code string
	// Issuer is the rest of the symbol: the issuing body and unit as
	// printed ("TTg", "UBND-VX", "TCTĐA06/CPTW-BCĐĐA06/CPHP", "TU").
	Issuer string
	// Party is set for the Party form "1273-TB/TU".
	Party bool
}

// ParseNumber parses a document number and symbol as printed after "Số:".
//
//	number = state | party | seq [ "/" year ]
//	state  = [ seq ] "/" [ year "/" ] symbol
//	party  = seq "-" code "/" issuer
//	symbol = code "-" issuer | issuer        (issuer when the first part is no type code)
//	seq    = digit { digit } [ letter ]
//	year   = 4 digits, 1900–2999
//
// Spaces around "/" and "-" are dropped, typographic dashes ("–", "—")
// read as "-", and the text is put in NFC. The type
// code is recognised with [DocTypeFromCode]; a symbol whose first part is not
// a type code belongs to a công văn ("5608/UBND-VX" has issuer "UBND-VX").
func ParseNumber(s string) (Number, error) {
	in := s
	if !isASCII(s) && norm.NFC.QuickSpanString(s) != len(s) {
		s = norm.NFC.String(s)
	}
	if strings.IndexFunc(s, isDash) >= 0 {
		s = replaceDashes(s)
	}
	s = squeezeNumber(s)
	var n Number
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && isASCIILetter(s[i]) && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '-') {
		i++ // "123a/QĐ-UBND"
	}
	n.Seq = s[:i]
	base := 0
	if i == len(s) {
		if n.Seq != "" {
			return n, nil // a bare number: "Kế hoạch phối hợp số 62"
		}
		return Number{}, numberError(in, 0, "empty number")
	}
	switch s[i] {
	case '-':
		// A Party number ("1273-TB/TU"), possibly blank in a draft ("-KH/TU").
		n.Party = true
		j := strings.IndexByte(s[i+1:], '/')
		if j < 0 {
			return Number{}, numberError(in, len(in), "Party number without '/'")
		}
		n.Code = s[i+1 : i+1+j]
		n.Issuer = s[i+2+j:]
		base = i + 2 + j
		if err := checkSymbolPart(in, s, i+1, n.Code, "type code"); err != nil {
			return Number{}, err
		}
	case '/':
		base = i + 1
		rest := s[base:]
		if n.Seq != "" && len(rest) == 4 && allDigits(rest) && (rest[0] == '1' && rest[1] == '9' || rest[0] == '2') {
			n.Year, _ = strconv.Atoi(rest) // "30/2020", short for "30/2020/NĐ-CP"
			return n, nil
		}
		if len(rest) > 5 && rest[4] == '/' && allDigits(rest[:4]) && (rest[0] == '1' && rest[1] == '9' || rest[0] == '2') {
			n.Year, _ = strconv.Atoi(rest[:4])
			rest = rest[5:]
			base += 5
		}
		code, issuer, ok := strings.Cut(rest, "-")
		if ok && code != "" {
			if _, known := DocTypeFromCode(code); known {
				n.Code, n.Issuer = code, issuer
				base += len(code) + 1
				break
			}
		}
		n.Issuer = rest
	default:
		return Number{}, numberError(in, origOffset(in, s, i), "want '/' or '-' after the number")
	}
	if err := checkSymbolPart(in, s, base, n.Issuer, "issuer"); err != nil {
		return Number{}, err
	}
	return n, nil
}

// MustParseNumber is like ParseNumber but panics on error. It is meant for
// tests and literals.
func MustParseNumber(s string) Number {
	n, err := ParseNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// isDash reports whether r is a typographic dash read as '-'.
func isDash(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return false
}

// replaceDashes writes typographic dashes in s as '-'.
func replaceDashes(s string) string {
	return strings.Map(func(r rune) rune {
		if isDash(r) {
			return '-'
		}
		return r
	}, s)
}

// squeezeNumber trims s and drops spaces next to '/' and '-'.
func squeezeNumber(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, " \t\u00a0") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			prev := strings.TrimRight(s[:i], " \t\u00a0")
			next := strings.TrimLeft(s[i:], " \t\u00a0")
			if strings.HasSuffix(prev, "/") || strings.HasSuffix(prev, "-") ||
				strings.HasPrefix(next, "/") || strings.HasPrefix(next, "-") {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// checkSymbolPart checks part, which starts at byte base of the normalised
// text s, and reports errors at offsets of the input in.
func checkSymbolPart(in, s string, base int, part, what string) error {
	if part == "" {
		return numberError(in, origOffset(in, s, base), "missing "+what)
	}
	if part[0] == '-' || part[0] == '/' {
		return numberError(in, origOffset(in, s, base), what+" starts or ends with a separator")
	}
	if c := part[len(part)-1]; c == '-' || c == '/' {
		return numberError(in, origOffset(in, s, base+len(part)-1), what+" starts or ends with a separator")
	}
	for k, r := range part {
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' || r == '&' || r == '.' || unicode.Is(unicode.Mn, r)) {
			return numberError(in, origOffset(in, s, base+k), "unexpected character "+strconv.QuoteRune(r)+" in "+what)
		}
	}
	return nil
}

// origOffset maps offset i of the normalised text s to the input in: exact
// when normalising changed nothing, else clamped to the input.
func origOffset(in, s string, i int) int {
	if i > len(in) {
		return len(in)
	}
	return i
}

func numberError(in string, off int, msg string) error {
	return &ParseError{Input: in, Offset: off, Msg: msg}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// IsZero reports whether n is the zero Number (no number and no symbol).
func (n Number) IsZero() bool { return n == Number{} }

// IsBlank reports whether the registration number was left blank, as in a
// draft ("/BCĐĐA06HP-KSTTHC", "-KH/TU").
func (n Number) IsBlank() bool { return n.Seq == "" && !n.IsZero() }

// IsLegal reports whether n is the number of a legal document (văn bản quy
// phạm pháp luật): its number carries a year ("30/2020/NĐ-CP").
func (n Number) IsLegal() bool { return n.Year != 0 }

// Type returns the document type the code names. A state number with no code
// and no year is a công văn (DocOfficialLetter); with a year and no code (a
// Law, "45/2019/QH14") the type is not told by the number and is DocUnknown.
func (n Number) Type() DocType {
	if n.Code == "" {
		if n.Year == 0 && !n.Party && n.Issuer != "" {
			return DocOfficialLetter
		}
		return DocUnknown
	}
	if n.Party && strings.EqualFold(n.Code, "CV") {
		return DocOfficialLetter
	}
	if n.Party && (n.Code == "QĐi" || n.Code == "QĐI" || strings.EqualFold(n.Code, "QDi")) {
		return DocRule // Party "Quy định" (Quy định số 08-QĐi/TW)
	}
	t, _ := DocTypeFromCode(n.Code)
	return t
}

// SeqNumber returns the registration number as an integer, and false when it
// is blank.
func (n Number) SeqNumber() (int, bool) {
	i := 0
	for i < len(n.Seq) && n.Seq[i] >= '0' && n.Seq[i] <= '9' {
		i++
	}
	v, err := strconv.Atoi(n.Seq[:i])
	return v, err == nil
}

// Symbol returns the symbol (ký hiệu): "CT-TTg", "UBND-VX", "TB/TU".
func (n Number) Symbol() string {
	if n.Party {
		return n.Code + "/" + n.Issuer
	}
	if n.Code == "" {
		return n.Issuer
	}
	return n.Code + "-" + n.Issuer
}

// String returns the canonical form of n: "04/CT-TTg", "30/2020/NĐ-CP",
// "1273-TB/TU", "/BCĐĐA06HP-KSTTHC"; "" for the zero Number.
func (n Number) String() string {
	if n.IsZero() {
		return ""
	}
	return string(n.AppendTo(make([]byte, 0, 32)))
}

// AppendTo appends the canonical form of n to b.
func (n Number) AppendTo(b []byte) []byte {
	if n.IsZero() {
		return b
	}
	b = append(b, n.Seq...)
	if n.Code == "" && n.Issuer == "" && !n.Party {
		if n.Year != 0 {
			b = append(b, '/')
			b = strconv.AppendInt(b, int64(n.Year), 10)
		}
		return b
	}
	if n.Party {
		b = append(b, '-')
		b = append(b, n.Code...)
		b = append(b, '/')
		return append(b, n.Issuer...)
	}
	b = append(b, '/')
	if n.Year != 0 {
		b = strconv.AppendInt(b, int64(n.Year), 10)
		b = append(b, '/')
	}
	if n.Code != "" {
		b = append(b, n.Code...)
		b = append(b, '-')
	}
	return append(b, n.Issuer...)
}

// MarshalText implements encoding.TextMarshaler with the canonical form; the
// zero Number is empty text.
func (n Number) MarshalText() ([]byte, error) { return n.AppendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseNumber; empty
// text gives the zero Number.
func (n *Number) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = Number{}
		return nil
	}
	v, err := ParseNumber(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}
