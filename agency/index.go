package agency

import (
	"cmp"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/lexicon"
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
	std      uint8  // 1 + the index in stdBodies of a standard body's name, or 0
	stdFlags uint8  // the flags of that name (stdTinh, …)
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

// An edge is a slot of the table of children in the trie of keys: the
// child's full edgeHash, so that a probe that meets another child need not
// read it, and 1 + its index in index.nodes (0 for an empty slot).
type edge struct {
	h uint32
	n int32
}

// A node is one node of the trie of the index's keys: it stands for the
// words on the path from the root to it, which some keys start with.
type node struct {
	word   string // the last word of the path ("" for the root)
	parent int32  // the node of the path less its last word (-1 for the root)
	lo, hi int32  // the entries whose key is the path (none when lo == hi)
	// spell lists, separated by "|", the ways the names through the node
	// spell its word when they write it out ("sở"), or is "" when none
	// does (an abbreviation's rewrite, a number).
	spell string
}

// index is what a Registry searches. It is built once per Registry.
type index struct {
	entries []entry // sorted by key, then locality, then id
	marks   marks   // markStart: first tokens of keys, heads, titles and lists; markRewrite: first words of rewrites
	singles bitset  // one-token keys and titles, and list openers
	pairs   bitset  // the first two tokens of longer keys, heads, titles and lists (pairHash)
	rwPairs bitset  // the first two words of rewriteTable phrases (pairHash)
	// lexWords holds the hashes of the first words of the lexicon's rows
	// (see finder.lexAt): a token whose first word is not there begins no
	// row.
	lexWords bitset
	// words lists the words of the names, lower case with their
	// diacritics, sorted, less the words of the names of places that no
	// name writes in lower case ("Quảng" of "Quảng Ninh"): the words an
	// unknown name may hold in lower case after its head (extent).
	words    []string
	nodes    []node  // the trie of keys; the root is nodes[0]
	edges    []edge  // open-addressing table of the children of nodes, at edgeHash(parent, wordHash(word))
	byID     []int32 // indexes of agencies sorted by ID
	groupIDs []int32 // indexes of groups sorted by ID
	maxWords int     // longest key in tokens
}

// marks is a table of token hashes (taken modulo its length) to what the
// tokens with that hash may begin: one lookup tells a token that begins
// nothing, most of them, from the others.
type marks [bitsetWords * 64]uint8

// The marks of a token hash.
const (
	markStart   = 1 << iota // the first word of a key, head or title, or a list opener
	markRewrite             // the first word of a phrase of rewriteTable
)

// mark marks the hash of word w with m.
func (ms *marks) mark(w string, m uint8) { ms[wordHash(w)%uint32(len(ms))] |= m }

// marksOf returns the marks of the token hash h; with no index, every token
// may begin a rewrite and none is a candidate start.
func (ix *index) marksOf(h uint32) uint8 {
	if ix == nil {
		return markRewrite
	}
	return ix.marks[h%uint32(len(ix.marks))]
}

// buildIndex indexes the names of the agencies, groups and patterns.
func buildIndex(agencies []Agency, groups []Group, patterns []pattern) *index {
	ix := &index{}
	locals := map[ID]localityNames{}
	for _, a := range agencies {
		if a.Kind == KindPeopleCommittee && a.Level == LevelProvince {
			locals[a.ID] = localityOf(a)
		}
	}
	// spells[key][k] are the spellings of the key's token k in the names
	// indexed under it; words collects the names' words, lower the
	// words they write in lower case, places the words of places.
	spells := map[string][]map[string]bool{}
	words, lower, places := map[string]bool{}, map[string]bool{}, map[string]bool{}
	add := func(name string, e entry) {
		key, sp := canonSpelled(name)
		e.key = key
		if e.key == "" {
			return
		}
		ix.entries = append(ix.entries, withTitle(e))
		ks := spells[key]
		if ks == nil {
			ks = make([]map[string]bool, len(sp))
			spells[key] = ks
		}
		for k, w := range sp {
			if w != "" {
				if ks[k] == nil {
					ks[k] = map[string]bool{}
				}
				ks[k][w] = true
			}
		}
		for _, w := range strings.Fields(name) {
			w = strings.Trim(w, ",.;:()")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				continue
			}
			lw := strings.ToLower(w)
			words[lw] = true
			if unicode.IsLower(r) {
				lower[lw] = true
			}
		}
	}
	for _, a := range agencies {
		if a.Kind != KindPeopleCommittee {
			continue
		}
		// "Ủy ban nhân dân tỉnh Quảng Ninh": the words after the unit.
		rest := strings.TrimPrefix(a.Name, "Ủy ban nhân dân ")
		for _, u := range []string{"thành phố ", "tỉnh ", "quận ", "huyện ", "thị xã ", "thị trấn ", "xã ", "phường ", "đặc khu "} {
			if place, ok := strings.CutPrefix(rest, u); ok {
				for _, w := range strings.Fields(place) {
					places[strings.ToLower(strings.Trim(w, ",.;:()"))] = true
				}
				break
			}
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
	// The names of the standard bodies of every province, which resolve
	// to generic IDs where the province is known (std.go).
	for k := range stdBodies {
		b := &stdBodies[k]
		for _, n := range b.stdNames() {
			add(n.name, entry{kind: b.kind, level: LevelProvince, std: uint8(k + 1), stdFlags: n.flags})
		}
	}
	slices.SortFunc(ix.entries, func(a, b entry) int {
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(string(a.locality), string(b.locality)),
			strings.Compare(string(a.id), string(b.id)))
	})
	ix.entries = slices.CompactFunc(ix.entries, func(a, b entry) bool { return a == b })
	ix.nodes = []node{{parent: -1}}
	type link struct {
		parent int32
		word   string
	}
	children := map[link]int32{}
	nodeSpells := map[int32]map[string]bool{}
	for i, e := range ix.entries {
		w, _, _ := strings.Cut(e.key, " ")
		ix.marks.mark(w, markStart)
		ix.maxWords = max(ix.maxWords, strings.Count(e.key, " ")+1)
		// Walk the key's words down the trie, adding the nodes missing.
		n := int32(0)
		for k, word := range strings.Split(e.key, " ") {
			c, ok := children[link{n, word}]
			if !ok {
				c = int32(len(ix.nodes))
				ix.nodes = append(ix.nodes, node{word: word, parent: n})
				children[link{n, word}] = c
			}
			n = c
			for sp := range spells[e.key][k] {
				if nodeSpells[n] == nil {
					nodeSpells[n] = map[string]bool{}
				}
				nodeSpells[n][sp] = true
			}
		}
		// Entries with one key are next to each other.
		if nd := &ix.nodes[n]; nd.lo == nd.hi {
			nd.lo, nd.hi = int32(i), int32(i+1)
		} else {
			nd.hi = int32(i + 1)
		}
	}
	for n, sps := range nodeSpells {
		ix.nodes[n].spell = strings.Join(slices.Sorted(maps.Keys(sps)), "|")
	}
	ix.edges = make([]edge, 1<<bits.Len(uint(len(ix.nodes)*2)))
	mask := uint32(len(ix.edges) - 1)
	for n, nd := range ix.nodes[1:] {
		eh := edgeHash(nd.parent, wordHash(nd.word))
		k := eh & mask
		for ix.edges[k].n != 0 {
			k = (k + 1) & mask
		}
		ix.edges[k] = edge{eh, int32(n + 2)}
	}
	for _, r := range rewriteTable {
		first, _, _ := strings.Cut(r.from, " ")
		ix.marks.mark(first, markRewrite)
		if len(r.rest) > 0 {
			ix.rwPairs.addHash(pairHash(wordHash(first), wordHash(r.rest[0])))
		}
	}
	// The heads, titles and words that begin names (Cap) of the lexicon
	// begin names too; the first words of all its rows are looked up in
	// it.
	lx := theNames().lx
	var phrases []string // the heads and titles of more than one token
	for k := range lx.Len() {
		r := lx.Row(k)
		first, _, _ := strings.Cut(lx.Spelling(k).Key, " ")
		ix.lexWords.addHash(wordHash(firstWord(first)))
		switch r.Class {
		case lexicon.Head, lexicon.Title, lexicon.Cap:
			key := canonKey(r.Words)
			c, _, more := strings.Cut(key, " ")
			ix.marks.mark(c, markStart)
			if more && r.Class != lexicon.Cap {
				phrases = append(phrases, key)
			}
		}
	}
	for _, w := range []string{"cac", "luu", "nhung"} {
		ix.marks.mark(w, markStart)
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
	for _, p := range phrases {
		addPhrase(p)
	}
	for _, p := range []string{"luu :", "bo (", "so ("} {
		addPhrase(p)
	}
	for w := range words {
		if places[w] && !lower[w] {
			delete(words, w)
		}
	}
	ix.words = slices.Sorted(maps.Keys(words))

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

// edgeHash returns the slot in ix.edges of the child of node parent by
// the word with hash h, before masking. The word hashes are well mixed;
// the multiplication spreads the children of nearby nodes.
func edgeHash(parent int32, h uint32) uint32 { return h ^ uint32(parent)*0x9e3779b1 }

// child returns the child of node parent by the word w with hash h, or -1.
func (ix *index) child(parent int32, w string, h uint32) int32 {
	eh := edgeHash(parent, h)
	mask := uint32(len(ix.edges) - 1)
	for k := eh & mask; ; k = (k + 1) & mask {
		e := ix.edges[k]
		if e.n == 0 {
			return -1
		}
		if e.h == eh {
			if nd := &ix.nodes[e.n-1]; nd.parent == parent && sameWord(nd.word, w) {
				return e.n - 1
			}
		}
	}
}

// sameWord reports whether a == b. The words compared are short: a loop
// over their bytes is quicker than the call to compare memory that == makes.
func sameWord(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// longest finds the longest key that equals the canonical tokens tok[i:j]
// for some j, and returns j and the range of entries with that key, or
// j == i when none matches. It walks the trie of keys one token at a time,
// and, given a finder, only over the tokens its text spells as the names
// of the node reached spell them (finder.spelledAs).
func (ix *index) longest(tok []ctok, i int, fd *finder) (j, lo, hi int) {
	j = i
	if i >= len(tok) || ix.marks[tok[i].h%uint32(len(ix.marks))]&markStart == 0 {
		return i, 0, 0
	}
	n := int32(0)
	for k := i; k < len(tok) && k-i < ix.maxWords; k++ {
		h := tok[k].h
		if h == 0 {
			// A token built without its hash.
			h = wordHash(tok[k].s)
		}
		if n = ix.child(n, tok[k].s, h); n < 0 || fd != nil && !fd.spelledAs(tok[k], n) {
			break
		}
		if nd := &ix.nodes[n]; nd.lo < nd.hi {
			j, lo, hi = k+1, int(nd.lo), int(nd.hi)
		}
	}
	return j, lo, hi
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
