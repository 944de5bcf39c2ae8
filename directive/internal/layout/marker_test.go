package layout

import (
	"strings"
	"testing"
)

// TestMarkers: the marker that opens a paragraph, of every family, and the
// text that opens with none though it looks like one.
func TestMarkers(t *testing.T) {
	for _, tt := range []struct {
		in    string
		level string // Level().String(), "" for no marker
		label string
	}{
		{"1. Giao Công an", "arabic.", "1"},
		{"12.Giao", "", ""}, // a number glued to a word is no marker
		{"1.1. Xây", "dotted2.", "1.1"},
		{"4.2 Nguồn", "dotted2.", "4.2"},
		{"II. NHIỆM VỤ", "roman.", "II"},
		{"a) Nhiệm vụ", "letter)", "a"},
		{"đ) Nhiệm vụ", "letter)", "đ"},
		{"(3) Bộ Tư pháp", "paren1", "(3)"},
		{"(ii) Bộ Tư pháp", "pareni", "(ii)"},
		{"- Như trên;", "dash", "-"},
		{"+ 100% hệ thống", "plus", "+"},
		{"• Sở Y tế", "bullet", "•"},
		{"Điều 2. Giao Sở Nội vụ", "article.", "Điều 2"},
		{"ĐIỀU 3. Chánh Văn phòng", "article.", "Điều 3"},
		{"Dieu 1. Ban hanh", "article.", "Điều 1"},
		{"DIEU 12: Giao", "article:", "Điều 12"},
		{"Đie\u0302\u0300u 4.", "article.", "Điều 4"},
		{"Điều chỉnh 2. x", "", ""},
		{"Diệu 1. Tên", "", ""},
		{"Điều 2 Giao", "", ""},
		{"Chương II", "chapter", "Chương II"},
		{"A. NHIỆM VỤ CHUNG", "upper.", "A"},
		{"A. Nguyễn", "", ""},
		{"b. Tiếp tục", "letter.", "b"},
		{"b. tiếp tục", "", ""},
		{"3/ Giao Sở Tư pháp", "arabic/", "3"},
		{"3/2024 là", "", ""},
		{"II - NHIỆM VỤ", "roman-", "II"},
		{"2025. Năm", "", ""},
		{"1.000 người", "", ""},
		{"14423:2025 về", "", ""},
		{"Số: 12", "", ""},
		{"V/v tiêm chủng", "", ""},
		{"In", "", ""},
	} {
		d := Read(tt.in)
		if len(d.Paras) == 0 {
			t.Fatalf("Read(%q): no paragraph", tt.in)
		}
		m := d.Paras[0].Marker
		level := ""
		if !m.IsZero() {
			level = m.Level().String()
		}
		if level != tt.level || m.Label != tt.label {
			t.Errorf("marker of %q = %s %q; want %s %q", tt.in, level, m.Label, tt.level, tt.label)
		}
	}
}

// TestLineContent: the content of a line without its layout marks, and its
// map back to the input.
func TestLineContent(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"## **2. Giao Công an thành phố:**", "2. Giao Công an thành phố:"},
		{"**7. Giao Sở Y tế** phối hợp", "7. Giao Sở Y tế phối hợp"},
		{"**12.** Giao Cục Thuế", "12. Giao Cục Thuế"},
		{"*(Gửi kèm theo phụ lục)./.*", "(Gửi kèm theo phụ lục)./."},
		{"| Sở Nội vụ |", "Sở Nội vụ"},
		{"ỦY BAN NHÂN DÂN  ", "ỦY BAN NHÂN DÂN"},
		{"hành **trong năm 2025**.", "hành trong năm 2025."},
		{"n**ă**m 2025", "năm 2025"},
		{"Điều\n2. Giao Sở Y tế.", "Điều 2. Giao Sở Y tế."},
		{"Sở\u00a0Y\u200btế", "Sở Ytế"},
	} {
		d := Read(tt.in)
		if len(d.Paras) != 1 {
			t.Errorf("Read(%q): %d paragraphs; want 1", tt.in, len(d.Paras))
			continue
		}
		got, m := d.CleanMap(d.Paras[0].Key)
		if got != tt.want {
			t.Errorf("content of %q = %q; want %q", tt.in, got, tt.want)
		}
		for i := 0; i < len(got); i++ {
			if got[i] != ' ' && tt.in[m.At(i)] != got[i] {
				t.Errorf("content of %q: byte %d maps to input[%d] = %q", tt.in, i, m.At(i), tt.in[m.At(i)])
				break
			}
		}
	}
}

// TestListOpens: where a marker at the start of a line opens a paragraph of
// its own and where it is the text wrapped.
func TestListOpens(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string // each paragraph's marker, "" for none
	}{
		// A lead-in that lost its colon announces the list.
		{"yêu cầu các cơ quan thực hiện các nhiệm vụ sau đây\n1. Kiện toàn Ban Chỉ huy.\n2. Tổ chức diễn tập.", []string{"", "1", "2"}},
		{"thực hiện các nội dung sau\na) Rà soát.\nb) Báo cáo.", []string{"", "a", "b"}},
		// A year or a number that goes on the sentence is no marker (the
		// text is not wrapped to a width, so each line is a paragraph).
		{"hoàn thành trong năm\n2025. Sở Y tế báo cáo.", []string{"", ""}},
		{"theo quy định tại khoản\n1. Điều 5 của Luật.", []string{"", ""}},
		// A bullet always opens one.
		{"triển khai các nội dung\n- Rà soát.", []string{"", "-"}},
	} {
		d := Read(tt.in)
		var got []string
		for _, p := range d.Paras {
			got = append(got, p.Marker.Label)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Read(%q) paragraph markers %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestPageNumberHealed: a page number between dashes, as a PDF's
// conversion keeps it, is a layout mark; the sentence it split is one
// paragraph.
func TestPageNumberHealed(t *testing.T) {
	for _, in := range []string{
		"- Rà soát hồ sơ\n\n- 2 -\n\ncán bộ, hoàn thành.",
		"- Rà soát hồ sơ\n– 12 –\ncán bộ, hoàn thành.",
	} {
		d := Read(in)
		if len(d.Paras) != 1 || d.Clean(d.Paras[0].Key) != "- Rà soát hồ sơ cán bộ, hoàn thành." {
			var got []string
			for _, p := range d.Paras {
				got = append(got, d.Clean(p.Key))
			}
			t.Errorf("Read(%q) paragraphs %q; want one", in, got)
		}
	}
	if isPageNumber("- Rà soát -") || isPageNumber("- 12345 -") || !isPageNumber("- 3 -") {
		t.Error("isPageNumber accepts text or long numbers, or refuses a page number")
	}
}
