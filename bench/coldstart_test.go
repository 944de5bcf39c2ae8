package bench

import "testing"

// TestColdStart checks the bar: importing chidao (every library package)
// adds less than 1 ms of package initialisation and less than 1 MiB of heap,
// measured with GODEBUG=inittrace=1 on probe programs built from cmd/coldstart
// and net of a probe that imports nothing (medians of five runs). It builds
// and runs programs, so it needs the go command; -short skips it.
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
		if c.InitNs >= 1e6 {
			t.Errorf("%s: init takes %.3f ms, want < 1 ms", c.Probe, float64(c.InitNs)/1e6)
		}
		if c.InitBytes >= mib {
			t.Errorf("%s: init allocates %d B, want < 1 MiB", c.Probe, c.InitBytes)
		}
		if c.HeapAllocAfterInit >= mib || c.HeapAfterInit >= mib {
			t.Errorf("%s: heap after init grows by %d B (%d B live), want < 1 MiB", c.Probe, c.HeapAllocAfterInit, c.HeapAfterInit)
		}
	}
}
