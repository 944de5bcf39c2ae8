package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

// Regression tests for the time expressions of real directives that the
// unseen-directive evaluation found misread (report item 13).

type r2case struct {
	text string
	want calendar.Expr // Start and End compared only when End > 0
}

func runR2(t *testing.T, ref calendar.Date, cases []r2case) {
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
	runR2(t, ref, []r2case{
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

// findR2 returns the expressions FindAll finds in text, spans cleared,
// and the text of each span.
func findR2(t *testing.T, text string, ref calendar.Date) ([]calendar.Expr, []string) {
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
		got, spans := findR2(t, tt.text, ref)
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
		got, spans := findR2(t, tt.text, ref)
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

func TestSchoolYearUnread(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	for _, s := range []string{
		"trước khai giảng năm học 2024-2025",
		"trong năm học 2024 - 2025",
		"khóa học 2024-2025",
		"niên khóa 2022-2026",
		"vụ Đông Xuân 2024-2025",
	} {
		if fs := calendar.FindAll(s, ref); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
	// A phase stays a phase.
	for _, s := range []string{"giai đoạn 2024-2025", "năm 2024-2025", "Kế hoạch 2024-2025"} {
		e, err := calendar.Parse(s, ref)
		if err != nil || e.Period.Grain != calendar.GrainYears {
			t.Errorf("Parse(%q) = %v, %v; want a phase", s, e, err)
		}
	}
}

func TestWeekOfMonth(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	d := calendar.MustParseISODate
	week := func(k calendar.Kind, rel calendar.Relation, a, b string) calendar.Expr {
		return calendar.Expr{Kind: k, Relation: rel, Period: calendar.Period{First: d(a), Last: d(b), Grain: calendar.GrainWeek}}
	}
	runR2(t, ref, []r2case{
		{"trong tuần đầu tháng 6/2024", week(calendar.KindDeadline, calendar.RelationWithin, "2024-06-01", "2024-06-07")},
		{"tuần đầu tiên của tháng 6/2024", week(calendar.KindPeriod, 0, "2024-06-01", "2024-06-07")},
		{"tuần thứ hai của tháng 6/2024", week(calendar.KindPeriod, 0, "2024-06-08", "2024-06-14")},
		{"tuần thứ 3 tháng 6/2024", week(calendar.KindPeriod, 0, "2024-06-15", "2024-06-21")},
		{"tuần thứ tư tháng 6/2024", week(calendar.KindPeriod, 0, "2024-06-22", "2024-06-28")},
		{"trước tuần cuối tháng 6", week(calendar.KindDeadline, calendar.RelationBefore, "2024-06-24", "2024-06-30")},
		{"trong tuần cuối cùng của tháng 02/2024", week(calendar.KindDeadline, calendar.RelationWithin, "2024-02-23", "2024-02-29")},
		{"tuần đầu năm 2025", week(calendar.KindPeriod, 0, "2025-01-01", "2025-01-07")},
		{"trong tuần cuối năm 2024", week(calendar.KindDeadline, calendar.RelationWithin, "2024-12-25", "2024-12-31")},
	})
	// This week and the next, Monday to Sunday, from ref (a Tuesday).
	runR2(t, ref, []r2case{
		{"báo cáo trong tuần này", week(calendar.KindDeadline, calendar.RelationWithin, "2024-03-04", "2024-03-10")},
		{"trước tuần sau", week(calendar.KindDeadline, calendar.RelationBefore, "2024-03-11", "2024-03-17")},
		{"trong tuần tới", week(calendar.KindDeadline, calendar.RelationWithin, "2024-03-11", "2024-03-17")},
		{"tuần tiếp theo", week(calendar.KindPeriod, 0, "2024-03-11", "2024-03-17")},
		{"tuần từ ngày 30/12/2024 đến ngày 05/01/2025", week(calendar.KindPeriod, 0, "2024-12-30", "2025-01-05")},
	})
	// Due dates, and the canonical form read back.
	for _, tt := range []struct{ text, due, canon string }{
		{"trong tuần đầu tháng 6/2024", "2024-06-07", "trong tuần đầu tháng 6/2024"},
		{"trước tuần cuối tháng 6", "2024-06-23", "trước tuần cuối tháng 6/2024"},
		{"trong tuần thứ hai của tháng 6/2024", "2024-06-14", "trong tuần thứ hai của tháng 6/2024"},
		{"trong tuần này", "2024-03-10", "trong tuần từ ngày 04/3/2024 đến ngày 10/3/2024"},
	} {
		e := calendar.MustParse(tt.text, ref)
		if due, ok := e.Due(); !ok || due != d(tt.due) {
			t.Errorf("Parse(%q).Due() = %v, %v; want %s", tt.text, due, ok, tt.due)
		}
		if s := e.String(); s != tt.canon {
			t.Errorf("Parse(%q).String() = %q; want %q", tt.text, s, tt.canon)
		} else if back := calendar.MustParse(s, ref); back.Period != e.Period || back.Kind != e.Kind {
			t.Errorf("Parse(%q) = %+v; want %+v", s, back, e)
		}
	}
	// No month or year named, or no week part: nothing.
	for _, s := range []string{"trong tuần", "tuần đầu", "tuần sau khi có kết quả"} {
		if fs := calendar.FindAll(s, ref); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
}

func TestFestivals(t *testing.T) {
	d := calendar.MustParseISODate
	tests := []struct {
		text, ref string
		first     string
		last      string
		due       string // "" when the expression is no deadline
	}{
		{"trước Tết Nguyên đán Ất Tỵ năm 2025", "2024-03-05", "2025-01-29", "2025-01-31", "2025-01-28"},
		{"trước Tết Nguyên đán", "2024-03-05", "2025-01-29", "2025-01-31", "2025-01-28"},
		{"trước Tết Nguyên đán", "2024-01-10", "2024-02-10", "2024-02-12", "2024-02-09"},
		{"trước dịp Tết Âm lịch", "2024-01-10", "2024-02-10", "2024-02-12", "2024-02-09"},
		{"trước Tết cổ truyền Giáp Thìn", "2023-11-01", "2024-02-10", "2024-02-12", "2024-02-09"},
		{"chậm nhất trước Tết Quý Mão", "2022-10-01", "2023-01-22", "2023-01-24", "2023-01-21"},
		{"trong dịp Tết Nguyên đán 2026", "2025-10-01", "2026-02-17", "2026-02-19", "2026-02-19"},
		{"trước Tết Dương lịch 2025", "2024-11-01", "2025-01-01", "2025-01-01", "2025-01-01"},
		{"trước Tết Trung thu năm 2024", "2024-03-05", "2024-09-17", "2024-09-17", "2024-09-17"},
		{"Tết Nguyên đán Ất Tỵ 2025", "2024-03-05", "2025-01-29", "2025-01-31", ""},
	}
	for _, tt := range tests {
		e, err := calendar.Parse(tt.text, d(tt.ref))
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if e.Period.First != d(tt.first) || e.Period.Last != d(tt.last) {
			t.Errorf("Parse(%q) period = %v; want %s..%s", tt.text, e.Period, tt.first, tt.last)
		}
		due, ok := e.Due()
		if tt.due == "" {
			if ok || e.Kind != calendar.KindPeriod {
				t.Errorf("Parse(%q) = %v; want a period", tt.text, e)
			}
		} else if !ok || due != d(tt.due) {
			t.Errorf("Parse(%q).Due() = %v, %v; want %s", tt.text, due, ok, tt.due)
		}
		// The canonical form reads back.
		if back, err := calendar.Parse(e.String(), d(tt.ref)); err != nil || back.Period != e.Period || back.Kind != e.Kind {
			t.Errorf("Parse(%q) (String of %q) = %v, %v; want %v", e.String(), tt.text, back, err, e)
		}
	}
	// A can-chi name that contradicts the year is an error; a festival in
	// running text needs its year.
	if _, err := calendar.Parse("trước Tết Ất Tỵ năm 2024", d("2024-03-05")); err == nil || errors.Is(err, calendar.ErrNoExpression) {
		t.Errorf("Parse(Tết Ất Tỵ năm 2024): %v; want a date error", err)
	}
	for _, s := range []string{"chăm lo Tết cho hộ nghèo", "không khí Tết Nguyên đán", "sau Tết"} {
		if fs := calendar.FindAll(s, d("2024-03-05")); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
}

func TestNextYearPart(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	d := calendar.MustParseISODate
	for _, tt := range []struct{ text, due string }{
		{"trước ngày 31/3 năm sau", "2025-03-31"},
		{"trước ngày 31 tháng 3 năm sau liền kề", "2025-03-31"},
		{"chậm nhất ngày 15/01 năm kế tiếp", "2025-01-15"},
		{"trong tháng 6 năm tới", "2025-06-30"},
		{"trong quý II năm tiếp theo", "2025-06-30"},
		{"trước ngày 31/3", "2024-03-31"},
	} {
		e, err := calendar.Parse(tt.text, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if due, ok := e.Due(); !ok || due != d(tt.due) {
			t.Errorf("Parse(%q).Due() = %v, %v; want %s", tt.text, due, ok, tt.due)
		}
	}
	// "năm sau khi …" is no year.
	if e, err := calendar.Parse("trước ngày 15/12 năm sau khi được giao", ref); err != nil || e.Kind != calendar.KindDeadline || e.Period.First != d("2024-12-15") {
		t.Errorf("Parse(… năm sau khi …) = %v, %v", e, err)
	}
}

// TestParseAllocsRound2 keeps Parse allocation-free on the new forms.
func TestParseAllocsRound2(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	for _, s := range []string{
		"báo cáo hằng tháng (trước ngày 25)",
		"hằng quý, trước ngày 15 tháng cuối quý",
		"trước ngày 30/6 và 31/12 hằng năm",
		"báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)",
		"định kỳ 6 tháng (trước ngày 15/6 và 15/12)",
		"trước Tết Nguyên đán Ất Tỵ năm 2025",
		"trong tuần đầu tháng 6/2024",
		"trước ngày 20 của tháng cuối quý III/2024",
	} {
		if n := testing.AllocsPerRun(100, func() { calendar.Parse(s, ref) }); n > 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, n)
		}
	}
}
