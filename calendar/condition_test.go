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

// TestConditionTriggers: "khi" makes a task wait for what befalls a
// subject ("khi hệ thống … gặp sự cố") or for a breach ("khi vi phạm"),
// not for the task's own work ("khi thực hiện"); a time limit running out
// where a clause opens ("Hết thời hạn …") is a trigger too, and "hết" with
// a period after it is still a deadline.
func TestConditionTriggers(t *testing.T) {
	ref := calendar.Date{Year: 2025, Month: 11, Day: 1}
	for _, tc := range []struct{ in, want string }{
		{"Báo ngay khi hệ thống Thư điện tử công vụ gặp sự cố.", "khi hệ thống Thư điện tử công vụ gặp sự cố"},
		{"Xử lý kỷ luật khi vi phạm các hành vi nghiêm cấm.", "khi vi phạm các hành vi nghiêm cấm"},
		{"Hết thời hạn tạm đình chỉ sử dụng thẻ, thẻ được dùng lại.", "Hết thời hạn tạm đình chỉ sử dụng thẻ"},
		{"Bảo đảm an toàn khi thực hiện nhiệm vụ.", ""},
	} {
		got := ""
		for _, f := range calendar.FindAll(tc.in, ref) {
			if f.Expr.Kind == calendar.KindEvent {
				got = tc.in[f.Expr.Start:f.Expr.End]
				break
			}
		}
		if got != tc.want {
			t.Errorf("FindAll(%q): event %q; want %q", tc.in, got, tc.want)
		}
	}
	if e, err := calendar.Parse("đến hết năm 2025", ref); err != nil || e.Kind != calendar.KindDeadline {
		t.Errorf("Parse(đến hết năm 2025) = %v, %v; want a deadline", e, err)
	}
}
