package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// A Line is one line of the document.
type Line struct {
	// Start and End are the line in Doc.Src, without its line end.
	Start, End int
	// CS and CE are its content in Doc.Src: the line without the white
	// space and the layout marks around it.
	CS, CE int
	// Key is the folding of the content in Doc.Key, layout marks inside
	// the line left out; empty for a line without content.
	Key Range
	// Flags say what the line is and how it is set.
	Flags LineFlag
	// Heading is the level of a markdown heading ("## …" is 2), 0 for none.
	Heading int
	// pieces indexes Doc.pieces: the parts of Src the content is made of.
	p0, p1 int
}

// A LineFlag is a fact about a line's layout.
type LineFlag uint16

// The line flags.
const (
	// LineBlank: the line holds no letter or digit (white space, layout
	// marks, punctuation only).
	LineBlank LineFlag = 1 << iota
	// LineBar: the line holds a table-cell bar "|" at one of its ends.
	LineBar
	// LineCellBreak: the line holds only bars: the boundary of a table cell
	// in a converted web page.
	LineCellBreak
	// LineRule: the line is a rule of dashes, underscores, equal signs or
	// stars ("--------"), or a page number between dashes ("- 2 -").
	LineRule
	// LineBold: all of the line's content is in bold emphasis ("**…**",
	// possibly opened or closed on another line).
	LineBold
	// LineBoldPart: some but not all of the content is bold.
	LineBoldPart
	// LineItalic: the content is in italic emphasis ("*…*").
	LineItalic
	// LineQuote: a markdown quote ("> …").
	LineQuote
	// LineCaps: every letter of the content is upper case, and it has at
	// least two.
	LineCaps
	// LineAccented: some letter of the content carries a diacritic.
	LineAccented
	// LineMdRow: a markdown table row ("| a | b |").
	LineMdRow
	// LineTabRow: cells separated by tab characters.
	LineTabRow
	// LineLower: some letter of the content is lower case.
	LineLower
	// LineCaption: the note under an attached document's title: "(Kèm
	// theo …)", "(Ban hành kèm theo …)".
	LineCaption
	// LineHyphenWrap: the line opens with a dash that joins it to the line
	// before ("Sở Lao động" / "- Thương binh và Xã hội"): no bullet.
	LineHyphenWrap
	// LineRecipients: the line opens the list of recipients of Decree
	// 30/2020/NĐ-CP's footer (Appendix I, element 9a): "Nơi nhận:".
	LineRecipients
)

var lineFlagNames = [...]string{"blank", "bar", "cellbreak", "rule", "bold", "boldpart", "italic", "quote", "caps", "accented", "mdrow", "tabrow", "lower", "caption", "hyphenwrap", "recipients"}

// String returns the names of the flags set, separated by "+".
func (f LineFlag) String() string {
	var sb strings.Builder
	for i, n := range lineFlagNames {
		if f&(1<<i) != 0 {
			if sb.Len() > 0 {
				sb.WriteByte('+')
			}
			sb.WriteString(n)
		}
	}
	return sb.String()
}

// Has reports whether all of g are set in f.
func (f LineFlag) Has(g LineFlag) bool { return f&g == g }

// splitLines returns the raw lines of s: their bounds without the line end.
// Every line end counts: LF, CRLF, a lone CR, U+2028, U+2029 and U+0085.
func splitLines(out [][2]int, s string) [][2]int {
	if n := strings.Count(s, "\n") + 1; cap(out) < n {
		out = make([][2]int, 0, n)
	}
	out = out[:0]
	start := 0
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") && !strings.Contains(s, "\u0085") {
		// Only LF ends a line (as in most documents): found by IndexByte
		// rather than byte by byte.
		for {
			k := strings.IndexByte(s[start:], '\n')
			if k < 0 {
				return append(out, [2]int{start, len(s)})
			}
			out = append(out, [2]int{start, start + k})
			start += k + 1
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			out = append(out, [2]int{start, i})
			i++
			start = i
			continue
		case c == '\r':
			out = append(out, [2]int{start, i})
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			start = i
			continue
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			// U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
			out = append(out, [2]int{start, i})
			i += 3
			start = i
			continue
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0x85:
			// U+0085 NEXT LINE.
			out = append(out, [2]int{start, i})
			i += 2
			start = i
			continue
		}
		i++
	}
	return append(out, [2]int{start, len(s)})
}

// isSpaceAt returns the size of the white-space rune at s[i] (ASCII white
// space, NBSP and the other Unicode spaces, zero-width characters), or 0.
func isSpaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	if !maySpace(c) {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e':
		return n
	}
	if r >= '\u2000' && r <= '\u200a' {
		return n
	}
	return 0
}

// maySpace reports whether the byte c may begin a white-space rune of
// isSpaceAt: it is one of the ASCII spaces, or the first byte in UTF-8 of
// one of the others.
func maySpace(c byte) bool {
	switch c {
	case ' ', '\t', '\v', '\f', 0xc2, 0xe1, 0xe2, 0xe3, 0xef:
		return true
	}
	return false
}

// mayStartSpace reports whether a white-space rune of isSpaceAt may
// begin at s[j]: maySpace, less the letters of Latin Extended Additional
// (U+1E00–U+1EFF: "ạ", "ế", "ộ", most Vietnamese letters with a tone),
// whose first byte 0xE1 U+1680 and U+180E share.
func mayStartSpace(s string, j int) bool {
	if c := s[j]; c == 0xe1 {
		return j+1 >= len(s) || s[j+1] < 0xb8
	}
	return maySpace(s[j])
}

// lastSpaceAt returns the size of the white-space rune that ends s[:j], or 0.
func lastSpaceAt(s string, j int) int {
	if j == 0 {
		return 0
	}
	if s[j-1] < utf8.RuneSelf {
		return isSpaceAt(s, j-1)
	}
	_, n := utf8.DecodeLastRuneInString(s[:j])
	return isSpaceAt(s[:j], j-n)
}

func trimSpace(s string, a, b int) (int, int) {
	for a < b {
		n := isSpaceAt(s, a)
		if n == 0 {
			break
		}
		a += n
	}
	for b > a {
		n := lastSpaceAt(s, b)
		if n == 0 {
			break
		}
		b -= n
	}
	return a, b
}

// lineCleaner strips the layout of lines, keeping the emphasis state that
// runs across them (a "**" opened on one line and closed on a later one).
type lineCleaner struct {
	s      string
	bold   bool // inside "**" emphasis at the start of the next line
	pieces []vntext.Piece
}

// clean reads the raw line [start, end): its content span, its flags and
// the pieces of its content (appended to c.pieces).
func (c *lineCleaner) clean(start, end int) Line {
	s := c.s
	l := Line{Start: start, End: end}
	a, b := trimSpace(s, start, end)
	if a < b && (isRule(strings.Trim(s[a:b], "*_ \t")) || strings.Trim(s[a:b], "*_ \t") == "" || isPageNumber(s[a:b])) {
		l.CS, l.CE = a, a
		l.Flags = LineBlank | LineRule
		l.p0, l.p1 = len(c.pieces), len(c.pieces)
		return l
	}
	if bars := strings.Count(s[a:b], "|"); bars > 0 {
		l.Flags |= LineBar
		if strings.Trim(s[a:b], "| \t") == "" {
			l.Flags |= LineCellBreak | LineBlank
			l.CS, l.CE = a, a
			l.p0, l.p1 = len(c.pieces), len(c.pieces)
			return l
		}
		if bars >= 3 && s[a] == '|' {
			l.Flags |= LineMdRow
		}
	}
	if strings.IndexByte(s[a:b], '\t') >= 0 && a < b {
		if k := strings.IndexByte(s[a:b], '\t'); k > 0 && k < b-a-1 {
			l.Flags |= LineTabRow
		}
	}
	// The marks around the content: bars of a cell, heading and quote
	// marks, emphasis opened or closed at the edges.
	for changed := true; changed && a < b; {
		changed = false
		switch {
		case s[a] == '|' && l.Flags&LineMdRow == 0:
			a++
			changed = true
		case s[b-1] == '|' && l.Flags&LineMdRow == 0:
			b--
			changed = true
		case s[a] == '#' && l.Heading == 0:
			k := a
			for k < b && s[k] == '#' {
				k++
			}
			if k == b || isSpaceAt(s, k) > 0 {
				l.Heading = k - a
				a = k
				changed = true
			}
		case s[a] == '>' && (a+1 == b || isSpaceAt(s, a+1) > 0):
			l.Flags |= LineQuote
			a++
			changed = true
		}
		if changed {
			a, b = trimSpace(s, a, b)
		}
	}
	l.CS, l.CE = a, b
	// The pieces: the content without its emphasis marks. Emphasis runs
	// are "**" and "__" anywhere, and a lone '*' or '_' that opens or
	// closes a word.
	l.p0 = len(c.pieces)
	bold := c.bold
	allBold, anyBold := true, false
	from := a
	space := true
	// seg notes whether the text between two emphasis marks holds
	// anything, bold or not.
	seg := func(x, y int) {
		if x, y = trimSpace(s, x, y); x < y {
			if bold {
				anyBold = true
			} else {
				allBold = false
			}
		}
	}
	for i := a; i < b; {
		k := strings.IndexAny(s[i:b], "*_")
		if k < 0 {
			break
		}
		i += k
		ch := s[i]
		if i+1 < b && s[i+1] == ch {
			// A run of two or more: "**", "***", "__".
			k := i
			for k < b && s[k] == ch {
				k++
			}
			seg(from, i)
			c.addPiece(from, i, space)
			if from < i {
				space = false
			}
			bold = !bold
			from = k
			i = k
			continue
		}
		if emphasisAt(s, a, b, i) {
			seg(from, i)
			c.addPiece(from, i, space)
			if from < i {
				space = false
			}
			if i == a || i == b-1 {
				l.Flags |= LineItalic
			}
			from = i + 1
		}
		i++
	}
	seg(from, b)
	text := !allBold || anyBold
	c.addPiece(from, b, space)
	l.p1 = len(c.pieces)
	c.bold = bold
	if !text {
		l.Flags |= LineBlank
	}
	switch {
	case text && allBold:
		l.Flags |= LineBold
	case anyBold:
		l.Flags |= LineBoldPart
	}
	return l
}

// addPiece records s[a:b] as a piece of content, trimmed of white space.
// A piece is separated by a space from the one before it when it opens a
// line (space) or when white space lies between them ("**1.** Bộ").
func (c *lineCleaner) addPiece(a, b int, space bool) {
	a, b = trimSpace(c.s, a, b)
	if a >= b {
		return
	}
	if !space && len(c.pieces) > 0 {
		prev := c.pieces[len(c.pieces)-1].End
		for i := prev; i < a; {
			if n := isSpaceAt(c.s, i); n > 0 {
				space = true
				break
			}
			i++
		}
	}
	c.pieces = append(c.pieces, vntext.Piece{Start: a, End: b, Space: space})
}

// emphasisAt reports whether the '*' or '_' at s[i] (inside the content
// [a, b)) opens or closes emphasis rather than being a character of the text:
// it touches a word on one side and white space, punctuation or an edge of
// the content on the other. "(*)" and "a * b" keep theirs.
func emphasisAt(s string, a, b, i int) bool {
	before := i == a || isSpaceAt(s, i-1) > 0 || isOpenPunct(s[i-1])
	after := i+1 == b || isSpaceAt(s, i+1) > 0 || isClosePunct(s[i+1])
	if before && after {
		return false
	}
	if s[i] == '_' && !before && !after {
		return false // snake_case, a URL
	}
	if i > a && s[i-1] == '(' && i+1 < b && s[i+1] == ')' {
		return false
	}
	return before || after || s[i] == '*'
}

func isOpenPunct(c byte) bool  { return c == '(' || c == '"' || c == '\'' || c == '[' }
func isClosePunct(c byte) bool { return strings.IndexByte(".,;:!?)]\"'", c) >= 0 }

// isRule reports whether t is a rule: three or more of one of - _ = * ─ —
// and nothing else but white space.
// isPageNumber reports whether t is only a page number between dashes, as
// the conversion of a PDF keeps it: "- 2 -", "– 12 –".
func isPageNumber(t string) bool {
	t = strings.TrimSpace(t)
	for _, d := range [...]string{"-", "–", "—"} {
		if strings.HasPrefix(t, d) && strings.HasSuffix(t, d) && len(t) > 2*len(d) {
			n := strings.TrimSpace(t[len(d) : len(t)-len(d)])
			if n == "" || len(n) > 4 {
				return false
			}
			for i := 0; i < len(n); i++ {
				if n[i] < '0' || n[i] > '9' {
					return false
				}
			}
			return true
		}
	}
	return false
}

func isRule(t string) bool {
	n := 0
	var first rune
	for _, r := range t {
		switch r {
		case ' ', '\t':
			continue
		case '-', '_', '=', '*', '─', '—', '–', '…', '.':
			if first == 0 {
				first = r
			}
			if r != first {
				return false
			}
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// void reports whether the line holds nothing but white space.
func (l Line) void() bool {
	return l.CS == l.CE && l.Flags&(LineCellBreak|LineRule) == 0 && l.Heading == 0
}
