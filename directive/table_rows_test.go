package directive

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

// cellLinesTable writes rows as the conversion of a web page writes a
// table: a bar line, each cell's lines followed by a bar line, so that two
// bars end a row.
func cellLinesTable(rows [][]string) string {
	var sb strings.Builder
	for _, r := range rows {
		sb.WriteString("|\n")
		for _, c := range r {
			sb.WriteString(c + "\n|\n")
		}
	}
	return sb.String()
}

// TestTableRowsOfAttachedCalendar reads the task table of a document
// attached after the signature, as a ministry's statistics release
// calendar prints it: a caption whose words a line wrap split from its
// bracket ("*(Ban" / "hành kèm theo …)*") heads the table and is not its
// cell; the row under the header numbers the columns ("A | B | 1 | 2") and
// is no group; a numbered row short of cells shares its last cells with
// the row above (a merged lead and time); and a lead cell's name runs to
// the end of the cell over words that end names in running text.
func TestTableRowsOfAttachedCalendar(t *testing.T) {
	rows := [][]string{
		{"**STT**", "**Tên thông tin thống kê**", "**Mức độ hoàn chỉnh**", "**Thời gian phổ biến**", "**Đơn vị chịu trách nhiệm phổ biến**"},
		{"*A*", "*B*", "*1*", "*2*", "*3*"},
		{"*1*", "Số hội, tổ chức phi chính phủ", "Chính thức", "Tháng 5/2026", "Vụ Tổ chức phi chính phủ"},
		{"*2*", "Số quỹ xã hội, quỹ từ thiện", "Chính thức"},
		{"*3*", "Số lượt người được hưởng trợ cấp ưu đãi", "Sơ bộ", "Tháng 6/2026", "Cục Người có công"},
	}
	body := "**Điều 1.** Ban hành kèm theo Quyết định này Lịch phổ biến thông tin thống kê năm 2026.\n" +
		"**Điều 2.** Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.\n" +
		"|\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\nNguyễn Văn A\n|\n" +
		"** **\n**LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026**\n*(Ban\nhành kèm theo Quyết định số 10/QĐ-BNV ngày 26 tháng 11 năm 2025)*\n" +
		cellLinesTable(rows)
	text := structDoc("10/QĐ-BNV", body)
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "calendar", text, d)
	var got []string
	for _, line := range structSummary(d) {
		if l, rest, _ := strings.Cut(line, " | "); strings.Contains(l, "B1-") {
			got = append(got, l[strings.Index(l, "B1-"):]+" | "+rest)
		}
	}
	want := []string{
		"B1-1.1 | Vụ Tổ chức phi chính phủ |  | 2026-05-31 | ",
		"B1-2.1 | Vụ Tổ chức phi chính phủ |  | 2026-05-31 | ",
		"B1-3.1 | Cục Người có công |  | 2026-06-30 | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("table rows (-want +got):\n%s", diff)
	}
}

// TestFormBlankNamesNoBody: the field of a form to fill in ("Chủ trì: Ông
// (bà)……………", "Tỉnh/Thành phố …: ……") names no body: no assignment is
// charged to its blank, and an item that is one is content.
func TestFormBlankNamesNoBody(t *testing.T) {
	text := structDoc("125/2025/QĐ-UBND", "QUYẾT ĐỊNH\nBan hành mẫu biên bản\n"+
		"Điều 1. Biên bản họp thôn\n"+
		"- Chủ trì: Ông (bà)……………………………………\n"+
		"- Thư ký: Ông (bà)……………………………………\n"+
		"Điều 2. Sở Tài chính hướng dẫn thực hiện các nội dung (quy hoạch, kế hoạch…).\n"+
		"Điều 3. Tỉnh/Thành phố trực thuộc trung ương: ……………………………\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		got = append(got, a.Label)
		for _, p := range append(a.Assignees, a.Cooperating...) {
			if strings.Contains(p.Name, "…") {
				t.Errorf("assignment %s: party %q is a form's blank", a.Label, p.Name)
			}
		}
	}
	// The field "Tỉnh/Thành phố …: ……" is a form's, no assignment of
	// "Tỉnh"; a text's own ellipsis is no blank.
	if want := []string{"Điều 2"}; !cmp.Equal(want, got) {
		t.Errorf("assignments %q; want %q", got, want)
	}
}

// TestYearlyCadenceTakesItsDay: a yearly cadence and a day its sentence
// names without a year ("Hằng năm, … gửi báo cáo trước ngày 11/12") are one
// cadence on that day, as "trước ngày 11/12 hằng năm" is; a day with its
// year stays a deadline.
func TestYearlyCadenceTakesItsDay(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"1. Hằng năm, Sở Nội vụ gửi báo cáo tình hình thực hiện trước ngày 11/12.", "recurrence:12-11"},
		{"1. Hằng năm, Sở Nội vụ gửi báo cáo tình hình thực hiện trước ngày 11/12/2024.", "recurrence: deadline:2024-12-11"},
	} {
		d, err := Parse(structDoc("15/KH-UBND", "KẾ HOẠCH\nBáo cáo\n"+c.text+"\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range taskTimes(d) {
			switch x.Expr.Kind {
			case calendar.KindRecurrence:
				on := ""
				if x.Expr.Recurrence.On != (calendar.Date{}) {
					on = fmt.Sprintf("%02d-%02d", int(x.Expr.Recurrence.On.Month), x.Expr.Recurrence.On.Day)
				}
				got = append(got, "recurrence:"+on)
			case calendar.KindDeadline:
				due, _ := x.Expr.Due()
				got = append(got, "deadline:"+due.String())
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: times %q; want %q", c.text, g, c.want)
		}
	}
}
