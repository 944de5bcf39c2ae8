package directive

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// This file is the first layer of the parser: the input split into lines
// with their byte offsets, each line cleaned of the layout that conversion
// from PDF, Word or a web page leaves (markdown emphasis and headings, "|"
// table-cell markers, rules of dashes), and the lines of the body joined
// into paragraphs where a line was only wrapped or a paragraph was split by a
// page break.

// A line is one line of the input. Its content is the line without the
// white space and layout marks around it, and with inline emphasis markers
// ("**") removed.
type line struct {
	start, end int    // the raw line, without its line break
	cs, ce     int    // the content span in the input
	text       string // the content, inline "**" removed
	cuts       []cut  // where text differs from input[cs:ce]
	blank      bool   // no letter or digit: white space or layout only
	bar        bool   // the line is or holds a "|" cell marker or a rule
	folded     string // vntext folding of text, filled by fold
	isFolded   bool
}

// A cut records n bytes of the input removed at text offset at.
type cut struct{ at, n int }

// orig maps an offset in l.text to an offset in the input.
func (l *line) orig(t int) int {
	o := l.cs + t
	for _, c := range l.cuts {
		if c.at <= t {
			o += c.n
		}
	}
	return o
}

// fold returns the folded text of the line.
func (l *line) fold() string {
	if !l.isFolded {
		l.folded = vntext.Fold(l.text).Text
		l.isFolded = true
	}
	return l.folded
}

// splitLines splits s into lines and cleans each one.
func splitLines(s string) []line {
	n := strings.Count(s, "\n") + 1
	lines := make([]line, 0, n)
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		end := len(s)
		next := len(s) + 1
		if j >= 0 {
			end = i + j
			next = end + 1
		}
		e := end
		if e > i && s[e-1] == '\r' {
			e--
		}
		lines = append(lines, cleanLine(s, i, e))
		i = next
	}
	return joinSplitWords(s, lines)
}

// joinSplitWords joins each line that holds one word alone to the next
// line with content when the two read as one term a table-cell conversion
// broke over lines: the two words of a document type's name ("QUYẾT" /
// "ĐỊNH", "KẾ" / "HOẠCH"), of a header label ("Kính" / "gửi:", "Nơi" /
// "nhận:"), or "Điều" and its number ("Điều" / "2. Giao …"). A lone word
// is never a line of its own in a directive, and the term is one element
// of it (the type line, the recipients, an article), so the joined line is
// read as printed. Only blank lines may lie between the two.
func joinSplitWords(s string, lines []line) []line {
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if l.blank || len(l.text) > 12 || strings.IndexByte(l.text, ' ') >= 0 {
			continue
		}
		j := i + 1
		for j < len(lines) && j <= i+3 && lines[j].blank {
			j++
		}
		if j >= len(lines) || j > i+3 || !splitTerm(l.text, lines[j].text) {
			continue
		}
		n := &lines[j]
		at := len(l.text) + 1
		joined := line{start: l.start, end: n.end, cs: l.cs, ce: n.ce, text: l.text + " " + n.text, bar: l.bar || n.bar}
		joined.cuts = append(append([]cut(nil), l.cuts...), cut{at: at, n: n.cs - l.ce - 1})
		for _, c := range n.cuts {
			joined.cuts = append(joined.cuts, cut{at: c.at + at, n: c.n})
		}
		lines[i] = joined
		lines = slices.Delete(lines, i+1, j+1)
	}
	return lines
}

// splitTerm reports whether the word w alone on a line and the line next
// after it form one term broken over the two lines (joinSplitWords).
func splitTerm(w, next string) bool {
	var buf [32]byte
	var orig [33]int32
	fw := vntext.FoldInto(buf[:0], orig[:0], w).Text
	if fw == "dieu" {
		// "Điều" / "2. …": an article and its number.
		return articleWordEnd(w+" ") > 0 && next != "" && pIsDigit(next[0])
	}
	k := 0
	for k < len(next) && k < 16 && next[k] != ' ' && next[k] != ':' && next[k] != '.' && next[k] != ',' {
		k++
	}
	if k == 0 || k == 16 {
		return false
	}
	var buf2 [32]byte
	var orig2 [33]int32
	fn := vntext.FoldInto(buf2[:0], orig2[:0], next[:k]).Text
	switch fw + " " + fn {
	case "kinh gui", "noi nhan":
		return true
	}
	for x := DocType(1); x < docTypeEnd; x++ {
		t := docTypes[x].folded
		if len(t) == len(fw)+1+len(fn) && strings.HasPrefix(t, fw) && t[len(fw)] == ' ' && strings.HasSuffix(t, fn) {
			return true
		}
	}
	return false
}

// cleanLine builds the line s[start:end].
func cleanLine(s string, start, end int) line {
	l := line{start: start, end: end}
	a, b := trimSpaceSpan(s, start, end)
	for changed := true; changed && a < b; {
		changed = false
		switch {
		case s[a] == '|':
			a++
			l.bar = true
			changed = true
		case s[b-1] == '|':
			b--
			l.bar = true
			changed = true
		case s[a] == '#':
			k := a
			for k < b && s[k] == '#' {
				k++
			}
			if k == b || s[k] == ' ' || s[k] == '\t' {
				a = k
				changed = true
			}
		case s[a] == '>' && (a+1 == b || s[a+1] == ' '):
			a++
			changed = true
		case strings.HasPrefix(s[a:b], "**") || strings.HasPrefix(s[a:b], "__"):
			a += 2
			changed = true
		case b-a >= 2 && (strings.HasSuffix(s[a:b], "**") || strings.HasSuffix(s[a:b], "__")):
			b -= 2
			changed = true
		case s[a] == '*' && a+1 < b && s[a+1] != ' ' && s[a+1] != '\t':
			a++
			changed = true
		case s[b-1] == '*' && b-1 > a && s[b-2] != ' ':
			b--
			changed = true
		}
		if changed {
			a, b = trimSpaceSpan(s, a, b)
		}
	}
	l.cs, l.ce = a, b
	content := s[a:b]
	if strings.Contains(content, "**") {
		var sb strings.Builder
		sb.Grow(len(content))
		for k := 0; k < len(content); {
			if strings.HasPrefix(content[k:], "**") {
				l.cuts = append(l.cuts, cut{sb.Len(), 2})
				k += 2
				continue
			}
			sb.WriteByte(content[k])
			k++
		}
		l.text = sb.String()
	} else {
		l.text = content
	}
	l.blank = !hasLetterOrDigit(l.text)
	if l.blank && l.text != "" {
		l.bar = true // a rule of dashes or underscores, or a lone marker
	}
	return l
}

// trimSpaceSpan trims Unicode white space and zero-width characters from
// both ends of s[a:b].
func trimSpaceSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !isSpaceRune(r) {
			break
		}
		a += n
	}
	for a < b {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !isSpaceRune(r) {
			break
		}
		b -= n
	}
	return a, b
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// firstRune returns the first rune of s, or 0.
func pFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	r := pFirstRune(s)
	return unicode.IsLower(r)
}

// startsUpper reports whether s opens with an upper-case letter.
func startsUpper(s string) bool {
	return unicode.IsUpper(pFirstRune(s))
}

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

// A markerKind is the kind of the item marker that opens a paragraph.
type markerKind uint8

const (
	markNone    markerKind = iota
	markRoman              // "I.", "II."
	markNumber             // "1.", "1)", "1.1.", "1.2.3"
	markLetter             // "a)", "đ)"
	markParen              // "(1)"
	markDash               // "-", "–", "•", "*"
	markPlus               // "+"
	markArticle            // "Điều 1."
	markPart               // "A. NHIỆM VỤ CHUNG"
)

// A marker is the item marker that opens a paragraph: its kind, its depth
// (the number of parts of a "1.2.3" number), its printed label without
// punctuation ("II", "1.2", "a") and its size in bytes with the space after
// it.
type marker struct {
	kind  markerKind
	depth int
	label string
	size  int
}

// parseMarker reads the item marker at the start of t.
func parseMarker(t string) marker {
	if t == "" {
		return marker{}
	}
	// Bullets written with typographic dashes and dots: "– ", "— ", "• ".
	for _, b := range []string{"–", "—", "•", "·", "▪", "◦", "○", "‣", "●"} {
		if strings.HasPrefix(t, b) {
			rest := t[len(b):]
			if rest == "" {
				return marker{}
			}
			if rest[0] == ' ' || rest[0] == '\t' {
				return marker{kind: markDash, depth: 1, size: len(b) + pSpaceRun(rest)}
			}
			if startsUpper(rest) {
				return marker{kind: markDash, depth: 1, size: len(b)}
			}
			return marker{}
		}
	}
	// "Điều 1." of a decision: a section (also "ĐIỀU 1.", and unaccented or
	// decomposed "Dieu 1.").
	if k := articleWordEnd(t); k > 0 {
		d := k
		for k < len(t) && k-d < 3 && pIsDigit(t[k]) {
			k++
		}
		if k > d && k < len(t) && (t[k] == '.' || t[k] == ':') && (k+1 == len(t) || t[k+1] == ' ') {
			return marker{kind: markArticle, depth: 1, label: "Điều " + t[d:k], size: k + 1 + pSpaceRun(t[k+1:])}
		}
	}
	c := t[0]
	switch {
	case c == '-' || c == '+' || c == '*':
		if len(t) == 1 {
			return marker{}
		}
		k := markDash
		if c == '+' {
			k = markPlus
		}
		if t[1] == ' ' || t[1] == '\t' {
			return marker{kind: k, depth: 1, size: 1 + pSpaceRun(t[1:])}
		}
		if c != '*' && startsUpper(t[1:]) {
			return marker{kind: k, depth: 1, size: 1}
		}
		return marker{}
	case pIsDigit(c):
		return numberMarker(t)
	case c == '(':
		k := 1
		for k < len(t) && k < 4 && pIsDigit(t[k]) {
			k++
		}
		if k > 1 && k < len(t) && t[k] == ')' && (k+1 == len(t) || t[k+1] == ' ') {
			return marker{kind: markParen, depth: 1, label: t[1:k], size: k + 1 + pSpaceRun(t[k+1:])}
		}
		return marker{}
	case c == 'I' || c == 'V' || c == 'X':
		k := 0
		for k < len(t) && k < 6 && (t[k] == 'I' || t[k] == 'V' || t[k] == 'X') {
			k++
		}
		if _, ok := vntext.Roman(t[:k]); !ok || k >= len(t) {
			return marker{}
		}
		if (t[k] == '.' || t[k] == ')') && (k+1 == len(t) || t[k+1] == ' ') {
			return marker{kind: markRoman, depth: 1, label: t[:k], size: k + 1 + pSpaceRun(t[k+1:])}
		}
		// "I - MỤC ĐÍCH", "II – NHIỆM VỤ".
		for _, d := range []string{" - ", " – ", " — "} {
			if strings.HasPrefix(t[k:], d) && isUpperText(t[k+len(d):]) {
				return marker{kind: markRoman, depth: 1, label: t[:k], size: k + len(d)}
			}
		}
		return marker{}
	}
	// A letter item: "a)", "đ)", "a.", "a/".
	r, n := utf8.DecodeRuneInString(t)
	if (('a' <= r && r <= 'z') || r == 'đ') && n < len(t) && (t[n] == ')' || t[n] == '.' || t[n] == '/') && n+1 < len(t) && t[n+1] == ' ' {
		if t[n] == ')' || startsUpper(strings.TrimLeft(t[n+1:], " ")) {
			return marker{kind: markLetter, depth: 1, label: t[:n], size: n + 1 + pSpaceRun(t[n+1:])}
		}
	}
	// A lettered part in capitals: "A. NHIỆM VỤ CHUNG".
	if 'A' <= c && c <= 'H' && len(t) > 3 && t[1] == '.' && t[2] == ' ' && isUpperText(t[3:]) {
		return marker{kind: markPart, depth: 1, label: t[:1], size: 2 + pSpaceRun(t[2:])}
	}
	return marker{}
}

// numberMarker reads "1.", "1)", "1.1.", "1.1" (followed by a space),
// "12." at the start of t.
func numberMarker(t string) marker {
	k := 0
	depth := 0
	for {
		d := k
		limit := 3
		if depth > 0 {
			limit = 2 // "1.000" is a number, not an item
		}
		for k < len(t) && k-d < limit && pIsDigit(t[k]) {
			k++
		}
		if k == d || (k < len(t) && pIsDigit(t[k])) {
			return marker{}
		}
		depth++
		if k < len(t) && t[k] == '.' && k+1 < len(t) && pIsDigit(t[k+1]) {
			k++
			continue
		}
		break
	}
	label := t[:k]
	switch {
	case k == len(t):
		if depth > 1 {
			return marker{kind: markNumber, depth: depth, label: label, size: k}
		}
		return marker{}
	case t[k] == '.' || t[k] == ')' || (t[k] == '/' && depth == 1):
		if k+1 == len(t) || t[k+1] == ' ' || t[k+1] == '\t' {
			return marker{kind: markNumber, depth: depth, label: label, size: k + 1 + pSpaceRun(t[k+1:])}
		}
		// "12.Giao": a number glued to its text.
		if t[k] == '.' && startsUpper(t[k+1:]) {
			return marker{kind: markNumber, depth: depth, label: label, size: k + 1}
		}
	case t[k] == ' ' && depth > 1:
		return marker{kind: markNumber, depth: depth, label: label, size: k + pSpaceRun(t[k:])}
	}
	return marker{}
}

func pSpaceRun(t string) int {
	n := 0
	for n < len(t) && (t[n] == ' ' || t[n] == '\t') {
		n++
	}
	return n
}

func pIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// A block is a paragraph of the body: consecutive lines joined where a line
// was only wrapped or a page break split a sentence. Its text is the lines'
// text joined with single spaces; segs map it back to the input.
type block struct {
	first, last int // line indices, inclusive
	start, end  int // span in the input
	text        string
	segs        []seg
	// breaks are text offsets where a line joined the one before it although
	// it opened with a capital letter: a heading wrapped into its body.
	breaks []int
	mark   marker
	f      vntext.Folded
	head   *headResult // assignHead's reading, once made
	// accents is 1 when text holds a letter beyond ASCII (the paragraph is
	// written with diacritics), 2 when it holds none, 0 until asked.
	accents uint8
	// known caches knownNameEnd's last answer: for the name at known[0]
	// read by its shape to end at known[1], the end known[2]. A party is
	// read more than once (as the head of an assignment, then of its task).
	known [3]int
}

// A seg maps text[at:] to the input from orig on, up to the next seg.
type seg struct {
	at   int
	line int
	off  int // offset in the line's text where the piece starts
}

// orig maps an offset in b.text to an offset in the input.
func (b *block) orig(lines []line, t int) int { return b.origAt(lines, t, false) }

// origAt maps offset t of b.text to the input, through the last segment
// starting at or before t — or, for an end offset, strictly before t, so
// that the end of a line's text maps to the end of that line's content and
// not to the start of the next.
func (b *block) origAt(lines []line, t int, end bool) int {
	k := sort.Search(len(b.segs), func(i int) bool {
		if end {
			return b.segs[i].at >= t
		}
		return b.segs[i].at > t
	}) - 1
	k = max(k, 0)
	s := b.segs[k]
	d := s.off + t - s.at
	l := &lines[s.line]
	if d > len(l.text) {
		d = len(l.text)
	}
	return l.orig(d)
}

// span maps the text span [a, b) to the input.
func (b *block) span(lines []line, x, y int) Span {
	if y <= x {
		o := b.orig(lines, x)
		return Span{o, o}
	}
	return Span{b.orig(lines, x), b.origEnd(lines, y)}
}

// origEnd maps an end offset: the end of a line's text maps to the end of
// that line's content, not the start of the next.
func (b *block) origEnd(lines []line, t int) int { return b.origAt(lines, t, true) }

// foldedSpan maps a span of b.f.Text to the input.
func (b *block) foldedSpan(lines []line, x, y int) Span {
	return b.span(lines, b.f.Orig(x), b.f.Orig(y))
}

// joins reports whether line l continues the paragraph that ends with line
// p, given whether a blank line and whether a hard break ("|", a rule) lie
// between them.
//
// first is the paragraph's first line: the items of a list that opens with
// a dash are siblings, so a dash line after them opens another.
func joins(first, p, l *line, blankBetween, hard bool) bool {
	if hard {
		return false
	}
	if m := parseMarker(l.text); m.kind != markNone {
		return m.kind == markDash && !blankBetween && parseMarker(first.text).kind != markDash &&
			hyphenWrap(p.text, l.text, m.size)
	}
	if blankBetween {
		// A page break splits a sentence: the text before stops mid-sentence
		// and the text after goes on in lower case.
		return !endsTerminal(p.text) && startsLower(l.text)
	}
	if startsLower(l.text) {
		return true
	}
	if isUpperText(p.text) && isPreambleOpener(l.fold()) {
		// The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN
		// TỈNH …") does not run on into the first "Căn cứ …" line.
		return false
	}
	return !endsTerminal(p.text)
}

// buildBlocks joins lines[from:to] into paragraphs.
func buildBlocks(lines []line, from, to int) []block {
	return buildBlocksIn(nil, lines, from, to, nil)
}

// buildBlocksIn is buildBlocks appending the paragraphs to blocks and
// folding them into arena (nil: each on its own).
func buildBlocksIn(blocks []block, lines []line, from, to int, arena *foldArena) []block {
	// The paragraphs' texts share one buffer and their segments one array:
	// a paragraph takes its piece of each when it closes, capped so that
	// appending to it copies.
	size, nseg := 0, 0
	for i := from; i < to; i++ {
		if !lines[i].blank {
			size += len(lines[i].text) + 1
			nseg++
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	segs := make([]seg, 0, nseg)
	blocks = slices.Grow(blocks, nseg) // a paragraph has a line or more
	var cur block
	open, at, sat := false, 0, 0
	blankBetween, hard := false, false
	// The number of the last item "N." opened, for the items past 999
	// (longItem), and the marker of such an item opening cur.
	lastItem := lastItemNumber(blocks)
	var long marker
	flush := func() {
		if open {
			cur.text = sb.String()[at:]
			cur.segs = segs[sat:len(segs):len(segs)]
			cur.mark = parseMarker(cur.text)
			if cur.mark.kind == markNone {
				cur.mark = long
			}
			cur.f = arena.fold(cur.text)
			blocks = append(blocks, cur)
			open = false
		}
	}
	for i := from; i < to; i++ {
		l := &lines[i]
		if l.blank {
			if l.bar {
				hard = true
			} else {
				blankBetween = true
			}
			continue
		}
		next := longItem(l.text, lastItem+1)
		if open && next.kind == markNone && joins(&lines[cur.first], &lines[cur.last], l, blankBetween, hard) {
			sb.WriteByte(' ')
			if startsUpper(l.text) && !blankBetween {
				cur.breaks = append(cur.breaks, sb.Len()-at)
			}
			segs = append(segs, seg{at: sb.Len() - at, line: i})
			sb.WriteString(l.text)
			cur.last = i
			cur.end = l.ce
		} else {
			flush()
			long = next
			if n, ok := itemNumber(parseMarker(l.text)); ok {
				lastItem = n // the paragraph's marker is its first line's
			} else if n, ok := itemNumber(next); ok {
				lastItem = n
			}
			cur = block{first: i, last: i, start: l.cs, end: l.ce}
			open, at, sat = true, sb.Len(), len(segs)
			segs = append(segs, seg{at: 0, line: i})
			sb.WriteString(l.text)
		}
		blankBetween, hard = false, false
	}
	flush()
	return blocks
}

// longItem reads the marker of item want at the start of t when want has
// four digits or more ("1000. Giao …"). numberMarker reads three at most,
// so that a year opening a wrapped line ("… hoàn thành trong năm" /
// "2025. Báo cáo …") is no item; an item numbered 1000 or more is one only
// right after the item before it, which the caller knows.
func longItem(t string, want int) marker {
	if want < 1000 {
		return marker{}
	}
	k := 0
	for k < len(t) && k < 8 && pIsDigit(t[k]) {
		k++
	}
	if k < 4 || k >= 8 || k == len(t) || t[k] != '.' && t[k] != ')' {
		return marker{}
	}
	if n, err := strconv.Atoi(t[:k]); err != nil || n != want {
		return marker{}
	}
	if k+1 < len(t) && t[k+1] != ' ' && t[k+1] != '\t' {
		return marker{}
	}
	return marker{kind: markNumber, depth: 1, label: t[:k], size: k + 1 + pSpaceRun(t[k+1:])}
}

// itemNumber returns the number of a top-level numbered item's marker
// ("12." is 12).
func itemNumber(m marker) (int, bool) {
	if m.kind != markNumber || m.depth != 1 {
		return 0, false
	}
	n, err := strconv.Atoi(m.label)
	return n, err == nil
}

// lastItemNumber returns the number of the last top-level numbered item
// among blocks, or 0.
func lastItemNumber(blocks []block) int {
	for k := len(blocks) - 1; k >= 0; k-- {
		if n, ok := itemNumber(blocks[k].mark); ok {
			return n
		}
	}
	return 0
}

// hyphenWrap reports whether line next, which opens with a dash, is the
// rest of a hyphenated phrase that line prev wrapped rather than a bullet:
// prev stops mid-clause (no ".", ";", ":"), and the dash joins a range of
// numbers ("giai đoạn 2016" / "- 2020"), words in lower case ("kinh tế" /
// "- xã hội") or the parts of a name the vocabulary of agency names knows
// ("Sở Lao động" / "- Thương binh và Xã hội"). A bullet list opens after a line that ends a clause, and its items
// are sentences or names of their own, so it stays a list. rest is the size
// of the dash and the space after it.
func hyphenWrap(prev, next string, rest int) bool {
	if !strings.HasPrefix(next, "-") && !strings.HasPrefix(next, "–") || endsTerminal(prev) {
		return false
	}
	after := next[rest:]
	if a, ok := lastNumber(prev); ok {
		b, ok := firstNumber(after)
		if !ok {
			return false
		}
		if m := parseMarker(prev); m.kind == markDash && strings.TrimSpace(prev[m.size:]) == a {
			return false // "- 2023" / "- 2024": a list of numbers
		}
		if strings.Contains(a, "/") != strings.Contains(b, "/") {
			return false
		}
		if !strings.Contains(a, "/") {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return y > x
		}
		return true
	}
	if startsLower(after) {
		// "phát triển kinh tế" / "- xã hội": a lower-case continuation, as
		// across any wrapped line; bullets open with a capital.
		r, _ := utf8.DecodeLastRuneInString(prev)
		return unicode.IsLetter(r)
	}
	return startsUpper(after) && nameAcross(prev, after)
}

// lastNumber returns the number (digits, "/" and "." inside) that ends s.
func lastNumber(s string) (string, bool) {
	i := len(s)
	for i > 0 && (pIsDigit(s[i-1]) || s[i-1] == '/' || s[i-1] == '.') {
		i--
	}
	n := strings.Trim(s[i:], "/.")
	if n == "" || !pIsDigit(n[len(n)-1]) || !pIsDigit(n[0]) || i > 0 && s[i-1] != ' ' || len(n) > 10 {
		return "", false
	}
	return n, true
}

// firstNumber returns the number (digits, "/" and "." inside) that opens s,
// not one followed by a letter or a percent sign.
func firstNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && (pIsDigit(s[i]) || s[i] == '/' || s[i] == '.') {
		i++
	}
	n := strings.TrimRight(s[:i], "/.")
	if n == "" || len(n) > 10 {
		return "", false
	}
	if j := len(n); j < len(s) && s[j] != ' ' && s[j] != '.' && s[j] != ',' && s[j] != ';' && s[j] != ')' {
		return "", false // "20%", "3a"
	}
	return n, true
}

// nameAcross reports whether the end of prev and the start of after are one
// agency name written across a dash: the last words of prev after a comma,
// semicolon or colon, a dash, and the first words of after up to one form
// a name the vocabulary knows reaching past the dash. After a list's head
// ("Giám đốc các Sở: Lao động" / "- Thương binh và Xã hội, Nội vụ") the
// items are names without their head word, which the probe puts back.
func nameAcross(prev, after string) bool {
	tail := prev
	cut := strings.LastIndexAny(prev, ",;:(")
	if cut >= 0 {
		tail = prev[cut+1:]
	}
	tail = lastWords(strings.TrimSpace(tail), 10)
	head := after
	if k := strings.IndexAny(after, ",;:.("); k >= 0 {
		if after[k] == ':' {
			return false // "- Thời gian thực hiện: …": a labelled field
		}
		head = after[:k]
	}
	head = firstWords(head, 8)
	if tail == "" || head == "" {
		return false
	}
	if across(tail, head, "") {
		return true
	}
	// A list under a collective's head: "các Sở: …", "các Bộ, ngành: …".
	if cut >= 0 && prev[cut] == ':' {
		f := vntext.Fold(prev[:cut]).Text
		for _, h := range [...]struct{ folded, word string }{{"cac so", "Sở"}, {"cac bo", "Bộ"}} {
			if k := strings.LastIndex(f, h.folded); k >= 0 && len(f)-k <= len(h.folded)+24 {
				return across(tail, head, h.word)
			}
		}
	}
	return false
}

// across reports whether a name of the vocabulary runs across the dash in
// "word tail - head".
func across(tail, head, word string) bool {
	var sb strings.Builder
	sb.Grow(len(word) + len(tail) + len(head) + 4)
	if word != "" {
		sb.WriteString(word)
		sb.WriteByte(' ')
	}
	sb.WriteString(tail)
	dash := sb.Len()
	sb.WriteString(" - ")
	sb.WriteString(head)
	for _, m := range nameVocab().FindAll(sb.String(), nil) {
		if m.Start < dash && m.End > dash+3 {
			return true
		}
	}
	return false
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

// articleWordEnd returns the offset after "Điều " (in any case, composed
// or not, or written without accents) at the start of t, or 0.
func articleWordEnd(t string) int {
	if strings.HasPrefix(t, "Điều ") {
		return len("Điều ")
	}
	if t == "" || t[0] != 'D' && t[0] != 'd' && t[0] != 0xC4 { // D, d, Đ, đ
		return 0
	}
	sp := strings.IndexByte(t, ' ')
	if sp < 4 || sp > 16 {
		return 0
	}
	var buf [16]byte
	var orig [17]int32
	w := t[:sp]
	if f := vntext.FoldInto(buf[:0], orig[:0], w); f.Text != "dieu" {
		return 0
	}
	// A word with accents must carry these ("Diệu 1." is a name).
	if !isASCII(w) && strings.ToLower(norm.NFC.String(w)) != "điều" {
		return 0
	}
	return sp + 1
}
