package corpusscore

import (
	"encoding/json"
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
