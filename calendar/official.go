package calendar

//go:generate go run gen_official.go

// The civil-service schedule as announced, 2018–2026 (official_days.go,
// generated from testdata/vn-civil-service-days-2018-2026.json): every
// public holiday, compensatory day off (nghỉ bù), bridge day (ngày nghỉ hoán
// đổi) and worked Saturday (ngày làm bù) for cán bộ, công chức, viên chức,
// each with its source. Entries whose source is "python-holidays" were taken
// from the python-holidays project's Vietnam calendar, which follows the
// yearly announcements of the Ministry of Labour (Bộ LĐTBXH) and, from 2025,
// the Ministry of Home Affairs (Bộ Nội vụ); the others cite the announcement
// itself (công văn of the Government Office, VPCP; thông báo, TB).
//
// The years 2019–2026 are complete: a day not listed is a working day from
// Monday to Friday and a rest day on Saturday and Sunday. For 2018 only the
// bridge day of the 2019 New Year swap is listed; the rest of 2018 follows
// the statutory rules (holiday_statutory.go) and is provisional.

// officialFirstComplete and officialLastComplete bound the years whose
// announcement is complete in officialDays.
const (
	officialFirstComplete = 2019
	officialLastComplete  = 2026
)
