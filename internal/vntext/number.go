package vntext

// Roman returns the value of the Roman numeral I to XII in w, in either case,
// and whether w is one. Quarters ("quý III") and sections ("II.") use them.
func Roman(w string) (int, bool) {
	if len(w) == 0 || len(w) > 4 {
		return 0, false
	}
	var b [4]byte
	for i := 0; i < len(w); i++ {
		b[i] = toLowerASCII(w[i])
	}
	switch string(b[:len(w)]) {
	case "i":
		return 1, true
	case "ii":
		return 2, true
	case "iii":
		return 3, true
	case "iv":
		return 4, true
	case "v":
		return 5, true
	case "vi":
		return 6, true
	case "vii":
		return 7, true
	case "viii":
		return 8, true
	case "ix":
		return 9, true
	case "x":
		return 10, true
	case "xi":
		return 11, true
	case "xii":
		return 12, true
	}
	return 0, false
}

// numberWords are the folded Vietnamese number words for one to ten. "năm"
// (five) folds like "năm" (year) and "tư" like "tư" in other words: the
// caller decides by context.
var numberWords = [...]struct {
	w string
	n int
}{
	{"mot", 1}, {"hai", 2}, {"ba", 3}, {"bon", 4}, {"tu", 4}, {"nam", 5},
	{"sau", 6}, {"bay", 7}, {"tam", 8}, {"chin", 9}, {"muoi", 10},
}

// NumberWord reads a Vietnamese number word from one to twelve at the start
// of folded text s: "mot" … "muoi", "muoi mot", "muoi hai" (also "mươi"
// forms folded alike). It returns the value and the number of bytes read,
// or 0, 0 when s does not start with one. A word must end at a space,
// punctuation or the end of s.
func NumberWord(s string) (n, size int) {
	for _, e := range numberWords {
		if hasWord(s, e.w) {
			n, size = e.n, len(e.w)
			break
		}
	}
	if n != 10 {
		return n, size
	}
	// "muoi mot", "muoi hai", …: tens followed by a unit ("mười một" = 11).
	if size < len(s) && s[size] == ' ' {
		rest := s[size+1:]
		for _, e := range numberWords[:3] {
			if hasWord(rest, e.w) {
				return 10 + e.n, size + 1 + len(e.w)
			}
		}
	}
	return n, size
}

// IsDayPrefix reports whether the folded word w is "mồng" or "mùng", the
// prefix of the first ten days of a month ("mồng 2 tháng 9").
func IsDayPrefix(w string) bool { return w == "mong" || w == "mung" }

// hasWord reports whether s starts with the whole word w.
func hasWord(s, w string) bool {
	if len(s) < len(w) || s[:len(w)] != w {
		return false
	}
	return len(s) == len(w) || !IsLetter(s[len(w)]) && !isDigit(s[len(w)])
}

// HasWordAt reports whether folded text s holds the whole word (or phrase) w
// at byte offset i: w must not be preceded or followed by a letter or digit.
func HasWordAt(s string, i int, w string) bool {
	if i < 0 || i > len(s) {
		return false
	}
	if i > 0 && (IsLetter(s[i-1]) || isDigit(s[i-1])) {
		return false
	}
	return hasWord(s[i:], w)
}
