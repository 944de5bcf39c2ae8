package bench

import (
	"strconv"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
)

type scaledOp struct {
	name    string
	prepare func(k int) func()
}

// scaled are the operations whose cost must grow linearly with the input:
// the text finders over the seed repeated k times, directive.Parse over the
// seed with its assignments repeated k times, and the status report over the
// seed's directive with its assignments repeated k times.
func scaled(t testing.TB) []scaledOp {
	seed := seeds.HaiPhongDeAn06Text()
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	reg := agency.Default()
	opt := &agency.Options{}
	if m, ok := reg.Resolve("Ủy ban nhân dân thành phố Hải Phòng", nil); ok {
		opt.Locality = reg.LocalityOf(m.ID)
	}
	popt := &directive.ParseOptions{Registry: reg}
	d, err := directive.Parse(seed, popt)
	if err != nil {
		t.Fatal(err)
	}
	asOf := calendar.Date{Year: 2024, Month: time.July, Day: 1}
	return []scaledOp{
		{"calendar.FindAll", TextOp(seed, func(s string) { calendar.FindAll(s, ref) })},
		{"agency.Registry.FindAll", TextOp(seed, func(s string) { reg.FindAll(s, opt) })},
		{"kpi.Find", TextOp(seed, func(s string) { kpi.Find(s) })},
		{"directive.Parse", func(k int) func() {
			doc := repeatAssignments(seed, d, k)
			return func() { _, _ = directive.Parse(doc, popt) }
		}},
		{"directive.NewReport", func(k int) func() {
			dk, p := repeatDirective(d, k, asOf)
			return func() { directive.NewReport(dk, p, asOf, nil) }
		}},
	}
}

// repeatAssignments returns the seed text with the source of its
// assignments (as parsed into d) repeated k times: one document k times
// longer. (Repeating the whole text would make a document that ends after the
// first copy's signature block, which Parse reads as trailing text.)
func repeatAssignments(seed string, d *directive.Directive, k int) string {
	as := d.Assignments
	return RepeatBody(seed, as[0].Span.Start, as[len(as)-1].Span.End, k)
}

// repeatDirective returns d with its assignments repeated k times, the
// copies' labels prefixed with their number ("2/3.7"), and a progress that
// completes every third leaf task a week before asOf.
func repeatDirective(d *directive.Directive, k int, asOf calendar.Date) (*directive.Directive, *directive.Progress) {
	out := *d
	out.Assignments = nil
	var p directive.Progress
	leaf := 0
	var relabel func(prefix string, ts []directive.Task) []directive.Task
	relabel = func(prefix string, ts []directive.Task) []directive.Task {
		out := make([]directive.Task, len(ts))
		for i, t := range ts {
			t.Label = prefix + t.Label
			joint := make([]string, len(t.Joint))
			for j, l := range t.Joint {
				joint[j] = prefix + l
			}
			t.Joint = joint
			t.Subtasks = relabel(prefix, t.Subtasks)
			if len(t.Subtasks) == 0 {
				if leaf%3 == 0 {
					p = p.Complete(t.Label, "", asOf.AddDays(-7))
				}
				leaf++
			}
			out[i] = t
		}
		return out
	}
	for c := 1; c <= k; c++ {
		prefix := strconv.Itoa(c) + "/"
		for _, a := range d.Assignments {
			a.Label = prefix + a.Label
			a.Tasks = relabel(prefix, a.Tasks)
			out.Assignments = append(out.Assignments, a)
		}
	}
	return &out, &p
}

// TestScalingLinear fails when what a document-level operation allocates
// grows clearly faster than its input: from 1× to 10× and from 10× to 100×
// the seed, its allocations and the bytes it allocates may grow at most 25×
// (linear growth is 10×). It bounds allocations, not time: the time of one
// call depends on the other work of the machine (on a shared 2-CPU machine,
// agency's 10× → 100× took ×27 in one run of ten while a fuzzer ran), what
// it allocates does not. No measured call finds working memory ready for
// it (see MeasureAllocScaling): agency's scratch regrown step by step after
// a 1× call, as it was, allocates ×27 from 1× to 10× and fails.
// BenchmarkScale measures the time.
func TestScalingLinear(t *testing.T) {
	const bound = 25
	for _, s := range scaled(t) {
		r := MeasureAllocScaling(s.name, s.prepare)
		f := Factors()
		for i := range f {
			t.Logf("%-24s %3d×: %9.0f allocs %12.0f B", r.Name, f[i], r.Allocs[i], r.Bytes[i])
		}
		for i := 1; i < len(f); i++ {
			n, b := r.AllocGrowth(i)
			if n > bound {
				t.Errorf("%s: %d× → %d× the seed allocates ×%.1f as often (bound %d, linear 10)", r.Name, f[i-1], f[i], n, bound)
			}
			if b > bound {
				t.Errorf("%s: %d× → %d× the seed allocates ×%.1f the bytes (bound %d, linear 10)", r.Name, f[i-1], f[i], b, bound)
			}
		}
	}
}

// BenchmarkScale runs every scaled operation at 1×, 10× and 100× the seed:
//
//	go test -run '^$' -bench Scale -benchmem
func BenchmarkScale(b *testing.B) {
	for _, s := range scaled(b) {
		for _, k := range Factors() {
			b.Run(s.name+"/"+strconv.Itoa(k)+"x", func(b *testing.B) {
				op := s.prepare(k)
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					op()
				}
			})
		}
	}
}

// countTasks counts ts and their subtasks.
func countTasks(ts []directive.Task) int {
	n := len(ts)
	for _, t := range ts {
		n += countTasks(t.Subtasks)
	}
	return n
}

// TestRepeatAssignments checks that the scaled document of the directive.Parse
// scaling benchmark is read in full: k times the assignments and tasks, and
// no more warnings than the seed's.
func TestRepeatAssignments(t *testing.T) {
	seed := seeds.HaiPhongDeAn06Text()
	d, err := directive.Parse(seed, nil)
	if err != nil {
		t.Fatal(err)
	}
	tasks := func(d *directive.Directive) int {
		n := 0
		for _, a := range d.Assignments {
			n += countTasks(a.Tasks)
		}
		return n
	}
	d10, err := directive.Parse(repeatAssignments(seed, d, 10), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d10.Assignments) != 10*len(d.Assignments) || tasks(d10) != 10*tasks(d) {
		t.Errorf("10× document: %d assignments, %d tasks; want %d, %d",
			len(d10.Assignments), tasks(d10), 10*len(d.Assignments), 10*tasks(d))
	}
	if len(d10.Warnings) > len(d.Warnings) {
		t.Errorf("10× document: %d warnings, the seed %d", len(d10.Warnings), len(d.Warnings))
	}
}

func TestRepeatDirective(t *testing.T) {
	d, err := directive.Parse(seeds.HaiPhongDeAn06Text(), nil)
	if err != nil {
		t.Fatal(err)
	}
	asOf := calendar.Date{Year: 2024, Month: time.July, Day: 1}
	d3, p := repeatDirective(d, 3, asOf)
	if len(d3.Assignments) != 3*len(d.Assignments) {
		t.Fatalf("%d assignments, want %d", len(d3.Assignments), 3*len(d.Assignments))
	}
	if len(p.Completions) == 0 {
		t.Fatal("no completions")
	}
	r1, err1 := directive.NewReport(d, nil, asOf, nil)
	r3, err3 := directive.NewReport(d3, nil, asOf, nil)
	if err1 != nil || err3 != nil {
		t.Fatal(err1, err3)
	}
	if len(r3.Tasks) != 3*len(r1.Tasks) {
		t.Errorf("report over 3 copies has %d tasks, want %d", len(r3.Tasks), 3*len(r1.Tasks))
	}
}
