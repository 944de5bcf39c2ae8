// Command haiphong06 is chidao's main job: the seed directive — the 2024
// directive of the Hải Phòng steering committee for Đề án 06 — as a
// tracker shows it, and its status as of a day.
//
//	go run ./examples/haiphong06                     # as of today
//	go run ./examples/haiphong06 -asof 2024-07-15
//	go run ./examples/haiphong06 -agency "Công an thành phố"
//	go run ./examples/haiphong06 -json
//
// The first part lists the assignments with their tasks: who leads and who
// cooperates, the deadline with its due date, the targets, and the tasks
// restated under another assignment. A summary by agency and the calendar
// of due dates follow. The second part is the status report as of -asof
// over progress data that this program makes up to show the report: it is
// illustrative, not the real progress of the directive.
//
// -agency keeps the tasks an agency leads or cooperates on (the name is
// matched ignoring case and diacritics, in part: "công an", "Sở TT").
// -json writes the same in JSON for machines.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/seeds/parsed"
)

func main() {
	asOf := flag.String("asof", "", "the day of the status report, YYYY-MM-DD (default: today)")
	asJSON := flag.Bool("json", false, "write JSON instead of text")
	who := flag.String("agency", "", "keep the tasks of the agencies whose name contains this text")
	flag.Parse()
	day := calendar.DateOf(time.Now())
	if *asOf != "" {
		d, err := calendar.ParseISODate(*asOf)
		if err != nil {
			fmt.Fprintf(os.Stderr, "haiphong06: -asof %q: cần ngày dạng YYYY-MM-DD (%v)\n", *asOf, err)
			os.Exit(2)
		}
		day = d
	}
	if err := run(os.Stdout, day, *who, *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, "haiphong06:", err)
		os.Exit(1)
	}
}

// run writes the tracker and the report as of day.
func run(w io.Writer, day calendar.Date, who string, asJSON bool) error {
	d, err := parsed.HaiPhongDeAn06(&directive.ParseOptions{Registry: agency.Default()})
	if err != nil {
		return err
	}
	pr := illustrativeProgress()
	r := directive.NewReport(d, &pr, day, nil)
	f := newFilter(d, who)
	if who != "" && len(f.names) == 0 {
		return fmt.Errorf("không có cơ quan nào tên chứa %q trong văn bản", who)
	}
	if asJSON {
		return writeJSON(w, d, &pr, r, f, day)
	}
	t := &tracker{w: w, d: d, f: f}
	t.header()
	t.assignments()
	t.agencies(r)
	t.dueDates()
	t.report(r, day)
	return t.err
}

// jsonOut is the JSON form: the parsed directive, the illustrative progress
// and the report as of the day; with -agency, only that agency's rows and
// tasks of the report.
type jsonOut struct {
	AsOf                  calendar.Date            `json:"as_of"`
	Agency                string                   `json:"agency_filter,omitempty"`
	Directive             *directive.Directive     `json:"directive"`
	ProgressIsIllustrated bool                     `json:"progress_is_illustrative"`
	Progress              *directive.Progress      `json:"progress"`
	Report                *directive.Report        `json:"report,omitempty"`
	Agencies              []directive.AgencyReport `json:"agencies,omitempty"`
	Tasks                 []directive.TaskReport   `json:"tasks,omitempty"`
}

func writeJSON(w io.Writer, d *directive.Directive, pr *directive.Progress, r *directive.Report, f filter, day calendar.Date) error {
	out := jsonOut{AsOf: day, Directive: d, ProgressIsIllustrated: true, Progress: pr, Report: r}
	if f.on {
		out.Agency = f.query
		out.Report = nil
		for _, a := range r.Agencies {
			if f.names[a.Name] {
				out.Agencies = append(out.Agencies, a)
			}
		}
		for _, t := range r.Tasks {
			if f.anyParty(t.Lead) || f.anyParty(t.Cooperating) {
				out.Tasks = append(out.Tasks, t)
			}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
