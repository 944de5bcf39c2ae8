package calendar

// Fast day arithmetic for the hot paths (IsWorkday, LunarOf): the same
// numbers as Date.Days, in unsigned arithmetic that the compiler turns into
// multiplications, valid for the years 1–9999 that Date.IsValid accepts.

// epochShift is the number of days from 0000-03-01 to 1970-01-01.
const epochShift = 719468

// marchDays returns the number of days from 0000-03-01 to d, which must be
// valid. Date.Days() == int(marchDays(d)) - epochShift (tested).
func marchDays(d Date) uint {
	y := uint(d.Year)
	m := uint(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + uint(d.Day) - 1
}

// weekdayOfMarch returns the weekday of the day marchDays n (0000-03-01 was
// a Wednesday).
func weekdayOfMarch(n uint) uint { return (n + 3) % 7 }

// daysBeforeMonth[m] is the number of days before month m in a common year.
var daysBeforeMonth = [13]uint16{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// dayOfYear returns the 0-based day of the year of a valid d.
func dayOfYear(d Date) int {
	n := int(daysBeforeMonth[d.Month]) + d.Day - 1
	if d.Month > 2 && IsLeapYear(d.Year) {
		n++
	}
	return n
}

// dayNum is Date.Days for a valid d, faster.
func dayNum(d Date) int { return int(marchDays(d)) - epochShift }

// validDate is Date.IsValid with a fast path for days 1–28.
func validDate(d Date) bool {
	if uint(d.Year-1) < 9999 && uint(d.Month-1) < 12 && uint(d.Day-1) < 28 {
		return true
	}
	return d.IsValid()
}
