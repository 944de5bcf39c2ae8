// Command calendar is a cold-start probe: it imports only chidao's calendar package.
//
// It prints what probe.Run measures. The comparison program runs it under
// GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import (
	"time"

	"github.com/chidao/chidao/bench/internal/probe"
	"github.com/chidao/chidao/calendar"
)

func main() { probe.Run(first) }

// first is the first call the probe makes into what it imports.
func first(s string) {
	_, _ = calendar.Parse(s, calendar.Date{Year: 2024, Month: time.March, Day: 1})
}
