package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
)

const width = 100 // the width of a terminal line

// tracker writes the text view: the directive's assignments as a tracker
// lists them, the summary by agency, the calendar of due days, then the
// status report.
type tracker struct {
	w      io.Writer
	d      *directive.Directive
	r      *directive.Report
	sel    agency.Selector // the -agency filter; the zero Selector for none
	source string
	note   string
	err    error
}

func (t *tracker) write() error {
	t.header()
	t.assignments()
	t.agencies()
	t.dueDates()
	t.report()
	return t.err
}

func (t *tracker) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// date writes a date as every part of the output does: 01/07/2024.
func date(d calendar.Date) string {
	if !d.IsValid() {
		return "—"
	}
	return directive.NumericDate(d)
}

func (t *tracker) title(s string) {
	t.printf("\n%s\n%s\n", s, strings.Repeat("═", utf8.RuneCountInString(s)))
}

// keeps reports whether a task is shown: every task without -agency, else
// the tasks the agency leads or cooperates on.
func (t *tracker) keeps(ps ...[]directive.Party) bool {
	if t.sel.IsZero() {
		return true
	}
	for _, l := range ps {
		for _, p := range l {
			if t.sel.Match(p.ID, p.Name) {
				return true
			}
		}
	}
	return false
}

func (t *tracker) header() {
	d := t.d
	t.printf("%s\n", d.Issuer)
	if d.IssuerParent != "" {
		t.printf("(%s)\n", d.IssuerParent)
	}
	num := d.Number.String()
	if d.Number.IsBlank() {
		num += " (dự thảo, chưa vào số)"
	}
	var issued string
	switch e := d.Issued.Expr; e.Kind {
	case calendar.KindDate:
		issued = "ngày " + date(e.Period.First)
	case calendar.KindPartial:
		issued = fmt.Sprintf("năm %d (chưa ghi ngày, tháng)", e.Period.First.Year)
	default:
		issued = d.Issued.Text
	}
	t.printf("%s số %s — %s, %s\n", d.Type, num, d.Place, issued)
	if d.Subject != "" {
		t.printf("V/v %s\n", d.Subject)
	}
	s := d.Signature
	var lines []string
	for _, l := range s.Lines {
		lines = append(lines, strings.TrimSpace(l.Form.String()+" "+l.Text))
	}
	if s.Name != "" || len(lines) > 0 {
		t.printf("Người ký: %s — %s\n", s.Name, strings.Join(lines, " / "))
	}
	n, due, tg := 0, 0, 0
	for x := range d.Tasks() {
		n++
		if _, ok := x.Due(nil); ok {
			due++
		}
		tg += len(x.Targets)
	}
	t.printf("%d mục giao nhiệm vụ, %d nhiệm vụ (kể cả nội dung con), %d có hạn hoàn thành cụ thể, %d chỉ tiêu.\n",
		len(d.Assignments), n, due, tg)
	t.printf("Nguồn: %s.\n", t.source)
	if !t.sel.IsZero() {
		t.printf("Chỉ hiện nhiệm vụ của cơ quan: %s.\n", t.sel.Query())
	}
}

func partyNames(ps []directive.Party) string {
	var s []string
	for _, p := range ps {
		n := p.Name
		if p.Title != "" {
			n = p.Title + " " + n
		}
		s = append(s, n)
	}
	if len(s) == 0 {
		return "—"
	}
	return strings.Join(s, "; ")
}

// wrap breaks s into lines of at most w characters.
func wrap(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > w {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

func (t *tracker) assignments() {
	t.title("I. CÁC NHIỆM VỤ ĐƯỢC GIAO")
	for i := range t.d.Assignments {
		a := &t.d.Assignments[i]
		inline := a.Inline()
		shown := false
		var walk func(ts []directive.Task, depth int, lead, coop []directive.Party)
		walk = func(ts []directive.Task, depth int, lead, coop []directive.Party) {
			for k := range ts {
				x := &ts[k]
				l, c := lead, coop
				if len(x.Lead) > 0 {
					l, c = x.Lead, x.Cooperating
				} else if len(x.Cooperating) > 0 {
					c = x.Cooperating
				}
				if t.keeps(l, c) {
					if !shown {
						t.heading(a)
						shown = true
					}
					t.task(x, depth, inline, l, c)
				}
				walk(x.Subtasks, depth+1, l, c)
			}
		}
		walk(a.Tasks, 0, a.Assignees, a.Cooperating)
	}
}

// heading writes an assignment's label and text, wrapped.
func (t *tracker) heading(a *directive.Assignment) {
	pre := a.Label + ". "
	pad := strings.Repeat(" ", utf8.RuneCountInString(pre))
	for i, l := range wrap(a.Text, width-len(pad)) {
		if i == 0 {
			t.printf("\n%s%s\n", pre, l)
		} else {
			t.printf("%s%s\n", pad, l)
		}
	}
}

// task writes one task: its label and text (once: the task of an
// assignment written inline shares the assignment's text, written above),
// who leads and cooperates (its own, or those it inherits), when it is
// due, its targets and its joint labels.
func (t *tracker) task(x *directive.Task, depth int, inline bool, lead, coop []directive.Party) {
	ind := strings.Repeat("    ", depth+1)
	label := x.Label
	pad := strings.Repeat(" ", utf8.RuneCountInString(label)+2)
	if inline {
		t.printf("%s%s  (nội dung như trên)\n", ind, label)
	} else {
		for i, l := range wrap(x.Text, width-len(ind)-len(pad)) {
			if i == 0 {
				t.printf("%s%s  %s\n", ind, label, l)
			} else {
				t.printf("%s%s%s\n", ind, pad, l)
			}
		}
	}
	in := ind + pad
	t.printf("%s• Chủ trì:   %s\n", in, partyNames(lead))
	if len(coop) > 0 {
		t.printf("%s• Phối hợp:  %s\n", in, partyNames(coop))
	}
	due, _ := x.Due(nil)
	t.printf("%s• Thời hạn:  %s\n", in, directive.DueText(x.Deadline, due))
	for _, g := range x.Targets {
		t.printf("%s• Chỉ tiêu:  %s\n", in, directive.TargetText(g))
	}
	if len(x.Joint) > 0 {
		t.printf("%s• Cùng nhiệm vụ với: %s\n", in, strings.Join(x.Joint, ", "))
	}
}

// agencies writes the summary by agency: tasks led and cooperated on.
func (t *tracker) agencies() {
	r := t.r
	t.title("II. TỔNG HỢP THEO CƠ QUAN, ĐƠN VỊ")
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Cơ quan, đơn vị\tChủ trì\tPhối hợp\tCó hạn cụ thể\tHạn gần nhất\n")
	for _, a := range r.Agencies {
		if !t.sel.IsZero() && !t.sel.Match(a.ID, a.Name) {
			continue
		}
		next := calendar.Date{}
		withDue := 0
		for _, k := range a.LeadTasks {
			if due := r.Tasks[k].Due; due.IsValid() {
				withDue++
				if !next.IsValid() || due.Before(next) {
					next = due
				}
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\n", a.Name, a.Lead.Total, a.Cooperating.Total, withDue, date(next))
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
}

// dueDates writes the calendar of due days of the tasks shown.
func (t *tracker) dueDates() {
	t.title("III. LỊCH CÁC MỐC HOÀN THÀNH")
	type row struct {
		due  calendar.Date
		x    *directive.TaskReport
		lead string
	}
	var rows []row
	for i := range t.r.Tasks {
		x := &t.r.Tasks[i]
		if x.Due.IsValid() && x.JointOf == "" && x.Deadline.Expr.Kind != calendar.KindRecurrence {
			rows = append(rows, row{x.Due, x, partyNames(x.Lead)})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.due.Compare(b.due) })
	if len(rows) == 0 {
		t.printf("Không có nhiệm vụ có hạn cụ thể.\n")
		return
	}
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Hạn\tNhiệm vụ\tChủ trì\tNội dung\n")
	for _, r := range rows {
		text := strings.Join(strings.Fields(r.x.Text), " ")
		if utf8.RuneCountInString(text) > 48 {
			text = string([]rune(text)[:47]) + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", date(r.due), r.x.Label, r.lead, text)
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
}

// report writes the status report as of the report's day.
func (t *tracker) report() {
	t.title(fmt.Sprintf("TIẾN ĐỘ THỰC HIỆN ĐẾN NGÀY %s (báo cáo kèm theo)", date(t.r.AsOf)))
	t.printf("%s\n\n", t.note)
	if t.err == nil {
		t.err = t.r.WriteText(t.w)
	}
}
