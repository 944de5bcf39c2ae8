package calendar_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
)

// This file pins what Parse and FindAll do without a reference date (a
// document with no readable issue date): an expression that takes its year,
// month or day from the reference is left unresolved — a partial
// expression of its grain whose days are unknown — never a date of year 0,
// and never an error about a day of "year 0".

func TestParseWithoutReference(t *testing.T) {
	for _, tc := range []struct {
		in    string
		grain calendar.Grain
	}{
		{"cuối năm", calendar.GrainQuarter},
		{"hoàn thành cuối năm", calendar.GrainQuarter},
		{"06 tháng đầu năm", calendar.GrainHalf},
		{"trước ngày 15/12", calendar.GrainDay},
		{"trước ngày 29/02", calendar.GrainDay},
		{"ngày 15 tháng 3", calendar.GrainDay},
		{"trong quý III", calendar.GrainQuarter},
		{"tháng 6", calendar.GrainMonth},
		{"trước tháng 6", calendar.GrainMonth},
		{"đầu tháng 6", calendar.GrainDay},
		{"cuối tháng", calendar.GrainDay},
		{"trong tháng này", calendar.GrainMonth},
		{"trong năm nay", calendar.GrainYear},
		{"năm sau", calendar.GrainYear},
		{"tuần này", calendar.GrainWeek},
		{"tuần đầu tháng 6", calendar.GrainWeek},
		{"kể từ ngày ký", calendar.GrainDay},
		{"từ ngày 1/7 đến ngày 31/12", calendar.GrainDay},
		{"trước Tết Giáp Thìn", calendar.GrainDay},
		{"ngày 10 của tháng đầu quý này", calendar.GrainDay},
		{"sau cuối năm", calendar.GrainQuarter},
		{"sau ngày 15/3", calendar.GrainDay},
	} {
		e, err := calendar.Parse(tc.in, calendar.Date{})
		if err != nil {
			t.Errorf("Parse(%q, zero ref): %v", tc.in, err)
			continue
		}
		want := calendar.Expr{Kind: calendar.KindPartial, Period: calendar.Period{Grain: tc.grain}, Start: e.Start, End: e.End}
		if e != want {
			t.Errorf("Parse(%q, zero ref) = %#v\nwant %#v", tc.in, e, want)
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Errorf("Parse(%q, zero ref): marshal: %v", tc.in, err)
			continue
		}
		var back calendar.Expr
		if err := json.Unmarshal(b, &back); err != nil || back != e {
			t.Errorf("Parse(%q, zero ref): JSON %s reads back as %#v, %v", tc.in, b, back, err)
		}
	}
}

// TestParseWithoutReferenceKeepsYears checks that what the text dates in
// full is read as with a reference, and that impossible days are still
// errors.
func TestParseWithoutReferenceKeepsYears(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range []string{
		"trước ngày 15/12/2024", "quý III/2024", "năm 2025", "6 tháng đầu năm 2024", "hằng tháng",
		"trước ngày 15 hằng tháng", "trước ngày 15/12 hằng năm", "thường xuyên", "trong vòng 30 ngày kể từ ngày nhận",
		"ngày   tháng   năm 2024",
	} {
		want, err := calendar.Parse(in, ref)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		got, err := calendar.Parse(in, calendar.Date{})
		if err != nil || got != want {
			t.Errorf("Parse(%q, zero ref) = %#v, %v; want %#v", in, got, err, want)
		}
	}
	for _, in := range []string{"trước ngày 31/4", "ngày 30/02", "tháng 13"} {
		if _, err := calendar.Parse(in, calendar.Date{}); err == nil {
			t.Errorf("Parse(%q, zero ref): no error", in)
		}
	}
}

func TestFindAllWithoutReference(t *testing.T) {
	text := "Sở Y tế hoàn thành cuối năm; báo cáo trước ngày 15/12 và trước ngày 30/6/2025."
	found := calendar.FindAll(text, calendar.Date{})
	var got []string
	for _, f := range found {
		if f.Err != nil {
			t.Errorf("FindAll: %v", f.Err)
			continue
		}
		b, err := json.Marshal(f.Expr)
		if err != nil {
			t.Errorf("FindAll: %q: %v", text[f.Expr.Start:f.Expr.End], err)
		}
		got = append(got, text[f.Expr.Start:f.Expr.End]+" "+string(b))
	}
	want := []string{
		`cuối năm {"kind":"partial","grain":"quarter","span":[25,36]}`,
		`trước ngày 15/12 {"kind":"partial","grain":"day","span":[48,68]}`,
		`trước ngày 30/6/2025 {"kind":"deadline","grain":"day","due":"2025-06-30","relation":"before","span":[73,97]}`,
	}
	if len(got) != len(want) {
		t.Fatalf("FindAll = %q\nwant %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("FindAll[%d] = %s\nwant %s", i, got[i], want[i])
		}
	}
}
