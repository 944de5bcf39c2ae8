package render_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/render"
)

func TestHTMLSeed(t *testing.T) {
	d, r := seed(t, "2024-12-01")
	var b bytes.Buffer
	if err := render.HTML(&b, d, r, &render.Options{Note: "Số liệu tiến độ: thử nghiệm."}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	// Self-contained: no script, no external resource.
	for _, bad := range []string{"<script", "src=", "<link", "http://", "https://", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	for _, want := range []string{
		`<html lang="vi">`,
		"Số: …/BCĐĐA06HP-KSTTHC (dự thảo, chưa vào số)",
		"Hải Phòng, năm 2024 (chưa ghi ngày, tháng)",
		"Số liệu tính đến ngày <b>01/12/2024</b>",
		"Trên số nhiệm vụ đã đến hạn (4)", // 3.4, 3.7.1, 2.3 (with its joint 3.5), 3.7.2
		"Trên tổng số nhiệm vụ (38)",
		"<td>3/4 (75%)</td>",
		"III. Các nhiệm vụ được giao (14 mục)",
		"@page { size: A4;",
		"Đã đưa Kho dữ liệu vào vận hành thử nghiệm &lt;b&gt;&amp;&lt;/b&gt; &#34;bàn giao&#34;.", // escaped
		"77,5% (31/40) ngày 15/10/2024",
		"<h3>7. Sở Y tế</h3>", // an inline assignment: its assignee above its sentence
		`<svg class="bar"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, `<section class="assignment"`); n != 14 {
		t.Errorf("%d assignments, want 14", n)
	}
	if n := strings.Count(page, `<tr class="task">`); n != len(r.Tasks) {
		t.Errorf("%d task rows, want %d", n, len(r.Tasks))
	}
	// The text of an inline assignment is written once.
	if n := strings.Count(page, "Giao Sở Y tế phối hợp với Công an thành phố"); n != 1 {
		t.Errorf("assignment 7's text appears %d times", n)
	}
	// Overdue first, the most days late first: 3.7.1 is done; 3.7.2 (due
	// 30/11) is 1 day late and 3.7 not counted (its parts are).
	over := page[strings.Index(page, `id="qua-han"`):strings.Index(page, "Nhiệm vụ sắp đến hạn")]
	if !strings.Contains(over, "<td>3.7.2</td>") || strings.Contains(over, "<td>2.3</td>") {
		t.Errorf("overdue section:\n%s", over)
	}
	// Dates day first with two digits: no 30/6 beside 30/06 outside the
	// directive's own text.
	composed := regexp.MustCompile(`<td>([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})`)
	for _, m := range composed.FindAllStringSubmatch(page, -1) {
		if len(m[1]) != 10 {
			t.Errorf("date %q is not dd/mm/yyyy", m[1])
		}
	}
}

// TestHTMLFromJSON renders a report read back from JSON: the same page.
func TestRenderFromJSON(t *testing.T) {
	d, r := seed(t, "2024-12-01")
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back directive.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func(w *bytes.Buffer, r *directive.Report) error{
		"html": func(w *bytes.Buffer, r *directive.Report) error { return render.HTML(w, d, r, nil) },
		"csv":  func(w *bytes.Buffer, r *directive.Report) error { return render.CSV(w, r) },
		"ics":  func(w *bytes.Buffer, r *directive.Report) error { return render.ICS(w, r) },
	} {
		var x, y bytes.Buffer
		if err := f(&x, r); err != nil {
			t.Fatal(err)
		}
		if err := f(&y, &back); err != nil {
			t.Fatal(err)
		}
		if x.String() != y.String() {
			t.Errorf("%s differs for the report read back from JSON", name)
		}
	}
}

func TestRenderErrors(t *testing.T) {
	var b bytes.Buffer
	d, r := seed(t, "2024-07-01")
	if render.HTML(&b, nil, r, nil) == nil || render.HTML(&b, d, nil, nil) == nil || render.CSV(&b, nil) == nil || render.ICS(&b, nil) == nil {
		t.Error("nil input accepted")
	}
	for name, err := range map[string]error{
		"html": render.HTML(failWriter{}, d, r, nil),
		"csv":  render.CSV(failWriter{}, r),
		"ics":  render.ICS(failWriter{}, r),
	} {
		if err == nil {
			t.Errorf("%s: write error lost", name)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFull }

var errFull = &writeError{}

type writeError struct{}

func (*writeError) Error() string { return "disk full" }
