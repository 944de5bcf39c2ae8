package directive

import (
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// This file is the header pass: the elements at the top of a document,
//
//	Header = [Issuer] Motto Number Date [Type Subject | "V/v" Subject] [Recipients] [Authority]
//
// in whatever order the conversion left them (the two columns of a printed
// header interleave: issuer | motto, number | place and date). Each element
// is known by what it says, paragraph by paragraph and, inside a
// paragraph that holds more than one, line by line.

// headerResult is what reading the header establishes for the passes
// after it.
type headerResult struct {
	ref      calendar.Date
	locality agency.ID
	// bodyPara is the first paragraph after the header.
	bodyPara int
	// seen is set when the text had any element of a header.
	seen    bool
	warns   []Warning
	covered []Span
	// recipients are the folded ranges of the "Kính gửi:" recipients,
	// one per entry of Directive.Recipients.
	recipients []layout.Range
	// issuer is Directive.Issuer folded, made of the folding of its
	// lines.
	issuer string
	// doc is the layout the passes after the header read: the layout
	// given, with a paragraph split where the header ended inside it.
	doc *layout.Doc
}

// hdrReader reads a header.
type hdrReader struct {
	d   *layout.Doc
	res headerResult
	h   hdrFields
	// pendingPlace are pieces of the place wrapped into paragraphs of
	// their own before the date line.
	pendingPlace []layout.Range
}

// split splits paragraph i before line l, where one header element ends
// inside a paragraph the layout joined and another element, or the body,
// begins.
func (hr *hdrReader) split(i, l int) {
	hr.d = hr.d.SplitPara(i, l)
}

// hdrFields are the elements a header holds.
type hdrFields struct {
	issuer []string
	// issuerKey[k] is issuer[k] folded: the document's folding of the
	// line, cut as the line is.
	issuerKey  []string
	number     string
	numberSpan Span
	place      string
	dateText   string
	dateSpan   Span
	typeName   string
	subject    string
	subjectVV  bool
	recipients []string
	authority  string
	// authorityKeys are the folded ranges whose cleaned texts, one space
	// between them, make authority.
	authorityKeys []layout.Range
	sawMotto      bool
	seen          bool // any element at all
	subjectDone   bool
}

// readHeader reads the header of doc into d and returns what the passes
// after it need.
func readHeader(doc *layout.Doc, opts *ParseOptions, reg *agency.Registry, d *Directive) headerResult {
	hr := &hdrReader{d: doc}
	start := hr.start()
	for i := 0; i < start; i++ {
		p := &doc.Paras[i]
		a, b := doc.Span(p.Key)
		hr.res.warns = append(hr.res.warns, Warning{Kind: WarnBeforeHeader, Span: Span{a, b}, Msg: "text before the header: " + pClip(doc.Clean(p.Key))})
	}
	i := hr.read(start)
	hr.res.doc = hr.d
	hr.res.bodyPara = i
	hr.res.seen = hr.h.seen
	hr.fill(d, opts, reg)
	return hr.res
}

// kindOf tells the elements that make the cluster of a header: 1 a motto,
// 2 "Số:", 3 a place and date, 0 any other.
func (hr *hdrReader) kindOf(i int) int {
	f := hr.d.Text(hr.d.Paras[i].Key)
	switch {
	case isMottoLine(f):
		return 1
	case isNumberLine(f):
		return 2
	case hr.dateIn(hr.d.Paras[i].Key) >= 0:
		return 3
	}
	return 0
}

// dateAt is isDateLine for the folded paragraph text f with its place
// written as a name.
//
// A place is written as a name: at most one of its words opens in lower
// case, where a sentence that ends with a date ("… báo cáo kết quả trước
// ngày 30/11/2025") has many.
func (hr *hdrReader) dateAt(f string) int {
	n := isDateLine(f)
	if n <= 0 {
		return n
	}
	return n
}

// dateIn is dateAt for the folded range g, checking the case of the place.
func (hr *hdrReader) dateIn(g layout.Range) int {
	t := hr.d.Key.Text
	f := t[g.A:g.B]
	n := hr.dateAt(f)
	if n < 0 {
		// "Bắc Giang, ngày 12 tháng 4 năm 2024 KẾ HOẠCH …": a whole date,
		// then more of the header in capitals on its line.
		if k := datePos(f); k > 0 {
			if e := dateEnd(f, k); e > 0 && e < len(f) && hr.d.Key.IsUpperAt(skipSep(t, g.A+e, g.B)) {
				n = k
			}
		}
	}
	if n <= 0 {
		return n
	}
	lower := 0
	for k := g.A; k < g.A+n; k++ {
		if (k == g.A || t[k-1] == ' ') && 'a' <= t[k] && t[k] <= 'z' && !hr.d.Key.IsUpperAt(k) {
			lower++
		}
	}
	if lower > 2 || strings.ContainsAny(f[:n], "+") {
		return -1
	}
	return n
}

// start returns the first paragraph of the header: the issuer lines above
// the header's cluster (a motto, "Số:" or place-and-date paragraph with one
// of another kind within a few paragraphs), or 0 when the text holds none
// in its first paragraphs, or a body before it.
func (hr *hdrReader) start() int {
	d := hr.d
	for i := 0; i < len(d.Paras) && i < 150; i++ {
		if p := &d.Paras[i]; !p.Marker.IsZero() && !p.Marker.Bullet() && p.Marker.Family != layout.FamParen {
			return 0 // a body first
		}
		k := hr.kindOf(i)
		if k == 0 {
			continue
		}
		found := false
		for j := i + 1; j < len(d.Paras) && j <= i+8 && !found; j++ {
			k2 := hr.kindOf(j)
			found = k2 != 0 && k2 != k
		}
		if !found {
			continue
		}
		s := i
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			p := &d.Paras[j]
			if !p.Marker.IsZero() {
				break
			}
			if p.Flags&layout.ParaCaps == 0 && !allCapsLines(d, p) {
				if hr.capsTail(p) < p.Lines[1] {
					s = j // the issuer at the end of a cell of page text
				}
				break
			}
			s = j
		}
		// Capitals of the page above the issuer ("VĂN BẢN GỐC"): the
		// issuer opens at the first paragraph naming a body.
		for j := s; j < i; j++ {
			if opensBody(d.Text(d.Paras[j].Key)) {
				s = j
				break
			}
		}
		return s
	}
	return 0
}

// allCapsLines reports whether every line of p with letters is in capitals.
func allCapsLines(d *layout.Doc, p *layout.Para) bool {
	for l := p.Lines[0]; l < p.Lines[1]; l++ {
		if d.Lines[l].Flags&layout.LineLower != 0 {
			return false
		}
	}
	return true
}

// cover notes that the header holds the folded range r.
func (hr *hdrReader) cover(r layout.Range) {
	a, b := hr.d.Span(r)
	if b > a {
		hr.res.covered = append(hr.res.covered, Span{a, b})
	}
}

// read reads the header from paragraph i and returns the first paragraph
// after it.
func (hr *hdrReader) read(i int) int {
	d := hr.d
	for i < len(d.Paras) {
		p := &d.Paras[i]
		if k := hr.element(p.Key, i); k > 0 {
			i += k
			continue
		}
		break
	}
	return i
}

// element reads the header element(s) in the folded range g of paragraph
// i, and returns how many paragraphs it took (0 when g is no header
// element: the header ends).
func (hr *hdrReader) element(g layout.Range, i int) int {
	d := hr.d
	t := d.Key.Text
	g = trimKeySpace(d, g)
	// Cells a conversion put on one line, "Số: 21/QĐ-UBND | Hà Nội, ngày
	// …": each is read on its own.
	if k := strings.Index(t[g.A:g.B], " | "); k > 0 {
		n := hr.element(layout.Range{A: g.A, B: g.A + k}, i)
		if n == 0 {
			return 0
		}
		hr.element(layout.Range{A: g.A + k + 3, B: g.B}, i)
		return n
	}
	return hr.cell(g, i)
}

// cell reads the header element(s) in the folded range g of paragraph i,
// one cell of the header; see element.
func (hr *hdrReader) cell(g layout.Range, i int) int {
	d := hr.d
	h := &hr.h
	t := d.Key.Text
	f := t[g.A:g.B]
	p := &d.Paras[i]
	switch {
	case isMottoLine(f):
		// The motto, perhaps after the issuer in the same paragraph, or
		// with more header after it on its line.
		k := strings.Index(f, "cong hoa")
		if dl := strings.Index(f, "doc lap"); k < 0 || dl >= 0 && dl < k {
			k = dl
		}
		if k > 0 && !strings.Contains(mottoFolded, f) {
			hr.issuerText(layout.Range{A: g.A, B: g.A + k})
		}
		h.sawMotto, h.seen = true, true
		if e := mottoEndAt(f); e > 0 && e < len(f) {
			hr.cover(layout.Range{A: g.A, B: g.A + e})
			hr.element(layout.Range{A: skipSep(t, g.A+e, g.B), B: g.B}, i)
			return 1
		}
		hr.cover(g)
		return 1
	case isNumberLine(f) && h.numberSpan.IsZero():
		h.seen = true
		return hr.number(g, i)
	case h.dateText == "" && hr.dateIn(g) >= 0:
		h.seen = true
		return hr.date(g, i)
	case strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "v/ v"):
		h.seen = true
		return hr.subjectVV(g, i)
	case isRecipientsHead(f):
		h.seen = true
		return hr.recipients(g, i)
	}
	if h.typeName == "" && !strings.Contains(f, " ") && i+1 < len(d.Paras) && p.Marker.IsZero() && hr.capsRange(g) {
		// "QUYẾT" / "ĐỊNH": the two words of a type name broken over two
		// cells or lines.
		q := d.Paras[i+1].Key
		if joined := f + " " + d.Text(q); typeNamePrefix(joined+" ") > len(f) && hr.capsRange(q) {
			k := typeNamePrefix(joined + " ")
			if k == len(joined) || isTypeSuffix(joined[k:]) {
				h.typeName = d.Clean(g) + " " + d.Clean(q)
				h.seen = true
				hr.cover(g)
				hr.cover(q)
				return 2 + hr.subject(i+2)
			}
		}
	}
	if h.typeName == "" {
		if k := typeNamePrefix(f + " "); k > 0 && p.Marker.IsZero() && hr.capsRange(layout.Range{A: g.A, B: g.A + k}) && (h.seen || i < 6) {
			if k >= len(f) || isTypeSuffix(f[k:]) {
				h.seen = true
				h.typeName = d.Clean(g)
				hr.cover(g)
				return 1 + hr.subject(i+1)
			}
			// "CÔNG ĐIỆN" / "TẬP TRUNG …": the type on a line of its own,
			// the subject on the lines after it, one paragraph of
			// capitals.
			if l0 := d.Lines[p.Lines[0]].Key; p.Lines[1]-p.Lines[0] > 1 && l0.A == g.A && l0.B-l0.A <= k+12 && isTypeSuffix(t[min(g.A+k, l0.B):l0.B]) {
				h.typeName = d.Clean(l0)
				h.subject = d.Clean(layout.Range{A: skipSep(t, l0.B, g.B), B: g.B})
				h.subjectDone = true
				h.seen = true
				hr.cover(g)
				return 1
			}
			// "KẾ HOẠCH Triển khai …": the type and the subject.
			rest := layout.Range{A: skipSep(t, g.A+k, g.B), B: g.B}
			if rest.B > rest.A && d.Key.IsUpperAt(rest.A) && (!hr.capsRange(rest) || strings.HasPrefix(t[rest.A:rest.B], "ve ")) {
				h.typeName = d.Clean(layout.Range{A: g.A, B: g.A + k})
				h.subject = d.Clean(rest)
				h.subjectDone = true
				hr.cover(g)
				return 1
			}
		}
	}
	if h.seen && h.typeName != "" && !h.subjectDone && hr.capsRange(g) && p.Marker.IsZero() {
		return hr.subject(i)
	}
	if p.Marker.IsZero() && (p.Flags&layout.ParaCaps != 0 || allCapsLines(d, p)) && h.typeName == "" && !h.numberSpan.IsZero() && h.dateText != "" && isAuthorityTitle(f) && isAuthorityLineText(f) {
		// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under the number and date of a
		// header that lost its type line: the authority that opens the body.
		h.authority, h.authorityKeys = d.Clean(g), []layout.Range{g}
		return 0
	}
	if p.Marker.IsZero() && (p.Flags&layout.ParaCaps != 0 || allCapsLines(d, p)) && h.typeName == "" && (!isAuthorityTitle(f) || h.numberSpan.IsZero() && h.dateText == "") {
		// Capitals before the type: the issuer (or, under the number and
		// date, a subject whose type line is lost).
		if h.seen && !h.numberSpan.IsZero() && h.dateText != "" && len(h.issuer) > 0 {
			if isAuthorityLineText(f) {
				h.authority, h.authorityKeys = d.Clean(g), []layout.Range{g}
				return 0
			}
			return hr.subject(i)
		}
		if h.dateText != "" && !h.numberSpan.IsZero() {
			// After the cluster, capitals are the body's.
			return 0
		}
		for l := p.Lines[0]; l < p.Lines[1]; l++ {
			if k := d.Lines[l].Key; !k.Empty() {
				hr.issuerText(layout.Range{A: max(k.A, g.A), B: min(k.B, g.B)})
			}
		}
		hr.cover(g)
		return 1
	}
	if !h.seen && p.Marker.IsZero() && hr.capsTail(p) > p.Lines[0] {
		// Text of the page and the issuer in one cell ("Source: …" /
		// "THỦ TƯỚNG CHÍNH PHỦ"): the lines in capitals at the end are
		// the issuer.
		k := hr.capsTail(p)
		for l := p.Lines[0]; l < k; l++ {
			if ln := d.Lines[l].Key; !ln.Empty() {
				a, b := d.Span(ln)
				hr.res.warns = append(hr.res.warns, Warning{Kind: WarnBeforeHeader, Span: Span{a, b}, Msg: "text before the header: " + pClip(d.Clean(ln))})
			}
		}
		for l := k; l < p.Lines[1]; l++ {
			if ln := d.Lines[l].Key; !ln.Empty() {
				hr.issuerText(ln)
				hr.cover(ln)
			}
		}
		return 1
	}
	if h.seen && h.dateText == "" && !h.subjectDone && p.Marker.IsZero() && !isPreambleOpener(f) && countWords(f) <= 6 && i+1 < len(d.Paras) && hr.kindOf(i+1) == 3 {
		// A piece of the place wrapped before the date line ("Thành
		// phố Hồ Chí" / "Minh, ngày …") in another paragraph.
		hr.pendingPlace = append(hr.pendingPlace, g)
		return 1
	}
	if h.seen && h.typeName == "" && hr.resumes(i) {
		a, b := d.Span(g)
		hr.res.warns = append(hr.res.warns, Warning{Kind: WarnHeader, Span: Span{a, b}, Msg: "header line not understood: " + pClip(d.Clean(g))})
		return 1
	}
	return 0
}

// capsHead returns the first line of paragraph p that is not in capitals
// (p.Lines[0] when its first line is not).
func (hr *hdrReader) capsHead(p *layout.Para) int {
	k := p.Lines[0]
	for k < p.Lines[1] {
		l := &hr.d.Lines[k]
		if !l.Key.Empty() && (l.Flags&layout.LineLower != 0 || l.Flags&layout.LineCaps == 0 && countWords(hr.d.Text(l.Key)) > 1) {
			break
		}
		k++
	}
	return k
}

// capsTail returns the first of the lines in capitals that end paragraph
// p, or p.Lines[1] when its last line is not in capitals.
func (hr *hdrReader) capsTail(p *layout.Para) int {
	k := p.Lines[1]
	for k > p.Lines[0] {
		l := &hr.d.Lines[k-1]
		if l.Key.Empty() {
			k--
			continue
		}
		if l.Flags&layout.LineLower != 0 || !hasLetter(hr.d.Text(l.Key)) {
			break
		}
		k--
	}
	return k
}

// capsRange reports whether every letter of the folded range is a capital.
func (hr *hdrReader) capsRange(g layout.Range) bool {
	t := hr.d.Key.Text
	n := 0
	for k := g.A; k < g.B; k++ {
		if 'a' <= t[k] && t[k] <= 'z' {
			if !hr.d.Key.IsUpperAt(k) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// isTypeSuffix reports whether what follows a type name on its line is
// only a mark of urgency or punctuation ("HỎA TỐC", "KHẨN", ":").
func isTypeSuffix(f string) bool {
	f = strings.TrimSpace(strings.Trim(f, " :*"))
	switch f {
	case "", "hoa toc", "khan", "thuong khan", "mat":
		return true
	}
	return false
}

// resumes reports whether a header element follows within two paragraphs
// of paragraph i, which itself reads as a header line: short, no marker,
// no preamble opener.
func (hr *hdrReader) resumes(i int) bool {
	d := hr.d
	p := &d.Paras[i]
	f := d.Text(p.Key)
	if !p.Marker.IsZero() || isPreambleOpener(f) || countWords(f) > 10 || endsTerminal(f) {
		return false
	}
	for j := i + 1; j < len(d.Paras) && j <= i+2; j++ {
		if hr.kindOf(j) != 0 {
			return true
		}
		if typeNamePrefix(d.Text(d.Paras[j].Key)+" ") > 0 && hr.capsRange(d.Paras[j].Key) {
			return true
		}
	}
	return false
}

// issuerText adds the folded range g as an issuer line, joining it to the
// previous one when the conversion wrapped one name over lines ("ỦY" /
// "BAN NHÂN DÂN" / "TỈNH X"): a piece of one word is a piece of a name, and
// so is a line that does not open a body's name.
func (hr *hdrReader) issuerText(g layout.Range) {
	d := hr.d
	g = trimKeySpace(d, g)
	if g.Empty() {
		return
	}
	s := strings.Trim(d.Clean(g), " |-_")
	if s == "" {
		return
	}
	// The line's folding, cut where the line is: the bytes trimmed from
	// the text are ASCII, each of which folds to at most one byte.
	text, _, kf, _ := cleanFolded(d, g, nil)
	lo := len(text) - len(strings.TrimLeft(text, " |-_"))
	hi := len(strings.TrimRight(text, " |-_"))
	key := kf.Text[kf.Index(lo):kf.Index(hi)]
	h := &hr.h
	if n := len(h.issuer); n > 0 {
		prev := h.issuer[n-1]
		f := d.Text(g)
		if !strings.Contains(prev, " ") || !strings.Contains(s, " ") || !opensBody(f) || strings.HasPrefix(f, "ban ") && endsUy(prev) {
			h.issuer[n-1] = prev + " " + s
			h.issuerKey[n-1] += " " + key
			return
		}
	}
	h.issuer = append(h.issuer, s)
	h.issuerKey = append(h.issuerKey, key)
}

func trimKeySpace(d *layout.Doc, g layout.Range) layout.Range {
	t := d.Key.Text
	for g.A < g.B && (t[g.A] == ' ' || t[g.A] == '|') {
		g.A++
	}
	for g.B > g.A && (t[g.B-1] == ' ' || t[g.B-1] == '|') {
		g.B--
	}
	return g
}

// number reads "Số: …" in g (paragraph i): the number up to a space, or the
// whole when more of it follows; a date or "V/v" after it on its line is
// read next.
func (hr *hdrReader) number(g layout.Range, i int) int {
	d := hr.d
	t := d.Key.Text
	h := &hr.h
	a := g.A + 2 // after "so"
	for a < g.B && (t[a] == ' ' || t[a] == ':') {
		a++
	}
	took := 1
	if a >= g.B {
		// "Số:" alone, its number in the next paragraph.
		if i+1 < len(d.Paras) {
			n := d.Paras[i+1].Key
			if nt := t[n.A:n.B]; nt != "" && (pIsDigit(nt[0]) || nt[0] == '/' || nt[0] == '.') {
				hr.cover(g)
				g, a, took = n, n.A, 2
			}
		}
	}
	b := a
	for b < g.B && t[b] != ' ' {
		b++
	}
	for b > a && strings.IndexByte(".,;", t[b-1]) >= 0 {
		b--
	}
	rest := layout.Range{A: skipSep(t, b, g.B), B: g.B}
	if !rest.Empty() {
		rf := t[rest.A:rest.B]
		if hr.dateAt(rf) < 0 && !strings.HasPrefix(rf, "v/v") && !strings.HasPrefix(rf, "v/ v") && datePos(rf) < 0 {
			// The number goes on: "Số: 12 /KH-UBND".
			b = g.B
			rest = layout.Range{}
		}
	}
	h.number = d.Clean(layout.Range{A: a, B: b})
	x, y := d.Span(layout.Range{A: a, B: b})
	h.numberSpan = Span{x, y}
	hr.cover(layout.Range{A: g.A, B: b})
	if !rest.Empty() {
		hr.element(rest, i)
	}
	return took
}

// date reads the place and date in g: "Hải Phòng, ngày 14 tháng 6 năm 2024",
// and returns how many paragraphs it took: two where the date goes on in
// the next paragraph of its cell ("*Quảng Ninh, ngày" / "20 tháng 11 năm
// 2025 *", an emphasis the conversion broke at the line's end).
func (hr *hdrReader) date(g layout.Range, i int) int {
	d := hr.d
	t := d.Key.Text
	f := t[g.A:g.B]
	h := &hr.h
	n := hr.dateIn(g)
	comma := strings.LastIndexByte(f[:n], ',')
	if comma < 0 {
		comma = max(n-1, 0)
	}
	var place []string
	for _, pg := range hr.pendingPlace {
		place = append(place, d.Clean(pg))
		hr.cover(pg)
	}
	hr.pendingPlace = nil
	if n > 0 {
		place = append(place, d.Clean(layout.Range{A: g.A, B: g.A + comma}))
	}
	h.place = strings.Trim(strings.Join(place, " "), " ,|")
	dr := layout.Range{A: g.A + n, B: g.B}
	took := 1
	// The date ends with its year, or at the end; what follows on the
	// line is read as more header.
	if e := dateEnd(f, n); e > 0 {
		dr.B = g.A + e
	} else if hr.dateGoesOn(i) {
		dr.B, took = d.Paras[i+1].Key.B, 2
		g.B = dr.B
		if e := dateEnd(t[g.A:g.B], n); e > 0 {
			dr.B = g.A + e
		}
	}
	dr = trimKeySpace(d, dr)
	h.dateText = strings.TrimRight(d.Clean(dr), " *")
	x, y := d.Span(dr)
	h.dateSpan = Span{x, y}
	hr.cover(layout.Range{A: g.A, B: dr.B})
	if dr.B < g.B {
		hr.element(layout.Range{A: skipSep(t, dr.B, g.B), B: g.B}, i)
	}
	return took
}

// dateGoesOn reports whether the date paragraph i, cut before its day,
// goes on in the next paragraph: one in the same cell (or outside tables
// as it is) that opens with a number.
func (hr *hdrReader) dateGoesOn(i int) bool {
	d := hr.d
	if i+1 >= len(d.Paras) || d.Paras[i+1].Cell != d.Paras[i].Cell {
		return false
	}
	k := d.Paras[i+1].Key
	t := d.Key.Text
	for k.A < k.B && (t[k.A] == ' ' || t[k.A] == '*') {
		k.A++
	}
	return k.A < k.B && vntext.IsDigit(t[k.A])
}

// subjectVV reads a "V/v" subject in g (paragraph i), with the paragraphs
// its wrapped lines went on into.
func (hr *hdrReader) subjectVV(g layout.Range, i int) int {
	d := hr.d
	t := d.Key.Text
	a := g.A + 3
	if strings.HasPrefix(t[g.A:g.B], "v/ v") {
		a = g.A + 4
	}
	for a < g.B && (t[a] == ' ' || t[a] == ':' || t[a] == '.') {
		a++
	}
	parts := []string{d.Clean(layout.Range{A: a, B: g.B})}
	hr.cover(g)
	took := 1
	// A subject wrapped into the next paragraph: it opens in lower case,
	// or the line before ended on a connector ("… của").
	for j := i + 1; j < len(d.Paras) && j <= i+2; j++ {
		q := &d.Paras[j]
		qf := d.Text(q.Key)
		prev := t[g.A:g.B]
		if j > i+1 {
			prev = d.Text(d.Paras[j-1].Key)
		}
		if !q.Marker.IsZero() || hr.kindOf(j) != 0 || isRecipientsHead(qf) || isPreambleOpener(qf) {
			break
		}
		sameCell := q.Cell.In() && q.Cell == d.Paras[i].Cell
		// "V/v triển khai thực hiện" / "Chỉ thị số 04/CT-TTg ngày …": a
		// paragraph that opens with the citation of a document goes on
		// with the subject it completes.
		cites := !endsSentence(prev) && opensWithCitation(d, q.Key)
		if !sameCell && !cites && (!(startsLowerKey(d, q.Key) || endsConnector(prev)) || endsSentence(d.Clean(q.Key)) && !endsConnector(prev)) {
			break
		}
		parts = append(parts, d.Clean(q.Key))
		hr.cover(q.Key)
		took++
	}
	hr.h.subject = strings.Join(parts, " ")
	hr.h.subjectVV = true
	hr.h.subjectDone = true
	return took
}

// opensWithCitation reports whether the cleaned text of the folded range
// g opens with the citation of a document ("Chỉ thị số 04/CT-TTg ngày
// 11/02/2024 …"), read over the document's folding of it.
func opensWithCitation(d *layout.Doc, g layout.Range) bool {
	text, _, f, _ := cleanFolded(d, g, nil)
	rs := findReferencesFolded(text, &f, nil, nil)
	return len(rs) > 0 && rs[0].Span.Start == 0
}

// startsLowerKey reports whether the folded range opens with a lower-case
// letter.
func startsLowerKey(d *layout.Doc, g layout.Range) bool {
	if g.Empty() {
		return false
	}
	c := d.Key.Text[g.A]
	return ('a' <= c && c <= 'z' || c >= 0x80) && !d.Key.IsUpperAt(g.A)
}

// subject reads the subject paragraphs from paragraph i, after the type
// line: capitals up to the authority line that opens the body of a
// decision ("ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH …") or a line ending in
// ":", or one paragraph in mixed case. It returns the paragraphs taken.
func (hr *hdrReader) subject(i int) int {
	d := hr.d
	h := &hr.h
	var parts []string
	j := i
	for j < len(d.Paras) {
		p := &d.Paras[j]
		f := d.Text(p.Key)
		if !p.Marker.IsZero() || isMottoLine(f) || isNumberLine(f) || isPreambleOpener(f) {
			break
		}
		caps := p.Flags&layout.ParaCaps != 0 || allCapsLines(d, p)
		if caps && strings.HasSuffix(strings.TrimRight(f, " *"), ":") || isRecipientsHead(f) && (caps || hr.capsHead(p) == p.Lines[0]) {
			break
		}
		if !caps {
			// The subject's lines in capitals, and what the layout joined
			// to them ("THỦ TƯỚNG CHÍNH PHỦ điện:"): split there.
			if k := hr.capsHead(p); k > p.Lines[0] {
				hr.split(j, k)
				d = hr.d
				p = &d.Paras[j]
				parts = append(parts, d.Clean(p.Key))
				hr.cover(p.Key)
				j++
				break
			}
		}
		if len(parts) == 0 && !caps {
			// A subject in mixed case, right under the type: one short
			// paragraph that ends no clause.
			c := strings.TrimRight(d.Clean(p.Key), " *")
			if isAuthorityTitle(f) || countWords(f) > 80 || c == "" || strings.ContainsRune(";:,", rune(c[len(c)-1])) {
				break
			}
			parts = append(parts, c)
			hr.cover(p.Key)
			j++
			// Its wrapped rest on the next line, when a header line or the
			// body follows that ("Về việc kiện toàn" / "Ban Chỉ đạo …" /
			// "CHỦ TỊCH …").
			if j+1 < len(d.Paras) {
				q := &d.Paras[j]
				qf := d.Text(q.Key)
				qc := strings.TrimRight(d.Clean(q.Key), " *")
				if q.Marker.IsZero() && q.Flags&layout.ParaCaps == 0 && !allCapsLines(d, q) && countWords(qf) <= 20 && qc != "" &&
					!strings.ContainsRune(".;:,", rune(qc[len(qc)-1])) && !isPreambleOpener(qf) && !isRecipientsHead(qf) && hr.stopsSubject(j+1) {
					parts = append(parts, qc)
					hr.cover(q.Key)
					j++
				}
			}
			break
		}
		if !caps {
			break
		}
		if hr.authorityAt(j) && (len(parts) == 0 || !endsConnector(vntext.String(parts[len(parts)-1]))) {
			h.authority, h.authorityKeys = d.Clean(p.Key), []layout.Range{p.Key}
			if j+1 < len(d.Paras) && isLocalityLine(d.Text(d.Paras[j+1].Key)) {
				h.authority += " " + d.Clean(d.Paras[j+1].Key)
				h.authorityKeys = append(h.authorityKeys, d.Paras[j+1].Key)
			}
			break
		}
		parts = append(parts, d.Clean(p.Key))
		hr.cover(p.Key)
		j++
	}
	if len(parts) > 0 && h.subject == "" {
		h.subject = strings.Join(parts, " ")
	}
	h.subjectDone = true
	return j - i
}

// authorityAt reports whether paragraph j is the authority line that
// opens the body of a decision: it names a body or a person's title, and
// it ends the capitals under the subject, alone or with a line naming its
// place, or before "QUYẾT ĐỊNH:".
func (hr *hdrReader) authorityAt(j int) bool {
	d := hr.d
	if !isAuthorityLineText(d.Text(d.Paras[j].Key)) {
		return false
	}
	if hr.lastCaps(j) {
		return true
	}
	n := j + 1
	if n >= len(d.Paras) {
		return true
	}
	if isLocalityLine(d.Text(d.Paras[n].Key)) {
		if hr.lastCaps(n) {
			return true
		}
		n++
	}
	if n < len(d.Paras) {
		nf := strings.TrimRight(d.Text(d.Paras[n].Key), " *")
		return strings.HasSuffix(nf, ":") && typeNamePrefix(strings.TrimRight(strings.TrimSuffix(nf, ":"), " ")+" ") > 0
	}
	return false
}

// isLocalityLine reports whether the folded line names a place only: "TỈNH
// BẮC GIANG", "THÀNH PHỐ HÀ NỘI".
func isLocalityLine(f string) bool {
	for _, w := range []string{"tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong "} {
		if strings.HasPrefix(f, w) && countWords(f) <= 6 && !strings.ContainsAny(f, ",;:") {
			return true
		}
	}
	return false
}

// stopsSubject reports whether paragraph j cannot go on a subject: a line
// in capitals, an item, the preamble, an authority or the recipients.
func (hr *hdrReader) stopsSubject(j int) bool {
	d := hr.d
	p := &d.Paras[j]
	f := d.Text(p.Key)
	return p.Flags&layout.ParaCaps != 0 || allCapsLines(d, p) || !p.Marker.IsZero() || isPreambleOpener(f) ||
		isAuthorityTitle(f) || isRecipientsHead(f) || hr.kindOf(j) != 0
}

// lastCaps reports whether paragraph j is the last in capitals before the
// body: the one after it is not in capitals.
func (hr *hdrReader) lastCaps(j int) bool {
	d := hr.d
	if j+1 >= len(d.Paras) {
		return true
	}
	q := &d.Paras[j+1]
	return q.Flags&layout.ParaCaps == 0 && !allCapsLines(d, q)
}

// isAuthorityLineText reports whether the folded paragraph names the
// authority that issues the document, between the subject and the
// preamble: a bare name (no comma, at most 12 words) that opens with a
// person's title or a governing body.
func isAuthorityLineText(f string) bool {
	if strings.ContainsAny(f, ",;:") || strings.Count(f, " ") > 11 {
		return false
	}
	for _, w := range []string{" tai ", " ve ", " voi ", " cua ", " nham ", " doi voi ", " trong ", " ngay "} {
		if strings.Contains(f, w) {
			return false
		}
	}
	if isAuthorityTitle(f) {
		return true
	}
	for _, b := range []string{"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "chinh phu", "ban chi dao", "ban thuong vu", "ban can su"} {
		if strings.HasPrefix(f, b) && (len(f) == len(b) || f[len(b)] == ' ') {
			return true
		}
	}
	return false
}

// recipients reads "Kính gửi:" in g (paragraph i) and the recipients after
// it: on its line, or as the bullets or cell after it.
func (hr *hdrReader) recipients(g layout.Range, i int) int {
	d := hr.d
	t := d.Key.Text
	h := &hr.h
	hr.cover(g)
	f := t[g.A:g.B]
	k := strings.IndexByte(f, ':')
	add := func(r layout.Range) {
		r = trimKeySpace(d, r)
		s := strings.TrimSpace(strings.TrimRight(d.Clean(r), " ;.,"))
		if strings.HasPrefix(s, "- ") {
			s = strings.TrimSpace(s[2:])
		}
		if s != "" {
			h.recipients = append(h.recipients, s)
			hr.res.recipients = append(hr.res.recipients, r)
		}
	}
	if k >= 0 && g.A+k+1 < g.B {
		// On its line: "Kính gửi: Sở Nội vụ.", "Kính gửi: - Sở Y tế; - Sở
		// Tài chính." It goes on over the lines that continue it; a line
		// that opens in capitals after one that ended a name is the body
		// the layout joined to it.
		p := &d.Paras[i]
		for l := p.Lines[0] + 1; l < p.Lines[1]; l++ {
			ln := d.Lines[l].Key
			if ln.Empty() {
				continue
			}
			prev := d.Text(layout.Range{A: g.A, B: ln.A})
			if startsLowerKey(d, ln) || endsConnector(prev) || strings.HasPrefix(d.Text(ln), "- ") {
				continue
			}
			g.B = d.Lines[l-1].Key.B
			hr.split(i, l)
			d = hr.d
			break
		}
		a := g.A + k + 1
		dashed := strings.HasPrefix(strings.TrimLeft(t[a:g.B], " "), "- ")
		for b := a; b <= g.B; b++ {
			if b == g.B || t[b] == ';' || dashed && b+2 < g.B && t[b] == ' ' && t[b+1] == '-' && t[b+2] == ' ' {
				add(layout.Range{A: a, B: b})
				a = b + 1
			}
		}
	}
	took := 1
	cell := d.Paras[i].Cell
	for j := i + 1; j < len(d.Paras); j++ {
		q := &d.Paras[j]
		isEntry := q.Marker.Bullet() || cell.In() && q.Cell.Table == cell.Table
		if !isEntry {
			break
		}
		add(q.Body)
		hr.cover(q.Key)
		took++
	}
	return took
}

// fill writes the header's elements into d and establishes the reference
// date and locality for the passes after it.
func (hr *hdrReader) fill(d *Directive, opts *ParseOptions, reg *agency.Registry) {
	h := &hr.h
	res := &hr.res
	if !h.numberSpan.IsZero() {
		n, err := ParseNumber(h.number)
		if err != nil {
			res.warns = append(res.warns, Warning{Kind: WarnHeader, Span: h.numberSpan, Msg: "document number not understood: " + pClip(h.number)})
		}
		d.Number = n
	}
	if h.typeName != "" {
		f := vntext.String(h.typeName)
		for _, q := range []string{" hoa toc", " thuong khan", " khan", " mat"} {
			f = strings.TrimSuffix(f, q)
		}
		f = strings.TrimRight(f, " :")
		d.Type, _ = DocTypeFromName(f)
	}
	if d.Type == DocUnknown && h.subjectVV {
		d.Type = DocOfficialLetter
	}
	if d.Type == DocUnknown {
		d.Type = d.Number.Type()
	}
	d.IssuerParent, d.Issuer, res.issuer = splitIssuer(h.issuer, h.issuerKey)
	d.Place = h.place
	d.Subject = h.subject
	d.Recipients = h.recipients
	if h.dateText != "" {
		if e, ok := parseIssued(h.dateText, h.dateSpan); ok {
			d.Issued = e
			if yearUnknown(e.Expr) {
				res.warns = append(res.warns, Warning{Kind: WarnHeader, Span: h.dateSpan, Msg: "issue date without a year: \"" + pClip(e.Text) + "\""})
			}
		} else {
			d.Issued = TimeExpr{Text: h.dateText}
			res.warns = append(res.warns, Warning{Kind: WarnHeader, Span: h.dateSpan, Msg: "issue date not understood: " + pClip(h.dateText)})
		}
	}
	switch {
	case d.Issued.Expr.Kind == calendar.KindDate:
		res.ref = d.Issued.Expr.Period.First
	case opts.Ref.IsValid():
		res.ref = opts.Ref
	case d.Issued.Expr.Kind == calendar.KindPartial && d.Issued.Expr.Period.First.IsValid():
		res.ref = d.Issued.Expr.Period.First
	}
	res.locality = opts.Locality
	if reg == nil || d.Issuer == "" {
		return
	}
	if d.IssuerParent != "" && res.locality == "" {
		if m, ok := reg.Resolve(d.IssuerParent, nil); ok {
			res.locality = reg.LocalityOf(m.ID)
		}
	}
	iss := res.issuer
	generic := iss == "uy ban nhan dan" || iss == "ubnd" || iss == "hoi dong nhan dan" || iss == "hdnd"
	if !generic {
		if m, ok := reg.Resolve(d.Issuer, &agency.Options{Locality: res.locality}); ok {
			d.IssuerID = m.ID
			if res.locality == "" {
				res.locality = reg.LocalityOf(m.ID)
			}
		}
		if d.IssuerID != "" {
			return
		}
	}
	// The issuer named with the authority line or the place: "ỦY BAN NHÂN
	// DÂN" under "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", or in Quảng
	// Ninh.
	try := func(name string) bool {
		m, ok := reg.Resolve(name, &agency.Options{Locality: res.locality})
		if !ok || m.ID == "" {
			return false
		}
		d.IssuerID = m.ID
		if res.locality == "" {
			res.locality = reg.LocalityOf(m.ID)
		}
		return true
	}
	if h.authority != "" {
		a, fa := hr.authorityFolded()
		if k := strings.Index(fa.Text, iss); k >= 0 && len(fa.Text)-k > len(iss) && try(a[fa.Orig(k):]) {
			return
		}
	}
	if (iss == "uy ban nhan dan" || iss == "ubnd") && d.Place != "" {
		for _, mid := range []string{" ", " tỉnh ", " thành phố "} {
			if try(d.Issuer + mid + d.Place) {
				return
			}
		}
	}
}

// authorityFolded returns the authority line as CleanMap writes its
// ranges, one space between them (authority before NFC), and its folding:
// the document's, joined, not folded again.
func (hr *hdrReader) authorityFolded() (string, vntext.Folded) {
	var b strings.Builder
	var j vntext.Joiner
	for k, g := range hr.h.authorityKeys {
		if k > 0 {
			sep := &joinSeps()[2]
			b.WriteString(sep.text)
			j.Add(&sep.f)
		}
		text, _, f, _ := cleanFolded(hr.d, g, nil)
		b.WriteString(text)
		j.Add(&f)
	}
	return b.String(), j.Folded()
}

// mottoEndAt returns the folded offset in f where the motto ends when more
// header text follows it, else -1.
func mottoEndAt(f string) int {
	e := -1
	if d := strings.LastIndex(f, "hanh phuc"); d >= 0 {
		e = d + len("hanh phuc")
	} else if d := strings.LastIndex(f, "chu nghia viet nam"); d >= 0 {
		e = d + len("chu nghia viet nam")
	}
	if e < 0 || e >= len(f) {
		return -1
	}
	for _, c := range []byte(f[e:]) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			return e
		}
	}
	return -1
}

// hasLetter reports whether the folded text t holds an ASCII letter.
func hasLetter(t string) bool {
	for i := 0; i < len(t); i++ {
		if 'a' <= t[i] && t[i] <= 'z' {
			return true
		}
	}
	return false
}
