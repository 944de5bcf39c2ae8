package directive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// endsTerminal reports whether s ends a sentence or a list item: ".", ";",
// ":", "!", "?", or such a mark followed by a closing bracket or quote.
func endsTerminal(s string) bool {
	s = strings.TrimRight(s, " )]\"'”’*")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ';', ':', '!', '?':
		return true
	}
	return false
}

func pIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// isUpperText reports whether every letter of s is upper case and s holds
// at least two letters.
func isUpperText(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// startsUpper reports whether s opens with an upper-case letter.
func startsUpper(s string) bool {
	return unicode.IsUpper(pFirstRune(s))
}

// firstRune returns the first rune of s, or 0.
func pFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}
