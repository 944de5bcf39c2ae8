package calendar

import "time"

// The statutory public holidays, by the law in force on the day:
//
//   - Labor Code 2019 (Bộ luật Lao động 45/2019/QH14), in force 2021-01-01,
//     Art. 112(1): Tết Dương lịch 1 day (1 January); Tết Âm lịch 5 days;
//     Ngày Chiến thắng 1 day (30 April); Ngày Quốc tế lao động 1 day (1 May);
//     Quốc khánh 2 days (2 September and one day before or after it); Giỗ Tổ
//     Hùng Vương 1 day (10 of the third lunar month). Art. 112(3): the Prime
//     Minister fixes the Tết days and the day next to 2 September each year.
//     Art. 111(3): when the weekly rest day falls on a holiday, the rest day
//     is taken on the next working day (nghỉ bù vào ngày làm việc kế tiếp).
//   - Labor Code 2012 (10/2012/QH13), in force 2013-05-01, Art. 115(1): the
//     same days with one day for Quốc khánh (10 days a year); Art. 115(3):
//     a holiday on a weekly rest day is made up on the next day.
//   - Labor Code 1994, Art. 73 as amended by Law 84/2007/QH11 (in force on
//     promulgation, April 2007): 1 January, Tết 4 days (the last day of the
//     lunar year and the first three), Giỗ Tổ Hùng Vương, 30 April, 1 May,
//     2 September; a holiday on a weekly rest day is made up on the next day.
//     Before the 2007 amendment (from 1995-01-01) the same without Giỗ Tổ.
//     Years before 1995 use the 1994 rules too; that is unconfirmed.
//
// Where the law leaves the choice to the yearly announcement, the fallback
// used for a year that has not been announced is the pattern of the
// announcements of 2019–2024 and 2026:
//
//   - Tết: the last day of the lunar year (giao thừa) and the first four days
//     of the new year (the first three under the 1994 code);
//   - the day next to Quốc khánh (from 2021): 3 September when 2 September is
//     a Monday, Thursday or Sunday (as in 2021 and 2024), otherwise 1 September
//     (as in 2022, 2023, 2025, 2026);
//   - compensatory days: each holiday that falls on a weekly rest day gives one
//     day off on the next day after it that is neither a rest day nor a holiday
//     nor already a compensatory day (Art. 111(3)); the announcements sometimes
//     place them before Tết instead (2020–2024).
//
// Every day so derived is marked Provisional.

// Statutory holiday names (NFC), as the announced schedule spells them.
var statNames = [...]string{
	"Tết Dương lịch",
	"Giao thừa Tết Nguyên Đán",
	"Tết Nguyên Đán",
	"Mùng hai Tết Nguyên Đán",
	"Mùng ba Tết Nguyên Đán",
	"Mùng bốn Tết Nguyên Đán",
	"Ngày Giỗ Tổ Hùng Vương",
	"Ngày Chiến thắng",
	"Ngày Quốc tế Lao động",
	"Quốc khánh",
	// Compensatory days: statNames[i+statSub] is the substitute for holiday i.
	"Tết Dương lịch (nghỉ bù)",
	"Tết Nguyên Đán (nghỉ bù)",
	"Tết Nguyên Đán (nghỉ bù)",
	"Tết Nguyên Đán (nghỉ bù)",
	"Tết Nguyên Đán (nghỉ bù)",
	"Tết Nguyên Đán (nghỉ bù)",
	"Ngày Giỗ Tổ Hùng Vương (nghỉ bù)",
	"Ngày Chiến thắng (nghỉ bù)",
	"Ngày Quốc tế Lao động (nghỉ bù)",
	"Quốc khánh (nghỉ bù)",
}

const (
	nameNewYear = iota
	nameGiaoThua
	nameTet1
	nameTet2
	nameTet3
	nameTet4
	nameHungKings
	nameVictory
	nameLabour
	nameNational
	statSub // offset of the substitute names
)

// Sources of the statutory days.
var statSources = [...]string{
	"Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1",
	"Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3",
	"Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1",
	"Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3",
	"Bộ luật Lao động 1994, Điều 73 (sửa đổi bởi Luật 84/2007/QH11)",
	"Bộ luật Lao động 1994, Điều 73 (sửa đổi bởi Luật 84/2007/QH11), nghỉ bù",
	"Bộ luật Lao động 1994, Điều 73",
	"Bộ luật Lao động 1994, Điều 73, nghỉ bù",
	"Bộ luật Lao động 1994, Điều 73 (applied to a year before 1995; unconfirmed)",
	"Bộ luật Lao động 1994, Điều 73, nghỉ bù (applied to a year before 1995; unconfirmed)",
}

// Day numbers (days since 1970-01-01) on which each code took effect.
const (
	dn2019Code = 18628 // 2021-01-01
	dn2012Code = 15826 // 2013-05-01
	dn2007Law  = 13605 // 2007-04-02, the day Law 84/2007/QH11 was passed
	dn1994Code = 9131  // 1995-01-01
)

// statSource returns the index in statSources of the law for a holiday on
// day dn (the substitute source is the next index).
func statSource(dn int) uint8 {
	switch {
	case dn >= dn2019Code:
		return 0
	case dn >= dn2012Code:
		return 2
	case dn >= dn2007Law:
		return 4
	case dn >= dn1994Code:
		return 6
	}
	return 8
}

// defaultRest is the weekly rest of the civil service: Saturday and Sunday
// (Quyết định 188/1999/QĐ-TTg, the 40-hour week).
const defaultRest = 1<<time.Saturday | 1<<time.Sunday

// weekdayOf returns the weekday of day number dn.
func weekdayOf(dn int) time.Weekday { return time.Weekday(weekdayOfMarch(uint(dn + epochShift))) }

// A statDay is one statutory day in compact form.
type statDay struct {
	dn   int32
	kind HolidayKind // HolidayPublic or HolidaySubstitute
	name uint8       // index in statNames
	src  uint8       // index in statSources
}

// maxStat bounds the statutory days of a year: 11 holidays and as many
// compensatory days.
const maxStat = 24

// statList is the statutory days of one year, sorted by date.
type statList struct {
	n int
	d [maxStat]statDay
}

func (l *statList) add(dn int, kind HolidayKind, name uint8, src uint8) {
	if l.n == maxStat {
		return
	}
	// Insert in date order (the lists are tiny).
	i := l.n
	for i > 0 && int(l.d[i-1].dn) > dn {
		l.d[i] = l.d[i-1]
		i--
	}
	l.d[i] = statDay{int32(dn), kind, name, src}
	l.n++
}

func (l *statList) has(dn int) bool {
	for i := 0; i < l.n; i++ {
		if int(l.d[i].dn) == dn {
			return true
		}
	}
	return false
}

// find returns the entry for dn.
func (l *statList) find(dn int) (statDay, bool) {
	for i := 0; i < l.n; i++ {
		if int(l.d[i].dn) == dn {
			return l.d[i], true
		}
	}
	return statDay{}, false
}

// Groups of statutory holidays. Their compensatory days never reach another
// group (TestStatutoryWindows), so one group can be computed alone.
const (
	groupNewYear  = 1 << iota // 1 January
	groupTet                  // Tết Nguyên Đán
	groupSpring               // Giỗ Tổ Hùng Vương, 30 April, 1 May
	groupNational             // Quốc khánh
	groupAll      = groupNewYear | groupTet | groupSpring | groupNational
)

// statutoryDays fills l with the statutory holidays of solar year y in the
// given groups and their compensatory days for the weekly rest days in rest
// (a bit per time.Weekday), sorted by date.
func statutoryDays(y int, rest uint8, groups uint8, l *statList) {
	l.n = 0
	if y < 1 || y > 9999 {
		return
	}
	holiday := func(dn int, name uint8) {
		l.add(dn, HolidayPublic, name, statSource(dn))
	}
	jan1 := dayNum(Date{y, time.January, 1})
	if groups&groupNewYear != 0 {
		holiday(jan1, nameNewYear)
	}
	e, tet, lunarOK := lunarYear(y)
	if lunarOK && groups&groupTet != 0 {
		src := statSource(tet)
		l.add(tet-1, HolidayPublic, nameGiaoThua, src)
		n := 4 // mùng 1–4 (2012 and 2019 codes: 5 days with giao thừa)
		if tet < dn2012Code {
			n = 3 // 1994 code: 4 days
		}
		for i := 0; i < n; i++ {
			l.add(tet+i, HolidayPublic, uint8(nameTet1+i), src)
		}
	}
	if groups&groupSpring != 0 {
		if lunarOK && y >= 2007 {
			// 10th day of month 3: months 1 and 2, and a leap month 1 or 2, before it.
			dn := tet + lunarLen(e, 0) + lunarLen(e, 1) + 9
			if lm := lunarLeap(e); lm == 1 || lm == 2 {
				dn += lunarLen(e, 2)
			}
			holiday(dn, nameHungKings)
		}
		apr30 := jan1 + 119
		if IsLeapYear(y) {
			apr30++
		}
		holiday(apr30, nameVictory)
		holiday(apr30+1, nameLabour)
	}
	if groups&groupNational != 0 {
		sep2 := dayNum(Date{y, time.September, 2})
		holiday(sep2, nameNational)
		if sep2 >= dn2019Code {
			adj := sep2 - 1 // 1 September
			switch weekdayOf(sep2) {
			case time.Monday, time.Thursday, time.Sunday:
				adj = sep2 + 1
			}
			holiday(adj, nameNational)
		}
	}
	// Compensatory days, in the order of the holidays they make up for.
	nh := l.n
	var hol [maxStat]statDay
	copy(hol[:nh], l.d[:nh])
	for i := 0; i < nh; i++ {
		h := hol[i]
		if rest&(1<<weekdayOf(int(h.dn))) == 0 {
			continue
		}
		if i > 0 && hol[i-1].dn == h.dn {
			continue // two holidays on one day: never happens in 1900–2100 (tested)
		}
		dn := int(h.dn) + 1
		for rest&(1<<weekdayOf(dn)) != 0 || l.has(dn) {
			dn++
		}
		l.add(dn, HolidaySubstitute, h.name+statSub, h.src+1)
	}
}

// statutoryGroup returns the group of holidays whose days (with their
// compensatory days) may include d, or 0 when d is outside every window. It
// lets IsWorkday skip the statutory computation on most days; the windows are
// checked exhaustively by TestStatutoryWindows.
func statutoryGroup(d Date) uint8 {
	switch d.Month {
	case time.January:
		if d.Day <= 4 {
			return groupNewYear
		}
	case time.March, time.April:
		// From Giỗ Tổ Hùng Vương (or 30 April, whichever is first) on.
		if d.Month == time.April && d.Day == 30 {
			return groupSpring
		}
		if d.Year < 2007 || d.Year < lunarFirstYear || d.Year > lunarLastYear {
			return 0
		}
		e := lunarYears[d.Year-lunarFirstYear]
		gio := int(e>>17&63) + lunarLen(e, 0) + lunarLen(e, 1) + 9
		if lm := lunarLeap(e); lm == 1 || lm == 2 {
			gio += lunarLen(e, 2)
		}
		if dayOfYear(d) >= gio {
			return groupSpring
		}
		return 0
	case time.May:
		if d.Day <= 7 {
			return groupSpring
		}
		return 0
	case time.August:
		if d.Day >= 30 {
			return groupNational
		}
		return 0
	case time.September:
		if d.Day <= 7 {
			return groupNational
		}
		return 0
	}
	if d.Month > time.March {
		return 0
	}
	if d.Year < lunarFirstYear || d.Year > lunarLastYear {
		return 0
	}
	// Tết falls in January or February, so its window never crosses a year.
	tet := int(lunarYears[d.Year-lunarFirstYear] >> 17 & 63)
	if doy := dayOfYear(d); doy >= tet-2 && doy <= tet+10 {
		return groupTet
	}
	return 0
}

// statutoryAt returns the statutory day on d (day number dn), if any.
func statutoryAt(d Date, dn int, rest uint8) (statDay, bool) {
	g := statutoryGroup(d)
	if g == 0 {
		return statDay{}, false
	}
	var l statList
	statutoryDays(d.Year, rest, g, &l)
	return l.find(dn)
}

func (s statDay) holiday() Holiday {
	return Holiday{
		Date:        DateFromDays(int(s.dn)),
		Name:        statNames[s.name],
		Kind:        s.kind,
		Source:      statSources[s.src],
		Provisional: true,
	}
}

// StatutoryHolidays returns the public holidays of solar year y under the
// Labor Code in force, with the compensatory days for a Saturday–Sunday
// weekly rest, sorted by date and all marked Provisional: the schedule a year
// gets when nothing has been announced. Lunar holidays are included for
// years 1900–2100 only.
func StatutoryHolidays(y int) []Holiday {
	var l statList
	statutoryDays(y, defaultRest, groupAll, &l)
	out := make([]Holiday, l.n)
	for i := range out {
		out[i] = l.d[i].holiday()
	}
	return out
}
