package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
)

func TestRunPhrases(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		want   string
		unread bool // a phrase holds no time expression or an invalid one
	}{
		{
			"deadline", []string{"-ref", "2025-01-01", "trước ngày 30/6/2025"}, "",
			`"trước ngày 30/6/2025" [0:24] "trước ngày 30/6/2025": deadline before day 2025-06-30, due 2025-06-30; canonical "trước ngày 30/6/2025"` + "\n",
			false,
		},
		{
			"several phrases", []string{"không có ngày nào", "ngày 30 tháng 2 năm 2025", "hằng tháng"}, "",
			`"không có ngày nào": no time expression` + "\n" +
				`"ngày 30 tháng 2 năm 2025": error: calendar: parsing "ngày 30 tháng 2 năm 2025" at byte 6: day 30 out of range for February 2025` + "\n" +
				`"hằng tháng" [0:13] "hằng tháng": recurrence every 1 month; canonical "hằng tháng"` + "\n",
			true,
		},
		{
			// The quarter resolves against the default reference year 2025.
			"stdin lines, blanks skipped", nil, "trong quý II\n\n   \nkhông có ngày nào\n",
			`"trong quý II" [0:13] "trong quý II": deadline within quarter 2025-04-01..2025-06-30, due 2025-06-30; canonical "trong quý II/2025"` + "\n" +
				`"không có ngày nào": no time expression` + "\n",
			true,
		},
		{
			"all", []string{"-all", "-ref", "2024-03-15", "từ ngày 01/4/2024 đến hết ngày 30/6/2024, báo cáo trước ngày 5 hằng tháng"}, "",
			`[0:49] "từ ngày 01/4/2024 đến hết ngày 30/6/2024": period day 2024-04-01..2024-06-30; canonical "từ ngày 01/4/2024 đến ngày 30/6/2024"` + "\n" +
				`[61:91] "trước ngày 5 hằng tháng": recurrence every 1 month on day 5; canonical "trước ngày 5 hằng tháng"` + "\n",
			false,
		},
		{"all, nothing", []string{"-all", "không có ngày nào"}, "", `"không có ngày nào": no time expression` + "\n", true},
		{"all, an invalid date", []string{"-all", "trước ngày 15/12/20251"}, "",
			`[0:26] error: calendar: parsing "trước ngày 15/12/20251" at byte 21: year 20251 out of range` + "\n", true},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := run(tt.args, strings.NewReader(tt.stdin), &out, &errb)
		if tt.unread != errors.Is(err, errUnread) || !tt.unread && err != nil {
			t.Errorf("%s: run: %v (a phrase not read: %v)", tt.name, err, tt.unread)
		}
		if code := exitCode(err, &errb); code != map[bool]int{false: 0, true: 1}[tt.unread] {
			t.Errorf("%s: exit status %d", tt.name, code)
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
	if err := run([]string{"-conform"}, strings.NewReader(in), &out, io.Discard); err != nil {
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
		err := run([]string{"-conform"}, strings.NewReader(tt.in), &out, io.Discard)
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("run -conform on %q: error %v; want %s", tt.in, err, tt.err)
		}
		if out.String() != tt.out {
			t.Errorf("run -conform on %q: output %q; want %q", tt.in, out.String(), tt.out)
		}
	}
}

func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	// run uses its own FlagSet: -h is flag.ErrHelp, for main to exit 0.
	err := run([]string{"-h"}, strings.NewReader(""), &out, &errb)
	if !errors.Is(err, flag.ErrHelp) || exitCode(err, io.Discard) != 0 || !strings.HasPrefix(errb.String(), "usage: vndate [-ref YYYY-MM-DD]") ||
		!strings.Contains(errb.String(), "-conform") || out.Len() != 0 {
		t.Errorf("-h: %v, stderr %q; want flag.ErrHelp and the usage", err, errb.String())
	}
	err = run([]string{"-ref", "2025-13-01", "hôm nay"}, strings.NewReader(""), &out, io.Discard)
	var ue usageError
	var pe *calendar.ParseError
	if !errors.As(err, &ue) || !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "-ref: ") || out.Len() != 0 || exitCode(err, io.Discard) != 2 {
		t.Errorf("bad -ref: %v, output %q; want a usage error wrapping a *calendar.ParseError", err, out.String())
	}
	errb.Reset()
	err = run([]string{"-nosuchflag"}, strings.NewReader(""), &out, &errb)
	var fe flagError
	if !errors.As(err, &fe) || err.Error() != "flag provided but not defined: -nosuchflag" || exitCode(err, io.Discard) != 2 ||
		!strings.Contains(errb.String(), "usage: vndate") {
		t.Errorf("bad flag: %v, stderr %q; want a flagError and the usage", err, errb.String())
	}
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-conform", "stray"}, `unexpected argument "stray"`},
		{[]string{"-f", "x.txt", "trước ngày 30/6/2025"}, `unexpected argument "trước ngày 30/6/2025"`},
		// The flag package stops at the first phrase.
		{[]string{"hằng tháng", "-all"}, "flag -all after the phrases"},
		{[]string{"hằng tháng", "--ref=2024-01-01"}, "flag --ref=2024-01-01 after the phrases"},
		// A flag -conform ignores is an error, not silently dropped.
		{[]string{"-conform", "-ref", "2024-01-01"}, "-ref has no meaning with -conform"},
		{[]string{"-all", "-conform"}, "-all has no meaning with -conform"},
	} {
		errb.Reset()
		out.Reset()
		// The input is not read: the command line is checked first.
		in := strings.NewReader(`{"text":"hằng tháng","ref":"2025-01-01"}` + "\n")
		err = run(tc.args, in, &out, &errb)
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.msg) || exitCode(err, io.Discard) != 2 ||
			!strings.Contains(errb.String(), "usage: vndate") || out.Len() != 0 || in.Len() == 0 {
			t.Errorf("%q: %v, stdout %q, stderr %q; want a usage error (%s) and the usage", tc.args, err, out.String(), errb.String(), tc.msg)
		}
	}
	// After "--" every argument is a phrase, one starting with "-" too.
	out.Reset()
	err = run([]string{"--", "-all"}, strings.NewReader(""), &out, io.Discard)
	if !errors.Is(err, errUnread) || out.String() != `"-all": no time expression`+"\n" {
		t.Errorf(`"--" "-all": %v, output %q; want the phrase "-all" read, and errUnread`, err, out.String())
	}
}

// failWriter fails every write, as a full disk (> /dev/full) does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestRunWriteError(t *testing.T) {
	for _, args := range [][]string{{"trước ngày 30/6/2025"}, {"-conform"}, {"-all", "hằng tháng"}} {
		in := `{"text":"hằng tháng","ref":"2025-01-01"}` + "\n"
		err := run(args, strings.NewReader(in), failWriter{}, io.Discard)
		var errb bytes.Buffer
		if code := exitCode(err, &errb); err == nil || code != 1 || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%q to a failing writer: %v, exit %d, stderr %q; want exit 1 with the error", args, err, code, errb.String())
		}
	}
}

// TestRunWriteErrorStops checks that a write error ends the run: the rest
// of a long input is not read for nothing.
func TestRunWriteErrorStops(t *testing.T) {
	for _, tc := range []struct {
		args []string
		line string
	}{
		{nil, "hằng tháng\n"},
		{[]string{"-conform"}, `{"text":"hằng tháng","ref":"2025-01-01"}` + "\n"},
	} {
		// More than the scanner's first read (1 MiB).
		in := strings.NewReader(strings.Repeat(tc.line, 4<<20/len(tc.line)))
		err := run(tc.args, in, failWriter{}, io.Discard)
		if err == nil || !strings.HasPrefix(err.Error(), "writing the output: ") || in.Len() == 0 {
			t.Errorf("%q to a failing writer: %v, %d bytes of input left unread; want a write error before the end of the input", tc.args, err, in.Len())
		}
	}
}

func TestRunFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "phrases.txt")
	if err := os.WriteFile(path, []byte("trước ngày 30/6/2025\n\nhằng quý\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-f", path}, strings.NewReader("không đọc"), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	want := `"trước ngày 30/6/2025" [0:24] "trước ngày 30/6/2025": deadline before day 2025-06-30, due 2025-06-30; canonical "trước ngày 30/6/2025"` + "\n" +
		`"hằng quý" [0:11] "hằng quý": recurrence every 1 quarter; canonical "hằng quý"` + "\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	cases := filepath.Join(t.TempDir(), "cases.jsonl")
	if err := os.WriteFile(cases, []byte(`{"text":"hằng quý","ref":"2025-01-01"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run([]string{"-conform", "-f", cases}, strings.NewReader("không đọc"), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	want = `{"text":"hằng quý","ref":"2025-01-01", "got": {"kind":"recurrence","every":"quarter","interval":1,"span":[0,11]}}` + "\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("-conform -f: output (-want +got):\n%s", diff)
	}
	err := run([]string{"-f", filepath.Join(t.TempDir(), "missing")}, strings.NewReader(""), &out, io.Discard)
	if !errors.Is(err, fs.ErrNotExist) || exitCode(err, io.Discard) != 1 {
		t.Errorf("missing file: %v", err)
	}
}

// TestMain runs the command itself when TestExitStatus re-executes the test
// binary with VNDATE_ARGS set (the arguments, one a line).
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("VNDATE_ARGS"); ok {
		os.Args = []string{"vndate"}
		if args != "" {
			os.Args = append(os.Args, strings.Split(args, "\n")...)
		}
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestExitStatus runs the command as a process: its exit status and its
// standard error, on a terminal-less standard output or on /dev/full (a
// disk with no space left).
func TestExitStatus(t *testing.T) {
	conformCase := `{"text":"hằng tháng","ref":"2025-01-01"}` + "\n"
	for _, tc := range []struct {
		args   []string
		stdin  string
		full   bool // standard output is /dev/full
		code   int
		stderr string // a part of standard error
	}{
		{[]string{"-h"}, "", false, 0, "usage: vndate"},
		{[]string{"hằng tháng"}, "", false, 0, ""},
		{nil, "hằng tháng\n", false, 0, ""},
		{[]string{"-conform"}, conformCase, false, 0, ""},
		{[]string{"không có ngày nào"}, "", false, 1, "vndate: not every phrase was read"},
		{[]string{"-all"}, "trước ngày 15/12/20251\n", false, 1, "vndate: not every phrase was read"},
		{[]string{"-conform"}, "{\n", false, 1, "vndate: line 1: "},
		{[]string{"hằng tháng"}, "", true, 1, "vndate: writing the output: write /dev/stdout: no space left on device"},
		{[]string{"-conform"}, conformCase, true, 1, "no space left on device"},
		{[]string{"-conform", "stray"}, "", false, 2, `vndate: unexpected argument "stray"`},
		{[]string{"hằng tháng", "-all"}, "", false, 2, "vndate: flag -all after the phrases"},
		{[]string{"-nosuchflag"}, "", false, 2, "flag provided but not defined: -nosuchflag"},
		{[]string{"-ref", "2025-13-01", "hằng tháng"}, "", false, 2, "vndate: -ref: "},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "VNDATE_ARGS="+strings.Join(tc.args, "\n"))
		cmd.Stdin = strings.NewReader(tc.stdin)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if tc.full {
			f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				t.Logf("%q: no /dev/full: %v", tc.args, err)
				continue
			}
			defer f.Close()
			cmd.Stdout = f
		}
		err := cmd.Run()
		var ee *exec.ExitError
		code := 0
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code || !strings.Contains(errb.String(), tc.stderr) || tc.stderr == "" && errb.Len() != 0 {
			t.Errorf("vndate %q (stdout on /dev/full: %v): exit %d, stderr %q; want exit %d and %q",
				tc.args, tc.full, code, errb.String(), tc.code, tc.stderr)
		}
	}
}
