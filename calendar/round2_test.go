package calendar_test

import (
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
		// A monthly cadence with the quarter's last month: only the
		// quarterly day rule is read.
		{"hằng tháng, trước ngày 15 tháng cuối quý", rec(calendar.GrainQuarter, 1, 15)},
	})
	// A quarter named by number or by "này" is one quarter, not a cadence.
	for _, s := range []string{"trước ngày 15 tháng cuối quý này", "trước ngày 20 của tháng cuối quý sau"} {
		if e, err := calendar.Parse(s, ref); err == nil && e.Kind == calendar.KindRecurrence {
			t.Errorf("Parse(%q) = %v; want no recurrence", s, e)
		}
	}
	// The canonical form of a quarterly day names the last month, and
	// reads back.
	e := rec(calendar.GrainQuarter, 1, 20)
	if s := e.String(); s != "trước ngày 20 của tháng cuối quý" {
		t.Errorf("String = %q", s)
	} else if back := calendar.MustParse(s, ref); back.Recurrence != e.Recurrence {
		t.Errorf("Parse(String) = %+v; want %+v", back.Recurrence, e.Recurrence)
	}
}
