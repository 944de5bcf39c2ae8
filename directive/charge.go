package directive

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// This file is the charge grammar: who an item gives work to. It reads the
// folded text of an item with the parties the agency registry finds in it
// as chunks:
//
//	Charge    = [Authority ChargeVerb] PartyList {RoleVerb PartyList} [":"] .
//	Authority = PartyList .                       (the body that speaks: "Chủ tịch UBND tỉnh yêu cầu …")
//	PartyList = Party {("," | ";" | "và") Party} .
//	Party     = [Title] Name | Collective [":" NameList] .
//	NameList  = Name {("," | "và") Name} .        ("Các Bộ: Tài chính, Xây dựng" — factored names)
//
// A Charge is read where a clause opens (the item's head, after a topic
// title and its colon, after ";" or "."), and a ChargeVerb with its
// PartyList anywhere ("…, giao Bộ X chủ trì …"). A PartyList that opens a
// clause is charged unless what follows it reports or describes ("X đã …",
// "X là …") or it is the authority of a ChargeVerb after it. The parties
// after "phối hợp (với|cùng)" cooperate.

// A party is an agency or group the text names, where it names it.
type party struct {
	Party
	key layout.Range // in Doc.Key
	// listed is set for a member of a list the registry expanded
	// ("Tài chính" in "các Sở: Tài chính, Y tế"; agency.Mention.Listed).
	listed bool
}

// A charge is what the grammar reads in a text.
type charge struct {
	// lead are the parties charged with the work; coop those that
	// cooperate.
	lead, coop []party
	// head is set when the text opens with its charge (an item headed by
	// the bodies it charges: "2. Giao Công an thành phố:", "1. Sở Y tế
	// chủ trì, …", "8. Sở Giáo dục và Đào tạo"); headEnd is the folded
	// offset where the charge ends and the work begins.
	head    bool
	headEnd int
	// leadIn is set when the head charge ends with a colon, or names only
	// the parties: the work is in the items under it.
	leadIn bool
	// opensWithCoop is set when the text opens with "Phối hợp với X": the
	// item's own bodies cooperate and X leads.
	opensWithCoop bool
}

// partiesIn returns the parties named in the folded range g, in order:
// those the registry finds in the paragraphs g runs over (each paragraph
// read once), cut to g, but for the paragraphs of a quotation.
func (r *reader) partiesIn(g layout.Range) []party {
	return r.partiesInto(g, nil)
}

// partiesInto is partiesIn writing the parties in buf's memory where it is
// large enough, for a caller that is done with them before the next call
// (partiesOf).
func (r *reader) partiesInto(g layout.Range, buf []party) []party {
	d := r.doc
	if g.Empty() {
		return nil
	}
	if r.paraParties == nil {
		r.paraParties = make([][]party, len(d.Paras))
		r.paraRead = make([]bool, len(d.Paras))
	}
	k := sort.Search(len(d.Paras), func(i int) bool { return d.Paras[i].Key.B > g.A })
	if k == len(d.Paras) || d.Paras[k].Key.A > g.A {
		// Not within paragraphs (a header element): read as it is.
		return r.findParties(g)
	}
	// The paragraphs are read first, so that the parties are gathered in
	// one slice of the right size.
	n, k0 := 0, k
	for ; k < len(d.Paras) && d.Paras[k].Key.A < g.B; k++ {
		if d.Paras[k].Flags&layout.ParaCited != 0 {
			continue // the bodies a quoted text names are not charged here
		}
		if !r.paraRead[k] {
			r.paraParties[k], r.paraRead[k] = r.findParties(d.Paras[k].Key), true
		}
		n += len(r.paraParties[k])
	}
	if n == 0 {
		return nil
	}
	out := slices.Grow(buf[:0], n)
	for k = k0; k < len(d.Paras) && d.Paras[k].Key.A < g.B; k++ {
		if d.Paras[k].Flags&layout.ParaCited != 0 {
			continue
		}
		for _, p := range r.paraParties[k] {
			ka, kb := max(p.key.A, g.A), min(p.key.B, g.B)
			if ka >= kb {
				continue
			}
			if ka != p.key.A || kb != p.key.B {
				continue // a name cut by the range is not one
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// findParties returns the parties named in the folded range g: those the
// registry finds, and the short names the text gave bodies (aliases).
func (r *reader) findParties(g layout.Range) []party {
	return r.aliasParties(g, r.registryParties(g))
}

// registryParties returns the parties the registry finds in the folded
// range g.
func (r *reader) registryParties(g layout.Range) []party {
	d := r.doc
	opt := &agency.Options{Locality: r.locality}
	// The registry scans the text as printed over the document's own
	// folding of it, not folded again, where the layout gives one.
	text, cmap, f, orig, ok := d.CleanFold(g, r.cleanOrig)
	r.cleanOrig = orig
	var ms []agency.Mention
	if ok {
		ms = r.reg.FindAllFolded(text, &f, opt)
	} else {
		text, cmap = d.CleanMap(g)
		ms = r.reg.FindAll(text, opt)
	}
	out := make([]party, 0, len(ms))
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		start := m.Start
		if m.NameStart >= m.End && i+1 < len(ms) && sharedTitle(text, m, ms[i+1]) {
			// "Giám đốc và Phó Giám đốc Sở Y tế", "Chủ tịch, Phó Chủ
			// tịch UBND các huyện": titles that share the agency after
			// them are one party.
			i++
			m = ms[i]
		}
		if m.NameStart > start && !m.Listed {
			// "các thành viên Ban Chỉ đạo": the plural is the title's.
			start = pluralBefore(text, start)
		}
		a, b := cmap.At(start), cmap.At(m.End)
		ka, kb := d.Key.Index(a), d.Key.Index(b)
		ka, kb = max(ka, g.A), min(kb, g.B)
		if ka >= kb {
			continue
		}
		name := strings.TrimSpace(text[m.NameStart:m.End])
		title := strings.TrimSpace(text[start:m.NameStart])
		switch {
		case m.Listed:
			// "Tài chính" in "Giám đốc các Sở: Tài chính, Y tế": the
			// member with the head the list shares, as the registry
			// reads it, and the collective's title.
			name, title = listedName(m), m.Title.String()
		case m.NameStart >= m.End:
			// "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": a title
			// alone names the persons holding it, with its plural.
			start = pluralBefore(text, m.Start)
			a = cmap.At(start)
			if ka2 := max(d.Key.Index(a), g.A); ka2 < kb {
				ka = ka2
			}
			name, title = strings.TrimSpace(text[start:m.End]), ""
		case m.Title != agency.TitleNone && (title == "" || strings.HasSuffix(title, ":")):
			// "Giám đốc: Trung tâm A, Trung tâm B": each body its colon
			// lists has the title written before the colon.
			title = m.Title.String()
		}
		p := party{Party: Party{Name: name, ID: m.ID, Title: title, Group: m.Group, Span: Span{a, b}}, key: layout.Range{A: ka, B: kb}, listed: m.Listed}
		out = append(out, p)
	}
	return out
}

// pluralBefore returns the start of "các" written right before i ("các
// thành viên Ban Chỉ đạo", "các đồng chí Giám đốc"), or i.
func pluralBefore(text string, i int) int {
	j := strings.TrimRight(text[:i], " ")
	w := 0
	if k := strings.LastIndexFunc(j, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, n := utf8.DecodeRuneInString(j[k:])
		w = k + n
	}
	if vntext.String(j[w:]) != "cac" {
		return i
	}
	return w
}

// listedName returns the name of the listed member m as printed, with the
// head its list shares: "Sở Tài chính" for "Tài chính" in "các Sở: Tài
// chính, Y tế", also when the registry's name of it is longer ("Sở Tài
// chính tỉnh Bắc Ninh"): the words of that name up to the member's.
func listedName(m agency.Mention) string {
	printed := strings.Fields(m.Text)
	words := strings.Fields(m.Name)
	if len(printed) == 0 || m.ID == "" {
		return m.Name
	}
	for w := 0; w+len(printed) <= len(words); w++ {
		if vntext.String(strings.Join(words[w:w+len(printed)], " ")) == vntext.String(strings.Join(printed, " ")) {
			if w == 0 {
				return m.Name
			}
			return strings.Join(words[:w], " ") + " " + strings.Join(printed, " ")
		}
	}
	return m.Name
}

// sharedTitle reports whether the title-only mention m shares the agency
// of the titled mention n after it: only "," or "và" stand between them.
func sharedTitle(text string, m, n agency.Mention) bool {
	if m.Title == agency.TitleMinister || n.NameStart <= n.Start || n.NameStart >= n.End || n.Listed {
		// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the ministers stand
		// for their ministries.
		return false
	}
	switch vntext.String(strings.TrimSpace(text[m.End:n.Start])) {
	case ",", "va", ", va":
		return true
	}
	return false
}

// chargeReader reads the charges of one text.
type chargeReader struct {
	r        *reader
	f        *vntext.Folded
	w        *wordIndex // the words of f, read once per parse (index)
	t        string
	g        layout.Range
	accented bool
	parties  []party
	// merge, when set, is the memory withCollectives writes its list in
	// (partiesOf).
	merge *[]party
	// named are the registry's parties while withCollectives reads the
	// collectives around them (nounList).
	named []party
}

// charges reads the charge grammar over the folded range g. The passes
// ask for the charges of one range many times (an item, the items above
// it): each range is read once and its charge kept.
func (r *reader) charges(g layout.Range, accented bool) charge {
	k := chargeKey{g, accented}
	if ch, ok := r.chargeMemo[k]; ok {
		return ch.clone()
	}
	cr := r.chargeReaderOf(g, accented)
	ch := cr.read()
	if r.chargeMemo == nil {
		// About a range for every other paragraph (the items and the
		// headings above them): made at that size, not grown to it.
		r.chargeMemo = make(map[chargeKey]charge, len(r.doc.Paras)/2)
	}
	r.chargeMemo[k] = ch
	return ch.clone()
}

// chargeReaderOf returns the charge grammar's reader of the folded range g
// of the document, with the parties it reads there (partiesOf).
func (r *reader) chargeReaderOf(g layout.Range, accented bool) chargeReader {
	c := chargeReader{r: r, f: &r.doc.Key, t: r.doc.Key.Text, g: g, accented: accented}
	c.parties = c.partiesOf(g)
	return c
}

// partiesOf returns the parties of the folded range g as the charge grammar
// reads them: the registry's, the collectives it did not read whole, a
// body with its unit in brackets, and factored lists expanded.
func (c *chargeReader) partiesOf(g layout.Range) []party {
	// The lists before the last, expandFactored's (new), are written in
	// the reader's scratch: each list is read only by the step after it.
	r := c.r
	ps := r.partiesInto(g, r.partyScratch[0])
	if cap(ps) > cap(r.partyScratch[0]) {
		r.partyScratch[0] = ps[:0]
	}
	c.merge = &r.partyScratch[1]
	ps = c.withCollectives(ps)
	c.merge = nil
	return r.expandFactored(c.withAppositives(c.withUnits(ps)), g)
}

// withAppositives joins to a person's office the other offices a dash
// adds to it, the same person holding both: "Bộ trưởng Bộ Tài chính - Phó
// Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia" is one party (the
// signatory's form of Decree 30/2020, used in the text for who is
// charged).
func (c *chargeReader) withAppositives(ps []party) []party {
	t := c.t
	for k := 0; k+1 < len(ps); k++ {
		p, q := ps[k], ps[k+1]
		if p.Group || q.Group || p.Title == "" {
			continue
		}
		i := c.skip(p.key.B)
		if i >= c.g.B || t[i] != '-' {
			continue
		}
		// Between the dash and q: titles only ("Phó Trưởng ban").
		j := c.skip(i + 1)
		for j < q.key.A {
			cl, e := theLexicon().at(c.f, j, c.accented)
			if cl != lexTitle {
				break
			}
			j = c.skip(e)
		}
		if j != q.key.A || q.Title == "" && j == c.skip(i+1) {
			continue // no office after the dash: "Sở Y tế - Sở Tài chính"
		}
		d := c.r.doc
		a, b := d.Span(layout.Range{A: p.key.A, B: q.key.B})
		p.Name += " - " + d.Clean(layout.Range{A: c.skip(i + 1), B: q.key.B})
		p.Span = Span{a, b}
		p.key.B = q.key.B
		ps = append(ps[:k+1], ps[k+2:]...)
		ps[k] = p
	}
	return ps
}

// withUnits joins to a body the unit of it a bracket after it names, and
// nothing else: "Văn phòng UBND tỉnh (Trung tâm Thông tin tỉnh)" is one
// party, the unit that does the work within the body (Decree 30/2020
// writes the unit charged this way); "(qua Sở Tài chính)", "(chủ trì)"
// are no unit.
func (c *chargeReader) withUnits(ps []party) []party {
	t := c.t
	for k := 0; k+1 < len(ps); k++ {
		p, q := ps[k], ps[k+1]
		if p.Group || q.Group {
			continue
		}
		o := c.skip(p.key.B)
		if o >= c.g.B || t[o] != '(' || c.skip(o+1) != q.key.A {
			continue
		}
		e := c.skip(q.key.B)
		if e >= c.g.B || t[e] != ')' || !strings.Contains(t[q.key.A:q.key.B], " ") {
			continue // one word in brackets abbreviates the name: "(UBND)"
		}
		d := c.r.doc
		a, b := d.Span(layout.Range{A: p.key.A, B: e + 1})
		p.Name += " (" + d.Clean(q.key) + ")"
		p.Span = Span{a, b}
		p.key.B = e + 1
		ps = append(ps[:k+1], ps[k+2:]...)
		ps[k] = p
	}
	return ps
}

// A chargeKey is a range read by charges and how.
type chargeKey struct {
	g        layout.Range
	accented bool
}

// clone returns ch with lists of its own, so that a caller that changes
// them leaves the memo as read.
func (ch charge) clone() charge {
	ch.lead = slices.Clone(ch.lead)
	ch.coop = slices.Clone(ch.coop)
	return ch
}

// word returns the lexicon class of the word at i (after spaces) and its
// end.
func (c *chargeReader) word(i int) (lexClass, int) {
	return c.at(c.skip(i))
}

// at returns the lexicon class of the longest row at folded offset i and
// its end (lexicon.at, read in the document's word index).
func (c *chargeReader) at(i int) (lexClass, int) {
	return c.index().at(i, c.accented)
}

// head returns the end of a lexHead row at folded offset i, or i
// (lexicon.head, read in the document's word index).
func (c *chargeReader) head(i int) int {
	return c.index().head(i, c.accented)
}

// wordEnd returns the end of the letters from folded offset i on, within
// the range read: the end of the word at i, cut at the range's end.
func (c *chargeReader) wordEnd(i int) int {
	return max(i, min(c.index().wordEnd(i), c.g.B))
}

// index returns the reader's index of the document's words.
func (c *chargeReader) index() *wordIndex {
	if c.w == nil {
		c.w = c.r.index()
	}
	return c.w
}

// skip returns i moved past spaces.
func (c *chargeReader) skip(i int) int {
	for i < c.g.B && c.t[i] == ' ' {
		i++
	}
	return i
}

// partyAt returns the index of the party starting at i (after spaces), or -1.
func (c *chargeReader) partyAt(i int) int {
	i = c.skip(i)
	k := sort.Search(len(c.parties), func(k int) bool { return c.parties[k].key.A >= i })
	if k < len(c.parties) && c.parties[k].key.A == i {
		return k
	}
	return -1
}

// list reads a PartyList at i: the parties and the end of the list.
func (c *chargeReader) list(i int) ([]party, int) {
	k := c.partyAt(i)
	if k < 0 {
		return nil, i
	}
	var out []party
	end := i
	for k >= 0 {
		out = append(out, c.parties[k])
		end = c.parties[k].key.B
		if p := &out[len(out)-1]; p.Group {
			if e := c.memberEnd(end); e > end {
				// "…; các doanh nghiệp kinh doanh xăng dầu trên địa bàn
				// tỉnh và các cơ quan …": the words up to the next member
				// describe this one.
				d := c.r.doc
				a, _ := d.Span(p.key)
				_, b := d.Span(layout.Range{A: p.key.A, B: e})
				p.Name += " " + d.Clean(layout.Range{A: c.skip(end), B: e})
				p.Span, p.key.B = Span{a, b}, e
				end = e
			}
		}
		for k+1 < len(c.parties) && c.parties[k+1].key == c.parties[k].key {
			// The bodies a shared head names, read from one place.
			k++
			out = append(out, c.parties[k])
		}
		// A separator and another party.
		j := c.skip(end)
		switch {
		case j < c.g.B && (c.t[j] == ',' || c.t[j] == ';'):
			j++
			if w, e := c.wordIs(j, "va"); w {
				j = e
			}
		default:
			if w, e := c.wordIs(j, "va"); w {
				j = e
			} else if w, e := c.wordIs(j, "cung"); w && c.together(c.skip(j)) {
				j = e
			} else {
				return out, end
			}
		}
		k = c.partyAt(j)
		if k < 0 && !out[len(out)-1].Group {
			if e, nk := c.nameTail(j); nk >= 0 {
				// "Cục Quản lý, giám sát kế toán, kiểm toán, Thủ trưởng
				// …": the words between commas, up to the next party,
				// are the last name's own.
				out[len(out)-1] = c.extended(out[len(out)-1], e)
				k = nk
			}
		}
		if k < 0 {
			if dp, ok := c.descParty(j); ok {
				out = append(out, dp)
				end = dp.key.B
				// More parties after the description are its own ("…
				// thuộc Bộ A, Bộ B"), but a collective joined by "và"
				// ("… và các tổ chức, cá nhân có liên quan").
				if ok, e := c.wordIs(c.skip(end), "va"); ok {
					if n := c.partyAt(c.skip(e)); n >= 0 && c.parties[n].Group && startsWord(c.t, c.skip(e), "cac") {
						rest, re := c.list(c.skip(e))
						return append(out, rest...), re
					}
				}
				return out, end
			}
		}
		// A grouped list of several (the factored names) runs on over
		// their parties, which follow one another.
		for k >= 0 && k > 0 && c.parties[k-1].key.B > j {
			k++
			if k >= len(c.parties) {
				k = -1
			}
		}
	}
	return out, end
}

// maxTailWords is more words than a part of a body's name between commas
// holds ("giám sát kế toán").
const maxTailWords = 6

// nameTail reads at i, after a name and a comma or "và", the parts of
// that name that commas and "và" separate, as the name of a body that
// lists its fields writes them ("Cục Quản lý, giám sát kế toán, kiểm
// toán", Nghị định 29/2025/NĐ-CP on the structure of the Ministry of
// Finance; "Cục Văn hóa cơ sở, Gia đình và Thư viện"; "Cục Quản lý nhà và
// thị trường bất động sản"): one or two runs of words, none a verb, role,
// title or party, each ended by a comma, and a party after them. A run
// in lower case holds no "và"; one capitalised must, before a capital
// ("Gia đình và Thư viện"). It returns the end of the last run and the
// index of that party, or -1.
func (c *chargeReader) nameTail(i int) (int, int) {
	j := i
	for n := 0; n < 2; n++ {
		a := c.skip(j)
		if a >= c.g.B || !vntext.IsLetter(c.t[a]) {
			return 0, -1
		}
		capital := c.f.IsUpperAt(a)
		joined := false // a capitalised run's "và" before a capital
		b, words := a, 0
		for b < c.g.B && (vntext.IsLetter(c.t[b]) || c.t[b] == ' ') {
			if b == a || c.t[b-1] == ' ' && c.t[b] != ' ' {
				words++
				switch cl, _ := c.at(b); cl {
				case lexAction, lexDuty, lexLead, lexCoop, lexCharge, lexTitle, lexNotNew, lexOf:
					return 0, -1
				}
				if ok, e := c.wordIs(b, "va"); ok {
					if !capital || !c.f.IsUpperAt(c.skip(e)) {
						return 0, -1
					}
					joined = true
				}
			}
			b++
		}
		if words > maxTailWords || b >= c.g.B || c.t[b] != ',' || capital && !joined {
			// A capitalised run is a part of the name only as the last
			// of its fields, joined by "và" ("Gia đình và Thư viện");
			// alone it is a body of its own ("Hiệp hội doanh nghiệp
			// tỉnh").
			return 0, -1
		}
		for _, p := range c.parties {
			if p.key.A >= a && p.key.A < b {
				return 0, -1
			}
		}
		e := b
		for e > a && c.t[e-1] == ' ' {
			e--
		}
		if k := c.partyAt(b + 1); k >= 0 {
			return e, k
		}
		j = b + 1
	}
	return 0, -1
}

// listAfterVerb is list, where the first party may also be a body
// described ("phối hợp với lực lượng Công an", "… với đơn vị hướng dẫn
// thuộc Bộ Công an").
func (c *chargeReader) listAfterVerb(i int) ([]party, int) {
	if ps, end := c.list(i); len(ps) > 0 {
		return ps, end
	}
	dp, ok := c.descParty(i)
	if !ok {
		return nil, i
	}
	ps, end := []party{dp}, dp.key.B
	for {
		j := c.skip(end)
		if j >= c.g.B || c.t[j] != ',' {
			return ps, end
		}
		if more, e := c.list(j + 1); len(more) > 0 {
			return append(ps, more...), e
		}
		// "… với Cơ quan chuyên môn về xây dựng, Cơ quan Công an …": another
		// described body.
		dp, ok := c.descParty(j + 1)
		if !ok {
			return ps, end
		}
		ps, end = append(ps, dp), dp.key.B
	}
}

// descParty reads a body described rather than named at i:
//
//	Described = Noun {Word | Party} .
//
// a collective noun without "các" ("lực lượng", "đơn vị", "cơ quan") and
// the words that say which, with the names in them ("đơn vị hướng dẫn
// thuộc Bộ Thông tin và Truyền thông, Bộ Công an"), up to a word that
// opens the clause's work ("để", "nhằm", "trong", "theo", a role) or
// punctuation. It needs at least one word after the noun.
func (c *chargeReader) descParty(i int) (party, bool) {
	i = c.skip(i)
	cl, e := c.word(i)
	if cl != lexCollective {
		return party{}, false
	}
	end := e
	words := 0
	j := e
	// A noun capitalised inside a sentence designates one body (Decree
	// 30/2020, Phụ lục II: the names of bodies are capitalised), and its
	// domain after "về" is its own: "phối hợp với Cơ quan chuyên môn về
	// xây dựng, …" (Luật Xây dựng 2014's designation).
	designation := c.f.IsUpperAt(i) && i > c.g.A
	for words < 10 {
		j = c.skip(j)
		if j >= c.g.B {
			break
		}
		if k := c.partyAt(j); k >= 0 {
			// A name ends the description ("lực lượng Công an"), with
			// the names listed after it when the description says whose
			// the body is ("… thuộc Bộ A, Bộ B").
			end = c.parties[k].key.B
			words++
			if strings.Contains(c.t[i:j], " thuoc ") || strings.HasSuffix(c.t[i:j], "thuoc ") {
				for {
					n := c.skip(end)
					if n >= c.g.B || c.t[n] != ',' {
						break
					}
					k2 := c.partyAt(n + 1)
					if k2 < 0 {
						break
					}
					end = c.parties[k2].key.B
				}
			}
			break
		}
		ch := c.t[j]
		if !vntext.IsLetter(ch) {
			break
		}
		w := c.wordEnd(j)
		if sp, ok := c.spelledWord(j, w, descStops()); ok && (sp.Key != "tai" || words == 0) && (sp.Key != "ve" || !designation) {
			break
		}
		if cl, _ := c.word(j); cl == lexLead || cl == lexCoop || cl == lexCharge || cl == lexDuty {
			break
		}
		end = w
		j = w
		words++
	}
	if words == 0 && !designation {
		return party{}, false
	}
	d := c.r.doc
	a, b := d.Span(layout.Range{A: i, B: end})
	// A noun and the name it is ("lực lượng Công an") is that body; a
	// noun described ("đơn vị hướng dẫn thuộc Bộ …") is as many as
	// answer to it.
	group := !(words == 1 && c.partyAt(e) >= 0)
	return party{Party: Party{Name: d.Clean(layout.Range{A: i, B: end}), Group: group, Span: Span{a, b}}, key: layout.Range{A: i, B: end}}, true
}

// descStops are the words that open the clause's work after a described
// body (descParty): "để", "nhằm", "trong", "theo", "về", "khi", "và",
// "hoặc", "cùng", "tại", "ở", "cho", "với" — as spelled, not the words
// folding merges with them ("đề", "vẽ", "khí", "tài", "ô").
var descStops = spellings("để", "nhằm", "trong", "theo", "về", "khi", "và", "hoặc", "cùng", "tại", "ở", "cho", "với")

// spelledWord returns the one of sps that the word [j, w) of the folded
// text is, as the text spells it where it is written with diacritics (a
// word there without its marks is another word), by its folding alone
// where not.
func (c *chargeReader) spelledWord(j, w int, sps []vntext.Spelling) (vntext.Spelling, bool) {
	for _, sp := range sps {
		if sp.Key == c.t[j:w] && (!c.accented || c.f.SpelledLike(j, sp)) {
			return sp, true
		}
	}
	return vntext.Spelling{}, false
}

// spelledIs reports whether the word [j, w) of the folded text is one of
// sps as the text spells it (spelledWord).
func (c *chargeReader) spelledIs(j, w int, sps []vntext.Spelling) bool {
	_, ok := c.spelledWord(j, w, sps)
	return ok
}

// wordIs reports whether the folded word w is at i (after spaces).
func (c *chargeReader) wordIs(i int, w string) (bool, int) {
	i = c.skip(i)
	e := i + len(w)
	if e > c.g.B || c.t[i:e] != w || e < c.g.B && vntext.IsLetter(c.t[e]) {
		return false, i
	}
	return true, e
}

// read reads the charges of the text.
func (c *chargeReader) read() charge {
	var ch charge
	// The parties charged, by where they start and their name (the bodies
	// a shared head names start where it does: "Bí thư tỉnh ủy và Chủ
	// tịch UBND các tỉnh: A, B").
	type seenKey struct {
		a    int
		name string
	}
	seen := map[seenKey]bool{}
	sk := func(p party) seenKey { return seenKey{p.key.A, p.Name} }
	addLead := func(ps []party) {
		for _, p := range ps {
			if !seen[sk(p)] {
				seen[sk(p)] = true
				ch.lead = append(ch.lead, p)
			}
		}
	}
	addCoop := func(ps []party) {
		for _, p := range ps {
			if !seen[sk(p)] {
				ch.coop = append(ch.coop, p)
			}
		}
	}
	// The clauses: the text's start and each place after ":", ";", "."
	// or a topic title ("Về …:").
	starts := make([]int, 1, 8) // most texts have a few clauses
	starts[0] = c.g.A
	for i := c.g.A; i < c.g.B; i++ {
		switch c.t[i] {
		case ':', ';', '.':
			if i+1 < c.g.B && c.t[i+1] == ' ' {
				starts = append(starts, i+2)
			}
		case ',':
			// ", giao X", ", đề nghị X": a charge in mid-sentence opens a
			// clause of its own (read below, anywhere).
		}
	}
	// A heading of an article and the paragraph under it: "Điều 16.
	// Trách nhiệm thi hành" / "Sở Tài chính chịu trách nhiệm thi hành
	// …". A heading ends its sentence where its paragraph ends.
	if d := c.r.doc; d != nil {
		if k := sortSearchParas(d, c.g.A); k >= 0 && k+1 < len(d.Paras) && d.Paras[k+1].Key.A < c.g.B &&
			d.Paras[k+1].Flags&layout.ParaCaps == 0 && // "Mục 1. THỦ TỤC … CẤP / TỈNH": the heading goes on
			!strings.ContainsAny(strings.TrimRight(c.t[max(d.Paras[k].Body.A, c.g.A):d.Paras[k].Key.B], " *"), ".:;,") {
			starts = append(starts, d.Paras[k+1].Key.A)
		}
	}
	// A clause of circumstance before the subject: the charge is after its
	// comma ("Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng
	// mắc, các cơ quan, tổ chức, đơn vị phản ánh …").
	for k := 0; k < len(starts); k++ {
		if e := c.afterCircumstance(starts[k]); e > starts[k] {
			starts = append(starts, e)
		}
	}
	for si, s := range starts {
		if c.inExample(s) {
			// "Ví dụ: Sở AH sẽ có địa chỉ thư điện tử công vụ là: …": the
			// bodies an example names are the example's, charged by no
			// one.
			continue
		}
		if si > 0 && s >= 2 && c.t[s-2] == ':' && c.sectionLabel(starts[si-1], s-2) {
			// "Đối tượng: Các sở, ban, ngành …": the label of a field
			// that says whom the text concerns, not whom it charges.
			continue
		}
		lead, end, opensCoop := c.clause(s)
		if len(lead) == 0 {
			continue
		}
		if si > 0 && c.coopBefore(end) {
			// "Sở Thông tin và Truyền thông chủ trì; Công an tỉnh, Sở Nội
			// vụ phối hợp.": a later clause whose bodies the role verb
			// follows, with no body after it, names who cooperates.
			addCoop(lead)
			continue
		}
		if opensCoop && si > 0 {
			// "…; phối hợp Công an thành phố triển khai …": a later
			// clause that opens with the role is cooperation; only the
			// text's own opening makes X lead.
			addCoop(lead)
			continue
		}
		addLead(lead)
		if si == 0 {
			ch.head = true
			ch.headEnd = end
			e := c.skip(end)
			ch.leadIn = e >= c.g.B || c.t[e] == ':' || c.endsColon()
			ch.opensWithCoop = opensCoop
		}
	}
	// Charge verbs anywhere, with the parties right after them.
	for i := c.g.A; i < c.g.B; i++ {
		if i > c.g.A && vntext.IsLetter(c.t[i-1]) || !vntext.IsLetter(c.t[i]) {
			continue
		}
		cl, e := c.word(i)
		switch cl {
		case lexCharge:
			if c.afterPassive(i) || c.afterAction(i) {
				continue
			}
			if of, _ := c.word(e); of == lexOf {
				continue
			}
			if ps, _ := c.list(e); len(ps) > 0 {
				addLead(ps)
			}
		case lexLead:
			// "…, Sở Y tế chủ trì": the parties just before.
			if ps := c.listBefore(i); len(ps) > 0 {
				addLead(ps)
			}
		case lexCoop:
			ps, _ := c.listAfterVerb(e)
			if len(ps) == 0 && i > c.g.A && c.t[i-1] == ' ' {
				// "Giao Sở Y tế chủ trì, Sở Tài chính phối hợp triển
				// khai …": the parties just before cooperate.
				ps = c.listBefore(i)
			}
			addCoop(ps)
		}
	}
	// The charged bodies and the cooperating ones in the order the text
	// names them, each once.
	sort.SliceStable(ch.lead, func(a, b int) bool { return ch.lead[a].key.A < ch.lead[b].key.A })
	sort.SliceStable(ch.coop, func(a, b int) bool { return ch.coop[a].key.A < ch.coop[b].key.A })
	// A body the text charges twice ("Các Sở, ban, ngành … ; … các Sở,
	// ban, ngành … phản ánh …") leads once: its words as the document folds
	// them, and its name but for case (the bodies a shared head names share
	// their words: "Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: A, B").
	lead := ch.lead[:0]
	for _, p := range ch.lead {
		if !slices.ContainsFunc(lead, func(q party) bool {
			return c.t[q.key.A:q.key.B] == c.t[p.key.A:p.key.B] && strings.EqualFold(q.Title, p.Title) && strings.EqualFold(q.Name, p.Name)
		}) {
			lead = append(lead, p)
		}
	}
	ch.lead = lead
	names := map[string]bool{}
	coop := ch.coop[:0]
	for _, p := range ch.coop {
		n := vntext.String(p.Title + " " + p.Name)
		if !names[n] && !seen[sk(p)] {
			names[n] = true
			coop = append(coop, p)
		}
	}
	ch.coop = coop
	return ch
}

// nextComma returns where the text after the next comma from i begins,
// within the sentence (before ".", ";" or ":"), or -1.
func (c *chargeReader) nextComma(i int) int {
	for j := i; j+1 < c.g.B; j++ {
		switch c.t[j] {
		case ',':
			if c.t[j+1] == ' ' {
				return j + 2
			}
		case ':', ';', '.':
			return -1
		}
	}
	return -1
}

// afterCircumstance returns where the clause after a clause of
// circumstance that opens at s begins — past its comma, past the nouns it
// lists a word or two between commas ("…, nếu có khó khăn, vướng mắc, các
// cơ quan …"), at the subject (subjectAfter) — or s when none opens there.
func (c *chargeReader) afterCircumstance(s int) int {
	e := c.adverbialEnd(s)
	if e <= s {
		return s
	}
	for n := 0; n < 2; n++ {
		if ne := c.nextComma(e); ne > e && c.shortNouns(e, ne) {
			e = ne
			continue
		}
		break
	}
	return c.subjectAfter(e)
}

// circumstanceSubject reports whether the text opens with clauses of
// circumstance and then a subject that names bodies and goes on with its
// predicate ("Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng
// mắc, | các Sở, ban, ngành … phản ánh về …").
func (c *chargeReader) circumstanceSubject() bool {
	s := c.skip(c.g.A)
	for n := 0; n < 4; n++ {
		e := c.afterCircumstance(s)
		if e <= s {
			break
		}
		s = e
	}
	if s == c.skip(c.g.A) {
		return false
	}
	ps, end := c.list(s)
	k := c.skip(end)
	return len(ps) > 0 && k < c.g.B && vntext.IsLetter(c.t[k])
}

// subjectAfter returns where the subject of the clause a clause of
// circumstance opens begins, the clause's text beginning at e: at e when
// a party or a word in lower case that is no noun of the circumstance
// opens it; else past the commas of the circumstance's own list, at the
// first part of the sentence that opens with a party and goes on with a
// word — the predicate — not a comma ("…, nếu có khó khăn, vướng mắc,
// phát sinh cần sửa đổi, bổ sung, | các cơ quan, tổ chức, cá nhân phản
// ánh …"). Without such a part, e.
func (c *chargeReader) subjectAfter(e int) int {
	if c.partyAt(e) >= 0 {
		return e
	}
	for a, j := e, c.nextComma(e); j > 0; a, j = j, c.nextComma(j) {
		if t := c.thenIn(a, j); t >= 0 {
			// "…, vận hành thì tại thời điểm bàn giao, Công ty lập hóa
			// đơn": "thì" closes the condition (as calendar's condition
			// grammar reads it); the sentence's own clause follows.
			return t
		}
		if c.partyAt(j) < 0 {
			continue
		}
		ps, end := c.list(j)
		if k := c.skip(end); len(ps) > 0 && k < c.g.B && vntext.IsLetter(c.t[k]) {
			return j
		}
		break
	}
	return e
}

// thenWord is "thì", which closes a condition and opens the clause it
// conditions ("Trường hợp …, thì …").
var thenWord = spellings("thì")

// thenIn returns where the text after the word "thì" in the folded text
// [a, b) begins, or -1.
func (c *chargeReader) thenIn(a, b int) int {
	for w := a; w < b; w++ {
		if !vntext.IsLetter(c.t[w]) || w > a && vntext.IsLetter(c.t[w-1]) {
			continue
		}
		if e := c.wordEnd(w); c.spelledIs(w, e, thenWord()) {
			return c.skip(e)
		}
	}
	return -1
}

// shortNouns reports whether the folded text [a, b) up to a comma is one
// or two words in lower case, no party, role, duty, charge or action: the
// next of the nouns a clause of circumstance lists ("khó khăn, | vướng
// mắc,").
func (c *chargeReader) shortNouns(a, b int) bool {
	words := 0
	for w := c.skip(a); w < b; {
		if !vntext.IsLetter(c.t[w]) {
			if c.t[w] == ',' {
				break
			}
			return false
		}
		if c.f.IsUpperAt(w) || c.partyAt(w) >= 0 {
			return false
		}
		switch cl, _ := c.word(w); cl {
		case lexLead, lexCoop, lexDuty, lexCharge, lexAction, lexCollective, lexTitle:
			return false
		}
		words++
		w = c.skip(c.wordEnd(w))
	}
	return words > 0 && words <= 2
}

// adverbialEnd returns where the clause after a clause of circumstance
// that opens at s begins (past its comma), or s when none opens there or
// its clause ends before a comma.
func (c *chargeReader) adverbialEnd(s int) int {
	i := c.skip(s)
	cl, e := c.word(i)
	if cl != lexAdverbial && cl != lexTopic {
		return s
	}
	// A clause that opens with the bodies it is about lists them between
	// commas: "Đối với A thuộc …, B …", "Trường hợp Bộ trưởng Bộ Y tế, Bộ
	// trưởng Bộ Giáo dục và Đào tạo chưa quy định …, …". A body further
	// in is the clause's complement, and its comma ends the clause:
	// "Căn cứ hồ sơ đề nghị của Thủ trưởng các đơn vị, | Vụ Tổ chức cán bộ
	// tổng hợp …".
	lists := c.partyAt(e) >= 0
	for j := i; j < c.g.B; j++ {
		switch c.t[j] {
		case ',':
			if c.insideParty(j) {
				continue // "Đối với các cơ quan, đơn vị …": a party's own comma
			}
			ends := c.partyEndsAt(j)
			if lists && c.partyAt(j+1) >= 0 && (cl == lexTopic || ends) || ends && c.complementList(j+1) {
				// The clause's list of bodies goes on: "Đối với A thuộc …,
				// B …"; "Trường hợp Bộ trưởng Bộ Y tế, Bộ trưởng Bộ …";
				// "Căn cứ hướng dẫn của Bộ Y tế, Bộ Giáo dục và Đào tạo
				// về …", its complement.
				continue
			}
			if lists && ends {
				// "Đối với Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức
				// chính trị - xã hội:": the topic lists bodies; no clause
				// follows its comma.
				return s
			}
			if j+1 < c.g.B && c.t[j+1] == ' ' {
				return j + 2
			}
		case ':', ';', '.':
			return s
		}
	}
	return s
}

// complementWords go on a clause's complement after a body it names
// ("… của Bộ A, Bộ B về tiêu chuẩn …"), where a subject would go on with
// its predicate.
var complementWords = spellings("về", "của", "tại", "đối với", "theo", "trong", "cho", "với")

// complementList reports whether the parties listed at i go on with a
// complement word (complementWords), not a predicate.
func (c *chargeReader) complementList(i int) bool {
	ps, end := c.list(i)
	if len(ps) == 0 {
		return false
	}
	w := c.skip(end)
	return w < c.g.B && spelledAny(c.r.doc, w, complementWords())
}

// insideParty reports whether folded offset j is inside one of the
// parties read (not at its ends).
func (c *chargeReader) insideParty(j int) bool {
	k := sort.Search(len(c.parties), func(k int) bool { return c.parties[k].key.A >= j })
	return k > 0 && c.parties[k-1].key.B > j
}

// partyEndsAt reports whether one of the parties read ends at folded
// offset j (spaces apart).
func (c *chargeReader) partyEndsAt(j int) bool {
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	for _, p := range c.parties {
		if p.key.B == j {
			return true
		}
	}
	return false
}

// endsColon reports whether the text's first paragraph ends with a colon:
// a heading that leads in to the items under it.
func (c *chargeReader) endsColon() bool {
	d := c.r.doc
	i := c.g.A
	// The end of the paragraph that holds c.g.A.
	k := sortSearchParas(d, i)
	if k < 0 {
		return false
	}
	end := min(d.Paras[k].Key.B, c.g.B)
	return strings.HasSuffix(strings.TrimRight(c.t[c.g.A:end], " *"), ":")
}

// sortSearchParas returns the index of the paragraph whose key holds
// folded offset i, or -1.
func sortSearchParas(d *layout.Doc, i int) int {
	k := sort.Search(len(d.Paras), func(k int) bool { return d.Paras[k].Key.B > i })
	if k < len(d.Paras) && d.Paras[k].Key.A <= i {
		return k
	}
	return -1
}

// afterPassive reports whether the word at i follows "được", "theo" or
// "đã" ("nhiệm vụ được giao", "theo đề nghị"): no charge.
func (c *chargeReader) afterPassive(i int) bool {
	j := i
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	k := j
	for k > c.g.A && vntext.IsLetter(c.t[k-1]) {
		k--
	}
	switch c.t[k:j] {
	case "duoc", "theo", "da", "viec", "cua", "duoc giao", "ban", "ve":
		// "về": a topic ("Về đề nghị các bộ, ngành …" is about a request
		// the text answers, which charges no one).
		return true
	}
	return false
}

// afterAction reports whether the charge verb at i is the object of a verb
// of work right before it: "đề xuất phân công các tỉnh …", "tham mưu giao
// …" propose or advise a charge that someone else will make; the text
// charges no one with it.
func (c *chargeReader) afterAction(i int) bool {
	j := i
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	// The verb of work is at most three syllables ending at j.
	for w, s := 0, j; w < 3 && s > c.g.A; w++ {
		s--
		for s > c.g.A && vntext.IsLetter(c.t[s-1]) {
			s--
		}
		if cl, e := c.word(s); cl == lexAction && e == j {
			return true
		}
		for s > c.g.A && c.t[s-1] == ' ' {
			s--
		}
	}
	return false
}

// listBefore returns the parties that end right before i (a PartyList
// whose last party ends there).
// coopBefore reports whether the parties ending at end are followed by a
// role verb of cooperation with no party after it ("…, Sở Nội vụ phối
// hợp.", "… phối hợp thực hiện").
func (c *chargeReader) coopBefore(end int) bool {
	cl, e := c.word(end)
	if cl != lexCoop {
		return false
	}
	ps, _ := c.listAfterVerb(e)
	return len(ps) == 0
}

func (c *chargeReader) listBefore(i int) []party {
	j := i
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	k := sort.Search(len(c.parties), func(k int) bool { return c.parties[k].key.B >= j })
	if k >= len(c.parties) || c.parties[k].key.B != j {
		return nil
	}
	// Back over the list's separators to its first party.
	first := k
	for first > 0 {
		between := c.t[c.parties[first-1].key.B:c.parties[first].key.A]
		switch strings.TrimSpace(between) {
		case ",", ";", "va", ", va":
			first--
			continue
		}
		break
	}
	return c.parties[first : k+1]
}

// clause reads a Charge at the clause start s: a charge verb and the
// parties after it, or parties that open the clause and are charged. It
// returns the charged parties and where the charge ends.
func (c *chargeReader) clause(s int) ([]party, int, bool) {
	i := c.skip(s)
	if cl, e := c.word(i); cl == lexHonorific {
		i = c.skip(e) // "Đồng chí Chủ tịch …"
	}
	// A topic title: "Về …:" runs to its colon, and the clause after it
	// is read instead (by the caller, which starts a clause there).
	if ok, _ := c.wordIs(i, "ve"); ok {
		return nil, i, false
	}
	// "Phối hợp với X …" at the head: X leads, the item's bodies cooperate.
	if cl, e := c.word(i); cl == lexCoop {
		ps, end := c.listAfterVerb(e)
		return ps, end, len(ps) > 0
	}
	// A charge verb: "Giao X …", "Đề nghị X …"; at the text's own head, a
	// duty title: "Trách nhiệm của X".
	if cl, e := c.word(i); cl == lexCharge || cl == lexDutyTitle && i == c.skip(c.g.A) {
		if of, _ := c.word(e); of == lexOf {
			return nil, i, false
		}
		ps, end := c.list(e)
		if cl == lexDutyTitle {
			if p, ok := c.titledParty(i, e, ps); ok {
				ps, end = []party{p}, p.key.B
			}
			if len(ps) > 0 {
				end = c.titleEnd(end)
			}
		}
		return ps, end, false
	}
	ps, end := c.list(i)
	if len(ps) == 0 {
		if p, duty, ok := c.roleParty(i, false); ok && duty {
			// "Cơ quan phối hợp có trách nhiệm trả lời …".
			return []party{p}, p.key.B, false
		}
		if p, more, ok := c.describedSubject(i); ok {
			// "Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài
			// sản công có trách nhiệm …".
			qs, qend := []party{p}, p.key.B
			if more >= 0 {
				rest, e := c.list(more)
				qs, qend = append(qs, rest...), e
			}
			return qs, qend, false
		}
		return nil, i, false
	}
	if len(ps) == 1 && (ps[0].Group && startsWord(c.t, c.skip(ps[0].key.A), "cac") || c.headOnly(ps[0])) {
		switch cl, _ := c.word(c.skip(end)); {
		case cl == lexLead, cl == lexCoop, cl == lexCharge, cl == lexNotNew, cl == lexOf, cl == lexQualifier:
		case c.f.IsUpperAt(c.skip(end)) || c.subjectEnds(c.skip(end)):
			// "Các đơn vị khác | Cơ quan đăng ký đầu tư …": a capital opens
			// another subject, not a relative.
		default:
			if d, found := c.responsibilityAt(end); found && !c.joinedDuty(d) && !c.relativeBreaks(end, d) {
				// "Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ
				// phục vụ công tác bầu cử theo quy định tại Nghị quyết này
				// | có trách nhiệm …": an active relative that says which
				// of the bodies the collective means, then their duty, with
				// no mark between them.
				ps[0] = c.extended(ps[0], d)
				return ps, ps[0].key.B, false
			}
			if c.headOnly(ps[0]) && c.permittedAhead(end) {
				// "Đơn vị cung cấp dịch vụ đăng kiểm | được thu các chi phí
				// …": the body described, then what it may do — a right
				// the text grants, no work it gives.
				return nil, i, false
			}
		}
	}
	// A collective described, and the bodies it means in brackets: "Các
	// cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …):".
	if ps[0].Group {
		for j := end; j < c.g.B && j < end+120; j++ {
			ch := c.t[j]
			if ch == '.' || ch == ';' || ch == ':' || ch == ')' {
				break
			}
			if ch == '(' {
				if qs, qe := c.list(j + 1); len(qs) > 0 {
					e := c.skip(qe)
					if e < c.g.B && c.t[e] == ')' {
						return qs, e + 1, false
					}
				}
				break
			}
		}
	}
	// What follows the parties, past the short name the text gives them
	// ("… (sau đây gọi tắt là Ban Quản lý) là cơ quan …").
	e := c.skip(end)
	if a := c.aliasEnd(e); a > e {
		e = c.skip(a)
	}
	if e >= c.g.B {
		return ps, end, false // the item is its parties: a heading
	}
	switch c.t[e] {
	case ':', '(':
		return ps, end, false
	case '.', ';':
		if c.skip(e+1) >= c.g.B {
			// "4. Các cơ quan, tổ chức, đơn vị còn lại." over its items:
			// a heading that is its parties, with a full stop.
			return ps, end, false
		}
		return nil, i, false
	}
	cl, ce := c.word(e)
	switch cl {
	case lexCharge:
		// The parties speak: the parties after the verb are charged.
		if of, _ := c.word(ce); of == lexOf {
			return nil, i, false
		}
		qs, qend := c.list(ce)
		if len(qs) == 0 && (startsWord(c.t, e, "giao") || startsWord(c.t, e, "phan cong")) {
			// "Hội đồng Thi đua - Khen thưởng các cấp phân công rõ
			// trách nhiệm các thành viên …": no body after a verb of
			// assigning; assigning is the parties' own work (not so a
			// request: "… đề nghị tư vấn, phản biện").
			return ps, end, false
		}
		return qs, qend, false
	case lexNotNew:
		if ok, _ := c.wordIs(e, "duoc"); ok && c.dutyAhead(ce) {
			if d, found := c.responsibilityAt(ce); found && len(ps) == 1 && ps[0].Group && startsWord(c.t, c.skip(ps[0].key.A), "cac") {
				// "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ
				// theo Kế hoạch này | có trách nhiệm …": a passive relative
				// that says which of the bodies a collective means, then
				// their duty; the relative is the collective's name, as
				// "có" opens one (relativeEnd).
				ps[len(ps)-1] = c.extended(ps[len(ps)-1], d)
				return ps, ps[len(ps)-1].key.B, false
			}
			return ps, end, false
		}
		return nil, i, false
	case lexOf:
		return nil, i, false
	}
	return ps, end, false
}

// aliasWords open the bracket in which a text gives a name the short name
// it uses after it: "(sau đây gọi tắt là Ban Quản lý)", "(sau đây gọi là
// Sở)", "(gọi tắt là …)", "(sau đây viết tắt là …)" (the drafting formula
// of Decree 30/2020's texts; the corpus).
var aliasWords = []string{"sau day goi tat la ", "sau day goi la ", "sau day viet tat la ", "goi tat la ", "viet tat la "}

// exampleWords open an example ("Ví dụ: Sở AH sẽ có địa chỉ …"), in
// which the text names bodies to show a rule, not to charge them.
var exampleWords = spellings("ví dụ", "chẳng hạn")

// inExample reports whether the folded offset i lies in a paragraph that
// opens with an example (exampleWords).
func (c *chargeReader) inExample(i int) bool {
	k := sortSearchParas(c.r.doc, i)
	return k >= 0 && c.exampleAt(c.skip(max(c.r.doc.Paras[k].Body.A, c.g.A)))
}

// exampleAt reports whether an example opens at the folded offset i,
// spelled so where the text has diacritics.
func (c *chargeReader) exampleAt(i int) bool {
	return spelledAny(c.r.doc, i, exampleWords())
}

// maxAliasBytes is more folded bytes than a bracket that gives a short name
// holds.
const maxAliasBytes = 160

// aliasEnd returns the end of the bracket at i that gives a short name, or
// i when there is none.
func (c *chargeReader) aliasEnd(i int) int {
	if i >= c.g.B || c.t[i] != '(' {
		return i
	}
	rest := strings.TrimLeft(c.t[i+1:c.g.B], " *")
	for _, w := range aliasWords {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		if k := strings.IndexByte(rest[:min(len(rest), maxAliasBytes)], ')'); k > 0 {
			return c.g.B - len(rest) + k + 1
		}
	}
	return i
}

// expandFactored expands the factored names after a collective and its
// colon: "Các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường" names
// three ministries. A name is the longest run of the listed words the
// registry knows with the collective's head in front ("Bộ Văn hóa, Thể
// thao và Du lịch"), else the words up to the next separator.
func (r *reader) expandFactored(ps []party, g layout.Range) []party {
	d := r.doc
	t := d.Key.Text
	out := make([]party, 0, len(ps))
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		out = append(out, p)
		pt := countAsPlural(d.Text(p.key))
		if !p.Group && pt == d.Text(p.key) {
			continue
		}
		if n := membersInParens(t, p, ps[k+1:], g.B); n > 0 {
			// "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu
			// Kinh tế Phú Yên):": the bodies in the brackets are the
			// collective's, named; they stand where it does.
			out = out[:len(out)-1]
			for j := k + 1; j <= k+n; j++ {
				q := ps[j]
				if q.Title == "" {
					q.Title = p.Title
				}
				if j == k+1 {
					q.key.A = p.key.A
				}
				out = append(out, q)
			}
			k += n
			continue
		}
		head := factorHead(pt)
		if head == "" {
			// "Thủ trưởng các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở
			// Tài chính; …": the bodies the registry finds after the
			// colon, each with the collective's title.
			j := p.key.B
			for j < g.B && t[j] == ' ' {
				j++
			}
			// Only a collective ("các …") lists its members so, and only
			// named bodies are members: "Chủ tịch UBND xã, phường: Các
			// Sở, ban, ngành …" is a topic, then the bodies it charges.
			if j < g.B && t[j] == ':' && k+1 < len(ps) && strings.TrimSpace(t[j+1:ps[k+1].key.A]) == "" &&
				strings.Contains(pt, "cac ") && !ps[k+1].Group {
				out = out[:len(out)-1]
				prevEnd := -1
				for k+1 < len(ps) {
					q := ps[k+1]
					if prevEnd >= 0 {
						sep := strings.TrimSpace(t[prevEnd:q.key.A])
						if sep != "," && sep != ";" && sep != "va" && sep != ", va" && sep != "; va" {
							break
						}
					}
					if q.Title == "" {
						q.Title = p.Title
					}
					out = append(out, q)
					prevEnd = q.key.B
					k++
				}
			}
			continue
		}
		// The colon after the collective (and a second head: "Các Bộ, cơ
		// quan:").
		j := p.key.B
		for j < g.B && t[j] == ' ' {
			j++
		}
		if j < g.B && t[j] == ',' && k+1 < len(ps) && ps[k+1].Group {
			continue
		}
		if j >= g.B || t[j] != ':' {
			continue
		}
		j++
		places := false
		if head == "UBND" {
			head, places = committeeHead(p.Name)
		}
		names := r.factoredNames(head, places, layout.Range{A: j, B: g.B})
		if len(names) < 2 && strings.Contains(pt, "cac ") {
			// "các" says several: "Các sở, ngành: Tài chính chủ trì"
			// opens a task, not a list (as agency reads lists).
			continue
		}
		for n := range names {
			names[n].Title = p.Title
		}
		shared := r.sharedHead(p, names, ps, g)
		// The list stands where the collective does: a charge that opens
		// with "Các Bộ: Tài chính, …" opens with its names.
		names[0].key.A = p.key.A
		out = out[:len(out)-1]
		out = append(out, shared...)
		out = append(out, names...)
		// Drop the parties the names cover.
		end := names[len(names)-1].key.B
		for k+1 < len(ps) && ps[k+1].key.A < end {
			k++
		}
	}
	return out
}

// sharedHead returns the bodies a titled head before a factored
// collective names with the collective's list: "Bí thư tỉnh ủy và Chủ tịch
// Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk" names the Bí thư of "tỉnh
// ủy Khánh Hòa" and of "tỉnh ủy Đắk Lắk" too. The title opens the clause
// (after a form of address), the head is at most three words no party
// covers, and "và" joins it to the collective p; names are p's members.
// The bodies share the place of the title and head.
func (r *reader) sharedHead(p party, names []party, ps []party, g layout.Range) []party {
	d := r.doc
	t := d.Key.Text
	j := p.key.A
	for j > g.A && t[j-1] == ' ' {
		j--
	}
	if j-2 < g.A || t[j-2:j] != "va" || j-2 > g.A && t[j-3] != ' ' {
		return nil
	}
	e := j - 2
	for e > g.A && t[e-1] == ' ' {
		e--
	}
	lx := theLexicon()
	acc := d.Accented
	// The title: a word start at most five words before e.
	s := e
	for w := 0; w < 5 && s > g.A; w++ {
		s--
		for s > g.A && t[s-1] != ' ' {
			s--
		}
		cl, te := lx.at(&d.Key, s, acc)
		if cl != lexTitle || te >= e {
			continue
		}
		head := layout.Range{A: te, B: e}
		for head.A < head.B && t[head.A] == ' ' {
			head.A++
		}
		if strings.Count(t[head.A:head.B], " ") > 2 || strings.ContainsAny(t[head.A:head.B], ",;:.()") {
			return nil
		}
		for _, q := range ps {
			if q.key.A < e && s < q.key.B {
				return nil // a party of its own: "Giám đốc Sở Y tế và …"
			}
		}
		before := strings.TrimSpace(t[g.A:s])
		if before != "" {
			if cl, be := lx.at(&d.Key, skipSpaces(t, g.A), acc); cl != lexHonorific || strings.TrimSpace(t[be:s]) != "" {
				return nil
			}
		}
		title, hd := d.Clean(layout.Range{A: s, B: te}), d.Clean(head)
		a, b := d.Span(layout.Range{A: s, B: e})
		var out []party
		for _, n := range names {
			out = append(out, party{Party: Party{Name: hd + " " + d.Clean(n.key), Title: strings.TrimSpace(title), Span: Span{a, b}},
				key: layout.Range{A: s, B: e}})
		}
		return out
	}
	return nil
}

// skipSpaces returns the first offset of t at or after i that is not a
// space.
func skipSpaces(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// membersInParens returns how many of the parties after the collective p
// are the bodies a bracket right after it lists, 0 when none: "(" after at
// most six words that qualify the collective ("Các cơ quan đăng ký đầu tư
// ("), then named bodies (no collective among them) separated by ",", ";"
// or "và", then ")". t is the folded text, end the range's end.
func membersInParens(t string, p party, after []party, end int) int {
	i := p.key.B
	words := 0
	for i < end && t[i] != '(' {
		c := t[i]
		switch {
		case c == ' ':
			words++
		case vntext.IsLetter(c) || vntext.IsDigit(c):
		default:
			return 0 // punctuation before the bracket: no list of it
		}
		if words > 6 {
			return 0
		}
		i++
	}
	if i >= end {
		return 0
	}
	prev := i + 1
	for n, q := range after {
		if q.key.A < prev || q.Group {
			return 0
		}
		switch strings.TrimSpace(t[prev:q.key.A]) {
		case "", ",", ";", "va", ", va":
		default:
			return 0
		}
		if n == 0 && strings.TrimSpace(t[prev:q.key.A]) != "" {
			return 0
		}
		prev = q.key.B
		j := prev
		for j < end && t[j] == ' ' {
			j++
		}
		if j < end && t[j] == ')' {
			return n + 1
		}
	}
	return 0
}

// committeeHead returns the head a collective of people's committees
// shares with the places it lists, as printed: "Ủy ban nhân dân tỉnh" for
// "Ủy ban nhân dân các tỉnh" (whose list names "Ủy ban nhân dân tỉnh Gia
// Lai"), "UBND" for "UBND các tỉnh, thành phố" (of more than one tier),
// and whether the members are places of one tier.
func committeeHead(name string) (string, bool) {
	k, n := strings.Index(name, " các "), len(" các ")
	if k < 0 {
		if k, n = countAt(name); k < 0 {
			return "UBND", false
		}
	}
	head, tier := name[:k], name[k+n:]
	if slices.Contains(localityUnits, vntext.String(tier)) {
		return head + " " + tier, true
	}
	return head, false
}

// capitalRunEnd returns the end of the words from a, up to b, that open
// with a capital letter (a place's name), before the first that does not.
func capitalRunEnd(f *vntext.Folded, a, b int) int {
	end := a
	for i := a; i < b; {
		for i < b && f.Text[i] == ' ' {
			i++
		}
		if i >= b || !vntext.IsLetter(f.Text[i]) || !f.IsUpperAt(i) {
			break
		}
		for i < b && f.Text[i] != ' ' {
			i++
		}
		end = i
	}
	return end
}

// countAt returns where a count of one or two digits between spaces
// stands in s (" 04 " in "Ủy ban nhân dân 04 xã") and its length with the
// spaces, or -1: a count before a plural noun says several, as "các" does
// ("Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …").
func countAt(s string) (int, int) {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != ' ' || !vntext.IsDigit(s[i+1]) {
			continue
		}
		j := i + 1
		for j < len(s) && vntext.IsDigit(s[j]) {
			j++
		}
		if j-i-1 <= 2 && j < len(s) && s[j] == ' ' {
			return i, j - i + 1
		}
	}
	return -1, 0
}

// countAsPlural returns the folded name with a count before its noun
// written as the plural "cac" ("uy ban nhan dan 04 xa" → "uy ban nhan dan
// cac xa"), for the readers of factored lists; folded itself when it has
// no count.
func countAsPlural(folded string) string {
	k, n := countAt(folded)
	if k < 0 {
		return folded
	}
	return folded[:k] + " cac " + folded[k+n:]
}

// factorHead returns the head a collective factors ("Bộ" for "các Bộ",
// "UBND" for "UBND các tỉnh"), as printed after "các", or "". The registry
// expands the lists it reads with their collective (agency.Mention.Listed);
// these are the lists it leaves, such as one on the line after the
// collective's colon.
func factorHead(folded string) string {
	switch {
	case strings.HasPrefix(folded, "cac bo"), strings.HasPrefix(folded, "bo truong cac bo"):
		return "Bộ"
	case strings.HasPrefix(folded, "cac so"), strings.HasPrefix(folded, "giam doc cac so"):
		return "Sở"
	case strings.HasPrefix(folded, "cac cuc"):
		return "Cục"
	case strings.HasPrefix(folded, "cac vu"):
		return "Vụ"
	case strings.HasPrefix(folded, "uy ban nhan dan cac"), strings.HasPrefix(folded, "ubnd cac"), strings.HasPrefix(folded, "chu tich uy ban nhan dan cac"), strings.HasPrefix(folded, "chu tich ubnd cac"):
		return "UBND"
	case strings.HasPrefix(folded, "cac tinh"), strings.HasPrefix(folded, "cac tinh, thanh pho"):
		return "UBND"
	}
	return ""
}

// factoredName returns the name of a member of a factored list: the
// member as printed after the head the list shares, unless it has its own.
func factoredName(head, member string) string {
	if strings.HasPrefix(vntext.String(member), vntext.String(head)) || startsOwnHead(member) {
		return member
	}
	return head + " " + member
}

// factoredNames reads the names listed after a collective's colon in g,
// each with head; places says the members are places of one tier.
func (r *reader) factoredNames(head string, places bool, g layout.Range) []party {
	d := r.doc
	t := d.Key.Text
	// The listed segments: text between "," and "và", until a segment
	// that does not open with a capital or runs into lower-case words.
	type seg struct{ a, b int }
	var segs []seg
	i := g.A
	for i < g.B {
		for i < g.B && t[i] == ' ' {
			i++
		}
		if i >= g.B || !d.Key.IsUpperAt(i) {
			break
		}
		if cl, _ := theLexicon().at(&d.Key, i, d.Accented); cl == lexTitle {
			// "Bộ trưởng các Bộ: Xây dựng, …, Công Thương, Thủ trưởng
			// các cơ quan …": a title opens the next party, not a member.
			break
		}
		j := i
		for j < g.B && t[j] != ',' && t[j] != ';' && t[j] != '.' && t[j] != ':' && t[j] != '(' {
			if j > i && t[j-1] == ' ' && strings.HasPrefix(t[j:], "va ") && d.Key.IsUpperAt(j+3) {
				break
			}
			j++
		}
		segs = append(segs, seg{i, j})
		if j >= g.B || t[j] != ',' && !strings.HasPrefix(t[j:], "va ") {
			break
		}
		if t[j] == ',' {
			j++
		} else {
			j += 3
		}
		i = j
	}
	var out []party
	opt := &agency.Options{Locality: r.locality}
	for s := 0; s < len(segs); {
		// The longest run of segments the registry knows as one name.
		best := -1
		var bm agency.Mention
		for e := min(len(segs), s+4) - 1; e >= s; e-- {
			name := head + " " + d.Clean(layout.Range{A: segs[s].a, B: segs[e].b})
			if m, ok := r.reg.Resolve(name, opt); ok && m.ID != "" {
				best, bm = e, m
				break
			}
		}
		if best < 0 {
			// The longest run of the segment's first words the registry
			// knows with the head ("Nội vụ" in "Nội vụ khẩn trương …").
			sg := segs[s]
			if m, e, ok := r.knownPrefix(head, sg.a, sg.b); ok {
				a, b := d.Span(layout.Range{A: sg.a, B: e})
				out = append(out, party{Party: Party{Name: factoredName(head, d.Clean(layout.Range{A: sg.a, B: e})), ID: m.ID, Span: Span{a, b}}, key: layout.Range{A: sg.a, B: e}})
				s++
				continue
			}
			// The segment alone, cut where lower-case words run on
			// ("Tập đoàn Điện lực Việt Nam theo chức năng …").
			if places {
				// "Ủy ban nhân dân 04 xã: Gia Thuận, …, Tân Phú Đông thành
				// lập mới …": a place's name capitalises each of its
				// syllables (Decree 30/2020, Phụ lục II), so the first in
				// lower case ends it.
				sg.b = capitalRunEnd(&d.Key, sg.a, sg.b)
			}
			name := d.Clean(layout.Range{A: sg.a, B: sg.b})
			if words := strings.Fields(name); len(words) > 6 || sg.b <= sg.a {
				break
			}
			a, b := d.Span(layout.Range{A: sg.a, B: sg.b})
			full := factoredName(head, name)
			out = append(out, party{Party: Party{Name: full, Span: Span{a, b}}, key: layout.Range{A: sg.a, B: sg.b}})
			s++
			continue
		}
		a, _ := d.Span(layout.Range{A: segs[s].a, B: segs[s].b})
		_, b := d.Span(layout.Range{A: segs[best].a, B: segs[best].b})
		// Named as printed, with the head the list shares ("Các Sở: Tài
		// chính, Y tế" names "Sở Tài chính" and "Sở Y tế").
		name := factoredName(head, d.Clean(layout.Range{A: segs[s].a, B: segs[best].b}))
		out = append(out, party{Party: Party{Name: name, ID: bm.ID, Span: Span{a, b}}, key: layout.Range{A: segs[s].a, B: segs[best].b}})
		s = best + 1
	}
	return out
}

// knownPrefix returns the registry's reading of head and the longest run
// of first words of [a, b) it knows, and where that run ends.
func (r *reader) knownPrefix(head string, a, b int) (agency.Mention, int, bool) {
	d := r.doc
	t := d.Key.Text
	var ends []int
	for i := a; i < b; i++ {
		if t[i] == ' ' {
			ends = append(ends, i)
		}
	}
	ends = append(ends, b)
	opt := &agency.Options{Locality: r.locality}
	for k := min(len(ends), 8) - 1; k >= 0; k-- {
		if m, ok := r.reg.Resolve(head+" "+d.Clean(layout.Range{A: a, B: ends[k]}), opt); ok && m.ID != "" {
			return m, ends[k], true
		}
	}
	return agency.Mention{}, a, false
}

// startsOwnHead reports whether a listed name opens with a head of its own
// ("Tập đoàn Điện lực Việt Nam" in a list of ministries).
func startsOwnHead(name string) bool {
	f := vntext.String(name)
	for _, h := range []string{"tap doan", "tong cong ty", "ngan hang", "uy ban", "ubnd", "van phong", "bo ", "so ", "cuc ", "thanh tra", "kiem toan", "dai ", "thong tan xa", "bao hiem"} {
		if strings.HasPrefix(f, h) {
			return true
		}
	}
	return false
}

// listedAfter returns the index in ps of the first member of the list the
// registry expanded after the collective col and its colon, who stand for
// it, or -1.
func (c *chargeReader) listedAfter(col party, ps []party) int {
	j := c.skip(col.key.B)
	if j >= c.g.B || c.t[j] != ':' {
		return -1
	}
	for n, p := range ps {
		if p.key.A >= j {
			if p.listed {
				return n
			}
			return -1
		}
	}
	return -1
}

// fieldLabel reports whether a head alone before i is the label of a
// field: a role verb and its colon follow ("Đơn vị thực hiện: Sở Y tế",
// "Cơ quan chủ trì: …"), and the body is the one after the colon.
func (c *chargeReader) fieldLabel(i int) bool {
	cl, e := c.word(i)
	switch cl {
	case lexLead, lexCoop, lexDuty:
		e = c.skip(e)
		return e < c.g.B && c.t[e] == ':'
	}
	return false
}

// startsWord reports whether the folded word w begins at i in t.
func startsWord(t string, i int, w string) bool {
	return strings.HasPrefix(t[i:], w) && (i+len(w) == len(t) || !vntext.IsLetter(t[i+len(w)]))
}

// territorySubject returns the end of a territory named by its unit and
// its name at i ("thành phố Đà Nẵng", "tỉnh Phú Thọ") when a duty or a
// lead word follows it, making it the subject charged; else i. A
// territory that did something ("tỉnh Phú Thọ đã tổ chức …") or is
// spoken of ("của tỉnh Phú Thọ") is no party.
func (c *chargeReader) territorySubject(i int) int {
	if !unitFirst[c.t[i]] {
		return i // most words begin as no unit does: locality need not try them
	}
	e := c.locality(i)
	if e <= i || c.f.IsUpperAt(i) && e == i {
		return i
	}
	switch cl, _ := c.word(e); cl {
	case lexDuty, lexLead:
		return e
	}
	return i
}

// person returns the end of a person named by a title and a personal
// name at i ("Phó Thủ tướng Hồ Đức Phớc", "Bộ trưởng Nguyễn Văn A"): a
// capitalised title, then two to four capitalised words, none of which
// begins a body's name, ending before a word in lower case or a
// separator. It returns i when there is none.
func (c *chargeReader) person(i int) int {
	if !c.f.IsUpperAt(i) {
		return i
	}
	cl, te := c.at(i)
	if cl != lexTitle {
		return i
	}
	t := c.t
	j, words := te, 0
	for {
		k := c.skip(j)
		if k >= c.g.B || !vntext.IsLetter(t[k]) || !c.f.IsUpperAt(k) || c.head(k) > k {
			break
		}
		if cl, _ := c.at(k); cl != lexNone {
			break
		}
		j, words = c.wordEnd(k), words+1
		if words > 4 {
			return i
		}
	}
	if words < 2 {
		return i
	}
	return j
}

// qualifierEnd returns the end of the qualifier [q, qe) of a collective:
// one that takes a body ("thuộc", "trực thuộc") takes the party of ps
// after it ("các đơn vị thuộc Sở Y tế"), and without one the qualifier is
// not the collective's (q is returned: "các cơ quan, đơn vị thuộc" ends
// before it).
func (c *chargeReader) qualifierEnd(q, qe int, ps []party) int {
	w := c.t[q:qe]
	if w != "thuoc" && w != "truc thuoc" {
		return qe
	}
	n := c.skip(qe)
	for _, p := range ps {
		if p.key.A == n {
			return p.key.B
		}
	}
	if n < c.g.B && c.f.IsUpperAt(n) {
		// "các sở, cơ quan trực thuộc Sở": the head alone, capitalised,
		// the body the text speaks of.
		if cl, e := c.word(n); cl == lexCollective {
			return e
		}
	}
	if cl, e := c.word(n); cl == lexQualifier && !startsWord(c.t, n, "thuoc") && !startsWord(c.t, n, "truc thuoc") {
		// "Các cơ sở đào tạo thuộc cấp tỉnh": the tier they belong to.
		return e
	}
	return q
}

// nounList reads the nouns of a collective from j: "Bộ, cơ quan", "sở,
// ban, ngành và địa phương", "cơ quan chuyên môn, đơn vị sự nghiệp công
// lập (trừ …), tổ chức hành chính khác" — a bracket that excepts some of
// a noun's bodies stays in the list. It returns the end of the last noun
// and how many it read.
func (c *chargeReader) nounList(j int) (end, nouns int) {
	t := c.t
	end = j
	for {
		cl, ce := c.word(j)
		if cl != lexCollective {
			return end, nouns
		}
		nouns++
		end = ce
		if q := c.qualifiers(ce, nil); q > ce {
			// "… cá nhân khác, …": a qualifier of this noun alone.
			ce = q
		}
		k := c.skip(ce)
		if x := c.exceptEnd(k); x > k {
			k = c.skip(x)
		}
		if k < c.g.B && t[k] == ',' {
			if cl2, _ := c.word(k + 1); cl2 == lexCollective {
				j = k + 1
				continue
			}
		}
		if ok, ve := c.wordIs(k, "va"); ok {
			if cl2, _ := c.word(ve); cl2 == lexCollective && !c.namedAt(c.skip(ve)) {
				j = ve
				continue
			}
		}
		return end, nouns
	}
}

// namedAt reports whether a party the registry read starts at folded
// offset i: after "và", such a party is the next member of the list of
// parties, not a noun of the collective before it ("Các sở, ban, ngành,
// cơ quan, đơn vị cấp tỉnh và | Ủy ban nhân dân cấp xã", "các sở, ban,
// ngành và | cơ quan, đơn vị có liên quan").
func (c *chargeReader) namedAt(i int) bool {
	k := sort.Search(len(c.named), func(k int) bool { return c.named[k].key.A >= i })
	return k < len(c.named) && c.named[k].key.A == i
}

// maxRelativeWords is more words than a relative clause after a
// collective holds before the clause's verb.
const maxRelativeWords = 24

// relativeEnd returns the end of a relative clause "có …" that describes
// the members of a collective ending at e, up to the verb of the sentence
// — "Các doanh nghiệp có cửa hàng bán lẻ xăng dầu | thực hiện …", "Các đơn
// vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản
// lý của UBND tỉnh | niêm yết …" — or e when none follows: "có trách nhiệm"
// and "có liên quan" are a duty and a qualifier, and a clause with no verb
// of work in reach is no relative.
func (c *chargeReader) relativeEnd(e int) int {
	k := c.skip(e)
	if cl, _ := c.word(k); cl == lexDuty || cl == lexQualifier {
		return e
	}
	ok, j := c.wordIs(k, "co")
	if !ok || c.accented && !c.f.SpelledLike(k, spellCo) {
		return e // not "có": "cơ quan …"
	}
	last := j
	for n := 0; n < maxRelativeWords; n++ {
		w := c.skip(j)
		comma := false
		for w < c.g.B && c.t[w] == ',' {
			w, comma = c.skip(w+1), true
		}
		if w >= c.g.B || !vntext.IsLetter(c.t[w]) {
			return e
		}
		if c.partyAt(w) >= 0 || (comma || startsWord(c.t, w, "va")) && startsWord(c.t, c.skipWord(w, "va"), "cac") {
			// "… của UBND tỉnh và các cơ quan, tổ chức …": the next
			// member of the list; the relative ended before it.
			return last
		}
		switch cl, we := c.wordAt(w); cl {
		case lexAction, lexDuty, lexLead, lexCharge:
			return last
		default:
			last, j = we, we
		}
	}
	return e
}

// spellCo is "có" (to have), as a relative clause opens with it; folded,
// it is also the first syllable of "cơ quan", "cơ sở".
var spellCo = vntext.Spell("có")

// skipWord returns the offset after the word w at i and its spaces, or i
// when w is not there.
func (c *chargeReader) skipWord(i int, w string) int {
	if ok, e := c.wordIs(i, w); ok {
		return c.skip(e)
	}
	return i
}

// memberEnd returns the end of the words that follow a collective ending
// at e up to the next member of its list — a separator ("," ";" "và") and
// a party or "các" after it — when none of them is a verb of work; or e.
// A list's members are its separators' spans: "các doanh nghiệp kinh
// doanh xăng dầu trên địa bàn tỉnh | và các cơ quan, đơn vị …".
func (c *chargeReader) memberEnd(e int) int {
	j := e
	last := e
	for n := 0; n < maxRelativeWords; n++ {
		w := c.skip(j)
		if w >= c.g.B {
			return e
		}
		sep := -1
		switch {
		case c.t[w] == ',' || c.t[w] == ';':
			sep = c.skip(w + 1)
			if ok, ve := c.wordIs(sep, "va"); ok {
				sep = c.skip(ve)
			}
		case startsWord(c.t, w, "va"):
			sep = c.skipWord(w, "va")
		}
		if sep >= 0 {
			if last > e && (c.partyAt(sep) >= 0 || startsWord(c.t, sep, "cac")) {
				return last
			}
			if c.t[w] != ',' && c.t[w] != ';' && last > e && sep < c.g.B && vntext.IsLetter(c.t[sep]) {
				// "… thuộc chi cục và trực thuộc đơn vị tương đương …":
				// "và" joins two parts of the description.
				last, j = sep, sep
				continue
			}
			return e
		}
		if !vntext.IsLetter(c.t[w]) {
			return e
		}
		cl, we := c.wordAt(w)
		switch cl {
		case lexAction, lexDuty, lexLead, lexCoop, lexCharge, lexAdverbial, lexTopic:
			return e
		}
		if c.partyAt(w) >= 0 {
			return e
		}
		last, j = we, we
	}
	return e
}

// wordAt returns the lexicon class of the word at w and its end: the row's,
// or the end of the letters at w when no row starts there.
func (c *chargeReader) wordAt(w int) (lexClass, int) {
	cl, we := c.word(w)
	if we <= w {
		for we = w; we < c.g.B && vntext.IsLetter(c.t[we]); we++ {
		}
	}
	return cl, we
}

// dutyAhead reports whether a duty ("có trách nhiệm", "chịu trách nhiệm")
// follows i within maxRelativeWords words of the same clause.
func (c *chargeReader) dutyAhead(i int) bool {
	return c.ahead(i, func(w int, cl lexClass) (bool, bool) { return cl == lexDuty, cl == lexDuty })
}

// ahead calls f on the words of the clause from i, up to maxRelativeWords
// of them and to the first that is not a letter's, with each word's
// lexicon class, until f says it is done, and returns what f said then
// (false when f was never done).
func (c *chargeReader) ahead(i int, f func(w int, cl lexClass) (done, result bool)) bool {
	j := i
	for n := 0; n < maxRelativeWords; n++ {
		w := c.skip(j)
		if w >= c.g.B || !vntext.IsLetter(c.t[w]) {
			return false
		}
		cl, we := c.wordAt(w)
		if done, result := f(w, cl); done {
			return result
		}
		j = we
	}
	return false
}

// responsibilityAt returns where "có trách nhiệm" or "chịu trách nhiệm"
// begins within maxRelativeWords words of the same clause after i: the
// duty that ends a passive relative whose own verbs may be duties too
// ("được phân công chủ trì thực hiện nhiệm vụ … | có trách nhiệm").
func (c *chargeReader) responsibilityAt(i int) (int, bool) {
	j := i
	for n := 0; n < maxRelativeWords; n++ {
		w := c.skip(j)
		if w >= c.g.B || !vntext.IsLetter(c.t[w]) {
			return 0, false
		}
		cl, we := c.wordAt(w)
		if cl == lexDuty && (startsWord(c.t, w, "co trach nhiem") || startsWord(c.t, w, "chiu trach nhiem")) {
			return w, true
		}
		j = we
	}
	return 0, false
}

// relativeBreaks reports whether the words [a, d) before a duty hold a
// word that ends a relative: a modal, a clause of circumstance, or, after
// the relative's own verb, a verb of role or charge ("… phải | chịu trách
// nhiệm", "… chủ trì, | có trách nhiệm").
func (c *chargeReader) relativeBreaks(a, d int) bool {
	first := true
	for w := c.skip(a); w < d; {
		if !vntext.IsLetter(c.t[w]) {
			w = c.skip(w + 1)
			continue
		}
		if c.subjectEnds(w) {
			return true
		}
		wc, we := c.wordAt(w)
		switch wc {
		case lexLead, lexCoop, lexCharge:
			if !first {
				return true
			}
		}
		first = false
		w = c.skip(we)
	}
	return false
}

// titledParty reads the body a duty title of whose duties ("… của", the
// title's words at [i, e)) names to the end of its heading, where the parties found there (ps) do not reach it: "Trách
// nhiệm của thuê bao", "Trách nhiệm của cơ quan, tổ chức quản lý trực
// tiếp", "Trách nhiệm của Văn thư cơ quan" — a body named by what it is,
// which the heading's end ends (headingParty). The words must be no
// role, duty, charge, title or clause word (headingClauseWords: "Trách nhiệm của
// các cơ quan trong quản lý …" ends at "trong"), and at most
// maxRelativeWords.
func (c *chargeReader) titledParty(i, e int, ps []party) (party, bool) {
	if !strings.HasSuffix(strings.TrimRight(c.t[i:e], " "), " cua") {
		// Only a title that says whose the duties are ("Trách nhiệm
		// của …"); "Nội dung thi đua" names no body.
		return party{}, false
	}
	a := c.skip(e)
	if ok, _ := c.wordIs(a, "va"); ok {
		return party{}, false
	}
	pi := sortSearchParas(c.r.doc, a)
	if pi < 0 || a >= c.g.B {
		return party{}, false
	}
	pe := min(c.r.doc.Paras[pi].Key.B, c.g.B)
	for pe > a && strings.ContainsRune(" :*.", rune(c.t[pe-1])) {
		pe--
	}
	if len(ps) > 0 && ps[len(ps)-1].key.B >= pe {
		return party{}, false
	}
	words := 0
	for w := a; w < pe; w++ {
		if !vntext.IsLetter(c.t[w]) {
			if strings.ContainsRune(";:()", rune(c.t[w])) {
				return party{}, false
			}
			continue
		}
		if w > a && vntext.IsLetter(c.t[w-1]) {
			continue
		}
		words++
		switch cl, _ := c.at(w); cl {
		case lexDuty, lexLead, lexCoop, lexCharge, lexTitle, lexNotNew:
			// A verb of action may say which bodies ("cơ quan, tổ chức
			// quản lý trực tiếp"); a role or duty is the title's work.
			return party{}, false
		}
		if c.r.headingClauseAt(w, c.accented) {
			return party{}, false
		}
	}
	if words == 0 || words > maxRelativeWords {
		return party{}, false
	}
	d := c.r.doc
	g := layout.Range{A: a, B: pe}
	sa, sb := d.Span(g)
	return party{Party: Party{Name: d.Clean(g), Group: len(ps) == 0, Span: Span{sa, sb}}, key: g}, true
}

// titleEnd returns the end of a duty title whose parties end at end: the
// end of its paragraph when only words of duty and role follow them there
// ("Nội dung Sở Dân tộc và Tôn giáo | có trách nhiệm chủ trì"), else end.
func (c *chargeReader) titleEnd(end int) int {
	pi := sortSearchParas(c.r.doc, max(end-1, c.g.A))
	if pi < 0 {
		return end
	}
	pe := min(c.r.doc.Paras[pi].Key.B, c.g.B)
	j := end
	for {
		w := c.skip(j)
		for w < pe && (c.t[w] == '*' || c.t[w] == ':' || c.t[w] == '.') {
			w = c.skip(w + 1)
		}
		if w >= pe {
			return pe
		}
		if !vntext.IsLetter(c.t[w]) {
			return end
		}
		switch cl, we := c.word(w); cl {
		case lexDuty, lexLead:
			j = we
		default:
			return end
		}
	}
}

// joinedDuty reports whether the duty at d is joined to the verbs before
// it ("triển khai thực hiện và có trách nhiệm báo cáo"): a second
// predicate of the same subject, not the end of its relative.
func (c *chargeReader) joinedDuty(d int) bool {
	j := d
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	for _, w := range [...]string{"va", "dong thoi", "cung"} {
		if j >= len(w) && c.t[j-len(w):j] == w && (j == len(w) || !vntext.IsLetter(c.t[j-len(w)-1])) {
			return w != "cung" || c.together(j-len(w))
		}
	}
	return false
}

// permittedAhead reports whether "được" (may, is allowed to) comes within
// maxRelativeWords words from e, in the same clause, before any duty,
// role or charge: the predicate of a body described by what it does is a
// permission ("Đơn vị cung cấp dịch vụ … được thu …").
func (c *chargeReader) permittedAhead(e int) bool {
	return c.ahead(e, func(w int, cl lexClass) (bool, bool) {
		switch cl {
		case lexDuty, lexLead, lexCoop, lexCharge:
			return true, false
		case lexNotNew:
			// The lexicon's row, as the text spells it: "được", not "đuốc".
			ok, _ := c.wordIs(w, "duoc")
			return true, ok
		}
		return false, false
	})
}

// headOnly reports whether p is a head noun alone, capitalised, that
// stands for the body the text speaks of ("Đơn vị", "Công ty"; see
// withCollectives), no name of the registry.
func (c *chargeReader) headOnly(p party) bool {
	return p.ID == "" && p.Title == "" && c.headAlone(p.key.A) == p.key.B
}

// togetherWord is "cùng" (together with), which joins parties and
// predicates, folded as the "cung" of "cung cấp" (to provide) is.
var togetherWord = spellings("cùng")

// together reports whether the word at folded offset w is "cùng" as the
// text spells it: in a text written with diacritics, a "cung" without its
// mark is the other word (any "cung" in a text without them).
func (c *chargeReader) together(w int) bool { return c.spelledIs(w, c.wordEnd(w), togetherWord()) }

// describedSubject reads at the head of a clause a body named by what it
// is and does rather than by name, capitalised and without "các", up to
// its duty:
//
//	Described = Collective {Word | ","} ("có trách nhiệm" | "chịu trách nhiệm") .
//
// "Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công | có
// trách nhiệm …", "Cơ quan quản lý cấp trên | có trách nhiệm …" (the
// subjects of a regulation's duties). The description may end at "và"
// and a named party ("Cơ quan, tổ chức, đơn vị cấp trên và Uỷ ban nhân
// dân cấp xã có trách nhiệm …"), whose offset it returns as more (else
// -1). No charge, role or other party inside it; at most maxRelativeWords
// words, no stop but a comma.
func (c *chargeReader) describedSubject(i int) (p party, more int, ok bool) {
	if i >= c.g.B || !c.f.IsUpperAt(i) {
		return party{}, -1, false
	}
	if cl, _ := c.word(i); cl != lexCollective || startsWord(c.t, i, "cac") {
		return party{}, -1, false
	}
	mk := func(j int) party {
		for j > i && (c.t[j-1] == ' ' || c.t[j-1] == ',') {
			j--
		}
		d := c.r.doc
		a, b := d.Span(layout.Range{A: i, B: j})
		return party{Party: Party{Name: d.Clean(layout.Range{A: i, B: j}), Group: true, Span: Span{a, b}}, key: layout.Range{A: i, B: j}}
	}
	j := i
	for n := 0; n < maxRelativeWords; n++ {
		w := c.skip(j)
		if w < c.g.B && c.t[w] == ',' {
			j = w + 1
			continue
		}
		if w >= c.g.B || !vntext.IsLetter(c.t[w]) {
			return party{}, -1, false
		}
		if k := c.partyAt(w); k >= 0 && w > i {
			// A named party ends the description only after "và".
			if ok, _ := c.wordIs(c.skipBack(w), "va"); !ok {
				return party{}, -1, false
			}
			if !c.dutyAhead(c.parties[k].key.B) {
				return party{}, -1, false
			}
			return mk(c.skipBack(w)), w, true
		}
		if w > i && c.subjectEnds(w) {
			// "Tổ chức, cá nhân | khi phát hiện …, có trách nhiệm",
			// "Cơ sở giám định | phải chịu trách nhiệm": a clause of
			// circumstance or a modal before the duty ends the subject.
			if _, found := c.responsibilityAt(w); found {
				return mk(w), -1, true
			}
			return party{}, -1, false
		}
		wc, we := c.wordAt(w)
		switch wc {
		case lexDuty:
			if (startsWord(c.t, w, "co trach nhiem") || startsWord(c.t, w, "chiu trach nhiem")) && w > i {
				if c.joinedDuty(w) {
					return party{}, -1, false
				}
				return mk(w), -1, true
			}
			return party{}, -1, false
		case lexCharge, lexLead, lexCoop, lexTitle, lexOf:
			return party{}, -1, false
		}
		j = we
	}
	return party{}, -1, false
}

// modalWords end the subject of a duty before it: "… phải chịu trách
// nhiệm" (must).
var modalWords = spellings("phải")

// subjectEnds reports whether the subject of a duty ends before the word
// at w: a clause of circumstance (the lexicon's Adverbial rows: "khi",
// "nếu", "trường hợp") or a modal (modalWords).
func (c *chargeReader) subjectEnds(w int) bool {
	if cl, _ := c.word(w); cl == lexAdverbial || cl == lexTopic {
		return true
	}
	return spelledAny(c.r.doc, w, modalWords())
}

// skipBack returns the start of the word before offset w, past the
// spaces between them.
func (c *chargeReader) skipBack(w int) int {
	j := w
	for j > c.g.A && c.t[j-1] == ' ' {
		j--
	}
	for j > c.g.A && vntext.IsLetter(c.t[j-1]) {
		j--
	}
	return j
}

// extended returns p with its name run on to the folded offset e, the
// spaces before e left out.
func (c *chargeReader) extended(p party, e int) party {
	for e > p.key.B && c.t[e-1] == ' ' {
		e--
	}
	if e <= p.key.B {
		return p
	}
	d := c.r.doc
	if rest := d.Clean(layout.Range{A: c.skip(p.key.B), B: e}); strings.HasPrefix(rest, ",") {
		p.Name += rest // "Trung tâm Xúc tiến đầu tư" + ", thương mại và du lịch"
	} else {
		p.Name += " " + rest
	}
	p.key.B = e
	a, b := d.Span(p.key)
	p.Span = Span{a, b}
	p.ID = ""
	return p
}

// maxRoleWords is more words than a body named by its role holds ("Cơ
// quan chủ trì giải quyết thủ tục đầu tư dự án").
const maxRoleWords = 12

// roleParty reads at i a body named by its role: a capitalised collective
// noun, a role verb and the words that say in what — "Cơ quan chủ trì
// giải quyết thủ tục đầu tư dự án", "Cơ quan phối hợp". It returns the
// party, up to a duty ("… | có trách nhiệm trả lời …", duty set) or, whole
// set, to the end of the range (a heading over the body's tasks, whose
// words may hold a duty word: "… tham gia thực hiện các dự án …"); ok
// is false elsewhere (punctuation, too many words). A verb among the words
// says what the role is of ("chủ trì giải quyết thủ tục").
func (c *chargeReader) roleParty(i int, whole bool) (p party, duty, ok bool) {
	if i >= c.g.B || !c.f.IsUpperAt(i) {
		return party{}, false, false
	}
	cl, e := c.word(i)
	if k := c.partyAt(i); k >= 0 && c.parties[k].Group {
		// "Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án
		// … thuộc Chương trình": a collective the registry read.
		e = c.parties[k].key.B
	} else if cl != lexCollective {
		return party{}, false, false
	}
	if rl, _ := c.word(e); rl != lexLead && rl != lexCoop {
		return party{}, false, false
	}
	mk := func(j int) party {
		d := c.r.doc
		a, b := d.Span(layout.Range{A: i, B: j})
		return party{Party: Party{Name: d.Clean(layout.Range{A: i, B: j}), Group: true, Span: Span{a, b}}, key: layout.Range{A: i, B: j}}
	}
	j := e
	limit := maxRoleWords
	if whole {
		limit = maxRelativeWords // a heading says at length what the role is of
	}
	for n := 0; n < limit; n++ {
		w := c.skip(j)
		for w < c.g.B && (c.t[w] == '*' || c.t[w] == '.') {
			w = c.skip(w + 1)
		}
		if w >= c.g.B {
			return mk(j), false, true
		}
		if c.t[w] == ',' {
			// "chủ trì, quản lý, tham gia thực hiện …".
			j = w + 1
			continue
		}
		if !vntext.IsLetter(c.t[w]) {
			return party{}, false, false
		}
		wc, we := c.wordAt(w)
		if wc == lexDuty && !whole {
			return mk(j), true, true
		}
		j = we
	}
	return party{}, false, false
}

// belongs reports whether the nouns of a collective that end at e are
// followed by the body they belong to: "… thuộc Ủy ban nhân dân tỉnh",
// "… trực thuộc Sở".
func (c *chargeReader) belongs(e int, ps []party) bool {
	for {
		cl, qe := c.word(e)
		if cl != lexQualifier {
			return false
		}
		q := c.skip(e)
		if w := c.t[q:qe]; w == "thuoc" || w == "truc thuoc" {
			return c.qualifierEnd(q, qe, ps) > qe
		}
		e = qe
	}
}

// dropExcepted returns the name of a collective without the brackets that
// except bodies from one of its nouns: "các cơ quan chuyên môn, đơn vị sự
// nghiệp công lập (trừ …), tổ chức hành chính khác" names "… đơn vị sự
// nghiệp công lập, tổ chức hành chính khác" (the bodies it charges are in
// its span).
func dropExcepted(name string) string {
	for {
		k := strings.Index(name, "(trừ ")
		if k < 0 {
			k = strings.Index(name, "(Trừ ")
		}
		if k < 0 {
			return name
		}
		e := strings.IndexByte(name[k:], ')')
		if e < 0 {
			return name
		}
		name = strings.TrimRight(name[:k], " ") + name[k+e+1:]
	}
}

// exceptEnd returns the end of a bracket at i that excepts some bodies
// from the noun before it ("(trừ đơn vị sự nghiệp công lập tự bảo đảm chi
// thường xuyên)"), or i.
func (c *chargeReader) exceptEnd(i int) int {
	if i >= c.g.B || c.t[i] != '(' {
		return i
	}
	if ok, _ := c.wordIs(c.skip(i+1), "tru"); !ok {
		return i
	}
	if k := strings.IndexByte(c.t[i:min(c.g.B, i+maxAliasBytes)], ')'); k > 0 {
		return i + k + 1
	}
	return i
}

// qualifiers returns the end of the qualifiers that follow a collective
// ending at e, in a row ("khác có liên quan", "liên quan khác", "có liên
// quan trên địa bàn"), or e when none does.
func (c *chargeReader) qualifiers(e int, ps []party) int {
	for {
		cl, qe := c.word(e)
		if cl != lexQualifier {
			return e
		}
		q := c.skip(e)
		n := c.qualifierEnd(q, qe, ps)
		if n <= q {
			return e
		}
		e = n
	}
}

// withCollectives adds to ps the collectives the registry did not read
// whole: "các" and the nouns a collective lists, with their qualifier
// ("các Bộ, cơ quan liên quan", "các địa phương"),
//
//	Collective = "các" Noun {("," | "và") Noun} [Qualifier] .
//
// A collective replaces the shorter mentions inside it.
func (c *chargeReader) withCollectives(ps []party) []party {
	c.named = ps
	defer func() { c.named = nil }()
	var add []party
	t := c.t
	for i := c.g.A; i+4 <= c.g.B; i++ {
		if i > c.g.A && vntext.IsLetter(t[i-1]) || !vntext.IsLetter(t[i]) {
			continue
		}
		// A head alone, capitalised: "Công ty", "Tỉnh" standing for the
		// body the text speaks to, when no name follows it.
		if c.f.IsUpperAt(i) {
			// Not where a longer common word opens with the head ("Đơn vị
			// tính", "Thuế giá trị gia tăng": the lexicon's Word rows); a
			// longer collective noun is the body meant ("Đơn vị sự nghiệp
			// công lập thuộc …").
			if e := c.headAlone(i); e > i {
				if le, n := c.nounList(i); n > 1 {
					// "Cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ
					// chức hành chính khác thuộc …": a collective that
					// lists its nouns without "các".
					e = le
				}
				e = c.locality(e)
				// "Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh".
				e = c.qualifiers(e, ps)
				n := c.skip(e)
				if !(n < c.g.B && vntext.IsLetter(t[n]) && c.f.IsUpperAt(n)) && !c.fieldLabel(n) {
					a, b := c.r.doc.Span(layout.Range{A: i, B: e})
					add = append(add, party{Party: Party{Name: c.r.doc.Clean(layout.Range{A: i, B: e}), Span: Span{a, b}}, key: layout.Range{A: i, B: e}})
					i = e
					continue
				}
			}
		}
		// A territory as the subject of a duty: "thành phố Đà Nẵng cần
		// tập trung thực hiện …", "tỉnh Phú Thọ có trách nhiệm …".
		if e := c.territorySubject(i); e > i {
			a, b := c.r.doc.Span(layout.Range{A: i, B: e})
			add = append(add, party{Party: Party{Name: c.r.doc.Clean(layout.Range{A: i, B: e}), Span: Span{a, b}}, key: layout.Range{A: i, B: e}})
			i = e
			continue
		}
		// A person by title and name: "Phó Thủ tướng Hồ Đức Phớc".
		if e := c.person(i); e > i {
			a, b := c.r.doc.Span(layout.Range{A: i, B: e})
			_, te := c.at(i)
			add = append(add, party{Party: Party{Name: c.r.doc.Clean(layout.Range{A: c.skip(te), B: e}),
				Title: c.r.doc.Clean(layout.Range{A: i, B: te}), Span: Span{a, b}}, key: layout.Range{A: i, B: e}})
			i = e
			continue
		}
		// A title before the collective: "Thủ trưởng các sở, ban, ngành".
		start, title := i, ""
		if cl, te := c.at(i); cl == lexTitle {
			if ok, _ := c.wordIs(te, "cac"); ok {
				title = c.r.doc.Clean(layout.Range{A: i, B: te})
				i = c.skip(te)
			}
		}
		ok, e := c.wordIs(i, "cac")
		if !ok {
			// "Cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành
			// chính khác thuộc Ủy ban nhân dân tỉnh": capitalised, two
			// nouns or more without "các" list a collective too where
			// they belong to a body named after them; alone ("Cơ quan, tổ
			// chức …" in a regulation) they are whoever the rule concerns.
			if !c.f.IsUpperAt(i) {
				i = start
				continue
			}
			if le, n := c.nounList(i); n < 2 || !c.belongs(le, ps) {
				i = start
				continue
			}
			e = i
		}
		end, nouns := c.nounList(e)
		if nouns == 0 {
			// "các Phó Thủ tướng" with no body after the title: the
			// persons holding it.
			if title == "" {
				if cl, te := c.word(e); cl == lexTitle {
					// Not "các đại biểu này …": the demonstrative points
					// back to persons the text named, no party.
					if k := c.skip(te); k >= c.g.B || !c.f.IsUpperAt(k) && !startsWord(t, k, "cac") && !startsWord(t, k, "nay") {
						a, b := c.r.doc.Span(layout.Range{A: start, B: te})
						add = append(add, party{Party: Party{Name: c.r.doc.Clean(layout.Range{A: start, B: te}), Group: true, Span: Span{a, b}},
							key: layout.Range{A: start, B: te}})
						i = te
						continue
					}
				}
			}
			i = start
			continue
		}
		// "các cơ quan liên quan của thành phố Huế": the qualifier, then
		// the body whose they are.
		end = c.ownerAfter(c.qualifiers(end, ps), ps)
		if c.f.IsUpperAt(c.skip(e)) {
			end = c.bodyAfter(end, ps)
		}
		end = c.relativeEnd(end)
		a, b := c.r.doc.Span(layout.Range{A: start, B: end})
		name := dropExcepted(c.r.doc.Clean(layout.Range{A: i, B: end}))
		add = append(add, party{Party: Party{Name: name, Title: title, Group: true, Span: Span{a, b}},
			key: layout.Range{A: start, B: end}})
		i = end
	}
	if len(add) == 0 {
		return ps
	}
	// Merge: a collective replaces the mentions it covers unless one of
	// them is longer (the registry's own reading of a longer name).
	var out []party
	if c.merge != nil {
		out = slices.Grow((*c.merge)[:0], len(ps)+len(add))
		*c.merge = out[:0]
	} else {
		out = make([]party, 0, len(ps)+len(add))
	}
	k := 0
	for _, col := range add {
		for k < len(ps) && ps[k].key.B <= col.key.A {
			out = append(out, ps[k])
			k++
		}
		longer := false
		j := k
		for j < len(ps) && ps[j].key.A < col.key.B {
			if ps[j].key.B > col.key.B || ps[j].key.A < col.key.A {
				longer = true
			}
			j++
		}
		if longer {
			continue
		}
		if n := c.listedAfter(col, ps[k:]); n >= 0 {
			// The list stands where the collective does: a charge that
			// opens with "Các Bộ: Tài chính, …" opens with its members.
			ps[k+n].key.A = col.key.A
			continue
		}
		// Keep the registry's ID when one mention is the whole collective.
		if j == k+1 && ps[k].key == col.key {
			col = ps[k]
		} else if j > k && ps[k].ID != "" && ps[k].key.A == col.key.A {
			col.ID = ""
		}
		out = append(out, col)
		k = j
	}
	out = append(out, ps[k:]...)
	return c.tiered(c.territorial(out))
}

// tierWords are the folded tiers that may follow a named body and make it
// the body of that tier ("Hội đồng Thi đua - Khen thưởng các cấp", "Mặt
// trận Tổ quốc Việt Nam tỉnh"): the lexicon's tier qualifiers and the
// units of territory of the tiers (Luật Tổ chức chính quyền địa phương
// 2025, Điều 2: tỉnh, thành phố; xã, phường).
var tierWords = []string{"cac cap", "cap tinh", "cap xa", "cap huyen", "cap co so", "tinh", "thanh pho", "xa", "phuong", "huyen"}

// tiered joins to a named body the tier written right after it, when no
// name follows the tier's word: "Mặt trận Tổ quốc Việt Nam tỉnh và …" is
// the province's front; "các cấp" makes it the body at every tier, a
// collective (and no party of its own).
func (c *chargeReader) tiered(ps []party) []party {
	out := ps[:0]
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		out = append(out, p)
		if p.Group || p.listed {
			continue
		}
		j := c.skip(p.key.B)
		if j >= c.g.B || !vntext.IsLetter(c.t[j]) {
			continue
		}
		for _, w := range tierWords {
			if !startsWord(c.t, j, w) {
				continue
			}
			e := j + len(w)
			if n := c.skip(e); n < c.g.B && vntext.IsLetter(c.t[n]) && c.f.IsUpperAt(n) || n < c.g.B && vntext.IsDigit(c.t[n]) {
				break // "… tỉnh Quảng Trị", "… xã 3": a place's name
			}
			if k+1 < len(ps) && ps[k+1].key.A < e {
				if ps[k+1].key.A != j || ps[k+1].key.B != e {
					break // a party of its own begins in the tier's words
				}
				k++ // "các cấp" read as a collective: the tier
			}
			p = c.extended(p, e)
			if w == "cac cap" {
				p.Group = true
				// "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà
				// Nội": the tiers of one place.
				if le := c.locality(e); le > e && (k+1 >= len(ps) || ps[k+1].key.A >= le) {
					p = c.extended(p, le)
				}
			}
			out[len(out)-1] = p
			break
		}
	}
	return out
}

// sectionLabel reports whether the folded text [a, b) is only the words of
// a section heading (the lexicon's Section rows: "đối tượng", "phạm vi",
// "tiêu chí"), a field's label.
func (c *chargeReader) sectionLabel(a, b int) bool {
	t := strings.TrimSpace(c.t[a:b])
	if t == "" || len(t) > 40 {
		return false
	}
	for _, w := range nonOperative() {
		if t == w {
			return true
		}
	}
	return false
}

// ownerAfter returns the end of the body or place whose the collective
// ending at e is, when "của" and a named body or a place follow it ("các
// Ban của Hội đồng nhân dân", "các đơn vị của Sở Y tế", "các cơ quan liên
// quan của thành phố Huế"), or e.
func (c *chargeReader) ownerAfter(e int, ps []party) int {
	ok, ce := c.wordIs(c.skip(e), "cua")
	if !ok {
		return e
	}
	if l := c.locality(ce); l > ce {
		return l
	}
	n := c.skip(ce)
	for _, p := range ps {
		if p.key.A == n && !p.Group {
			return p.key.B
		}
		if p.key.A > n {
			break
		}
	}
	return e
}

// bodyAfter returns the end of the named body written right after a
// collective of units capitalised as a designation ("các Tổ đại biểu |
// Hội đồng nhân dân", "các Ban | Hội đồng nhân dân tỉnh": the units of
// that body), or e.
func (c *chargeReader) bodyAfter(e int, ps []party) int {
	n := c.skip(e)
	if n == e || n >= c.g.B || !vntext.IsLetter(c.t[n]) {
		return e
	}
	for _, p := range ps {
		if p.key.A == n && !p.Group && p.Title == "" {
			return p.key.B
		}
		if p.key.A > n {
			break
		}
	}
	return e
}

// headAlone returns the end of a head that may stand alone at i, or i: a
// lexHead row, or the longer collective noun it begins ("Đơn vị sự nghiệp
// công lập"); i when a longer common word opens there ("Đơn vị tính").
func (c *chargeReader) headAlone(i int) int {
	e := c.head(i)
	if e == i {
		return i
	}
	switch cl, we := c.at(i); {
	case we <= e:
		return e
	case cl == lexCollective:
		return we
	case cl == lexNone:
		return i
	}
	return e
}

// localityUnits are the folded units of territory (and of a tier) that
// locality reads before a place's name.
var localityUnits = []string{"tinh", "thanh pho", "huyen", "xa", "phuong", "quan", "thi xa", "co so", "khu vuc"}

// unitFirst holds the first bytes of localityUnits.
var unitFirst = func() (first [256]bool) {
	for _, u := range localityUnits {
		first[u[0]] = true
	}
	return first
}()

// unitWord reports whether w is the first word of one of localityUnits
// (TestUnitWord checks that it names each).
func unitWord(w string) bool {
	switch w {
	case "tinh", "thanh", "huyen", "xa", "phuong", "quan", "thi", "co", "khu":
		return true
	}
	return false
}

// locality returns the end of a place named after a head at e ("… tỉnh Hà
// Tĩnh", "… thành phố Huế", "… cơ sở 1"): a unit word and the capitalised
// words or the number after it; e when none follows.
func (c *chargeReader) locality(e int) int {
	j := c.skip(e)
	if !unitWord(c.t[j:c.wordEnd(j)]) {
		return e // most words are none: the units need not be tried
	}
	k := j
	for _, u := range localityUnits {
		if ok, ue := c.wordIs(j, u); ok {
			k = ue
			break
		}
	}
	if k == j {
		return e
	}
	end := k
	for {
		n := c.skip(end)
		if n >= c.g.B {
			break
		}
		if c.f.IsUpperAt(n) && vntext.IsLetter(c.t[n]) || vntext.IsDigit(c.t[n]) {
			w := n
			for w < c.g.B && (vntext.IsLetter(c.t[w]) || vntext.IsDigit(c.t[w])) {
				w++
			}
			end = w
			continue
		}
		break
	}
	if end == k {
		return e
	}
	return end
}

// territorial joins a body that governs a territory and the collective of
// territories right after it: "UBND" + "các xã, phường" is "UBND các xã,
// phường", "Chủ tịch UBND" + "các huyện" is "Chủ tịch UBND các huyện".
func (c *chargeReader) territorial(ps []party) []party {
	out := ps[:0] // in place: a party is written where it or one before it was
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		if k+1 < len(ps) && ps[k+1].Group && ps[k+1].Title == "" && strings.TrimSpace(c.t[p.key.B:ps[k+1].key.A]) == "" {
			f := c.t[p.key.A:p.key.B]
			if strings.HasSuffix(f, "ubnd") || strings.HasSuffix(f, "uy ban nhan dan") || strings.HasSuffix(f, "cong an") || strings.HasSuffix(f, "hdnd") {
				q := ps[k+1]
				p.key.B = q.key.B
				p.Span.End = q.Span.End
				p.Name = strings.TrimSpace(p.Name + " " + q.Name)
				p.Group, p.ID = true, ""
				k++
			}
		}
		out = append(out, p)
	}
	return out
}
