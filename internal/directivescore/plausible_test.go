package directivescore_test

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

// table is a task table as the corpus stores it, with a bold header row
// repeated after a section row, and the two-cell layout table of a page
// head above it.
const table = `|
**ỦY BAN NHÂN DÂN TỈNH**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
|
|
Số: 1/KH-UBND
|
*Đồng Nai, ngày 1 tháng 1 năm 2025*
|

|
**STT**
|
**Nhiệm vụ, giải
pháp**
|
**Đơn vị thực hiện**
|
**Thời gian thực
hiện**
|
|
1
|
Xây dựng kế hoạch
|
Sở Y tế
|
2026 - 2030
|
|
**B**
|
**PHÁT TRIỂN KINH TẾ SỐ**
|
|
**Nội dung**
|
**Đơn vị phối hợp**
|
**Sản phẩm đầu ra**
|

Đoạn văn sau bảng.
`

func TestTableHeaders(t *testing.T) {
	want := []string{"don vi phoi hop", "don vi thuc hien", "nhiem vu giai phap", "noi dung", "san pham dau ra",
		"stt", "thoi gian thuc hien"}
	if diff := cmp.Diff(want, directivescore.TableHeaders(table)); diff != "" {
		t.Errorf("TableHeaders (-want +got):\n%s", diff)
	}
	if h := directivescore.TableHeaders("no table\n\n|\nA\n|\nB\n|\nC\n|\n"); len(h) != 0 {
		t.Errorf("a row that is not bold gave headers %q", h)
	}
}

func TestNameCheck(t *testing.T) {
	headers := directivescore.TableHeaders(table)
	for _, c := range []struct {
		name string
		want directivescore.NameProblem
	}{
		{"Sở Y tế", directivescore.NameOK},
		{"Sở Xây dựng", directivescore.NameOK}, // "xây dựng" is a verb that ends names
		{"Bộ Ngoại giao", directivescore.NameOK},
		{"Ban Chỉ đạo", directivescore.NameOK},
		{"Ban Quản lý", directivescore.NameOK},
		{"các sở", directivescore.NameOK}, // a plural is a group
		{"Công an", directivescore.NameOK},
		{"các cơ quan, đơn vị có liên quan", directivescore.NameOK},
		{"Ủy ban nhân dân tỉnh Hà Tĩnh", directivescore.NameOK},
		{"Thời gian thực hiện", directivescore.NameTableHeader},
		{"Đơn vị thực hiện", directivescore.NameTableHeader},
		{"2026 - 2030", directivescore.NameDigitOrDate},
		{"Quý IV/2026", directivescore.NameDigitOrDate},
		{"Ủy ban nhân dân 04 xã", directivescore.NameDigitOrDate},
		{"Hằng năm", directivescore.NameDigitOrDate},
		{"Khi có phát sinh", directivescore.NameDigitOrDate},
		{"Sở", directivescore.NameLoneHead},
		{"Cơ quan", directivescore.NameLoneHead},
		{"BỘ PHẬN", directivescore.NameLoneHead},
		{"Hội đồng", directivescore.NameLoneHead},
		{"", directivescore.NameLoneHead},
		{"Cơ quan có", directivescore.NameCutShort},
		{"Đại học Công nghiệp Hà Nội là", directivescore.NameCutShort},
		{"các cơ quan, đơn vị thuộc", directivescore.NameCutShort},
		{"Cục Thuế trả", directivescore.NameCutShort},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam tham", directivescore.NameCutShort},
		{"Sở Tài chính chủ trì", directivescore.NameCutShort},  // a role verb, agency.RoleAt
		{"Công an tỉnh phối hợp", directivescore.NameCutShort}, // a role verb, agency.RoleAt
		{"Cơ quan chủ trì", directivescore.NameCutShort},
		{"Ban Chỉ đạo thành phố về chuyển đổi số, cải cách hành chính và phát triển khoa học công nghệ", directivescore.NameTooLong},
		{"Ban Quản lý các khu công nghiệp tỉnh Đồng Nai", directivescore.NameOK},
	} {
		if got := directivescore.NameCheck(c.name, headers); got != c.want {
			t.Errorf("NameCheck(%q) = %v; want %v", c.name, got, c.want)
		}
	}
	if directivescore.NameOK.String() != "" || directivescore.NameLoneHead.String() != "lone head word" {
		t.Error("NameProblem.String")
	}
}

func TestIsHeading(t *testing.T) {
	src := "1. **Hoàn thiện thể chế**\n2. Xây dựng kế hoạch\n3. **Bảo đảm** kinh phí\n"
	headers := directivescore.TableHeaders(table)
	span := func(s string) directivescore.Span {
		i := strings.Index(src, s)
		return directivescore.Span{Start: i, End: i + len(s)}
	}
	for _, c := range []struct {
		task directivescore.Task
		want bool
	}{
		{directivescore.Task{Text: "TỔ CHỨC THỰC HIỆN"}, true},
		{directivescore.Task{Text: "TT"}, true},
		{directivescore.Task{Text: "SYA-B09"}, false}, // a code, not a heading
		{directivescore.Task{Text: "Hoàn thiện thể chế", Span: span("Hoàn thiện thể chế")}, true},
		{directivescore.Task{Text: "**Hoàn thiện thể chế**", Span: span("**Hoàn thiện thể chế**")}, true},
		{directivescore.Task{Text: "Bảo đảm kinh phí", Span: span("**Bảo đảm** kinh phí")}, false},
		{directivescore.Task{Text: "Xây dựng kế hoạch", Span: span("Xây dựng kế hoạch")}, false},
		{directivescore.Task{Text: "Chương IV"}, true},
		{directivescore.Task{Text: "Mục 2."}, true},
		{directivescore.Task{Text: "Phụ lục II"}, true},
		{directivescore.Task{Text: "Phần việc còn lại"}, false},
		{directivescore.Task{Text: "Mục tiêu cụ thể"}, false},
		{directivescore.Task{Text: "Sản phẩm đầu ra"}, true}, // a table header
		{directivescore.Task{Text: "Về công tác tuyên truyền:"}, true},
		{directivescore.Task{Text: "Về việc này, Sở Y tế chủ trì xây dựng kế hoạch và báo cáo kết quả thực hiện trước ngày 30/6."}, false},
		{directivescore.Task{Text: "Vẽ bản đồ số"}, false},
		{directivescore.Task{Text: ""}, false},
	} {
		if got := directivescore.IsHeading(&c.task, src, headers); got != c.want {
			t.Errorf("IsHeading(%q) = %v; want %v", c.task.Text, got, c.want)
		}
	}
}

func TestUncoveredBytes(t *testing.T) {
	src := "**Số: 1**\n--------\n| a |\nbc  dé\n"
	nonBlank, uncovered := directivescore.UncoveredBytes(src, nil)
	// "Số:" 5 bytes, "1" 1, "a" 1, "bc" 2, "dé" 3; the rule line, "*", "|" and spaces are blank.
	if nonBlank != 12 || uncovered != 12 {
		t.Errorf("no spans: %d non-blank, %d uncovered; want 12, 12", nonBlank, uncovered)
	}
	i := strings.Index(src, "bc")
	spans := []directivescore.Span{{i, i + 2}, {2, 5}, {1000, 2000}, {i + 1, i + 3}}
	nonBlank, uncovered = directivescore.UncoveredBytes(src, spans)
	// covered: "Số" (a span from byte 2 covers S and the start of ố), "bc";
	// uncovered: ":" "1" "a" "dé".
	if nonBlank != 12 || uncovered != 6 {
		t.Errorf("with spans: %d non-blank, %d uncovered; want 12, 6", nonBlank, uncovered)
	}
}

func TestCheck(t *testing.T) {
	src := "1. Sở Y tế chủ trì xây dựng kế hoạch.\n2. Cơ quan có trách nhiệm\n3. TỔ CHỨC THỰC HIỆN\n" + table
	at := func(s string) directivescore.Span {
		i := strings.Index(src, s)
		return directivescore.Span{Start: i, End: i + len(s)}
	}
	yte := directivescore.Party{Name: "Sở Y tế", Span: at("Sở Y tế")}
	d := &directivescore.Doc{
		Assignments: []directivescore.Assignment{
			{Span: at("1. Sở Y tế chủ trì xây dựng kế hoạch."), Assignees: []directivescore.Party{yte},
				Tasks: []directivescore.Task{{Text: "xây dựng kế hoạch.", Lead: []directivescore.Party{yte},
					Subtasks: []directivescore.Task{{Text: "6"}}}}},
			{Assignees: []directivescore.Party{{Name: "Cơ quan có", Span: at("Cơ quan có")}},
				Tasks: []directivescore.Task{{Text: "trách nhiệm", Span: at("trách nhiệm")}}},
			{Tasks: []directivescore.Task{{Text: "TỔ CHỨC THỰC HIỆN", Span: at("TỔ CHỨC THỰC HIỆN")}},
				Cooperating: []directivescore.Party{{Name: "Sản phẩm đầu ra"}, {Name: "Sản phẩm đầu ra"}}},
		},
		Elsewhere: []directivescore.Span{at("Đoạn văn sau bảng.")},
	}
	f := directivescore.Check(d, src)
	nonBlank, uncovered := directivescore.UncoveredBytes(src, d.Spans())
	want := directivescore.Findings{
		Documents: 1, Assignments: 3, Unassigned: 1,
		Parties: 3, // Sở Y tế once (assignee and lead share a span), Cơ quan có, Sản phẩm đầu ra once
		Tasks:   4, Headings: 1, Letterless: 1,
		SourceBytes: nonBlank, Uncovered: uncovered,
	}
	want.BadNames[directivescore.NameCutShort] = 1
	want.BadNames[directivescore.NameTableHeader] = 1
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	if f.BadParties() != 2 {
		t.Errorf("BadParties() = %d; want 2", f.BadParties())
	}
	// "2. ", "3. " and the table text lie in no span.
	if uncovered == 0 || uncovered >= nonBlank {
		t.Errorf("%d of %d bytes uncovered", uncovered, nonBlank)
	}

	var total directivescore.Findings
	total.Add(f)
	total.Add(directivescore.Findings{Documents: 1, Rejected: 1})
	total.Add(directivescore.Findings{Documents: 1, Unmarshalable: 1})
	lines := total.Lines()
	wantLines := []string{
		"plausibility over 3 documents (no gold needed):",
		"  documents the parser rejects: 1 of 3 documents (0.333)",
		"  outputs that fail to marshal: 1 of 3 documents (0.333)",
		"  assignments without an assignee: 1 of 3 assignments (0.333)",
		"  party names that are not names: 2 of 3 party mentions (0.667): table header 1, digit or date 0, lone head word 0, ends in a function word or verb 1, longer than 15 words 0",
		"  tasks that are headings: 1 of 4 tasks (0.250)",
		"  tasks without a letter: 1 of 4 tasks (0.250)",
	}
	if diff := cmp.Diff(wantLines, lines[:len(wantLines)]); diff != "" {
		t.Errorf("Lines (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(lines[len(lines)-1], "  non-blank source bytes in no field: ") {
		t.Errorf("last line %q", lines[len(lines)-1])
	}
	shares := total.Shares()
	if len(shares) != 7 || shares[2] != (directivescore.Share{Name: "unassigned", N: 1, Total: 3}) {
		t.Errorf("Shares() = %+v", shares)
	}
	if v, ok := shares[3].Value(); !ok || v != 2.0/3 {
		t.Errorf("bad_party_names share %v, %v", v, ok)
	}
	if _, ok := (directivescore.Share{Name: "x"}).Value(); ok {
		t.Error("a share of nothing has a value")
	}
	if got := (directivescore.Findings{}).Lines()[3]; got != "  assignments without an assignee: 0 of 0 assignments (n/a)" {
		t.Errorf("empty findings: %q", got)
	}
}
