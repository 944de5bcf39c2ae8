package directive

import (
	"slices"
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
// lateness and the deadlines coming up.
//
// The tasks counted are the leaves of the task tree: a task with subtasks
// is counted through them. A subtask without its own lead, cooperating
// agencies or deadline takes its parent's, and a task without a lead takes
// its assignment's assignees. A joint task listed under two assignments
// (Task.Joint) is counted once in the totals, under its first label, and
// for each agency that holds it.
type Report struct {
	AsOf    calendar.Date `json:"as_of"`
	Number  Number        `json:"number"`
	Type    DocType       `json:"doc_type"`
	Subject string        `json:"subject"`
	// DueSoonDays is the window of the "due soon" flag.
	DueSoonDays int `json:"due_soon_days"`

	Totals   Counts         `json:"totals"`
	Tasks    []TaskReport   `json:"tasks"`
	Agencies []AgencyReport `json:"agencies"`
	Targets  []TargetReport `json:"targets"`
	// Overdue are the overdue tasks, the most days late first.
	Overdue []TaskRef `json:"overdue"`
	// Upcoming are the open tasks due within the window, the earliest
	// first.
	Upcoming []TaskRef `json:"upcoming"`
}

// A TaskReport is one counted task and its standing.
type TaskReport struct {
	Label      string `json:"label"`
	Assignment string `json:"assignment"`
	Text       string `json:"text"`
	// Lead and Cooperating are the task's agencies after inheritance.
	Lead        []Party `json:"lead"`
	Cooperating []Party `json:"cooperating"`
	// Deadline is the text of the governing time expression ("trước ngày
	// 30/6/2024", "hằng tháng"), "" when none.
	Deadline string `json:"deadline,omitempty"`
	TaskState
	// JointOf is the label under which a joint task is counted in the
	// totals, "" when this is that label.
	JointOf string `json:"joint_of,omitempty"`
	Notes   []Note `json:"notes,omitempty"`

	deadline *calendar.Expr
	targets  []kpi.Target
}

// A TaskRef points at a task in Report.Tasks, with the number of days that
// orders it: days late for Overdue, days left for Upcoming.
type TaskRef struct {
	Label string        `json:"label"`
	Index int           `json:"-"`
	Due   calendar.Date `json:"due"`
	Days  int           `json:"days"`
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

// MarshalJSON implements json.Marshaler: the counts, and under "rates" the
// four shares as JSON numbers of percent — done_of_due, on_time_of_due,
// done_of_all, on_time_of_all — each null when its denominator is zero.
func (c Counts) MarshalJSON() ([]byte, error) {
	type counts Counts
	type rates struct {
		DoneOfDue   *kpi.Percent `json:"done_of_due"`
		OnTimeOfDue *kpi.Percent `json:"on_time_of_due"`
		DoneOfAll   *kpi.Percent `json:"done_of_all"`
		OnTimeOfAll *kpi.Percent `json:"on_time_of_all"`
	}
	rate := func(p kpi.Percent, den int) *kpi.Percent {
		if den == 0 {
			return nil
		}
		return &p
	}
	return marshal(struct {
		counts
		Rates rates `json:"rates"`
	}{counts(c), rates{rate(c.DoneOfDue(), c.CameDue), rate(c.OnTimeOfDue(), c.CameDue), rate(c.DoneOfAll(), c.Total), rate(c.OnTimeOfAll(), c.Total)}})
}

// An AgencyReport is one agency's tasks: those it leads and those it
// cooperates on, counted apart.
type AgencyReport struct {
	Name string    `json:"name"`
	ID   agency.ID `json:"id"`
	// Group is set for a collective ("các sở, ban, ngành thành phố").
	Group       bool   `json:"group,omitempty"`
	Lead        Counts `json:"lead"`
	Cooperating Counts `json:"cooperating"`
	// LeadTasks and CooperatingTasks are indexes into Report.Tasks.
	LeadTasks        []int `json:"-"`
	CooperatingTasks []int `json:"-"`
	// LeadOverdue are the labels of the overdue tasks it leads.
	LeadOverdue []string `json:"lead_overdue,omitempty"`
}

// A TargetReport is one target of a task evaluated as of the report's
// date.
type TargetReport struct {
	Task       string         `json:"task"`
	Index      int            `json:"index"`
	Target     kpi.Target     `json:"target"`
	Due        calendar.Date  `json:"due,omitzero"`
	Evaluation kpi.Evaluation `json:"evaluation"`
	// Agencies are the evaluations of the agencies that reported
	// measurements of their own, in order of first report.
	Agencies []AgencyEvaluation `json:"agencies,omitempty"`
	// Short are the agencies whose latest counted measurement as of the
	// report's date does not meet the target, with how many units each is
	// short, the largest shortfall first (kpi.Rollup.Short).
	Short []Shortfall `json:"short,omitempty"`
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
	Agency     agency.ID      `json:"agency"`
	Evaluation kpi.Evaluation `json:"evaluation"`
}

// NewReport builds the report of d as of asOf from progress p (nil for
// none). opts may be nil; when opts.Issued is zero the directive's issue
// date (or, for a partial date, the first day it allows) is used.
func NewReport(d *Directive, p *Progress, asOf calendar.Date, opts *StatusOptions) *Report {
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
	b := reportBuilder{opts: &o, asOf: asOf, p: p}
	if o.Agency != "" {
		b.only = vntext.String(o.Agency)
	}
	b.index()
	r := &Report{AsOf: asOf, Number: d.Number, Type: d.Type, Subject: d.Subject, DueSoonDays: o.DueSoonDays}
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
	b.none = []Party{}
	b.counted = make(map[string]bool, n)
	for ai := range d.Assignments {
		a := &d.Assignments[ai]
		for ti := range a.Tasks {
			b.walk(a, &a.Tasks[ti], a.Assignees, a.Cooperating, nil)
		}
	}
	b.finish()
	return r
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

	done    map[string][]int // task label → indexes of Completions
	notes   map[string][]int
	meas    map[string][]int
	counted map[string]bool
	byID    map[agency.ID]int // agency ID → index in r.Agencies
	byKey   map[string]int    // folded name → index in r.Agencies
	byName  map[string]int    // name as printed → index in r.Agencies
	scratch []calendar.Date
	none    []Party // the empty list, so that JSON writes []
	only    string  // StatusOptions.Agency, folded
}

// involves reports whether one of ps is the agency the report is
// restricted to.
func (b *reportBuilder) involves(ps []Party) bool {
	for _, p := range ps {
		if p.ID != "" && string(p.ID) == b.opts.Agency || strings.Contains(vntext.String(p.Name), b.only) {
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

// walk counts task t (or its leaves) with the lead, cooperating agencies
// and deadline inherited from above (nil for none).
func (b *reportBuilder) walk(a *Assignment, t *Task, lead, coop []Party, deadline *TimeExpr) {
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
		for i := range t.Subtasks {
			b.walk(a, &t.Subtasks[i], lead, coop, deadline)
		}
		return
	}
	if b.only != "" && !b.involves(lead) && !b.involves(coop) {
		return
	}
	idx := len(b.r.Tasks)
	b.r.Tasks = append(b.r.Tasks, TaskReport{})
	tr := &b.r.Tasks[idx]
	tr.Label, tr.Assignment, tr.Text, tr.Lead, tr.Cooperating = t.Label, a.Label, t.Text, lead, coop
	if lead == nil {
		tr.Lead = b.none
	}
	if coop == nil {
		tr.Cooperating = b.none
	}
	tr.targets = t.Targets
	var e calendar.Expr
	if deadline != nil {
		tr.Deadline, tr.deadline, e = deadline.Text, &deadline.Expr, deadline.Expr
	}
	tr.TaskState = b.opts.State(e, b.taskCompletions(t.Label, lead), b.asOf)
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
	for _, i := range b.notes[t.Label] {
		tr.Notes = append(tr.Notes, b.p.Notes[i])
	}
	for _, party := range lead {
		b.countAgency(party, idx, true)
	}
	for _, party := range coop {
		b.countAgency(party, idx, false)
	}
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
		if c := b.p.Completions[i]; c.Agency == id && c.Date != (calendar.Date{}) && !c.Date.After(b.asOf) {
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

func (b *reportBuilder) countAgency(p Party, task int, lead bool) {
	i := b.agencyIndex(p)
	ar := &b.r.Agencies[i]
	tr := &b.r.Tasks[task]
	st := &tr.TaskState
	if p.ID != "" {
		if ds := b.agencyCompletions(tr.Label, p.ID); len(ds) > 0 {
			var e calendar.Expr
			if tr.deadline != nil {
				e = *tr.deadline
			}
			own := b.opts.State(e, ds, b.asOf)
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

func (b *reportBuilder) finish() {
	r := b.r
	for i := range r.Tasks {
		t := &r.Tasks[i]
		switch {
		case t.Status == StatusOverdue:
			r.Overdue = append(r.Overdue, TaskRef{t.Label, i, t.Due, t.DaysLate})
		case t.DueSoon:
			r.Upcoming = append(r.Upcoming, TaskRef{t.Label, i, t.Due, t.Due.DaysSince(b.asOf)})
		}
		for k, g := range t.targets {
			r.Targets = append(r.Targets, b.evaluate(t, k, g))
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
}

// evaluate evaluates target k of task t: on the task's own measurements,
// or when there are none, on the agencies' measurements summed (their
// counts added, each agency's latest value as of each reporting day).
func (b *reportBuilder) evaluate(t *TaskReport, k int, g kpi.Target) TargetReport {
	tr := TargetReport{Task: t.Label, Index: k, Target: g, Due: t.Due}
	if t.Rounds != nil {
		tr.Due = calendar.Date{}
	}
	var total kpi.Series
	var per []agencySeries
	for _, i := range b.meas[t.Label] {
		m := b.p.Measurements[i]
		if m.Target != k {
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
// the latest measurement of every agency as of that day is tallied.
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
		for _, a := range per {
			if m, ok := a.s.At(day); ok {
				t.AddMeasurement(m)
			}
		}
		num, den, ok := t.Counts64()
		if !ok || den == 0 {
			continue
		}
		out = append(out, kpi.Count(day, num, den))
	}
	return out
}

// jsonEvaluation is the JSON form of a kpi.Evaluation.
type jsonEvaluation struct {
	Status    kpi.Status       `json:"status"`
	Current   *jsonMeasurement `json:"current,omitempty"`
	Gap       kpi.Percent      `json:"gap"`
	Projected *kpi.Percent     `json:"projected,omitempty"`
	Late      bool             `json:"late,omitempty"`
}

func evaluationJSON(e kpi.Evaluation) jsonEvaluation {
	j := jsonEvaluation{Status: e.Status, Gap: e.Gap, Late: e.Late}
	if e.Current != (kpi.Measurement{}) {
		j.Current = &jsonMeasurement{Date: e.Current.Date, Value: e.Current.Value, Num: e.Current.Num, Den: e.Current.Den}
	}
	if e.HasProjection {
		p := e.Projected
		j.Projected = &p
	}
	return j
}

// MarshalJSON implements json.Marshaler: {"task", "index", "target",
// "due", "evaluation": {"status", "current": {"date", "value", "num",
// "den"}, "gap", "projected", "late"}, "agencies": [{"agency",
// "evaluation"}], "short": [{"agency", "value", "units"}]}.
func (t TargetReport) MarshalJSON() ([]byte, error) {
	type agencyEval struct {
		Agency     agency.ID      `json:"agency"`
		Evaluation jsonEvaluation `json:"evaluation"`
	}
	ag := make([]agencyEval, len(t.Agencies))
	for i, a := range t.Agencies {
		ag[i] = agencyEval{a.Agency, evaluationJSON(a.Evaluation)}
	}
	return marshal(struct {
		Task       string         `json:"task"`
		Index      int            `json:"index"`
		Target     kpi.Target     `json:"target"`
		Due        calendar.Date  `json:"due,omitzero"`
		Evaluation jsonEvaluation `json:"evaluation"`
		Agencies   []agencyEval   `json:"agencies"`
		Short      []Shortfall    `json:"short"`
	}{t.Task, t.Index, t.Target, t.Due, evaluationJSON(t.Evaluation), ag, list(t.Short)})
}
