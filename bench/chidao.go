package bench

import (
	"encoding/json"
	"errors"
	"github.com/chidao/chidao/internal/corpusscore"

	"github.com/chidao/chidao/calendar"
)

// ChidaoRefs returns the reference date of every case as a calendar.Date.
func ChidaoRefs(cases []Case) []calendar.Date {
	refs := make([]calendar.Date, len(cases))
	for i, c := range cases {
		refs[i] = calendar.DateOf(c.RefTime)
	}
	return refs
}

// ChidaoGot runs calendar.Parse on text and returns the result in the corpus
// JSON shape: the expression's own JSON, or {"kind":"none"} when the text
// holds no time expression, or {"kind":"error"} for an invalid date — as the
// library's own conformance test and examples/vndate -conform write it.
func ChidaoGot(text string, ref calendar.Date) map[string]any {
	e, err := calendar.Parse(text, ref)
	if errors.Is(err, calendar.ErrNoExpression) {
		return map[string]any{"kind": "none"}
	}
	if err != nil {
		return map[string]any{"kind": "error"}
	}
	b, err := json.Marshal(e)
	if err != nil {
		return map[string]any{"kind": "error", "marshal": err.Error()}
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return map[string]any{"kind": "error", "unmarshal": err.Error()}
	}
	return m
}

// ChidaoAccuracy scores calendar.Parse on every case under the corpus rules
// (spans included) and returns the accuracy and the failing cases' texts with
// their differences.
func ChidaoAccuracy(cases []Case) (Accuracy, []string) {
	var a Accuracy
	var fails []string
	for _, c := range cases {
		d := corpusscore.Check(c.Want, ChidaoGot(c.Text, calendar.DateOf(c.RefTime)))
		a.All++
		if c.WantKind() == "date" {
			a.Expr++
		}
		if len(d) == 0 {
			a.AllPassed++
			if c.WantKind() == "date" {
				a.ExprPassed++
			}
		} else {
			fails = append(fails, c.Text+": "+joinDiffs(d))
		}
	}
	return a, fails
}

func joinDiffs(d []string) string {
	s := ""
	for i, x := range d {
		if i > 0 {
			s += "; "
		}
		s += x
	}
	return s
}
