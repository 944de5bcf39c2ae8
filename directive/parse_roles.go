package directive

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the agencies a piece of text names and the roles it
// gives them: the list of parties at the head of an assignment ("Giao Thủ
// trưởng các sở, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân các quận,
// huyện:"), the "phối hợp với X" and "Chủ trì, phối hợp với X" clauses of
// a task. Names are scanned by their shape — a head word ("Sở", "Bộ", "Công
// an", "các cơ quan") followed by capitalised words and the few lower-case
// words names carry ("thành phố", "xã hội") — so that agencies no registry
// knows are still found; a registry, when given, resolves them.
//
// Lists split on commas, semicolons and "và" between agencies, never inside
// a name ("Sở Kế hoạch và Đầu tư") or a group ("các sở, ban, ngành", "các
// cơ quan, đơn vị liên quan").

// A partyRef is one party found in a block's text, with folded offsets.
type partyRef struct {
	start, end int // folded span in the block, title included
	nameStart  int // folded offset where the name begins (after the title)
	group      bool
}

// The person titles that may stand before an agency, folded, longest first.
var partyTitles = []string{
	"pho chu tich", "chu tich", "pho giam doc", "tong giam doc", "giam doc",
	"thu truong", "nguoi dung dau", "bo truong", "chanh van phong", "pho chanh van phong",
	"chanh thanh tra", "bi thu", "pho truong ban", "truong ban", "pho truong", "truong", "lanh dao",
}

// The words that open an agency name, folded. capsOnly heads must be
// written with a capital letter to count ("Sở" but not "sở").
var partyHeads = []string{
	"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", "uy ban", "so", "bo", "cong an", "bao hiem xa hoi", "bhxh",
	"tong cuc", "chi cuc", "cuc", "vu", "ngan hang", "van phong", "ban", "to", "trung tam", "dai",
	"bao", "kho bac", "thanh tra", "toa an", "vien kiem sat", "vien", "hoi", "lien doan", "mat tran",
	"doan", "buu dien", "tap doan", "tong cong ty", "cong ty", "benh vien", "chinh phu", "thu tuong",
	"tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy", "bo chi huy", "bo tu lenh", "hai quan", "kiem toan",
	"phong", "hoc vien", "dai hoc", "cong thong tin", "quoc hoi", "cac bo",
}

// Heads that may be written in lower case: collectives and generic units.
var lowerHeads = []string{
	"cac so", "cac bo", "cac co quan", "cac don vi", "cac dia phuong", "cac nganh", "cac to chuc",
	"cac doanh nghiep", "cac ban", "cac tinh", "cac xa", "cac quan", "cac huyen", "cac phong",
	"cac trung tam", "cac cuc", "cac vu", "cac hoi", "cac thanh vien", "cac luc luong", "cac cap",
	"co quan", "don vi", "luc luong", "uy ban nhan dan", "ubnd", "buu dien", "cac tap doan",
}

// Lower-case words and phrases agency names carry, folded.
var nameWords = []string{
	"thanh pho", "tinh", "quan", "huyen", "xa", "phuong", "thi xa", "thi tran", "dac khu",
	"nhan dan", "xa hoi", "nha nuoc", "lien quan", "co lien quan", "truc thuoc", "thuoc",
	"cap tinh", "cap huyen", "cap xa", "cap", "trung uong", "ngang bo", "chuyen mon", "hanh chinh", "khac",
	"su nghiep", "cong lap", "quan ly", "chi nhanh", "van tai", "tren dia ban", "dia ban",
	"chuyen nganh", "thuoc chinh phu", "doan the", "chinh tri - xa hoi", "chinh tri",
	"ve trat tu xa hoi", "trat tu xa hoi", "hanh chinh cong", "phuc vu hanh chinh cong", "truc thuoc trung uong", "thuoc trung uong",
}

// The words that continue a collective after a comma: "các sở, ban,
// ngành", "các quận, huyện", "các cơ quan, đơn vị, địa phương".
var groupTails = []string{
	"ban", "nganh", "huyen", "quan", "thanh pho", "thi xa", "xa", "phuong", "don vi",
	"dia phuong", "to chuc", "co quan", "doanh nghiep", "dac khu", "thi tran", "doan the",
}

// Verbs and words that end a name even when capitalised after a wrapped
// line, folded.
var taskVerbs = []string{
	"phoi hop", "chu tri", "to chuc", "trien khai", "thuc hien", "chi dao", "tham muu", "theo doi",
	"don doc", "huong dan", "tiep tuc", "hoan thanh", "ra soat", "xay dung", "bao cao", "khan truong",
	"tap trung", "chu dong", "nghien cuu", "chiu trach nhiem", "can cu", "dam bao", "bao dam",
	"day manh", "tang cuong", "cung cap", "ket noi", "cap nhat", "tham dinh", "xem xet", "giai quyet",
	"quan triet", "kiem tra", "ban hanh", "de xuat", "uu tien", "nang cao", "lam tot", "bam sat",
	"toi uu", "kip thoi", "thuong xuyen", "tich cuc", "yeu cau", "de nghi",
	"so hoa", "lam", "dua", "gui", "lap", "phong chong", "phong ngua", "bao ve", "to chuc thuc hien", "ban hanh",
}

// hasPhrase reports whether the folded text s holds the phrase w at i as
// whole words.
func pHasPhrase(s string, i int, w string) bool {
	return vntext.HasWordAt(s, i, w)
}

// phraseAt returns the end of the first of ps that s holds at i, or -1.
func pPhraseAt(s string, i int, ps []string) int {
	best := -1
	if i >= len(s) {
		return -1
	}
	c := s[i]
	for _, w := range ps {
		if w[0] == c && i+len(w) > best && len(w) <= len(s)-i && s[i:i+len(w)] == w && pHasPhrase(s, i, w) {
			best = i + len(w)
		}
	}
	return best
}

// skipSp skips spaces in folded text.
func pSkipSp(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// wordEnd returns the end of the word at i in folded text.
func pWordEnd(s string, i int) int {
	j := i
	for j < len(s) && s[j] != ' ' && !isFoldPunct(s[j]) {
		j++
	}
	if j == i && j < len(s) {
		j++
	}
	return j
}

func isFoldPunct(c byte) bool {
	switch c {
	case ',', ';', ':', '.', '(', ')', '"', '\'', '!', '?', '[', ']', '/':
		return true
	}
	return false
}

// capAt reports whether the original character behind folded offset i of
// block b is upper case or a digit.
func (b *block) capAt(i int) bool {
	o := b.f.Orig(i)
	if o >= len(b.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text[o:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isBreak reports whether folded offset i of b is where a capitalised line
// was joined to a heading.
func (b *block) isBreak(i int) bool {
	o := b.f.Orig(i)
	_, found := slices.BinarySearch(b.breaks, o)
	return found
}

// partyHeadAt reports the end of an agency head at folded offset i of b,
// or -1; group is set for a collective.
func (b *block) partyHeadAt(i int) (end int, group bool) {
	s := b.f.Text
	if e := pPhraseAt(s, i, lowerHeads); e >= 0 {
		return e, strings.HasPrefix(s[i:], "cac ")
	}
	if !b.capAt(i) || pPhraseAt(s, i, taskVerbs) >= 0 {
		return -1, false
	}
	if e := pPhraseAt(s, i, partyHeads); e >= 0 {
		// "Bộ" followed by a verb is not a head ("Bộ trưởng" is a title,
		// checked first by the caller).
		return e, strings.HasPrefix(s[i:], "cac ")
	}
	return -1, false
}

// partyAt reads one party (title and name) at folded offset i of b.
func (b *block) partyAt(i int) (partyRef, bool) {
	s := b.f.Text
	i = pSkipSp(s, i)
	start := i
	nameStart := i
	if e := pPhraseAt(s, i, partyTitles); e >= 0 {
		j := pSkipSp(s, e)
		if he, _ := b.partyHeadAt(j); he >= 0 {
			nameStart = j
			i = j
		} else {
			// A title with no agency after it ("Bộ trưởng" alone).
			return partyRef{}, false
		}
	}
	he, group := b.partyHeadAt(i)
	if he < 0 {
		return partyRef{}, false
	}
	end := he
	prevCap := true
	if pPhraseAt(s, i, []string{"don vi", "co quan", "cac don vi", "cac co quan"}) == he {
		// "đơn vị hướng dẫn thuộc Bộ Thông tin và Truyền thông": a generic
		// unit described by the body it belongs to.
		k := pSkipSp(s, he)
		for w := 0; w < 4 && k < len(s) && !isFoldPunct(s[k]); w++ {
			if e := pPhraseAt(s, k, []string{"thuoc", "truc thuoc"}); e >= 0 {
				if b.headAfter(e) {
					// The unit belongs to every body listed after "thuộc".
					_, le := b.partyListAt(pSkipSp(s, e))
					end = max(le, e)
					prevCap = false
				}
				break
			}
			k = pSkipSp(s, pWordEnd(s, k))
		}
	}
	for {
		j := pSkipSp(s, end)
		if j >= len(s) {
			break
		}
		if b.isBreak(j) && pPhraseAt(s, j, taskVerbs) >= 0 {
			break
		}
		c := s[j]
		if c == ',' {
			k := pSkipSp(s, j+1)
			if group || strings.Contains(s[start:end], ",") || isLocalityEnd(s[start:end]) {
				if e := pPhraseAt(s, k, groupTails); e >= 0 && !b.capAt(k) {
					end = e
					group = true
					prevCap = false
					continue
				}
			}
			break
		}
		if c == '-' {
			k := pSkipSp(s, j+1)
			if k < len(s) && (b.capAt(k) || pPhraseAt(s, k, []string{"chi nhanh"}) >= 0) && j > end {
				end = pWordEnd(s, k)
				prevCap = true
				continue
			}
			break
		}
		if isFoldPunct(c) || c == '&' {
			if c == '&' {
				end = pWordEnd(s, j+1)
				continue
			}
			break
		}
		if pHasPhrase(s, j, "va") {
			k := pSkipSp(s, j+2)
			if group {
				if e := pPhraseAt(s, k, groupTails); e >= 0 && !b.capAt(k) {
					end = e
					prevCap = false
					continue
				}
			}
			if k < len(s) && b.capAt(k) {
				if he, _ := b.partyHeadAt(k); he < 0 && pPhraseAt(s, k, partyTitles) < 0 {
					end = pWordEnd(s, k)
					prevCap = true
					continue
				}
			}
			break
		}
		if pHasPhrase(s, j, "cac") {
			k := pSkipSp(s, j+3)
			if e := pPhraseAt(s, k, groupTails); e >= 0 {
				end = e
				group = true
				prevCap = false
				continue
			}
			if e := pPhraseAt(s, k, []string{"so", "bo", "tinh", "thanh pho"}); e >= 0 {
				end = e
				group = true
				continue
			}
			break
		}
		if b.capAt(j) {
			if b.isBreak(j) {
				if e, _ := b.partyHeadAt(j); e >= 0 {
					break
				}
			}
			if pPhraseAt(s, j, taskVerbs) >= 0 && !precededByName(s, start, j) {
				break
			}
			end = pWordEnd(s, j)
			prevCap = true
			continue
		}
		if e := pPhraseAt(s, j, nameWords); e >= 0 {
			if (e == j+len("thuoc") || e == j+len("truc thuoc")) && strings.HasSuffix(s[j:e], "thuoc") && !b.headAfter(e) {
				break
			}
			end = e
			prevCap = false
			continue
		}
		if pPhraseAt(s, j, taskVerbs) >= 0 {
			break
		}
		if prevCap && s[j] != ' ' && !pIsDigit(s[j]) {
			// The second syllable of a capitalised word: "Y tế", "Tư pháp".
			end = pWordEnd(s, j)
			prevCap = false
			continue
		}
		// One lower-case word inside a name before a capitalised word:
		// "Trung tâm Chuyển đổi số Thành phố".
		k := pSkipSp(s, pWordEnd(s, j))
		if k < len(s) && b.capAt(k) && !isFoldPunct(s[k]) && pWordEnd(s, k)-k >= 2 {
			if he, _ := b.partyHeadAt(k); he < 0 && pPhraseAt(s, k, taskVerbs) < 0 && pPhraseAt(s, k, partyTitles) < 0 {
				end = pWordEnd(s, k)
				prevCap = true
				continue
			}
		}
		break
	}
	// "cơ quan phối hợp: …" is a label, not a party.
	if q := pSkipSp(s, end); q < len(s) {
		for _, w := range []string{"phoi hop", "chu tri", "thuc hien"} {
			if pHasPhrase(s, q, w) {
				if r := pSkipSp(s, q+len(w)); r < len(s) && s[r] == ':' {
					return partyRef{}, false
				}
			}
		}
	}
	// A name does not end with a connective.
	for _, w := range []string{" va", " -", " cac"} {
		if strings.HasSuffix(s[start:end], w) {
			end -= len(w)
		}
	}
	if strings.HasPrefix(s[nameStart:], "cac ") || strings.Contains(s[nameStart:end], ",") {
		group = true
	}
	return partyRef{start: start, end: end, nameStart: nameStart, group: group}, true
}

// precededByName reports whether a capitalised verb at j continues a name
// ("Ban Chỉ đạo"): it follows "ban" or "to".
func precededByName(s string, start, j int) bool {
	p := strings.TrimRight(s[start:j], " ")
	return strings.HasSuffix(p, "ban") || strings.HasSuffix(p, "to") || strings.HasSuffix(p, "trung tam")
}

// isLocalityEnd reports whether a folded name ends with a locality word
// that a comma may continue ("UBND xã, phường").
func isLocalityEnd(s string) bool {
	for _, w := range []string{"xa", "quan", "tinh", "huyen", "phuong", "so", "co quan", "don vi"} {
		if strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

// headAfter reports whether an agency head follows folded offset i.
func (b *block) headAfter(i int) bool {
	j := pSkipSp(b.f.Text, i)
	e, _ := b.partyHeadAt(j)
	return e >= 0
}

// partyListAt reads a list of parties at folded offset i: parties joined
// by ",", ";", "và". It returns the parties and the offset after the last.
func (b *block) partyListAt(i int) ([]partyRef, int) {
	s := b.f.Text
	var out []partyRef
	end := i
	pr, ok := b.partyAt(i)
	for ok {
		out = append(out, pr)
		end = pr.end
		j := pSkipSp(s, end)
		switch {
		case j < len(s) && (s[j] == ',' || s[j] == ';'):
			k := pSkipSp(s, j+1)
			if pHasPhrase(s, k, "va") {
				k = pSkipSp(s, k+2)
			}
			pr, ok = b.partyAt(k)
		case pHasPhrase(s, j, "va"):
			pr, ok = b.partyAt(pSkipSp(s, j+2))
		default:
			ok = false
		}
	}
	return out, end
}

// roleClause is what the head of a task says about roles.
type roleClause int

const (
	roleNone        roleClause = iota
	roleLeadWith               // "Chủ trì, phối hợp với X": the assignee leads, X cooperates
	roleCooperateTo            // "Phối hợp với X": X leads, the assignee cooperates
)

// The adverbs that may stand before the verb a task opens with.
var openAdverbs = []string{"tiep tuc", "chu dong", "tich cuc", "khan truong", "thuong xuyen"}

// taskRoles reads the roles of the task whose text is b.f.Text[i:]: the
// clause it opens with and the agencies named after "phối hợp (với)"
// anywhere in it.
func (b *block) taskRoles(i, j int) (clause roleClause, first, named []partyRef) {
	s := b.f.Text
	k := pSkipSp(s, i)
	for {
		if e := pPhraseAt(s, k, openAdverbs); e >= 0 {
			k = pSkipSp(s, e)
			continue
		}
		break
	}
	if pHasPhrase(s, k, "chu tri") {
		e := pSkipSp(s, k+len("chu tri"))
		if e < len(s) && s[e] == ',' {
			e = pSkipSp(s, e+1)
		}
		if pHasPhrase(s, e, "phoi hop") {
			clause = roleLeadWith
		}
	} else if pHasPhrase(s, k, "phoi hop") {
		clause = roleCooperateTo
	}
	// Every "phối hợp (với)" followed by agencies.
	for x := i; x < j; {
		n := strings.Index(s[x:j], "phoi hop")
		if n < 0 {
			break
		}
		p := x + n
		x = p + len("phoi hop")
		if !pHasPhrase(s, p, "phoi hop") {
			continue
		}
		q := pSkipSp(s, x)
		if pHasPhrase(s, q, "voi") {
			q = pSkipSp(s, q+3)
		} else if pHasPhrase(s, q, "cung") {
			q = pSkipSp(s, q+4)
		}
		ps, e := b.partyListAt(q)
		if len(ps) > 0 {
			if clause != roleNone && first == nil && p <= k+len("chu tri, ") {
				first = ps
			}
			named = append(named, ps...)
			x = e
		}
	}
	return clause, first, named
}

// inlineFields reads the roles a task states in its own text rather than
// by its position: labelled fields ("…; cơ quan chủ trì: Sở Nội vụ; cơ
// quan phối hợp: các sở, ngành") and parenthesised leads ("(Sở Nội vụ chủ
// trì, …)"), in the folded range [i, j) of b.
func (b *block) inlineFields(i, j int) (lead, coop []partyRef) {
	s := b.f.Text[:j]
	for k := i; k < j; k++ {
		switch s[k] {
		case ':':
			// The label before the colon.
			w := strings.TrimRight(s[max(i, k-32):k], " ")
			q := pSkipSp(s, k+1)
			switch {
			case strings.HasSuffix(w, "chu tri") || strings.HasSuffix(w, "thuc hien"):
				if ps, _ := b.partyListAt(q); len(ps) > 0 {
					lead = append(lead, ps...)
				}
			case strings.HasSuffix(w, "phoi hop"):
				if ps, _ := b.partyListAt(q); len(ps) > 0 {
					coop = append(coop, ps...)
				}
			}
		case '(':
			q := pSkipSp(s, k+1)
			ps, e := b.partyListAt(q)
			if len(ps) == 0 {
				continue
			}
			r := pSkipSp(s, e)
			switch {
			case pHasPhrase(s, r, "chu tri"):
				lead = append(lead, ps...)
			case pHasPhrase(s, r, "phoi hop"):
				coop = append(coop, ps...)
			}
		}
	}
	return lead, coop
}
