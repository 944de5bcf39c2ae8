package agency

import (
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
	for k := j; k < len(tok) && k-j < 14; k++ {
		t := tok[k]
		switch {
		case t.s == "&":
			if k+1 >= len(tok) || !isWordTok(tok[k+1]) || !s.isCap(k+1) || fd.isStop(k+1) {
				return end
			}
			if raw := s.rawText(k); raw == "va" || raw == "&" {
				if _, _, ok := fd.headAt(k + 1); ok {
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
			end, lower = k+1, 0
			continue
		}
		if uj, alone, ok := fd.unitAt(k); ok {
			if _, _, next := fd.unitAt(uj); alone || next || s.isCap(uj) && uj < len(tok) && isWordTok(tok[uj]) {
				end = uj
				k = uj - 1
				continue
			}
		}
		switch {
		case stop:
			return end
		case lower < 3 && end > j && fd.isNameWord(k):
			end = k + 1
			lower++
		default:
			return end
		}
	}
	return end
}

// breaksAt reports whether a head that opens another body, never
// continuing a name ("Sở", "Phòng", "Ủy ban nhân dân"), starts at token k.
func (fd *finder) breaksAt(k int) bool {
	h, _, ok := fd.headAt(k)
	return ok && h.flags&lexicon.Breaks != 0
}
