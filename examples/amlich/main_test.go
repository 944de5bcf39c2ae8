package main

import (
	"bytes"
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
