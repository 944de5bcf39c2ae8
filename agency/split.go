package agency

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitList splits a list of agencies — "Sở Tài chính, Sở Kế hoạch và Đầu
// tư, Công an thành phố và các cơ quan, đơn vị, địa phương" — into one
// Mention per agency or group. It splits on commas, semicolons and "và"
// between agencies, never inside a name ("Sở Kế hoạch và Đầu tư") or a
// group ("các cơ quan, đơn vị liên quan"), because the names are found
// first with [Registry.FindAll]. A piece between separators that names no
// known agency is returned unresolved, with its text as Name, so nothing in
// the list is lost.
func (r *Registry) SplitList(text string, opt *Options) []Mention {
	ms := r.FindAll(text, opt)
	var out []Mention
	prev := 0
	for _, m := range ms {
		out = appendPieces(out, text, prev, m.Start)
		out = append(out, m)
		prev = m.End
	}
	return appendPieces(out, text, prev, len(text))
}

// appendPieces appends the pieces of text[a:b] between list separators as
// unresolved mentions.
func appendPieces(out []Mention, text string, a, b int) []Mention {
	start := a
	flush := func(end int) {
		s, e := trimPiece(text, start, end)
		if e > s {
			out = append(out, Mention{Start: s, End: e, Text: text[s:e], NameStart: s, Name: cleanName(text[s:e])})
		}
	}
	for i := a; i < b; {
		c := text[i]
		if c == ',' || c == ';' || c == '\n' {
			flush(i)
			i++
			start = i
			continue
		}
		matched := false
		for _, w := range []string{"và", "va", "&"} {
			if isWordAt(text, i, b, w) {
				flush(i)
				i += len(w)
				start, matched = i, true
				break
			}
		}
		if !matched {
			i++
		}
	}
	flush(b)
	return out
}

// isWordAt reports whether the word w starts at byte i of text (before b)
// and stands alone.
func isWordAt(text string, i, b int, w string) bool {
	if i+len(w) > b || text[i:i+len(w)] != w {
		return false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if i+len(w) < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// trimPiece trims spaces, punctuation and list connectors from text[a:b].
func trimPiece(text string, a, b int) (int, int) {
	const cut = ".,;:-–—()\"'“”"
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		b -= n
	}
	return a, b
}
