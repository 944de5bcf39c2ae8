package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
)

func TestRunPhrases(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{
			"deadline", []string{"-ref", "2025-01-01", "trước ngày 30/6/2025"}, "",
			`"trước ngày 30/6/2025" [0:24] "trước ngày 30/6/2025": deadline before day 2025-06-30, due 2025-06-30; canonical "trước ngày 30/6/2025"` + "\n",
		},
		{
			"several phrases", []string{"không có ngày nào", "ngày 30 tháng 2 năm 2025", "hằng tháng"}, "",
			`"không có ngày nào": no time expression` + "\n" +
				`"ngày 30 tháng 2 năm 2025": error: calendar: parsing "ngày 30 tháng 2 năm 2025" at byte 6: day 30 out of range for February 2025` + "\n" +
				`"hằng tháng" [0:13] "hằng tháng": recurrence every 1 month; canonical "hằng tháng"` + "\n",
		},
		{
			// The quarter resolves against the default reference year 2025.
			"stdin lines, blanks skipped", nil, "trong quý II\n\n   \nkhông có ngày nào\n",
			`"trong quý II" [0:13] "trong quý II": deadline within quarter 2025-04-01..2025-06-30, due 2025-06-30; canonical "trong quý II/2025"` + "\n" +
				`"không có ngày nào": no time expression` + "\n",
		},
		{
			"all", []string{"-all", "-ref", "2024-03-15", "từ ngày 01/4/2024 đến hết ngày 30/6/2024, báo cáo trước ngày 5 hằng tháng"}, "",
			`[0:49] "từ ngày 01/4/2024 đến hết ngày 30/6/2024": period day 2024-04-01..2024-06-30; canonical "từ ngày 01/4/2024 đến ngày 30/6/2024"` + "\n" +
				`[61:91] "trước ngày 5 hằng tháng": recurrence every 1 month on day 5; canonical "trước ngày 5 hằng tháng"` + "\n",
		},
		{"all, nothing", []string{"-all", "không có ngày nào"}, "", `"không có ngày nào": no time expression` + "\n"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := run(tt.args, strings.NewReader(tt.stdin), &out); err != nil {
			t.Errorf("%s: run: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, out.String()); diff != "" {
			t.Errorf("%s: output (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestRunConform(t *testing.T) {
	in := `{"text": "Hải Phòng, ngày 15 tháng 3 năm 2024", "ref": "2024-03-15", "cat": "header", "want": {"kind": "date"}}

{"text":"không có ngày","ref":"2025-01-01"}
  {"text":"ngày 30 tháng 2 năm 2025","ref":"2025-01-01","want":{"kind":"error"}}
{"ref":"2025-01-01"}
`
	want := `{"text": "Hải Phòng, ngày 15 tháng 3 năm 2024", "ref": "2024-03-15", "cat": "header", "want": {"kind": "date"}, "got": {"kind":"date","grain":"day","from":"2024-03-15","to":"2024-03-15","span":[14,41]}}
{"text":"không có ngày","ref":"2025-01-01", "got": {"kind":"none"}}
{"text":"ngày 30 tháng 2 năm 2025","ref":"2025-01-01","want":{"kind":"error"}, "got": {"kind":"error"}}
{"ref":"2025-01-01", "got": {"kind":"none"}}
`
	var out bytes.Buffer
	if err := run([]string{"-conform"}, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	// Every output line is JSON, and "got" agrees with the library.
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var c struct {
			Text string          `json:"text"`
			Ref  string          `json:"ref"`
			Got  json.RawMessage `json:"got"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Errorf("%s: %v", line, err)
			continue
		}
		e, err := calendar.Parse(c.Text, calendar.MustParseISODate(c.Ref))
		if err != nil {
			continue
		}
		if b, _ := json.Marshal(e); string(b) != string(c.Got) {
			t.Errorf("%s: got %s; want %s", c.Text, c.Got, b)
		}
	}
}

func TestRunConformErrors(t *testing.T) {
	for _, tt := range []struct {
		in, out string
		err     string // the error's start
	}{
		{`{"text":"x","ref":"2025-01-01"}` + "\n" + `{"text":` + "\n", `{"text":"x","ref":"2025-01-01", "got": {"kind":"none"}}` + "\n",
			"line 2: unexpected end of JSON input"},
		{`{"text":"ngày 1/1/2025"}`, "", `line 1: ref: calendar: parsing "" at byte 0: want YYYY-MM-DD`},
		{"\n\n[1]\n", "", "line 3: json: cannot unmarshal array"},
	} {
		var out bytes.Buffer
		err := run([]string{"-conform"}, strings.NewReader(tt.in), &out)
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("run -conform on %q: error %v; want %s", tt.in, err, tt.err)
		}
		if out.String() != tt.out {
			t.Errorf("run -conform on %q: output %q; want %q", tt.in, out.String(), tt.out)
		}
	}
}

func TestRunUsage(t *testing.T) {
	var out bytes.Buffer
	// run uses its own FlagSet: -h is flag.ErrHelp, for main to exit 0.
	if err := run([]string{"-h"}, strings.NewReader(""), &out); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v; want flag.ErrHelp", err)
	}
	err := run([]string{"-ref", "2025-13-01", "hôm nay"}, strings.NewReader(""), &out)
	var ue usageError
	var pe *calendar.ParseError
	if !errors.As(err, &ue) || !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "-ref: ") || out.Len() != 0 {
		t.Errorf("bad -ref: %v, output %q; want a usage error wrapping a *calendar.ParseError", err, out.String())
	}
	err = run([]string{"-nosuchflag"}, strings.NewReader(""), &out)
	var fe flagError
	if !errors.As(err, &fe) || err.Error() != "flag provided but not defined: -nosuchflag" {
		t.Errorf("bad flag: %v; want a flagError", err)
	}
}
