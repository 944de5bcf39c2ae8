package bench

import (
	"flag"
	"runtime"
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

// TextOp returns a preparation for MeasureScaling that runs fn on seed
// repeated k times (see Repeat).
func TextOp(seed string, fn func(text string)) func(k int) func() {
	return func(k int) func() {
		text := Repeat(seed, k)
		return func() { fn(text) }
	}
}

// ScaleAllocs is what one operation allocates per call at each of
// Factors(): the count of allocations and the bytes. Unlike its time, these
// do not depend on the other work of the machine, so their ratios can bound
// an operation's growth in a test.
type ScaleAllocs struct {
	Name   string
	Allocs []float64 // per factor of Factors()
	Bytes  []float64 // per factor of Factors()
}

// AllocGrowth returns the ratios of the allocations and of the bytes at
// Factors()[i] to those at Factors()[i-1] (a cost of 0 counts as 1).
func (r ScaleAllocs) AllocGrowth(i int) (allocs, bytes float64) {
	return r.Allocs[i] / max(r.Allocs[i-1], 1), r.Bytes[i] / max(r.Bytes[i-1], 1)
}

// MeasureAllocScaling measures what the operation prepare(k) returns
// allocates per call for each k of Factors (the preparation is not
// measured): the count of allocations and the bytes, from runtime.MemStats
// on one P (as testing.AllocsPerRun counts), averaged over a few calls.
//
// No measured call finds working memory ready for its input: sync.Pools are
// emptied before each, and each call at 10× and 100× follows a call at 1×,
// as a caller's large input often follows a small one. So the cost at each
// scale includes sizing that memory, and working memory kept from a small
// call must be sized anew for a large one, not grown step by step — a cost
// a warmed-up loop at one scale never sees.
func MeasureAllocScaling(name string, prepare func(k int) func()) ScaleAllocs {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	factors := Factors()
	r := ScaleAllocs{Name: name, Allocs: make([]float64, len(factors)), Bytes: make([]float64, len(factors))}
	ops := make([]func(), len(factors))
	for i, k := range factors {
		ops[i] = prepare(k)
	}
	small := ops[0]
	small() // once-only initialization is not the operation's cost
	var before, after runtime.MemStats
	for i, op := range ops {
		runs := max(1, 10/factors[i])
		var n, b uint64
		for range runs {
			runtime.GC() // twice: a sync.Pool's victim cache too
			runtime.GC()
			if i > 0 {
				small()
			}
			runtime.ReadMemStats(&before)
			op()
			runtime.ReadMemStats(&after)
			n += after.Mallocs - before.Mallocs
			b += after.TotalAlloc - before.TotalAlloc
		}
		r.Allocs[i] = float64(n) / float64(runs)
		r.Bytes[i] = float64(b) / float64(runs)
	}
	return r
}
