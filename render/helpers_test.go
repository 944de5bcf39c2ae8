package render_test

import (
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
)

// seed returns the seed directive and its report as of asOf, with
// progress on a few of its tasks (the figures of
// examples/haiphong06/progress.example.json).
func seed(t testing.TB, asOf string) (*directive.Directive, *directive.Report) {
	t.Helper()
	d, err := directive.Parse(seeds.HaiPhongDeAn06Text(), nil)
	if err != nil {
		t.Fatal(err)
	}
	day := calendar.MustParseISODate
	p := directive.Progress{}.
		Complete("2.3", "", day("2024-06-24")).
		Complete("3.4", "", day("2024-06-12")).
		Complete("3.7.1", "", day("2024-06-28")).
		Annotate("3.4", "", day("2024-06-12"), "Đã đưa Kho dữ liệu vào vận hành thử nghiệm <b>&</b> \"bàn giao\".").
		Measure("3.7.1", 0, "", kpi.Count(day("2024-06-28"), 40, 40)).
		Measure("3.7.2", 0, "", kpi.Count(day("2024-08-30"), 22, 40)).
		Measure("3.7.2", 0, "", kpi.Count(day("2024-10-15"), 31, 40)).
		Measure("4.3", 0, "", kpi.Count(day("2024-09-30"), 182430, 190112))
	r, err := directive.NewReport(d, &p, day(asOf), nil)
	if err != nil {
		t.Fatal(err)
	}
	return d, r
}
