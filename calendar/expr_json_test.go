package calendar_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestExprJSONRejects pins the errors of Expr.UnmarshalJSON on bad input.
func TestExprJSONRejects(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{`{"kind":"date"`, "unexpected end of JSON input"},
		{`{"kind":""}`, "calendar: expression without a kind"},
		{`{"kind":"recurrence","every":"year","on":"02-30"}`, `calendar: bad "on" "02-30", want MM-DD`},
		{`{"kind":"recurrence","every":"year","on":"June 1"}`, `calendar: bad "on" "June 1", want MM-DD`},
		{`{"kind":"relative"}`, "calendar: relative expression without an offset"},
		{`{"kind":"sometimes"}`, `calendar: unknown kind "sometimes"`},
	} {
		var e calendar.Expr
		err := json.Unmarshal([]byte(tc.in), &e)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Unmarshal(%s) error = %v, want %q", tc.in, err, tc.err)
		}
	}
	var e calendar.Expr
	if err := json.Unmarshal([]byte(`{"kind":"recurrence","every":"year","on":"09-02"}`), &e); err != nil ||
		e.Recurrence.On != (calendar.Date{Month: 9, Day: 2}) || e.Recurrence.Every != calendar.GrainYear || e.Recurrence.Interval != 1 {
		t.Errorf("recurrence on 09-02 = %+v, %v", e.Recurrence, err)
	}
	if b, err := json.Marshal(calendar.Expr{Kind: calendar.Kind(42)}); err == nil {
		t.Errorf("Marshal of kind 42 = %s, want an error", b)
	}
	// A deadline without a due date keeps only its grain.
	if err := json.Unmarshal([]byte(`{"kind":"deadline","relation":"by","grain":"month"}`), &e); err != nil ||
		e.Period != (calendar.Period{Grain: calendar.GrainMonth}) || e.Relation != calendar.RelationBy {
		t.Errorf("deadline without due = %+v, %v", e, err)
	}
}

// TestTextExprJSON pins the JSON of a TextExpr: its text first, then the
// expression, read back whole.
func TestTextExprJSON(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	in := calendar.TextExpr{Text: "trước ngày 30/6/2024", Expr: calendar.MustParse("trước ngày 30/6/2024", ref)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `{"text":"trước ngày 30/6/2024","kind":"deadline",`) {
		t.Errorf("Marshal = %s", b)
	}
	var out calendar.TextExpr
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip = %+v, want %+v", out, in)
	}
	for _, bad := range []string{`{"text":1,"kind":"date"}`, `{"text":"x","kind":""}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("Unmarshal(%s): no error", bad)
		}
	}
}
