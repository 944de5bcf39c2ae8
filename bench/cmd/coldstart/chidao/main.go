// Command chidao is a cold-start probe: it imports every chidao library package.
//
// Run without arguments, it prints the heap in use right after package
// initialisation, before and after a garbage collection. Run with a phrase,
// it parses the phrase once and prints how long that first call took (ns)
// and the live heap after it. The comparison program runs it under
// GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import (
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	_ "github.com/chidao/chidao/seeds"
)

func main() {
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

// first is the first call the probe makes into what it imports.
func first(s string) {
	_, _ = calendar.Parse(s, calendar.Date{Year: 2024, Month: time.March, Day: 1})
	if s == "\x00all" {
		// Never run by the comparison program; links the other packages'
		// entry points into the binary so that its size counts them.
		_ = agency.Default().FindAll(s, nil)
		_, _ = kpi.Find(s)
		_, _ = directive.Parse(s, &directive.ParseOptions{Registry: agency.Default()})
	}
}
