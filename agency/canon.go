package agency

import (
	"math/bits"
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
	h          uint32 // wordHash(s)
	// h0 is wordHash of the first raw token's folded text: of "uy" for
	// "ubnd" read from "Ủy ban nhân dân", of "va" for an "&" read from
	// "và"; h for the others. The lexicon is looked up by it.
	h0 uint32
}

// rewrite turns a phrase of canonical tokens into one abbreviation token.
type rewrite struct {
	from string   // space-separated tokens, after the "&" step
	to   string   // the abbreviation
	rest []string // the words of from after the first (checked by a test)
}

// rewriteTable is sorted by from. Sources: the abbreviations used in
// Vietnamese administrative documents for the bodies they name (as written
// in the seed and the sample directives: UBND, HĐND, TT&TT, KH&ĐT,
// LĐ-TB&XH, TN&MT, GTVT, GD&ĐT, BHXH, NHNN, CA, VPCP, KSTTHC, PTTH, TTĐT).
var rewriteTable = []rewrite{
	{"ban chi dao", "bcd", []string{"chi", "dao"}},
	{"bao hiem xa hoi", "bhxh", []string{"hiem", "xa", "hoi"}},
	{"chuyen doi so", "cds", []string{"doi", "so"}},
	{"cong an", "ca", []string{"an"}},
	{"cong nghe thong tin", "cntt", []string{"nghe", "thong", "tin"}},
	{"doi moi sang tao", "dmst", []string{"moi", "sang", "tao"}},
	{"gd & dt", "gddt", []string{"&", "dt"}},
	{"giao duc & dao tao", "gddt", []string{"duc", "&", "dao", "tao"}},
	{"giao thong & van tai", "gtvt", []string{"thong", "&", "van", "tai"}},
	{"giao thong van tai", "gtvt", []string{"thong", "van", "tai"}},
	{"hai quan", "hq", []string{"quan"}},
	{"ho chi minh", "hcm", []string{"chi", "minh"}},
	{"hoi dong nhan dan", "hdnd", []string{"dong", "nhan", "dan"}},
	{"ke hoach & dau tu", "khdt", []string{"hoach", "&", "dau", "tu"}},
	{"kh & cn", "khcn", []string{"&", "cn"}},
	{"kh & dt", "khdt", []string{"&", "dt"}},
	{"khoa hoc & cong nghe", "khcn", []string{"hoc", "&", "cong", "nghe"}},
	{"khoa hoc , cong nghe", "khcn", []string{"hoc", ",", "cong", "nghe"}},
	{"kiem soat thu tuc hanh chinh", "kstthc", []string{"soat", "thu", "tuc", "hanh", "chinh"}},
	{"lao dong & thuong binh & xa hoi", "ldtbxh", []string{"dong", "&", "thuong", "binh", "&", "xa", "hoi"}},
	{"lao dong , thuong binh & xa hoi", "ldtbxh", []string{"dong", ",", "thuong", "binh", "&", "xa", "hoi"}},
	{"ld & tb & xh", "ldtbxh", []string{"&", "tb", "&", "xh"}},
	{"mat tran to quoc", "mttq", []string{"tran", "to", "quoc"}},
	{"ngan hang chinh sach xa hoi", "nhcsxh", []string{"hang", "chinh", "sach", "xa", "hoi"}},
	{"ngan hang nha nuoc", "nhnn", []string{"hang", "nha", "nuoc"}},
	{"nn & mt", "nnmt", []string{"&", "mt"}},
	{"nn & ptnt", "nnptnt", []string{"&", "ptnt"}},
	{"nong nghiep & moi truong", "nnmt", []string{"nghiep", "&", "moi", "truong"}},
	{"nong nghiep & phat trien nong thon", "nnptnt", []string{"nghiep", "&", "phat", "trien", "nong", "thon"}},
	{"phat thanh & truyen hinh", "ptth", []string{"thanh", "&", "truyen", "hinh"}},
	{"phat thanh , truyen hinh", "ptth", []string{"thanh", ",", "truyen", "hinh"}},
	{"phat trien", "phattrien", []string{"trien"}},
	{"pt & th", "ptth", []string{"&", "th"}},
	{"quan ly hanh chinh", "qlhc", []string{"ly", "hanh", "chinh"}},
	{"tai nguyen & moi truong", "tnmt", []string{"nguyen", "&", "moi", "truong"}},
	{"thanh pho", "tp", []string{"pho"}},
	{"thong tin & truyen thong", "tttt", []string{"tin", "&", "truyen", "thong"}},
	{"thong tin dien tu", "ttdt", []string{"tin", "dien", "tu"}},
	{"thu tuc hanh chinh", "tthc", []string{"tuc", "hanh", "chinh"}},
	{"tn & mt", "tnmt", []string{"&", "mt"}},
	{"trat tu xa hoi", "ttxh", []string{"tu", "xa", "hoi"}},
	{"trung uong", "tw", []string{"uong"}},
	{"tt & tt", "tttt", []string{"&", "tt"}},
	{"tuyen giao", "tuyengiao", []string{"giao"}},
	{"uy ban nhan", "ubnd", []string{"ban", "nhan"}}, // "Ủy ban nhân Thành phố": a dropped "dân"
	{"uy ban nhan dan", "ubnd", []string{"ban", "nhan", "dan"}},
	{"van hoa & the thao & du lich", "vhttdl", []string{"hoa", "&", "the", "thao", "&", "du", "lich"}},
	{"van hoa , the thao & du lich", "vhttdl", []string{"hoa", ",", "the", "thao", "&", "du", "lich"}},
	{"vh & tt & dl", "vhttdl", []string{"&", "tt", "&", "dl"}},
	{"vh , tt & dl", "vhttdl", []string{",", "tt", "&", "dl"}},
}

// rewriteFirst returns the range of rewriteTable whose phrases start with
// the word w (a switch, checked against the table by a test).
func rewriteFirst(w string) (int, int) {
	switch w {
	case "ban":
		return 0, 1
	case "bao":
		return 1, 2
	case "chuyen":
		return 2, 3
	case "cong":
		return 3, 5
	case "doi":
		return 5, 6
	case "gd":
		return 6, 7
	case "giao":
		return 7, 10
	case "hai":
		return 10, 11
	case "ho":
		return 11, 12
	case "hoi":
		return 12, 13
	case "ke":
		return 13, 14
	case "kh":
		return 14, 16
	case "khoa":
		return 16, 18
	case "kiem":
		return 18, 19
	case "lao":
		return 19, 21
	case "ld":
		return 21, 22
	case "mat":
		return 22, 23
	case "ngan":
		return 23, 25
	case "nn":
		return 25, 27
	case "nong":
		return 27, 29
	case "phat":
		return 29, 32
	case "pt":
		return 32, 33
	case "quan":
		return 33, 34
	case "tai":
		return 34, 35
	case "thanh":
		return 35, 36
	case "thong":
		return 36, 38
	case "thu":
		return 38, 39
	case "tn":
		return 39, 40
	case "trat":
		return 40, 41
	case "trung":
		return 41, 42
	case "tt":
		return 42, 43
	case "tuyen":
		return 43, 44
	case "uy":
		return 44, 46
	case "van":
		return 46, 48
	case "vh":
		return 48, 50
	}
	return 0, 0
}

// ampWord reports whether a folded token is one of the joiners made "&".
func ampWord(s string) bool {
	return s == "va" || s == "&" || s == "-" || s == "+"
}

// scanner holds the canonical tokens of one folded text.
type scanner struct {
	f    *vntext.Folded
	tok  []ctok
	cand []int32 // the tokens whose hash has markStart, in order
}

// canonicalize fills s.tok from the tokens of the folded text, applying the
// rewrites, and s.cand with the tokens that may start a name. The index ix
// gives the marks of the words that start a rewrite or a name (nil: try
// every word for a rewrite, and list no candidates).
func (s *scanner) canonicalize(ix *index) {
	t := s.f.Text
	// A word is four bytes or more with its space: the tokens fit in
	// len(t)/4+4. A scratch kept from a smaller call is replaced, not grown
	// step by step (which allocated five times the final size).
	if n := len(t)/4 + 4; cap(s.tok) < n {
		s.tok = make([]ctok, 0, n)
	}
	s.tok = s.tok[:0]
	s.cand = s.cand[:0]
	prevEnd, prevTP := -1, false
	// pending is the index in s.tok of the last token when it is a word
	// that may begin a rewrite, or -1. Whether it does is decided at the
	// next token, whose hash is then at hand.
	pending := -1
	for i := 0; i < len(t); {
		// The tokens of vntext.NextToken, inlined: a run of digits, one
		// ASCII punctuation mark, or a run of other non-space bytes.
		c := t[i]
		if c == ' ' {
			i++
			continue
		}
		start := i
		kind := vntext.Word
		var h uint32
		switch {
		case wordByte[c] != 0:
			if i+8 <= len(t) {
				// Most words are shorter than eight bytes: one load
				// gives both the end of the word and the bytes to hash.
				x := vntext.Load64(t, i)
				if m := vntext.NonLetterBytes(x); m != 0 {
					n := bits.TrailingZeros64(m) >> 3
					h = mixHash(uint64(n)*hashMul1 ^ x&(1<<(8*n)-1))
					i += n
					break
				}
			}
			for i < len(t) && wordByte[t[i]] != 0 {
				i++
			}
			h = hashSpan(t, start, i)
		case '0' <= c && c <= '9':
			for i < len(t) && '0' <= t[i] && t[i] <= '9' {
				i++
			}
			h = hashSpan(t, start, i)
			kind = vntext.Number
		default:
			i++
			h = mixHash(1*hashMul1 ^ uint64(c)) // hashSpan of one byte
			kind = vntext.Punct
		}
		w := t[start:i]
		if pending >= 0 {
			// The token after a word that may begin a rewrite: if the two
			// may begin one, match the whole phrase from that word, which
			// then becomes the rewrite's token.
			p := &s.tok[pending]
			h2 := h
			if kind == vntext.Punct && (c == '-' || c == '+') || kind == vntext.Word && w == "va" {
				h2 = hashAmp // the joiners are all "&"
			}
			if ix.rewritePair(p.h, h2) {
				if end, to := matchRewrite(t, t[p.start:p.end], int(p.end)); end > 0 {
					if n := len(s.cand); n > 0 && int(s.cand[n-1]) == pending {
						s.cand = s.cand[:n-1]
					}
					*p = ctok{to, p.start, int32(end), wordHash(to), p.h0}
					if ix.marksOf(p.h)&markStart != 0 {
						s.cand = append(s.cand, int32(pending))
					}
					// (Only the abbreviation "TP" drops a dot after it:
					// "thành phố." ends a sentence.)
					prevEnd, prevTP = end, false
					i = end
					pending = -1
					continue
				}
			}
			pending = -1
		}
		tp := prevTP
		prevTP = false
		if kind == vntext.Punct {
			switch {
			case c == '&' || c == '-' || c == '+':
				s.tok = appendTok(s.tok)
				e := &s.tok[len(s.tok)-1]
				e.s, e.start, e.end, e.h, e.h0 = "&", int32(start), int32(i), hashAmp, h
				if ix.marksOf(hashAmp)&markStart != 0 {
					s.cand = append(s.cand, int32(len(s.tok)-1))
				}
				continue
			case c == '.' && tp && prevEnd == start:
				// "TP.HCM", "TP. Hải Phòng": the dot after TP says nothing.
				continue
			}
		}
		m := ix.marksOf(h)
		if kind == vntext.Word {
			if h == hashVa && w == "va" {
				s.tok = appendTok(s.tok)
				e := &s.tok[len(s.tok)-1]
				e.s, e.start, e.end, e.h, e.h0 = "&", int32(start), int32(i), hashAmp, h
				if ix.marksOf(hashAmp)&markStart != 0 {
					s.cand = append(s.cand, int32(len(s.tok)-1))
				}
				continue
			}
			if m&markRewrite != 0 {
				pending = len(s.tok)
			}
		}
		// The token is written in place: a ctok made on the stack and
		// copied in is stored in pieces and loaded whole, which stalls
		// (the store cannot be forwarded to the load).
		s.tok = appendTok(s.tok)
		e := &s.tok[len(s.tok)-1]
		e.s, e.start, e.end, e.h, e.h0 = w, int32(start), int32(i), h, h
		if m&markStart != 0 {
			s.cand = append(s.cand, int32(len(s.tok)-1))
		}
		prevEnd, prevTP = i, h == hashTP && w == "tp"
	}
}

// appendTok returns tok with one more token, whose fields the caller sets.
func appendTok(tok []ctok) []ctok {
	if len(tok) < cap(tok) {
		return tok[:len(tok)+1]
	}
	return append(tok, ctok{})
}

// matchRewrite returns the end in folded text t of the longest rewrite
// starting with the word w that ends at byte end, and its abbreviation, or
// 0. The tokens after w are read as vntext.NextToken reads them, straight
// from t, each once however many rewrites compare it.
func matchRewrite(t, w string, end int) (int, string) {
	lo, hi := rewriteFirst(w)
	if lo == hi {
		return 0, ""
	}
	// next[n] is the n+1-th token after w, its end ends[n]; read holds
	// how many are read.
	var next [8]string
	var ends [8]int
	read := 0
	bestEnd, best := 0, ""
	for k := lo; k < hi; k++ {
		rw := &rewriteTable[k]
		if len(rw.rest) == 0 || len(rw.rest) > len(next) {
			continue
		}
		e := end
		for n, x := range rw.rest {
			if n == read {
				a, b := nextTokenAt(t, e)
				if a == b {
					e = 0
					break
				}
				next[n], ends[n] = t[a:b], b
				read++
			}
			if y := next[n]; x == "&" && !ampWord(y) || x != "&" && y != x {
				e = 0
				break
			}
			e = ends[n]
		}
		if e > bestEnd {
			bestEnd, best = e, rw.to
		}
	}
	return bestEnd, best
}

// nextTokenAt returns the span of the token vntext.NextToken(t, i) reads,
// empty at the end of t.
func nextTokenAt(t string, i int) (int, int) {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i >= len(t) {
		return len(t), len(t)
	}
	start := i
	c := t[i]
	switch {
	case '0' <= c && c <= '9':
		for i < len(t) && '0' <= t[i] && t[i] <= '9' {
			i++
		}
		return start, i
	case c < 0x80 && !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z'):
		return start, i + 1
	}
	for i < len(t) {
		c := t[i]
		if c == ' ' || c < 0x80 && !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z') {
			break
		}
		i++
	}
	return start, i
}

// canonKey returns the canonical key of a name: its canonical tokens joined
// by single spaces. It is how names in the registry are indexed.
func canonKey(name string) string {
	key, _ := canonSpelled(name)
	return key
}

// canonSpelled returns the canonical key of a name and, for each of its
// canonical tokens, the token as the name spells it (lower case with its
// diacritics, "sở") when it is one word written out, or "" for an
// abbreviation's rewrite, a joiner, a number or punctuation.
func canonSpelled(name string) (string, []string) {
	f := vntext.FoldMarks(name)
	s := scanner{f: &f}
	s.canonicalize(nil)
	var b strings.Builder
	spells := make([]string, len(s.tok))
	for i, t := range s.tok {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
		if isWordTok(t) && f.Text[t.start:t.end] == t.s {
			spells[i] = f.Spelled(int(t.start), int(t.end))
		}
	}
	return b.String(), spells
}

// wordHash hashes a canonical token for the bitsets of start words and
// the trie of keys (see hashSpan).
func wordHash(w string) uint32 { return hashSpan(w, 0, len(w)) }

// The multipliers of hashSpan: odd 64-bit constants with well-mixed bits
// (2⁶⁴/φ, and a constant of splitmix64).
const (
	hashMul1 = 0x9e3779b97f4a7c15
	hashMul2 = 0xbf58476d1ce4e5b9
)

// hashSpan returns wordHash(t[a:b]). It reads the token eight bytes at a
// time, mixing each load in with one multiplication, where a byte-wise
// hash (FNV) takes a multiplication per byte in a chain; most tokens are
// one syllable, shorter than eight bytes, so a token costs one load and
// three multiplications. The last bytes of a token are read with one load
// of the bytes after them, masked off, when t has them. The length is
// mixed in first, so that the zeros of the mask cannot make two tokens
// equal.
func hashSpan(t string, a, b int) uint32 {
	v := uint64(b-a) * hashMul1
	for b-a > 8 {
		v = (v ^ vntext.Load64(t, a)) * hashMul1
		a += 8
	}
	// The last one to eight bytes (none for an empty token; a shift by 64
	// is 0 in Go).
	var x uint64
	if a+8 <= len(t) {
		x = vntext.Load64(t, a) & (^uint64(0) >> (64 - 8*(b-a)))
	} else {
		for k := b - 1; k >= a; k-- {
			x = x<<8 | uint64(t[k])
		}
	}
	return mixHash(v ^ x)
}

// mixHash finishes hashSpan, whose last chunk is mixed into v. The high
// bits of a product depend on every bit below them, the low ones do not:
// the high half is folded down and multiplied again, so that every bit of
// the result depends on every byte.
func mixHash(v uint64) uint32 {
	v *= hashMul1
	v ^= v >> 32
	v *= hashMul2
	return uint32(v >> 32)
}

// wordByte[c] is 1 for the bytes that continue a word token of folded text
// (ASCII letters and the bytes of non-ASCII characters), as
// vntext.NextToken reads them, and 0 for spaces, digits and ASCII
// punctuation.
const wordByte = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"

// bitsetWords is the size of the bitsets of token hashes in uint64 words
// (the marks table has one byte per bit). index_gen.go depends on it:
// after changing it, reset that file to an empty defaultIndex and run
// go test -run '^TestIndexFile$' -write-index.
const bitsetWords = 128

// A bitset is a set of token hashes, taken modulo its size in bits: a
// quick filter, whose false positives the matchers reject.
type bitset [bitsetWords]uint64

// addHash adds the hash h to b.
func (b *bitset) addHash(h uint32) {
	h %= bitsetWords * 64
	b[h/64] |= 1 << (h % 64)
}

// pairHash combines the hashes of two consecutive tokens.
func pairHash(h1, h2 uint32) uint32 { return (h1^h2>>7)*16777619 ^ h2 }

// hasHash reports whether b may hold the hash h.
func (b *bitset) hasHash(h uint32) bool {
	h %= bitsetWords * 64
	return b[h/64]&(1<<(h%64)) != 0
}

// hashAmp, hashVa and hashTP are wordHash of "&", "va" and "tp" (checked
// by a test). Comparing a token's hash with them first keeps the common
// case, another word, to one comparison that is nearly always false.
const (
	hashAmp = 1685416662
	hashVa  = 3305774074
	hashTP  = 1285621273
)

// rewritePair reports whether a word with hash h1 followed by a token with
// hash h2 (hashAmp for the joiners) may begin a rewrite (nil index:
// always).
func (ix *index) rewritePair(h1, h2 uint32) bool {
	return ix == nil || ix.rwPairs.hasHash(pairHash(h1, h2))
}
