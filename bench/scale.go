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

// Factors are the scales the scaling benchmarks and test use.
var Factors = []int{1, 10, 100}

// ScaleResult is the measured cost of one function at each of Factors.
type ScaleResult struct {
	Name    string
	NsPerOp []float64 // per factor
	Bytes   []int     // input size per factor
}

// Growth returns the ratio of the cost at Factors[i] to that at Factors[i-1].
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

// MeasureScaling runs fn under testing.Benchmark on seed repeated by each of
// Factors and returns its ns/op at each scale.
func MeasureScaling(name, seed string, fn func(text string)) ScaleResult {
	r := ScaleResult{Name: name}
	for _, k := range Factors {
		text := Repeat(seed, k)
		fn(text) // warm up outside the measurement
		res := testing.Benchmark(func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				fn(text)
			}
		})
		r.NsPerOp = append(r.NsPerOp, float64(res.T.Nanoseconds())/float64(res.N))
		r.Bytes = append(r.Bytes, len(text))
	}
	return r
}
