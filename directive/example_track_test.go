package directive_test

import (
	"fmt"
	"io"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
)

// Example_track is the README's "track a directive in 20 lines": parse a
// directive, record progress, report as of a day, print.
func Example_track() {
	d, err := directive.Parse(seeds.HaiPhongDeAn06Text(), nil) // any directive's text
	if err != nil {
		fmt.Println(err)
		return
	}
	day := calendar.MustParseISODate
	p := directive.Progress{}.
		Complete("2.3", "", day("2024-06-24")).                       // task 2.3 done on 24/6
		Complete("3.4", "", day("2024-06-12")).                       // 3.4 done, late
		Measure("3.7.2", 0, "", kpi.Count(day("2024-10-15"), 31, 40)) // 31 of 40 systems
	r, err := directive.NewReport(d, &p, day("2024-12-01"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range r.Overdue {
		t := r.Tasks[o.Index]
		fmt.Printf("%s quá hạn %d ngày (hạn %s), chủ trì: %s\n", t.Label, o.Days, directive.NumericDate(t.Due), t.Lead[0].Name)
	}
	fmt.Println("hoàn thành", r.Totals.DoneOfDue(), "số nhiệm vụ đã đến hạn")
	r.WriteText(io.Discard) // the whole report; or render.HTML, render.CSV, render.ICS
	// Output:
	// 3.7.1 quá hạn 154 ngày (hạn 30/06/2024), chủ trì: Sở Thông tin và Truyền thông
	// 3.7.2 quá hạn 1 ngày (hạn 30/11/2024), chủ trì: Sở Thông tin và Truyền thông
	// hoàn thành 50% số nhiệm vụ đã đến hạn
}
