package bench

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

func decode(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		pass      bool
	}{
		{"equal date", `{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15"}`,
			`{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15"}`, true},
		{"wrong day", `{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15"}`,
			`{"kind":"date","grain":"day","from":"2024-03-16","to":"2024-03-16"}`, false},
		{"extra strict key", `{"kind":"deadline","relation":"before","grain":"day","due":"2024-06-30"}`,
			`{"kind":"deadline","relation":"before","grain":"day","due":"2024-06-30","from":"2024-06-30"}`, false},
		{"extra non-strict key", `{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15"}`,
			`{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15","span":[0,10]}`, true},
		{"span compared when wanted", `{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15","span":[14,41]}`,
			`{"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15","span":[14,40]}`, false},
		{"empty strict key is absent", `{"kind":"none"}`, `{"kind":"none","grain":"","offset":{}}`, true},
		{"equal cadences", `{"kind":"recurrence","every":"month","interval":3}`,
			`{"kind":"recurrence","every":"quarter"}`, true},
		{"week is seven days", `{"kind":"recurrence","every":"day","interval":7}`,
			`{"kind":"recurrence","every":"week","interval":1}`, true},
		{"different cadences", `{"kind":"recurrence","every":"month","interval":1}`,
			`{"kind":"recurrence","every":"month","interval":6}`, false},
		{"cadence in got only", `{"kind":"ongoing"}`, `{"kind":"ongoing","every":"day"}`, false},
		{"offset object", `{"kind":"relative","offset":{"n":30,"unit":"day","working":false,"from_event":"signing"}}`,
			`{"kind":"relative","offset":{"n":30,"unit":"day","working":false,"from_event":"signing"}}`, true},
		{"offset differs", `{"kind":"relative","offset":{"n":30,"unit":"day","working":false,"from_event":"signing"}}`,
			`{"kind":"relative","offset":{"n":30,"unit":"day","working":true,"from_event":"signing"}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Check(decode(t, tt.want), decode(t, tt.got))
			if (len(d) == 0) != tt.pass {
				t.Errorf("Check pass = %v (%v), want %v", len(d) == 0, d, tt.pass)
			}
		})
	}
	if d := Check(map[string]any{"kind": "none"}, nil); len(d) == 0 {
		t.Error("Check(nil got) passed")
	}
}

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
