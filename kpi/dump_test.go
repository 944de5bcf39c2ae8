package kpi

import (
	"os"
	"testing"
)

func TestDumpFind(t *testing.T) {
	path := os.Getenv("KPI_DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	ts, ss := Find(string(b))
	for _, x := range ts {
		t.Logf("T %s %s | metric=%q verb=%q | text=%q", x.Op, x.Value, x.Metric, x.Verb, x.Text)
	}
	for _, x := range ss {
		t.Logf("S %s %d/%d ch=%v | %q", x.Value, x.Num, x.Den, x.Change, x.Text)
	}
}
