package directive

import (
	"math/bits"
	"sync"

	"github.com/chidao/chidao/internal/vntext"
)

// A wordIndex is the words of one document's folding (Doc.Key) looked up
// once. For every word start (a letter after a byte that is none) it holds,
// computed the first time the grammar asks and kept after, the word's end
// and the lexicon's reading there: the class and end of the longest row
// (lexicon.at) and the end of the longest head row (lexicon.head), each
// for the text read with its diacritics and without. The charge grammar
// reads the same words two or three times per range, and its ranges
// overlap (an item, the items above it); with the index, each reading
// after the first is an array lookup.
//
// It is the first form of issue 14's item 5, the chunks of a document read
// in one pass: here chunks of one word, each keeping what the lexicon says
// of the phrase it opens. A wordIndex belongs to one parse (reader.index)
// and is not safe for concurrent use.
type wordIndex struct {
	f  *vntext.Folded
	lx *lexicon
	// starts holds a bit per byte of f.Text, bit i%64 of starts[i/64] set
	// when a word starts at i; before[k] counts the words that start
	// before byte 64*k, so that the entry of the word at i is
	// words[before[i/64] + the bits of starts[i/64] below i].
	starts []uint64
	before []int32
	words  []wordEntry
}

// A wordEntry is what the index knows of the word at one start. The ends
// are counted in bytes from the start; a word or a row longer than
// maxEntrySpan is not kept and is read from the text at each ask.
type wordEntry struct {
	end uint8 // the word's end; 0 before it is asked, or when it is longer than maxEntrySpan
	// known has bit 1<<r set when row[r] and rowEnd[r] hold the reading
	// r (0 without diacritics, 1 with), and bit 4<<r when headEnd[r]
	// does.
	known   uint8
	class   [2]lexClass
	rowEnd  [2]uint8
	headEnd [2]uint8
}

// maxEntrySpan is the longest span a wordEntry holds.
const maxEntrySpan = 255

// newWordIndex returns the index of the words of f, none of them read in
// the lexicon yet.
func newWordIndex(f *vntext.Folded) *wordIndex {
	t := f.Text
	x, _ := wordIndexes.Get().(*wordIndex)
	if x == nil {
		x = new(wordIndex)
	}
	x.f, x.lx = f, theLexicon()
	x.starts = reuse(x.starts, len(t)/64+1)
	x.before = reuse(x.before, len(t)/64+1)
	// Each word of starts is made in a register, 64 bytes of t a word,
	// without a branch per byte (twice as fast as setting bits in memory).
	prev := uint64(0) // 1 when the byte before is a letter
	for k := range x.starts {
		var w uint64
		for i := k << 6; i < min(len(t), k<<6+64); i++ {
			letter := uint64(letterByte[t[i]])
			w |= (letter &^ prev) << (i & 63)
			prev = letter
		}
		x.starts[k] = w
	}
	n := 0
	for k, b := range x.starts {
		x.before[k] = int32(n)
		n += bits.OnesCount64(b)
	}
	x.words = reuse(x.words, n)
	return x
}

// letterByte is 1 for the bytes vntext.IsLetter reports, 0 for the others.
var letterByte = func() (t [256]uint8) {
	for c := range 256 {
		if vntext.IsLetter(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// wordIndexes hold the indexes of parses that have returned, for the
// next parse to reuse their memory (release). A pool is shared by
// concurrent parses safely and holds no state a caller sees.
var wordIndexes sync.Pool

// reuse returns s with length n and every element zero, in s's memory
// when it is large enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release gives x's memory to the next parse; x must not be used after.
func (x *wordIndex) release() {
	x.f, x.lx = nil, nil
	wordIndexes.Put(x)
}

// entry returns the entry of the word that starts at i, or nil when none
// starts there.
func (x *wordIndex) entry(i int) *wordEntry {
	if i < 0 || i >= len(x.f.Text) {
		return nil
	}
	b, bit := x.starts[i>>6], uint64(1)<<(i&63)
	if b&bit == 0 {
		return nil
	}
	return &x.words[int(x.before[i>>6])+bits.OnesCount64(b&(bit-1))]
}

// reading is the index of a reading in a wordEntry's arrays.
func reading(accented bool) int {
	if accented {
		return 1
	}
	return 0
}

// at is lexicon.at for x's text: the longest row that starts at folded
// offset i, and its end.
func (x *wordIndex) at(i int, accented bool) (lexClass, int) {
	w := x.entry(i)
	if w == nil {
		return x.lx.at(x.f, i, accented) // not a word's start: read it there
	}
	r := reading(accented)
	if w.known&(1<<r) == 0 {
		cl, e := x.lx.at(x.f, i, accented)
		if e-i > maxEntrySpan {
			return cl, e
		}
		w.class[r], w.rowEnd[r] = cl, uint8(e-i)
		w.known |= 1 << r
	}
	return w.class[r], i + int(w.rowEnd[r])
}

// head is lexicon.head for x's text: the end of a lexHead row at folded
// offset i, or i.
func (x *wordIndex) head(i int, accented bool) int {
	w := x.entry(i)
	if w == nil {
		return x.lx.head(x.f, i, accented)
	}
	r := reading(accented)
	if w.known&(4<<r) == 0 {
		e := x.lx.head(x.f, i, accented)
		if e-i > maxEntrySpan {
			return e
		}
		w.headEnd[r] = uint8(e - i)
		w.known |= 4 << r
	}
	return i + int(w.headEnd[r])
}

// wordEnd returns the end of the letters from folded offset i on: the end
// of the word at i when one starts there, i when i holds no letter.
func (x *wordIndex) wordEnd(i int) int {
	w := x.entry(i)
	if w != nil && w.end > 0 {
		return i + int(w.end)
	}
	t := x.f.Text
	j := max(i, 0)
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	if w != nil && j-i <= maxEntrySpan {
		w.end = uint8(j - i)
	}
	return j
}

// index returns the index of the words of the document, built on its
// first use and released when the parse ends (Parse).
func (r *reader) index() *wordIndex {
	if r.words == nil {
		r.words = newWordIndex(&r.doc.Key)
	}
	return r.words
}

// release gives the memory of the reader's word index to the next parse.
func (r *reader) release() {
	if r.words != nil {
		r.words.release()
		r.words = nil
	}
}
