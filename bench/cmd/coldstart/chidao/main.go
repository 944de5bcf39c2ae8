// Command chidao is a cold-start probe: it imports every chidao library package.
//
// It prints what probe.Run measures. The comparison program runs it under
// GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import (
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/bench/internal/probe"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	_ "github.com/chidao/chidao/seeds"
)

func main() { probe.Run(first) }

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
