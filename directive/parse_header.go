package directive

import (
	"strings"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the header block of a directive, line by line: the
// issuing bodies, the national motto, "Số:", the place-and-date line, the
// type and subject or the "V/v" line, and the recipients ("Kính gửi:").
// Conversions interleave the two columns of the printed header and wrap its
// lines anywhere, so each element is recognised by what it says, in any
// order.

// header is what the header block holds, with the line index where the
// body starts.
type header struct {
	issuer       []string // issuer lines as printed
	number       string
	numberSpan   Span
	place        string
	dateText     string
	dateSpan     Span
	typeName     string
	subject      string
	subjectVV    bool
	recipients   []string
	recipientSps []Span
	body         int // first line of the body
	sawMotto     bool
}

// The national motto, folded, as one text: a motto line is any piece of it.
const mottoFolded = "cong hoa xa hoi chu nghia viet nam doc lap - tu do - hanh phuc"

// parseHeader reads the header from the top of the document.
func (p *parser) parseHeader() {
	h := &p.h
	lines := p.lines
	seenAny := false // number, date, motto or type seen
	var pendingPlace []int
	i := 0
	for i < len(lines) {
		l := &lines[i]
		if l.blank {
			i++
			continue
		}
		f := l.fold()
		was := i
		switch {
		case isMottoLine(f):
			h.sawMotto = true
			seenAny = true
			k := strings.Index(f, "cong hoa")
			if d := strings.Index(f, "doc lap"); k < 0 || (d >= 0 && d < k) {
				k = d
			}
			if k > 0 && !strings.Contains(mottoFolded, f) {
				// Two header columns on one line: the issuer, then the motto.
				if is := strings.Trim(l.text[:foldedToText(l.text, k)], " |\t"); is != "" && isUpperText(is) {
					h.issuer = append(h.issuer, is)
				}
			}
			p.cover(l.cs, l.ce)
			i++
			continue
		case isNumberLine(f):
			seenAny = true
			i = max(p.headerNumber(i), was+1)
			continue
		case isDateLine(f) >= 0:
			seenAny = true
			i = max(p.headerDate(i, pendingPlace), was+1)
			pendingPlace = nil
			continue
		case strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "v/ v"):
			seenAny = true
			i = max(p.headerSubjectVV(i), was+1)
			continue
		case isRecipientsHead(f):
			seenAny = true
			i = max(p.headerRecipients(i), was+1)
			continue
		}
		if t, ok := p.typeLine(l); ok && h.typeName == "" {
			seenAny = true
			h.typeName = t
			p.cover(l.cs, l.ce)
			i = p.headerSubject(i + 1)
			continue
		}
		if isUpperText(l.text) && parseMarker(l.text).kind == markNone {
			if h.typeName == "" {
				h.issuer = append(h.issuer, l.text)
				p.cover(l.cs, l.ce)
				i++
				continue
			}
		}
		// A piece of the place name wrapped before the date line ("Thành
		// phố Hồ Chí" / "Minh, ngày 28 tháng 11 năm 2025").
		if j := nextContent(lines, i+1); j < len(lines) && isDateLine(lines[j].fold()) >= 0 &&
			len(strings.Fields(l.text)) <= 6 && !endsTerminal(l.text) && parseMarker(l.text).kind == markNone &&
			!startsLower(l.text) {
			pendingPlace = append(pendingPlace, i)
			i++
			continue
		}
		if !seenAny && parseMarker(l.text).kind == markNone && countContent(lines, 0, i) < 4 {
			// Text above the header: a source note or a file name.
			p.warn(Span{l.cs, l.ce}, "text before the header: "+pClip(l.text))
			i++
			continue
		}
		break
	}
	for _, k := range pendingPlace {
		p.warn(Span{lines[k].cs, lines[k].ce}, "header line not understood: "+pClip(lines[k].text))
	}
	h.body = i
}

// isMottoLine reports whether the folded line is the national motto or a
// piece of it.
func isMottoLine(f string) bool {
	if strings.Contains(f, "cong hoa xa hoi chu nghia") || strings.Contains(f, "doc lap - tu do") {
		return true
	}
	return len(f) >= 4 && strings.Contains(mottoFolded, f) && strings.Count(f, " ") >= 0 && f != "viet nam" && f != "nam"
}

// isNumberLine reports whether the folded line opens with "Số:".
func isNumberLine(f string) bool {
	if !strings.HasPrefix(f, "so") {
		return false
	}
	r := strings.TrimLeft(f[2:], " ")
	return strings.HasPrefix(r, ":") || (len(f) > 2 && f[2] == ' ' && r != "" && (pIsDigit(r[0]) || r[0] == '/'))
}

// isDateLine reports the folded offset of "ngay" when the folded line is a
// place-and-date line ("Hải Phòng, ngày 14 tháng 6 năm 2024",
// "Hà Nội, ngày 18"), else -1.
func isDateLine(f string) int {
	k := strings.Index(f, ", ngay")
	if k < 0 {
		k = strings.Index(f, ",ngay")
	}
	if k < 0 {
		// "Hà Nội ngày 5 tháng 3 năm 2024": no comma after the place.
		k = strings.Index(f, " ngay ")
		if k < 0 || strings.ContainsAny(f[:k], "0123456789") || !(strings.Contains(f[k:], "thang") || strings.Contains(f[k:], "/")) {
			return -1
		}
	}
	if k == 0 || k > 60 {
		return -1
	}
	place := f[:k]
	if strings.ContainsAny(place, ";:()/") || isNumberLine(place) {
		return -1
	}
	n := strings.Index(f[k:], "ngay") + k
	rest := f[n+4:]
	// The date follows: digits, blanks, "tháng", "năm".
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || pIsDigit(rest[0]) || strings.HasPrefix(rest, "thang") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…") {
		return n
	}
	return -1
}

// headerNumber reads the "Số:" line at i; the place-and-date may follow on
// the same line.
func (p *parser) headerNumber(i int) int {
	l := &p.lines[i]
	t := l.text
	k := strings.IndexByte(t, ':')
	if k < 0 || k > 5 {
		k = strings.IndexByte(t, ' ')
	}
	a := k + 1
	for a < len(t) && (t[a] == ' ' || t[a] == '\t') {
		a++
	}
	b := a
	for b < len(t) && t[b] != ' ' && t[b] != '\t' {
		b++
	}
	// A blank number printed with spaces before the symbol: "Số:   /KH-UBND".
	p.h.number = strings.TrimRight(t[a:b], ".,;")
	p.h.numberSpan = Span{l.orig(a), l.orig(b)}
	p.cover(l.cs, l.ce)
	rest := strings.TrimSpace(t[b:])
	if rest != "" {
		// "Số: 12/CT-UBND  Hà Nội, ngày …" on one line.
		sub := cleanLine(p.text, l.orig(b), l.ce)
		sf := sub.fold()
		if n := isDateLine(sf); n >= 0 {
			p.readDate([]*line{&sub}, nil)
		} else if strings.HasPrefix(sf, "v/v") {
			// "Số: 4240/UBND-VX  V/v khẩn trương …" on one line.
			p.lines = append(p.lines, sub) // read as a line of its own
			p.headerSubjectVV(len(p.lines) - 1)
			p.lines = p.lines[:len(p.lines)-1]
		} else {
			p.h.number = strings.TrimSpace(t[a:])
			p.h.numberSpan = Span{l.orig(a), l.ce}
		}
	}
	return i + 1
}

// headerDate reads the place-and-date line at i, with the lines it wraps
// onto ("Hà Nội, ngày 18" / "tháng 11 năm 2025") and the place pieces
// before it.
func (p *parser) headerDate(i int, pre []int) int {
	ls := []*line{&p.lines[i]}
	j := i + 1
	for len(ls) < 3 && !strings.Contains(joinFold(ls), "nam") {
		k := nextContent(p.lines, j)
		if k >= len(p.lines) || k-j > 1 {
			break
		}
		nf := p.lines[k].fold()
		if !(strings.HasPrefix(nf, "thang") || strings.HasPrefix(nf, "nam") || (nf != "" && pIsDigit(nf[0]))) {
			break
		}
		ls = append(ls, &p.lines[k])
		j = k + 1
	}
	var preLines []*line
	for _, k := range pre {
		preLines = append(preLines, &p.lines[k])
	}
	p.readDate(ls, preLines)
	return j
}

func joinFold(ls []*line) string {
	var sb strings.Builder
	for _, l := range ls {
		sb.WriteString(l.fold())
		sb.WriteByte(' ')
	}
	return sb.String()
}

// readDate reads place and date from the lines ls (the first holds
// "Place, ngày"), with place pieces pre printed on lines before it.
func (p *parser) readDate(ls []*line, pre []*line) {
	first := ls[0]
	f := first.fold()
	n := isDateLine(f)
	comma := strings.LastIndexByte(f[:n], ',')
	if comma < 0 {
		comma = max(n-1, 0)
	}
	var place []string
	for _, l := range pre {
		place = append(place, l.text)
		p.cover(l.cs, l.ce)
	}
	place = append(place, strings.TrimSpace(first.text[:foldedToText(first.text, comma)]))
	p.h.place = strings.Join(place, " ")
	// The date text: from "ngày" on the first line to the end of the last.
	a := foldedToText(first.text, n)
	parts := []string{first.text[a:]}
	for _, l := range ls[1:] {
		parts = append(parts, l.text)
	}
	p.h.dateText = strings.Join(parts, " ")
	last := ls[len(ls)-1]
	p.h.dateSpan = Span{first.orig(a), last.ce}
	for _, l := range ls {
		p.cover(l.cs, l.ce)
	}
}

// headerSubjectVV reads a "V/v" subject line and the lines it wraps onto.
func (p *parser) headerSubjectVV(i int) int {
	l := &p.lines[i]
	t := l.text
	k := strings.IndexByte(t, 'v')
	if k < 0 {
		k = strings.IndexByte(t, 'V')
	}
	// Skip "V/v" and the punctuation after it.
	a := strings.Index(strings.ToLower(t), "v/v")
	if a < 0 {
		a = k
	}
	a = min(a+3, len(t))
	if strings.HasPrefix(strings.ToLower(t), "v/ v") {
		a = min(4, len(t))
	}
	for a < len(t) && (t[a] == ' ' || t[a] == ':' || t[a] == '.') {
		a++
	}
	parts := []string{t[a:]}
	p.cover(l.cs, l.ce)
	j := i + 1
	for j < len(p.lines) {
		n := &p.lines[j]
		if n.blank {
			break
		}
		nf := n.fold()
		if isDateLine(nf) >= 0 || isNumberLine(nf) || isMottoLine(nf) || isRecipientsHead(nf) || parseMarker(n.text).kind != markNone {
			break
		}
		if endsTerminal(p.lines[j-1].text) && !startsLower(n.text) {
			break
		}
		parts = append(parts, n.text)
		p.cover(n.cs, n.ce)
		j++
	}
	p.h.subject = strings.Join(parts, " ")
	p.h.subjectVV = true
	return j
}

// typeLine reports whether l is a title line naming the document type
// ("CHỈ THỊ", "KẾ HOẠCH", "CÔNG ĐIỆN").
func (p *parser) typeLine(l *line) (string, bool) {
	if !isUpperText(l.text) {
		return "", false
	}
	f := l.fold()
	if len(f) > 30 {
		return "", false
	}
	if p.isTypeName(f) {
		return l.text, true
	}
	// "CÔNG ĐIỆN HỎA TỐC", "CHỈ THỊ KHẨN".
	for _, q := range []string{" hoa toc", " khan", " thuong khan"} {
		if strings.HasSuffix(f, q) && p.isTypeName(f[:len(f)-len(q)]) {
			return l.text, true
		}
	}
	return "", false
}

// isTypeName reports whether the folded text f names a document type: it
// is DocTypeFromName(s) for any s that folds to f (a name equal to s folds
// to f too), with the folded names computed once per parse.
func (p *parser) isTypeName(f string) bool {
	if p.typeNames == nil {
		p.typeNames = make([]string, 0, docTypeEnd)
		for i := DocType(1); i < docTypeEnd; i++ {
			p.typeNames = append(p.typeNames, vntext.String(docTypes[i].name))
		}
	}
	for _, n := range p.typeNames {
		if n == f {
			return true
		}
	}
	return false
}

// headerSubject reads the upper-case subject lines after the type line.
func (p *parser) headerSubject(i int) int {
	var parts []string
	j := i
	for j < len(p.lines) {
		l := &p.lines[j]
		if l.blank {
			if len(parts) > 0 && !l.bar {
				// A blank line ends the subject unless upper-case text
				// follows straight on (a wrapped title).
				k := nextContent(p.lines, j)
				if k < len(p.lines) && isUpperText(p.lines[k].text) && !isMottoLine(p.lines[k].fold()) && k-j == 1 {
					j = k
					continue
				}
				break
			}
			j++
			continue
		}
		f := l.fold()
		if len(parts) == 0 && (strings.HasPrefix(f, "ve viec") || strings.HasPrefix(f, "ve ")) && !isUpperText(l.text) {
			// A subject in mixed case: "Về việc tăng cường …", with the
			// lines it wraps onto.
			parts = append(parts, l.text)
			p.cover(l.cs, l.ce)
			j++
			for j < len(p.lines) && !p.lines[j].blank && !endsTerminal(p.lines[j-1].text) &&
				parseMarker(p.lines[j].text).kind == markNone && len(parts) < 4 {
				parts = append(parts, p.lines[j].text)
				p.cover(p.lines[j].cs, p.lines[j].ce)
				j++
			}
			break
		}
		if !isUpperText(l.text) || isMottoLine(f) || isNumberLine(f) || parseMarker(l.text).kind != markNone {
			break
		}
		parts = append(parts, l.text)
		p.cover(l.cs, l.ce)
		j++
	}
	if len(parts) > 0 && p.h.subject == "" {
		p.h.subject = strings.Join(parts, " ")
	}
	return j
}

// isRecipientsHead reports whether the folded line opens the recipients:
// "Kính gửi:", "Đồng kính gửi:", or the sender line of a công điện
// ("THỦ TƯỚNG CHÍNH PHỦ điện:").
func isRecipientsHead(f string) bool {
	if strings.HasPrefix(f, "kinh gui") || strings.HasPrefix(f, "dong kinh gui") {
		return true
	}
	return strings.HasSuffix(f, " dien:") && len(f) < 80
}

// headerRecipients reads the recipients after the line at i.
func (p *parser) headerRecipients(i int) int {
	l := &p.lines[i]
	p.cover(l.cs, l.ce)
	t := l.text
	k := strings.IndexByte(t, ':')
	j := i + 1
	if k >= 0 && strings.TrimSpace(t[k+1:]) != "" {
		// "Kính gửi: Sở Nội vụ." on one line.
		a := k + 1
		for a < len(t) && t[a] == ' ' {
			a++
		}
		// Several on the line: "Kính gửi: - Sở Y tế; - Sở Tài chính."
		rest := t[a:]
		for len(rest) > 0 {
			k := strings.IndexByte(rest, ';')
			part := rest
			if k >= 0 {
				part = rest[:k]
			}
			q := strings.TrimLeft(part, " ")
			if m := parseMarker(q); m.kind == markDash {
				q = q[m.size:]
			}
			off := a + (len(t[a:]) - len(rest)) + (len(part) - len(q))
			p.addRecipient(q, Span{l.orig(off), l.orig(off + len(q))})
			if k < 0 {
				break
			}
			rest = rest[k+1:]
		}
		return j
	}
	k = nextContent(p.lines, j)
	if k >= len(p.lines) {
		return j
	}
	if parseMarker(p.lines[k].text).kind == markDash || parseMarker(p.lines[k].text).kind == markPlus {
		// A bulleted list, with wrapped entries.
		var cur []*line
		flush := func() {
			if len(cur) == 0 {
				return
			}
			parts := make([]string, len(cur))
			for x, c := range cur {
				parts[x] = c.text
			}
			s := strings.Join(parts, " ")
			m := parseMarker(s)
			p.addRecipient(s[m.size:], Span{cur[0].cs + m.size, cur[len(cur)-1].ce})
			cur = cur[:0]
		}
		for j = k; j < len(p.lines); j++ {
			n := &p.lines[j]
			if n.blank {
				continue
			}
			m := parseMarker(n.text)
			if m.kind == markDash || m.kind == markPlus {
				flush()
				cur = append(cur, n)
				p.cover(n.cs, n.ce)
				continue
			}
			if len(cur) > 0 && (startsLower(n.text) || !endsTerminal(cur[len(cur)-1].text)) && m.kind == markNone && !isRecipientsHead(n.fold()) {
				cur = append(cur, n)
				p.cover(n.cs, n.ce)
				continue
			}
			break
		}
		flush()
		return j
	}
	// Recipients written as a sentence, up to its end.
	var cur []*line
	for j = k; j < len(p.lines) && len(cur) < 3; j++ {
		n := &p.lines[j]
		if n.blank {
			if len(cur) > 0 {
				break
			}
			continue
		}
		if parseMarker(n.text).kind != markNone || isRecipientsHead(n.fold()) {
			break
		}
		cur = append(cur, n)
		p.cover(n.cs, n.ce)
		if endsTerminal(n.text) {
			j++
			break
		}
	}
	if len(cur) > 0 {
		parts := make([]string, len(cur))
		for x, c := range cur {
			parts[x] = c.text
		}
		p.addRecipient(strings.Join(parts, " "), Span{cur[0].cs, cur[len(cur)-1].ce})
	}
	return j
}

func (p *parser) addRecipient(s string, sp Span) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";.,"))
	if s == "" {
		return
	}
	p.h.recipients = append(p.h.recipients, s)
	p.h.recipientSps = append(p.h.recipientSps, sp)
}

// nextContent returns the index of the first non-blank line at or after i.
func nextContent(lines []line, i int) int {
	for i < len(lines) && lines[i].blank {
		i++
	}
	return i
}

// countContent counts the non-blank lines in lines[a:b].
func countContent(lines []line, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !lines[k].blank {
			n++
		}
	}
	return n
}

// foldedToText maps a folded offset of vntext.Fold(t) to an offset in t.
func foldedToText(t string, k int) int {
	f := foldOf(t)
	return f.Orig(k)
}

// clip shortens s for a warning message.
func pClip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// issued parses the issue date text as a time expression.
func parseIssued(text string, sp Span) (TimeExpr, bool) {
	if text == "" {
		return TimeExpr{}, false
	}
	e, err := calendar.Parse(text, calendar.Date{})
	if err != nil {
		return TimeExpr{Text: text}, false
	}
	e.Start, e.End = sp.Start+e.Start, sp.Start+e.End
	return TimeExpr{Text: text[e.Start-sp.Start : e.End-sp.Start], Expr: e}, true
}
