// Command base is a cold-start probe: it imports nothing beyond what every probe imports.
//
// It prints what probe.Run measures. The comparison program runs it under
// GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import "github.com/chidao/chidao/bench/internal/probe"

func main() { probe.Run(first) }

// first is the first call the probe makes into what it imports.
func first(s string) {
	_ = len(s)
}
