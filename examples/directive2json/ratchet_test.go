package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
)

// The ratchet: the corpus means of -score, recorded in
// directive/testdata/corpus/ratchet.json, may not fall. TestRatchet fails
// when a mean falls more than the file's tolerance below its record, or an
// error or a plausibility share rises more than the tolerance above it;
// when the documents scored are not those of the record (gold added or
// removed); and when a mean exists that the record lacks (the first gold).
// Improvements pass and are reported; record them with
//
//	go test ./examples/directive2json -run TestRatchet -update
//
// which rewrites the file with today's values (review the diff: it also
// records a fall).

var update = flag.Bool("update", false, "rewrite "+ratchetPath+" with the current corpus means")

const (
	corpusDir   = "../../directive/testdata/corpus"
	ratchetPath = corpusDir + "/ratchet.json"
	tolerance   = 0.02
	updateCmd   = "go test ./examples/directive2json -run TestRatchet -update"
)

// ratchetFile is the form of ratchet.json.
type ratchetFile struct {
	About     string  `json:"about"`
	Tolerance float64 `json:"tolerance"`
	// Documents is N of the mean line; Gold names the documents with
	// gold the means were taken over.
	Documents int      `json:"documents"`
	Gold      []string `json:"gold"`
	// Means are the means of the mean line, the task-count error, the
	// recalls of the labelled targets and the share of the gold table rows
	// whose lead is right (table_rows_lead); higher is better but for the
	// task-count error. Null for a mean over no document (every F1 while
	// there is no gold).
	Means map[string]*float64 `json:"means"`
	// Plausibility are the shares of the plausibility checks over every
	// document, of the targets labelled not, and of the gold parties whose
	// parsed name is cut or runs on (cut_or_runon_names); lower is better.
	Plausibility map[string]*float64 `json:"plausibility"`
}

const about = "Corpus means of `go run ./examples/directive2json -score directive/testdata/corpus`. " +
	"TestRatchet (examples/directive2json) fails when a mean falls more than tolerance below its value here, " +
	"or task_count_error or a plausibility share rises more than tolerance above it. " +
	"null: a mean over no document (no gold yet). Raise the values with `" + updateCmd + "`."

// current computes the record of today's parser.
func current(t *testing.T) ratchetFile {
	t.Helper()
	r, err := scoreCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	f := ratchetFile{About: about, Tolerance: tolerance, Documents: r.Summary.Documents,
		Gold: slices.Clip(r.Gold), Means: map[string]*float64{}, Plausibility: map[string]*float64{}}
	if f.Gold == nil {
		f.Gold = []string{}
	}
	for _, m := range r.Summary.Metrics() {
		if v, ok := m.Mean.Value(); ok {
			f.Means[m.Name] = round4(v)
		} else {
			f.Means[m.Name] = nil
		}
	}
	for _, s := range r.Findings.Shares() {
		if v, ok := s.Value(); ok {
			f.Plausibility[s.Name] = round4(v)
		} else {
			f.Plausibility[s.Name] = nil
		}
	}
	if v, ok := r.Extents.CutOrRunOn("cut_or_runon_names").Value(); ok {
		f.Plausibility["cut_or_runon_names"] = round4(v)
	} else {
		f.Plausibility["cut_or_runon_names"] = nil
	}
	if v, ok := r.TableRows.LeadRight("table_rows_lead").Value(); ok {
		f.Means["table_rows_lead"] = round4(v)
	} else {
		f.Means["table_rows_lead"] = nil
	}
	if r.Labelled {
		share := func(m map[string]*float64, s directivescore.Share) {
			if v, ok := s.Value(); ok {
				m[s.Name] = round4(v)
			} else {
				m[s.Name] = nil
			}
		}
		share(f.Plausibility, r.Tasks.NotTargets("task_targets_not_targets"))
		share(f.Plausibility, r.Text.NotTargets("text_targets_not_targets"))
		share(f.Means, r.Tasks.Recall("task_target_recall"))
		share(f.Plausibility, r.Model.NotTargets("model_targets_not_targets"))
		share(f.Means, r.Model.Recall("model_target_recall"))
		share(f.Means, r.Text.Recall("text_target_recall"))
	}
	return f
}

func round4(v float64) *float64 {
	r := math.Round(v*1e4) / 1e4
	return &r
}

func TestRatchet(t *testing.T) {
	now := current(t)
	if *update {
		b, err := json.MarshalIndent(now, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(ratchetPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", ratchetPath)
		return
	}
	b, err := os.ReadFile(ratchetPath)
	if err != nil {
		t.Fatalf("%v: record the means with %s", err, updateCmd)
	}
	var rec ratchetFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		t.Fatalf("%s: %v", ratchetPath, err)
	}
	for _, p := range ratchetProblems(rec, now) {
		t.Error(p)
	}
	for _, n := range ratchetGains(rec, now) {
		t.Log(n)
	}
}

// ratchetProblems compares today's values with the record and says what
// fails the ratchet.
func ratchetProblems(rec, now ratchetFile) []string {
	var out []string
	tol := rec.Tolerance
	if tol <= 0 {
		tol = tolerance
	}
	if rec.Documents != now.Documents || !slices.Equal(rec.Gold, now.Gold) {
		out = append(out, fmt.Sprintf("the documents scored changed: recorded %d documents, gold %q; now %d, gold %q. "+
			"The means are over other documents and cannot be compared: record them with %s",
			rec.Documents, rec.Gold, now.Documents, now.Gold, updateCmd))
		return out
	}
	check := func(kind, name string, r, n *float64, lowerIsBetter bool) {
		switch {
		case r == nil && n == nil:
		case r == nil:
			out = append(out, fmt.Sprintf("%s %s is %.4f and has no record: record it with %s", kind, name, *n, updateCmd))
		case n == nil:
			out = append(out, fmt.Sprintf("%s %s was %.4f and is now a mean over no document", kind, name, *r))
		case lowerIsBetter && *n > *r+tol:
			out = append(out, fmt.Sprintf("%s %s rose from %.4f to %.4f (more than %.2f): fix the regression, or record the new value with %s",
				kind, name, *r, *n, tol, updateCmd))
		case !lowerIsBetter && *n < *r-tol:
			out = append(out, fmt.Sprintf("%s %s fell from %.4f to %.4f (more than %.2f): fix the regression, or record the new value with %s",
				kind, name, *r, *n, tol, updateCmd))
		}
	}
	for _, name := range sortedKeys(now.Means) {
		r, ok := rec.Means[name]
		if !ok && now.Means[name] == nil {
			continue
		}
		check("mean", name, r, now.Means[name], name == "task_count_error")
	}
	for _, name := range sortedKeys(now.Plausibility) {
		check("plausibility share", name, rec.Plausibility[name], now.Plausibility[name], true)
	}
	return out
}

// ratchetGains lists the values that improved on the record by more than
// the rounding of the file, to be recorded.
func ratchetGains(rec, now ratchetFile) []string {
	var out []string
	gain := func(name string, r, n *float64, lowerIsBetter bool) {
		if r == nil || n == nil {
			return
		}
		if d := *n - *r; lowerIsBetter && d < -1e-4 || !lowerIsBetter && d > 1e-4 {
			out = append(out, fmt.Sprintf("%s improved from %.4f to %.4f: raise the ratchet with %s", name, *r, *n, updateCmd))
		}
	}
	for _, name := range sortedKeys(now.Means) {
		gain(name, rec.Means[name], now.Means[name], name == "task_count_error")
	}
	for _, name := range sortedKeys(now.Plausibility) {
		gain(name, rec.Plausibility[name], now.Plausibility[name], true)
	}
	return out
}

func sortedKeys(m map[string]*float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestRatchetProblems(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	rec := ratchetFile{Tolerance: 0.02, Documents: 76, Gold: []string{},
		Means:        map[string]*float64{"assignee_f1": nil, "number": f(0.9), "task_count_error": nil},
		Plausibility: map[string]*float64{"unassigned": f(0.5)}}
	for _, c := range []struct {
		name  string
		now   ratchetFile
		wants []string // substrings, one per problem
	}{
		{"same", rec, nil},
		{"within tolerance", ratchetFile{Documents: 76, Gold: []string{},
			Means:        map[string]*float64{"assignee_f1": nil, "number": f(0.885), "task_count_error": nil},
			Plausibility: map[string]*float64{"unassigned": f(0.515)}}, nil},
		{"falls and rises", ratchetFile{Documents: 76, Gold: []string{},
			Means:        map[string]*float64{"assignee_f1": nil, "number": f(0.87), "task_count_error": nil},
			Plausibility: map[string]*float64{"unassigned": f(0.53)}},
			[]string{"mean number fell from 0.9000 to 0.8700", "plausibility share unassigned rose from 0.5000 to 0.5300"}},
		{"gold added", ratchetFile{Documents: 76, Gold: []string{"abc"}, Means: rec.Means, Plausibility: rec.Plausibility},
			[]string{"the documents scored changed"}},
		{"first mean", ratchetFile{Documents: 76, Gold: []string{},
			Means:        map[string]*float64{"assignee_f1": f(0.4), "number": f(0.9), "task_count_error": nil},
			Plausibility: rec.Plausibility},
			[]string{"mean assignee_f1 is 0.4000 and has no record"}},
	} {
		got := ratchetProblems(rec, c.now)
		if len(got) != len(c.wants) {
			t.Errorf("%s: problems %q; want %d", c.name, got, len(c.wants))
			continue
		}
		for i, w := range c.wants {
			if !strings.Contains(got[i], w) || !strings.Contains(got[i], updateCmd) {
				t.Errorf("%s: problem %q; want %q and the update command", c.name, got[i], w)
			}
		}
	}
	better := ratchetFile{Documents: 76, Gold: []string{},
		Means:        map[string]*float64{"assignee_f1": nil, "number": f(0.95), "task_count_error": nil},
		Plausibility: map[string]*float64{"unassigned": f(0.4)}}
	if p := ratchetProblems(rec, better); len(p) != 0 {
		t.Errorf("improvements fail: %q", p)
	}
	if g := ratchetGains(rec, better); len(g) != 2 {
		t.Errorf("gains %q; want 2", g)
	}
}
