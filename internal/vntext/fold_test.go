package vntext

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nfc", "Hải Phòng, ngày 05 tháng 01 năm 2024", "hai phong, ngay 05 thang 01 nam 2024"},
		{"nfd", norm.NFD.String("Hải Phòng, ngày 05 tháng 01 năm 2024"), "hai phong, ngay 05 thang 01 nam 2024"},
		{"upper", "NGÀY 15 THÁNG 3 NĂM 2024", "ngay 15 thang 3 nam 2024"},
		{"unaccented", "ngay 15 thang 3 nam 2024", "ngay 15 thang 3 nam 2024"},
		{"nbsp", "ngày\u00a015\u202ftháng\u2009 3", "ngay 15 thang 3"},
		{"tabs and breaks", "Sở\tThông tin\r\n\nvà  Truyền thông", "so thong tin va truyen thong"},
		{"old tone hoa", "hoà", "hoa"},
		{"new tone hoa", "hòa", "hoa"},
		{"old tone thuy", "thuỷ", "thuy"},
		{"new tone thuy", "thủy", "thuy"},
		{"qui", "quí", "qui"},
		{"quy", "quý", "quy"},
		{"d stroke", "Đề án ĐỊNH DANH đ", "de an dinh danh d"},
		{"zero width", "Sở\u200b Tư\u00ad pháp\ufeff", "so tu phap"},
		{"dashes", "Lao động – Thương binh — Xã hội", "lao dong - thuong binh - xa hoi"},
		{"quotes", "“đúng, đủ, sạch, sống” ‘x’", "\"dung, du, sach, song\" 'x'"},
		{"all vowels", "ăâêôơư ÁÀẢÃẠ ẮẰẲẴẶ ẤẦẨẪẬ ÉÈẺẼẸ ẾỀỂỄỆ ÍÌỈĨỊ ÓÒỎÕỌ ỐỒỔỖỘ ỚỜỞỠỢ ÚÙỦŨỤ ỨỪỬỮỰ ÝỲỶỸỴ",
			"aaeoou aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy"},
		{"other script kept", "Ωmega ≥ 5", "ωmega ≥ 5"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
		{"leading space", "  a", " a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Fold(tt.in)
			if f.Text != tt.want {
				t.Errorf("Fold(%q).Text = %q, want %q", tt.in, f.Text, tt.want)
			}
			if got := String(f.Text); got != f.Text {
				t.Errorf("Fold not idempotent: %q then %q", f.Text, got)
			}
			if f.Len() != len(tt.in) || f.Orig(len(f.Text)) != len(tt.in) {
				t.Errorf("end maps to %d, want %d", f.Orig(len(f.Text)), len(tt.in))
			}
		})
	}
}

func TestOrigSpans(t *testing.T) {
	tests := []struct {
		in, word, wantOrig string
	}{
		{"Hải Phòng, ngày 05 tháng 01", "ngay 05", "ngày 05"},
		{norm.NFD.String("Hải Phòng, ngày 05 tháng 01"), "ngay 05", norm.NFD.String("ngày 05")},
		{norm.NFD.String("trước tháng 6"), "truoc thang", norm.NFD.String("trước tháng")},
		{"Sở\u00a0Tư   pháp.", "so tu phap", "Sở\u00a0Tư   pháp"},
		{"CỤC THUẾ", "cuc thue", "CỤC THUẾ"},
		{"x \u200bĐề án", "de an", "Đề án"},
	}
	for _, tt := range tests {
		f := Fold(tt.in)
		i := strings.Index(f.Text, tt.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.word, f.Text)
		}
		a, b := f.Span(i, i+len(tt.word))
		if got := tt.in[a:b]; got != tt.wantOrig {
			t.Errorf("Span of %q in %q = %q, want %q", tt.word, tt.in, got, tt.wantOrig)
		}
	}
}

func TestFoldIntoMatchesFold(t *testing.T) {
	var buf [64]byte
	var orig [65]int32
	for _, s := range []string{"Ngày 05 tháng 01", "already folded", "", "ĐĐ", norm.NFD.String("Thuỷ")} {
		a, b := Fold(s), FoldInto(buf[:0], orig[:0], s)
		if a.Text != b.Text {
			t.Errorf("FoldInto(%q) = %q, Fold = %q", s, b.Text, a.Text)
		}
		for i := 0; i <= len(a.Text); i++ {
			if a.Orig(i) != b.Orig(i) {
				t.Errorf("FoldInto(%q).Orig(%d) = %d, Fold gives %d", s, i, b.Orig(i), a.Orig(i))
			}
		}
	}
}

func TestFoldAllocs(t *testing.T) {
	folded := "giao cong an thanh pho: hoan thanh truoc ngay 01/7/2024."
	if n := testing.AllocsPerRun(100, func() { _ = Fold(folded) }); n != 0 {
		t.Errorf("Fold of folded ASCII: %v allocs, want 0", n)
	}
	general := "Giao Công an thành phố: Hoàn thành trước ngày 01/7/2024."
	if n := testing.AllocsPerRun(100, func() { _ = Fold(general) }); n > 2 {
		t.Errorf("Fold of general input: %v allocs, want ≤ 2", n)
	}
	var buf [128]byte
	var orig [129]int32
	if n := testing.AllocsPerRun(100, func() { _ = FoldInto(buf[:0], orig[:0], general) }); n != 0 {
		t.Errorf("FoldInto with room: %v allocs, want 0", n)
	}
}

func TestTokens(t *testing.T) {
	f := Fold("Ngày 05/01/2024, quý III.")
	got := Tokens(f.Text)
	want := []Token{
		{Word, "ngay", 0, 4}, {Number, "05", 5, 7}, {Punct, "/", 7, 8}, {Number, "01", 8, 10},
		{Punct, "/", 10, 11}, {Number, "2024", 11, 15}, {Punct, ",", 15, 16},
		{Word, "quy", 17, 20}, {Word, "iii", 21, 24}, {Punct, ".", 24, 25},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens mismatch (-want +got):\n%s", diff)
	}
	if v := got[1].Value(); v != 5 {
		t.Errorf("Value(05) = %d", v)
	}
	if v := got[0].Value(); v != -1 {
		t.Errorf("Value(word) = %d, want -1", v)
	}
	if v := (Token{Kind: Number, Text: "99999999999999999999"}).Value(); v != 1<<30 {
		t.Errorf("Value saturates at %d, got %d", 1<<30, v)
	}
}

func TestRoman(t *testing.T) {
	want := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
	for i, w := range want {
		if n, ok := Roman(w); !ok || n != i+1 {
			t.Errorf("Roman(%q) = %d, %v", w, n, ok)
		}
		if n, ok := Roman(strings.ToLower(w)); !ok || n != i+1 {
			t.Errorf("Roman(%q) = %d, %v", strings.ToLower(w), n, ok)
		}
	}
	for _, w := range []string{"", "XIII", "IIII", "VX", "L", "C", "abc", "XIIII"} {
		if n, ok := Roman(w); ok {
			t.Errorf("Roman(%q) = %d, want not a numeral", w, n)
		}
	}
}

func TestNumberWord(t *testing.T) {
	tests := []struct {
		in      string
		n, size int
	}{
		{"mot", 1, 3}, {"hai thang", 2, 3}, {"ba", 3, 2}, {"bon", 4, 3}, {"tu", 4, 2}, {"nam", 5, 3},
		{"sau", 6, 3}, {"bay", 7, 3}, {"tam", 8, 3}, {"chin", 9, 4}, {"muoi", 10, 4},
		{"muoi mot thang", 11, 8}, {"muoi hai", 12, 8}, {"muoi ba", 13, 7},
		{"motx", 0, 0}, {"", 0, 0}, {"hai2", 0, 0}, {"bao", 0, 0},
	}
	for _, tt := range tests {
		n, size := NumberWord(tt.in)
		if n != tt.n || size != tt.size {
			t.Errorf("NumberWord(%q) = %d, %d; want %d, %d", tt.in, n, size, tt.n, tt.size)
		}
	}
	for _, w := range []string{String("mồng"), String("mùng")} {
		if !IsDayPrefix(w) {
			t.Errorf("IsDayPrefix(%q) = false", w)
		}
	}
	if IsDayPrefix("ngay") {
		t.Error("IsDayPrefix(ngay) = true")
	}
}

func TestHasWordAt(t *testing.T) {
	s := "truoc ngay 15 hang thang"
	if !HasWordAt(s, 0, "truoc") || !HasWordAt(s, 14, "hang thang") {
		t.Error("HasWordAt misses whole words")
	}
	if HasWordAt(s, 1, "ruoc") || HasWordAt(s, 14, "han") || HasWordAt(s, -1, "x") || HasWordAt(s, 99, "x") {
		t.Error("HasWordAt matches inside a word or out of range")
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Hải Phòng, ngày 05 tháng 01 năm 2024", norm.NFD.String("Thuỷ lợi – “x”"),
		"a\xff\xfe", "\u00a0\u200b\t", "İSTANBUL ǅ Ǖ", "already folded"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fo := Fold(s)
		prev := 0
		for i := 0; i <= len(fo.Text); i++ {
			o := fo.Orig(i)
			if o < prev || o > len(s) {
				t.Fatalf("Orig(%d) = %d after %d, len %d", i, o, prev, len(s))
			}
			prev = o
		}
		if fo.Orig(len(fo.Text)) != len(s) {
			t.Fatalf("end maps to %d, want %d", fo.Orig(len(fo.Text)), len(s))
		}
		if !utf8.ValidString(fo.Text) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, fo.Text)
		}
		if again := String(fo.Text); again != fo.Text {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, fo.Text, again)
		}
		if nfc := String(norm.NFC.String(s)); utf8.ValidString(s) && nfc != fo.Text {
			t.Fatalf("Fold(NFC(s)) = %q, Fold(s) = %q", nfc, fo.Text)
		}
		for tok := NextToken(fo.Text, 0); tok.Kind != Invalid; tok = NextToken(fo.Text, tok.End) {
			if tok.Start >= tok.End || tok.End > len(fo.Text) {
				t.Fatalf("bad token %+v", tok)
			}
		}
	})
}

func BenchmarkFoldSeed(b *testing.B) {
	seed := seedText(b)
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Fold(seed)
	}
}

func TestASCIIFold(t *testing.T) {
	for c := 0; c < 256; c++ {
		var want byte
		switch {
		case c >= 0x80, c < ' ', c == 0x7f:
		case 'A' <= c && c <= 'Z':
			want = byte(c) + 'a' - 'A'
		default:
			want = byte(c)
		}
		if got := asciiFold[c]; got != want {
			t.Errorf("asciiFold[%#x] = %#x, want %#x", c, got, want)
		}
	}
}

func TestFoldPieces(t *testing.T) {
	s := "**Điều 1.** Giao\r\n| Sở Y tế |\n\nchủ trì"
	// The pieces a layout reader would keep: the content of each line
	// without its emphasis marks and bars.
	at := func(sub string) int { return strings.Index(s, sub) }
	ps := []Piece{
		{at("Điều"), at("Điều") + len("Điều 1."), false},
		{at(" Giao"), at("Giao") + len("Giao"), false},
		{at("Sở"), at("Sở") + len("Sở Y tế"), true},
		{at("chủ"), len(s), true},
	}
	f, bounds := FoldPieces(s, ps)
	if want := "dieu 1. giao so y te chu tri"; f.Text != want {
		t.Fatalf("FoldPieces = %q, want %q", f.Text, want)
	}
	if want := [][2]int{{0, 7}, {7, 12}, {13, 20}, {21, 28}}; !slices.Equal(bounds, want) {
		t.Errorf("bounds = %v, want %v", bounds, want)
	}
	for _, tc := range []struct {
		word string
		a, b int // folded span
		want string
	}{
		{"dieu", 0, 4, "Điều"},
		{"giao", 8, 12, "Giao"},
		{"so y te", 13, 20, "Sở Y tế"},
		{"chu tri", 21, 28, "chủ trì"},
	} {
		a, b := f.Span(tc.a, tc.b)
		if got := s[a:b]; got != tc.want {
			t.Errorf("span of %q = %q, want %q", tc.word, got, tc.want)
		}
	}
	if !f.SpelledLike(13, Spell("sở y tế")) || f.SpelledLike(13, Spell("số y tế")) {
		t.Error("marks of a piece are wrong")
	}
}

// TestAsFolded checks that AsFolded of a folded text is what folding it
// again gives: the same text, offsets and length.
func TestAsFolded(t *testing.T) {
	for _, s := range []string{"", "Hải Phòng, ngày 05 tháng 01 năm 2024", "Quý III/2024 … • № 5", "a\xffb", "ĐỒNG\u00a0BỘ  dữ liệu\u0301", "\u2026x\U0001F600"} {
		folded := Fold(s).Text
		want, got := Fold(folded), AsFolded(folded)
		if got.Text != want.Text || got.Len() != want.Len() {
			t.Errorf("AsFolded(%q) = %q (%d bytes); Fold gives %q (%d)", folded, got.Text, got.Len(), want.Text, want.Len())
		}
		for i := -1; i <= len(folded)+1; i++ {
			if got.Orig(i) != want.Orig(i) || got.Index(i) != want.Index(i) {
				t.Errorf("AsFolded(%q): offset %d maps to %d, index %d; Fold: %d, %d", folded, i, got.Orig(i), got.Index(i), want.Orig(i), want.Index(i))
			}
		}
		if got.HasMarks() != want.HasMarks() {
			t.Errorf("AsFolded(%q) has marks %v; Fold %v", folded, got.HasMarks(), want.HasMarks())
		}
	}
}

// FuzzFoldPiecesMarks checks that the marks FoldPieces reads piece by
// piece are those marksOf reads of the whole folding.
func FuzzFoldPiecesMarks(f *testing.F) {
	for _, s := range []string{"**Điều 1.** Giao\r\n| Sở Y tế |\n\nchủ trì", norm.NFD.String("Thuỷ lợi **Ấp** x\u0301"), "A\u0301**\u0300b", "a\xffB\ncd"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, step uint8) {
		// Pieces of every step bytes or so, skipping one byte between
		// them, every other one spaced.
		n := int(step%16) + 1
		var ps []Piece
		for a := 0; a < len(s); a += n + 1 {
			ps = append(ps, Piece{Start: a, End: min(a+n, len(s)), Space: len(ps)%2 == 1})
		}
		got, _ := FoldPieces(s, ps)
		want := marksOf(&got, s)
		if string(got.marks) != string(want) || (got.marks == nil) != (want == nil) {
			t.Errorf("FoldPieces(%q) marks %v; marksOf %v", s, got.marks, want)
		}
	})
}
