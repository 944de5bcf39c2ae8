package layout

import (
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// Options are the choices of ReadWith. The zero Options are Read's.
type Options struct {
	// NameAcross reports whether the words tail, a dash and the words
	// head are one name ("Sở Lao động" - "Thương binh và Xã hội", "Bà
	// Rịa" - "Vũng Tàu"): a line that opens with the dash is the name
	// wrapped, not a bullet. Nil knows no name.
	NameAcross func(tail, head string) bool
}

// Read reads src into a Doc: lines, their folding, paragraphs and tables.
// It never fails: any text, even empty or invalid UTF-8, has a layout.
func Read(src string) *Doc { return ReadWith(src, nil) }

// ReadWith is Read with options; a nil o is the zero Options.
func ReadWith(src string, o *Options) *Doc {
	if o == nil {
		o = &Options{}
	}
	// The slices are made in the memory of a Doc released before
	// (Release), when there is one.
	m := takeMemory()
	d := &Doc{Src: src, opts: o, srcNFC: isNFC(src), mem: m}
	raw := splitLines(m.raw, src)
	m.raw = raw
	c := lineCleaner{s: src, pieces: m.pieces[:0]}
	if cap(c.pieces) < len(raw) {
		c.pieces = make([]vntext.Piece, 0, len(raw))
	}
	d.Lines = resize(m.lines, len(raw))
	for i, r := range raw {
		d.Lines[i] = c.clean(r[0], r[1])
	}
	var bounds [][2]int
	d.Key, bounds = vntext.FoldPiecesInto(src, c.pieces, m.key)
	m.key, m.bounds = vntext.Memory{}, bounds
	d.pieces = c.pieces
	var mvs bool
	d.clean, d.cleanRuns, mvs = cleanPiecesMap(m.runs, src, c.pieces, 0, len(src))
	d.keyFoldsClean = !mvs && keyFoldsClean(src, c.pieces)
	t := d.Key.Text
	for i := range d.Lines {
		l := &d.Lines[i]
		if l.p0 == l.p1 {
			l.Key = Range{}
			l.Flags |= LineBlank
			continue
		}
		l.Key = Range{bounds[l.p0][0], bounds[l.p1-1][1]}
		if l.Key.Empty() {
			l.Key = Range{}
			l.Flags |= LineBlank
			continue
		}
		letters, upper, alnum := 0, 0, false
		for k := l.Key.A; k < l.Key.B; k++ {
			ch := t[k]
			if 'a' <= ch && ch <= 'z' {
				letters++
				if d.Key.IsUpperAt(k) {
					upper++
				}
				alnum = true
			} else if isDigit(ch) || ch >= 0x80 {
				alnum = true
			}
		}
		if !alnum {
			l.Flags |= LineBlank
		} else {
			l.Flags &^= LineBlank
		}
		if letters >= 4 && upper == letters {
			l.Flags |= LineCaps
		}
		if upper < letters {
			l.Flags |= LineLower
		}
		if isCaption(t[l.Key.A:l.Key.B]) {
			l.Flags |= LineCaption
		}
		if isRecipients(t[l.Key.A:l.Key.B]) {
			l.Flags |= LineRecipients
		}
		if d.Key.Accented(l.Key.A, l.Key.B) {
			l.Flags |= LineAccented
			d.Accented = true
		}
	}
	d.markWrappedCaptions()
	d.Width = d.wrapWidth()
	tables, refs := cellLines(m.refs, d.Src, d.Lines)
	d.Tables = tables
	markers := d.lineMarkers(m.markers, refs)
	m.refs, m.markers = refs, markers
	// Paragraphs: runs of lines outside tables, and each cell.
	d.Paras = m.paras[:0]
	if cap(d.Paras) < len(d.Lines)/3+1 {
		d.Paras = make([]Para, 0, len(d.Lines)/3+1)
	}
	i := 0
	for ti := range d.Tables {
		tb := &d.Tables[ti]
		d.Paras = d.paragraphs(d.Paras, i, tb.Lines[0], CellRef{}, markers)
		for r := range tb.Rows {
			for ci := range tb.Rows[r].Cells {
				cl := &tb.Rows[r].Cells[ci]
				p0 := len(d.Paras)
				d.Paras = d.paragraphs(d.Paras, cl.Lines[0], cl.Lines[1], CellRef{ti + 1, r, ci}, markers)
				cl.Paras = [2]int{p0, len(d.Paras)}
				if p0 < len(d.Paras) {
					cl.Key = Range{d.Paras[p0].Key.A, d.Paras[len(d.Paras)-1].Key.B}
				}
			}
		}
		i = tb.Lines[1]
	}
	d.Paras = d.paragraphs(d.Paras, i, len(d.Lines), CellRef{}, markers)
	d.markQuotations()
	d.rowTables()
	return d
}

// lineMarkers returns the list marker that opens each line, where it opens
// a paragraph. A marker read at the start of a line that goes on a
// sentence the line before left open is the text wrapped ("… năm" / "2024.
// Sở Y tế …"), unless it is a bullet or the next of a list already open.
func (d *Doc) lineMarkers(markers []Marker, refs []CellRef) []Marker {
	markers = zeroed(markers, len(d.Lines))
	last := map[Level]Marker{}
	prev := -1 // the last line with content
	for i := range d.Lines {
		l := &d.Lines[i]
		if l.Key.Empty() {
			if l.Flags&LineCellBreak != 0 || l.void() {
				prev = -1
			}
			continue
		}
		m := readMarker(&d.Key, l.Key.A, d.Text(l.Key))
		if m.Family == FamArabic && m.N >= 1000 {
			// "2025. Năm …": a year, unless it goes on a list that has
			// come that far.
			if lm, seen := last[m.Level()]; !seen || !m.Next(lm) {
				m = Marker{}
			}
		}
		if m.Family == FamDash && prev >= 0 && prev == i-1 && refs[prev] == refs[i] && markers[prev].Family != FamDash && d.hyphenWrap(prev, i, m) {
			d.Lines[i].Flags |= LineHyphenWrap
			m = Marker{}
		}
		if !m.IsZero() {
			ok := prev < 0 || refs[prev] != refs[i] || endsSentence(d.Text(d.Lines[prev].Key)) ||
				d.Lines[prev].Flags&(LineBold|LineCaps) != l.Flags&(LineBold|LineCaps) || d.Lines[prev].Heading > 0
			if !ok {
				// A bullet, the next of a list already open, or the first
				// letter of a new one ("… ngang bộ" / "a) Khẩn trương …":
				// a lettered list opens under a heading that lost its
				// colon).
				// A heading's marker on a line in capitals opens it too ("II.
				// NHIỆM VỤ" under a title in capitals).
				heading := l.Flags&LineCaps != 0 && (m.Family == FamRoman || m.Family == FamUpper || m.Family == FamArabic)
				if lm, seen := last[m.Level()]; m.Bullet() || seen && m.Next(lm) || m.Family == FamLetter && m.N == 1 || heading ||
					m.N == 1 && endsLeadIn(d.Text(d.Lines[prev].Key)) ||
					m.N == 1 && !markers[prev].IsZero() && markers[prev].Level() != m.Level() ||
					m.Family == FamArticle || m.Family == FamChapter || m.Family == FamPart || m.Family == FamSection {
					ok = true
				}
			}
			if ok {
				markers[i] = m
				last[m.Level()] = m
			}
		}
		prev = i
	}
	return markers
}

// rowTables finds the tables written one row per line: markdown rows and
// tab-separated rows. Their cells share their line's paragraph.
func (d *Doc) rowTables() {
	var extra []Table
	for i := 0; i < len(d.Lines); {
		form := TableForm(0)
		switch f := d.Lines[i].Flags; {
		case f&LineMdRow != 0:
			form = FormMarkdown
		case f&LineTabRow != 0:
			form = FormTabs
		}
		if form == 0 {
			i++
			continue
		}
		j := i
		var rows []Row
		for j < len(d.Lines) {
			f := d.Lines[j].Flags
			if form == FormMarkdown && f&LineMdRow == 0 || form == FormTabs && f&LineTabRow == 0 {
				break
			}
			if row, ok := d.rowOf(j, form); ok {
				rows = append(rows, row)
			}
			j++
		}
		if len(rows) >= 2 {
			extra = append(extra, Table{Lines: [2]int{i, j}, Rows: rows, Form: form})
		}
		i = j
	}
	if len(extra) == 0 {
		return
	}
	d.Tables = append(d.Tables, extra...)
	// Keep the tables in document order.
	for a := 1; a < len(d.Tables); a++ {
		for b := a; b > 0 && d.Tables[b].Lines[0] < d.Tables[b-1].Lines[0]; b-- {
			d.Tables[b], d.Tables[b-1] = d.Tables[b-1], d.Tables[b]
		}
	}
	for ti := range d.Tables {
		tb := &d.Tables[ti]
		if tb.Form == FormCellLines {
			for r := range tb.Rows {
				for c := range tb.Rows[r].Cells {
					cl := &tb.Rows[r].Cells[c]
					for p := cl.Paras[0]; p < cl.Paras[1]; p++ {
						d.Paras[p].Cell.Table = ti + 1
					}
				}
			}
			continue
		}
		for r, row := range tb.Rows {
			for p := range d.Paras {
				if d.Paras[p].Lines[0] == row.Lines[0] {
					d.Paras[p].Cell = CellRef{Table: ti + 1, Row: r}
				}
			}
		}
	}
}

// rowOf splits line i into the cells of a row of the given form. A
// markdown rule row ("|---|:--|") is no row.
func (d *Doc) rowOf(i int, form TableForm) (Row, bool) {
	l := &d.Lines[i]
	row := Row{Lines: [2]int{i, i + 1}}
	t := d.Key.Text
	if form == FormMarkdown {
		a := l.Key.A
		if a < l.Key.B && t[a] == '|' {
			a++
		}
		rule := true
		for a < l.Key.B {
			b := a
			for b < l.Key.B && t[b] != '|' {
				b++
			}
			ca, cb := trimKey(t, a, b)
			if strings.Trim(t[ca:cb], "-: ") != "" {
				rule = false
			}
			if b < l.Key.B || ca < cb {
				row.Cells = append(row.Cells, Cell{Lines: [2]int{i, i + 1}, Key: Range{ca, cb}})
			}
			a = b + 1
		}
		return row, !rule && len(row.Cells) > 0
	}
	// Tabs: the tab characters are in Src; folding made them spaces.
	src := d.Src
	a := l.CS
	for a <= l.CE {
		b := strings.IndexByte(src[a:l.CE], '\t')
		if b < 0 {
			b = l.CE
		} else {
			b += a
		}
		ka, kb := d.Key.Index(a), d.Key.Index(b)
		ka, kb = max(ka, l.Key.A), min(kb, l.Key.B)
		if ka < kb {
			ka, kb = trimKey(t, ka, kb)
		}
		row.Cells = append(row.Cells, Cell{Lines: [2]int{i, i + 1}, Key: Range{ka, max(ka, kb)}})
		a = b + 1
	}
	return row, len(row.Cells) > 1
}

func trimKey(t string, a, b int) (int, int) {
	for a < b && t[a] == ' ' {
		a++
	}
	for b > a && t[b-1] == ' ' {
		b--
	}
	return a, b
}

// isCaption reports whether the folded line t is the note under the title of
// an attached document: "(Kèm theo Quyết định số …)", "(Ban hành kèm theo
// …)", "(Đính kèm …)".
func isCaption(t string) bool {
	if len(t) < 2 || t[0] != '(' {
		return false
	}
	t = strings.TrimLeft(t[1:], " *")
	return strings.HasPrefix(t, "kem theo") || strings.HasPrefix(t, "ban hanh kem theo") || strings.HasPrefix(t, "dinh kem")
}

// maxCaptionOpening is more folded bytes than the opening of a caption
// that a line wrap cut off from its words holds ("(ban", "*(ban hanh").
const maxCaptionOpening = 16

// markWrappedCaptions marks the caption whose words a line wrap split from
// its opening bracket ("*(Ban" / "hành kèm theo Quyết định số …"): the
// line of the bracket is the caption's first, as where it is whole.
func (d *Doc) markWrappedCaptions() {
	t := d.Key.Text
	for i := 0; i+1 < len(d.Lines); i++ {
		l, next := &d.Lines[i], &d.Lines[i+1]
		if l.Flags&(LineCaption|LineBlank) != 0 || next.Key.Empty() || l.Key.B-l.Key.A > maxCaptionOpening || t[l.Key.A] != '(' {
			continue
		}
		if isCaption(t[l.Key.A:l.Key.B] + " " + t[next.Key.A:next.Key.B]) {
			l.Flags |= LineCaption
		}
	}
}

// isRecipients reports whether the folded line t opens the recipients of
// a document's footer: "Nơi nhận:" (Decree 30/2020/NĐ-CP, Appendix I,
// element 9a).
func isRecipients(t string) bool {
	t, ok := strings.CutPrefix(t, "noi nhan")
	t = strings.TrimLeft(t, " *")
	return ok && (t == "" || t[0] == ':')
}

// SplitPara returns a copy of d in which paragraph i is two: the lines
// before line l, and the lines from l on. The header reader splits where a
// paragraph the layout joined holds the last header element and the first
// line of the body ("Kính gửi: Độc giả …" / "Cục Thuế nhận được …"). d is
// not changed; the copy shares everything but its paragraphs and tables.
func (d *Doc) SplitPara(i, l int) *Doc {
	p := d.Paras[i]
	if l <= p.Lines[0] || l >= p.Lines[1] {
		return d
	}
	n := *d
	n.mem = nil // d's to release
	n.Paras = make([]Para, 0, len(d.Paras)+1)
	n.Paras = append(n.Paras, d.Paras[:i]...)
	first, second := p, p
	first.Lines[1] = l
	k := l - 1
	for k > p.Lines[0] && d.Lines[k].Key.Empty() {
		k--
	}
	first.Key.B = d.Lines[k].Key.B
	first.Body.B = first.Key.B
	if first.Body.A > first.Body.B {
		first.Body.A = first.Body.B
	}
	second.Lines[0] = l
	for l < p.Lines[1] && d.Lines[l].Key.Empty() {
		l++
	}
	second.Key.A = d.Lines[l].Key.A
	second.Marker = readMarker(&d.Key, second.Key.A, d.Text(Range{second.Key.A, d.Lines[l].Key.B}))
	second.Body.A = second.Key.A
	if !second.Marker.IsZero() {
		second.Body.A = min(bodyStart(d.Key.Text, second.Marker.Key.B), second.Key.B)
	}
	n.Paras = append(n.Paras, first, second)
	n.Paras = append(n.Paras, d.Paras[i+1:]...)
	n.Tables = make([]Table, len(d.Tables))
	for ti, t := range d.Tables {
		t.Rows = append([]Row(nil), t.Rows...)
		for r := range t.Rows {
			t.Rows[r].Cells = append([]Cell(nil), t.Rows[r].Cells...)
			for c := range t.Rows[r].Cells {
				cl := &t.Rows[r].Cells[c]
				if cl.Paras[0] > i {
					cl.Paras[0]++
				}
				if cl.Paras[1] > i {
					cl.Paras[1]++
				}
			}
		}
		n.Tables[ti] = t
	}
	return &n
}
