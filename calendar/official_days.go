package calendar

// The civil-service schedule as announced, 2018–2026: every public holiday,
// compensatory day off (nghỉ bù), bridge day (ngày nghỉ hoán đổi) and worked
// Saturday (ngày làm bù) for cán bộ, công chức, viên chức, with its source.
// It is the data of testdata/vn-civil-service-days-2018-2026.json, kept
// in the same order (by date). Entries marked "python-holidays" were
// taken from the python-holidays project's Vietnam calendar, which follows
// the yearly announcements of the Ministry of Labour (Bộ LĐTBXH) and, from
// 2025, the Ministry of Home Affairs (Bộ Nội vụ); the others cite the
// announcement itself. The years 2019–2026 are complete: a day not listed is
// a working day from Monday to Friday and a rest day on Saturday and Sunday.
// For 2018 only the bridge day of the 2019 New Year swap is listed; the rest
// of 2018 follows the statutory rules (see holiday_statutory.go) and is provisional.

// Sources of the announced days.
const (
	srcPythonHolidays = "python-holidays"
	srcVPCP8726       = "VPCP 8726/VPCP-KGVX (26/11/2024); TB 6150/TB-BLĐTBXH"
	srcVPCP12729      = "VPCP 12729/VPCP-KGVX (25/12/2025)"
	srcTB9441         = "TB 9441/TB-BNV (16/10/2025)"
)

// officialFirstComplete and officialLastComplete bound the years whose
// announcement is complete in officialDays.
const (
	officialFirstComplete = 2019
	officialLastComplete  = 2026
)

// officialYearIndex[y-officialFirstYear] is the index in officialDays of the
// first entry of year y; the last element ends the table.
var officialYearIndex = [...]uint8{0, 1, 15, 27, 41, 56, 73, 88, 101, 117}

// officialDays lists the announced days, sorted by date.
var officialDays = [...]officialDay{
	// 2018
	{Date{2018, 12, 31}, HolidayBridge, "Ngày nghỉ (thay cho ngày 05/01/2019)", srcPythonHolidays}, // python-holidays

	// 2019
	{Date{2019, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                        // python-holidays
	{Date{2019, 1, 5}, HolidayWorkday, "Ngày làm bù", srcPythonHolidays},                          // python-holidays
	{Date{2019, 2, 4}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2019, 2, 5}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                        // python-holidays
	{Date{2019, 2, 6}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2019, 2, 7}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},                // python-holidays
	{Date{2019, 2, 8}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2019, 4, 14}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},               // python-holidays
	{Date{2019, 4, 15}, HolidaySubstitute, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)", srcPythonHolidays}, // python-holidays
	{Date{2019, 4, 29}, HolidayBridge, "Ngày nghỉ (thay cho ngày 04/05/2019)", srcPythonHolidays}, // python-holidays
	{Date{2019, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                     // python-holidays
	{Date{2019, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},                 // python-holidays
	{Date{2019, 5, 4}, HolidayWorkday, "Ngày làm bù", srcPythonHolidays},                          // python-holidays
	{Date{2019, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays

	// 2020
	{Date{2020, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},               // python-holidays
	{Date{2020, 1, 23}, HolidaySubstitute, "29 Tết", srcPythonHolidays},                  // python-holidays
	{Date{2020, 1, 24}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},    // python-holidays
	{Date{2020, 1, 25}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2020, 1, 26}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},     // python-holidays
	{Date{2020, 1, 27}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},      // python-holidays
	{Date{2020, 1, 28}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},     // python-holidays
	{Date{2020, 1, 29}, HolidaySubstitute, "Mùng năm Tết Nguyên Đán", srcPythonHolidays}, // python-holidays
	{Date{2020, 4, 2}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},       // python-holidays
	{Date{2020, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},            // python-holidays
	{Date{2020, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},        // python-holidays
	{Date{2020, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                   // python-holidays

	// 2021
	{Date{2021, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                      // python-holidays
	{Date{2021, 2, 10}, HolidaySubstitute, "29 Tết", srcPythonHolidays},                         // python-holidays
	{Date{2021, 2, 11}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},           // python-holidays
	{Date{2021, 2, 12}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                     // python-holidays
	{Date{2021, 2, 13}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},            // python-holidays
	{Date{2021, 2, 14}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},             // python-holidays
	{Date{2021, 2, 15}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},            // python-holidays
	{Date{2021, 2, 16}, HolidaySubstitute, "Mùng năm Tết Nguyên Đán", srcPythonHolidays},        // python-holidays
	{Date{2021, 4, 21}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},             // python-holidays
	{Date{2021, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                   // python-holidays
	{Date{2021, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},               // python-holidays
	{Date{2021, 5, 3}, HolidaySubstitute, "Ngày Quốc tế Lao động (nghỉ bù)", srcPythonHolidays}, // python-holidays
	{Date{2021, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                          // python-holidays
	{Date{2021, 9, 3}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                          // python-holidays

	// 2022
	{Date{2022, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                        // python-holidays
	{Date{2022, 1, 3}, HolidaySubstitute, "Tết Dương lịch (nghỉ bù)", srcPythonHolidays},          // python-holidays
	{Date{2022, 1, 31}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},             // python-holidays
	{Date{2022, 2, 1}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                        // python-holidays
	{Date{2022, 2, 2}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2022, 2, 3}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},                // python-holidays
	{Date{2022, 2, 4}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2022, 4, 10}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},               // python-holidays
	{Date{2022, 4, 11}, HolidaySubstitute, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)", srcPythonHolidays}, // python-holidays
	{Date{2022, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                     // python-holidays
	{Date{2022, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},                 // python-holidays
	{Date{2022, 5, 2}, HolidaySubstitute, "Ngày Chiến thắng (nghỉ bù)", srcPythonHolidays},        // python-holidays
	{Date{2022, 5, 3}, HolidaySubstitute, "Ngày Quốc tế Lao động (nghỉ bù)", srcPythonHolidays},   // python-holidays
	{Date{2022, 9, 1}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays
	{Date{2022, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays

	// 2023
	{Date{2023, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                       // python-holidays
	{Date{2023, 1, 2}, HolidaySubstitute, "Tết Dương lịch (nghỉ bù)", srcPythonHolidays},         // python-holidays
	{Date{2023, 1, 20}, HolidaySubstitute, "29 Tết", srcPythonHolidays},                          // python-holidays
	{Date{2023, 1, 21}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},            // python-holidays
	{Date{2023, 1, 22}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                      // python-holidays
	{Date{2023, 1, 23}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},             // python-holidays
	{Date{2023, 1, 24}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2023, 1, 25}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},             // python-holidays
	{Date{2023, 1, 26}, HolidaySubstitute, "Mùng năm Tết Nguyên Đán", srcPythonHolidays},         // python-holidays
	{Date{2023, 4, 29}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},              // python-holidays
	{Date{2023, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                    // python-holidays
	{Date{2023, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},                // python-holidays
	{Date{2023, 5, 2}, HolidaySubstitute, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)", srcPythonHolidays}, // python-holidays
	{Date{2023, 5, 3}, HolidaySubstitute, "Ngày Chiến thắng (nghỉ bù)", srcPythonHolidays},       // python-holidays
	{Date{2023, 9, 1}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                           // python-holidays
	{Date{2023, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                           // python-holidays
	{Date{2023, 9, 4}, HolidaySubstitute, "Quốc khánh (nghỉ bù)", srcPythonHolidays},             // python-holidays

	// 2024
	{Date{2024, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                        // python-holidays
	{Date{2024, 2, 8}, HolidaySubstitute, "29 Tết", srcPythonHolidays},                            // python-holidays
	{Date{2024, 2, 9}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2024, 2, 10}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                       // python-holidays
	{Date{2024, 2, 11}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2024, 2, 12}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2024, 2, 13}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2024, 2, 14}, HolidaySubstitute, "Mùng năm Tết Nguyên Đán", srcPythonHolidays},          // python-holidays
	{Date{2024, 4, 18}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},               // python-holidays
	{Date{2024, 4, 29}, HolidayBridge, "Ngày nghỉ (thay cho ngày 04/05/2024)", srcPythonHolidays}, // python-holidays
	{Date{2024, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                     // python-holidays
	{Date{2024, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},                 // python-holidays
	{Date{2024, 5, 4}, HolidayWorkday, "Ngày làm bù", srcPythonHolidays},                          // python-holidays
	{Date{2024, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays
	{Date{2024, 9, 3}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays

	// 2025
	{Date{2025, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                     // python-holidays
	{Date{2025, 1, 27}, HolidayPublic, "28 tháng Chạp (Tết Âm lịch)", srcVPCP8726},             // VPCP 8726/VPCP-KGVX (26/11/2024); TB 6150/TB-BLĐTBXH
	{Date{2025, 1, 28}, HolidayPublic, "29 tháng Chạp - Giao thừa (Tết Âm lịch)", srcVPCP8726}, // VPCP 8726/VPCP-KGVX (26/11/2024); TB 6150/TB-BLĐTBXH
	{Date{2025, 1, 29}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                    // python-holidays
	{Date{2025, 1, 30}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},           // python-holidays
	{Date{2025, 1, 31}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},            // python-holidays
	{Date{2025, 4, 7}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},             // python-holidays
	{Date{2025, 4, 26}, HolidayWorkday, "Ngày làm bù (cho ngày 02/05/2025)", srcVPCP8726},      // VPCP 8726/VPCP-KGVX (26/11/2024); TB 6150/TB-BLĐTBXH
	{Date{2025, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                  // python-holidays
	{Date{2025, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},              // python-holidays
	{Date{2025, 5, 2}, HolidayBridge, "Ngày nghỉ (thay cho ngày 26/04/2025)", srcVPCP8726},     // VPCP 8726/VPCP-KGVX (26/11/2024); TB 6150/TB-BLĐTBXH
	{Date{2025, 9, 1}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                         // python-holidays
	{Date{2025, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                         // python-holidays

	// 2026
	{Date{2026, 1, 1}, HolidayPublic, "Tết Dương lịch", srcPythonHolidays},                        // python-holidays
	{Date{2026, 1, 2}, HolidayBridge, "Ngày nghỉ (thay cho ngày 10/01/2026)", srcVPCP12729},       // VPCP 12729/VPCP-KGVX (25/12/2025)
	{Date{2026, 1, 10}, HolidayWorkday, "Ngày làm bù (cho ngày 02/01/2026)", srcVPCP12729},        // VPCP 12729/VPCP-KGVX (25/12/2025)
	{Date{2026, 2, 16}, HolidayPublic, "Giao thừa Tết Nguyên Đán", srcPythonHolidays},             // python-holidays
	{Date{2026, 2, 17}, HolidayPublic, "Tết Nguyên Đán", srcPythonHolidays},                       // python-holidays
	{Date{2026, 2, 18}, HolidayPublic, "Mùng hai Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2026, 2, 19}, HolidayPublic, "Mùng ba Tết Nguyên Đán", srcPythonHolidays},               // python-holidays
	{Date{2026, 2, 20}, HolidayPublic, "Mùng bốn Tết Nguyên Đán", srcPythonHolidays},              // python-holidays
	{Date{2026, 4, 26}, HolidayPublic, "Ngày Giỗ Tổ Hùng Vương", srcPythonHolidays},               // python-holidays
	{Date{2026, 4, 27}, HolidaySubstitute, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)", srcPythonHolidays}, // python-holidays
	{Date{2026, 4, 30}, HolidayPublic, "Ngày Chiến thắng", srcPythonHolidays},                     // python-holidays
	{Date{2026, 5, 1}, HolidayPublic, "Ngày Quốc tế Lao động", srcPythonHolidays},                 // python-holidays
	{Date{2026, 8, 22}, HolidayWorkday, "Ngày làm bù (cho ngày 31/08/2026)", srcTB9441},           // TB 9441/TB-BNV (16/10/2025)
	{Date{2026, 8, 31}, HolidayBridge, "Ngày nghỉ (thay cho ngày 22/08/2026)", srcTB9441},         // TB 9441/TB-BNV (16/10/2025)
	{Date{2026, 9, 1}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays
	{Date{2026, 9, 2}, HolidayPublic, "Quốc khánh", srcPythonHolidays},                            // python-holidays
}
