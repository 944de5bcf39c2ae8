package directive

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/kpi"
)

// A Report is the standing of a directive's tasks as of a date, built by
// NewReport from the directive and the caller's Progress: every task with
// its status, counts per agency (as lead and as cooperating apart), totals
// with both denominators in use, the KPI evaluations, the overdue tasks by
// lateness, the deadlines coming up, and the problems found in the
// directive and in the progress.
//
// The tasks counted are the leaves of the task tree: a task with subtasks
// is counted through them. A subtask without its own lead, cooperating
// agencies or deadline takes its parent's, and a task without a lead takes
// its assignment's assignees; a subtask without completions of its own is
// completed by its parent's. A joint task listed under two assignments
// (Task.Joint) is counted once in the totals, under its first label, and
// for each agency that holds it. The targets of every task, parent or
// leaf, are evaluated.
//
// A Report's JSON form (MarshalJSON) holds all of it: a Report read back
// from its JSON writes the same JSON and the same text.
type Report struct {
	AsOf    calendar.Date
	Number  Number
	Type    DocType
	Subject string
	// Locality is the provincial people's committee whose bodies the
	// directive's relative names mean, as the agency filter reads them;
	// "" when unknown.
	Locality agency.ID
	// AgencyFilter is the agency filter the report was built with
	// (StatusOptions.Agency), "" for none.
	AgencyFilter string
	// DueSoonDays is the window of the "due soon" flag.
	DueSoonDays int

	Totals   Counts
	Tasks    []TaskReport
	Agencies []AgencyReport
	Targets  []TargetReport
	// Overdue are the overdue tasks, the most days late first.
	Overdue []TaskRef
	// Upcoming are the open tasks due within the window, the earliest
	// first.
	Upcoming []TaskRef
	// Problems are what Validate finds in the directive (for the tasks
	// reported) followed by what is wrong in the progress: entries that
	// name a task the directive does not have, a target a task does not
	// set, or a date that does not exist.
	Problems []Problem

	reg *agency.Registry // for Agency; nil means agency.Default()
}

// A TaskReport is one counted task and its standing.
type TaskReport struct {
	Label      string
	Assignment string
	// Text is the task's text; for the one task of an assignment written
	// inline ("7. Giao Sở Y tế phối hợp với … tổ chức hướng dẫn …"), the
	// assignment's whole text, so that it reads as a sentence.
	Text string
	// Lead and Cooperating are the task's agencies after inheritance.
	Lead        []Party
	Cooperating []Party
	// Deadline is the governing time expression after inheritance ("trước
	// ngày 30/6/2024", "hằng tháng"), zero when none.
	Deadline TimeExpr
	TaskState
	// JointOf is the label under which a joint task is counted in the
	// totals, "" when this is that label.
	JointOf string
	Notes   []Note
}

// A TaskRef points at a task in Report.Tasks (Index), with the number of
// days that orders it: days late for Overdue, days left for Upcoming.
type TaskRef struct {
	Label string
	Index int
	Due   calendar.Date
	Days  int
}

// Counts are task counts by status.
//
// Two denominators are in use in tracking reports, and both are given: the
// tasks that have come due (due on or before the as-of date: CameDue, of
// which DueDone are completed and DueOnTime completed on time), and all
// tasks (Total).
type Counts struct {
	Total      int `json:"total"`
	DoneOnTime int `json:"done_on_time"`
	DoneLate   int `json:"done_late"`
	InProgress int `json:"in_progress"`
	Overdue    int `json:"overdue"`
	NoDeadline int `json:"no_deadline"`
	DueSoon    int `json:"due_soon"`
	CameDue    int `json:"came_due"`
	DueDone    int `json:"due_done"`
	DueOnTime  int `json:"due_on_time"`
}

// Done returns the number of completed tasks.
func (c Counts) Done() int { return c.DoneOnTime + c.DoneLate }

// DoneOfDue returns the share of the tasks come due that are completed.
func (c Counts) DoneOfDue() kpi.Percent { return kpi.FromCounts(int64(c.DueDone), int64(c.CameDue)) }

// OnTimeOfDue returns the share of the tasks come due that were completed
// on time.
func (c Counts) OnTimeOfDue() kpi.Percent {
	return kpi.FromCounts(int64(c.DueOnTime), int64(c.CameDue))
}

// DoneOfAll returns the share of all tasks that are completed.
func (c Counts) DoneOfAll() kpi.Percent { return kpi.FromCounts(int64(c.Done()), int64(c.Total)) }

// OnTimeOfAll returns the share of all tasks completed on time.
func (c Counts) OnTimeOfAll() kpi.Percent {
	return kpi.FromCounts(int64(c.DoneOnTime), int64(c.Total))
}

// add counts one task of state st as of asOf.
func (c *Counts) add(st *TaskState, asOf calendar.Date) {
	c.Total++
	switch st.Status {
	case StatusDoneOnTime:
		c.DoneOnTime++
	case StatusDoneLate:
		c.DoneLate++
	case StatusInProgress:
		c.InProgress++
	case StatusOverdue:
		c.Overdue++
	case StatusNoDeadline:
		c.NoDeadline++
	}
	if st.DueSoon {
		c.DueSoon++
	}
	if st.Due != (calendar.Date{}) && !st.Due.After(asOf) {
		c.CameDue++
		if st.Status.IsDone() {
			c.DueDone++
		}
		if st.Status == StatusDoneOnTime {
			c.DueOnTime++
		}
	}
}

// An AgencyReport is one agency's tasks: those it leads and those it
// cooperates on, counted apart.
type AgencyReport struct {
	Name string
	ID   agency.ID
	// Group is set for a collective ("các sở, ban, ngành thành phố").
	Group       bool
	Lead        Counts
	Cooperating Counts
	// LeadTasks and CooperatingTasks are indexes into Report.Tasks.
	LeadTasks        []int
	CooperatingTasks []int
	// LeadOverdue are the labels of the overdue tasks it leads.
	LeadOverdue []string
}

// A TargetReport is one target of a task evaluated as of the report's
// date.
type TargetReport struct {
	// Task is the label of the task that sets the target, Index the
	// target's index in the task's Targets.
	Task   string
	Index  int
	Target kpi.Target
	// Due is the task's due day, zero for a recurring task or one without.
	Due        calendar.Date
	Evaluation kpi.Evaluation
	// Agencies are the evaluations of the agencies that reported
	// measurements of their own, in order of first report.
	Agencies []AgencyEvaluation
	// Short are the agencies whose latest counted measurement as of the
	// report's date does not meet the target, with how many units each is
	// short, the largest shortfall first (kpi.Rollup.Short).
	Short []Shortfall
}

// A Shortfall is how far one agency is from a target: its own value, and
// the units it lacks (for "≥" and ">" targets, more numerator units over
// its denominator; for "≤" and "<", fewer).
type Shortfall struct {
	Agency agency.ID   `json:"agency"`
	Value  kpi.Percent `json:"value"`
	Units  int64       `json:"units"`
}

// An AgencyEvaluation is one agency's standing on a target.
type AgencyEvaluation struct {
	Agency     agency.ID
	Evaluation kpi.Evaluation
}

// A ReportError reports why NewReport could not build a report: a nil
// directive, an as-of date that is not a valid date, an agency filter that
// names nothing.
type ReportError struct {
	Msg string
	Err error // the underlying error, if any
}

// Error returns "directive: report: " and the reason.
func (e *ReportError) Error() string { return "directive: report: " + e.Msg }

// Unwrap returns the underlying error.
func (e *ReportError) Unwrap() error { return e.Err }

// NewReport builds the report of d as of asOf from progress p (nil for
// none). opts may be nil; when opts.Issued is zero the directive's issue
// date (or, for a partial date, the first day it allows) is used.
//
// It returns a *ReportError for a nil d, an asOf that is not a valid date
// (the zero Date included: a report is always as of a day), and an agency
// filter (opts.Agency) that agency.Registry.Select refuses. Progress that
// does not fit the directive is not an error: it is listed in
// Report.Problems.
func NewReport(d *Directive, p *Progress, asOf calendar.Date, opts *StatusOptions) (*Report, error) {
	if d == nil {
		return nil, &ReportError{Msg: "nil *Directive"}
	}
	if !asOf.IsValid() {
		return nil, &ReportError{Msg: fmt.Sprintf("as-of date %q is not a valid date", asOf.String())}
	}
	o := opts.orDefault()
	if !o.Issued.IsValid() {
		switch d.Issued.Expr.Kind {
		case calendar.KindDate, calendar.KindPartial:
			o.Issued = d.Issued.Expr.Period.First
		}
	}
	if p == nil {
		p = &Progress{}
	}
	reg := o.Registry
	if reg == nil {
		reg = agency.Default()
	}
	loc := o.Locality
	if loc == "" {
		loc = localityOf(reg, d)
	}
	b := reportBuilder{opts: &o, asOf: asOf, p: p}
	if o.Agency != "" {
		sel, err := reg.Select(o.Agency, &agency.Options{Locality: loc})
		if err != nil {
			return nil, &ReportError{Msg: "agency filter: " + err.Error(), Err: err}
		}
		b.only = sel
	}
	b.index()
	r := &Report{AsOf: asOf, Number: d.Number, Type: d.Type, Subject: d.Subject, Locality: loc, AgencyFilter: o.Agency,
		DueSoonDays: o.DueSoonDays, reg: o.Registry}
	if r.DueSoonDays == 0 {
		r.DueSoonDays = DefaultDueSoon
	}
	b.r = r
	n := 0
	for ai := range d.Assignments {
		for ti := range d.Assignments[ai].Tasks {
			n += countLeaves(&d.Assignments[ai].Tasks[ti])
		}
	}
	r.Tasks = make([]TaskReport, 0, n)
	b.counted = make(map[string]bool, n)
	b.labels = make(map[string]*Task, n)
	for t := range d.Tasks() {
		if _, ok := b.labels[t.Label]; !ok {
			b.labels[t.Label] = t
		}
	}
	b.reported = make(map[string]bool, n)
	for ai := range d.Assignments {
		a := &d.Assignments[ai]
		inline := a.Inline()
		for ti := range a.Tasks {
			b.walk(a, &a.Tasks[ti], inline, nil, a.Assignees, a.Cooperating, nil)
		}
	}
	b.finish(d)
	return r, nil
}

// localityOf returns the locality of d's issuer in reg, from its ID or
// its printed names.
func localityOf(reg *agency.Registry, d *Directive) agency.ID {
	if d.IssuerID != "" {
		if l := reg.LocalityOf(d.IssuerID); l != "" {
			return l
		}
	}
	for _, s := range []string{d.IssuerParent, d.Issuer} {
		if s == "" {
			continue
		}
		if l := reg.Locality(s); l != "" {
			return l
		}
	}
	return ""
}

// Inline reports whether a is written inline: its one task, without
// subtasks, holds the end of the assignment's own text ("7. Giao Sở Y tế
// phối hợp với … tổ chức hướng dẫn …" holds the task "phối hợp với … tổ
// chức hướng dẫn …"), so that a tracker writes the text once.
func (a *Assignment) Inline() bool {
	if len(a.Tasks) != 1 {
		return false
	}
	t := &a.Tasks[0]
	if len(t.Subtasks) > 0 || strings.TrimSpace(t.Text) == "" {
		return false
	}
	at, tt := strings.Join(strings.Fields(a.Text), " "), strings.Join(strings.Fields(t.Text), " ")
	return len(at) > len(tt) && strings.HasSuffix(at, tt)
}

// countLeaves returns the number of leaves of the task tree under t.
func countLeaves(t *Task) int {
	if len(t.Subtasks) == 0 {
		return 1
	}
	n := 0
	for i := range t.Subtasks {
		n += countLeaves(&t.Subtasks[i])
	}
	return n
}

type reportBuilder struct {
	opts *StatusOptions
	asOf calendar.Date
	p    *Progress
	r    *Report

	done     map[string][]int // task label → indexes of Completions
	notes    map[string][]int
	meas     map[string][]int
	counted  map[string]bool
	labels   map[string]*Task  // every task of the directive by label
	reported map[string]bool   // the labels of the tasks reported, parents included
	byID     map[agency.ID]int // agency ID → index in r.Agencies
	byKey    map[string]int    // folded name → index in r.Agencies
	byName   map[string]int    // name as printed → index in r.Agencies
	scratch  []calendar.Date
	only     agency.Selector // StatusOptions.Agency; the zero Selector when none
	targets  []pendingTarget
}

// pendingTarget is a task's targets, evaluated once the tasks are counted.
type pendingTarget struct {
	label   string
	targets []kpi.Target
	due     calendar.Date // zero for a recurring task or one without
}

// involves reports whether one of ps is selected by the agency filter.
func (b *reportBuilder) involves(ps []Party) bool {
	for _, p := range ps {
		if b.only.Match(p.ID, p.Name) {
			return true
		}
	}
	return false
}

func (b *reportBuilder) index() {
	b.done = make(map[string][]int, len(b.p.Completions))
	for i, c := range b.p.Completions {
		b.done[c.Task] = append(b.done[c.Task], i)
	}
	b.notes = make(map[string][]int, len(b.p.Notes))
	for i, n := range b.p.Notes {
		b.notes[n.Task] = append(b.notes[n.Task], i)
	}
	b.meas = make(map[string][]int, len(b.p.Measurements))
	for i, m := range b.p.Measurements {
		b.meas[m.Task] = append(b.meas[m.Task], i)
	}
	b.byID = make(map[agency.ID]int)
	b.byKey = make(map[string]int)
	b.byName = make(map[string]int)
}

// walk counts task t (or its leaves) of assignment a with the lead,
// cooperating agencies and deadline inherited from above (nil for none)
// and the labels of its ancestors, nearest last.
func (b *reportBuilder) walk(a *Assignment, t *Task, inline bool, up []string, lead, coop []Party, deadline *TimeExpr) {
	if len(t.Lead) > 0 {
		lead = t.Lead
	}
	if len(t.Cooperating) > 0 || len(t.Lead) > 0 {
		coop = t.Cooperating
	}
	if !t.Deadline.IsZero() {
		deadline = &t.Deadline
	}
	if len(t.Subtasks) > 0 {
		if len(t.Targets) > 0 && (b.only.IsZero() || b.involves(lead) || b.involves(coop)) {
			var e calendar.Expr
			if deadline != nil {
				e = deadline.Expr
			}
			due, _ := b.opts.Due(e) // a recurrence has none
			b.targets = append(b.targets, pendingTarget{t.Label, t.Targets, due})
			b.reported[t.Label] = true
		}
		up = append(up[:len(up):len(up)], t.Label)
		for i := range t.Subtasks {
			b.walk(a, &t.Subtasks[i], false, up, lead, coop, deadline)
		}
		return
	}
	if !b.only.IsZero() && !b.involves(lead) && !b.involves(coop) {
		return
	}
	b.reported[t.Label] = true
	for _, l := range up {
		b.reported[l] = true
	}
	idx := len(b.r.Tasks)
	b.r.Tasks = append(b.r.Tasks, TaskReport{})
	tr := &b.r.Tasks[idx]
	tr.Label, tr.Assignment, tr.Text, tr.Lead, tr.Cooperating = t.Label, a.Label, t.Text, lead, coop
	if inline {
		tr.Text = a.Text
	}
	var e calendar.Expr
	if deadline != nil {
		tr.Deadline, e = *deadline, deadline.Expr
	}
	tr.TaskState = b.opts.State(e, b.taskCompletions(b.progressLabel(t.Label, up), lead), b.asOf)
	for _, j := range t.Joint {
		if b.counted[j] {
			tr.JointOf = j
			break
		}
	}
	if tr.JointOf == "" {
		b.counted[t.Label] = true
		b.r.Totals.add(&tr.TaskState, b.asOf)
	}
	for _, l := range append(up[:len(up):len(up)], t.Label) {
		for _, i := range b.notes[l] {
			tr.Notes = append(tr.Notes, b.p.Notes[i])
		}
	}
	if len(t.Targets) > 0 {
		due := tr.Due
		if e.Kind == calendar.KindRecurrence {
			due = calendar.Date{}
		}
		b.targets = append(b.targets, pendingTarget{t.Label, t.Targets, due})
	}
	for _, party := range lead {
		b.countAgency(party, idx, true, up)
	}
	for _, party := range coop {
		b.countAgency(party, idx, false, up)
	}
}

// progressLabel returns the label whose completions complete the task
// labelled label: its own when it has any, else the nearest ancestor's
// that has any.
func (b *reportBuilder) progressLabel(label string, up []string) string {
	if len(b.done[label]) > 0 {
		return label
	}
	for i := len(up) - 1; i >= 0; i-- {
		if len(b.done[up[i]]) > 0 {
			return up[i]
		}
	}
	return label
}

// taskCompletions returns the completion days of the task as a whole: its
// own, or when it has none and every lead agency reported, the day the
// last of them completed (round by round for a recurring task).
func (b *reportBuilder) taskCompletions(label string, lead []Party) []calendar.Date {
	idx := b.done[label]
	if len(idx) == 0 {
		return nil
	}
	b.scratch = b.scratch[:0]
	for _, i := range idx {
		if c := b.p.Completions[i]; c.Agency == "" {
			b.scratch = append(b.scratch, c.Date)
		}
	}
	if len(b.scratch) > 0 || len(lead) == 0 {
		return b.scratch
	}
	var per [][]calendar.Date
	for _, party := range lead {
		if party.ID == "" {
			return nil
		}
		ds := b.agencyCompletions(label, party.ID)
		if len(ds) == 0 {
			return nil
		}
		per = append(per, ds)
	}
	n := len(per[0])
	for _, ds := range per {
		n = min(n, len(ds))
	}
	out := make([]calendar.Date, n)
	for k := range out {
		for _, ds := range per {
			if ds[k].After(out[k]) {
				out[k] = ds[k]
			}
		}
	}
	return out
}

// agencyCompletions returns the sorted completion days agency id reported
// for the task, on or before the as-of date.
func (b *reportBuilder) agencyCompletions(label string, id agency.ID) []calendar.Date {
	var ds []calendar.Date
	for _, i := range b.done[label] {
		if c := b.p.Completions[i]; c.Agency == id && c.Date.IsValid() && !c.Date.After(b.asOf) {
			ds = append(ds, c.Date)
		}
	}
	slices.SortFunc(ds, calendar.Date.Compare)
	return ds
}

// agencyIndex returns the index of p's row in r.Agencies, adding it when
// new. Parties with an ID are told apart by it, others by folded name.
func (b *reportBuilder) agencyIndex(p Party) int {
	if p.ID != "" {
		if i, ok := b.byID[p.ID]; ok {
			return i
		}
		i := len(b.r.Agencies)
		b.byID[p.ID] = i
		b.r.Agencies = append(b.r.Agencies, AgencyReport{Name: p.Name, ID: p.ID, Group: p.Group})
		return i
	}
	if i, ok := b.byName[p.Name]; ok {
		return i
	}
	k := vntext.String(p.Name)
	i, ok := b.byKey[k]
	if !ok {
		i = len(b.r.Agencies)
		b.byKey[k] = i
		b.r.Agencies = append(b.r.Agencies, AgencyReport{Name: p.Name, Group: p.Group})
	}
	b.byName[p.Name] = i
	return i
}

func (b *reportBuilder) countAgency(p Party, task int, lead bool, up []string) {
	i := b.agencyIndex(p)
	ar := &b.r.Agencies[i]
	tr := &b.r.Tasks[task]
	st := &tr.TaskState
	if p.ID != "" {
		if ds := b.agencyCompletions(b.progressLabel(tr.Label, up), p.ID); len(ds) > 0 {
			own := b.opts.State(tr.Deadline.Expr, ds, b.asOf)
			st = &own
		}
	}
	if lead {
		ar.Lead.add(st, b.asOf)
		ar.LeadTasks = append(ar.LeadTasks, task)
		if st.Status == StatusOverdue {
			ar.LeadOverdue = append(ar.LeadOverdue, tr.Label)
		}
	} else {
		ar.Cooperating.add(st, b.asOf)
		ar.CooperatingTasks = append(ar.CooperatingTasks, task)
	}
}

func (b *reportBuilder) finish(d *Directive) {
	r := b.r
	for i := range r.Tasks {
		t := &r.Tasks[i]
		switch {
		case t.Status == StatusOverdue:
			r.Overdue = append(r.Overdue, TaskRef{t.Label, i, t.Due, t.DaysLate})
		case t.DueSoon:
			r.Upcoming = append(r.Upcoming, TaskRef{t.Label, i, t.Due, t.Due.DaysSince(b.asOf)})
		}
	}
	for _, pt := range b.targets {
		for k, g := range pt.targets {
			r.Targets = append(r.Targets, b.evaluate(pt, k, g))
		}
	}
	slices.SortFunc(r.Overdue, func(x, y TaskRef) int {
		if x.Days != y.Days {
			return y.Days - x.Days
		}
		return x.Index - y.Index
	})
	slices.SortFunc(r.Upcoming, func(x, y TaskRef) int {
		if c := x.Due.Compare(y.Due); c != 0 {
			return c
		}
		return x.Index - y.Index
	})
	for _, pr := range validate(d) {
		if b.only.IsZero() || b.reported[pr.Label] {
			r.Problems = append(r.Problems, pr)
		}
	}
	r.Problems = append(r.Problems, b.progressProblems()...)
}

// progressProblems returns what is wrong in the progress, in its order:
// completions, then notes, then measurements.
func (b *reportBuilder) progressProblems() []Problem {
	var out []Problem
	unknown := func(label, what string) {
		out = append(out, Problem{Kind: ProblemUnknownTask, Label: label,
			Msg: fmt.Sprintf("progress names task %q, which the directive does not have (%s)", label, what)})
	}
	for _, c := range b.p.Completions {
		switch {
		case b.labels[c.Task] == nil:
			unknown(c.Task, "completion of "+c.Date.String())
		case !c.Date.IsValid():
			out = append(out, Problem{Kind: ProblemProgressDate, Label: c.Task,
				Msg: fmt.Sprintf("completion date %q is not a valid date", c.Date.String())})
		}
	}
	for _, n := range b.p.Notes {
		if b.labels[n.Task] == nil {
			unknown(n.Task, "note "+strconv.Quote(n.Text))
		}
	}
	for _, m := range b.p.Measurements {
		t := b.labels[m.Task]
		switch {
		case t == nil:
			unknown(m.Task, "measurement of "+m.Date.String())
		case m.Target < 0 || m.Target >= len(t.Targets):
			out = append(out, Problem{Kind: ProblemUnknownTarget, Label: m.Task,
				Msg: fmt.Sprintf("measurement of target %d, but the task sets %d target(s)", m.Target, len(t.Targets))})
		case !m.Date.IsValid():
			out = append(out, Problem{Kind: ProblemProgressDate, Label: m.Task,
				Msg: fmt.Sprintf("measurement date %q is not a valid date", m.Date.String())})
		}
	}
	return out
}

// evaluate evaluates target k of a task: on the task's own measurements,
// or when there are none, on the agencies' measurements summed (their
// counts added, each agency's latest value as of each reporting day).
func (b *reportBuilder) evaluate(pt pendingTarget, k int, g kpi.Target) TargetReport {
	tr := TargetReport{Task: pt.label, Index: k, Target: g, Due: pt.due}
	var total kpi.Series
	var per []agencySeries
	for _, i := range b.meas[pt.label] {
		m := b.p.Measurements[i]
		if m.Target != k || !m.Date.IsValid() {
			continue
		}
		if m.Agency == "" {
			total = append(total, m.Measurement)
			continue
		}
		j := 0
		for j < len(per) && per[j].id != m.Agency {
			j++
		}
		if j == len(per) {
			per = append(per, agencySeries{id: m.Agency})
		}
		per[j].s = append(per[j].s, m.Measurement)
	}
	if len(total) == 0 && len(per) > 0 {
		total = sumSeries(per)
	}
	tr.Evaluation = kpi.Evaluate(g, total, b.asOf, tr.Due)
	var roll kpi.Rollup
	counted := false
	for _, a := range per {
		tr.Agencies = append(tr.Agencies, AgencyEvaluation{a.id, kpi.Evaluate(g, a.s, b.asOf, tr.Due)})
		if m, ok := a.s.At(b.asOf); ok && m.HasCounts() {
			roll.Add(string(a.id), m.Num, m.Den)
			counted = true
		}
	}
	if counted {
		for _, c := range roll.Short(g) {
			units := int64(0)
			if c.Short != nil && c.Short.IsInt64() {
				units = c.Short.Int64()
			}
			tr.Short = append(tr.Short, Shortfall{agency.ID(c.Agency), c.Value, units})
		}
	}
	return tr
}

// agencySeries is one agency's measurements of a target.
type agencySeries struct {
	id agency.ID
	s  kpi.Series
}

// sumSeries adds the agencies' series: on each day any agency reported,
// the latest measurement of every agency as of that day is tallied — as
// counts when every one of them has counts, else as a percentage in which
// one without counts weighs as one unit (kpi.Tally.AddMeasurement).
func sumSeries(per []agencySeries) kpi.Series {
	var days []calendar.Date
	for _, a := range per {
		for _, m := range a.s {
			days = append(days, m.Date)
		}
	}
	slices.SortFunc(days, calendar.Date.Compare)
	days = slices.Compact(days)
	out := make(kpi.Series, 0, len(days))
	for _, day := range days {
		var t kpi.Tally
		counted := true
		for _, a := range per {
			if m, ok := a.s.At(day); ok {
				t.AddMeasurement(m)
				counted = counted && m.HasCounts()
			}
		}
		num, den, ok := t.Counts64()
		switch {
		case !ok || den == 0:
			continue
		case counted:
			out = append(out, kpi.Count(day, num, den))
		default:
			// A percentage without counts weighs as one unit: the sum is
			// a mean, not a count.
			out = append(out, kpi.Reading(day, t.Percent()))
		}
	}
	return out
}

// Agency returns the report row of the agency that key names, read by the
// one resolver of agency filters (agency.Registry.Select, in the report's
// locality): an ID, a name or abbreviation the registry resolves ("Sở
// TT&TT"), or a name compared folded. A row named exactly (by ID, or by
// its whole folded name) comes before one that merely holds the words of
// key. It reports false when no row matches or key names nothing.
func (r *Report) Agency(key string) (AgencyReport, bool) {
	reg := r.reg
	if reg == nil {
		reg = agency.Default()
	}
	sel, err := reg.Select(key, &agency.Options{Locality: r.Locality})
	if err != nil {
		var le *agency.LocalityError
		if !errors.As(err, &le) {
			return AgencyReport{}, false
		}
		// A report read from JSON may name a locality this registry does
		// not know: read the key without it.
		if sel, err = reg.Select(key, nil); err != nil {
			return AgencyReport{}, false
		}
	}
	for _, a := range r.Agencies {
		if sel.Exact(a.ID, a.Name) {
			return a, true
		}
	}
	for _, a := range r.Agencies {
		if sel.Match(a.ID, a.Name) {
			return a, true
		}
	}
	return AgencyReport{}, false
}
