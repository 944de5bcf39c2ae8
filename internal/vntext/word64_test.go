package vntext

import (
	"math/rand/v2"
	"testing"
)

// TestNonLetterBytes checks NonLetterBytes against IsLetter byte by byte:
// every byte value at every position, and random words.
func TestNonLetterBytes(t *testing.T) {
	check := func(b [8]byte) {
		s := string(b[:])
		m := NonLetterBytes(Load64(s, 0))
		for k := 0; k < 8; k++ {
			if got, want := m>>(8*k+7)&1 == 1, !IsLetter(b[k]); got != want {
				t.Fatalf("NonLetterBytes(%q) byte %d (%#x): non-letter %v, want %v", s, k, b[k], got, want)
			}
		}
		if m&^0x8080808080808080 != 0 {
			t.Fatalf("NonLetterBytes(%q) = %#x: bits other than the high ones set", s, m)
		}
	}
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			b := [8]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}
			b[k] = byte(c)
			check(b)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 10000; n++ {
		var b [8]byte
		for k := range b {
			b[k] = byte(r.UintN(256))
		}
		check(b)
	}
}

func TestLoad64(t *testing.T) {
	if got := Load64("xabcdefgh", 1); got != 0x6867666564636261 {
		t.Errorf("Load64 = %#x", got)
	}
}
