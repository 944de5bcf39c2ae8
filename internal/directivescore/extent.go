package directivescore

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// An Extent is how the name a parser gives a party compares with the name
// the gold gives it, word for word. The zero Extent is ExtentNone.
type Extent uint8

// The extents, from the comparison of the folded words of two names
// (CompareExtent).
const (
	// ExtentNone: the names do not hold one another, or no parsed party
	// is the gold party's mention (missed).
	ExtentNone Extent = iota
	// ExtentExact: the same words.
	ExtentExact
	// ExtentCut: the parsed words are a proper run of the gold words,
	// words missing at the end, the start or both ("Trung tâm Lưu" for
	// "Trung tâm Lưu trữ lịch sử").
	ExtentCut
	// ExtentRunOn: the gold words are a proper run of the parsed words,
	// words added at the end, the start or both ("Cục Thuế trả" for "Cục
	// Thuế").
	ExtentRunOn
	// ExtentSplit: one name holds the other and the words between them are
	// whole parts set off by punctuation, a list split or joined otherwise
	// than the gold, or an apposition left out.
	ExtentSplit
	extentEnd
)

var extentNames = [...]string{"other or missed", "exact", "cut", "run-on", "split or joined at punctuation"}

// String returns "exact", "cut", "run-on", "split or joined at
// punctuation" or "other or missed".
func (e Extent) String() string {
	if e < extentEnd {
		return extentNames[e]
	}
	return fmt.Sprintf("Extent(%d)", uint8(e))
}

// CompareExtent compares the name a parser gives a party with the gold
// name. Both are compared as the words of their folded forms (Fold)
// without a leading office-holder title (Body), as body F1 compares them,
// so case, diacritics, punctuation and a title the one side names and
// the other does not make no difference ("Giám đốc Sở Y tế" and "Sở Y Te"
// are exact). When the forms without titles hold neither one another, the
// whole folded forms are compared, so that a title cut from its body
// ("Giám đốc" for "Giám đốc Sở Y tế") still counts as cut.
//
// A name that holds the other is cut or runs on when a word is missing or
// added inside a phrase, with no punctuation between it and the words both
// share; when every word missing or added is a whole part set off by
// punctuation (a comma, a semicolon, a colon, a bracket or a dash), the
// names are ExtentSplit: a list split or joined otherwise than the gold
// ("UBND xã, phường" for "Các sở, ngành, UBND xã, phường") or an
// apposition left out ("Văn phòng UBND tỉnh" for "Văn phòng UBND tỉnh
// (Trung tâm Thông tin tỉnh)"). An empty name on either side is
// ExtentNone.
func CompareExtent(got, gold string) Extent {
	gw, ow := nameWords(gold), nameWords(got)
	if e := compareWords(bodyWords(ow), bodyWords(gw)); e != ExtentNone {
		return e
	}
	return compareWords(ow, gw)
}

// A nameWord is one word of a folded name; brk is set when punctuation
// that sets off a part of the name stands before it.
type nameWord struct {
	text string
	brk  bool
}

// nameWords returns the words of Fold(name), each marked where a comma, a
// semicolon, a colon, a bracket or a dash other than a hyphen stood before
// it in name. A hyphen between spaces is a word of Fold ("-"), kept as
// such.
func nameWords(name string) []nameWord {
	var out []nameWord
	brk := false
	for _, piece := range strings.FieldsFunc(name, isPartBreak) {
		for i, w := range strings.Fields(Fold(piece)) {
			out = append(out, nameWord{w, i == 0 && brk})
		}
		brk = true
	}
	return out
}

// isPartBreak reports whether r is punctuation that sets off a part of a
// name.
func isPartBreak(r rune) bool { return strings.ContainsRune(",;:()[]{}\u2013\u2014", r) }

// bodyWords returns words without a leading office-holder title (Body).
func bodyWords(ws []nameWord) []nameWord {
	texts := make([]string, len(ws))
	for i, w := range ws {
		texts[i] = w.text
	}
	folded := strings.Join(texts, " ")
	return ws[len(ws)-len(strings.Fields(Body(folded))):]
}

// compareWords compares the words of a parsed name with those of a gold
// name.
func compareWords(got, gold []nameWord) Extent {
	same := func(a, b nameWord) bool { return a.text == b.text }
	switch {
	case len(got) == 0 || len(gold) == 0:
		return ExtentNone
	case slices.EqualFunc(got, gold, same):
		return ExtentExact
	}
	long, short, e := gold, got, ExtentCut
	if len(got) > len(gold) {
		long, short, e = got, gold, ExtentRunOn
	}
	found := false
	for i := 0; i+len(short) <= len(long); i++ {
		if !slices.EqualFunc(long[i:i+len(short)], short, same) {
			continue
		}
		found = true
		end := i + len(short)
		if (i == 0 || partBreakAt(long, i)) && (end == len(long) || partBreakAt(long, end)) {
			continue // try a later occurrence, which may be cut inside a phrase
		}
		return e
	}
	if found {
		return ExtentSplit
	}
	return ExtentNone
}

// partBreakAt reports whether punctuation stands between ws[i-1] and
// ws[i]: a comma or the like before ws[i], or a dash on either side.
func partBreakAt(ws []nameWord, i int) bool {
	return ws[i].brk || ws[i].text == "-" || ws[i-1].text == "-"
}

// A NameExtent is one gold party and the parsed party matched to it.
type NameExtent struct {
	// Gold is the gold name as written, Got the parsed name ("" when no
	// parsed party is matched).
	Gold, Got string
	Extent    Extent
}

// MatchExtents finds, for each party of the gold (the assignees and the
// cooperating bodies of each assignment, and the lead and cooperating
// parties of its tasks where the gold has them; each folded name once per
// assignment, as the F1 bags count cooperating bodies), the party of the
// parser's output that is the same mention, and compares their names
// (CompareExtent). The parsed parties are every assignee, cooperating body
// and task lead of the output, once per name and span.
//
// A gold party and a parsed one can be the same mention when either has
// no span or their spans overlap; the gold of ANNOTATION.md has no spans,
// so the names decide, as the F1 bags do. Each parsed party is matched to
// one gold party at most: first the exact ones, in document order; then
// the cut, run-on and split pairs, those that share the most words first (ties:
// fewer words apart, then document order); a gold party left over is
// ExtentNone, with the unmatched parsed party that overlaps its span most as Got
// when spans tell.
// The result is in the order of the gold parties.
func MatchExtents(gold, got *Doc) []NameExtent {
	g := goldParties(gold)
	o := parsedParties(got)
	out := make([]NameExtent, len(g))
	used := make([]bool, len(o))
	done := make([]bool, len(g))
	for i, gp := range g {
		out[i] = NameExtent{Gold: gp.Name}
		for j, op := range o {
			if !used[j] && sameMention(gp, op) && CompareExtent(op.Name, gp.Name) == ExtentExact {
				out[i] = NameExtent{gp.Name, op.Name, ExtentExact}
				used[j], done[i] = true, true
				break
			}
		}
	}
	type pair struct {
		g, o, shared, apart int
		e                   Extent
	}
	var pairs []pair
	for i, gp := range g {
		if done[i] {
			continue
		}
		gw := len(strings.Fields(Body(Fold(gp.Name))))
		for j, op := range o {
			if used[j] || !sameMention(gp, op) {
				continue
			}
			e := CompareExtent(op.Name, gp.Name)
			if e == ExtentNone || e == ExtentExact {
				continue
			}
			ow := len(strings.Fields(Body(Fold(op.Name))))
			pairs = append(pairs, pair{i, j, min(gw, ow), max(gw, ow) - min(gw, ow), e})
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(b.shared-a.shared, a.apart-b.apart, a.g-b.g, a.o-b.o)
	})
	for _, p := range pairs {
		if done[p.g] || used[p.o] {
			continue
		}
		out[p.g] = NameExtent{g[p.g].Name, o[p.o].Name, p.e}
		done[p.g], used[p.o] = true, true
	}
	for i, gp := range g {
		if done[i] || gp.Span.IsZero() {
			continue
		}
		best, most := -1, 0
		for j, op := range o {
			if n := min(gp.Span.End, op.Span.End) - max(gp.Span.Start, op.Span.Start); !used[j] && !op.Span.IsZero() && n > most {
				best, most = j, n
			}
		}
		if best >= 0 {
			out[i].Got = o[best].Name
			used[best] = true
		}
	}
	return out
}

// sameMention reports whether two parties can be one mention: one has no
// span, or their spans overlap.
func sameMention(a, b Party) bool {
	return a.Span.IsZero() || b.Span.IsZero() || a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}

// goldParties returns the parties of a gold document, each folded name
// once per assignment, empty names left out.
func goldParties(d *Doc) []Party {
	var out []Party
	for i := range d.Assignments {
		a := &d.Assignments[i]
		seen := map[string]bool{}
		add := func(ps []Party) {
			for _, p := range ps {
				if f := Fold(p.Name); f != "" && !seen[f] {
					seen[f] = true
					out = append(out, p)
				}
			}
		}
		add(a.Assignees)
		add(a.Cooperating)
		walk(a.Tasks, func(t *Task) {
			add(t.Lead)
			add(t.Cooperating)
		})
	}
	return out
}

// parsedParties returns the parties of a parser's output, once per name
// and span, empty names left out.
func parsedParties(d *Doc) []Party {
	var out []Party
	seen := map[Party]bool{}
	add := func(ps []Party) {
		for _, p := range ps {
			if !seen[p] && Fold(p.Name) != "" {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		add(a.Assignees)
		add(a.Cooperating)
		walk(a.Tasks, func(t *Task) {
			add(t.Lead)
			add(t.Cooperating)
		})
	}
	return out
}

// ExtentFindings count the extents of the gold parties of documents
// (MatchExtents). The zero value counts nothing.
type ExtentFindings struct {
	// Gold counts the gold parties; Exact, Cut, RunOn and Split those of
	// each extent. The rest are other or missed.
	Gold, Exact, Cut, RunOn, Split int
}

// CountExtents counts the extents of ms.
func CountExtents(ms []NameExtent) ExtentFindings {
	f := ExtentFindings{Gold: len(ms)}
	for _, m := range ms {
		switch m.Extent {
		case ExtentExact:
			f.Exact++
		case ExtentCut:
			f.Cut++
		case ExtentRunOn:
			f.RunOn++
		case ExtentSplit:
			f.Split++
		}
	}
	return f
}

// Add adds g to f.
func (f *ExtentFindings) Add(g ExtentFindings) {
	f.Gold += g.Gold
	f.Exact += g.Exact
	f.Cut += g.Cut
	f.RunOn += g.RunOn
	f.Split += g.Split
}

// Other returns the number of gold parties of no other extent.
func (f ExtentFindings) Other() int { return f.Gold - f.Exact - f.Cut - f.RunOn - f.Split }

// CutOrRunOn returns, under name, the share of the gold parties whose
// parsed name is cut or runs on: lower is better.
func (f ExtentFindings) CutOrRunOn(name string) Share {
	return Share{name, f.Cut + f.RunOn, f.Gold}
}

// Line returns the findings as a line of the -score table:
//
//	cut or run-on names over the gold assignees: N of M (share): cut X, run-on Y; exact E, split or joined at punctuation S, other or missed O
func (f ExtentFindings) Line() string {
	n := f.Cut + f.RunOn
	return fmt.Sprintf("cut or run-on names over the gold assignees: %d of %d (%s): cut %d, run-on %d; exact %d, split or joined at punctuation %d, other or missed %d",
		n, f.Gold, share(n, f.Gold), f.Cut, f.RunOn, f.Exact, f.Split, f.Other())
}
