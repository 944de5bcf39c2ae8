package lexicon

import (
	"slices"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/go-cmp/cmp"
)

// matchesRef is Matches written plainly, over every row: the spellings
// of the rows whose key starts with the text's first word at i, in the
// order of their first row, longest first. Matches, with its table of
// first words, must agree with it.
func matchesRef(lx *Lexicon, f *vntext.Folded, i int, cs Classes) []Match {
	t := f.Text
	if i < 0 || i >= len(t) || i > 0 && isWordByte(t[i-1]) {
		return nil
	}
	w := firstWord(t[i:])
	if w == "" {
		return nil
	}
	type spelling struct {
		str  string
		sp   vntext.Spelling
		rows []int
	}
	var sps []spelling
	for k := range lx.Len() {
		sp := lx.Spelling(k)
		if firstWord(sp.Key) != w {
			continue
		}
		str := sp.String()
		n := slices.IndexFunc(sps, func(e spelling) bool { return e.str == str })
		if n < 0 {
			sps = append(sps, spelling{str: str, sp: sp})
			n = len(sps) - 1
		}
		sps[n].rows = append(sps[n].rows, k)
	}
	slices.SortStableFunc(sps, func(a, b spelling) int { return len(b.sp.Key) - len(a.sp.Key) })
	var out []Match
	for _, e := range sps {
		key := e.sp.Key
		end := i + len(key)
		if end > len(t) || t[i:end] != key || end < len(t) && isWordByte(key[len(key)-1]) && isWordByte(t[end]) {
			continue
		}
		if (f.Accented(i, end) || e.sp.Accented() && f.Accented(i-accentWindow, end+accentWindow)) && !f.SpelledLike(i, e.sp) {
			continue
		}
		for _, k := range e.rows {
			if cs.Has(lx.Row(k).Class) {
				out = append(out, Match{k, end})
			}
		}
	}
	return out
}

// checkLikeRef checks Matches against matchesRef at every offset of s.
func checkLikeRef(t *testing.T, lx *Lexicon, s string) {
	t.Helper()
	f := vntext.FoldMarks(s)
	for _, cs := range []Classes{Of(Head), Of(Unit, Stop), Of(Head, Title, Collective, Qualifier, Unit, Stop, NameWord, Word, Cap), Classes(1<<numClasses - 1)} {
		for i := -1; i <= len(f.Text); i++ {
			got, want := lx.Matches(&f, i, cs, nil), matchesRef(lx, &f, i, cs)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("Matches(%q, %d, %b) differs from the reference (-want +got):\n%s", f.Text, i, cs, diff)
			}
		}
	}
}

// refTexts are texts with and without diacritics, in capitals, with words
// of eight bytes and more, at the end of the text and before digits.
var refTexts = []string{
	"Giám đốc Sở Tài chính tính toán kinh phí, phối hợp với Ủy ban nhân dân các huyện.",
	"Các sở, ban, ngành; UBND các quận, huyện; cơ quan chuyên môn thuộc UBND thành phố có trách nhiệm",
	"UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH", "uy ban nhan dan tinh quang ninh", "Co quan thuong truc",
	"KT. CHỦ TỊCH", "Sở TT&TT, Sở KH&ĐT, Sở LĐ-TB&XH", "cácsở", "sở", "Sở2", "\xff\u0301 sở",
	"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ",
	"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh; Thường trực Tỉnh ủy",
	"abcdefgh abcdefghi abcdefghij k abcdefgh ij abcdefghij abcdefgh", "abcdefg", "abcdefgh", "abcdefghijk", "abcdefgh íj", "abcdefghij ḱ", "áb&c", "ÁB&C đi", "Có trách nhiều việc", "abcdefgh ijklmnopq abcdefgh ijklmnopx",
}

func TestMatchesLikeRef(t *testing.T) {
	long, err := New([]Row{
		{Words: "abcdefgh", Class: Stop}, {Words: "abcdefghi", Class: Stop}, {Words: "abcdefghij k", Class: Head},
		{Words: "abcdefgh ij", Class: Head}, {Words: "abcdefghij", Class: Unit}, {Words: "sở", Class: Head},
		{Words: "áb&c", Class: Stop}, {Words: "abcdefgh ijklmnopq", Class: Unit},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range refTexts {
		checkLikeRef(t, Builtin(), s)
		checkLikeRef(t, long, s)
	}
}

// TestWordSig: words folded alike have the same WordSig exactly when
// SpelledLike says they are spelled alike; a word of more than eight bytes
// has none.
func TestWordSig(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"hoà", "hòa", true}, {"sở", "số", false}, {"sở", "so", false}, {"Sở", "sở", true},
		{"viên", "viện", false}, {"đà", "dà", false}, {"thường", "thương", false},
	} {
		fa, fb := vntext.FoldMarks(tc.a), vntext.FoldMarks(tc.b)
		sa, oka := WordSig(&fa, 0, len(fa.Text))
		sb, okb := WordSig(&fb, 0, len(fb.Text))
		if !oka || !okb || (sa == sb) != tc.same || fa.SpelledLike(0, vntext.Spell(tc.b)) != tc.same {
			t.Errorf("WordSig(%q) = %x, WordSig(%q) = %x; want same %v", tc.a, sa, tc.b, sb, tc.same)
		}
	}
	f := vntext.FoldMarks("nghiêngnghiêng")
	if _, ok := WordSig(&f, 0, len(f.Text)); ok {
		t.Error("WordSig of a word of more than eight bytes")
	}
}
