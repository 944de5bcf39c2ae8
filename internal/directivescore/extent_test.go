package directivescore_test

import (
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

func TestCompareExtent(t *testing.T) {
	for _, c := range []struct {
		got, gold string
		want      directivescore.Extent
	}{
		{"Sở Y tế", "Sở Y tế", directivescore.ExtentExact},
		// Case, diacritics, punctuation and spacing are folded away.
		{"SỞ Y TẾ", "Sở Y tế", directivescore.ExtentExact},
		{"So Y te", "Sở Y tế", directivescore.ExtentExact},
		{"Sở  Văn hóa, Thể thao và Du lịch", "Sở Văn hoá - Thể thao và Du lịch", directivescore.ExtentNone},
		{"Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá Thể thao và Du lịch", directivescore.ExtentExact},
		{"Ðài Phát thanh", "Đài Phát thanh", directivescore.ExtentNone}, // U+00D0 is no đ: folds apart
		// A title on one side only, or different titles, as body F1.
		{"Sở Y tế", "Giám đốc Sở Y tế", directivescore.ExtentExact},
		{"Chủ tịch UBND các xã", "UBND các xã", directivescore.ExtentExact},
		{"Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", directivescore.ExtentExact},
		// Cut: words missing at the end, the start or both.
		{"Trung tâm Lưu", "Trung tâm Lưu trữ lịch sử", directivescore.ExtentCut},
		{"Văn phòng đăng", "Văn phòng đăng ký đất đai", directivescore.ExtentCut},
		{"Văn hóa", "Sở Văn hóa, Thể thao và Du lịch", directivescore.ExtentCut},
		{"Sở Kế hoạch", "Sở Kế hoạch và Đầu tư", directivescore.ExtentCut}, // "và" inside a name is no break
		{"Sở", "Sở Y tế", directivescore.ExtentCut},
		{"Giám đốc", "Giám đốc Sở Y tế", directivescore.ExtentCut},
		{"Ủy ban nhân dân", "Chủ tịch Ủy ban nhân dân tỉnh", directivescore.ExtentCut},
		// Run-on: words added at the end, the start or both.
		{"Cục Thuế trả", "Cục Thuế", directivescore.ExtentRunOn},
		{"Sở Tài chính tổng hợp", "Sở Tài chính", directivescore.ExtentRunOn},
		{"Đồng thời Sở Tài chính", "Sở Tài chính", directivescore.ExtentRunOn},
		{"Giám đốc Sở Y tế chỉ đạo", "Sở Y tế", directivescore.ExtentRunOn},
		// Whole parts set off by punctuation: a list split or joined
		// otherwise, an apposition left out. The one name with a comma in
		// it falls here too when split at its comma.
		{"UBND xã, phường, đặc khu", "Các sở, ngành, UBND xã, phường, đặc khu", directivescore.ExtentSplit},
		{"Các sở, ngành", "Các sở, ngành, UBND xã, phường, đặc khu", directivescore.ExtentSplit},
		{"Các Sở, ban, ngành, UBND cấp xã", "UBND cấp xã", directivescore.ExtentSplit},
		{"Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh (Trung tâm Thông tin tỉnh)", directivescore.ExtentSplit},
		{"Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực", directivescore.ExtentSplit},
		{"Bộ Tài chính", "Bộ Tài chính – Phó Trưởng ban", directivescore.ExtentSplit}, // an en dash
		{"Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", directivescore.ExtentSplit},
		// A part of a list cut inside a phrase is cut.
		{"UBND xã, phường, đặc", "Các sở, ngành, UBND xã, phường, đặc khu", directivescore.ExtentCut},
		{"Các sở, cơ quan trực thuộc", "Các sở, cơ quan trực thuộc Sở", directivescore.ExtentCut},
		// The first occurrence is set off, the second cut.
		{"Sở Y tế", "Sở Y tế, Sở Y tế tỉnh", directivescore.ExtentCut},
		// A hyphen inside a word is no break.
		{"UBND tỉnh Bà Rịa", "UBND tỉnh Bà Rịa-Vũng Tàu", directivescore.ExtentNone},
		{"UBND tỉnh", "UBND tỉnh Bà Rịa-Vũng Tàu", directivescore.ExtentCut},
		// Neither holds the other: words apart, or a word cut in two.
		{"Sở Tài chính", "Sở Y tế", directivescore.ExtentNone},
		{"Sở Tài", "Sở Tài chính", directivescore.ExtentCut},
		{"Sở Tài chín", "Sở Tài chính", directivescore.ExtentNone},
		{"Tài chính Sở", "Sở Tài chính", directivescore.ExtentNone},
		{"UBND tỉnh", "Ủy ban nhân dân tỉnh", directivescore.ExtentNone},
		{"", "Sở Y tế", directivescore.ExtentNone},
		{"Sở Y tế", "", directivescore.ExtentNone},
		{"", "", directivescore.ExtentNone},
	} {
		if got := directivescore.CompareExtent(c.got, c.gold); got != c.want {
			t.Errorf("CompareExtent(%q, %q) = %v; want %v", c.got, c.gold, got, c.want)
		}
	}
}

// doc decodes JSON for a test.
func doc(t *testing.T, s string) *directivescore.Doc {
	t.Helper()
	d, err := directivescore.Decode([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMatchExtents(t *testing.T) {
	for _, c := range []struct {
		name, gold, got string
		want            []directivescore.NameExtent
	}{
		{"none parsed", `{"assignments": [{"assignees": ["Sở Y tế"], "cooperating": ["Sở Tài chính"]}]}`,
			`{"assignments": []}`,
			[]directivescore.NameExtent{{Gold: "Sở Y tế"}, {Gold: "Sở Tài chính"}}},
		// Exact matches are taken first, so the run-on mention pairs with
		// the second gold mention of the same body, not the first.
		{"exact first", `{"assignments": [{"assignees": ["Cục Thuế"]}, {"assignees": ["Cục Thuế"]}]}`,
			`{"assignments": [{"assignees": [{"name": "Cục Thuế trả", "span": [10, 22]}]},
			  {"assignees": [{"name": "Cục Thuế", "span": [40, 48]}]}]}`,
			[]directivescore.NameExtent{{"Cục Thuế", "Cục Thuế", directivescore.ExtentExact},
				{"Cục Thuế", "Cục Thuế trả", directivescore.ExtentRunOn}}},
		// A name split in two: the piece that shares more words is the
		// mention; the other piece is left over.
		{"split name", `{"assignments": [{"assignees": ["Trung tâm Phục vụ hành chính công tỉnh"]}]}`,
			`{"assignments": [{"assignees": [{"name": "Trung tâm", "span": [0, 9]}, {"name": "Phục vụ hành chính công tỉnh", "span": [10, 40]}]}]}`,
			[]directivescore.NameExtent{{"Trung tâm Phục vụ hành chính công tỉnh", "Phục vụ hành chính công tỉnh", directivescore.ExtentCut}}},
		// Cut, run-on and split pairs are taken by the words they share.
		{"split pairs", `{"assignments": [{"assignees": ["Các sở, ngành, UBND xã, phường, đặc khu"]}]}`,
			`{"assignments": [{"assignees": [{"name": "Các sở, ngành", "span": [0, 13]}, {"name": "UBND xã, phường, đặc khu", "span": [15, 40]}]}]}`,
			[]directivescore.NameExtent{{"Các sở, ngành, UBND xã, phường, đặc khu", "UBND xã, phường, đặc khu", directivescore.ExtentSplit}}},
		// Each parsed mention serves one gold party; the same mention as
		// lead of a task is not a second one.
		{"one mention each", `{"assignments": [{"assignees": ["Sở Y tế"], "cooperating": ["Sở Y tế Hà Nội"]}]}`,
			`{"assignments": [{"assignees": [{"name": "Sở Y tế Hà", "span": [0, 10]}],
			  "tasks": [{"text": "x", "lead": [{"name": "Sở Y tế Hà", "span": [0, 10]}]}]}]}`,
			[]directivescore.NameExtent{{Gold: "Sở Y tế"}, {"Sở Y tế Hà Nội", "Sở Y tế Hà", directivescore.ExtentCut}}},
		// The gold counts a body once per assignment, as the cooperating
		// bag does, and drops empty names.
		{"once per assignment", `{"assignments": [{"assignees": ["Sở Y tế", null], "cooperating": ["Sở y tế"]}]}`,
			`{"assignments": [{"assignees": [{"name": "Sở Y tế", "span": [0, 7]}]}]}`,
			[]directivescore.NameExtent{{"Sở Y tế", "Sở Y tế", directivescore.ExtentExact}}},
		{"titles", `{"assignments": [{"assignees": ["Chủ tịch UBND các xã", "Giám đốc Sở Y tế"]}]}`,
			`{"assignments": [{"assignees": [{"name": "UBND các xã", "title": "Chủ tịch"}, {"name": "Giám đốc"}]}]}`,
			[]directivescore.NameExtent{{"Chủ tịch UBND các xã", "UBND các xã", directivescore.ExtentExact},
				{"Giám đốc Sở Y tế", "Giám đốc", directivescore.ExtentCut}}},
		// Where both sides have spans, only overlapping parties can be the
		// same mention, and a left-over one is the other.
		{"spans", `{"assignments": [{"assignees": [{"name": "Sở Y tế", "span": [0, 7]}, {"name": "Sở Nội vụ", "span": [20, 30]}]}]}`,
			`{"assignments": [{"assignees": [{"name": "Sở Y tế", "span": [20, 27]}, {"name": "Bộ Nội vụ", "span": [20, 30]}]}]}`,
			[]directivescore.NameExtent{{Gold: "Sở Y tế"}, {"Sở Nội vụ", "Bộ Nội vụ", directivescore.ExtentNone}}},
	} {
		got := directivescore.MatchExtents(doc(t, c.gold), doc(t, c.got))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: MatchExtents (-want +got):\n%s", c.name, diff)
		}
	}
}

func TestExtentFindings(t *testing.T) {
	var f directivescore.ExtentFindings
	if got, want := f.Line(), "cut or run-on names over the gold assignees: 0 of 0 (n/a): cut 0, run-on 0; exact 0, split or joined at punctuation 0, other or missed 0"; got != want {
		t.Errorf("zero Line() = %q; want %q", got, want)
	}
	if _, ok := f.CutOrRunOn("x").Value(); ok {
		t.Error("a share over no gold party has a value")
	}
	f.Add(directivescore.CountExtents([]directivescore.NameExtent{
		{Extent: directivescore.ExtentExact}, {Extent: directivescore.ExtentCut}, {Extent: directivescore.ExtentNone},
		{Extent: directivescore.ExtentSplit}}))
	f.Add(directivescore.CountExtents([]directivescore.NameExtent{{Extent: directivescore.ExtentRunOn}}))
	want := directivescore.ExtentFindings{Gold: 5, Exact: 1, Cut: 1, RunOn: 1, Split: 1}
	if f != want {
		t.Errorf("findings %+v; want %+v", f, want)
	}
	if got, want := f.Line(), "cut or run-on names over the gold assignees: 2 of 5 (0.400): cut 1, run-on 1; exact 1, split or joined at punctuation 1, other or missed 1"; got != want {
		t.Errorf("Line() = %q; want %q", got, want)
	}
	if s := f.CutOrRunOn("cut_or_runon_names"); s != (directivescore.Share{Name: "cut_or_runon_names", N: 2, Total: 5}) {
		t.Errorf("CutOrRunOn = %+v", s)
	}
	if got := directivescore.Extent(9).String(); got != "Extent(9)" {
		t.Errorf("Extent(9).String() = %q", got)
	}
}
