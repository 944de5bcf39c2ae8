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

// TestScalingLinear fails when the cost of a document-level operation grows
// clearly faster than its input: from 1× to 10× and from 10× to 100× the
// seed, the cost may grow at most 25× (linear growth is 10×). The ratios are
// taken within one run, so machine speed cancels out. Each cost is the
// lowest of two measurements; an operation whose ratios exceed the bound by
// less than 4× is measured again, up to five times in all, so that a burst of
// other work on the machine does not fail the test (growth beyond 4× the
// bound is not noise and is not measured again, which keeps a failing run
// short). -short skips it.
func TestScalingLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures with testing.Benchmark")
	}
	restore, err := SetBenchTime("80ms")
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	const bound = 25
	for _, s := range scaled(t) {
		r := MeasureScaling(s.name, 2, s.prepare)
		for round := 2; round < 5 && r.MaxGrowth() > bound && r.MaxGrowth() <= 4*bound; round++ {
			r = r.Min(MeasureScaling(s.name, 1, s.prepare))
		}
		t.Logf("%-24s 1×: %10.0f ns  10×: %12.0f ns (×%.1f)  100×: %14.0f ns (×%.1f)",
			r.Name, r.NsPerOp[0], r.NsPerOp[1], r.Growth(1), r.NsPerOp[2], r.Growth(2))
		f := Factors()
		for i := 1; i < len(f); i++ {
			if g := r.Growth(i); g > bound {
				t.Errorf("%s: %d× → %d× the seed costs ×%.1f (bound %d, linear 10)",
					r.Name, f[i-1], f[i], g, bound)
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
