package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestShowDate(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"2024-02-10"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "2024-02-10 Thứ Bảy\n" +
		"Âm lịch: ngày 1 tháng 1 năm Giáp Thìn (tháng Giêng, tháng Bính Dần, ngày Giáp Thìn)\n" +
		"Ngày làm việc: không — Tết Nguyên Đán (holiday)\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	out.Reset()
	run([]string{"2024-05-04"}, nil, &out, &errb)
	if !strings.Contains(out.String(), "Ngày làm việc: có — Ngày làm bù (workday)") {
		t.Errorf("worked Saturday: %s", out.String())
	}
	if code := run([]string{"2024-13-01"}, nil, &out, &errb); code != 1 {
		t.Errorf("bad date: exit %d", code)
	}
}

func TestJSONLines(t *testing.T) {
	in := strings.NewReader("2024-02-10\n\n2023-04-05\nbad\n")
	var out, errb bytes.Buffer
	code := run([]string{"-json"}, in, &out, &errb)
	want := `{"date":"2024-02-10","lunar_day":1,"lunar_month":1,"lunar_year":2024,"leap":false,"workday":false,"holiday":"Tết Nguyên Đán"}
{"date":"2023-04-05","lunar_day":15,"lunar_month":2,"lunar_year":2023,"leap":true,"workday":true,"holiday":""}
{"date":"bad","error":"calendar: parsing \"bad\" at byte 0: want YYYY-MM-DD"}
`
	if out.String() != want || code != 1 {
		t.Errorf("exit %d, got\n%s\nwant\n%s", code, out.String(), want)
	}
}

func TestListYear(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-year", "2025"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s := out.String()
	for _, line := range []string{
		"Năm 2025 (Ất Tỵ) — lịch nghỉ theo thông báo\n",
		"2025-04-26 Thứ Bảy  làm bù        Ngày làm bù (cho ngày 02/05/2025)\n",
		"2025-05-02 Thứ Sáu  nghỉ hoán đổi Ngày nghỉ (thay cho ngày 26/04/2025)\n",
		"12 ngày nghỉ trong tuần làm việc, 1 ngày nghỉ hằng tuần đi làm bù\n",
	} {
		if !strings.Contains(s, line) {
			t.Errorf("missing %q in\n%s", line, s)
		}
	}
	out.Reset()
	run([]string{"-year", "2030"}, nil, &out, &errb)
	if !strings.Contains(out.String(), "tạm tính") {
		t.Errorf("2030 not marked provisional:\n%s", out.String())
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string // in stderr, besides the usage
	}{
		{[]string{"-h"}, 0, ""},
		{nil, 2, ""},
		{[]string{"2024-02-10", "2024-02-11"}, 2, `unexpected argument "2024-02-11"`},
		{[]string{"-year", "2025", "stray"}, 2, `unexpected argument "stray"`},
		{[]string{"-json", "a.txt", "b.txt"}, 2, `unexpected argument "b.txt"`},
		{[]string{"-json", "-year", "2025"}, 2, ""},
		{[]string{"-year", "2025", "2024-02-10"}, 2, `unexpected argument "2024-02-10"`},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined: -nosuchflag"},
		// The flag package stops at the first argument.
		{[]string{"2024-02-10", "-json"}, 2, "flag -json after the arguments: flags come first"},
		{[]string{"-json", "dates.txt", "--year=2025"}, 2, "flag --year=2025 after the arguments"},
	} {
		var out, errb bytes.Buffer
		code := run(tc.args, strings.NewReader(""), &out, &errb)
		if code != tc.code || !strings.Contains(errb.String(), "usage: amlich YYYY-MM-DD") || !strings.Contains(errb.String(), tc.msg) || out.Len() != 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d and the usage", tc.args, code, out.String(), errb.String(), tc.code)
		}
	}
}

func TestJSONFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dates.txt")
	if err := os.WriteFile(path, []byte("2024-02-10\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"-json", path}, strings.NewReader("bad\n"), &out, &errb)
	want := `{"date":"2024-02-10","lunar_day":1,"lunar_month":1,"lunar_year":2024,"leap":false,"workday":false,"holiday":"Tết Nguyên Đán"}` + "\n"
	if code != 0 || out.String() != want {
		t.Errorf("exit %d, got %q, stderr %q; want %q", code, out.String(), errb.String(), want)
	}
	errb.Reset()
	if code := run([]string{"-json", filepath.Join(t.TempDir(), "missing")}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errb.String())
	}
}

// failWriter fails every write, as a full disk (> /dev/full) does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteError(t *testing.T) {
	for _, args := range [][]string{{"2024-02-10"}, {"-json"}, {"-year", "2025"}} {
		var errb bytes.Buffer
		code := run(args, strings.NewReader("2024-02-10\n"), failWriter{}, &errb)
		if want := "amlich: writing the output: no space left on device\n"; code != 1 || errb.String() != want {
			t.Errorf("%q to a failing writer: exit %d, stderr %q; want 1 and %q", args, code, errb.String(), want)
		}
	}
	// A write error ends -json: the rest of a long input is not read, and
	// the error is reported once.
	for _, line := range []string{"2024-02-10\n", "not a date\n"} {
		in := strings.NewReader(strings.Repeat(line, 1<<20/len(line)))
		var errb bytes.Buffer
		code := run([]string{"-json"}, in, failWriter{}, &errb)
		if want := "amlich: writing the output: no space left on device\n"; code != 1 || errb.String() != want || in.Len() == 0 {
			t.Errorf("-json of %q lines to a failing writer: exit %d, stderr %q, %d bytes left; want 1, %q and the input left unread",
				line, code, errb.String(), in.Len(), want)
		}
	}
}

// TestMain runs the command itself when TestExitStatus re-executes the test
// binary with AMLICH_ARGS set (the arguments, one a line).
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("AMLICH_ARGS"); ok {
		os.Args = []string{"amlich"}
		if args != "" {
			os.Args = append(os.Args, strings.Split(args, "\n")...)
		}
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestExitStatus runs the command as a process: its exit status and its
// standard error, on a pipe or on /dev/full (a disk with no space left).
func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stdin  string
		full   bool // standard output is /dev/full
		code   int
		stderr string // a part of standard error
	}{
		{[]string{"-h"}, "", false, 0, "usage: amlich"},
		{[]string{"2024-02-10"}, "", false, 0, ""},
		{[]string{"-json"}, "2024-02-10\n", false, 0, ""},
		{[]string{"-year", "2025"}, "", false, 0, ""},
		{[]string{"2024-02-30"}, "", false, 1, "amlich: calendar: "},
		{[]string{"-json"}, "2024-02-10\nmai\n", false, 1, ""},
		{[]string{"2024-02-10"}, "", true, 1, "amlich: writing the output: write /dev/stdout: no space left on device"},
		{[]string{"-json"}, "2024-02-10\n", true, 1, "no space left on device"},
		{[]string{"-year", "2025"}, "", true, 1, "no space left on device"},
		{nil, "", false, 2, "usage: amlich"},
		{[]string{"2024-02-10", "stray"}, "", false, 2, `amlich: unexpected argument "stray"`},
		{[]string{"-nosuchflag"}, "", false, 2, "flag provided but not defined: -nosuchflag"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "AMLICH_ARGS="+strings.Join(tc.args, "\n"))
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
			t.Errorf("amlich %q (stdout on /dev/full: %v): exit %d, stderr %q; want exit %d and %q",
				tc.args, tc.full, code, errb.String(), tc.code, tc.stderr)
		}
	}
}
