package vntext

// TokenKind says what a Token is.
type TokenKind uint8

// The token kinds.
const (
	Invalid TokenKind = iota // no token (end of text)
	Word                     // letters, and any character that is not a digit, space or ASCII punctuation
	Number                   // ASCII digits; the text keeps leading zeros ("05")
	Punct                    // one ASCII punctuation character
)

// A Token is one word, number or punctuation mark of folded text. Start and
// End are byte offsets in the folded text, End exclusive; map them back to the
// original with [Folded.Span].
type Token struct {
	Kind       TokenKind
	Text       string
	Start, End int
}

// Value returns the value of a Number token (saturating at 1<<30), or -1 for
// any other token.
func (t Token) Value() int {
	if t.Kind != Number {
		return -1
	}
	n := 0
	for i := 0; i < len(t.Text); i++ {
		if n < 1<<30 {
			n = n*10 + int(t.Text[i]-'0')
		}
	}
	return min(n, 1<<30)
}

// NextToken returns the first token of folded text s at or after byte offset
// i, skipping spaces; its Kind is Invalid at the end of s.
func NextToken(s string, i int) Token {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return Token{Start: len(s), End: len(s)}
	}
	start := i
	c := s[i]
	switch {
	case isDigit(c):
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		return Token{Number, s[start:i], start, i}
	case isPunct(c):
		return Token{Punct, s[start : i+1], start, i + 1}
	}
	for i < len(s) && s[i] != ' ' && !isDigit(s[i]) && !isPunct(s[i]) {
		i++
	}
	return Token{Word, s[start:i], start, i}
}

// Tokens returns every token of folded text s in order.
func Tokens(s string) []Token {
	var out []Token
	for t := NextToken(s, 0); t.Kind != Invalid; t = NextToken(s, t.End) {
		out = append(out, t)
	}
	return out
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isPunct reports whether c is ASCII punctuation or a control character:
// everything ASCII that is neither a letter, a digit nor a space.
func isPunct(c byte) bool {
	return c < 0x80 && c != ' ' && !isDigit(c) && !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z')
}

// IsLetter reports whether the folded byte c is an ASCII letter or begins a
// non-ASCII character (which folding keeps only for letters of other scripts
// and symbols).
func IsLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return isDigit(c) }
