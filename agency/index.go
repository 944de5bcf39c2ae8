package agency

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// An entry maps one canonical name to what it names.
type entry struct {
	key      string // canonical key, see canonKey
	id       ID     // the agency or group; "" for a pattern that never resolves
	locality ID     // the name means id only inside this locality; "" anywhere
	title    Title  // title implied by the name ("TTTU": Thường trực Thành ủy)
	kind     Kind
	level    Level
	group    bool
	name     string // the registry name of id
}

// A pattern is a name with no single referent in the registry, such as
// "Công an tỉnh" or "các sở, ban, ngành tỉnh": it is always found, and
// always unresolved unless a registry entry has the same key.
type pattern struct {
	name  string
	kind  Kind
	level Level
	group bool
	title Title
}

// first is the range of entries whose keys start with one word.
type first struct {
	word   string
	lo, hi int32
}

// index is what a Registry searches. It is built once per Registry.
type index struct {
	entries  []entry // sorted by key, then locality, then id
	starts   bitset  // first tokens of keys, heads and titles
	singles  bitset  // one-token keys and titles, and list openers
	pairs    bitset  // the first two tokens of longer keys, heads, titles and lists (pairHash)
	rewrites bitset  // first words of rewriteTable phrases
	rwPairs  bitset  // the first two words of rewriteTable phrases (pairHash)
	vocab    []string
	firsts   []first // the first words of keys, sorted, with their entries
	slots    []int32 // open-addressing table: wordHash(word) → 1 + index in firsts
	byID     []int32 // indexes of agencies sorted by ID
	groupIDs []int32 // indexes of groups sorted by ID
	maxWords int     // longest key in tokens
}

func (ix *index) rewriteStart(h uint32) bool { return ix == nil || ix.rewrites.hasHash(h) }

// buildIndex indexes the names of the agencies, groups and patterns.
func buildIndex(agencies []Agency, groups []Group, patterns []pattern) *index {
	ix := &index{}
	locals := map[ID]localityNames{}
	for _, a := range agencies {
		if a.Kind == KindPeopleCommittee && a.Level == LevelProvince {
			locals[a.ID] = localityOf(a)
		}
	}
	add := func(name string, e entry) {
		e.key = canonKey(name)
		if e.key != "" {
			ix.entries = append(ix.entries, withTitle(e))
		}
	}
	addLocal := func(name string, e entry) {
		add(name, e)
		ln, ok := locals[e.locality]
		if !ok {
			return
		}
		abs := e
		abs.locality = ""
		for _, p := range ln.places {
			add(name+" "+p, abs)
		}
	}
	for _, a := range agencies {
		e := entry{id: a.ID, kind: a.Kind, level: a.Level, name: a.Name}
		add(a.Name, e)
		for _, s := range a.Short {
			add(s, e)
		}
		e.locality = a.Locality
		if e.locality == "" && a.Kind == KindPeopleCommittee && a.Level == LevelProvince {
			e.locality = a.ID
		}
		for _, s := range a.Local {
			addLocal(s, e)
		}
	}
	for _, g := range groups {
		e := entry{id: g.ID, level: g.Level, group: true, name: g.Name}
		if len(g.Kinds) == 1 {
			e.kind = g.Kinds[0]
		}
		add(g.Name, e)
		for _, s := range g.Short {
			add(s, e)
		}
		e.locality = g.Scope
		for _, s := range g.Local {
			addLocal(s, e)
		}
	}
	for _, p := range patterns {
		add(p.name, entry{kind: p.kind, level: p.level, group: p.group, title: p.title})
	}
	slices.SortFunc(ix.entries, func(a, b entry) int {
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(string(a.locality), string(b.locality)),
			strings.Compare(string(a.id), string(b.id)))
	})
	ix.entries = slices.CompactFunc(ix.entries, func(a, b entry) bool { return a == b })
	for i, e := range ix.entries {
		w, _, _ := strings.Cut(e.key, " ")
		ix.starts.add(w)
		ix.maxWords = max(ix.maxWords, strings.Count(e.key, " ")+1)
		if n := len(ix.firsts); n > 0 && ix.firsts[n-1].word == w {
			ix.firsts[n-1].hi = int32(i + 1)
		} else {
			ix.firsts = append(ix.firsts, first{w, int32(i), int32(i + 1)})
		}
	}
	ix.slots = make([]int32, 1<<bits.Len(uint(len(ix.firsts)*4)))
	mask := uint32(len(ix.slots) - 1)
	for n, f := range ix.firsts {
		h := wordHash(f.word) & mask
		for ix.slots[h] != 0 {
			h = (h + 1) & mask
		}
		ix.slots[h] = int32(n + 1)
	}
	for _, r := range rewriteTable {
		first, _, _ := strings.Cut(r.from, " ")
		ix.rewrites.add(first)
		if len(r.rest) > 0 {
			ix.rwPairs.addHash(pairHash(wordHash(first), wordHash(r.rest[0])))
		}
	}
	for _, h := range headTable {
		first, _, _ := strings.Cut(h.words, " ")
		ix.starts.add(first)
	}
	for _, t := range titlePhrases {
		first, _, _ := strings.Cut(t.words, " ")
		ix.starts.add(first)
	}
	for _, w := range []string{"cac", "luu", "nhung"} {
		ix.starts.add(w)
	}
	// singles and pairs let the finder pass over most start words at once:
	// a name can begin at a token only if the token is a whole key or
	// title, or the token and the next begin one.
	addPhrase := func(p string) {
		w1, rest, ok := strings.Cut(p, " ")
		if !ok {
			ix.singles.addHash(wordHash(w1))
			return
		}
		w2, _, _ := strings.Cut(rest, " ")
		ix.pairs.addHash(pairHash(wordHash(w1), wordHash(w2)))
	}
	for _, e := range ix.entries {
		addPhrase(e.key)
	}
	for _, t := range titlePhrases {
		addPhrase(t.words)
	}
	for _, h := range headTable {
		if strings.Contains(h.words, " ") {
			addPhrase(h.words)
		}
	}
	for _, p := range []string{"luu :", "bo (", "so (", "cac phong", "cac vu", "cac bo", "cac so", "cac cuc", "cac ban"} {
		addPhrase(p)
	}
	// The vocabulary of names: every word of every key, less the words
	// that end a name in running text.
	for _, e := range ix.entries {
		for _, w := range strings.Fields(e.key) {
			if vntext.IsLetter(w[0]) && !isStopWord(w) {
				ix.vocab = append(ix.vocab, w)
			}
		}
	}
	slices.Sort(ix.vocab)
	ix.vocab = slices.Compact(ix.vocab)

	ix.byID = make([]int32, len(agencies))
	for i := range ix.byID {
		ix.byID[i] = int32(i)
	}
	slices.SortFunc(ix.byID, func(a, b int32) int { return strings.Compare(string(agencies[a].ID), string(agencies[b].ID)) })
	ix.groupIDs = make([]int32, len(groups))
	for i := range ix.groupIDs {
		ix.groupIDs[i] = int32(i)
	}
	slices.SortFunc(ix.groupIDs, func(a, b int32) int { return strings.Compare(string(groups[a].ID), string(groups[b].ID)) })
	return ix
}

// withTitle gives e the title implied by an abbreviation such as "TTTU"
// (Thường trực Thành ủy) or "TTUB" (Thường trực Ủy ban nhân dân).
func withTitle(e entry) entry {
	if e.title != TitleNone {
		return e
	}
	switch e.key {
	case "tttu", "tttu tp", "ttub", "tt ubnd", "tt hdnd", "tt hdnd tp", "tt tinh uy", "tt thanh uy":
		e.title = TitleStanding
	case "pttgcp", "pttg":
		e.title = TitleDeputyPrimeMinister
	}
	return e
}

// localityNames are the words that follow a local name to make it
// absolute: "Công an thành phố" + " Hải Phòng".
type localityNames struct {
	places []string
}

// localityOf derives the place words of a provincial people's committee
// from its name: "Ủy ban nhân dân thành phố Hải Phòng" gives "Hải Phòng",
// "thành phố Hải Phòng", "TP Hải Phòng" and the Short place abbreviations.
func localityOf(a Agency) localityNames {
	var ln localityNames
	rest := a.Name
	for _, p := range []string{"Ủy ban nhân dân "} {
		rest = strings.TrimPrefix(rest, p)
	}
	for _, unit := range []string{"thành phố ", "tỉnh "} {
		if place, ok := strings.CutPrefix(rest, unit); ok {
			ln.places = append(ln.places, place, rest)
			if unit == "thành phố " {
				ln.places = append(ln.places, "TP "+place)
			}
		}
	}
	return ln
}

// firstOf returns the index in ix.firsts of the word w with hash h, or -1.
func (ix *index) firstOf(w string, h uint32) int {
	mask := uint32(len(ix.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		n := ix.slots[k]
		if n == 0 {
			return -1
		}
		if ix.firsts[n-1].word == w {
			return int(n - 1)
		}
	}
}

// narrowAt narrows e[lo:hi], whose keys share their first off bytes, to
// the keys that continue with " " + w there. Keys of length off sort first.
func narrowAt(e []entry, lo, hi, off int, w string) (int, int) {
	if hi-lo <= 12 {
		for lo < hi && wordLess(e[lo].key, off, w) {
			lo++
		}
		k := lo
		for k < hi && wordHas(e[k].key, off, w) {
			k++
		}
		return lo, k
	}
	// Binary searches, as sort.Search with the predicates "rest ≥ q" and
	// "rest does not start with q" (q = " " + w), written out.
	a, b := lo, hi
	for a < b {
		m := int(uint(a+b) >> 1)
		if wordLess(e[m].key, off, w) {
			a = m + 1
		} else {
			b = m
		}
	}
	lo, b = a, hi
	for a < b {
		m := int(uint(a+b) >> 1)
		if wordHas(e[m].key, off, w) {
			a = m + 1
		} else {
			b = m
		}
	}
	return lo, a
}

// wordLess reports whether key[off:] < " " + w, without building the
// query.
func wordLess(key string, off int, w string) bool {
	if off >= len(key) {
		return true
	}
	if c := key[off]; c != ' ' {
		return c < ' '
	}
	return restLess(key, off+1, w)
}

// wordHas reports whether key[off:] starts with " " + w.
func wordHas(key string, off int, w string) bool {
	return off < len(key) && key[off] == ' ' && restHas(key, off+1, w)
}

// restLess reports whether key[off:] < q. The words compared are short:
// a loop over their bytes is quicker than a call to compare strings.
func restLess(key string, off int, q string) bool {
	r := key[off:]
	n := min(len(r), len(q))
	for i := 0; i < n; i++ {
		if r[i] != q[i] {
			return r[i] < q[i]
		}
	}
	return len(r) < len(q)
}

// restHas reports whether key[off:] starts with q, as restLess compares.
func restHas(key string, off int, q string) bool {
	r := key[off:]
	if len(r) < len(q) {
		return false
	}
	for i := 0; i < len(q); i++ {
		if r[i] != q[i] {
			return false
		}
	}
	return true
}

// longest finds the longest key that equals the canonical tokens tok[i:j]
// for some j, and returns j and the range of entries with that key, or
// j == i when none matches.
func (ix *index) longest(tok []ctok, i int) (j, lo, hi int) {
	if i >= len(tok) || !ix.starts.hasHash(tok[i].h) {
		return i, 0, 0
	}
	n := ix.firstOf(tok[i].s, tok[i].h)
	if n < 0 {
		return i, 0, 0
	}
	clo, chi := int(ix.firsts[n].lo), int(ix.firsts[n].hi)
	off := len(tok[i].s) // every key in [clo, chi) starts with the words so far
	j = i
	e := ix.entries
	for k := i; ; {
		if len(e[clo].key) == off {
			j, lo, hi = k+1, clo, clo+1
			for hi < chi && len(e[hi].key) == off {
				hi++
			}
		}
		k++
		if k >= len(tok) || k-i >= ix.maxWords {
			break
		}
		if k == i+1 && tok[k].h != 0 && !ix.pairs.hasHash(pairHash(tok[i].h, tok[k].h)) {
			// No key begins with these two words (the pairs bitset holds
			// the first two words of every key; a token built without
			// its hash is not checked).
			break
		}
		// Narrow to the keys that go on with " " + tok[k].s.
		clo, chi = narrowAt(e, clo, chi, off, tok[k].s)
		if clo == chi {
			break
		}
		off += 1 + len(tok[k].s)
	}
	return j, lo, hi
}

// inVocab reports whether w is a word of some indexed name.
func (ix *index) inVocab(w string) bool {
	return sortedHas(ix.vocab, w) || sortedHas(nameWords, w)
}

// sortedHas reports whether the sorted list ws holds w, as
// slices.BinarySearch finds it, comparing with restLess.
func sortedHas(ws []string, w string) bool {
	a, b := 0, len(ws)
	for a < b {
		m := int(uint(a+b) >> 1)
		if restLess(ws[m], 0, w) {
			a = m + 1
		} else {
			b = m
		}
	}
	return a < len(ws) && ws[a] == w
}

// nameWords are lower-case words common in the names of Vietnamese public
// bodies that the built-in names may lack ("Ban Quản lý", "Đoàn đại biểu",
// "Chi cục Thủy sản"). Sorted; none is a stop word.
var nameWords = []string{
	"an", "bieu", "chan", "chuc", "dai", "dan", "dich", "dien", "doan", "ganh", "hoach", "hoc", "khai", "khu",
	"kien", "kinh", "lich", "ly", "nghe", "nghiep", "ngoai", "nguyen", "nhan", "ninh", "nuoi",
	"phap", "phat", "quy", "san", "tao", "te", "thao", "thon", "thuy", "tich", "toc", "ton", "truc", "truong",
	"vat", "vien", "vuc",
}
