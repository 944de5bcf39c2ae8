package directive

// The expression objects of the directive JSON and of package calendar's
// JSON are the same shape (CORPUS_SPEC.md). The one difference allowed:
// calendar's writer leaves out "on" for a yearly cadence that names its
// day, which the spec asks for and TimeExpr writes.

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

func TestTimeExprJSONMatchesCalendar(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-01")
	for _, s := range []string{"trước ngày 30/6/2024", "trước tháng 6/2024", "trong năm 2025", "hằng tháng", "hàng tuần",
		"trước ngày 15 hằng tháng", "trước ngày 15/12 hằng năm", "định kỳ 6 tháng", "thường xuyên", "kịp thời khi có hướng dẫn",
		"năm 2024 và những năm tiếp theo", "trong vòng 30 ngày kể từ ngày ký", "05 ngày làm việc", "ngày   tháng   năm 2024",
		"quý III/2024", "ngày 11/02/2024", "trước 17h00 ngày 15/3/2024", "giai đoạn 2022-2025", "đến năm 2030", "Thời hạn: tháng 6/2024"} {
		e, err := calendar.Parse(s, ref)
		if err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		theirs, _ := json.Marshal(e)
		ours, _ := json.Marshal(TimeExpr{Expr: e})
		var a, b map[string]any
		json.Unmarshal(theirs, &a)
		json.Unmarshal(ours, &b)
		delete(b, "text")
		if _, ok := a["on"]; !ok {
			delete(b, "on")
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%q (-calendar +directive):\n%s", s, diff)
		}
	}
}

// FuzzTimeExprJSON checks that every expression calendar.Parse returns,
// with a reference date or none (ref ""), round-trips through the JSON of
// TimeExpr.
func FuzzTimeExprJSON(f *testing.F) {
	for _, s := range []string{"trước ngày 30/6/2024", "trước tháng 6/2024", "trong vòng 3 tháng kể từ ngày ký", "trước ngày 31/01/2025 hằng năm",
		"giai đoạn 2022-2025", "ngày   tháng   năm 2024", "trước 17h00 ngày 15/3/2024", "định kỳ 6 tháng"} {
		f.Add(s, "2024-03-01")
		f.Add(s, "")
	}
	f.Add("hoàn thành cuối năm", "")
	f.Fuzz(func(t *testing.T, s, ref string) {
		r, err := calendar.ParseISODate(ref)
		if ref == "" {
			r, err = calendar.Date{}, nil // no issue date
		}
		if err != nil || !utf8.ValidString(s) {
			return // JSON writes invalid UTF-8 as U+FFFD
		}
		e, err := calendar.Parse(s, r)
		if err != nil {
			return
		}
		in := TimeExpr{Text: s, Expr: e}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		var out TimeExpr
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("%q: %v\n%s", s, err, b)
		}
		if out != in {
			t.Fatalf("%q: round trip\n in %+v\nout %+v\n%s", s, in, out, b)
		}
	})
}
