// Package probe is the body shared by the cold-start probe programs under
// cmd/coldstart. It imports only what every probe imports (os, runtime,
// strconv, time), so the base probe measures exactly that.
package probe

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

// Run is a probe's main. Run without arguments, it prints the heap in use
// right after package initialisation, before and after a garbage
// collection. Run with a phrase, it calls first on the phrase once and
// prints how long that first call took (ns) and the live heap after it.
func Run(first func(string)) {
	var ms runtime.MemStats
	if len(os.Args) > 1 {
		start := time.Now()
		first(os.Args[1])
		ns := time.Since(start).Nanoseconds()
		runtime.GC()
		runtime.ReadMemStats(&ms)
		os.Stdout.WriteString(strconv.FormatInt(ns, 10) + " " + strconv.FormatUint(ms.HeapAlloc, 10) + "\n")
		return
	}
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	runtime.GC()
	runtime.ReadMemStats(&ms)
	os.Stdout.WriteString(strconv.FormatUint(before, 10) + " " + strconv.FormatUint(ms.HeapAlloc, 10) + "\n")
}
