package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"golang.org/x/text/unicode/norm"
)

const width = 100 // the width of a terminal line

// tracker writes the text view.
type tracker struct {
	w   io.Writer
	d   *directive.Directive
	f   filter
	err error
}

func (t *tracker) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// dmy writes a date day first: 01/07/2024.
func dmy(d calendar.Date) string {
	if !d.IsValid() {
		return "—"
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

func (t *tracker) title(s string) {
	t.printf("\n%s\n%s\n", s, strings.Repeat("═", utf8.RuneCountInString(s)))
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
	issued := d.Issued.Text
	if d.Issued.Expr.Kind == calendar.KindPartial {
		issued = fmt.Sprintf("năm %d (chưa ghi ngày, tháng)", d.Issued.Expr.Period.First.Year)
	}
	t.printf("%s số %s — %s, %s\n", d.Type, num, d.Place, issued)
	t.printf("V/v %s\n", d.Subject)
	s := d.Signature
	var lines []string
	for _, l := range s.Lines {
		lines = append(lines, strings.TrimSpace(l.Form.String()+" "+l.Text))
	}
	t.printf("Người ký: %s — %s\n", s.Name, strings.Join(lines, " / "))
	n, due, tg := 0, 0, 0
	walkTasks(d, func(a *directive.Assignment, x *directive.Task, depth int) {
		n++
		if _, ok := x.Deadline.Expr.Due(); ok {
			due++
		}
		tg += len(x.Targets)
	})
	t.printf("%d mục giao nhiệm vụ, %d nhiệm vụ (kể cả nội dung con), %d có hạn hoàn thành cụ thể, %d chỉ tiêu.\n",
		len(d.Assignments), n, due, tg)
	if t.f.on {
		t.printf("Chỉ hiện nhiệm vụ của: %s.\n", strings.Join(t.f.sorted(), "; "))
	}
}

// walkTasks calls fn for every task and subtask in order.
func walkTasks(d *directive.Directive, fn func(a *directive.Assignment, t *directive.Task, depth int)) {
	var walk func(a *directive.Assignment, ts []directive.Task, depth int)
	walk = func(a *directive.Assignment, ts []directive.Task, depth int) {
		for i := range ts {
			fn(a, &ts[i], depth)
			walk(a, ts[i].Subtasks, depth+1)
		}
	}
	for i := range d.Assignments {
		walk(&d.Assignments[i], d.Assignments[i].Tasks, 0)
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

// deadline says when a task is due, in words and as a date.
func deadline(x directive.TimeExpr) string {
	e := x.Expr
	switch e.Kind {
	case calendar.KindUnknown:
		return "không nêu thời hạn"
	case calendar.KindRecurrence:
		return "định kỳ: " + x.Text
	case calendar.KindOngoing:
		return "thường xuyên (" + x.Text + ")"
	case calendar.KindEvent:
		return "khi phát sinh: " + x.Text
	case calendar.KindOpen:
		return fmt.Sprintf("từ %s trở đi (%s)", dmy(e.Period.First), x.Text)
	}
	if due, ok := e.Due(); ok {
		return fmt.Sprintf("hạn %s (%s)", dmy(due), x.Text)
	}
	return x.Text
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
		shown := false
		var walk func(ts []directive.Task, depth int)
		walk = func(ts []directive.Task, depth int) {
			for k := range ts {
				x := &ts[k]
				if t.f.keeps(x) {
					if !shown {
						t.printf("\n%s. %s\n", a.Label, norm.NFC.String(a.Text))
						shown = true
					}
					t.task(x, depth)
				}
				walk(x.Subtasks, depth+1)
			}
		}
		walk(a.Tasks, 0)
	}
}

func (t *tracker) task(x *directive.Task, depth int) {
	ind := strings.Repeat("    ", depth+1)
	label := x.Label
	pad := strings.Repeat(" ", utf8.RuneCountInString(label)+2)
	for i, l := range wrap(x.Text, width-len(ind)-len(pad)) {
		if i == 0 {
			t.printf("%s%s  %s\n", ind, label, l)
		} else {
			t.printf("%s%s%s\n", ind, pad, l)
		}
	}
	in := ind + pad
	t.printf("%s• Chủ trì:   %s\n", in, partyNames(x.Lead))
	if len(x.Cooperating) > 0 {
		t.printf("%s• Phối hợp:  %s\n", in, partyNames(x.Cooperating))
	}
	t.printf("%s• Thời hạn:  %s\n", in, deadline(x.Deadline))
	for _, g := range x.Targets {
		t.printf("%s• Chỉ tiêu:  %s\n", in, g)
	}
	if len(x.Joint) > 0 {
		t.printf("%s• Cùng nhiệm vụ với: %s\n", in, strings.Join(x.Joint, ", "))
	}
}

// agencies writes the summary by agency: tasks led and cooperated on.
func (t *tracker) agencies(r *directive.Report) {
	t.title("II. TỔNG HỢP THEO CƠ QUAN, ĐƠN VỊ")
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Cơ quan, đơn vị\tChủ trì\tPhối hợp\tCó hạn cụ thể\tHạn gần nhất\n")
	for _, a := range r.Agencies {
		if t.f.on && !t.f.names[a.Name] {
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
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\n", a.Name, a.Lead.Total, a.Cooperating.Total, withDue, dmy(next))
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
}

// dueDates writes the calendar of due dates.
func (t *tracker) dueDates() {
	t.title("III. LỊCH CÁC MỐC HOÀN THÀNH")
	type row struct {
		due  calendar.Date
		x    *directive.Task
		lead string
	}
	var rows []row
	walkTasks(t.d, func(a *directive.Assignment, x *directive.Task, depth int) {
		if due, ok := x.Deadline.Expr.Due(); ok && t.f.keeps(x) && x.Deadline.Span().Start >= x.Span.Start && x.Deadline.Span().End <= x.Span.End {
			rows = append(rows, row{due, x, partyNames(x.Lead)})
		}
	})
	slices.SortStableFunc(rows, func(a, b row) int { return a.due.Compare(b.due) })
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Hạn\tNhiệm vụ\tChủ trì\tNội dung\n")
	for _, r := range rows {
		text := r.x.Text
		if utf8.RuneCountInString(text) > 48 {
			text = string([]rune(text)[:47]) + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", dmy(r.due), r.x.Label, r.lead, text)
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
}

// report writes the status report as of day.
func (t *tracker) report(r *directive.Report, day calendar.Date) {
	t.title(fmt.Sprintf("TIẾN ĐỘ THỰC HIỆN ĐẾN NGÀY %s (báo cáo kèm theo)", dmy(day)))
	t.printf("Lưu ý: số liệu tiến độ dưới đây là MINH HỌA do chương trình tự đặt ra để trình bày báo cáo,\n")
	t.printf("không phải số liệu thực tế của văn bản.\n\n")
	if !t.f.on {
		if t.err == nil {
			t.err = r.WriteText(t.w)
		}
		return
	}
	for _, a := range r.Agencies {
		if !t.f.names[a.Name] {
			continue
		}
		t.printf("\n%s\n", a.Name)
		t.counts("Chủ trì", a.Lead)
		t.counts("Phối hợp", a.Cooperating)
		tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
		for _, k := range append(slices.Clone(a.LeadTasks), a.CooperatingTasks...) {
			x := r.Tasks[k]
			due := ""
			if x.Due.IsValid() {
				due = "hạn " + dmy(x.Due)
			}
			if x.Completed.IsValid() {
				due += ", xong ngày " + dmy(x.Completed)
			}
			fmt.Fprintf(tw, "    %s\t%s\t%s\n", x.Label, x.Status.String(), due)
		}
		if err := tw.Flush(); err != nil && t.err == nil {
			t.err = err
		}
	}
}

func (t *tracker) counts(role string, c directive.Counts) {
	if c.Total == 0 {
		return
	}
	t.printf("  %s %d nhiệm vụ: hoàn thành đúng hạn %d, hoàn thành quá hạn %d, đang thực hiện trong hạn %d, quá hạn %d, không có thời hạn %d.\n",
		role, c.Total, c.DoneOnTime, c.DoneLate, c.InProgress, c.Overdue, c.NoDeadline)
}
