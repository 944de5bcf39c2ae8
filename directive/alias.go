package directive

import (
	"sort"
	"strings"

	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// An alias is the short name a text gives a body it names in full: "Ban
// Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban
// Quản lý)". Later in the text the short name is that body.
type alias struct {
	key   string          // the short name, folded
	sp    vntext.Spelling // as written
	def   layout.Range    // the bracket that gives it, in Doc.Key
	party party           // the body named in full
}

// aliases returns the aliases the text gives bodies, read on first use: a
// bracket that opens with aliasWords right after a party, whose short name
// is capitalised (the name of a body, not "(sau đây gọi tắt là quy định)").
func (r *reader) aliases() []alias {
	if r.aliasRead {
		return r.aliasList
	}
	r.aliasRead = true
	d := r.doc
	t := d.Key.Text
	for _, w := range aliasWords {
		for from := 0; ; {
			k := strings.Index(t[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			open := strings.LastIndexByte(t[max(0, k-3):k], '(')
			if open < 0 {
				continue
			}
			open += max(0, k-3)
			a := k + len(w)
			e := strings.IndexByte(t[a:min(len(t), a+maxAliasBytes)], ')')
			if e <= 0 || !d.Key.IsUpperAt(a) {
				continue
			}
			e += a
			short := layout.Range{A: a, B: e}
			for short.B > short.A && t[short.B-1] == ' ' {
				short.B--
			}
			p, ok := r.partyBefore(open)
			if !ok {
				continue
			}
			r.aliasList = append(r.aliasList, alias{key: t[short.A:short.B], sp: vntext.Spell(d.Clean(short)),
				def: layout.Range{A: open, B: e + 1}, party: p})
		}
	}
	return r.aliasList
}

// partyBefore returns the party the registry finds ending right before the
// folded offset i (spaces apart), in the paragraph that holds i.
func (r *reader) partyBefore(i int) (party, bool) {
	d := r.doc
	k := sortSearchParas(d, i)
	if k < 0 {
		return party{}, false
	}
	j := i
	for j > d.Paras[k].Key.A && d.Key.Text[j-1] == ' ' {
		j--
	}
	for _, p := range r.registryParties(layout.Range{A: d.Paras[k].Key.A, B: j}) {
		if p.key.B == j {
			return p, true
		}
	}
	return party{}, false
}

// aliasParties returns ps with the short names the text gave bodies added
// where they stand in g alone (not inside a name of ps, not in the bracket
// that gives them), with the title written before them ("Trưởng ban Ban
// Quản lý trình …").
func (r *reader) aliasParties(g layout.Range, ps []party) []party {
	as := r.aliases()
	if len(as) == 0 {
		return ps
	}
	d := r.doc
	t := d.Key.Text
	accented := d.Accented
	var add []party
	for _, al := range as {
		for from := g.A; from < g.B; {
			k := strings.Index(t[from:g.B], al.key)
			if k < 0 {
				break
			}
			k += from
			e := k + len(al.key)
			from = e
			if k > 0 && vntext.IsLetter(t[k-1]) || e < len(t) && vntext.IsLetter(t[e]) {
				continue
			}
			if k >= al.def.A && e <= al.def.B || accented && !d.Key.SpelledLike(k, al.sp) {
				continue
			}
			if covered(ps, k, e) {
				continue
			}
			start, title := k, ""
			if ts := r.titleBefore(k, g.A); ts < k {
				start, title = ts, d.Clean(layout.Range{A: ts, B: k})
				title = strings.TrimSpace(title)
			}
			a, b := d.Span(layout.Range{A: start, B: e})
			add = append(add, party{Party: Party{Name: d.Clean(layout.Range{A: k, B: e}), ID: al.party.ID, Title: title, Span: Span{a, b}},
				key: layout.Range{A: start, B: e}})
		}
	}
	if len(add) == 0 {
		return ps
	}
	out := append(append([]party(nil), ps...), add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].key.A < out[b].key.A })
	return out
}

// covered reports whether a party of ps overlaps the folded range [a, b).
func covered(ps []party, a, b int) bool {
	for _, p := range ps {
		if p.key.A < b && a < p.key.B {
			return true
		}
	}
	return false
}

// titleBefore returns the start of the person title that ends right before
// folded offset i (a space apart), at or after from, or i when none does.
func (r *reader) titleBefore(i, from int) int {
	d := r.doc
	t := d.Key.Text
	j := i
	for j > from && t[j-1] == ' ' {
		j--
	}
	// A title is at most four words: try each word start before j.
	for w, s := 0, j; w < 4 && s > from; w++ {
		s--
		for s > from && t[s-1] != ' ' {
			s--
		}
		if cl, e := theLexicon().at(&d.Key, s, d.Accented); cl == lexTitle && e == j {
			return s
		}
	}
	return i
}
