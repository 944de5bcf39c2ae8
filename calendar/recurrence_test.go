package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

type parseCase struct {
	text string
	want calendar.Expr // Start and End compared only when End > 0
}

func runParseCases(t *testing.T, ref calendar.Date, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		got, err := calendar.Parse(c.text, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.text, err)
			continue
		}
		if c.want.End == 0 {
			got.Start, got.End = 0, 0
		}
		if got != c.want {
			t.Errorf("Parse(%q) =\n  %+v\nwant\n  %+v", c.text, got, c.want)
		}
	}
}

func rec(g calendar.Grain, n, day int) calendar.Expr {
	return calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: g, Interval: n, DayOfPeriod: day}}
}

func recOn(m time.Month, d int) calendar.Expr {
	return calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainYear, Interval: 1, On: calendar.Date{Month: m, Day: d}}}
}

func TestCadenceDayRule(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	runParseCases(t, ref, []parseCase{
		{"báo cáo hằng tháng (trước ngày 25)", rec(calendar.GrainMonth, 1, 25)},
		{"hằng tháng: chậm nhất là ngày 10", rec(calendar.GrainMonth, 1, 10)},
		{"hằng quý, trước ngày 15 tháng cuối quý", rec(calendar.GrainQuarter, 1, 15)},
		{"hằng quý (trước ngày 15 của tháng cuối quý)", rec(calendar.GrainQuarter, 1, 15)},
		{"trước ngày 20 của tháng cuối quý", rec(calendar.GrainQuarter, 1, 20)},
		{"trước ngày 20 tháng cuối hằng quý", rec(calendar.GrainQuarter, 1, 20)},
		{"vào ngày 10 của tháng cuối quý", rec(calendar.GrainQuarter, 1, 10)},
		// A day rule that does not fit its cadence leaves the cadence
		// alone (the rule is read after it).
		{"hằng tháng, trước ngày 15 tháng cuối quý", rec(calendar.GrainMonth, 1, 0)},
		{"hằng quý, trước ngày 05 của tháng sau", rec(calendar.GrainQuarter, 1, 0)},
		// A monthly report due in the next month is due on that day
		// every month.
		{"hằng tháng, trước ngày 05 của tháng sau", rec(calendar.GrainMonth, 1, 5)},
		{"định kỳ hằng tháng (trước ngày 10 tháng tiếp theo)", rec(calendar.GrainMonth, 1, 10)},
		// Days and months in each period's last month.
		{"định kỳ 6 tháng (trước ngày 15/6 và 15/12)", rec(calendar.GrainMonth, 6, 15)},
		{"định kỳ 6 tháng, trước ngày 30/6 và 31/12", rec(calendar.GrainMonth, 6, 31)},
		{"hằng quý, vào ngày 31/3, 30/6, 30/9 và 31/12", rec(calendar.GrainQuarter, 1, 31)},
		{"hằng quý (trước ngày 20/3)", rec(calendar.GrainQuarter, 1, 20)},
		{"định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ", rec(calendar.GrainMonth, 6, 15)},
		{"định kỳ 6 tháng (trước ngày 15/5 và 15/11)", rec(calendar.GrainMonth, 6, 0)},
		{"hằng quý (trước ngày 15/3 và 20/6)", rec(calendar.GrainQuarter, 1, 0)},
		// "định kỳ" alone with days that split the year evenly; an
		// explicit yearly cadence stays yearly (FindAll reads each day,
		// TestCadenceOverList).
		{"hằng năm, trước ngày 30/6 và 31/12", recOn(time.June, 30)},
		{"định kỳ trước ngày 15/6 và 15/12", rec(calendar.GrainMonth, 6, 15)},
		{"định kỳ vào ngày 15/3, 15/6, 15/9 và 15/12", rec(calendar.GrainMonth, 3, 15)},
		{"định kỳ trước ngày 15/12", recOn(time.December, 15)},
		{"hằng năm (trước ngày 15/6 và 20/12)", recOn(time.June, 15)},
	})
	// A day of a named quarter's month is one day.
	d := calendar.MustParseISODate
	for _, tt := range []struct{ text, due string }{
		{"trước ngày 20 của tháng cuối quý III/2024", "2024-09-20"},
		{"trước ngày 15 tháng đầu quý IV", "2024-10-15"},
		{"chậm nhất ngày 10 tháng thứ hai của quý II năm 2025", "2025-05-10"},
		{"trước ngày 20 tháng cuối quý này", "2024-03-20"},
	} {
		e, err := calendar.Parse(tt.text, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if due, ok := e.Due(); e.Kind != calendar.KindDeadline || !ok || due != d(tt.due) {
			t.Errorf("Parse(%q) = %v; want a deadline due %s", tt.text, e, tt.due)
		}
	}
	// A day of the month after each quarter cannot be held by a
	// Recurrence: unread, never a wrong day.
	for _, s := range []string{"chậm nhất ngày 10 của tháng đầu tiên của quý sau", "báo cáo quý (trước ngày 10 của tháng đầu quý sau)"} {
		if fs := calendar.FindAll(s, ref); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
	if _, err := calendar.Parse("trước ngày 31 tháng đầu quý II/2024", ref); err == nil || errors.Is(err, calendar.ErrNoExpression) {
		t.Errorf("31 April: %v; want a date error", err)
	}
	// A quarter named by number or by "này" is one quarter, not a cadence.
	for _, s := range []string{"trước ngày 15 tháng cuối quý này", "trước ngày 20 của tháng cuối quý sau"} {
		if e, err := calendar.Parse(s, ref); err == nil && e.Kind == calendar.KindRecurrence {
			t.Errorf("Parse(%q) = %v; want no recurrence", s, e)
		}
	}
	// The canonical form of a quarterly day names the last month, and
	// reads back.
	for _, tt := range []struct {
		e    calendar.Expr
		want string
	}{
		{rec(calendar.GrainQuarter, 1, 20), "trước ngày 20 của tháng cuối quý"},
		{rec(calendar.GrainMonth, 6, 15), "định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ"},
	} {
		if s := tt.e.String(); s != tt.want {
			t.Errorf("String = %q; want %q", s, tt.want)
		} else if back := calendar.MustParse(s, ref); back.Recurrence != tt.e.Recurrence {
			t.Errorf("Parse(String) = %+v; want %+v", back.Recurrence, tt.e.Recurrence)
		}
	}
}

// findExprs returns the expressions FindAll finds in text, spans cleared,
// and the text of each span.
func findExprs(t *testing.T, text string, ref calendar.Date) ([]calendar.Expr, []string) {
	t.Helper()
	var es []calendar.Expr
	var ss []string
	for _, f := range calendar.FindAll(text, ref) {
		if f.Err != nil {
			t.Errorf("FindAll(%q): %v", text, f.Err)
			continue
		}
		ss = append(ss, text[f.Expr.Start:f.Expr.End])
		e := f.Expr
		e.Start, e.End = 0, 0
		es = append(es, e)
	}
	return es, ss
}

func TestCadenceOverList(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	tests := []struct {
		text  string
		want  []calendar.Expr
		spans []string
	}{
		{"Sở Công Thương báo cáo trước ngày 30/6 và 31/12 hằng năm.",
			[]calendar.Expr{recOn(time.June, 30), recOn(time.December, 31)},
			[]string{"trước ngày 30/6", "31/12 hằng năm"}},
		{"trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm",
			[]calendar.Expr{recOn(time.March, 15), recOn(time.June, 15), recOn(time.September, 15), recOn(time.December, 15)},
			[]string{"trước ngày 15/3", "15/6", "15/9", "15/12 hằng năm"}},
		{"trước ngày 15/6 và ngày 15/12 hàng năm",
			[]calendar.Expr{recOn(time.June, 15), recOn(time.December, 15)},
			[]string{"trước ngày 15/6", "ngày 15/12 hàng năm"}},
		{"chậm nhất ngày 10 và 25 hằng tháng",
			[]calendar.Expr{rec(calendar.GrainMonth, 1, 10), rec(calendar.GrainMonth, 1, 25)},
			[]string{"chậm nhất ngày 10", "25 hằng tháng"}},
		{"báo cáo 31/12 hằng năm", []calendar.Expr{recOn(time.December, 31)}, []string{"31/12 hằng năm"}},
		// The cadence first, then the days.
		{"hằng năm, trước ngày 30/6 và 31/12",
			[]calendar.Expr{recOn(time.June, 30), recOn(time.December, 31)},
			[]string{"hằng năm, trước ngày 30/6", "31/12"}},
		{"định kỳ hằng năm vào ngày 31/3, 30/6, 30/9 và ngày 31/12; đạt 3/5 chỉ tiêu",
			[]calendar.Expr{recOn(time.March, 31), recOn(time.June, 30), recOn(time.September, 30), recOn(time.December, 31)},
			[]string{"định kỳ hằng năm vào ngày 31/3", "30/6", "30/9", "ngày 31/12"}},
		// No cadence after the list: no recurrence, and a bare fraction is
		// no date.
		{"đạt 3/5 chỉ tiêu, 4/5 nhiệm vụ", nil, nil},
		// A day number alone before a cadence is no day rule.
		{"giao 25 hằng tháng", []calendar.Expr{rec(calendar.GrainMonth, 1, 0)}, []string{"hằng tháng"}},
	}
	for _, tt := range tests {
		got, spans := findExprs(t, tt.text, ref)
		if len(got) != len(tt.want) {
			t.Errorf("FindAll(%q) = %v %q; want %d expressions", tt.text, got, spans, len(tt.want))
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] || spans[i] != tt.spans[i] {
				t.Errorf("FindAll(%q)[%d] = %+v %q; want %+v %q", tt.text, i, got[i], spans[i], tt.want[i], tt.spans[i])
			}
		}
	}
}

func TestReportPeriodDay(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	tests := []struct {
		text string
		want []calendar.Expr
	}{
		{"Sở Nội vụ báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).",
			[]calendar.Expr{recOn(time.June, 15), recOn(time.December, 15)}},
		{"báo cáo quý (trước ngày 20 của tháng cuối quý), 6 tháng (trước ngày 20/6) và năm (trước ngày 20/12)",
			[]calendar.Expr{rec(calendar.GrainQuarter, 1, 20), recOn(time.June, 20), recOn(time.December, 20)}},
		{"Báo cáo tháng (trước ngày 25)", []calendar.Expr{rec(calendar.GrainMonth, 1, 25)}},
		{"báo cáo quý (trước ngày 15)", []calendar.Expr{rec(calendar.GrainQuarter, 1, 15)}},
		{"báo cáo 6 tháng (chậm nhất ngày 20)", []calendar.Expr{rec(calendar.GrainMonth, 6, 20)}},
		{"báo cáo kết quả thực hiện 9 tháng (trước ngày 15/9)", []calendar.Expr{recOn(time.September, 15)}},
		// Not a report's period: a one-off deadline.
		{"hoàn thành trong năm (trước ngày 15/12)", []calendar.Expr{deadlineDay(2024, time.December, 15)}},
		{"báo cáo năm (trước ngày 15/12/2024)", []calendar.Expr{deadlineDay(2024, time.December, 15)}},
		{"kế hoạch năm (trước ngày 15/12)", []calendar.Expr{deadlineDay(2024, time.December, 15)}},
		// A month report's day can only be a day of the month.
		{"báo cáo tháng (trước ngày 25/6)", []calendar.Expr{deadlineDay(2024, time.June, 25)}},
	}
	for _, tt := range tests {
		got, spans := findExprs(t, tt.text, ref)
		if len(got) != len(tt.want) {
			t.Errorf("FindAll(%q) = %v %q; want %d expressions", tt.text, got, spans, len(tt.want))
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindAll(%q)[%d] = %+v; want %+v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func deadlineDay(y int, m time.Month, d int) calendar.Expr {
	day := calendar.Date{Year: y, Month: m, Day: d}
	return calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore, Period: calendar.DayPeriod(day)}
}

func TestCadenceList(t *testing.T) {
	ref := calendar.MustParseISODate("2024-01-15")
	q, h, y, m := rec(calendar.GrainQuarter, 1, 0), rec(calendar.GrainMonth, 6, 0), rec(calendar.GrainYear, 1, 0), rec(calendar.GrainMonth, 1, 0)
	runFindCases(t, ref, []findCase{
		{"Sở Nội vụ chủ trì, định kỳ hằng quý, 6 tháng, năm báo cáo UBND tỉnh.",
			[]calendar.Expr{q, h, y}, []string{"định kỳ hằng quý", "6 tháng", "năm"}},
		{"báo cáo hằng tháng, quý và năm", []calendar.Expr{m, q, y}, []string{"hằng tháng", "quý", "năm"}},
		{"định kỳ 6 tháng, hằng năm báo cáo", []calendar.Expr{h, y}, []string{"định kỳ 6 tháng", "hằng năm"}},
		{"hằng quý, sáu tháng hoặc năm", []calendar.Expr{q, h, y}, []string{"hằng quý", "sáu tháng", "năm"}},
		// A unit that names a period is not one more cadence.
		{"hằng quý, năm 2024 tổng kết", []calendar.Expr{q, period(calendar.GrainYear, "2024-01-01", "2024-12-31")}, nil},
		{"hằng tháng, quý I/2024", []calendar.Expr{m, period(calendar.GrainQuarter, "2024-01-01", "2024-03-31")}, nil},
		{"hằng quý, 6 tháng đầu năm 2024", []calendar.Expr{q, period(calendar.GrainHalf, "2024-01-01", "2024-06-30")}, nil},
		{"hằng quý và đột xuất", []calendar.Expr{q, {Kind: calendar.KindEvent}}, nil},
	})
	e, err := calendar.Parse("định kỳ hằng quý, 6 tháng, năm báo cáo", ref)
	if err != nil || e.Kind != calendar.KindRecurrence || e.Recurrence != q.Recurrence {
		t.Errorf("Parse(định kỳ hằng quý, 6 tháng, năm) = %v, %v; want the first, quarterly", e, err)
	}
}

func TestReportDayUnparenthesised(t *testing.T) {
	ref := calendar.MustParseISODate("2024-01-15")
	runFindCases(t, ref, []findCase{
		{"Sở Nội vụ chủ trì, báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12.",
			[]calendar.Expr{recOn(time.June, 15), recOn(time.December, 15)}, []string{"trước ngày 15/6", "trước ngày 15/12"}},
		{"báo cáo 6 tháng trước ngày 15/6 và năm trước ngày 15/12",
			[]calendar.Expr{recOn(time.June, 15), recOn(time.December, 15)}, nil},
		{"báo cáo sơ kết 6 tháng chậm nhất ngày 20/6, tổng kết năm chậm nhất ngày 20/12",
			[]calendar.Expr{recOn(time.June, 20), {Kind: calendar.KindDeadline, Relation: calendar.RelationBy, Period: calendar.DayPeriod(calendar.MustParseISODate("2024-12-20"))}}, nil},
		{"Báo cáo tháng trước ngày 25", []calendar.Expr{rec(calendar.GrainMonth, 1, 25)}, nil},
		{"báo cáo quý trước ngày 20 của tháng cuối quý", []calendar.Expr{rec(calendar.GrainQuarter, 1, 20)}, nil},
		// Not a report's period: one day.
		{"báo cáo UBND tỉnh trước ngày 15/6", []calendar.Expr{deadlineDay(2024, time.June, 15)}, nil},
		{"báo cáo kết quả năm 2023 trước ngày 15/4", []calendar.Expr{period(calendar.GrainYear, "2023-01-01", "2023-12-31"), deadlineDay(2024, time.April, 15)}, nil},
		{"hoàn thành năm trước ngày 15/12", []calendar.Expr{deadlineDay(2024, time.December, 15)}, nil},
		{"báo cáo năm trước ngày 15/12/2024", []calendar.Expr{deadlineDay(2024, time.December, 15)}, nil},
	})
}

// TestLeastFrequency: "định kỳ" with the least frequency written before the
// cadence is one recurrence of that cadence, not a bare "định kỳ" and
// another ("định kỳ tối thiểu 01 tuần/lần").
func TestLeastFrequency(t *testing.T) {
	ref := calendar.MustParseISODate("2024-01-15")
	runFindCases(t, ref, []findCase{
		{"Rà soát định kỳ tối thiểu 01 tuần/lần.", []calendar.Expr{rec(calendar.GrainWeek, 1, 0)}, []string{"định kỳ tối thiểu 01 tuần/lần"}},
		{"Kiểm tra định kỳ ít nhất 6 tháng một lần.", []calendar.Expr{rec(calendar.GrainMonth, 6, 0)}, []string{"định kỳ ít nhất 6 tháng một lần"}},
		{"Kiểm tra định kỳ ít nhất hằng quý.", []calendar.Expr{rec(calendar.GrainQuarter, 1, 0)}, []string{"định kỳ ít nhất hằng quý"}},
		// No cadence after it: the bare "định kỳ" alone.
		{"Kiểm tra định kỳ tối thiểu về an toàn.", []calendar.Expr{{Kind: calendar.KindRecurrence}}, []string{"định kỳ"}},
	})
}
