package calendar

import (
	"slices"
	"time"
)

// A Calendar says which days are working days: the weekly rule (by default
// Monday to Friday, with Saturday and Sunday as the weekly rest of the civil
// service), the statutory public holidays, each year's announced days off and
// worked rest days, and any days its user adds.
//
// A Calendar is an immutable value, safe for concurrent use; the methods
// that change it (With, WithAnnouncement, WithRestDays) return a new
// Calendar. Lookups (IsWorkday, Holiday, Special) do not allocate. The zero
// Calendar is the official civil-service calendar, the same as [Official].
//
// A day is decided by the first of these that speaks about it:
//  1. the days added with With;
//  2. the days given with WithAnnouncement;
//  3. for a year given to WithAnnouncement: nothing more, the weekly rule;
//  4. the built-in announced schedule (2019–2026 complete, see
//     official_days.go), unless the Calendar was made by [Statutory];
//  5. for a year without an announcement: the statutory rules
//     ([StatutoryHolidays]), marked Provisional;
//  6. the weekly rule.
type Calendar struct {
	cfg *calendarConfig // nil for the official calendar; never modified once built
}

type calendarConfig struct {
	over       []Holiday // With: sorted by date, one per date
	overKeys   []int32   // day numbers of over
	ann        []Holiday // WithAnnouncement: sorted by date, one per date
	annKeys    []int32   // day numbers of ann
	annYears   []int     // the announced years, sorted
	rest       uint8     // weekly rest days, a bit per time.Weekday
	noOfficial bool      // Statutory: ignore the built-in announcements
}

// Official returns the civil-service calendar of Vietnam (cán bộ, công chức,
// viên chức): Monday to Friday, the public holidays, and the announced days
// off and worked Saturdays of 2018–2026 (2019–2026 complete); other years
// follow the statutory rules and are Provisional. It costs nothing to call.
func Official() Calendar { return Calendar{} }

// Statutory returns a calendar with the statutory rules only: Monday to
// Friday and the public holidays of the Labor Code with their compensatory
// days, ignoring the yearly announcements. Every year is Provisional unless
// given to WithAnnouncement.
func Statutory() Calendar {
	return Calendar{&calendarConfig{rest: defaultRest, noOfficial: true}}
}

func (c Calendar) config() calendarConfig {
	if c.cfg == nil {
		return calendarConfig{rest: defaultRest}
	}
	return *c.cfg
}

func (c Calendar) restMask() uint8 {
	if c.cfg == nil {
		return defaultRest
	}
	return c.cfg.rest
}

// mergeDays returns old with days added, sorted by date, the later entry
// winning for a date; invalid dates are dropped and an unknown kind becomes
// HolidayLocal.
func mergeDays(old []Holiday, days []Holiday) ([]Holiday, []int32) {
	all := make([]Holiday, 0, len(old)+len(days))
	all = append(all, old...)
	for _, h := range days {
		if !h.Date.IsValid() {
			continue
		}
		if h.Kind == HolidayKindUnknown || h.Kind > HolidayWorkday {
			h.Kind = HolidayLocal
		}
		if h.Name == "" {
			h.Name = "Ngày nghỉ"
			if h.Kind == HolidayWorkday {
				h.Name = "Ngày làm việc"
			}
		}
		all = append(all, h)
	}
	slices.SortStableFunc(all, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	out := all[:0]
	for _, h := range all {
		if n := len(out); n > 0 && out[n-1].Date == h.Date {
			out[n-1] = h
			continue
		}
		out = append(out, h)
	}
	keys := make([]int32, len(out))
	for i, h := range out {
		keys[i] = int32(h.Date.Days())
	}
	return out, keys
}

// With returns c with days added: each overrides whatever c says about its
// date. A day of kind HolidayWorkday makes its date a working day (an
// employer's working Saturday, a cancelled holiday); any other kind makes it
// a day off with the given name (a local holiday, an extra bridge day); a
// day with HolidayKindUnknown is taken as HolidayLocal, and a day without a
// name is called "Ngày nghỉ" (or "Ngày làm việc" for a worked day). Invalid
// dates are ignored; of two days on one date the later wins.
func (c Calendar) With(days ...Holiday) Calendar {
	cfg := c.config()
	cfg.over, cfg.overKeys = mergeDays(cfg.over, days)
	return Calendar{&cfg}
}

// WithAnnouncement returns c with the announced schedule of year: days lists
// every public holiday, compensatory day, bridge day and worked rest day
// announced for it (as official_days.go does for 2019–2026), and the
// statutory fallback and built-in schedule no longer apply to that year,
// which stops being Provisional. Days may fall outside year (a bridge day on
// 31 December for a swap in January); they apply too. Use
// StatutoryHolidays(year) as a starting point when only some days change.
func (c Calendar) WithAnnouncement(year int, days ...Holiday) Calendar {
	cfg := c.config()
	cfg.ann, cfg.annKeys = mergeDays(cfg.ann, days)
	years := make([]int, 0, len(cfg.annYears)+1)
	years = append(years, cfg.annYears...)
	if i, found := slices.BinarySearch(years, year); !found {
		years = slices.Insert(years, i, year)
	}
	cfg.annYears = years
	return Calendar{&cfg}
}

// WithRestDays returns c with the given weekly rest days instead of
// Saturday and Sunday: WithRestDays(time.Sunday) for an employer that works
// Saturdays. The compensatory days of the statutory fallback follow the new
// rest days; the built-in announced schedule (made for a Saturday–Sunday
// week) still applies unless c was made by Statutory.
func (c Calendar) WithRestDays(days ...time.Weekday) Calendar {
	cfg := c.config()
	cfg.rest = 0
	for _, w := range days {
		if w >= time.Sunday && w <= time.Saturday {
			cfg.rest |= 1 << w
		}
	}
	return Calendar{&cfg}
}

// IsRestDay reports whether w is a weekly rest day of c.
func (c Calendar) IsRestDay(w time.Weekday) bool {
	return w >= time.Sunday && w <= time.Saturday && c.restMask()&(1<<w) != 0
}

func (cfg *calendarConfig) announced(y int) bool {
	for _, a := range cfg.annYears {
		if a == y {
			return true
		}
	}
	return false
}

// Provisional reports whether the schedule of year y is derived from the
// statutory rules because no announcement is known to c: the Tết days, the
// day next to Quốc khánh and the compensatory days may still change.
func (c Calendar) Provisional(y int) bool {
	if cfg := c.cfg; cfg != nil {
		if cfg.announced(y) {
			return false
		}
		if cfg.noOfficial {
			return true
		}
	}
	return y < officialFirstComplete || y > officialLastComplete
}

// searchKeys returns the index of dn in the sorted keys, or -1.
func searchKeys(keys []int32, dn int) int {
	lo, hi := 0, len(keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(keys[m]) < dn {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(keys) && int(keys[lo]) == dn {
		return lo
	}
	return -1
}

// officialIndex returns the index of d in officialDays, or -1.
func officialIndex(d Date) int {
	if d.Year < officialFirstYear || d.Year > officialLastYear {
		return -1
	}
	i := d.Year - officialFirstYear
	doy := dayOfYear(d)
	if officialBits[i][doy>>6]>>uint(doy&63)&1 == 0 {
		return -1
	}
	lo, hi := int(officialYearIndex[i]), int(officialYearIndex[i+1])
	k := int(d.Month)<<5 | d.Day
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		o := &officialDays[m].Date
		if int(o.Month)<<5|o.Day < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < int(officialYearIndex[i+1]) && officialDays[lo].Date == d {
		return lo
	}
	return -1
}

func (o *officialDay) holiday() Holiday {
	return Holiday{Date: o.Date, Name: o.Name, Kind: o.Kind, Source: o.Source}
}

// special returns how c departs from the weekly rule on d (day number dn).
func (c Calendar) special(d Date, dn int) (Holiday, bool) {
	cfg := c.cfg
	rest := uint8(defaultRest)
	if cfg != nil {
		rest = cfg.rest
		if i := searchKeys(cfg.overKeys, dn); i >= 0 {
			return cfg.over[i], true
		}
		if i := searchKeys(cfg.annKeys, dn); i >= 0 {
			return cfg.ann[i], true
		}
		if len(cfg.annYears) > 0 && cfg.announced(d.Year) {
			return Holiday{}, false
		}
	}
	if cfg == nil || !cfg.noOfficial {
		if i := officialIndex(d); i >= 0 {
			return officialDays[i].holiday(), true
		}
		if d.Year >= officialFirstComplete && d.Year <= officialLastComplete {
			return Holiday{}, false
		}
	}
	if s, ok := statutoryAt(d, dn, rest); ok {
		return s.holiday(), true
	}
	return Holiday{}, false
}

// kindAt is special reduced to the kind, for IsWorkday; found is false for
// an ordinary day. When restDay is set (d is a weekly rest day) the
// statutory rules are not consulted: they only ever add days off, and a rest
// day is off already.
func (c Calendar) kindAt(d Date, dn int, restDay bool) (k HolidayKind, found bool) {
	cfg := c.cfg
	rest := uint8(defaultRest)
	if cfg != nil {
		rest = cfg.rest
		if i := searchKeys(cfg.overKeys, dn); i >= 0 {
			return cfg.over[i].Kind, true
		}
		if i := searchKeys(cfg.annKeys, dn); i >= 0 {
			return cfg.ann[i].Kind, true
		}
		if len(cfg.annYears) > 0 && cfg.announced(d.Year) {
			return 0, false
		}
	}
	if cfg == nil || !cfg.noOfficial {
		if d.Year >= officialFirstYear && d.Year <= officialLastYear {
			if i := officialIndex(d); i >= 0 {
				return officialDays[i].Kind, true
			}
			if d.Year >= officialFirstComplete {
				return 0, false
			}
		}
	}
	if restDay {
		return 0, false
	}
	if s, ok := statutoryAt(d, dn, rest); ok {
		return s.kind, true
	}
	return 0, false
}

// IsWorkday reports whether d is a working day of c. It is false for an
// invalid date.
func (c Calendar) IsWorkday(d Date) bool {
	if !validDate(d) {
		return false
	}
	n := marchDays(d)
	if c.cfg == nil {
		// The official calendar: Saturday and Sunday off, the built-in
		// schedule, then the statutory rules.
		restDay := defaultRest&(1<<weekdayOfMarch(n)) != 0
		if uint(d.Year-officialFirstYear) <= officialLastYear-officialFirstYear {
			if i := officialIndex(d); i >= 0 {
				return officialDays[i].Kind == HolidayWorkday
			}
			if d.Year >= officialFirstComplete && d.Year <= officialLastComplete {
				return !restDay
			}
		}
		if restDay {
			return false
		}
		_, ok := statutoryAt(d, int(n)-epochShift, defaultRest)
		return !ok
	}
	restDay := c.cfg.rest&(1<<weekdayOfMarch(n)) != 0
	if k, ok := c.kindAt(d, int(n)-epochShift, restDay); ok {
		return k == HolidayWorkday
	}
	return !restDay
}

// Holiday returns the day off on d when d is a holiday, a compensatory or
// bridge day, or a day off added to c; ok is false for any other day,
// including a worked Saturday (see Special).
func (c Calendar) Holiday(d Date) (h Holiday, ok bool) {
	if !d.IsValid() {
		return Holiday{}, false
	}
	h, ok = c.special(d, d.Days())
	if !ok || !h.Kind.IsDayOff() {
		return Holiday{}, false
	}
	return h, true
}

// Special returns how d departs from the weekly rule: a day off as Holiday
// returns it, or a rest day that is worked (Kind HolidayWorkday, "Ngày làm
// bù"). ok is false for an ordinary day.
func (c Calendar) Special(d Date) (Holiday, bool) {
	if !d.IsValid() {
		return Holiday{}, false
	}
	return c.special(d, d.Days())
}

// Schedule returns every day of solar year y that departs from the weekly
// rule (days off and worked rest days), sorted by date.
func (c Calendar) Schedule(y int) []Holiday {
	return c.collect(y, false)
}

// Holidays returns the days off of solar year y other than weekly rest days
// — public holidays (also when they fall on a rest day), compensatory and
// bridge days, added days off — sorted by date.
func (c Calendar) Holidays(y int) []Holiday {
	return c.collect(y, true)
}

func (c Calendar) collect(y int, offOnly bool) []Holiday {
	if y < 1 || y > 9999 {
		return nil
	}
	var out []Holiday
	first := Date{y, time.January, 1}.Days()
	last := Date{y, time.December, 31}.Days()
	for dn := first; dn <= last; dn++ {
		d := DateFromDays(dn)
		h, ok := c.special(d, dn)
		if !ok || offOnly && !h.Kind.IsDayOff() {
			continue
		}
		out = append(out, h)
	}
	return out
}
