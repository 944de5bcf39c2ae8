package directive

import (
	"slices"
	"sort"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the body of a directive: the preamble, the numbered items
// in every form real documents use, and the closing paragraphs. Paragraphs
// are first arranged in an outline by their markers — a marker kind seen
// before is a sibling of that item, a new kind opens a child — and then
// read: an item that names agencies is an assignment ("1. Giao …:", "7.
// Giao Sở Y tế phối hợp …", "1. Bộ trưởng các Bộ …"), as is an item whose
// fields say who leads ("Đơn vị chủ trì: …"); items above assignments are
// sections; items inside them are tasks and subtasks.

// A node is one item of the outline.
type node struct {
	blk      int     // head block
	extra    []int   // unmarked paragraphs that follow it
	kids     []*node // child items
	parent   *node
	field    fieldKind
	fieldVal int  // folded offset of the field's value in the head block
	viaField bool // an assignment by its fields
	isAssign bool
	hasAsg   bool // an assignment lies in this subtree
}

// A fieldKind is the label of a field paragraph of a plan's task block.
type fieldKind uint8

const (
	fieldNone      fieldKind = iota
	fieldTasks               // Nhiệm vụ:
	fieldAgencies            // Cơ quan thực hiện:
	fieldLead                // Đơn vị chủ trì:
	fieldCooperate           // Đơn vị phối hợp:
	fieldTime                // Thời gian thực hiện:
	fieldOther               // Sản phẩm:, Kết quả:
)

var fieldLabels = []struct {
	label string
	kind  fieldKind
}{
	{"noi dung nhiem vu", fieldTasks}, {"nhiem vu cu the", fieldTasks}, {"nhiem vu", fieldTasks}, {"noi dung", fieldTasks},
	{"co quan thuc hien", fieldAgencies}, {"don vi thuc hien", fieldAgencies}, {"trach nhiem thuc hien", fieldAgencies},
	{"phan cong thuc hien", fieldAgencies}, {"to chuc thuc hien", fieldAgencies},
	{"don vi chu tri", fieldLead}, {"co quan chu tri", fieldLead}, {"co quan, don vi chu tri", fieldLead}, {"chu tri", fieldLead},
	{"don vi phoi hop", fieldCooperate}, {"co quan phoi hop", fieldCooperate}, {"co quan, don vi phoi hop", fieldCooperate}, {"phoi hop", fieldCooperate},
	{"thoi gian thuc hien", fieldTime}, {"thoi gian hoan thanh", fieldTime}, {"thoi han hoan thanh", fieldTime},
	{"thoi han", fieldTime}, {"tien do thuc hien", fieldTime}, {"tien do", fieldTime}, {"thoi gian", fieldTime},
	{"san pham", fieldOther}, {"ket qua", fieldOther}, {"kinh phi", fieldOther}, {"ghi chu", fieldOther},
}

// afterMarker returns the folded offset in b where the text after its
// marker starts.
func afterMarker(b *block) int {
	if b.mark.size == 0 {
		return 0
	}
	n := len(vntext.Fold(b.text[:b.mark.size]).Text)
	return pSkipSp(b.f.Text, min(n, len(b.f.Text)))
}

// fieldOf reads a field label at the start of b's text.
func fieldOf(b *block) (fieldKind, int) {
	s := b.f.Text
	i := afterMarker(b)
	for _, fl := range fieldLabels {
		if strings.HasPrefix(s[i:], fl.label) {
			j := pSkipSp(s, i+len(fl.label))
			if j < len(s) && s[j] == ':' {
				return fl.kind, pSkipSp(s, j+1)
			}
		}
	}
	return fieldNone, 0
}

// assignHead reads an assignment's head in b: the parties it names and
// those named as cooperating, and the folded offset where its inline text
// begins. It reports false when the item names no agency first.
func (p *parser) assignHead(b *block) (lead, coop []partyRef, body int, ok bool) {
	if b.head != nil {
		h := b.head
		return h.lead, h.coop, h.body, h.ok
	}
	lead, coop, body, ok = p.readAssignHead(b)
	b.head = &headResult{lead, coop, body, ok}
	return lead, coop, body, ok
}

// headResult keeps what assignHead read from a block.
type headResult struct {
	lead, coop []partyRef
	body       int
	ok         bool
}

func (p *parser) readAssignHead(b *block) (lead, coop []partyRef, body int, ok bool) {
	s := b.f.Text
	i := afterMarker(b)
	giao, duty := false, false
	for _, w := range []string{"giao cho", "giao", "de nghi", "yeu cau", "doi voi"} {
		if pHasPhrase(s, i, w) {
			i = pSkipSp(s, i+len(w))
			giao = true
			break
		}
	}
	if !giao {
		if e := pPhraseAt(s, i, dutyOf); e >= 0 {
			// "Trách nhiệm của Sở Tài chính" / "Bố trí kinh phí …".
			i, giao, duty = pSkipSp(s, e), true, true
		}
	}
	lead, e := b.partyListAt(i)
	if len(lead) == 0 {
		return nil, nil, 0, false
	}
	if duty && len(b.breaks) > 0 {
		// The title names the lead; the text on the next line does not
		// continue the name ("Sở Tài chính" / "Bố trí …").
		if br := b.f.Index(b.breaks[0]); br > i && e > br {
			x, _ := p.splitBlock(*b, b.breaks[0])
			if lead, e = x.partyListAt(i); len(lead) == 0 {
				return nil, nil, 0, false
			}
		}
	}
	j := pSkipSp(s, e)
	if !giao && len(lead) == 1 && pPhraseAt(s, j, authorityVerbs) >= 0 {
		// "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở … báo cáo …": the
		// authority speaks, the bodies it addresses lead.
		if h, ok := p.chargedBy(b, i); ok {
			return h.lead, h.coop, h.body, true
		}
	}
	if !giao && b.mark.kind == markDash && !(j < len(s) && s[j] == ':') {
		// A bullet that opens with an agency is an assignment only as a
		// heading ("- Sở Tài chính: …"); otherwise it is a task.
		return nil, nil, 0, false
	}
	if j < len(s) && s[j] == ':' {
		return lead, nil, pSkipSp(s, j+1), true
	}
	coop, j = coopAfter(b, j)
	return lead, coop, j, true
}

// coopAfter reads, at folded offset j of b after the lead of an
// assignment, the agencies it cooperates with ("chủ trì, phối hợp với các
// sở, ngành liên quan …") and the offset after them; it returns j when
// there are none.
func coopAfter(b *block, j int) ([]partyRef, int) {
	s := b.f.Text
	k := j
	if pHasPhrase(s, k, "chu tri") {
		k = pSkipSp(s, k+len("chu tri"))
		if k < len(s) && s[k] == ',' {
			k = pSkipSp(s, k+1)
		}
	}
	if pHasPhrase(s, k, "phoi hop") {
		q := pSkipSp(s, k+len("phoi hop"))
		if pHasPhrase(s, q, "voi") {
			q = pSkipSp(s, q+3)
		}
		if ps, e2 := b.partyListAt(q); len(ps) > 0 {
			j = pSkipSp(s, e2)
			if j < len(s) && (s[j] == ',' || s[j] == ':') {
				j = pSkipSp(s, j+1)
			}
			return ps, j
		}
	}
	return nil, j
}

// parseBody reads lines[from:to].
func (p *parser) parseBody(from, to int) {
	// Task tables written as markdown rows in the body are read apart; the
	// rest is read as paragraphs. The paragraphs start at base: a document
	// attached after the signature is read as a body of its own.
	base := len(p.blocks)
	a := from
	for _, t := range p.bodyTables(from, to) {
		p.blocks = buildBlocksIn(p.blocks, p.lines, a, t[0], p.arena)
		p.tableAsgs = append(p.tableAsgs, t[2])
		a = t[1]
	}
	p.blocks = buildBlocksIn(p.blocks, p.lines, a, to, p.arena)
	p.joinBareMarkers(base)
	p.articleTitles(base)
	bs := p.blocks[base:]
	// The preamble runs to the first numbered item, the first item that
	// gives an assignment, or the first item after a paragraph that leads
	// in to items.
	pre := len(bs)
	for k := range bs {
		b := &bs[k]
		if b.mark.kind == markRoman || b.mark.kind == markNumber || b.mark.kind == markArticle || b.mark.kind == markPart {
			pre = k
			break
		}
		if b.mark.kind != markNone {
			if _, _, _, ok := p.assignHead(b); ok {
				pre = k
				break
			}
			if k > 0 && bs[k-1].mark.kind == markNone && strings.HasSuffix(strings.TrimRight(bs[k-1].text, " "), ":") {
				// Bullets after a lead-in ("… thực hiện các nội dung
				// sau:") are the items.
				pre = k
				break
			}
		}
	}
	// The closing is the run of unmarked paragraphs after the last item.
	closing := len(bs)
	for closing > pre && bs[closing-1].mark.kind == markNone {
		closing--
	}
	if closing > pre && closing < len(bs) && strings.HasSuffix(strings.TrimSpace(bs[closing-1].text), ":") {
		closing++
	}
	if closing == pre && pre < len(bs) {
		closing = len(bs)
	}
	p.preamble = bs[:pre]
	p.roots = p.outline(base+pre, base+closing)
	closing = p.implementers(bs, base, pre, closing)
	p.closing = bs[closing:]
}

// implementers takes from the closing paragraphs bs[closing:] of a
// decision the implementer clause that lost its "Điều N." marker: after
// articles, a paragraph opening with the agencies that carry the decision
// out ("Chánh Văn phòng UBND tỉnh, Giám đốc các sở …, Chủ tịch UBND các
// huyện … chịu trách nhiệm thi hành Quyết định này./.") is an item, as
// it is with its marker. It returns where the closing now starts.
func (p *parser) implementers(bs []block, base, pre, closing int) int {
	if closing <= pre || closing >= len(bs) || len(p.roots) == 0 || p.blocks[p.roots[len(p.roots)-1].blk].mark.kind != markArticle {
		return closing
	}
	for closing < len(bs) {
		b := &bs[closing]
		_, _, body, ok := p.assignHead(b)
		if !ok || requestAt(b.f.Text, body) {
			break
		}
		p.roots = append(p.roots, &node{blk: base + closing})
		closing++
	}
	return closing
}

// articleTitles reads the titles of articles from base on: "Điều 2. Hiệu
// lực thi hành" with the article's text on the lines after it. The title
// becomes part of the marker, so that the text read after the marker is
// the article's own ("Quyết định này có hiệu lực …", "Chánh Văn phòng UBND
// tỉnh, … chịu trách nhiệm thi hành …"). A title alone in its paragraph
// is joined to the unmarked paragraph after it.
func (p *parser) articleTitles(base int) {
	bs := p.blocks
	n := base
	for k := base; k < len(bs); k++ {
		b := bs[k]
		if b.mark.kind == markArticle && b.mark.size < len(b.text) {
			switch {
			case len(b.breaks) > 0 && isArticleTitle(b.text[b.mark.size:b.breaks[0]]) && !opensCharge(&b):
				b.mark.size = b.breaks[0]
			case len(b.breaks) == 0 && k+1 < len(bs) && bs[k+1].mark.kind == markNone && (isArticleTitle(b.text[b.mark.size:]) || isDutyTitle(&b)):
				if j := p.joinBlocks(b, &bs[k+1]); !opensCharge(&j) {
					j.mark.size = len(b.text) + 1
					b = j
					k++
				} else if pPhraseAt(b.f.Text, afterMarker(&b), dutyOf) >= 0 {
					// "Điều 7. Trách nhiệm của các sở" / its text: one
					// article, the title kept as its head.
					j.breaks = append(j.breaks, len(b.text)+1)
					b = j
					k++
				}
			}
		}
		bs[n] = b
		n++
	}
	p.blocks = bs[:n]
}

// opensCharge reports whether the text after the marker of b opens with
// a charging verb or an agency: "Điều 2. Giao" / "Giám đốc Sở …" and
// "Điều 3. Chánh" / "Văn phòng UBND tỉnh …" are a sentence cut by the
// conversion, not a title.
func opensCharge(b *block) bool {
	a := afterMarker(b)
	if pPhraseAt(b.f.Text, a, chargeVerbs) >= 0 || pPhraseAt(b.f.Text, a, dutyOf) >= 0 {
		// "Điều 5. Trách nhiệm của Sở Tài chính": a title that names
		// the lead stays the article's head.
		return true
	}
	ps, _ := b.partyListAt(a)
	return len(ps) > 0
}

// The titles that name whose duties follow ("Trách nhiệm của Sở Y tế"),
// folded.
var dutyOf = []string{"trach nhiem cua", "nhiem vu cua", "nhiem vu, quyen han cua", "trach nhiem, nhiem vu cua"}

// isDutyTitle reports whether the text of article b is a title naming
// whose duties follow: "Trách nhiệm của các sở, ban, ngành".
func isDutyTitle(b *block) bool {
	a := afterMarker(b)
	t := b.text[b.mark.size:]
	return pPhraseAt(b.f.Text, a, dutyOf) >= 0 && len(t) <= 160 && !strings.ContainsAny(t, ".;:")
}

// isArticleTitle reports whether t, the text after "Điều N." up to the end
// of its line, is a title: a few words that end no sentence and refer to
// nothing ("Hiệu lực thi hành", "Tổ chức thực hiện"), not the first line
// of a wrapped sentence ("Ban hành kèm theo Quyết định này Kế hoạch") nor
// a word cut from it ("Giao").
func isArticleTitle(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 80 || strings.ContainsAny(t, ".;:,()0123456789") {
		return false
	}
	f := vntext.Fold(t).Text
	if n := strings.Count(f, " "); n < 1 || n > 8 || strings.Contains(" "+f+" ", " nay ") {
		return false
	}
	return true
}

// outline arranges blocks [a, b) into items.
func (p *parser) outline(a, b int) []*node {
	var roots []*node
	var stack []*node
	key := func(n *node) [2]int {
		m := p.blocks[n.blk].mark
		return [2]int{int(m.kind), m.depth}
	}
	// The items, in one array that never grows (they are pointed to).
	items := 0
	for k := a; k < b; k++ {
		if p.blocks[k].mark.kind != markNone {
			items++
		}
	}
	nodes := make([]node, 0, items)
	for k := a; k < b; k++ {
		bl := &p.blocks[k]
		if bl.mark.kind == markNone {
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.extra = append(top.extra, k)
			} else {
				p.preamble = append(p.preamble, *bl)
			}
			continue
		}
		nodes = append(nodes, node{blk: k})
		n := &nodes[len(nodes)-1]
		n.field, n.fieldVal = fieldOf(bl)
		kk := [2]int{int(bl.mark.kind), bl.mark.depth}
		// A "1.1." item under "1." is deeper whatever came before.
		found := -1
		for x := len(stack) - 1; x >= 0; x-- {
			if key(stack[x]) == kk {
				found = x
				break
			}
		}
		if found >= 0 {
			stack = stack[:found]
		} else if bl.mark.kind == markNumber && bl.mark.depth > 1 {
			// Pop to the item whose number this one extends.
			for x := len(stack) - 1; x >= 0; x-- {
				m := p.blocks[stack[x].blk].mark
				if m.kind == markNumber && m.depth < bl.mark.depth && strings.HasPrefix(bl.mark.label, m.label+".") {
					stack = stack[:x+1]
					break
				}
			}
		} else if bl.mark.kind == markPart || bl.mark.kind == markArticle {
			stack = stack[:0]
		} else if bl.mark.kind == markRoman {
			// A Roman section restarts below a lettered part.
			for len(stack) > 0 {
				k := p.blocks[stack[len(stack)-1].blk].mark.kind
				if k == markPart || k == markArticle {
					break
				}
				stack = stack[:len(stack)-1]
			}
		}
		if len(stack) == 0 {
			roots = append(roots, n)
		} else {
			par := stack[len(stack)-1]
			n.parent = par
			par.kids = append(par.kids, n)
		}
		stack = append(stack, n)
	}
	return roots
}

// bodyTables finds the runs of markdown rows in lines[from:to] that form
// task tables: {first line, end line, index into p.tableRuns}.
func (p *parser) bodyTables(from, to int) [][3]int {
	var out [][3]int
	for i := from; i < to; {
		if !isMarkdownRow(p.text, &p.lines[i]) {
			// A table converted one cell per line, "|" lines between.
			if e := p.verticalRun(i, to); e > i {
				if rows := p.readTable(i, e); len(rows) > 1 {
					if _, _, ok := p.tableHeader(rows); ok {
						p.tableRuns = append(p.tableRuns, [2]int{i, e})
						out = append(out, [3]int{i, e, len(p.tableRuns) - 1})
					}
				}
				i = e
				continue
			}
			i++
			continue
		}
		j := i
		for j < to && (isMarkdownRow(p.text, &p.lines[j]) || (p.lines[j].blank && !p.lines[j].bar && j+1 < to && isMarkdownRow(p.text, &p.lines[j+1]))) {
			j++
		}
		if rows := p.readTable(i, j); len(rows) > 1 {
			if _, _, ok := p.tableHeader(rows); ok {
				p.tableRuns = append(p.tableRuns, [2]int{i, j})
				out = append(out, [3]int{i, j, len(p.tableRuns) - 1})
			}
		}
		i = j
	}
	return out
}

// verticalRun returns the end of the run of table cells that starts at
// line i, in the form converted web pages give tables: each cell a few
// lines, a "|" line after it, the first one line. It returns i when no
// run of four cells or more starts there.
func (p *parser) verticalRun(i, to int) int {
	const maxCellLines = 6
	if p.lines[i].blank || i+1 >= to || !p.lines[i+1].bar {
		// The first cell, a column title or a row number, is one line.
		return i
	}
	k, cells, end := i, 0, i
	for k < to {
		n := 0
		for k < to && !p.lines[k].blank && n <= maxCellLines {
			k++
			n++
		}
		if n == 0 || n > maxCellLines {
			break
		}
		bars := 0
		for k < to && p.lines[k].blank {
			if p.lines[k].bar {
				bars++
			}
			k++
		}
		if bars == 0 {
			break
		}
		cells++
		end = k
	}
	if cells < 4 {
		return i
	}
	return end
}

// isMarkdownRow reports whether l is a table row on one line: a markdown
// row ("| a | b |") or cells separated by tabs.
func isMarkdownRow(text string, l *line) bool {
	raw := strings.TrimSpace(text[l.start:l.end])
	return strings.HasPrefix(raw, "|") && strings.Count(raw, "|") >= 3 || isTabRow(l)
}

// joinBareMarkers joins, in the paragraphs from base on, an item marker
// alone on its line ("Điều 2.", "1.", "II.") to the paragraph after it
// when that paragraph has no marker of its own: converted text often breaks the line after the number, and the
// paragraph is the item's text ("Điều 2." / "Giao Sở Nội vụ chủ trì, …").
func (p *parser) joinBareMarkers(base int) {
	bs := p.blocks
	n := base
	for k := base; k < len(bs); k++ {
		b := bs[k]
		if b.mark.kind != markNone && b.mark.size >= len(b.text) && k+1 < len(bs) && bs[k+1].mark.kind == markNone {
			b = p.joinBlocks(b, &bs[k+1])
			k++
		}
		bs[n] = b
		n++
	}
	p.blocks = bs[:n]
}

// joinBlocks returns the paragraph a followed by the paragraph b.
func (p *parser) joinBlocks(a block, b *block) block {
	at := len(a.text) + 1
	a.text = a.text + " " + b.text
	segs := make([]seg, 0, len(a.segs)+len(b.segs))
	segs = append(segs, a.segs...)
	for _, s := range b.segs {
		s.at += at
		segs = append(segs, s)
	}
	a.segs = segs
	breaks := slices.Clone(a.breaks)
	for _, x := range b.breaks {
		breaks = append(breaks, x+at)
	}
	a.breaks = breaks
	a.last, a.end = b.last, b.end
	m := parseMarker(a.text)
	if n, ok := itemNumber(a.mark); ok && m.kind == markNone {
		m = longItem(a.text, n) // "1000." / "Giao …"
	}
	a.mark = m
	a.f = p.arena.fold(a.text)
	a.head = nil
	return a
}

// A sectionKind is what a heading says its section holds.
type sectionKind uint8

const (
	secOther   sectionKind = iota
	secTasks               // "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG": the work to do
	secPurpose             // "MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU": what the work is for
	secBasis               // "CĂN CỨ", "CƠ SỞ PHÁP LÝ": the documents it rests on
	// secObjective is "MỤC TIÊU", "CHỈ TIÊU": the results the work must
	// reach; an objective that sets a target or a time is tracked as a
	// task.
	secObjective
	// secReview is "ĐÁNH GIÁ TÌNH HÌNH", "KẾT QUẢ THỰC HIỆN": a report of
	// what was done, unless the opening sentence asks its addressees for
	// it ("… yêu cầu Giám đốc các sở … với các nội dung sau:"), when it is
	// work.
	secReview
)

// The words a section heading opens with, folded, by what they announce.
var sectionHeads = []struct {
	head string
	kind sectionKind
}{
	{"can cu", secBasis}, {"co so phap ly", secBasis}, {"co so xay dung", secBasis}, {"su can thiet", secBasis},
	{"muc dich", secPurpose}, {"yeu cau", secPurpose},
	{"muc tieu chung", secPurpose}, {"muc tieu tong quat", secPurpose}, {"muc tieu", secObjective}, {"quan diem", secPurpose},
	{"pham vi", secPurpose}, {"doi tuong", secPurpose}, {"chi tieu", secObjective},
	{"tinh hinh", secReview}, {"thuc trang", secReview}, {"ket qua", secReview}, {"danh gia", secReview},
	{"nhiem vu", secTasks}, {"giai phap", secTasks},
	{"noi dung", secTasks}, {"to chuc thuc hien", secTasks}, {"phan cong", secTasks}, {"hoat dong", secTasks},
}

// headingKind reads what item b announces when it is a heading: a short
// title ("II. MỤC ĐÍCH, YÊU CẦU", "1. Mục tiêu cụ thể:") that opens with a
// word naming its section. A sentence ("2. Yêu cầu các sở …") is no
// heading.
func headingKind(b *block) sectionKind {
	a := afterMarker(b)
	s := b.f.Text[a:]
	for _, x := range b.breaks {
		// "1. Mục đích" / "Theo dõi, …": a heading wrapped into its body.
		if k := b.f.Index(x); k > a {
			s = b.f.Text[a:k]
			break
		}
	}
	if k := strings.IndexByte(s, ':'); k >= 0 {
		s = s[:k] // "Mục đích: Nâng cao …"
	}
	s = strings.TrimRight(s, " .;")
	if s == "" || len(s) > 100 || strings.IndexByte(s, '.') >= 0 {
		return secOther
	}
	if pHasPhrase(s, 0, "ve") {
		// A topic heading ("1. Về sự cần thiết của việc kết nối …", "2.
		// Về nhiệm vụ, giải pháp") announces what its words announce.
		s = s[pSkipSp(s, len("ve")):]
	}
	for _, w := range []string{"mot so", "nhung", "cac"} {
		// "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP", "NHỮNG NHIỆM VỤ TRỌNG TÂM".
		if pHasPhrase(s, 0, w) {
			s = s[pSkipSp(s, len(w)):]
			break
		}
	}
	for _, h := range sectionHeads {
		if !pHasPhrase(s, 0, h.head) {
			continue
		}
		if h.kind == secPurpose && h.head == "yeu cau" {
			// "Yêu cầu các sở …", "Yêu cầu Sở Y tế …": a demand.
			j := pSkipSp(s, len(h.head))
			if pHasPhrase(s, j, "cac") || pHasPhrase(s, j, "moi") || b.headAfter(j) {
				return secOther
			}
		}
		return h.kind
	}
	return secOther
}

// introParties reads the addressees that the paragraph opening the items
// names: "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, …; Chủ tịch UBND các
// huyện … thực hiện các nội dung sau:". The items that name no agency of
// their own are their tasks. The paragraph is the last of the preamble and
// leads in to the items: it ends with a colon or with "sau" ("… các nội
// dung sau", "… sau đây").
func (p *parser) introParties() []Party {
	if len(p.preamble) == 0 {
		return nil
	}
	b := &p.preamble[len(p.preamble)-1]
	s := b.f.Text
	if e := strings.TrimRight(s, " .;"); !strings.HasSuffix(e, ":") && !strings.HasSuffix(e, " sau") && !strings.HasSuffix(e, " sau day") {
		// Not a lead-in to the items: "… các nội dung sau:", "… như
		// sau", "… sau đây".
		return nil
	}
	for i := 0; i < len(s); i = pSkipSp(s, pWordEnd(s, i)) {
		for _, w := range introVerbs {
			if !pHasPhrase(s, i, w) {
				continue
			}
			ps, e := b.partyListAt(pSkipSp(s, i+len(w)))
			if len(ps) == 0 {
				continue
			}
			if strings.Contains(s[e:], "ban hanh") {
				// "Thực hiện Chỉ thị …, yêu cầu các bộ, ngành …, UBND
				// tỉnh ban hành Kế hoạch như sau:": the cited document's
				// addressees; the items are the plan's.
				return nil
			}
			return p.parties(b, ps)
		}
	}
	return nil
}

// recipientParties reads the agencies the "Kính gửi:" entries name: the
// addressees of a công văn, whose tasks its items are when they name no
// agency. An entry whose agencies are not recognised is one party by its
// text.
func (p *parser) recipientParties() []Party {
	var out []Party
	for i, r := range p.h.recipients {
		sp := p.h.recipientSps[i]
		k := sort.Search(len(p.lines), func(j int) bool { return p.lines[j].ce >= sp.Start })
		if k < len(p.lines) && p.lines[k].cs <= sp.Start && p.lines[k].ce >= sp.End {
			// An entry on one line: its agencies, with their titles.
			l := &p.lines[k]
			b := block{first: k, last: k, start: l.cs, end: l.ce, text: l.text, segs: []seg{{line: k}}}
			b.f = p.arena.fold(l.text)
			if at := strings.Index(b.f.Text, vntext.Fold(r).Text); at >= 0 {
				if refs, _ := b.partyListAt(at); len(refs) > 0 {
					out = append(out, p.parties(&b, refs)...)
					continue
				}
			}
		}
		pt := Party{Name: r, Span: sp, Group: strings.HasPrefix(vntext.Fold(r).Text, "cac ")}
		if reg := p.opts.Registry; reg != nil {
			if m, ok := reg.Resolve(r, &agency.Options{Locality: p.locality}); ok {
				pt.ID = m.ID
				pt.Group = pt.Group || m.Group
			}
		}
		out = append(out, pt)
	}
	return out
}

// The verbs by which an opening sentence addresses agencies, folded.
var introVerbs = []string{"yeu cau", "de nghi", "giao nhiem vu cho", "giao cho", "giao", "chi dao"}
