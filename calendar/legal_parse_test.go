package calendar

import "testing"

// TestResolveParsed resolves expressions as the parser returns them.
func TestResolveParsed(t *testing.T) {
	cal := Official()
	ref := Date{2025, 4, 25} // a Friday: the signing date
	tests := []struct {
		text  string
		event Date
		want  Date
	}{
		// 30 days after 25/4/2025 is Sunday 25/5, moved to Monday 26/5.
		{"trong thời hạn 30 ngày kể từ ngày ký", Date{}, Date{2025, 5, 26}},
		// Saturday 26/4 is worked; 30/4, 1/5, 2/5 are off.
		{"trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", Date{2025, 4, 25}, Date{2025, 5, 6}},
	}
	for _, tt := range tests {
		e, err := Parse(tt.text, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if e.Kind != KindRelative {
			t.Errorf("Parse(%q).Kind = %v, want relative", tt.text, e.Kind)
			continue
		}
		got, err := cal.ResolveRelative(e, tt.event)
		if err != nil || got != tt.want {
			t.Errorf("ResolveRelative(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
}
