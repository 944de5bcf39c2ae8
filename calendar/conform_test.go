package calendar_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/corpusscore"
)

// Every case of testdata/dates.jsonl (the public corpus) and
// testdata/extra_cases.jsonl (our own) must pass the corpus scorer
// (internal/corpusscore, a port of score.py beside CORPUS_SPEC.md).

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

func runCorpus(t *testing.T, path string) {
	cases := readCases(t, path)
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	failed := 0
	for _, c := range cases {
		ref := calendar.MustParseISODate(c.Ref)
		if d := corpusscore.Check(c.Want, got(c.Text, ref)); len(d) > 0 {
			failed++
			t.Errorf("%q (ref %s): %v", c.Text, c.Ref, d)
		}
	}
	t.Logf("%s: %d passed, %d failed", path, len(cases)-failed, failed)
}

func TestConformPublicCorpus(t *testing.T) { runCorpus(t, "testdata/dates.jsonl") }

func TestConformExtraCases(t *testing.T) { runCorpus(t, "testdata/extra_cases.jsonl") }
