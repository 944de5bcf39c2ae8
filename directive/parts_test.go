package directive

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// partFacts lists each content part of d as "label | times | targets".
func partFacts(d *Directive) []string {
	var out []string
	for _, p := range d.Parts {
		if p.Kind != PartContent {
			continue
		}
		var ts, gs []string
		for _, t := range p.Times {
			ts = append(ts, t.Text)
		}
		for _, g := range p.Targets {
			gs = append(gs, g.Op.String()+g.Value.String())
		}
		out = append(out, p.Label+" | "+strings.Join(ts, "; ")+" | "+strings.Join(gs, "; "))
	}
	return out
}

// TestPartTargets: a plan's objectives charge no body; they are content,
// kept as parts with their labels, and carry the targets and times they
// state. A figure in a list of criteria a place must meet ("có ít nhất 02
// trong 03 tiêu chí sau đây:") is no target, however far its lead-in.
func TestPartTargets(t *testing.T) {
	text := structDoc("12/KH-UBND", "KẾ HOẠCH\nChuyển đổi số năm 2026\n"+
		"I. MỤC TIÊU\n"+
		"1. Phấn đấu 100% hồ sơ thủ tục hành chính được số hóa đến năm 2027.\n"+
		"2. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt tối thiểu 80% trong năm 2026.\n"+
		"II. ĐỐI TƯỢNG\n"+
		"Thôn đặc biệt khó khăn là thôn có ít nhất 02 trong 03 tiêu chí sau đây:\n\n"+
		"- Có dưới 60% đường thôn được cứng hóa.\n\n"+
		"- Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 90%.\n\n"+
		"III. NHIỆM VỤ\n"+
		"1. Sở Nội vụ chủ trì rà soát hồ sơ, hoàn thành trước ngày 30/6/2026.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"I | đến năm 2027; trong năm 2026 | >=100%; >=80%",
		"II |  | ",
	}
	if diff := cmp.Diff(want, partFacts(d)); diff != "" {
		t.Errorf("content parts (-want +got):\n%s", diff)
	}
	if len(d.Assignments) != 1 || d.Assignments[0].Label != "III.1" {
		t.Errorf("assignments %+v; want III.1 only", d.Assignments)
	}
}
