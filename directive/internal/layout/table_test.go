package layout

import "testing"

// TestFooterOpensItsOwnTable: the conversion writes the footer (recipients
// and signature) as a layout table of its own, so its opening bar is not
// the closing bar of a cell before it. Text between the last row of a table
// and the footer is not in a cell; with two bars before the footer (the
// row closed, the footer opened) the cell before it is.
func TestFooterOpensItsOwnTable(t *testing.T) {
	const head = "|\nTiền thuê đất phải nộp\n|\n=\n|\nSố tiền\n|\n|\nThời hạn thuê đất\n|\n"
	const foot = "|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n|\n"
	for _, tt := range []struct {
		name, in string
		inCell   bool // whether "Đề nghị Thuế tỉnh …" lies in a table cell
	}{
		{"single bar before the footer", head + "Đề nghị Thuế tỉnh Lào Cai rà soát hồ sơ.\n" + foot, false},
		{"closed row before the footer", head + "Đề nghị Thuế tỉnh Lào Cai rà soát hồ sơ.\n|\n" + foot, true},
	} {
		d := Read(tt.in)
		found := false
		for _, p := range d.Paras {
			if d.Clean(p.Key) != "Đề nghị Thuế tỉnh Lào Cai rà soát hồ sơ." {
				continue
			}
			found = true
			if p.Cell.In() != tt.inCell {
				t.Errorf("%s: the sentence is in a cell: %v; want %v\n%s", tt.name, p.Cell.In(), tt.inCell, d)
			}
		}
		if !found {
			t.Errorf("%s: no paragraph holds the sentence\n%s", tt.name, d)
		}
		var recipients bool
		for _, p := range d.Paras {
			if d.Clean(p.Key) == "Nơi nhận:" {
				recipients = p.Cell.In()
			}
		}
		if !recipients {
			t.Errorf("%s: the recipients are not in the footer's table\n%s", tt.name, d)
		}
	}
}
