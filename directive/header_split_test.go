package directive

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

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

// TestDateCutBeforeItsDay: a date whose line the conversion broke after
// "ngày", with the emphasis closed on the next line ("*Quảng Ninh, ngày" /
// "20 tháng 11 năm 2025 *"), is one date, and the place is the place.
func TestDateCutBeforeItsDay(t *testing.T) {
	const text = "**ỦY BAN NHÂN DÂN**\nTỈNH QUẢNG NINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n97/2025/QĐ-UBND\n|\n" +
		"*Quảng Ninh, ngày\n20 tháng 11 năm 2025 *\n|\n\n**QUYẾT ĐỊNH**\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH\n\nĐiều 1. Sở Tài chính chủ trì thực hiện.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Issued.Expr.Period.First; got != calendar.MustParseISODate("2025-11-20") || d.Place != "Quảng Ninh" {
		t.Errorf("Issued %q %v, Place %q; want 2025-11-20, Quảng Ninh", d.Issued.Text, got, d.Place)
	}
	checkAccounting(t, "date cut before its day", text, d)
}
