package agency

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// A Mention is one agency or group named in a text.
type Mention struct {
	// Start and End are the byte span of the mention in the caller's text,
	// title included.
	Start, End int
	// Text is the text of the span, as written.
	Text string
	// Title is the person title written before the agency ("Chủ tịch" in
	// "Chủ tịch Ủy ban nhân dân các quận, huyện"), or TitleNone.
	Title Title
	// NameStart is the byte offset where the agency name begins (after the
	// title); it equals Start when there is no title. For a title that
	// shares the agency written after it ("CT" in "CT, PCT UBND TP"),
	// NameStart is End.
	NameStart int
	// Name is the full registry name when the mention is resolved, and the
	// name as written (spaces collapsed, NFC) otherwise.
	Name string
	// ID is the agency or group named, or "" when the registry does not
	// know it. It may be the generic ID of a standard body of a province
	// ("quang-ninh.so-noi-vu"; see [Registry.StandardID]), which
	// [Registry.Agency] knows although no entry of the data has it.
	ID ID
	// Known is set when the name was matched as a whole name the registry
	// knows — an agency's or group's name or abbreviation, a standard body's
	// name ("Sở Nội vụ"), a relative or collective name ("Công an tỉnh",
	// "các sở, ban, ngành") — perhaps followed by a place ("… tỉnh Quảng
	// Ninh"). Its end is then the end of that name, not a guess. It is
	// unset for a name found only by its head ("Sở Ngoại vụ", "Ban Dân tộc
	// tỉnh"), whose end was found by the shape of the words after the head.
	// A Known mention may still have no ID: "Công an tỉnh" with no
	// locality.
	Known bool
	// Group is set for a collective name ("các sở, ban, ngành").
	Group bool
	// Kind says what the agency is, from the registry or from the words of
	// the name ("Sở …" is a department).
	Kind Kind
	// Level is its tier, from the registry or the words of the name, or
	// LevelUnknown.
	Level Level
}

// Resolved reports whether the registry knows what the mention names.
func (m Mention) Resolved() bool { return m.ID != "" }

// String returns the title and the name: "Chủ tịch Ủy ban nhân dân thành
// phố Hải Phòng", "Chánh Văn phòng Ủy ban nhân dân thành phố Hải Phòng".
func (m Mention) String() string {
	if m.Title == TitleNone {
		return m.Name
	}
	t := m.Title.String()
	if rest, ok := strings.CutPrefix(m.Name, "Văn phòng "); ok &&
		(m.Title == TitleChiefOfOffice || m.Title == TitleDeputyChiefOfOffice) {
		return t + " " + rest
	}
	return t + " " + m.Name
}

// Options refine how names are resolved. The zero Options (or a nil
// pointer) resolves only names that are unambiguous anywhere.
type Options struct {
	// Locality is the provincial people's committee whose directive is
	// read (see [Registry.LocalityOf]): names such as "Công an thành
	// phố", "Sở Tư pháp" or "các sở, ban, ngành" resolve to its bodies.
	Locality ID
	// AsOf, when valid, prefers among agencies sharing a name the one that
	// exists on that day.
	AsOf calendar.Date
}

// FindAll returns every agency and group mention in text, in order, with
// non-overlapping spans in text. Mentions the registry knows carry their ID;
// the others are still returned, well formed ("Sở Nội vụ", "Ủy ban nhân dân
// tỉnh Đắk Lắk", "Công an tỉnh") with an empty ID. Matching ignores case,
// diacritics, line breaks and the ways of writing names in full or
// abbreviated ("Ủy ban nhân dân" = "UBND", "Sở Thông tin và Truyền thông" =
// "Sở TT&TT" = "Sở Thông tin - Truyền thông"). A person title in front of
// an agency is kept in Mention.Title.
func (r *Registry) FindAll(text string, opt *Options) []Mention {
	var o Options
	if opt != nil {
		o = *opt
	}
	ix := r.index()
	sc, _ := r.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	if n := len(text) + len(text)/8 + 4; cap(sc.buf) < n {
		sc.buf = make([]byte, 0, n)
		sc.orig = make([]int32, 0, n+1)
	}
	// The folded text and the scanner live in the scratch space too, so
	// that they are not allocated on each call.
	sc.f = vntext.FoldInto(sc.buf, sc.orig, text)
	sc.s = scanner{f: &sc.f, tok: sc.tok, cand: sc.cand}
	s := &sc.s
	s.canonicalize(ix)
	fd := finder{r: r, ix: ix, s: s, text: text, opt: o, out: sc.out[:0]}
	fd.scan()
	// The mentions are gathered in the scratch space and copied out once,
	// at their final number; nothing in them refers to the scratch space.
	var out []Mention
	if len(fd.out) > 0 {
		out = make([]Mention, len(fd.out))
		copy(out, fd.out)
	}
	clear(fd.out)
	sc.tok, sc.cand, sc.out = s.tok[:0], s.cand[:0], fd.out[:0]
	sc.f, sc.s = vntext.Folded{}, scanner{} // keep no reference to text
	r.scratch.Put(sc)
	return out
}

// scratch is the working memory of one FindAll call, reused through the
// registry's pool: the folded text, its offset map, the tokens, the
// candidate starts and the mentions found.
type scratch struct {
	buf  []byte
	orig []int32
	tok  []ctok
	cand []int32
	out  []Mention
	f    vntext.Folded
	s    scanner
}

// Find returns the first agency or group mention in text.
func (r *Registry) Find(text string, opt *Options) (Mention, bool) {
	ms := r.FindAll(text, opt)
	if len(ms) == 0 {
		return Mention{}, false
	}
	return ms[0], true
}

// Resolve returns the agency or group that the whole of name names, such as
// "Sở TT&TT" or "UBND các quận, huyện", or false when name is not exactly
// one mention.
func (r *Registry) Resolve(name string, opt *Options) (Mention, bool) {
	ms := r.FindAll(name, opt)
	if len(ms) != 1 || strings.TrimSpace(name[:ms[0].Start]) != "" || strings.TrimSpace(name[ms[0].End:]) != "" {
		return Mention{}, false
	}
	return ms[0], true
}

type finder struct {
	r    *Registry
	ix   *index
	s    *scanner
	text string
	opt  Options
	out  []Mention
}

// found is a name matched at some tokens, before it becomes a Mention.
type found struct {
	i, j  int // canonical tokens [i, j)
	id    ID
	title Title
	kind  Kind
	level Level
	group bool
	name  string // the registry name of id, when known
	known bool   // matched as a whole key of the index (Mention.Known)
	std   uint8  // 1 + the index in stdBodies of a standard body matched, or 0
	// stdFlags are the flags of the standard name matched (stdTinh, …).
	stdFlags uint8
}

// scan appends the mentions of the text to fd.out. Most tokens begin
// nothing: only the candidates canonicalize listed are looked at, and those
// inside a mention found are passed over.
func (fd *finder) scan() {
	next := 0
	for _, c := range fd.s.cand {
		i := int(c)
		if i < next {
			continue
		}
		if j := fd.at(i); j > i {
			next = j
		} else {
			next = i + 1
		}
	}
}

// at looks for mentions starting at canonical token i, appends them and
// returns the token after the last one, or i. The caller has checked that
// token i is in the starts bitset.
func (fd *finder) at(i int) int {
	if !fd.mayStart(i) || fd.inSymbol(i) {
		return i
	}
	if j := fd.list(i); j > i {
		return j
	}
	best, ok := fd.name(i)
	if t, tj, tok := fd.titleAt(i); tok {
		n := len(fd.out)
		if j := fd.titled(i, t, tj); j > i && (!ok || j > best.j) {
			return fd.postfix(j)
		}
		fd.out = fd.out[:n]
	}
	if !ok {
		return i
	}
	fd.emit(best, i, TitleNone)
	return fd.postfix(best.j)
}

// name matches an agency or group name (known or by its head) at token i.
func (fd *finder) name(i int) (found, bool) {
	tok := fd.s.tok
	j, lo, hi := fd.ix.longest(tok, i)
	if j > i && needsCap(tok[i].s) && (!fd.s.isCap(fd.text, i) || !fd.spelled(i)) && !fd.allGroups(lo, hi) {
		// "cơ sở y tế" is not "Sở Y tế".
		j = i
	}
	if j > i && !fd.spelledAll(i, j) {
		// "các số liệu" is not "các sở".
		j = i
	}
	if j > i && j < len(tok) && tok[j-1].s == "bo" && isWordTok(tok[j]) && !fd.s.isCap(fd.text, j) && !isStopWord(tok[j].s) {
		// "các bộ dữ liệu" is a set of data, not the ministries.
		j = i
	}
	if j > i {
		f := fd.choose(lo, hi)
		f.i, f.j, f.known = i, j, true
		fd.qualify(&f)
		if f.std == 0 || fd.standard(&f, j) || f.id != "" || f.stdFlags&(stdPlaced|stdCap) == 0 {
			return f, true
		}
		// "viễn thông" with no province after it, "tỉnh đoàn kết": not
		// the standard body's name.
	}
	if h, hj, ok := headAt(tok, i); ok && fd.s.isCap(fd.text, i) && !fd.compound(i) && fd.spelled(i) {
		if hj < len(tok) && (h.words == "bo" && (tok[hj].s == "phan" || tok[hj].s == "chi") ||
			h.words == "ban" && tok[hj].s == "hanh" || h.words == "bao" && tok[hj].s == "cao") {
			// "Bộ phận", "Bộ chỉ số", "Ban hành", "Báo cáo" are not bodies.
			return found{}, false
		}
		end := fd.s.extent(fd.text, fd.ix, hj)
		if end == hj && !h.alone {
			return found{}, false
		}
		return found{i: i, j: end, kind: h.kind, level: h.level}, true
	}
	return found{}, false
}

// choose picks among entries with the same key the one the options select.
func (fd *finder) choose(lo, hi int) found {
	var best *entry
	bestScore := -1
	var std, stdFlags uint8
	for k := lo; k < hi; k++ {
		e := &fd.ix.entries[k]
		if e.std != 0 {
			std, stdFlags = e.std, e.stdFlags
		}
		score := 0
		switch {
		case e.id == "":
			score = 1
		case e.locality == "":
			score = 4
		case fd.opt.Locality != "" && e.locality == fd.opt.Locality:
			score = 6
		}
		if score > 1 && fd.opt.AsOf.IsValid() {
			if a := fd.r.agency(e.id); a == nil || a.ValidOn(fd.opt.AsOf) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	if best == nil {
		return found{}
	}
	f := found{title: best.title, kind: best.kind, level: best.level, group: best.group, std: std, stdFlags: stdFlags}
	if bestScore >= 4 {
		f.id, f.name = best.id, best.name
	}
	return f
}

// qualify extends a known name over a following place ("Sở Tài chính tỉnh
// Đắk Lắk"): the name then means that place's body, which the registry
// did not match, so the mention is unresolved.
func (fd *finder) qualify(f *found) {
	tok := fd.s.tok
	k := f.j
	if k >= len(tok) || f.group {
		return
	}
	if c := k; c+1 < len(tok) && (tok[c].s == "chi" && tok[c+1].s == "nhanh" ||
		tok[c].s == "&" && c+2 < len(tok) && tok[c+1].s == "chi" && tok[c+2].s == "nhanh" ||
		// "Ngân hàng Nhà nước Khu vực 5": a regional branch (from 2025).
		tok[c].s == "khu" && tok[c+1].s == "vuc" && (f.kind == KindMinistryLevel || f.kind == KindStateBank)) {
		// "Ngân hàng Nhà nước chi nhánh tỉnh X": a branch the registry
		// did not match.
		if tok[c].s == "&" {
			c++
		}
		f.j = max(fd.s.extent(fd.text, fd.ix, c+2), c+2)
		f.id, f.name, f.level = "", "", LevelProvince
		if f.kind == KindMinistryLevel {
			f.kind = KindStateBank // the only ministry-level body with branches
		}
		return
	}
	if last := tok[k-1].s; isUnitWord(last) && standaloneUnit(last) && last != "tw" &&
		isWordTok(tok[k]) && fd.s.isCap(fd.text, k) && (!isStopWord(tok[k].s) || fd.placeEnd(k-1) > k) && !fd.initials(k) {
		// "Công an tỉnh" + "Quảng Ninh": a province's name ends where
		// the registry's name of it ends ("… thành phố Hải Phòng", not
		// "Hải" before the head "Phòng").
		if pe := fd.placeEnd(k - 1); pe > k {
			f.j = pe
			f.id, f.name = "", ""
			return
		}
		if _, _, head := headAt(tok, k); !head {
			f.j = max(fd.s.extent(fd.text, fd.ix, k), k+1)
			f.id, f.name = "", ""
			return
		}
	}
	if u := tok[k].s; isUnitWord(u) && standaloneUnit(u) && u != "tw" {
		if k+1 < len(tok) && isWordTok(tok[k+1]) && fd.s.isCap(fd.text, k+1) && (!isStopWord(tok[k+1].s) || fd.placeEnd(k) > k+1) && !fd.initials(k+1) {
			if pe := fd.placeEnd(k); pe > k+1 {
				f.j = pe
				f.id, f.name = "", ""
			} else if _, _, head := headAt(tok, k+1); !head {
				f.j = max(fd.s.extent(fd.text, fd.ix, k+1), k+2)
				f.id, f.name = "", ""
			}
		} else if f.level != LevelCentral {
			f.j = k + 1
		}
	}
}

// titleAt matches a person title at token i.
func (fd *finder) titleAt(i int) (Title, int, bool) {
	if i >= len(fd.s.tok) {
		return TitleNone, i, false
	}
	best, bestJ, abbrev := TitleNone, i, false
	lo, hi := titleRange(fd.s.tok[i].s)
	for k := lo; k < hi; k++ {
		p := titlePhrases[k]
		if j := matchCanon(fd.s.tok, i, p.words); j > bestJ {
			best, bestJ, abbrev = p.title, j, p.abbrev
		}
	}
	if best == TitleNone {
		return TitleNone, i, false
	}
	if abbrev && !fd.s.isCap(fd.text, i) {
		return TitleNone, i, false
	}
	if best == TitleHead && fd.origIs(i, "thứ") {
		best = TitleDeputyMinister
	}
	if best == TitleChief && !fd.s.isCap(fd.text, i) && i > 0 && fd.s.tok[i-1].s != "," {
		// "trưởng" inside running text is rarely a title.
		return TitleNone, i, false
	}
	return best, bestJ, true
}

// origWord returns the original text of the first word of token i.
func (fd *finder) origWord(i int) string {
	a := fd.s.f.Orig(int(fd.s.tok[i].start))
	b := a
	for b < len(fd.text) {
		if c := fd.text[b]; c < 0x80 {
			// ASCII: only letters go on.
			if (c|0x20)-'a' >= 26 {
				break
			}
			b++
			continue
		}
		r, n := utf8.DecodeRuneInString(fd.text[b:])
		if unicode.IsSpace(r) {
			break
		}
		b += n
	}
	return fd.text[a:b]
}

// origIs reports whether the first original word of token i is want
// (lower-case NFC), ignoring case: "Thủ" is "thủ", "Thứ" is not. It does
// not allocate for NFC text.
func (fd *finder) origIs(i int, want string) bool {
	return wordIs(fd.origWord(i), want)
}

// wordIs reports whether the original word w is want (lower-case NFC),
// ignoring case (see origIs).
func wordIs(w, want string) bool {
	// The two ways most words are written, checked first: in lower case,
	// and with an ASCII capital first (want is lower-case, so the loop
	// below would lower nothing else).
	if w == want || len(w) == len(want) && len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' &&
		w[0]|0x20 == want[0] && w[1:] == want[1:] {
		return true
	}
	if strings.IndexByte(w, 0xcc) >= 0 || strings.IndexByte(w, 0xcd) >= 0 {
		// 0xcc and 0xcd lead the UTF-8 of U+0300–U+037F.
		for _, r := range w {
			if r >= 0x300 && r <= 0x36f {
				// A combining mark: compose first.
				w = norm.NFC.String(w)
				break
			}
		}
	}
	for _, r := range w {
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		c, n := utf8.DecodeRuneInString(want)
		if n == 0 || r != c {
			return false
		}
		want = want[n:]
	}
	return want == ""
}

// titled handles a title at tokens [i, tj): an agency follows directly, or
// after more titles ("CT, PCT UBND TP"; "Bộ trưởng, Chủ nhiệm"). It
// returns the token after the mention, or i.
func (fd *finder) titled(i int, t Title, tj int) int {
	tok := fd.s.tok
	if f, ok := fd.name(tj); ok {
		fd.emitTitled(f, i, t)
		return f.j
	}
	// A list of titles sharing the agency after the last one.
	list := []pending{{i, tj, t}}
	k := tj
	for n := 0; n < 4; n++ {
		if k >= len(tok) || tok[k].s != "," && tok[k].s != "&" {
			return i
		}
		k++
		if k < len(tok) && tok[k].s == "cac" {
			k++
		}
		t2, j2, ok := fd.titleAt(k)
		if !ok {
			return i
		}
		if f, ok := fd.name(j2); ok {
			if f.group && !fd.allAbbrev(list) {
				// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": each title has
				// its own collective; only the last one is written, and a
				// minister's is the ministries.
				if t == TitleMinister {
					return fd.bareMinister(i, tj)
				}
				return i
			}
			for _, p := range list {
				fd.emitTitled(found{i: p.i, j: p.j, id: f.id, name: f.name, kind: f.kind, level: f.level, group: f.group,
					known: f.known, title: TitleNone}, p.i, p.t)
				fd.out[len(fd.out)-1].NameStart = fd.out[len(fd.out)-1].End
			}
			fd.emitTitled(f, k, t2)
			return f.j
		}
		list = append(list, pending{k, j2, t2})
		k = j2
	}
	return i
}

// pending is a title waiting for the agency written after a list of titles.
type pending struct {
	i, j int
	t    Title
}

// allAbbrev reports whether every title of list is written as an
// abbreviation ("CT", "PCT").
func (fd *finder) allAbbrev(list []pending) bool {
	for _, p := range list {
		if p.j != p.i+1 || !fd.isAllCaps(p.i) {
			return false
		}
	}
	return true
}

// emitTitled appends a mention with a person title; the chief of an
// office's title moves the agency to its office ("CVP UBND TP" is the
// chief of the office of the UBND).
func (fd *finder) emitTitled(f found, i int, t Title) {
	if (t == TitleChiefOfOffice || t == TitleDeputyChiefOfOffice) && f.id != "" && !f.group {
		if o := fd.r.officeOf(f.id); o != "" {
			f.id, f.name = o, ""
			if a, ok := fd.r.lookup(o); ok {
				f.kind, f.level = a.Kind, a.Level
			}
		}
	}
	if f.title != TitleNone && t == TitleNone {
		t = f.title
	}
	fd.emit(f, i, t)
}

// emit appends the mention of f, starting at token i (its title, if any).
func (fd *finder) emit(f found, i int, t Title) {
	s := fd.s
	if t == TitleNone {
		t = f.title
	}
	start := s.f.Orig(int(s.tok[i].start))
	nameStart := s.f.Orig(int(s.tok[f.i].start))
	end := s.f.Orig(int(s.tok[f.j-1].end))
	if n := len(fd.out); n > 0 && start < fd.out[n-1].End {
		return
	}
	m := Mention{Start: start, End: end, Text: fd.text[start:end], Title: t, NameStart: nameStart,
		ID: f.id, Group: f.group, Kind: f.kind, Level: f.level, Name: f.name, Known: f.known}
	if f.id != "" && f.name == "" {
		if a := fd.r.agency(f.id); a != nil {
			m.Name, m.Kind, m.Level = a.Name, a.Kind, a.Level
		} else if g := fd.r.group(f.id); g != nil {
			m.Name = g.Name
		} else if a, ok := fd.r.generic(f.id); ok {
			m.Name, m.Kind, m.Level = a.Name, a.Kind, a.Level
		}
	}
	if m.Name == "" {
		m.Name = cleanName(fd.text[nameStart:end])
	}
	fd.out = append(fd.out, m)
}

// cleanName collapses white space and composes the name in NFC. A name
// already written with single spaces, in NFC, is returned without
// allocating.
func cleanName(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	s = strings.TrimRight(s, ".,;:")
	if stableNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// stableNFC reports, conservatively, whether s is valid UTF-8 already in
// NFC: every character is below U+0300 (no combining mark, and no
// character there changes in NFC or composes with the one before it) or
// is a precomposed letter of U+1E00–U+1EFF, as Vietnamese in NFC is
// written. It lets cleanName skip the normalizer for most names.
func stableNFC(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case 0xc2 <= c && c <= 0xcb && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2 // U+0080–U+02FF
		case c == 0xe1 && i+2 < len(s) && 0xb8 <= s[i+1] && s[i+1] <= 0xbb && s[i+2]&0xc0 == 0x80:
			i += 3 // U+1E00–U+1EFF
		default:
			return false
		}
	}
	return true
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") is s:
// s has no white space but single ASCII spaces between words.
func singleSpaced(s string) bool {
	prevSpace := true // no space at the start
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

// postfix handles titles written after an agency and a colon, as in
// distribution lists ("TTUB: CT, các PCT"; "VPUB: CVP, các PCVP"): each
// becomes a mention of the agency before the colon with that title.
func (fd *finder) postfix(j int) int {
	tok := fd.s.tok
	if j >= len(tok) || tok[j].s != ":" || len(fd.out) == 0 {
		return j
	}
	last := fd.out[len(fd.out)-1]
	if last.ID == "" && last.Kind != KindOffice && last.Kind != KindPeopleCommittee {
		return j
	}
	k := j + 1
	for {
		if k < len(tok) && tok[k].s == "cac" {
			k++
		}
		t, tj, ok := fd.titleAt(k)
		if !ok || t == TitleNone {
			return k
		}
		f := found{i: k, j: tj, id: last.ID, kind: last.Kind, level: last.Level, known: last.Known}
		fd.emitTitled(f, k, t)
		m := &fd.out[len(fd.out)-1]
		m.NameStart = m.End
		if m.ID == last.ID {
			m.Name = last.Name
		}
		k = tj
		// Skip a person's name after the title ("PCN Phạm Mạnh Cường").
		for k < len(tok) && tok[k].s != "," && tok[k].s != ";" && tok[k].s != "." && k-tj < 8 {
			if _, _, ok := fd.titleAt(k); ok {
				break
			}
			k++
		}
		if k >= len(tok) || tok[k].s != "," && tok[k].s != ";" {
			return k
		}
		k++
	}
}

// list handles lists of units after a colon: "Các Phòng: KSTTHC, VX",
// "các Vụ: TCCV, KTTH", "Các Bộ: Tài chính, Y tế", "Lưu: VT, KSTTHC5".
func (fd *finder) list(i int) int {
	tok := fd.s.tok
	var headWord string
	k := i
	switch tok[i].s {
	case "luu":
		if i+1 >= len(tok) || tok[i+1].s != ":" {
			return i
		}
		k = i + 2
	case "bo", "so":
		// "07 Bộ (Xây dựng, Quốc phòng, …)": a count, then the names.
		if i == 0 || !isNumberTok(tok[i-1]) || i+2 >= len(tok) || tok[i+1].s != "(" {
			return i
		}
		headWord = tok[i].s
		k = i + 2
	case "cac":
		if i+2 >= len(tok) {
			return i
		}
		switch tok[i+1].s {
		case "phong", "vu", "bo", "so", "cuc", "ban":
			headWord = tok[i+1].s
		default:
			return i
		}
		k = i + 2
		if k+2 < len(tok) && tok[k].s == "," && tok[k+1].s == "don" && tok[k+2].s == "vi" {
			k += 3
		}
		if k >= len(tok) || tok[k].s != ":" {
			return i
		}
		k++
	default:
		return i
	}
	start := k
	for n := 0; k < len(tok) && n < 24; n++ {
		if !isWordTok(tok[k]) || !fd.s.isCap(fd.text, k) {
			break
		}
		if _, _, isHead := headAt(tok, k); isHead && headWord != "" {
			// An item that is a name of its own ("Cổng TTĐT" among the Vụ).
			f, ok := fd.name(k)
			if !ok {
				break
			}
			fd.emit(f, k, TitleNone)
			k = f.j
		} else {
			k = fd.item(k, headWord)
		}
		if k >= len(tok) || tok[k].s != "," && tok[k].s != "&" {
			break
		}
		k++
	}
	if k == start {
		return i
	}
	if k < len(tok) && tok[k].s == ")" && tok[start-1].s == "(" {
		k++
	}
	return k
}

// isAllCaps reports whether canonical token i is written in capitals.
func (fd *finder) isAllCaps(i int) bool {
	s := fd.s
	a := s.f.Orig(int(s.tok[i].start))
	b := s.f.Orig(int(s.tok[i].end))
	for _, r := range fd.text[a:b] {
		if r >= 'a' && r <= 'z' || r > 0x7f && strings.ToUpper(string(r)) != string(r) {
			return false
		}
	}
	return true
}

// item matches one item of a unit list starting at token k and returns the
// token after it.
func (fd *finder) item(k int, headWord string) int {
	tok := fd.s.tok
	listHead := headWord
	end := fd.s.extent(fd.text, fd.ix, k)
	if end == k {
		end = k + 1
	}
	// Drop a copy count glued to a code ("KSTTHC5").
	nameEnd := end
	for nameEnd > k+1 && isNumberTok(tok[nameEnd-1]) && fd.s.adjacent(nameEnd-2) {
		nameEnd--
	}
	// The key is built in an array on the stack: an item is a few
	// tokens (extent takes at most 14).
	var keyBuf [16]ctok
	var key []ctok
	if headWord == "" {
		if nameEnd == k+1 && tok[k].s == "vt" {
			key = append(keyBuf[:0], ctok{s: "van", h: wordHash("van")}, ctok{s: "thu", h: wordHash("thu")})
		} else {
			listHead = "-"
			key = append(append(keyBuf[:0], ctok{s: "phong", h: wordHash("phong")}), tok[k:nameEnd]...)
			headWord = "phong"
		}
	} else {
		key = append(append(keyBuf[:0], ctok{s: headWord, h: wordHash(headWord)}), tok[k:nameEnd]...)
	}
	f := found{i: k, j: end}
	if j, lo, hi := fd.ix.longest(key, 0); j == len(key) {
		f = fd.choose(lo, hi)
		f.i, f.j, f.known = k, end, true
		if f.id == "" && f.std != 0 && headWord == "so" {
			// "các Sở: Nội vụ, Tư pháp" in a document of a province.
			fd.standardItem(&f)
		}
	}
	if f.kind == KindUnknown {
		if h, _, ok := headAt(key, 0); ok {
			f.kind, f.level = h.kind, h.level
		}
	}
	fd.emit(f, k, TitleNone)
	if f.id == "" {
		m := &fd.out[len(fd.out)-1]
		if headWord == "" {
			m.Name = "Văn thư"
			m.Kind = KindOfficeUnit
		} else if listHead == "-" {
			m.Name = cleanName(fd.text[m.NameStart:fd.s.f.Orig(int(tok[nameEnd-1].end))])
		} else {
			m.Name = headName(headWord) + " " + cleanName(fd.text[m.NameStart:fd.s.f.Orig(int(tok[nameEnd-1].end))])
		}
	}
	return end
}

// headName returns the written head word of a unit list.
func headName(w string) string {
	switch w {
	case "phong":
		return "Phòng"
	case "vu":
		return "Vụ"
	case "bo":
		return "Bộ"
	case "so":
		return "Sở"
	case "cuc":
		return "Cục"
	case "ban":
		return "Ban"
	}
	return w
}

// needsCap reports whether a name starting with canonical word w must be
// capitalised to be a name: these words are also common nouns ("cơ sở",
// "bộ phận", "ban hành", "phòng chống", "báo cáo", "nhiệm vụ").
func needsCap(w string) bool {
	switch w {
	case "so", "bo", "ban", "cuc", "vu", "phong", "dai", "bao", "vien", "trung", "cong", "to", "hoi", "van", "chi", "tong", "ca":
		return true
	}
	return false
}

// allGroups reports whether every entry in [lo, hi) is a group.
func (fd *finder) allGroups(lo, hi int) bool {
	for _, e := range fd.ix.entries[lo:hi] {
		if !e.group {
			return false
		}
	}
	return true
}

// compound reports whether the head at token i is the second half of a
// common word: "Cơ sở", "trụ sở", "cán bộ", "toàn bộ".
func (fd *finder) compound(i int) bool {
	if i == 0 {
		return false
	}
	switch fd.s.tok[i].s + " " + fd.s.tok[i-1].s {
	case "so co", "so tru", "bo can", "bo toan", "bo mot", "bo dong", "bao thong", "ban ke", "vu nhiem", "vu dich", "vu phuc":
		return true
	}
	return false
}

// inSymbol reports whether token i is glued by "-" or "/" to the token
// before it, as inside a document symbol ("04/CT-TTg", "01/2023/TT-VPCP",
// "62/KHPH-TCTĐA06/CPTW"): a symbol names no agency.
func (fd *finder) inSymbol(i int) bool {
	if i < 2 {
		return false
	}
	s := fd.s
	p := s.rawText(i - 1)
	return (p == "-" || p == "/") && s.adjacent(i-1) && s.adjacent(i-2)
}

// spelled reports whether the word at token i is written as the head it
// folds to, not as another word with the same letters: "Sở" and not "Số"
// ("NGHỊ QUYẾT SỐ 66"), "Bộ" and not "Bổ", "Ban" and not "Bản". Unaccented
// text passes.
func (fd *finder) spelled(i int) bool {
	var want string
	switch fd.s.tok[i].s {
	case "so":
		want = "sở"
	case "bo":
		want = "bộ"
	case "ban":
		want = "ban"
	case "vu":
		want = "vụ"
	case "cuc":
		want = "cục"
	case "dai":
		want = "đài"
	case "bao":
		want = "báo"
	case "phong":
		want = "phòng"
	default:
		return true
	}
	w := fd.origWord(i)
	return wordIs(w, want) || wordIs(w, fd.s.tok[i].s)
}

// initials reports whether token k starts a person's initials ("H.M.Cường"),
// not a place name.
func (fd *finder) initials(k int) bool {
	return k+1 < len(fd.s.tok) && fd.s.tok[k+1].s == "." && fd.s.adjacent(k)
}

// bareMinister emits "Bộ trưởng" written without its ministry, as in "Bộ
// trưởng, Thủ trưởng cơ quan ngang bộ": the ministers of the ministries.
func (fd *finder) bareMinister(i, tj int) int {
	key := []ctok{{s: "cac", h: wordHash("cac")}, {s: "bo"}}
	f := found{i: i, j: tj, group: true, kind: KindMinistry, level: LevelCentral}
	if j, lo, hi := fd.ix.longest(key, 0); j == len(key) {
		f = fd.choose(lo, hi)
		f.i, f.j, f.known = i, tj, true
	}
	fd.emit(f, i, TitleMinister)
	m := &fd.out[len(fd.out)-1]
	m.NameStart = m.End
	if m.ID == "" {
		m.Name = "các bộ"
	}
	return tj
}

// mayStart reports whether a name, title or list can begin at token i: the
// token is a whole key or title, or it and the next token begin one, or it
// is a capitalised head. It is a quick filter; the matchers decide.
func (fd *finder) mayStart(i int) bool {
	tok := fd.s.tok
	h := tok[i].h
	if fd.ix.singles.hasHash(h) || i+1 < len(tok) && fd.ix.pairs.hasHash(pairHash(h, tok[i+1].h)) {
		return true
	}
	lo, hi := headRange(tok[i].s)
	return lo < hi && fd.s.isCap(fd.text, i)
}

// spelledAll reports whether every "sở" and "bộ" of tokens [i, j) is
// spelled so, and not "số" or "bổ" (see spelled).
func (fd *finder) spelledAll(i, j int) bool {
	for k := i; k < j; k++ {
		if w := fd.s.tok[k].s; (w == "so" || w == "bo") && !fd.spelled(k) {
			return false
		}
	}
	return true
}
