package main

import (
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
)

// illustrativeProgress is made-up progress on the seed's tasks, to show the
// status report: it is not the real progress of the directive. The tasks
// are named by their labels.
func illustrativeProgress() directive.Progress {
	day := calendar.MustParseISODate
	var p directive.Progress
	// Training on information security (police): done before 01/7/2024.
	p = p.Complete("2.3", "", day("2024-06-24"))
	// The records warehouse (information department): due 31/5/2024,
	// done late.
	p = p.Complete("3.4", "", day("2024-06-12"))
	p = p.Annotate("3.4", "", day("2024-06-12"), "Đã đưa Kho dữ liệu vào vận hành thử nghiệm.")
	// Security levels approved for 40 systems by 30/6/2024.
	p = p.Complete("3.7.1", "", day("2024-06-28"))
	p = p.Measure("3.7.1", 0, "", kpi.Count(day("2024-06-28"), 40, 40))
	// Protection plans deployed: 31 of 40 systems by October.
	p = p.Measure("3.7.2", 0, "", kpi.Count(day("2024-10-15"), 31, 40))
	// Social-insurance payments without cash.
	p = p.Measure("4.3", 0, "", kpi.Count(day("2024-09-30"), 182_430, 190_112))
	// Land database: in progress, due in 2025.
	p = p.Annotate("5.1", "", day("2024-09-30"), "Đã hoàn thành số hóa 4/8 quận, huyện.")
	return p
}
