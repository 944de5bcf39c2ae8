package directive_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/adversarial"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns a Directive whose spans lie in the input, or a *directive.ParseError.

func TestAdversarialParse(t *testing.T) {
	opts := &directive.ParseOptions{Registry: agency.Default()}
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var (
				d   *directive.Directive
				err error
			)
			adversarial.Run(t, func() { d, err = directive.Parse(in.Text, opts) })
			if err != nil {
				var pe *directive.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %T is not a *directive.ParseError", err)
				}
				if err.Error() == "" {
					t.Fatal("empty error message")
				}
				t.Logf("error: %.200s", err.Error())
				return
			}
			if d == nil {
				t.Fatal("nil directive and nil error")
			}
			advCheckSpans(t, in.Text, d)
			if len(d.Assignments) == 0 && len(d.Warnings) == 0 && len(in.Text) > 1000 {
				msg := fmt.Sprintf("%d bytes read as a directive with no assignment, no warning and no error: "+
					"the text is dropped silently (issuer %.60q, subject %.60q)", len(in.Text), d.Issuer, d.Subject)
				t.Error(msg)
			}
			t.Logf("%d assignments, %d warnings in %d bytes", len(d.Assignments), len(d.Warnings), len(in.Text))
		})
	}
}

// advCheckSpans checks that every span in d lies inside text.
func advCheckSpans(t *testing.T, text string, d *directive.Directive) {
	t.Helper()
	check := func(what string, s directive.Span) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s span [%d,%d) outside the %d-byte input", what, s.Start, s.End, len(text))
		}
	}
	for _, w := range d.Warnings {
		check("warning", w.Span)
		if w.Msg == "" {
			t.Fatal("warning without a message")
		}
	}
	var tasks func([]directive.Task)
	tasks = func(ts []directive.Task) {
		for _, tk := range ts {
			check("task "+tk.Label, tk.Span)
			tasks(tk.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		check("assignment "+a.Label, a.Span)
		tasks(a.Tasks)
	}
}

func TestAdversarialFindReferences(t *testing.T) {
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var refs []directive.Reference
			adversarial.Run(t, func() { refs = directive.FindReferences(in.Text) })
			prev := 0
			for i, r := range refs {
				if r.Span.Start < prev || r.Span.End < r.Span.Start || r.Span.End > len(in.Text) {
					t.Fatalf("reference[%d] span [%d,%d) out of order or bounds (previous end %d, len %d)",
						i, r.Span.Start, r.Span.End, prev, len(in.Text))
				}
				prev = r.Span.End
			}
			t.Logf("%d references in %d bytes", len(refs), len(in.Text))
		})
	}
}

func TestAdversarialReport(t *testing.T) {
	asOf := calendar.Date{Year: 2024, Month: time.July, Day: 1}
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			d, err := directive.Parse(in.Text, nil)
			if err != nil {
				t.Skip("not a directive: nothing to report on")
			}
			adversarial.Run(t, func() { directive.NewReport(d, nil, asOf, nil) })
		})
	}
}
