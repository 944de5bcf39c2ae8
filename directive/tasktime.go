package directive

import (
	"strings"

	"github.com/chidao/chidao/calendar"
)

// governingStrong is governing without the fallback to a date or period:
// the first deadline, offset, recurrence, open start or duty, else the
// first event (a condition says when the work is owed, not by when: "Trường
// hợp còn thiếu, … trong năm 2025" is due in 2025).
func governingStrong(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		switch t.Expr.Kind {
		case calendar.KindDeadline, calendar.KindRelative, calendar.KindRecurrence,
			calendar.KindOpen, calendar.KindOngoing:
			return t
		}
	}
	for _, t := range ts {
		if t.Expr.Kind == calendar.KindEvent {
			return t
		}
	}
	return TimeExpr{}
}

// latestDeadline returns the subtask deadline that falls due last.
func latestDeadline(ts []Task) TimeExpr {
	var best TimeExpr
	var bestDue calendar.Date
	for _, t := range ts {
		d, ok := t.Deadline.Expr.Due()
		if ok && (bestDue == calendar.Date{} || d.After(bestDue)) {
			best, bestDue = t.Deadline, d
		}
	}
	return best
}

// foldedMayHoldPercent reports whether the folded text f may hold a
// percentage target: a "%" or "％" sign, or "tram" of "phần trăm" (which
// also lets "trạm" through; the target finder says no). Text without
// either is not given to the target finder.
func foldedMayHoldPercent(f string) bool {
	return strings.IndexByte(f, '%') >= 0 || strings.Contains(f, "tram") || strings.Contains(f, "％")
}

// inRefs reports whether [a, b) lies inside one of the citations.
func inRefs(refs []Reference, a, b int) bool {
	for _, r := range refs {
		if r.Span.Start <= a && b <= r.Span.End {
			return true
		}
	}
	return false
}

// appendParties appends the parties of b to a, skipping names already
// there.
func appendParties(a, b []Party) []Party {
outer:
	for _, x := range b {
		for _, y := range a {
			if strings.EqualFold(x.Name, y.Name) {
				continue outer
			}
		}
		a = append(a, x)
	}
	return a
}

// asCompletion reads the dates and periods of a time field or column
// ("Thời gian hoàn thành: Quý IV/2025") as deadlines within them: the task
// is to be done by the end of the period named. A span of years ("Năm
// 2025-2030", "2026 - 2030") stays a period: the years the work runs over
// (ANNOTATION.md rule 5: a multi-year span in a time cell is a period).
func asCompletion(ts []TimeExpr) []TimeExpr {
	for i, t := range ts {
		if t.Expr.Kind == calendar.KindPeriod && t.Expr.Period.First.Year != t.Expr.Period.Last.Year && t.Expr.Period.Grain >= calendar.GrainYear {
			continue
		}
		if k := t.Expr.Kind; k == calendar.KindPeriod || k == calendar.KindDate {
			ts[i].Expr.Kind = calendar.KindDeadline
			ts[i].Expr.Relation = calendar.RelationWithin
		}
	}
	return ts
}

// governing picks the expression that governs a task: the first deadline,
// offset, recurrence, open start or duty; else the first event; else the
// first date or period.
func governing(ts []TimeExpr) TimeExpr {
	if t := governingStrong(ts); !t.IsZero() {
		return t
	}
	for _, t := range ts {
		switch t.Expr.Kind {
		case calendar.KindDate, calendar.KindPeriod:
			return t
		}
	}
	return TimeExpr{}
}
