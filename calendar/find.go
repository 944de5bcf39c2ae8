package calendar

import (
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// exprError is the type of the package's sentinel errors.
type exprError string

// Error returns the message of e.
func (e exprError) Error() string { return string(e) }

// ErrNoExpression is the error Parse reports (wrapped in a *ParseError, so
// test it with errors.Is) when its input holds no time expression at all:
// "Nghị định số 30/2020/NĐ-CP", "đạt 3/5 chỉ tiêu", "Quốc hội khóa XV". An
// invalid date ("29/02/2023", "quý V/2024") is a *ParseError that is not
// ErrNoExpression. In the conformance corpus the first is kind "none", the
// second kind "error".
const ErrNoExpression = exprError("no time expression")

// Is reports whether e is the no-expression error, so that
// errors.Is(err, ErrNoExpression) holds for the error Parse returns for
// text without a time expression (and for a ParseError a caller built with
// that Msg but no Err).
func (e *ParseError) Is(target error) bool {
	return target == ErrNoExpression && e.Msg == string(ErrNoExpression)
}

// Parse reads the time expression in s, using ref (the document's issue
// date) for missing years and offsets counted from signing. s is usually
// one expression ("trước ngày 30/6/2024", "quý III/2024", "hằng tháng"),
// but may carry the words around it — a header's place name, a field label,
// a whole task sentence — and the returned Expr's Start and End give the
// expression's byte span in s. When s holds several expressions, Parse
// returns the one that says when the task is due: the first deadline,
// recurrence or offset; else the first open start, duty or event; else the
// first date or period ("Báo cáo kết quả 6 tháng đầu năm 2024 trước ngày
// 15/6/2024" is the deadline). A vision ("tầm nhìn đến năm 2030") counts as
// a period here: it qualifies the phase before it. A date or period named
// as a baseline of comparison ("giảm 30% so với năm 2023", "so với cùng kỳ
// năm 2023") is no time of the text's own: Parse and FindAll pass over it.
//
// The error is a *ParseError. When s holds no time expression it wraps
// ErrNoExpression (errors.Is(err, ErrNoExpression)); when s holds a date
// that does not exist ("31/4/2024", "tháng 13/2024", "quý V/2024",
// "từ ngày 01/7 đến ngày 31/6/2024") its Offset is where the bad number is
// and its Msg says why; a number no calendar has ("15/12/20251", "ngày 15
// tháng 3 năm 0", "ngày 999/3/2024") wraps ErrRange. Parse never guesses a
// date, and never puts ref's year in place of a year written wrong.
//
// With a zero ref (a document with no issue date) an expression that needs
// ref for its year, month or day ("cuối năm", "trước ngày 15/12", "kể từ
// ngày ký") is returned unresolved: KindPartial, with a Period that is zero
// but for its Grain.
//
// Parse does not allocate for inputs of up to 160 bytes (a phrase or a
// short sentence), except to return an error.
func Parse(s string, ref Date) (Expr, error) { return ParseWith(s, ref, nil) }

// ParseWith is Parse with options; a nil opts means the defaults.
func ParseWith(s string, ref Date, opts *Options) (Expr, error) {
	var buf [160]byte
	var orig [161]int32
	f := vntext.FoldInto(buf[:0], orig[:0], s)
	sc := scanner{s: f.Text, ref: ref, opt: opts.orDefault(), whole: true, src: s, f: &f}
	var best match
	found := false
	for i := 0; ; {
		m, r, next := sc.next(i)
		switch r {
		case rNo:
			if !found {
				return Expr{}, &ParseError{Input: s, Msg: string(ErrNoExpression), Err: ErrNoExpression}
			}
			best.e.Start, best.e.End = f.Span(best.start, best.end)
			unresolved(&best.e)
			return best.e, nil
		case rBad:
			// Cloning the message keeps the scanner (and the folded text on
			// the stack) from escaping with the error.
			return Expr{}, &ParseError{Input: s, Offset: f.Orig(sc.errAt), Msg: strings.Clone(sc.errMsg), Err: sc.sentinel()}
		}
		if (!found || m.rank > best.rank) && !sc.compared(&m) {
			best, found = m, true
		}
		i = next
	}
}

// MustParse is like Parse but panics on error. It is meant for tests and
// literals known to be valid.
func MustParse(s string, ref Date) Expr {
	e, err := Parse(s, ref)
	if err != nil {
		panic(err)
	}
	return e
}

// A Found is one time expression found in running text by FindAll: either
// a valid expression (Err is nil), or a piece of text that is written as a
// date but names none ("trước ngày 31/9/2024"), reported so that a
// mistyped deadline is seen rather than lost. In both cases Expr.Start and
// Expr.End give the byte span in the text; for an error Expr.Kind is
// KindUnknown, and Err.Input is the text of that span with Err.Offset
// counted from its start.
type Found struct {
	Expr Expr
	Err  *ParseError
}

// FindAll returns every time expression in text, in order, with byte spans
// into text (whatever its form: NFD, NBSP, upper case, unaccented). ref is
// the document's issue date; with a zero ref, expressions that need it are
// partial, as Parse returns them. A date written with a number out of range
// is a Found whose Err wraps ErrRange. Expressions do not overlap; where one could be
// read inside another ("tháng 6/2024" in "trước tháng 6/2024") the longer,
// earlier one is returned. Each cadence of a list is returned on its own
// ("định kỳ hằng quý, 6 tháng, năm": quarterly, every 6 months, yearly).
func FindAll(text string, ref Date) []Found { return FindAllWith(text, ref, nil) }

// FindAllWith is FindAll with options; a nil opts means the defaults.
func FindAllWith(text string, ref Date, opts *Options) []Found {
	// Folded with the marks, so that the grammar tells apart the words
	// folding merges ("để", "đề"; "sáu", "sau").
	var f vntext.Folded
	if len(text) <= 160 {
		var buf [160]byte
		var marks [160 + 160/8 + 4]byte
		var orig [161]int32
		f = vntext.FoldMarksInto(buf[:0], orig[:0], marks[:0], text)
		return findFolded(&f, text, ref, opts)
	}
	f = vntext.FoldMarks(text)
	return findFolded(&f, text, ref, opts)
}

// FindAllFolded is FindAllWith over f, a folding of text that the caller
// has made already: f.Text is what folding text gives, and f's offsets are
// offsets in text. The directive parser, which folds a document once,
// reads the times of a task's folded text with it rather than folding that
// text again; vntext is internal, so no other caller can make an f. A nil
// f is FindAllWith.
func FindAllFolded(text string, f *vntext.Folded, ref Date, opts *Options) []Found {
	if f == nil {
		return FindAllWith(text, ref, opts)
	}
	return findFolded(f, text, ref, opts)
}

func findFolded(f *vntext.Folded, text string, ref Date, opts *Options) []Found {
	sc := scanner{s: f.Text, ref: ref, opt: opts.orDefault(), src: text, f: f}
	var out []Found
	for i := 0; ; {
		if i > 0 && i == sc.cadenceAt {
			// One more cadence of a list: "(hằng quý), 6 tháng, năm".
			// (Parse needs not read them: the list's first comes first.)
			sc.cadenceAt = 0
			if m, ok := sc.cadenceItem(i); ok {
				sc.cadenceAt = m.end
				m.e.Start, m.e.End = f.Span(m.start, m.end)
				out = append(out, Found{Expr: m.e})
				i = m.end
				continue
			}
		}
		m, r, next := sc.next(i)
		switch r {
		case rNo:
			return out
		case rOK:
			if sc.compared(&m) {
				break
			}
			m.e.Start, m.e.End = f.Span(m.start, m.end)
			unresolved(&m.e)
			out = append(out, Found{Expr: m.e})
		case rBad:
			a, b := f.Span(m.start, m.end)
			at := max(f.Orig(sc.errAt)-a, 0)
			out = append(out, Found{
				Expr: Expr{Start: a, End: b},
				Err:  &ParseError{Input: text[a:b], Offset: at, Msg: strings.Clone(sc.errMsg), Err: sc.sentinel()},
			})
		}
		i = next
	}
}

// unresolved makes e a partial expression when its days are unknown: a
// date, period, deadline or open start read with no reference date (a zero
// ref) from a text that does not write its year ("cuối năm", "trước ngày
// 15/12", "kể từ ngày ký"). It keeps e's grain, time of day and span.
func unresolved(e *Expr) {
	p := e.Period
	switch e.Kind {
	case KindDate, KindPeriod, KindDeadline:
		if p.First != (Date{}) && p.Last != (Date{}) {
			return
		}
	case KindOpen:
		if p.First != (Date{}) {
			return
		}
	default:
		return
	}
	*e = Expr{Kind: KindPartial, Period: Period{Grain: p.Grain}, Time: e.Time, Start: e.Start, End: e.End}
}

// next finds the first expression (or error) starting at a token at or
// after folded offset i, and returns where to continue.
func (sc *scanner) next(i int) (m match, r res, next int) {
	s := sc.s
	for i < len(s) {
		// The tokens of vntext.NextToken, read inline: this loop runs over
		// every byte of a document.
		c := s[i]
		var t vntext.Token
		switch {
		case c == ' ':
			i++
			continue
		case vntext.IsDigit(c):
			j := i + 1
			for j < len(s) && vntext.IsDigit(s[j]) {
				j++
			}
			t = vntext.Token{Kind: vntext.Number, Text: s[i:j], Start: i, End: j}
		case vntext.IsLetter(c):
			j := i + 1
			// As in vntext.NextToken, a word runs over letters and any
			// non-ASCII bytes, and ends at a space, digit or ASCII
			// punctuation.
			for j < len(s) && vntext.IsLetter(s[j]) {
				j++
			}
			// Most words of running text start nothing: skip them here,
			// before building a token and calling gate. A word glued to a
			// "/" or "-" before it is part of a document's symbol
			// ("469-KH/TU ngày 16/5/2025"), not a relation word.
			if !isTrigger(s[i:j]) || i > 0 && (s[i-1] == '/' || s[i-1] == '-') {
				i = j
				continue
			}
			t = vntext.Token{Kind: vntext.Word, Text: s[i:j], Start: i, End: j}
		default:
			t = vntext.NextToken(s, i)
		}
		if ok, n := sc.gate(t); ok {
			sc.clearErr()
			m, r := sc.exprTok(t, n)
			switch r {
			case rOK:
				if m.end > m.start {
					return m, rOK, m.end
				}
			case rBad:
				end := max(vntext.NextToken(sc.s, sc.errAt).End, sc.errEnd)
				if end <= t.Start {
					end = t.End
				}
				return match{start: t.Start, end: end}, rBad, end
			}
		}
		i = t.End
	}
	return match{}, rNo, len(s)
}
