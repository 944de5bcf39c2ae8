package directive

import (
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// When a document takes effect, as it says so itself.
//
// Decree 30/2020/NĐ-CP (Phụ lục I, the body of a decision) ends a decision
// with the article on its effect: "Quyết định này có hiệu lực (thi hành) kể
// từ ngày ký (ban hành)" or "… từ ngày 01 tháng 01 năm 2026"; plans,
// directives and regulations write the same sentence with their own type
// ("Kế hoạch này", "Quy định này"). The sentence names the day from which
// "kể từ ngày Quyết định này có hiệu lực" counts (calendar.EventEffective).

// effectClause is the words that state the document's own effect: the
// demonstrative "này" after its type, then "có hiệu lực".
var effectClause = sync.OnceValue(func() vntext.Spelling { return vntext.Spell("này có hiệu lực") })

// effectFrom are the words between the clause and the day it names, longest
// first: "thi hành kể từ", "kể từ", "từ".
var effectFrom = spellings("thi hành kể từ", "thi hành từ", "kể từ", "từ")

// effectOnSigning are the days that are the document's own signing: "ngày
// ký ban hành", "ngày ký", "ngày ban hành".
var effectOnSigning = spellings("ngày ký ban hành", "ngày ký", "ngày ban hành")

// effectiveDate returns the day the document says it takes effect, the
// first time it says so: issued for "… này có hiệu lực (thi hành) kể từ
// ngày ký (ban hành)", the date written for "… có hiệu lực từ ngày
// 15/12/2025". Text and span are those of the day's words ("ngày ký",
// "ngày 15/12/2025"). ok is false when the text says neither, or says
// signing with no issue date known.
func effectiveDate(doc *layout.Doc, issued calendar.Date) (TimeExpr, bool) {
	f := &doc.Key
	t := f.Text
	clause := effectClause()
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], clause.Key)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(clause.Key)
		if at > 0 && vntext.IsLetter(t[at-1]) || !spelledAt(doc, at, clause) {
			continue
		}
		k := i
		if k < len(t) && t[k] == ' ' {
			k++
		}
		from := false
		for _, sp := range effectFrom() {
			if spelledAt(doc, k, sp) {
				k += len(sp.Key) + 1
				from = true
				break
			}
		}
		if !from {
			continue
		}
		for _, sp := range effectOnSigning() {
			if spelledAt(doc, k, sp) {
				if !issued.IsValid() {
					return TimeExpr{}, false
				}
				a, b := f.Span(k, k+len(sp.Key))
				e := calendar.Expr{Kind: calendar.KindDate, Period: calendar.Period{First: issued, Last: issued, Grain: calendar.GrainDay},
					Start: a, End: b}
				return TimeExpr{Text: doc.Clean(layout.Range{A: k, B: k + len(sp.Key)}), Expr: e}, true
			}
		}
		// A date written after "từ": the first expression there, read as a
		// day.
		a, _ := f.Span(k, k)
		end := min(len(doc.Src), a+64)
		for _, fd := range calendar.FindAll(doc.Src[a:end], issued) {
			e := fd.Expr
			if fd.Err == nil && e.Start == 0 && e.Kind == calendar.KindDate && e.Period.Grain == calendar.GrainDay {
				e.Start += a
				e.End += a
				return TimeExpr{Text: doc.Clean(layout.Range{A: f.Index(e.Start), B: f.Index(e.End)}), Expr: e}, true
			}
			break
		}
	}
	return TimeExpr{}, false
}

// afterEffectClause reports whether the folded offset k follows the
// clause that states the document's effect ("Quyết định này có hiệu lực
// (thi hành) | kể từ ngày ký"): a time there is the day the document
// takes effect (Directive.Effective), not a time of the task whose text
// holds the sentence.
func afterEffectClause(doc *layout.Doc, k int) bool {
	t := doc.Key.Text
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if th := effectThen(); k >= len(th.Key) && spelledAt(doc, k-len(th.Key), th) {
		for k -= len(th.Key); k > 0 && t[k-1] == ' '; k-- {
		}
	}
	c := effectClause()
	return k >= len(c.Key) && spelledAt(doc, k-len(c.Key), c)
}

// effectThen is "thi hành", which may follow "có hiệu lực".
var effectThen = sync.OnceValue(func() vntext.Spelling { return vntext.Spell("thi hành") })

// spellings returns the spellings of fixed words, made once, at first use
// (vntext.Spell folds them).
func spellings(words ...string) func() []vntext.Spelling {
	return sync.OnceValue(func() []vntext.Spelling {
		out := make([]vntext.Spelling, len(words))
		for i, w := range words {
			out[i] = vntext.Spell(w)
		}
		return out
	})
}

// spelledAt reports whether the words of sp stand at folded offset a of
// doc, whole, and spelled as sp where the text there has diacritics.
func spelledAt(doc *layout.Doc, a int, sp vntext.Spelling) bool {
	t := doc.Key.Text
	b := a + len(sp.Key)
	if a < 0 || b > len(t) || t[a:b] != sp.Key || b < len(t) && vntext.IsLetter(t[b]) {
		return false
	}
	return !doc.Accented || !doc.Key.Accented(a, b) || doc.Key.SpelledLike(a, sp)
}

// spelledAny reports whether one of the words sps stands at folded offset
// a of doc (spelledAt: whole, and spelled so where the text has
// diacritics; folded, "Đề nghị" opens as "Để" does and the "cơ" of "cơ
// quan" reads as "có"). The fixed word lists of the passes (the
// preamble's openers, a heading's clause words, an example's openers, the
// modal that ends a subject) are matched with it.
func spelledAny(doc *layout.Doc, a int, sps []vntext.Spelling) bool {
	for _, sp := range sps {
		if spelledAt(doc, a, sp) {
			return true
		}
	}
	return false
}
