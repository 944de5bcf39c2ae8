package agency

import (
	"sort"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// Matching works on canonical tokens: the tokens of folded text (see
// vntext.Fold) with the ways of writing one thing made equal.
//
//   - "và", "&", "-", "–" and "+" between words all become "&", so "Sở
//     Thông tin và Truyền thông", "Sở Thông tin - Truyền thông" and "Sở
//     TT&TT" differ only in the next step;
//   - the phrases of rewriteTable become one abbreviation token:
//     "ủy ban nhân dân" and "UBND" are both "ubnd", "thông tin & truyền
//     thông" and "tt & tt" are both "tttt";
//   - a "." right after "tp" ("TP.HCM", "TP. Hải Phòng") is dropped.
//
// Names in the registry go through the same steps, so a name matches
// whatever mix of full words and abbreviations the text uses.

// A ctok is one canonical token: its text and the byte span in the folded
// text of the raw tokens it stands for.
type ctok struct {
	s          string
	start, end int32
}

// rewrite turns a phrase of canonical tokens into one abbreviation token.
type rewrite struct {
	from string // space-separated tokens, after the "&" step
	to   string
}

// rewriteTable is sorted by from. Sources: the abbreviations used in
// Vietnamese administrative documents for the bodies they name (as written
// in the seed and the sample directives: UBND, HĐND, TT&TT, KH&ĐT,
// LĐ-TB&XH, TN&MT, GTVT, GD&ĐT, BHXH, NHNN, CA, VPCP, KSTTHC, PTTH, TTĐT).
var rewriteTable = []rewrite{
	{"ban chi dao", "bcd"},
	{"bao hiem xa hoi", "bhxh"},
	{"chuyen doi so", "cds"},
	{"cong an", "ca"},
	{"cong nghe thong tin", "cntt"},
	{"doi moi sang tao", "dmst"},
	{"gd & dt", "gddt"},
	{"giao duc & dao tao", "gddt"},
	{"giao thong & van tai", "gtvt"},
	{"giao thong van tai", "gtvt"},
	{"ho chi minh", "hcm"},
	{"hoi dong nhan dan", "hdnd"},
	{"ke hoach & dau tu", "khdt"},
	{"kh & cn", "khcn"},
	{"kh & dt", "khdt"},
	{"khoa hoc & cong nghe", "khcn"},
	{"khoa hoc , cong nghe", "khcn"},
	{"kiem soat thu tuc hanh chinh", "kstthc"},
	{"lao dong & thuong binh & xa hoi", "ldtbxh"},
	{"lao dong , thuong binh & xa hoi", "ldtbxh"},
	{"ld & tb & xh", "ldtbxh"},
	{"mat tran to quoc", "mttq"},
	{"ngan hang chinh sach xa hoi", "nhcsxh"},
	{"ngan hang nha nuoc", "nhnn"},
	{"nn & mt", "nnmt"},
	{"nn & ptnt", "nnptnt"},
	{"nong nghiep & moi truong", "nnmt"},
	{"nong nghiep & phat trien nong thon", "nnptnt"},
	{"phat thanh & truyen hinh", "ptth"},
	{"phat thanh , truyen hinh", "ptth"},
	{"pt & th", "ptth"},
	{"quan ly hanh chinh", "qlhc"},
	{"tai nguyen & moi truong", "tnmt"},
	{"thanh pho", "tp"},
	{"thong tin & truyen thong", "tttt"},
	{"thong tin dien tu", "ttdt"},
	{"thu tuc hanh chinh", "tthc"},
	{"tn & mt", "tnmt"},
	{"trat tu xa hoi", "ttxh"},
	{"trung uong", "tw"},
	{"tt & tt", "tttt"},
	{"uy ban nhan", "ubnd"}, // "Ủy ban nhân Thành phố": a dropped "dân"
	{"uy ban nhan dan", "ubnd"},
	{"van hoa & the thao & du lich", "vhttdl"},
	{"van hoa , the thao & du lich", "vhttdl"},
	{"vh & tt & dl", "vhttdl"},
	{"vh , tt & dl", "vhttdl"},
}

// rewriteFirst returns the range of rewriteTable whose phrases start with
// the word w.
func rewriteFirst(w string) (int, int) {
	lo := sort.Search(len(rewriteTable), func(i int) bool { return rewriteTable[i].from >= w })
	hi := lo
	for hi < len(rewriteTable) {
		f := rewriteTable[hi].from
		if len(f) < len(w) || f[:len(w)] != w || len(f) > len(w) && f[len(w)] != ' ' {
			break
		}
		hi++
	}
	return lo, hi
}

// ampWord reports whether a folded token is one of the joiners made "&".
func ampWord(s string) bool {
	return s == "va" || s == "&" || s == "-" || s == "+"
}

// scanner holds the raw and canonical tokens of one folded text.
type scanner struct {
	f   *vntext.Folded
	raw []vntext.Token
	tok []ctok
	// rawAt[i] is the index in raw of the first raw token of tok[i].
	rawAt []int32
}

// canonicalize fills s.tok from s.raw, applying the rewrites. The index ix
// gives the bitset of words that start a rewrite.
func (s *scanner) canonicalize(ix *index) {
	raw := s.raw
	s.tok = s.tok[:0]
	s.rawAt = s.rawAt[:0]
	for i := 0; i < len(raw); {
		t := raw[i]
		w := t.Text
		if ampWord(w) {
			s.tok = append(s.tok, ctok{"&", int32(t.Start), int32(t.End)})
			s.rawAt = append(s.rawAt, int32(i))
			i++
			continue
		}
		if w == "." && i > 0 && raw[i-1].Text == "tp" && raw[i-1].End == t.Start {
			// "TP.HCM", "TP. Hải Phòng": the dot after TP says nothing.
			i++
			continue
		}
		if t.Kind == vntext.Word && ix.rewriteStart(w) {
			if n, to := matchRewrite(raw, i); n > 0 {
				s.tok = append(s.tok, ctok{to, int32(t.Start), int32(raw[i+n-1].End)})
				s.rawAt = append(s.rawAt, int32(i))
				i += n
				continue
			}
		}
		s.tok = append(s.tok, ctok{w, int32(t.Start), int32(t.End)})
		s.rawAt = append(s.rawAt, int32(i))
		i++
	}
}

// matchRewrite returns the number of raw tokens from raw[i] that the longest
// matching rewrite covers, and its abbreviation.
func matchRewrite(raw []vntext.Token, i int) (int, string) {
	lo, hi := rewriteFirst(raw[i].Text)
	bestN, best := 0, ""
	for k := lo; k < hi; k++ {
		if n := matchWords(raw, i, rewriteTable[k].from); n > bestN {
			bestN, best = n, rewriteTable[k].to
		}
	}
	return bestN, best
}

// matchWords reports how many raw tokens from raw[i] spell the
// space-separated canonical words of phrase, or 0.
func matchWords(raw []vntext.Token, i int, phrase string) int {
	n := 0
	for phrase != "" {
		w := phrase
		if k := strings.IndexByte(phrase, ' '); k >= 0 {
			w, phrase = phrase[:k], phrase[k+1:]
		} else {
			phrase = ""
		}
		if i+n >= len(raw) {
			return 0
		}
		t := raw[i+n].Text
		if w == "&" {
			if !ampWord(t) {
				return 0
			}
		} else if t != w {
			return 0
		}
		n++
	}
	return n
}

// canonKey returns the canonical key of a name: its canonical tokens joined
// by single spaces. It is how names in the registry are indexed.
func canonKey(name string) string {
	f := vntext.Fold(name)
	s := scanner{f: &f, raw: vntext.Tokens(f.Text)}
	s.canonicalize(nil)
	var b strings.Builder
	for i, t := range s.tok {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
	}
	return b.String()
}

// wordHash is FNV-1a of w, used for the bitsets of start words.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// bitsetWords is the size of the start-word bitsets in uint64 words.
const bitsetWords = 64

type bitset [bitsetWords]uint64

func (b *bitset) add(w string) {
	h := wordHash(w) % (bitsetWords * 64)
	b[h/64] |= 1 << (h % 64)
}

func (b *bitset) has(w string) bool {
	h := wordHash(w) % (bitsetWords * 64)
	return b[h/64]&(1<<(h%64)) != 0
}
