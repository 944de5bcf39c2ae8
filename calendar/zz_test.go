package calendar

import (
	"bufio"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	f, _ := os.Open("/tmp/evtexts.txt")
	sc := bufio.NewScanner(f)
	n, miss := 0, 0
	for sc.Scan() {
		s := sc.Text()
		n++
		found := false
		for _, m := range FindAll(s, Date{2025, 11, 1}) {
			if m.Expr.Kind == KindEvent {
				found = true
			}
		}
		if !found {
			miss++
			t.Logf("MISS %q", s)
		}
	}
	t.Logf("%d of %d missed", miss, n)
}
