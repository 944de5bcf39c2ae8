package agency

import (
	"fmt"
	"strings"
	"sync"

	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// The words of names — heads, titles, collective nouns, qualifiers, units,
// the words that end a name and those that continue one — are rows of the
// one lexicon (internal/lexicon). The finder matches them on the folded
// text at a canonical token's start, with their diacritics: "tính" is not
// the unit "tỉnh", "Số" not the head "Sở", "Viên" not "Viện".

// A head is the word or words that open the name of an agency of some kind
// ("Sở", "Bộ", "Cục", "Ủy ban nhân dân"): a name the registry does not know
// is still found by its head and reported unresolved.
type head struct {
	words string // as written ("Sở")
	canon []ctok // the canonical tokens of words, hashed
	kind  Kind
	level Level
	flags lexicon.Flag // lexicon.Alone, Breaks, Governs, Abbrev
}

// names is agency's reading of the lexicon: its rows and what the heads and
// titles among them mean.
type names struct {
	lx     *lexicon.Lexicon
	class  []lexicon.Class // by row
	flags  []lexicon.Flag  // by row
	heads  []head          // by row; the zero head for rows of other classes
	titles []Title         // by row; TitleNone for rows of other classes
}

// theNames returns the lexicon's names, built once.
var theNames = sync.OnceValue(func() *names {
	n, err := readNames(lexicon.Builtin())
	if err != nil {
		panic(err) // the built-in rows are checked by TestLexiconNames
	}
	return n
})

// readNames reads the heads and titles of lx.
func readNames(lx *lexicon.Lexicon) (*names, error) {
	n := &names{lx: lx, class: make([]lexicon.Class, lx.Len()), flags: make([]lexicon.Flag, lx.Len()),
		heads: make([]head, lx.Len()), titles: make([]Title, lx.Len())}
	for k := range lx.Len() {
		r := lx.Row(k)
		n.class[k], n.flags[k] = r.Class, r.Flags
		switch r.Class {
		case lexicon.Head:
			h := head{words: r.Words, flags: r.Flags}
			for _, w := range strings.Fields(canonKey(r.Words)) {
				h.canon = append(h.canon, ctok{s: w, h: wordHash(w)})
			}
			if err := h.kind.UnmarshalText([]byte(r.Kind)); err != nil {
				return nil, fmt.Errorf("agency: head %q: %v", r.Words, err)
			}
			if err := h.level.UnmarshalText([]byte(r.Level)); err != nil {
				return nil, fmt.Errorf("agency: head %q: %v", r.Words, err)
			}
			n.heads[k] = h
		case lexicon.Title:
			name := r.Title
			if name == "" {
				name = r.Words
			}
			t, ok := titleNamed(name)
			if !ok {
				return nil, fmt.Errorf("agency: title %q: unknown title %q", r.Words, name)
			}
			n.titles[k] = t
		}
	}
	return n, nil
}

// titleNamed returns the Title whose name is exactly name (NFC, case
// kept: "Thủ trưởng" and "Thứ trưởng" differ).
func titleNamed(name string) (Title, bool) {
	for t := Title(1); int(t) < len(titleNames); t++ {
		if strings.EqualFold(titleNames[t], name) {
			return t, true
		}
	}
	return TitleNone, false
}

// canon returns the canonical tokens of the head h, to build a key with.
func (n *names) canon(h *head) []ctok { return h.canon }

// Class sets the finder asks for.
var (
	clsStart      = lexicon.Of(lexicon.Head, lexicon.Title, lexicon.Collective)
	clsHead       = lexicon.Of(lexicon.Head, lexicon.Word, lexicon.Stop)
	clsTitle      = lexicon.Of(lexicon.Title)
	clsCollective = lexicon.Of(lexicon.Collective)
	clsQualifier  = lexicon.Of(lexicon.Qualifier)
	clsUnit       = lexicon.Of(lexicon.Unit)
	clsStop       = lexicon.Of(lexicon.Stop)
	clsCapOrHead  = lexicon.Of(lexicon.Cap, lexicon.Head)
	clsWord       = lexicon.Of(lexicon.Word)
	clsNounOrWord = lexicon.Of(lexicon.Collective, lexicon.Head, lexicon.Unit, lexicon.Word, lexicon.Stop)
	clsNameWord   = lexicon.Of(lexicon.NameWord)
	clsHeadOrNoun = lexicon.Of(lexicon.Head, lexicon.Collective, lexicon.Unit)
	// clsFinder are the classes the finder reads; the others are the
	// directive grammar's.
	clsFinder = lexicon.Of(lexicon.Head, lexicon.Title, lexicon.Collective, lexicon.Qualifier, lexicon.Unit,
		lexicon.Stop, lexicon.NameWord, lexicon.Word, lexicon.Cap)
)

// A lexHit is a row of the lexicon that starts at a canonical token and
// ends where the canonical token before j ends, with the row's class.
type lexHit struct {
	row, j int32
	class  lexicon.Class
}

// hits returns the rows of the lexicon at canonical token i whose end is a
// token's end, longest first. They are looked up once per token and call,
// on first use, and kept in the scratch space.
func (fd *finder) hits(i int) []lexHit {
	sp := &fd.sc.hitSpan[i]
	if sp[1] == 0 {
		tok := fd.s.tok
		sp[0] = int32(len(fd.sc.hits))
		if fd.ix.lexWords.hasHash(tok[i].h0) {
			var buf [16]lexicon.Match
			for _, m := range fd.nm.lx.Matches(fd.s.f, int(tok[i].start), clsFinder, buf[:0]) {
				if j := fd.tokenEnd(i, m.End); j > i {
					fd.sc.hits = append(fd.sc.hits, lexHit{int32(m.Row), int32(j), fd.nm.class[m.Row]})
				}
			}
		}
		sp[1] = int32(len(fd.sc.hits)) + 1
	}
	return fd.sc.hits[sp[0] : sp[1]-1]
}

// lexAt returns the longest row of a class in cs that starts at canonical
// token i and ends where a canonical token ends, and the token after it.
func (fd *finder) lexAt(i int, cs lexicon.Classes) (int, int, bool) {
	if i < 0 || i >= len(fd.s.tok) {
		return 0, i, false
	}
	for _, h := range fd.hits(i) {
		if cs.Has(h.class) {
			return int(h.row), int(h.j), true
		}
	}
	return 0, i, false
}

// tokenEnd returns the canonical token after the one, from i on, that ends
// at folded offset end, or -1 when none ends there.
func (fd *finder) tokenEnd(i, end int) int {
	tok := fd.s.tok
	for k := i; k < len(tok) && int(tok[k].start) < end; k++ {
		if int(tok[k].end) == end {
			return k + 1
		}
	}
	return -1
}

// headAt returns the head that starts at canonical token i, and the token
// after it. A common word or a verb the head's words begin ("Bộ phận", "Ban
// hành", "Báo cáo") is no head.
func (fd *finder) headAt(i int) (head, int, bool) {
	k, j, ok := fd.lexAt(i, clsHead)
	if !ok || fd.nm.class[k] != lexicon.Head {
		return head{}, i, false
	}
	return fd.nm.heads[k], j, true
}

// titleRow returns the title written at canonical token i, the token after
// it and whether it is an abbreviation.
func (fd *finder) titleRow(i int) (Title, int, bool, bool) {
	k, j, ok := fd.lexAt(i, clsTitle)
	if !ok {
		return TitleNone, i, false, false
	}
	return fd.nm.titles[k], j, fd.nm.flags[k]&lexicon.Abbrev != 0, true
}

// unitAt returns the unit of territory at canonical token i, the token
// after it, and whether it ends a name by itself ("tỉnh").
func (fd *finder) unitAt(i int) (int, bool, bool) {
	k, j, ok := fd.lexAt(i, clsUnit)
	if !ok {
		return i, false, false
	}
	return j, fd.nm.flags[k]&lexicon.Standalone != 0, true
}

// isStandaloneUnit reports whether a unit of one token that ends a name by
// itself is at token i.
func (fd *finder) isStandaloneUnit(i int) bool {
	j, alone, ok := fd.unitAt(i)
	return ok && alone && j == i+1
}

// stopAt reports whether a word that ends a name starts at token i, and
// whether it ends one even in capitals.
func (fd *finder) stopAt(i int) (stop, hard bool) {
	k, _, ok := fd.lexAt(i, clsStop)
	if !ok {
		return false, false
	}
	return true, fd.nm.flags[k]&lexicon.Hard != 0
}

// isStop reports whether a word that ends a name starts at token i.
func (fd *finder) isStop(i int) bool {
	stop, _ := fd.stopAt(i)
	return stop
}

// needsCap reports whether a name starting at token i must be capitalised
// to be a name: its first words are also a common noun ("cơ sở y tế",
// "bộ phận", "phòng chống", "cơ quan công an").
func (fd *finder) needsCap(i int) bool {
	k, _, ok := fd.lexAt(i, clsCapOrHead)
	return ok && (fd.nm.class[k] == lexicon.Cap || fd.nm.flags[k]&lexicon.Common != 0)
}

// compound reports whether the head at token i is the second half of a
// common word: "Cơ sở", "trụ sở", "cán bộ", "toàn bộ", "nhiệm vụ".
func (fd *finder) compound(i int) bool {
	_, j, ok := fd.lexAt(i-1, clsWord)
	return ok && j > i
}

// isNameWord reports whether the canonical token k is written with words
// that names of public bodies hold in lower case: a row of the registry's
// words or the lexicon's name words, spelled alike, for each of its words.
func (fd *finder) isNameWord(k int) bool {
	tok := fd.s.tok[k]
	f := fd.s.f
	for a := int(tok.start); a < int(tok.end); {
		b := a
		for b < int(tok.end) && vntext.IsLetter(f.Text[b]) {
			b++
		}
		if b == a {
			return false
		}
		if !fd.wordIn(a, b) {
			return false
		}
		for b < int(tok.end) && f.Text[b] == ' ' {
			b++
		}
		a = b
	}
	return true
}

// wordIn reports whether the folded word [a, b) is a name word: a word of
// the registry's names or a name word of the lexicon.
func (fd *finder) wordIn(a, b int) bool {
	var buf [4]lexicon.Match
	for _, lx := range [...]*lexicon.Lexicon{fd.sp.words, fd.nm.lx} {
		for _, m := range lx.Matches(fd.s.f, a, clsNameWord, buf[:0]) {
			if m.End == b {
				return true
			}
		}
	}
	return false
}

// firstWord returns the first word of the folded text t: its letters from
// the start, or "".
func firstWord(t string) string {
	j := 0
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	return t[:j]
}
