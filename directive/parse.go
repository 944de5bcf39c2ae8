package directive

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// ParseOptions are the choices of Parse. A nil *ParseOptions, or the zero
// ParseOptions, means the defaults: agencies resolved with the built-in
// registry (agency.Default), the issue date as the reference date, and the
// calendar package's default deadline policy.
type ParseOptions struct {
	// Registry resolves the agencies the text names to their IDs (Party.ID)
	// and the issuer to IssuerID. Nil means agency.Default(); to keep
	// agencies by name only, pass an empty registry (agency.New(nil, nil)).
	Registry *agency.Registry
	// Locality is the provincial people's committee whose bodies names
	// such as "Công an thành phố" mean. When empty it is taken from the
	// issuer, if the registry knows it.
	Locality agency.ID
	// Ref is the reference date for time expressions without a year and
	// for offsets counted from signing, used when the document carries no
	// full issue date. When Ref is zero and the issue date is partial
	// ("ngày   tháng   năm 2024"), the first day its known parts allow is
	// used (2024-01-01); with no issue date at all, expressions without a
	// year are left without one.
	Ref calendar.Date
	// Calendar holds the deadline policy and year rule used when reading
	// time expressions; nil means the calendar package's defaults.
	Calendar *calendar.Options
}

// Parse reads a directive from its text as received — converted from PDF,
// Word or a web page, with markdown emphasis, hard-wrapped lines,
// paragraphs split by page breaks, "|" table-cell markers, NFD or
// unaccented letters — into a Directive.
//
// It reads the header (issuing bodies, "Số:", the place-and-date line, the
// type and subject or "V/v" line, "Kính gửi:"), the preamble, the numbered
// assignments in the forms real documents use ("1. Giao …:" with "-" and
// "+" bullets, inline "7. Giao Sở Y tế phối hợp với …", "I."/"II." sections,
// "1.1", "a)", "(1)", "Điều 2." with or without a title, the "Đơn vị chủ
// trì: … Đơn vị phối hợp: … Thời gian thực hiện: …" blocks of a plan, task
// tables), the closing paragraph, "Nơi nhận:", the signature block and the
// appendices, and a plan issued with the decision after its signature. In a
// công văn without numbered items, the paragraphs that charge agencies
// ("Giao Sở …", "Chủ tịch UBND tỉnh đề nghị …") are its assignments. Items
// that name no agency are tasks of the addressees the opening sentence names
// ("… yêu cầu Giám đốc các sở … thực hiện các nội dung sau:"), else of the
// "Kính gửi:" recipients, else of no one — never dropped; the deadlines and
// targets in a purpose or basis section are warned about.
//
// Every non-blank line of text is accounted for: it lies inside the span of
// an element of the result, or a Warning says what could not be placed.
// Lines holding only layout marks ("|", rules of dashes) count as blank.
//
// Roles follow the rules of DESIGN.md: the agencies an assignment names
// lead its tasks; a task opening with "Chủ trì, phối hợp với X" keeps the
// lead and makes X cooperating; a task opening with "Phối hợp với X" (or
// "Tiếp tục phối hợp với X") makes X the lead and the assignees
// cooperating; other "phối hợp với X" clauses add X as cooperating. A
// task's deadline is the first deadline, offset, recurrence, open start,
// duty or event among its time expressions, else the first date or period;
// a task that states none takes its plan block's "Thời gian thực hiện", or
// its parent's; a parent that states none takes the subtask deadline that
// falls due last.
//
// The error is a *ParseError when text is empty or blank (wrapping
// ErrEmpty) or holds neither a directive header nor an assignment
// (wrapping ErrNotDirective).
//
// A document with no readable issue date (and no ParseOptions.Ref) keeps
// the times that need a year it does not write ("cuối năm", "trước ngày
// 15/12") as partial expressions, each with a warning; a date written with
// a number no calendar has ("15/12/20251") is a warning, not a time.
func Parse(text string, opts *ParseOptions) (*Directive, error) {
	d, p, err := parseDoc(text, opts)
	if p != nil {
		p.arena.release()
	}
	return d, err
}

// parseDoc is Parse, also returning the parser state (for the tests of the
// line-accounting invariant).
func parseDoc(text string, opts *ParseOptions) (*Directive, *parser, error) {
	if opts == nil {
		opts = &ParseOptions{}
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, &ParseError{Input: text, Offset: 0, Msg: "empty input: no directive text", Err: ErrEmpty}
	}
	if opts.Registry == nil {
		o := *opts
		o.Registry = agency.Default()
		opts = &o
	}
	p := &parser{text: text, opts: opts, calOpts: opts.Calendar, arena: getArena(len(text))}
	p.lines = splitLines(text)
	p.dropPageNumbers()
	p.docRefs = findRefsChunked(text, p.refChunks(), p.arena)
	p.parseHeader()
	d := &Directive{}
	p.header(d)
	tail := p.findTail(p.h.body)
	p.parseBody(p.h.body, tail)
	p.markAssignments()
	p.buildAssignments()
	for k, t := range p.tableAsgs {
		r := p.tableRuns[t]
		if as, ok := p.tableAssignments(r[0], r[1], "B"+strconv.Itoa(k+1)); ok {
			p.assignments = append(p.assignments, as...)
			p.cover(p.lines[r[0]].cs, p.lines[r[1]-1].ce)
		}
	}
	p.parseTail(tail)
	d.Preamble = p.preambleText()
	d.Closing = p.closingText()
	d.Assignments = p.assignments
	uniqueLabels(d.Assignments)
	linkJoint(d.Assignments, p.topFolds)
	d.Distribution = unlist(p.distribution) // p.distribution is non-nil once "Nơi nhận" is read
	d.Signature = p.sig
	d.Attachments = p.attachments
	d.References = DistinctReferences(p.docRefs)
	if len(d.Assignments) == 0 && !p.sawHeader() {
		in := firstContent(p.lines)
		if in == "" {
			in = text // only layout marks or control characters
		}
		return nil, p, &ParseError{Input: pClip(in), Offset: firstContentOffset(p.lines),
			Msg: "not a directive: no header (Số, place and date, type, national motto) and no assignment", Err: ErrNotDirective}
	}
	// A header with nothing under it is a result the caller must hear
	// about: the text may have lost its line breaks (a whole document on
	// one line reads as its first header line) or hold no numbered task.
	if len(d.Assignments) == 0 {
		at := firstContentOffset(p.lines)
		p.warn(Span{Start: at, End: at}, "no assignment or task found under the header")
	}
	for i := range p.lines {
		if l := &p.lines[i]; l.ce-l.cs > maxLine {
			p.warn(Span{Start: l.cs, End: l.cs}, "line "+strconv.Itoa(i+1)+" holds "+
				strconv.Itoa(l.ce-l.cs)+" bytes: the text may have lost its line breaks")
			break
		}
	}
	p.accountLines()
	d.Warnings = unlist(p.warns) // a probe may leave it empty, not nil
	if mayNeedNFC(text) {
		normalize(d)
	}
	return d, p, nil
}

// maxLine is more bytes than one paragraph of a real directive holds (the
// longest in the samples is under 2 KB); a longer line means the line
// breaks of the document were lost.
const maxLine = 8000

// parser holds the state of one Parse call.
type parser struct {
	text     string
	arena    *foldArena // the folded paragraphs and table cells
	opts     *ParseOptions
	calOpts  *calendar.Options
	ref      calendar.Date
	locality agency.ID
	lines    []line
	h        header

	blocks        []block
	preamble      []block
	preambleNodes []*node
	closing       []block
	roots         []*node
	assignments   []Assignment
	distribution  []string
	sig           Signature
	attachments   []string
	appendixSpans []Span

	docRefs []Reference
	// tableRuns are the task tables of the body (line ranges); tableAsgs
	// index them in the order of the body.
	tableRuns [][2]int
	tableAsgs []int
	// topFolds[i][k] is the folded text of task k of assignment i.
	topFolds [][]string

	covered []Span
	warns   []Warning
}

// cover records that the input span [a, b) belongs to an element.
func (p *parser) cover(a, b int) {
	if b > a {
		p.covered = append(p.covered, Span{a, b})
	}
}

// warn records a warning about the input span sp.
func (p *parser) warn(sp Span, msg string) {
	p.warns = append(p.warns, Warning{Msg: msg, Span: sp})
}

func foldOf(s string) vntext.Folded { return vntext.Fold(s) }

// sawHeader reports whether any header element was read.
func (p *parser) sawHeader() bool {
	h := &p.h
	return h.number != "" || !h.numberSpan.IsZero() || h.dateText != "" || h.typeName != "" || h.subject != "" || h.sawMotto || len(h.recipients) > 0
}

// header fills the header fields of d and sets the reference date and
// locality.
func (p *parser) header(d *Directive) {
	h := &p.h
	if !h.numberSpan.IsZero() {
		n, err := ParseNumber(h.number)
		if err != nil {
			p.warn(h.numberSpan, "document number not understood: "+pClip(h.number))
		}
		d.Number = n
	}
	if h.typeName != "" {
		d.Type, _ = DocTypeFromName(h.typeName)
		if d.Type == DocUnknown {
			f := vntext.Fold(h.typeName).Text
			for _, q := range []string{" hoa toc", " khan", " thuong khan"} {
				f = strings.TrimSuffix(f, q)
			}
			d.Type, _ = DocTypeFromName(f)
		}
	}
	if d.Type == DocUnknown && h.subjectVV {
		d.Type = DocOfficialLetter
	}
	if d.Type == DocUnknown {
		d.Type = d.Number.Type()
	}
	d.IssuerParent, d.Issuer = splitIssuer(h.issuer)
	d.Place = h.place
	d.Subject = h.subject
	d.Recipients = h.recipients
	if h.dateText != "" {
		if e, ok := parseIssued(h.dateText, h.dateSpan); ok {
			d.Issued = e
			if yearUnknown(e.Expr) {
				p.warn(e.Span(), "issue date without a year: \""+pClip(e.Text)+"\"")
			}
		} else {
			d.Issued = TimeExpr{Text: h.dateText}
			p.warn(h.dateSpan, "issue date not understood: "+pClip(h.dateText))
		}
	}
	switch {
	case d.Issued.Expr.Kind == calendar.KindDate:
		p.ref = d.Issued.Expr.Period.First
	case p.opts.Ref.IsValid():
		p.ref = p.opts.Ref
	case d.Issued.Expr.Kind == calendar.KindPartial && d.Issued.Expr.Period.First.IsValid():
		p.ref = d.Issued.Expr.Period.First
	}
	p.locality = p.opts.Locality
	if r := p.opts.Registry; r != nil && d.Issuer != "" {
		// The parent body ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG") names
		// the locality that a body such as "BAN CHỈ ĐẠO … THÀNH PHỐ"
		// belongs to, so it is resolved first.
		if d.IssuerParent != "" && p.locality == "" {
			if m, ok := r.Resolve(d.IssuerParent, nil); ok {
				p.locality = r.LocalityOf(m.ID)
			}
		}
		if m, ok := r.Resolve(d.Issuer, &agency.Options{Locality: p.locality}); ok {
			d.IssuerID = m.ID
			if p.locality == "" {
				p.locality = r.LocalityOf(m.ID)
			}
		}
		p.issuerFromContext(d)
	}
}

// splitIssuer splits the issuer lines into the parent body and the issuing
// body: the body starts at the first line after the first that opens with
// the name of a body ("BAN CHỈ ĐẠO …", "SỞ …", "VĂN PHÒNG …").
func splitIssuer(ls []string) (parent, body string) {
	if len(ls) == 0 {
		return "", ""
	}
	for k := 1; k < len(ls); k++ {
		f := vntext.Fold(ls[k]).Text
		for _, h := range []string{"ban ", "so ", "cuc ", "chi cuc", "tong cuc", "van phong", "to cong tac", "trung tam", "vu ", "thanh tra", "cong an", "hoi dong"} {
			if strings.HasPrefix(f, h) {
				return strings.Join(ls[:k], " "), strings.Join(ls[k:], " ")
			}
		}
	}
	return "", strings.Join(ls, " ")
}

// preambleText joins the preamble paragraphs and items, covering them.
func (p *parser) preambleText() string {
	var parts []string
	for _, b := range p.preamble {
		parts = append(parts, b.text)
		p.cover(b.start, b.end)
	}
	var walk func(n *node)
	walk = func(n *node) {
		b := &p.blocks[n.blk]
		parts = append(parts, b.text)
		p.cover(b.start, b.end)
		for _, x := range n.extra {
			parts = append(parts, p.blocks[x].text)
			p.cover(p.blocks[x].start, p.blocks[x].end)
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, n := range p.preambleNodes {
		walk(n)
	}
	return strings.Join(parts, "\n")
}

// closingText joins the closing paragraphs, taking attachment notes apart.
func (p *parser) closingText() string {
	var parts []string
	for k := range p.closing {
		b := &p.closing[k]
		p.cover(b.start, b.end)
		if s, ok := attachmentNote(b); ok {
			p.attachments = append(p.attachments, s)
			continue
		}
		parts = append(parts, b.text)
	}
	return strings.Join(parts, "\n")
}

// accountLines warns about every non-blank line that no element covers.
func (p *parser) accountLines() {
	cov := mergeSpans(p.covered, p.text)
	warned := mergeSpans(warnSpans(p.warns), p.text)
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if !coveredBy(cov, Span{l.cs, l.ce}) && !coveredBy(warned, Span{l.cs, l.ce}) {
			p.warn(Span{l.cs, l.ce}, "line not placed: "+pClip(l.text))
		}
	}
}

func warnSpans(ws []Warning) []Span {
	out := make([]Span, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.Span)
	}
	return out
}

func firstContent(lines []line) string {
	for i := range lines {
		if !lines[i].blank {
			return lines[i].text
		}
	}
	return ""
}

func firstContentOffset(lines []line) int {
	for i := range lines {
		if !lines[i].blank {
			return lines[i].cs
		}
	}
	return 0
}

// refChunks returns where to cut the text for finding citations: at the
// blank lines that end a paragraph (after a line that closes a sentence
// or clause; a blank line inside a sentence is a page break and joins),
// since no citation spans a paragraph. The cuts are byte offsets, the
// last one the end of the text.
func (p *parser) refChunks() []int {
	var cuts []int
	prevEnds := false // the last non-blank line ends a sentence or clause
	for i := range p.lines {
		l := &p.lines[i]
		if i == len(p.lines)-1 {
			break
		}
		switch {
		case !l.blank:
			prevEnds = endsTerminal(l.text)
		case !l.bar && prevEnds:
			cuts = append(cuts, l.end)
			prevEnds = false
		}
	}
	return append(cuts, len(p.text))
}

// findRefsChunked finds the citations of text chunk by chunk, skipping
// the chunks without a digit: a citation always holds one (its number,
// its date or its year; TestCitationsHoldDigits checks it). Each chunk is
// folded into the free room of arena, which it leaves free: citations keep
// no folded text.
func findRefsChunked(text string, cuts []int, arena *foldArena) []Reference {
	var out []Reference
	toks := make([]vntext.Token, 0, refWindow)
	start := 0
	for _, end := range cuts {
		if !hasASCIIDigit(text[start:end]) {
			start = end
			continue
		}
		f := arena.scratch(text[start:end])
		k := len(out)
		out = findReferencesFolded(text[start:end], &f, out, toks)
		for i := k; i < len(out); i++ {
			r := &out[i]
			// A citation wrapped over lines reads as one line.
			r.Text = joinFields(r.Text)
			r.Span.Start += start
			r.Span.End += start
		}
		start = end
	}
	return out
}

// hasASCIIDigit reports whether s holds a digit 0–9, eight bytes at a
// time: a byte b of x lies in '0'..'9' when b < 0x80 and b+0x46 and
// b+0x50 straddle 0x80 (the "has between" test of Bit Twiddling Hacks,
// with no false positives).
func hasASCIIDigit(s string) bool {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		// Bytes above '0'-1 = 47 and below '9'+1 = 58.
		t := (ones*(127+58) - (x & low7)) & ^x & ((x & low7) + ones*(127-47)) & high
		if t != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// joinFields returns s with its runs of white space made single spaces and
// trimmed, as strings.Join(strings.Fields(s), " "), without allocating when
// s is already so.
func joinFields(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ")
		}
		sp := asciiSpace(c)
		if sp && (prevSpace || c != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
	}
	if prevSpace && len(s) > 0 {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// dropPageNumbers treats the page numbers that conversion from PDF leaves
// between paragraphs ("2", "- 3 -", "Trang 4", "5/12" alone between blank
// lines) as layout: they are covered, and a sentence split by the page
// break they mark is joined across them.
func (p *parser) dropPageNumbers() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || !isPageNumber(l.text) {
			continue
		}
		if (i > 0 && !softBlank(&p.lines[i-1])) || (i+1 < len(p.lines) && !softBlank(&p.lines[i+1])) {
			continue
		}
		l.blank = true
		p.cover(l.cs, l.ce)
	}
}

func softBlank(l *line) bool { return l.blank && !l.bar }

// isPageNumber reports whether t is a page number alone.
func isPageNumber(t string) bool {
	t = strings.TrimSpace(strings.Trim(t, "-–— "))
	if len(t) > 6 && (t[0] == 't' || t[0] == 'T') && strings.EqualFold(t[:6], "trang ") {
		t = strings.TrimSpace(t[len("trang "):])
	}
	// "5/12": the digits around the first '/', read in place.
	slash := -1
	if k := strings.IndexByte(t, '/'); k > 0 {
		slash = k
	}
	n := len(t)
	if slash >= 0 {
		n--
	}
	if n == 0 || n > 5 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if i != slash && !pIsDigit(t[i]) {
			return false
		}
	}
	return true
}
