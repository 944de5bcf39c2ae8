package directive

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/directive/internal/layout"
)

// This file is the outline pass: the paragraphs after the header read by
// recursive descent into the parts of a document,
//
//	Document = Header Preamble Body Closing Tail Attached* Notes [Trailer]
//	Body     = Item*
//	Item     = Marker Heading Para* Item*     (markers nest by the order the document uses)
//	Tail     = Distribution Signature | Signature Distribution
//	Attached = Title [Note] Preamble Body Closing [Signature]
//
// The outline says where each part is; what the parts say (who is charged,
// with what) is read by the passes after it.

// A region is a range of paragraphs [a, b) of the layout.
type region struct{ a, b int }

func (g region) empty() bool { return g.b <= g.a }

// An item is one numbered, lettered or bulleted item, or a paragraph of a
// body that numbers none, with the items under it.
type item struct {
	// para is the paragraph that opens the item; own are its own
	// paragraphs [para, own) before its first child.
	para, own int
	marker    layout.Marker
	// label is the item's full label: the printed marker, with the labels
	// of the items above it where the document's numbering restarts
	// ("II.1", "Điều 2.1").
	label string
	kids  []*item
	// clause, when not empty, is the folded range of paragraph para that
	// is the item, for an item that is one sentence of a paragraph ("Giao
	// Sở Y tế … . Chủ tịch UBND tỉnh yêu cầu Sở Tài chính …"); own is
	// then para+1.
	clause layout.Range
}

// A part is a body with what opens and closes it: the document itself, or
// a document attached to it.
type part struct {
	// title is the attached document's title paragraphs (empty for the
	// document itself), note its "(Kèm theo …)" line.
	title, note region
	preamble    region
	items       []*item
	// tables are the tables of the body outside any item.
	tables []int
	// closing are the paragraphs after the last item that close the text
	// ("… để biết, thực hiện./."), and the attached parts' own.
	closing      region
	distribution region
	signature    region
	// appendix is set for an appendix ("PHỤ LỤC"): a part that holds a
	// list or a table rather than a text.
	appendix bool
}

// An outline is the whole document read into parts.
type outline struct {
	main     part
	attached []part
	// notes are footnotes ("[1] …") and the page's trailer line.
	notes []int
	// body is the region of paragraphs of the main part's body.
	body region
}

// buildOutline reads the paragraphs from the first after the header.
func (r *reader) buildOutline(from int) *outline {
	d := r.doc
	o := &outline{}
	n := len(d.Paras)
	// The notes at the end: the page's trailer and footnotes.
	end := n
	if end > from && r.isTrailer(end-1) {
		o.notes = append(o.notes, end-1)
		end--
	}
	// The tail: where the body ends.
	tail := r.findTail2(from, end)
	o.body = region{from, tail}
	o.main = r.readPart(region{from, tail}, from)
	// The tail and what follows it: distribution, signature, then
	// attached documents each with their own body and signature.
	i := r.readTail(&o.main, tail, end)
	inNote := false
	for i < end {
		if r.isFootnote(i) {
			o.notes = append(o.notes, i)
			inNote = true
			i++
			continue
		}
		if inNote && !r.isAttachedTitle(i) {
			// A footnote goes on over the paragraphs after it.
			o.notes = append(o.notes, i)
			i++
			continue
		}
		inNote = false
		k := r.nextAttached(i+1, end)
		pt := r.readAttached(region{i, k})
		o.attached = append(o.attached, pt)
		i = k
	}
	return o
}

// isTrailer reports whether paragraph i is the line a web page adds under
// a document, naming it by its type and number: "Công văn 39712/CHQ-GSQL năm
// 2025 … do Cục Hải quan ban hành".
func (r *reader) isTrailer(i int) bool {
	d := r.doc
	p := &d.Paras[i]
	if p.Cell.In() || !p.Marker.IsZero() {
		return false
	}
	t := d.Text(p.Key)
	k := typeNamePrefix(t)
	if k == 0 {
		return false
	}
	rest := strings.TrimLeft(t[k:], " ")
	// The number, then "năm YYYY".
	sp := strings.IndexByte(rest, ' ')
	if sp <= 0 || !strings.ContainsAny(rest[:sp], "0123456789") {
		return false
	}
	return strings.HasPrefix(rest[sp+1:], "nam ") || strings.Contains(t, " ban hanh")
}

// typeNamePrefix returns the length of the document type name the folded
// text t opens with, 0 for none.
func typeNamePrefix(t string) int {
	best := 0
	for x := DocType(1); x < docTypeEnd; x++ {
		n := docTypes[x].folded
		if len(n) > best && len(t) > len(n) && strings.HasPrefix(t, n) && t[len(n)] == ' ' {
			best = len(n)
		}
	}
	return best
}

// isFootnote reports whether paragraph i is a footnote: "[1] …".
func (r *reader) isFootnote(i int) bool {
	t := r.doc.Text(r.doc.Paras[i].Key)
	if len(t) < 3 || t[0] != '[' {
		return false
	}
	k := 1
	for k < len(t) && pIsDigit(t[k]) {
		k++
	}
	return k > 1 && k < len(t) && t[k] == ']'
}

// findTail2 returns the first paragraph of the tail: the distribution list
// or the signature, whichever comes first, or an attached document's
// title when the signature was lost.
func (r *reader) findTail2(from, end int) int {
	for i := from; i < end; i++ {
		if r.isDistribution(i) || r.isSigningLine(i) || r.isSignerTitle(i, end) {
			return i
		}
		if i > from && r.isAttachedTitle(i) && r.attachedNoteNear(i) {
			return i
		}
	}
	return end
}

// isDistribution reports whether paragraph i opens the distribution list
// ("Nơi nhận:").
func (r *reader) isDistribution(i int) bool {
	p := &r.doc.Paras[i]
	t := r.doc.Text(p.Body)
	if !strings.HasPrefix(t, "noi nhan") || !r.doc.Key.IsUpperAt(p.Body.A) {
		return false
	}
	rest := strings.TrimLeft(t[len("noi nhan"):], " ")
	return rest == "" || rest[0] == ':'
}

// isSigningLine reports whether paragraph i is a signing line in capitals:
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
func (r *reader) isSigningLine(i int) bool {
	p := &r.doc.Paras[i]
	if p.Flags&layout.ParaCaps == 0 && !r.capsStart(p, 3) {
		return false
	}
	_, _, ok := signFormOf(r.doc.Clean(p.Key))
	return ok
}

// isSignerTitle reports whether paragraph i is the title of a signer who
// signs with no signing form, in capitals, with the name on the paragraph
// after it ("CHỦ TỊCH" / "Nguyễn Văn C") or a document attached, before
// end.
func (r *reader) isSignerTitle(i, end int) bool {
	d := r.doc
	p := &d.Paras[i]
	if p.Flags&layout.ParaCaps == 0 || !p.Marker.IsZero() || i+1 >= end || !isAuthorityTitle(d.Text(p.Key)) {
		return false
	}
	// The name, or a document attached after a signature cut short.
	return isNameLine(d.Clean(d.Paras[i+1].Key)) || r.isAttachedTitle(i+1) && r.attachedNoteNear(i+1)
}

// capsStart reports whether the first n letters of paragraph p are capitals.
func (r *reader) capsStart(p *layout.Para, n int) bool {
	t := r.doc.Key.Text
	seen := 0
	for k := p.Key.A; k < p.Key.B && seen < n; k++ {
		if 'a' <= t[k] && t[k] <= 'z' {
			if !r.doc.Key.IsUpperAt(k) {
				return false
			}
			seen++
		}
	}
	return seen > 0
}

// isAttachedTitle reports whether paragraph i opens a document printed
// after the main one: a title in capitals naming a type of document or an
// appendix ("KẾ HOẠCH", "QUY ĐỊNH", "PHỤ LỤC I", "DANH MỤC …").
func (r *reader) isAttachedTitle(i int) bool {
	d := r.doc
	p := &d.Paras[i]
	if p.Cell.In() || !p.Marker.IsZero() || !r.capsStart(p, 4) {
		return false
	}
	t := d.Text(p.Key)
	if strings.HasPrefix(t, "phu luc") || strings.HasPrefix(t, "danh muc") {
		return true
	}
	k := typeNamePrefix(t + " ")
	return k > 0 && k >= len(t)-12
}

// attachedNoteNear reports whether a "(Kèm theo …)" or "(Ban hành kèm
// theo …)" note follows paragraph i within a few paragraphs: the mark of
// a document attached to another.
func (r *reader) attachedNoteNear(i int) bool {
	for k := i + 1; k < len(r.doc.Paras) && k <= i+5; k++ {
		if r.isAttachedNote(k) {
			return true
		}
	}
	return false
}

// isAttachedNote reports whether paragraph i is the note under an attached
// document's title: "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)".
func (r *reader) isAttachedNote(i int) bool {
	t := strings.TrimLeft(r.doc.Text(r.doc.Paras[i].Key), "( ")
	return strings.HasPrefix(t, "kem theo") || strings.HasPrefix(t, "ban hanh kem theo") || strings.HasPrefix(t, "dinh kem")
}

// nextAttached returns the first paragraph in [from, end) that opens
// another attached document or an appendix, or end.
func (r *reader) nextAttached(from, end int) int {
	for i := from; i < end; i++ {
		if r.isAttachedTitle(i) && (r.attachedNoteNear(i) || strings.HasPrefix(r.doc.Text(r.doc.Paras[i].Key), "phu luc")) {
			// A title inside a table (a heading row) is not a new part.
			return r.titleStart(i, from)
		}
		if r.isFootnote(i) {
			return i
		}
	}
	return end
}

// titleStart returns where the title block that ends at paragraph i begins:
// the issuer lines and motto an attached document repeats above its title.
func (r *reader) titleStart(i, from int) int {
	for i > from {
		p := &r.doc.Paras[i-1]
		if p.Cell.In() || !p.Marker.IsZero() || !r.capsStart(p, 4) || p.Lines[1]-p.Lines[0] > 3 {
			break
		}
		i--
	}
	return i
}

// readTail reads the distribution list and the signature from paragraph i,
// in either order, and returns the first paragraph after them.
func (r *reader) readTail(pt *part, i, end int) int {
	d := r.doc
	for i < end {
		switch {
		case pt.distribution.empty() && r.isDistribution(i):
			j := i + 1
			for j < end && r.inDistribution(i, j) {
				j++
			}
			pt.distribution = region{i, j}
			i = j
		case pt.signature.empty() && (r.isSigningLine(i) || r.capsStart(&d.Paras[i], 4) && r.signatureNear(i) || r.isSignerTitle(i, end)):
			j := i + 1
			for j < end && r.inSignature(i, j) && !(r.isAttachedTitle(j) && r.attachedNoteNear(j)) {
				j++
			}
			pt.signature = region{i, j}
			i = j
		default:
			return i
		}
	}
	return i
}

// inDistribution reports whether paragraph j still belongs to the
// distribution list opened at paragraph head: an entry ("- Như trên;",
// "- Lưu: VT, KGVX."), or the wrapped rest of one, in the same cell.
func (r *reader) inDistribution(head, j int) bool {
	d := r.doc
	h, p := &d.Paras[head], &d.Paras[j]
	if h.Cell.In() {
		return p.Cell == h.Cell
	}
	if p.Marker.Family == layout.FamDash || p.Marker.Family == layout.FamPlus || p.Marker.Family == layout.FamBullet {
		return true
	}
	prev := d.Text(d.Paras[j-1].Key)
	return !strings.HasPrefix(prev, "luu") && r.doc.Lines[p.Lines[0]].Start-r.doc.Lines[d.Paras[j-1].Lines[1]-1].End < 3 &&
		!r.isSigningLine(j) && !r.capsStart(p, 4)
}

// signatureNear reports whether a signing block starts at paragraph i: a
// line of capitals (a title: "THỦ TƯỚNG", "CHỦ TỊCH") followed within three
// paragraphs by a person's name.
func (r *reader) signatureNear(i int) bool {
	d := r.doc
	p := &d.Paras[i]
	if !p.Marker.IsZero() || p.Lines[1]-p.Lines[0] > 3 || len(d.Text(p.Key)) > 80 {
		return false
	}
	for k := i + 1; k < len(d.Paras) && k <= i+3; k++ {
		q := &d.Paras[k]
		if r.capsStart(q, 4) && q.Flags&layout.ParaCaps != 0 {
			continue
		}
		return isNameLine(d.Clean(q.Key))
	}
	return false
}

// inSignature reports whether paragraph j still belongs to the signature
// opened at paragraph head: more lines of capitals (forms, titles), notes
// of the copy ("(Đã ký)"), and the signer's name, which ends it.
func (r *reader) inSignature(head, j int) bool {
	d := r.doc
	prev := &d.Paras[j-1]
	if j-1 > head && prev.Flags&layout.ParaCaps == 0 && !strings.HasPrefix(d.Text(prev.Key), "(") {
		return false // the name ended it
	}
	p := &d.Paras[j]
	if r.isDistribution(j) || !p.Marker.IsZero() || r.isFootnote(j) {
		return false
	}
	if d.Paras[head].Cell.In() && p.Cell != d.Paras[head].Cell {
		return false
	}
	t := d.Clean(p.Key)
	if p.Flags&layout.ParaCaps != 0 && len(t) < 120 {
		return !r.isAttachedTitle(j) || !r.attachedNoteNear(j)
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") || strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	return isNameLine(t) || len(strings.Fields(t)) <= 5 && !endsTerminal(t) && !r.isAttachedNote(j)
}

// readAttached reads a document printed after the main one: its title,
// note, and its own body and tail.
func (r *reader) readAttached(g region) part {
	d := r.doc
	i := g.a
	title := region{i, i}
	for i < g.b && !r.isAttachedNote(i) && (r.capsStart(&d.Paras[i], 4) && d.Paras[i].Marker.IsZero() || i == g.a) && !d.Paras[i].Cell.In() {
		i++
		title.b = i
	}
	note := region{i, i}
	if i < g.b && r.isAttachedNote(i) {
		note.b = i + 1
		i++
	}
	tail := r.findTail2(i, g.b)
	pt := r.readPart(region{i, tail}, i)
	pt.title, pt.note = title, note
	pt.appendix = strings.HasPrefix(d.Text(d.Paras[g.a].Key), "phu luc") || strings.HasPrefix(d.Text(d.Paras[title.a].Key), "phu luc")
	k := r.readTail(&pt, tail, g.b)
	if k < g.b {
		// What follows the attached document's own signature and is
		// not another part closes it.
		pt.closing.b = max(pt.closing.b, g.b)
		if pt.closing.a == 0 && pt.closing.b == g.b {
			pt.closing.a = k
		}
	}
	return pt
}

// readPart reads a body: the preamble, the items, the tables and the
// closing in the paragraphs g.
func (r *reader) readPart(g region, _ int) part {
	pt := part{}
	d := r.doc
	// The first item: the first paragraph outside a table with a
	// numbered marker, or a bullet that opens the body after the
	// preamble's lead-in.
	first := g.b
	for i := g.a; i < g.b; i++ {
		p := &d.Paras[i]
		if p.Cell.In() {
			continue
		}
		// An enumeration in brackets ("(1) …") opens no body: it lists
		// inside a paragraph of the preamble or of an item.
		if !p.Marker.IsZero() && p.Marker.Family != layout.FamParen && (!p.Marker.Bullet() || r.leadInBefore(g.a, i)) {
			first = i
			break
		}
	}
	pt.preamble = region{g.a, first}
	// The tables of the region: those with a row in it are read as task
	// tables by the resolution; the outline only keeps where they are.
	for ti, tb := range d.Tables {
		if tb.Form != layout.FormCellLines && tb.Form != layout.FormMarkdown && tb.Form != layout.FormTabs {
			continue
		}
		if pi := r.firstParaOfTable(ti); pi >= g.a && pi < g.b {
			pt.tables = append(pt.tables, ti+1)
		}
	}
	pt.items = r.items(first, g.b)
	// The closing: after the last item, from the first paragraph that
	// closes the text.
	pt.closing = region{g.b, g.b}
	if len(pt.items) > 0 {
		last := pt.items[len(pt.items)-1]
		for last != nil {
			if len(last.kids) == 0 {
				break
			}
			last = last.kids[len(last.kids)-1]
		}
		from := last.para + 1
		if r.titleOnly(last) {
			// "Điều 3. Tổ chức thực hiện" / "Chánh Văn phòng … thi hành
			// Quyết định này./.": the paragraph under a title is its text.
			from++
		}
		for i := from; i < g.b; i++ {
			if d.Paras[i].Cell.In() {
				continue
			}
			if r.closesText(i) || r.carriesOutItself(i) {
				pt.closing.a = i
				r.cutItems(pt.items, i)
				break
			}
		}
	} else {
		// A body with no item: the closing is the last paragraphs that
		// close the text.
		charged := false // whether a paragraph before i charges a body
		for i := g.a; i < g.b; i++ {
			if d.Paras[i].Cell.In() {
				continue
			}
			// Asking every body to carry the text out closes it only
			// after the work it gives: before any, it is the work
			// ("Ủy ban nhân dân tỉnh đề nghị Giám đốc các sở, … tổ chức
			// thực hiện, báo cáo kết quả trước ngày 15/6/2024.").
			// So does the mark "./." on a paragraph that charges a body
			// when nothing before it did.
			p := &d.Paras[i]
			charges := p.Marker.IsZero() && len(r.charges(p.Key, d.Accented && p.Flags&layout.ParaAccented != 0).lead) > 0
			if p.Marker.IsZero() && (closingFormula(d.Text(p.Key)) || (r.asksEveryone(i) || r.endsText(i)) && (charged || !charges)) {
				pt.closing.a = i
				pt.preamble.b = min(pt.preamble.b, i)
				break
			}
			charged = charged || charges
		}
	}
	return pt
}

// firstParaOfTable returns the first paragraph of table ti (0-based), or -1.
func (r *reader) firstParaOfTable(ti int) int {
	for _, row := range r.doc.Tables[ti].Rows {
		for _, c := range row.Cells {
			if c.Paras[1] > c.Paras[0] {
				return c.Paras[0]
			}
		}
	}
	for i := range r.doc.Paras {
		if r.doc.Paras[i].Cell.Table == ti+1 {
			return i
		}
	}
	return -1
}

// leadInBefore reports whether a paragraph of [a, i) ends with a colon: a
// lead-in ("… các nội dung sau:") that bullets under it answer.
func (r *reader) leadInBefore(a, i int) bool {
	for k := i - 1; k >= a; k-- {
		p := &r.doc.Paras[k]
		if p.Cell.In() {
			continue
		}
		return strings.HasSuffix(strings.TrimRight(r.doc.Text(p.Key), " *"), ":")
	}
	return false
}

// closesText reports whether paragraph i closes the text of the body: it
// ends with "./." (the mark that ends an administrative text), or opens a
// closing formula.
func (r *reader) closesText(i int) bool {
	p := &r.doc.Paras[i]
	if !p.Marker.IsZero() {
		return false
	}
	if closingFormula(r.doc.Text(p.Key)) && r.chargesSubject(i) {
		// "Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng
		// mắc, các Sở, ban, ngành, UBND xã, phường … phản ánh về Sở Khoa
		// học và Công nghệ …": the formula's clause of circumstance, then
		// bodies named as the subject of their work — an item of work
		// after the last, not the closing.
		return false
	}
	return r.endsText(i) || closingFormula(r.doc.Text(p.Key)) || r.asksEveryone(i)
}

// chargesSubject reports whether paragraph i opens with clauses of
// circumstance and then names bodies as the subject of their work
// (chargeReader.circumstanceSubject).
func (r *reader) chargesSubject(i int) bool {
	p := &r.doc.Paras[i]
	acc := r.doc.Accented && p.Flags&layout.ParaAccented != 0
	cr := r.chargeReaderOf(p.Key, acc)
	return cr.circumstanceSubject()
}

// endsText reports whether paragraph i ends with "./." (the mark that ends
// an administrative text) or "/.".
func (r *reader) endsText(i int) bool {
	t := strings.TrimRight(r.doc.Text(r.doc.Paras[i].Key), " *")
	return strings.HasSuffix(t, "/.")
}

// titleOnly reports whether the item opens with a title over the
// paragraphs of its text: a first paragraph of at most twelve words that
// ends no sentence, and no item under it.
func (r *reader) titleOnly(it *item) bool {
	if len(it.kids) > 0 || it.own < it.para+2 {
		return false
	}
	t := strings.TrimRight(r.doc.Text(r.doc.Paras[it.para].Body), " *")
	return t != "" && strings.Count(t, " ") < 12 && !strings.ContainsAny(t[len(t)-1:], ".;:!?")
}

// carriesOutItself reports whether paragraph i, unnumbered after the
// items, asks for the document itself to be carried out ("Giám đốc các sở
// tổ chức thực hiện nghiêm Chỉ thị này; …"): it names the document as
// "<type> này" or "văn bản này".
func (r *reader) carriesOutItself(i int) bool {
	p := &r.doc.Paras[i]
	if !p.Marker.IsZero() {
		return false
	}
	if i > 0 && strings.HasSuffix(strings.TrimRight(r.doc.Text(r.doc.Paras[i-1].Key), " *"), ":") {
		// "Điều 5. Bộ trưởng các Bộ:" / "Xây dựng, … chịu trách nhiệm
		// thi hành Nghị quyết này": the item goes on.
		return false
	}
	t := r.doc.Text(p.Key)
	if strings.Contains(t, "van ban nay") {
		return true
	}
	for x := DocType(1); x < docTypeEnd; x++ {
		if strings.Contains(t, docTypes[x].folded+" nay") {
			return true
		}
	}
	return false
}

// asksEveryone reports whether paragraph i is the issuer asking all the
// bodies addressed to carry the text out: a party, a charge verb, and only
// collectives after it ("Ban Chỉ đạo … yêu cầu các cơ quan, đơn vị, địa
// phương tổ chức thực hiện nghiêm …").
func (r *reader) asksEveryone(i int) bool {
	p := &r.doc.Paras[i]
	acc := r.doc.Accented && p.Flags&layout.ParaAccented != 0
	cr := chargeReader{r: r, f: &r.doc.Key, t: r.doc.Key.Text, g: p.Key, accented: acc}
	cr.parties = cr.withCollectives(r.partiesIn(p.Key))
	ps, end := cr.list(p.Key.A)
	if len(ps) == 0 {
		return false
	}
	cl, e := cr.word(end)
	if cl != lexCharge {
		return false
	}
	qs, _ := cr.list(e)
	return len(qs) > 0 && allGroups(qs)
}

// items reads the items of the paragraphs [a, b) into a forest. A marker
// of a level already open closes the items under it and is their sibling;
// a marker of a level not open opens a child, unless the document has
// already put that level above one that is open (the order a document's
// levels take is the order it first nests them).
func (r *reader) items(a, b int) []*item {
	d := r.doc
	var roots []*item
	type open struct {
		it    *item
		level layout.Level
	}
	var stack []open
	rank := map[layout.Level]int{}
	var prev *item // the item whose own paragraphs run on
	// The items are made in blocks rather than one by one: a document
	// has thousands. A block is never grown, so an item stays where it
	// was made.
	var block []item
	newItem := func(it item) *item {
		if len(block) == cap(block) {
			block = make([]item, 0, min(64, b-a))
		}
		block = append(block, it)
		return &block[len(block)-1]
	}
	for i := a; i < b; i++ {
		p := &d.Paras[i]
		if p.Cell.In() {
			continue
		}
		m := p.Marker
		if m.IsZero() {
			if n := len(stack); n >= 2 && prev == stack[n-1].it && r.chargesAnew(i) {
				// "(3) Tổng kinh phí …" / "Ủy ban nhân dân các tỉnh: …
				// khẩn trương gửi Báo cáo …": after the sub-items, a
				// paragraph that charges bodies of its own returns to the
				// item above them, as a task of its own.
				it := newItem(item{para: i, own: i + 1})
				parent := stack[n-2].it
				parent.kids = append(parent.kids, it)
				stack = stack[:n-1]
				prev = it
				continue
			}
			if n := len(stack); n >= 1 && prev == stack[n-1].it && r.afterQuotation(prev, i) {
				// "- Tại khoản 4 Điều 19 Nghị định số … quy định như
				// sau:" / "“4. Giảm tiền sử dụng đất …”" / "Căn cứ các
				// quy định nêu trên, …": the bullet led into the quotation
				// and ends with it; the text goes on at the level above.
				it := newItem(item{para: i, own: i + 1})
				if n >= 2 {
					stack[n-2].it.kids = append(stack[n-2].it.kids, it)
				} else {
					roots = append(roots, it)
				}
				stack = stack[:n-1]
				prev = it
				continue
			}
			if prev != nil {
				prev.own = i + 1
				continue
			}
			// A paragraph before any item, or in a body that numbers
			// none: an item of its own.
			it := newItem(item{para: i, own: i + 1})
			roots = append(roots, it)
			prev = it
			continue
		}
		lv := m.Level()
		it := newItem(item{para: i, own: i + 1, marker: m})
		k := len(stack) - 1
		for k >= 0 && stack[k].level != lv {
			k--
		}
		if k >= 0 && !m.Bullet() && !m.Next(stack[k].it.marker) {
			// "1." … "3. Kết quả …" under a nested "1." … "4.": the item
			// continues the open list of its level that it follows.
			for j := k - 1; j >= 0; j-- {
				if m.Next(stack[j].it.marker) {
					k = j
					break
				}
			}
		}
		switch {
		case k >= 0 && m.N == 1 && stack[k].it.marker.N >= 2 && prev != nil && (r.leadsIn(prev.para) || r.leadsIn(prev.own-1)):
			// "2.3. Cách thức sử dụng: …" / "1. Chuẩn bị …", "2. …": a list
			// that starts again at one after a lead-in ends in a colon is
			// the lead-in's, not a sibling of the items of its level.
		case k >= 0:
			stack = stack[:k]
		case m.Bullet() || m.Family == layout.FamParen:
			// Bullets and bracketed enumerations are under the item they
			// follow, whatever level they took before.
		default:
			if rk, ok := rank[lv]; ok {
				for len(stack) > 0 && rank[stack[len(stack)-1].level] > rk {
					stack = stack[:len(stack)-1]
				}
			}
		}
		if len(stack) == 0 {
			roots = append(roots, it)
		} else {
			parent := stack[len(stack)-1].it
			parent.kids = append(parent.kids, it)
		}
		if _, ok := rank[lv]; !ok {
			rank[lv] = len(stack)
		}
		stack = append(stack, open{it, lv})
		prev = it
	}
	label(roots, "", nil)
	return roots
}

// leadsIn reports whether paragraph i ends in a colon: it leads in to what
// follows.
func (r *reader) leadsIn(i int) bool {
	d := r.doc
	return strings.HasSuffix(strings.TrimRight(d.Text(d.Paras[i].Key), " *"), ":")
}

// afterQuotation reports whether paragraph i, unmarked and not quoted,
// follows the quotation that the bullet it, one paragraph of its own,
// leads into with a colon.
func (r *reader) afterQuotation(it *item, i int) bool {
	d := r.doc
	if !it.marker.Bullet() || i < 1 || d.Paras[i].Flags&layout.ParaCited != 0 || d.Paras[i-1].Flags&layout.ParaCited == 0 {
		return false
	}
	k := it.para
	if k+1 >= i || d.Paras[k].Flags&layout.ParaCited != 0 || !r.leadsIn(k) {
		return false
	}
	for j := k + 1; j < i; j++ {
		if d.Paras[j].Flags&layout.ParaCited == 0 {
			return false
		}
	}
	return true
}

// chargesAnew reports whether paragraph i, unmarked, opens with named
// bodies that it charges (a head charge whose bodies are not all groups),
// after a paragraph that ended with a full stop.
func (r *reader) chargesAnew(i int) bool {
	d := r.doc
	if i == 0 || !endsFullStop(d.Text(d.Paras[i-1].Key)) {
		return false // a list item ending in ";" goes on in the next paragraph
	}
	p := &d.Paras[i]
	if closingFormula(d.Text(p.Key)) {
		return false // "… thông báo để … biết, thực hiện./.": the closing
	}
	acc := d.Accented && p.Flags&layout.ParaAccented != 0
	ch := r.charges(p.Key, acc)
	return ch.head && len(ch.lead) > 0 && !allGroups(ch.lead) && !r.onlyIssuer(ch.lead)
}

// label gives each item its full label: its printed marker, prefixed by
// its parent's label where the numbering of its level is not unique in the
// document on its own ("1." under "I." and again under "II."); bullets are
// numbered by their place ("2.3" for the third bullet of item 2).
func label(items []*item, parent string, _ []string) {
	// The labels of one level restart under each parent: they are always
	// prefixed, except at the top.
	pos := 0
	for _, it := range items {
		pos++
		own := it.marker.Label
		switch {
		case it.marker.IsZero():
			own = fmt.Sprintf("p%d", pos)
		case it.marker.Bullet():
			own = fmt.Sprint(pos)
		case it.marker.Family == layout.FamParen:
			own = strings.Trim(own, "()") // "(2)" is the item "2" of its list
		case it.marker.Family == layout.FamDotted && parent != "" && strings.HasPrefix(own, lastNumber2(parent)+"."):
			// "1.1" under "1": the printed label holds its parent's.
			own = own[len(lastNumber2(parent))+1:]
		}
		switch {
		case parent == "":
			it.label = own
		case it.marker.Family == layout.FamDotted && strings.HasPrefix(it.marker.Label, parent+"."):
			it.label = it.marker.Label
		default:
			it.label = parent + "." + own
		}
		label(it.kids, it.label, nil)
	}
}

// lastNumber2 returns the last dot-separated part of a label.
func lastNumber2(s string) string {
	if k := strings.LastIndexByte(s, '.'); k >= 0 {
		return s[k+1:]
	}
	return s
}

// cutItems ends the items at paragraph i: the closing starts there.
func (r *reader) cutItems(items []*item, i int) {
	for _, it := range items {
		if it.own > i {
			it.own = max(i, it.para+1)
		}
		r.cutItems(it.kids, i)
	}
}

// String dumps the outline: each part's regions and its items as a tree,
// one line each with the item's label and the start of its text.
func (o *outline) String(d *layout.Doc) string {
	var sb strings.Builder
	dumpPart := func(name string, pt *part) {
		fmt.Fprintf(&sb, "%s: title %v note %v preamble %v closing %v distribution %v signature %v tables %v\n",
			name, pt.title, pt.note, pt.preamble, pt.closing, pt.distribution, pt.signature, pt.tables)
		var walk func(its []*item, ind string)
		walk = func(its []*item, ind string) {
			for _, it := range its {
				fmt.Fprintf(&sb, "%s%s p%d-%d | %s\n", ind, it.label, it.para, it.own, cutRunes(d.Spelled(d.Paras[it.para].Body), 60))
				walk(it.kids, ind+"  ")
			}
		}
		walk(pt.items, "  ")
	}
	fmt.Fprintf(&sb, "body %v notes %v\n", o.body, o.notes)
	dumpPart("main", &o.main)
	for k := range o.attached {
		dumpPart(fmt.Sprintf("attached %d", k+1), &o.attached[k])
	}
	return sb.String()
}

func cutRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
