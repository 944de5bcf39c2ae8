package kpi

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao/internal/vntext"
)

// The finder's words are written as Vietnamese writes them ("đạt", "tối
// thiểu", "so với"), in lower case and NFC, and read in the text the way the
// lexicon reads its rows (lexicon.Matches): where the text is written with
// diacritics, a word must be spelled alike ("đất" is not "đạt", "hàng quy"
// not "hằng quý"; old and new tone placement alike, case ignored); where it
// is written without them, a word matches by its folding alone ("dat" is
// "đạt"). A word of the table lists or a literal at the call site — there is
// no table from foldings back to spellings.

// accentWindow is how far around a word, in folded bytes, the finder looks
// for diacritics to tell a text written with them (where a word without its
// marks is another word) from one written without: a few words, as
// lexicon.Matches looks.
const accentWindow = 24

// A phrase is one entry of a word table: a word or phrase as Vietnamese
// writes it, prepared for matching.
type phrase struct {
	sp    vntext.Spelling // sp.Key is the folding: "khong vuot qua"
	words int             // the number of words
	// op and strong are the operator an entry of opPhrases writes, and
	// whether it is a goal comparison ("tối thiểu", "không quá").
	op     Op
	strong bool
}

// A wordTable is a list of phrases, in the order given, with the entries
// found by the folding of their first and of their last word.
type wordTable struct {
	ps      []phrase
	byFirst map[string][]int32
	byLast  map[string][]int32
}

// tableOf returns the word table of texts (see newTable), built on first
// use.
func tableOf(texts ...string) func() *wordTable {
	return sync.OnceValue(func() *wordTable { return newTable(texts...) })
}

// newTable prepares a word table whose entries are written lower case in
// NFC with single spaces.
func newTable(texts ...string) *wordTable {
	t := &wordTable{ps: make([]phrase, len(texts)), byFirst: map[string][]int32{}, byLast: map[string][]int32{}}
	for i, s := range texts {
		p := phrase{sp: vntext.Spell(s), words: strings.Count(s, " ") + 1}
		t.ps[i] = p
		key := p.sp.Key
		first, last := key, key
		if sp := strings.IndexByte(key, ' '); sp >= 0 {
			first, last = key[:sp], key[strings.LastIndexByte(key, ' ')+1:]
		}
		t.byFirst[first] = append(t.byFirst[first], int32(i))
		t.byLast[last] = append(t.byLast[last], int32(i))
	}
	return t
}

// markChunk is the span, in folded bytes, whose marks the finder records
// at once: the text is marked only where a word's folding is found.
const markChunk = 256

// markAround records the marks of the folded range [a, end) and of the
// words around it, as far as reads looks.
func (fd *finder) markAround(a, end int) {
	if fd.marked == nil {
		fd.marked = make([]bool, len(fd.t)/markChunk+1)
	}
	lo, hi := max(a-accentWindow, 0)/markChunk, min(end+accentWindow, len(fd.t))/markChunk
	for c := lo; c <= hi && c < len(fd.marked); c++ {
		if !fd.marked[c] {
			fd.f.MarkSpan(fd.src, c*markChunk, (c+1)*markChunk)
			fd.marked[c] = true
		}
	}
}

// spelledAt is SpelledAt of the folded text at a, with the marks it needs
// recorded first when the folding of s stands there.
func (fd *finder) spelledAt(a int, s string) (int, bool) {
	end, spelled := fd.f.SpelledAt(a, s)
	if end >= 0 && !fd.markedAt(a, end) {
		fd.markAround(a, end)
		end, spelled = fd.f.SpelledAt(a, s)
	}
	return end, spelled
}

// markedAt reports whether the marks reads needs for the range [a, end)
// are recorded.
func (fd *finder) markedAt(a, end int) bool {
	if fd.marked == nil {
		return false
	}
	lo, hi := max(a-accentWindow, 0)/markChunk, min(end+accentWindow, len(fd.t))/markChunk
	for c := lo; c <= hi && c < len(fd.marked); c++ {
		if !fd.marked[c] {
			return false
		}
	}
	return true
}

// reads reports whether the folded range [a, end) of the text, which holds
// the folding of a word and whose marks are recorded (markAround), reads
// as that word: spelled alike, or written without diacritics where the
// words around it are too.
func (fd *finder) reads(a, end int, spelled bool) bool {
	return spelled || !fd.f.Accented(a-accentWindow, end+accentWindow)
}

// at reports whether the word or phrase s, written as Vietnamese writes it
// ("đạt", "trở lên"), stands at token k as whole words and reads as s, and
// how many tokens it takes.
func (fd *finder) at(k int, s string) (int, bool) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, false
	}
	a := fd.toks[k].Start
	end, spelled := fd.spelledAt(a, s)
	if end < 0 || end < len(fd.t) && vntext.IsLetter(fd.t[end]) || !fd.reads(a, end, spelled) {
		return 0, false
	}
	return strings.Count(s, " ") + 1, true
}

// word reports whether token k is the word w, written as Vietnamese writes
// it: "đạt" is token k when the token reads as "đạt" (see at). Unaccented
// "de" is not "để" where it starts "đề xuất", "đề án", "đề nghị" ….
func (fd *finder) word(k int, w string) bool {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return false
	}
	tk := fd.toks[k]
	end, spelled := fd.spelledAt(tk.Start, w)
	if end != tk.End || !fd.reads(tk.Start, end, spelled) {
		return false
	}
	return spelled || w != "để" || !fd.deNoun(k)
}

// wordsAt reports whether the phrase s, written as Vietnamese writes it,
// starts at token k (see at).
func (fd *finder) wordsAt(k int, s string) bool {
	_, ok := fd.at(k, s)
	return ok
}

// keyAt reports whether token k folds like the word w, whatever its
// diacritics: for the words a reader tells apart by what follows them.
func (fd *finder) keyAt(k int, w string) bool {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return false
	}
	end, _ := fd.f.SpelledAt(fd.toks[k].Start, w)
	return end == fd.toks[k].End
}

// deNouns are the words that "đề" opens, which "de" written without
// diacritics may also be: "de xuat" is "đề xuất", not "để xuất".
func deNouns() []string {
	return []string{"xuất", "án", "nghị", "cập", "tài", "ra", "phòng", "mục"}
}

// deNoun reports whether the unaccented "de" at token k opens a word of
// deNouns.
func (fd *finder) deNoun(k int) bool {
	for _, w := range deNouns() {
		if fd.keyAt(k+1, w) {
			return true
		}
	}
	return false
}

// phraseAt reports whether the entry p of a word table starts at token k
// and reads as p, and how many tokens it takes.
func (fd *finder) phraseAt(k int, p *phrase) (int, bool) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, false
	}
	a, key := fd.toks[k].Start, p.sp.Key
	end := a + len(key)
	if end > len(fd.t) || fd.t[a:end] != key || end < len(fd.t) && vntext.IsLetter(fd.t[end]) {
		return 0, false
	}
	if !fd.markedAt(a, end) {
		fd.markAround(a, end)
	}
	spelled := fd.f.SpelledLike(a, p.sp)
	if !fd.reads(a, end, spelled) || !spelled && key == "de" && fd.deNoun(k) {
		return 0, false // "de xuat" is "đề xuất", not "để" (the only "de" of the tables)
	}
	return p.words, true
}

// phraseEndingAt reports whether the entry p ends at token k (inclusive),
// not reaching before token lo, and returns its first token.
func (fd *finder) phraseEndingAt(k, lo int, p *phrase) (int, bool) {
	// The last word first: most phrases end otherwise.
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, false
	}
	key := p.sp.Key
	if w := fd.toks[k].Text; !strings.HasSuffix(key, w) || len(key) > len(w) && key[len(key)-len(w)-1] != ' ' {
		return 0, false
	}
	s := k - p.words + 1
	if s < lo {
		return 0, false
	}
	if _, ok := fd.phraseAt(s, p); ok {
		return s, true
	}
	return 0, false
}

// anyEndingAt returns the first token of the longest entry of t ending at
// token k.
func (fd *finder) anyEndingAt(k, lo int, t *wordTable) (int, bool) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, false
	}
	best, found := k+1, false
	for _, i := range t.byLast[fd.toks[k].Text] {
		if s, ok := fd.phraseEndingAt(k, lo, &t.ps[i]); ok && s < best {
			best, found = s, true
		}
	}
	return best, found
}

// firstEndingAt returns the first token and the first entry of t, in its
// order, that ends at token k, or a nil entry.
func (fd *finder) firstEndingAt(k, lo int, t *wordTable) (int, *phrase) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, nil
	}
	for _, i := range t.byLast[fd.toks[k].Text] {
		if s, ok := fd.phraseEndingAt(k, lo, &t.ps[i]); ok {
			return s, &t.ps[i]
		}
	}
	return 0, nil
}

// firstAt returns the number of tokens and the first entry of t, in its
// order, that starts at token k and for which accept holds, or a nil entry.
func (fd *finder) firstAt(k int, t *wordTable, accept func(n int) bool) (int, *phrase) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, nil
	}
	for _, i := range t.byFirst[fd.toks[k].Text] {
		if n, ok := fd.phraseAt(k, &t.ps[i]); ok && accept(n) {
			return n, &t.ps[i]
		}
	}
	return 0, nil
}

// anyAt returns the number of tokens of the longest entry of t starting at
// token k.
func (fd *finder) anyAt(k int, t *wordTable) (int, bool) {
	if k < 0 || k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word {
		return 0, false
	}
	best := 0
	for _, i := range t.byFirst[fd.toks[k].Text] {
		if n, ok := fd.phraseAt(k, &t.ps[i]); ok && n > best {
			best = n
		}
	}
	return best, best > 0
}

// exactly reports whether an entry of t spans the tokens [a, b).
func (fd *finder) exactly(a, b int, t *wordTable) bool {
	if a < 0 || a >= len(fd.toks) || fd.toks[a].Kind != vntext.Word {
		return false
	}
	for _, i := range t.byFirst[fd.toks[a].Text] {
		if t.ps[i].words != b-a {
			continue
		}
		if n, ok := fd.phraseAt(a, &t.ps[i]); ok && a+n == b {
			return true
		}
	}
	return false
}

// anyIn reports whether an entry of t stands in the folded range [a, b)
// of the text.
func (fd *finder) anyIn(a, b int, t *wordTable) bool {
	k, _ := slices.BinarySearchFunc(fd.toks, a, func(t vntext.Token, a int) int { return cmp.Compare(t.Start, a) })
	for ; k < len(fd.toks) && fd.toks[k].Start < b; k++ {
		if n, ok := fd.anyAt(k, t); ok && fd.toks[k+n-1].End <= b {
			return true
		}
	}
	return false
}
