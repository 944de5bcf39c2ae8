package agency

import (
	"strings"

	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// isCap reports whether canonical token i begins with an upper-case letter
// or a digit in the original text ("Sở", "TT&TT", "C06"), as the marks of
// the folding say.
func (s *scanner) isCap(i int) bool {
	if i < 0 || i >= len(s.tok) {
		return false
	}
	a := int(s.tok[i].start)
	if a >= len(s.f.Text) {
		return false
	}
	return s.f.IsUpperAt(a) || vntext.IsDigit(s.f.Text[a])
}

// isAllCaps reports whether every letter of canonical token i is written in
// capitals.
func (s *scanner) isAllCaps(i int) bool {
	t := s.tok[i]
	for k := int(t.start); k < int(t.end); k++ {
		if c := s.f.Text[k]; 'a' <= c && c <= 'z' && !s.f.IsUpperAt(k) {
			return false
		}
	}
	return true
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
// capitalised words, numbers, words names hold in lower case (at most
// three in a row), unit words before a place name, and joiners ("và", "-",
// "&") that lead to another capitalised word; a word that ends a name (a
// verb, a function word) ends it, and a head that opens another body ("…
// TỈNH QUẢNG NINH PHÒNG CẢNH SÁT …").
func (fd *finder) extent(j int) int {
	s := fd.s
	tok := s.tok
	end := j
	lower := 0
	placed := -1 // the end of a unit that ends a name by itself ("tỉnh")
	for k := j; k < len(tok) && k-j < 14; k++ {
		t := tok[k]
		switch {
		case t.s == "&":
			if k+1 >= len(tok) || !isWordTok(tok[k+1]) || !s.isCap(k+1) || fd.isStop(k+1) {
				return end
			}
			if raw := s.rawText(k); raw == "va" || raw == "&" {
				// "và" before a head or a person's title joins another
				// party: "Chánh Văn phòng Cục Thuế và Thủ trưởng các đơn
				// vị …".
				if _, _, ok := fd.headAt(k + 1); ok {
					return end
				}
				if _, _, _, ok := fd.titleRow(k + 1); ok {
					return end
				}
			}
			continue
		case isNumberTok(t):
			if k == j && !s.adjacent(k-1) && k > 0 && !isWordTok(tok[k-1]) {
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
		stop, hard := fd.stopAt(k)
		if hard {
			return end
		}
		switch {
		case s.isCap(k) && k > j && tok[k-1].s != "&" && fd.breaksAt(k):
			return end
		case s.isCap(k):
			// A name word of several syllables that the capitalised one
			// begins is read whole ("Văn phòng Đăng ký", "Quỹ Bảo vệ").
			end, lower = fd.nameWordEnd(k, k+1), 0
			k = end - 1
			continue
		}
		if uj, alone, ok := fd.unitAt(k); ok {
			if _, _, next := fd.unitAt(uj); alone || next || s.isCap(uj) && uj < len(tok) && isWordTok(tok[uj]) {
				end = uj
				k = uj - 1
				if alone {
					placed = uj
				}
				continue
			}
		}
		switch {
		case stop:
			return end
		case end == placed:
			// "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh | tư vấn": a
			// word in lower case after the place ends the name, whose
			// place is its last word.
			return end
		case end == k && end > j && fd.nameWordEnd(k, k) > k+1:
			// "… Đăng ký đất đai": a name word of several syllables
			// after a word of the name, none a stop.
			end = fd.nameWordEnd(k, k)
			k = end - 1
			lower++
		case lower < 3 && end > j && fd.isNameWord(k):
			end = k + 1
			lower++
		case end == k && end > j && fd.bridges(k):
			// "Bộ Tư lệnh Thành phố", "Tập đoàn Điện lực Việt Nam",
			// "Khu kinh tế mở Chu Lai": a lower-case word between words
			// of the name.
			end = k + 1
			lower = 0
		default:
			return end
		}
	}
	return end
}

// nameWordEnd returns the token after a name word of the lexicon of two
// or more syllables that starts at canonical token k, or or when none
// does.
func (fd *finder) nameWordEnd(k, or int) int {
	if _, j, ok := fd.lexAt(k, clsNameWord); ok && j > k+1 {
		return j
	}
	return or
}

// bridges reports whether the lower-case word at token k, which no list
// knows as a name word, lies inside a name: a capitalised word of the name
// follows it, which opens no other body and ends no name. Decree 30/2020
// (Phụ lục II, II.1.b) capitalises the first syllable of each word of an
// organisation's name, so the words of "Tập đoàn Điện lực Việt Nam" and
// "Bộ Tư lệnh Thành phố" after their first syllables are in lower case,
// and so are words such as "mở" in "Khu kinh tế mở Chu Lai". The word
// bridges when a capitalised word of the name follows it that opens no
// other body, or when it follows a capitalised word and a stop or
// punctuation follows it ("Bộ Tư lệnh Thủ đô chủ trì"); a verb after a name
// is followed by its object or its own words ("… chỉ đạo Sở …", "… trả
// lời …"), which the stops and the heads that break end.
func (fd *finder) bridges(k int) bool {
	s := fd.s
	if s.isAllCaps(k) {
		return false
	}
	n := k + 1
	if k > 0 && s.isCap(k-1) && isWordTok(s.tok[k-1]) && (n >= len(s.tok) || !isWordTok(s.tok[n]) || fd.roleAt(n) || fd.functionWord(n)) {
		// "Bộ Tư lệnh Thủ đô chủ trì": the last syllable of the name's
		// last word, before punctuation, a role verb or a function word.
		return true
	}
	if n < len(s.tok) && isWordTok(s.tok[n]) && !s.isCap(n) && !fd.isStop(n) {
		n++ // two words in lower case: "… Nông nghiệp ứng dụng Công nghệ cao"
	}
	if n >= len(s.tok) || !isWordTok(s.tok[n]) || !s.isCap(n) {
		return false
	}
	if fd.isStop(n) || fd.breaksAt(n) {
		return false
	}
	_, _, head := fd.headAt(n)
	return !head
}

// functionWords are closed-class words — conjunctions, prepositions,
// aspect and modal markers, the plural — that never continue a word of a
// name, so a syllable before one ends the name's last word ("Hội đồng Thi
// đua - Khen thưởng các cấp"). Unlike the stops, none is the first
// syllable of a longer word ("định" opens "định kỳ", "quyết định" ends with
// it). Folded, as the canonical tokens are.
var functionWords = [...]string{"cac", "cua", "va", "voi", "tai", "theo", "tren", "ve", "de", "thi", "la", "da", "se", "dang", "can", "phai", "cung", "trong"}

// functionWord reports whether token k is one of functionWords.
func (fd *finder) functionWord(k int) bool {
	w := fd.s.tok[k].s
	for _, f := range functionWords {
		if w == f {
			return true
		}
	}
	return false
}

// roleAt reports whether a role verb (chủ trì, phối hợp) starts at token k.
func (fd *finder) roleAt(k int) bool {
	t := fd.s.f.Text[fd.s.tok[k].start:]
	for r := 1; r < len(roleNames); r++ {
		w := vntext.String(roleNames[r])
		if strings.HasPrefix(t, w) && (len(t) == len(w) || !vntext.IsLetter(t[len(w)])) {
			return true
		}
	}
	return false
}

// breaksAt reports whether a head that opens another body, never
// continuing a name ("Sở", "Phòng", "Ủy ban nhân dân"), starts at token k.
func (fd *finder) breaksAt(k int) bool {
	h, _, ok := fd.headAt(k)
	return ok && h.flags&lexicon.Breaks != 0
}
