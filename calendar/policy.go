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
}

// Due returns the day e falls due under p, and whether e has one: a
// deadline (by its relation and anchor) or a relative offset counted from
// a known event day in calendar days (Period.First, the signing date). A
// working-day offset needs the official calendar (see AddWorkdays) and has
// no due date here.
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
		if !e.Period.First.IsValid() {
			return Date{}, false
		}
		return e.Offset.Apply(e.Period.First)
	}
	return Date{}, false
}

// Due returns the day e falls due under the default Policy; see Policy.Due.
func (e Expr) Due() (Date, bool) { return Policy{}.Due(e) }

// Apply returns the day an offset of o counted from the event day d falls
// on, by the Civil Code 2015, Art. 147: the event day is not counted, so
// 30 days from 2022-12-20 is 2023-01-19; months and years land on the same
// day number, clamped to the end of a shorter month (2024-11-30 plus three
// months is 2025-02-28). It reports false for working-day offsets, which
// need the official calendar, and for an invalid offset. The move of a due
// day that falls on a rest day to the next working day (Art. 148) is not
// applied here.
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
