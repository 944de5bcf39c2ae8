package layout

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStarter checks the characters isNFC scans for: each is a starter
// that NFC keeps, and no pair of them, nor an ASCII character before one,
// composes.
func TestNFCStarter(t *testing.T) {
	var set []rune
	for r := rune(0x20); r < 0x7f; r++ {
		set = append(set, r)
	}
	for r := rune(0x80); r <= 0x3000; r++ {
		if nfcStarter(r) {
			set = append(set, r)
		}
	}
	var buf [2 * utf8.UTFMax]byte
	for _, r := range set {
		if p := norm.NFC.PropertiesString(string(r)); p.CCC() != 0 || !norm.NFC.IsNormalString(string(r)) {
			t.Fatalf("%U: not a starter NFC keeps", r)
		}
		for _, q := range set {
			n := utf8.EncodeRune(buf[:], q)
			n += utf8.EncodeRune(buf[n:], r)
			if !norm.NFC.IsNormal(buf[:n]) {
				t.Fatalf("%U %U: not in NFC", q, r)
			}
		}
	}
}

func TestIsNFC(t *testing.T) {
	for _, s := range []string{"", "abc", "Ủy ban nhân dân", "Ủy ban nhân dân", "a\u0301", "\u2000", "x\xffy", "“Sở” – ngày…", "한국", "e\u0300\u0323"} {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%q) = %v; want %v", s, got, want)
		}
	}
}
