package vntext

import (
	"testing"
	"unicode/utf8"
)

// TestQuickTables checks every table entry against foldRune.
func TestQuickTables(t *testing.T) {
	for _, rg := range [][2]rune{{0x80, 0x24f}, {0x300, 0x36f}, {0x1e00, 0x1eff}} {
		for r := rg[0]; r <= rg[1]; r++ {
			var b [4]byte
			n := utf8.EncodeRune(b[:], r)
			k, out := foldRune(r, string(b[:n]))
			want := byte(0)
			switch k {
			case runeDrop:
				want = 1
			case runeSpace:
				want = 2
			case runeASCII:
				want = byte(out)
			}
			if got := quickClass(r); got != want {
				t.Errorf("quickClass(%U) = %#x, want %#x", r, got, want)
			}
		}
	}
}

func BenchmarkFoldIntoSeed(b *testing.B) {
	text := seedText(b)
	buf := make([]byte, 0, 2*len(text))
	orig := make([]int32, 0, 2*len(text)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = FoldInto(buf, orig, text)
	}
}

// TestFoldEveryRune checks Fold, with its inline fast paths, against
// foldRune for every rune of the Latin, combining and Latin Extended
// Additional blocks and their neighbours, alone and between letters.
func TestFoldEveryRune(t *testing.T) {
	for r := rune(0x80); r < 0x2000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		s := string(b[:n])
		want := ""
		switch k, out := foldRune(r, s); k {
		case runeASCII:
			want = string(rune(out))
		case runeSpace:
			want = " "
		case runeOther:
			want = string(out)
		}
		if got := Fold(s).Text; got != want {
			t.Errorf("Fold(%U) = %q, want %q", r, got, want)
		}
		if got := Fold("a" + s + "b").Text; got != "a"+want+"b" && !(want == " " || want == "") {
			t.Errorf("Fold(a%Ub) = %q, want %q", r, got, "a"+want+"b")
		}
	}
}
