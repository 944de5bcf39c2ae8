package agency

import (
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// A Selector picks out the parties a query names: the one resolver behind
// every agency filter of chidao (directive.StatusOptions.Agency,
// directive.Report.Agency and the -agency flags of the example programs).
// Make one with [Registry.Select]. The zero Selector selects nothing. A
// Selector is a small value, safe for concurrent use.
type Selector struct {
	query string // the query as given, trimmed
	ids   [2]ID  // the IDs the query names (up to two: as an ID, as a name)
	words []string
}

// Select returns the selector of query, read in the locality of opt (nil
// for none). A party is selected when
//
//   - its ID is the query ("hp.so-tttt"), or the agency or group that the
//     whole query names in the registry: a name, an abbreviation or a
//     relative name ("Sở TT&TT", "Sở Thông tin - Truyền thông", "Công an
//     thành phố" in a Hải Phòng document);
//   - or its name holds the words of the query, compared folded (case,
//     diacritics and NFD do not matter): "so tu phap" selects "Sở Tư
//     pháp", "công an" selects "Công an thành phố" and "lực lượng Công an".
//
// It returns an error for a query with no letter or digit (" ", "-"), which
// would otherwise select every party, and a *LocalityError for a locality r
// does not know.
func (r *Registry) Select(query string, opt *Options) (Selector, error) {
	q := strings.TrimSpace(query)
	var o Options
	if opt != nil {
		o = *opt
	}
	if err := r.CheckLocality(o.Locality); err != nil {
		return Selector{}, err
	}
	s := Selector{query: q, words: words(vntext.String(q))}
	if len(s.words) == 0 {
		return Selector{}, &SelectError{Query: query}
	}
	s.ids[0] = ID(q)
	if m, ok := r.Resolve(q, &o); ok && m.ID != "" {
		s.ids[1] = m.ID
	}
	return s, nil
}

// A SelectError reports a query that names nothing: one with no letter or
// digit.
type SelectError struct {
	Query string
}

// Error returns `agency: query " " names no agency: it has no letter or
// digit`.
func (e *SelectError) Error() string {
	return "agency: query " + quote(e.Query) + " names no agency: it has no letter or digit"
}

func quote(s string) string { return "\"" + strings.ReplaceAll(s, "\"", "\\\"") + "\"" }

// Query returns the query the selector was made from, trimmed.
func (s Selector) Query() string { return s.query }

// IsZero reports whether s is the zero Selector, which selects nothing.
func (s Selector) IsZero() bool { return len(s.words) == 0 }

// Match reports whether the party with ID id ("" when unresolved) and name
// as printed is selected; see [Registry.Select].
func (s Selector) Match(id ID, name string) bool {
	if len(s.words) == 0 {
		return false
	}
	if id != "" && (id == s.ids[0] || id == s.ids[1]) {
		return true
	}
	return containsWords(words(vntext.String(name)), s.words)
}

// Exact reports whether the party is named by the query itself rather than
// by some of its words: its ID is the query or the agency the query
// resolves to, or its folded name is the folded query.
func (s Selector) Exact(id ID, name string) bool {
	if len(s.words) == 0 {
		return false
	}
	if id != "" && (id == s.ids[0] || id == s.ids[1]) {
		return true
	}
	w := words(vntext.String(name))
	return len(w) == len(s.words) && containsWords(w, s.words)
}

// words returns the words and numbers of folded text, punctuation left
// out.
func words(f string) []string {
	var out []string
	for t := vntext.NextToken(f, 0); t.Kind != vntext.Invalid; t = vntext.NextToken(f, t.End) {
		if t.Kind == vntext.Word || t.Kind == vntext.Number {
			out = append(out, t.Text)
		}
	}
	return out
}

// containsWords reports whether q occurs in w as a run of whole words.
func containsWords(w, q []string) bool {
outer:
	for i := 0; i+len(q) <= len(w); i++ {
		for k := range q {
			if w[i+k] != q[k] {
				continue outer
			}
		}
		return true
	}
	return false
}
