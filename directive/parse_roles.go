package directive

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
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
	// The rest is packed into the padding after group, keeping the type
	// at 32 bytes (small slices of it stay off the heap).
	//
	// titleOver is how far the person title runs past nameStart:
	// "Chánh Văn phòng" overlaps the name of the office it heads ("Chánh
	// Văn phòng UBND tỉnh" is the chief of the "Văn phòng UBND tỉnh").
	titleOver uint8
	// A list item may take its title and its head word from the list:
	// "Giám đốc" and "Sở" in "Giám đốc các Sở: Tài chính, Y tế" make
	// "Tài chính" the "Giám đốc Sở Tài chính". They are the folded spans
	// that start titleBack and headBack bytes before start, titleLen and
	// headLen bytes long (0: none).
	titleLen, headLen   uint8
	titleBack, headBack uint16
}

// titleSpan returns the folded span of r's person title (empty: none).
func (r partyRef) titleSpan() (int, int) {
	if r.titleLen > 0 {
		ts := r.start - int(r.titleBack)
		return ts, ts + int(r.titleLen)
	}
	return r.start, r.nameStart + int(r.titleOver)
}

// headSpan returns the folded span of the head word r takes from its list
// (empty: none).
func (r partyRef) headSpan() (int, int) {
	hs := r.start - int(r.headBack)
	return hs, hs + int(r.headLen)
}

// listItem returns the party of the name at the folded span [k, e) that
// takes its head word [hs, he) and title [ts, te) from its list, or false
// when they lie too far from it to be recorded.
func listItem(k, e, hs, he, ts, te int) (partyRef, bool) {
	if k-hs > 0xffff || he-hs > 0xff || k-ts > 0xffff || te-ts > 0xff || hs > k || ts > k {
		return partyRef{}, false
	}
	return partyRef{start: k, end: e, nameStart: k, headBack: uint16(k - hs), headLen: uint8(he - hs),
		titleBack: uint16(k - ts), titleLen: uint8(te - ts)}, true
}

// partyName returns the name of r as printed, with the head word a list
// gave it: "Văn phòng UBND tỉnh", "Sở Tài chính".
func (b *block) partyName(r partyRef) string {
	name := strings.TrimSpace(b.text[b.f.Orig(r.nameStart):b.f.Orig(r.end)])
	if hs, he := r.headSpan(); he > hs {
		// The head word of "các sở, ngành" opens the name: "Sở".
		h := strings.TrimSpace(b.text[b.f.Orig(hs):b.f.Orig(he)])
		c, n := utf8.DecodeRuneInString(h)
		return string(unicode.ToUpper(c)) + h[n:] + " " + name
	}
	return name
}

// partyTitle returns the person title of r as printed: "Chánh Văn phòng",
// "Giám đốc", or "".
func (b *block) partyTitle(r partyRef) string {
	ts, te := r.titleSpan()
	if te <= ts {
		return ""
	}
	return strings.TrimSpace(b.text[b.f.Orig(ts):b.f.Orig(te)])
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
	"tinh doan", "thanh doan", // the provincial Youth Union: "Tỉnh Đoàn"
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
	"cap tinh", "cap huyen", "cap xa", "trung uong", "ngang bo", "chuyen mon", "hanh chinh", "khac",
	"su nghiep", "cong lap", "quan ly", "chi nhanh", "van tai", "tren dia ban", "dia ban",
	"chuyen nganh", "thuoc chinh phu", "doan the", "chinh tri - xa hoi", "chinh tri",
	"ve trat tu xa hoi", "trat tu xa hoi", "hanh chinh cong", "phuc vu hanh chinh cong", "truc thuoc trung uong", "thuoc trung uong",
	// Where a unit sits: "cơ quan Trung ương đóng trên địa bàn tỉnh",
	// "các doanh nghiệp hoạt động trên địa bàn".
	"dong tren dia ban", "dong chan tren dia ban", "hoat dong tren dia ban",
	// The kinds of zone boards and offices are named after: "Ban Quản lý
	// Khu kinh tế tỉnh", "Khu công nghiệp", "Khu chế xuất", "Khu công
	// nghệ cao".
	"kinh te", "cong nghiep", "che xuat", "cong nghe cao",
	"khu kinh te", "khu cong nghiep", "khu che xuat", "khu cong nghe cao",
	// "Sở Nông nghiệp và Phát triển nông thôn": the lower-case words of
	// the name the department had until 2025.
	"nong thon",
	// A standing body and a working group: "Cơ quan thường trực Tổ công
	// tác …", "Đoàn công tác"; the committees for women's advancement:
	// "Ban vì sự tiến bộ (của) phụ nữ tỉnh".
	"thuong truc", "cong tac", "vi su tien bo cua phu nu", "vi su tien bo phu nu",
}

// The kinds of zones a board manages, folded: "Ban Quản lý các khu công
// nghiệp và khu kinh tế" is one name.
var zoneWords = []string{"khu kinh te", "khu cong nghiep", "khu che xuat", "khu cong nghe cao"}

// The words that continue a collective after a comma: "các sở, ban,
// ngành", "các quận, huyện", "các cơ quan, đơn vị, địa phương".
var groupTails = []string{
	"ban", "nganh", "huyen", "quan", "thanh pho", "thi xa", "xa", "phuong", "don vi",
	"dia phuong", "to chuc", "co quan", "doanh nghiep", "dac khu", "thi tran", "doan the",
	"ca nhan", "ho gia dinh", // "các tổ chức, cá nhân có liên quan"
	"hoi", // "các sở, ban, ngành, hội, đoàn thể"
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
		// "các sở" but not "các số liệu".
		if k := strings.IndexByte(s[i:e], ' '); k < 0 || strings.IndexByte(s[i+k+1:e], ' ') >= 0 || b.headSpelled(i+k+1, e) {
			return e, strings.HasPrefix(s[i:], "cac ")
		}
		return -1, false
	}
	if !b.capAt(i) || pPhraseAt(s, i, taskVerbs) >= 0 {
		return -1, false
	}
	if e := pPhraseAt(s, i, partyHeads); e >= 0 && b.headSpelled(i, e) {
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
	over := 0 // how far the title runs past nameStart
	if e := pPhraseAt(s, i, partyTitles); e >= 0 {
		j := pSkipSp(s, e)
		// Titles sharing the agency after the last: "Giám đốc, Thủ trưởng
		// các sở, ban, ngành", "Chủ tịch, Phó Chủ tịch UBND tỉnh" (not the
		// ministers named by their title alone, below).
		for s[start:e] != "bo truong" && j < len(s) && (s[j] == ',' || pHasPhrase(s, j, "va")) {
			k := pSkipSp(s, j+1)
			if s[j] != ',' {
				k = pSkipSp(s, j+len("va"))
			}
			e2 := pPhraseAt(s, k, partyTitles)
			if e2 < 0 {
				break
			}
			e, j = e2, pSkipSp(s, e2)
		}
		if he, _ := b.partyHeadAt(j); he >= 0 {
			nameStart = j
			i = j
			if strings.HasSuffix(s[start:e], "chanh van phong") {
				// The chief of an office heads the office of the body named
				// after the title: "Chánh Văn phòng UBND tỉnh" is the
				// chief of the Văn phòng UBND tỉnh, not of the committee.
				nameStart, over = e-len("van phong"), len("van phong")
			}
		} else if s[start:e] == "bo truong" && (j >= len(s) || s[j] == ',' || s[j] == ';' || s[j] == ':' || pHasPhrase(s, j, "va")) {
			// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …": the ministers,
			// named by their title alone (the vocabulary reads it as the
			// ministries' heads).
			return partyRef{start: start, end: e, nameStart: start, group: true}, true
		} else {
			// A title with no agency after it.
			return partyRef{}, false
		}
	}
	he, group := b.partyHeadAt(i)
	if he < 0 {
		return partyRef{}, false
	}
	end := he
	prevCap := true
	// doubt is set when the last word taken is a lower-case syllable taken
	// for the second syllable of a capitalised word ("Tư pháp" but also
	// "Thương duy"), and verbCut when the name stopped after its head at a
	// capitalised verb ("Sở Xây dựng"): the known names decide these.
	// commaCut when it stopped at a comma before a capitalised word that
	// opens no party of its own.
	doubt, verbCut, commaCut := false, false, false
	if pPhraseAt(s, i, []string{"don vi", "co quan", "cac don vi", "cac co quan"}) == he {
		// "đơn vị hướng dẫn thuộc Bộ Thông tin và Truyền thông": a generic
		// unit described by the body it belongs to.
		k := pSkipSp(s, he)
		for w := 0; w < 4 && k < len(s) && !isFoldPunct(s[k]); w++ {
			if e := pPhraseAt(s, k, []string{"thuoc", "truc thuoc"}); e >= 0 {
				if b.headAfter(e) {
					// The unit belongs to every body listed after "thuộc",
					// up to a collective, which is a party of its own
					// ("cơ quan thuộc Chính phủ và các thành viên …").
					ps, _ := b.partyListAt(pSkipSp(s, e))
					end = e
					for _, p := range ps {
						// A collective, or a body under a person's title
						// ("…, Chủ tịch Ủy ban nhân dân các tỉnh"), is a
						// party of its own.
						if strings.HasPrefix(s[p.nameStart:], "cac ") || p.nameStart != p.start {
							break
						}
						end = p.end
					}
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
			if group || strings.Contains(s[start:end], ",") || isLocalityEnd(s[start:end]) || end == he && isKindHead(s[nameStart:he]) {
				// "các sở, ngành"; "các Sở, Ban, ngành" with the kinds
				// capitalised, but not "các sở, Ban Dân tộc": a tail word
				// followed by a capitalised word opens a name of its own.
				if e := pPhraseAt(s, k, groupTails); e >= 0 && (!b.capAt(k) || !b.capWordAt(pSkipSp(s, e))) && b.nameWordSpelled(k, e) {
					end = e
					group = true
					prevCap, doubt = false, false
					continue
				}
			}
			// "Sở Văn hóa, Thể thao và Du lịch": a comma inside a known
			// name, before a capitalised word that opens no party.
			commaCut = !group && b.capWordAt(k) && !b.headAfter(k) && pPhraseAt(s, k, partyTitles) < 0 &&
				pPhraseAt(s, k, taskVerbs) < 0
			break
		}
		if c == '-' {
			k := pSkipSp(s, j+1)
			if group || isLocalityEnd(s[start:end]) {
				// "Ủy ban nhân dân quận-huyện": kinds joined by a dash.
				if e := pPhraseAt(s, k, groupTails); e >= 0 && !b.capAt(k) {
					end = e
					group = true
					prevCap, doubt = false, false
					continue
				}
			}
			if k < len(s) && (b.capAt(k) || pPhraseAt(s, k, []string{"chi nhanh"}) >= 0) && j > end {
				end = pWordEnd(s, k)
				prevCap = true
				continue
			}
			break
		}
		if c == '/' && (group || isLocalityEnd(s[start:end])) {
			// "các huyện/thành phố": kinds of a collective joined by a slash.
			if e := pPhraseAt(s, pSkipSp(s, j+1), groupTails); e >= 0 {
				end = e
				prevCap, doubt = false, false
				continue
			}
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
			if e := pPhraseAt(s, k, zoneWords); e >= 0 && !group && strings.Contains(s[start:end], "khu ") {
				// "… các khu công nghiệp và khu kinh tế".
				end = e
				prevCap, doubt = false, false
				continue
			}
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
			if e := pPhraseAt(s, k, []string{"so", "bo", "tinh", "thanh pho", "cap"}); e >= 0 {
				// "UBND các tỉnh", "Chủ tịch UBND các cấp".
				end = e
				group = true
				continue
			}
			if e := pPhraseAt(s, k, zoneWords); e >= 0 && !group {
				end = e
				prevCap, doubt = false, false
				continue
			}
			if !group && b.capWordAt(k) && !b.headAfter(k) && pPhraseAt(s, k, partyTitles) < 0 && pPhraseAt(s, k, taskVerbs) < 0 {
				// "Ban Quản lý các Khu công nghiệp", "Ban Chỉ đạo các
				// Chương trình …": a body in charge of the units named.
				end = pWordEnd(s, k)
				prevCap, doubt = true, false
				continue
			}
			break
		}
		if (group || end == he && (s[nameStart:he] == "so" || s[nameStart:he] == "bo") && (pHasPhrase(s, j, "ban") || pHasPhrase(s, j, "nganh"))) && !b.capAt(j) {
			// "các sở, ban ngành", "Sở ban ngành": two kinds of a
			// collective written without a comma between them (not "các
			// sở ban hành").
			if e := pPhraseAt(s, j, groupTails); e >= 0 && pPhraseAt(s, j, taskVerbs) < 0 && b.nameWordSpelled(j, e) {
				end = e
				group = true
				prevCap, doubt = false, false
				continue
			}
		}
		if b.capAt(j) {
			if b.isBreak(j) {
				if e, _ := b.partyHeadAt(j); e >= 0 {
					break
				}
			}
			if pPhraseAt(s, j, taskVerbs) >= 0 && !precededByName(s, start, j) {
				verbCut = end == he
				break
			}
			end = pWordEnd(s, j)
			prevCap, doubt = true, false
			continue
		}
		if e := pPhraseAt(s, j, nameWords); e >= 0 && b.nameWordSpelled(j, e) {
			if (e == j+len("thuoc") || e == j+len("truc thuoc")) && strings.HasSuffix(s[j:e], "thuoc") && !b.headAfter(e) {
				break
			}
			end = e
			prevCap, doubt = false, false
			continue
		}
		if pPhraseAt(s, j, taskVerbs) >= 0 {
			break
		}
		if prevCap && s[j] != ' ' && !pIsDigit(s[j]) {
			// The second syllable of a capitalised word: "Y tế", "Tư pháp".
			end = pWordEnd(s, j)
			prevCap, doubt = false, true
			continue
		}
		// One lower-case word inside a name before a capitalised word:
		// "Trung tâm Chuyển đổi số Thành phố". A number is no name word:
		// "Sở Nội vụ giảm 20% …" ends before "giảm".
		k := pSkipSp(s, pWordEnd(s, j))
		if k < len(s) && b.capAt(k) && !isFoldPunct(s[k]) && !pIsDigit(s[k]) && pWordEnd(s, k)-k >= 2 {
			if he, _ := b.partyHeadAt(k); he < 0 && pPhraseAt(s, k, taskVerbs) < 0 && pPhraseAt(s, k, partyTitles) < 0 {
				end = pWordEnd(s, k)
				prevCap, doubt = true, false
				continue
			}
		}
		break
	}
	if verbCut || commaCut || doubt && b.lowerWordAt(pSkipSp(s, end)) {
		end = b.knownNameEnd(nameStart, he, end)
	}
	// "Cơ quan phối hợp: …", "Đơn vị thực hiện: …" is a label, not a
	// party: a head that names no body. A named body before the verb and
	// its colon is charged with the items that follow ("Sở Y tế thực
	// hiện:").
	if q := pSkipSp(s, end); q < len(s) && end == he {
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
	return partyRef{start: start, end: end, nameStart: nameStart, group: group, titleOver: uint8(over)}, true
}

// nameWordSpelled reports whether the name word at the folded span [j, e)
// of b is written as the name word its folding stands for: "tỉnh" but not
// "tính" ("Sở Tài chính tính toán"), "thuộc" but not "thuốc". Folding
// drops the tones that tell these apart; text written without any
// diacritics is taken as it is.
func (b *block) nameWordSpelled(j, e int) bool {
	var want string
	switch b.f.Text[j:e] {
	case "tinh":
		want = "tỉnh"
	case "quan":
		want = "quận"
	case "huyen":
		want = "huyện"
	case "xa":
		want = "xã"
	case "phuong":
		want = "phường"
	case "thuoc":
		want = "thuộc"
	case "khac":
		want = "khác"
	case "hoi":
		want = "hội"
	case "dong tren dia ban":
		want = "đóng trên địa bàn"
	case "dong chan tren dia ban":
		want = "đóng chân trên địa bàn"
	default:
		return true
	}
	return b.spelledAs(j, e, want)
}

// headSpelled reports whether the one-word head at the folded span [j, e)
// of b is written as the head its folding stands for: "Sở" but not "Số
// liệu", "Phòng" but not "Phong trào", "Viện" but not "Viên chức", "Đài"
// but not "Đại diện". Text written without any diacritics is taken as it
// is.
func (b *block) headSpelled(j, e int) bool {
	var want string
	switch b.f.Text[j:e] {
	case "so":
		want = "sở"
	case "bo":
		want = "bộ"
	case "ban":
		want = "ban"
	case "cuc":
		want = "cục"
	case "vu":
		want = "vụ"
	case "to":
		want = "tổ"
	case "dai":
		want = "đài"
	case "doan":
		want = "đoàn"
	case "hoi":
		want = "hội"
	case "vien":
		want = "viện"
	case "phong":
		want = "phòng"
	case "bao":
		want = "báo"
	default:
		return true
	}
	return b.spelledAs(j, e, want)
}

// spelledAs reports whether the original text behind the folded span
// [j, e) of b is the word want (lower case, NFC), in any case, or b is
// written without diacritics.
func (b *block) spelledAs(j, e int, want string) bool {
	if b.accents == 0 {
		b.accents = 2
		for k := 0; k < len(b.text); k++ {
			if b.text[k] >= utf8.RuneSelf {
				b.accents = 1
				break
			}
		}
	}
	if b.accents == 2 {
		return true
	}
	o := b.text[b.f.Orig(j):b.f.Orig(e)]
	return strings.EqualFold(o, want) || strings.EqualFold(nfc(o), want)
}

// capWordAt reports whether a word written with a capital letter opens at
// folded offset i of b.
func (b *block) capWordAt(i int) bool {
	s := b.f.Text
	return i < len(s) && vntext.IsLetter(s[i]) && b.capAt(i)
}

// nameShaped reports whether the words of the folded range [a, c) of b
// may continue a name: capitalised words, a lower-case syllable right
// after one ("Xây dựng"), "và" and the commas and dashes between them. The
// vocabulary knows which words names are made of, not in which order, so
// a name it reads on beyond the shape of one ("Sở Du lịch quảng bá") is
// not taken.
func (b *block) nameShaped(a, c int) bool {
	s := b.f.Text
	w := a // the last word before a
	for w > 0 && s[w-1] != ' ' {
		w--
	}
	prevCap := b.capWordAt(w)
	for k := pSkipSp(s, a); k < c; k = pSkipSp(s, k) {
		switch {
		case s[k] == ',' || s[k] == '-' || s[k] == '&':
			k++
			continue
		case b.capWordAt(k):
			prevCap = true
		case pHasPhrase(s, k, "va"):
			prevCap = false
		case prevCap && vntext.IsLetter(s[k]):
			prevCap = false
		default:
			return false
		}
		k = pWordEnd(s, k)
	}
	return true
}

// lowerWordAt reports whether a lower-case word that is no task verb and
// not "và" (which joins names) opens at folded offset i of b: what follows
// a name cut by its shape in the middle of a phrase ("Cục Thuế có |
// trách nhiệm").
func (b *block) lowerWordAt(i int) bool {
	s := b.f.Text
	return i < len(s) && vntext.IsLetter(s[i]) && !b.capAt(i) && pPhraseAt(s, i, taskVerbs) < 0 && !pHasPhrase(s, i, "va")
}

// nameVocab returns the registry whose names tell where a name ends. The
// extent of a name is a question of the language — which words the
// standard names of agencies are made of ("Sở Xây dựng", "Sở Công
// Thương") — so it is the built-in registry's, whatever registry the
// caller resolves IDs with.
//
// agency.Default is one shared registry, so its scratch space for searches
// stays warm from call to call.
func nameVocab() *agency.Registry { return agency.Default() }

// knownNameEnd returns where the name that opens at folded offset ns of b
// ends, given that its shape reads it to end at end (its head ending at
// he) but is in doubt: the end of a known name read there ("Sở Xây dựng"
// where the shape stopped at the verb "xây dựng"; "Sở Công Thương" where
// it took "duy" of "duy trì" for a syllable of the name), unless the
// words the shape took beyond that end hold a capitalised word (a longer
// name the vocabulary does not know). A longer name is taken when the
// vocabulary knows it whole ([agency.Mention.Known]) or the words added
// are shaped as a name's.
func (b *block) knownNameEnd(ns, he, end int) int {
	if b.known[0] == ns && b.known[1] == end && end > ns {
		return b.known[2]
	}
	e := b.readKnownEnd(ns, he, end)
	b.known = [3]int{ns, end, e}
	return e
}

// readKnownEnd is knownNameEnd without the cache.
func (b *block) readKnownEnd(ns, he, end int) int {
	s := b.f.Text
	// The window: the name and up to ten words after it, within its
	// clause (the lower-case words of "Văn phòng Đoàn đại | biểu Quốc
	// hội và Hội đồng nhân dân tỉnh" run nine past the shape's cut).
	w := end
	for n := 0; n < 10; n++ {
		k := pSkipSp(s, w)
		if k >= len(s) || s[k] == ';' || s[k] == ':' || s[k] == '.' || s[k] == '(' {
			break
		}
		w = pWordEnd(s, k)
	}
	oa, ob := b.f.Orig(ns), b.f.Orig(w)
	m, ok := nameVocab().Find(b.text[oa:ob], nil)
	if !ok || m.Start != 0 {
		return end
	}
	me := b.f.Index(oa + m.End)
	switch {
	case me > end:
		// A whole name the registry knows ends where it says ("Văn phòng
		// Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"), unless a word
		// it read on is another word folded alike ("Sở Tài chính tính
		// toán"); a name it found by its head ends as the words are shaped.
		if m.Known && b.wordsSpelled(end, me) || b.nameShaped(end, me) {
			return me
		}
	case me < end && me >= he:
		for k := pSkipSp(s, me); k < end; k = pSkipSp(s, pWordEnd(s, k)) {
			if b.capAt(k) {
				return end
			}
		}
		return me
	}
	return end
}

// wordsSpelled reports whether each word of the folded range [a, c) of b
// is written as the name word its folding stands for (see
// nameWordSpelled).
func (b *block) wordsSpelled(a, c int) bool {
	s := b.f.Text
	for k := pSkipSp(s, a); k < c; k = pSkipSp(s, pWordEnd(s, k)) {
		if vntext.IsLetter(s[k]) && !b.nameWordSpelled(k, pWordEnd(s, k)) {
			return false
		}
	}
	return true
}

// precededByName reports whether a capitalised verb at j continues a name
// ("Ban Chỉ đạo"): it follows "ban" or "to".
func precededByName(s string, start, j int) bool {
	p := strings.TrimRight(s[start:j], " ")
	return strings.HasSuffix(p, "ban") || strings.HasSuffix(p, "to") || strings.HasSuffix(p, "trung tam")
}

// isKindHead reports whether a folded head alone names a kind of body, so
// that a comma and more kinds after it make a collective written without
// "các": "Sở, ban, ngành", "Bộ, ngành".
func isKindHead(h string) bool {
	switch h {
	case "so", "bo", "ban", "co quan", "don vi":
		return true
	}
	return false
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

// lendListHead turns on reading the list after a collective's colon as
// the bodies it names ("các Sở: Tài chính, Y tế" → Sở Tài chính, Sở Y
// tế; see headedList). Such items are named with a head word that is not
// before them in the text, so it waits until Party names are built with
// partyName and partyTitle (parser.parties); until then the items would be
// named "Tài chính", "Y tế".
const lendListHead = true

// partyListAt reads a list of parties at folded offset i: parties joined
// by ",", ";", "và". It returns the parties and the offset after the last.
func (b *block) partyListAt(i int) ([]partyRef, int) {
	return b.partyList(i, lendListHead)
}

// partyList is partyListAt, reading the list after a collective's colon
// as the bodies it names when lend is set.
func (b *block) partyList(i int, lend bool) ([]partyRef, int) {
	s := b.f.Text
	var out []partyRef
	end := i
	pr, ok := b.partyAt(i)
	var hs, he int // the head word a list after a collective lends its items
	for ok {
		out = append(out, pr)
		end = pr.end
		j := pSkipSp(s, end)
		if lend && pr.group && j < len(s) && s[j] == ':' {
			// "Giám đốc các Sở: Thông tin và Truyền thông; Tài chính": the
			// collective stands for the bodies listed after it.
			if items, e := b.headedList(pr, j+1); len(items) > 0 {
				// One item at a time: appending a slice would move the
				// list's first room to the heap.
				out = out[:len(out)-1]
				//lint:ignore S1011 appending the slice moves out's first room to the heap
				for _, it := range items {
					out = append(out, it)
				}
				end = e
				hs, he = items[0].headSpan()
				j = pSkipSp(s, end)
			}
		}
		switch {
		case j < len(s) && (s[j] == ',' || s[j] == ';'):
			k := pSkipSp(s, j+1)
			if pHasPhrase(s, k, "va") {
				k = pSkipSp(s, k+2)
			}
			pr, ok = b.partyAt(k)
			if !ok && he > hs {
				// More of a list under a collective's head: "…; Tài chính".
				if e := b.listItemEnd(k, hs, he); e > k {
					ts, te := out[len(out)-1].titleSpan()
					pr, ok = listItem(k, e, hs, he, ts, te)
				}
			}
		case pHasPhrase(s, j, "va"):
			pr, ok = b.partyAt(pSkipSp(s, j+2))
		default:
			ok = false
		}
	}
	return out, end
}

// headedList reads the list after the colon at folded offset i of b that
// follows the collective c ("các Sở: Thông tin và Truyền thông; Tài chính",
// "các Sở, ngành: Tài chính, Công an thành phố"): names of its kind
// written without their head word, and whole names. Each item takes the
// collective's head word ("Sở") and its person title ("Giám đốc"). It
// reads a list of two names or more, each but the last followed by ",",
// ";" or "và", so that a task written after a colon ("Các sở, ngành: Chủ
// động rà soát …") is not taken for one. It returns the items and the
// offset after the last.
func (b *block) headedList(c partyRef, i int) ([]partyRef, int) {
	s := b.f.Text
	if !strings.HasPrefix(s[c.nameStart:], "cac ") {
		return nil, i
	}
	hs := pSkipSp(s, c.nameStart+len("cac "))
	he := pPhraseAt(s, hs, partyHeads)
	if he < 0 {
		return nil, i
	}
	ts, te := c.titleSpan()
	var items []partyRef
	k := pSkipSp(s, i)
	end := i
	for {
		var it partyRef
		if pr, ok := b.partyAt(k); ok && !b.lendsTo(pr, hs, he) {
			it = pr
		} else if e := b.listItemEnd(k, hs, he); e > k {
			var ok bool
			if it, ok = listItem(k, e, hs, he, ts, te); !ok {
				break
			}
		} else {
			break
		}
		items = append(items, it)
		end = it.end
		j := pSkipSp(s, end)
		if j < len(s) && (s[j] == ',' || s[j] == ';') {
			k = pSkipSp(s, j+1)
			if pHasPhrase(s, k, "va") {
				k = pSkipSp(s, k+2)
			}
		} else if pHasPhrase(s, j, "va") {
			k = pSkipSp(s, j+2)
		} else {
			break
		}
	}
	if len(items) < 2 {
		return nil, i
	}
	return items, end
}

// lendsTo reports whether the party pr read in a list under the head
// s[hs:he] is a bare head word that the list's head completes into a name
// the vocabulary knows: "Công an" under "các Bộ" is the Bộ Công an, while
// "Công an thành phố" is a party of its own.
func (b *block) lendsTo(pr partyRef, hs, he int) bool {
	if e, _ := b.partyHeadAt(pr.nameStart); e != pr.end {
		return false
	}
	head := b.text[b.f.Orig(hs):b.f.Orig(he)]
	item := b.text[b.f.Orig(pr.nameStart):b.f.Orig(pr.end)]
	m, ok := nameVocab().Find(head+" "+item, nil)
	return ok && m.Start == 0 && m.End == len(head)+1+len(item) && m.ID != ""
}

// listItemEnd returns the end of the name without its head word that opens
// at folded offset k of b in a list under the head s[hs:he] ("Tài chính"
// under "các Sở"), or k: a capitalised word that is no task verb or title,
// running as far as the vocabulary knows the name with its head word put
// back ("Sở Lao động - Thương binh và Xã hội") or, for a name it does not
// know, over capitalised words, their second syllables and "và" between
// them.
func (b *block) listItemEnd(k, hs, he int) int {
	s := b.f.Text
	if !b.capWordAt(k) || pPhraseAt(s, k, taskVerbs) >= 0 || pPhraseAt(s, k, partyTitles) >= 0 {
		return k
	}
	// The window: up to the end of the clause.
	w := k
	for n := 0; n < 10; n++ {
		q := pSkipSp(s, w)
		if q >= len(s) || s[q] == ';' || s[q] == ':' || s[q] == '.' || s[q] == ',' || s[q] == '(' {
			break
		}
		w = pWordEnd(s, q)
	}
	head := b.text[b.f.Orig(hs):b.f.Orig(he)]
	oa, ob := b.f.Orig(k), b.f.Orig(w)
	probe := head + " " + b.text[oa:ob]
	if m, ok := nameVocab().Find(probe, nil); ok && m.Start == 0 && m.End > len(head)+1 {
		return b.f.Index(oa + m.End - len(head) - 1)
	}
	end := pWordEnd(s, k)
	prevCap := true
	for {
		j := pSkipSp(s, end)
		switch {
		case j >= w:
			return end
		case pHasPhrase(s, j, "va") && b.capWordAt(pSkipSp(s, j+2)):
			end = pWordEnd(s, pSkipSp(s, j+2))
			prevCap = true
		case b.capWordAt(j) && pPhraseAt(s, j, taskVerbs) < 0:
			end = pWordEnd(s, j)
			prevCap = true
		case prevCap && vntext.IsLetter(s[j]) && pPhraseAt(s, j, taskVerbs) < 0:
			end = pWordEnd(s, j)
			prevCap = false
		default:
			return end
		}
	}
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
	var cl clauseStart
	cl.reset(i)
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
		} else {
			// The agencies written before the verb: "Sở A chủ trì; Công
			// an tỉnh, Sở Nội vụ phối hợp".
			named = append(named, b.partiesBefore(cl.at(s, p), p)...)
		}
	}
	return clause, first, named
}

// clauseStart finds where the clause before a role verb starts, for a run
// of role verbs read left to right in one text: the text between two of
// them is scanned once, so that a task repeating "phối hợp" costs linear
// time, not quadratic.
type clauseStart struct {
	scanned int // the text before this is scanned
	stop    int // after the last ";", ".", ":" or "(" before scanned
	chuTri  int // the last "chu tri" before scanned, or -1
}

// reset starts a run at folded offset i.
func (c *clauseStart) reset(i int) { *c = clauseStart{scanned: i, stop: i, chuTri: -1} }

// at returns where the clause ending at p (p not before the previous p)
// starts: after the last ";", ".", ":" or "(", or after a "chủ trì" in
// the clause ("Sở A chủ trì, Sở B phối hợp").
func (c *clauseStart) at(s string, p int) int {
	if p > c.scanned {
		seg := s[c.scanned:p]
		if k := strings.LastIndexAny(seg, ";.:("); k >= 0 {
			c.stop = c.scanned + k + 1
		}
		if k := strings.LastIndex(seg, "chu tri"); k >= 0 {
			c.chuTri = c.scanned + k
		}
		c.scanned = p
	}
	cs := c.stop
	if c.chuTri >= cs && pHasPhrase(s, c.chuTri, "chu tri") {
		cs = c.chuTri + len("chu tri")
	}
	return cs
}

// partiesBefore returns the list of parties that fills the clause of b
// from folded offset cs (clauseStart.at) to p, where a role verb follows
// it ("Công an tỉnh, Sở Nội vụ | phối hợp").
func (b *block) partiesBefore(cs, p int) []partyRef {
	s := b.f.Text
	cs = pSkipSp(s, cs)
	if cs < p && s[cs] == ',' {
		cs = pSkipSp(s, cs+1)
	}
	if cs >= p {
		return nil
	}
	if he, _ := b.partyHeadAt(cs); he < 0 && pPhraseAt(s, cs, partyTitles) < 0 {
		return nil
	}
	ps, e := b.partyListAt(cs)
	if len(ps) == 0 || pSkipSp(s, e) != p {
		return nil
	}
	return ps
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
