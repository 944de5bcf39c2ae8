package parsed

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite ../testdata/haiphong06.golden.json")

// TestHaiPhongDeAn06Golden compares the parsed seed with the golden JSON,
// checked line by line against the document (go test -update rewrites it;
// review the diff by eye).
func TestHaiPhongDeAn06Golden(t *testing.T) {
	d, err := HaiPhongDeAn06(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("..", "testdata", "haiphong06.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("parsed seed differs from %s (-want +got):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}

// findTask returns the task with the given label.
func findTask(t *testing.T, d *directive.Directive, label string) directive.Task {
	t.Helper()
	var walk func(ts []directive.Task) (directive.Task, bool)
	walk = func(ts []directive.Task) (directive.Task, bool) {
		for _, x := range ts {
			if x.Label == label {
				return x, true
			}
			if y, ok := walk(x.Subtasks); ok {
				return y, true
			}
		}
		return directive.Task{}, false
	}
	for _, a := range d.Assignments {
		if x, ok := walk(a.Tasks); ok {
			return x
		}
	}
	t.Fatalf("no task %s", label)
	return directive.Task{}
}

func names(ps []directive.Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// TestHaiPhongDeAn06Facts checks, one by one, what the seed says: the
// facts the golden file must hold whatever else changes in it.
func TestHaiPhongDeAn06Facts(t *testing.T) {
	d, err := HaiPhongDeAn06(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != 14 {
		t.Fatalf("%d assignments; want 14", len(d.Assignments))
	}
	for i, a := range d.Assignments {
		if want := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"}[i]; a.Label != want {
			t.Errorf("assignment %d label %q; want %q", i, a.Label, want)
		}
		if len(a.Assignees) == 0 || len(a.Tasks) == 0 {
			t.Errorf("assignment %s: %d assignees, %d tasks", a.Label, len(a.Assignees), len(a.Tasks))
		}
	}
	// The header: a draft with a blank number and a year-only date.
	if !d.Number.IsBlank() || d.Number.Symbol() != "BCĐĐA06HP-KSTTHC" {
		t.Errorf("number %q; want blank with symbol BCĐĐA06HP-KSTTHC", d.Number)
	}
	if d.Issued.Expr.Kind != calendar.KindPartial || d.Issued.Expr.Period != calendar.YearPeriod(2024) {
		t.Errorf("issued %+v; want partial, year 2024", d.Issued)
	}
	if d.Place != "Hải Phòng" || d.Type != directive.DocOfficialLetter {
		t.Errorf("place %q type %v", d.Place, d.Type)
	}
	due := func(label string) string {
		x := findTask(t, d, label)
		dd, ok := x.Deadline.Expr.Due()
		if !ok {
			return x.Deadline.Expr.Kind.String()
		}
		return dd.String()
	}
	for _, tt := range []struct{ label, due string }{
		{"2.3", "2024-07-01"},   // Hoàn thành trước ngày 01/7/2024.
		{"3.4", "2024-05-31"},   // Hoàn thành trước tháng 6/2024.
		{"3.7.1", "2024-06-30"}, // … trước ngày 30/6/2024.
		{"3.7.2", "2024-11-30"}, // … trước ngày 30/11/2024.
		{"5.1", "2025-12-31"},   // … trong năm 2025.
	} {
		if got := due(tt.label); got != tt.due {
			t.Errorf("task %s due %s; want %s", tt.label, got, tt.due)
		}
	}
	for _, tt := range []struct {
		label string
		kind  calendar.Kind
	}{
		{"11.1", calendar.KindEvent},   // kịp thời khi có hướng dẫn …
		{"11.2", calendar.KindOngoing}, // Thường xuyên …
	} {
		if k := findTask(t, d, tt.label).Deadline.Expr.Kind; k != tt.kind {
			t.Errorf("task %s deadline kind %v; want %v", tt.label, k, tt.kind)
		}
	}
	// "hàng tuần, hàng tháng" in 1.1.
	var rec []string
	for _, x := range findTask(t, d, "1.1").Times {
		if x.Expr.Kind == calendar.KindRecurrence {
			rec = append(rec, x.Text)
		}
	}
	if diff := cmp.Diff([]string{"hàng tuần", "hàng tháng"}, rec); diff != "" {
		t.Errorf("1.1 recurrences (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		label  string
		op     kpi.Op
		value  kpi.Percent
		metric string
	}{
		{"3.7.1", kpi.OpGE, kpi.Whole(100), "hệ thống thông tin giải quyết thủ tục hành chính"},
		{"3.7.2", kpi.OpGE, kpi.Whole(100), "hệ thống thông tin"},
		{"4.3", kpi.OpGE, kpi.Whole(100), "người dân đã có tài khoản"},
		{"5.2", kpi.OpGE, kpi.Whole(10), "tổng số thu"},
		{"11.2", kpi.OpGE, kpi.Whole(100), "người tham gia"},
	} {
		x := findTask(t, d, tt.label)
		if len(x.Targets) != 1 {
			t.Errorf("task %s: %d targets; want 1", tt.label, len(x.Targets))
			continue
		}
		g := x.Targets[0]
		if g.Op != tt.op || g.Value != tt.value || !strings.HasPrefix(g.Metric, tt.metric) {
			t.Errorf("task %s target %v; want %v %v %q…", tt.label, g, tt.op, tt.value, tt.metric)
		}
	}
	// Roles.
	for _, tt := range []struct {
		label      string
		lead, coop []string
	}{
		{"2.3", []string{"Công an thành phố"}, []string{"Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an", "các cơ quan, đơn vị liên quan"}},
		{"2.4", []string{"Sở Thông tin và Truyền thông", "đơn vị hướng dẫn thuộc Bộ Thông tin và Truyền thông, Bộ Công an"}, []string{"Công an thành phố"}},
		{"3.8", []string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Công an thành phố", "các cơ quan, đơn vị, địa phương"}, []string{"Sở Thông tin và Truyền thông"}},
		{"7.1", []string{"Sở Y tế"}, []string{"Công an thành phố", "Bảo hiểm xã hội thành phố"}},
		{"10.1", []string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư"}, []string{"Công an thành phố", "Sở Thông tin và Truyền thông"}},
	} {
		x := findTask(t, d, tt.label)
		if diff := cmp.Diff(tt.lead, names(x.Lead)); diff != "" {
			t.Errorf("task %s lead (-want +got):\n%s", tt.label, diff)
		}
		if diff := cmp.Diff(tt.coop, names(x.Cooperating)); diff != "" {
			t.Errorf("task %s cooperating (-want +got):\n%s", tt.label, diff)
		}
	}
	// The joint task of sections 2 and 3.
	if j := findTask(t, d, "2.4").Joint; !slicesContain(j, "3.1") {
		t.Errorf("2.4 joint %v; want 3.1", j)
	}
	if j := findTask(t, d, "3.1").Joint; !slicesContain(j, "2.4") {
		t.Errorf("3.1 joint %v; want 2.4", j)
	}
	// The signature and the distribution list.
	s := d.Signature
	if len(s.Lines) < 2 || s.Lines[0].Form != directive.SignOnBehalf || s.Lines[1].Form != directive.SignForHead ||
		s.Authority != "BAN CHỈ ĐẠO" || s.Title != "PHÓ TRƯỞNG BAN THỨ NHẤT" || s.Name != "Hoàng Minh Cường" {
		t.Errorf("signature %+v", s)
	}
	if len(d.Distribution) != 13 || d.Distribution[0] != "Như trên" || d.Distribution[12] != "Lưu: VT, KSTTHC5" {
		t.Errorf("distribution %q; want 13 entries from Như trên to Lưu: VT, KSTTHC5", d.Distribution)
	}
	for _, w := range d.Warnings {
		t.Errorf("warning: %s", w.Msg)
	}
}

func slicesContain(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
