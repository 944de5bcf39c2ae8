package directive

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file is the accounting pass: every non-blank byte of the input lies
// in one Region of the model or in a WarnUnread warning.
//
// The regions are those the passes recorded (the header's elements, the
// preamble's paragraphs, each assignment, each part, the closing, the
// distribution list, the signature), in order; where two overlap, the later
// keeps only what the earlier does not hold. What no region holds is
// reported, run by run within a paragraph, as text not read.

// account fills d.Regions and adds the warnings for the text no region
// holds.
func (r *reader) account(d *Directive, header []Span) {
	rs := make([]Region, 0, len(r.regions)+len(header))
	for _, sp := range header {
		rs = append(rs, Region{Kind: RegionHeader, Span: sp})
	}
	rs = append(rs, r.regions...)
	slices.SortStableFunc(rs, func(a, b Region) int { return a.Span.Start - b.Span.Start })
	// No overlaps: a region that starts inside the one before keeps what
	// lies after it; one inside it is dropped. Header spans next to each
	// other merge.
	out := rs[:0]
	for _, x := range rs {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if x.Span.Start < prev.Span.End {
				if x.Span.End <= prev.Span.End {
					continue
				}
				x.Span.Start = prev.Span.End
			}
			if x.Kind == RegionHeader && prev.Kind == RegionHeader && onlySpace(r.doc.Src, prev.Span.End, x.Span.Start) {
				prev.Span.End = x.Span.End
				continue
			}
		}
		out = append(out, x)
	}
	d.Regions = out
	// The text no region holds, paragraph by paragraph; a warning that
	// already quotes a piece (text above the header, a header line not
	// understood) holds it.
	held := append([]Region(nil), out...)
	for _, w := range d.Warnings {
		if w.Span.End > w.Span.Start {
			held = append(held, Region{Span: w.Span})
		}
	}
	slices.SortStableFunc(held, func(a, b Region) int { return a.Span.Start - b.Span.Start })
	out = held
	doc := r.doc
	k := 0
	for i := range doc.Paras {
		a, b := doc.Span(doc.Paras[i].Key)
		for k < len(out) && out[k].Span.End <= a {
			k++
		}
		pos := a
		for j := k; j < len(out) && out[j].Span.Start < b && pos < b; j++ {
			if out[j].Span.Start > pos {
				r.unread(d, pos, out[j].Span.Start)
			}
			pos = max(pos, out[j].Span.End)
		}
		if pos < b {
			r.unread(d, pos, b)
		}
	}
}

// unread adds a warning for [a, b) of the input when it holds a letter or a
// digit outside layout marks.
func (r *reader) unread(d *Directive, a, b int) {
	s := r.doc.Src
	for a < b && !wordRune(s, a) {
		a++
	}
	for b > a && !wordRuneBefore(s, b) {
		b--
	}
	if a >= b {
		return
	}
	d.Warnings = append(d.Warnings, Warning{Kind: WarnUnread, Span: Span{a, b}, Msg: "text not read: " + pClip(spaced(s[a:b]))})
}

// wordRune reports whether the rune at s[i] is a letter or a digit; the
// bytes inside a rune are not.
func wordRune(s string, i int) bool {
	if s[i]&0xc0 == 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordRuneBefore reports whether the rune that ends s[:i] is a letter or a
// digit.
func wordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// onlySpace reports whether s[a:b] holds no letter or digit.
func onlySpace(s string, a, b int) bool {
	for i := a; i < b; i++ {
		if wordRune(s, i) {
			return false
		}
	}
	return true
}
