package vntext

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Folded is text folded for matching, with the map from each byte offset in
// the folded text back to a byte offset in the original.
//
// The zero Folded is the folding of the empty string.
type Folded struct {
	// Text is the folded text: lower-case ASCII letters and digits, ASCII
	// punctuation, single ASCII spaces, and any other character (lower-cased)
	// that has no ASCII base letter.
	Text string

	// orig[i] is the byte offset in the original of folded byte i, and
	// orig[len(Text)] is the length of the original. A nil orig means the
	// folding is the identity (the input was already folded).
	orig []int32
	n    int // length of the original

	// marks[i] is the Mark of folded byte i (marks.go); nil when the
	// folding was made without marks or no byte has one.
	marks []byte
}

// Fold folds s for matching and keeps the offset map back to s.
//
// The rules, applied to s as if it were first put in NFC:
//   - letters lose their diacritics and are lower-cased ("Ấ" → "a"); đ and Đ
//     become d; the tone placement of old and new styles folds alike
//     ("hoà" and "hòa" → "hoa");
//   - every run of Unicode white space (space, NBSP, thin space, tab, line
//     breaks) becomes one ASCII space;
//   - zero-width characters and soft hyphens are dropped;
//   - typographic dashes become '-', typographic quotes '"' or '\”;
//   - each byte of invalid UTF-8 becomes U+FFFD.
//
// Fold does not allocate when s is already folded ASCII, and allocates twice
// otherwise. Folding is idempotent: Fold(Fold(s).Text).Text == Fold(s).Text.
func Fold(s string) Folded {
	if i := firstUnfolded(s); i < 0 {
		return Folded{Text: s, n: len(s)}
	}
	// A folded text is never longer than three times its input (one invalid
	// byte becomes the three bytes of U+FFFD); in practice it is shorter.
	buf := make([]byte, 0, len(s)+len(s)/8+4)
	orig := make([]int32, 0, cap(buf)+1)
	buf, orig = appendFold(buf, orig, s)
	orig = append(orig, int32(len(s)))
	if len(buf) == 0 {
		return Folded{orig: orig, n: len(s)}
	}
	return Folded{Text: unsafe.String(unsafe.SliceData(buf), len(buf)), orig: orig, n: len(s)}
}

// AsFolded returns s as its own folding, for s that is folded text
// already (Fold(s).Text == s, as for any slice of a Folded's Text): the
// Text s, every offset its own, no marks. It is what Fold(s) returns,
// made without reading s.
func AsFolded(s string) Folded { return Folded{Text: s, n: len(s)} }

// String folds s and returns the folded text only. It allocates the
// folded text once when s is not folded ASCII already; the map back to s
// that Fold keeps is built in scratch space and dropped.
func String(s string) string {
	if firstUnfolded(s) < 0 {
		return s
	}
	buf := make([]byte, 0, len(s)+len(s)/8+4)
	sc := origScratch.Get().(*[]int32)
	orig := (*sc)[:0]
	if cap(orig) < cap(buf)+1 {
		orig = make([]int32, 0, cap(buf)+1)
	}
	buf, orig = appendFold(buf, orig, s)
	if cap(orig) <= maxScratch {
		*sc = orig[:0]
		origScratch.Put(sc)
	}
	if len(buf) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// origScratch holds the offset maps String folds into and drops. A pool is
// shared by concurrent callers safely and holds no state a caller sees.
var origScratch = sync.Pool{New: func() any { return new([]int32) }}

// maxScratch is the capacity above which String lets a map go rather than
// keep it in origScratch.
const maxScratch = 1 << 16

// Orig returns the byte offset in the original text of folded byte offset i,
// for 0 ≤ i ≤ len(f.Text). An offset at the end of a folded token maps to the
// end of its original, combining marks included. Out-of-range offsets are
// clamped.
func (f *Folded) Orig(i int) int {
	if i < 0 {
		i = 0
	}
	if f.orig == nil {
		if i > f.n {
			return f.n
		}
		return i
	}
	if i >= len(f.orig) {
		return f.n
	}
	return int(f.orig[i])
}

// Span maps the folded span [start, end) back to the original.
func (f *Folded) Span(start, end int) (int, int) {
	return f.Orig(start), f.Orig(end)
}

// Len returns the length in bytes of the original text.
func (f *Folded) Len() int { return f.n }

// firstUnfolded returns the index of the first byte of s that folding would
// change, or -1 when s is already folded ASCII.
func firstUnfolded(s string) int {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
			return i
		case c == ' ':
			if prevSpace {
				return i
			}
			prevSpace = true
			continue
		case c < ' ' || c == 0x7f:
			return i
		}
		prevSpace = false
	}
	return -1
}

func appendFold(buf []byte, orig []int32, s string) ([]byte, []int32) {
	// The folding is written by index into the spare capacity of buf and
	// orig, grown when fewer than foldStep bytes are left: one step of the
	// loop writes at most that many. orig keeps one more entry than buf
	// for the end offset the callers append.
	n0 := len(buf)
	w, wo := n0, len(orig)
	var b []byte
	var o []int32
	if room := min(cap(buf)-n0, cap(orig)-wo-1); room >= foldStep {
		b, o = buf[:n0+room], orig[:wo+room+1]
	} else {
		b, o = growFold(buf, orig, len(s))
	}
	lim := len(b) - foldStep
	for i := 0; i < len(s); {
		if w > lim {
			b, o = growFold(b[:w], o[:wo], len(s)-i)
			lim = len(b) - foldStep
		}
		c := s[i]
		if t := asciiFold[c]; t != 0 {
			// An ASCII byte that folds to one byte. A space only
			// when the text so far does not end in one: a run of
			// white space folds to one space.
			if t != ' ' || w == n0 || b[w-1] != ' ' {
				b[w] = t
				o[wo] = int32(i)
				w++
				wo++
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			// Other white space folds like a space; NUL and the
			// control characters stay as they are.
			if isASCIISpace(c) {
				if w == n0 || b[w-1] != ' ' {
					b[w] = ' '
					o[wo] = int32(i)
					w++
					wo++
				}
			} else {
				b[w] = c
				o[wo] = int32(i)
				w++
				wo++
			}
			i++
			continue
		}
		// The two- and three-byte Vietnamese letters that fold to one ASCII
		// letter, looked up without the general path below.
		if c >= 0xc2 && c <= 0xc9 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); r <= 0x24f && quickLatin[r-0x80] > 2 {
				b[w] = quickLatin[r-0x80]
				o[wo] = int32(i)
				w++
				wo++
				i += 2
				continue
			}
		} else if c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xb8 || s[i+1] == 0xb9 || s[i+1] == 0xba || s[i+1] == 0xbb) && s[i+2]&0xc0 == 0x80 {
			if q := quickExtended[rune(s[i+1]&0x03)<<6|rune(s[i+2]&0x3f)]; q > 2 {
				b[w] = q
				o[wo] = int32(i)
				w++
				wo++
				i += 3
				continue
			}
		}
		r, size := decodeRune(s, i)
		if r == utf8.RuneError && size == 1 {
			w += copy(b[w:], "\uFFFD")
			o[wo], o[wo+1], o[wo+2] = int32(i), int32(i), int32(i)
			wo += 3
			i++
			continue
		}
		// The precomposed letters and combining marks of Vietnamese come
		// from constant tables (quickfold.go); anything else is classified
		// by foldRune.
		k, out := runeOther, r
		switch q := quickClass(r); q {
		case 0:
			k, out = foldRune(r, s[i:])
		case 1:
			k = runeDrop
		case 2:
			k = runeSpace
		default:
			k, out = runeASCII, rune(q)
		}
		switch k {
		case runeDrop:
		case runeSpace:
			if w == n0 || b[w-1] != ' ' {
				b[w] = ' '
				o[wo] = int32(i)
				w++
				wo++
			}
		case runeASCII:
			b[w] = byte(out)
			o[wo] = int32(i)
			w++
			wo++
		default:
			n := utf8.EncodeRune(b[w:], out)
			for j := range n {
				o[wo+j] = int32(i + min(j, size-1))
			}
			w += n
			wo += n
		}
		i += size
	}
	return b[:w], o[:wo]
}

// foldStep is the most bytes one step of appendFold writes: a rune in
// UTF-8.
const foldStep = utf8.UTFMax

// growFold returns buf and orig with their contents and room for at least
// foldStep bytes more per byte of the rest bytes of input left (and orig's
// end offset), as the full length of each.
func growFold(buf []byte, orig []int32, rest int) ([]byte, []int32) {
	n := max(2*cap(buf), len(buf)+rest+rest/8+2*foldStep)
	nb := make([]byte, n)
	no := make([]int32, len(orig)+n-len(buf)+1)
	copy(nb, buf)
	copy(no, orig)
	return nb, no
}

// asciiFold[c] is the byte the ASCII byte c folds to when that is one byte
// on its own: c itself, a letter lower-cased, or ' ' for a space (which a
// space before it absorbs). It is 0 for the other white space, the control
// characters and bytes of multi-byte runes.
const asciiFold = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	" !\"#$%&'()*+,-./" +
	"0123456789:;<=>?" +
	"@abcdefghijklmno" +
	"pqrstuvwxyz[\\]^_" +
	"`abcdefghijklmno" +
	"pqrstuvwxyz{|}~\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the two- and
// three-byte forms of Vietnamese letters decoded inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if i+1 < len(s) {
		c1 := s[i+1]
		if c >= 0xc2 && c <= 0xdf && c1&0xc0 == 0x80 {
			return rune(c&0x1f)<<6 | rune(c1&0x3f), 2
		}
		if c == 0xe1 && i+2 < len(s) && c1 >= 0x80 && c1 <= 0xbf && s[i+2]&0xc0 == 0x80 {
			return 0x1000 | rune(c1&0x3f)<<6 | rune(s[i+2]&0x3f), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

type runeClass uint8

const (
	runeOther runeClass = iota // keep out, lower-cased, as UTF-8
	runeASCII                  // emit the ASCII byte out
	runeSpace                  // part of a run of white space
	runeDrop                   // emit nothing
)

// foldRune classifies the non-ASCII rune r found at the start of s.
func foldRune(r rune, s string) (runeClass, rune) {
	switch r {
	case 'đ', 'Đ', 'ɖ', 'Ɖ':
		return runeASCII, 'd'
	case '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u0085':
		return runeSpace, ' '
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return runeDrop, 0
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return runeASCII, '-'
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\uff02':
		return runeASCII, '"'
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u02bc', '\uff07':
		return runeASCII, '\''
	}
	if r >= '\u2000' && r <= '\u200a' {
		return runeSpace, ' '
	}
	p := norm.NFD.PropertiesString(s)
	if p.CCC() != 0 || unicode.Is(unicode.Mn, r) {
		// A combining mark: in NFC it is part of the letter before it,
		// whose diacritics we remove.
		return runeDrop, 0
	}
	if d := p.Decomposition(); len(d) > 0 {
		base, _ := utf8.DecodeRune(d)
		r = base
		if r < utf8.RuneSelf {
			return runeASCII, rune(toLowerASCII(byte(r)))
		}
		if r == 'đ' || r == 'Đ' {
			return runeASCII, 'd'
		}
	}
	if unicode.IsSpace(r) {
		return runeSpace, ' '
	}
	l := unicode.ToLower(r)
	if l < utf8.RuneSelf {
		return runeASCII, l
	}
	if l != r {
		// The lower-case form may itself carry a diacritic (rare outside
		// Latin): fold it once more.
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], l)
		if d := norm.NFD.Properties(b[:n]).Decomposition(); len(d) > 0 {
			base, _ := utf8.DecodeRune(d)
			if base < utf8.RuneSelf {
				return runeASCII, rune(toLowerASCII(byte(base)))
			}
			return runeOther, unicode.ToLower(base)
		}
	}
	return runeOther, l
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// FoldInto is like Fold but writes the folded text and offset map into the
// spare capacity of buf and orig when they are large enough, so a caller with
// stack arrays folds short phrases without allocating:
//
//	var buf [128]byte
//	var orig [129]int32
//	f := vntext.FoldInto(buf[:0], orig[:0], s)
//
// The result refers to buf's memory: it must not outlive buf, and buf must not
// be modified while the result is in use.
func FoldInto(buf []byte, orig []int32, s string) Folded {
	if i := firstUnfolded(s); i < 0 {
		return Folded{Text: s, n: len(s)}
	}
	buf, orig = appendFold(buf[:0], orig[:0], s)
	orig = append(orig, int32(len(s)))
	if len(buf) == 0 {
		return Folded{orig: orig, n: len(s)}
	}
	return Folded{Text: unsafe.String(unsafe.SliceData(buf), len(buf)), orig: orig, n: len(s)}
}

// Index returns the first folded offset whose original offset is o or
// later: the inverse of Orig for an offset at the start of a folded
// character, and otherwise the folded character after o. Index(f.Len())
// is len(f.Text).
func (f *Folded) Index(o int) int {
	if f.orig == nil {
		return min(max(o, 0), len(f.Text))
	}
	lo, hi := 0, len(f.Text)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(f.orig[m]) < o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// A Piece is a byte range [Start, End) of a text to fold with FoldPieces.
// Space asks for one space between the piece and the one before it (a line
// break, say); without it the two are folded as if adjacent (the two sides
// of a removed emphasis mark).
type Piece struct {
	Start, End int
	Space      bool
}

// FoldPieces folds the pieces of s, in order, into one Folded whose offsets
// map back into s itself, and records the marks of every folded byte (see
// [FoldMarks]). bounds[k] is the folded range [start, end) of piece k (its
// separating space left out). Pieces must be in order and must not overlap;
// a piece that folds to nothing adds no space.
//
// It is how a document is folded once for every later reader: the layout
// marks between its pieces (markdown emphasis, table bars, line breaks) are
// left out, and every folded byte still says where it came from.
func FoldPieces(s string, pieces []Piece) (f Folded, bounds [][2]int) {
	return FoldPiecesInto(s, pieces, Memory{})
}

// Memory is the memory of a Folded that FoldPiecesInto may write into
// again: its offset map, its marks and the bounds of its pieces. The
// folded text is not part of it: strings sliced from a Folded's Text
// outlive it.
type Memory struct {
	orig   []int32
	marks  []byte
	bounds [][2]int
}

// Memory returns the memory of f, the folding of pieces whose bounds are
// bounds, for a later FoldPiecesInto to reuse. Neither f nor bounds, nor
// any Folded sliced from f, may be used after that.
func (f *Folded) Memory(bounds [][2]int) Memory {
	return Memory{orig: f.orig[:0], marks: f.marks[:0], bounds: bounds[:0]}
}

// FoldPiecesInto is FoldPieces writing the offset map, the marks and the
// bounds into m's memory where it is large enough (a Memory from a
// folding no longer in use, or the zero Memory).
func FoldPiecesInto(s string, pieces []Piece, m Memory) (f Folded, bounds [][2]int) {
	total := 0
	for _, p := range pieces {
		total += p.End - p.Start + 1
	}
	buf := make([]byte, 0, total+total/8+4)
	orig := m.orig[:0]
	if cap(orig) < cap(buf)+1 {
		orig = make([]int32, 0, cap(buf)+1)
	}
	bounds = m.bounds[:0]
	if cap(bounds) < len(pieces) {
		bounds = make([][2]int, len(pieces))
	} else {
		bounds = bounds[:len(pieces)]
	}
	end := 0 // the end of the last piece folded
	// The marks are recorded as the pieces are folded (appendFoldMarks).
	// The source of the last folded byte of a piece runs on to the next
	// byte's offset: over the gap to the next piece when no space comes
	// between, whose combining marks, if any, are that byte's.
	var marks []byte
	for k, p := range pieces {
		if p.End <= p.Start {
			bounds[k] = [2]int{len(buf), len(buf)}
			continue
		}
		if p.Space && len(buf) > 0 && buf[len(buf)-1] != ' ' {
			// The space between two pieces maps to the end of the first,
			// so a span that ends before it ends where that piece does.
			buf = append(buf, ' ')
			orig = append(orig, int32(end))
			if marks != nil {
				marks = append(marks, 0)
			}
		} else if len(buf) > 0 && isAlnum(buf[len(buf)-1]) && end < p.Start {
			marks = gapMarks(marks, m.marks, buf, s, end, p.Start)
		}
		n := len(buf)
		buf, orig, marks = appendFoldMarks(buf, orig, marks, m.marks, s[p.Start:p.End], p.Start)
		bounds[k] = [2]int{n, len(buf)}
		end = p.End
	}
	orig = append(orig, int32(end))
	f = Folded{orig: orig, n: len(s), marks: marks}
	if len(buf) > 0 {
		f.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return f, bounds
}

// Slice returns the folding of the folded range [a, b) of f as a Folded of
// its own, sharing f's memory: its Text is f.Text[a:b], and its offsets and
// marks are those of f, still counted in f's original text. It is how the
// readers of one document folded once take the part they read.
func (f *Folded) Slice(a, b int) Folded {
	a, b = max(a, 0), min(b, len(f.Text))
	if a > b {
		a = b
	}
	s := Folded{Text: f.Text[a:b], n: f.n}
	if f.orig != nil {
		s.orig = f.orig[a : b+1]
	} else {
		// An identity folding: the offsets are the positions themselves,
		// which a slice must keep as a map of its own.
		s.orig = make([]int32, b-a+1)
		for i := range s.orig {
			s.orig[i] = int32(a + i)
		}
	}
	if f.marks != nil {
		s.marks = f.marks[a:b]
	}
	return s
}

// SliceOnto returns the folded range [a, b) of f as the folding of another
// text, of n bytes, that folds to the same bytes with the same marks: its
// Text and marks are f's, sliced, and orig[i-a] is the offset in that text
// of folded byte i, orig[b-a] the end of the range there (len(orig) must
// be b-a+1). It is how a reader of a text derived from the original (its
// cleaned print, say) scans it without folding it again. The result shares
// the memory of f and of orig.
func (f *Folded) SliceOnto(a, b int, orig []int32, n int) Folded {
	a, b = max(a, 0), min(b, len(f.Text))
	if a > b {
		a = b
	}
	s := Folded{Text: f.Text[a:b], orig: orig[:b-a+1], n: n}
	if f.marks != nil {
		s.marks = f.marks[a:b]
	}
	return s
}
