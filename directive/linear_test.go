package directive_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/adversarial"
)

// This file checks that Parse's cost grows linearly on the hostile
// documents of internal/adversarial, at 1×, 10× and 100× a base size, by
// its allocations (count and bytes), which are stable from run to run; the
// benchmarks give the time. (The time of the "phối hợp" run, which was
// quadratic without allocating more, is checked by bench's
// TestScalingLinear.)

// cooperation is the "phối hợp" document k times the base size.
func cooperation(k int) string { return adversarial.Cooperation(100 * k) }

// nested is the nested-numbering document of about k times 10 KB.
func nested(k int) string {
	return adversarial.NestedNumbering(adversarial.NestedNumberingSize(10_000 * k))
}

func parseOp(s string) { _, _ = directive.Parse(s, nil) }

func TestParseLinearCooperation(t *testing.T) {
	adversarial.CheckLinear(t, cooperation, parseOp)
}

func TestParseLinearNestedNumbering(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a 1 MB document")
	}
	adversarial.CheckLinear(t, nested, parseOp)
}

// TestParseNestedNumberingLabels checks the labels of deep numbering: each
// is the number the item prints, as long as the input's.
func TestParseNestedNumberingLabels(t *testing.T) {
	const depth = 300
	// The item above the deepest charges a body with it; the items above
	// charge nobody (they are headings).
	text := adversarial.NestedNumbering(depth)
	k := strings.LastIndex(text, " Làm việc.\n")
	k = strings.LastIndex(text[:k], " Làm việc.\n")
	text = text[:k] + " Giao Sở Nội vụ:\n" + text[k+len(" Làm việc.\n"):]
	d, err := directive.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	labels := labelsOf(d)
	if len(labels) != 2 {
		t.Fatalf("labels %q, want the deepest item as a task of the one above it", labels)
	}
	for i, l := range labels {
		if want := strings.Repeat("1.", depth-1+i)[:2*(depth-1+i)-1]; strings.TrimPrefix(l, "A ") != want {
			t.Errorf("label %d is %d bytes (%.20q…), want %d bytes of \"1.1.…\"", i, len(l), l, len(want))
		}
	}
}

// TestParseCooperationRun checks what the "phối hợp" document reads:
// its one task, led by its assignee, whatever the number of role verbs.
func TestParseCooperationRun(t *testing.T) {
	for _, n := range []int{1, 1000} {
		d, err := directive.Parse(adversarial.Cooperation(n), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Assignments) != 1 || len(d.Assignments[0].Tasks) != 1 {
			t.Fatalf("%d: %d assignments", n, len(d.Assignments))
		}
		if tk := d.Assignments[0].Tasks[0]; len(tk.Lead) != 1 || tk.Lead[0].Name != "Sở Y tế" || len(tk.Cooperating) != 0 {
			t.Errorf("%d: lead %+v, cooperating %+v", n, tk.Lead, tk.Cooperating)
		}
	}
}

func BenchmarkParseCooperation(b *testing.B) {
	for _, k := range adversarial.Factors() {
		b.Run(strconv.Itoa(k)+"x", func(b *testing.B) {
			s := cooperation(k)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				parseOp(s)
			}
		})
	}
}

func BenchmarkParseNestedNumbering(b *testing.B) {
	for _, k := range adversarial.Factors() {
		b.Run(strconv.Itoa(k)+"x", func(b *testing.B) {
			s := nested(k)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				parseOp(s)
			}
		})
	}
}
