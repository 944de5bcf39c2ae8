package calendar

import "time"

// Vietnamese names of weekdays, lunar months and the sexagenary (can-chi)
// cycle. All strings are NFC.

// viWeekdayNames are the Vietnamese weekday names, indexed by time.Weekday.
var viWeekdayNames = [7]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// WeekdayName returns the Vietnamese name of w as written at the start of a
// sentence: "Thứ Hai" for Monday … "Thứ Bảy", "Chủ nhật". It returns "" for
// a value outside time.Sunday…time.Saturday.
func WeekdayName(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return viWeekdayNames[w]
}

// VietnameseWeekday returns the Vietnamese name of d's day of the week,
// "Thứ Bảy" for 2024-02-10.
func (d Date) VietnameseWeekday() string { return viWeekdayNames[d.Weekday()] }

// lunarMonthNames are the traditional names of the lunar months 1–12.
var lunarMonthNames = [13]string{"", "tháng Giêng", "tháng Hai", "tháng Ba", "tháng Tư", "tháng Năm",
	"tháng Sáu", "tháng Bảy", "tháng Tám", "tháng Chín", "tháng Mười", "tháng Mười Một", "tháng Chạp"}

// LunarMonthName returns the traditional name of lunar month m (1–12):
// "tháng Giêng" for 1, "tháng Tư" for 4, "tháng Mười Một" for 11, "tháng Chạp"
// for 12. It returns "" for any other m.
func LunarMonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return lunarMonthNames[m]
}

// heavenlyStems (can) and earthlyBranches (chi) of the sexagenary cycle.
var (
	heavenlyStems   = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	earthlyBranches = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)

// canChiNames is the sexagenary cycle: entry i is stem i%10 and branch i%12.
// 1984 (Giáp Tý) starts a cycle.
var canChiNames = [60]string{
	"Giáp Tý", "Ất Sửu", "Bính Dần", "Đinh Mão", "Mậu Thìn", "Kỷ Tỵ",
	"Canh Ngọ", "Tân Mùi", "Nhâm Thân", "Quý Dậu", "Giáp Tuất", "Ất Hợi",
	"Bính Tý", "Đinh Sửu", "Mậu Dần", "Kỷ Mão", "Canh Thìn", "Tân Tỵ",
	"Nhâm Ngọ", "Quý Mùi", "Giáp Thân", "Ất Dậu", "Bính Tuất", "Đinh Hợi",
	"Mậu Tý", "Kỷ Sửu", "Canh Dần", "Tân Mão", "Nhâm Thìn", "Quý Tỵ",
	"Giáp Ngọ", "Ất Mùi", "Bính Thân", "Đinh Dậu", "Mậu Tuất", "Kỷ Hợi",
	"Canh Tý", "Tân Sửu", "Nhâm Dần", "Quý Mão", "Giáp Thìn", "Ất Tỵ",
	"Bính Ngọ", "Đinh Mùi", "Mậu Thân", "Kỷ Dậu", "Canh Tuất", "Tân Hợi",
	"Nhâm Tý", "Quý Sửu", "Giáp Dần", "Ất Mão", "Bính Thìn", "Đinh Tỵ",
	"Mậu Ngọ", "Kỷ Mùi", "Canh Thân", "Tân Dậu", "Nhâm Tuất", "Quý Hợi",
}

func modPos(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// YearName returns the can-chi name of lunar year y, "Giáp Thìn" for 2024.
// Every integer year has a name; the cycle repeats every 60 years.
func YearName(y int) string { return canChiNames[modPos(y-4, 60)] }
