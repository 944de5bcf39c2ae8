package directive

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
)

// checkModel checks the invariants of a Directive that Parse read from
// text, for the fuzz targets: every span lies in text, every date it holds
// is valid, labels are unique (assignments among assignments, tasks among
// all tasks, as progress names them), and it survives a JSON round trip
// (exactly, when text is valid UTF-8: JSON writes invalid bytes as
// U+FFFD).
func checkModel(t *testing.T, text string, d *Directive) {
	t.Helper()
	for _, sp := range allSpans(d) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("span %v outside the %d-byte input", sp, len(text))
		}
	}
	for _, w := range d.Warnings {
		if w.Span.Start < 0 || w.Span.End > len(text) || w.Span.Start > w.Span.End {
			t.Fatalf("warning %q: span %v outside the %d-byte input", w.Msg, w.Span, len(text))
		}
	}
	checkTime := func(what string, x TimeExpr) {
		for _, dt := range []calendar.Date{x.Expr.Period.First, x.Expr.Period.Last} {
			if dt != (calendar.Date{}) && !dt.IsValid() {
				t.Fatalf("%s %q holds the invalid date %#v", what, x.Text, dt)
			}
		}
	}
	checkTime("issue date", d.Issued)
	asgs := map[string]bool{}
	tasks := map[string]bool{}
	var walk func(ts []Task)
	walk = func(ts []Task) {
		for _, tk := range ts {
			if tasks[tk.Label] {
				t.Fatalf("task label %q used twice", tk.Label)
			}
			tasks[tk.Label] = true
			for _, x := range tk.Times {
				checkTime("task "+tk.Label, x)
			}
			checkTime("deadline of "+tk.Label, tk.Deadline)
			walk(tk.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		if asgs[a.Label] {
			t.Fatalf("assignment label %q used twice", a.Label)
		}
		asgs[a.Label] = true
		walk(a.Tasks)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var back Directive
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, b)
	}
	if utf8.ValidString(text) {
		if diff := cmp.Diff(d, &back); diff != "" {
			t.Fatalf("JSON round trip (-parsed +decoded):\n%s", diff)
		}
	}
}
