package bench

import (
	"flag"
	"strings"
	"testing"
)

// Repeat returns text repeated k times, separated by a blank line: the
// scaled inputs of the scaling benchmarks (1×, 10×, 100× the seed).
func Repeat(text string, k int) string {
	var b strings.Builder
	b.Grow(k * (len(text) + 2))
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text)
	}
	return b.String()
}

// RepeatBody returns text with its body text[start:end] repeated k times
// (separated by a blank line) between the head text[:start] and the tail
// text[end:]: a document k times longer that is still one document — one
// header, k times the assignments, one closing and signature block.
func RepeatBody(text string, start, end, k int) string {
	body := strings.TrimRight(text[start:end], "\n")
	return text[:start] + Repeat(body, k) + text[end:]
}

// Factors returns the scales the scaling benchmarks and test use: 1, 10 and
// 100 times the seed.
func Factors() []int { return []int{1, 10, 100} }

// ScaleResult is the measured cost of one function at each of Factors().
type ScaleResult struct {
	Name    string
	NsPerOp []float64 // per factor of Factors()
}

// Growth returns the ratio of the cost at Factors()[i] to that at
// Factors()[i-1].
func (r ScaleResult) Growth(i int) float64 {
	return r.NsPerOp[i] / r.NsPerOp[i-1]
}

// SetBenchTime sets the benchmark time testing.Benchmark uses (the
// -test.benchtime flag) and returns a function that restores it. It needs the
// testing flags to be registered: in a test binary they are; a program must
// call testing.Init first.
func SetBenchTime(d string) (restore func(), err error) {
	f := flag.Lookup("test.benchtime")
	if f == nil {
		testing.Init()
		f = flag.Lookup("test.benchtime")
	}
	old := f.Value.String()
	if err := flag.Set("test.benchtime", d); err != nil {
		return nil, err
	}
	return func() { _ = flag.Set("test.benchtime", old) }, nil
}

// Min returns r with each cost the lower of r's and o's (o measures the same
// function on the same inputs).
func (r ScaleResult) Min(o ScaleResult) ScaleResult {
	m := ScaleResult{Name: r.Name, NsPerOp: append([]float64(nil), r.NsPerOp...)}
	for i, v := range o.NsPerOp {
		if v < m.NsPerOp[i] {
			m.NsPerOp[i] = v
		}
	}
	return m
}

// MaxGrowth returns the largest of r's growth ratios between successive
// factors.
func (r ScaleResult) MaxGrowth() float64 {
	g := 0.0
	for i := 1; i < len(r.NsPerOp); i++ {
		g = max(g, r.Growth(i))
	}
	return g
}

// TextOp returns a preparation for MeasureScaling that runs fn on seed
// repeated k times (see Repeat).
func TextOp(seed string, fn func(text string)) func(k int) func() {
	return func(k int) func() {
		text := Repeat(seed, k)
		return func() { fn(text) }
	}
}

// MeasureScaling measures, under testing.Benchmark, the operation prepare(k)
// returns for each k of Factors (the preparation is not measured), rounds
// times over all factors in turn, and returns its lowest ns/op at each scale:
// the minimum is the estimate least disturbed by other work on the machine.
func MeasureScaling(name string, rounds int, prepare func(k int) func()) ScaleResult {
	factors := Factors()
	r := ScaleResult{Name: name, NsPerOp: make([]float64, len(factors))}
	ops := make([]func(), len(factors))
	for i, k := range factors {
		ops[i] = prepare(k)
		if k == 1 {
			ops[i]() // warm up caches outside the measurement
		}
	}
	for round := 0; round < rounds; round++ {
		for i, op := range ops {
			res := testing.Benchmark(func(b *testing.B) {
				for j := 0; j < b.N; j++ {
					op()
				}
			})
			if ns := NsPerOp(res); round == 0 || ns < r.NsPerOp[i] {
				r.NsPerOp[i] = ns
			}
		}
	}
	return r
}
