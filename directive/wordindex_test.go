package directive

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/directive/internal/layout"
)

// layoutDocs returns the documents of testdata, of testdata/corpus and the
// seed, read by the layout as Parse reads them, by file name.
func layoutDocs(t *testing.T) map[string]*layout.Doc {
	t.Helper()
	var names []string
	for _, pat := range []string{"testdata/*.txt", "testdata/corpus/*.txt", "../seeds/*.txt"} {
		fs, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, fs...)
	}
	if len(names) < 5 {
		t.Fatalf("%d documents; want the corpus", len(names))
	}
	docs := map[string]*layout.Doc{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		docs[n] = layout.ReadWith(string(b), layoutOptions(agency.Default()))
	}
	return docs
}

// TestWordIndex checks the word index against the lexicon it keeps the
// readings of: at every folded offset of every document (word starts,
// the middle of words, punctuation, the end), with and without
// diacritics, asked twice (the second answer is the kept one), at, head
// and wordEnd answer as the lexicon and the text do.
func TestWordIndex(t *testing.T) {
	lx := theLexicon()
	for name, d := range layoutDocs(t) {
		x := newWordIndex(&d.Key)
		txt := d.Key.Text
		bad := 0
		// An entry where a word starts, and nowhere else.
		for i := 0; i < len(txt); i++ {
			start := isLetterByte(txt[i]) && (i == 0 || !isLetterByte(txt[i-1]))
			if got := x.entry(i) != nil; got != start {
				t.Errorf("%s: entry at %d: %v; a word starts there: %v", name, i, got, start)
				bad++
			}
		}
		for round := 0; round < 2; round++ {
			for i := 0; i <= len(txt); i++ {
				for _, acc := range []bool{false, true} {
					wc, we := lx.at(&d.Key, i, acc)
					if gc, ge := x.at(i, acc); gc != wc || ge != we {
						t.Errorf("%s: at(%d, %v) = %v, %d; want %v, %d", name, i, acc, gc, ge, wc, we)
						bad++
					}
					if g, w := x.head(i, acc), lx.head(&d.Key, i, acc); g != w {
						t.Errorf("%s: head(%d, %v) = %d; want %d", name, i, acc, g, w)
						bad++
					}
				}
				j := i
				for j < len(txt) && isLetterByte(txt[j]) {
					j++
				}
				if g := x.wordEnd(i); g != j {
					t.Errorf("%s: wordEnd(%d) = %d; want %d", name, i, g, j)
					bad++
				}
				if bad > 10 {
					t.Fatalf("%s: too many differences", name)
				}
			}
		}
	}
}

// isLetterByte is vntext.IsLetter, written out so that the test does not
// share the index's code.
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }
