// Command amlich shows the Vietnamese lunar date of a day and whether it is
// a working day of the civil service.
//
// Usage:
//
//	amlich 2024-02-10            the lunar date, working day or not, the holiday
//	amlich -json < dates.txt     one ISO date per line in, one JSON object per line out
//	amlich -year 2025            the days off and worked Saturdays of a year
//
// A JSON line has the keys date, lunar_day, lunar_month, lunar_year, leap,
// workday and holiday (the name of the day off, or ""); the lunar fields are 0
// for a date outside 1900–2100. A line that is not a date gives an object
// with date and error, and the exit status is 1.
package main

import (
	"bufio"
	"encoding/json"
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

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("amlich", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonMode := fs.Bool("json", false, "read ISO dates (one per line) on stdin and write one JSON object per line")
	year := fs.Int("year", 0, "list the days off and worked Saturdays of this year")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: amlich YYYY-MM-DD | amlich -json < dates | amlich -year YYYY")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cal := calendar.Official()
	switch {
	case *jsonMode:
		return jsonLines(cal, stdin, stdout, stderr)
	case *year != 0:
		return listYear(cal, *year, stdout, stderr)
	case fs.NArg() == 1:
		return showDate(cal, fs.Arg(0), stdout, stderr)
	}
	fs.Usage()
	return 2
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

func jsonLines(cal calendar.Calendar, stdin io.Reader, stdout, stderr io.Writer) int {
	status := 0
	sc := bufio.NewScanner(stdin)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		d, err := calendar.ParseISODate(s)
		if err != nil {
			status = 1
			_ = enc.Encode(errorJSON{Date: s, Error: err.Error()})
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
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "amlich:", err)
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
