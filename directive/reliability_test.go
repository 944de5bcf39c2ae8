package directive_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
)

// This file pins, through Parse, what issue 16 asks of the parser's output:
// everything it returns marshals; a document with no issue date keeps its
// year-less times partial, with a warning; dates written with numbers no
// calendar has are warnings, not dates of another year; items keep their
// printed numbers, however many and however deep; the errors say which
// fault they are.

// labelsOf lists the labels of d's assignments and tasks, depth first.
func labelsOf(d *directive.Directive) []string {
	var out []string
	var walk func([]directive.Task)
	walk = func(ts []directive.Task) {
		for _, t := range ts {
			out = append(out, t.Label)
			walk(t.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		out = append(out, "A "+a.Label)
		walk(a.Tasks)
	}
	return out
}

// warningsOf lists d's warning messages.
func warningsOf(d *directive.Directive) []string {
	var out []string
	for _, w := range d.Warnings {
		out = append(out, w.Msg)
	}
	return out
}

func TestParseWithoutIssueDateMarshals(t *testing.T) {
	// The repro of issue 16: no issue date, "cuối năm" has no year.
	text := "Số: 12/CT-UBND\nCHỈ THỊ\n1. Giao Sở Y tế hoàn thành cuối năm.\n"
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var back directive.Directive
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, b)
	}
	if len(d.Assignments) != 1 || len(d.Assignments[0].Tasks) != 1 {
		t.Fatalf("assignments %+v", d.Assignments)
	}
	task := d.Assignments[0].Tasks[0]
	want := []directive.TimeExpr{{Text: "cuối năm", Expr: calendar.Expr{
		Kind: calendar.KindPartial, Period: calendar.Period{Grain: calendar.GrainQuarter},
		Start: strings.Index(text, "cuối năm"), End: strings.Index(text, "cuối năm") + len("cuối năm"),
	}}}
	if diff := cmp.Diff(want, task.Times); diff != "" {
		t.Errorf("times (-want +got):\n%s", diff)
	}
	if !task.Deadline.IsZero() {
		t.Errorf("deadline %+v, want none: the year is unknown", task.Deadline)
	}
	wantWarn := `time expression without a year, and the document has no issue date: "cuối năm"`
	if ws := warningsOf(d); !slices.Contains(ws, wantWarn) {
		t.Errorf("warnings %q, want %q", ws, wantWarn)
	}
	for _, w := range d.Warnings {
		if w.Msg == wantWarn && text[w.Span.Start:w.Span.End] != "cuối năm" {
			t.Errorf("warning span %v is %q", w.Span, text[w.Span.Start:w.Span.End])
		}
	}
}

func TestParseWithoutIssueDateYearless(t *testing.T) {
	for _, tc := range []struct{ phrase, grain string }{
		{"trước ngày 15/12", "day"},
		{"06 tháng đầu năm", "half"},
		{"trong quý III", "quarter"},
		{"kể từ ngày ký", "day"},
	} {
		text := "Số: 12/CT-UBND\nCHỈ THỊ\n1. Giao Sở Y tế báo cáo " + tc.phrase + ".\n"
		d, err := directive.Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(d); err != nil {
			t.Errorf("%q: Marshal: %v", tc.phrase, err)
		}
		times := d.Assignments[0].Tasks[0].Times
		if len(times) != 1 || times[0].Expr.Kind != calendar.KindPartial || times[0].Expr.Period.Grain.String() != tc.grain {
			t.Errorf("%q: times %+v, want one partial of grain %s", tc.phrase, times, tc.grain)
		}
		for _, w := range warningsOf(d) {
			if strings.Contains(w, "out of range") {
				t.Errorf("%q: warning %q blames a number", tc.phrase, w)
			}
		}
	}
}

func TestParseIssueDateWithoutYear(t *testing.T) {
	text := "Số: 12/CT-UBND\nHà Nội, ngày 21 tháng 11\nCHỈ THỊ\n1. Giao Sở Y tế hoàn thành trước ngày 15/12.\n"
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if d.Issued.Expr.Kind != calendar.KindPartial || d.Issued.Expr.Period.First.IsValid() {
		t.Errorf("issued %+v, want a partial date without a year", d.Issued)
	}
	want := `issue date without a year: "ngày 21 tháng 11"`
	if ws := warningsOf(d); !slices.Contains(ws, want) {
		t.Errorf("warnings %q, want %q", ws, want)
	}
	if tm := d.Assignments[0].Tasks[0].Times; len(tm) != 1 || tm[0].Expr.Kind != calendar.KindPartial {
		t.Errorf("times %+v, want a partial", tm)
	}
}

func TestParseOutOfRangeDates(t *testing.T) {
	for _, tc := range []struct{ phrase, msg string }{
		{"ngày 99999999999999999999 tháng 1 năm 2024", "day 99999999999999999999 out of range"},
		{"trước ngày 15/12/20251", "year 20251 out of range"},
		{"trước ngày 1/1/99999", "year 99999 out of range"},
		{"trước ngày 30/6/0", "year 0 out of range"},
		{"ngày 15 tháng 3 năm 10000", "year 10000 out of range"},
	} {
		text := "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n1. Giao Sở Y tế hoàn thành " + tc.phrase + ".\n"
		d, err := directive.Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		task := d.Assignments[0].Tasks[0]
		if len(task.Times) != 0 || !task.Deadline.IsZero() {
			t.Errorf("%q: times %+v, deadline %+v; want none", tc.phrase, task.Times, task.Deadline)
		}
		var found bool
		for _, w := range d.Warnings {
			if strings.HasSuffix(w.Msg, tc.msg) {
				found = true
				if got := text[w.Span.Start:w.Span.End]; !strings.Contains(tc.phrase, strings.TrimPrefix(got, "trước ")) {
					t.Errorf("%q: warning span %v is %q", tc.phrase, w.Span, got)
				}
			}
		}
		if !found {
			t.Errorf("%q: warnings %q, want one ending %q", tc.phrase, warningsOf(d), tc.msg)
		}
	}
}

func TestParseNestedNumberLabels(t *testing.T) {
	text := "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n" +
		"1. Giao Sở Y tế:\n1.1. Làm A.\n1.1.1. Làm B.\n1.1.1.1. Làm C.\n1.2. Làm D.\n- Làm E.\n" +
		"2. Giao Sở Nội vụ:\na) Làm F.\n- Làm G.\n"
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"A 1", "1.1", "1.1.1", "1.1.1.1", "1.2", "1.2.1", "A 2", "2.a", "2.a.1"}
	if diff := cmp.Diff(want, labelsOf(d)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}

func TestParseItemsPast999(t *testing.T) {
	var b strings.Builder
	b.WriteString("Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n")
	const n = 1002
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Giao Sở Y tế làm việc %d.\n", i, i)
	}
	b.WriteString("Nơi nhận:\n- Như trên;\n")
	d, err := directive.Parse(b.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != n {
		t.Fatalf("%d assignments, want %d; closing %.80q", len(d.Assignments), n, d.Closing)
	}
	for _, i := range []int{999, 1000, 1002} {
		if a := d.Assignments[i-1]; a.Label != fmt.Sprint(i) || !strings.HasSuffix(a.Tasks[0].Text, fmt.Sprintf("làm việc %d.", i)) {
			t.Errorf("assignment %d: label %q, text %q", i, a.Label, a.Tasks[0].Text)
		}
	}
	if d.Closing != "" {
		t.Errorf("closing %.80q, want none", d.Closing)
	}
}

// TestParseYearLineIsNoItem checks that a year that opens a wrapped line
// ("… năm\n2025. …") is not read as item 2025 when no item 2024 is before
// it.
func TestParseYearLineIsNoItem(t *testing.T) {
	text := "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n" +
		"1. Giao Sở Y tế hoàn thành trong năm\n2025. Báo cáo kết quả trước ngày 15/12/2025.\n2. Giao Sở Nội vụ làm B.\n"
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"A 1", "1.1", "A 2", "2.1"}
	if diff := cmp.Diff(want, labelsOf(d)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}

func TestParseErrorSentinels(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		is, not  error
		msg      string
	}{
		{"empty", "", directive.ErrEmpty, directive.ErrNotDirective, `directive: parsing "" at byte 0: empty input: no directive text`},
		{"blank", " \n\t\n", directive.ErrEmpty, directive.ErrNotDirective, `directive: parsing " \n\t\n" at byte 0: empty input: no directive text`},
		{"prose", "Hôm nay trời đẹp.\nChúng tôi đi chơi.", directive.ErrNotDirective, directive.ErrEmpty,
			`directive: parsing "Hôm nay trời đẹp." at byte 0: not a directive: no header (Số, place and date, type, national motto) and no assignment`},
	} {
		_, err := directive.Parse(tc.in, nil)
		var pe *directive.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tc.is) || errors.Is(err, tc.not) {
			t.Errorf("%s: %T %v; want a *ParseError wrapping %v", tc.name, err, err, tc.is)
			continue
		}
		if err.Error() != tc.msg {
			t.Errorf("%s: %q\nwant %q", tc.name, err.Error(), tc.msg)
		}
	}
	_, err := directive.ParseNumber("04/CT TTg")
	if err == nil || !strings.Contains(err.Error(), " at byte 5: ") {
		t.Errorf("ParseNumber: %v, want the byte", err)
	}
}

// TestParseDuplicateNumbers checks that labels stay unique when the
// document prints a number twice.
func TestParseDuplicateNumbers(t *testing.T) {
	text := "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n" +
		"1. Giao Sở Y tế:\na) Làm A.\na) Làm B.\n1. Giao Sở Nội vụ:\na) Làm C.\n1. Giao Sở Tư pháp làm D.\n"
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"A 1", "1.a", "1.a#2", "A 1#2", "1#2.a", "A 1#3", "1#3.1"}
	if diff := cmp.Diff(want, labelsOf(d)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}
