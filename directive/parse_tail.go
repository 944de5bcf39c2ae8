package directive

import (
	"slices"
	"strconv"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the end of a directive: the distribution list ("Nơi
// nhận:"), the signature block (TM., KT., TL., TUQ., Q. lines, the signer's
// titles and name) and the appendices after it. Conversions put the
// signature before or after the distribution list, so either order is
// read.

// isDistributionHead reports whether l opens the distribution list.
func isDistributionHead(l *line) bool {
	if !startsUpper(l.text) {
		return false
	}
	f := l.fold()
	if !strings.HasPrefix(f, "noi nhan") {
		return false
	}
	r := strings.TrimSpace(f[len("noi nhan"):])
	return r == "" || r[0] == ':'
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

// isAppendixHead reports whether l opens an appendix ("PHỤ LỤC I").
func isAppendixHead(l *line) bool {
	if l.text == "" || (l.text[0] != 'P' && l.text[0] != 'p') {
		return false
	}
	f := l.fold()
	return strings.HasPrefix(f, "phu luc") && isUpperText(l.text[:min(len(l.text), len("PHỤ LỤC"))]) && len(f) < 120
}

// findTail returns the line where the body ends: the distribution list or
// the signature block, whichever comes first after the body start.
func (p *parser) findTail(from int) int {
	for i := from; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if isDistributionHead(l) {
			return i
		}
		if _, _, ok := signFormOf(l.text); ok && isUpperText(l.text) {
			// A signing line after the last paragraph of the body.
			return i
		}
		if isAppendixHead(l) && i > from {
			return i
		}
		if i > from && p.attachedHead(i) {
			// The plan a decision issues, printed after it: the body ends
			// there, or at the signature titles left above it ("CHỦ
			// TỊCH" with no name, from a cut table cell).
			return p.titlesAbove(from, i)
		}
	}
	return p.bareSignature(from)
}

// titlesAbove returns the first line of the run of short capitalised
// lines ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") that ends just above line i, or
// i when there is none.
func (p *parser) titlesAbove(from, i int) int {
	start := i
	for j := i - 1; j > from && i-j <= 6; j-- {
		l := &p.lines[j]
		if l.blank {
			continue
		}
		if !isUpperText(l.text) || len(strings.Fields(l.text)) > 6 || parseMarker(l.text).kind != markNone {
			break
		}
		start = j
	}
	return start
}

// bareSignature finds a signature block with no signing form at the end of
// the text: title lines in capitals ("CHỦ TỊCH") and the signer's name.
// It returns the line where the block starts, or len(p.lines).
func (p *parser) bareSignature(from int) int {
	k := len(p.lines) - 1
	for k >= from && p.lines[k].blank {
		k--
	}
	if k < from || !isNameLine(p.lines[k].text) {
		return len(p.lines)
	}
	start := -1
	for j := k - 1; j >= from && k-j <= 6; j-- {
		l := &p.lines[j]
		if l.blank {
			continue
		}
		if !isUpperText(l.text) || len(strings.Fields(l.text)) > 8 || parseMarker(l.text).kind != markNone {
			break
		}
		start = j
	}
	if start < 0 {
		return len(p.lines)
	}
	return start
}

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

// parseTail reads lines[from:].
func (p *parser) parseTail(from int) {
	i := from
	for i < len(p.lines) {
		l := &p.lines[i]
		if l.blank {
			i++
			continue
		}
		was := i
		switch {
		case isDistributionHead(l) && p.distribution == nil:
			i = p.parseDistribution(i)
		case isAppendixHead(l):
			i = p.parseAppendix(i)
		case p.attachedHead(i):
			i = p.parseAttached(i)
		case p.sig.Span.IsZero() && (isUpperText(l.text) || startsSignature(l)):
			i = p.parseSignature(i)
		default:
			p.warn(Span{l.cs, l.ce}, "text after the body not understood: "+pClip(l.text))
			i++
		}
		if i <= was {
			// Nothing read the line (a second "Nơi nhận:"): report it.
			p.warn(Span{l.cs, l.ce}, "text after the body not understood: "+pClip(l.text))
			i = was + 1
		}
	}
}

func startsSignature(l *line) bool {
	_, _, ok := signFormOf(l.text)
	return ok
}

// parseDistribution reads the list after "Nơi nhận:" at line i.
func (p *parser) parseDistribution(i int) int {
	l := &p.lines[i]
	p.cover(l.cs, l.ce)
	p.distribution = []string{}
	t := l.text
	if k := strings.IndexByte(t, ':'); k >= 0 && strings.TrimSpace(t[k+1:]) != "" {
		// "Nơi nhận: - Như trên; - Lưu: VT." on one line.
		for _, e := range strings.Split(t[k+1:], " - ") {
			p.addDistribution(e)
		}
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			s := strings.Join(cur, " ")
			m := parseMarker(s)
			p.addDistribution(s[m.size:])
			cur = cur[:0]
		}
	}
	j := i + 1
	last := ""
	for ; j < len(p.lines); j++ {
		n := &p.lines[j]
		if n.blank {
			continue
		}
		m := parseMarker(n.text)
		if m.kind == markDash || m.kind == markPlus {
			flush()
			cur = append(cur, n.text)
			last = n.text
			p.cover(n.cs, n.ce)
			continue
		}
		if len(cur) > 0 && m.kind == markNone && !isUpperText(n.text) && !endsTerminal(last) && !isAppendixHead(n) {
			cur = append(cur, n.text)
			last = n.text
			p.cover(n.cs, n.ce)
			continue
		}
		break
	}
	flush()
	return j
}

func (p *parser) addDistribution(s string) {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "./."), "/."))
	s = strings.TrimSpace(strings.TrimRight(s, ";.,"))
	if s != "" {
		p.distribution = append(p.distribution, s)
	}
}

// parseSignature reads the signature block at line i: signing lines and
// titles in upper case, then the signer's name.
func (p *parser) parseSignature(i int) int {
	sig := &p.sig
	start := p.lines[i].cs
	end := p.lines[i].ce
	j := i
	var lines []SigningLine
	for ; j < len(p.lines); j++ {
		n := &p.lines[j]
		if n.blank {
			continue
		}
		if isDistributionHead(n) || isAppendixHead(n) || (j > i && p.attachedHead(j)) {
			// A signature cut short ("KT. CHỦ TỊCH" with no name) ends
			// where the plan the decision issues begins.
			break
		}
		if strings.HasPrefix(n.text, "(") && strings.HasSuffix(n.text, ")") || strings.HasPrefix(n.text, "[") && strings.HasSuffix(n.text, "]") {
			// "(Đã ký)", "(Ký tên, đóng dấu)", "[daky]": a note of the copy.
			end = n.ce
			continue
		}
		if f, rest, ok := signFormOf(n.text); ok {
			lines = append(lines, SigningLine{Form: f, Text: rest})
			end = n.ce
			continue
		}
		if isUpperText(n.text) {
			// A wrapped signing line ("TM. ỦY BAN NHÂN" / "DÂN") when another
			// signing line follows; else a title.
			if len(lines) > 0 && lines[len(lines)-1].Form != SignNone && nextIsSignForm(p.lines, j+1) {
				lines[len(lines)-1].Text += " " + n.text
			} else {
				lines = append(lines, SigningLine{Text: n.text})
			}
			end = n.ce
			continue
		}
		// The signer's name: a short line in mixed case.
		if len(strings.Fields(n.text)) <= 6 && !endsTerminal(n.text) && parseMarker(n.text).kind == markNone {
			sig.Name = n.text
			end = n.ce
			j++
		}
		break
	}
	sig.Lines = lines
	for _, l := range lines {
		if l.Form == SignOnBehalf && sig.Authority == "" {
			sig.Authority = l.Text
		}
	}
	for _, l := range lines {
		if l.Form == SignNone {
			sig.Title = l.Text
			break
		}
	}
	if sig.Authority == "" && len(lines) > 0 {
		sig.Authority = lines[0].Text
	}
	if sig.Title == "" && len(lines) > 0 {
		sig.Title = lines[len(lines)-1].Text
	}
	sig.Span = Span{start, end}
	p.cover(start, end)
	return j
}

func nextIsSignForm(lines []line, j int) bool {
	k := nextContent(lines, j)
	if k >= len(lines) {
		return false
	}
	_, _, ok := signFormOf(lines[k].text)
	return ok
}

// parseAppendix reads an appendix from its "PHỤ LỤC" line to the next one
// or the end: its title is kept as an attachment, its text covered.
func (p *parser) parseAppendix(i int) int {
	l := &p.lines[i]
	title := []string{l.text}
	j := i + 1
	for ; j < len(p.lines); j++ {
		n := &p.lines[j]
		if n.blank {
			if n.bar {
				break
			}
			continue
		}
		if !isUpperText(n.text) || isAppendixHead(n) {
			break
		}
		if f := n.fold(); (f == "stt" || f == "tt" || f == "so tt") && j+1 < len(p.lines) && p.lines[j+1].bar && p.lines[j+1].blank {
			// "STT" with a "|" line under it: the first cell of a table
			// converted one cell per line.
			break
		}
		title = append(title, n.text)
	}
	end := l.ce
	k := j
	for ; k < len(p.lines); k++ {
		n := &p.lines[k]
		if n.blank {
			continue
		}
		if isAppendixHead(n) {
			break
		}
		end = n.ce
	}
	p.attachments = append(p.attachments, strings.Join(title, " "))
	// A task table in the appendix gives assignments of its own.
	if as, ok := p.tableAssignments(j, k, appendixLabel(l.fold(), len(p.appendixSpans)+1)); ok {
		p.assignments = append(p.assignments, as...)
	}
	p.cover(l.cs, end)
	p.appendixSpans = append(p.appendixSpans, Span{l.cs, end})
	return k
}

// The types of the documents a decision issues with it ("Ban hành kèm
// theo Quyết định này Kế hoạch …"), folded.
var attachedTypes = []string{"ke hoach", "chuong trinh", "chuong trinh hanh dong", "quy che", "quy dinh", "de an", "phuong an", "huong dan", "danh muc"}

// attachedHead reports whether line i opens a document issued with the
// directive and printed after its signature: its type in capitals ("KẾ
// HOẠCH") and, a few lines on, "(Ban hành kèm theo Quyết định số …)".
func (p *parser) attachedHead(i int) bool {
	l := &p.lines[i]
	if !isUpperText(l.text) || !slices.Contains(attachedTypes, l.fold()) {
		return false
	}
	for j, n := i+1, 0; j < len(p.lines) && n < 6; j++ {
		m := &p.lines[j]
		if m.blank {
			continue
		}
		n++
		if f := m.fold(); strings.HasPrefix(f, "(ban hanh kem theo") || strings.HasPrefix(f, "(kem theo") {
			return true
		}
	}
	return false
}

// parseAttached reads the document issued with the directive that starts
// at line i, up to the next appendix or such document or the end: its
// title is an attachment, and its body is read like the directive's own,
// its assignments added to the directive's.
func (p *parser) parseAttached(i int) int {
	l := &p.lines[i]
	title := []string{l.text}
	j := i + 1
	for ; j < len(p.lines); j++ {
		n := &p.lines[j]
		if n.blank {
			continue
		}
		f := n.fold()
		if strings.HasPrefix(f, "(ban hanh kem theo") || strings.HasPrefix(f, "(kem theo") {
			// The note runs to its closing bracket.
			for j < len(p.lines) && !strings.Contains(p.lines[j].text, ")") {
				j++
			}
			j++
			break
		}
		if !isUpperText(n.text) || parseMarker(n.text).kind != markNone {
			break
		}
		title = append(title, n.text)
	}
	j = min(j, len(p.lines))
	k := j
	for ; k < len(p.lines); k++ {
		if n := &p.lines[k]; !n.blank && (isAppendixHead(n) || (k > j && p.attachedHead(k))) {
			break
		}
	}
	p.attachments = append(p.attachments, strings.Join(title, " "))
	p.cover(l.cs, p.lines[j-1].ce)
	// The directive's own preamble, closing and outline are kept aside.
	pre, preNodes, closing, roots := p.preamble, p.preambleNodes, p.closing, p.roots
	tables := len(p.tableAsgs)
	p.preamble, p.preambleNodes, p.closing = nil, nil, nil
	p.parseBody(j, k)
	p.markAssignments()
	p.buildAssignments()
	for x, t := range p.tableAsgs[tables:] {
		r := p.tableRuns[t]
		if as, ok := p.tableAssignments(r[0], r[1], "B"+strconv.Itoa(tables+x+1)); ok {
			p.assignments = append(p.assignments, as...)
			p.cover(p.lines[r[0]].cs, p.lines[r[1]-1].ce)
		}
	}
	// Its preamble and closing belong to it.
	p.preambleText()
	p.closingText()
	p.preamble, p.preambleNodes, p.closing, p.roots = pre, preNodes, closing, roots
	return k
}

// attachmentNote reads "(Gửi kèm theo phụ lục chi tiết nhiệm vụ)" in a
// closing paragraph: the name of what is attached.
func attachmentNote(b *block) (string, bool) {
	f := b.f.Text
	k := strings.Index(f, "kem theo")
	if k < 0 || !(strings.HasPrefix(f, "(") || strings.HasPrefix(f, "gui kem") || strings.HasPrefix(f, "kem theo")) {
		return "", false
	}
	a := b.f.Orig(pSkipSp(f, k+len("kem theo")))
	s := b.text[a:]
	if e := strings.IndexByte(s, ')'); e >= 0 {
		s = s[:e]
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "./"))
	return s, s != ""
}

// appendixLabel is the label prefix of the tasks of an appendix: "PL2" for
// "PHỤ LỤC II" (or the n-th appendix when it has no number).
func appendixLabel(f string, n int) string {
	rest := strings.TrimSpace(strings.TrimPrefix(f, "phu luc"))
	w := rest
	if k := strings.IndexAny(rest, " .:-"); k >= 0 {
		w = rest[:k]
	}
	if v, ok := vntext.Roman(w); ok {
		n = v
	} else if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 100 {
		n = v
	}
	return "PL" + strconv.Itoa(n)
}
