package directive

import (
	"strings"
	"testing"
)

// TestFirstWordTable checks the lexicon's index by first word against a map:
// every word it was built from, short and long, finds its rows, and other
// words find none.
func TestFirstWordTable(t *testing.T) {
	m := map[string][]lexEntry{}
	for _, w := range []string{"giao", "phoi", "cac", "a", "chiutrachnhiem", "truong", "thuong", "de"} {
		m[w] = []lexEntry{{class: lexClass(len(w))}}
	}
	ix := newFirstWordTable(m)
	for w, es := range m {
		if got := ix.get(w); len(got) != 1 || got[0].class != es[0].class {
			t.Errorf("get(%q) = %v; want %v", w, got, es)
		}
	}
	for _, w := range []string{"", "gia", "giaoo", "b", "chiutrachnhie", "d", "e", "ed", "dee"} {
		if got := ix.get(w); got != nil {
			t.Errorf("get(%q) = %v; want none", w, got)
		}
	}
}

// TestUnitWord checks that unitWord knows the first word of every unit
// locality reads.
func TestUnitWord(t *testing.T) {
	for _, u := range localityUnits {
		if first, _, _ := strings.Cut(u, " "); !unitWord(first) {
			t.Errorf("unitWord(%q) = false; it opens %q", first, u)
		}
	}
}
