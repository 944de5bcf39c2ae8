// Command haiphong06 is chidao's main job: a directive as a tracker shows
// it — who must do what, by when, measured how — and its status as of a
// day, from the progress its agencies report. Without arguments it shows
// the seed directive, the 2024 directive of the Hải Phòng steering
// committee for Đề án 06, as of today.
//
//	go run ./examples/haiphong06                                  # the seed, as of today
//	go run ./examples/haiphong06 -asof 2024-07-15 -progress examples/haiphong06/progress.example.json
//	go run ./examples/haiphong06 -in chi-thi.txt -format html > r.html
//	go run ./examples/haiphong06 -format csv > nhiem-vu.csv
//	go run ./examples/haiphong06 -format ics > thoi-han.ics
//	go run ./examples/haiphong06 -agency "Sở TT&TT"
//
// Flags may come before or after the file argument, which is the same as
// -in. "today" is the day in Asia/Ho_Chi_Minh, whatever the machine's time
// zone.
//
// The -progress file is JSON, the form of directive.Progress:
//
//	{"completions":  [{"task": "2.3", "date": "2024-06-24"}],
//	 "notes":        [{"task": "3.4", "date": "2024-06-12", "text": "Đã vận hành thử nghiệm."}],
//	 "measurements": [{"task": "3.7.2", "target": 0, "date": "2024-10-15", "num": 31, "den": 40}]}
//
// Tasks are named by their labels as the text output prints them; an
// entry may name the agency ("agency": "hp.so-tttt") that reports its own
// part. progress.example.json beside this file is an example (made-up
// figures for the seed). Progress that names a task the directive does
// not have is reported, not ignored.
//
// Formats: text (the tracker and the report), json (the parsed directive,
// the progress and the report), html (one printable page), csv (one row
// per task, UTF-8 with BOM for Excel) and ics (the deadlines as calendar
// events).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // "today" in Asia/Ho_Chi_Minh on any machine

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/render"
	"github.com/chidao/chidao/seeds"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now()))
}

// config is what the command line asks for.
type config struct {
	in       string // the directive text file; "" for the seed, "-" for standard input
	progress string // the progress JSON file; "" for none
	asOf     calendar.Date
	format   string
	agency   string
}

var formats = []string{"text", "json", "html", "csv", "ics"}

// usageError is a fault of the command line: exit status 2, with usage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// cli runs the command with args and returns its exit status: 0, 1 for a
// fault of the input or of writing, 2 for a fault of the command line.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer, now time.Time) int {
	cfg, err := parseArgs(args, stderr, now)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "haiphong06:", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "Chạy \"haiphong06 -h\" để xem cách dùng.")
		}
		return 2
	}
	if err := run(cfg, stdin, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "haiphong06:", err)
		return 1
	}
	return 0
}

// parseArgs reads the flags, which may come before and after the one file
// argument.
func parseArgs(args []string, stderr io.Writer, now time.Time) (config, error) {
	var cfg config
	var asOf string
	fs := flag.NewFlagSet("haiphong06", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.in, "in", "", "`FILE` with the text of a directive (\"-\" for standard input); default: the seed directive")
	fs.StringVar(&cfg.progress, "progress", "", "`FILE` of progress in JSON (see progress.example.json); default: none")
	fs.StringVar(&asOf, "asof", "", "the `DAY` of the report, YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
	fs.StringVar(&cfg.format, "format", "text", "output `FORMAT`: "+strings.Join(formats, ", "))
	fs.StringVar(&cfg.agency, "agency", "", "keep the tasks of the agency `NAME` (a name, an abbreviation such as \"Sở TT&TT\", an ID, or words of a name)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Cách dùng: haiphong06 [flags] [FILE]\n\n"+
			"Theo dõi việc thực hiện một văn bản chỉ đạo: nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn,\n"+
			"chỉ tiêu và tình trạng đến một ngày. Không có FILE: văn bản mẫu của Hải Phòng (Đề án 06, 2024).\n\n"+
			"Flags (may come before or after FILE):\n")
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nVí dụ:\n"+
			"  haiphong06 -asof 2024-07-15 -progress examples/haiphong06/progress.example.json\n"+
			"  haiphong06 chi-thi.txt -format html > bao-cao.html\n")
	}
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return cfg, err
			}
			return cfg, &usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		files = append(files, args[0])
		args = args[1:]
	}
	switch {
	case len(files) > 1:
		return cfg, &usageError{fmt.Sprintf("one directive file at most, got %d: %q", len(files), files)}
	case len(files) == 1 && cfg.in != "":
		return cfg, &usageError{fmt.Sprintf("the directive is given twice: -in %q and %q", cfg.in, files[0])}
	case len(files) == 1:
		cfg.in = files[0]
	}
	if !validFormat(cfg.format) {
		return cfg, &usageError{fmt.Sprintf("-format %q: want one of %s", cfg.format, strings.Join(formats, ", "))}
	}
	if asOf == "" {
		cfg.asOf = today(now)
	} else {
		d, err := calendar.ParseISODate(asOf)
		if err != nil {
			return cfg, &usageError{fmt.Sprintf("-asof %q: want a day YYYY-MM-DD (%v)", asOf, err)}
		}
		cfg.asOf = d
	}
	if cfg.agency != "" && strings.TrimSpace(cfg.agency) == "" {
		return cfg, &usageError{fmt.Sprintf("-agency %q: names no agency", cfg.agency)}
	}
	return cfg, nil
}

func validFormat(f string) bool {
	for _, x := range formats {
		if f == x {
			return true
		}
	}
	return false
}

// today returns the day of now in Vietnam.
func today(now time.Time) calendar.Date {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		loc = time.FixedZone("ICT", 7*60*60) // cannot happen with time/tzdata
	}
	return calendar.DateOf(now.In(loc))
}

// input is what run reads: the directive, where it came from, and the
// progress.
type input struct {
	d        *directive.Directive
	source   string // "the seed" or the file name
	progress *directive.Progress
	note     string // where the progress comes from, in Vietnamese
}

func load(cfg config, stdin io.Reader) (input, error) {
	var in input
	text := seeds.HaiPhongDeAn06Text()
	in.source = "văn bản mẫu (seeds/haiphong-bcd-de-an-06-2024.txt)"
	switch cfg.in {
	case "":
	case "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return in, fmt.Errorf("reading standard input: %w", err)
		}
		text, in.source = string(b), "đầu vào chuẩn"
	default:
		b, err := os.ReadFile(cfg.in)
		if err != nil {
			return in, fmt.Errorf("-in: %w", err)
		}
		text, in.source = string(b), cfg.in
	}
	d, err := directive.Parse(text, &directive.ParseOptions{Registry: agency.Default()})
	if err != nil {
		if cfg.in != "" {
			return in, fmt.Errorf("%s: %w", cfg.in, err)
		}
		return in, err
	}
	in.d = d
	in.progress = &directive.Progress{}
	in.note = "Chưa có số liệu tiến độ (-progress): mọi nhiệm vụ được tính là chưa hoàn thành."
	if cfg.progress != "" {
		p, err := readProgress(cfg.progress)
		if err != nil {
			return in, err
		}
		in.progress = p
		in.note = "Số liệu tiến độ: " + cfg.progress + "."
	}
	return in, nil
}

// readProgress reads a progress file, saying where it is wrong.
func readProgress(name string) (*directive.Progress, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("-progress: %w", err)
	}
	var p directive.Progress
	if err := json.Unmarshal(b, &p); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("-progress %s: not JSON at byte %d: %v", name, se.Offset, se)
		}
		return nil, fmt.Errorf("-progress %s: %w", name, err)
	}
	return &p, nil
}

// run writes what cfg asks for.
func run(cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	in, err := load(cfg, stdin)
	if err != nil {
		return err
	}
	r, err := directive.NewReport(in.d, in.progress, cfg.asOf, &directive.StatusOptions{Agency: cfg.agency})
	if err != nil {
		return err
	}
	var sel agency.Selector
	if cfg.agency != "" {
		if len(r.Tasks) == 0 {
			return fmt.Errorf("-agency %q: no task of the directive is led or shared by an agency of that name", cfg.agency)
		}
		sel, err = agency.Default().Select(cfg.agency, &agency.Options{Locality: r.Locality})
		if err != nil {
			return fmt.Errorf("-agency: %w", err)
		}
	}
	for _, p := range r.Problems {
		if p.Kind == directive.ProblemUnknownTask || p.Kind == directive.ProblemUnknownTarget || p.Kind == directive.ProblemProgressDate {
			fmt.Fprintln(stderr, "haiphong06: -progress:", p)
		}
	}
	w := &errWriter{w: stdout}
	switch cfg.format {
	case "json":
		err = writeJSON(w, in, r)
	case "html":
		err = render.HTML(w, in.d, r, &render.Options{Note: in.note})
	case "csv":
		err = render.CSV(w, r)
	case "ics":
		err = render.ICS(w, r)
	default:
		t := &tracker{w: w, d: in.d, sel: sel, r: r, source: in.source, note: in.note}
		err = t.write()
	}
	if err == nil {
		err = w.err
	}
	if err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}

// errWriter keeps the first write error, so that a full disk is reported.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

// jsonOut is the JSON form: the parsed directive, the progress and the
// report as of the day (with -agency, of that agency's tasks only).
type jsonOut struct {
	AsOf      calendar.Date        `json:"as_of"`
	Agency    string               `json:"agency_filter"`
	Directive *directive.Directive `json:"directive"`
	Progress  *directive.Progress  `json:"progress"`
	Report    *directive.Report    `json:"report"`
}

func writeJSON(w io.Writer, in input, r *directive.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonOut{AsOf: r.AsOf, Agency: r.AgencyFilter, Directive: in.d, Progress: in.progress, Report: r})
}
