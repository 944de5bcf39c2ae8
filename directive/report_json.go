package directive

import (
	"encoding/json"
	"fmt"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// This file holds the JSON form of a Report and of the values in it. Every
// list is written, [] when empty, and read back as nil when empty; every
// field of the Go values is kept, so that a Report read back from its JSON
// writes the same JSON (byte for byte) and the same text.
//
//	report       {"as_of", "number", "doc_type", "subject", "locality",
//	              "agency", "due_soon_days", "totals": counts,
//	              "tasks": [task], "agencies": [agency], "targets": [target],
//	              "overdue": [ref], "upcoming": [ref], "problems": [problem]}
//	counts       {"total", "done_on_time", "done_late", "in_progress",
//	              "overdue", "no_deadline", "due_soon", "came_due", "due_done",
//	              "due_on_time", "rates": {"done_of_due", "on_time_of_due",
//	              "done_of_all", "on_time_of_all"}}   (rates: percent or null)
//	task         {"label", "assignment", "text", "lead": [party],
//	              "cooperating": [party], "deadline": expression | null,
//	              "status", "due"?, "completed"?, "due_soon", "days_late",
//	              "rounds": [round], "joint_of", "notes": [note]}
//	round        {"from", "to", "grain", "due", "completed"?, "status"}
//	agency       {"name", "id", "group", "lead": counts, "cooperating": counts,
//	              "lead_tasks": [index], "cooperating_tasks": [index],
//	              "lead_overdue": [label]}
//	target       {"task", "index", "target": target of the directive JSON,
//	              "due"?, "evaluation": evaluation,
//	              "agencies": [{"agency", "evaluation"}],
//	              "short": [{"agency", "value", "units"}]}
//	evaluation   {"status", "current"?: {"date", "value", "num"?, "den"?},
//	              "gap", "projected"?, "late"}
//	ref          {"label", "index", "due", "days"}   (index into "tasks")
//	problem      {"kind", "label", "msg", "span"}
//
// Statuses are the keys of Status.Key ("done_on_time", …) and of
// kpi.Status ("met", …); dates are "YYYY-MM-DD"; percentages are JSON
// numbers of percent (87.5).

type jsonReport struct {
	AsOf        calendar.Date  `json:"as_of"`
	Number      Number         `json:"number"`
	Type        DocType        `json:"doc_type"`
	Subject     string         `json:"subject"`
	Locality    agency.ID      `json:"locality"`
	Agency      string         `json:"agency"`
	DueSoonDays int            `json:"due_soon_days"`
	Totals      Counts         `json:"totals"`
	Tasks       []TaskReport   `json:"tasks"`
	Agencies    []AgencyReport `json:"agencies"`
	Targets     []TargetReport `json:"targets"`
	Overdue     []TaskRef      `json:"overdue"`
	Upcoming    []TaskRef      `json:"upcoming"`
	Problems    []Problem      `json:"problems"`
}

// MarshalJSON implements json.Marshaler with the form described in
// report_json.go: every field of the report, lists as [] when empty.
func (r Report) MarshalJSON() ([]byte, error) {
	return marshal(jsonReport{r.AsOf, r.Number, r.Type, r.Subject, r.Locality, r.AgencyFilter, r.DueSoonDays, r.Totals,
		list(r.Tasks), list(r.Agencies), list(r.Targets), list(r.Overdue), list(r.Upcoming), list(r.Problems)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes. It checks that every index points into the tasks (and, for the
// overdue and upcoming lists, at the task labelled so), so that a report
// read back can be written without fault.
func (r *Report) UnmarshalJSON(b []byte) error {
	var j jsonReport
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v := Report{AsOf: j.AsOf, Number: j.Number, Type: j.Type, Subject: j.Subject, Locality: j.Locality, AgencyFilter: j.Agency,
		DueSoonDays: j.DueSoonDays, Totals: j.Totals, Tasks: unlist(j.Tasks), Agencies: unlist(j.Agencies),
		Targets: unlist(j.Targets), Overdue: unlist(j.Overdue), Upcoming: unlist(j.Upcoming), Problems: unlist(j.Problems)}
	n := len(v.Tasks)
	for _, refs := range [][]TaskRef{v.Overdue, v.Upcoming} {
		for _, ref := range refs {
			if ref.Index < 0 || ref.Index >= n || v.Tasks[ref.Index].Label != ref.Label {
				return fmt.Errorf("directive: report JSON: task reference %q at index %d does not point at that task of %d", ref.Label, ref.Index, n)
			}
		}
	}
	for _, a := range v.Agencies {
		for _, ix := range [][]int{a.LeadTasks, a.CooperatingTasks} {
			for _, i := range ix {
				if i < 0 || i >= n {
					return fmt.Errorf("directive: report JSON: agency %q: task index %d out of range [0, %d)", a.Name, i, n)
				}
			}
		}
	}
	*r = v
	return nil
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

// UnmarshalJSON implements json.Unmarshaler: the counts; the rates, which
// follow from them, are not read.
func (c *Counts) UnmarshalJSON(b []byte) error {
	type counts Counts
	var v counts
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Counts(v)
	return nil
}

type jsonTaskReport struct {
	Label       string        `json:"label"`
	Assignment  string        `json:"assignment"`
	Text        string        `json:"text"`
	Lead        []Party       `json:"lead"`
	Cooperating []Party       `json:"cooperating"`
	Deadline    *TimeExpr     `json:"deadline"`
	Status      Status        `json:"status"`
	Due         calendar.Date `json:"due,omitzero"`
	Completed   calendar.Date `json:"completed,omitzero"`
	DueSoon     bool          `json:"due_soon"`
	DaysLate    int           `json:"days_late"`
	Rounds      []RoundState  `json:"rounds"`
	JointOf     string        `json:"joint_of"`
	Notes       []Note        `json:"notes"`
}

// MarshalJSON implements json.Marshaler; see report_json.go.
func (t TaskReport) MarshalJSON() ([]byte, error) {
	j := jsonTaskReport{t.Label, t.Assignment, t.Text, list(t.Lead), list(t.Cooperating), nil,
		t.Status, t.Due, t.Completed, t.DueSoon, t.DaysLate, list(t.Rounds), t.JointOf, list(t.Notes)}
	if !t.Deadline.IsZero() {
		j.Deadline = &t.Deadline
	}
	return marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (t *TaskReport) UnmarshalJSON(b []byte) error {
	var j jsonTaskReport
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = TaskReport{Label: j.Label, Assignment: j.Assignment, Text: j.Text, Lead: unlist(j.Lead), Cooperating: unlist(j.Cooperating),
		TaskState: TaskState{Status: j.Status, Due: j.Due, Completed: j.Completed, DueSoon: j.DueSoon, DaysLate: j.DaysLate,
			Rounds: unlist(j.Rounds)},
		JointOf: j.JointOf, Notes: unlist(j.Notes)}
	if j.Deadline != nil {
		t.Deadline = *j.Deadline
	}
	return nil
}

// MarshalJSON implements json.Marshaler: {"status", "due", "completed",
// "due_soon", "days_late", "rounds"}, as in a task of a report.
func (s TaskState) MarshalJSON() ([]byte, error) {
	return marshal(jsonTaskState{s.Status, s.Due, s.Completed, s.DueSoon, s.DaysLate, list(s.Rounds)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (s *TaskState) UnmarshalJSON(b []byte) error {
	var j jsonTaskState
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = TaskState{j.Status, j.Due, j.Completed, j.DueSoon, j.DaysLate, unlist(j.Rounds)}
	return nil
}

type jsonTaskState struct {
	Status    Status        `json:"status"`
	Due       calendar.Date `json:"due,omitzero"`
	Completed calendar.Date `json:"completed,omitzero"`
	DueSoon   bool          `json:"due_soon"`
	DaysLate  int           `json:"days_late"`
	Rounds    []RoundState  `json:"rounds"`
}

type jsonOccurrence struct {
	From  calendar.Date  `json:"from"`
	To    calendar.Date  `json:"to"`
	Grain calendar.Grain `json:"grain"`
	Due   calendar.Date  `json:"due"`
}

// MarshalJSON implements json.Marshaler: {"from", "to", "grain", "due"}.
func (o Occurrence) MarshalJSON() ([]byte, error) {
	return marshal(jsonOccurrence{o.Period.First, o.Period.Last, o.Period.Grain, o.Due})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (o *Occurrence) UnmarshalJSON(b []byte) error {
	var j jsonOccurrence
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*o = Occurrence{calendar.Period{First: j.From, Last: j.To, Grain: j.Grain}, j.Due}
	return nil
}

type jsonRound struct {
	From      calendar.Date  `json:"from"`
	To        calendar.Date  `json:"to"`
	Grain     calendar.Grain `json:"grain"`
	Due       calendar.Date  `json:"due"`
	Completed calendar.Date  `json:"completed,omitzero"`
	Status    Status         `json:"status"`
}

// MarshalJSON implements json.Marshaler: {"from", "to", "grain", "due",
// "completed", "status"}.
func (r RoundState) MarshalJSON() ([]byte, error) {
	return marshal(jsonRound{r.Period.First, r.Period.Last, r.Period.Grain, r.Due, r.Completed, r.Status})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (r *RoundState) UnmarshalJSON(b []byte) error {
	var j jsonRound
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = RoundState{Occurrence{calendar.Period{First: j.From, Last: j.To, Grain: j.Grain}, j.Due}, j.Completed, j.Status}
	return nil
}

type jsonTaskRef struct {
	Label string        `json:"label"`
	Index int           `json:"index"`
	Due   calendar.Date `json:"due"`
	Days  int           `json:"days"`
}

// MarshalJSON implements json.Marshaler: {"label", "index", "due", "days"}.
func (t TaskRef) MarshalJSON() ([]byte, error) {
	return marshal(jsonTaskRef(t))
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (t *TaskRef) UnmarshalJSON(b []byte) error {
	var j jsonTaskRef
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = TaskRef(j)
	return nil
}

type jsonAgencyReport struct {
	Name             string    `json:"name"`
	ID               agency.ID `json:"id"`
	Group            bool      `json:"group"`
	Lead             Counts    `json:"lead"`
	Cooperating      Counts    `json:"cooperating"`
	LeadTasks        []int     `json:"lead_tasks"`
	CooperatingTasks []int     `json:"cooperating_tasks"`
	LeadOverdue      []string  `json:"lead_overdue"`
}

// MarshalJSON implements json.Marshaler; see report_json.go.
func (a AgencyReport) MarshalJSON() ([]byte, error) {
	return marshal(jsonAgencyReport{a.Name, a.ID, a.Group, a.Lead, a.Cooperating, list(a.LeadTasks), list(a.CooperatingTasks), list(a.LeadOverdue)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (a *AgencyReport) UnmarshalJSON(b []byte) error {
	var j jsonAgencyReport
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = AgencyReport{j.Name, j.ID, j.Group, j.Lead, j.Cooperating, unlist(j.LeadTasks), unlist(j.CooperatingTasks), unlist(j.LeadOverdue)}
	return nil
}

// jsonReading is the JSON form of a kpi.Measurement inside an evaluation.
type jsonReading struct {
	Date  calendar.Date `json:"date"`
	Value kpi.Percent   `json:"value"`
	Num   int64         `json:"num,omitempty"`
	Den   int64         `json:"den,omitempty"`
}

// jsonEvaluation is the JSON form of a kpi.Evaluation.
type jsonEvaluation struct {
	Status    string       `json:"status"`
	Current   *jsonReading `json:"current,omitempty"`
	Gap       kpi.Percent  `json:"gap"`
	Projected *kpi.Percent `json:"projected,omitempty"`
	Late      bool         `json:"late"`
}

func evaluationJSON(e kpi.Evaluation) jsonEvaluation {
	j := jsonEvaluation{Gap: e.Gap, Late: e.Late}
	if e.Status != kpi.StatusUnknown {
		j.Status = e.Status.String()
	}
	if e.Current != (kpi.Measurement{}) {
		c := e.Current
		j.Current = &jsonReading{c.Date, c.Value, c.Num, c.Den}
	}
	if e.HasProjection {
		p := e.Projected
		j.Projected = &p
	}
	return j
}

func (j jsonEvaluation) evaluation() (kpi.Evaluation, error) {
	e := kpi.Evaluation{Gap: j.Gap, Late: j.Late}
	if j.Status != "" {
		if err := e.Status.UnmarshalText([]byte(j.Status)); err != nil {
			return kpi.Evaluation{}, err
		}
	}
	if c := j.Current; c != nil {
		e.Current = kpi.Measurement{Date: c.Date, Value: c.Value, Num: c.Num, Den: c.Den}
	}
	if j.Projected != nil {
		e.Projected, e.HasProjection = *j.Projected, true
	}
	return e, nil
}

type jsonAgencyEvaluation struct {
	Agency     agency.ID      `json:"agency"`
	Evaluation jsonEvaluation `json:"evaluation"`
}

// MarshalJSON implements json.Marshaler: {"agency", "evaluation"}.
func (a AgencyEvaluation) MarshalJSON() ([]byte, error) {
	return marshal(jsonAgencyEvaluation{a.Agency, evaluationJSON(a.Evaluation)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (a *AgencyEvaluation) UnmarshalJSON(b []byte) error {
	var j jsonAgencyEvaluation
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	e, err := j.Evaluation.evaluation()
	if err != nil {
		return err
	}
	*a = AgencyEvaluation{j.Agency, e}
	return nil
}

type jsonTargetReport struct {
	Task       string             `json:"task"`
	Index      int                `json:"index"`
	Target     jsonTarget         `json:"target"`
	Due        calendar.Date      `json:"due,omitzero"`
	Evaluation jsonEvaluation     `json:"evaluation"`
	Agencies   []AgencyEvaluation `json:"agencies"`
	Short      []Shortfall        `json:"short"`
}

// MarshalJSON implements json.Marshaler: {"task", "index", "target",
// "due", "evaluation": {"status", "current": {"date", "value", "num",
// "den"}, "gap", "projected", "late"}, "agencies": [{"agency",
// "evaluation"}], "short": [{"agency", "value", "units"}]}. The target
// is written as in the directive JSON, spans included.
func (t TargetReport) MarshalJSON() ([]byte, error) {
	return marshal(jsonTargetReport{t.Task, t.Index, targetToJSON(t.Target), t.Due, evaluationJSON(t.Evaluation), list(t.Agencies), list(t.Short)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (t *TargetReport) UnmarshalJSON(b []byte) error {
	var j jsonTargetReport
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	g, err := j.Target.target()
	if err != nil {
		return err
	}
	e, err := j.Evaluation.evaluation()
	if err != nil {
		return err
	}
	*t = TargetReport{j.Task, j.Index, g, j.Due, e, unlist(j.Agencies), unlist(j.Short)}
	return nil
}
