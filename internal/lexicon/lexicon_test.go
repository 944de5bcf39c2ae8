package lexicon

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// TestBuiltin checks the built-in rows: each has a class, is in NFC, and is
// written once per class; heads say their kind (but the bare "Ủy ban" and
// "UB"), titles are not abbreviations unless marked so.
func TestBuiltin(t *testing.T) {
	lx := Builtin()
	if lx.Len() != len(nameRows)+len(chargeRows) {
		t.Fatalf("Len = %d, want %d", lx.Len(), len(nameRows)+len(chargeRows))
	}
	seen := map[string]int{}
	for k := range lx.Len() {
		r := lx.Row(k)
		key := r.Class.String() + "|" + lx.Spelling(k).String()
		if j, ok := seen[key]; ok && r.Words != "uỷ ban nhân dân" {
			t.Errorf("row %d %q (%s) repeats row %d %q", k, r.Words, r.Class, j, lx.Row(j).Words)
		}
		seen[key] = k
		switch r.Class {
		case Head:
			if r.Kind == "" && r.Words != "Ủy ban" && r.Words != "UB" {
				t.Errorf("head %q has no kind", r.Words)
			}
		case Title:
			if strings.ToUpper(r.Words) == r.Words && r.Flags&Abbrev == 0 {
				t.Errorf("title %q is written in capitals but not marked Abbrev", r.Words)
			}
			if r.Flags&Abbrev != 0 && r.Title == "" {
				t.Errorf("abbreviated title %q does not say which title", r.Words)
			}
		default:
			if r.Kind != "" || r.Level != "" || r.Title != "" {
				t.Errorf("row %q of class %s has head or title fields", r.Words, r.Class)
			}
		}
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		rows []Row
		want string
	}{
		{[]Row{{Words: "sở"}}, `lexicon: row 0 "sở": no class`},
		{[]Row{{Words: " ", Class: Head}}, `lexicon: row 0: empty words`},
		{[]Row{{Words: norm.NFD.String("sở"), Class: Head}}, `lexicon: row 0 "so\u031b\u0309": not in NFC`},
		{[]Row{{Words: "(x)", Class: Stop}}, `lexicon: row 0 "(x)": no word at its start`},
		{[]Row{{Words: "sở", Class: numClasses}}, `lexicon: row 0 "sở": no class`},
	} {
		_, err := New(tc.rows)
		if err == nil || err.Error() != tc.want {
			t.Errorf("New(%q) error %v, want %q", tc.rows[0].Words, err, tc.want)
		}
	}
}

// TestLongest: the longest row of the classes asked for, whole words only,
// spelled as the text spells it when the text has diacritics, by folding
// when it has none.
func TestLongest(t *testing.T) {
	lx := Builtin()
	for _, tc := range []struct {
		text string
		at   int // folded offset
		cs   Classes
		want string // the row's words, "" for none
	}{
		{"Sở Tài chính", 0, Of(Head), "Sở"},
		{"số 12", 0, Of(Head), ""},
		{"SỐ 12", 0, Of(Head), ""},
		{"So Tai chinh", 0, Of(Head), "Sở"},
		{"Sở Tài chính tính toán", 13, Of(Unit), ""},
		{"Sở Tài chính tỉnh Quảng Ninh", 13, Of(Unit), "tỉnh"},
		{"So Tai chinh tinh toan", 13, Of(Unit), "tỉnh"},
		{"Ủy ban nhân dân tỉnh", 0, Of(Head), "Ủy ban nhân dân"},
		{"Uỷ ban nhân dân tỉnh", 0, Of(Head), "Ủy ban nhân dân"},
		{"UỶ BAN NHÂN DÂN", 0, Of(Head), "Ủy ban nhân dân"},
		{norm.NFD.String("Ủy ban nhân dân"), 0, Of(Head), "Ủy ban nhân dân"},
		{"Ủy ban Mặt trận", 0, Of(Head), "Ủy ban"},
		{"phối hợp với Sở Y tế", 0, Of(Coop), "phối hợp với"},
		{"phối hợp Sở Y tế", 0, Of(Coop), "phối hợp"},
		{"ban hành văn bản", 0, Of(Head, Stop), "ban hành"},
		{"ban ngành", 0, Of(Head, Stop), "Ban"},
		{"bản ngành", 0, Of(Head, Stop), ""},
		{"Sởi", 0, Of(Head), ""},
		{"Thứ trưởng Bộ Y tế", 0, Of(Title), "Thứ trưởng"},
		{"Thủ trưởng các sở", 0, Of(Title), "Thủ trưởng"},
		{"thu truong cac so", 0, Of(Title), "Thủ trưởng"},
		{"Chủ tịch UBND", 0, Of(Title, Head), "Chủ tịch"},
		{"các sở", 0, Of(Head), ""},
		{"các sở", 4, Of(Head), "Sở"},
		{"cácsở", 3, Of(Head), ""}, // not at a word's start
		{"trên địa bàn tỉnh", 0, Of(Qualifier), "trên địa bàn"},
		{"hỏi ý kiến", 0, Of(Collective), ""},
		{"hội, đoàn thể", 0, Of(Collective), "hội"},
		{"KT. CHỦ TỊCH", 0, Of(Stop), "KT"},
		{"", 0, Of(Head), ""},
		{"Sở", 5, Of(Head), ""},
	} {
		f := vntext.FoldMarks(tc.text)
		got := ""
		if m, ok := lx.Longest(&f, tc.at, tc.cs); ok {
			got = lx.Row(m.Row).Words
			if m.End <= tc.at || m.End > len(f.Text) {
				t.Errorf("Longest(%q, %d) ends at %d", tc.text, tc.at, m.End)
			}
		}
		if got != tc.want {
			t.Errorf("Longest(%q, %d, %b) = %q, want %q", tc.text, tc.at, tc.cs, got, tc.want)
		}
	}
}

// TestMatchesOrder: every row at an offset, longest first.
func TestMatchesOrder(t *testing.T) {
	lx := Builtin()
	f := vntext.FoldMarks("tiếp tục phối hợp với Sở Y tế")
	var got []string
	for _, m := range lx.Matches(&f, 0, Of(Coop, Duty), nil) {
		got = append(got, lx.Row(m.Row).Words+"@"+f.Text[:m.End])
	}
	want := []string{"tiếp tục phối hợp với@tiep tuc phoi hop voi", "tiếp tục phối hợp@tiep tuc phoi hop", "tiếp tục@tiep tuc"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Matches (-want +got):\n%s", d)
	}
}

func TestRows(t *testing.T) {
	lx := Builtin()
	units := lx.Rows(Of(Unit))
	if len(units) == 0 {
		t.Fatal("no units")
	}
	for _, r := range units {
		if r.Class != Unit {
			t.Errorf("Rows(Unit) holds %q of class %s", r.Words, r.Class)
		}
	}
	units[0].Words = "changed"
	if lx.Rows(Of(Unit))[0].Words == "changed" {
		t.Error("Rows hands out the lexicon's own rows")
	}
	if Class(200).String() != "" || Head.String() != "head" {
		t.Error("Class.String")
	}
}

func BenchmarkLongest(b *testing.B) {
	lx := Builtin()
	f := vntext.FoldMarks("Giám đốc Sở Tài chính tính toán kinh phí, phối hợp với Ủy ban nhân dân các huyện.")
	var starts []int
	for i := 0; i < len(f.Text); i++ {
		if vntext.IsLetter(f.Text[i]) && (i == 0 || f.Text[i-1] == ' ') {
			starts = append(starts, i)
		}
	}
	all := Classes(1<<numClasses - 1)
	b.ReportAllocs()
	for b.Loop() {
		for _, i := range starts {
			lx.Longest(&f, i, all)
		}
	}
}
