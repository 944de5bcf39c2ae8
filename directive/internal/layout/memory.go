package layout

import (
	"sync"

	"github.com/chidao/chidao/internal/vntext"
)

// A memory is the memory of a Doc's large slices, kept for the next Read
// once the Doc's reader is done with it (Release): the folding's offset
// map and marks, the lines, the paragraphs, the pieces and the runs of the
// clean text, and the scratch slices Read builds them with. The strings a
// Doc holds (its folded and clean texts) are never in it: callers keep
// slices of them.
type memory struct {
	key     vntext.Memory
	bounds  [][2]int
	raw     [][2]int
	lines   []Line
	paras   []Para
	pieces  []vntext.Piece
	runs    []cleanRun
	markers []Marker
	refs    []CellRef
}

// memories hold the memory of the Docs released, for the next Read. A pool
// is shared by concurrent readers safely and holds no state a caller sees.
var memories sync.Pool

// takeMemory returns a released Doc's memory, or an empty one.
func takeMemory() *memory {
	if m, _ := memories.Get().(*memory); m != nil {
		return m
	}
	return new(memory)
}

// Release gives the memory of d's slices to the next Read. It is for a
// reader that is done with d: d, the Docs SplitPara made of it, and every
// slice of them (Lines, Paras, a vntext.Folded sliced from Key, the
// Offsets of CleanMap) must not be used after it. The strings they gave
// (Text, Clean, Src) stay valid. Release of a Doc not made by Read, or
// released already, does nothing.
func (d *Doc) Release() {
	m := d.mem
	if m == nil {
		return
	}
	d.mem = nil
	m.key = d.Key.Memory(m.bounds)
	m.bounds = nil
	m.lines = d.Lines[:0]
	m.paras = d.Paras[:0]
	m.pieces = d.pieces[:0]
	m.runs = d.cleanRuns[:0]
	*d = Doc{Src: d.Src}
	memories.Put(m)
}

// resize returns s with length n, in s's memory when it is large enough;
// the elements are left as they were: the caller writes every one.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// zeroed returns s with length n and every element zero, in s's memory
// when it is large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
