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

// Factors returns the scales the scaling benchmarks and test use: 1, 10 and
// 100 times the seed.
func Factors() []int { return []int{1, 10, 100} }

// ScaleResult is the measured cost of one function at each of Factors().
type ScaleResult struct {
	Name    string
	NsPerOp []float64 // per factor of Factors()
	Bytes   []int     // input size per factor
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
	m := ScaleResult{Name: r.Name, Bytes: r.Bytes, NsPerOp: append([]float64(nil), r.NsPerOp...)}
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

// MeasureScaling runs fn under testing.Benchmark on seed repeated by each of
// Factors, rounds times over all factors in turn, and returns its lowest
// ns/op at each scale: the minimum is the estimate least disturbed by other
// work on the machine.
func MeasureScaling(name, seed string, rounds int, fn func(text string)) ScaleResult {
	factors := Factors()
	r := ScaleResult{Name: name, NsPerOp: make([]float64, len(factors))}
	texts := make([]string, len(factors))
	for i, k := range factors {
		texts[i] = Repeat(seed, k)
		r.Bytes = append(r.Bytes, len(texts[i]))
		fn(texts[i]) // warm up outside the measurement
	}
	for round := 0; round < rounds; round++ {
		for i, text := range texts {
			res := testing.Benchmark(func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for j := 0; j < b.N; j++ {
					fn(text)
				}
			})
			if ns := NsPerOp(res); round == 0 || ns < r.NsPerOp[i] {
				r.NsPerOp[i] = ns
			}
		}
	}
	return r
}
