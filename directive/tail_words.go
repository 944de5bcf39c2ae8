package directive

import "strings"

// isNameLine reports whether t looks like a person's name: two to five
// capitalised words without digits or sentence punctuation.
func isNameLine(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 5 || isUpperText(t) || strings.ContainsAny(t, "0123456789,;:()") {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// signFormOf reports the signing form a line opens with ("TM. BAN CHỈ
// ĐẠO"), and the text after it.
func signFormOf(t string) (SignForm, string, bool) {
	k := strings.IndexByte(t, '.')
	if k <= 0 || k > 4 {
		return SignNone, "", false
	}
	f, ok := ParseSignForm(t[:k+1])
	if !ok || f == SignNone {
		return SignNone, "", false
	}
	return f, strings.TrimSpace(t[k+1:]), true
}
