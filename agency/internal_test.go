package agency

import (
	"strings"
	"testing"
)

// TestSingleSpaced checks singleSpaced against what it stands for.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u2003b",
		"a\u0085b", "Sở Y tế", "Sở  Y tế", "\xff \xfe", "Ủy ban nhân dân\r\nthành phố"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}
