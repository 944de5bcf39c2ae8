package adversarial

import (
	"runtime"
	"strings"
	"testing"
)

// The generators below build hostile documents of a size that grows with
// n, for the tests that check a parser's cost grows linearly with its
// input (at n, 10n and 100n) and for their benchmarks.

// directiveHead is the header of the generated documents: a number, a
// place and date, and a type, so that they are read as a directive.
const directiveHead = "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\n"

// Cooperation returns a directive whose one item repeats "phối hợp " n
// times: each occurrence is a role verb with no agency after it, for which
// the parser looks for the agencies written before it.
func Cooperation(n int) string {
	var b strings.Builder
	b.Grow(len(directiveHead) + 40 + n*len("phối hợp "))
	b.WriteString(directiveHead)
	b.WriteString("1. Giao Sở Y tế ")
	for i := 0; i < n; i++ {
		b.WriteString("phối hợp ")
	}
	b.WriteString("thực hiện.\n")
	return b.String()
}

// NestedNumbering returns a directive whose items nest n levels deep,
// each numbered with all its parents' numbers: "1.", "1.1.", "1.1.1.", …
// The text grows with the square of n, as the printed numbers do.
func NestedNumbering(n int) string {
	var b strings.Builder
	b.WriteString(directiveHead)
	for k := 1; k <= n; k++ {
		b.WriteString(strings.Repeat("1.", k))
		b.WriteString(" Làm việc.\n")
	}
	return b.String()
}

// NestedNumberingSize returns the depth of nesting whose NestedNumbering
// text is about size bytes: for the scaling tests, which scale the text.
func NestedNumberingSize(size int) int {
	n := 1
	for len(directiveHead)+n*(n+1)+n*len(" Làm việc.\n") < size {
		n++
	}
	return n
}

// Repeat returns text repeated n times, separated by a blank line.
func Repeat(text string, n int) string {
	var b strings.Builder
	b.Grow(n * (len(text) + 2))
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text)
	}
	return b.String()
}

// Factors returns the scales of the linearity tests: 1, 10 and 100 times
// a base input.
func Factors() []int { return []int{1, 10, 100} }

// AllocBytes returns the bytes f allocates per call, averaged over runs
// calls after a first one (as testing.AllocsPerRun counts allocations).
func AllocBytes(runs int, f func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(runs)
}

// SkipUnderRace skips t under the race detector, whose sync.Pool drops
// items at random: allocations measured there are not the program's.
func SkipUnderRace(t *testing.T) {
	t.Helper()
	if RaceEnabled {
		t.Skip("allocations are measured without the race detector (sync.Pool drops items at random under it)")
	}
}

// MaxGrowth is the bound of the linearity tests: from one scale to the
// next (10 times the input) the cost may grow at most 25 times; linear
// growth is 10.
const MaxGrowth = 25

// CheckLinear fails t when the allocations (count or bytes) of op on
// input(k) grow faster than MaxGrowth from one of Factors to the next.
// input(k) builds the input k times the base size; it is not measured.
func CheckLinear(t *testing.T, input func(k int) string, op func(s string)) {
	t.Helper()
	SkipUnderRace(t)
	var prevN, prevB float64
	for i, k := range Factors() {
		s := input(k)
		runs := max(1, 8/k)
		n := testing.AllocsPerRun(runs, func() { op(s) })
		b := AllocBytes(runs, func() { op(s) })
		t.Logf("%3d×: %8d bytes in, %8.0f allocations, %11.0f bytes allocated", k, len(s), n, b)
		if i > 0 {
			if n > MaxGrowth*max(prevN, 1) {
				t.Errorf("%d× → %d×: allocations grow ×%.1f (bound %d, linear 10)", Factors()[i-1], k, n/max(prevN, 1), MaxGrowth)
			}
			if b > MaxGrowth*max(prevB, 1) {
				t.Errorf("%d× → %d×: bytes allocated grow ×%.1f (bound %d, linear 10)", Factors()[i-1], k, b/max(prevB, 1), MaxGrowth)
			}
		}
		prevN, prevB = n, b
	}
}
