package calendar_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// This file is a Go port of the corpus scorer (score.py beside
// CORPUS_SPEC.md): every case of testdata/dates.jsonl (the public corpus)
// and testdata/extra_cases.jsonl (our own) must pass.

type corpusCase struct {
	Text string         `json:"text"`
	Ref  string         `json:"ref"`
	Note string         `json:"note"`
	Want map[string]any `json:"want"`
}

func readCases(t *testing.T, path string) []corpusCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, c)
	}
	return out
}

// got returns the "got" object for text, as examples/vndate -conform
// writes it: the expression's JSON, or {"kind":"none"} / {"kind":"error"}.
func got(text string, ref calendar.Date) map[string]any {
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
		panic(err)
	}
	return m
}

var cadenceMonths = map[string]float64{"month": 1, "quarter": 3, "half": 6, "year": 12}

func cadence(m map[string]any) (string, float64) {
	every, _ := m["every"].(string)
	n, _ := m["interval"].(float64)
	if n == 0 {
		n = 1
	}
	if k, ok := cadenceMonths[every]; ok {
		return "month", k * n
	}
	if every == "week" {
		return "day", 7 * n
	}
	return every, n
}

func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// check is score.py's check: the differences between want and got.
func check(want, got map[string]any) []string {
	var diffs []string
	for k, wv := range want {
		if k == "every" || k == "interval" {
			continue
		}
		if !reflect.DeepEqual(got[k], wv) {
			diffs = append(diffs, fmt.Sprintf("%s: want %v got %v", k, wv, got[k]))
		}
	}
	_, we := want["every"]
	_, ge := got["every"]
	if we || ge {
		a1, b1 := cadence(want)
		a2, b2 := cadence(got)
		if a1 != a2 || b1 != b2 {
			diffs = append(diffs, fmt.Sprintf("cadence: want %s×%v got %s×%v", a1, b1, a2, b2))
		}
	}
	for _, k := range []string{"grain", "from", "to", "due", "time", "relation", "every", "interval", "day_of_period", "on", "offset"} {
		if _, ok := want[k]; !ok && k != "every" && k != "interval" && !empty(got[k]) {
			diffs = append(diffs, fmt.Sprintf("%s: want absent got %v", k, got[k]))
		}
	}
	return diffs
}

func runCorpus(t *testing.T, path string) {
	cases := readCases(t, path)
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	failed := 0
	for _, c := range cases {
		ref := calendar.MustParseISODate(c.Ref)
		if d := check(c.Want, got(c.Text, ref)); len(d) > 0 {
			failed++
			t.Errorf("%q (ref %s): %v", c.Text, c.Ref, d)
		}
	}
	t.Logf("%s: %d passed, %d failed", path, len(cases)-failed, failed)
}

func TestConformPublicCorpus(t *testing.T) { runCorpus(t, "testdata/dates.jsonl") }

func TestConformExtraCases(t *testing.T) { runCorpus(t, "testdata/extra_cases.jsonl") }
