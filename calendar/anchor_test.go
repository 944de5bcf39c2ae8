package calendar_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestSchoolYear pins the reading of a school year, whose days the spec
// does not give: the usual months (September to May, or three of them for
// its đầu, giữa and cuối) as a partial expression with WarningSchoolYear,
// never the calendar years and never nothing; other seasons across two
// years stay unread, and a phase stays a phase.
func TestSchoolYear(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	d := calendar.MustParseISODate
	for _, tt := range []struct {
		text     string
		kind     calendar.Kind
		from, to string
		canon    string
	}{
		{"năm học 2024-2025", calendar.KindPeriod, "2024-09-01", "2025-05-31", "năm học 2024-2025"},
		{"trong năm học 2024 - 2025", calendar.KindDeadline, "2024-09-01", "2025-05-31", "trong năm học 2024-2025"},
		{"đầu năm học 2025-2026", calendar.KindPeriod, "2025-09-01", "2025-11-30", "đầu năm học 2025-2026"},
		{"giữa năm học 2025-2026", calendar.KindPeriod, "2025-12-01", "2026-02-28", "giữa năm học 2025-2026"},
		{"cuối năm học 2024-2025", calendar.KindPeriod, "2025-03-01", "2025-05-31", "cuối năm học 2024-2025"},
		// Without its years: the one in progress at ref (from June, the
		// next one); a deadline, the next not yet over.
		{"đầu năm học", calendar.KindPeriod, "2023-09-01", "2023-11-30", "đầu năm học 2023-2024"},
		{"trước đầu năm học", calendar.KindDeadline, "2024-09-01", "2024-11-30", "trước đầu năm học 2024-2025"},
	} {
		e, err := calendar.Parse(tt.text, ref)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if e.Kind != tt.kind || e.Period.First != d(tt.from) || e.Period.Last != d(tt.to) || e.Warning != calendar.WarningSchoolYear {
			t.Errorf("Parse(%q) = %v %v %v; want %v %s..%s with a school-year warning", tt.text, e.Kind, e.Period, e.Warning, tt.kind, tt.from, tt.to)
		}
		if s := e.String(); s != tt.canon {
			t.Errorf("Parse(%q).String() = %q; want %q", tt.text, s, tt.canon)
		} else if back := calendar.MustParse(s, ref); back.Period != e.Period || back.Kind != e.Kind || back.Warning != e.Warning {
			t.Errorf("Parse(%q) = %+v; want %+v", s, back, e)
		}
	}
	if _, err := calendar.Parse("năm học 2024-2026", ref); err == nil || errors.Is(err, calendar.ErrNoExpression) {
		t.Errorf("Parse(năm học 2024-2026): %v; want an error", err)
	}
	for _, s := range []string{"chất lượng năm học", "khóa học 2024-2025", "niên khóa 2022-2026", "vụ Đông Xuân 2024-2025"} {
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
	runParseCases(t, ref, []parseCase{
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
	runParseCases(t, ref, []parseCase{
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
	for _, s := range []string{"trong tuần", "tuần đầu"} {
		if fs := calendar.FindAll(s, ref); len(fs) != 0 {
			t.Errorf("FindAll(%q) = %+v; want nothing", s, fs)
		}
	}
	// "tuần sau khi …" is no next week: "sau khi có kết quả" is the event
	// the week follows.
	const after = "tuần sau khi có kết quả"
	if fs := calendar.FindAll(after, ref); len(fs) != 1 || fs[0].Expr.Kind != calendar.KindEvent || after[fs[0].Expr.Start:fs[0].Expr.End] != "sau khi có kết quả" {
		t.Errorf("FindAll(%q) = %+v; want the event \"sau khi có kết quả\" only", after, fs)
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
