package calendar_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// addCorpusSeeds seeds f with the texts of the conformance corpora.
func addCorpusSeeds(f *testing.F) {
	for _, path := range []string{"testdata/dates.jsonl", "testdata/extra_cases.jsonl", "testdata/ours.jsonl"} {
		file, err := os.Open(path)
		if err != nil {
			f.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		for sc.Scan() {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				f.Add(c.Text)
			}
		}
		file.Close()
	}
}

var fuzzRef = calendar.Date{Year: 2024, Month: 3, Day: 15}

// checkExpr checks one expression found in s: its span, its String round
// trip and its JSON round trip.
func checkExpr(t *testing.T, s string, e calendar.Expr) {
	t.Helper()
	if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
		t.Fatalf("%q: span [%d,%d) outside the input", s, e.Start, e.End)
	}
	back, err := calendar.Parse(e.String(), fuzzRef)
	if err != nil {
		t.Fatalf("%q → %+v → %q: %v", s, e, e.String(), err)
	}
	want := e
	want.Start, want.End, back.Start, back.End = 0, 0, 0, 0
	if back != want {
		t.Fatalf("%q → %q\n back %#v\n want %#v", s, e.String(), back, want)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatalf("%q: %+v: %v", s, e, err)
	}
	var j calendar.Expr
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("%q: %s: %v", s, b, err)
	}
	b2, _ := json.Marshal(j)
	if string(b2) != string(b) {
		t.Fatalf("%q: JSON %s read back as %s", s, b, b2)
	}
}

func FuzzParse(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		e, err := calendar.Parse(s, fuzzRef)
		if err != nil {
			if _, ok := err.(*calendar.ParseError); !ok {
				t.Fatalf("%q: error %T %v, want *ParseError", s, err, err)
			}
			return
		}
		checkExpr(t, s, e)
	})
}

func FuzzFindAll(f *testing.F) {
	addCorpusSeeds(f)
	f.Add("Hoàn thành trước ngày 30/6/2024; báo cáo hằng quý; trước ngày 31/9/2024.")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, fd := range calendar.FindAll(s, fuzzRef) {
			e := fd.Expr
			if e.Start < last || e.End > len(s) || e.Start >= e.End {
				t.Fatalf("%q: span [%d,%d) after %d: not sorted, overlapping or outside", s, e.Start, e.End, last)
			}
			last = e.End
			if fd.Err != nil {
				if fd.Err.Input != s[e.Start:e.End] || fd.Err.Offset < 0 || fd.Err.Offset > len(fd.Err.Input) {
					t.Fatalf("%q: bad error %#v for span [%d,%d)", s, fd.Err, e.Start, e.End)
				}
				continue
			}
			checkExpr(t, s, e)
		}
	})
}
