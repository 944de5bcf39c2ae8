package calendar_test

import (
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestConditionConnectives: a condition's clause ends at a connective
// that joins another clause ("để", "thì"), and not at a word folding
// merges with one ("vấn đề", "chủ đề"; "thi đua"). Where the text is
// written with its diacritics the spelling decides; without them the
// words around do.
func TestConditionConnectives(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Báo cáo nếu có vấn đề phát sinh đột xuất.", "nếu có vấn đề phát sinh đột xuất"},
		{"Tổ chức hội thảo khi có chủ đề mới.", "khi có chủ đề mới"},
		{"Báo cáo khi có yêu cầu để tổng hợp.", "khi có yêu cầu"},
		{"Trường hợp cần thiết thì tổ chức họp.", "Trường hợp cần thiết"},
		// Without diacritics: "đề nghị" is no connective, the rest is.
		{"Bao cao khi co de nghi cua So.", "khi co de nghi cua So"},
		{"Bao cao khi co yeu cau de tong hop.", "khi co yeu cau"},
	} {
		var got []string
		for _, f := range calendar.FindAll(tc.in, calendar.Date{}) {
			if f.Expr.Kind == calendar.KindEvent {
				got = append(got, tc.in[f.Expr.Start:f.Expr.End])
			}
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("FindAll(%q): events %q; want first %q", tc.in, got, tc.want)
		}
	}
}
