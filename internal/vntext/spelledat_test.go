package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestSpelledAt checks SpelledAt against Spell and SpelledLike, which it
// stands for, on texts in NFC and NFD, and that it does not allocate.
func TestSpelledAt(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		at         int
		key, want  bool
	}{
		{"Sở Y tế", "sở", 0, true, true},
		{"Sở Y tế", "số", 0, true, false},
		{"Sở Y tế", "sở y tế", 0, true, true},
		{"số 12", "sở", 0, true, false},
		{"mặt hàng quy định", "hằng quý", 4, true, false}, // hàng ≠ hằng, quy ≠ quý
		{"mặt hàng quý", "hàng quý", 4, true, true},
		{"HẰNG QUÝ", "hằng quý", 0, true, true},
		{"hoà bình", "hòa bình", 0, true, true}, // old tone placement
		{"thuỷ lợi", "thủy lợi", 0, true, true},
		{"Thủy lợi", "thuỷ lợi", 0, true, true},
		{"hoa binh", "hòa bình", 0, true, false}, // the caller decides when unaccented text matches
		{"hoa binh", "hoa binh", 0, true, true},
		{"định kì", "định kỳ", 0, false, false}, // a spelling variant folds otherwise
		{"đất 80%", "đạt", 0, true, false},
		{"đạt 80%", "đạt", 0, true, true},
		{"Đạt", "đạt", 0, true, true},
		{"không vượt quá", "không vượt quá", 0, true, true},
		{"không vượt qua", "không vượt quá", 0, true, false},
		{"trong độ tuổi", "trong đó", 0, true, false},
		{"trong đó", "trong đó", 0, true, true},
		{"≥ 90%", "≥", 0, true, true},
		{"ab", "abc", 0, false, false},
		{"", "a", 0, false, false},
	} {
		for _, form := range []string{tc.text, norm.NFD.String(tc.text)} {
			f := FoldMarks(form)
			end, spelled := f.SpelledAt(tc.at, tc.word)
			if key := end >= 0; key != tc.key || spelled != tc.want {
				t.Errorf("%q.SpelledAt(%d, %q) = %d, %v; want key %v, spelled %v", form, tc.at, tc.word, end, spelled, tc.key, tc.want)
				continue
			}
			sp := Spell(tc.word)
			if tc.key && (end != tc.at+len(sp.Key) || f.SpelledLike(tc.at, sp) != spelled) {
				t.Errorf("%q.SpelledAt(%d, %q) = %d, %v; Spell and SpelledLike say %d, %v", form, tc.at, tc.word, end, spelled, tc.at+len(sp.Key), f.SpelledLike(tc.at, sp))
			}
		}
	}
	// Without marks, only a phrase without diacritics is spelled alike.
	f := Fold("dat 80%")
	if end, spelled := f.SpelledAt(0, "đạt"); end != 3 || spelled {
		t.Errorf("Fold(%q).SpelledAt(0, %q) = %d, %v; want 3, false", "dat 80%", "đạt", end, spelled)
	}
	g := FoldMarks("Tỷ lệ hồ sơ phải đạt tối thiểu 80%")
	at := strings.Index(g.Text, "toi thieu")
	if end, spelled := g.SpelledAt(at, "tối thiểu"); end != at+len("toi thieu") || !spelled {
		t.Errorf("SpelledAt(%d, %q) = %d, %v; want %d, true", at, "tối thiểu", end, spelled, at+len("toi thieu"))
	}
	if n := testing.AllocsPerRun(100, func() { g.SpelledAt(at, "tối thiểu") }); n != 0 {
		t.Errorf("SpelledAt allocates %v times", n)
	}
}

// TestMarkSpan checks that marking a text span by span, in any order and
// with overlaps, gives the marks FoldMarks gives.
func TestMarkSpan(t *testing.T) {
	for _, s := range []string{"", "plain ascii", "Sở Y tế, số 12 và ĐỊNH KỲ hằng quý", norm.NFD.String("Ủy ban nhân dân tỉnh Hoà Bình"), "a\xffbé"} {
		want := FoldMarks(s)
		for _, step := range []int{1, 3, 7, 64} {
			f := Fold(s)
			for a := len(f.Text) / step * step; a >= 0; a -= step {
				f.MarkSpan(s, a-step/2, a+step)
			}
			for i := 0; i <= len(f.Text); i++ {
				if f.Mark(i) != want.Mark(i) {
					t.Errorf("MarkSpan(%q) step %d: mark %#x at %d, want %#x", s, step, f.Mark(i), i, want.Mark(i))
				}
			}
		}
	}
}
