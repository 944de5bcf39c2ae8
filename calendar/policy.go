package calendar

// Options are the choices of Parse, FindAll and the JSON writer that are
// policy rather than grammar. A nil *Options, or the zero Options, means the
// defaults of CORPUS_SPEC.md.
type Options struct {
	// Policy is the deadline policy used to compute due dates where the
	// caller asks through Options (AppendJSON, Found.Due).
	Policy Policy

	// KeepYear reads a deadline written without a year ("trước ngày
	// 15/01") in ref's year even when that day is already past. By default
	// such a deadline is read in the next year (in a document of
	// 2024-12-20, "trước ngày 15/01" is due 2025-01-15).
	KeepYear bool

	// Effective is the day the document takes effect, when the caller
	// knows it: an offset or a start counted from this document's coming
	// into effect ("trong vòng 30 ngày kể từ ngày Quyết định này có hiệu
	// lực") is anchored on it. Zero leaves such an event day unknown.
	Effective Date
}

func (o *Options) orDefault() Options {
	if o == nil {
		return Options{}
	}
	return *o
}

// A Policy says which day a deadline falls due. The zero Policy is the
// default of the spec (and of administrative usage):
//
//   - a day anchor is due on that day: "trước ngày 30/6/2024" is due
//     2024-06-30, the named day still counting as on time;
//   - "before" a longer period means before it starts: "trước tháng 6/2024"
//     is due 2024-05-31, "trước quý III/2024" 2024-06-30;
//   - "within", "by" and "until" a period mean its last day: "trong năm
//     2025" is due 2025-12-31, "đến năm 2030" 2030-12-31.
type Policy struct {
	// StrictBefore makes "trước ngày X" due the day before X, reading
	// "before" literally.
	StrictBefore bool

	// Calendar counts the working days of an offset in working days
	// ("trong thời hạn 05 ngày làm việc kể từ ngày ký"). The zero Calendar
	// is the official civil-service calendar ([Official]).
	Calendar Calendar

	// NextWorkday moves the due day of an offset in calendar days that
	// falls on a rest day or a public holiday of Calendar to the next
	// working day, as the Civil Code 2015, Art. 148(5) does. It is off by
	// default, as in CORPUS_SPEC.md; Calendar.PeriodEnd always applies it.
	NextWorkday bool
}

// Due returns the day e falls due under p, and whether e has one: a
// deadline (by its relation and anchor) or an offset that is a limit,
// counted from a known event day (Period.First: the signing date, see
// [Expr]) by the Civil Code 2015, Art. 147 — the event day not counted,
// working days counted on p.Calendar ("05 ngày làm việc kể từ ngày ký"
// across Tết skips its days off). An offset whose event day is unknown, and
// one that names a start ("sau 30 ngày": see Offset.After, and Ends), has
// no due day.
func (p Policy) Due(e Expr) (Date, bool) {
	switch e.Kind {
	case KindDeadline:
		a := e.Period
		if !a.First.IsValid() || !a.Last.IsValid() {
			return Date{}, false
		}
		if e.Relation == RelationBefore {
			if a.First == a.Last {
				if p.StrictBefore {
					return a.First.AddDays(-1), true
				}
				return a.First, true
			}
			return a.First.AddDays(-1), true
		}
		return a.Last, true
	case KindRelative:
		if e.Offset.After {
			return Date{}, false
		}
		return p.Ends(e)
	}
	return Date{}, false
}

// Ends returns the last day of the period of a relative expression counted
// from its known event day (see Due), for a limit and for a start alike:
// "sau 30 ngày kể từ ngày ký" of a text signed on 2025-03-10 ends on
// 2025-04-09, from which the thing it says holds. It reports false for
// any other kind and when the event day is unknown.
func (p Policy) Ends(e Expr) (Date, bool) {
	if e.Kind != KindRelative || !e.Period.First.IsValid() {
		return Date{}, false
	}
	o := e.Offset
	if o.Working {
		d, err := p.Calendar.PeriodEnd(e.Period.First, o)
		return d, err == nil && d.IsValid()
	}
	d, ok := o.Apply(e.Period.First)
	if ok && p.NextWorkday {
		d = p.Calendar.WorkdayOnOrAfter(d)
		ok = d.IsValid()
	}
	return d, ok
}

// Due returns the day e falls due under the default Policy; see Policy.Due.
func (e Expr) Due() (Date, bool) { return Policy{}.Due(e) }

// Apply returns the day an offset of o counted from the event day d falls
// on, by the Civil Code 2015, Art. 147: the event day is not counted, so
// 30 days from 2022-12-20 is 2023-01-19; months and years land on the same
// day number, clamped to the end of a shorter month (2024-11-30 plus three
// months is 2025-02-28). It reports false for working-day offsets, which
// need a Calendar (see Policy.Due and Calendar.PeriodEnd), and for an
// invalid offset. The move of a due day that falls on a rest day to the
// next working day (Art. 148(5)) is not applied here.
func (o Offset) Apply(d Date) (Date, bool) {
	if o.Working || o.N < 0 || !d.IsValid() {
		return Date{}, false
	}
	switch o.Unit {
	case GrainDay:
		return d.AddDays(o.N), true
	case GrainWeek:
		return d.AddDays(7 * o.N), true
	case GrainMonth:
		return d.AddMonths(o.N), true
	case GrainYear:
		return d.AddYears(o.N), true
	}
	return Date{}, false
}
