package agency

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFindAll(f *testing.F) {
	f.Add("Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an thành phố", "hp.ubnd")
	f.Add("CT, PCT UBND TP H.M.Cường; Các Phòng: KSTTHC, VX; Lưu: VT, KSTTHC5.", "hp.ubnd")
	f.Add("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", "")
	f.Add("VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TCCV, KTTH,TH, QHĐP, Cổng TTĐT;", "")
	f.Add("Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn", "")
	f.Add("Ủy ban nhân dân tỉnh Đắk Lắk\u0300\xff Sở", "dak-lak.ubnd")
	f.Add("Công an tỉnh", "")
	f.Add("các cơ quan, đơn vị liên quan", "")
	f.Add("TTUB: CT, các PCT", "hcm.ubnd")
	for _, s := range samples {
		b, _ := readTestdataBytes(s.file)
		if len(b) > 600 {
			b = b[:600]
		}
		f.Add(string(b), string(s.locality))
	}
	r := Default()
	f.Fuzz(func(t *testing.T, text, loc string) {
		ms := r.FindAll(text, &Options{Locality: ID(loc)})
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.Start > m.End || m.End > len(text) {
				t.Fatalf("span [%d,%d) after %d out of order or bounds (len %d) in %q", m.Start, m.End, prev, len(text), text)
			}
			if m.NameStart < m.Start || m.NameStart > m.End {
				t.Fatalf("name start %d outside [%d,%d)", m.NameStart, m.Start, m.End)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q is not text[%d:%d]", m.Text, m.Start, m.End)
			}
			if m.End == m.Start || m.Name == "" {
				t.Fatalf("empty mention %+v", m)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("span splits a character: %q", m.Text)
			}
			prev = m.End
		}
		for _, m := range r.SplitList(text, nil) {
			if m.Start > m.End || m.End > len(text) || strings.TrimSpace(m.Text) == "" {
				t.Fatalf("SplitList piece %+v", m)
			}
		}
	})
}
