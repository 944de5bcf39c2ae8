package directive_test

import (
	"fmt"

	"github.com/chidao/chidao/directive"
)

func ExampleParse() {
	text := `ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/UBND-KSTTHC
Hải Phòng, ngày 14 tháng 6 năm 2024
V/v đẩy mạnh số hóa hồ sơ thủ tục hành chính

Kính gửi: Các sở, ban, ngành thành phố.

**1. Giao Sở Thông tin và Truyền thông:**
- Chủ trì, phối hợp với Công an thành phố nâng cấp Kho dữ liệu
hồ sơ thủ tục hành chính, hoàn thành trước ngày 30/9/2024.
- Phối hợp với Văn phòng Ủy ban nhân dân thành phố bảo đảm 100% hồ sơ được số hóa.

**2. Giao Sở Nội vụ** báo cáo kết quả hằng tháng.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A`
	d, err := directive.Parse(text, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Type, d.Number, d.Issued.Expr.Period.First)
	for _, a := range d.Assignments {
		for _, t := range a.Tasks {
			fmt.Printf("%s lead=%v", t.Label, exampleNames(t.Lead))
			if len(t.Cooperating) > 0 {
				fmt.Printf(" cooperating=%v", exampleNames(t.Cooperating))
			}
			if due, ok := t.Deadline.Expr.Due(); ok {
				fmt.Printf(" due=%s", due)
			} else if t.Deadline.Text != "" {
				fmt.Printf(" when=%q", t.Deadline.Text)
			}
			for _, g := range t.Targets {
				fmt.Printf(" target=%q", g.String())
			}
			fmt.Println()
		}
	}
	fmt.Println(d.Signature.Lines[0].Form, d.Signature.Name)
	// Output:
	// Công văn 1234/UBND-KSTTHC 2024-06-14
	// 1.1 lead=[Sở Thông tin và Truyền thông] cooperating=[Công an thành phố] due=2024-09-30
	// 1.2 lead=[Văn phòng Ủy ban nhân dân thành phố] cooperating=[Sở Thông tin và Truyền thông] target="≥ 100% hồ sơ được số hóa"
	// 2.1 lead=[Sở Nội vụ] when="hằng tháng"
	// KT. Nguyễn Văn A
}

func exampleNames(ps []directive.Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func ExampleParse_error() {
	_, err := directive.Parse("Hôm nay trời đẹp.", nil)
	fmt.Println(err)
	// Output:
	// directive: parsing "Hôm nay trời đẹp." at byte 0: not a directive: no header (Số, place and date, type, national motto) and no assignment
}
