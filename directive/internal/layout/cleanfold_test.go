package layout

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// checkCleanFold checks CleanFold of r against CleanMap and folding its
// text again: the same text and map back to Src, and a folding equal to
// vntext.FoldMarks of the text byte for byte, mark for mark and offset for
// offset. Where CleanFold gives none, CleanMap must write the range on its
// own.
func checkCleanFold(t *testing.T, name string, d *Doc, r Range) {
	t.Helper()
	text, cmap, f, _, ok := d.CleanFold(r, nil)
	if key, kok := d.CleanKey(r); kok != ok || key != f.Text {
		t.Fatalf("%s: CleanKey(%v) = %q, %v; CleanFold folds to %q, %v", name, r, key, kok, f.Text, ok)
	}
	if !ok {
		t0 := d.Key.Text
		cut := !r.Empty() && (!utf8.RuneStart(t0[r.A]) || r.B < len(t0) && !utf8.RuneStart(t0[r.B]))
		if _, _, slice := d.cleanBounds(r); slice && !r.Empty() && !cut && d.keyFoldsClean {
			t.Fatalf("%s: CleanFold(%v) gives no folding of a slice of the clean text", name, r)
		}
		return
	}
	wt, wm := d.CleanMap(r)
	if text != wt || !reflect.DeepEqual(cmap, wm) {
		t.Fatalf("%s: CleanFold(%v) text %q; CleanMap's %q", name, r, text, wt)
	}
	g := vntext.FoldMarks(text)
	if f.Text != g.Text {
		t.Fatalf("%s: CleanFold(%v) folds %q to %q; FoldMarks gives %q", name, r, text, f.Text, g.Text)
	}
	for i := 0; i <= len(g.Text); i++ {
		if f.Orig(i) != g.Orig(i) || f.Mark(i) != g.Mark(i) {
			t.Fatalf("%s: CleanFold(%v) of %q: byte %d at %d mark %v; FoldMarks: at %d mark %v",
				name, r, text, i, f.Orig(i), f.Mark(i), g.Orig(i), g.Mark(i))
		}
	}
	if f.Len() != len(text) {
		t.Fatalf("%s: CleanFold(%v): length %d; want %d", name, r, f.Len(), len(text))
	}
}

// TestCleanFold checks CleanFold on every paragraph, body and line of
// every document of the test data, all of which it slices.
func TestCleanFold(t *testing.T) {
	for _, name := range corpusFiles(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		d := Read(string(b))
		name = filepath.Base(name)
		if !d.keyFoldsClean {
			t.Errorf("%s: the folding is not its clean text's", name)
		}
		for _, p := range d.Paras {
			checkCleanFold(t, name, d, p.Key)
			checkCleanFold(t, name, d, p.Body)
		}
		for _, l := range d.Lines {
			checkCleanFold(t, name, d, l.Key)
		}
	}
}

// FuzzCleanFold checks CleanFold on short texts of the kinds that make the
// folding of pieces and of their clean text part: emphasis inside words,
// combining marks, invalid bytes, Unicode spaces, table bars.
func FuzzCleanFold(f *testing.F) {
	for _, s := range []string{
		"**Sở** Y tế *chủ trì*, phối hợp",
		"Ủy ban nha\u0302n da\u0302n **tỉnh**\n| Sở | Y tế |",
		"a**\u0301b**c _d_ e\u00a0\u2003f\u200bg\u00adh",
		"\xc3**\x92 \xe1**\xbb\x87 |x|\ty",
		"- Giao **Công an\u180e tỉnh**:\r\n+ rà soát",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Read(s)
		for _, p := range d.Paras {
			checkCleanFold(t, "fuzz", d, p.Key)
			checkCleanFold(t, "fuzz", d, p.Body)
		}
		for _, l := range d.Lines {
			checkCleanFold(t, "fuzz", d, l.Key)
		}
		for a := 0; a < len(d.Key.Text); a += 3 {
			checkCleanFold(t, "fuzz", d, Range{a, len(d.Key.Text) - a/2})
		}
	})
}
