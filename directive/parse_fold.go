package directive

import (
	"sync"

	"github.com/chidao/chidao/internal/vntext"
)

// foldArena folds many texts of one parse into shared buffers, so that the
// paragraphs of a document cost a few allocations in all instead of two
// each. A Folded it returns stays valid as long as the arena's memory is
// referenced; the arena never writes over a region it has handed out.
type foldArena struct {
	buf  []byte
	orig []int32
	// next is the size of the next pair of buffers, in bytes of text.
	next int
	// big and bigOrig are the largest pair of buffers allocated, which a
	// released arena keeps for its next parse.
	big     []byte
	bigOrig []int32
}

// arenas holds released arenas for reuse: a parse takes one and puts it
// back when no result refers to its memory any more (Parse's results keep
// no folded text; TestParseKeepsNoArenaMemory checks it). Reuse spares the
// allocation and the cold memory of about five bytes per byte of input.
var arenas = sync.Pool{New: func() any { return new(foldArena) }}

// getArena returns an arena for a text of n bytes, from the pool, sized
// for about n bytes of text: folding drops the diacritics, so the folded
// paragraphs of a Vietnamese document take about three quarters of its
// bytes.
func getArena(n int) *foldArena {
	a := arenas.Get().(*foldArena)
	a.buf, a.orig = a.big[:0], a.bigOrig[:0]
	a.next = n - n/8 + 64
	return a
}

// release puts a back in the pool. Nothing a parse returns may refer to
// memory of the arena it released.
func (a *foldArena) release() {
	a.buf, a.orig = nil, nil
	arenas.Put(a)
}

// alloc starts a new pair of buffers for n bytes of text.
func (a *foldArena) alloc(n int) {
	a.buf = make([]byte, 0, n)
	a.orig = make([]int32, 0, n+1)
	if n > cap(a.big) {
		a.big, a.bigOrig = a.buf, a.orig
	}
}

// scratch is vntext.Fold(s) written into the arena's free room without
// handing it out: it is valid until the next fold or scratch.
func (a *foldArena) scratch(s string) vntext.Folded {
	need := len(s) + len(s)/8 + 4
	room := min(cap(a.buf)-len(a.buf), cap(a.orig)-len(a.orig)-1)
	if room < need && room < len(s) {
		n := max(need, a.next)
		a.alloc(n)
		room = n
	}
	lb, lo := len(a.buf), len(a.orig)
	return vntext.FoldInto(a.buf[lb:lb:lb+room], a.orig[lo:lo:lo+room+1], s)
}

// fold is vntext.Fold(s), written into the arena.
func (a *foldArena) fold(s string) vntext.Folded {
	if a == nil {
		return vntext.Fold(s)
	}
	// The room Fold itself reserves: folding rarely lengthens a text.
	need := len(s) + len(s)/8 + 4
	room := min(cap(a.buf)-len(a.buf), cap(a.orig)-len(a.orig)-1)
	if room < need && room < len(s) {
		// Too little left even for a text that folds to as many bytes:
		// a new region, a quarter the first one's size unless s needs more.
		n := max(need, a.next)
		a.alloc(n)
		a.next = max(a.next/4, 64)
		room = n
	}
	lb, lo := len(a.buf), len(a.orig)
	f := vntext.FoldInto(a.buf[lb:lb:lb+room], a.orig[lo:lo:lo+room+1], s)
	// The folding writes one offset per byte of text and one more; when it
	// fits the room it lies at its start (or, for a text already folded,
	// nowhere), so only that much is handed out. A folding that outgrew the
	// room was copied elsewhere and left the room free.
	if k := len(f.Text); k <= room {
		a.buf = a.buf[:lb+k]
		a.orig = a.orig[:lo+k+1]
	}
	return f
}
