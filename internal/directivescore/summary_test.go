package directivescore_test

import (
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
)

func TestSummaryWithoutGold(t *testing.T) {
	var s directivescore.Summary
	s.AddMeta(directivescore.MetaResult{File: "a.txt", HasNumber: true, HasIssued: true, NumberOK: true})
	s.AddMeta(directivescore.MetaResult{File: "b.txt", HasNumber: true, HasIssued: true, NumberOK: true, IssuedOK: true})
	s.AddMeta(directivescore.MetaResult{File: "c.txt"}) // judges nothing: not counted
	s.AddMeta(directivescore.MetaResult{File: "d.txt", HasIssued: true})
	want := "mean over 3 documents: assignee F1 n/a, body F1 n/a, cooperating F1 n/a, time F1 n/a, target F1 n/a, number 1.00, issued 0.33"
	if got := s.MeanLine(); got != want {
		t.Errorf("MeanLine() =\n%s\nwant\n%s", got, want)
	}
	if got, want := s.GoldLine(), "0 documents with gold, 3 with metadata only; task-count error n/a over the gold documents"; got != want {
		t.Errorf("GoldLine() = %q; want %q", got, want)
	}
	if _, ok := s.Assignee.Value(); ok {
		t.Error("a mean over no document has a value")
	}
}

func TestSummaryWithGold(t *testing.T) {
	var s directivescore.Summary
	s.Add(directivescore.Result{NumberOK: true, IssuedOK: false, TaskCountError: 0.5,
		Assignee: directivescore.F1{Score: 0.5}, Body: directivescore.F1{Score: 0.75}, Cooperating: directivescore.F1{Score: 1},
		Time: directivescore.F1{Score: 0.25}, Target: directivescore.F1{Score: 0}})
	s.Add(directivescore.Result{NumberOK: true, IssuedOK: true, TaskCountError: 0,
		Assignee: directivescore.F1{Score: 1}, Body: directivescore.F1{Score: 1}, Cooperating: directivescore.F1{Score: 0},
		Time: directivescore.F1{Score: 0.75}, Target: directivescore.F1{Score: 1}})
	s.AddMeta(directivescore.MetaResult{HasNumber: true, HasIssued: true})
	want := "mean over 3 documents: assignee F1 0.75, body F1 0.88, cooperating F1 0.50, time F1 0.50, target F1 0.50, number 0.67, issued 0.33"
	if got := s.MeanLine(); got != want {
		t.Errorf("MeanLine() =\n%s\nwant\n%s", got, want)
	}
	if got, want := s.GoldLine(), "2 documents with gold, 1 with metadata only; task-count error 0.25 over the gold documents"; got != want {
		t.Errorf("GoldLine() = %q; want %q", got, want)
	}
	ms := s.Metrics()
	if len(ms) != 8 || ms[0].Name != "assignee_f1" || ms[7].Name != "task_count_error" || !ms[7].LowerIsBetter {
		t.Errorf("Metrics() = %+v", ms)
	}
	if v, _ := ms[5].Mean.Value(); v != 2.0/3 {
		t.Errorf("number mean %v; want 2/3", v)
	}
}
