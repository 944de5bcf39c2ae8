package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// sameFolding reports where got and want, two foldings of one text,
// differ: in text, in an offset or in a mark.
func sameFolding(t *testing.T, name string, got, want Folded) {
	t.Helper()
	if got.Text != want.Text {
		t.Errorf("%s: text %.80q; want %.80q", name, got.Text, want.Text)
		return
	}
	if got.Len() != want.Len() {
		t.Errorf("%s: length %d; want %d", name, got.Len(), want.Len())
	}
	for i := 0; i <= len(want.Text); i++ {
		if got.Orig(i) != want.Orig(i) {
			t.Errorf("%s: offset of folded byte %d is %d; want %d", name, i, got.Orig(i), want.Orig(i))
			return
		}
		if i < len(want.Text) && got.Mark(i) != want.Mark(i) {
			t.Errorf("%s: mark of folded byte %d is %v; want %v", name, i, got.Mark(i), want.Mark(i))
			return
		}
	}
}

// TestJoiner joins the paragraphs of the seed, in NFC, NFD and upper case,
// with the blank lines and an ellipsis between them, each folded on its
// own, and checks that the folding is that of the joined text: with marks
// when the parts have them, without when none has.
func TestJoiner(t *testing.T) {
	seed := seedText(t)
	for _, form := range []string{"nfc", "nfd", "upper"} {
		s := seed
		switch form {
		case "nfd":
			s = norm.NFD.String(s)
		case "upper":
			s = strings.ToUpper(s)
		}
		paras := strings.Split(s, "\n\n")
		var whole strings.Builder
		var marked, plain Joiner
		for k, p := range paras {
			if k > 0 {
				sep := "\n\n"
				if k%3 == 0 {
					sep = "\n\n…\n\n"
				}
				whole.WriteString(sep)
				fm, fp := FoldMarks(sep), Fold(sep)
				marked.Add(&fm)
				plain.Add(&fp)
			}
			whole.WriteString(p)
			fm, fp := FoldMarks(p), Fold(p)
			marked.Add(&fm)
			plain.Add(&fp)
		}
		sameFolding(t, form+" with marks", marked.Folded(), FoldMarks(whole.String()))
		got := plain.Folded()
		sameFolding(t, form+" without marks", got, Fold(whole.String()))
		if got.HasMarks() {
			t.Errorf("%s: parts without marks joined with marks", form)
		}
	}
	// A run of white space over two parts is one space, at its start.
	var j Joiner
	for _, p := range []string{"a ", "\u00a0 b", "", "  c"} {
		f := Fold(p)
		j.Add(&f)
	}
	sameFolding(t, "spaces", j.Folded(), Fold("a \u00a0 b  c"))
	var zero Joiner
	sameFolding(t, "zero", zero.Folded(), Fold(""))
}

// TestJoinerReuse joins parts in the memory of an earlier folding, its
// offsets and marks dirty, and checks that the folding is the one made in
// new memory, that it was written in the memory given, and that parts
// without marks leave the text without marks.
func TestJoinerReuse(t *testing.T) {
	// A part without marks first: the marks of its bytes are zero.
	parts := []Folded{Fold("Ban "), FoldMarks("Giao Sở Y tế"), FoldMarks("\n\n"), FoldMarks("chủ trì, PHỐI HỢP"), Fold(" với Công an tỉnh.")}
	var fresh Joiner
	for k := range parts {
		fresh.Add(&parts[k])
	}
	want := fresh.Folded()
	// A used folding, longer than the text, every offset and mark set.
	used := FoldMarks(strings.Repeat("Ước tính ĐẦU TƯ ", 8))
	for i := range used.orig {
		used.orig[i] = -1
	}
	for i := range used.marks {
		used.marks[i] = 0xff
	}
	var j Joiner
	j.Reuse(used.Memory(nil))
	for k := range parts {
		j.Add(&parts[k])
	}
	got := j.Folded()
	sameFolding(t, "reused", got, want)
	if &got.orig[0] != &used.orig[0] || &got.marks[0] != &used.marks[0] {
		t.Error("the folding was not written in the memory given")
	}
	var plain Joiner
	plain.Reuse(used.Memory(nil))
	f := Fold("Giao Sở Y tế chủ trì")
	plain.Add(&f)
	if got := plain.Folded(); got.HasMarks() {
		t.Error("parts without marks joined with marks in reused memory")
	} else {
		sameFolding(t, "reused, no marks", got, f)
	}
}
