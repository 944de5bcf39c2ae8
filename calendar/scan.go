package calendar

import (
	"strings"
	"time"

	"github.com/chidao/chidao/internal/vntext"
)

// This file holds the scanner primitives over folded text: token tests,
// numbers, and the result/error bookkeeping shared by the grammar in
// parse.go. Offsets here are byte offsets in the folded text; find.go maps
// them back to the caller's bytes.

// res is the outcome of one grammar rule.
type res uint8

const (
	rNo  res = iota // the text here is not this form
	rOK             // matched
	rBad            // it is this form, but invalid (the scanner holds the error)
)

// scanner reads time expressions from folded text.
type scanner struct {
	s   string // folded text
	ref Date
	opt Options

	// src is the text s was folded from, and f the folding (nil when
	// not known): a word the grammar spells without marks ("sau") is not
	// one the source spells with them ("sáu", six), see marked.
	src string
	f   *vntext.Folded

	// whole is set when s is one phrase given to Parse: a bare "15/3" with
	// nothing around it is then read as a date.
	whole bool

	// listUntil is the end of a list of days after a yearly cadence
	// ("hằng năm, trước ngày 30/6 và 31/12"): a bare day and month before
	// it is one more yearly day.
	listUntil int

	// cadenceAt is the end of a cadence that may head a list of
	// cadences ("hằng quý, 6 tháng, năm"): next reads each further one
	// there.
	cadenceAt int

	// inCondition is set while the end of a condition's clause is sought
	// (conditionEnd): the expressions tried inside it read no event.
	inCondition bool

	// The first error found by the current match: the folded offset of the
	// offending token, the reason, and the sentinel it is an instance of.
	errAt, errEnd int
	errMsg        string
	errRange      bool // the reason is an ErrRange (a bool, not the error: see sentinel)
	failed        bool
}

// fail records the error of the current match, unless one is recorded
// already. A reason that says a number is "out of range" is an ErrRange.
func (sc *scanner) fail(at int, msg string) res {
	if !sc.failed {
		sc.failed, sc.errAt, sc.errMsg = true, at, msg
		sc.errRange = strings.Contains(msg, " out of range")
	}
	return rBad
}

// failEnd is fail for an anchor ending at end, so the error's span covers it.
func (sc *scanner) failEnd(end, at int, msg string) res {
	if !sc.failed {
		sc.errEnd = end
	}
	return sc.fail(at, msg)
}

func (sc *scanner) clearErr() {
	sc.failed, sc.errAt, sc.errEnd, sc.errMsg, sc.errRange = false, 0, 0, "", false
}

// sentinel returns the sentinel error of the recorded error, or nil. (An
// error field in the scanner would make the folded text on Parse's stack
// escape with the ParseError.)
func (sc *scanner) sentinel() error {
	if sc.errRange {
		return ErrRange
	}
	return nil
}

func (sc *scanner) tok(i int) vntext.Token { return vntext.NextToken(sc.s, i) }

// skipSpace returns i moved past one space.
func (sc *scanner) skipSpace(i int) int {
	if i < len(sc.s) && sc.s[i] == ' ' {
		return i + 1
	}
	return i
}

// phrase reports whether the folded words p (one or more, single-spaced)
// start at i (after an optional space) as whole words, and returns the end.
func (sc *scanner) phrase(i int, p string) (int, bool) {
	i = sc.skipSpace(i)
	s := sc.s
	if len(s)-i < len(p) || s[i:i+len(p)] != p {
		return i, false
	}
	// A digit may touch a word ("ngày14", "quý1"): typed text often loses
	// that space, and the tokenizer splits there too.
	e := i + len(p)
	if e < len(s) && vntext.IsLetter(s[e]) {
		return i, false
	}
	if i > 0 && vntext.IsLetter(s[i-1]) {
		return i, false
	}
	return e, true
}

// marked reports whether the source writes the folded range [a, b) with a
// letter outside ASCII: a mark the grammar's word lacks ("sáu" for
// "sau"). Without the source it reports false.
func (sc *scanner) marked(a, b int) bool {
	if sc.f == nil {
		return false
	}
	if sc.f.HasMarks() {
		return sc.f.Accented(a, b)
	}
	oa, ob := sc.f.Orig(a), sc.f.Orig(b)
	for k := oa; k < ob && k < len(sc.src); k++ {
		if sc.src[k] >= 0x80 {
			return true
		}
	}
	return false
}

// anyPhrase returns the end of the first of ps found at i.
func (sc *scanner) anyPhrase(i int, ps ...string) (int, bool) {
	for _, p := range ps {
		if e, ok := sc.phrase(i, p); ok {
			return e, true
		}
	}
	return i, false
}

// punct reports whether the next token at i (after an optional space) is
// the punctuation c, and returns its end.
func (sc *scanner) punct(i int, c byte) (int, bool) {
	i = sc.skipSpace(i)
	if i < len(sc.s) && sc.s[i] == c {
		return i + 1, true
	}
	return i, false
}

// adj reports whether s[i] is c (no space before it).
func (sc *scanner) adj(i int, c byte) bool { return i < len(sc.s) && sc.s[i] == c }

// number reads the number token at i (after an optional space): its value,
// its digit count and its end.
func (sc *scanner) number(i int) (v, n, end int, ok bool) {
	i = sc.skipSpace(i)
	s := sc.s
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if v < 1<<20 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	if j == i {
		return 0, 0, i, false
	}
	return v, j - i, j, true
}

// adjNumber is number with no space allowed before it.
func (sc *scanner) adjNumber(i int) (v, n, end int, ok bool) {
	if i < len(sc.s) && sc.s[i] == ' ' {
		return 0, 0, i, false
	}
	return sc.number(i)
}

// nextWord returns the word token at i (after an optional space), or "".
func (sc *scanner) nextWord(i int) (string, int) {
	t := sc.tok(i)
	if t.Kind != vntext.Word {
		return "", i
	}
	return t.Text, t.End
}

// prevWord returns the word token ending just before i (skipping one
// space), or "".
func (sc *scanner) prevWord(i int) string {
	s := sc.s
	if i <= 0 || i > len(s) {
		return ""
	}
	if i > 0 && s[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && vntext.IsLetter(s[j-1]) {
		j--
	}
	return s[j:i]
}

// atBoundary reports whether a number chain may end at i: not followed,
// without a space, by a separator and a letter or digit ("30/2020/NĐ-CP",
// "66.7/2025"), a percent sign, or a decimal comma.
func (sc *scanner) atBoundary(i int) bool {
	s := sc.s
	if i >= len(s) {
		return true
	}
	switch s[i] {
	case '%':
		return false
	case '/', '-', '.', ',':
		if i+1 < len(s) && (vntext.IsDigit(s[i+1]) || s[i] != ',' && vntext.IsLetter(s[i+1])) {
			return false
		}
	}
	return !vntext.IsLetter(s[i]) && !vntext.IsDigit(s[i])
}

// startsFree reports whether a number chain may start at i: not preceded,
// without a space, by a separator glued to a letter or digit.
func (sc *scanner) startsFree(i int) bool {
	s := sc.s
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '/', '-', '.', ',', ':':
		if i >= 2 && (vntext.IsDigit(s[i-2]) || vntext.IsLetter(s[i-2])) {
			return false
		}
	}
	return !vntext.IsLetter(s[i-1]) && !vntext.IsDigit(s[i-1])
}

// exprIsYear reports whether a number of n digits is a calendar year as
// directives write them.
func exprIsYear(v, n int) bool { return n == 4 && v >= 1900 && v <= 2199 }

// exprYear2 expands a two-digit year to 20YY.
func exprYear2(v, n int) (int, bool) {
	switch n {
	case 2:
		return 2000 + v, true
	case 4:
		return v, exprIsYear(v, n)
	}
	return 0, false
}

// exprDateMsg explains why d/m/y is not a date.
func exprDateMsg(d, m, y int) string {
	switch {
	case m < 1 || m > 12:
		return "month " + exprItoa(m) + " out of range"
	case d < 1 || d > 31:
		return "day " + exprItoa(d) + " out of range"
	case m == 2:
		return "day " + exprItoa(d) + " out of range for February " + exprItoa(y)
	}
	return "day " + exprItoa(d) + " out of range for " + time.Month(m).String()
}

func exprItoa(n int) string {
	if n >= 0 && n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func exprDate(y, m, d int) Date { return Date{y, time.Month(m), d} }

// isWhole reports whether [start, end) is all of a Parse input but for
// spaces and final punctuation.
func (sc *scanner) isWhole(start, end int) bool {
	if !sc.whole {
		return false
	}
	for i := 0; i < start; i++ {
		if sc.s[i] != ' ' {
			return false
		}
	}
	for i := end; i < len(sc.s); i++ {
		if c := sc.s[i]; c != ' ' && c != '.' && c != ';' && c != ',' {
			return false
		}
	}
	return true
}

// numberWord reads a Vietnamese number word from one to twelve at i ("ba",
// "sáu", "mười hai") as number does a numeral; its digit count is 1.
func (sc *scanner) numberWord(i int) (v, n, end int, ok bool) {
	i = sc.skipSpace(i)
	v, size := vntext.NumberWord(sc.s[i:])
	if v == 0 || sc.s[i:i+size] == "tu" { // "tư" (four) folds like "từ" (from)
		return 0, 0, i, false
	}
	return v, 1, i + size, true
}
