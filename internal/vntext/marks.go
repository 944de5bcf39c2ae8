package vntext

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// A Mark is what folding removed from one folded letter: its tone, the
// modifier of its vowel (or the stroke of đ), and whether it was upper
// case. Folded text and its marks together are Vietnamese written in lower
// case with every diacritic kept: "Sở" folds to "so" with the horn and the
// hook on its 'o' and the capital on its 's', "số" to "so" with the
// circumflex and the acute, so the two stay apart where a comparison needs
// them to, and fold alike where it does not.
//
// The zero Mark is an unmarked lower-case letter (or any other byte).
type Mark uint8

// The tones, in the low three bits of a Mark.
const (
	ToneNone  Mark = iota // thanh ngang
	ToneGrave             // huyền  (à)
	ToneAcute             // sắc    (á)
	ToneHook              // hỏi    (ả)
	ToneTilde             // ngã    (ã)
	ToneDot               // nặng   (ạ)

	toneMask Mark = 7
)

// The modifiers of a letter, in bits 3–5 of a Mark.
const (
	ModCircumflex Mark = 1 << 3 // â ê ô
	ModBreve      Mark = 2 << 3 // ă
	ModHorn       Mark = 3 << 3 // ơ ư
	ModStroke     Mark = 4 << 3 // đ
	ModOther      Mark = 5 << 3 // a diacritic Vietnamese does not use (ü, ç, ñ)

	modMask Mark = 7 << 3
)

// Upper is set on the Mark of a letter that was upper case.
const Upper Mark = 1 << 6

// Tone returns the tone of m.
func (m Mark) Tone() Mark { return m & toneMask }

// Mod returns the modifier of m.
func (m Mark) Mod() Mark { return m & modMask }

// Diacritic reports whether m holds a tone or a modifier.
func (m Mark) Diacritic() bool { return m&(toneMask|modMask) != 0 }

// combiningMark returns the Mark the combining character r adds to the
// letter before it, and whether r is a combining mark at all.
func combiningMark(r rune) (Mark, bool) {
	switch r {
	case '\u0300', '\u0340':
		return ToneGrave, true
	case '\u0301', '\u0341':
		return ToneAcute, true
	case '\u0309':
		return ToneHook, true
	case '\u0303':
		return ToneTilde, true
	case '\u0323':
		return ToneDot, true
	case '\u0302':
		return ModCircumflex, true
	case '\u0306':
		return ModBreve, true
	case '\u031b':
		return ModHorn, true
	}
	if r >= 0x300 && r <= 0x36f || unicode.Is(unicode.Mn, r) {
		return ModOther, true
	}
	return 0, false
}

// runeMark returns the Mark of the letter r: the tone and modifier its
// canonical decomposition holds and its case. It is the general rule behind
// the tables of marks_table.go.
func runeMark(r rune) Mark {
	var m Mark
	switch r {
	case 'đ':
		return ModStroke
	case 'Đ':
		return ModStroke | Upper
	}
	if unicode.IsUpper(r) {
		m |= Upper
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	d := norm.NFD.Properties(b[:n]).Decomposition()
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		d = d[size:]
		if k, ok := combiningMark(c); ok {
			if k.Tone() != 0 {
				m = m&^toneMask | k.Tone()
			} else {
				m = m&^modMask | k.Mod()
			}
		}
	}
	return m
}

// markOf returns the Mark of r through the tables, falling back to runeMark.
func markOf(r rune) Mark {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return Upper
		}
		return 0
	case r >= 0xc0 && r <= 0x24f:
		return Mark(markLatin[r-0xc0])
	case r >= 0x1e00 && r <= 0x1eff:
		return Mark(markExtended[r-0x1e00])
	}
	return runeMark(r)
}

// FoldMarks is Fold that also records the Mark of every folded byte
// ([Folded.Mark]). Text and offsets are those of Fold.
func FoldMarks(s string) Folded {
	if i := firstUnfolded(s); i < 0 {
		// Folded ASCII: lower-case letters, digits and punctuation, none
		// of which has a mark.
		return Folded{Text: s, n: len(s)}
	}
	buf := make([]byte, 0, len(s)+len(s)/8+4)
	orig := make([]int32, 0, cap(buf)+1)
	buf, orig, marks := appendFoldMarks(buf, orig, nil, nil, s, 0)
	orig = append(orig, int32(len(s)))
	f := Folded{orig: orig, n: len(s), marks: marks}
	if len(buf) > 0 {
		f.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return f
}

// FoldMarksInto is FoldInto that also records the marks of every folded
// byte, as FoldMarks does, into the spare capacity of marks when it is large
// enough (len(s)+len(s)/8+4 bytes always are). Like FoldInto's, the result
// refers to the memory of buf, orig and marks.
func FoldMarksInto(buf []byte, orig []int32, marks []byte, s string) Folded {
	if i := firstUnfolded(s); i < 0 {
		return Folded{Text: s, n: len(s)}
	}
	buf, orig, mk := appendFoldMarks(buf[:0], orig[:0], nil, marks[:0], s, 0)
	orig = append(orig, int32(len(s)))
	f := Folded{orig: orig, n: len(s), marks: mk}
	if len(buf) > 0 {
		f.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return f
}

// marksInto computes the marks of f, the folding of s, into the spare
// capacity of buf when it is large enough: the mark of the rune each folded
// byte came from, with the combining marks that follow it in s (NFD text)
// added. It returns nil when no byte has a mark. It is the rule
// appendFoldMarks follows in its one pass, applied to a folding made
// already (MarkSpan).
func marksInto(buf []byte, f *Folded, s string) []byte {
	var marks []byte
	t := f.Text
	orig := f.orig
	if orig != nil {
		orig = orig[:len(t)+1]
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c-'a' >= 26 && c-'0' >= 10 {
			// Not a letter or a digit (the byte arithmetic wraps).
			continue
		}
		o, end := i, i+1
		if orig != nil {
			o, end = int(orig[i]), int(orig[i+1])
		}
		if m := markAt(s, o, end); m != 0 {
			if marks == nil {
				if cap(buf) >= len(t) {
					marks = buf[:len(t)]
					clear(marks)
				} else {
					marks = make([]byte, len(t))
				}
			}
			marks[i] = byte(m)
		}
	}
	return marks
}

// markAt returns the mark of the folded letter or digit whose source in s
// is [o, end): the mark of the rune at o, with the combining marks after
// it up to end (the diacritics of NFD text).
func markAt(s string, o, end int) Mark {
	if o >= len(s) {
		return 0
	}
	var m Mark
	size := 1
	if c0 := s[o]; c0 < utf8.RuneSelf {
		if end == o+1 && c0 >= 'a' {
			// A letter in lower case or a digit, with no combining mark
			// after it: the common case.
			return 0
		}
		if 'A' <= c0 && c0 <= 'Z' {
			m = Upper
		}
	} else {
		var r rune
		r, size = decodeRune(s, o)
		m = markOf(r)
	}
	for k := o + size; k < end; {
		cr, cs := decodeRune(s, k)
		if cm, ok := combiningMark(cr); ok {
			if cm.Tone() != 0 {
				m = m&^toneMask | cm.Tone()
			} else {
				m = m&^modMask | cm.Mod()
			}
		}
		k += cs
	}
	return m
}

// HasMarks reports whether f was folded with FoldMarks (or built by a
// caller that kept marks) and any of its letters carries a mark.
func (f *Folded) HasMarks() bool { return f.marks != nil }

// Mark returns the Mark of folded byte i: zero for a byte with none, for
// any byte outside the text, and for every byte of a Folded made without
// marks.
func (f *Folded) Mark(i int) Mark {
	if i < 0 || i >= len(f.marks) {
		return 0
	}
	return Mark(f.marks[i])
}

// Accented reports whether any letter in the folded range [a, b) carries a
// tone or a modifier: whether that text is written with diacritics.
func (f *Folded) Accented(a, b int) bool {
	a, b = max(a, 0), min(b, len(f.marks))
	for i := a; i < b; i++ {
		if Mark(f.marks[i]).Diacritic() {
			return true
		}
	}
	return false
}

// IsUpperAt reports whether the folded byte i was an upper-case letter.
func (f *Folded) IsUpperAt(i int) bool { return f.Mark(i)&Upper != 0 }

// A Spelling is a word or phrase as Vietnamese writes it, prepared for
// comparison with folded text: its folding and the marks of its letters.
// Build one with Spell; the zero Spelling is the empty phrase.
type Spelling struct {
	Key   string // the folding of the phrase
	marks []byte // the marks of Key's bytes (case removed); nil when none
}

// Spell prepares the phrase s ("định kỳ", "Sở") for comparison. Case is
// not part of a spelling.
func Spell(s string) Spelling {
	f := FoldMarks(s)
	sp := Spelling{Key: f.Text}
	if f.marks != nil {
		sp.marks = make([]byte, len(f.marks))
		for i, m := range f.marks {
			sp.marks[i] = m &^ byte(Upper)
		}
	}
	return sp
}

// Accented reports whether the phrase carries a diacritic ("Phòng" does,
// "Ban" does not).
func (sp Spelling) Accented() bool {
	for _, m := range sp.marks {
		if Mark(m).Diacritic() {
			return true
		}
	}
	return false
}

// String returns the phrase spelled: lower case with its diacritics, in NFC.
func (sp Spelling) String() string {
	f := Folded{Text: sp.Key, marks: sp.marks, n: len(sp.Key)}
	return f.Spelled(0, len(sp.Key))
}

// SpelledLike reports whether the folded range [a, a+len(sp.Key)) of f is
// spelled as sp: the same folded bytes, and, word by word, the same
// modifiers on the same letters and the same tone. The tone is compared per
// word, wherever it sits, so the old and new tone placements agree ("hoà" is
// "hòa", "thuỷ" is "thủy"). Case is ignored. The caller has compared the
// folded bytes; SpelledLike compares only the marks.
func (f *Folded) SpelledLike(a int, sp Spelling) bool {
	n := len(sp.Key)
	if a < 0 || a+n > len(f.Text) {
		return false
	}
	var tf, ts Mark // the tone of the current word in f and in sp
	for k := 0; k <= n; k++ {
		if k == n || sp.Key[k] == ' ' {
			if tf != ts {
				return false
			}
			tf, ts = 0, 0
			continue
		}
		mf, ms := f.Mark(a+k), Mark(0)
		if sp.marks != nil {
			ms = Mark(sp.marks[k])
		}
		if mf.Mod() != ms.Mod() {
			return false
		}
		if t := mf.Tone(); t != 0 {
			tf = t
		}
		if t := ms.Tone(); t != 0 {
			ts = t
		}
	}
	return true
}

// Spelled returns the folded range [a, b) written back as Vietnamese: lower
// case with its diacritics, each tone on the letter it was on, in NFC. It is
// the readable form of what the matching compares, for dumps and messages.
func (f *Folded) Spelled(a, b int) string {
	a, b = max(a, 0), min(b, len(f.Text))
	if a >= b {
		return ""
	}
	if f.marks == nil {
		return f.Text[a:b]
	}
	buf := make([]byte, 0, 2*(b-a))
	for i := a; i < b; i++ {
		c := f.Text[i]
		m := f.Mark(i)
		if !m.Diacritic() || c >= utf8.RuneSelf {
			buf = append(buf, c)
			continue
		}
		buf = utf8.AppendRune(buf, rune(c))
		switch m.Mod() {
		case ModCircumflex:
			buf = utf8.AppendRune(buf, '\u0302')
		case ModBreve:
			buf = utf8.AppendRune(buf, '\u0306')
		case ModHorn:
			buf = utf8.AppendRune(buf, '\u031b')
		case ModStroke:
			buf = append(buf[:len(buf)-1], "đ"...)
		}
		switch m.Tone() {
		case ToneGrave:
			buf = utf8.AppendRune(buf, '\u0300')
		case ToneAcute:
			buf = utf8.AppendRune(buf, '\u0301')
		case ToneHook:
			buf = utf8.AppendRune(buf, '\u0309')
		case ToneTilde:
			buf = utf8.AppendRune(buf, '\u0303')
		case ToneDot:
			buf = utf8.AppendRune(buf, '\u0323')
		}
	}
	return norm.NFC.String(string(buf))
}
