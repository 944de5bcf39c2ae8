package layout

import (
	"strings"
	"testing"
)

// cited lists the paragraphs of text as "cited|marker|text" lines, the
// marker's family when it has one.
func cited(text string) []string {
	d := Read(text)
	var out []string
	for _, p := range d.Paras {
		c := "-"
		if p.Flags&ParaCited != 0 {
			c = "cited"
		}
		m := ""
		if !p.Marker.IsZero() {
			m = "marker"
		}
		out = append(out, c+"|"+m+"|"+d.Text(p.Key))
	}
	return out
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{{
		// A provision quoted over paragraphs, its markers its own; the
		// letter's own text after it, though the quoted sentence ends
		// with no full stop where its italics close.
		name: "provision",
		text: "Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP quy định:\n\n" +
			"*\"7. Kinh phí ủy nhiệm thu*\n\n" +
			"*a) Bộ Tài chính hướng dẫn cụ thể nội dung chi.*\n\n" +
			"*b) Việc chi trả kinh phí ủy nhiệm thu phải được thực hiện đúng đối tượng\n" +
			"và thanh toán bằng chuyển khoản\"*\n" +
			"Căn cứ quy định nêu trên, Cục Thuế đề nghị Thuế thành phố thực hiện.\n",
		want: []string{
			"-||tai khoan 7 dieu 39 nghi dinh so 126/2020/nd-cp quy dinh:",
			`cited||*"7. kinh phi uy nhiem thu`,
			"cited||a) bo tai chinh huong dan cu the noi dung chi.",
			`cited||b) viec chi tra kinh phi uy nhiem thu phai duoc thuc hien dung doi tuong va thanh toan bang chuyen khoan"*`,
			"-||can cu quy dinh neu tren, cuc thue de nghi thue thanh pho thuc hien.",
		},
	}, {
		// The new wording of an amended point: one paragraph, whole.
		name: "amendment",
		text: "1. Sửa đổi điểm a khoản 3 Điều 14 như sau:\n\n" +
			"“a) Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ.”\n\n" +
			"2. Sở Tài chính chủ trì thực hiện.\n",
		want: []string{
			"-|marker|1. sua doi diem a khoan 3 dieu 14 nhu sau:",
			`cited||"a) trong thoi han 07 ngay, ke tu ngay nhan du ho so hop le."`,
			"-|marker|2. so tai chinh chu tri thuc hien.",
		},
	}, {
		// A name in quotes opens a paragraph that goes on: no quotation
		// of whole paragraphs; nor one that never closes.
		name: "inline and unclosed",
		text: "“Dân vận khéo” tối đa 03 điểm.\n\n" +
			"“a) Nội dung không đóng ngoặc\n\n" +
			"b) Sở Y tế chủ trì.\n",
		want: []string{
			`-||"dan van kheo" toi da 03 diem.`,
			`-||"a) noi dung khong dong ngoac`,
			"-|marker|b) so y te chu tri.",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
