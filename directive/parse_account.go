package directive

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file checks the line-accounting invariant of Parse: every non-blank
// line of the input lies inside an element's span or a warning's.

// mergeSpans sorts spans and merges those that overlap or are separated
// only by white space and layout marks in text.
func mergeSpans(spans []Span, text string) []Span {
	s := slices.Clone(spans)
	slices.SortFunc(s, func(a, b Span) int { return a.Start - b.Start })
	var out []Span
	for _, x := range s {
		if x.End <= x.Start {
			continue
		}
		if n := len(out); n > 0 && (x.Start <= out[n-1].End || onlyLayout(text, out[n-1].End, x.Start)) {
			out[n-1].End = max(out[n-1].End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// onlyLayout reports whether text[a:b] holds no letter or digit.
func onlyLayout(text string, a, b int) bool {
	if a < 0 || b > len(text) || a > b {
		return false
	}
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		i += n
	}
	return true
}

// coveredBy reports whether sp lies within one of the merged spans.
func coveredBy(merged []Span, sp Span) bool {
	k, _ := slices.BinarySearchFunc(merged, sp.Start, func(a Span, t int) int {
		if a.End < t {
			return -1
		}
		if a.Start > t {
			return 1
		}
		return 0
	})
	for ; k < len(merged) && merged[k].Start <= sp.Start; k++ {
		if merged[k].Contains(sp) {
			return true
		}
	}
	if k > 0 && merged[k-1].Contains(sp) {
		return true
	}
	return false
}
