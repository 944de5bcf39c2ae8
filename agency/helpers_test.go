package agency

import (
	"os"

	"github.com/chidao/chidao/calendar"
)

func mustDate(s string) calendar.Date { return calendar.MustParseISODate(s) }

func readTestdataBytes(name string) ([]byte, error) { return os.ReadFile("testdata/" + name) }
