package agency

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unsafe"

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
	starts   bitset  // first tokens of keys
	rewrites bitset  // first words of rewriteTable phrases
	vocab    []string
	firsts   []first // the first words of keys, sorted, with their entries
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
		e := entry{id: a.ID, kind: a.Kind, level: a.Level}
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
		e := entry{id: g.ID, level: g.Level, group: true}
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
	for _, r := range rewriteTable {
		first, _, _ := strings.Cut(r.from, " ")
		ix.rewrites.add(first)
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

// lookup narrows the sorted entries to those whose key starts with p,
// within [lo, hi).
func (ix *index) narrow(lo, hi int, p string) (int, int) {
	e := ix.entries
	lo += sort.Search(hi-lo, func(k int) bool { return e[lo+k].key >= p })
	hi = lo + sort.Search(hi-lo, func(k int) bool { return !strings.HasPrefix(e[lo+k].key, p) })
	return lo, hi
}

// longest finds the longest key that equals the canonical tokens tok[i:j]
// for some j, and returns j and the range of entries with that key, or
// j == i when none matches. buf is scratch space.
func (ix *index) longest(tok []ctok, i int, buf []byte) (j, lo, hi int) {
	if i >= len(tok) || !ix.starts.hasHash(tok[i].h) {
		return i, 0, 0
	}
	w := tok[i].s
	f := ix.firsts
	n := sort.Search(len(f), func(k int) bool { return f[k].word >= w })
	if n == len(f) || f[n].word != w {
		return i, 0, 0
	}
	buf = buf[:0]
	clo, chi := int(f[n].lo), int(f[n].hi)
	j = i
	for k := i; k < len(tok) && k-i < ix.maxWords; k++ {
		if k > i {
			buf = append(buf, ' ')
		}
		buf = append(buf, tok[k].s...)
		p := unsafe.String(unsafe.SliceData(buf), len(buf))
		if k > i {
			clo, chi = ix.narrow(clo, chi, p)
		}
		if clo == chi {
			break
		}
		if ix.entries[clo].key == p {
			j, lo = k+1, clo
			hi = clo + 1
			for hi < chi && ix.entries[hi].key == p {
				hi++
			}
		}
	}
	return j, lo, hi
}

// inVocab reports whether w is a word of some indexed name.
func (ix *index) inVocab(w string) bool {
	if _, ok := slices.BinarySearch(ix.vocab, w); ok {
		return true
	}
	_, ok := slices.BinarySearch(nameWords, w)
	return ok
}

// nameWords are lower-case words common in the names of Vietnamese public
// bodies that the built-in names may lack ("Ban Quản lý", "Đoàn đại biểu",
// "Chi cục Thủy sản"). Sorted; none is a stop word.
var nameWords = []string{
	"an", "bieu", "chan", "dai", "dan", "dich", "dien", "doan", "ganh", "hoach", "hoc", "khai", "khu",
	"kien", "kinh", "lich", "ly", "nghe", "nghiep", "ngoai", "nguyen", "nhan", "ninh", "nuoi",
	"phap", "phat", "quy", "san", "tao", "te", "thao", "thon", "thuy", "tich", "toc", "ton", "truc", "truong",
	"vat", "vien",
}
