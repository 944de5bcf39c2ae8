package layout

import (
	"os"
	"strings"
	"testing"
)

// TestMayStartSpace checks mayStartSpace against isSpaceAt: wherever a
// white-space rune begins, it says one may.
func TestMayStartSpace(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := string(r) + "a"
		if isSpaceAt(s, 0) > 0 && !mayStartSpace(s, 0) {
			t.Errorf("U+%04X is white space, and mayStartSpace says none begins there", r)
		}
	}
}

// TestSplitLines checks splitLines on texts with each kind of line end,
// and, on every document of the test data, that the texts whose only line
// end is LF (split by IndexByte) split as with a lone CR added at the end
// (split byte by byte) bar that last line.
func TestSplitLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want [][2]int
	}{
		{"", [][2]int{{0, 0}}},
		{"a", [][2]int{{0, 1}}},
		{"a\nb", [][2]int{{0, 1}, {2, 3}}},
		{"a\n\nb\n", [][2]int{{0, 1}, {2, 2}, {3, 4}, {5, 5}}},
		{"a\r\nb\rc", [][2]int{{0, 1}, {3, 4}, {5, 6}}},
		{"a\u2028b\u2029c\u0085d", [][2]int{{0, 1}, {4, 5}, {8, 9}, {11, 12}}},
	} {
		got := splitLines(nil, tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("splitLines(%q) = %v; want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitLines(%q) = %v; want %v", tt.in, got, tt.want)
				break
			}
		}
	}
	n := 0
	for _, name := range corpusFiles(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if strings.ContainsAny(s, "\r\u2028\u2029\u0085") {
			continue
		}
		fast := splitLines(nil, s)
		slow := splitLines(nil, s+"\r")
		slow = slow[:len(slow)-1]
		if len(fast) != len(slow) {
			t.Errorf("%s: %d lines; %d split byte by byte", name, len(fast), len(slow))
			continue
		}
		for i := range fast {
			if fast[i] != slow[i] {
				t.Errorf("%s: line %d is %v; %v split byte by byte", name, i, fast[i], slow[i])
				break
			}
		}
		n++
	}
	if n < 50 {
		t.Errorf("%d documents compared; want the test data", n)
	}
}
