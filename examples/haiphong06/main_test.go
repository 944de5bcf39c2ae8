package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
)

func TestRunText(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, calendar.MustParseISODate("2024-07-15"), "", false); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"BAN CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN 06 THÀNH PHỐ",
		"14 mục giao nhiệm vụ",
		"2.3  Chủ trì, phối hợp với Cục Cảnh sát",
		"• Thời hạn:  hạn 01/07/2024 (trước ngày 01/7/2024)",
		"• Thời hạn:  hạn 31/05/2024 (trước tháng 6/2024)",
		"• Cùng nhiệm vụ với: 3.1",
		"30/11/2024  3.7.2",
		"TIẾN ĐỘ THỰC HIỆN ĐẾN NGÀY 15/07/2024",
		"MINH HỌA",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestRunAgency(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, calendar.MustParseISODate("2024-07-15"), "sở tư pháp", false); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "6.1") || strings.Contains(s, "    2.3  ") {
		t.Errorf("-agency 'sở tư pháp' output:\n%s", s)
	}
	if err := run(&out, calendar.MustParseISODate("2024-07-15"), "không có cơ quan này", false); err == nil {
		t.Error("an unknown agency is not reported")
	}
}

func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, calendar.MustParseISODate("2024-07-15"), "", true); err != nil {
		t.Fatal(err)
	}
	var got struct {
		AsOf         string         `json:"as_of"`
		Illustrative bool           `json:"progress_is_illustrative"`
		Directive    map[string]any `json:"directive"`
		Report       map[string]any `json:"report"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.AsOf != "2024-07-15" || !got.Illustrative || len(got.Directive["assignments"].([]any)) != 14 || got.Report == nil {
		t.Errorf("JSON: as_of %q illustrative %v report %v", got.AsOf, got.Illustrative, got.Report != nil)
	}
}
