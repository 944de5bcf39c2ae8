package directive

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/kpi"
	"golang.org/x/text/unicode/norm"
)

// This file is the resolution pass: the outline and the charges read into
// the model. It walks the items of each part:
//
//   - an item that opens with its charge (headed by the bodies it charges)
//     is an assignment of those bodies, unless its charge only leads in to
//     items under it that charge bodies of their own, whose owners it then
//     gives to the items that name none;
//   - an item that charges bodies inside its text ("…, giao Bộ X chủ trì
//     …") is an assignment of them;
//   - an item that charges no one is an assignment of the owners it
//     inherits (the addressees of the lead-in, the recipients) when it is
//     operative, and content of the document otherwise: the items of a
//     purpose or assessment section, the articles of a regulation, the
//     steps of a procedure, a definition.
//
// An assignment's tasks are its sub-items (or its own text when it has
// none); each task reads its roles, times and targets.

// resolve builds d's body from the outline, and the regions that say
// where each paragraph went.
func (r *reader) resolve(o *outline, d *Directive) {
	doc := r.doc
	r.refs = r.references()
	pt := &o.main
	owners, asks := r.leadInOwners(pt.preamble)
	fromClosing := false
	if len(owners) == 0 {
		// "… thông báo để Ủy ban nhân dân tỉnh … biết, thực hiện./.": the
		// closing names who carries the text out.
		owners = r.closingOwners(pt.closing)
		fromClosing = len(owners) > 0
	}
	if r.onlyIssuer(owners) {
		// "Ủy ban nhân dân thành phố … ban hành Kế hoạch … như sau:": the
		// issuer speaks; it charges no one with the items.
		owners = nil
	}
	if len(owners) == 0 && asks {
		// "… yêu cầu:" with no body named: the recipients are asked.
		owners = r.recipientOwners(d)
	}
	r.recipientParties = r.recipientOwners(d)
	if len(owners) == 0 {
		// Otherwise the recipients own the items that open as
		// instructions ("Tiếp tục …", "Báo cáo …"), and no other.
		r.weak = r.recipientParties
	}
	res := &resolution{}
	var preamble []int // the paragraphs of the preamble
	if len(pt.items) == 0 {
		res.as = r.unnumbered(pt.preamble, owners)
	} else {
		for _, it := range pt.items {
			r.walk(it, owners, false, res, "")
		}
	}
	if fromClosing {
		narrowOwners(res.as, toParties(owners))
	}
	taken := map[int]bool{} // preamble paragraphs that became assignments
	cut := map[int]int{}    // where in such a paragraph the first begins
	for _, a := range res.as {
		for i := pt.preamble.a; i < pt.preamble.b; i++ {
			if x, y := doc.Span(doc.Paras[i].Key); a.Span.Start < y && x < a.Span.End {
				taken[i] = true
				if c, ok := cut[i]; !ok || a.Span.Start < c {
					cut[i] = a.Span.Start
				}
			}
		}
	}
	var ptext []string
	for i := pt.preamble.a; i < pt.preamble.b; i++ {
		p := &doc.Paras[i]
		if p.Cell.In() {
			continue
		}
		if !taken[i] {
			preamble = append(preamble, i)
			ptext = append(ptext, doc.Clean(p.Key))
			res.region(RegionPreamble, 0, r.paraSpan(i))
			continue
		}
		// "Thực hiện Công văn số 77/BYT-DP …; Chủ tịch UBND tỉnh giao …":
		// what comes before the paragraph's first charge is the
		// preamble's.
		if x, _ := doc.Span(p.Key); cut[i] > x {
			g := layout.Range{A: p.Key.A, B: trimKeyEnd(doc.Key.Text, p.Key.A, doc.Key.Index(cut[i]))}
			if !g.Empty() {
				ptext = append(ptext, doc.Clean(g))
				a, b := doc.Span(g)
				res.region(RegionPreamble, 0, Span{a, b})
			}
		}
	}
	d.Preamble = strings.Join(ptext, "\n")
	res.as = append(res.as, r.tableAssignments(pt.tables, "", res)...)
	article := 0 // the number of the last article, when the body numbers articles
	if k := len(pt.items); k > 0 && pt.items[k-1].marker.Family == layout.FamArticle {
		article = pt.items[k-1].marker.N
	}
	res.as = append(res.as, r.closingCharges(pt.closing, len(res.as), article)...)
	var closing []string
	for i := pt.closing.a; i < pt.closing.b; i++ {
		if doc.Paras[i].Cell.In() {
			continue
		}
		if a := res.assignmentAt(r.paraSpan(i).Start); a >= 0 {
			continue // a charge in the closing
		}
		res.region(RegionClosing, 0, r.paraSpan(i))
		if note, ok := r.attachmentNote2(i); ok {
			d.Attachments = append(d.Attachments, note)
			continue
		}
		closing = append(closing, doc.Clean(doc.Paras[i].Key))
		r.unassigned("the closing", i)
	}
	d.Closing = strings.Join(closing, "\n")
	d.Distribution = unlist(r.distribution(pt.distribution))
	if !pt.distribution.empty() {
		res.region(RegionDistribution, 0, r.regionSpan(pt.distribution))
	}
	d.Signature = r.signature(pt.signature)
	if !pt.signature.empty() {
		res.region(RegionSignature, 0, r.regionSpan(pt.signature))
	}
	for k := range o.attached {
		ap := &o.attached[k]
		title := r.joinParas(ap.title)
		if title != "" {
			d.Attachments = append(d.Attachments, strings.ReplaceAll(title, "\n", " "))
			res.add(r, PartTitle, ap.title.a, max(ap.title.b, ap.note.b), "")
		}
		prefix := attachedPrefix(doc, ap, k)
		res.add(r, PartContent, ap.preamble.a, ap.preamble.b, prefix+"preamble")
		if r.procedureAttached(ap) {
			// "PHỤ LỤC / QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH
			// CHÍNH …": the steps of the procedures an attached text sets
			// out, in items and tables, are content (procedureTitle).
			for _, it := range ap.items {
				res.content(r, it.para, lastOwn(it), prefix+it.label)
			}
			for _, ti := range ap.tables {
				r.tablePart(ti, 0, len(r.doc.Tables[ti-1].Rows), prefix, res)
			}
		} else {
			for _, it := range ap.items {
				r.walk(it, nil, false, res, prefix)
			}
			res.as = append(res.as, r.tableAssignments(ap.tables, prefix, res)...)
		}
		res.add(r, PartContent, ap.closing.a, ap.closing.b, prefix+"closing")
		res.add(r, PartContent, ap.distribution.a, ap.distribution.b, prefix+"distribution")
		if d.Signature.Span.IsZero() && !ap.signature.empty() {
			d.Signature = r.signature(ap.signature)
			res.region(RegionSignature, 0, r.regionSpan(ap.signature))
		} else {
			res.add(r, PartContent, ap.signature.a, ap.signature.b, prefix+"signature")
		}
	}
	for _, i := range o.notes {
		res.add(r, PartNote, i, i+1, "")
	}
	as := res.as
	uniqueLabels(as)
	d.Assignments = as
	d.Parts = unlist(res.parts)
	for _, i := range preamble {
		r.unassigned("the preamble", i)
	}
	for _, p := range res.parts {
		if p.Kind != PartContent {
			continue
		}
		where := "item " + p.Label + ", which charges nobody,"
		if p.Label == "" {
			where = "a paragraph that charges nobody"
		}
		r.warnUnassigned(where, p.Times, p.Targets)
	}
	for i, a := range as {
		res.region(RegionAssignment, i, a.Span)
	}
	for i, p := range res.parts {
		res.region(RegionPart, i, p.Span)
	}
	r.regions = res.regions
	folds := make([][]string, len(as))
	for i := range as {
		for _, t := range as[i].Tasks {
			// The document's folding of the task's text, where the
			// layout gives one (layout.Doc.CleanKey); else its text
			// folded.
			k, ok := r.taskKeys[t.Text]
			if !ok {
				k = vntext.String(t.Text)
			}
			folds[i] = append(folds[i], k)
		}
	}
	linkJoint(d.Assignments, folds)
}

// unassigned warns of the deadlines, recurrences and targets of paragraph
// i, which lies where no task holds it (where says where: "the
// preamble"). Dates of cited documents, periods, narrative dates and
// horizons ("đến năm 2030") are not warned of: they set no work.
func (r *reader) unassigned(where string, i int) {
	p := &r.doc.Paras[i]
	if p.Cell.In() {
		return
	}
	var t Task
	t.Span = r.paraSpan(i)
	r.analyze2(&t, p.Key)
	r.warnUnassigned(where, t.Times, t.Targets)
}

// warnUnassigned warns of the deadlines, recurrences and targets among
// times and targets, which no task holds (see unassigned).
func (r *reader) warnUnassigned(where string, times []TimeExpr, targets []kpi.Target) {
	for _, x := range times {
		switch x.Expr.Kind {
		case calendar.KindDeadline:
			if x.Expr.Relation == calendar.RelationUntil {
				continue // a horizon: "đến năm 2025, tầm nhìn đến năm 2030"
			}
		case calendar.KindRecurrence, calendar.KindRelative:
		default:
			continue
		}
		r.warns = append(r.warns, Warning{Kind: WarnUnassigned, Span: Span{x.Expr.Start, x.Expr.End},
			Msg: "deadline in " + where + " not assigned to any task: " + strconv.Quote(x.Text)})
	}
	for _, g := range targets {
		r.warns = append(r.warns, Warning{Kind: WarnUnassigned, Span: Span{g.Start, g.End},
			Msg: "target in " + where + " not assigned to any task: " + strconv.Quote(r.doc.Src[g.Start:g.End])})
	}
}

// paraSpan returns the span of paragraph i in the input.
func (r *reader) paraSpan(i int) Span {
	a, b := r.doc.Span(r.doc.Paras[i].Key)
	return Span{a, b}
}

// regionSpan returns the span of the paragraphs g in the input.
func (r *reader) regionSpan(g region) Span {
	a, _ := r.doc.Span(r.doc.Paras[g.a].Key)
	_, b := r.doc.Span(r.doc.Paras[g.b-1].Key)
	return Span{a, b}
}

// procedureAttached reports whether the title of the attached part ap
// names a procedure set out step by step (procedureTitle: "Quy trình nội
// bộ trong giải quyết thủ tục hành chính …").
func (r *reader) procedureAttached(ap *part) bool {
	for i := ap.title.a; i < ap.title.b; i++ {
		if procedureTitle(r.doc.Text(r.doc.Paras[i].Key)) {
			return true
		}
	}
	return false
}

// attachedPrefix returns the label prefix of the assignments of attached
// part k: "PL" for an appendix, else the type code of its title ("KH",
// "QĐ") or "A<k>".
func attachedPrefix(doc *layout.Doc, ap *part, k int) string {
	if ap.title.empty() {
		return "A" + itoaN(k+1) + "-"
	}
	t := doc.Text(doc.Paras[ap.title.a].Key)
	if strings.HasPrefix(t, "phu luc") {
		// "PHỤ LỤC II", "Phụ lục 01": the appendix's number as printed
		// ("PL-" for an appendix that prints none).
		n, _, _ := strings.Cut(strings.TrimSpace(t[len("phu luc"):]), " ")
		n = strings.TrimRight(n, ".:")
		if n == "" || !isAppendixNumber(n) {
			return "PL-"
		}
		return "PL" + strings.ToUpper(n) + "-"
	}
	for x := DocType(1); x < docTypeEnd; x++ {
		if n := docTypes[x].folded; strings.HasPrefix(t, n) && docTypes[x].code != "" {
			return docTypes[x].code + "-"
		}
	}
	return "A" + itoaN(k+1) + "-"
}

// isAppendixNumber reports whether the folded word n numbers an appendix:
// digits or a Roman numeral.
func isAppendixNumber(n string) bool {
	for i := 0; i < len(n); i++ {
		if c := n[i]; !(c >= '0' && c <= '9' || strings.IndexByte("ivxl", c) >= 0) {
			return false
		}
	}
	return true
}

// resolution is what the walk of the items builds: the assignments and
// the parts that give no work, and the regions of the input they hold
// besides theirs.
type resolution struct {
	as    []Assignment
	parts []Part
	// paras are the paragraphs of each part (empty for a table's).
	paras   []region
	regions []Region
}

// narrowOwners takes from the assignments that the closing's owners hold
// (all of them, as the closing names them) those owners that other
// assignments charge by name: "… thông báo để Ủy ban nhân dân tỉnh Phú Thọ
// và các Bộ, cơ quan liên quan biết, thực hiện" over items that name no
// one and items "Các Bộ, cơ quan liên quan nghiên cứu …": the Bộ's work is
// what names them; the rest is the province's.
func narrowOwners(as []Assignment, owners []Party) {
	if len(owners) < 2 {
		return
	}
	key := func(p Party) string { return vntext.String(p.Title + " " + p.Name) }
	held := func(ps []Party) bool {
		if len(ps) != len(owners) {
			return false
		}
		for i := range ps {
			if key(ps[i]) != key(owners[i]) {
				return false
			}
		}
		return true
	}
	named := map[string]bool{}
	for _, a := range as {
		if !held(a.Assignees) {
			for _, p := range a.Assignees {
				named[key(p)] = true
			}
		}
	}
	var keep []Party
	for _, p := range owners {
		if !named[key(p)] {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 || len(keep) == len(owners) {
		return
	}
	for i := range as {
		if !held(as[i].Assignees) {
			continue
		}
		as[i].Assignees = slices.Clone(keep)
		for j := range as[i].Tasks {
			narrowTask(&as[i].Tasks[j], owners, keep)
		}
	}
}

// narrowTask gives the task, and its subtasks, whose lead is owners the
// lead keep instead.
func narrowTask(tk *Task, owners, keep []Party) {
	if len(tk.Lead) == len(owners) {
		tk.Lead = slices.Clone(keep)
	}
	for k := range tk.Subtasks {
		narrowTask(&tk.Subtasks[k], owners, keep)
	}
}

// region records that the span sp went to a region of kind k.
func (res *resolution) region(k RegionKind, index int, sp Span) {
	if sp.End > sp.Start {
		res.regions = append(res.regions, Region{Kind: k, Index: index, Span: sp})
	}
}

// assignmentAt returns the index of the assignment whose span holds the
// offset o, or -1.
func (res *resolution) assignmentAt(o int) int {
	for i, a := range res.as {
		if a.Span.Start <= o && o < a.Span.End {
			return i
		}
	}
	return -1
}

// content records the paragraphs [a, b) outside tables as a part of
// content labelled label.
func (res *resolution) content(r *reader, a, b int, label string) {
	res.add(r, PartContent, a, b, label)
}

// add records the paragraphs [a, b) outside tables as a part of kind k.
func (res *resolution) add(r *reader, k PartKind, a, b int, label string) {
	d := r.doc
	var texts []string
	var sp Span
	for i := a; i < b; i++ {
		p := &d.Paras[i]
		if p.Cell.In() {
			continue
		}
		texts = append(texts, d.Clean(p.Key))
		x, y := d.Span(p.Key)
		if sp.IsZero() {
			sp.Start = x
		}
		sp.End = y
	}
	if len(texts) == 0 {
		return
	}
	pt := Part{Kind: k, Label: label, Text: strings.Join(texts, "\n"), Span: sp}
	if k == PartContent {
		// The times and targets of its paragraphs, read as a task's are.
		for i := a; i < b; i++ {
			if p := &d.Paras[i]; !p.Cell.In() {
				t := Task{Span: r.paraSpan(i)}
				r.analyze2(&t, p.Key)
				pt.Times, pt.Targets = append(pt.Times, t.Times...), append(pt.Targets, t.Targets...)
			}
		}
	}
	res.parts = append(res.parts, pt)
	res.paras = append(res.paras, region{a, b})
}

// inCell reports whether the folded range g lies in a table cell.
func (r *reader) inCell(g layout.Range) bool {
	ps := r.doc.Paras
	k := sort.Search(len(ps), func(i int) bool { return ps[i].Key.B > g.A })
	return k < len(ps) && ps[k].Key.A <= g.A && ps[k].Cell.In()
}

// targetsIn returns the targets of the whole text (wholeTargets) that lie
// in the input's bytes [a, b).
func (r *reader) targetsIn(a, b int) []kpi.Target {
	all := r.wholeTargets()
	k, _ := slices.BinarySearchFunc(all, a, func(g kpi.Target, o int) int { return g.Start - o })
	var out []kpi.Target
	for ; k < len(all) && all[k].Start < b; k++ {
		if all[k].End <= b {
			out = append(out, all[k])
		}
	}
	return out
}

// wholeTargets returns the targets kpi reads in the cleaned text of the
// document outside tables, in order, with spans in the input; read once.
// Whether a figure is a target can turn on a lead-in paragraphs before
// it: the items under "… có ít nhất 02 trong 03 tiêu chí sau đây:" are
// criteria to meet, not goals (kpi.FindTargetsAsOf).
func (r *reader) wholeTargets() []kpi.Target {
	if r.targetsRead {
		return r.docTargets
	}
	r.targetsRead = true
	d := r.doc
	if !foldedMayHoldPercent(d.Key.Text) {
		return nil
	}
	m := targetMemory.Get().(*vntext.Memory)
	text, f, at := r.targetText(*m)
	for _, tg := range kpi.FindTargetsAsOfFolded(text, f, r.ref) {
		r.docTargets = append(r.docTargets, mapTarget(tg, at))
	}
	// kpi keeps nothing of the folding (its targets are the text's): its
	// offsets and marks are the next parse's memory.
	*m = vntext.Memory{}
	if f != nil {
		*m = f.Memory(nil)
	}
	targetMemory.Put(m)
	return r.docTargets
}

// targetMemory holds the memory of the offsets and marks of the foldings
// targetText joined in parses that are done, for the next to join its
// text in (vntext.Joiner.Reuse): the largest allocation of a parse, of
// nothing it returns. A pool is shared by concurrent parses safely and
// holds no state a caller sees.
var targetMemory = sync.Pool{New: func() any { return new(vntext.Memory) }}

// A joinSep is a separator written between the parts of a text made of
// several ranges, with its folding.
type joinSep struct {
	text string
	f    vntext.Folded
}

// joinSeps are the separators targetText and authorityFolded write
// between the ranges they join — a blank line, a blank line around "…",
// a space — folded once: fixed strings, not the document's text.
var joinSeps = sync.OnceValue(func() *[3]joinSep {
	out := new([3]joinSep)
	for i, s := range [3]string{"\n\n", "\n\n…\n\n", " "} {
		out[i] = joinSep{s, vntext.FoldMarks(s)}
	}
	return out
})

// targetText returns the text of the document outside tables that
// wholeTargets reads, its folding — the document's own, sliced from
// Key and joined, not folded again; nil where a paragraph has no slice of
// it (layout.Doc.CleanFold), and kpi folds the text itself — and the map
// from the text's offsets to the input. The folding's offsets and marks
// are written in m where it is large enough.
func (r *reader) targetText(m vntext.Memory) (string, *vntext.Folded, func(int) int) {
	d := r.doc
	// The paragraphs set apart by blank lines, as kpi reads a list: its
	// items by their markers, each a paragraph of its own. Only those
	// that may hold a figure are read, each with what kpi looks back at:
	// the list items before it and the lead-in above them (the reading
	// of the whole text costs as much again as the parse).
	read := make([]bool, len(d.Paras))
	for i := range d.Paras {
		if d.Paras[i].Cell.In() || !foldedMayHoldPercent(d.Text(d.Paras[i].Key)) {
			continue
		}
		read[i] = true
		for j := i - 1; j >= 0 && !read[j] && !d.Paras[j].Cell.In(); j-- {
			read[j] = true
			if d.Paras[j].Marker.IsZero() {
				break // the lead-in, or a paragraph of text
			}
		}
	}
	var b strings.Builder
	var join vntext.Joiner
	join.Reuse(m)
	size, printed, n := 0, 0, 0
	for i := range d.Paras {
		if read[i] {
			n++
			size += d.Paras[i].Key.Len() + len("\n\n…\n\n")
			a, e := d.Span(d.Paras[i].Key)
			printed += e - a + len("\n\n…\n\n")
		}
	}
	starts, maps := make([]int, 0, n), make([]layout.Offsets, 0, n)
	join.Grow(size)
	// The cleaned text of a paragraph is about as long as its input
	// (diacritics take bytes the folding drops): one allocation.
	b.Grow(printed)
	folded := true // every paragraph's folding is Key's
	for i := range d.Paras {
		if !read[i] {
			continue
		}
		text, cmap, f, orig, ok := d.CleanFold(d.Paras[i].Key, r.cleanOrig)
		r.cleanOrig = orig
		if !ok {
			text, cmap = d.CleanMap(d.Paras[i].Key)
			folded = false
		}
		if len(starts) > 0 {
			sep := &joinSeps()[0]
			if !read[i-1] {
				// What lies between is no list item and no lead-in.
				sep = &joinSeps()[1]
			}
			b.WriteString(sep.text)
			if folded {
				join.Add(&sep.f)
			}
		}
		starts, maps = append(starts, b.Len()), append(maps, cmap)
		b.WriteString(text)
		if folded {
			join.Add(&f)
		}
	}
	at := func(o int) int {
		i, ok := slices.BinarySearch(starts, o)
		if !ok {
			i--
		}
		return maps[i].At(o - starts[i])
	}
	if !folded {
		return b.String(), nil, at
	}
	f := join.Folded()
	return b.String(), &f, at
}

// mapTarget returns tg with its spans, offsets in the text kpi read, mapped
// by at to the input; a metric or baseline it does not name keeps no span.
func mapTarget(tg kpi.Target, at func(int) int) kpi.Target {
	tg.Start, tg.End = at(tg.Start), at(tg.End)
	if tg.MetricEnd > tg.MetricStart {
		tg.MetricStart, tg.MetricEnd = at(tg.MetricStart), at(tg.MetricEnd)
	} else {
		tg.MetricStart, tg.MetricEnd = 0, 0
	}
	if tg.BaselineEnd > tg.BaselineStart {
		tg.BaselineStart, tg.BaselineEnd = at(tg.BaselineStart), at(tg.BaselineEnd)
	} else {
		tg.BaselineStart, tg.BaselineEnd = 0, 0
	}
	return tg
}

// joinParas returns the text of the paragraphs of g outside tables, one
// per line.
func (r *reader) joinParas(g region) string {
	var parts []string
	for i := g.a; i < g.b; i++ {
		p := &r.doc.Paras[i]
		if p.Cell.In() {
			continue
		}
		parts = append(parts, r.doc.Clean(p.Key))
	}
	return strings.Join(parts, "\n")
}

// ownRange returns the folded range of an item's own text: from after its
// marker to the end of its own paragraphs.
func (r *reader) ownRange(it *item) layout.Range {
	if !it.clause.Empty() {
		return it.clause
	}
	d := r.doc
	return layout.Range{A: d.Paras[it.para].Body.A, B: d.Paras[it.own-1].Key.B}
}

// headRange returns the folded range of an item's first paragraph after its
// marker.
func (r *reader) headRange(it *item) layout.Range {
	if !it.clause.Empty() {
		return it.clause
	}
	return r.doc.Paras[it.para].Body
}

// afterTitle returns the folded range of an item's text under its title
// (titleOnly).
func (r *reader) afterTitle(it *item) layout.Range {
	d := r.doc
	return layout.Range{A: d.Paras[it.para+1].Key.A, B: d.Paras[it.own-1].Key.B}
}

// itemSpan returns the span of the item and the items under it.
func (r *reader) itemSpan(it *item) Span {
	d := r.doc
	if !it.clause.Empty() && len(it.kids) == 0 {
		a, b := d.Span(it.clause)
		return Span{a, b}
	}
	a, _ := d.Span(d.Paras[it.para].Key)
	if !it.clause.Empty() {
		a, _ = d.Span(it.clause)
	}
	_, b := d.Span(d.Paras[lastOwn(it)-1].Key)
	return Span{a, b}
}

func (r *reader) accented(it *item) bool {
	return r.doc.Accented && r.doc.Paras[it.para].Flags&layout.ParaAccented != 0
}

// nonOperativeHeading reports whether the item's heading names a section
// of purposes, requirements, objectives or assessment ("I. MỤC ĐÍCH, YÊU
// CẦU", "1. Mục tiêu cụ thể"): its heading is those words alone.
func (r *reader) nonOperativeHeading(it *item) bool {
	t := r.doc.Text(r.headRange(it))
	t = strings.TrimRight(t, " :.")
	if len(t) > 60 {
		return false
	}
	words := strings.FieldsFunc(t, func(c rune) bool { return c == ',' || c == ' ' })
	if len(words) == 0 {
		return false
	}
	rest := " " + strings.Join(words, " ") + " "
	for _, w := range nonOperative() {
		rest = strings.ReplaceAll(rest, " "+w+" ", " ")
	}
	for _, w := range []string{"va", "cu the", "chung", "tong quat", "cua", "ke hoach", "thuc hien", "trien khai", "de an", "chuong trinh", "dot thi dua", "thi dua", "khen thuong"} {
		rest = strings.ReplaceAll(rest, " "+w+" ", " ")
	}
	return strings.TrimSpace(rest) == ""
}

// charged reports whether the item or any item under it charges a body.
func (r *reader) charged(it *item) bool {
	if c, ok := r.chargedMemo[it]; ok {
		return c
	}
	c := r.chargedNow(it)
	if r.chargedMemo == nil {
		r.chargedMemo = map[*item]bool{}
	}
	r.chargedMemo[it] = c
	return c
}

func (r *reader) chargedNow(it *item) bool {
	if ch := r.charges(r.ownRange(it), r.accented(it)); len(ch.lead) > 0 {
		return true
	}
	for _, f := range r.fields(it) {
		if f.kind == colLead {
			return true
		}
	}
	for _, k := range it.kids {
		if r.charged(k) {
			return true
		}
	}
	return false
}

// roleHeading returns the body an item's heading names by its role, when
// the heading is that name alone (roleParty): "3. Cơ quan chủ trì giải
// quyết thủ tục đầu tư dự án" over the body's tasks.
func (r *reader) roleHeading(it *item) (party, bool) {
	if it.own != it.para+1 {
		return party{}, false // a heading is one paragraph
	}
	g := r.ownRange(it)
	c := r.chargeReaderOf(g, r.accented(it))
	p, duty, ok := c.roleParty(c.skip(g.A), true)
	return p, ok && !duty
}

// givesWork reports whether the text after the charge that heads the item
// gives work: a verb of action, a duty, a role, a charge, or a colon before
// what follows.
func (r *reader) givesWork(it *item, ch charge) bool {
	own := r.ownRange(it)
	i := ch.headEnd
	t := r.doc.Key.Text
	for i < own.B && (t[i] == ' ' || t[i] == ',') {
		i++
	}
	if i >= own.B || t[i] == ':' {
		return i < own.B
	}
	switch cl, _ := theLexicon().at(&r.doc.Key, i, r.accented(it)); cl {
	case lexAction, lexDuty, lexLead, lexCoop, lexCharge:
		return true
	}
	return false
}

// headingClauseWords are the words that, after a body's name in a
// heading, join another party or open a clause about it rather than
// continue the name: "có" (a relative or a duty: relativeEnd) and
// the prepositions "trong", "về", "đối với", "theo", "để", "khi", "tại".
var headingClauseWords = spellings("có", "trong", "về", "đối với", "theo", "để", "khi", "tại")

// headingClauseAt reports whether one of headingClauseWords starts at the
// folded offset i, spelled as it where the text has diacritics ("có", not
// the "cơ" of "cơ quan"; "để", not "đề").
func (r *reader) headingClauseAt(i int, accented bool) bool {
	return spelledAny(r.doc, i, headingClauseWords())
}

// maxHeadingRest is more bytes than the rest of a body's name a heading
// holds after the part the registry and the grammar read.
const maxHeadingRest = 80

// headingParty returns ch with the last body it leads run on to the end
// of the item's heading, when the heading is that body's name alone: one
// paragraph over items, opening with the charge, and after it only words
// that are no verb, role, duty or party ("7. Trung tâm Xúc tiến đầu tư,
// thương mại và du lịch", "6. Sở Ngoại / Vụ" wrapped, "11. Đề nghị các
// doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"). The end of a
// heading ends a name that its words do not.
func (r *reader) headingParty(it *item, ch charge) charge {
	if len(it.kids) == 0 || it.own != it.para+1 || !ch.head || len(ch.lead) == 0 || ch.opensWithCoop || len(ch.coop) > 0 ||
		it.marker.Family == layout.FamArticle {
		// An article's heading is its title ("Điều 15. Trách nhiệm của
		// các cơ quan, đơn vị trong quản lý …"), not a name.
		return ch
	}
	g := r.ownRange(it)
	t := r.doc.Key.Text
	last := ch.lead[len(ch.lead)-1]
	if last.key.B != ch.headEnd || last.listed {
		return ch
	}
	e := g.B
	for e > ch.headEnd && strings.ContainsRune(" :*", rune(t[e-1])) {
		e--
	}
	rest := t[ch.headEnd:e]
	if strings.TrimSpace(rest) == "" || len(rest) > maxHeadingRest || strings.ContainsAny(rest, ".;:()") {
		return ch
	}
	// "…, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh": a capital after
	// a comma opens another body, which the name does not take in ("…,
	// thương mại và du lịch" it does); the heading's end ends it too.
	c := chargeReader{r: r, f: &r.doc.Key, t: t, g: g, accented: r.accented(it)}
	own := e // the end of the last body's own words
	var others []layout.Range
	for k := strings.IndexByte(rest, ','); k >= 0; {
		a := min(c.skip(ch.headEnd+k+1), e)
		n := strings.IndexByte(rest[k+1:], ',')
		b := e
		if n >= 0 {
			b = ch.headEnd + k + 1 + n
		}
		if r.doc.Key.IsUpperAt(a) {
			if len(others) == 0 {
				own = ch.headEnd + k
			}
			others = append(others, layout.Range{A: a, B: b})
		} else if len(others) > 0 {
			return ch // lower case after another body: not a list of names
		}
		if n < 0 {
			break
		}
		k += 1 + n
	}
	for i := ch.headEnd; i < e; i++ {
		if i > ch.headEnd && vntext.IsLetter(t[i-1]) || !vntext.IsLetter(t[i]) {
			continue
		}
		switch cl, _ := c.at(i); cl {
		case lexAction, lexDuty, lexLead, lexCoop, lexCharge, lexTitle:
			return ch
		}
		if r.headingClauseAt(i, r.accented(it)) {
			return ch
		}
	}
	for _, p := range r.partiesIn(layout.Range{A: ch.headEnd, B: e}) {
		if p.key.A >= ch.headEnd {
			return ch
		}
	}
	ch = ch.clone()
	ch.lead[len(ch.lead)-1] = c.extended(last, own)
	d := r.doc
	for _, o := range others {
		a, b := d.Span(o)
		ch.lead = append(ch.lead, party{Party: Party{Name: d.Clean(o), Span: Span{a, b}}, key: o})
	}
	ch.headEnd = e
	return ch
}

// procedure reports whether the item is a published administrative
// procedure: two or more of its items are headed by the parts of one
// (procedureParts: "Trình tự thực hiện", "Thời hạn giải quyết: …").
func (r *reader) procedure(it *item) bool {
	if len(it.kids) > 0 && procedureTitle(r.doc.Text(r.headRange(it))) {
		// "Điều 4. Quy trình rà soát đối tượng …" over "a) …", "b) …":
		// the heading says its items are the steps of a process.
		return true
	}
	n := 0
	for _, k := range it.kids {
		h := r.doc.Text(r.headRange(k))
		for _, w := range procedureParts() {
			if strings.HasPrefix(h, w) && (len(h) == len(w) || !vntext.IsLetter(h[len(w)])) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// procedureTitle reports whether the folded heading h names a process
// set out step by step: "quy trình …" (the lexicon's Procedure row), or
// an internal procedure.
// Not "trình tự" ("Trình tự, thời gian đánh giá"), whose items say who
// does what and when.
func procedureTitle(h string) bool {
	const w = "quy trinh"
	if strings.HasPrefix(h, w) && (len(h) == len(w) || !vntext.IsLetter(h[len(w)])) {
		return true
	}
	// "Phần II. Nội dung quy trình nội bộ thủ tục hành chính": the
	// internal procedure by which a body settles an administrative
	// procedure (Nghị định 61/2018/NĐ-CP, Điều 2: "quy trình nội bộ
	// giải quyết thủ tục hành chính"), wherever the heading names it.
	return strings.Contains(h, "quy trinh noi bo")
}

// leadWorks reports whether the text gives work to a body the charge ch
// of item it leads: a verb of action, duty or role right after it, or a
// charge verb ("giao", "đề nghị") right before it.
func (r *reader) leadWorks(it *item, ch charge) bool {
	g := r.ownRange(it)
	c := chargeReader{r: r, f: &r.doc.Key, t: r.doc.Key.Text, g: g, accented: r.accented(it)}
	for _, p := range ch.lead {
		switch cl, _ := c.word(p.key.B); cl {
		case lexAction, lexDuty, lexLead, lexCoop, lexCharge:
			return true
		}
		// The one or two words before the party.
		w := p.key.A
		for n := 0; n < 2; n++ {
			j := w
			for j > g.A && c.t[j-1] == ' ' {
				j--
			}
			k := j
			for k > g.A && vntext.IsLetter(c.t[k-1]) {
				k--
			}
			if k == j {
				break
			}
			if cl, e := c.at(k); cl == lexCharge && c.skip(e) == p.key.A {
				return true
			}
			w = k
		}
	}
	return false
}

// fieldsBelow reports whether two or more items under it hold a lead field
// each: then each of them is a record, not it.
func (r *reader) fieldsBelow(it *item) bool {
	n := 0
	for _, k := range it.kids {
		for _, f := range r.fields(k) {
			if f.kind == colLead {
				n++
				break
			}
		}
	}
	return n >= 2
}

// headCharged reports whether the item, or an item under it, opens with
// the bodies it charges.
func (r *reader) headCharged(it *item) bool {
	if ch := r.charges(r.ownRange(it), r.accented(it)); ch.head && len(ch.lead) > 0 {
		return true
	}
	for _, k := range it.kids {
		if r.headCharged(k) {
			return true
		}
	}
	return false
}

// walk resolves item it: an assignment, a grouping of assignments, or
// content.
func (r *reader) walk(it *item, owners []party, nonOp bool, res *resolution, prefix string) {
	if r.nonOperativeHeading(it) {
		nonOp = true
	}
	if r.procedure(it) {
		// "1. Phê duyệt danh sách …" over "a) Trình tự thực hiện", "b)
		// Cách thức thực hiện", "c) Thành phần, số lượng hồ sơ", …: a
		// published procedure, whose steps name whoever files; content.
		res.content(r, it.para, lastOwn(it), prefix+it.label)
		return
	}
	if len(it.kids) == 0 && formBlank(r.doc.Text(r.ownRange(it))) {
		// "7. Tỉnh/Thành phố trực thuộc trung ương: …………": the field of
		// a form to fill in, content however it opens.
		res.content(r, it.para, it.own, prefix+it.label)
		return
	}
	// An item written as a record of fields ("Đơn vị chủ trì: …",
	// "Thời gian thực hiện: …") is one assignment, its fields its parts.
	if fs := r.fields(it); len(fs) > 0 && !r.fieldsBelow(it) {
		if a, ok := r.record(it, fs, prefix); ok {
			res.as = append(res.as, a)
			return
		}
	}
	if len(it.kids) > 0 && it.own > it.para+1 {
		// "I. Đánh giá chung" / … / "thành phố Đà Nẵng cần tập trung
		// thực hiện tốt một số nhiệm vụ, giải pháp sau đây:": the
		// lead-in that ends the item's own text charges its sub-items.
		// Its items are work even under a heading that states ("I.
		// ĐÁNH GIÁ CHUNG"): the lead-in charges them.
		if o, _ := r.leadInOwners(region{it.para + 1, it.own}); len(o) > 0 && !r.onlyIssuer(o) {
			res.add(r, PartHeading, it.para, it.own, prefix+it.label)
			for _, k := range it.kids {
				r.walk(k, o, false, res, prefix)
			}
			return
		}
	}
	ch := r.charges(r.ownRange(it), r.accented(it))
	if r.titleOnly(it) && !ch.head {
		// "Điều 3. Tổ chức thực hiện" / "Chánh Văn phòng UBND tỉnh, Giám
		// đốc Sở … chịu trách nhiệm thi hành Quyết định này./.": the
		// charge opens the text under the title.
		if c := r.charges(r.afterTitle(it), r.accented(it)); c.head && len(c.lead) > 0 {
			ch = c
		}
	}
	if len(ch.lead) == 0 && len(it.kids) == 0 {
		if ps := r.implementers(r.ownRange(it), r.accented(it)); len(ps) > 0 {
			ch = charge{lead: ps, head: true}
		}
	}
	if len(it.kids) > 0 && (len(ch.lead) == 0 || len(ch.lead) == 1 && ch.lead[0].Group) {
		if p, ok := r.roleHeading(it); ok {
			// "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over
			// "a) Hướng dẫn …", "b) Chủ động phối hợp …": the heading
			// names the body by its role; its items are its tasks.
			ch = charge{lead: []party{p}, head: true, headEnd: r.ownRange(it).B, leadIn: true}
		}
	}
	ch = r.headingParty(it, ch)
	if nonOp && ch.head && len(it.kids) == 0 && !r.givesWork(it, ch) {
		// "II.1. Đối tượng thực hiện" / "Các cơ quan, đơn vị, địa phương
		// và đối tượng tham gia thực hiện Chương trình.": under a
		// section that states whom the text concerns, bodies named with
		// no work after them are its scope, not a charge.
		res.content(r, it.para, lastOwn(it), prefix+it.label)
		return
	}
	if nonOp && !ch.head && len(ch.lead) > 0 && len(it.kids) == 0 && !r.leadWorks(it, ch) {
		// "a) Tập thể: Các cơ quan Đảng trực thuộc Tỉnh ủy; các cơ quan
		// Trung ương …" under "1. Đối tượng thi đua": bodies named after a
		// label, with no verb that charges them before and no work after
		// them, are the section's scope too.
		res.content(r, it.para, lastOwn(it), prefix+it.label)
		return
	}
	kidsCharged, kidsHeaded, allHeaded := false, false, len(it.kids) > 0
	headed := 0
	for _, k := range it.kids {
		if r.charged(k) {
			kidsCharged = true
		}
		// Bracketed enumerations are tasks of their item, whoever they
		// name ("b) Các Bộ: Tài chính, Y tế … (1) Bộ Tài chính …").
		if k.marker.Family != layout.FamParen && r.headCharged(k) {
			kidsHeaded = true
			headed++
		} else {
			allHeaded = false
		}
	}
	if !allHeaded && 2*headed > len(it.kids) && divisionMarker(it.marker.Family) {
		// "Chương III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN"
		// over "Điều 14. Trách nhiệm của Sở …", …, "Điều 16. Trách nhiệm
		// của thuê bao": a division of the text whose articles mostly
		// name their bodies groups them, as when all do.
		allHeaded = true
	}
	switch {
	case len(ch.lead) > 0 && ch.head && ch.leadIn && allGroups(ch.lead) && allHeaded:
		// "Điều 2. Giao các cơ quan, đơn vị:" over items each headed by
		// bodies of their own: those items are the assignments. (Where
		// only some are, the item is the assignment and they are its
		// tasks, led by the bodies they name.)
		res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		for _, k := range it.kids {
			r.walk(k, ch.lead, nonOp, res, prefix)
		}
		return
	case len(ch.lead) > 0 && ch.head && r.othersHeaded(it, ch.lead):
		// "2. Các sở, ban, ngành, địa phương: …" over "2.1. Trách nhiệm
		// chung" and "2.2. Trách nhiệm cụ thể" / "a) Sở Xây dựng" / …:
		// items below are headed by bodies of their own, so the item
		// heads a group; its bodies own the items that name none.
		res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		for _, k := range it.kids {
			r.walk(k, ch.lead, nonOp, res, prefix)
		}
		return
	case len(ch.lead) > 0 && ch.head && ch.leadIn && it.marker.Family == layout.FamArticle && numberedOnly(it):
		// "Điều 4. Trách nhiệm của Giám đốc Sở …:" over "1. Tổ chức thực
		// hiện …", "2. …": the clauses (khoản) of an article that name
		// no body of their own are its parts, so the article is one
		// assignment and they its tasks (Law 80/2015/QH13 on legal
		// documents, art. 61: an article is divided into clauses); a
		// clause that charges a body of its own is an assignment of its
		// own ("4. Trung tâm Chuyển đổi số thực hiện …").
		own := *it
		own.kids = nil
		var charged []*item
		for _, k := range it.kids {
			// "3. Phối hợp với các cơ quan, đơn vị liên quan thanh tra
			// …" names whom the article's body works with, no body of
			// its own: a task of the article.
			if r.charged(k) && !r.charges(r.ownRange(k), r.accented(k)).opensWithCoop && !r.chargesOnly(k, ch.lead) {
				charged = append(charged, k)
			} else {
				own.kids = append(own.kids, k)
			}
		}
		if len(own.kids) > 0 {
			res.as = append(res.as, r.assignment(&own, ch, owners, prefix))
		} else {
			res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		}
		for _, k := range charged {
			r.walk(k, ch.lead, nonOp, res, prefix)
		}
		return
	case len(ch.lead) > 0 && ch.head && ch.leadIn && len(ch.coop) == 0 && numberedOnly(it):
		// "3. Bộ trưởng Bộ Tài chính … thực hiện một số nhiệm vụ sau:"
		// over "3.1. Hoàn thiện …", "3.2. …": numbered items are items of
		// the text (ANNOTATION.md rule 1), each an assignment of the
		// bodies the lead-in charges — or of the bodies it names itself;
		// lettered items and bullets are tasks (rule 2).
		res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		for _, k := range it.kids {
			if r.charged(k) {
				r.walk(k, ch.lead, nonOp, res, prefix)
				continue
			}
			res.as = append(res.as, r.assignment(k, charge{}, ch.lead, prefix))
		}
		return
	case len(ch.lead) > 0 && (ch.head || !kidsHeaded):
		// The item charges its bodies: its sub-items are their tasks
		// (a sub-item that opens "Phối hợp với X" still belongs to them).
		res.as = append(res.as, r.assignment(it, ch, owners, prefix))
		return
	case kidsHeaded && !nonOp && bulletsOnly(it):
		// "2. Trách nhiệm thực hiện" over "- Các cơ quan, đơn vị …",
		// "- Sở Nội vụ hướng dẫn …": bullets are tasks of their item
		// (ANNOTATION.md rule 2), each led by the bodies it charges; the
		// item is the assignment, of them all (rule 3).
		res.as = append(res.as, r.assignment(it, charge{}, owners, prefix))
		return
	case kidsCharged:
		if len(owners) > 0 && !nonOp && r.ownWork(it) {
			// "1. Rà soát các nguồn thu …, hoàn thành trong quý III." over
			// "a) Cục Thuế tỉnh có trách nhiệm: …": the item is an
			// instruction of its own to the owners, not a topic heading.
			own := *it
			own.kids = nil
			res.as = append(res.as, r.assignment(&own, charge{}, owners, prefix))
			for _, k := range it.kids {
				r.walk(k, owners, nonOp, res, prefix)
			}
			return
		}
		res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		for _, k := range it.kids {
			r.walk(k, owners, nonOp, res, prefix)
		}
		return
	}
	if len(owners) == 0 && !nonOp && len(r.weak) > 0 && r.opensWithAction(r.ownRange(it), r.accented(it)) {
		// An instruction ("Tiếp tục quán triệt …") under a lead-in that
		// names nobody: the work of the recipients.
		owners = r.weak
	}
	if nonOp || len(owners) == 0 || !r.operative(it) {
		res.content(r, it.para, lastOwn(it), prefix+it.label)
		return
	}
	if numberedKids(it) && r.topicHeading(it) {
		// "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP" over "1. …", "2. …" that
		// charge no one themselves, the owners charged from outside
		// (the lead-in, the closing, the recipients): a topic heading
		// that groups its items; each item is an assignment of theirs.
		res.add(r, PartHeading, it.para, it.own, prefix+it.label)
		for _, k := range it.kids {
			r.walk(k, owners, nonOp, res, prefix)
		}
		return
	}
	res.as = append(res.as, r.assignment(it, charge{}, owners, prefix))
}

// divisionMarker reports whether f marks a division of a text above its
// items: a part, chapter, section (Mục) or Roman numeral.
func divisionMarker(f layout.Family) bool {
	switch f {
	case layout.FamPart, layout.FamChapter, layout.FamSection, layout.FamRoman:
		return true
	}
	return false
}

// topicHeading reports whether the item's own text is a heading that
// names a topic ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP", "1. Về đầu tư công"):
// no work of its own, and no colon that leads in to its items ("3. Đối
// với cơ quan chủ trì:", whose lettered items are its tasks).
func (r *reader) topicHeading(it *item) bool {
	t := strings.TrimRight(r.doc.Text(r.ownRange(it)), " *")
	if r.ownWork(it) || strings.HasSuffix(t, ":") {
		return false
	}
	// A section of the document, or an item that says what it is about
	// ("Về …"); a numbered item that names a body ("3. Cơ quan chủ trì
	// giải quyết thủ tục đầu tư") is headed by it, its items its tasks.
	switch it.marker.Family {
	case layout.FamPart, layout.FamChapter, layout.FamSection, layout.FamRoman, layout.FamUpper:
		return true
	}
	return strings.HasPrefix(t, "ve ")
}

// numberedKids reports whether it has sub-items and every one is numbered
// or lettered (not a bullet, which is a task of its item).
// numberedOnly reports whether every item under it is numbered ("1.",
// "3.1."), none lettered or bulleted, and holds no items of its own (whose
// text would then be a task among them).
func numberedOnly(it *item) bool {
	if len(it.kids) == 0 {
		return false
	}
	for _, k := range it.kids {
		if f := k.marker.Family; f != layout.FamArabic && f != layout.FamDotted || len(k.kids) > 0 {
			return false
		}
	}
	return true
}

// bulletsOnly reports whether it has sub-items and every one is a bullet
// ("-", "+", "•") with no items of its own.
func bulletsOnly(it *item) bool {
	if len(it.kids) == 0 {
		return false
	}
	for _, k := range it.kids {
		switch k.marker.Family {
		case layout.FamDash, layout.FamPlus, layout.FamBullet:
		default:
			return false
		}
		if len(k.kids) > 0 {
			return false
		}
	}
	return true
}

func numberedKids(it *item) bool {
	if len(it.kids) == 0 {
		return false
	}
	for _, k := range it.kids {
		switch k.marker.Family {
		case layout.FamRoman, layout.FamUpper, layout.FamArabic, layout.FamDotted, layout.FamLetter, layout.FamArticle, layout.FamSection:
		default:
			return false
		}
	}
	return true
}

// implementers returns the parties of an implementer clause the charge
// grammar could not read whole: the bodies named before the duty of the
// formula "… chịu trách nhiệm thi hành Quyết định này" (Nghị định
// 30/2020/NĐ-CP, Phụ lục I: the article that names who carries the
// document out), where words the grammar does not know stand between them
// ("các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng …").
// Only the formula's own duty counts, and only when the clause ends the
// text.
func (r *reader) implementers(g layout.Range, accented bool) []party {
	d := r.doc
	t := d.Key.Text[g.A:g.B]
	k := -1
	for _, f := range []string{" chiu trach nhiem thi hanh ", " co trach nhiem thi hanh "} {
		if k = strings.LastIndex(t, f); k >= 0 {
			break
		}
	}
	if k < 0 || strings.Count(t[k:], " ") > 8 {
		return nil
	}
	cr := chargeReader{r: r, f: &d.Key, t: d.Key.Text, g: g, accented: accented}
	ps := cr.partiesOf(g)
	var out []party
	for _, p := range ps {
		if p.key.B > g.A+k+1 {
			break
		}
		// "… thuộc phạm vi quản lý của UBND tỉnh": a body whose the
		// others are is no implementer.
		before := strings.TrimRight(d.Key.Text[g.A:p.key.A], " ")
		if strings.HasSuffix(before, " cua") || strings.HasSuffix(before, " thuoc") || strings.HasSuffix(before, " voi") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// othersHeaded reports whether a sub-item of it that is headed by no body
// ("2.2. Trách nhiệm cụ thể") holds items headed by bodies other than
// those of lead ("a) Sở Xây dựng"): the item then heads a group of
// assignments. A sub-item headed by a body itself ("b) Các Bộ: Tài chính,
// Y tế …") stays a task of the item, led by the bodies it names.
func (r *reader) othersHeaded(it *item, lead []party) bool {
	for _, k := range it.kids {
		if !numberedOrLettered(k) {
			continue
		}
		if ch := r.charges(r.ownRange(k), r.accented(k)); ch.head {
			continue
		}
		if r.headedBelow(k, lead) {
			return true
		}
	}
	return false
}

// chargesOnly reports whether the item, with no item under it, charges
// only bodies of lead: "3. Trong quá trình triển khai, …, Giám đốc Sở
// Khoa học và Công nghệ kịp thời báo cáo …" under "Điều 4. Giám đốc Sở
// Khoa học và Công nghệ có trách nhiệm:" names the article's body again,
// and is one of its tasks, not an assignment of its own.
func (r *reader) chargesOnly(it *item, lead []party) bool {
	if len(it.kids) > 0 {
		return false
	}
	ch := r.charges(r.ownRange(it), r.accented(it))
	if len(ch.lead) == 0 {
		return false
	}
	t := r.doc.Key.Text // the document's folding: a party's words as written
	for _, p := range ch.lead {
		if !slices.ContainsFunc(lead, func(q party) bool { return t[q.key.A:q.key.B] == t[p.key.A:p.key.B] }) {
			return false
		}
	}
	return true
}

// headedBelow reports whether an item below it, numbered or lettered, is
// headed by a body not among lead (a "Phối hợp với X" opening is no such
// head).
func (r *reader) headedBelow(it *item, lead []party) bool {
	for _, k := range it.kids {
		if !numberedOrLettered(k) {
			continue
		}
		if ch := r.charges(r.ownRange(k), r.accented(k)); ch.head && !ch.opensWithCoop {
			for _, p := range ch.lead {
				if !slices.ContainsFunc(lead, func(q party) bool { return vntext.String(q.Name) == vntext.String(p.Name) }) {
					return true
				}
			}
		}
		if r.headedBelow(k, lead) {
			return true
		}
	}
	return false
}

// numberedOrLettered reports whether the item is written with a number or
// a letter, not a bullet or a bracketed enumeration (which are tasks).
func numberedOrLettered(it *item) bool {
	switch it.marker.Family {
	case layout.FamParen, layout.FamDash, layout.FamPlus, layout.FamBullet:
		return false
	}
	return true
}

// allGroups reports whether every party is a collective.
func allGroups(ps []party) bool {
	for _, p := range ps {
		if !p.Group {
			return false
		}
	}
	return true
}

// operative reports whether an item that charges no body gives work: its
// text has a verb of action at its head rather than being a heading, a
// definition or a statement.
func (r *reader) operative(it *item) bool {
	if r.fieldRecord(it) || r.citesOnly(it) {
		return false
	}
	t := r.doc.Text(r.ownRange(it))
	if len(t) < 20 {
		return len(it.kids) > 0
	}
	if strings.HasPrefix(t, "ve ") || strings.HasPrefix(t, "can cu") {
		return len(it.kids) > 0
	}
	return true
}

// citesOnly reports whether the item's own text is a lead-in and the
// quotation it leads into ("- Tại khoản 4 Điều 19 Nghị định số … quy định
// như sau:" / "“4. Giảm tiền sử dụng đất …”"): a rule the text cites, for
// no one to do.
func (r *reader) citesOnly(it *item) bool {
	d := r.doc
	if len(it.kids) > 0 || it.own < it.para+2 || d.Paras[it.para].Flags&layout.ParaCited != 0 {
		return false
	}
	for j := it.para + 1; j < it.own; j++ {
		if d.Paras[j].Flags&layout.ParaCited == 0 {
			return false
		}
	}
	return r.leadsIn(it.para)
}

// maxLabelWords is more words than the label of a field holds
// ("Tóm tắt mô tả hàng hóa được xác định trước mã số:" has ten).
const maxLabelWords = 12

// fieldRecord reports whether the item is a record of fields: a field
// itself, and most of the items under it fields too — "Tóm tắt mô tả hàng
// hóa: …" over "Thành phần, cấu tạo: …", "Cơ chế hoạt động:", "Kích
// thước: 1190,5 mm", or a field alone ("Kết quả xác định trước mã số: …").
// Such items describe (a product in a notice of a customs classification,
// a form); whoever the document is sent to, they are its content. A label
// over work is no record: the items under "Công tác tuyên truyền:" are
// instructions ("- Tổ chức …", "- Đăng tải …"), not fields; two in three
// of the items under a record are fields.
func (r *reader) fieldRecord(it *item) bool {
	if !r.field(it) {
		return false
	}
	fields := 0
	for _, k := range it.kids {
		if r.field(k) {
			fields++
		}
	}
	return 3*fields >= 2*len(it.kids)
}

// field reports whether the item opens as a field: a label, a colon, and a
// value that gives no work. The label names a property, not a topic of
// work ("Về …", "Đối với …") or a charge, opens with no verb of action,
// holds at most maxLabelWords words and names no body; the value opens
// with no verb of action.
func (r *reader) field(it *item) bool {
	d := r.doc
	t := d.Key.Text
	g := r.headRange(it)
	colon := -1
	words := 0
	for i := g.A; i < g.B; i++ {
		if t[i] == ':' {
			colon = i
			break
		}
		if t[i] == ' ' && i > g.A && t[i-1] != ' ' {
			words++
		}
	}
	if colon <= g.A || words >= maxLabelWords {
		return false
	}
	label := layout.Range{A: g.A, B: colon}
	lt := d.Text(label)
	for _, w := range []string{"ve ", "doi voi ", "can cu ", "tai ", "giao ", "de nghi ", "yeu cau "} {
		if strings.HasPrefix(lt, w) {
			return false
		}
	}
	acc := r.accented(it)
	if r.opensWithAction(label, acc) || len(r.partiesIn(label)) > 0 {
		return false
	}
	v := layout.Range{A: colon + 1, B: r.ownRange(it).B}
	return v.Empty() || !r.opensWithAction(v, acc)
}

// assignment builds the assignment of item it.
func (r *reader) assignment(it *item, ch charge, owners []party, prefix string) Assignment {
	d := r.doc
	a := Assignment{Label: prefix + it.label}
	own := r.ownRange(it)
	a.Text = strings.TrimRight(d.Clean(r.headRange(it)), " :")
	if r.titleOnly(it) {
		a.Text = d.Clean(r.afterTitle(it))
	}
	lead := ch.lead
	if len(lead) == 0 {
		lead = owners
	}
	a.Assignees = uniqueParties(toParties(lead))
	a.Cooperating = toParties(ch.coop)
	a.Span = r.itemSpan(it)
	if len(it.kids) == 0 {
		// The task is the item's text after the charge that heads it
		// ("12. Giao Cục Thuế thành phố tổ chức …" is "tổ chức …").
		from := own.A
		if ch.head && ch.headEnd > from && ch.headEnd < own.B && !ch.opensWithCoop {
			from = skipSep(d.Key.Text, ch.headEnd, own.B)
		}
		t := r.task(layout.Range{A: from, B: own.B}, a.Label+".1", lead, charge{coop: ch.coop})
		a.Tasks = []Task{t}
	} else {
		// The heading's own text beyond the charge is a task when it is
		// more than a lead-in: work of its own, not a colon before the
		// items.
		shift := 0
		if g, ok := r.headWork(it, ch); ok {
			a.Tasks = append(a.Tasks, r.task(g, a.Label+".1", lead, r.charges(g, r.accented(it))))
			shift = 1
		}
		a.Tasks = slices.Grow(a.Tasks, len(it.kids))
		for k, kid := range it.kids {
			a.Tasks = append(a.Tasks, r.itemTask(kid, a.Label, k+shift, lead))
		}
	}
	if len(it.kids) > 0 {
		// The deadline the heading states is the deadline of the tasks
		// that state none.
		var h Task
		g := r.headRange(it)
		a0, b0 := d.Span(g)
		h.Span = Span{a0, b0}
		r.analyze2(&h, g)
		inherit(a.Tasks, governingStrong(r.deadlineCandidates2(h.Times)))
	}
	// The assignment's own cooperating bodies are those its heading
	// names; the tasks keep theirs.
	if len(it.kids) > 0 {
		a.Cooperating = toParties(r.headCoop(it))
	}
	if len(it.kids) > 0 {
		// Every body a task charges by name is the assignment's too
		// (ANNOTATION.md rule 3: "giao X …" anywhere in the item names
		// X), but for the lead a task takes by opening "Phối hợp với X
		// …", where the assignment's bodies cooperate.
		for _, tk := range a.Tasks {
			if !slices.ContainsFunc(tk.Cooperating, func(p Party) bool {
				return slices.ContainsFunc(a.Assignees, func(q Party) bool { return q.Name == p.Name })
			}) {
				a.Assignees = appendNew(a.Assignees, tk.Lead)
			}
		}
	}
	a.Cooperating = withoutParties(a.Cooperating, a.Assignees)
	return a
}

// appendNew returns ps with the parties of more it does not hold.
func appendNew(ps, more []Party) []Party {
	for _, q := range more {
		if !hasParty(ps, q) {
			ps = append(ps, q)
		}
	}
	return ps
}

// hasParty reports whether ps holds a party of p's title and name.
func hasParty(ps []Party, p Party) bool {
	return slices.ContainsFunc(ps, func(q Party) bool { return q.Name == p.Name && q.Title == p.Title })
}

// skipSep returns i moved past spaces and a colon, up to b.
func skipSep(t string, i, b int) int {
	for i < b && (t[i] == ' ' || t[i] == ':') {
		i++
	}
	return i
}

// ownWork reports whether the item's own text, above its sub-items, is a
// sentence of work rather than a topic or a lead-in: four words or more,
// ending with a full stop or a semicolon.
func (r *reader) ownWork(it *item) bool {
	t := strings.TrimRight(r.doc.Text(r.ownRange(it)), " *")
	return strings.Count(t, " ") >= 3 && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";"))
}

// opensWithAction reports whether the folded range g opens with a verb of
// action or a duty word (lexAction, lexDuty).
func (r *reader) opensWithAction(g layout.Range, accented bool) bool {
	t := r.doc.Key.Text
	i := g.A
	for i < g.B && !vntext.IsLetter(t[i]) {
		i++
	}
	c, _ := theLexicon().at(&r.doc.Key, i, accented)
	return c == lexAction || c == lexDuty
}

// headWork returns the folded range of the work an item's heading gives
// beyond its charge ("1. Sở Khoa học và Công nghệ theo dõi, đôn đốc …"
// over items of its own), and whether there is any: at least four words
// that do not end in a colon.
func (r *reader) headWork(it *item, ch charge) (layout.Range, bool) {
	d := r.doc
	g := r.ownRange(it)
	if ch.head && ch.headEnd > g.A {
		g.A = skipSep(d.Key.Text, ch.headEnd, g.B)
	}
	t := strings.TrimRight(d.Text(g), " *")
	if strings.HasSuffix(t, ":") || strings.Count(t, " ") < 3 {
		return g, false
	}
	// A heading that names its topic only ("1. Hoàn thiện thể chế") is
	// no work: work names who does it, or was charged.
	if !ch.head {
		return g, false
	}
	return g, true
}

// inherit gives the deadline dl to the tasks that state none.
func inherit(ts []Task, dl TimeExpr) {
	if dl.IsZero() {
		return
	}
	for i := range ts {
		if ts[i].Deadline.IsZero() {
			ts[i].Deadline = dl
			inherit(ts[i].Subtasks, dl)
		}
	}
}

// lastOwn returns one past the last paragraph of the item and the items
// under it.
func lastOwn(it *item) int {
	for len(it.kids) > 0 {
		it = it.kids[len(it.kids)-1]
	}
	return it.own
}

// headCoop returns the bodies the heading paragraph of an item names as
// cooperating ("1. Giao Sở Y tế phối hợp với Công an thành phố:").
func (r *reader) headCoop(it *item) []party {
	return r.charges(r.headRange(it), r.accented(it)).coop
}

// itemTask builds the task of sub-item it (the k-th under its parent).
func (r *reader) itemTask(it *item, parent string, k int, lead []party) Task {
	label := parent + "." + lastLabel(it, k)
	ch := r.charges(r.ownRange(it), r.accented(it))
	t := r.task(r.ownRange(it), label, lead, ch)
	for j, kid := range it.kids {
		t.Subtasks = append(t.Subtasks, r.itemTask(kid, label, j, lead))
	}
	if len(it.kids) > 0 {
		t.Span.End = r.itemSpan(it).End
	}
	inherit(t.Subtasks, t.Deadline)
	if t.Deadline.IsZero() || vague(t.Deadline) {
		// A parent that states no deadline, or only a bare "định kỳ" or a
		// condition, is due when its last subtask is.
		if l := latestDeadline(t.Subtasks); !l.IsZero() {
			t.Deadline = l
		}
	}
	return t
}

// vague reports whether the expression names no time to be due by: a
// recurrence without its cadence ("đánh giá định kỳ") or an event.
func vague(t TimeExpr) bool {
	switch t.Expr.Kind {
	case calendar.KindEvent:
		return true
	case calendar.KindRecurrence:
		return t.Expr.Recurrence.Every == calendar.GrainUnknown
	}
	return false
}

// lastLabel returns the label an item takes under its parent: its printed
// marker, or its place for a bullet.
func lastLabel(it *item, k int) string {
	if it.marker.IsZero() || it.marker.Bullet() {
		return itoaN(k + 1)
	}
	return lastNumber2(it.label)
}

func itoaN(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaN(n/10) + string(rune('0'+n%10))
}

// task builds a task from the folded range g with the item's bodies lead
// and the task's own charge ch.
func (r *reader) task(g layout.Range, label string, lead []party, ch charge) Task {
	d := r.doc
	t := Task{Label: label, Text: d.Clean(g)}
	a, b := d.Span(g)
	t.Span = Span{a, b}
	if k, ok := d.CleanKey(g); ok {
		if r.taskKeys == nil {
			r.taskKeys = map[string]string{}
		}
		r.taskKeys[t.Text] = k
	}
	switch {
	case ch.opensWithCoop && len(lead) > 0 && r.openOnly(ch.lead):
		// "Phối hợp với các cơ quan liên quan thúc đẩy …": who leads with
		// bodies named by the task alone is the assignee itself.
		t.Lead = toParties(lead)
		t.Cooperating = toParties(ch.lead)
	case ch.opensWithCoop:
		t.Lead = toParties(ch.lead)
		t.Cooperating = toParties(lead)
	case ch.head && len(ch.lead) > 0:
		t.Lead = toParties(ch.lead)
		t.Cooperating = toParties(ch.coop)
	default:
		t.Lead = toParties(lead)
		t.Cooperating = toParties(ch.coop)
	}
	t.Cooperating = withoutParties(t.Cooperating, t.Lead)
	r.analyze2(&t, g)
	t.Deadline = governingStrong(r.deadlineCandidates2(t.Times))
	if t.Deadline.IsZero() {
		t.Deadline = r.completionIn2(t.Times)
	}
	if t.Deadline.IsZero() {
		t.Deadline = whenDone(t.Times)
	}
	return t
}

// whenDone returns the first day or period finer than a year the task
// names ("từ ngày 01/6/2024 đến ngày 30/6/2024", "trong tháng 6/2024" read
// as a period), as the deadline it falls due by: the work is done within
// it. A year ("kế hoạch … năm 2024") is the attribute of a thing more
// often than the time of the work, and sets none.
func whenDone(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		switch {
		case t.Expr.Kind == calendar.KindDate,
			t.Expr.Kind == calendar.KindPeriod && t.Expr.Period.Grain < calendar.GrainYear && t.Expr.Period.First.Year == t.Expr.Period.Last.Year:
			return asCompletion([]TimeExpr{t})[0]
		}
	}
	return TimeExpr{}
}

// openOnly reports whether every party of ps is an open group of the
// registry: bodies the task alone names ("các cơ quan liên quan").
func (r *reader) openOnly(ps []party) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if !p.Group || p.ID == "" {
			return false
		}
		if g, ok := r.reg.Group(p.ID); !ok || !g.Open {
			return false
		}
	}
	return true
}

func toParties(ps []party) []Party {
	if len(ps) == 0 {
		return nil
	}
	out := make([]Party, len(ps))
	for i, p := range ps {
		out[i] = p.Party
	}
	return out
}

// uniqueParties returns ps without the repeats of a party (a body charged
// in two sentences of one item is one assignee): the first mention of each
// title and name is kept.
func uniqueParties(ps []Party) []Party {
	switch len(ps) {
	case 0:
		return nil
	case 1:
		return append(ps[:0:0], ps[0]) // no repeat to find: nothing folded
	}
	out := ps[:0:0]
	// The folded name and title of each party kept, folded once.
	type key struct{ name, title string }
	var keys []key
	for _, p := range ps {
		k := key{vntext.String(p.Name), vntext.String(p.Title)}
		if !slices.Contains(keys, k) {
			out = append(out, p)
			keys = append(keys, k)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// capsName reports whether t, a line in capitals (the cleaned text of the
// folded range g), can be a person's name: two to five words of letters,
// none of which opens a title, a head or a collective of the lexicon, and
// no body the registry finds. Both read the document's folding of g.
func (r *reader) capsName(t string, g layout.Range) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 5 || strings.ContainsAny(t, "0123456789,;:().-/&") || !isUpperText(t) {
		return false
	}
	text, _, f, orig := cleanFolded(r.doc, g, r.cleanOrig)
	r.cleanOrig = orig
	for i := 0; i < len(f.Text); i++ {
		if i > 0 && f.Text[i-1] != ' ' {
			continue
		}
		if c, _ := theLexicon().at(&f, i, false); c != lexNone {
			return false
		}
	}
	return len(r.reg.FindAllFolded(text, &f, nil)) == 0
}

// withoutParties returns ps without the parties named in ex.
func withoutParties(ps, ex []Party) []Party {
	if len(ps) == 0 {
		return nil
	}
	if len(ex) == 0 {
		return append([]Party(nil), ps...) // nothing to leave out: nothing folded
	}
	// The names of ex, folded once.
	names := make([]string, len(ex))
	for i, q := range ex {
		names[i] = vntext.String(q.Name)
	}
	var out []Party
	var buf [128]byte // each name of ps folded here, compared and dropped
	var orig [129]int32
	for _, p := range ps {
		if !slices.Contains(names, vntext.FoldInto(buf[:0], orig[:0], p.Name).Text) {
			out = append(out, p)
		}
	}
	return out
}

// analyze2 reads the times, targets and references of a task's text g.
func (r *reader) analyze2(t *Task, g layout.Range) {
	d := r.doc
	whole := t.Span
	k, _ := slices.BinarySearchFunc(r.refs, whole.Start, func(x Reference, s int) int { return x.Span.Start - s })
	n := len(t.References)
	for ; k < len(r.refs) && r.refs[k].Span.Start < whole.End; k++ {
		if x := &r.refs[k]; x.Span.End <= whole.End {
			t.References = append(t.References, *x)
		}
	}
	refs := t.References[n:]
	ft := d.Text(g)
	// The folded text read as its own folding, with the document's marks
	// of it, so that the calendar tells the words folding merges ("để"
	// from "đề", "sáu" from "sau"): FindAllWith(ft, …) would fold it again
	// to the same bytes and no marks.
	fold := r.ownFolding(g)
	for _, f := range calendar.FindAllFolded(ft, &fold, r.ref, r.cal) {
		xs, xe := d.Key.Span(g.A+f.Expr.Start, g.A+f.Expr.End)
		if inRefs(refs, xs, xe) || r.inCitedTitle2(f.Expr, Span{xs, xe}) || afterEffectClause(d, g.A+f.Expr.Start) ||
			r.inDataWindow(g, g.A+f.Expr.Start) {
			continue
		}
		if f.Err != nil {
			// Quoted as the document says it, in NFC as the whole result
			// is, with the offset in that quotation.
			k := layout.Range{A: g.A + f.Expr.Start, B: g.A + f.Expr.End}
			raw, cmap := d.CleanMap(k)
			xo, _ := d.Key.Span(min(k.A+f.Err.Offset, k.B), k.B)
			i := 0
			for i < len(raw) && cmap.At(i) < xo {
				i++
			}
			in, at := norm.NFC.String(raw), len(norm.NFC.String(raw[:i]))
			err := &calendar.ParseError{Input: in, Offset: min(at, len(in)), Msg: f.Err.Msg}
			if !r.timeWarned[xs] {
				if r.timeWarned == nil {
					r.timeWarned = map[int]bool{}
				}
				r.timeWarned[xs] = true
				r.warns = append(r.warns, Warning{Kind: WarnTime, Span: Span{xs, xe}, Msg: "time expression names no date: " + err.Error()})
			}
			continue
		}
		e := f.Expr
		e.Start, e.End = xs, xe
		text := d.Clean(layout.Range{A: g.A + f.Expr.Start, B: g.A + f.Expr.End})
		if yearUnknown(e) && !r.timeWarned[xs] {
			// Read with no issue date: kept, partial, and said (once,
			// however often the range is read).
			if r.timeWarned == nil {
				r.timeWarned = map[int]bool{}
			}
			r.timeWarned[xs] = true
			r.warns = append(r.warns, Warning{Kind: WarnTime, Span: Span{xs, xe}, Msg: "time expression without a year, and the document has no issue date: \"" + pClip(text) + "\""})
		}
		t.Times = append(t.Times, TimeExpr{Text: text, Expr: e})
	}
	t.Times = yearlyOn(t.Times)
	switch {
	case !foldedMayHoldPercent(ft):
	case r.inCell(g):
		// A cell is read on its own: a row's cells share their line.
		// Over the document's folding of the cell, where the layout gives
		// one (layout.Doc.CleanFold); kpi folds the text itself where not.
		text, cmap, f, orig, ok := d.CleanFold(g, r.cleanOrig)
		r.cleanOrig = orig
		fp := &f
		if !ok {
			text, cmap = d.CleanMap(g)
			fp = nil
		}
		for _, tg := range kpi.FindTargetsAsOfFolded(text, fp, r.ref) {
			t.Targets = append(t.Targets, mapTarget(tg, cmap.At))
		}
	default:
		t.Targets = append(t.Targets, r.targetsIn(d.Span(g))...)
	}
}

// dataWindowWords open the sentence that states the period a report's
// figures cover: "Thời gian chốt số liệu báo cáo định kỳ hằng năm: tính từ
// ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo
// cáo" (Nghị định 09/2019/NĐ-CP, Điều 12: thời gian chốt số liệu báo cáo),
// also written "Thời gian báo cáo định kỳ hằng năm tính từ …".
var dataWindowWords = spellings("thời gian chốt số liệu", "thời gian báo cáo")

// inDataWindow reports whether folded offset k of the range g is in a
// sentence that states the period a report's figures cover
// (dataWindowWords): its days bound the data, not the task's work, which
// the report's own due day times.
func (r *reader) inDataWindow(g layout.Range, k int) bool {
	t := r.doc.Key.Text
	a := k
	for a > g.A && !(t[a-1] == ' ' && a-2 >= g.A && (t[a-2] == '.' || t[a-2] == ';')) {
		a--
	}
	for a < k && (t[a] == ' ' || t[a] == '*') {
		a++
	}
	return spelledAny(r.doc, a, dataWindowWords())
}

// ownFolding returns the document's folding of the folded range g as the
// folding of its own text, d.Text(g): its bytes and marks, with offsets in
// that text.
func (r *reader) ownFolding(g layout.Range) vntext.Folded {
	n := g.B - g.A
	for len(r.identOrig) <= n {
		r.identOrig = append(r.identOrig, int32(len(r.identOrig)))
	}
	return r.doc.Key.SliceOnto(g.A, g.B, r.identOrig[:n+1], n)
}

// yearlyOn folds into a yearly cadence that names no day the day a
// deadline of the same text names without its year ("Hằng năm, các cơ
// quan, đơn vị gửi báo cáo … trước ngày 11/12"): the cadence's day
// (CORPUS_SPEC.md: a yearly cadence that names a day carries "on"), as
// "trước ngày 15/12 hằng năm" reads written together, not a deadline of
// the issue year.
func yearlyOn(ts []TimeExpr) []TimeExpr {
	ri := -1
	for i, x := range ts {
		if c := x.Expr.Recurrence; x.Expr.Kind == calendar.KindRecurrence && c.Every == calendar.GrainYear && c.Interval <= 1 && c.On == (calendar.Date{}) {
			ri = i
			break
		}
	}
	if ri < 0 {
		return ts
	}
	for i, x := range ts {
		if x.Expr.Kind != calendar.KindDeadline || x.Expr.Period.Grain != calendar.GrainDay || writesYear(x.Text) {
			continue
		}
		due, ok := x.Expr.Due()
		if !ok {
			continue
		}
		ts[ri].Expr.Recurrence.On = calendar.Date{Month: due.Month, Day: due.Day}
		return append(ts[:i:i], ts[i+1:]...)
	}
	return ts
}

// writesYear reports whether the text of a time expression writes a year:
// a number of four digits ("11/12/2025", "năm 2025").
func writesYear(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; '0' <= c && c <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// yearUnknown reports whether e is a partial expression with no known day:
// a time the text gives without its year, read with no reference date.
func yearUnknown(e calendar.Expr) bool {
	return e.Kind == calendar.KindPartial && !e.Period.First.IsValid()
}

// inCitedTitle2 reports whether the expression at sp is the time span in
// the title of the document cited just before it ("Đề án … giai đoạn
// 2021-2025", "… định hướng đến năm 2030").
//
// Any period is in the title the cited document's "về …" opens ("Nghị
// quyết số 86/NQ-CP ngày 04/11/2025 về triển khai nhiệm vụ trọng tâm những
// tháng cuối năm 2025").
func (r *reader) inCitedTitle2(e calendar.Expr, sp Span) bool {
	period := e.Kind == calendar.KindPeriod
	switch {
	case period && e.Period.Grain == calendar.GrainYears:
	case e.Kind == calendar.KindDeadline && e.Relation == calendar.RelationUntil:
	case period:
	default:
		return false
	}
	k, _ := slices.BinarySearchFunc(r.refs, sp.Start, func(x Reference, s int) int { return x.Span.Start - s })
	if k == 0 {
		return false
	}
	x := &r.refs[k-1]
	if x.Span.End > sp.Start || sp.Start-x.Span.End > 240 {
		return false
	}
	between := r.doc.Src[x.Span.End:sp.Start]
	if strings.ContainsAny(between, ";.:()") {
		return false
	}
	if period && e.Period.Grain != calendar.GrainYears {
		return strings.HasPrefix(vntext.String(strings.TrimLeft(between, " \n*")), "ve ")
	}
	return true
}

func (r *reader) deadlineCandidates2(ts []TimeExpr) []TimeExpr {
	var out []TimeExpr
	for _, t := range ts {
		if t.Expr.Kind == calendar.KindEvent && strings.HasPrefix(vntext.String(t.Text), "theo ") {
			// "theo yêu cầu của Bộ …" says whose requirements, not when.
			e := t.Expr.End
			after := vntext.String(r.doc.Src[e:min(len(r.doc.Src), e+12)])
			if strings.HasPrefix(strings.TrimLeft(after, " "), "cua ") {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// completionIn2 returns the date or period that says when the task is to be
// done ("hoàn thành tháng 6/2024", "Thời gian: quý III"), read as a
// deadline within it.
func (r *reader) completionIn2(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		if k := t.Expr.Kind; k != calendar.KindPeriod && k != calendar.KindDate {
			continue
		}
		a := max(0, t.Expr.Start-48)
		before := vntext.String(r.doc.Src[a:t.Expr.Start])
		for _, w := range []string{"hoan thanh", "thoi han", "thoi gian", "xong", "han chot", "truoc"} {
			if strings.Contains(before, w) {
				return asCompletion([]TimeExpr{t})[0]
			}
		}
	}
	return TimeExpr{}
}

// leadInOwners returns the bodies the preamble's lead-in charges with the
// items after it: "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch
// UBND các tỉnh … thực hiện các nội dung sau:". The lead-in is the last
// paragraph of the preamble when it ends with a colon.
//
// It also reports whether the lead-in asks anything (a charge verb: "…
// yêu cầu:", "… đề nghị:"), for a lead-in that names no body.
func (r *reader) leadInOwners(g region) ([]party, bool) {
	for i := g.b - 1; i >= g.a; i-- {
		p := &r.doc.Paras[i]
		if p.Cell.In() {
			continue
		}
		t := strings.TrimRight(r.doc.Text(p.Key), " *.")
		if !leadsIn(t) {
			return nil, false
		}
		acc := r.doc.Accented && p.Flags&layout.ParaAccented != 0
		g := p.Key
		if k := strings.Index(t, ", "); k >= 0 && r.preambleOpener(g, acc) {
			// "Thực hiện Chỉ thị số 04/CT-TTg … yêu cầu các bộ, ngành, địa
			// phương đẩy mạnh …, UBND tỉnh ban hành Kế hoạch như sau:":
			// what the opening clause cites asks its own addressees; the
			// lead-in's charge is in the main clause after it, the first
			// clause after a comma that opens with its bodies ("Để …,
			// hiệu quả, thành phố Đà Nẵng cần tập trung …").
			g.A += k + 1
			for j := k; j >= 0 && j < len(t); {
				x := layout.Range{A: skipSep(r.doc.Key.Text, p.Key.A+j+1, p.Key.B), B: p.Key.B}
				if ch := r.charges(x, acc); ch.head && len(ch.lead) > 0 && (r.asks(x, acc) || r.dutyAfter(ch.lead, acc)) {
					g = x
					break
				}
				n := strings.Index(t[j+1:], ", ")
				if n < 0 {
					break
				}
				j += 1 + n
			}
		}
		ch := r.charges(g, acc)
		return ch.lead, r.asks(g, acc)
	}
	return nil, false
}

// dutyAfter reports whether a duty or lead word follows the last of the
// parties ps ("thành phố Đà Nẵng cần tập trung …", "Sở Y tế chủ trì …"):
// the parties are the subject of the work, not a speaker ("Phó Thủ tướng
// kết luận như sau:").
func (r *reader) dutyAfter(ps []party, accented bool) bool {
	t := r.doc.Key.Text
	i := ps[len(ps)-1].key.B
	for i < len(t) && t[i] == ' ' {
		i++
	}
	c, _ := theLexicon().at(&r.doc.Key, i, accented)
	return c == lexDuty || c == lexLead
}

// leadsIn reports whether the folded paragraph t leads in to the items
// after it: it ends with a colon, or with "sau" ("… các nhiệm vụ sau
// đây", "… như sau") where the colon was lost.
func leadsIn(t string) bool {
	if strings.HasSuffix(t, ":") {
		return true
	}
	for _, e := range []string{" sau", " sau day", " nhu sau", " cu the nhu sau", " sau:"} {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// asks reports whether the folded range g holds a charge verb.
func (r *reader) asks(g layout.Range, accented bool) bool {
	t := r.doc.Key.Text
	for i := g.A; i < g.B; i++ {
		if i > g.A && vntext.IsLetter(t[i-1]) || !vntext.IsLetter(t[i]) {
			continue
		}
		if cl, _ := theLexicon().at(&r.doc.Key, i, accented); cl == lexCharge {
			return true
		}
	}
	return false
}

// closingOwners returns the bodies the closing sends the text to "để … biết,
// thực hiện" (so that they know of it and carry it out): the owners of the
// items that name no body. A closing that asks them only to know ("để …
// biết") names no owner.
func (r *reader) closingOwners(g region) []party {
	d := r.doc
	for i := g.a; i < g.b; i++ {
		p := &d.Paras[i]
		t := strings.TrimRight(d.Text(p.Key), " ./*")
		if !(strings.HasSuffix(t, "thuc hien") || strings.HasSuffix(t, "trien khai")) {
			continue
		}
		k := strings.Index(t, " de ")
		if k < 0 {
			continue
		}
		acc := d.Accented && p.Flags&layout.ParaAccented != 0
		c := r.chargeReaderOf(p.Key, acc)
		if ps, _ := c.list(p.Key.A + k + 4); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// recipientOwners returns the "Kính gửi:" recipients as owners of the
// items that name no body.
func (r *reader) recipientOwners(d *Directive) []party {
	var out []party
	for k, name := range d.Recipients {
		if k < len(r.recipients) {
			// Read as the bodies of a charge are: "Giám đốc các sở, ban,
			// ngành" is the collective "các sở, ban, ngành" with its title.
			g := r.recipients[k]
			c := r.chargeReaderOf(g, r.doc.Accented)
			if ps, _ := c.list(g.A); len(ps) > 0 {
				out = append(out, ps...)
				continue
			}
		}
		out = append(out, party{Party: Party{Name: name}})
	}
	return out
}

// onlyIssuer reports whether every party of ps is the issuer itself: its
// ID, its name, or its name without the place ("UBND tỉnh" for "Ủy ban
// nhân dân tỉnh An Phú").
func (r *reader) onlyIssuer(ps []party) bool {
	if len(ps) == 0 || r.issuer == "" {
		return false
	}
	for _, p := range ps {
		if p.ID != "" && p.ID == r.issuerID {
			continue
		}
		n := vntext.String(p.Name)
		if strings.HasPrefix(n, "ubnd ") {
			n = "uy ban nhan dan " + n[len("ubnd "):]
		}
		if n == r.issuer {
			continue
		}
		if strings.HasPrefix(r.issuer, n+" ") && territorial(n) {
			continue
		}
		return false
	}
	return true
}

// territorial reports whether the folded name n ends with the word of a
// territory ("… tỉnh", "… thành phố"), where the place's name would follow.
func territorial(n string) bool {
	for _, w := range [...]string{" tinh", " thanh pho", " huyen", " quan", " thi xa", " xa", " phuong", " dac khu"} {
		if strings.HasSuffix(n, w) {
			return true
		}
	}
	return false
}

// unnumbered reads the assignments of a body without numbered items: its
// paragraphs, or sentences of a paragraph, that open with a charge (a công
// văn's "Giao Sở Y tế …", "Chủ tịch UBND tỉnh đề nghị …"), labelled p1,
// p2, … in order. A charge that leads in ("… thực hiện các việc sau:")
// takes the paragraphs after it that charge no one as its tasks; after a
// lead-in that asks and names no one ("UBND tỉnh yêu cầu:"), the
// paragraphs that open as instructions are the owners' (the recipients').
func (r *reader) unnumbered(g region, owners []party) []Assignment {
	d := r.doc
	var out []Assignment
	var open *item // the charge that leads in to the paragraphs after it
	var openCh charge
	var asked []party // the owners of the instructions after a lead-in
	n := 0
	next := func() string { n++; return "p" + itoaN(n) }
	flush := func() {
		if open != nil {
			out = append(out, r.assignment(open, openCh, nil, ""))
			open = nil
		}
	}
	for i := g.a; i < g.b; i++ {
		p := &d.Paras[i]
		if p.Cell.In() {
			continue
		}
		acc := d.Accented && p.Flags&layout.ParaAccented != 0
		t := strings.TrimRight(d.Text(p.Key), " *.")
		cls := r.clauses(p.Body, acc)
		if len(cls) == 0 {
			switch {
			case open != nil:
				open.kids = append(open.kids, &item{para: i, own: i + 1})
			case len(asked) > 0 && r.opensWithAction(p.Body, acc):
				out = append(out, r.assignment(&item{para: i, own: i + 1, label: next()}, charge{}, asked, ""))
			case leadsIn(t) && r.asks(p.Key, acc):
				asked = owners
				if len(asked) == 0 {
					asked = r.recipientParties
				}
			}
			continue
		}
		flush()
		asked = nil
		for k, c := range cls {
			it := &item{para: i, own: i + 1, label: next()}
			if len(cls) > 1 || c.g.A > p.Body.A {
				it.clause = c.g
			}
			if k == len(cls)-1 && leadsIn(t) {
				open, openCh = it, c.ch
				continue
			}
			out = append(out, r.assignment(it, c.ch, owners, ""))
		}
	}
	flush()
	return out
}

// A clause is a sentence of a paragraph that opens with a charge, and the
// charge.
type clause struct {
	g  layout.Range
	ch charge
}

// clauses splits the folded range g (one paragraph) into its sentences
// that open with a charge, each running to the next such sentence. Text
// before the first is not in any ("Thực hiện Công văn số 77/BYT-DP …;
// Chủ tịch UBND tỉnh giao Sở Y tế …"). A paragraph that charges a body
// without opening with the charge, and does not open by citing ("Thực
// hiện …", "Căn cứ …"), is one clause.
func (r *reader) clauses(g layout.Range, accented bool) []clause {
	t := r.doc.Key.Text
	var out []clause
	type start struct {
		at    int
		comma bool
	}
	starts := []start{{g.A, false}}
	for i := g.A; i+2 < g.B; i++ {
		// A sentence or clause ends at ". " and "; "; after ", " a
		// clause opens only with a charge verb (", đề nghị UBND các
		// huyện …"), or as the main clause of a citing sentence.
		if (t[i] == '.' || t[i] == ';' || t[i] == ',') && t[i+1] == ' ' {
			starts = append(starts, start{skipSep(t, i+1, g.B), t[i] == ','})
		}
	}
	citing := r.preambleOpener(g, accented)
	for _, st := range starts {
		a := st.at
		if a >= g.B {
			continue
		}
		x := layout.Range{A: a, B: g.B}
		if st.comma {
			if c, _ := theLexicon().at(&r.doc.Key, a, accented); c != lexCharge && !citing {
				continue
			}
			citing = false
		}
		ch := r.charges(x, accented)
		if !ch.head || len(ch.lead) == 0 || r.onlyIssuer(ch.lead) || !r.opensCharge(x, accented) {
			continue
		}
		if len(out) > 0 && sameBodies(out[len(out)-1].ch.lead, ch.lead) {
			// "… đề nghị Thuế tỉnh Gia Lai căn cứ …. Trường hợp phát sinh
			// vướng mắc …, đề nghị Thuế tỉnh Gia Lai báo cáo …": the same
			// bodies charged again go on the one task of the paragraph
			// (ANNOTATION.md rule 2: an item without markers is one task).
			continue
		}
		if len(out) > 0 {
			out[len(out)-1].g.B = trimKeyEnd(t, out[len(out)-1].g.A, a)
			out[len(out)-1].ch = r.charges(out[len(out)-1].g, accented)
		}
		out = append(out, clause{x, ch})
	}
	if len(out) == 0 && !r.preambleOpener(g, accented) {
		if ch := r.charges(g, accented); len(ch.lead) > 0 && !r.onlyIssuer(ch.lead) {
			out = append(out, clause{g, ch})
		}
	}
	return out
}

// sameBodies reports whether a and b name the same bodies, each once or
// more, in any order.
func sameBodies(a, b []party) bool {
	set := func(ps []party) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			m[vntext.String(p.Title+" "+p.Name)] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	if len(sa) != len(sb) || len(sa) == 0 {
		return false
	}
	for n := range sa {
		if !sb[n] {
			return false
		}
	}
	return true
}

// opensCharge reports whether the folded range g opens a charge: a charge
// verb, or the bodies or the authority before one ("Giao Sở …", "Sở Tài
// chính chủ trì …", "Chủ tịch UBND tỉnh yêu cầu …"), rather than going on
// a sentence (", phối hợp với …").
func (r *reader) opensCharge(g layout.Range, accented bool) bool {
	c, _ := theLexicon().at(&r.doc.Key, g.A, accented)
	switch c {
	case lexCharge, lexTitle:
		return true
	case lexCoop, lexLead:
		return false
	}
	return true
}

// trimKeyEnd returns b moved back over spaces, down to a.
func trimKeyEnd(t string, a, b int) int {
	for b > a && t[b-1] == ' ' {
		b--
	}
	return b
}

// closingCharges reads the paragraphs of the closing that open with a
// charge verb and the bodies it charges ("Đề nghị Công ty nghiên cứu …"):
// work the letter gives after its items. The formula that sends the text
// "để … biết" charges no one.
// issuerCharges reports whether the folded range g opens with the issuer
// and a charge verb: "Ủy ban nhân dân tỉnh giao Giám đốc các sở, …".
func (r *reader) issuerCharges(g layout.Range, accented bool) bool {
	ps := r.partiesIn(g)
	if len(ps) == 0 || ps[0].key.A != g.A || !r.onlyIssuer(ps[:1]) {
		return false
	}
	i := ps[0].key.B
	for i < g.B && r.doc.Key.Text[i] == ' ' {
		i++
	}
	cl, _ := theLexicon().at(&r.doc.Key, i, accented)
	return cl == lexCharge
}

// bodyActs reports whether the folded range g opens with named bodies, not
// the issuer and not groups, whose verb opens an instruction (a lexAction
// row right after them: "Văn phòng Chính phủ theo dõi, đôn đốc …"), and is
// no sentence that sends the text ("… thông báo để … biết").
func (r *reader) bodyActs(g layout.Range, accented bool) bool {
	ch := r.charges(g, accented)
	if !ch.head || len(ch.lead) == 0 || allGroups(ch.lead) || r.anyIssuer(ch.lead) {
		return false
	}
	if closingFormula(r.doc.Text(g)) {
		return false
	}
	i := ch.headEnd
	for i < g.B && r.doc.Key.Text[i] == ' ' {
		i++
	}
	cl, _ := theLexicon().at(&r.doc.Key, i, accented)
	return cl == lexAction
}

// anyIssuer reports whether one of ps is the issuer.
func (r *reader) anyIssuer(ps []party) bool {
	for _, p := range ps {
		if r.onlyIssuer([]party{p}) {
			return true
		}
	}
	return false
}

// anyTitled reports whether a party is charged through the head it names
// ("Giám đốc các sở", "Chủ tịch UBND các xã"): heads of bodies charged in
// person, not everyone asked to carry the text out.
func anyTitled(ps []party) bool {
	for _, p := range ps {
		if p.Title != "" {
			return true
		}
	}
	return false
}

func (r *reader) closingCharges(g region, n, article int) []Assignment {
	var out []Assignment
	for i := g.a; i < g.b; i++ {
		p := &r.doc.Paras[i]
		if p.Cell.In() {
			continue
		}
		acc := r.doc.Accented && p.Flags&layout.ParaAccented != 0
		if cl, _ := theLexicon().at(&r.doc.Key, p.Key.A, acc); cl != lexCharge && !r.issuerCharges(p.Key, acc) {
			if article > 0 && i == g.a {
				// After the last article, the bodies charged with the
				// decision ("Chánh Văn phòng …, Giám đốc Sở Tư pháp chịu
				// trách nhiệm thi hành Quyết định này./.") are the
				// implementers' article that lost its "Điều N.": it is
				// labelled by the number it would carry.
				ch := r.charges(p.Key, acc)
				if ch.head && len(ch.lead) > 0 && !allGroups(ch.lead) && !r.onlyIssuer(ch.lead) {
					it := &item{para: i, own: i + 1, label: "Điều " + itoaN(article+1)}
					out = append(out, r.assignment(it, ch, nil, ""))
				}
			} else if article == 0 && r.bodyActs(p.Key, acc) {
				// "Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa
				// phương thực hiện …": a body other than the issuer, as
				// the subject of an instruction, is charged — an operative
				// paragraph, as ANNOTATION reads one, not the closing.
				n++
				it := &item{para: i, own: i + 1, label: "p" + itoaN(n)}
				out = append(out, r.assignment(it, r.charges(p.Key, acc), nil, ""))
			}
			continue
		}
		ch := r.charges(p.Key, acc)
		if !ch.head || len(ch.lead) == 0 || allGroups(ch.lead) && !anyTitled(ch.lead) {
			// "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực
			// hiện./.": asking everyone to carry the text out is its
			// closing formula, not a charge.
			continue
		}
		n++
		it := &item{para: i, own: i + 1, label: "p" + itoaN(n)}
		out = append(out, r.assignment(it, ch, nil, ""))
	}
	return out
}

// attachmentNote2 reads a note that a paragraph of the closing sends
// something with the text: "(Gửi kèm theo phụ lục chi tiết nhiệm vụ)".
func (r *reader) attachmentNote2(i int) (string, bool) {
	d := r.doc
	p := &d.Paras[i]
	f := d.Text(p.Key)
	k := strings.Index(f, "kem theo")
	if k < 0 || !(strings.HasPrefix(f, "(") || strings.HasPrefix(f, "gui kem") || strings.HasPrefix(f, "kem theo")) {
		return "", false
	}
	s := d.Clean(layout.Range{A: skipSep(f, k+len("kem theo"), len(f)) + p.Key.A, B: p.Key.B})
	if e := strings.IndexByte(s, ')'); e >= 0 {
		s = s[:e]
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "./"))
	return s, s != ""
}

// nextLineSignForm reports whether the next line with content in [i, b)
// opens with a signing form.
func nextLineSignForm(d *layout.Doc, i, b int) bool {
	for ; i < b; i++ {
		if l := &d.Lines[i]; !l.Key.Empty() {
			_, _, ok := signFormOf(d.Clean(l.Key))
			return ok
		}
	}
	return false
}

// preambleOpeners are the words that open a paragraph as the preamble
// does: the grounds ("Căn cứ …"), what is implemented ("Thực hiện …"),
// what is replied to ("Trả lời …", "Phúc đáp …"), whose request ("Theo
// đề nghị …", "Xét đề nghị …"), when ("Ngày …", "Sau khi …") and what
// for ("Nhằm …", "Để …").
var preambleOpeners = spellings("căn cứ", "thực hiện", "trả lời", "phúc đáp", "theo đề nghị", "xét đề nghị", "ngày", "sau khi", "nhằm", "để")

// preambleOpener reports whether the folded range g (a paragraph) opens
// as the preamble does (preambleOpeners), spelled as the opener where the
// text has diacritics: "Đề nghị …" asks, "Để …" says what for, and
// "Ngay …" is no date.
func (r *reader) preambleOpener(g layout.Range, accented bool) bool {
	return spelledAny(r.doc, g.A, preambleOpeners())
}

// distribution returns the entries of the "Nơi nhận:" list in g.
func (r *reader) distribution(g region) []string {
	if g.empty() {
		return nil
	}
	out := []string{}
	d := r.doc
	for i := g.a; i < g.b; i++ {
		p := &d.Paras[i]
		t := d.Clean(p.Body)
		if i == g.a {
			if k := strings.IndexByte(t, ':'); k >= 0 {
				t = t[k+1:]
			} else {
				continue
			}
		}
		t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ";,."))
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// signature reads the signature block in g.
func (r *reader) signature(g region) Signature {
	var sig Signature
	if g.empty() {
		return sig
	}
	d := r.doc
	a, _ := d.Span(d.Paras[g.a].Key)
	_, b := d.Span(d.Paras[g.b-1].Key)
	sig.Span = Span{a, b}
	// Line by line: each line of a signing block is one form or title
	// (a wrapped one, "TM. ỦY BAN NHÂN" / "DÂN", goes on in capitals
	// without a form of its own before the next form).
	// lastKey is the folded range of the last line of sig.Lines when it
	// has no form (capsName reads it).
	var lastKey layout.Range
	for i := g.a; i < g.b; i++ {
		p := &d.Paras[i]
		if p.Flags&layout.ParaCaps == 0 && !r.capsStart(p, 4) {
			t := d.Clean(p.Key)
			if !strings.HasPrefix(t, "(") && !strings.HasPrefix(t, "[") {
				sig.Name = t
			}
			continue
		}
		for li := p.Lines[0]; li < p.Lines[1]; li++ {
			l := &d.Lines[li]
			if l.Key.Empty() {
				continue
			}
			t := d.Clean(l.Key)
			if f, rest, ok := signFormOf(t); ok {
				sig.Lines = append(sig.Lines, SigningLine{Form: f, Text: rest})
				continue
			}
			if n := len(sig.Lines); n > 0 && sig.Lines[n-1].Form != SignNone && nextLineSignForm(d, li+1, p.Lines[1]) {
				sig.Lines[n-1].Text += " " + t
				continue
			}
			if l.Flags&layout.LineCaps == 0 && isNameLine(t) {
				sig.Name = t
				continue
			}
			sig.Lines = append(sig.Lines, SigningLine{Text: t})
			lastKey = l.Key
		}
	}
	if n := len(sig.Lines); sig.Name == "" && n > 1 && sig.Lines[n-1].Form == SignNone && r.capsName(sig.Lines[n-1].Text, lastKey) {
		// A block in capitals throughout ("PHÓ CHỦ TỊCH" / "HOÀNG MINH
		// CƯỜNG"): its last line is the signer's name when it names no
		// title and no body.
		sig.Name = sig.Lines[n-1].Text
		sig.Lines = sig.Lines[:n-1]
	}
	for _, l := range sig.Lines {
		if l.Form == SignOnBehalf && sig.Authority == "" {
			sig.Authority = l.Text
		}
	}
	for _, l := range sig.Lines {
		if l.Form == SignNone {
			sig.Title = l.Text
			break
		}
	}
	if sig.Authority == "" && len(sig.Lines) > 0 {
		sig.Authority = sig.Lines[0].Text
	}
	return sig
}
