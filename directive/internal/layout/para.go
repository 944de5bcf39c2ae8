package layout

import (
	"strings"
	"unicode/utf8"
)

// A Para is one paragraph: lines joined where the text was only wrapped,
// or split by a page break, and kept apart where the layout shows a new
// paragraph (an empty line, a list marker, a change of emphasis or of
// capitals, a sentence ending where a short line ends, a table cell).
type Para struct {
	// Lines are the paragraph's lines [first, last+1); empty lines inside
	// (a healed page break) belong to it.
	Lines [2]int
	// Key is the paragraph's content in Doc.Key, marker included.
	Key Range
	// Marker is the list marker that opens it, if any; Body is the content
	// after the marker.
	Marker Marker
	Body   Range
	// Flags say how it is set.
	Flags ParaFlag
	// Heading is the level of a markdown heading, 0 for none.
	Heading int
	// Cell is the table cell it lies in, if any.
	Cell CellRef
}

// A ParaFlag is a fact about a paragraph's layout.
type ParaFlag uint8

// The paragraph flags.
const (
	// ParaBold: the whole paragraph is in bold emphasis.
	ParaBold ParaFlag = 1 << iota
	// ParaItalic: its lines are in italic emphasis.
	ParaItalic
	// ParaCaps: every letter of it is upper case.
	ParaCaps
	// ParaAccented: some letter carries a diacritic.
	ParaAccented
	// ParaHealed: it runs over a page break or an empty line that only
	// split a sentence.
	ParaHealed
	// ParaQuote: a markdown quote.
	ParaQuote
	// ParaCited: it lies in a quotation of another text that spans whole
	// paragraphs — a provision a reply letter quotes, the new wording of
	// an amended clause: from an opening quote that starts a paragraph to
	// a closing quote that ends one. A marker in it numbers the quoted
	// text, not the document's, and is not read (Marker is zero).
	ParaCited
)

var paraFlagNames = [...]string{"bold", "italic", "caps", "accented", "healed", "quote", "cited"}

// String returns the names of the flags set, separated by "+".
func (f ParaFlag) String() string {
	s := ""
	for i, n := range paraFlagNames {
		if f&(1<<i) != 0 {
			if s != "" {
				s += "+"
			}
			s += n
		}
	}
	return s
}

// runes returns the number of characters of the line's content.
func (d *Doc) runes(l *Line) int {
	return utf8.RuneCountInString(d.Src[l.CS:l.CE])
}

// endsSentence reports whether the folded text t ends a sentence, a clause
// of a list or a lead-in: ".", ";", ":", "!", "?", or "./.", perhaps inside
// closing quotes, brackets or emphasis.
func endsSentence(t string) bool {
	for len(t) > 0 {
		switch t[len(t)-1] {
		case '"', '\'', ')', ']', '*', ' ':
			if t[len(t)-1] == ')' && len(t) >= 2 && t[len(t)-2] != '.' {
				return false
			}
			t = t[:len(t)-1]
			continue
		case '.', ';', ':', '!', '?':
			return true
		}
		return false
	}
	return false
}

// endsLeadIn reports whether the folded line t ends a lead-in that lost its
// colon ("… thực hiện các nội dung sau", "… như sau đây"): the list it
// announces opens on the next line.
func endsLeadIn(t string) bool {
	t = strings.TrimRight(t, " *")
	for _, e := range [...]string{" sau", " sau đây", " sau day"} {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// startsLower reports whether the content of line l opens with a lower-case
// letter.
func (d *Doc) startsLower(l *Line) bool {
	if l.Key.Empty() {
		return false
	}
	c := d.Key.Text[l.Key.A]
	return ('a' <= c && c <= 'z' || c >= utf8.RuneSelf) && !d.Key.IsUpperAt(l.Key.A)
}

// loneDivisionWord reports whether the line holds only a word that opens a
// division marker ("Điều", "Chương"), whose number the conversion put on
// the next line.
func (d *Doc) loneDivisionWord(l *Line) bool {
	t := d.Text(l.Key)
	for _, w := range divisionWords {
		if t == w.key && d.Key.IsUpperAt(l.Key.A) {
			return true
		}
	}
	return false
}

// paragraphs appends to out the paragraphs of the lines [from, to), all in
// one table cell (cell) or all outside tables.
func (d *Doc) paragraphs(out []Para, from, to int, cell CellRef, markers []Marker) []Para {
	lines := d.Lines
	cur := -1 // index in out of the open paragraph, -1 when none
	blankRun := 0
	for i := from; i < to; i++ {
		l := &lines[i]
		if l.Key.Empty() {
			// A rule or a page number is a mark of the page, not a
			// blank line between paragraphs.
			if l.Flags&(LineCellBreak|LineRule) == 0 {
				blankRun++
			}
			continue
		}
		m := markers[i]
		join := cur >= 0 && d.continues(&out[cur], i, m, blankRun)
		blankRun = 0
		if join {
			p := &out[cur]
			p.Lines[1] = i + 1
			p.Key.B = l.Key.B
			if p.Flags&ParaBold != 0 && l.Flags&LineBold == 0 {
				p.Flags &^= ParaBold
			}
			if p.Flags&ParaCaps != 0 && l.Flags&LineLower != 0 {
				p.Flags &^= ParaCaps
			}
			if l.Flags&LineAccented != 0 {
				p.Flags |= ParaAccented
			}
			if p.Marker.IsZero() && p.Lines[1]-p.Lines[0] == 2 && d.loneDivisionWord(&lines[p.Lines[0]]) {
				// "Điều" / "2. …": the marker spans the two lines.
				p.Marker = readMarker(&d.Key, p.Key.A, d.Text(p.Key))
				if !p.Marker.IsZero() {
					p.Body.A = min(bodyStart(d.Key.Text, p.Marker.Key.B), p.Key.B)
				}
			}
			p.Body.B = p.Key.B
			continue
		}
		p := Para{Lines: [2]int{i, i + 1}, Key: l.Key, Marker: m, Body: l.Key, Heading: l.Heading, Cell: cell}
		if !m.IsZero() {
			p.Body.A = min(bodyStart(d.Key.Text, m.Key.B), p.Key.B)
		}
		if l.Flags&LineBold != 0 {
			p.Flags |= ParaBold
		}
		if l.Flags&LineCaps != 0 {
			p.Flags |= ParaCaps
		}
		if l.Flags&LineItalic != 0 {
			p.Flags |= ParaItalic
		}
		if l.Flags&LineAccented != 0 {
			p.Flags |= ParaAccented
		}
		if l.Flags&LineQuote != 0 {
			p.Flags |= ParaQuote
		}
		out = append(out, p)
		cur = len(out) - 1
	}
	return out
}

func bodyStart(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// continues reports whether line i (with its marker m, after blank empty
// lines) continues the paragraph p.
func (d *Doc) continues(p *Para, i int, m Marker, blank int) bool {
	lines := d.Lines
	prev := &lines[p.Lines[1]-1]
	l := &lines[i]
	// A paragraph that is only its marker ("8.", "Điều") goes on to the
	// next line, over the emphasis that ends with it.
	if blank == 0 && p.Lines[1]-p.Lines[0] == 1 {
		if !p.Marker.IsZero() && p.Body.Empty() && m.IsZero() {
			return true
		}
		// A marker and one word ("Điều 2. Giao" / "Giám đốc Sở Tư pháp
		// …"): a sentence cut after its first word. A title has more
		// words ("Điều 2. Hiệu lực thi hành").
		if !p.Marker.IsZero() && m.IsZero() && prev.Flags&LineCaps == 0 && l.Heading == 0 {
			if b := d.Text(p.Body); b != "" && !strings.ContainsAny(b, " .;:,") {
				return true
			}
		}
		if p.Marker.IsZero() && d.loneDivisionWord(prev) && isDigit(d.Key.Text[l.Key.A]) {
			return true
		}
	}
	if l.Flags&LineHyphenWrap != 0 && blank == 0 {
		return true
	}
	if p.Heading > 0 && l.Heading == 0 && m.IsZero() && blank == 0 && prev.Flags&LineBold != 0 && l.Flags&LineBold != 0 &&
		!endsSentence(d.Text(prev.Key)) {
		// "#### **4. Giao Sở Lao động - Thương binh và Xã" / "hội:**": a
		// heading wrapped inside its emphasis.
		return true
	}
	if !m.IsZero() || l.Heading > 0 || p.Heading > 0 {
		return false
	}
	if l.Flags&LineMdRow != 0 || prev.Flags&LineMdRow != 0 {
		return false
	}
	prevText := d.Text(prev.Key)
	if blank > 0 {
		// An empty line ends a paragraph, unless it only split a sentence
		// (a page break): the text before it ends no sentence and the text
		// after it goes on in lower case.
		return blank <= 2 && !endsSentence(prevText) && d.startsLower(l) && !p.Cell.In() &&
			prev.Flags&(LineBold|LineCaps) == l.Flags&(LineBold|LineCaps)
	}
	// A change of emphasis or of capitals: a heading ends, or begins.
	if prev.Flags&LineBold != l.Flags&LineBold && (prev.Flags|l.Flags)&LineBoldPart == 0 {
		return false
	}
	// A line of capitals next to a line with lower-case letters: a
	// heading ends or begins. (A short line of capitals, "PHỦ", is
	// neither.)
	if (prev.Flags&LineCaps != 0 && l.Flags&LineLower != 0 || prev.Flags&LineLower != 0 && l.Flags&LineCaps != 0) && !d.startsLower(l) {
		return false
	}
	// Emphasis that opened on an earlier line and closes where this line
	// ends ends the paragraph, unless the next line goes on in lower case:
	// a quoted provision in italics, `… vào ngân sách nhà nước"*`, before
	// the letter's own "Tại khoản 1 …".
	if raw := strings.TrimRight(d.Src[prev.CS:prev.CE], " "); (strings.HasSuffix(raw, "*") && strings.Count(raw, "*")%2 == 1 ||
		strings.HasSuffix(raw, "_") && strings.Count(raw, "_")%2 == 1) && !d.startsLower(l) {
		return false
	}
	// Lines not wrapped to a width are paragraphs of their own, but for
	// the one that goes on a sentence in lower case, or after a comma or
	// a dash.
	if d.Width == 0 {
		t := strings.TrimRight(prevText, " *")
		return d.startsLower(l) || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "-") || strings.HasSuffix(t, " va") || strings.HasSuffix(t, " cua")
	}
	// A change of italics: the preamble's "*Căn cứ …*" after a title.
	if prev.Flags&LineItalic != l.Flags&LineItalic && !d.startsLower(l) {
		return false
	}
	if d.startsLower(l) {
		return true
	}
	if !endsSentence(prevText) {
		return true
	}
	// A sentence ends where a line ends, and the next line opens with a
	// capital: a new paragraph if either line is short (the last line of
	// a paragraph, or the first, whose indent the conversion kept as a
	// shorter line); two full lines are one paragraph wrapped between two
	// sentences.
	if d.Width == 0 {
		return false
	}
	short := d.Width - 14
	return d.runes(prev) >= short && d.runes(l) >= short
}

// wrapWidth returns the width the text was wrapped to: the longest length
// that at least a quarter of the long lines reach within a few characters,
// or 0 when the lines are not wrapped.
func (d *Doc) wrapWidth() int {
	var hist [512]int
	total := 0
	for i := range d.Lines {
		l := &d.Lines[i]
		if l.Key.Empty() || l.Flags&(LineMdRow|LineTabRow) != 0 {
			continue
		}
		if nb := l.CE - l.CS; nb < 40 || nb >= utf8.UTFMax*len(hist) {
			// Fewer than 40 characters, or too many to count: a line
			// has no more characters than bytes, and no fewer than a
			// quarter of them.
			continue
		}
		n := d.runes(l)
		if n >= 40 && n < len(hist) {
			hist[n]++
			total++
		}
	}
	if total < 8 {
		return 0
	}
	// The width is where the lengths pile up: the window of 12 lengths
	// holding the most lines, read at its top.
	best, bestN := 0, 0
	for w := 40; w < len(hist); w++ {
		n := 0
		for k := max(40, w-11); k <= w; k++ {
			n += hist[k]
		}
		if n > bestN || n == bestN && n > 0 {
			best, bestN = w, n
		}
	}
	if bestN*3 < total {
		return 0
	}
	// Move the top down to the longest length in the window that many
	// lines reach.
	for best > 40 && hist[best]*20 < bestN {
		best--
	}
	return best
}

// markQuotations sets ParaCited on the paragraphs outside tables that a
// quotation spans whole: it opens with a quote mark at the start of a
// paragraph (emphasis marks aside) and closes with one at the end of the
// same or a later paragraph, with no quote mark left open or closed in the
// paragraphs between (an even number in each). The folding writes every
// typographic quote as '"', so a paragraph's quote marks are counted: the
// opening one leaves an odd number, or two when the quotation is that one
// paragraph. A quotation that does not close, or whose closing paragraph
// does not end with the quote, is none: nothing is marked.
func (d *Doc) markQuotations() {
	ps := d.Paras
	for i := 0; i < len(ps); i++ {
		t := d.Text(ps[i].Key)
		if ps[i].Cell.In() || !strings.HasPrefix(strings.TrimLeft(t, "*_ "), `"`) {
			continue
		}
		j := -1
		switch n := strings.Count(t, `"`); {
		case n == 2 && closesQuote(t):
			j = i
		case n%2 == 1:
			for k := i + 1; k < len(ps) && !ps[k].Cell.In(); k++ {
				u := d.Text(ps[k].Key)
				if strings.Count(u, `"`)%2 == 0 {
					continue
				}
				if closesQuote(u) {
					j = k
				}
				break
			}
		}
		for k := i; k <= j; k++ {
			ps[k].Flags |= ParaCited
			ps[k].Marker, ps[k].Body = Marker{}, ps[k].Key
		}
		i = max(i, j)
	}
}

// closesQuote reports whether the folded paragraph t ends with a quote
// mark, perhaps before the punctuation that ends the sentence and the
// marks of emphasis: `… thực nộp vào ngân sách nhà nước"*`, `… hồ sơ.";`.
func closesQuote(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, ".,;:!?*_ )/"), `"`)
}
