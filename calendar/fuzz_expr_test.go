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

// checkExpr checks one expression found in s with ref: its span, its
// String round trip, its JSON round trip, and that every date it holds is
// a valid one (a zero ref leaves what needs it partial, never of year 0).
func checkExpr(t *testing.T, s string, e calendar.Expr, ref calendar.Date) {
	t.Helper()
	if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
		t.Fatalf("%q: span [%d,%d) outside the input", s, e.Start, e.End)
	}
	for _, d := range []calendar.Date{e.Period.First, e.Period.Last} {
		if d != (calendar.Date{}) && !d.IsValid() {
			t.Fatalf("%q (ref %v): %+v holds the invalid date %#v", s, ref, e, d)
		}
	}
	if e.Kind == calendar.KindPartial && e.Period.First == (calendar.Date{}) {
		if ref.IsValid() {
			t.Fatalf("%q: an unknown partial %+v with ref %v", s, e, ref)
		}
	} else {
		back, err := calendar.Parse(e.String(), ref)
		if err != nil {
			t.Fatalf("%q → %+v → %q: %v", s, e, e.String(), err)
		}
		want := e
		want.Start, want.End, back.Start, back.End = 0, 0, 0, 0
		if back != want {
			t.Fatalf("%q → %q\n back %#v\n want %#v", s, e.String(), back, want)
		}
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatalf("%q: %+v: %v", s, e, err)
	}
	var j calendar.Expr
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("%q: %s: %v", s, b, err)
	}
	b2, err := json.Marshal(j)
	if err != nil || string(b2) != string(b) {
		t.Fatalf("%q: JSON %s read back as %s (%v)", s, b, b2, err)
	}
}

// checkErr checks an error of Parse or FindAll on s: a *ParseError whose
// offset lies in its input.
func checkErr(t *testing.T, s string, err error) {
	t.Helper()
	pe, ok := err.(*calendar.ParseError)
	if !ok {
		t.Fatalf("%q: error %T %v, want *ParseError", s, err, err)
	}
	if pe.Msg == "" || pe.Offset < 0 || pe.Offset > len(pe.Input) {
		t.Fatalf("%q: unclear error %#v", s, pe)
	}
}

func FuzzParse(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []calendar.Date{fuzzRef, {}} {
			e, err := calendar.Parse(s, ref)
			if err != nil {
				checkErr(t, s, err)
				continue
			}
			checkExpr(t, s, e, ref)
		}
	})
}

func FuzzFindAll(f *testing.F) {
	addCorpusSeeds(f)
	f.Add("Hoàn thành trước ngày 30/6/2024; báo cáo hằng quý; trước ngày 31/9/2024.")
	f.Add("Sở Y tế hoàn thành cuối năm; trước ngày 15/12/20251; ngày 99999999999999999999 tháng 1 năm 2024.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []calendar.Date{fuzzRef, {}} {
			last := 0
			for _, fd := range calendar.FindAll(s, ref) {
				e := fd.Expr
				if e.Start < last || e.End > len(s) || e.Start >= e.End {
					t.Fatalf("%q: span [%d,%d) after %d: not sorted, overlapping or outside", s, e.Start, e.End, last)
				}
				last = e.End
				if fd.Err != nil {
					checkErr(t, s, fd.Err)
					if fd.Err.Input != s[e.Start:e.End] {
						t.Fatalf("%q: error %#v is not of its span [%d,%d)", s, fd.Err, e.Start, e.End)
					}
					continue
				}
				checkExpr(t, s, e, ref)
			}
		}
	})
}
