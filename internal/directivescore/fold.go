package directivescore

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold folds a name for comparison exactly as fold() of score_directive.py
// does: canonical decomposition (NFD), "đ" and "Đ" to "d" and "D", every
// combining mark (canonical combining class other than 0) dropped, lower
// case, every character that is not a letter or a number
// (Unicode categories L and N, which is Python's isalnum) and not one of
// "&", "-", "/" made a space, and runs of spaces collapsed to one, none at
// the ends.
//
// Lower case is Go's simple mapping (unicode.ToLower), which is Python's
// str.lower on every character that reaches it: the one character whose
// Python lower case is two ("İ", U+0130) decomposes under NFD and loses its
// dot first. One difference remains: Python lowers a capital sigma that
// ends a word to "ς", Fold to "σ" always. No document of the corpus holds
// Greek.
func Fold(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	emit := func(r rune) {
		if r == ' ' {
			space = b.Len() > 0
			return
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	for i, r := range s {
		if norm.NFD.PropertiesString(s[i:]).CCC() != 0 {
			continue
		}
		switch r {
		case 'đ':
			r = 'd'
		case 'Đ':
			r = 'D'
		}
		if r = unicode.ToLower(r); isAlnum(r) || r == '&' || r == '-' || r == '/' {
			emit(r)
		} else {
			emit(' ')
		}
	}
	return b.String()
}

// isAlnum is Python's str.isalnum for one character: a letter or a number
// of any kind (Unicode categories L and N).
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// Titles returns the office-holder titles that body() of
// score_directive.py drops from the front of a folded name, in folded form,
// longest first (the order in which body() tries them). Body F1 compares
// names without them: "Chủ tịch UBND các tỉnh" counts as "UBND các tỉnh".
func Titles() []string { return slices.Clone(titleTable[:]) }

// titleTable backs Titles: the TITLES of score_directive.py sorted as
// body() sorts them (by length, longest first; ties in the script's order).
var titleTable = [...]string{
	"chu tich hoi dong thanh vien", "chu tich kiem tong giam doc", "chanh van phong",
	"tong giam doc", "tong bien tap", "chu tich hdtv", "pho chu tich", "cac dong chi",
	"thu truong", "truong ban", "bo truong", "chu tich", "giam doc", "dong chi", "lanh dao",
}

// Body returns a folded name without a leading office-holder title (one of
// Titles followed by a space and more), as body() of score_directive.py.
func Body(folded string) string {
	for _, t := range titleTable {
		if len(folded) > len(t)+1 && strings.HasPrefix(folded, t) && folded[len(t)] == ' ' {
			return folded[len(t)+1:]
		}
	}
	return folded
}
