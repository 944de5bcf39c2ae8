package calendar_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestHolidayAnchors pins the holidays as day anchors, one rule for all:
// the day that names each (mùng 1 Tết, 1 January, 2 September, …) is due
// as "trước ngày D" is, a written day must be the holiday's, and "sau" a
// holiday opens a period from the next day.
func TestHolidayAnchors(t *testing.T) {
	d := calendar.MustParseISODate
	tests := []struct {
		text, ref string
		kind      calendar.Kind
		day       string // the holiday, or for an open period its first day
		due       string // "" when the expression is no deadline
	}{
		{"trước Tết Nguyên đán Ất Tỵ năm 2025", "2024-03-05", calendar.KindDeadline, "2025-01-29", "2025-01-29"},
		{"trước Tết Nguyên đán", "2024-03-05", calendar.KindDeadline, "2025-01-29", "2025-01-29"},
		{"trước Tết Nguyên đán", "2024-01-10", calendar.KindDeadline, "2024-02-10", "2024-02-10"},
		{"trước dịp Tết Âm lịch", "2024-01-10", calendar.KindDeadline, "2024-02-10", "2024-02-10"},
		{"trước Tết cổ truyền Giáp Thìn", "2023-11-01", calendar.KindDeadline, "2024-02-10", "2024-02-10"},
		{"chậm nhất trước Tết Quý Mão", "2022-10-01", calendar.KindDeadline, "2023-01-22", "2023-01-22"},
		{"trong dịp Tết Nguyên đán 2026", "2025-10-01", calendar.KindDeadline, "2026-02-17", "2026-02-17"},
		{"trước Tết Dương lịch 2025", "2024-11-01", calendar.KindDeadline, "2025-01-01", "2025-01-01"},
		{"trước Tết Trung thu năm 2024", "2024-03-05", calendar.KindDeadline, "2024-09-17", "2024-09-17"},
		{"trước ngày Quốc khánh 2/9", "2024-03-05", calendar.KindDeadline, "2024-09-02", "2024-09-02"},
		{"trước Quốc khánh (02/9)", "2024-10-05", calendar.KindDeadline, "2025-09-02", "2025-09-02"},
		{"trước ngày Giải phóng miền Nam 30/4/2025", "2024-03-05", calendar.KindDeadline, "2025-04-30", "2025-04-30"},
		{"chậm nhất ngày Quốc tế Lao động", "2024-03-05", calendar.KindDeadline, "2024-05-01", "2024-05-01"},
		{"trước Giỗ Tổ Hùng Vương năm 2025", "2024-03-05", calendar.KindDeadline, "2025-04-07", "2025-04-07"},
		{"Tết Nguyên đán Ất Tỵ 2025", "2024-03-05", calendar.KindDate, "2025-01-29", ""},
		{"sau Tết Nguyên đán 2026", "2025-10-01", calendar.KindOpen, "2026-02-18", ""},
		{"sau Tết", "2024-03-05", calendar.KindOpen, "2025-01-30", ""},
	}
	for _, tt := range tests {
		e, err := calendar.Parse(tt.text, d(tt.ref))
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if e.Kind != tt.kind || e.Period.First != d(tt.day) || e.Kind != calendar.KindOpen && e.Period.Last != d(tt.day) {
			t.Errorf("Parse(%q) = %v %v; want %v on %s", tt.text, e.Kind, e.Period, tt.kind, tt.day)
		}
		due, ok := e.Due()
		if tt.due == "" {
			if ok {
				t.Errorf("Parse(%q).Due() = %v; want none", tt.text, due)
			}
		} else if !ok || due != d(tt.due) {
			t.Errorf("Parse(%q).Due() = %v, %v; want %s", tt.text, due, ok, tt.due)
		}
		// The canonical form reads back.
		if back, err := calendar.Parse(e.String(), d(tt.ref)); err != nil || back.Period != e.Period || back.Kind != e.Kind {
			t.Errorf("Parse(%q) (String of %q) = %v, %v; want %v", e.String(), tt.text, back, err, e)
		}
	}
	// A can-chi name that contradicts the year, or a day that is not the
	// holiday's, is an error; a holiday in running text needs its year.
	for _, s := range []string{"trước Tết Ất Tỵ năm 2024", "trước ngày Quốc khánh 3/9"} {
		if _, err := calendar.Parse(s, d("2024-03-05")); err == nil || errors.Is(err, calendar.ErrNoExpression) {
			t.Errorf("Parse(%q): %v; want a date error", s, err)
		}
	}
	for _, s := range []string{"chăm lo Tết cho hộ nghèo", "không khí Tết Nguyên đán", "kỷ niệm Quốc khánh", "chiến thắng lịch sử"} {
		if fs := calendar.FindAll(s, d("2024-03-05")); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
}
