package agency

import "github.com/chidao/chidao/internal/lexicon"

// Collectives, territories and bodies described rather than named: the
// names a document writes for many bodies at once or for one it does not
// name. Their words are rows of the lexicon (internal/lexicon: Collective,
// Qualifier, Unit), read by this grammar:
//
//	Collective  = "các" Noun {Sep Noun} {Qualifier}
//	            | Noun Sep Noun {Sep Noun} {Qualifier} .   ("Sở, ban, ngành", "Bộ ngành liên quan")
//	Sep         = "," | "và" | "-" | "/" | .               ("các sở ban ngành"; none before a verb, a unit or a capital)
//	Qualifier   = QualifierRow [Name | Place] | Place .    ("có liên quan", "trực thuộc UBND tỉnh", "đóng trên địa bàn tỉnh")
//	Place       = Unit [PlaceName] .                       ("tỉnh", "thành phố Hải Phòng")
//	Territorial = Governing ["các"] Unit {Sep Unit} {Qualifier} .
//	                                                       ("UBND các huyện, thành phố", "Ủy ban nhân dân quận-huyện, xã, phường")
//	Described   = BodyNoun Name .                          ("Cơ quan thường trực Tổ công tác triển khai Đề án 06")
//
// A Noun written with a capital and followed by a capitalised word opens a
// name of its own and ends the list ("Các sở, Ban Dân tộc tỉnh"), as does
// the head of a body that governs a territory after the first noun ("Sở,
// ban, ngành, Ủy ban nhân dân huyện, xã"). Without "các" a Territorial
// needs two units: "UBND tỉnh" is the province's committee, one body.

// collective reads a collective, a territorial collective or a described
// body at token i.
func (fd *finder) collective(i int) (found, bool) {
	tok := fd.s.tok
	if tok[i].s != "cac" {
		if _, _, ok := fd.lexAt(i, clsHeadOrNoun); !ok {
			return found{}, false
		}
	}
	if f, ok := fd.territorial(i); ok {
		return f, true
	}
	if f, ok := fd.described(i); ok {
		return f, true
	}
	k := i
	cac := tok[i].s == "cac"
	if cac {
		if _, _, q := fd.lexAt(i, clsQualifier); q {
			// "các cấp" qualifies; it lists nothing.
			return found{}, false
		}
		k++
	}
	nouns, end := 0, k
	var first head
	for n := 0; n < 12 && k < len(tok); n++ {
		j, ok, _ := fd.nounAt(k)
		if !ok {
			break
		}
		h, _, isHead := fd.headAt(k)
		if isHead && fd.s.isCap(k) && j < len(tok) && isWordTok(tok[j]) && fd.s.isCap(j) && !fd.isNounAt(j) {
			// "Ban Dân tộc": a name of its own.
			break
		}
		if nouns > 0 && isHead && h.flags&lexicon.Governs != 0 {
			// "…, Ủy ban nhân dân huyện, xã": the territories' bodies.
			break
		}
		if nouns == 0 {
			if !cac && (!isHead || !fd.s.isCap(k) || k > 0 && isNumberTok(tok[k-1])) {
				// Without "các" a collective opens with a head written
				// with a capital ("Sở, ban, ngành"), and not after a
				// count ("14 Bộ, cơ quan" are counted, not charged).
				return found{}, false
			}
			first = h
		}
		nouns++
		end = j
		// The next noun, after a separator, or after none when it is not
		// also a verb ("các sở ban ngành", not "… địa phương tổ chức").
		if j < len(tok) && (tok[j].s == "," || tok[j].s == "&" || tok[j].s == "/") && fd.isNounAt(j+1) {
			k = j + 1
			continue
		}
		if _, ok, verb := fd.nounAt(j); ok && !verb && !fd.isUnitAt(j) && (!fd.s.isCap(j) || fd.s.isCap(k)) {
			// (A unit right after the nouns places them: "các sở, ban,
			// ngành tỉnh"; a capital after a noun in lower case opens a
			// name: "các doanh nghiệp, tổ chức Hội …".)
			k = j
			continue
		}
		break
	}
	if nouns == 0 || !cac && nouns < 2 || !fd.boundary(end) {
		return found{}, false
	}
	return found{i: i, j: fd.qualifiers(end), group: true, kind: first.kind, level: first.level}, true
}

// boundary reports whether the nouns of a collective may end before token
// k: at the end, a separator, a qualifier or place, a word that ends a
// name, or a head or title. A noun followed by other words is described by
// them ("các cơ sở giáo dục", "các bộ dữ liệu": sets of data), which the
// lexicon does not read.
func (fd *finder) boundary(k int) bool {
	tok := fd.s.tok
	if k >= len(tok) || !isWordTok(tok[k]) || fd.isStop(k) {
		return true
	}
	if _, ok := fd.qualifier(k); ok {
		return true
	}
	if _, _, ok := fd.headAt(k); ok && fd.s.isCap(k) {
		return true
	}
	_, _, ok := fd.titleAt(k)
	return ok
}

// setOf reports whether the key matched up to token j ends with a noun that
// is also a measure word and counts the words after it ("các bộ dữ liệu"):
// then it names no bodies.
func (fd *finder) setOf(j int) bool {
	return j > 0 && fd.measure(j-1) && !fd.s.isCap(j) && !fd.boundary(j) && !fd.isNounAt(j)
}

// nounAt returns the token after a noun of collectives at token k — a
// Collective row, a head flagged Listed ("sở"), a unit ("huyện") — unless a
// longer common word or verb starts there ("ban hành", not "ban"), and
// whether the noun is also a verb ("tổ chức").
func (fd *finder) nounAt(k int) (int, bool, bool) {
	if k >= len(fd.s.tok) {
		return k, false, false
	}
	longest, noun, verb := int32(-1), -1, false
	for _, h := range fd.hits(k) {
		c := h.class
		if !clsNounOrWord.Has(c) {
			continue
		}
		if longest < 0 {
			longest = h.j
		}
		if h.j < longest {
			break
		}
		switch {
		case c == lexicon.Collective || c == lexicon.Unit || c == lexicon.Head && fd.nm.flags[h.row]&lexicon.Listed != 0:
			noun = int(h.j)
		case c == lexicon.Stop:
			verb = true
		}
	}
	if noun < 0 {
		return k, false, false
	}
	return noun, true, verb
}

// isNounAt reports whether a noun of collectives is at token k.
func (fd *finder) isNounAt(k int) bool {
	_, ok, _ := fd.nounAt(k)
	return ok
}

// isUnitAt reports whether a unit of territory is at token k.
func (fd *finder) isUnitAt(k int) bool {
	_, _, ok := fd.unitAt(k)
	return ok
}

// measure reports whether the noun at token k is also a measure word ("bộ":
// a set of).
func (fd *finder) measure(k int) bool {
	if k < 0 {
		return false
	}
	r, _, ok := fd.lexAt(k, clsHead)
	return ok && fd.nm.flags[r]&lexicon.Measure != 0 && fd.s.tok[k].s == fd.s.rawText(k)
}

// qualifiers returns the end of the qualifiers of a collective from token
// k on, or k when none follows.
func (fd *finder) qualifiers(k int) int {
	for n := 0; n < 3; n++ {
		e, ok := fd.qualifier(k)
		if !ok {
			break
		}
		k = e
	}
	return k
}

// qualifier reads one qualifier at token k: a row of the lexicon ("liên
// quan", "các cấp") with the body or place it takes ("trực thuộc UBND
// tỉnh", "trên địa bàn tỉnh"), or a place alone ("tỉnh").
func (fd *finder) qualifier(k int) (int, bool) {
	if r, j, ok := fd.lexAt(k, clsQualifier); ok {
		fl := fd.nm.flags[r]
		if fl&lexicon.Body != 0 {
			if f, ok := fd.name(j); ok {
				return f.j, true
			}
		}
		if fl&lexicon.Place != 0 {
			if pe, ok := fd.place(j); ok {
				return pe, true
			}
		}
		if fl&lexicon.Body != 0 && fl&lexicon.Place == 0 {
			// "thuộc" with no body after it: "thuộc phạm vi …".
			return k, false
		}
		return j, true
	}
	return fd.place(k)
}

// place reads a place at token k: a unit of territory and the name of the
// place ("thành phố Hải Phòng", "tỉnh Quảng Ninh"), or a unit that ends a
// name by itself ("tỉnh").
func (fd *finder) place(k int) (int, bool) {
	tok := fd.s.tok
	j, alone, ok := fd.unitAt(k)
	if !ok {
		return k, false
	}
	if pe := fd.placeEnd(k); pe > j && j == k+1 {
		return pe, true
	}
	if j < len(tok) && isWordTok(tok[j]) && fd.s.isCap(j) && !fd.isStop(j) && !fd.initials(j) {
		if _, _, head := fd.headAt(j); !head {
			if _, _, title := fd.titleAt(j); !title {
				return max(fd.extent(j), j+1), true
			}
		}
	}
	if alone {
		return j, true
	}
	return k, false
}

// territorial reads a body that governs a territory and the territories
// after it at token i: "UBND các huyện, thành phố", "Ủy ban nhân dân
// quận-huyện, xã, phường", "Chủ tịch UBND các cấp" (after the title).
func (fd *finder) territorial(i int) (found, bool) {
	tok := fd.s.tok
	h, k, ok := fd.headAt(i)
	if !ok || h.flags&lexicon.Governs == 0 || k >= len(tok) {
		return found{}, false
	}
	cac := tok[k].s == "cac"
	if cac {
		k++
	}
	units, end := 0, k
	for n := 0; n < 8 && k < len(tok); n++ {
		j, _, ok := fd.unitAt(k)
		if !ok {
			break
		}
		units++
		end = j
		if j < len(tok) && (tok[j].s == "," || tok[j].s == "&" || tok[j].s == "/") && fd.isUnitAt(j+1) {
			k = j + 1
			continue
		}
		break
	}
	if units == 0 || !cac && units < 2 {
		return found{}, false
	}
	return found{i: i, j: fd.qualifiers(end), group: true, kind: h.kind}, true
}

// described reads a body described rather than named at token i: a noun
// that takes the body it belongs to and that body ("Cơ quan thường trực Tổ
// công tác triển khai Đề án 06", the standing body of the task force).
func (fd *finder) described(i int) (found, bool) {
	r, j, ok := fd.lexAt(i, clsCollective)
	if !ok || fd.nm.flags[r]&lexicon.Body == 0 {
		return found{}, false
	}
	f, ok := fd.name(j)
	if !ok || f.i != j {
		return found{}, false
	}
	return found{i: i, j: f.j}, true
}
