package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestMarkTables checks every entry of the mark tables against runeMark.
func TestMarkTables(t *testing.T) {
	for _, rg := range [][2]rune{{0xc0, 0x24f}, {0x1e00, 0x1eff}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if got, want := markOf(r), runeMark(r); got != want {
				t.Errorf("markOf(%U) = %#x, want %#x", r, got, want)
			}
		}
	}
}

func TestFoldMarks(t *testing.T) {
	for _, tc := range []struct {
		in      string
		text    string
		spelled string
	}{
		{"Sở Y tế", "so y te", "sở y tế"},
		{"số 12", "so 12", "số 12"},
		{"ĐỊNH KỲ", "dinh ky", "định kỳ"},
		{"hằng quý", "hang quy", "hằng quý"},
		{"  Thủy\u00a0lợi ", " thuy loi ", "thủy lợi"},
		{"plain ascii", "plain ascii", "plain ascii"},
	} {
		for _, form := range []string{tc.in, norm.NFD.String(tc.in)} {
			f := FoldMarks(form)
			if f.Text != tc.text {
				t.Errorf("FoldMarks(%q).Text = %q, want %q", form, f.Text, tc.text)
				continue
			}
			if got := f.Spelled(0, len(f.Text)); got != norm.NFC.String(tc.spelled) && got != " "+tc.spelled+" " {
				t.Errorf("FoldMarks(%q).Spelled = %q, want %q", form, got, tc.spelled)
			}
		}
	}
}

func TestSpelledLike(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		at         int
		want       bool
	}{
		{"Sở Y tế", "sở", 0, true},
		{"Sở Y tế", "số", 0, false},
		{"số 12", "sở", 0, false},
		{"mặt hàng quy định", "hằng quý", 4, false}, // hàng ≠ hằng, quy ≠ quý
		{"hằng quý", "hằng quý", 0, true},
		{"HẰNG QUÝ", "hằng quý", 0, true},
		{"hoà bình", "hòa bình", 0, true}, // old tone placement
		{"thuỷ lợi", "thủy lợi", 0, true},
		{"Thủy lợi", "thuỷ lợi", 0, true},
		{"hoa binh", "hòa bình", 0, false}, // the caller decides when unaccented text matches
		{"định kì", "định kỳ", 0, false},   // a spelling variant is a row of its own
	} {
		for _, form := range []string{tc.text, norm.NFD.String(tc.text)} {
			f := FoldMarks(form)
			sp := Spell(tc.word)
			if got := f.Text[tc.at:min(len(f.Text), tc.at+len(sp.Key))] == sp.Key && f.SpelledLike(tc.at, sp); got != tc.want {
				t.Errorf("%q at %d like %q = %v, want %v", form, tc.at, tc.word, got, tc.want)
			}
		}
	}
}

func TestAccented(t *testing.T) {
	f := FoldMarks("Giao So Y te, phối hợp")
	if f.Accented(0, 12) {
		t.Error(`"Giao So Y te" reads as accented`)
	}
	if !f.Accented(12, len(f.Text)) {
		t.Error(`"phối hợp" reads as unaccented`)
	}
	if !f.IsUpperAt(0) || f.IsUpperAt(1) {
		t.Error("case marks wrong")
	}
	if f := Fold("phối hợp"); f.HasMarks() || f.Accented(0, len(f.Text)) {
		t.Error("Fold keeps marks")
	}
}

func TestSpellingString(t *testing.T) {
	for _, s := range []string{"định kỳ", "sở y tế", "đường", "hằng quý"} {
		if got := Spell(s).String(); got != s {
			t.Errorf("Spell(%q).String() = %q", s, got)
		}
	}
}

func BenchmarkFoldMarksSeed(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = FoldMarks(text)
	}
}

// TestFoldMarksInto checks that FoldMarksInto folds and marks as FoldMarks
// does, in the memory given, and without allocating when it is enough.
func TestFoldMarksInto(t *testing.T) {
	var buf [64]byte
	var orig [65]int32
	var marks [64]byte
	for _, s := range []string{"", "plain ascii", "Sở Y tế", norm.NFD.String("Ủy ban nhân dân"), "SỐ 12", "a\xffb"} {
		want := FoldMarks(s)
		got := FoldMarksInto(buf[:0], orig[:0], marks[:0], s)
		if got.Text != want.Text || got.HasMarks() != want.HasMarks() {
			t.Fatalf("FoldMarksInto(%q) = %q (marks %v), want %q (%v)", s, got.Text, got.HasMarks(), want.Text, want.HasMarks())
		}
		for i := 0; i <= len(got.Text); i++ {
			if got.Mark(i) != want.Mark(i) || got.Orig(i) != want.Orig(i) {
				t.Errorf("FoldMarksInto(%q) at %d: mark %#x orig %d, want %#x %d", s, i, got.Mark(i), got.Orig(i), want.Mark(i), want.Orig(i))
			}
		}
	}
	s := "Sở Tài chính"
	if n := testing.AllocsPerRun(100, func() { FoldMarksInto(buf[:0], orig[:0], marks[:0], s) }); n != 0 {
		t.Errorf("FoldMarksInto allocates %v times", n)
	}
}
