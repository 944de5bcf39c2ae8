package directive

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// Progress is what the caller knows about the work on a directive's tasks:
// completion days, notes and KPI measurements, per task and, where given,
// per agency. The library never stores progress and never derives it; it
// takes it here and reports on it (NewReport).
//
// Tasks are named by their labels ("3.7.1"). An entry with an empty Agency
// is about the task as a whole; one with an Agency is that agency's part.
//
// Its JSON form, the form of examples/haiphong06's -progress file:
//
//	{"completions":  [{"task": "2.3", "agency"?: "hp.cong-an", "date": "2024-06-24"}],
//	 "notes":        [{"task": "3.4", "agency"?, "date"?, "text": "…"}],
//	 "measurements": [{"task": "3.7.2", "target": 0, "agency"?, "date": "2024-10-15",
//	                   "value": 77.5} or {…, "num": 31, "den": 40}]}
//
// Every list is written, [] when empty; a missing list reads as none.
type Progress struct {
	Completions  []Completion
	Notes        []Note
	Measurements []Measurement
}

type jsonProgress struct {
	Completions  []Completion  `json:"completions"`
	Notes        []Note        `json:"notes"`
	Measurements []Measurement `json:"measurements"`
}

// MarshalJSON implements json.Marshaler: {"completions", "notes",
// "measurements"}, each a list.
func (p Progress) MarshalJSON() ([]byte, error) {
	return marshal(jsonProgress{list(p.Completions), list(p.Notes), list(p.Measurements)})
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes. Unknown keys are errors, so that a misspelt "completion" is not
// read as no progress.
func (p *Progress) UnmarshalJSON(b []byte) error {
	var j jsonProgress
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("directive: progress JSON: %w", err)
	}
	*p = Progress{unlist(j.Completions), unlist(j.Notes), unlist(j.Measurements)}
	return nil
}

// A Completion says that a task, or an agency's part of it, was completed
// on Date. For a recurring task each completion completes one round, in
// order.
type Completion struct {
	Task   string        `json:"task"`
	Agency agency.ID     `json:"agency,omitempty"`
	Date   calendar.Date `json:"date"`
}

// A Note is a remark on a task's progress ("đã trình UBND thành phố").
type Note struct {
	Task   string        `json:"task"`
	Agency agency.ID     `json:"agency,omitempty"`
	Date   calendar.Date `json:"date,omitzero"`
	Text   string        `json:"text"`
}

// A Measurement is one value of a task's target: Target is the index of
// the target in the task's Targets, and the embedded kpi.Measurement holds
// the date and the value, with its counts when it was counted (37 of 40
// systems), so that totals across agencies are exact.
type Measurement struct {
	Task   string
	Target int
	Agency agency.ID
	kpi.Measurement
}

type jsonMeasurement struct {
	Task   string        `json:"task"`
	Target int           `json:"target"`
	Agency agency.ID     `json:"agency,omitempty"`
	Date   calendar.Date `json:"date"`
	Value  kpi.Percent   `json:"value"`
	Num    int64         `json:"num,omitempty"`
	Den    int64         `json:"den,omitempty"`
}

// MarshalJSON implements json.Marshaler: {"task", "target", "agency",
// "date", "value", "num", "den"}, value in percent (92.5).
func (m Measurement) MarshalJSON() ([]byte, error) {
	return marshal(jsonMeasurement{m.Task, m.Target, m.Agency, m.Date, m.Value, m.Num, m.Den})
}

// UnmarshalJSON implements json.Unmarshaler. When num and den are given
// the value is computed from them.
func (m *Measurement) UnmarshalJSON(b []byte) error {
	var j jsonMeasurement
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*m = Measurement{Task: j.Task, Target: j.Target, Agency: j.Agency, Measurement: kpi.Reading(j.Date, j.Value)}
	if j.Den != 0 {
		m.Measurement = kpi.Count(j.Date, j.Num, j.Den)
	}
	return nil
}

// Complete returns p with a completion of task (by agency, "" for the
// whole task) on day added. It does not modify p.
func (p Progress) Complete(task string, by agency.ID, day calendar.Date) Progress {
	p.Completions = append(p.Completions[:len(p.Completions):len(p.Completions)], Completion{task, by, day})
	return p
}

// Measure returns p with a measurement of target i of task added. It does
// not modify p.
func (p Progress) Measure(task string, i int, by agency.ID, m kpi.Measurement) Progress {
	p.Measurements = append(p.Measurements[:len(p.Measurements):len(p.Measurements)], Measurement{task, i, by, m})
	return p
}

// Annotate returns p with a note on task added. It does not modify p.
func (p Progress) Annotate(task string, by agency.ID, day calendar.Date, text string) Progress {
	p.Notes = append(p.Notes[:len(p.Notes):len(p.Notes)], Note{task, by, day, text})
	return p
}
