package calendar

import (
	"math/bits"
	"time"
)

// Working-day arithmetic. AddWorkdays and WorkdaysBetween work a year at a
// time on a bitset of the year's working days (yearMask), built on the
// stack from the weekly rule and the year's special days, and count with
// population counts; nothing is cached, so there is no shared state.

// yearMask holds the working days of one solar year: bit i of bits is set
// when day first+i is a working day.
type yearMask struct {
	first int // day number of 1 January
	n     int // days in the year
	bits  [6]uint64
}

// weekPattern returns 64 bits of the weekly rule starting on weekday s: bit
// b is set when weekday (s+b)%7 is a working day. work has a bit per weekday.
func weekPattern(work uint8, s int) uint64 {
	r := uint64((work>>uint(s) | work<<uint(7-s)) & 0x7f)
	var x uint64
	for sh := 0; sh < 64; sh += 7 {
		x |= r << uint(sh)
	}
	return x
}

func (m *yearMask) set(dn int, work bool) {
	i := dn - m.first
	if i < 0 || i >= m.n {
		return
	}
	if work {
		m.bits[i>>6] |= 1 << uint(i&63)
	} else {
		m.bits[i>>6] &^= 1 << uint(i&63)
	}
}

// mask fills m with the working days of year y under c, following the same
// order of precedence as special.
func (c Calendar) mask(y int, m *yearMask) {
	m.first = dayNum(Date{y, time.January, 1})
	m.n = 365
	if IsLeapYear(y) {
		m.n = 366
	}
	rest := c.restMask()
	work := ^rest & 0x7f
	w0 := int(weekdayOf(m.first))
	for k := range m.bits {
		m.bits[k] = weekPattern(work, (w0+64*k)%7)
	}
	m.bits[5] &= 1<<uint(m.n-5*64) - 1
	cfg := c.cfg
	announced := cfg != nil && cfg.announced(y)
	official := cfg == nil || !cfg.noOfficial
	if !announced && !(official && y >= officialFirstComplete && y <= officialLastComplete) {
		var l statList
		statutoryDays(y, rest, groupAll, &l)
		for i := 0; i < l.n; i++ {
			m.set(int(l.d[i].dn), false)
		}
	}
	if !announced && official && y >= officialFirstYear && y <= officialLastYear {
		lo := int(officialYearIndex[y-officialFirstYear])
		for i := lo; i < len(officialDays) && officialDays[i].Date.Year == y; i++ {
			o := &officialDays[i]
			m.set(dayNum(o.Date), o.Kind == HolidayWorkday)
		}
	}
	if cfg != nil {
		applyKeys(m, cfg.annKeys, cfg.ann)
		applyKeys(m, cfg.overKeys, cfg.over)
	}
}

// applyKeys applies the days of a sorted list that fall in m's year.
func applyKeys(m *yearMask, keys []int32, days []Holiday) {
	lo, hi := 0, len(keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(keys[mid]) < m.first {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for i := lo; i < len(keys) && int(keys[i]) < m.first+m.n; i++ {
		m.set(int(keys[i]), days[i].Kind == HolidayWorkday)
	}
}

// count returns the number of working days at positions [lo, hi).
func (m *yearMask) count(lo, hi int) int {
	n := 0
	for lo < hi {
		w := lo >> 6
		b := m.bits[w] >> uint(lo&63)
		span := 64 - lo&63
		if hi-lo < span {
			b &= 1<<uint(hi-lo) - 1
			span = hi - lo
		}
		n += bits.OnesCount64(b)
		lo += span
	}
	return n
}

// selectFwd returns the position of the k-th (k ≥ 1) working day at or after
// position lo; the caller has checked that there are k of them.
func (m *yearMask) selectFwd(lo, k int) int {
	for {
		w := lo >> 6
		b := m.bits[w] >> uint(lo&63)
		if c := bits.OnesCount64(b); c < k {
			k -= c
			lo = (w + 1) << 6
			continue
		}
		for ; ; k-- {
			t := bits.TrailingZeros64(b)
			if k == 1 {
				return lo + t
			}
			b &^= 1 << uint(t)
		}
	}
}

// selectBack returns the position of the k-th (k ≥ 1) working day before
// position hi, counting down; the caller has checked that there are k.
func (m *yearMask) selectBack(hi, k int) int {
	for {
		top := hi - 1 // last position to consider
		w := top >> 6
		b := m.bits[w]
		if r := top & 63; r < 63 {
			b &= 1<<uint(r+1) - 1
		}
		if c := bits.OnesCount64(b); c < k {
			k -= c
			hi = w << 6
			continue
		}
		for ; ; k-- {
			t := 63 - bits.LeadingZeros64(b)
			if k == 1 {
				return w<<6 + t
			}
			b &^= 1 << uint(t)
		}
	}
}

// AddWorkdays returns the n-th working day after d (before d when n is
// negative); d itself is not counted, so AddWorkdays(d, 1) is the next
// working day, and AddWorkdays(d, 0) is d. It returns the zero Date for an
// invalid d or when the count runs past year 9999 or before year 1.
func (c Calendar) AddWorkdays(d Date, n int) Date {
	if n == 0 || !d.IsValid() {
		if !d.IsValid() {
			return Date{}
		}
		return d
	}
	dn := d.Days()
	y := d.Year
	var m yearMask
	c.mask(y, &m)
	if n > 0 {
		i := dn - m.first + 1
		for {
			if i < m.n {
				if cnt := m.count(i, m.n); cnt >= n {
					return DateFromDays(m.first + m.selectFwd(i, n))
				} else {
					n -= cnt
				}
			}
			if y++; y > 9999 {
				return Date{}
			}
			c.mask(y, &m)
			i = 0
		}
	}
	n = -n
	i := dn - m.first // count positions [0, i)
	for {
		if i > 0 {
			if cnt := m.count(0, i); cnt >= n {
				return DateFromDays(m.first + m.selectBack(i, n))
			} else {
				n -= cnt
			}
		}
		if y--; y < 1 {
			return Date{}
		}
		c.mask(y, &m)
		i = m.n
	}
}

// WorkdaysBetween returns the signed number of working days from a to b, the
// n with AddWorkdays(a, n) == b whenever b is a working day: for b after a,
// the working days after a up to and including b; for b before a, minus the
// working days from b up to but excluding a. It returns 0 when either date is
// invalid or they are equal.
func (c Calendar) WorkdaysBetween(a, b Date) int {
	if !a.IsValid() || !b.IsValid() {
		return 0
	}
	switch a.Compare(b) {
	case 0:
		return 0
	case 1:
		return -c.countWorkdays(b, b.Days(), a.Days())
	}
	return c.countWorkdays(a, a.Days()+1, b.Days()+1)
}

// countWorkdays counts the working days with day numbers in [lo, hi); from
// is the date of lo or the day before it.
func (c Calendar) countWorkdays(from Date, lo, hi int) int {
	n := 0
	var m yearMask
	for y := from.Year; y <= 9999; y++ {
		c.mask(y, &m)
		if m.first >= hi {
			break
		}
		s, e := lo-m.first, hi-m.first
		if s < 0 {
			s = 0
		}
		if e > m.n {
			e = m.n
		}
		if s < e {
			n += m.count(s, e)
		}
	}
	return n
}

// NextWorkday returns the first working day after d. It returns the zero
// Date for an invalid d or when no working day follows within ten years.
func (c Calendar) NextWorkday(d Date) Date {
	if !d.IsValid() {
		return Date{}
	}
	return c.WorkdayOnOrAfter(d.AddDays(1))
}

// PrevWorkday returns the last working day before d, or the zero Date like
// NextWorkday.
func (c Calendar) PrevWorkday(d Date) Date {
	if !d.IsValid() {
		return Date{}
	}
	for i, dn := 0, d.Days()-1; i < 3660; i, dn = i+1, dn-1 {
		if e := DateFromDays(dn); c.IsWorkday(e) {
			return e
		}
	}
	return Date{}
}

// WorkdayOnOrAfter returns d when it is a working day and otherwise the next
// working day: the rule of Civil Code 2015 Art. 148(5) for a period whose last
// day is a rest day or a holiday. It returns the zero Date for an invalid d
// or when no working day comes within ten years.
func (c Calendar) WorkdayOnOrAfter(d Date) Date {
	if !d.IsValid() {
		return Date{}
	}
	for i, dn := 0, d.Days(); i < 3660; i, dn = i+1, dn+1 {
		if e := DateFromDays(dn); c.IsWorkday(e) {
			return e
		}
	}
	return Date{}
}
