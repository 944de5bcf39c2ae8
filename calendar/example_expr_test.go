package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chidao/chidao/calendar"
)

func ExampleParse() {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 12} // the document's issue date
	for _, s := range []string{
		"Hải Phòng, ngày 05 tháng 01 năm 2024",
		"quý III/2024",
		"trước tháng 6/2024",
		"trước ngày 15 hằng tháng",
		"trong vòng 30 ngày kể từ ngày ký",
	} {
		e, err := calendar.Parse(s, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		due, _ := e.Due()
		fmt.Printf("%-38q %-10s %-22s due %-10s %q\n", s[e.Start:e.End], e.Kind, e.Period, due, e)
	}
	// Output:
	// "ngày 05 tháng 01 năm 2024"            date       2024-01-05             due            "ngày 05 tháng 01 năm 2024"
	// "quý III/2024"                         period     2024-07-01..2024-09-30 due            "quý III/2024"
	// "trước tháng 6/2024"                   deadline   2024-06-01..2024-06-30 due 2024-05-31 "trước tháng 6/2024"
	// "trước ngày 15 hằng tháng"             recurrence                        due            "trước ngày 15 hằng tháng"
	// "trong vòng 30 ngày kể từ ngày ký"     relative   2024-03-12..           due 2024-04-11 "trong vòng 30 ngày kể từ ngày ký"
}

func ExampleParse_error() {
	ref := calendar.Date{Year: 2024, Month: 1, Day: 1}
	_, err := calendar.Parse("trước ngày 31/9/2024", ref)
	fmt.Println(err)
	var pe *calendar.ParseError
	fmt.Println(errors.As(err, &pe), pe.Offset, errors.Is(err, calendar.ErrNoExpression))

	_, err = calendar.Parse("Nghị định số 30/2020/NĐ-CP", ref)
	fmt.Println(errors.Is(err, calendar.ErrNoExpression))
	// Output:
	// calendar: parsing "trước ngày 31/9/2024" at byte 15: day 31 out of range for September
	// true 15 false
	// true
}

func ExampleParse_outOfRange() {
	ref := calendar.Date{Year: 2024, Month: 1, Day: 1}
	for _, s := range []string{"hoàn thành trước ngày 15/12/20251", "ngày 15 tháng 3 năm 0"} {
		_, err := calendar.Parse(s, ref)
		fmt.Println(err, errors.Is(err, calendar.ErrRange))
	}
	// Output:
	// calendar: parsing "hoàn thành trước ngày 15/12/20251" at byte 34: year 20251 out of range true
	// calendar: parsing "ngày 15 tháng 3 năm 0" at byte 23: year 0 out of range true
}

// With no reference date (a document whose issue date is missing), what
// needs its year is partial: its grain is known, its days are not.
func ExampleParse_noReference() {
	for _, s := range []string{"trước ngày 15/12", "6 tháng đầu năm", "trước ngày 15/12/2024"} {
		e, err := calendar.Parse(s, calendar.Date{})
		fmt.Println(e.Kind, e.Period.Grain, e.Period.First.IsValid(), err)
	}
	// Output:
	// partial day false <nil>
	// partial half false <nil>
	// deadline day true <nil>
}

func ExampleFindAll() {
	text := "Phê duyệt hồ sơ trước ngày 30/6/2024; báo cáo kết quả hằng quý; " +
		"triển khai phương án trước ngày 31/11/2024."
	for _, f := range calendar.FindAll(text, calendar.Date{Year: 2024, Month: 3, Day: 1}) {
		if f.Err != nil {
			fmt.Printf("[%d:%d] error: %s\n", f.Expr.Start, f.Expr.End, f.Err.Msg)
			continue
		}
		fmt.Printf("[%d:%d] %s %q\n", f.Expr.Start, f.Expr.End, f.Expr.Kind, text[f.Expr.Start:f.Expr.End])
	}
	// Output:
	// [22:46] deadline "trước ngày 30/6/2024"
	// [70:81] recurrence "hằng quý"
	// [109:134] error: day 31 out of range for November
}

func ExampleExpr_Due() {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	for _, s := range []string{"trước ngày 30/6/2024", "trước quý III/2024", "trong năm 2025", "đến năm 2030"} {
		e := calendar.MustParse(s, ref)
		due, _ := e.Due()
		strict, _ := calendar.Policy{StrictBefore: true}.Due(e)
		fmt.Println(s, "→", due, strict)
	}
	// Output:
	// trước ngày 30/6/2024 → 2024-06-30 2024-06-29
	// trước quý III/2024 → 2024-06-30 2024-06-30
	// trong năm 2025 → 2025-12-31 2025-12-31
	// đến năm 2030 → 2030-12-31 2030-12-31
}

func ExampleExpr_MarshalJSON() {
	e := calendar.MustParse("Hạn chót: 17h00 ngày 25/11/2024", calendar.Date{Year: 2024, Month: 11, Day: 10})
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
	b, _ = json.Marshal(calendar.TextExpr{Text: "hằng tháng", Expr: calendar.MustParse("hằng tháng", calendar.Date{Year: 2024, Month: 1, Day: 1})})
	fmt.Println(string(b))
	// Output:
	// {"kind":"deadline","grain":"day","due":"2024-11-25","time":"17:00","relation":"by","span":[0,35]}
	// {"text":"hằng tháng","kind":"recurrence","every":"month","interval":1,"span":[0,13]}
}

// A caller that knows the document's issue date gets the due day of an
// offset from its signing, in working days on the official calendar; the
// day the document takes effect, when known, anchors offsets from it. An
// offset from any other event has no due day.
func ExamplePolicy_Due() {
	ref := calendar.Date{Year: 2025, Month: 1, Day: 20} // signed on a Monday, before Tết
	opts := &calendar.Options{Effective: calendar.Date{Year: 2025, Month: 2, Day: 1}}
	for _, s := range []string{
		"trong thời hạn 10 ngày làm việc kể từ ngày ký",
		"trong vòng 30 ngày kể từ ngày Quyết định này có hiệu lực",
		"trong thời hạn 10 ngày kể từ ngày quyết định kiểm tra được ban hành",
	} {
		e, _ := calendar.ParseWith(s, ref, opts)
		due, ok := opts.Policy.Due(e)
		fmt.Println(e.Offset.From, due, ok)
	}
	// Output:
	// signing 2025-02-10 true
	// effective 2025-03-03 true
	// other  false
}

// Ends gives the day an offset that names a start holds from.
func ExamplePolicy_Ends() {
	e := calendar.MustParse("Quy định này có hiệu lực sau 45 ngày kể từ ngày ký", calendar.Date{Year: 2025, Month: 3, Day: 10})
	from, _ := calendar.Policy{}.Ends(e)
	_, hasDue := e.Due()
	fmt.Println(e, from, hasDue)
	// Output:
	// sau 45 ngày kể từ ngày ký 2025-04-24 false
}
