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
