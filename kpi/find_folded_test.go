package kpi

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// TestFindTargetsAsOfFolded reads every document of testdata, paragraph
// by paragraph and whole, every case of the target corpus (NFC, NFD,
// upper case, unaccented) and two texts read by their diacritics, three
// ways besides FindTargetsAsOf: over its folding without marks (which the finder marks in a copy of its own),
// over its folding with the marks of every byte (as the directive parser
// passes the document's), and with no folding. Each must find what
// FindTargetsAsOf finds, and leave the folding it is given as it was.
func TestFindTargetsAsOfFolded(t *testing.T) {
	type text struct {
		name, s string
		ref     calendar.Date
	}
	var texts []text
	files := []string{"02_cd-220-ttg-cat-giam-tthc.txt", "06_ct-012-ubnd-daklak-cai-cach-tthc.txt",
		"07_kh-308-ubnd-hanoi-nq214-du-lieu-de-an-06.txt", "09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt",
		"haiphong-bcd-de-an-06-2024.txt"}
	for _, file := range files {
		b, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		ref := calendar.Date{Year: 2024, Month: 6, Day: 1}
		for _, s := range append(strings.Split(string(b), "\n\n"), string(b)) {
			texts = append(texts, text{file, s, ref})
		}
	}
	for _, c := range readTargetCases(t) {
		ref, err := calendar.ParseISODate(c.Ref)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text{c.Cat, c.Text, ref})
	}
	// Texts whose reading turns on their diacritics (TestWordsKeepDiacritics):
	// a folding whose marks were lost reads them otherwise.
	for _, s := range []string{"Tiền sử dụng đất 80% giá trị.",
		"Phấn đấu giảm 10% số mặt hàng quy định phải kiểm tra chuyên ngành."} {
		texts = append(texts, text{"diacritics", s, calendar.Date{}})
	}
	targets := 0
	for _, x := range texts {
		s, ref := x.s, x.ref
		want := FindTargetsAsOf(s, ref)
		targets += len(want)
		plain, marked := vntext.Fold(s), vntext.FoldMarks(s)
		if diff := cmp.Diff(want, FindTargetsAsOfFolded(s, &plain, ref)); diff != "" {
			t.Errorf("%s: %.60q: over its folding (-FindTargetsAsOf +FindTargetsAsOfFolded):\n%s", x.name, s, diff)
		}
		if plain.HasMarks() {
			t.Errorf("%s: %.60q: the caller's folding was marked", x.name, s)
		}
		if diff := cmp.Diff(want, FindTargetsAsOfFolded(s, &marked, ref)); diff != "" {
			t.Errorf("%s: %.60q: over its folding with marks (-FindTargetsAsOf +FindTargetsAsOfFolded):\n%s", x.name, s, diff)
		}
		if diff := cmp.Diff(want, FindTargetsAsOfFolded(s, nil, ref)); diff != "" {
			t.Errorf("%s: %.60q: with no folding (-FindTargetsAsOf +FindTargetsAsOfFolded):\n%s", x.name, s, diff)
		}
	}
	if targets < 100 {
		t.Errorf("%d targets compared; want those of the documents and the corpus (at least 100)", targets)
	}
	t.Logf("%d targets in %d texts compared", targets, len(texts))
}
