package directive

import (
	"fmt"
	"slices"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
)

// A Status is where a task stands as of a date, as the Government's
// task-tracking reports count it. It is derived — never stored — from the
// due date, the completion date if any, and the as-of date; see StatusAt.
// The zero Status is StatusUnknown.
type Status uint8

// The task statuses.
const (
	StatusUnknown    Status = iota
	StatusDoneOnTime        // đã hoàn thành đúng hạn: completed on or before the due date
	StatusDoneLate          // đã hoàn thành quá hạn: completed after the due date
	StatusInProgress        // đang thực hiện trong hạn: not completed, due date not passed
	StatusOverdue           // đang thực hiện quá hạn: not completed, due date passed
	StatusNoDeadline        // nhiệm vụ thường xuyên, không có thời hạn: not completed, no due date
	statusEnd
)

var statusNames = [...]string{"", "đã hoàn thành đúng hạn", "đã hoàn thành quá hạn", "đang thực hiện trong hạn",
	"đang thực hiện quá hạn", "không có thời hạn"}

var statusKeys = [...]string{"", "done_on_time", "done_late", "in_progress", "overdue", "no_deadline"}

// String returns the Vietnamese name of s, as tracking reports write it
// ("đã hoàn thành đúng hạn"), or "" for StatusUnknown.
func (s Status) String() string {
	if s < statusEnd {
		return statusNames[s]
	}
	return ""
}

// Key returns the stable machine key of s: "done_on_time", "done_late",
// "in_progress", "overdue", "no_deadline", or "" for StatusUnknown.
func (s Status) Key() string {
	if s < statusEnd {
		return statusKeys[s]
	}
	return ""
}

// IsDone reports whether s is a completed status.
func (s Status) IsDone() bool { return s == StatusDoneOnTime || s == StatusDoneLate }

// MarshalText implements encoding.TextMarshaler with Key.
func (s Status) MarshalText() ([]byte, error) {
	if s >= statusEnd {
		return nil, fmt.Errorf("directive: invalid Status %d", s)
	}
	return []byte(s.Key()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it takes the keys of
// Key and the Vietnamese names of String.
func (s *Status) UnmarshalText(b []byte) error {
	for i := Status(0); i < statusEnd; i++ {
		if string(b) == statusKeys[i] || string(b) == statusNames[i] {
			*s = i
			return nil
		}
	}
	return fmt.Errorf("directive: unknown status %q", b)
}

// StatusAt returns the status as of asOf of a task (or one occurrence of a
// recurring task) due on due and completed on completed. A zero due means
// no deadline; a zero completed, or a completion after asOf, means not
// completed as of asOf. The due day itself is on time: completed on the due
// day is StatusDoneOnTime, and on the due day an open task is still
// StatusInProgress. A task with no deadline that is completed is
// StatusDoneOnTime.
func StatusAt(due, completed, asOf calendar.Date) Status {
	if completed != (calendar.Date{}) && !completed.After(asOf) {
		if due == (calendar.Date{}) || !completed.After(due) {
			return StatusDoneOnTime
		}
		return StatusDoneLate
	}
	if due == (calendar.Date{}) {
		return StatusNoDeadline
	}
	if asOf.After(due) {
		return StatusOverdue
	}
	return StatusInProgress
}

// DefaultDueSoon is the "due soon" window, in calendar days, used when
// StatusOptions.DueSoonDays is zero.
const DefaultDueSoon = 7

// StatusOptions are the choices of status and report computations. A nil
// *StatusOptions, or the zero value, means the defaults.
type StatusOptions struct {
	// Calendar is the working calendar for working-day deadlines ("05 ngày
	// làm việc") and for ShiftToWorkday. The zero Calendar is the official
	// civil-service calendar (calendar.Official).
	Calendar calendar.Calendar

	// Policy is the deadline policy (the zero Policy: the named day counts
	// as on time; "before" a longer period means before it starts).
	Policy calendar.Policy

	// DueSoonDays is the "due soon" window: an open task due within this
	// many calendar days after the as-of date (the as-of day included) is
	// due soon. Zero means DefaultDueSoon; a negative value turns the flag
	// off.
	DueSoonDays int

	// ShiftToWorkday moves a due day that falls on a weekly rest day or a
	// public holiday to the next working day (Civil Code 2015, Art. 148(5)).
	// Off by default: administrative practice counts the named day.
	ShiftToWorkday bool

	// Issued is the signing date that relative offsets counted from
	// signing ("trong 30 ngày kể từ ngày ký") start from when the
	// expression does not carry it. Zero when unknown.
	Issued calendar.Date

	// Agency, for NewReport only, restricts the report to the tasks that
	// the agencies it names lead or cooperate on. It is read by
	// agency.Registry.Select in the directive's locality: an agency ID
	// ("hp.so-tttt"), a name or abbreviation the registry resolves ("Sở
	// TT&TT"), or words of a name compared ignoring case and diacritics
	// ("so tu phap" selects "Sở Tư pháp", "công an" every police body).
	// Empty means every task; a query with no letter or digit is an error.
	Agency string

	// Registry reads the Agency filter; nil means agency.Default().
	Registry *agency.Registry

	// Locality is the provincial people's committee in which the Agency
	// filter reads relative names ("Công an thành phố"). When empty it is
	// the locality of the directive's issuer, if the registry knows it.
	Locality agency.ID
}

func (o *StatusOptions) orDefault() StatusOptions {
	if o == nil {
		return StatusOptions{}
	}
	return *o
}

// DueSoon reports whether an open task due on due is due soon as of asOf:
// due falls within the window of o (asOf ≤ due ≤ asOf + window days).
func (o *StatusOptions) DueSoon(due, asOf calendar.Date) bool {
	w := o.orDefault().DueSoonDays
	if w == 0 {
		w = DefaultDueSoon
	}
	if w < 0 || due == (calendar.Date{}) {
		return false
	}
	n := due.DaysSince(asOf)
	return n >= 0 && n <= w
}

// Due returns the day a time expression makes a task due, and whether it
// has one:
//
//   - a deadline: by the policy ("trước ngày 30/6/2024" → 2024-06-30,
//     "trước tháng 6/2024" → 2024-05-31, "trong năm 2025" → 2025-12-31);
//   - a relative offset from signing: counted from the expression's event
//     day or o.Issued, in working days of o.Calendar when the offset says
//     so ("05 ngày làm việc");
//   - a date or a period (a task "vào ngày 15/3", "Quý III/2024"): its last
//     day.
//
// Recurrences, ongoing and event-driven duties, open starts and partial
// dates have no single due day (see Occurrences for recurrences). With
// ShiftToWorkday a due day on a rest day moves to the next working day.
func (o *StatusOptions) Due(e calendar.Expr) (calendar.Date, bool) {
	opt := o.orDefault()
	var d calendar.Date
	var ok bool
	switch e.Kind {
	case calendar.KindDeadline:
		d, ok = opt.Policy.Due(e)
	case calendar.KindRelative:
		from := e.Period.First
		if from == (calendar.Date{}) && (e.Offset.From == calendar.EventSigning || e.Offset.From == calendar.EventUnknown) {
			from = opt.Issued
		}
		if !from.IsValid() {
			return calendar.Date{}, false
		}
		if e.Offset.Working && e.Offset.Unit == calendar.GrainDay {
			d = opt.Calendar.AddWorkdays(from, e.Offset.N)
			ok = d.IsValid()
		} else {
			d, ok = e.Offset.Apply(from)
		}
	case calendar.KindDate, calendar.KindPeriod:
		d, ok = e.Period.Last, e.Period.Last.IsValid()
	}
	if !ok {
		return calendar.Date{}, false
	}
	if opt.ShiftToWorkday {
		if w := opt.Calendar.WorkdayOnOrAfter(d); w.IsValid() {
			d = w
		}
	}
	return d, true
}

// An Occurrence is one round of a recurring task ("báo cáo hằng tháng"):
// the period it covers and the day it falls due.
type Occurrence struct {
	Period calendar.Period
	Due    calendar.Date
}

// Occurrences returns the rounds of recurrence r whose due days fall within
// [from, to], in order. Each round covers one period of the cadence,
// aligned to the calendar (months, quarters and halves from January, weeks
// from Monday; a multi-year cadence from January of from's year; a day
// cadence from from), and is due:
//
//   - on its named day when the cadence names one: the day of the month
//     (clamped to the month's end) for monthly cadences, the ISO weekday for
//     weekly ones, On for yearly ones, the day of the period's last month
//     for quarterly and half-yearly ones;
//   - otherwise on the last day of its period.
//
// With ShiftToWorkday each due day moves off rest days. At most 10,000
// rounds are returned.
func (o *StatusOptions) Occurrences(r calendar.Recurrence, from, to calendar.Date) []Occurrence {
	if !from.IsValid() || !to.IsValid() || to.Before(from) {
		return nil
	}
	opt := o.orDefault()
	n := r.Interval
	if n <= 0 {
		n = 1
	}
	var out []Occurrence
	add := func(p calendar.Period, due calendar.Date) bool {
		if opt.ShiftToWorkday {
			if w := opt.Calendar.WorkdayOnOrAfter(due); w.IsValid() {
				due = w
			}
		}
		if due.After(to) {
			return false
		}
		if !due.Before(from) {
			out = append(out, Occurrence{p, due})
		}
		return len(out) < 10000
	}
	switch r.Every {
	case calendar.GrainDay:
		for d := from; ; d = d.AddDays(n) {
			if !add(calendar.Period{First: d, Last: d.AddDays(n - 1), Grain: calendar.GrainDay}, d.AddDays(n-1)) {
				break
			}
		}
	case calendar.GrainWeek:
		start := from.AddDays(-int(isoWeekday(from) - 1)) // Monday of from's week
		start = start.AddDays(-7 * n)
		for w := start; ; w = w.AddDays(7 * n) {
			p := calendar.Period{First: w, Last: w.AddDays(7*n - 1), Grain: calendar.GrainWeek}
			due := p.Last
			if r.DayOfPeriod >= 1 && r.DayOfPeriod <= 7 {
				due = p.Last.AddDays(-6 + r.DayOfPeriod - 1)
			}
			if !add(p, due) {
				break
			}
		}
	case calendar.GrainMonth, calendar.GrainQuarter, calendar.GrainHalf, calendar.GrainYear:
		months := n * grainMonths(r.Every)
		// Rounds are aligned to January of from's year, one year earlier so
		// that a round due in from's year but starting before it is seen.
		first := calendar.Date{Year: from.Year - 1, Month: time.January, Day: 1}
		if months > 12 {
			// A multi-year cadence counts from the start of from's year.
			first = calendar.Date{Year: from.Year, Month: time.January, Day: 1}
		}
		for m := first; ; m = m.AddMonths(months) {
			last := m.AddMonths(months).AddDays(-1)
			p := calendar.Period{First: m, Last: last, Grain: periodGrain(months)}
			due := last
			switch {
			case r.Every == calendar.GrainYear && r.On.Month != 0 && months == 12:
				due = calendar.Date{Year: m.Year, Month: r.On.Month, Day: min(r.On.Day, calendar.DaysIn(m.Year, r.On.Month))}
			case r.DayOfPeriod >= 1 && r.DayOfPeriod <= 31:
				due = calendar.Date{Year: last.Year, Month: last.Month, Day: min(r.DayOfPeriod, calendar.DaysIn(last.Year, last.Month))}
			}
			if !add(p, due) {
				break
			}
		}
	}
	return out
}

func grainMonths(g calendar.Grain) int {
	switch g {
	case calendar.GrainQuarter:
		return 3
	case calendar.GrainHalf:
		return 6
	case calendar.GrainYear:
		return 12
	}
	return 1
}

func periodGrain(months int) calendar.Grain {
	switch months {
	case 1:
		return calendar.GrainMonth
	case 3:
		return calendar.GrainQuarter
	case 6:
		return calendar.GrainHalf
	case 12:
		return calendar.GrainYear
	}
	if months > 12 {
		return calendar.GrainYears
	}
	return calendar.GrainMonth
}

// isoWeekday returns the ISO weekday of d: Monday = 1 … Sunday = 7.
func isoWeekday(d calendar.Date) int {
	w := int(d.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// A TaskState is a task's standing as of a date: its status, the due day
// that decides it, and for a recurring task each round.
type TaskState struct {
	Status Status
	// Due is the due day that decides the status: the task's due day; for
	// a recurring task the earliest round missed, else the next round. Zero
	// when the task has none.
	Due calendar.Date
	// Completed is the completion day counted (on or before the as-of
	// date), zero when open.
	Completed calendar.Date
	// DueSoon is set for an open task due within the window.
	DueSoon bool
	// DaysLate is the number of days past due: as of the as-of date for an
	// overdue task, at completion for a task done late; 0 otherwise.
	DaysLate int
	// Rounds are the rounds of a recurring task due up to the as-of date,
	// and the next one; nil for a task that does not recur.
	Rounds []RoundState
}

// A RoundState is one round of a recurring task as of a date.
type RoundState struct {
	Occurrence
	Completed calendar.Date
	Status    Status
}

// State returns the standing as of asOf of a task governed by deadline,
// completed on the days in completions (in any order; days after asOf are
// not yet known and are ignored).
//
// A one-off task counts its earliest completion. A recurring task has
// rounds from o.Issued (or, when unknown, from January of asOf's year) to
// asOf and the next round after it; its completions fill the rounds in
// order (the first completion completes the first round). It is overdue
// while a round that has come due is not completed, and otherwise in
// progress toward its next round.
func (o *StatusOptions) State(deadline calendar.Expr, completions []calendar.Date, asOf calendar.Date) TaskState {
	done := sortedDone(completions, asOf)
	if deadline.Kind == calendar.KindRecurrence {
		return o.recurringState(deadline.Recurrence, done, asOf)
	}
	var st TaskState
	due, _ := o.Due(deadline)
	st.Due = due
	if len(done) > 0 {
		st.Completed = done[0]
	}
	st.Status = StatusAt(due, st.Completed, asOf)
	switch st.Status {
	case StatusOverdue:
		st.DaysLate = asOf.DaysSince(due)
	case StatusDoneLate:
		st.DaysLate = st.Completed.DaysSince(due)
	case StatusInProgress:
		st.DueSoon = o.DueSoon(due, asOf)
	}
	return st
}

func (o *StatusOptions) recurringState(r calendar.Recurrence, done []calendar.Date, asOf calendar.Date) TaskState {
	from := o.orDefault().Issued
	if !from.IsValid() {
		from = calendar.Date{Year: asOf.Year, Month: time.January, Day: 1}
	}
	var st TaskState
	// Look far enough ahead to see the next round of any cadence.
	n := max(r.Interval, 1)
	ahead := 31*grainMonths(r.Every)*n + 31
	switch r.Every {
	case calendar.GrainDay:
		ahead = n + 1
	case calendar.GrainWeek:
		ahead = 7*n + 7
	}
	rounds := o.Occurrences(r, from, asOf.AddDays(ahead))
	late := false
	for i, oc := range rounds {
		rs := RoundState{Occurrence: oc}
		if i < len(done) {
			rs.Completed = done[i]
		}
		rs.Status = StatusAt(oc.Due, rs.Completed, asOf)
		came := !oc.Due.After(asOf)
		st.Rounds = append(st.Rounds, rs)
		switch rs.Status {
		case StatusOverdue:
			if st.Status != StatusOverdue {
				st.Status, st.Due, st.DaysLate, st.DueSoon = StatusOverdue, oc.Due, asOf.DaysSince(oc.Due), false
			}
		case StatusInProgress:
			if st.Status == StatusUnknown {
				st.Status, st.Due, st.DueSoon = StatusInProgress, oc.Due, o.DueSoon(oc.Due, asOf)
			}
		case StatusDoneLate:
			late = true
		}
		if !came && rs.Completed == (calendar.Date{}) {
			break // the next open round closes the list
		}
	}
	if st.Status == StatusUnknown {
		st.Status = StatusDoneOnTime
		if late {
			st.Status = StatusDoneLate
		}
	}
	return st
}

// sortedDone returns the completion days on or before asOf, sorted;
// dates that do not exist are left out.
func sortedDone(c []calendar.Date, asOf calendar.Date) []calendar.Date {
	n := 0
	for _, d := range c {
		if d.IsValid() && !d.After(asOf) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if n == 1 && len(c) == 1 {
		return c
	}
	out := make([]calendar.Date, 0, n)
	for _, d := range c {
		if d.IsValid() && !d.After(asOf) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, calendar.Date.Compare)
	return out
}
