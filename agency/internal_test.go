package agency

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// TestSingleSpaced checks singleSpaced against what it stands for.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u2003b",
		"a\u0085b", "Sở Y tế", "Sở  Y tế", "\xff \xfe", "Ủy ban nhân dân\r\nthành phố"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWordBytes checks wordByte and vntext.NonLetterBytes against the
// word bytes of vntext.NextToken: ASCII letters and non-ASCII bytes.
func TestWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		word := c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if got := wordByte[c] != 0; got != word {
			t.Errorf("wordByte[%#x] = %v, want %v", c, got, word)
		}
		for p := 0; p < 8; p++ {
			x := uint64(c)<<(8*p) | 0x6161616161616161&^(0xff<<(8*p)) // 'a' elsewhere
			m := vntext.NonLetterBytes(x)
			if want := uint64(0x80) << (8 * p); word && m != 0 || !word && m != want {
				t.Errorf("NonLetterBytes(%#x) = %#x", x, m)
			}
		}
	}
}

// TestTokenHashes checks that the hashes canonicalize computes as it reads
// are wordHash of the tokens, on the sample documents.
func TestTokenHashes(t *testing.T) {
	ix := Default().index()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(b), string(b[:len(b)/3])} {
			f := vntext.Fold(text)
			s := scanner{f: &f}
			s.canonicalize(ix)
			for i, tok := range s.tok {
				if tok.h != wordHash(tok.s) {
					t.Fatalf("%s: token %d %q: hash %d, want %d", name, i, tok.s, tok.h, wordHash(tok.s))
				}
			}
		}
	}
}

// TestStableNFC checks that stableNFC holds only for text NFC leaves as
// it is, over the sample documents and every character up to U+2FFF
// after a letter.
func TestStableNFC(t *testing.T) {
	texts := []string{"", "Sở Y tế", "Ủy ban nhân dân", norm.NFD.String("Ủy ban"), "a\xffb", "Ω", "\u2126", "ĐĂK LĂK"}
	for r := rune(0); r <= 0x2fff; r++ {
		texts = append(texts, "A"+string(r), string(r)+"\u0301")
	}
	files, _ := filepath.Glob("testdata/*.txt")
	lines := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		ls := strings.Split(string(b), "\n")
		lines += len(ls)
		texts = append(texts, ls...)
	}
	stable := 0
	for k, s := range texts {
		if stableNFC(s) {
			if k >= len(texts)-lines {
				stable++
			}
			if n := norm.NFC.String(s); n != s || !utf8.ValidString(s) {
				t.Errorf("stableNFC(%q), but NFC gives %q", s, n)
			}
		}
	}
	if stable < lines/2 {
		t.Errorf("stableNFC holds for %d of %d lines of the sample documents only", stable, lines)
	}
}
