package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
)

// roundTrip checks that e.String() parses back to e (span aside).
func roundTrip(t *testing.T, src string, e calendar.Expr, ref calendar.Date) {
	t.Helper()
	s := e.String()
	back, err := calendar.Parse(s, ref)
	if err != nil {
		t.Errorf("%q → %#v → String %q: %v", src, e, s, err)
		return
	}
	e.Start, e.End, back.Start, back.End = 0, 0, 0, 0
	if back != e {
		t.Errorf("%q → String %q\n got back %#v\n      want %#v", src, s, back, e)
	}
}

func TestRoundTripCorpus(t *testing.T) {
	for _, path := range []string{"testdata/dates.jsonl", "testdata/extra_cases.jsonl"} {
		for _, c := range readCases(t, path) {
			ref := calendar.MustParseISODate(c.Ref)
			e, err := calendar.Parse(c.Text, ref)
			if err != nil {
				continue
			}
			roundTrip(t, c.Text, e, ref)
			for _, f := range calendar.FindAll(c.Text, ref) {
				if f.Err == nil {
					roundTrip(t, c.Text, f.Expr, ref)
				}
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 5, Day: 6}
	for _, tc := range []struct {
		in     string
		offset int
		msg    string
	}{
		{"ngày 31/02/2024", 6, "day 31 out of range for February 2024"},
		{"29/02/2023", 0, "day 29 out of range for February 2023"},
		{"tháng 13/2024", 7, "month 13 out of range"},
		{"quý V/2024", 5, "quarter 5 out of range"},
		{"00/01/2024", 0, "day 0 out of range"},
		{"trước ngày 31/9/2024", 15, "day 31 out of range for September"},
		{"từ ngày 01/7 đến ngày 31/6/2024", 29, "day 31 out of range for June"},
	} {
		_, err := calendar.Parse(tc.in, ref)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error = %v, want a *ParseError", tc.in, err)
			continue
		}
		if errors.Is(err, calendar.ErrNoExpression) || pe.Input != tc.in || pe.Offset != tc.offset || pe.Msg != tc.msg {
			t.Errorf("Parse(%q) = %#v, want offset %d msg %q", tc.in, pe, tc.offset, tc.msg)
		}
	}
	for _, in := range []string{"", "xin chào", "Nghị định số 30/2020/NĐ-CP", "đạt 3/5 chỉ tiêu", "12.500 người"} {
		if _, err := calendar.Parse(in, ref); !errors.Is(err, calendar.ErrNoExpression) {
			t.Errorf("Parse(%q) error = %v, want ErrNoExpression", in, err)
		}
	}
}

func TestExprJSONZero(t *testing.T) {
	var task struct {
		Time calendar.Expr `json:"time"`
	}
	b, err := json.Marshal(task)
	if err != nil || string(b) != `{"time":null}` {
		t.Fatalf("Marshal(zero) = %s, %v", b, err)
	}
	task.Time = calendar.MustParse("trước ngày 30/6/2024", calendar.Date{Year: 2024, Month: 1, Day: 1})
	b, _ = json.Marshal(task)
	task.Time = calendar.Expr{}
	if err := json.Unmarshal(b, &task); err != nil || task.Time.Kind != calendar.KindDeadline {
		t.Fatalf("Unmarshal(%s) = %+v, %v", b, task.Time, err)
	}
	if err := json.Unmarshal([]byte(`{"time":null}`), &task); err != nil {
		t.Fatal(err)
	}
}

// TestParseErrorText checks the full error text of invalid dates in rarer
// forms: ranges, spelled-out dates and recurring days.
func TestParseErrorText(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	for _, tc := range []struct{ in, want string }{
		{"ngày 30-31/2/2024", `calendar: parsing "ngày 30-31/2/2024" at byte 6: day 30 out of range for February 2024`},
		{"ngày 28-31/4/2024", `calendar: parsing "ngày 28-31/4/2024" at byte 6: day 31 out of range for April`},
		{"tháng 11-13/2024", `calendar: parsing "tháng 11-13/2024" at byte 7: month 13 out of range`},
		{"tháng 13-14/2024", `calendar: parsing "tháng 13-14/2024" at byte 7: month 13 out of range`},
		{"quý V-VI/2024", `calendar: parsing "quý V-VI/2024" at byte 5: quarter 5 out of range`},
		{"quý III-V/2024", `calendar: parsing "quý III-V/2024" at byte 5: quarter 5 out of range`},
		{"quý 3-5/2024", `calendar: parsing "quý 3-5/2024" at byte 5: quarter 5 out of range`},
		{"tháng 13 năm nay", `calendar: parsing "tháng 13 năm nay" at byte 7: month 13 out of range`},
		{"ngày 32 hằng tháng", `calendar: parsing "ngày 32 hằng tháng" at byte 6: day 32 out of range`},
		{"ngày 31/2 hằng năm", `calendar: parsing "ngày 31/2 hằng năm" at byte 6: day 31 out of range for February 2000`},
		{"ngày 15 tháng 13 năm 2024", `calendar: parsing "ngày 15 tháng 13 năm 2024" at byte 6: month 13 out of range`},
		{"ngày 31 tháng 4 năm 2024", `calendar: parsing "ngày 31 tháng 4 năm 2024" at byte 6: day 31 out of range for April`},
		{"tháng 0/2024", `calendar: parsing "tháng 0/2024" at byte 7: month 0 out of range`},
		{"quý 0/2024", `calendar: parsing "quý 0/2024" at byte 5: quarter 0 out of range`},
		{"quý này", `calendar: parsing "quý này" at byte 0: no time expression`},
		{"đến nay", `calendar: parsing "đến nay" at byte 0: no time expression`},
		{"chi thường xuyên", `calendar: parsing "chi thường xuyên" at byte 0: no time expression`},
		{"ngày 20-15/7/2024", `calendar: parsing "ngày 20-15/7/2024" at byte 0: no time expression`},
	} {
		_, err := calendar.Parse(tc.in, ref)
		if err == nil {
			t.Errorf("Parse(%q): no error, want %s", tc.in, tc.want)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("Parse(%q) error\n got %s\nwant %s", tc.in, got, tc.want)
		}
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != tc.in {
			t.Errorf("Parse(%q): %T %v, want a *ParseError quoting the input", tc.in, err, err)
		}
		if want := strings.HasSuffix(tc.want, "no time expression"); errors.Is(err, calendar.ErrNoExpression) != want {
			t.Errorf("Parse(%q): errors.Is(ErrNoExpression) = %v, want %v", tc.in, !want, want)
		}
	}
	if got := calendar.ErrNoExpression.Error(); got != "no time expression" {
		t.Errorf("ErrNoExpression.Error() = %q", got)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse of an invalid date did not panic")
		}
	}()
	calendar.MustParse("31/4/2024", calendar.Date{Year: 2024, Month: 1, Day: 1})
}
