package render

import (
	_ "embed"
	"errors"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
)

// Options are the choices of HTML. A nil *Options means the defaults.
type Options struct {
	// Note is a line shown under the title, such as where the progress
	// figures come from ("Số liệu tiến độ: báo cáo của các đơn vị ngày
	// 15/7/2024"); "" for none.
	Note string
}

//go:embed page.tmpl
var pageTemplate string

//go:embed page.css
var pageCSS string

// page parses the template on first use; a parsed *template.Template is
// safe for concurrent use.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageTemplate))
})

// HTML writes the report r of directive d as one self-contained printable
// page: HTML5 with inline CSS and SVG, no script, no external resource.
// It holds, in order: the document's header; the totals with both
// denominators (over the tasks come due and over all tasks) and a bar of
// the statuses; the overdue tasks, the most days late first, and the tasks
// due soon; the problems found; every assignment of d with its tasks, lead
// and cooperating agencies, due day and status; a board per agency (the
// tasks it leads and those it cooperates on); the timeline of deadlines
// with the as-of day marked; and the targets with their latest values as
// bars. Print styles lay it out on A4 paper.
//
// r must be the report of d (a report read back from JSON will do): its
// tasks are found in d by label. HTML returns an error for a nil d or r,
// and the first write error.
func HTML(w io.Writer, d *directive.Directive, r *directive.Report, opt *Options) error {
	if d == nil || r == nil {
		return errors.New("render: HTML: nil directive or report")
	}
	var o Options
	if opt != nil {
		o = *opt
	}
	return page().Execute(w, newPageView(d, r, o))
}

// pageView is what the template shows, every text computed here.
type pageView struct {
	CSS          template.CSS
	Title        string
	IssuerParent string
	Issuer       string
	Number       string
	PlaceDate    string
	DocType      string
	Subject      string
	Signer       string
	AsOf         string
	Note         string
	Filter       string

	Totals      totalsView
	Overdue     []rowView
	Upcoming    []rowView
	DueSoonDays int
	Problems    []string
	Assignments []assignmentView
	Agencies    []agencyView
	Timeline    []timelineView
	Targets     []targetView
}

type totalsView struct {
	Total, DoneOnTime, DoneLate, InProgress, DueSoon, Overdue, NoDeadline int
	CameDue                                                               int
	DueDone, DueOnTime, AllDone, AllOnTime                                string
	Bar                                                                   []segment
}

// A segment is one part of a stacked bar 1000 units wide.
type segment struct {
	X, W  int
	Class string
	Title string
}

type rowView struct {
	Label      string
	Text       string
	Lead       string
	Coop       string
	Due        string
	Status     string
	Class      string
	Days       string
	Depth      int
	Parent     bool // a task with subtasks: a heading row
	JointOf    string
	Notes      []string
	Assignment string
}

type assignmentView struct {
	Label   string
	Heading string
	Rows    []rowView
}

type agencyView struct {
	Name      string
	Group     bool
	Lead      string
	Coop      string
	LeadBar   []segment
	LeadTasks []chip
	CoopTasks []chip
}

type chip struct {
	Label, Class, Title string
}

type timelineView struct {
	Month string // set on the first item of a month
	Date  string
	Label string
	Text  string
	Lead  string
	Class string
	State string
	Today bool // the as-of marker, not a task
	Past  bool
}

type targetView struct {
	Task     string
	Text     string
	Due      string
	Status   string
	Class    string
	Current  string
	Fill     int // width of the value bar, of 1000
	Mark     int // position of the target, of 1000
	Mark2    int // a range's upper bound, 0 when none
	Agencies []string
	Short    string
}

func newPageView(d *directive.Directive, r *directive.Report, o Options) pageView {
	v := pageView{
		CSS: template.CSS(pageCSS), IssuerParent: strings.ToUpper(d.IssuerParent), Issuer: strings.ToUpper(d.Issuer),
		AsOf: directive.NumericDate(r.AsOf), Note: o.Note, Filter: r.AgencyFilter, DueSoonDays: r.DueSoonDays,
	}
	v.Number = numberText(d.Number)
	v.PlaceDate = placeDate(d)
	if d.Type.IsValid() {
		v.DocType = strings.ToUpper(d.Type.String())
	}
	v.Subject = d.Subject
	if d.Type == directive.DocOfficialLetter && d.Subject != "" {
		v.Subject = "V/v " + d.Subject
	}
	v.Title = "Báo cáo tiến độ — " + strings.TrimSpace(d.Type.String()+" "+numberOrEmpty(d.Number))
	v.Signer = signer(d.Signature)

	t := r.Totals
	v.Totals = totalsView{Total: t.Total, DoneOnTime: t.DoneOnTime, DoneLate: t.DoneLate, InProgress: t.InProgress,
		DueSoon: t.DueSoon, Overdue: t.Overdue, NoDeadline: t.NoDeadline, CameDue: t.CameDue,
		DueDone: share(t.DueDone, t.CameDue), DueOnTime: share(t.DueOnTime, t.CameDue),
		AllDone: share(t.Done(), t.Total), AllOnTime: share(t.DoneOnTime, t.Total), Bar: countsBar(t)}

	byLabel := make(map[string]int, len(r.Tasks))
	for i := range r.Tasks {
		byLabel[r.Tasks[i].Label] = i
	}
	for _, ref := range r.Overdue {
		row := taskRow(&r.Tasks[ref.Index], 0)
		row.Status = r.Tasks[ref.Index].Status.String() // the days are a column of their own
		row.Days = itoa(ref.Days) + " ngày"
		v.Overdue = append(v.Overdue, row)
	}
	for _, ref := range r.Upcoming {
		row := taskRow(&r.Tasks[ref.Index], 0)
		if ref.Days == 0 {
			row.Days = "hôm nay"
		} else {
			row.Days = "còn " + itoa(ref.Days) + " ngày"
		}
		v.Upcoming = append(v.Upcoming, row)
	}
	for _, p := range r.Problems {
		v.Problems = append(v.Problems, directive.ProblemText(p))
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		av := assignmentView{Label: a.Label, Heading: a.Text}
		if a.Inline() {
			av.Heading = partyNames(a.Assignees)
		}
		for k := range a.Tasks {
			av.Rows = appendRows(av.Rows, &a.Tasks[k], 0, r, byLabel)
		}
		if len(av.Rows) > 0 {
			v.Assignments = append(v.Assignments, av)
		}
	}
	for i := range r.Agencies {
		v.Agencies = append(v.Agencies, agencyBoard(&r.Agencies[i], r))
	}
	v.Timeline = timeline(r)
	for i := range r.Targets {
		v.Targets = append(v.Targets, targetBar(&r.Targets[i], r))
	}
	return v
}

func numberOrEmpty(n directive.Number) string {
	if n.IsZero() {
		return ""
	}
	return "số " + n.String()
}

func numberText(n directive.Number) string {
	switch {
	case n.IsZero():
		return ""
	case n.IsBlank():
		return "Số: …" + n.String() + " (dự thảo, chưa vào số)"
	}
	return "Số: " + n.String()
}

func placeDate(d *directive.Directive) string {
	e := d.Issued.Expr
	var when string
	switch e.Kind {
	case calendar.KindDate:
		when = "ngày " + directive.NumericDate(e.Period.First)
	case calendar.KindPartial:
		when = "năm " + itoa(e.Period.First.Year) + " (chưa ghi ngày, tháng)"
	default:
		when = strings.TrimSpace(d.Issued.Text)
	}
	switch {
	case d.Place != "" && when != "":
		return d.Place + ", " + when
	case d.Place != "":
		return d.Place
	}
	return when
}

func signer(s directive.Signature) string {
	var lines []string
	for _, l := range s.Lines {
		lines = append(lines, strings.TrimSpace(l.Form.String()+" "+l.Text))
	}
	out := strings.Join(lines, " / ")
	if s.Name != "" {
		if out != "" {
			out += " — "
		}
		out += s.Name
	}
	return out
}

// countsBar returns the stacked bar of c's statuses.
func countsBar(c directive.Counts) []segment {
	if c.Total == 0 {
		return nil
	}
	parts := []struct {
		n     int
		class string
		title string
	}{
		{c.DoneOnTime, "ok", "Đã hoàn thành đúng hạn"},
		{c.DoneLate, "late", "Đã hoàn thành quá hạn"},
		{c.InProgress, "prog", "Đang thực hiện trong hạn"},
		{c.Overdue, "over", "Đang thực hiện quá hạn"},
		{c.NoDeadline, "none", "Thường xuyên, không có thời hạn"},
	}
	var out []segment
	x, sum := 0, 0
	for _, p := range parts {
		if p.n == 0 {
			continue
		}
		sum += p.n
		end := sum * 1000 / c.Total
		out = append(out, segment{X: x, W: end - x, Class: p.class, Title: p.title + ": " + itoa(p.n)})
		x = end
	}
	return out
}

func taskRow(t *directive.TaskReport, depth int) rowView {
	row := rowView{Label: t.Label, Text: t.Text, Lead: partyNames(t.Lead), Coop: partyNames(t.Cooperating),
		Due: directive.DueText(t.Deadline, t.Due), Status: statusText(t), Class: statusClass(t.Status), Depth: depth,
		JointOf: t.JointOf, Assignment: t.Assignment}
	if row.Lead == "" {
		row.Lead = "chưa xác định"
	}
	if t.Completed.IsValid() {
		row.Status += ", xong ngày " + directive.NumericDate(t.Completed)
	}
	for _, n := range t.Notes {
		s := n.Text
		if n.Date.IsValid() {
			s = directive.NumericDate(n.Date) + ": " + s
		}
		row.Notes = append(row.Notes, s)
	}
	return row
}

// appendRows appends the rows of task t and its subtasks that the report
// holds: a leaf as a task row, a parent as a heading row above its own.
func appendRows(rows []rowView, t *directive.Task, depth int, r *directive.Report, byLabel map[string]int) []rowView {
	if len(t.Subtasks) == 0 {
		if i, ok := byLabel[t.Label]; ok {
			rows = append(rows, taskRow(&r.Tasks[i], depth))
		}
		return rows
	}
	n := len(rows)
	rows = append(rows, rowView{Label: t.Label, Text: t.Text, Depth: depth, Parent: true,
		Due: directive.DueText(t.Deadline, dueOf(t))})
	for k := range t.Subtasks {
		rows = appendRows(rows, &t.Subtasks[k], depth+1, r, byLabel)
	}
	if len(rows) == n+1 {
		rows = rows[:n] // none of its subtasks is reported
	}
	return rows
}

func dueOf(t *directive.Task) calendar.Date {
	d, _ := t.Due(nil)
	return d
}

func agencyBoard(a *directive.AgencyReport, r *directive.Report) agencyView {
	v := agencyView{Name: a.Name, Group: a.Group, LeadBar: countsBar(a.Lead)}
	if a.Lead.Total > 0 {
		v.Lead = countsLine(a.Lead)
	}
	if a.Cooperating.Total > 0 {
		v.Coop = countsLine(a.Cooperating)
	}
	for _, i := range a.LeadTasks {
		t := &r.Tasks[i]
		v.LeadTasks = append(v.LeadTasks, chip{t.Label, statusClass(t.Status), t.Status.String()})
	}
	for _, i := range a.CooperatingTasks {
		t := &r.Tasks[i]
		v.CoopTasks = append(v.CoopTasks, chip{t.Label, statusClass(t.Status), t.Status.String()})
	}
	return v
}

// countsLine writes "4 nhiệm vụ: 1 hoàn thành đúng hạn, 3 thường xuyên".
func countsLine(c directive.Counts) string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, itoa(n)+" "+what)
		}
	}
	add(c.DoneOnTime, "hoàn thành đúng hạn")
	add(c.DoneLate, "hoàn thành quá hạn")
	add(c.InProgress, "trong hạn")
	add(c.Overdue, "quá hạn")
	add(c.NoDeadline, "không có thời hạn")
	return itoa(c.Total) + " nhiệm vụ: " + strings.Join(parts, ", ")
}

var monthNames = [...]string{"", "Tháng 01", "Tháng 02", "Tháng 03", "Tháng 04", "Tháng 05", "Tháng 06",
	"Tháng 07", "Tháng 08", "Tháng 09", "Tháng 10", "Tháng 11", "Tháng 12"}

// timeline returns the counted tasks with a due day, by due day, with the
// as-of day marked in its place.
func timeline(r *directive.Report) []timelineView {
	type item struct {
		due calendar.Date
		t   *directive.TaskReport
	}
	var items []item
	for i := range r.Tasks {
		t := &r.Tasks[i]
		if t.Due.IsValid() && t.JointOf == "" {
			items = append(items, item{t.Due, t})
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.due.Compare(b.due) })
	var out []timelineView
	marked := false
	month := calendar.Date{}
	mark := func(d calendar.Date) {
		m := ""
		if d.Year != month.Year || d.Month != month.Month {
			m = monthNames[d.Month] + "/" + itoa(d.Year)
			month = d
		}
		out = append(out, timelineView{Month: m, Date: directive.NumericDate(d), Today: true,
			Text: "Ngày báo cáo (số liệu tính đến ngày " + directive.NumericDate(d) + ")"})
		marked = true
	}
	for _, it := range items {
		if !marked && it.due.After(r.AsOf) {
			mark(r.AsOf)
		}
		m := ""
		if it.due.Year != month.Year || it.due.Month != month.Month {
			m = monthNames[it.due.Month] + "/" + itoa(it.due.Year)
			month = it.due
		}
		out = append(out, timelineView{Month: m, Date: directive.NumericDate(it.due), Label: it.t.Label,
			Text: brief(it.t.Text, 110), Lead: partyNames(it.t.Lead), Class: statusClass(it.t.Status),
			State: statusText(it.t), Past: !it.due.After(r.AsOf)})
	}
	if !marked && len(items) > 0 {
		mark(r.AsOf)
	}
	return out
}

func targetBar(g *directive.TargetReport, r *directive.Report) targetView {
	e := g.Evaluation
	v := targetView{Task: g.Task, Text: directive.TargetText(g.Target), Status: e.Status.Vietnamese(), Class: targetClass(e.Status),
		Mark: scale(g.Target.Value)}
	if g.Target.IsRange() {
		v.Mark2 = scale(g.Target.Max)
	}
	if g.Due.IsValid() {
		v.Due = directive.NumericDate(g.Due)
	}
	if e.Status != kpi.NoData && e.Status != kpi.StatusUnknown {
		v.Fill = scale(e.Current.Value)
		v.Current = round1(e.Current.Value).String()
		if e.Current.HasCounts() {
			v.Current += " (" + strconv.FormatInt(e.Current.Num, 10) + "/" + strconv.FormatInt(e.Current.Den, 10) + ")"
		}
		v.Current += " ngày " + directive.NumericDate(e.Current.Date)
		if e.HasProjection && (e.Status == kpi.OnTrack || e.Status == kpi.AtRisk) {
			v.Current += "; dự kiến " + round1(e.Projected).String() + " khi đến hạn"
		}
	}
	for _, a := range g.Agencies {
		s := agencyName(r, a.Agency) + ": " + a.Evaluation.Status.Vietnamese()
		if a.Evaluation.Status != kpi.NoData {
			s += " (" + round1(a.Evaluation.Current.Value).String() + ")"
		}
		v.Agencies = append(v.Agencies, s)
	}
	var short []string
	for _, sh := range g.Short {
		short = append(short, agencyName(r, sh.Agency)+" ("+round1(sh.Value).String()+", thiếu "+strconv.FormatInt(sh.Units, 10)+")")
	}
	v.Short = strings.Join(short, "; ")
	return v
}

// agencyName returns the name of the agency with ID id in r, or the ID.
func agencyName(r *directive.Report, id agency.ID) string {
	for _, a := range r.Agencies {
		if a.ID == id {
			return a.Name
		}
	}
	return string(id)
}
