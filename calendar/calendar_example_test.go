package calendar_test

import (
	"fmt"
	"time"

	"github.com/chidao/chidao/calendar"
)

// Adding working days over the 2024 Reunification Day break: Monday 29 April
// is a bridge day, 30 April and 1 May are holidays, and Saturday 4 May is
// worked in exchange.
func ExampleCalendar_AddWorkdays() {
	cal := calendar.Official()
	start := calendar.Date{Year: 2024, Month: time.April, Day: 26}
	for _, n := range []int{1, 3, 5, -1} {
		d := cal.AddWorkdays(start, n)
		fmt.Println(n, d, d.VietnameseWeekday())
	}
	// Output:
	// 1 2024-05-02 Thứ Năm
	// 3 2024-05-04 Thứ Bảy
	// 5 2024-05-07 Thứ Ba
	// -1 2024-04-25 Thứ Năm
}

func ExampleCalendar_WorkdaysBetween() {
	cal := calendar.Official()
	a := calendar.Date{Year: 2025, Month: time.January, Day: 24}
	b := calendar.Date{Year: 2025, Month: time.February, Day: 7}
	fmt.Println(cal.WorkdaysBetween(a, b), "working days after", a, "up to", b)
	// Output:
	// 5 working days after 2025-01-24 up to 2025-02-07
}

func ExampleLunarOf() {
	d := calendar.Date{Year: 2024, Month: time.February, Day: 10}
	l := calendar.LunarOf(d)
	fmt.Println(l)
	fmt.Println(l.TraditionalMonth(), l.YearName())
	fmt.Println(calendar.LunarOf(calendar.Date{Year: 2023, Month: time.April, Day: 5}))
	// Output:
	// ngày 1 tháng 1 năm Giáp Thìn
	// tháng Giêng Giáp Thìn
	// ngày 15 tháng 2 nhuận năm Quý Mão
}

func ExampleLunarDate_Solar() {
	// Giỗ Tổ Hùng Vương, 10/3 âm lịch, in 2025 and 2026.
	for _, y := range []int{2025, 2026} {
		d, err := calendar.LunarDate{Year: y, Month: 3, Day: 10}.Solar()
		fmt.Println(d, d.VietnameseWeekday(), err)
	}
	_, err := calendar.LunarDate{Year: 2024, Month: 2, Day: 1, Leap: true}.Solar()
	fmt.Println(err)
	// Output:
	// 2025-04-07 Thứ Hai <nil>
	// 2026-04-26 Chủ nhật <nil>
	// calendar: lunar date 2024-02L-01: the year has no such leap month
}

// A lunar holiday: Giỗ Tổ Hùng Vương 2026 falls on a Sunday, so the next
// Monday is a compensatory day off.
func ExampleCalendar_Holiday() {
	cal := calendar.Official()
	for _, d := range []calendar.Date{{Year: 2026, Month: time.April, Day: 26}, {Year: 2026, Month: time.April, Day: 27}} {
		h, ok := cal.Holiday(d)
		fmt.Println(d, ok, h.Kind, h.Name, calendar.LunarOf(d))
	}
	// Output:
	// 2026-04-26 true holiday Ngày Giỗ Tổ Hùng Vương ngày 10 tháng 3 năm Bính Ngọ
	// 2026-04-27 true substitute Ngày Giỗ Tổ Hùng Vương (nghỉ bù) ngày 11 tháng 3 năm Bính Ngọ
}

func ExampleCalendar_Holidays() {
	for _, h := range calendar.Official().Holidays(2025) {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2025-01-01 Tết Dương lịch
	// 2025-01-27 28 tháng Chạp (Tết Âm lịch)
	// 2025-01-28 29 tháng Chạp - Giao thừa (Tết Âm lịch)
	// 2025-01-29 Tết Nguyên Đán
	// 2025-01-30 Mùng hai Tết Nguyên Đán
	// 2025-01-31 Mùng ba Tết Nguyên Đán
	// 2025-04-07 Ngày Giỗ Tổ Hùng Vương
	// 2025-04-30 Ngày Chiến thắng
	// 2025-05-01 Ngày Quốc tế Lao động
	// 2025-05-02 Ngày nghỉ (thay cho ngày 26/04/2025)
	// 2025-09-01 Quốc khánh
	// 2025-09-02 Quốc khánh
}

// Options: an employer that works Saturdays, and a local holiday.
func ExampleCalendar_With() {
	d := calendar.Date{Year: 2024, Month: time.June, Day: 8} // a Saturday
	cal := calendar.Official().WithRestDays(time.Sunday).With(calendar.Holiday{
		Date: calendar.Date{Year: 2024, Month: time.June, Day: 10},
		Name: "Ngày nghỉ của đơn vị",
		Kind: calendar.HolidayLocal,
	})
	fmt.Println(calendar.Official().IsWorkday(d), cal.IsWorkday(d))
	fmt.Println(cal.NextWorkday(d))
	// Output:
	// false true
	// 2024-06-11
}

func ExampleCalendar_Provisional() {
	cal := calendar.Official()
	fmt.Println(cal.Provisional(2026), cal.Provisional(2027))
	h, _ := cal.Holiday(calendar.Tet(2027))
	fmt.Println(h.Date, h.Name, h.Provisional)
	// Output:
	// false true
	// 2027-02-06 Tết Nguyên Đán true
}

// "trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", the
// file received on Friday 25 April 2025.
func ExampleCalendar_ResolveRelative() {
	e := calendar.Expr{
		Kind:   calendar.KindRelative,
		Offset: calendar.Offset{N: 5, Unit: calendar.GrainDay, Working: true, From: calendar.EventReceipt},
	}
	cal := calendar.Official()
	due, err := cal.ResolveRelative(e, calendar.Date{Year: 2025, Month: time.April, Day: 25})
	fmt.Println(due, err)
	_, err = cal.ResolveRelative(e, calendar.Date{})
	fmt.Println(err)
	// Output:
	// 2025-05-06 <nil>
	// calendar: the date of the event the period counts from is not known
}

func ExampleCalendar_PeriodEnd() {
	cal := calendar.Official()
	// 30 days from 29/3/2024 end on Sunday 28/4; 29/4 is a bridge day and
	// 30/4, 1/5 are holidays, so the period ends on Thursday 2/5.
	d, _ := cal.PeriodEnd(calendar.Date{Year: 2024, Month: time.March, Day: 29}, calendar.Offset{N: 30, Unit: calendar.GrainDay})
	fmt.Println(d)
	// One month from 31/1/2024 ends on 29/2/2024 (no 31 February).
	d, _ = cal.PeriodEnd(calendar.Date{Year: 2024, Month: time.January, Day: 31}, calendar.Offset{N: 1, Unit: calendar.GrainMonth})
	fmt.Println(d)
	// Output:
	// 2024-05-02
	// 2024-02-29
}

func ExampleYearName() {
	fmt.Println(calendar.YearName(2024), calendar.YearName(2025), calendar.DayCanChi(calendar.Date{Year: 2024, Month: time.February, Day: 10}))
	fmt.Println(calendar.WeekdayName(time.Monday), calendar.WeekdayName(time.Sunday), calendar.LunarMonthName(12))
	// Output:
	// Giáp Thìn Ất Tỵ Giáp Thìn
	// Thứ Hai Chủ nhật tháng Chạp
}
