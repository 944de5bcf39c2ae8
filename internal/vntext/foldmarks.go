package vntext

import "unicode/utf8"

// appendFoldMarks is appendFold that also records the Mark of every folded
// byte as it goes, in the same pass over s: the marks markAt would read
// from the source of each folded letter or digit, without reading that
// source again. s is the part of a longer text that starts at base: the
// offset of a folded byte from s[i] is base+i.
//
// marks is nil while no folded byte of buf has a mark, and otherwise holds
// the marks of buf's bytes (len(marks) == len(buf)); the result keeps that
// rule. The first mark is written into the memory of spare when it is large
// enough. The folded text and offsets are those of appendFold
// (foldmarks_test.go checks both against folding and marking in two passes).
//
// The source of folded byte i is [orig[i], orig[i+1]): the rune it came
// from and whatever folds to nothing after it. After a letter or a digit
// that is only dropped runes (a run of white space starts with a space
// written), so the combining marks among them are added to the mark of
// the byte written last, when it is a letter or a digit. A caller that
// folds s in parts with gaps between them adds the marks of a gap itself
// (FoldPiecesInto).
func appendFoldMarks(buf []byte, orig []int32, marks, spare []byte, s string, base int) ([]byte, []int32, []byte) {
	n0 := len(buf)
	w, wo := n0, len(orig)
	var b []byte
	var o []int32
	if room := min(cap(buf)-n0, cap(orig)-wo-1); room >= foldStep {
		b, o = buf[:n0+room], orig[:wo+room+1]
	} else {
		b, o = growFold(buf, orig, len(s))
	}
	// mk, when not nil, is as long as b; its bytes before w are the marks
	// of b's, those from w on are written before they are read.
	var mk []byte
	if marks != nil {
		mk = growMarksTo(marks, len(b))
	}
	lim := len(b) - foldStep
	for i := 0; i < len(s); {
		if w > lim {
			b, o = growFold(b[:w], o[:wo], len(s)-i)
			if mk != nil {
				mk = growMarksTo(mk[:w], len(b))
			}
			lim = len(b) - foldStep
		}
		c := s[i]
		if t := asciiFold[c]; t != 0 {
			// A run of ASCII bytes that fold to one byte each, as far as
			// b has room for one byte a step.
			stop := i + min(len(s)-i, len(b)-w)
			for {
				if t != ' ' || w == n0 || b[w-1] != ' ' {
					b[w] = t
					o[wo] = int32(base + i)
					if mk != nil {
						mk[w] = upperBit(c)
					} else if c-'A' < 26 {
						mk = startMarks(spare, len(b), w)
						mk[w] = byte(Upper)
					}
					w++
					wo++
				}
				i++
				if i >= stop {
					break
				}
				c = s[i]
				if t = asciiFold[c]; t == 0 {
					break
				}
			}
			continue
		}
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				if w == n0 || b[w-1] != ' ' {
					b[w] = ' '
					o[wo] = int32(base + i)
					if mk != nil {
						mk[w] = 0
					}
					w++
					wo++
				}
			} else {
				b[w] = c
				o[wo] = int32(base + i)
				if mk != nil {
					mk[w] = 0
				}
				w++
				wo++
			}
			i++
			continue
		}
		if c >= 0xc2 && c <= 0xc9 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); r <= 0x24f && quickLatin[r-0x80] > 2 {
				q := quickLatin[r-0x80]
				b[w] = q
				o[wo] = int32(base + i)
				mk = putMark(mk, spare, len(b), w, markFor(q, r))
				w++
				wo++
				i += 2
				continue
			}
		} else if c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xb8 || s[i+1] == 0xb9 || s[i+1] == 0xba || s[i+1] == 0xbb) && s[i+2]&0xc0 == 0x80 {
			x := rune(s[i+1]&0x03)<<6 | rune(s[i+2]&0x3f)
			if q := quickExtended[x]; q > 2 {
				b[w] = q
				o[wo] = int32(base + i)
				var m Mark
				if isAlnum(q) {
					m = Mark(markExtended[x])
				}
				mk = putMark(mk, spare, len(b), w, m)
				w++
				wo++
				i += 3
				continue
			}
		}
		r, size := decodeRune(s, i)
		if r == utf8.RuneError && size == 1 {
			w += copy(b[w:], "\uFFFD")
			o[wo], o[wo+1], o[wo+2] = int32(base+i), int32(base+i), int32(base+i)
			if mk != nil {
				mk[w-3], mk[w-2], mk[w-1] = 0, 0, 0
			}
			wo += 3
			i++
			continue
		}
		k, out := runeOther, r
		switch q := quickClass(r); q {
		case 0:
			k, out = foldRune(r, s[i:])
		case 1:
			k = runeDrop
		case 2:
			k = runeSpace
		default:
			k, out = runeASCII, rune(q)
		}
		switch k {
		case runeDrop:
			// A combining mark belongs to the letter before it.
			if w > 0 && isAlnum(b[w-1]) {
				if cm, ok := combiningMark(r); ok {
					var m Mark
					if mk != nil {
						m = Mark(mk[w-1])
					}
					mk = putMark(mk, spare, len(b), w-1, addMark(m, cm))
				}
			}
		case runeSpace:
			if w == n0 || b[w-1] != ' ' {
				b[w] = ' '
				o[wo] = int32(base + i)
				if mk != nil {
					mk[w] = 0
				}
				w++
				wo++
			}
		case runeASCII:
			b[w] = byte(out)
			o[wo] = int32(base + i)
			mk = putMark(mk, spare, len(b), w, markFor(byte(out), r))
			w++
			wo++
		default:
			n := utf8.EncodeRune(b[w:], out)
			for j := range n {
				o[wo+j] = int32(base + i + min(j, size-1))
			}
			var m Mark
			if n == 1 {
				m = markFor(b[w], r)
			}
			mk = putMark(mk, spare, len(b), w, m)
			for j := 1; j < n; j++ {
				mk = putMark(mk, spare, len(b), w+j, 0)
			}
			w += n
			wo += n
		}
		i += size
	}
	if mk == nil {
		return b[:w], o[:wo], nil
	}
	return b[:w], o[:wo], mk[:w]
}

// gapMarks adds to the mark of the last folded byte of buf, a letter or a
// digit, the combining marks in s[a:b]: text between two folded parts that
// is part of that byte's source (markAt reads the same). marks and spare
// are those of appendFoldMarks.
func gapMarks(marks, spare, buf []byte, s string, a, b int) []byte {
	for k := a; k < b; {
		if s[k] < utf8.RuneSelf {
			k++
			continue
		}
		r, size := decodeRune(s, k)
		if cm, ok := combiningMark(r); ok {
			var m Mark
			if marks != nil {
				m = Mark(marks[len(buf)-1])
			}
			marks = putMark(marks, spare, len(buf), len(buf)-1, addMark(m, cm))
		}
		k += size
	}
	return marks
}

// addMark returns m with the combining mark cm added, as a later
// combining character overrides an earlier one of its kind.
func addMark(m, cm Mark) Mark {
	if cm.Tone() != 0 {
		return m&^toneMask | cm.Tone()
	}
	return m&^modMask | cm.Mod()
}

// markFor returns the Mark of the folded byte q made from the rune r: the
// mark of r when q is a letter or a digit, zero otherwise.
func markFor(q byte, r rune) Mark {
	if !isAlnum(q) {
		return 0
	}
	return markOf(r)
}

// isAlnum reports whether the folded byte c is a letter or a digit, the
// bytes that carry marks.
func isAlnum(c byte) bool { return c-'a' < 26 || c-'0' < 10 }

// upperBit returns the mark of the ASCII byte c folded: Upper for a
// capital letter, zero for anything else.
func upperBit(c byte) byte {
	if c-'A' < 26 {
		return byte(Upper)
	}
	return 0
}

// putMark writes m as the mark of folded byte w into mk, a marks slice n
// long or nil; a nil mk stays nil for a zero m.
func putMark(mk, spare []byte, n, w int, m Mark) []byte {
	if mk == nil {
		if m == 0 {
			return nil
		}
		mk = startMarks(spare, n, w)
	}
	mk[w] = byte(m)
	return mk
}

// startMarks returns the marks of a folding of n bytes' room whose first
// w bytes have none, in spare's memory when it has room.
func startMarks(spare []byte, n, w int) []byte {
	if cap(spare) >= n {
		mk := spare[:n]
		clear(mk[:w])
		return mk
	}
	return make([]byte, n)
}

// growMarksTo returns marks with its bytes and length n, in new memory
// when marks has not the room.
func growMarksTo(marks []byte, n int) []byte {
	if cap(marks) >= n {
		return marks[:n]
	}
	nm := make([]byte, n)
	copy(nm, marks)
	return nm
}
