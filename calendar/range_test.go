package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
)

// This file pins how numbers that no date can hold are reported: as a
// *ParseError wrapping ErrRange from Parse, with the input quoted and the
// byte offset of the number, and as a Found with that error from FindAll —
// never a date that takes the reference year in their place, and never
// nothing.

// rangeCases are written dates whose day, month or year no calendar has.
// at is the text of the bad number: the error's offset is where its last
// occurrence starts.
var rangeCases = []struct {
	in, at, msg string
}{
	{"ngày 99999999999999999999 tháng 1 năm 2024", "99999999999999999999", "day 99999999999999999999 out of range"},
	{"ngày 15 tháng 3 năm 0", "0", "year 0 out of range"},
	{"ngày 15 tháng 3 năm 10000", "10000", "year 10000 out of range"},
	{"ngày 15 tháng 3 năm 99999", "99999", "year 99999 out of range"},
	{"trước ngày 15/3 năm 10000", "10000", "year 10000 out of range"},
	{"1/1/99999", "99999", "year 99999 out of range"},
	{"30/6/0", "0", "year 0 out of range"},
	{"15/12/20251", "20251", "year 20251 out of range"},
	{"hoàn thành trước ngày 15/12/20251.", "20251", "year 20251 out of range"},
	{"ngày 15/3/202", "202", "year 202 out of range"},
	{"ngày 1.1.99999", "99999", "year 99999 out of range"},
	{"tháng 6/10000", "10000", "year 10000 out of range"},
	{"tháng 6 năm 10000", "10000", "year 10000 out of range"},
	{"quý I/10000", "10000", "year 10000 out of range"},
	{"quý II năm 0", "0", "year 0 out of range"},
	{"trong năm 99999", "99999", "year 99999 out of range"},
	{"ngày 999/3/2024", "999", "day 999 out of range"},
	{"ngày 15/999/2024", "999", "month 999 out of range"},
	{"ngày 15 tháng 999 năm 2024", "999", "month 999 out of range"},
	{"tháng 999/2024", "999", "month 999 out of range"},
}

func TestParseOutOfRange(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, tc := range rangeCases {
		e, err := calendar.Parse(tc.in, ref)
		if err == nil {
			t.Errorf("Parse(%q) = %v %s, want an error", tc.in, e.Kind, e)
			continue
		}
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, calendar.ErrRange) || errors.Is(err, calendar.ErrNoExpression) {
			t.Errorf("Parse(%q): error %T %v, want a *ParseError wrapping ErrRange", tc.in, err, err)
			continue
		}
		want := &calendar.ParseError{Input: tc.in, Offset: strings.LastIndex(tc.in, tc.at), Msg: tc.msg, Err: calendar.ErrRange}
		if diff := cmp.Diff(want, pe); diff != "" {
			t.Errorf("Parse(%q) error (-want +got):\n%s", tc.in, diff)
		}
		if s := err.Error(); !strings.Contains(s, `"`+tc.in+`"`) || !strings.Contains(s, " at byte ") {
			t.Errorf("Parse(%q): message %q does not quote the input and the byte", tc.in, s)
		}
	}
}

func TestFindAllOutOfRange(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, tc := range rangeCases {
		const head = "Sở Y tế "
		text := head + tc.in + "; báo cáo trước ngày 30/6/2024."
		found := calendar.FindAll(text, ref)
		if len(found) != 2 {
			t.Errorf("FindAll(%q) found %d, want the bad date and the deadline: %+v", text, len(found), found)
			continue
		}
		bad := found[0]
		if bad.Err == nil || !errors.Is(bad.Err, calendar.ErrRange) {
			t.Errorf("FindAll(%q)[0] = %v, want an ErrRange error", text, bad)
			continue
		}
		a, b := bad.Expr.Start, bad.Expr.End
		if a < 0 || b > len(text) || bad.Err.Input != text[a:b] || bad.Err.Msg != tc.msg {
			t.Errorf("FindAll(%q)[0]: span [%d,%d), error %v; want the input of the span and %q", text, a, b, bad.Err, tc.msg)
			continue
		}
		if got, want := a+bad.Err.Offset, len(head)+strings.LastIndex(tc.in, tc.at); got != want {
			t.Errorf("FindAll(%q)[0]: the bad number at byte %d, want %d", text, got, want)
		}
		if found[1].Err != nil || found[1].Expr.Kind != calendar.KindDeadline {
			t.Errorf("FindAll(%q)[1] = %+v, want the deadline", text, found[1])
		}
	}
}

// TestNotOutOfRange lists number chains that are no dates at all: they are
// left alone, not reported.
func TestNotOutOfRange(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range []string{
		"Nghị định số 30/2020/NĐ-CP", "mục 1.1.99999", "1-1-99999 bản", "đạt 3/5 chỉ tiêu",
		"Chỉ thị 04/CT-TTg", strings.Repeat("1/", 200), "ngày 1/1/2024/NĐ",
	} {
		for _, f := range calendar.FindAll(in, ref) {
			if f.Err != nil {
				t.Errorf("FindAll(%q) reports %v", in, f.Err)
			}
		}
	}
}

// TestOutOfRangeJSON checks that what FindAll returns around an invalid
// date still marshals.
func TestOutOfRangeJSON(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, tc := range rangeCases {
		for _, f := range calendar.FindAll(tc.in, ref) {
			if f.Err != nil {
				continue
			}
			if _, err := json.Marshal(f.Expr); err != nil {
				t.Errorf("%q: %v", tc.in, err)
			}
		}
	}
}

func TestParseISODateErrors(t *testing.T) {
	for _, tc := range []struct {
		in     string
		offset int
		msg    string
		rng    bool
	}{
		{"2024-13-01", 5, "month 13 out of range", true},
		{"2024-04-31", 8, "day 31 out of range for April", true},
		{"2023-02-29", 8, "day 29 out of range for February 2023", true},
		{"0000-01-01", 0, "year 0 out of range", true},
		{"2024-00-10", 5, "month 0 out of range", true},
		{"2024/01/01", 0, "want YYYY-MM-DD", false},
		{"bad", 0, "want YYYY-MM-DD", false},
	} {
		_, err := calendar.ParseISODate(tc.in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != tc.in || pe.Offset != tc.offset || pe.Msg != tc.msg || errors.Is(err, calendar.ErrRange) != tc.rng {
			t.Errorf("ParseISODate(%q) = %v; want at byte %d %q (ErrRange %v)", tc.in, err, tc.offset, tc.msg, tc.rng)
		}
	}
}
