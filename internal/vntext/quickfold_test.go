package vntext

import (
	"os"
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

func checkQuick(t *testing.T, s string) {
	t.Helper()
	f, q := Fold(s), FoldQuick(s)
	if f.Text != q.Text {
		t.Fatalf("FoldQuick(%q) = %q, want %q", s, q.Text, f.Text)
	}
	for i := 0; i <= len(f.Text); i++ {
		if f.Orig(i) != q.Orig(i) {
			t.Fatalf("FoldQuick(%q).Orig(%d) = %d, want %d", s, i, q.Orig(i), f.Orig(i))
		}
	}
}

func TestFoldQuickSameAsFold(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Hải Phòng, ngày 15 tháng 3 năm 2024", "Ngày  \u00a0 15\t\n", "\u00a0\u00a0x", "x\u2003\u00a0y",
		"hoà thuỷ ĐỒNG", "ngày 15 tha\u0301ng 3", "a\xffb", "“x” – y", "ß Æ ǅ Ω", "ngày\u200b15", " \u3000 a",
	} {
		checkQuick(t, s)
	}
	b, err := os.ReadFile("../../seeds/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkQuick(t, string(b))
}

func FuzzFoldQuick(f *testing.F) {
	f.Add("Hải Phòng, ngày 15 tháng 3 năm 2024")
	f.Add("a\u00a0 \u3000b\xff")
	f.Fuzz(checkQuick)
}

func BenchmarkFoldQuickSeed(b *testing.B) {
	s, err := os.ReadFile("../../seeds/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(s)
	buf := make([]byte, 0, 2*len(text))
	orig := make([]int32, 0, 2*len(text)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = FoldQuickInto(buf, orig, text)
	}
}
