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

// TestIsNFC checks isNFC against norm, on texts of each kind, and every
// character of the Basic Multilingual Plane after a letter and before a
// combining mark.
func TestIsNFC(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		for _, s := range []string{"a" + string(r), string(r) + "\u0301", string(r) + "\u0338", string(r), string(r) + "\u1161", string(r) + "\u0b3e", string(r) + "\u0f72"} {
			if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
				t.Fatalf("isNFC(%+q) = %v; want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "abc", "Ủy ban nhân dân", "Ủy ban nhân dân", "a\u0301", "\u2000", "x\xffy", "“Sở” – ngày…", "한국", "e\u0300\u0323", "□ ≤ 5%", "\u2000", "a\u0f73", "\u0958", "\u1100\u1161", "\uac00\u11a8", "\u0b47\u0b3e"} {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%q) = %v; want %v", s, got, want)
		}
	}
}
