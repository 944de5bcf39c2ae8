package layout

import "testing"

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
