package directivescore

import (
	"fmt"
	"maps"
	"strings"
)

// tableRowPrefix is how many folded characters of a gold row's first task
// MatchTableRows compares.
const tableRowPrefix = 40

// A TableRow is one row of an appendix task table of the gold (an
// assignment labelled "PL…", ANNOTATION.md rule 1) and the parsed
// assignment read from it.
type TableRow struct {
	// Gold is the gold row; Got the parsed assignment matched to it, the
	// zero Assignment when Found is false.
	Gold, Got Assignment
	Found     bool
	// Lead, Cooperating and Time say whether the parsed assignment reads
	// the row's lead column, its cooperating column and its time cell as
	// the gold does; all false when the row is not found.
	Lead, Cooperating, Time bool
}

// MatchTableRows finds, for each table row of the gold, the parsed
// assignment read from it, and compares the two.
//
// A gold table row is a gold assignment whose label starts with "PL". Its
// parsed row is the parsed assignment whose first task's text, folded
// (Fold, which also collapses spaces), starts with the folded text_start of
// the gold row's first task cut to its first 40 characters, or is a
// non-empty prefix of that cut when shorter. Gold rows take their parsed
// rows in document order, each the first parsed assignment not yet taken
// that matches; a gold row without tasks, or with an empty first text, is
// not found.
//
// The lead is right when the folded names of the assignees are the same
// set on both sides (rule 3: a row's assignees are its lead column); the
// cooperating bodies are right when the folded names of the assignment's
// cooperating bodies and those of all its tasks and subtasks are the same
// set (rule 4); the time is right when the time keys of all the tasks and
// subtasks, the keys time F1 counts, are the same bag (rule 5).
func MatchTableRows(gold, got *Doc) []TableRow {
	var out []TableRow
	taken := make([]bool, len(got.Assignments))
	for _, g := range gold.Assignments {
		if !strings.HasPrefix(g.Label, "PL") {
			continue
		}
		row := TableRow{Gold: g}
		if key := tableRowKey(g); key != "" {
			for i, o := range got.Assignments {
				if !taken[i] && rowMatches(key, o) {
					taken[i] = true
					row.Got, row.Found = o, true
					break
				}
			}
		}
		if row.Found {
			row.Lead = maps.Equal(foldedSet(g.Assignees), foldedSet(row.Got.Assignees))
			row.Cooperating = maps.Equal(cooperatingSet(g), cooperatingSet(row.Got))
			row.Time = maps.Equal(timeBag(g).count, timeBag(row.Got).count)
		}
		out = append(out, row)
	}
	return out
}

// tableRowKey returns the folded text of a's first task cut to
// tableRowPrefix characters, "" when a has no task.
func tableRowKey(a Assignment) string {
	if len(a.Tasks) == 0 {
		return ""
	}
	f := Fold(a.Tasks[0].Text)
	n := 0
	for i := range f {
		if n == tableRowPrefix {
			return f[:i]
		}
		n++
	}
	return f
}

// rowMatches reports whether the folded text of a's first task starts with
// key or is a non-empty prefix of it.
func rowMatches(key string, a Assignment) bool {
	if len(a.Tasks) == 0 {
		return false
	}
	f := Fold(a.Tasks[0].Text)
	return f != "" && (strings.HasPrefix(f, key) || strings.HasPrefix(key, f))
}

// foldedSet returns the set of the folded names of ps.
func foldedSet(ps []Party) map[string]bool {
	s := map[string]bool{}
	for _, p := range ps {
		s[Fold(p.Name)] = true
	}
	return s
}

// cooperatingSet returns the set of the folded names of a's cooperating
// bodies and those of its tasks and subtasks.
func cooperatingSet(a Assignment) map[string]bool {
	s := foldedSet(a.Cooperating)
	walk(a.Tasks, func(t *Task) {
		for _, p := range t.Cooperating {
			s[Fold(p.Name)] = true
		}
	})
	return s
}

// timeBag returns the bag of the time keys of a's tasks and subtasks.
func timeBag(a Assignment) bag {
	b := newBag()
	walk(a.Tasks, func(t *Task) {
		for _, x := range t.Times {
			b.add(timeKey(x))
		}
	})
	return b
}

// TableRowFindings count the gold table rows of one document or, added
// up, of a corpus, and how the parser read them (MatchTableRows).
type TableRowFindings struct {
	// Rows counts the gold table rows, Documents the documents that have
	// any; Found the rows with a parsed row; Lead, Cooperating and Time
	// those whose lead, cooperating bodies and time are right.
	Rows, Documents, Found, Lead, Cooperating, Time int
}

// CountTableRows counts rows, the table rows of one document.
func CountTableRows(rows []TableRow) TableRowFindings {
	f := TableRowFindings{Rows: len(rows)}
	if len(rows) > 0 {
		f.Documents = 1
	}
	for _, r := range rows {
		if r.Found {
			f.Found++
		}
		if r.Lead {
			f.Lead++
		}
		if r.Cooperating {
			f.Cooperating++
		}
		if r.Time {
			f.Time++
		}
	}
	return f
}

// Add adds g to f.
func (f *TableRowFindings) Add(g TableRowFindings) {
	f.Rows += g.Rows
	f.Documents += g.Documents
	f.Found += g.Found
	f.Lead += g.Lead
	f.Cooperating += g.Cooperating
	f.Time += g.Time
}

// LeadRight returns, under name, the share of the gold table rows whose
// lead is right: higher is better.
func (f TableRowFindings) LeadRight(name string) Share {
	return Share{name, f.Lead, f.Rows}
}

// Line returns the findings as a line of the -score table, every share
// over the gold rows N ("row" and "document" in the singular for one):
//
//	table rows of the gold (PL- assignments): N rows in D documents; found F; lead right L (share); cooperating right C (share); time right T (share)
func (f TableRowFindings) Line() string {
	rows, docs := "rows", "documents"
	if f.Rows == 1 {
		rows = "row"
	}
	if f.Documents == 1 {
		docs = "document"
	}
	return fmt.Sprintf("table rows of the gold (PL- assignments): %d %s in %d %s; found %d; lead right %d (%s); cooperating right %d (%s); time right %d (%s)",
		f.Rows, rows, f.Documents, docs, f.Found, f.Lead, share(f.Lead, f.Rows),
		f.Cooperating, share(f.Cooperating, f.Rows), f.Time, share(f.Time, f.Rows))
}
