// Package layout is the first two passes of the directive parser: the text
// of a document as every later pass reads it, and its layout.
//
// # Text
//
// [Read] takes a document as received — converted from PDF, Word or a web
// page — and builds a [Doc]: the input split into lines at every kind of line
// end (LF, CRLF, CR, U+2028, U+2029, U+0085), each line stripped of the
// layout marks that conversions leave around and inside it (markdown
// emphasis "**", "__" and "*", heading marks "#", quote marks ">", table-cell
// bars "|", rules of dashes), and the content of every line folded once, in
// order, into one [vntext.Folded] with the marks of every letter
// ([vntext.Mark]): lower case with its diacritics, the tone placement of old
// and new styles alike, every kind of space one ASCII space, zero-width
// characters dropped. Every folded byte maps back to the caller's bytes.
// Nothing after Read folds text again: every pass slices Doc.Key.
//
// # Layout
//
// Read also builds the layout from the lines: paragraphs, with hard-wrapped
// lines joined and paragraphs split by page breaks healed, each with its
// list marker (1., 1.1., a), -, +, (1), I., Điều N, Chương, Mục, "1/"),
// emphasis, capitals and table cell; and tables as grids of cells rebuilt
// from the "|" cell lines of converted web pages, from markdown rows and from
// tab-separated rows, with their header rows.
//
// Every type has a String method that dumps it, one element per line, so
// that golden dumps in the tests show what a change does.
package layout

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// A Doc is a document read for parsing: its lines, its folded text, its
// paragraphs and its tables. A Doc is immutable once Read returns it,
// until its reader releases it (Release).
type Doc struct {
	// Src is the text as given.
	Src string
	// Key is the content of every line, in order, folded once with marks;
	// the lines are separated by one space. Key.Span maps folded offsets
	// back into Src.
	Key vntext.Folded
	// Lines are the lines of Src in order.
	Lines []Line
	// Paras are the paragraphs of the document in order, table cells
	// included (a cell holds one or more paragraphs).
	Paras []Para
	// Tables are the tables of the document in order.
	Tables []Table
	// Width is the width, in characters, to which the text was wrapped:
	// the length most full lines have, or 0 when its lines are not
	// wrapped.
	Width int
	// Accented is set when the document is written with diacritics; when
	// it is not, a word matches any spelling that folds like it.
	Accented bool

	// pieces are the parts of Src that make up the content of the lines,
	// in order: Key is their folding.
	pieces []vntext.Piece
	opts   *Options
	// srcNFC is set when Src is in NFC.
	srcNFC bool
	// clean is the content of all the lines as Clean prints it, and
	// cleanRuns say where in Src its bytes come from: Clean and CleanMap
	// return slices of it.
	clean     string
	cleanRuns []cleanRun
	// keyFoldsClean is set when Key is the folding of clean, byte for
	// byte (keyFoldsClean): CleanFold may slice it.
	keyFoldsClean bool
	// mem is the memory the slices above were made in, for Release.
	mem *memory
}

// A Range is a span [A, B) of folded offsets in Doc.Key.
type Range struct{ A, B int }

// Len returns the length of r in folded bytes.
func (r Range) Len() int { return r.B - r.A }

// Empty reports whether r holds no byte.
func (r Range) Empty() bool { return r.B <= r.A }

// Text returns the folded text of r.
func (d *Doc) Text(r Range) string { return d.Key.Text[r.A:r.B] }

// Span returns the span in Src of the folded range r.
func (d *Doc) Span(r Range) (int, int) { return d.Key.Span(r.A, r.B) }

// Spelled returns r written back as lower-case Vietnamese with its
// diacritics, for dumps and messages.
func (d *Doc) Spelled(r Range) string { return d.Key.Spelled(r.A, r.B) }

// Clean returns the text of the folded range r as printed, in NFC: the
// caller's own characters, with the layout marks inside it left out and each
// line break and run of white space one space.
func (d *Doc) Clean(r Range) string {
	if r.Empty() {
		return ""
	}
	s, ok := d.cleanSlice(r)
	if !ok {
		s = d.cleanPieces(r)
	}
	if d.mayNeedNFC(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// cleanPieces is Clean before NFC, written piece by piece: the text of a
// range that is not a slice of d.clean (cleanSlice).
func (d *Doc) cleanPieces(r Range) string {
	o1, o2 := d.Key.Span(r.A, r.B)
	ps := d.pieces
	k := sort.Search(len(ps), func(i int) bool { return ps[i].End > o1 })
	var sb strings.Builder
	sb.Grow(o2 - o1 + 8)
	for ; k < len(ps) && ps[k].Start < o2; k++ {
		p := ps[k]
		a, b := max(p.Start, o1), min(p.End, o2)
		if a >= b {
			continue
		}
		if sb.Len() > 0 && p.Space && a == p.Start {
			sb.WriteByte(' ')
		}
		writeSpaced(&sb, d.Src[a:b])
	}
	return sb.String()
}

// mayNeedNFC reports whether the cleaned text s, taken from Src, may not be
// in NFC: Src is not, or s holds a combining mark (U+0300–U+036F, which
// UTF-8 writes with a first byte 0xCC or 0xCD) that joining pieces may
// have put after a letter it composes with.
func (d *Doc) mayNeedNFC(s string) bool {
	if !d.srcNFC {
		return true
	}
	return strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0
}

// writeSpaced writes s with each run of white space (ASCII, NBSP and the
// other Unicode spaces) written as one space, zero-width characters left
// out.
func writeSpaced(sb *strings.Builder, s string) {
	space := false
	for i := 0; i < len(s); {
		if n := isSpaceAt(s, i); n > 0 || s[i] == '\n' || s[i] == '\r' {
			if n == 0 {
				n = 1
			}
			r, _ := utf8.DecodeRuneInString(s[i:])
			if r != '\u200b' && r != '\u200c' && r != '\u200d' && r != '\u2060' && r != '\ufeff' {
				space = true
			}
			i += n
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteByte(s[i])
		i++
	}
}

// Offsets maps the bytes of a text CleanMap returned back to Src.
type Offsets struct {
	runs []cleanRun // of the text they are cut from
	base int        // the index in that text of the first byte
	n    int        // the length of the text
	end  int        // the end of the range in Src
}

// At returns the offset in Src of byte i of the text, for 0 ≤ i ≤ its
// length: At(len(text)) is the end of the range in Src.
func (o Offsets) At(i int) int {
	if i >= o.n {
		return o.end
	}
	j := o.base + i
	// The last run that starts at or before j.
	lo, hi := 0, len(o.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if o.runs[m].at <= j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	r := o.runs[lo-1]
	return r.src + j - r.at
}

// CleanMap is Clean, before NFC, with the map back to Src.
func (d *Doc) CleanMap(r Range) (string, Offsets) {
	if r.Empty() {
		o, _ := d.Key.Span(r.A, r.A)
		return "", Offsets{end: o}
	}
	if lo, hi, ok := d.cleanBounds(r); ok {
		_, o2 := d.Key.Span(r.A, r.B)
		return d.clean[lo:hi], Offsets{runs: d.cleanRuns, base: lo, n: hi - lo, end: o2}
	}
	o1, o2 := d.Key.Span(r.A, r.B)
	text, runs, _ := cleanPiecesMap(nil, d.Src, d.pieces, o1, o2)
	return text, Offsets{runs: runs, n: len(text), end: o2}
}

// A cleanRun is a run of a cleaned text that Src holds as it is: the
// bytes from at on are the bytes of Src from src on, one for one, up to
// the next run's at (or the text's end). The runs of a text are in order
// of both at and src.
type cleanRun struct{ at, src int }

// cleanPiecesMap writes the pieces ps of src, cut to the span [o1, o2) of
// src, as Clean prints them, with the runs that map the text back to src
// (appended to runs[:0]).
// mvs is set when the text holds U+180E, which Clean writes as a space and
// vntext's folding drops (keyFoldsClean).
func cleanPiecesMap(runs []cleanRun, src string, ps []vntext.Piece, o1, o2 int) (_ string, _ []cleanRun, mvs bool) {
	k := sort.Search(len(ps), func(i int) bool { return ps[i].End > o1 })
	var sb strings.Builder
	sb.Grow(o2 - o1 + 8)
	runs = runs[:0]
	next := -1      // the offset in src that goes on the last run
	spaced := false // the text written so far ends with a space
	for ; k < len(ps) && ps[k].Start < o2; k++ {
		p := ps[k]
		a, b := max(p.Start, o1), min(p.End, o2)
		if a >= b {
			continue
		}
		if sb.Len() > 0 && p.Space && a == p.Start && !spaced {
			// The line break: it maps to the end of the piece before, so
			// that a span ending before it ends where that piece does.
			sb.WriteByte(' ')
			next++
			spaced = true
		}
		space := false
		spaceAt := 0 // where the run of white space began
		for i := a; i < b; {
			if n := isSpaceAt(src, i); n > 0 {
				r, _ := utf8.DecodeRuneInString(src[i:])
				mvs = mvs || r == '\u180e'
				if r != '\u200b' && r != '\u200c' && r != '\u200d' && r != '\u2060' && r != '\ufeff' {
					if !space {
						spaceAt = i
					}
					space = true
				}
				i += n
				continue
			}
			if space && sb.Len() > 0 && !spaced {
				if spaceAt != next {
					runs = append(runs, cleanRun{sb.Len(), spaceAt})
				}
				sb.WriteByte(' ')
				next = spaceAt + 1
			}
			space = false
			// The bytes up to the next that may begin white space.
			j := i + 1
			for j < b {
				c := src[j]
				if c > ' ' && c < 0xc2 {
					// Printable ASCII, or a byte inside a rune: never
					// the start of white space.
					j++
					continue
				}
				if c == ' ' && j+1 < b && src[j+1] > ' ' && src[j+1] < 0xc2 {
					// One space between words, which the text writes
					// as it is, at its own offset: the run goes on.
					j += 2
					continue
				}
				if mayStartSpace(src, j) {
					break
				}
				j++
			}
			if i != next {
				runs = append(runs, cleanRun{sb.Len(), i})
			}
			sb.WriteString(src[i:j])
			next = j
			spaced = false
			i = j
		}
	}
	return sb.String(), runs, mvs
}

// cleanIndex returns the index of the first byte of d.clean that comes
// from offset o of Src or after it (len(d.clean) when none does).
func (d *Doc) cleanIndex(o int) int {
	rs := d.cleanRuns
	// The last run that starts in Src at or before o.
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m].src <= o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 0
	}
	r := rs[lo-1]
	end := len(d.clean) // the end of run r in d.clean
	if lo < len(rs) {
		end = rs[lo].at
	}
	return min(r.at+o-r.src, end)
}

// cleanSlice returns the text of r before NFC as a slice of d.clean, or
// false when it is not one (cleanBounds).
func (d *Doc) cleanSlice(r Range) (string, bool) {
	lo, hi, ok := d.cleanBounds(r)
	if !ok {
		return "", false
	}
	return d.clean[lo:hi], true
}

// cleanBounds returns the bounds in d.clean of the text of the folded
// range r: the bytes written from its span in Src. The text of the whole
// document, cut there, is the range's own when the cut falls at the start
// of characters and keeps no space at either end (the space before a
// range's first character, or after its last, is not the range's); for
// any other range it returns false, and the range is written on its own.
func (d *Doc) cleanBounds(r Range) (lo, hi int, ok bool) {
	o1, o2 := d.Key.Span(r.A, r.B)
	if o1 >= o2 || o1 < len(d.Src) && !utf8.RuneStart(d.Src[o1]) || o2 < len(d.Src) && !utf8.RuneStart(d.Src[o2]) {
		return 0, 0, false
	}
	lo, hi = d.cleanIndex(o1), d.cleanIndex(o2)
	if lo >= hi || d.clean[lo] == ' ' || d.clean[hi-1] == ' ' {
		return 0, 0, false
	}
	return lo, hi, true
}
