package directive

import "github.com/chidao/chidao/internal/vntext"

// foldArena folds many texts of one parse into shared buffers, so that the
// paragraphs of a document cost a few allocations in all instead of two
// each. A Folded it returns stays valid as long as the arena's memory is
// referenced; the arena never writes over a region it has handed out.
type foldArena struct {
	buf  []byte
	orig []int32
	// next is the size of the next pair of buffers, in bytes of text.
	next int
}

// newFoldArena returns an arena sized for about n bytes of text.
func newFoldArena(n int) *foldArena {
	return &foldArena{next: n + n/8 + 64}
}

// fold is vntext.Fold(s), written into the arena.
func (a *foldArena) fold(s string) vntext.Folded {
	if a == nil {
		return vntext.Fold(s)
	}
	// The room Fold itself reserves: folding rarely lengthens a text.
	need := len(s) + len(s)/8 + 4
	if cap(a.buf)-len(a.buf) < need || cap(a.orig)-len(a.orig) < need+1 {
		n := max(need, a.next)
		a.buf = make([]byte, 0, n)
		a.orig = make([]int32, 0, n+1)
	}
	lb, lo := len(a.buf), len(a.orig)
	f := vntext.FoldInto(a.buf[lb:lb:lb+need], a.orig[lo:lo:lo+need+1], s)
	// Hand out the whole reserved room: a folding that outgrew it was
	// copied elsewhere and left it partly written.
	a.buf = a.buf[:lb+need]
	a.orig = a.orig[:lo+need+1]
	return f
}
