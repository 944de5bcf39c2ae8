package calendar

import (
	"strconv"
	"time"
)

// This file builds expressions from dates, for services that know a
// deadline as a date rather than as Vietnamese text: a task due on
// 2024-06-30 is Deadline(d, RelationBefore), whose String is "trước ngày
// 30/6/2024". The constructors do not fail; CheckExpr says whether what
// they were given makes an expression a parse could give.

// DateExpr returns the expression of day d (KindDate): "ngày 05 tháng 7
// năm 2024".
func DateExpr(d Date) Expr {
	return Expr{Kind: KindDate, Period: DayPeriod(d)}
}

// PeriodExpr returns the expression of period p (KindPeriod): "quý
// III/2024" for QuarterPeriod(2024, 3).
func PeriodExpr(p Period) Expr {
	return Expr{Kind: KindPeriod, Period: p}
}

// Deadline returns a deadline anchored on day d (KindDeadline):
// Deadline(d, RelationBefore) is "trước ngày 30/6/2024" and
// Deadline(d, RelationBy) "chậm nhất ngày 30/6/2024", both due d under the
// default policy.
func Deadline(d Date, r Relation) Expr {
	return Expr{Kind: KindDeadline, Relation: r, Period: DayPeriod(d)}
}

// PeriodDeadline returns a deadline anchored on period p (KindDeadline):
// PeriodDeadline(MonthPeriod(2024, 6), RelationBefore) is "trước tháng
// 6/2024", due 2024-05-31; PeriodDeadline(YearPeriod(2025),
// RelationWithin) is "trong năm 2025", due 2025-12-31.
func PeriodDeadline(p Period, r Relation) Expr {
	return Expr{Kind: KindDeadline, Relation: r, Period: p}
}

// Recurring returns the recurrence r (KindRecurrence):
// Recurring(Recurrence{Every: GrainMonth, Interval: 1, DayOfPeriod: 15})
// is "trước ngày 15 hằng tháng".
func Recurring(r Recurrence) Expr {
	return Expr{Kind: KindRecurrence, Recurrence: r}
}

// Ongoing returns the continuous duty "thường xuyên" (KindOngoing).
func Ongoing() Expr { return Expr{Kind: KindOngoing} }

// OnEvent returns the duty triggered by an event, "khi có yêu cầu"
// (KindEvent).
func OnEvent() Expr { return Expr{Kind: KindEvent} }

// OpenFrom returns the open span from the start of p on (KindOpen):
// OpenFrom(YearPeriod(2025)) is "từ năm 2025 trở đi".
func OpenFrom(p Period) Expr {
	return Expr{Kind: KindOpen, Period: Period{First: p.First, Grain: p.Grain}}
}

// Relative returns the offset o counted from the event day event
// (KindRelative): Relative(Offset{N: 30, Unit: GrainDay, From:
// EventSigning}, signed) is "trong vòng 30 ngày kể từ ngày ký". A zero
// event leaves the day to the caller (directive.StatusOptions.Issued).
func Relative(o Offset, event Date) Expr {
	return Expr{Kind: KindRelative, Offset: o, Period: Period{First: event}}
}

// An ExprError reports an expression that no text could give, such as one
// built by hand from a date out of range.
type ExprError struct {
	// Kind is the kind of the expression.
	Kind Kind
	// Field names the field at fault ("period", "relation", …).
	Field string
	// Msg says what is wrong with it.
	Msg string
}

// Error returns "calendar: deadline expression: relation: want one of …".
func (e *ExprError) Error() string {
	k := e.Kind.String()
	if k == "" {
		k = "unknown"
	}
	return "calendar: " + k + " expression: " + e.Field + ": " + e.Msg
}

// CheckExpr returns nil when e is an expression a parse could give, and an
// *ExprError naming the first field at fault otherwise: a kind that is
// unknown, a date that does not exist (2024-02-30), a period that ends
// before it starts, a deadline without a relation, a recurrence without a
// cadence or with a day outside its period, an offset without a unit.
func CheckExpr(e Expr) error {
	bad := func(field, msg string) error { return &ExprError{Kind: e.Kind, Field: field, Msg: msg} }
	show := func(d Date) string {
		if d == (Date{}) {
			return "(none)"
		}
		if d.IsValid() {
			return d.String()
		}
		return strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day)
	}
	if e.Time.Set && (e.Time.Hour > 23 || e.Time.Minute > 59) {
		return bad("time", "time of day "+strconv.Itoa(int(e.Time.Hour))+":"+strconv.Itoa(int(e.Time.Minute))+" out of range")
	}
	closed := func() error {
		p := e.Period
		if !p.First.IsValid() {
			return bad("period", "first day "+show(p.First)+" is not a valid date")
		}
		if !p.Last.IsValid() {
			return bad("period", "last day "+show(p.Last)+" is not a valid date")
		}
		if p.Last.Before(p.First) {
			return bad("period", "last day "+show(p.Last)+" is before the first "+show(p.First))
		}
		if p.Grain == GrainUnknown || p.Grain > GrainYears {
			return bad("period", "grain unknown")
		}
		return nil
	}
	switch e.Kind {
	case KindDate:
		if err := closed(); err != nil {
			return err
		}
		if e.Period.First != e.Period.Last {
			return bad("period", "a date is one day, not "+e.Period.String())
		}
	case KindPeriod, KindPartial:
		return closed()
	case KindDeadline:
		if e.Relation == RelationNone || e.Relation > RelationUntil {
			return bad("relation", "want one of before, by, within, until")
		}
		return closed()
	case KindRecurrence:
		r := e.Recurrence
		if r.Every == GrainUnknown || r.Every > GrainYear {
			return bad("every", "want day, week, month, quarter, half or year")
		}
		if r.Interval < 1 {
			return bad("interval", "want 1 or more, got "+strconv.Itoa(r.Interval))
		}
		maxDay := 31
		if r.Every == GrainWeek {
			maxDay = 7
		}
		if r.DayOfPeriod < 0 || r.DayOfPeriod > maxDay || r.Every == GrainDay && r.DayOfPeriod != 0 {
			return bad("day_of_period", "day "+strconv.Itoa(r.DayOfPeriod)+" out of range for a "+r.Every.String()+" cadence")
		}
		if r.On != (Date{}) {
			if r.Every != GrainYear || r.On.Year != 0 || r.On.Month < time.January || r.On.Month > time.December ||
				r.On.Day < 1 || r.On.Day > DaysIn(2024, r.On.Month) {
				return bad("on", "want a month and day of a yearly cadence")
			}
		}
	case KindOngoing, KindEvent:
	case KindOpen:
		if !e.Period.First.IsValid() {
			return bad("period", "first day "+show(e.Period.First)+" is not a valid date")
		}
		if e.Period.Last != (Date{}) {
			return bad("period", "an open span has no last day")
		}
	case KindRelative:
		o := e.Offset
		switch o.Unit {
		case GrainDay, GrainWeek, GrainMonth, GrainYear:
		default:
			return bad("offset", "want a unit of day, week, month or year")
		}
		if o.N < 0 {
			return bad("offset", "negative count "+strconv.Itoa(o.N))
		}
		if o.Working && o.Unit != GrainDay {
			return bad("offset", "working days are counted in days")
		}
		if e.Period.First != (Date{}) && !e.Period.First.IsValid() {
			return bad("period", "event day "+show(e.Period.First)+" is not a valid date")
		}
	default:
		return bad("kind", "unknown kind")
	}
	return nil
}
