// Command calendar is a cold-start probe: it imports only chidao's calendar package.
// It prints the heap in use right after package initialisation, before and
// after a garbage collection, as two decimal numbers. The comparison program
// runs it under GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import (
	"os"
	"runtime"
	"strconv"

	_ "github.com/chidao/chidao/calendar"
)

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	runtime.GC()
	runtime.ReadMemStats(&ms)
	os.Stdout.WriteString(strconv.FormatUint(before, 10) + " " + strconv.FormatUint(ms.HeapAlloc, 10) + "\n")
}
