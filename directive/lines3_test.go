package directive

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitWordLines: a table-cell conversion breaks a two-word term over
// lines ("QUYẾT" / "ĐỊNH", "Kính" / "gửi:", "Điều" / "2. …"); the lines are
// one line again, so the type word is not the subject, the recipients are
// read and the article keeps its label. A one-word line that forms no such
// term stays as it is.
func TestSplitWordLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"QUYẾT\nĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU", []string{"QUYẾT ĐỊNH", "VỀ VIỆC GIAO CHỈ TIÊU"}},
		{"|\nKẾ\n|\nHOẠCH\n|", []string{"|", "KẾ HOẠCH", "|"}},
		{"Chỉ\nthị này có hiệu lực", []string{"Chỉ thị này có hiệu lực"}},
		{"Kính\ngửi:\n- Các sở, ngành;", []string{"Kính gửi:", "- Các sở, ngành;"}},
		{"Nơi\n\nnhận:\n- Như trên;", []string{"Nơi nhận:", "- Như trên;"}},
		{"Điều\n2. Giao Sở Y tế chủ trì.", []string{"Điều 2. Giao Sở Y tế chủ trì."}},
		{"ĐIỀU\n3. Chánh Văn phòng thi hành.", []string{"ĐIỀU 3. Chánh Văn phòng thi hành."}},
		// No term: the lines stay.
		{"Điều\nkiện bảo đảm", []string{"Điều", "kiện bảo đảm"}},
		{"Kính\nthưa các đồng chí", []string{"Kính", "thưa các đồng chí"}},
		{"QUYẾT\nTÂM", []string{"QUYẾT", "TÂM"}},
		{"Điều\n\n\n\n\n2. Giao", []string{"Điều", "2. Giao"}},
	} {
		var got []string
		for _, l := range splitLines(tt.in) {
			if l.text != "" || l.bar {
				got = append(got, strings.TrimSpace(map[bool]string{true: "|", false: l.text}[l.blank && l.bar]))
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("lines of %q (-want +got):\n%s", strings.ReplaceAll(tt.in, "\n", `\n`), diff)
		}
	}
}

// TestSplitWordLinesOffsets: a joined line maps every offset of its text
// back to the input, across the line break.
func TestSplitWordLinesOffsets(t *testing.T) {
	in := "Kính\n|\ngửi: Sở **Y tế**."
	ls := splitLines(in)
	var l *line
	for i := range ls {
		if !ls[i].blank {
			l = &ls[i]
			break
		}
	}
	if l == nil || l.text != "Kính gửi: Sở Y tế." {
		t.Fatalf("joined line %+v", l)
	}
	for _, w := range []string{"Kính", "gửi:", "Sở", "Y tế", "."} {
		k := strings.Index(l.text, w)
		if got := in[l.orig(k) : l.orig(k)+len(w)]; got != w {
			t.Errorf("orig(%q) = %q", w, got)
		}
	}
	if l.cs != 0 || l.ce != len(in) {
		t.Errorf("span %d-%d; want 0-%d", l.cs, l.ce, len(in))
	}
}

// TestSplitWordHeader: the header and body of a decision whose cells broke
// its words: the type word is not the subject, an article keeps "Điều",
// a number wrapped off the subject's last line ends the subject, and
// "Kính" / "gửi:" heads the recipients.
func TestSplitWordHeader(t *testing.T) {
	qd := "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 15/QĐ-UBND\nHà Nam, ngày 02 tháng 4 năm 2024\nQUYẾT\nĐỊNH\n" +
		"VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN PHÒNG, CHỐNG LỤT BÃO NĂM 2024 -\n2025\n" +
		"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nQUYẾT ĐỊNH:\n" +
		"Điều\n1. Giao Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/5/2024.\n"
	d, err := Parse(qd, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN PHÒNG, CHỐNG LỤT BÃO NĂM 2024 - 2025"; d.Subject != want {
		t.Errorf("subject %q; want %q", d.Subject, want)
	}
	if strings.Contains(d.Preamble, "Điều") || strings.Contains(d.Preamble, "2025") {
		t.Errorf("preamble %q holds a piece of the header or an article", d.Preamble)
	}
	if len(d.Assignments) != 1 || d.Assignments[0].Label != "Điều 1" {
		t.Fatalf("assignments %+v; want one labelled Điều 1", d.Assignments)
	}

	cv := "SỞ Y TẾ\nSố: 40/SYT-NV\nV/v tiêm chủng mở rộng\nHà Nam, ngày 02 tháng 4 năm 2024\nKính\ngửi:\n" +
		"- Trung tâm Y tế các huyện;\n- Bệnh viện Đa khoa tỉnh.\n" +
		"Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:\n1. Hoàn thành tiêm chủng trước ngày 30/6/2024.\n"
	d, err = Parse(cv, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Trung tâm Y tế các huyện", "Bệnh viện Đa khoa tỉnh"}; !cmp.Equal(want, d.Recipients) {
		t.Errorf("recipients (-want +got):\n%s", cmp.Diff(want, d.Recipients))
	}
	if len(d.Assignments) != 1 {
		t.Errorf("got %d assignments; want 1 (the recipients are no items)", len(d.Assignments))
	}
}
