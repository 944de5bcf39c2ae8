package calendar_test

import (
	"encoding/json"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestOffsetDue pins the due days of offsets for a caller that knows the
// document's dates: this document's signing (ref) and, given in Options,
// its coming into effect; working days counted on the official calendar
// across Tết and the holidays of 30/4–1/5 (Civil Code 2015, Art. 147: the
// event day not counted), and never a due day for an offset from another
// event.
func TestOffsetDue(t *testing.T) {
	d := calendar.MustParseISODate
	tests := []struct {
		text, ref, effective string
		due                  string // "" when there is none
	}{
		// Signed Monday 2025-01-20: the days off of Tết 2025 (Saturday
		// 25/01 to Sunday 02/02) are not counted.
		{"trong thời hạn 10 ngày làm việc kể từ ngày ký", "2025-01-20", "", "2025-02-10"},
		{"trong vòng 10 ngày kể từ ngày ký", "2025-01-20", "", "2025-01-30"},
		{"05 ngày làm việc kể từ ngày ban hành", "2024-02-07", "", "2024-02-21"}, // Tết 2024: 08/02–14/02 off
		{"trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành", "2025-06-02", "", "2025-06-17"},
		// The day of effect, when the caller gives it.
		{"trong vòng 30 ngày kể từ ngày Quyết định này có hiệu lực", "2025-06-02", "2025-07-01", "2025-07-31"},
		{"trong vòng 30 ngày kể từ ngày Quyết định này có hiệu lực", "2025-06-02", "", ""},
		// Another event: never this document's date.
		{"trong thời hạn 10 ngày kể từ ngày quyết định kiểm tra được ban hành", "2025-06-02", "", ""},
		{"chậm nhất 05 ngày làm việc kể từ ngày ban hành quyết định cấp phép", "2025-06-02", "", ""},
		{"trong vòng 30 ngày kể từ ngày Luật có hiệu lực", "2025-06-02", "2025-07-01", ""},
		{"05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "2025-06-02", "", ""},
		{"chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra", "2025-06-02", "", ""},
		// "sau": a start, no due day.
		{"sau 45 ngày kể từ ngày ký", "2025-03-10", "", ""},
		{"sau thời gian 30 ngày kể từ ngày ký", "2025-03-10", "", ""},
	}
	for _, tt := range tests {
		var opts calendar.Options
		if tt.effective != "" {
			opts.Effective = d(tt.effective)
		}
		e, err := calendar.ParseWith(tt.text, d(tt.ref), &opts)
		if err != nil || e.Kind != calendar.KindRelative {
			t.Errorf("Parse(%q) = %v, %v; want an offset", tt.text, e, err)
			continue
		}
		due, ok := e.Due()
		switch {
		case tt.due == "" && ok:
			t.Errorf("Parse(%q).Due() = %v; want none", tt.text, due)
		case tt.due != "" && (!ok || due != d(tt.due)):
			t.Errorf("Parse(%q).Due() = %v, %v; want %s", tt.text, due, ok, tt.due)
		}
	}
}

// TestOffsetPolicy pins the Policy choices for offsets: the move of a due
// day on a rest day to the next working day (Art. 148(5)) only when asked,
// another Calendar for working days, and Ends for an offset that names a
// start.
func TestOffsetPolicy(t *testing.T) {
	d := calendar.MustParseISODate
	// 30 days from Friday 2025-04-25 is Sunday 2025-05-25.
	e := calendar.MustParse("trong thời hạn 30 ngày kể từ ngày ký", d("2025-04-25"))
	if due, _ := e.Due(); due != d("2025-05-25") {
		t.Errorf("Due() = %v; want 2025-05-25", due)
	}
	if due, _ := (calendar.Policy{NextWorkday: true}).Due(e); due != d("2025-05-26") {
		t.Errorf("Policy{NextWorkday}.Due() = %v; want 2025-05-26", due)
	}
	// The 2025 announcement works Saturday 26/4 and gives 2/5 off; without
	// it (the statutory calendar) 28/4, 29/4 and 2/5 are the three days.
	w := calendar.MustParse("trong thời hạn 03 ngày làm việc kể từ ngày ký", d("2025-04-25"))
	if due, _ := w.Due(); due != d("2025-04-29") {
		t.Errorf("Due() = %v; want 2025-04-29", due)
	}
	if due, _ := (calendar.Policy{Calendar: calendar.Statutory()}).Due(w); due != d("2025-05-02") {
		t.Errorf("Policy{Statutory}.Due() = %v; want 2025-05-02", due)
	}
	a := calendar.MustParse("sau 45 ngày kể từ ngày ký", d("2025-03-10"))
	if !a.Offset.After {
		t.Fatalf("Parse(sau 45 ngày …).Offset = %+v; want After", a.Offset)
	}
	if from, ok := (calendar.Policy{}).Ends(a); !ok || from != d("2025-04-24") {
		t.Errorf("Ends() = %v, %v; want 2025-04-24", from, ok)
	}
	// JSON writes the start as "from", and reads it back.
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"kind":"relative","from":"2025-04-24","offset":{"n":45,"unit":"day","working":false,"from_event":"signing","after":true},"span":[0,32]}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant %s", b, want)
	}
	var back calendar.Expr
	if err := json.Unmarshal(b, &back); err != nil || back != a {
		t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, back, err, a)
	}
	if s := a.String(); s != "sau 45 ngày kể từ ngày ký" {
		t.Errorf("String() = %q", s)
	}
	// A working-day offset reads back from its due day.
	b, _ = json.Marshal(w)
	if err := json.Unmarshal(b, &back); err != nil || back != w {
		t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, back, err, w)
	}
}

// TestNextWorkdayString pins the text of the next working day at a time of
// day, which reads back to the same expression: the time is not lost to
// "trong vòng 01 ngày làm việc".
func TestNextWorkdayString(t *testing.T) {
	ref := calendar.MustParseISODate("2025-01-05")
	for _, tt := range []struct{ text, want string }{
		{"gửi kết quả trước 08 giờ 00 ngày làm việc tiếp theo", "8 giờ 00 ngày làm việc tiếp theo"},
		{"14h30 ngày làm việc tiếp theo kể từ ngày ký", "14 giờ 30 ngày làm việc tiếp theo kể từ ngày ký"},
		{"trong vòng 01 ngày làm việc", "trong vòng 01 ngày làm việc"},
	} {
		e := calendar.MustParse(tt.text, ref)
		s := e.String()
		if s != tt.want {
			t.Errorf("Parse(%q).String() = %q; want %q", tt.text, s, tt.want)
			continue
		}
		back := calendar.MustParse(s, ref)
		back.Start, back.End, e.Start, e.End = 0, 0, 0, 0
		if back != e {
			t.Errorf("Parse(%q) = %+v; want %+v", s, back, e)
		}
	}
}
