package layout

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// CleanFold is CleanMap with the folding of the text it returns, taken
// from Key rather than folded again: the text's bytes fold to Key's bytes
// of r, with the same marks, so the folding is Key's slice with its
// offsets counted in the text instead of Src. A reader that scans the
// cleaned text of a range in folded form (agency's finder) needs no fold
// of its own. orig is space the offsets are written to, grown as needed
// and returned for reuse; the Folded refers to it.
//
// It returns false, and no folding, where CleanMap writes the range on its
// own (a range cut inside a character or at a space), where r cuts a
// folded character, and in a document whose folding is not its clean
// text's (keyFoldsClean); the caller folds that text itself.
func (d *Doc) CleanFold(r Range, orig []int32) (string, Offsets, vntext.Folded, []int32, bool) {
	lo, hi, ok := d.cleanKeyBounds(r)
	if !ok {
		return "", Offsets{}, vntext.Folded{}, orig, false
	}
	n := hi - lo
	if cap(orig) < r.Len()+1 {
		orig = make([]int32, r.Len()+1, r.Len()+1+r.Len()/2)
	}
	orig = orig[:r.Len()+1]
	// The offset in d.clean of each folded byte's source is cleanIndex of
	// its offset in Src; Key's offsets only grow, so the runs are walked
	// once rather than searched for each byte.
	rs := d.cleanRuns
	o1 := d.Key.Orig(r.A)
	// k is the number of runs that start in Src at or before o.
	k := sort.Search(len(rs), func(k int) bool { return rs[k].src > o1 })
	// The run k-1 holds the byte: it starts at src in Src and at at in
	// d.clean, and ends at end in d.clean; the next run starts at next in
	// Src (MinInt before the first byte: they are set there). Before the
	// first run (k == 0) every offset maps to 0: at = src = end = 0.
	src, at, end, next := 0, 0, 0, math.MinInt
	for i := r.A; i <= r.B; i++ {
		o := d.Key.Orig(i)
		if o >= next {
			for k < len(rs) && rs[k].src <= o {
				k++
			}
			if k > 0 {
				src, at, end = rs[k-1].src, rs[k-1].at, len(d.clean)
			}
			next = math.MaxInt
			if k < len(rs) {
				next = rs[k].src
				if k > 0 {
					end = rs[k].at
				}
			}
		}
		c := min(at+o-src, end)
		orig[i-r.A] = int32(min(max(c-lo, 0), n))
	}
	_, o2 := d.Key.Span(r.A, r.B)
	return d.clean[lo:hi], Offsets{runs: d.cleanRuns, base: lo, n: n, end: o2}, d.Key.SliceOnto(r.A, r.B, orig, n), orig, true
}

// CleanKey returns the folded text of the text CleanMap returns for r,
// Key's bytes of r, where CleanFold gives its folding: CleanFold's Text,
// without the offsets. It returns false where CleanFold does.
func (d *Doc) CleanKey(r Range) (string, bool) {
	if _, _, ok := d.cleanKeyBounds(r); !ok {
		return "", false
	}
	return d.Key.Text[r.A:r.B], true
}

// cleanKeyBounds returns the bounds in d.clean of the text of r
// (cleanBounds) where Key's bytes of r are its folding, for CleanFold and
// CleanKey.
func (d *Doc) cleanKeyBounds(r Range) (lo, hi int, ok bool) {
	if r.Empty() || !d.keyFoldsClean {
		return 0, 0, false
	}
	t := d.Key.Text
	if !utf8.RuneStart(t[r.A]) || r.B < len(t) && !utf8.RuneStart(t[r.B]) {
		// Cut inside a folded character (of the three bytes of U+FFFD
		// an invalid byte folds to, say): its text folds otherwise.
		return 0, 0, false
	}
	return d.cleanBounds(r)
}

// keyFoldsClean reports whether folding the pieces of src one by one, as
// Key is made, gives what folding their clean text gives. It does but
// where two pieces meet without a space inside a character (the bytes of
// one rune on both sides of a removed emphasis mark, or a combining mark
// that opens a piece), and where the clean text holds U+180E, which the
// folding drops and the clean text writes as a space (cleanPiecesMap tells
// that). Such documents are not written by anyone; they are read by the
// fold of each range.
func keyFoldsClean(src string, ps []vntext.Piece) bool {
	for k := 1; k < len(ps); k++ {
		if ps[k].Space {
			continue
		}
		p, q := ps[k-1], ps[k]
		if r, n := utf8.DecodeLastRuneInString(src[p.Start:p.End]); r == utf8.RuneError && n <= 1 {
			return false
		}
		if r, n := utf8.DecodeRuneInString(src[q.Start:q.End]); r == utf8.RuneError && n <= 1 || unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}
