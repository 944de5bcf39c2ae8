package vntext

// Load64 reads the eight bytes of t at i as a little-endian number; the
// compiler makes the byte reads one load. t must hold i+8 bytes.
func Load64(t string, i int) uint64 {
	t = t[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// NonLetterBytes returns x, eight bytes of folded text (Load64), with the
// high bit of each byte that is not a letter (IsLetter: an ASCII letter or
// a byte of a non-ASCII character) set and every other bit clear, so that
// a scan for the end of a word tests eight bytes at once. Each test adds
// to the low seven bits of a byte a number that carries into its high bit
// exactly when the byte is at least some bound; no carry crosses into the
// next byte.
func NonLetterBytes(x uint64) uint64 {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
		each = 0x0101010101010101
	)
	y := x & low7
	geA := y + (0x80-'A')*each        // ≥ 'A'
	gtZ := y + (0x80-'Z'-1)*each      // > 'Z'
	gea := y + (0x80-'a')*each        // ≥ 'a'
	gtz := y + (0x80-'z'-1)*each      // > 'z'
	letter := x | geA&^gtZ | gea&^gtz // non-ASCII, upper or lower case
	return ^letter & high
}
