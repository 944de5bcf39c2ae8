package bench

import "testing"

// TestColdStart checks the bar on memory: importing chidao (every library
// package) allocates less than 1 MiB in package initialisation and grows
// the heap by less than 1 MiB, measured with GODEBUG=inittrace=1 on probe
// programs built from cmd/coldstart and net of a probe that imports nothing
// (medians of five runs). The bar on time (< 1 ms of initialisation) is a
// measure of a loaded, shared machine, not a fact of the code: it is
// reported by BenchmarkColdStart and by cmd/compare, never asserted here.
// It builds and runs programs, so it needs the go command; -short skips it.
func TestColdStart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs probe programs")
	}
	cs, err := MeasureColdStart([]string{"calendar", "chidao"}, 5, "")
	if err != nil {
		t.Fatal(err)
	}
	const mib = 1 << 20
	for _, c := range cs {
		t.Logf("%-9s init %.3f ms in %d packages, %d B allocated; live heap after init %+d B, in use %+d B; binary %d B (%+d B)",
			c.Probe, float64(c.InitNs)/1e6, c.Packages, c.InitBytes, c.HeapAfterInit, c.HeapAllocAfterInit, c.Binary, c.BinaryDelta)
		if c.Packages == 0 {
			t.Errorf("%s: no package initialised beyond the base probe's: the inittrace was not read", c.Probe)
		}
		if c.InitBytes >= mib {
			t.Errorf("%s: init allocates %d B, want < 1 MiB", c.Probe, c.InitBytes)
		}
		if c.HeapAllocAfterInit >= mib || c.HeapAfterInit >= mib {
			t.Errorf("%s: heap after init grows by %d B (%d B live), want < 1 MiB", c.Probe, c.HeapAllocAfterInit, c.HeapAfterInit)
		}
	}
}

// BenchmarkColdStart reports the package initialisation of each probe,
// net of the base probe: "init-ms" (the bar: < 1 ms for chidao) and
// "init-B". One op builds and runs the probes five times each.
func BenchmarkColdStart(b *testing.B) {
	if testing.Short() {
		b.Skip("builds and runs probe programs")
	}
	for _, probe := range []string{"calendar", "chidao"} {
		b.Run(probe, func(b *testing.B) {
			var ns, bytes float64
			for b.Loop() {
				cs, err := MeasureColdStart([]string{probe}, 5, "")
				if err != nil {
					b.Fatal(err)
				}
				ns, bytes = float64(cs[0].InitNs), float64(cs[0].InitBytes)
			}
			b.ReportMetric(ns/1e6, "init-ms")
			b.ReportMetric(bytes, "init-B")
		})
	}
}
