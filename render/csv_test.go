package render_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/render"
	"github.com/google/go-cmp/cmp"
)

// TestCSVReadBack reads the CSV back with encoding/csv: a BOM, CRLF line
// ends, a header, and one row per task holding what the report holds.
func TestCSVReadBack(t *testing.T) {
	_, r := seed(t, "2024-12-01")
	var b bytes.Buffer
	if err := render.CSV(&b, r); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	if !strings.HasPrefix(raw, "\ufeff") || !strings.Contains(raw, "\r\n") || strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n\"") {
		t.Fatalf("no BOM or no CRLF: %.80q", raw)
	}
	rd := csv.NewReader(strings.NewReader(strings.TrimPrefix(raw, "\ufeff")))
	rows, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Nhiệm vụ", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Hạn", "Thời hạn", "Tình trạng", "Số ngày quá hạn", "Ngày hoàn thành", "Cùng nhiệm vụ"}
	if diff := cmp.Diff(want, rows[0]); diff != "" {
		t.Errorf("header (-want +got): %s", diff)
	}
	if len(rows)-1 != len(r.Tasks) {
		t.Fatalf("%d rows for %d tasks", len(rows)-1, len(r.Tasks))
	}
	byLabel := map[string][]string{}
	for i, row := range rows[1:] {
		tr := r.Tasks[i]
		if row[0] != tr.Label || row[2] != tr.Text || row[7] != tr.Status.String() {
			t.Errorf("row %d: %q, want task %s", i, row[:3], tr.Label)
		}
		byLabel[row[0]] = row
	}
	for label, want := range map[string][]string{
		"3.4":   {"3.4", "3", "", "Sở Thông tin và Truyền thông", "", "31/05/2024", "31/05/2024 (trước tháng 6/2024)", directive.StatusDoneLate.String(), "12", "12/06/2024", ""},
		"3.7.2": {"3.7.2", "3", "", "Sở Thông tin và Truyền thông", "", "30/11/2024", "30/11/2024", directive.StatusOverdue.String(), "1", "", ""},
		"3.5":   {"3.5", "3", "", "Sở Thông tin và Truyền thông", "", "", "không nêu thời hạn", directive.StatusNoDeadline.String(), "", "", "2.3"},
		"1.1": {"1.1", "1", "", "Thủ trưởng các sở, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân các quận, huyện", "", "",
			"từ năm 2024 trở đi (trong năm 2024 và những năm tiếp theo)", directive.StatusNoDeadline.String(), "", "", ""},
	} {
		got := append([]string(nil), byLabel[label]...)
		if len(got) != len(want) {
			t.Errorf("%s: %q", label, got)
			continue
		}
		got[2] = "" // the text, checked above
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got): %s", label, diff)
		}
	}
	// The inline assignment's text, with its commas and quotes, survives.
	if !strings.HasPrefix(byLabel["7.1"][2], "Giao Sở Y tế phối hợp với Công an thành phố, Bảo hiểm xã hội thành phố") {
		t.Errorf("7.1: %q", byLabel["7.1"][2])
	}
	if !strings.Contains(byLabel["14.1"][2], "“đúng, đủ, sạch, sống”") {
		t.Errorf("14.1: %q", byLabel["14.1"][2])
	}
}
