package calendar

import (
	"strconv"
	"strings"
	"time"
)

// This file writes expressions back in canonical administrative Vietnamese,
// following the presentation rules of Decree 30/2020/NĐ-CP (days below 10
// and the months 1 and 2 written with a leading zero: "ngày 05 tháng 01 năm
// 2024", "01/7/2024", "11/02/2024").

// String returns e in canonical administrative Vietnamese, such that
// Parse(e.String(), ref) gives e back (but for its span) with the ref e was
// parsed with:
//
//	date        ngày 05 tháng 01 năm 2024      (14 giờ 30 ngày 20 tháng 5 năm 2022)
//	period      tháng 3/2024, quý III/2024, 6 tháng đầu năm 2024, năm 2025,
//	            giai đoạn 2022-2025, đầu tháng 6/2025, từ ngày 01/7/2024 đến ngày 31/12/2024
//	partial     ngày  tháng 3 năm 2024 (ngày  tháng  năm, with no part known,
//	            parses to nothing)
//	deadline    trước ngày 30/6/2024, chậm nhất ngày 05/4/2024, trong quý III/2024, đến năm 2030
//	recurrence  hằng tháng, định kỳ 6 tháng, trước ngày 15 hằng tháng, thứ Sáu hằng tuần
//	ongoing     thường xuyên
//	event       khi có yêu cầu
//	open        từ năm 2025 trở đi, kể từ ngày 01/01/2025
//	relative    trong vòng 30 ngày kể từ ngày ký
//
// An Expr that no parse could give (a zero Kind, a half-year cadence) is
// written as near as the language allows.
func (e Expr) String() string {
	var buf [64]byte
	return string(e.AppendTo(buf[:0]))
}

// AppendTo appends the String form of e to b.
func (e Expr) AppendTo(b []byte) []byte {
	switch e.Kind {
	case KindDate:
		b = appendClock(b, e.Time)
		return appendHeaderDate(b, e.Period.First)
	case KindPeriod:
		if e.Warning == WarningSchoolYear {
			return appendSchool(b, e.Period)
		}
		return appendPeriod(b, e.Period)
	case KindPartial:
		if e.Period.First == (Date{}) {
			// Nothing known: read with no reference date.
			return append(b, "ngày  tháng  năm"...)
		}
		b = append(b, "ngày  tháng "...)
		if e.Period.Grain == GrainMonth {
			b = strconv.AppendInt(b, int64(e.Period.First.Month), 10)
			b = append(b, ' ')
		} else {
			b = append(b, ' ')
		}
		b = append(b, "năm "...)
		return strconv.AppendInt(b, int64(e.Period.First.Year), 10)
	case KindDeadline:
		return appendDeadline(b, e)
	case KindRecurrence:
		if e.Time.Set && e.Recurrence.Interval <= 1 && (e.Recurrence.Every == GrainDay || e.Recurrence.Every == GrainWeek) {
			b = appendClock(b, e.Time) // "16 giờ 00 thứ Sáu hằng tuần"
		}
		return appendRecurrence(b, e.Recurrence)
	case KindOngoing:
		return append(b, "thường xuyên"...)
	case KindEvent:
		return append(b, "khi có yêu cầu"...)
	case KindOpen:
		p := e.Period
		if e.Warning == WarningSchoolYear {
			b = append(b, "từ "...)
			b = appendSchool(b, Period{First: p.First, Last: p.First.AddMonths(9).AddDays(-1), Grain: GrainMonth})
			return append(b, " trở đi"...)
		}
		if p.Grain == GrainDay {
			b = append(b, "kể từ "...)
			b = appendClock(b, e.Time)
			return appendDay(b, p.First)
		}
		b = append(b, "từ "...)
		b = appendPeriod(b, anchorOf(p.First, p.Grain))
		return append(b, " trở đi"...)
	case KindRelative:
		if o := e.Offset; e.Time.Set && o.N == 1 && o.Unit == GrainDay && o.Working && !o.After {
			// "08 giờ 00 ngày làm việc tiếp theo": the next working day at
			// a time of day.
			b = appendClock(b, e.Time)
			b = append(b, "ngày làm việc tiếp theo"...)
			return appendEvent(b, o.From, e.Period.First)
		}
		return appendRelative(b, e.Offset, e.Period.First)
	}
	return b
}

// anchorOf returns the period of grain g starting at d.
func anchorOf(d Date, g Grain) Period {
	switch g {
	case GrainMonth:
		return MonthPeriod(d.Year, d.Month)
	case GrainQuarter:
		return QuarterPeriod(d.Year, (int(d.Month)-1)/3+1)
	case GrainHalf:
		return HalfPeriod(d.Year, (int(d.Month)-1)/6+1)
	case GrainYear, GrainYears:
		return YearPeriod(d.Year)
	}
	return DayPeriod(d)
}

// append0 appends n with a leading zero below 10.
func append0(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendMonthNum appends a month number, with a leading zero for 1 and 2.
func appendMonthNum(b []byte, m time.Month) []byte {
	if m <= 2 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(m), 10)
}

// appendHeaderDate appends "ngày 05 tháng 01 năm 2024".
func appendHeaderDate(b []byte, d Date) []byte {
	b = append(b, "ngày "...)
	b = append0(b, d.Day)
	b = append(b, " tháng "...)
	b = appendMonthNum(b, d.Month)
	b = append(b, " năm "...)
	return strconv.AppendInt(b, int64(d.Year), 10)
}

// appendNumeric appends "30/6/2024".
func appendNumeric(b []byte, d Date) []byte {
	b = append0(b, d.Day)
	b = append(b, '/')
	b = appendMonthNum(b, d.Month)
	b = append(b, '/')
	return strconv.AppendInt(b, int64(d.Year), 10)
}

// appendDay appends "ngày 30/6/2024".
func appendDay(b []byte, d Date) []byte {
	b = append(b, "ngày "...)
	return appendNumeric(b, d)
}

// appendClock appends "14 giờ 30 " (nothing when c is unset).
func appendClock(b []byte, c Clock) []byte {
	if !c.Set {
		return b
	}
	b = strconv.AppendInt(b, int64(c.Hour), 10)
	b = append(b, " giờ "...)
	b = append(b, '0'+c.Minute/10, '0'+c.Minute%10, ' ')
	return b
}

var romanQuarters = [...]string{"", "I", "II", "III", "IV"}

// appendPeriod appends the name of p: one day, a month, a quarter, a half,
// a year, a phase, a part of a month, or a range.
func appendPeriod(b []byte, p Period) []byte {
	f, l := p.First, p.Last
	if !f.IsValid() || !l.IsValid() {
		return b
	}
	switch p.Grain {
	case GrainDay:
		if f == l {
			return appendDay(b, f)
		}
		if f.Year == l.Year && f.Month == l.Month {
			last := DaysIn(f.Year, f.Month)
			part := ""
			switch {
			case f.Day == 1 && l.Day == 10:
				part = "đầu"
			case f.Day == 11 && l.Day == 20:
				part = "giữa"
			case f.Day == 21 && l.Day == last:
				part = "cuối"
			}
			if part != "" {
				b = append(b, part...)
				b = append(b, " tháng "...)
				b = strconv.AppendInt(b, int64(f.Month), 10)
				b = append(b, '/')
				return strconv.AppendInt(b, int64(f.Year), 10)
			}
		}
		if l == f.AddDays(2) && f == Tet(f.Year) {
			// The three days of Tết, as the parser reads "Tết Nguyên đán".
			b = append(b, "Tết Nguyên đán "...)
			b = append(b, YearName(f.Year)...)
			b = append(b, " năm "...)
			return strconv.AppendInt(b, int64(f.Year), 10)
		}
		b = append(b, "từ "...)
		b = appendDay(b, f)
		b = append(b, " đến "...)
		return appendDay(b, l)
	case GrainMonth:
		if f.Day == 1 && l.Day == DaysIn(l.Year, l.Month) {
			if f.Year == l.Year && f.Month == l.Month {
				return appendMonth(b, f)
			}
			if f.Year == l.Year && f.Month == 1 && l.Month < 12 && l.Month != 3 && l.Month != 6 {
				// "9 tháng đầu năm 2025"
				b = strconv.AppendInt(b, int64(l.Month), 10)
				b = append(b, " tháng đầu năm "...)
				return strconv.AppendInt(b, int64(f.Year), 10)
			}
			if f.Year == l.Year && l.Month == 12 && f.Month > 1 && f.Month != 10 && f.Month != 7 {
				b = strconv.AppendInt(b, int64(13-f.Month), 10)
				b = append(b, " tháng cuối năm "...)
				return strconv.AppendInt(b, int64(f.Year), 10)
			}
			b = append(b, "từ "...)
			b = appendMonth(b, f)
			b = append(b, " đến "...)
			return appendMonth(b, l)
		}
	case GrainQuarter:
		if f.Day == 1 && (f.Month-1)%3 == 0 && l.Day == DaysIn(l.Year, l.Month) && l.Month%3 == 0 {
			if l.DaysSince(f) < 93 {
				return appendQuarter(b, f)
			}
			if f.Year == l.Year && f.Month == 1 && l.Month == 3 {
				return appendQuarter(b, f)
			}
			b = append(b, "từ "...)
			b = appendQuarter(b, f)
			b = append(b, " đến "...)
			return appendQuarter(b, Date{l.Year, l.Month - 2, 1})
		}
	case GrainHalf:
		if f.Day == 1 && l.Year == f.Year && (f.Month == 1 && l.Month == 6 || f.Month == 7 && l.Month == 12) {
			if f.Month == 1 {
				b = append(b, "6 tháng đầu năm "...)
			} else {
				b = append(b, "6 tháng cuối năm "...)
			}
			return strconv.AppendInt(b, int64(f.Year), 10)
		}
	case GrainWeek:
		// "tuần đầu tháng 6/2024", "tuần thứ hai của tháng 6/2024",
		// "tuần cuối năm 2024": the weeks the parser reads.
		if f.Year == l.Year && f.Month == l.Month && l.Day-f.Day == 6 {
			last := DaysIn(f.Year, f.Month)
			yearWeek := f.Month == 1 && f.Day == 1 || f.Month == 12 && l.Day == 31
			part := ""
			switch {
			case f.Day == 1:
				part = "tuần đầu "
			case l.Day == last:
				part = "tuần cuối "
			case f.Day == 8:
				part = "tuần thứ hai của "
			case f.Day == 15:
				part = "tuần thứ ba của "
			case f.Day == 22:
				part = "tuần thứ tư của "
			}
			if part != "" {
				b = append(b, part...)
				if yearWeek {
					b = append(b, "năm "...)
					return strconv.AppendInt(b, int64(f.Year), 10)
				}
				return appendMonth(b, f)
			}
		}
		if l.DaysSince(f) == 6 {
			// Any other seven days: "tuần từ ngày 11/3/2024 đến ngày 17/3/2024".
			b = append(b, "tuần từ "...)
			b = appendDay(b, f)
			b = append(b, " đến "...)
			return appendDay(b, l)
		}
	case GrainYear:
		if f.Year == l.Year {
			b = append(b, "năm "...)
			return strconv.AppendInt(b, int64(f.Year), 10)
		}
		fallthrough
	case GrainYears:
		b = append(b, "giai đoạn "...)
		b = strconv.AppendInt(b, int64(f.Year), 10)
		b = append(b, '-')
		return strconv.AppendInt(b, int64(l.Year), 10)
	}
	// Anything else: a range of days.
	b = append(b, "từ "...)
	b = appendDay(b, f)
	b = append(b, " đến "...)
	return appendDay(b, l)
}

func appendMonth(b []byte, d Date) []byte {
	b = append(b, "tháng "...)
	b = strconv.AppendInt(b, int64(d.Month), 10)
	b = append(b, '/')
	return strconv.AppendInt(b, int64(d.Year), 10)
}

func appendQuarter(b []byte, d Date) []byte {
	b = append(b, "quý "...)
	b = append(b, romanQuarters[(int(d.Month)-1)/3+1]...)
	b = append(b, '/')
	return strconv.AppendInt(b, int64(d.Year), 10)
}

func appendDeadline(b []byte, e Expr) []byte {
	p := e.Period
	switch e.Relation {
	case RelationBefore:
		b = append(b, "trước "...)
	case RelationBy:
		b = append(b, "chậm nhất "...)
	case RelationWithin:
		b = append(b, "trong "...)
	case RelationUntil:
		b = append(b, "đến "...)
	}
	b = appendClock(b, e.Time)
	if e.Warning == WarningSchoolYear {
		return appendSchool(b, p)
	}
	if p.Grain == GrainDay && p.First == p.Last {
		return appendDay(b, p.First)
	}
	if e.Relation == RelationBy && p.Grain == GrainQuarter && p.First.Month == 10 && p.Last.Month == 12 && p.First.Year == p.Last.Year {
		// "chậm nhất quý IV/2024" reads the same as "đến cuối năm 2024"
		return appendQuarter(b, p.First)
	}
	n := len(b)
	b = appendPeriod(b, p)
	if strings.HasPrefix(string(b[n:]), "từ ") {
		// A range: "trong khoảng từ ngày 01/7/2024 đến ngày 15/8/2024".
		b = append(b[:n], append([]byte("khoảng "), b[n:]...)...)
	}
	return b
}

var cadenceWords = [...]string{GrainDay: "ngày", GrainWeek: "tuần", GrainMonth: "tháng", GrainQuarter: "quý", GrainHalf: "6 tháng", GrainYear: "năm", GrainYears: "năm"}

var exprWeekdayNames = [...]string{"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "chủ nhật"}

func appendRecurrence(b []byte, r Recurrence) []byte {
	if int(r.Every) >= len(cadenceWords) || r.Every == GrainUnknown {
		return append(b, "định kỳ"...)
	}
	n := max(r.Interval, 1)
	// The day of a longer cadence, in its period's last month.
	lastDay := func(b []byte) []byte {
		if r.DayOfPeriod < 1 || r.DayOfPeriod > 31 || r.Every == GrainDay || r.Every == GrainWeek {
			return b
		}
		b = append(b, ", trước ngày "...)
		b = strconv.AppendInt(b, int64(r.DayOfPeriod), 10)
		return append(b, " của tháng cuối kỳ"...)
	}
	if r.Every == GrainHalf {
		b = append(b, "định kỳ "...)
		b = strconv.AppendInt(b, int64(6*n), 10)
		b = append(b, " tháng"...)
		return lastDay(b)
	}
	if n > 1 {
		b = append(b, "định kỳ "...)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, ' ')
		b = append(b, cadenceWords[r.Every]...)
		return lastDay(b)
	}
	switch {
	case r.Every == GrainWeek && r.DayOfPeriod >= 1 && r.DayOfPeriod <= 7:
		b = append(b, exprWeekdayNames[r.DayOfPeriod]...)
		b = append(b, ' ')
	case r.Every == GrainYear && r.On.Month != 0:
		b = append(b, "trước ngày "...)
		b = append0(b, r.On.Day)
		b = append(b, '/')
		b = appendMonthNum(b, r.On.Month)
		b = append(b, ' ')
	case r.Every == GrainQuarter && r.DayOfPeriod > 0:
		// The day is in each quarter's last month.
		b = append(b, "trước ngày "...)
		b = strconv.AppendInt(b, int64(r.DayOfPeriod), 10)
		return append(b, " của tháng cuối quý"...)
	case r.DayOfPeriod > 0 && r.Every != GrainDay && r.Every != GrainWeek:
		b = append(b, "trước ngày "...)
		b = strconv.AppendInt(b, int64(r.DayOfPeriod), 10)
		b = append(b, ' ')
	}
	b = append(b, "hằng "...)
	return append(b, cadenceWords[r.Every]...)
}

var unitWords = [...]string{GrainDay: "ngày", GrainWeek: "tuần", GrainMonth: "tháng", GrainQuarter: "quý", GrainHalf: "6 tháng", GrainYear: "năm", GrainYears: "năm"}

func appendRelative(b []byte, o Offset, event Date) []byte {
	if o.After {
		b = append(b, "sau "...)
	} else {
		b = append(b, "trong vòng "...)
	}
	b = append0(b, o.N)
	b = append(b, ' ')
	if int(o.Unit) < len(unitWords) {
		b = append(b, unitWords[o.Unit]...)
	}
	if o.Working {
		b = append(b, " làm việc"...)
	}
	return appendEvent(b, o.From, event)
}

// appendEvent appends what an offset counts from: " kể từ ngày ký", " kể
// từ ngày 15/3/2025" (nothing for another event with no day).
func appendEvent(b []byte, from Event, event Date) []byte {
	switch from {
	case EventSigning:
		b = append(b, " kể từ ngày ký"...)
	case EventReceipt:
		b = append(b, " kể từ ngày nhận được văn bản"...)
	case EventEffective:
		b = append(b, " kể từ ngày có hiệu lực"...)
	case EventOther:
		if event.IsValid() { // "kể từ ngày 15/3/2025"
			b = append(b, " kể từ "...)
			b = appendDay(b, event)
		}
	}
	return b
}

// appendSchool appends the school year, or its đầu, giữa or cuối, whose
// months p spans (see WarningSchoolYear): "đầu năm học 2025-2026".
func appendSchool(b []byte, p Period) []byte {
	y := p.First.Year
	if p.First.Month < 9 {
		y--
	}
	if p.Last.DaysSince(p.First) < 200 {
		switch p.First.Month {
		case 9:
			b = append(b, "đầu "...)
		case 12:
			b = append(b, "giữa "...)
		default:
			b = append(b, "cuối "...)
		}
	}
	b = append(b, "năm học "...)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-')
	return strconv.AppendInt(b, int64(y+1), 10)
}
