package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/directive"
)

// evening is 20:00 UTC on 14 July 2024: already 15 July in Vietnam.
var evening = time.Date(2024, 7, 14, 20, 0, 0, 0, time.UTC)

// runCLI runs the command and returns its exit status, output and errors.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := cli(args, strings.NewReader(""), &out, &errs, evening)
	return code, out.String(), errs.String()
}

func TestSeedText(t *testing.T) {
	code, out, errs := runCLI(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"BAN CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN 06 THÀNH PHỐ",
		"14 mục giao nhiệm vụ",
		"2.3  Chủ trì, phối hợp với Cục Cảnh sát",
		"• Thời hạn:  01/07/2024\n",
		"• Thời hạn:  31/05/2024 (trước tháng 6/2024)",
		"• Thời hạn:  thường xuyên\n",
		"• Chỉ tiêu:  100% hệ thống thông tin giải quyết thủ tục hành chính\n",
		"• Chỉ tiêu:  tối thiểu 10% tổng số thu",
		"• Cùng nhiệm vụ với: 3.1",
		"    7.1  (nội dung như trên)",
		"TIẾN ĐỘ THỰC HIỆN ĐẾN NGÀY 15/07/2024", // today in Vietnam, not in UTC
		"Chưa có số liệu tiến độ",
		// "4.3 Phối hợp với các cơ quan liên quan …": the department
		// assigned leads, the open group cooperates.
		"    4.3  Phối hợp với các cơ quan liên quan",
		"• Chủ trì:   Sở Lao động - Thương binh và Xã hội\n         • Phối hợp:  các cơ quan liên quan\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The lines the tracker composes (not the directive's own text) write
	// no operator sign, no kind twice, and dates only as dd/mm/yyyy.
	for _, l := range strings.Split(out, "\n") {
		if !strings.Contains(l, "•") && !strings.Contains(l, "Hạn:") && !strings.HasPrefix(l, "Số liệu") {
			continue
		}
		for _, bad := range []string{"≥", "thường xuyên (", "/1/", "/2/", "/3/", "/4/", "/5/", "/6/", "/7/", "/8/", "/9/"} {
			if strings.Contains(l, bad) {
				t.Errorf("composed line holds %q: %s", bad, l)
			}
		}
	}
	if strings.Contains(out, "\n    7.1  phối hợp") {
		t.Error("the inline assignment 7 prints its text twice")
	}
}

func TestFlagsAfterArgument(t *testing.T) {
	doc := filepath.Join("..", "..", "directive", "testdata", "02_cd-220-ttg-cat-giam-tthc.txt")
	a, outA, errA := runCLI(t, doc, "-asof", "2024-07-15", "-format", "csv")
	b, outB, errB := runCLI(t, "-asof", "2024-07-15", "-format", "csv", "-in", doc)
	if a != 0 || b != 0 {
		t.Fatalf("exit %d, %d: %s %s", a, b, errA, errB)
	}
	if outA != outB || !strings.HasPrefix(outA, "\ufeffNhiệm vụ,") {
		t.Errorf("flags after the file are not read:\n%.200s", outA)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-h"}, 0, "Cách dùng: haiphong06"},
		{[]string{"-agency", " "}, 2, `-agency " ": names no agency`},
		{[]string{"-format", "pdf"}, 2, `-format "pdf": want one of text, json, html, csv, ics`},
		{[]string{"-asof", "15/07/2024"}, 2, `-asof "15/07/2024"`},
		{[]string{"a.txt", "b.txt"}, 2, "one directive file at most"},
		{[]string{"-in", "a.txt", "b.txt"}, 2, "the directive is given twice"},
		{[]string{"-nope"}, 2, "flag provided but not defined: -nope"},
		{[]string{"-in", "does-not-exist.txt"}, 1, "-in: open does-not-exist.txt"},
		{[]string{"-progress", "does-not-exist.json"}, 1, "-progress: open does-not-exist.json"},
		{[]string{"-agency", "Cơ quan không có"}, 1, `-agency "Cơ quan không có": no task`},
	} {
		code, _, errs := runCLI(t, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d with %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
}

func TestBadProgress(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ body, want string }{
		{`{"completion": []}`, `unknown field "completion"`},
		{`{"completions": [{"task": "2.3", "date": "2024-13-01"}]}`, "2024-13-01"},
		{`{"completions": [`, "not JSON at byte"},
	} {
		f := filepath.Join(dir, "p.json")
		if err := os.WriteFile(f, []byte(tc.body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, "-progress", f)
		if code != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", tc.body, code, errs, tc.want)
		}
	}
	// A task the directive does not have is reported, not ignored.
	f := filepath.Join(dir, "p.json")
	os.WriteFile(f, []byte(`{"completions": [{"task": "99.1", "date": "2024-06-01"}]}`), 0o644)
	code, out, errs := runCLI(t, "-progress", f, "-asof", "2024-07-15")
	if code != 0 || !strings.Contains(errs, `progress names task "99.1"`) || !strings.Contains(out, "Nhiệm vụ 99.1: số liệu tiến độ ghi cho nhiệm vụ không có trong văn bản") {
		t.Errorf("unknown task: exit %d, stderr %q", code, errs)
	}
}

func TestExampleProgress(t *testing.T) {
	code, out, errs := runCLI(t, "-progress", "progress.example.json", "-asof", "2024-10-31", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		AsOf     string             `json:"as_of"`
		Report   directive.Report   `json:"report"`
		Progress directive.Progress `json:"progress"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	r := got.Report
	if got.AsOf != "2024-10-31" || len(got.Progress.Completions) != 3 || r.Totals.DoneOnTime != 2 || r.Totals.DoneLate != 1 {
		t.Errorf("as of %s, %d completions, totals %+v", got.AsOf, len(got.Progress.Completions), r.Totals)
	}
	for _, p := range r.Problems {
		if p.Kind == directive.ProblemUnknownTask || p.Kind == directive.ProblemUnknownTarget {
			t.Errorf("the example progress does not fit the seed: %v", p)
		}
	}
	met := map[string]string{}
	for _, g := range r.Targets {
		met[g.Task] = g.Evaluation.Status.String()
	}
	if met["3.7.1"] != "met" || met["3.7.2"] != "on_track" || met["4.3"] != "at_risk" {
		t.Errorf("targets: %v", met)
	}
}

func TestAgencyFilter(t *testing.T) {
	for _, q := range []string{"Sở TT&TT", "hp.so-tttt", "so thong tin va truyen thong"} {
		code, out, errs := runCLI(t, "-agency", q, "-format", "csv", "-asof", "2024-07-15")
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", q, code, errs)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, r := range rows[1:] {
			if !strings.Contains(r[3]+r[4], "Sở Thông tin và Truyền thông") {
				t.Errorf("%q: row %s is not a task of the department", q, r[0])
			}
			labels = append(labels, r[0])
		}
		if len(labels) != 12 {
			t.Errorf("%q: %d tasks %v, want the 12 the department leads or cooperates on", q, len(labels), labels)
		}
	}
}

// TestEveryDocumentEveryFormat runs the command on the documents of
// directive/testdata (the corpus included when present) in every format.
func TestEveryDocumentEveryFormat(t *testing.T) {
	docs, _ := filepath.Glob(filepath.Join("..", "..", "directive", "testdata", "*.txt"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "directive", "testdata", "corpus", "*.txt"))
	docs = append(docs, corpus...)
	if len(docs) < 4 {
		t.Fatalf("%d documents", len(docs))
	}
	// Every document in text, and each in one more format, in turn, so
	// that every format meets many documents without parsing each five
	// times.
	for i, doc := range docs {
		for _, f := range []string{"text", formats[1+i%(len(formats)-1)]} {
			code, out, errs := runCLI(t, "-in", doc, "-format", f, "-progress", "progress.example.json", "-asof", "2025-01-01")
			if code != 0 || out == "" {
				t.Errorf("%s -format %s: exit %d: %s", doc, f, code, errs)
			}
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, f := range formats {
		var errs bytes.Buffer
		if code := cli([]string{"-format", f}, strings.NewReader(""), failWriter{}, &errs, evening); code != 1 || !strings.Contains(errs.String(), "disk full") {
			t.Errorf("-format %s: exit %d, stderr %q", f, code, errs.String())
		}
	}
}

func TestStdin(t *testing.T) {
	var out, errs bytes.Buffer
	text := "Số: 12/CT-UBND\nCHỈ THỊ\n1. Giao Sở Y tế hoàn thành trước ngày 30/6/2024.\n"
	if code := cli([]string{"-in", "-", "-asof", "2024-07-15"}, strings.NewReader(text), &out, &errs, evening); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.Contains(out.String(), "Quá hạn 15 ngày") {
		t.Errorf("stdin:\n%s", out.String())
	}
}
