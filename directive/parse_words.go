package directive

import (
	"encoding/binary"
	"strings"
)

// splitIssuer splits the issuer lines ls, whose foldings are keys, into
// the parent body and the issuing body, with the issuing body folded: the
// body starts at the first line after the first that opens with the name
// of a body ("BAN CHỈ ĐẠO …", "SỞ …", "VĂN PHÒNG …").
func splitIssuer(ls, keys []string) (parent, body, bodyKey string) {
	if len(ls) == 0 {
		return "", "", ""
	}
	for k := 1; k < len(ls); k++ {
		f := keys[k]
		for _, h := range []string{"ban ", "so ", "cuc ", "chi cuc", "tong cuc", "van phong", "to cong tac", "trung tam", "vu ", "thanh tra", "cong an", "hoi dong"} {
			if strings.HasPrefix(f, h) {
				return strings.Join(ls[:k], " "), strings.Join(ls[k:], " "), strings.Join(keys[k:], " ")
			}
		}
	}
	return "", strings.Join(ls, " "), strings.Join(keys, " ")
}

// hasASCIIDigit reports whether s holds a digit 0–9, eight bytes at a
// time: a byte b of x lies in '0'..'9' when b < 0x80 and b+0x46 and
// b+0x50 straddle 0x80 (the "has between" test of Bit Twiddling Hacks,
// with no false positives).
func hasASCIIDigit(s string) bool {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		// Bytes above '0'-1 = 47 and below '9'+1 = 58.
		t := (ones*(127+58) - (x & low7)) & ^x & ((x & low7) + ones*(127-47)) & high
		if t != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
