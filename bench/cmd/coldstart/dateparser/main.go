// Command dateparser is a cold-start probe: it imports only github.com/markusmobius/go-dateparser.
//
// It prints what probe.Run measures. The comparison program runs it under
// GODEBUG=inittrace=1 and subtracts the probe "base".
package main

import (
	"time"

	"github.com/chidao/chidao/bench/internal/probe"

	dps "github.com/markusmobius/go-dateparser"
)

func main() { probe.Run(first) }

// first is the first call the probe makes into what it imports.
func first(s string) {
	_, _ = dps.Parse(&dps.Configuration{
		Languages:   []string{"vi"},
		DateOrder:   dps.DMY,
		CurrentTime: time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC),
	}, s)
}
