package bench

import (
	"bytes"
	"os"
	"testing"
)

func TestLoadCorpus(t *testing.T) {
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("corpus has %d cases", len(cases))
	}
	for _, c := range cases {
		if c.Text == "" || c.WantKind() == "" || c.RefTime.IsZero() {
			t.Errorf("incomplete case %+v", c)
		}
	}
	if _, err := LoadCorpus("testdata/missing.jsonl"); err == nil {
		t.Error("LoadCorpus(missing) succeeded")
	}
}

// TestCorpusCopy checks that the bench module's corpus is the library's:
// testdata/dates.jsonl is a copy of ../calendar/testdata/dates.jsonl.
func TestCorpusCopy(t *testing.T) {
	ours, err := os.ReadFile("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := os.ReadFile("../calendar/testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ours, lib) {
		t.Error("testdata/dates.jsonl differs from ../calendar/testdata/dates.jsonl: copy it again")
	}
}
