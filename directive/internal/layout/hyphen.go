package layout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hyphenWrap reports whether line i, which opens with the dash m, is the
// rest of a hyphenated phrase that line prev wrapped rather than a bullet.
// prev stops mid-clause (no ".", ";", ":"), and the dash joins a rising
// range of numbers ("giai đoạn 2016" / "- 2020"), words in lower case
// ("kinh tế" / "- xã hội"), or the parts of a name that Options.NameAcross
// knows ("Sở Lao động" / "- Thương binh và Xã hội"). A bullet list opens
// after a line that ends a clause, and its items are sentences or names of
// their own, so it stays a list.
func (d *Doc) hyphenWrap(prev, i int, m Marker) bool {
	p := strings.TrimRight(strings.Trim(d.Src[d.Lines[prev].CS:d.Lines[prev].CE], " *_"), " ")
	if p == "" || endsSentence(p) || strings.HasSuffix(p, ",") {
		return false
	}
	// The text after the dash, in the caller's bytes.
	a, _ := d.Key.Span(m.Key.B, m.Key.B)
	after := strings.TrimLeft(d.Src[a:d.Lines[i].CE], " *_")
	if x, ok := lastNumber(p); ok {
		y, ok := firstNumber(after)
		if !ok || strings.Contains(x, "/") != strings.Contains(y, "/") {
			return false
		}
		if !strings.Contains(x, "/") {
			xn, _ := strconv.Atoi(x)
			yn, _ := strconv.Atoi(y)
			return yn > xn
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLower(r) {
		// "phát triển kinh tế" / "- xã hội": a lower-case continuation;
		// bullets open with a capital.
		last, _ := utf8.DecodeLastRuneInString(p)
		return unicode.IsLetter(last)
	}
	if !unicode.IsUpper(r) || d.opts == nil || d.opts.NameAcross == nil {
		return false
	}
	tail := p
	if k := strings.LastIndexAny(p, ",;:("); k >= 0 {
		tail = p[k+1:]
	}
	head := after
	if k := strings.IndexAny(after, ",;:.("); k >= 0 {
		if after[k] == ':' {
			return false // "- Thời gian thực hiện: …": a labelled field
		}
		head = after[:k]
	}
	tail, head = lastWords(strings.TrimSpace(tail), 10), firstWords(strings.TrimSpace(head), 8)
	if tail == "" || head == "" {
		return false
	}
	if d.opts.NameAcross(tail, head) {
		return true
	}
	// A list under a collective's head: "Giám đốc các Sở: Lao động" / "-
	// Thương binh và Xã hội, Nội vụ": the items are names without their
	// head word, which the probe puts back.
	if k := strings.LastIndexByte(p, ':'); k >= 0 {
		before := strings.ToLower(p[:k])
		for _, h := range [...]struct{ words, head string }{{"các sở", "Sở"}, {"các bộ", "Bộ"}} {
			if j := strings.LastIndex(before, h.words); j >= 0 && len(before)-j <= len(h.words)+24 {
				return d.opts.NameAcross(h.head+" "+tail, head)
			}
		}
	}
	return false
}

// lastNumber returns the number (digits, "/" and "." inside) that ends s
// as a word of its own.
func lastNumber(s string) (string, bool) {
	i := len(s)
	for i > 0 && (isDigit(s[i-1]) || s[i-1] == '/' || s[i-1] == '.') {
		i--
	}
	n := strings.Trim(s[i:], "/.")
	if n == "" || !isDigit(n[len(n)-1]) || !isDigit(n[0]) || i > 0 && s[i-1] != ' ' || len(n) > 10 {
		return "", false
	}
	return n, true
}

// firstNumber returns the number (digits, "/" and "." inside) that opens
// s, not one followed by a letter or a percent sign ("20%", "3a").
func firstNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '/' || s[i] == '.') {
		i++
	}
	n := strings.TrimRight(s[:i], "/.")
	if n == "" || len(n) > 10 {
		return "", false
	}
	if j := len(n); j < len(s) && s[j] != ' ' && s[j] != '.' && s[j] != ',' && s[j] != ';' && s[j] != ')' {
		return "", false
	}
	return n, true
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	i := len(s)
	for ; n > 0; n-- {
		k := strings.LastIndexByte(s[:i], ' ')
		if k < 0 {
			return s
		}
		i = k
	}
	return s[i+1:]
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	i := 0
	for i < len(s) {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return s
		}
		if n--; n == 0 {
			return s[:i+k]
		}
		i += k + 1
	}
	return s
}
