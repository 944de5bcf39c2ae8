package vntext

import "unicode/utf8"

// SpelledAt compares the word or phrase s, written as Vietnamese writes it
// (NFC, one space between words: "đạt", "không quá"), with the folded text
// of f at offset a. It returns the offset where the folding of s ends in f,
// or -1 when f.Text does not hold that folding at a, and whether f spells
// it as s: the same modifiers on the same letters and, word by word, the
// same tone, as [Folded.SpelledLike] compares them (old and new tone
// placement alike, case ignored). A Folded made without marks spells as s
// only the phrases that have no diacritic.
//
// It is Spell(s) and SpelledLike without building the Spelling: it does not
// allocate, so a reader may write the words it looks for as literals. The
// caller checks that the match ends at a word boundary.
func (f *Folded) SpelledAt(a int, s string) (end int, spelled bool) {
	t := f.Text
	if a < 0 {
		return -1, false
	}
	i := a
	spelled = true
	var tf, ts Mark // the tone of the current word in f and in s
	for j := 0; j < len(s); {
		var base byte
		var m Mark
		if c := s[j]; c < utf8.RuneSelf {
			base = toLowerASCII(c)
			if isASCIISpace(c) {
				base = ' '
			}
			j++
		} else {
			r, size := decodeRune(s, j)
			switch q := quickClass(r); {
			case q > 2:
				base, m = q, markOf(r)&^Upper
			case q == 1:
				j += size
				continue // a combining mark or a soft hyphen: NFC holds none
			case q == 2:
				base = ' '
			default:
				cl, fr := foldRune(r, s[j:])
				switch cl {
				case runeDrop:
					j += size
					continue
				case runeSpace:
					base = ' '
				case runeASCII:
					base, m = byte(fr), runeMark(r)&^Upper
				default:
					// A character with no ASCII base stays in the folding,
					// lower-cased.
					var b [utf8.UTFMax]byte
					n := utf8.EncodeRune(b[:], fr)
					if i+n > len(t) || t[i:i+n] != string(b[:n]) {
						return -1, false
					}
					i += n
					j += size
					continue
				}
			}
			j += size
		}
		if i >= len(t) || t[i] != base {
			return -1, false
		}
		if base == ' ' {
			if tf != ts {
				spelled = false
			}
			tf, ts = 0, 0
			i++
			continue
		}
		mf := f.Mark(i)
		if mf.Mod() != m.Mod() {
			spelled = false
		}
		if tn := mf.Tone(); tn != 0 {
			tf = tn
		}
		if tn := m.Tone(); tn != 0 {
			ts = tn
		}
		i++
	}
	if tf != ts {
		spelled = false
	}
	return i, spelled
}

// MarkSpan records the marks of the folded bytes [a, b) of f, the folding
// of s, as FoldMarks records those of every byte: for a reader of a long
// text that compares spellings in a few places only. The marks of a folded
// byte depend on its own source alone, so marking a text span by span
// gives the marks FoldMarks gives. Bytes not marked yet read as unmarked;
// the first call allocates the marks of the whole text, after which
// HasMarks reports true.
func (f *Folded) MarkSpan(s string, a, b int) {
	a, b = max(a, 0), min(b, len(f.Text))
	if a >= b {
		return
	}
	if f.marks == nil {
		f.marks = make([]byte, len(f.Text))
	}
	sub := f.Slice(a, b)
	sub.marks = nil
	marksInto(f.marks[a:b:b], &sub, s)
}
