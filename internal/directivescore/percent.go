package directivescore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
)

// A PercentLabel is the hand label of one percentage printed in a corpus
// document: whether the document sets it as a target (ANNOTATION.md §8) or
// it is something else — a result, a statistic, a legal threshold, a rate,
// an award quota. The labels are made from the text alone, one per
// percentage, so that they measure what the parser takes for a target.
type PercentLabel struct {
	// Doc is the document's file name without ".txt".
	Doc string `json:"doc"`
	// Start and End are the byte span of the percentage ("92,5%") in the
	// document; Text is that span as printed.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Label is "target", "not" or "unsure"; Why says why in a few words.
	Label string `json:"label"`
	Why   string `json:"why"`
}

// The labels a PercentLabel may carry.
const (
	LabelTarget = "target"
	LabelNot    = "not"
	LabelUnsure = "unsure"
)

// ParsePercentLabels reads labels, one JSON object per line. It fails with
// a *ParseError at the line's offset on malformed JSON, an unknown label or an
// empty span.
func ParsePercentLabels(b []byte) ([]PercentLabel, error) {
	var out []PercentLabel
	off := 0
	for raw := range bytes.SplitAfterSeq(b, []byte("\n")) {
		at := off
		off += len(raw)
		line := bytes.TrimSpace(raw)
		if len(line) == 0 {
			continue
		}
		fail := func(msg string) error {
			return &ParseError{Input: clip(string(line)), Offset: at, Msg: msg}
		}
		var l PercentLabel
		if err := json.Unmarshal(line, &l); err != nil {
			return nil, fail(err.Error())
		}
		switch l.Label {
		case LabelTarget, LabelNot, LabelUnsure:
		default:
			return nil, fail(fmt.Sprintf("label %q is none of target, not, unsure", l.Label))
		}
		if l.Doc == "" || l.Start < 0 || l.End <= l.Start {
			return nil, fail(fmt.Sprintf("no document or an empty span [%d, %d)", l.Start, l.End))
		}
		out = append(out, l)
	}
	return out, nil
}

// TargetFindings count how the targets a parser reports fall on the
// labelled percentages of a document. The zero value counts nothing.
type TargetFindings struct {
	// Labelled counts the percentages labelled target or not (unsure ones
	// are left out); Targets those labelled target.
	Labelled, Targets int
	// Found counts the targets reported over a labelled percentage;
	// FoundNot those whose percentage is labelled not.
	Found, FoundNot int
	// Recalled counts the labelled targets inside a reported target.
	Recalled int
	// Unlabelled counts the targets reported over no labelled percentage
	// (not even an unsure one): a figure the labels do not know, which is
	// no percentage of the text.
	Unlabelled int
}

// Add adds g to f.
func (f *TargetFindings) Add(g TargetFindings) {
	f.Labelled += g.Labelled
	f.Targets += g.Targets
	f.Found += g.Found
	f.FoundNot += g.FoundNot
	f.Recalled += g.Recalled
	f.Unlabelled += g.Unlabelled
}

// CheckTargets compares the spans of the targets a parser reports for
// source with the labels of that document. It fails when a label's span
// does not hold its text in source (the labels are of another version of
// the document).
func CheckTargets(labels []PercentLabel, source string, found []Span) (TargetFindings, error) {
	var f TargetFindings
	for _, l := range labels {
		if l.End > len(source) || source[l.Start:l.End] != l.Text {
			return f, fmt.Errorf("%s: label %q at [%d, %d) is not in the text", l.Doc, l.Text, l.Start, l.End)
		}
	}
	recalled := make([]bool, len(labels))
	for _, s := range found {
		over := -1 // the first label inside s
		for i, l := range labels {
			if l.Start >= s.Start && l.End <= s.End {
				if over < 0 {
					over = i
				}
				if l.Label == LabelTarget {
					recalled[i] = true
				}
			}
		}
		switch {
		case over < 0:
			f.Unlabelled++
		case labels[over].Label == LabelNot:
			f.Found++
			f.FoundNot++
		case labels[over].Label == LabelTarget:
			f.Found++
		}
	}
	for i, l := range labels {
		switch l.Label {
		case LabelTarget:
			f.Labelled++
			f.Targets++
			if recalled[i] {
				f.Recalled++
			}
		case LabelNot:
			f.Labelled++
		}
	}
	return f, nil
}

// TargetSpans returns the spans of the targets of every task of d, in
// document order.
func TargetSpans(d *Doc) []Span {
	var out []Span
	for i := range d.Assignments {
		walk(d.Assignments[i].Tasks, func(t *Task) {
			for _, g := range t.Targets {
				if !g.Span.IsZero() {
					out = append(out, g.Span)
				}
			}
		})
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}

// NotTargets returns, under name, the share of the reported targets over
// a labelled percentage that are labelled not: lower is better.
func (f TargetFindings) NotTargets(name string) Share {
	return Share{name, f.FoundNot, f.Found}
}

// Recall returns, under name, the share of the labelled targets that a
// reported target holds: higher is better.
func (f TargetFindings) Recall(name string) Share {
	return Share{name, f.Recalled, f.Targets}
}

// Line describes f in one line of the -score table; what says which
// targets were checked.
func (f TargetFindings) Line(what string) string {
	return fmt.Sprintf("  %s: %d over %d hand-labelled percentages, of which not targets %d (%s); labelled targets found %d of %d (%s); over no labelled percentage %d",
		what, f.Found, f.Labelled, f.FoundNot, share(f.FoundNot, f.Found), f.Recalled, f.Targets, share(f.Recalled, f.Targets), f.Unlabelled)
}
