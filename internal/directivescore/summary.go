package directivescore

import "fmt"

// A Mean is a running mean. Its zero value is the mean of no values, which
// has no value.
type Mean struct {
	Sum float64
	N   int
}

// Add adds x.
func (m *Mean) Add(x float64) {
	m.Sum += x
	m.N++
}

// Value returns the mean and whether there is one (N > 0).
func (m Mean) Value() (float64, bool) {
	if m.N == 0 {
		return 0, false
	}
	return m.Sum / float64(m.N), true
}

// String returns the mean with two decimals, "n/a" over no value.
func (m Mean) String() string {
	v, ok := m.Value()
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", v)
}

// A Summary averages scores over a corpus.
type Summary struct {
	// Documents counts the documents scored: those with gold and those
	// with metadata only. Gold counts those with gold.
	Documents, Gold int
	// The F1 means and the task-count error are over the documents with
	// gold.
	Assignee, Body, Cooperating, Time, Target, TaskCountError Mean
	// Number and Issued are over the documents with gold and those whose
	// metadata gives a number (an issue date).
	Number, Issued Mean
}

// Add adds the score of a document with gold.
func (s *Summary) Add(r Result) {
	s.Documents++
	s.Gold++
	s.Assignee.Add(r.Assignee.Score)
	s.Body.Add(r.Body.Score)
	s.Cooperating.Add(r.Cooperating.Score)
	s.Time.Add(r.Time.Score)
	s.Target.Add(r.Target.Score)
	s.TaskCountError.Add(r.TaskCountError)
	s.Number.Add(b2f(r.NumberOK))
	s.Issued.Add(b2f(r.IssuedOK))
}

// AddMeta adds the score of a document with metadata and no gold. A
// result that judges neither number nor issue date is not counted.
func (s *Summary) AddMeta(r MetaResult) {
	if !r.HasNumber && !r.HasIssued {
		return
	}
	s.Documents++
	if r.HasNumber {
		s.Number.Add(b2f(r.NumberOK))
	}
	if r.HasIssued {
		s.Issued.Add(b2f(r.IssuedOK))
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// MeanLine returns the mean line of the -score table:
//
//	mean over N documents: assignee F1 0.xx, body F1 0.xx, cooperating F1 0.xx, time F1 0.xx, target F1 0.xx, number 0.xx, issued 0.xx
//
// with "n/a" for a mean over no document (every F1 while no document has
// gold).
func (s Summary) MeanLine() string {
	return fmt.Sprintf("mean over %d documents: assignee F1 %s, body F1 %s, cooperating F1 %s, time F1 %s, target F1 %s, number %s, issued %s",
		s.Documents, s.Assignee, s.Body, s.Cooperating, s.Time, s.Target, s.Number, s.Issued)
}

// Metric is one mean of a Summary by name, as the ratchet file records it.
type Metric struct {
	Name string
	Mean Mean
	// LowerIsBetter is set for an error (the task-count error).
	LowerIsBetter bool
}

// Metrics returns the means of s by name: assignee_f1, body_f1,
// cooperating_f1, time_f1, target_f1, number, issued, task_count_error.
func (s Summary) Metrics() []Metric {
	return []Metric{
		{"assignee_f1", s.Assignee, false},
		{"body_f1", s.Body, false},
		{"cooperating_f1", s.Cooperating, false},
		{"time_f1", s.Time, false},
		{"target_f1", s.Target, false},
		{"number", s.Number, false},
		{"issued", s.Issued, false},
		{"task_count_error", s.TaskCountError, true},
	}
}

// GoldLine returns the line after the mean line: how many documents have
// gold and the mean task-count error over them.
func (s Summary) GoldLine() string {
	docs := "documents"
	if s.Gold == 1 {
		docs = "document"
	}
	return fmt.Sprintf("%d %s with gold, %d with metadata only; task-count error %s over the gold documents",
		s.Gold, docs, s.Documents-s.Gold, s.TaskCountError)
}
