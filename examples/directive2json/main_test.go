package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const seed = "../../seeds/haiphong-bcd-de-an-06-2024.txt"

func checkSeedJSON(t *testing.T, out []byte) {
	t.Helper()
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	for _, k := range []string{"number", "doc_type", "issuer", "place", "issued", "subject", "recipients",
		"references", "assignments", "distribution", "signature", "warnings"} {
		if _, ok := got[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if n := len(got["assignments"].([]any)); n != 14 {
		t.Errorf("%d assignments; want 14", n)
	}
	if got["number"] != "/BCĐĐA06HP-KSTTHC" {
		t.Errorf("number %v", got["number"])
	}
}

func TestRunSeed(t *testing.T) {
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-"}} {
		var out, errOut bytes.Buffer
		if code := run(args, bytes.NewReader(text), &out, &errOut); code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, errOut.String())
		}
		checkSeedJSON(t, out.Bytes())
	}
	var out, errOut bytes.Buffer
	if code := run([]string{seed}, strings.NewReader("ignored"), &out, &errOut); code != 0 {
		t.Fatalf("run(file) = %d: %s", code, errOut.String())
	}
	checkSeedJSON(t, out.Bytes())
}

func TestRunErrors(t *testing.T) {
	for _, in := range []string{"", "   \n", "Hôm nay trời đẹp."} {
		var out, errOut bytes.Buffer
		if code := run(nil, strings.NewReader(in), &out, &errOut); code != 1 {
			t.Errorf("run(%q) = %d; want 1", in, code)
		}
		if out.Len() != 0 {
			t.Errorf("run(%q) wrote %q", in, out.String())
		}
		if !strings.HasPrefix(errOut.String(), "directive2json: ") {
			t.Errorf("run(%q) reported %q", in, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"no/such/file.txt"}, strings.NewReader(""), &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "no/such/file.txt") {
		t.Errorf("missing file: %d, %q", code, errOut.String())
	}
}

func TestRunUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		msg  string // on standard error, before the usage
	}{
		{[]string{"-h"}, 0, ""},
		{[]string{"-help"}, 0, ""},
		{[]string{"a.txt", "b.txt"}, 2, `directive2json: unexpected argument "b.txt"`},
		{[]string{"-score", "dir", "a.txt"}, 2, `directive2json: unexpected argument "a.txt"`},
		{[]string{"-x"}, 2, "directive2json: flag provided but not defined: -x"},
		{[]string{"-score"}, 2, "directive2json: flag needs an argument: -score"},
	} {
		var out, errOut bytes.Buffer
		code := run(c.args, strings.NewReader(""), &out, &errOut)
		if code != c.code {
			t.Errorf("run(%q) = %d; want %d", c.args, code, c.code)
		}
		if c.code == 0 {
			if out.String() != usage || errOut.Len() != 0 {
				t.Errorf("run(%q): stdout %q, stderr %q; want the usage on stdout", c.args, out.String(), errOut.String())
			}
			continue
		}
		if out.Len() != 0 || errOut.String() != c.msg+"\n"+usage {
			t.Errorf("run(%q): stdout %q, stderr %q", c.args, out.String(), errOut.String())
		}
	}
}

// failWriter fails every write, as standard output redirected to /dev/full
// does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestRunWriteError(t *testing.T) {
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-h"}, {"-score", "testdata/score"}} {
		var errOut bytes.Buffer
		if code := run(args, bytes.NewReader(text), failWriter{}, &errOut); code != 1 {
			t.Errorf("run(%q) to a failing writer = %d; want 1", args, code)
		}
		if !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("run(%q) to a failing writer reported %q", args, errOut.String())
		}
	}
}

// TestRunScore scores testdata/score: a small made-up directive with gold,
// one with metadata, one with neither, and a text the parser rejects.
func TestRunScore(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-score", "testdata/score"}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 4+4+8 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	for i, re := range []string{
		`^gold\.txt  number ok  issued ok  assignments got \d+ gold 2  tasks got \d+ gold 3  assignee \d\.\d\d  body \d\.\d\d  cooperating \d\.\d\d  time \d\.\d\d  target \d\.\d\d  task-count error \d+\.\d\d$`,
		`^meta\.txt  number (ok|FAIL)  issued (ok|FAIL)  assignments \d+  tasks \d+  \(metadata\)$`,
		`^none\.txt  \(no gold, no metadata\)  assignments \d+  tasks \d+$`,
		`^prose\.txt  number FAIL  assignments 0  tasks 0  \(metadata\)  parse error: .+$`,
		`^mean over 3 documents: assignee F1 \d\.\d\d, body F1 \d\.\d\d, cooperating F1 \d\.\d\d, time F1 \d\.\d\d, target F1 \d\.\d\d, number \d\.\d\d, issued \d\.\d\d$`,
		`^1 document with gold, 2 with metadata only; task-count error \d+\.\d\d over the gold documents$`,
		`^cut or run-on names over the gold assignees: \d+ of 3 \(\d\.\d{3}\): cut \d+, run-on \d+; exact \d+, split or joined at punctuation \d+, other or missed \d+$`,
		`^table rows of the gold \(PL- assignments\): 0 rows in 0 documents; found 0; lead right 0 \(n/a\); cooperating right 0 \(n/a\); time right 0 \(n/a\)$`,
		`^plausibility over 4 documents \(no gold needed\):$`,
		`^  documents the parser rejects: 1 of 4 documents \(0\.250\)$`,
		`^  outputs that fail to marshal: 0 of 4 documents \(0\.000\)$`,
	} {
		if !regexp.MustCompile(re).MatchString(lines[i]) {
			t.Errorf("line %d = %q; want %s", i+1, lines[i], re)
		}
	}
}

func TestRunScoreErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		files map[string]string
		msg   string
	}{
		{nil, "no .txt documents in"},
		{map[string]string{"a.txt": "x", "b.gold.json": "{}"}, "b.gold.json: gold without its text b.txt"},
		{map[string]string{"a.txt": "x", "a.gold.json": `{"number": 3}`}, `a.gold.json: directivescore: number: want a string or null: "3"`},
		{map[string]string{"a.txt": "x", "meta.jsonl": `{"file": "a.txt", "issued": "2025"}`}, `meta.jsonl: directivescore: at byte 0: issue date "2025"`},
	} {
		for _, e := range []string{"a.txt", "b.gold.json", "a.gold.json", "meta.jsonl"} {
			os.Remove(filepath.Join(dir, e))
		}
		for n, s := range c.files {
			write(n, s)
		}
		var out, errOut bytes.Buffer
		if code := run([]string{"-score", dir}, strings.NewReader(""), &out, &errOut); code != 1 {
			t.Errorf("%v: exit %d; want 1", c.files, code)
		}
		if !strings.Contains(errOut.String(), c.msg) {
			t.Errorf("%v: %q; want %q", c.files, errOut.String(), c.msg)
		}
	}
}
