package directivescore_test

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

// TestScoreExtras checks the measures the Python scorer lacks, and the
// counts behind the F1s, on the recorded pairs (worked out by hand; the
// F1 values themselves are checked against Python in TestPairs).
func TestScoreExtras(t *testing.T) {
	for _, c := range []struct {
		name           string
		cooperating    directivescore.F1
		taskCountError float64
		assignee, body directivescore.F1
	}{
		// Gold: Công an tỉnh under 2. Got: "Công an tỉnh" and "Công an
		// Tỉnh" in two tasks of 2 (once after folding), Bộ Công an under 4.
		{"assignees", directivescore.F1{Score: 2.0 / 3, TP: 1, Gold: 1, Got: 2}, 0.5,
			directivescore.F1{Score: 4.0 / 13, TP: 2, Gold: 7, Got: 6},
			directivescore.F1{Score: 10.0 / 13, TP: 5, Gold: 7, Got: 6}},
		{"empty", directivescore.F1{Score: 1}, 0, directivescore.F1{Score: 1}, directivescore.F1{Score: 1}},
		{"header", directivescore.F1{Score: 1}, 0, directivescore.F1{Score: 1}, directivescore.F1{Score: 1}},
		{"header-miss", directivescore.F1{Score: 1}, 0, directivescore.F1{Score: 1}, directivescore.F1{Score: 1}},
		// 1 gold task, 3 got (a task, its subtask and its sub-subtask).
		{"manytimes", directivescore.F1{Score: 1}, 2, directivescore.F1{Score: 1}, directivescore.F1{Score: 1}},
		{"onesided", directivescore.F1{Score: 0, Gold: 1}, 1,
			directivescore.F1{Score: 0, Gold: 1}, directivescore.F1{Score: 0, Gold: 1}},
		{"targets", directivescore.F1{Score: 1}, 0,
			directivescore.F1{Score: 1, TP: 1, Gold: 1, Got: 1}, directivescore.F1{Score: 1, TP: 1, Gold: 1, Got: 1}},
		{"times", directivescore.F1{Score: 1}, 0,
			directivescore.F1{Score: 1, TP: 1, Gold: 1, Got: 1}, directivescore.F1{Score: 1, TP: 1, Gold: 1, Got: 1}},
		// "Sở Văn hoá" and "Sở Văn hóa" fold alike.
		{"unicode", directivescore.F1{Score: 1, TP: 1, Gold: 1, Got: 1}, 0,
			directivescore.F1{Score: 0.5, TP: 4, Gold: 8, Got: 8}, directivescore.F1{Score: 0.5, TP: 4, Gold: 8, Got: 8}},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := "testdata/pairs/" + c.name
			r := directivescore.Score(decodeFile(t, base+".gold.json"), decodeFile(t, base+".got.json"))
			approx := cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })
			if d := cmp.Diff(c.cooperating, r.Cooperating, approx); d != "" {
				t.Errorf("cooperating (-want +got):\n%s", d)
			}
			if math.Abs(r.TaskCountError-c.taskCountError) > 1e-9 {
				t.Errorf("task-count error %v; want %v", r.TaskCountError, c.taskCountError)
			}
			if d := cmp.Diff(c.assignee, r.Assignee, approx); d != "" {
				t.Errorf("assignee (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.body, r.Body, approx); d != "" {
				t.Errorf("body (-want +got):\n%s", d)
			}
		})
	}
}

func TestResultLine(t *testing.T) {
	base := "testdata/pairs/assignees"
	r := directivescore.Score(decodeFile(t, base+".gold.json"), decodeFile(t, base+".got.json"))
	want := "assignees.txt  number ok  issued ok  assignments got 3 gold 3  tasks got 3 gold 2  " +
		"assignee 0.31  body 0.77  cooperating 0.67  time 1.00  target 1.00  task-count error 0.50"
	if got := r.Line(); got != want {
		t.Errorf("Line() =\n%s\nwant\n%s", got, want)
	}
	if got, want := r.Assignee.String(), "0.31 (2 of 7 gold, 6 got)"; got != want {
		t.Errorf("F1.String() = %q; want %q", got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{`{"number": 5}`, `directivescore: number: want a string or null: "5"`},
		{`{"assignments": [{"assignees": ["Sở Y tế", 5]}]}`, `directivescore: assignments[0].assignees[1]: want a name, a party object or null: "5"`},
		{`{"assignments": [{"assignees": [{"name": ["x"]}]}]}`, `directivescore: assignments[0].assignees[0].name: want a string or null: "[\"x\"]"`},
		{`{"assignments": [{"tasks": [{"times": [{"kind": "recurrence", "interval": "2"}]}]}]}`,
			`directivescore: assignments[0].tasks[0].times[0].interval: want a number or null: "\"2\""`},
		{`{"assignments": [{"tasks": [{"subtasks": [3]}]}]}`, `directivescore: assignments[0].tasks[0].subtasks[0]: want an object: "3"`},
		{`{"assignments": {"a": 1}}`, `directivescore: assignments: want a list: "{\"a\": 1}"`},
		{`{"assignments": [{"span": [1]}]}`, `directivescore: assignments[0].span: want a span [start, end]: "[1]"`},
		{`{"issued": {"from": 2025}}`, `directivescore: issued.from: want a string or null: "2025"`},
		{`{"number": "1/CT"`, `directivescore: at byte 17: unexpected end of JSON input: "{\"number\": \"1/CT\""`},
		{`{"a": 1,, "b": 2}`, `directivescore: at byte 9: invalid character ',' looking for beginning of object key string: "{\"a\": 1,, \"b\": 2}"`},
		{`[1, 2]`, `directivescore: at byte 1: json: cannot unmarshal array into Go value of type map[string]json.RawMessage: "[1, 2]"`},
		{`null`, `directivescore: at byte 0: want a JSON object: "null"`},
	} {
		_, err := directivescore.Decode([]byte(c.in))
		var pe *directivescore.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Decode(%s): error %v is not a *ParseError", c.in, err)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("Decode(%s):\n got %s\nwant %s", c.in, err, c.want)
		}
	}
}

func TestDecodeLenient(t *testing.T) {
	// What Python reads without complaint is read: a null number, an issued
	// that is a number (None, None), a null name, a label that is a number,
	// an unknown key, a target value that is not a number (None).
	d, err := directivescore.Decode([]byte(`{"number": null, "issued": 5, "extra": [1],
		"assignments": [{"label": 3, "assignees": [null, {"name": null}, "Sở Y tế"],
		"tasks": [{"targets": [{"op": ">=", "value": {"x": 1}}]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := &directivescore.Doc{Assignments: []directivescore.Assignment{{
		Assignees: []directivescore.Party{{}, {}, {Name: "Sở Y tế"}},
		Tasks:     []directivescore.Task{{Targets: []directivescore.Target{{Op: ptr(">=")}}}},
	}}}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("Decode (-want +got):\n%s", diff)
	}
}

func ptr[T any](v T) *T { return &v }

func TestDecodeSpans(t *testing.T) {
	d, err := directivescore.Decode([]byte(`{"issued": {"from": "2025-01-02", "to": "2025-01-02", "span": [5, 9]},
		"references": [{"text": "x", "span": [20, 30]}, {"text": "y"}],
		"signature": {"name": "A", "span": [100, 120]}, "warnings": ["w"], "warning_spans": [[40, 50]],
		"assignments": [{"span": [60, 90], "assignees": [{"name": "Sở Y tế", "span": [61, 68]}],
		 "tasks": [{"span": [70, 90], "times": [{"kind": "ongoing", "span": [71, 73]}],
		  "targets": [{"op": ">=", "value": 1, "span": [74, 76], "metric_span": [77, 80]}],
		  "references": [{"span": [81, 85]}], "lead": [{"name": "Sở Y tế", "span": [61, 68]}]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []directivescore.Span{{5, 9}, {20, 30}, {100, 120}, {40, 50}, {60, 90}, {61, 68},
		{70, 90}, {61, 68}, {71, 73}, {74, 76}, {77, 80}, {81, 85}}
	if diff := cmp.Diff(want, d.Spans()); diff != "" {
		t.Errorf("Spans (-want +got):\n%s", diff)
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"assignees", "times", "targets", "unicode", "manytimes"} {
		for _, side := range []string{".gold.json", ".got.json"} {
			b, err := readFile("testdata/pairs/" + name + side)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte(`{"assignments": [{"tasks": [{"targets": [{"value": "nan"}]}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := directivescore.Decode(b)
		if err != nil {
			var pe *directivescore.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		// A document scored against itself: equal counts, true header,
		// every bag that holds no NaN target matches itself.
		r := directivescore.Score(d, d)
		if !r.NumberOK || !r.IssuedOK || r.Assignments[0] != r.Assignments[1] || r.Tasks[0] != r.Tasks[1] ||
			r.Assignee.Score != 1 || r.Body.Score != 1 || r.Cooperating.Score != 1 || r.Time.Score != 1 ||
			r.TaskCountError != 0 || len(r.MissedTimes) != 0 || len(r.ExtraTimes) != 0 {
			t.Fatalf("Score(d, d) = %+v", r)
		}
		if !strings.Contains(strings.ToLower(string(b)), "nan") && r.Target.Score != 1 {
			t.Fatalf("target F1 of d against itself = %v", r.Target.Score)
		}
	})
}

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
