package layout

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// TestCleanSlices checks that Clean and CleanMap, which slice the text of
// the whole document, return what writing each range on its own returns:
// for every line, paragraph, body and cell of the test documents, and for
// ranges cut anywhere.
func TestCleanSlices(t *testing.T) {
	docs := map[string]string{
		"spaces":   "Sở\u00a0Y\u200btế",
		"marks":    "**1.** Bộ  Y tế\n\n| a | b |\n  x  **y**  z \u00a0",
		"combined": "a\u0301 **b**\u0301 c",
	}
	for _, name := range corpusFiles(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(name)] = string(b)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sliced, all := 0, 0
	for name, src := range docs {
		d := Read(src)
		var rs []Range
		for _, l := range d.Lines {
			rs = append(rs, l.Key)
		}
		for _, p := range d.Paras {
			rs = append(rs, p.Key, p.Body)
		}
		for _, tb := range d.Tables {
			for _, row := range tb.Rows {
				for _, c := range row.Cells {
					rs = append(rs, c.Key)
				}
			}
		}
		structural := len(rs)
		for range 2000 {
			if n := len(d.Key.Text); n > 0 {
				a := rng.IntN(n + 1)
				rs = append(rs, Range{a, min(n, a+rng.IntN(200))})
			}
		}
		for k, r := range rs {
			checkClean(t, name, d, r)
			if k >= structural || r.Empty() {
				continue
			}
			if _, ok := d.cleanSlice(r); ok {
				sliced++
			}
			all++
		}
	}
	if sliced < all*9/10 {
		t.Errorf("%d of %d lines, paragraphs and cells sliced from the document's text; want most", sliced, all)
	}
}

func checkClean(t *testing.T, doc string, d *Doc, r Range) {
	t.Helper()
	want := ""
	wantText := ""
	var wantMap []int32
	wantEnd := 0
	if !r.Empty() {
		want = d.cleanPieces(r)
		o1, o2 := d.Key.Span(r.A, r.B)
		wantText, wantMap = cleanBytes(d.Src, d.pieces, o1, o2)
		wantEnd = o2
	} else {
		wantEnd, _ = d.Key.Span(r.A, r.A)
	}
	if d.mayNeedNFC(want) {
		want = norm.NFC.String(want)
	}
	if got := d.Clean(r); got != want {
		t.Fatalf("%s: Clean(%v) = %q; want %q", doc, r, got, want)
	}
	text, m := d.CleanMap(r)
	if text != wantText {
		t.Fatalf("%s: CleanMap(%v) = %q; want %q", doc, r, text, wantText)
	}
	for i := range wantMap {
		if m.At(i) != int(wantMap[i]) {
			t.Fatalf("%s: CleanMap(%v): byte %d at %d; want %d", doc, r, i, m.At(i), wantMap[i])
		}
	}
	if m.At(len(text)) != wantEnd {
		t.Fatalf("%s: CleanMap(%v): end %d; want %d", doc, r, m.At(len(text)), wantEnd)
	}
}

// TestIsSpaceAt checks isSpaceAt, which looks at the first byte before it
// decodes, against the characters it names, at every character of the
// Basic Multilingual Plane and at a byte inside one.
func TestIsSpaceAt(t *testing.T) {
	spaces := "\u00a0\u1680\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u180e"
	for r := rune(0x80); r < 0x10000; r++ {
		s := string(r) + "x"
		want := 0
		if strings.ContainsRune(spaces, r) || r >= '\u2000' && r <= '\u200a' {
			want = utf8.RuneLen(r)
		}
		if got := isSpaceAt(s, 0); got != want {
			t.Fatalf("isSpaceAt(%+q, 0) = %d; want %d", s, got, want)
		}
		if got := isSpaceAt(s, 1); utf8.RuneLen(r) > 1 && got != 0 {
			t.Fatalf("isSpaceAt(%+q, 1) = %d; want 0", s, got)
		}
	}
}

// cleanBytes is what CleanMap returns for the span [o1, o2) of src, written
// byte by byte with the offset of each: the reference CleanMap is checked
// against.
func cleanBytes(src string, ps []vntext.Piece, o1, o2 int) (string, []int32) {
	var buf []byte
	var m []int32
	for _, p := range ps {
		a, b := max(p.Start, o1), min(p.End, o2)
		if a >= b {
			continue
		}
		if len(buf) > 0 && p.Space && a == p.Start && buf[len(buf)-1] != ' ' {
			buf = append(buf, ' ')
			m = append(m, m[len(m)-1]+1)
		}
		space := false
		spaceAt := 0
		for i := a; i < b; {
			if n := isSpaceAt(src, i); n > 0 {
				if r, _ := utf8.DecodeRuneInString(src[i:]); !strings.ContainsRune("\u200b\u200c\u200d\u2060\ufeff", r) {
					if !space {
						spaceAt = i
					}
					space = true
				}
				i += n
				continue
			}
			if space && len(buf) > 0 && buf[len(buf)-1] != ' ' {
				buf = append(buf, ' ')
				m = append(m, int32(spaceAt))
			}
			space = false
			buf = append(buf, src[i])
			m = append(m, int32(i))
			i++
		}
	}
	return string(buf), m
}
