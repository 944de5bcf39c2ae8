package agency

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// A Registry is an immutable set of agencies and groups, with an index of
// their names. It is safe for concurrent use. The index of a registry made
// by [New] is built on first use, once per Registry, so keep and reuse it;
// [Default] is one shared registry whose index is prebuilt.
type Registry struct {
	agencies []Agency
	groups   []Group
	patterns []pattern

	once sync.Once
	ix   *index

	// spelled holds what the index says of spellings, made ready for
	// matching on first use (see spellings).
	spellOnce sync.Once
	spelled   *spellings

	// scratch pools the working memory of FindAll; it holds no state a
	// caller can observe.
	scratch sync.Pool
}

// Default returns the registry of the built-in data: the Government, its
// ministries and ministry-level bodies in 2024 and after the reorganisation
// of 1 March 2025, the central bodies named in Đề án 06 directives, the
// bodies of Hải Phòng (with Hải Dương, merged into it on 1 July 2025) and
// the people's committees of every province, each with its source.
//
// Every call returns the same *Registry, built on the first call. Like
// every Registry it is immutable and safe for concurrent use, so callers
// may keep it or call Default each time: both cost the same. Its name
// index is generated Go data (index_gen.go), so the first call costs
// nothing either (the first [Registry.FindAll] spells the index's words,
// once), and the working memory of FindAll stays warm from one call to the
// next.
func Default() *Registry { return defaultRegistry() }

// defaultRegistry builds the registry of Default once.
var defaultRegistry = sync.OnceValue(func() *Registry {
	r := &Registry{agencies: agencyTable, groups: groupTable, patterns: patternTable}
	if len(defaultIndex.byID) == len(agencyTable) && len(defaultIndex.groupIDs) == len(groupTable) {
		r.ix = &defaultIndex
		r.once.Do(func() {})
	}
	return r
})

//go:generate go test -run ^TestIndexFile$ -write-index

// New returns a registry of the given agencies and groups (copied), checking
// that IDs are unique and non-empty and that every parent, locality,
// successor, member and included group is known.
func New(agencies []Agency, groups []Group) (*Registry, error) {
	r := &Registry{patterns: patternTable}
	for _, a := range agencies {
		r.agencies = append(r.agencies, a.clone())
	}
	for _, g := range groups {
		r.groups = append(r.groups, g.clone())
	}
	if err := r.check(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Registry) check() error {
	seen := map[ID]bool{}
	for _, a := range r.agencies {
		if a.ID == "" || seen[a.ID] {
			return fmt.Errorf("agency: empty or duplicate ID %q", a.ID)
		}
		seen[a.ID] = true
	}
	for _, g := range r.groups {
		if g.ID == "" || seen[g.ID] {
			return fmt.Errorf("agency: empty or duplicate ID %q", g.ID)
		}
		seen[g.ID] = true
	}
	known := func(id ID, what string, of ID) error {
		if id != "" && !seen[id] {
			return fmt.Errorf("agency: %s: unknown %s %q", of, what, id)
		}
		return nil
	}
	for _, a := range r.agencies {
		if err := known(a.Parent, "parent", a.ID); err != nil {
			return err
		}
		if err := known(a.Locality, "locality", a.ID); err != nil {
			return err
		}
		for _, s := range a.Successors {
			if err := known(s.ID, "successor", a.ID); err != nil {
				return err
			}
		}
	}
	for _, g := range r.groups {
		if err := known(g.Scope, "scope", g.ID); err != nil {
			return err
		}
		for _, m := range g.Members {
			if err := known(m, "member", g.ID); err != nil {
				return err
			}
		}
		for _, m := range g.Includes {
			if err := known(m, "included group", g.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *Registry) index() *index {
	r.once.Do(func() { r.ix = buildIndex(r.agencies, r.groups, r.patterns) })
	return r.ix
}

// spellings are the spellings of the index, ready for matching: the words
// of the names as a lexicon of name words, and the
// spellings of each node's word in the trie of keys.
type spellings struct {
	words *lexicon.Lexicon
	nodes [][]vntext.Spelling
	// sigs[n] are the spellings of node n's word as numbers
	// (lexicon.WordSig), when bySig[n]: every spelling of the node is its
	// word, of eight bytes at most, with diacritics.
	sigs  [][]uint32
	bySig []bool
}

// spellings returns the spellings of r's index, made once.
func (r *Registry) spellings() *spellings {
	r.spellOnce.Do(func() {
		ix := r.index()
		rows := make([]lexicon.Row, len(ix.words))
		for k, w := range ix.words {
			rows[k] = lexicon.Row{Words: norm.NFC.String(w), Class: lexicon.NameWord}
		}
		lx, err := lexicon.New(rows)
		if err != nil {
			// A word with nothing to spell ("-"): leave the words out.
			lx, _ = lexicon.New(nil)
		}
		sp := &spellings{words: lx, nodes: make([][]vntext.Spelling, len(ix.nodes)),
			sigs: make([][]uint32, len(ix.nodes)), bySig: make([]bool, len(ix.nodes))}
		for n, nd := range ix.nodes {
			if nd.spell == "" {
				continue
			}
			bySig := true
			for _, w := range strings.Split(nd.spell, "|") {
				sp.nodes[n] = append(sp.nodes[n], vntext.Spell(w))
				fw := vntext.FoldMarks(w)
				sig, ok := lexicon.WordSig(&fw, 0, len(fw.Text))
				bySig = bySig && ok && fw.Text == nd.word
				sp.sigs[n] = append(sp.sigs[n], sig)
			}
			sp.bySig[n] = bySig
		}
		r.spelled = sp
	})
	return r.spelled
}

// agency returns a pointer into the registry's own data (not to be handed
// out).
func (r *Registry) agency(id ID) *Agency {
	ix := r.index()
	// sort.Search for the first ID ≥ id, written out with byte compares.
	k, b := 0, len(ix.byID)
	for k < b {
		m := int(uint(k+b) >> 1)
		if restLess(string(r.agencies[ix.byID[m]].ID), 0, string(id)) {
			k = m + 1
		} else {
			b = m
		}
	}
	if k < len(ix.byID) && r.agencies[ix.byID[k]].ID == id {
		return &r.agencies[ix.byID[k]]
	}
	return nil
}

func (r *Registry) group(id ID) *Group {
	ix := r.index()
	k, b := 0, len(ix.groupIDs)
	for k < b {
		m := int(uint(k+b) >> 1)
		if restLess(string(r.groups[ix.groupIDs[m]].ID), 0, string(id)) {
			k = m + 1
		} else {
			b = m
		}
	}
	if k < len(ix.groupIDs) && r.groups[ix.groupIDs[k]].ID == id {
		return &r.groups[ix.groupIDs[k]]
	}
	return nil
}

// Agency returns the agency with the given ID: one of the data, or a
// standard body of a province known by its generic ID (see
// [Registry.StandardID]).
func (r *Registry) Agency(id ID) (Agency, bool) {
	if a := r.agency(id); a != nil {
		return a.clone(), true
	}
	return r.generic(id)
}

// Group returns the group with the given ID.
func (r *Registry) Group(id ID) (Group, bool) {
	if g := r.group(id); g != nil {
		return g.clone(), true
	}
	return Group{}, false
}

// Name returns the full name of the agency or group with the given ID, or
// "" when the registry does not know it.
func (r *Registry) Name(id ID) string {
	if a := r.agency(id); a != nil {
		return a.Name
	}
	if g := r.group(id); g != nil {
		return g.Name
	}
	if a, ok := r.generic(id); ok {
		return a.Name
	}
	return ""
}

// Agencies returns every agency of the registry, in Vietnamese order of
// their names.
func (r *Registry) Agencies() []Agency {
	out := make([]Agency, len(r.agencies))
	for i, a := range r.agencies {
		out[i] = a.clone()
	}
	c := newCollator()
	slices.SortStableFunc(out, func(a, b Agency) int { return c.CompareString(a.Name, b.Name) })
	return out
}

// Groups returns every group of the registry, sorted by ID.
func (r *Registry) Groups() []Group {
	out := make([]Group, len(r.groups))
	for i, g := range r.groups {
		out[i] = g.clone()
	}
	slices.SortFunc(out, func(a, b Group) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}

// Members returns the agencies a group stands for on day d, sorted by ID,
// and whether the registry knows them: it reports false for an unknown ID,
// for an Open group ("các cơ quan, đơn vị liên quan"), whose members depend
// on the task, and when it knows no member on that day.
func (r *Registry) Members(group ID, d calendar.Date) ([]ID, bool) {
	g := r.group(group)
	if g == nil || g.Open {
		return nil, false
	}
	var out []ID
	if !r.collect(g, d, &out, 0) {
		return nil, false
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return out, len(out) > 0
}

func (r *Registry) collect(g *Group, d calendar.Date, out *[]ID, depth int) bool {
	if depth > 8 || g.Open {
		return false
	}
	for _, m := range g.Members {
		if a := r.agency(m); a != nil && a.ValidOn(d) {
			*out = append(*out, m)
		}
	}
	if len(g.Kinds) > 0 {
		for i := range r.agencies {
			a := &r.agencies[i]
			if slices.Contains(g.Kinds, a.Kind) && (g.Level == 0 || a.Level == g.Level) &&
				a.Locality == g.Scope && a.ValidOn(d) {
				*out = append(*out, a.ID)
			}
		}
	}
	for _, inc := range g.Includes {
		sub := r.group(inc)
		if sub == nil || !r.collect(sub, d, out, depth+1) {
			return false
		}
	}
	return true
}

// HolderOn answers "who holds this agency's work on day d": the agency
// itself while it exists, and after it ends its successors on d, following
// successions through later reorganisations. A split returns one Holder per
// successor, each with the functions it took. It returns nil for an unknown
// ID and for a day before the agency existed.
func (r *Registry) HolderOn(id ID, d calendar.Date) []Holder {
	var out []Holder
	r.holders(id, d, "", calendar.Date{}, &out, 0)
	return out
}

func (r *Registry) holders(id ID, d calendar.Date, functions string, since calendar.Date, out *[]Holder, depth int) {
	if depth > 8 {
		return
	}
	a, ok := r.lookup(id)
	if !ok {
		if r.group(id) != nil {
			*out = append(*out, Holder{ID: id, Functions: functions, Since: since})
		}
		return
	}
	if a.ValidOn(d) {
		*out = append(*out, Holder{ID: id, Functions: functions, Since: since})
		return
	}
	if a.From.IsValid() && d.Before(a.From) {
		return
	}
	for _, s := range a.Successors {
		if s.From.IsValid() && d.Before(s.From) {
			continue
		}
		f := s.Functions
		if f == "" {
			f = functions
		}
		r.holders(s.ID, d, f, s.From, out, depth+1)
	}
}

// LocalityOf returns the provincial people's committee whose territory the
// agency or group works in — the locality to pass in [Options] for
// documents it issues — or "" for a central body or an unknown ID.
func (r *Registry) LocalityOf(id ID) ID {
	if a, ok := r.lookup(id); ok {
		if a.Locality != "" {
			return a.Locality
		}
		if a.Kind == KindPeopleCommittee && a.Level == LevelProvince {
			return a.ID
		}
		return ""
	}
	if g := r.group(id); g != nil {
		return g.Scope
	}
	return ""
}

// officeOf returns the office (văn phòng) of an agency, for "CVP UBND TP":
// the agency itself when it is an office.
func (r *Registry) officeOf(id ID) ID {
	a := r.agency(id)
	if a == nil {
		return ""
	}
	if a.Kind == KindOffice {
		return id
	}
	for i := range r.agencies {
		if r.agencies[i].Parent == id && r.agencies[i].Kind == KindOffice {
			return r.agencies[i].ID
		}
	}
	if a.Kind == KindPeopleCommittee && a.Level == LevelProvince {
		// The office every province has.
		return r.StandardID(id, "vp-ubnd")
	}
	return ""
}

// Locality returns the locality of the first mention in text that has one —
// for a directive's heading ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"), the
// locality to read the rest of the document in — or "" when no mention
// names a local body the registry knows.
func (r *Registry) Locality(text string) ID {
	for _, m := range r.FindAll(text, nil) {
		if l := r.LocalityOf(m.ID); l != "" {
			return l
		}
	}
	return ""
}
