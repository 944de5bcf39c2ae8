package directive

import (
	"encoding/json"
	"testing"
)

// TestParseKeepsNothingReleased parses the largest corpus documents one
// after another, each in the layout memory the one before released, and
// checks that each result reads the same after the parses that follow it:
// nothing a Directive holds lies in that memory.
func TestParseKeepsNothingReleased(t *testing.T) {
	texts := largestCorpus(t)
	texts = append(texts, seedText(t))
	var ds []*Directive
	var want []string
	for _, s := range texts {
		d, err := Parse(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		ds, want = append(ds, d), append(want, string(b))
	}
	for _, s := range texts {
		if _, err := Parse(s, nil); err != nil {
			t.Fatal(err)
		}
	}
	for i, d := range ds {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != want[i] {
			t.Errorf("document %d reads otherwise after later parses", i)
		}
	}
}
