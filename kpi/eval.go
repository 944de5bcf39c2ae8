package kpi

import (
	"math"

	"github.com/chidao/chidao/calendar"
)

// A Status is where a target stands as of a date. The zero Status is unknown.
type Status uint8

// The statuses of a target.
const (
	StatusUnknown Status = iota
	NoData               // no measurement on or before the as-of date
	Met                  // the latest measurement meets the target
	OnTrack              // not met yet, the due date has not passed, and the trend reaches the target by then
	AtRisk               // not met yet, the due date has not passed, and the trend does not reach it (or there is no trend)
	Missed               // not met, and the due date has passed
)

var statusNames = [...]string{
	StatusUnknown: "", NoData: "no_data", Met: "met", OnTrack: "on_track", AtRisk: "at_risk", Missed: "missed",
}

var statusVietnamese = [...]string{
	StatusUnknown: "", NoData: "chưa có số liệu", Met: "đã đạt", OnTrack: "đúng tiến độ",
	AtRisk: "có nguy cơ không đạt", Missed: "không đạt",
}

// String returns the status as a key: "met", "on_track", "at_risk",
// "missed", "no_data", or "" for StatusUnknown.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "Status(" + itoa(int(s)) + ")"
}

// Vietnamese returns the status as a tracking report writes it: "đã đạt",
// "đúng tiến độ", "có nguy cơ không đạt", "không đạt", "chưa có số liệu".
func (s Status) Vietnamese() string {
	if int(s) < len(statusVietnamese) {
		return statusVietnamese[s]
	}
	return s.String()
}

// MarshalText implements encoding.TextMarshaler with [Status.String].
func (s Status) MarshalText() ([]byte, error) {
	if s == StatusUnknown || int(s) >= len(statusNames) {
		return nil, &ParseError{Input: s.String(), Msg: "unknown status"}
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it takes the keys of
// [Status.String] and the Vietnamese texts.
func (s *Status) UnmarshalText(b []byte) error {
	for i := 1; i < len(statusNames); i++ {
		if string(b) == statusNames[i] || string(b) == statusVietnamese[i] {
			*s = Status(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Msg: "unknown status"}
}

// An Evaluation is a target's standing as of a date.
type Evaluation struct {
	Status Status // where the target stands

	// Current is the latest measurement on or before the as-of date; zero
	// for NoData.
	Current Measurement

	// Gap is how far Current is from meeting the target (Target.Gap); zero
	// when met.
	Gap Percent

	// Projected is the value the trend reaches on the due date, when
	// HasProjection: see [Evaluate] for the method.
	Projected     Percent
	HasProjection bool // whether Projected was computed

	// Late reports, for Met, that the target was met only after the due
	// date: the latest measurement on or before due did not meet it (or
	// there was none).
	Late bool
}

// Evaluate says where target t stands as of asOf, from the measurements in s
// (in any order) and the due date due. A zero due means no deadline. It never
// reads the clock: asOf is the only "today".
//
// The status is NoData when no measurement is dated on or before asOf; Met
// when the latest one meets t (Late when it was not met by due); Missed when it
// does not and asOf is after due; otherwise OnTrack when the projection to
// due meets t, and AtRisk when it does not or there is no projection. With no
// due date, a target not met is OnTrack while the trend moves toward it and
// AtRisk otherwise.
//
// Projection method: a straight line through the first and the latest
// measurements on or before asOf, extended to due:
//
//	projected = vL + (vL − vF) · (due − dL) / (dL − dF)
//
// with days counted on the civil calendar. vF and vL are the measurements'
// Percent values (counts are rounded once, see [Percent]); the line is
// computed exactly with 128-bit integers and rounded once, half away from
// zero. There is no projection with fewer than two distinct dates; when due
// is not after dL the projection is vL.
func Evaluate(t Target, s Series, asOf, due calendar.Date) Evaluation {
	// One pass over s with dates packed into ordered integers.
	ak := dateKey(asOf)
	dk := dateKey(due)
	if !due.IsValid() {
		dk = math.MinInt
	}
	first, last, atDue := -1, -1, -1
	var fk, lk, tk int
	for i := range s {
		k := dateKey(s[i].Date)
		if k > ak {
			continue
		}
		if k <= dk && (atDue < 0 || k >= tk) {
			atDue, tk = i, k
		}
		if first < 0 || k < fk {
			first, fk = i, k
		}
		if last < 0 || k >= lk {
			last, lk = i, k
		}
	}
	if last < 0 {
		return Evaluation{Status: NoData}
	}
	cur := s[last]
	ev := Evaluation{Current: cur, Gap: t.Gap(cur.Value)}
	if p, ok := project(s[first], cur, due); ok {
		ev.Projected, ev.HasProjection = p, true
	}
	switch {
	case t.Met(cur.Value):
		ev.Status = Met
		ev.Late = due.IsValid() && cur.Date.After(due) && (atDue < 0 || !t.Met(s[atDue].Value))
	case due.IsValid() && asOf.After(due):
		ev.Status = Missed
	case !due.IsValid():
		ev.Status = AtRisk
		if first != last && t.Gap(cur.Value) < t.Gap(s[first].Value) {
			ev.Status = OnTrack
		}
	case ev.HasProjection && t.Met(ev.Projected):
		ev.Status = OnTrack
	default:
		ev.Status = AtRisk
	}
	return ev
}

// dateKey packs a date into an int that orders like the date, for dates with
// a valid month and day.
func dateKey(d calendar.Date) int {
	return d.Year<<9 | int(d.Month)<<5 | d.Day
}

// project extends the line through f and l to due.
func project(f, l Measurement, due calendar.Date) (Percent, bool) {
	if !due.IsValid() {
		return 0, false
	}
	span := int64(l.Date.Days() - f.Date.Days())
	if span <= 0 {
		return 0, false
	}
	ahead := int64(due.Days() - l.Date.Days())
	if ahead <= 0 {
		return l.Value, true
	}
	rise := int64(l.Value) - int64(f.Value)
	if (rise > 0) != (l.Value > f.Value) { // overflow of the difference
		return 0, false
	}
	d, ok := mulDivRound(rise, ahead, span)
	if !ok {
		return saturate(rise < 0), true
	}
	v := int64(l.Value) + d
	if (d > 0 && v < int64(l.Value)) || (d < 0 && v > int64(l.Value)) {
		return saturate(d < 0), true
	}
	return Percent(v), true
}
