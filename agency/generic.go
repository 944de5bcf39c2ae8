package agency

import (
	"unicode"
	"unicode/utf8"
)

// A head is the word or words that open the name of an agency of some kind
// ("Sở", "Bộ", "Cục", "Ủy ban nhân dân"): a name the registry does not know
// is still found by its head and reported unresolved.
type head struct {
	words string // canonical tokens
	kind  Kind
	level Level
	// alone: the head is a name by itself when capitalised ("Công an",
	// "Bưu điện"); otherwise a name word must follow.
	alone bool
}

// headTable lists the heads, sorted by words. The words of a name that follow its head are
// capitalised or belong to the vocabulary of known names (see extent).
var headTable = []head{
	{"ban", KindBoard, 0, false},
	{"bao", KindPress, 0, false},
	{"bcd", KindSteeringCommittee, 0, true},
	{"bhxh", KindSocialInsurance, 0, true},
	{"bo", KindMinistry, LevelCentral, false},
	{"buu dien", KindEnterprise, 0, true},
	{"ca", KindPolice, 0, true},
	{"chi cuc", KindCentralUnit, 0, false},
	{"chinh phu", KindGovernment, LevelCentral, true},
	{"cong ttdt", KindPress, 0, true},
	{"cong ty", KindEnterprise, 0, false},
	{"cuc", KindCentralUnit, 0, false},
	{"dai", KindPress, 0, false},
	{"dang uy", KindParty, 0, true},
	{"doan dai bieu quoc hoi", KindLegislature, LevelProvince, true},
	{"hdnd", KindPeopleCouncil, 0, true},
	{"hoi dong", KindBoard, 0, false},
	{"huyen uy", KindParty, LevelDistrict, true},
	{"kho bac", KindGovernmentBody, 0, false},
	{"kiem toan nha nuoc", KindAudit, 0, true},
	{"mttq", KindFront, 0, true},
	{"ngan hang", KindBank, 0, false},
	{"nhcsxh", KindBank, 0, true},
	{"nhnn", KindStateBank, 0, true},
	{"phong", KindOfficeUnit, 0, false},
	{"quoc hoi", KindLegislature, LevelCentral, true},
	{"so", KindDepartment, LevelProvince, false},
	{"tap doan", KindEnterprise, 0, false},
	{"thanh tra", KindInspectorate, 0, false},
	{"thanh uy", KindParty, LevelProvince, true},
	{"tinh uy", KindParty, LevelProvince, true},
	{"to cong tac", KindTaskForce, 0, false},
	{"toa an", KindCourt, 0, false},
	{"toa an nhan dan", KindCourt, 0, true},
	{"tong cong ty", KindEnterprise, 0, false},
	{"tong cuc", KindCentralUnit, LevelCentral, false},
	{"trung tam", KindServiceUnit, 0, false},
	{"ub", 0, 0, false},
	{"ubnd", KindPeopleCommittee, 0, true},
	{"uy ban", 0, 0, false},
	{"van phong", KindOffice, 0, false},
	{"vien", KindServiceUnit, 0, false},
	{"vien kiem sat nhan dan", KindProcuracy, 0, true},
	{"vpub", KindOffice, LevelProvince, true},
	{"vu", KindCentralUnit, LevelCentral, false},
}

// unitWords name a tier of territory: "Ủy ban nhân dân tỉnh", "Công an
// huyện".
var unitWords = []string{"cap", "dac", "huyen", "khu", "phuong", "quan", "thi", "tinh", "tp", "tw", "xa"}

// standaloneUnit reports whether a unit word ends a name by itself
// ("Công an tỉnh"); the others need a following word ("cấp xã", "quận
// Hồng Bàng").
func standaloneUnit(w string) bool {
	return w == "tinh" || w == "tp" || w == "huyen" || w == "xa" || w == "phuong" || w == "tw"
}

func isUnitWord(w string) bool {
	return sortedHas(unitWords, w)
}

// stopWords end a name in running text: verbs and function words that
// follow an agency ("Sở Tài chính tham mưu", "Công an thành phố tổng
// hợp"). Sorted.
var stopWords = []string{
	"bao", "bo", "cac", "can", "cap", "chi", "chiu", "cho", "chu", "co", "cong", "cua", "cung", "da", "dam", "dang", "day", "de", "den", "dinh", "doi", "don", "dong", "duoc", "giai", "giao", "giup", "hoac", "hoan", "huong", "kem", "khan", "khi", "khong", "kiem", "kip", "la", "lam", "lap", "ma", "moi", "mot", "nam", "nang", "nay", "neu", "ngay", "nham", "nhanh", "nhu", "nhung", "noi", "phai", "phoi", "quan", "ra", "sau", "se", "so", "tai", "tang", "tap", "tham", "theo", "thi", "thong", "thuc", "tiep", "to", "tong", "trach", "tren", "trien", "trinh", "trong", "tu", "tuc", "va", "ve", "voi", "xay", "xem", "yeu",
}

func isStopWord(w string) bool {
	return sortedHas(stopWords, w)
}

// headAt returns the head that starts at canonical token i, and the token
// after it.
func headAt(tok []ctok, i int) (head, int, bool) {
	if i >= len(tok) {
		return head{}, i, false
	}
	best, bestJ := head{}, i
	lo, hi := headRange(tok[i].s)
	for k := lo; k < hi; k++ {
		if j := matchCanon(tok, i, headTable[k].words); j > bestJ {
			best, bestJ = headTable[k], j
		}
	}
	return best, bestJ, bestJ > i
}

// matchCanon returns the token after the space-separated canonical words
// of phrase matched at tok[i], or i when they do not match.
func matchCanon(tok []ctok, i int, phrase string) int {
	j := i
	for phrase != "" {
		w := phrase
		rest := ""
		for k := 0; k < len(phrase); k++ {
			if phrase[k] == ' ' {
				w, rest = phrase[:k], phrase[k+1:]
				break
			}
		}
		if j >= len(tok) || tok[j].s != w {
			return i
		}
		phrase = rest
		j++
	}
	return j
}

// isCap reports whether canonical token i begins with an upper-case letter
// or digit in the original text ("Sở", "TT&TT", "C06").
func (s *scanner) isCap(text string, i int) bool {
	if i < 0 || i >= len(s.tok) {
		return false
	}
	o := s.f.Orig(int(s.tok[i].start))
	if o >= len(text) {
		return false
	}
	if c := text[o]; c < 0x80 {
		// ASCII: the common case, without decoding.
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[o:])
	return isCapRune(r)
}

// isCapRune reports whether r is an upper-case or title-case letter or a
// digit. The capitals of Vietnamese outside Latin-1 are mostly in two
// blocks where capitals and small letters alternate, capitals at even code
// points ("Ă", "Đ", "Ũ"; "Ạ" to "Ỹ"): they are told apart without the
// Unicode tables (checked against them by a test).
func isCapRune(r rune) bool {
	if 0x100 <= r && r <= 0x137 || 0x1ea0 <= r && r <= 0x1eff {
		return r&1 == 0
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r)
}

// rawText returns the folded text of the first raw token of canonical
// token i: "va" or "-" for an "&".
func (s *scanner) rawText(i int) string { return s.f.Text[s.tok[i].start:s.tok[i].end] }

// adjacent reports whether canonical tokens i and i+1 touch (no space).
func (s *scanner) adjacent(i int) bool {
	return i+1 < len(s.tok) && s.tok[i].end == s.tok[i+1].start
}

func isWordTok(t ctok) bool {
	return t.s != "" && (t.s[0] >= 0x80 || 'a' <= t.s[0] && t.s[0] <= 'z')
}

func isNumberTok(t ctok) bool { return t.s != "" && '0' <= t.s[0] && t.s[0] <= '9' }

// extent returns the end of a name whose words start at canonical token j
// (just after its head), or j when no name word follows. It takes
// capitalised words, numbers, words of the name vocabulary (at most three
// in a row in lower case), unit words before a place name, and joiners
// ("và", "-", "&") that lead to another capitalised word.
func (s *scanner) extent(text string, ix *index, j int) int {
	end := j
	lower := 0
	for k := j; k < len(s.tok) && k-j < 14; k++ {
		t := s.tok[k]
		switch {
		case t.s == "&":
			if k+1 >= len(s.tok) || !isWordTok(s.tok[k+1]) || !s.isCap(text, k+1) || isStopWord(s.tok[k+1].s) {
				return end
			}
			if raw := s.rawText(k); raw == "va" || raw == "&" {
				if _, _, ok := headAt(s.tok, k+1); ok {
					return end
				}
			}
			continue
		case isNumberTok(t):
			if k == j && !s.adjacent(k-1) && k > 0 && !isWordTok(s.tok[k-1]) {
				return end
			}
			end, lower = k+1, 0
			continue
		case !isWordTok(t):
			if (t.s == "." || t.s == "/") && k > j && s.adjacent(k-1) && s.adjacent(k) {
				continue
			}
			return end
		}
		next := ""
		if k+1 < len(s.tok) {
			next = s.tok[k+1].s
		}
		if hardStop(t.s, next) {
			return end
		}
		switch {
		case s.isCap(text, k) && k > j && s.tok[k-1].s != "&" && startsHead(s.tok, k):
			// "CÔNG AN TỈNH QUẢNG NINH / PHÒNG CẢNH SÁT …": another body.
			return end
		case s.isCap(text, k):
			end, lower = k+1, 0
		case isUnitWord(t.s) && (standaloneUnit(t.s) || isUnitWord(next) || s.isCap(text, k+1) && isWordTok(s.tok[k+1])):
			end = k + 1
		case isStopWord(t.s):
			return end
		case ix.inVocab(t.s) && lower < 3 && end > j:
			end = k + 1
			lower++
		default:
			return end
		}
	}
	return end
}

// hardStop reports whether the words w, next end a name even in capitals,
// as in the headings and signature blocks of documents ("CỘNG HÒA",
// "PHÓ TRƯỞNG BAN THỨ NHẤT", "THƯỜNG TRỰC").
func hardStop(w, next string) bool {
	switch w + " " + next {
	case "cong hoa", "thu nhat", "thuong truc", "thu hai":
		return true
	}
	switch w {
	case "kt", "tm", "tl", "tuq":
		return true
	}
	return false
}

// headRange returns the range of headTable whose heads start with the word
// w (a switch, checked against the table by a test).
func headRange(w string) (int, int) {
	switch w {
	case "ban":
		return 0, 1
	case "bao":
		return 1, 2
	case "bcd":
		return 2, 3
	case "bhxh":
		return 3, 4
	case "bo":
		return 4, 5
	case "buu":
		return 5, 6
	case "ca":
		return 6, 7
	case "chi":
		return 7, 8
	case "chinh":
		return 8, 9
	case "cong":
		return 9, 11
	case "cuc":
		return 11, 12
	case "dai":
		return 12, 13
	case "dang":
		return 13, 14
	case "doan":
		return 14, 15
	case "hdnd":
		return 15, 16
	case "hoi":
		return 16, 17
	case "huyen":
		return 17, 18
	case "kho":
		return 18, 19
	case "kiem":
		return 19, 20
	case "mttq":
		return 20, 21
	case "ngan":
		return 21, 22
	case "nhcsxh":
		return 22, 23
	case "nhnn":
		return 23, 24
	case "phong":
		return 24, 25
	case "quoc":
		return 25, 26
	case "so":
		return 26, 27
	case "tap":
		return 27, 28
	case "thanh":
		return 28, 30
	case "tinh":
		return 30, 31
	case "to":
		return 31, 32
	case "toa":
		return 32, 34
	case "tong":
		return 34, 36
	case "trung":
		return 36, 37
	case "ub":
		return 37, 38
	case "ubnd":
		return 38, 39
	case "uy":
		return 39, 40
	case "van":
		return 40, 41
	case "vien":
		return 41, 43
	case "vpub":
		return 43, 44
	case "vu":
		return 44, 45
	}
	return 0, 0
}

// startsHead reports whether a head of more than one word, or one of the
// heads that never continue a name ("Sở", "Phòng", "Cục", "Bộ", "Ban"),
// starts at token k.
func startsHead(tok []ctok, k int) bool {
	h, _, ok := headAt(tok, k)
	if !ok {
		return false
	}
	switch h.words {
	case "so", "phong", "cuc", "bo", "ban", "vu", "chi cuc", "tong cuc", "van phong", "trung tam", "ubnd", "hdnd", "ca", "bhxh":
		return true
	}
	return false
}
