package bench

import (
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
)

// scaled are the functions whose cost must grow linearly with the input:
// each takes the whole (scaled) document text.
func scaled() []struct {
	name string
	fn   func(string)
} {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	reg := agency.Default()
	opt := &agency.Options{}
	if m, ok := reg.Resolve("Ủy ban nhân dân thành phố Hải Phòng", nil); ok {
		opt.Locality = reg.LocalityOf(m.ID)
	}
	popt := &directive.ParseOptions{Registry: reg}
	return []struct {
		name string
		fn   func(string)
	}{
		{"calendar.FindAll", func(s string) { calendar.FindAll(s, ref) }},
		{"agency.Registry.FindAll", func(s string) { reg.FindAll(s, opt) }},
		{"kpi.Find", func(s string) { kpi.Find(s) }},
		{"directive.Parse", func(s string) { _, _ = directive.Parse(s, popt) }},
	}
}

// TestScalingLinear fails when the cost of a document-level function grows
// clearly faster than its input: from 1× to 10× and from 10× to 100× the
// seed, the cost may grow at most 25× (linear growth is 10×). The ratios are
// taken within one run, so machine speed cancels out. A function whose
// ratios exceed the bound is measured again, up to three times in all, and
// each cost is the lowest measured, so that a burst of other work on the
// machine does not fail the test. -short skips it.
func TestScalingLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures with testing.Benchmark")
	}
	restore, err := SetBenchTime("50ms")
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	const bound = 25
	seed := seeds.HaiPhongDeAn06Text()
	for _, s := range scaled() {
		r := MeasureScaling(s.name, seed, 1, s.fn)
		for round := 1; round < 3 && r.MaxGrowth() > bound; round++ {
			r = r.Min(MeasureScaling(s.name, seed, 1, s.fn))
		}
		t.Logf("%-28s 1×: %8.0f ns  10×: %10.0f ns (×%.1f)  100×: %12.0f ns (×%.1f)",
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

func benchScale(b *testing.B, fn func(string), k int) {
	text := Repeat(seeds.HaiPhongDeAn06Text(), k)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		fn(text)
	}
}

func BenchmarkScale(b *testing.B) {
	for _, s := range scaled() {
		for _, k := range Factors() {
			b.Run(s.name+"/"+itoa(k)+"x", func(b *testing.B) { benchScale(b, s.fn, k) })
		}
	}
}

func itoa(k int) string { return string(appendInt(nil, k, 1)) }
