// Command amlich shows the Vietnamese lunar date of a day and whether it is
// a working day of the civil service.
//
// Usage:
//
//	amlich 2024-02-10            the lunar date, working day or not, the holiday
//	amlich -json [dates.txt]     one ISO date per line in (the file, or standard
//	                             input), one JSON object per line out
//	amlich -year 2025            the days off and worked Saturdays of a year
//
// A JSON line has the keys date, lunar_day, lunar_month, lunar_year, leap,
// workday and holiday (the name of the day off, or ""); the lunar fields are 0
// for a date outside 1900–2100. A line that is not a date gives an object
// with date and error, and the exit status is 1.
//
// The exit status is 1 also when a date cannot be read, the input cannot
// be read or the output cannot be written, and 2 for a bad command line
// (which prints the usage). -h prints the usage and exits 0.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chidao/chidao/calendar"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command: args are the arguments after the program name. It
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("amlich", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonMode := fs.Bool("json", false, "read ISO dates (one per line) from the file named, or standard input, and write one JSON object per line")
	year := fs.Int("year", 0, "list the days off and worked Saturdays of this year")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: amlich YYYY-MM-DD | amlich -json [dates.txt] | amlich -year YYYY")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // the usage is printed
		}
		return 2
	}
	yearSet := false
	fs.Visit(func(f *flag.Flag) { yearSet = yearSet || f.Name == "year" })
	cal := calendar.Official()
	out := bufio.NewWriter(stdout)
	status := 2
	switch {
	case *jsonMode && !yearSet && fs.NArg() <= 1:
		in := stdin
		if fs.NArg() == 1 {
			f, err := os.Open(fs.Arg(0))
			if err != nil {
				fmt.Fprintln(stderr, "amlich:", err)
				return 1
			}
			defer f.Close()
			in = f
		}
		status = jsonLines(cal, in, out, stderr)
	case yearSet && !*jsonMode && fs.NArg() == 0:
		status = listYear(cal, *year, out, stderr)
	case !yearSet && !*jsonMode && fs.NArg() == 1:
		status = showDate(cal, fs.Arg(0), out, stderr)
	default:
		if fs.NArg() > 1 || yearSet && fs.NArg() > 0 {
			fmt.Fprintf(stderr, "amlich: %s\n", stray(fs))
		}
		fs.Usage()
		return 2
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "amlich: writing the output:", err)
		return 1
	}
	return status
}

// stray says what is wrong with the arguments fs left: a flag after them
// (the flag package stops at the first argument), or one argument too many.
func stray(fs *flag.FlagSet) string {
	for _, a := range fs.Args() {
		name, ok := strings.CutPrefix(a, "-")
		name, _, _ = strings.Cut(strings.TrimPrefix(name, "-"), "=")
		if ok && name != "" && fs.Lookup(name) != nil {
			return fmt.Sprintf("flag %s after the arguments: flags come first", a)
		}
	}
	return fmt.Sprintf("unexpected argument %q", fs.Arg(fs.NArg()-1))
}

func showDate(cal calendar.Calendar, s string, stdout, stderr io.Writer) int {
	d, err := calendar.ParseISODate(strings.TrimSpace(s))
	if err != nil {
		fmt.Fprintln(stderr, "amlich:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s %s\n", d, d.VietnameseWeekday())
	if l := calendar.LunarOf(d); l.IsValid() {
		fmt.Fprintf(stdout, "Âm lịch: %s (%s, tháng %s, ngày %s)\n", l, l.TraditionalMonth(), l.MonthCanChi(), calendar.DayCanChi(d))
	} else {
		first, last := calendar.LunarRange()
		fmt.Fprintf(stdout, "Âm lịch: ngoài phạm vi %s – %s\n", first, last)
	}
	work := "có"
	if !cal.IsWorkday(d) {
		work = "không"
	}
	fmt.Fprintf(stdout, "Ngày làm việc: %s", work)
	if h, ok := cal.Special(d); ok {
		fmt.Fprintf(stdout, " — %s (%s)", h.Name, h.Kind)
	}
	if cal.Provisional(d.Year) {
		fmt.Fprint(stdout, " [lịch nghỉ năm chưa công bố, tạm tính theo Bộ luật Lao động]")
	}
	fmt.Fprintln(stdout)
	return 0
}

// dayJSON is one output line of -json.
type dayJSON struct {
	Date       string `json:"date"`
	LunarDay   int    `json:"lunar_day"`
	LunarMonth int    `json:"lunar_month"`
	LunarYear  int    `json:"lunar_year"`
	Leap       bool   `json:"leap"`
	Workday    bool   `json:"workday"`
	Holiday    string `json:"holiday"`
}

type errorJSON struct {
	Date  string `json:"date"`
	Error string `json:"error"`
}

// jsonLines writes the JSON line of each date of stdin and returns the exit
// status. It stops at the first write error, which stdout keeps (a
// bufio.Writer's error sticks) for run to report.
func jsonLines(cal calendar.Calendar, stdin io.Reader, stdout *bufio.Writer, stderr io.Writer) int {
	status := 0
	sc := bufio.NewScanner(stdin)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		d, err := calendar.ParseISODate(s)
		if err != nil {
			status = 1
			if enc.Encode(errorJSON{Date: s, Error: err.Error()}) != nil {
				return 1
			}
			continue
		}
		l := calendar.LunarOf(d)
		out := dayJSON{
			Date:       d.String(),
			LunarDay:   l.Day,
			LunarMonth: l.Month,
			LunarYear:  l.Year,
			Leap:       l.Leap,
			Workday:    cal.IsWorkday(d),
		}
		if h, ok := cal.Holiday(d); ok {
			out.Holiday = h.Name
		}
		if enc.Encode(out) != nil {
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(stderr, "amlich:", err)
		return 1
	}
	return status
}

var kindLabel = map[calendar.HolidayKind]string{
	calendar.HolidayPublic:     "nghỉ lễ",
	calendar.HolidaySubstitute: "nghỉ bù",
	calendar.HolidayBridge:     "nghỉ hoán đổi",
	calendar.HolidayLocal:      "nghỉ",
	calendar.HolidayWorkday:    "làm bù",
}

func listYear(cal calendar.Calendar, y int, stdout, stderr io.Writer) int {
	if y < 1 || y > 9999 {
		fmt.Fprintln(stderr, "amlich: year out of range:", y)
		return 1
	}
	status := "theo thông báo"
	if cal.Provisional(y) {
		status = "tạm tính theo Bộ luật Lao động (chưa có thông báo)"
	}
	fmt.Fprintf(stdout, "Năm %d (%s) — lịch nghỉ %s\n", y, calendar.YearName(y), status)
	off, worked := 0, 0
	for _, h := range cal.Schedule(y) {
		restDay := cal.IsRestDay(h.Date.Weekday())
		if h.Kind.IsDayOff() && restDay {
			// A holiday on a weekly rest day is not an extra day off; show it
			// for completeness, marked as such.
			fmt.Fprintf(stdout, "%s %-8s %-13s %s (trùng ngày nghỉ hằng tuần)\n", h.Date, h.Date.VietnameseWeekday(), kindLabel[h.Kind], h.Name)
			continue
		}
		if h.Kind.IsDayOff() {
			off++
		} else {
			worked++
		}
		fmt.Fprintf(stdout, "%s %-8s %-13s %s\n", h.Date, h.Date.VietnameseWeekday(), kindLabel[h.Kind], h.Name)
	}
	fmt.Fprintf(stdout, "%d ngày nghỉ trong tuần làm việc, %d ngày nghỉ hằng tuần đi làm bù\n", off, worked)
	return 0
}
