package calendar

import "strconv"

// Counting legal periods, after the Civil Code 2015 (Bộ luật Dân sự
// 91/2015/QH13), Chapter X "Thời hạn":
//
//   - Art. 144: a period may be set in minutes, hours, days, weeks, months,
//     years or by an event; Art. 145: it is counted in the solar calendar
//     unless agreed or provided otherwise.
//   - Art. 146(1): where the days of a period are not continuous, half a year
//     is six months (used here for GrainHalf), a month thirty days, a week
//     seven days.
//   - Art. 147(1)–(2): when a period is set in days, weeks, months or years,
//     or starts with an event, the first day (the day of the event) is not
//     counted; counting starts the next day.
//   - Art. 148(1)–(4): a period in days ends at the end of its last day; in
//     weeks, on the same weekday of the last week; in months, on the same day
//     number of the last month, or on that month's last day when it has no
//     such day; in years, on the same day and month of the last year.
//   - Art. 148(5): when the last day is a weekly rest day or a public
//     holiday, the period ends at the end of the next working day.
//
// Periods in working days ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp
// lệ", as administrative-procedure rules write them) count only the working
// days of the Calendar after the event day; their last day is a working day
// by construction.

// A legalError is an error of deadline counting that callers may test for
// with errors.Is.
type legalError string

// Error returns the message.
func (e legalError) Error() string { return string(e) }

// Errors of PeriodEnd and ResolveRelative that callers may branch on.
const (
	// ErrNoEventDate: the expression counts from an event whose date is not
	// known ("kể từ ngày nhận đủ hồ sơ" with no receipt date given).
	ErrNoEventDate = legalError("calendar: the date of the event the period counts from is not known")
	// ErrNotRelative: the expression is not an offset from an event.
	ErrNotRelative = legalError("calendar: not a relative time expression")
)

// PeriodEnd returns the last day of a period of o counted from the event on
// day event, by the Civil Code 2015, Art. 147–148: the event day is not
// counted; days and weeks add 1 and 7 days each; months, quarters (3 months),
// halves (6 months, Art. 146) and years land on the same day number, clamped
// to the end of a shorter month; and a last day that is not a working day of
// c moves to the next working day. A working-day offset (o.Working, unit
// GrainDay) counts o.N working days of c after the event day.
//
// 30 days from Friday 2024-03-29 end on Sunday 2024-04-28, moved to Thursday
// 2024-05-02 by the 2024 holidays; 03 working days from Friday 2024-04-26
// end on Saturday 2024-05-04, a worked Saturday. It fails for an invalid
// event day, a negative N, or a unit other than those above.
func (c Calendar) PeriodEnd(event Date, o Offset) (Date, error) {
	if !event.IsValid() {
		if event == (Date{}) {
			return Date{}, ErrNoEventDate
		}
		return Date{}, legalError("calendar: invalid event date " + strconv.Itoa(event.Year) + "-" + strconv.Itoa(int(event.Month)) + "-" + strconv.Itoa(event.Day))
	}
	if o.N < 0 {
		return Date{}, legalError("calendar: negative period of " + strconv.Itoa(o.N) + " " + o.Unit.String())
	}
	if o.Working {
		if o.Unit != GrainDay {
			return Date{}, legalError("calendar: a working-day period must be counted in days, not " + o.Unit.String())
		}
		if o.N == 0 {
			return c.WorkdayOnOrAfter(event), nil
		}
		return c.AddWorkdays(event, o.N), nil
	}
	var last Date
	switch o.Unit {
	case GrainDay:
		last = event.AddDays(o.N)
	case GrainWeek:
		last = event.AddDays(7 * o.N)
	case GrainMonth:
		last = event.AddMonths(o.N)
	case GrainQuarter:
		last = event.AddMonths(3 * o.N)
	case GrainHalf:
		last = event.AddMonths(6 * o.N)
	case GrainYear:
		last = event.AddYears(o.N)
	default:
		return Date{}, legalError("calendar: cannot count a period in unit " + strconv.Quote(o.Unit.String()))
	}
	if !last.IsValid() {
		return Date{}, legalError("calendar: period ends outside the years 1–9999")
	}
	return c.WorkdayOnOrAfter(last), nil
}

// ResolveRelative returns the due date of a relative expression (Kind
// KindRelative, as Parse returns for "trong thời hạn 05 ngày làm việc kể từ
// ngày nhận đủ hồ sơ hợp lệ"): the end of its Offset counted from event by
// PeriodEnd. When event is the zero Date the expression's own event day is
// used (Period.First, set by the parser when the offset counts from the
// signing date); when neither is known it returns ErrNoEventDate.
func (c Calendar) ResolveRelative(e Expr, event Date) (Date, error) {
	if e.Kind != KindRelative {
		return Date{}, ErrNotRelative
	}
	if event == (Date{}) {
		event = e.Period.First
	}
	return c.PeriodEnd(event, e.Offset)
}
