package vntext

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// The folding with marks in two passes, as it was written before
// appendFoldMarks: the text folded by appendFold, then the marks read by
// markAt from the source of every folded letter and digit. The one pass
// must give the same text, offsets, marks and bounds.

// marksOf computes the marks of f, the folding of s, in a pass of its own.
func marksOf(f *Folded, s string) []byte { return marksInto(nil, f, s) }

// twoPassFoldMarks is FoldMarks in two passes.
func twoPassFoldMarks(s string) Folded {
	f := Fold(s)
	f.marks = marksOf(&f, s)
	return f
}

// twoPassFoldPieces is FoldPieces in two passes, the marks read piece by
// piece as the pieces are folded.
func twoPassFoldPieces(s string, pieces []Piece) (f Folded, bounds [][2]int) {
	total := 0
	for _, p := range pieces {
		total += p.End - p.Start + 1
	}
	buf := make([]byte, 0, total+total/8+4)
	orig := make([]int32, 0, cap(buf)+1)
	bounds = make([][2]int, len(pieces))
	end := 0
	var marks []byte
	marked := 0
	for k, p := range pieces {
		if p.Space && len(buf) > 0 && buf[len(buf)-1] != ' ' && p.End > p.Start {
			buf = append(buf, ' ')
			orig = append(orig, int32(end))
		}
		n := len(buf)
		buf, orig = appendFold(buf, orig, s[p.Start:p.End])
		bounds[k] = [2]int{n, len(buf)}
		if p.Start != 0 {
			for i := n; i < len(orig); i++ {
				orig[i] += int32(p.Start)
			}
		}
		if p.End > p.Start {
			end = p.End
		}
		if len(buf)-1 > marked {
			marks = marksAppend(marks, nil, buf, orig, s, marked, len(buf)-1)
			marked = len(buf) - 1
		}
	}
	orig = append(orig, int32(end))
	marks = marksAppend(marks, nil, buf, orig, s, marked, len(buf))
	if marks != nil {
		marks = growMarks(marks, len(buf))
	}
	f = Folded{orig: orig, n: len(s), marks: marks}
	if len(buf) > 0 {
		f.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return f, bounds
}

// marksAppend computes the marks of the folded bytes [a, b) of buf, whose
// offsets orig (one more than b at least) map into s, into marks: nil until
// a byte has a mark, then the marks of the bytes before b, grown in the
// memory of spare when it has room.
func marksAppend(marks, spare, buf []byte, orig []int32, s string, a, b int) []byte {
	for i := a; i < b; i++ {
		c := buf[i]
		if c-'a' >= 26 && c-'0' >= 10 {
			continue
		}
		o, end := int(orig[i]), int(orig[i+1])
		if m := markAt(s, o, end); m != 0 {
			if marks == nil {
				marks = spare[:0]
			}
			marks = growMarks(marks, i+1)
			marks[i] = byte(m)
		}
	}
	return marks
}

// growMarks returns marks with length n at least, the bytes added zero.
func growMarks(marks []byte, n int) []byte {
	if n <= len(marks) {
		return marks
	}
	if cap(marks) < n {
		nm := make([]byte, len(marks), max(2*cap(marks), n, 1024))
		copy(nm, marks)
		marks = nm
	}
	k := len(marks)
	marks = marks[:n]
	clear(marks[k:])
	return marks
}

// sameFoldedMarks reports where got and want differ: text, length, every
// offset, the presence of marks and every mark. It returns "" when they
// are the same.
func sameFoldedMarks(got, want Folded) string {
	if got.Text != want.Text {
		return fmt.Sprintf("text %q, want %q", got.Text, want.Text)
	}
	if got.Len() != want.Len() {
		return "length differs"
	}
	if got.HasMarks() != want.HasMarks() {
		return "HasMarks differs"
	}
	if len(got.marks) != len(want.marks) {
		return "marks length differs"
	}
	for i := 0; i <= len(got.Text); i++ {
		if got.Orig(i) != want.Orig(i) {
			return fmt.Sprintf("offset of folded byte %d: %d, want %d", i, got.Orig(i), want.Orig(i))
		}
		if got.Mark(i) != want.Mark(i) {
			return fmt.Sprintf("mark of folded byte %d (in %q): %#x, want %#x", i, got.Text[max(0, i-8):min(len(got.Text), i+8)], got.Mark(i), want.Mark(i))
		}
	}
	return ""
}

// corpusTexts reads the documents of the directive corpus.
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	names, err := filepath.Glob("../../directive/testdata/corpus/*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no corpus: %v", err)
	}
	var out []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// TestFoldMarksOnePass checks that FoldMarks, FoldMarksInto and
// FoldPieces, which fold and mark in one pass, give what folding and then
// marking gives, on every corpus document in NFC, NFD and upper case,
// whole and cut into pieces.
func TestFoldMarksOnePass(t *testing.T) {
	texts := corpusTexts(t)
	texts = append(texts, "**Điều 1.** Giao\r\n| Sở Y tế |\n\nchủ trì", "A\u0301**\u0300b", "a\xffB\ncd")
	for k, text := range texts {
		for _, form := range []struct {
			name string
			s    string
		}{
			{"nfc", text},
			{"nfd", norm.NFD.String(text)},
			{"upper", strings.ToUpper(text)},
		} {
			s := form.s
			if d := sameFoldedMarks(FoldMarks(s), twoPassFoldMarks(s)); d != "" {
				t.Errorf("text %d %s: FoldMarks: %s", k, form.name, d)
			}
			buf := make([]byte, 0, len(s)+len(s)/8+4)
			orig := make([]int32, 0, cap(buf)+1)
			marks := make([]byte, 0, cap(buf))
			if d := sameFoldedMarks(FoldMarksInto(buf, orig, marks, s), twoPassFoldMarks(s)); d != "" {
				t.Errorf("text %d %s: FoldMarksInto: %s", k, form.name, d)
			}
			ps := layoutPieces(s)
			got, gb := FoldPieces(s, ps)
			want, wb := twoPassFoldPieces(s, ps)
			if d := sameFoldedMarks(got, want); d != "" {
				t.Errorf("text %d %s: FoldPieces: %s", k, form.name, d)
			}
			if !slices.Equal(gb, wb) {
				t.Errorf("text %d %s: FoldPieces bounds differ", k, form.name)
			}
		}
	}
}

// TestFoldPiecesIntoReuse checks that a folding made in the memory of one
// before it is the same as one made in new memory, the marks of the one
// before cleared.
func TestFoldPiecesIntoReuse(t *testing.T) {
	texts := corpusTexts(t)[:8]
	var m Memory
	for k, s := range texts {
		for _, s := range []string{s, strings.ToLower(Fold(s).Text), norm.NFD.String(s)} {
			ps := layoutPieces(s)
			got, gb := FoldPiecesInto(s, ps, m)
			want, wb := twoPassFoldPieces(s, ps)
			if d := sameFoldedMarks(got, want); d != "" || !slices.Equal(gb, wb) {
				t.Errorf("text %d reusing memory: %s (bounds equal %v)", k, d, slices.Equal(gb, wb))
			}
			m = got.Memory(gb)
		}
	}
}

// FuzzFoldMarksOnePass checks the one pass against the two on any text,
// cut into pieces of lengths and gaps drawn from cuts: empty pieces, pieces
// that touch and pieces cut inside a character included.
func FuzzFoldMarksOnePass(f *testing.F) {
	for _, s := range []string{
		"**Điều 1.** Giao\r\n| Sở Y tế |\n\nchủ trì",
		norm.NFD.String("Thuỷ lợi **Ấp** x\u0301"),
		"A\u0301**\u0300b", "a\xffB\ncd", "1\u0301\u200b\u0323 Ｋ\u212a\u0345",
		"e\u0301|\u0302\u0303*x", "Ǆ ǅ ǆ ſ ß ꞵ \U0001D400\u0308",
	} {
		f.Add(s, []byte{3, 1, 0, 2, 5, 0, 0, 1})
	}
	// A combining mark in the gap between two pieces is the letter's
	// before it.
	f.Add("áḅ|̂c", []byte{1, 4, 1, 4, 1, 2})
	f.Fuzz(func(t *testing.T, s string, cuts []byte) {
		if d := sameFoldedMarks(FoldMarks(s), twoPassFoldMarks(s)); d != "" {
			t.Fatalf("FoldMarks(%q): %s", s, d)
		}
		var buf [64]byte
		var orig [65]int32
		var marks [64]byte
		if d := sameFoldedMarks(FoldMarksInto(buf[:0], orig[:0], marks[:0], s), twoPassFoldMarks(s)); d != "" {
			t.Fatalf("FoldMarksInto(%q): %s", s, d)
		}
		plain, marked := Fold(s), FoldMarks(s)
		marked.marks = nil
		if d := sameFoldedMarks(marked, plain); d != "" {
			t.Fatalf("FoldMarks(%q) folds unlike Fold: %s", s, d)
		}
		// Each pair of cut bytes is a piece's length and the gap after it,
		// the gap's low bit asking for a space.
		var ps []Piece
		for a, k := 0, 0; a < len(s); k += 2 {
			n, gap := 4, 1
			if k+1 < len(cuts) {
				n, gap = int(cuts[k]%12), int(cuts[k+1]%8)
			}
			e := min(a+n, len(s))
			ps = append(ps, Piece{Start: a, End: e, Space: gap&1 == 1})
			a = e + gap/2
		}
		got, gb := FoldPieces(s, ps)
		want, wb := twoPassFoldPieces(s, ps)
		if d := sameFoldedMarks(got, want); d != "" {
			t.Fatalf("FoldPieces(%q, %v): %s", s, ps, d)
		}
		if !slices.Equal(gb, wb) {
			t.Fatalf("FoldPieces(%q, %v) bounds %v, want %v", s, ps, gb, wb)
		}
	})
}
