package vntext

import (
	"slices"
	"unsafe"
)

// A Joiner makes the folding of a text written part by part (the
// paragraphs of a document joined by blank lines, say) out of the
// foldings the parts have already, so that the text is not folded again.
// The parts must be cut where folding the whole text would not join
// them: between characters that fold on their own, never inside a
// character or between a letter and a combining mark after it. A run of
// white space that spans two parts folds to one space, as it does in the
// whole text. The zero Joiner is the folding of the empty text.
type Joiner struct {
	buf   []byte
	orig  []int32
	marks []byte // nil until a part with marks is added
	n     int    // the length of the text added so far
	// spare is memory for marks (Reuse), taken when a part with marks is
	// added.
	spare []byte
}

// Reuse gives j the memory of m, that of a folding no longer in use
// (Folded.Memory), to write the offsets and the marks of the text into
// where it is large enough. It is called before the first Add; the text's
// own bytes are never written there, so that a string the folding's Text
// was sliced into stays as it is.
func (j *Joiner) Reuse(m Memory) {
	j.orig, j.spare = m.orig[:0], m.marks[:0]
}

// Grow makes room for n more folded bytes, so that adding parts of that
// many does not allocate as it goes.
func (j *Joiner) Grow(n int) {
	j.buf = slices.Grow(j.buf, n)
	j.orig = slices.Grow(j.orig, n+1)
	if j.marks != nil {
		j.marks = slices.Grow(j.marks, n)
	}
}

// Add appends the next part of the text, whose folding is f: f.Len()
// bytes, with f's offsets counted from the part's first byte. Its marks,
// when it has them, are the text's; a part without marks adds bytes
// with none.
func (j *Joiner) Add(f *Folded) {
	t := f.Text
	skip := 0
	if len(t) > 0 && t[0] == ' ' && len(j.buf) > 0 && j.buf[len(j.buf)-1] == ' ' {
		skip = 1 // the space before is the run's
	}
	if f.marks != nil && j.marks == nil {
		if n := max(cap(j.buf), len(j.buf)+len(t)); cap(j.spare) >= n {
			j.marks = j.spare[:len(j.buf)]
			clear(j.marks) // the bytes before had no marks
		} else {
			j.marks = make([]byte, len(j.buf), n)
		}
		j.spare = nil
	}
	j.orig = slices.Grow(j.orig, len(t)-skip+1)
	for i := skip; i < len(t); i++ {
		j.orig = append(j.orig, int32(j.n+f.Orig(i)))
	}
	j.buf = append(j.buf, t[skip:]...)
	if j.marks != nil {
		if f.marks != nil {
			j.marks = append(j.marks, f.marks[skip:len(t)]...)
		} else {
			for range len(t) - skip {
				j.marks = append(j.marks, 0)
			}
		}
	}
	j.n += f.Len()
}

// Folded returns the folding of the text added: what FoldMarks gives
// for it when every part was added with its marks, or Fold when none was.
// It shares the Joiner's memory: no part may be added after.
func (j *Joiner) Folded() Folded {
	f := Folded{n: j.n, marks: j.marks}
	if len(j.buf) > 0 {
		f.Text = unsafe.String(unsafe.SliceData(j.buf), len(j.buf))
	}
	f.orig = append(j.orig, int32(j.n))
	return f
}
