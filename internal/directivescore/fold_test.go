package directivescore_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/directivescore"
)

// foldCases are fold() of score_directive.py (Python 3.11) on each input.
var foldCases = []struct{ in, want string }{
	{"Chủ tịch UBND các tỉnh, thành phố", "chu tich ubnd cac tinh thanh pho"},
	{"Sở TT&TT", "so tt&tt"},
	{"Ban Chỉ đạo 389/QG", "ban chi dao 389/qg"},
	{"  Đắk   Lắk  ", "dak lak"},
	{"ĐẮK LẮK", "dak lak"},
	{"İstanbul", "istanbul"},
	{"x½ ²", "x½ ²"},
	{"Thuỷ lợi", "thuy loi"},
	{"Thủy lợi", "thuy loi"},
	{"So\u031b\u0309 Ta\u0300i chi\u0301nh", "so tai chinh"},
	{"Sở Giao thông – Vận tải", "so giao thong van tai"},
	{"Sở Giao thông - Vận tải", "so giao thong - van tai"},
	{`"Ủy ban" (UBND)`, "uy ban ubnd"},
	{"a\u00a0b\tc\nd", "a b c d"},
	{"số 12/2025/QĐ-UBND.", "so 12/2025/qd-ubnd"},
	{"", ""},
	{"...", ""},
	{"Ǆemal", "ǆemal"},
	{"ﬁnance", "ﬁnance"},
	{"Ⅻ khoá", "ⅻ khoa"},
	{"x_y", "x y"},
	{"١٢٣", "١٢٣"},
	{"ｆｕｌｌ", "ｆｕｌｌ"},
	{"e\u0301\u0323", "e"},
}

func TestFold(t *testing.T) {
	for _, c := range foldCases {
		if got := directivescore.Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestBody(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"chu tich ubnd cac tinh", "ubnd cac tinh"},
		{"chu tich hoi dong thanh vien evn", "evn"}, // the longest title wins
		{"pho chu tich ubnd tinh", "ubnd tinh"},     // "pho chu tich" before "chu tich"
		{"chu tich", "chu tich"},                    // a title alone stays
		{"chu tich ", "chu tich "},                  // nothing after the space
		{"giam doc so y te", "so y te"},             //
		{"thu truong cac so ban nganh", "cac so ban nganh"},
		{"so tai chinh", "so tai chinh"},
		{"chu tichx ubnd", "chu tichx ubnd"},
	} {
		if got := directivescore.Body(c.in); got != c.want {
			t.Errorf("Body(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	ts := directivescore.Titles()
	for i := 1; i < len(ts); i++ {
		if len(ts[i]) > len(ts[i-1]) {
			t.Errorf("Titles not longest first: %q before %q", ts[i-1], ts[i])
		}
	}
	ts[0] = "x"
	if directivescore.Titles()[0] == "x" {
		t.Error("Titles hands out its table")
	}
}

func unicodeIsLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func FuzzFold(f *testing.F) {
	for _, c := range foldCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := directivescore.Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q: spaces not collapsed", s, got)
		}
		for _, r := range got {
			if r != ' ' && r != '&' && r != '-' && r != '/' && !directivescore.IsAlnum(r) {
				t.Fatalf("Fold(%q) = %q holds %q", s, got, r)
			}
		}
	})
}
