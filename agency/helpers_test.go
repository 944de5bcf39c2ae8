package agency

import "github.com/chidao/chidao/calendar"

func mustDate(s string) calendar.Date { return calendar.MustParseISODate(s) }
