package directive

import (
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that the line-accounting
// invariant holds (every non-blank line is inside an element's span or a
// warning's), and the model's invariants of checkModel: spans in the
// input, valid dates, unique labels, a JSON round trip.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\n1. Giao Sở Nội vụ:\n- Rà soát.",
		"**1. Giao Sở Y tế** phối hợp với Công an thành phố tổ chức.",
		"Kính gửi:\n- Các sở;\n\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
		"I. NHIỆM VỤ\n1.1. Xây\ndựng:\na) Nhiệm vụ: Làm.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Tư pháp.\nc) Thời gian thực hiện: Hoàn\nthành trong năm 2025.",
		"|\n|\nSTT\n|\n", "1.\n2.\na)\n(1)\n+ ", "Số:\nV/v\nKính gửi:", "PHỤ LỤC\n|",
		"Số: 1/CT-UBND\n1. Giao Sở X làm A.\nNơi nhận:\n- Như trên.\nNƠI NHẬN:\n",
		"PHỤ LỤC\n| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Làm | Sở Y tế |\n",
		"Số: 12/CT-UBND\nCHỈ THỊ\n1. Giao Sở Y tế hoàn thành cuối năm.\n",
		"Số: 12/CT-UBND\nCHỈ THỊ\n1. Giao Sở Y tế:\n1.1. Làm A trước ngày 15/12.\n1.1.1. Làm B trước ngày 15/12/20251.\n1000. Làm C.\n",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt"); err == nil {
		f.Add(string(b))
		f.Add(strings.ReplaceAll(string(b), "\n", "\n\n"))
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, nil)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("Parse error %T %v is not a *ParseError", err, err)
			}
			return
		}
		checkAccounting(t, "fuzz", s, d)
		checkModel(t, s, d)
	})
}
