package layout

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isNFC reports whether s is in Unicode NFC, as norm.NFC.IsNormalString
// does. The text of a document is ASCII and the precomposed letters and
// punctuation of Vietnamese, which a scan checks: each of those characters
// is one NFC keeps as it is and that composes with nothing before it, so
// a text made of them only is in NFC (the quick check of UAX #15 answers
// yes for it). Another character passes the scan when norm says the same
// of it: a starter that combines with nothing before it and has no
// canonical decomposition (so NFC keeps it). A text with one that does
// not is asked of norm whole.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time: none has its high bit set.
		for i+8 <= len(s) && binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 == 0 {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// The letters of U+00C0–U+023F (lead bytes C3–C8) and of Latin
		// Extended Additional (E1 B8–BB), the Vietnamese ones among
		// them, are nfcStarter's: read without decoding.
		if c >= 0xc3 && c <= 0xc8 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2
			continue
		}
		if c == 0xe1 && i+2 < len(s) && s[i+1] >= 0xb8 && s[i+1] <= 0xbb && s[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcStarter(r) {
			p := norm.NFC.PropertiesString(s[i:])
			if r == utf8.RuneError || !p.BoundaryBefore() || p.Decomposition() != nil {
				return norm.NFC.IsNormalString(s)
			}
		}
		i += n
	}
	return true
}

// nfcStarter reports whether r is one of the characters isNFC scans for:
// the Latin letters and signs of Latin-1 and Latin Extended-A and -B, the
// Latin Extended Additional block (the Vietnamese letters with a tone
// mark), and the dashes, quotes, bullets and ellipsis of General
// Punctuation. TestNFCStarter checks each against norm.
func nfcStarter(r rune) bool {
	switch {
	case r >= 0x00a0 && r <= 0x024f:
		return true
	case r >= 0x1e00 && r <= 0x1eff:
		return true
	case r >= 0x2010 && r <= 0x2027:
		return true
	}
	return false
}
