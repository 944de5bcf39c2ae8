package agency

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/lexicon"
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
	// "Chủ tịch Ủy ban nhân dân các quận, huyện"), or before the
	// collective whose list the mention is an item of ("Giám đốc" for
	// "Nội vụ" in "Giám đốc các Sở: Nội vụ, Tư pháp", where the span holds
	// the item only), or TitleNone.
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
	// Listed is set for an item of a list written without the head it
	// shares ("Nội vụ" in "Giám đốc các Sở: Nội vụ, Tư pháp", "KSTTHC" in
	// "Lưu: VT, KSTTHC"): the span holds the item as printed, Name the
	// name with the shared head ("Sở Nội vụ") and Title the collective's
	// title, which is outside the span.
	Listed bool
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
// line breaks and the ways of writing names in full or abbreviated ("Ủy ban
// nhân dân" = "UBND", "Sở Thông tin và Truyền thông" = "Sở TT&TT" = "Sở
// Thông tin - Truyền thông"); where the text writes diacritics a word must
// be spelled as the name's ("Các số liệu" names nothing). A person title
// in front of an agency is kept in Mention.Title; the bodies a collective
// lists after its colon ("Giám đốc các Sở: Nội vụ, Tư pháp") are mentions
// of their own, with the collective's title.
func (r *Registry) FindAll(text string, opt *Options) []Mention {
	return r.findAll(text, nil, opt)
}

// FindAllFolded is FindAll over f, a folding of text with marks that the
// caller has made already: f.Text and its marks are what folding text
// would give, and f's offsets are offsets in text. The parsers of this
// module, which fold a document once and slice it, read its parts with it
// without folding them again; vntext is internal, so no other caller can
// make an f. A nil f is FindAll.
func (r *Registry) FindAllFolded(text string, f *vntext.Folded, opt *Options) []Mention {
	return r.findAll(text, f, opt)
}

// findAll is FindAll, over f when it is not nil.
func (r *Registry) findAll(text string, f *vntext.Folded, opt *Options) []Mention {
	var o Options
	if opt != nil {
		o = *opt
	}
	ix := r.index()
	sc, _ := r.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	if f != nil {
		sc.f = *f
	} else {
		if n := len(text) + len(text)/8 + 4; cap(sc.buf) < n {
			sc.buf = make([]byte, 0, n)
			sc.orig = make([]int32, 0, n+1)
			sc.marks = make([]byte, 0, n)
		}
		// The text is folded once, with the marks of its letters, which
		// the matching compares with the spellings of the lexicon and the
		// names. The folding lives in the scratch space, so that it is
		// not allocated on each call.
		sc.f = vntext.FoldMarksInto(sc.buf, sc.orig, sc.marks, text)
	}
	sc.s = scanner{f: &sc.f, tok: sc.tok, cand: sc.cand}
	s := &sc.s
	s.canonicalize(ix)
	// No lexicon row is looked up yet at any token (see finder.hits).
	sc.hitSpan = slices.Grow(sc.hitSpan[:0], len(s.tok))[:len(s.tok)]
	clear(sc.hitSpan)
	sc.hits = sc.hits[:0]
	fd := finder{r: r, ix: ix, nm: theNames(), sp: r.spellings(), s: s, sc: sc, text: text, opt: o, out: sc.out[:0]}
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
// registry's pool: the folded text, its offset map and marks, the tokens,
// the candidate starts, the rows of the lexicon at tokens and the mentions
// found.
type scratch struct {
	buf   []byte
	orig  []int32
	marks []byte
	// hits are the rows of the lexicon found at tokens: token k's are
	// hits[hitSpan[k][0]:hitSpan[k][1]-1], and hitSpan[k] is zero before
	// they are looked up.
	hits    []lexHit
	hitSpan [][2]int32
	tok     []ctok
	cand    []int32
	out     []Mention
	f       vntext.Folded
	s       scanner
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
	nm   *names     // the lexicon's words
	sp   *spellings // the index's spellings
	s    *scanner
	sc   *scratch
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
	if j := fd.list(i, TitleNone); j > i {
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

// name matches an agency or group name at token i: a name the registry
// knows, a collective, or a name found by its head.
func (fd *finder) name(i int) (found, bool) {
	if i >= len(fd.s.tok) {
		return found{}, false
	}
	best, ok := fd.known(i)
	if c, cok := fd.collective(i); cok && (!ok || c.j > best.j) {
		best, ok = c, true
	}
	if !ok {
		best, ok = fd.headed(i)
	}
	if ok {
		fd.parentMinistry(&best)
	}
	return best, ok
}

// parentMinistry extends a unit of a ministry by the ministry named right
// after it, whose unit it is: "Cục Pháp chế Bộ Quốc phòng", "Vụ Tổ chức
// cán bộ Bộ Nội vụ" (Nghị định 123/2016/NĐ-CP, Điều 8: the units of a
// ministry). The whole is one body; the registry's ID of the unit alone,
// if any, no longer applies.
func (fd *finder) parentMinistry(f *found) {
	if f.group || f.kind != KindCentralUnit || f.j >= len(fd.s.tok) || !fd.s.isCap(f.j) {
		return
	}
	j, lo, hi := fd.longest(fd.s.tok, f.j)
	if j <= f.j {
		return
	}
	if m := fd.choose(lo, hi); m.kind != KindMinistry || m.group {
		return
	}
	f.j, f.id, f.name, f.known = j, "", "", false
}

// known matches a name the registry knows at token i, perhaps followed by a
// place.
func (fd *finder) known(i int) (found, bool) {
	tok := fd.s.tok
	j, lo, hi := fd.longest(tok, i)
	if j > i && fd.needsCap(i) && !fd.s.isCap(i) && !fd.allGroups(lo, hi) {
		// "cơ sở y tế" is not "Sở Y tế".
		j = i
	}
	if j > i && fd.setOf(j) {
		// "các bộ dữ liệu" is a set of data, not the ministries.
		j = i
	}
	if _, we, ok := fd.lexAt(j-1, clsWord); j > i && ok && we > j {
		// "các bộ phận", "các trường hợp": the name's last word begins
		// a common word that goes on.
		j = i
	}
	if j <= i {
		return found{}, false
	}
	f := fd.choose(lo, hi)
	f.i, f.j, f.known = i, j, true
	fd.qualify(&f)
	switch {
	case f.std == 0 || fd.standard(&f, j) || f.id != "":
		return f, true
	case f.stdFlags&stdPlaced != 0:
		// "viễn thông" with no province after it: the trade, not the
		// standard body.
		return found{}, false
	case f.stdFlags&stdCap != 0:
		// "Tỉnh Đoàn" of no province the text or the options name is
		// still the youth union; "tỉnh đoàn kết" is not.
		if !fd.s.isCap(i) || j < len(tok) && tok[j].s == "ket" {
			return found{}, false
		}
	}
	return f, true
}

// headed matches a name the registry does not know by its head at token i:
// the head, capitalised, and the name words after it ("Sở Ngoại vụ", "Ban
// Dân tộc tỉnh"), or the head alone where it stands for the body the text
// speaks of ("Sở ban hành hướng dẫn").
func (fd *finder) headed(i int) (found, bool) {
	h, hj, ok := fd.headAt(i)
	if !ok || !fd.s.isCap(i) || fd.compound(i) || h.flags&lexicon.Abbrev != 0 && !fd.s.isAllCaps(i) {
		return found{}, false
	}
	if _, we, ok := fd.lexAt(i, clsWord); ok && we > hj {
		// "Đơn vị tính", "Thuế giá trị gia tăng": a common word the head
		// begins.
		return found{}, false
	}
	end := fd.extent(hj)
	if end == hj && h.flags&lexicon.Alone == 0 && (h.flags&lexicon.Stands == 0 || !fd.alone(i, hj)) {
		return found{}, false
	}
	return found{i: i, j: end, kind: h.kind, level: h.level}, true
}

// alone reports whether a head at tokens [i, j) that may stand alone for
// the body the text speaks of (lexicon.Stands) does: it opens a clause
// ("Sở, Ban Dân tộc tỉnh phối hợp", "Sở ban hành hướng dẫn") and a
// separator or a word that ends a name follows it.
func (fd *finder) alone(i, j int) bool {
	tok := fd.s.tok
	if i > 0 {
		switch fd.s.rawText(i - 1) {
		case ".", ";", ":", "(", "*":
		default:
			return false
		}
	}
	if j >= len(tok) {
		return true
	}
	switch tok[j].s {
	case ",", ";", ".", ":", ")":
		return true
	}
	return fd.isStop(j)
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
		f.j = max(fd.extent(c+2), c+2)
		f.id, f.name, f.level = "", "", LevelProvince
		if f.kind == KindMinistryLevel {
			f.kind = KindStateBank // the only ministry-level body with branches
		}
		return
	}
	if tok[k-1].s != "tw" && fd.isStandaloneUnit(k-1) &&
		isWordTok(tok[k]) && fd.s.isCap(k) && (!fd.isStop(k) || fd.placeEnd(k-1) > k) && !fd.initials(k) {
		// "Công an tỉnh" + "Quảng Ninh": a province's name ends where
		// the registry's name of it ends ("… thành phố Hải Phòng", not
		// "Hải" before the head "Phòng").
		if pe := fd.placeEnd(k - 1); pe > k {
			f.j = pe
			f.id, f.name = "", ""
			return
		}
		if _, _, head := fd.headAt(k); !head {
			f.j = max(fd.extent(k), k+1)
			f.id, f.name = "", ""
			return
		}
	}
	if tok[k].s != "tw" && fd.isStandaloneUnit(k) {
		if k+1 < len(tok) && isWordTok(tok[k+1]) && fd.s.isCap(k+1) && (!fd.isStop(k+1) || fd.placeEnd(k) > k+1) && !fd.initials(k+1) {
			if pe := fd.placeEnd(k); pe > k+1 {
				f.j = pe
				f.id, f.name = "", ""
			} else if _, _, head := fd.headAt(k + 1); !head {
				f.j = max(fd.extent(k+1), k+2)
				f.id, f.name = "", ""
			}
		} else if f.level != LevelCentral {
			f.j = k + 1
		}
		return
	}
	if f.std == 0 && f.level != LevelCentral && isWordTok(tok[k]) && fd.s.isCap(k) && !fd.s.isAllCaps(k) && !fd.isStop(k) && !fd.initials(k) {
		// "Ban quản lý Khu Kinh tế" + "Phú Yên": a local body's name goes
		// on over the capitalised words of its place, as Decree 30/2020
		// capitalises them, unless they open another body.
		if _, _, head := fd.headAt(k); !head {
			f.j = max(fd.extent(k), k+1)
			f.id, f.name = "", ""
		}
	} else if f.std == 0 && f.level != LevelCentral && isWordTok(tok[k]) && !fd.s.isCap(k) && !fd.isStop(k) &&
		k+1 < len(tok) && isWordTok(tok[k+1]) && fd.s.isCap(k+1) && fd.bridges(k) {
		// "Ban Quản lý Khu kinh tế" + "mở Chu Lai": a lower-case word of
		// the name before the capitalised words of its place (bridges).
		f.j = max(fd.extent(k+1), k+2)
		f.id, f.name = "", ""
	}
}

// titleAt matches a person title at token i: a row of the lexicon, spelled
// alike ("Thủ trưởng" and "Thứ trưởng" differ by their tone; unaccented,
// "thu truong" is read as the first).
func (fd *finder) titleAt(i int) (Title, int, bool) {
	t, j, abbrev, ok := fd.titleRow(i)
	if !ok {
		return TitleNone, i, false
	}
	if abbrev && !fd.s.isCap(i) {
		return TitleNone, i, false
	}
	if t == TitleChief && !fd.s.isCap(i) && i > 0 && fd.s.tok[i-1].s != "," {
		// "trưởng" inside running text is rarely a title.
		return TitleNone, i, false
	}
	return t, j, true
}

// titled handles a title at tokens [i, tj): an agency follows directly, or
// a list of the bodies of a collective ("Giám đốc các Sở: Nội vụ, Tư
// pháp"), or more titles that share the agency after the last one ("CT,
// PCT UBND TP"; "Giám đốc, Thủ trưởng các sở, ban, ngành"; "Bộ trưởng,
// Chủ nhiệm"). It returns the token after the mention, or i.
func (fd *finder) titled(i int, t Title, tj int) int {
	tok := fd.s.tok
	if j := fd.list(tj, t); j > tj {
		return j
	}
	if j := fd.colonList(i, tj, t); j > tj {
		return j
	}
	if f, ok := fd.titleName(tj, t); ok {
		fd.emitTitled(f, i, t)
		return f.j
	}
	if h := fd.headInTitle(i, tj); h > i {
		// A title whose last words are the head of the body it heads,
		// written once: "Chánh Văn phòng Bộ" (of the ministry's office),
		// "Chánh Thanh tra tỉnh" (of the province's inspectorate). The
		// body is named from its head inside the title.
		if f, ok := fd.name(h); ok && f.j > tj && !f.group {
			fd.emit(f, i, t)
			return f.j
		}
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
		if f, ok := fd.titleName(j2, t2); ok {
			if f.group && t == TitleMinister && !fd.allAbbrev(list) {
				// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": a minister
				// heads a ministry, not the collective written after the
				// other title: the ministers of the ministries.
				return fd.bareMinister(i, tj)
			}
			n0 := len(fd.out)
			for _, p := range list {
				fd.emitTitled(found{i: p.i, j: p.j, id: f.id, name: f.name, kind: f.kind, level: f.level, group: f.group,
					known: f.known, title: TitleNone}, p.i, p.t)
				fd.out[len(fd.out)-1].NameStart = fd.out[len(fd.out)-1].End
			}
			fd.emitTitled(f, k, t2)
			if last := fd.out[len(fd.out)-1]; last.ID == "" {
				// The titles share the body named after the last one.
				for x := n0; x < len(fd.out)-1; x++ {
					if fd.out[x].ID == "" {
						fd.out[x].Name = last.Name
					}
				}
			}
			return f.j
		}
		list = append(list, pending{k, j2, t2})
		k = j2
	}
	return i
}

// titleName matches the agency after a title at token j. The chief of an
// office holds the office's head word in the title: "Chánh Văn phòng Đoàn
// đại biểu Quốc hội và Hội đồng nhân dân tỉnh" heads the office the
// registry knows as "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân
// dân tỉnh", so the name is also read with "Văn phòng" before it.
func (fd *finder) titleName(j int, t Title) (found, bool) {
	f, ok := fd.name(j)
	if t != TitleChiefOfOffice && t != TitleDeputyChiefOfOffice {
		return f, ok
	}
	tok := fd.s.tok
	var buf [18]ctok
	n := min(len(tok)-j, len(buf)-2)
	key := append(append(buf[:0], ctok{s: "van", h: wordHash("van")}, ctok{s: "phong", h: wordHash("phong")}), tok[j:j+n]...)
	l, lo, hi := fd.longest(key, 0)
	if l <= 2 || ok && j+l-2 < f.j {
		return f, ok
	}
	o := fd.choose(lo, hi)
	o.i, o.j, o.known = j, j+l-2, true
	fd.qualify(&o)
	if o.std != 0 && !fd.standard(&o, j+l-2) && o.id == "" && o.stdFlags&(stdPlaced|stdCap) != 0 {
		return f, ok
	}
	return o, true
}

// headInTitle returns the token within the title at tokens [i, tj) where
// a head begins that ends with the title ("Văn phòng" in "Chánh Văn
// phòng", "Thanh tra" in "Chánh Thanh tra"), or i when none does.
func (fd *finder) headInTitle(i, tj int) int {
	for k := i + 1; k < tj; k++ {
		if _, j, ok := fd.headAt(k); ok && j == tj {
			return k
		}
	}
	return i
}

// colonList reads the names after a title at tokens [i, tj) and its
// colon, which the title heads each of, up to a semicolon or another
// title: "Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm
// Công báo - Tin học tỉnh". The first mention starts at the title. It
// returns the token after the last name, or tj.
func (fd *finder) colonList(i, tj int, t Title) int {
	tok := fd.s.tok
	if tj >= len(tok) || tok[tj].s != ":" {
		return tj
	}
	n0 := len(fd.out)
	k, end := tj+1, tj
	for n := 0; k < len(tok) && n < 12; n++ {
		if !isWordTok(tok[k]) || !fd.s.isCap(k) {
			break
		}
		if _, _, title := fd.titleAt(k); title {
			break
		}
		f, ok := fd.name(k)
		if !ok {
			break
		}
		start := k
		if len(fd.out) == n0 {
			start = i
		}
		fd.emit(f, start, t)
		k, end = f.j, f.j
		if k >= len(tok) || tok[k].s != "," && tok[k].s != "&" {
			break
		}
		k++
	}
	if len(fd.out) == n0 {
		return tj
	}
	return end
}

// pending is a title waiting for the agency written after a list of titles.
type pending struct {
	i, j int
	t    Title
}

// emitTitled appends a mention with a person title; the chief of an
// office's title moves the agency to its office ("CVP UBND TP" is the
// chief of the office of the UBND).
func (fd *finder) emitTitled(f found, i int, t Title) {
	if (t == TitleChiefOfOffice || t == TitleDeputyChiefOfOffice) && !f.group {
		switch {
		case f.id != "" && f.kind != KindOffice:
			if o := fd.r.officeOf(f.id); o != "" {
				f.id, f.name = o, ""
				if a, ok := fd.r.lookup(o); ok {
					f.kind, f.level = a.Kind, a.Level
				}
			}
		case f.id == "" && f.name == "":
			// "Chánh Văn phòng UBND tỉnh" of no province the registry
			// knows: the office of the body named, unresolved.
			f.kind = KindOffice
			f.name = "Văn phòng " + cleanName(fd.text[fd.s.f.Orig(int(fd.s.tok[f.i].start)):fd.s.f.Orig(int(fd.s.tok[f.j-1].end))])
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

// list handles lists of units after a colon or in brackets, each item
// named without its head ("Các Phòng: KSTTHC, VX", "các Vụ: TCCV, KTTH",
// "Các Bộ: Tài chính, Y tế", "07 Bộ (Xây dựng, Quốc phòng, …)", "Lưu: VT,
// KSTTHC5"):
//
//	List = "Lưu" ":" Item {Sep Item}
//	     | Number Head "(" Item {Sep Item} ")"
//	     | "các" Noun {"," Noun} ":" Item Sep Item {Sep Item} .
//	Sep  = "," | ";" | "và" .
//
// where the first Noun of a collective is a head ("các sở, ngành:"). The
// items of a collective are two at least: "các" says several, and "Các
// sở, ngành: Tài chính chủ trì" opens a task, not a list. A title before
// the list (t) goes to every item ("Giám đốc các Sở: Nội vụ, Tư pháp").
func (fd *finder) list(i int, t Title) int {
	tok := fd.s.tok
	if i >= len(tok) {
		return i
	}
	var h *head
	k := i
	plural := false
	switch {
	case tok[i].s == "luu" && t == TitleNone:
		if i+1 >= len(tok) || tok[i+1].s != ":" {
			return i
		}
		k = i + 2
	case tok[i].s == "cac":
		hd, hj, ok := fd.headAt(i + 1)
		if nj, noun, _ := fd.nounAt(i + 1); !ok || !noun || nj != hj {
			return i
		}
		h, k, plural = &hd, hj, true
		for k+1 < len(tok) && tok[k].s == "," {
			nj, ok, _ := fd.nounAt(k + 1)
			if !ok {
				break
			}
			k = nj
		}
		if k >= len(tok) || tok[k].s != ":" {
			return i
		}
		k++
	case i > 0 && isNumberTok(tok[i-1]) && t == TitleNone:
		// "07 Bộ (Xây dựng, Quốc phòng, …)": a count, then the names.
		hd, hj, ok := fd.headAt(i)
		if !ok || hj+1 >= len(tok) || tok[hj].s != "(" || hd.kind != KindMinistry && hd.kind != KindDepartment {
			return i
		}
		h, k = &hd, hj+1
	default:
		return i
	}
	start, n0 := k, len(fd.out)
	items := 0
	for n := 0; k < len(tok) && n < 24; n++ {
		if !isWordTok(tok[k]) || !fd.s.isCap(k) {
			break
		}
		if _, _, title := fd.titleAt(k); title && h != nil {
			// "…; Chủ tịch UBND các huyện": the list has ended.
			break
		}
		if _, _, isHead := fd.headAt(k); isHead && h != nil && !fd.memberKnown(k, h) {
			// An item that is a name of its own ("Cổng TTĐT" among the Vụ),
			// unless the list's head makes a name of it the registry knows
			// ("Công an" among the Bộ is Bộ Công an).
			f, ok := fd.name(k)
			if !ok {
				break
			}
			fd.emit(f, k, t)
			k = f.j
		} else {
			k = fd.item(k, h, t)
		}
		items++
		if k >= len(tok) || tok[k].s != "," && tok[k].s != "&" && tok[k].s != ";" {
			break
		}
		k++
	}
	if k == start || plural && items < 2 {
		fd.out = fd.out[:n0]
		return i
	}
	if k < len(tok) && tok[k].s == ")" && tok[start-1].s == "(" {
		k++
	}
	return k
}

// memberKnown reports whether the words from token k to their extent,
// after the head h, are a whole name the registry knows ("Bộ Công an" for
// "Công an" in "Các Bộ: Quốc phòng, Công an").
func (fd *finder) memberKnown(k int, h *head) bool { return fd.knownMember(k, h) > k }

// knownMember returns the token after the longest run of words from token
// k that, after the head h, is a name the registry knows ("Ngoại giao"
// among the Bộ, although "giao" is also a verb), or k.
func (fd *finder) knownMember(k int, h *head) int {
	tok := fd.s.tok
	var keyBuf [24]ctok
	key := append(keyBuf[:0], fd.nm.canon(h)...)
	n := len(key)
	for e := k; e < len(tok) && len(key) < len(keyBuf); e++ {
		if !isWordTok(tok[e]) && tok[e].s != "," && tok[e].s != "&" && tok[e].s != "-" {
			break
		}
		key = append(key, tok[e])
	}
	if len(key) == n {
		return k
	}
	j, _, _ := fd.longest(key, 0)
	if j <= n {
		return k
	}
	return k + j - n
}

// allAbbrev reports whether every title of list is written as an
// abbreviation ("CT", "PCT").
func (fd *finder) allAbbrev(list []pending) bool {
	for _, p := range list {
		if p.j != p.i+1 || !fd.s.isAllCaps(p.i) {
			return false
		}
	}
	return true
}

// item matches one item of a unit list starting at token k, written without
// the head h of the list (nil for the clerk's list after "Lưu:"), emits it
// with the title t, and returns the token after it.
func (fd *finder) item(k int, h *head, t Title) int {
	tok := fd.s.tok
	end := fd.extent(k)
	if h != nil {
		// A name the registry knows ends where it does ("Ngoại giao",
		// although "giao" is a verb; "Công Thương" before "và Thủ trưởng
		// …").
		if e := fd.knownMember(k, h); e > k {
			end = e
		}
	}
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
	clerk := h == nil && nameEnd == k+1 && tok[k].s == "vt"
	switch {
	case clerk:
		key = append(keyBuf[:0], ctok{s: "van", h: wordHash("van")}, ctok{s: "thu", h: wordHash("thu")})
	case h == nil:
		// "Lưu: KSTTHC": the units of the office.
		key = append(append(keyBuf[:0], ctok{s: "phong", h: wordHash("phong")}), tok[k:nameEnd]...)
	default:
		key = append(keyBuf[:0], fd.nm.canon(h)...)
		key = append(key, tok[k:nameEnd]...)
	}
	f := found{i: k, j: end}
	if j, lo, hi := fd.longest(key, 0); j == len(key) {
		f = fd.choose(lo, hi)
		f.i, f.j, f.known = k, end, true
		if f.id == "" && f.std != 0 && h != nil && h.kind == KindDepartment {
			// "các Sở: Nội vụ, Tư pháp" in a document of a province.
			fd.standardItem(&f)
		}
	}
	if f.kind == KindUnknown {
		if h != nil {
			f.kind, f.level = h.kind, h.level
		} else if !clerk {
			f.kind = KindOfficeUnit
		}
	}
	n := len(fd.out)
	fd.emit(f, k, t)
	if len(fd.out) > n {
		fd.out[n].Listed = true
	}
	if f.id == "" && len(fd.out) > n {
		m := &fd.out[len(fd.out)-1]
		switch {
		case clerk:
			m.Name = "Văn thư"
			m.Kind = KindOfficeUnit
		case h == nil:
			m.Name = cleanName(fd.text[m.NameStart:fd.s.f.Orig(int(tok[nameEnd-1].end))])
		default:
			m.Name = h.words + " " + cleanName(fd.text[m.NameStart:fd.s.f.Orig(int(tok[nameEnd-1].end))])
		}
	}
	return end
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
	if j, lo, hi := fd.longest(key, 0); j == len(key) {
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
// token is a whole key or title, or it and the next token begin one, or a
// head, title or noun of collectives of the lexicon begins there. It is a
// quick filter; the matchers decide.
func (fd *finder) mayStart(i int) bool {
	tok := fd.s.tok
	h := tok[i].h
	if fd.ix.singles.hasHash(h) || i+1 < len(tok) && fd.ix.pairs.hasHash(pairHash(h, tok[i+1].h)) || tok[i].s == "cac" {
		return true
	}
	_, _, ok := fd.lexAt(i, clsStart)
	return ok
}

// longest is ix.longest over the spellings of the text: "các số liệu" is
// not "các sở", "Sở Tài chính tính" not the start of a name with "tỉnh".
func (fd *finder) longest(tok []ctok, i int) (j, lo, hi int) { return fd.ix.longest(tok, i, fd) }

// spelledAs reports whether the token t of the text is spelled as the names
// through trie node n spell its word: true for a token of no written-out
// word (a rewrite's abbreviation, a token of a key built by the finder),
// for a word written without diacritics, and for a node whose names spell
// nothing.
func (fd *finder) spelledAs(t ctok, n int32) bool {
	sps := fd.sp.nodes[n]
	if len(sps) == 0 {
		return true
	}
	f := fd.s.f
	a, b := int(t.start), int(t.end)
	if b <= a || b > len(f.Text) || f.Text[a:b] != t.s || !f.Accented(a, b) {
		return true
	}
	if fd.sp.bySig[n] {
		// The node's spellings are of its word, which the token is:
		// their numbers tell them apart (lexicon.WordSig).
		sig, _ := lexicon.WordSig(f, a, b-a)
		for _, s := range fd.sp.sigs[n] {
			if s == sig {
				return true
			}
		}
		return false
	}
	for _, sp := range sps {
		if f.SpelledLike(a, sp) {
			return true
		}
	}
	return false
}
