package directive

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/kpi"
	"golang.org/x/text/unicode/norm"
)

// This file turns the outline into assignments and tasks: who leads and
// who cooperates, the time expressions and the deadline that governs each
// task, its targets and references, its subtasks and a stable label.

// markAssignments decides which items are assignments.
func (p *parser) markAssignments() {
	// Items whose fields name a lead ("Đơn vị chủ trì: …") are assignments
	// at the nearest item above the fields.
	var walk func(n *node)
	walk = func(n *node) {
		if n.field == fieldLead || (n.field == fieldAgencies && n.fieldVal < len(p.blocks[n.blk].f.Text)) {
			a := n.parent
			for a != nil && a.field != fieldNone {
				a = a.parent
			}
			if a != nil {
				a.viaField = true
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, r := range p.roots {
		walk(r)
	}
	var mark func(n *node) bool
	mark = func(n *node) bool {
		if n.viaField {
			n.isAssign = true
		} else if n.field == fieldNone {
			if _, _, _, ok := p.assignHead(&p.blocks[n.blk]); ok {
				n.isAssign = true
			}
		}
		if n.isAssign && !hasFieldAssignBelow(n) {
			n.hasAsg = true
			return true
		}
		n.isAssign = false
		any := false
		for _, k := range n.kids {
			if mark(k) {
				any = true
			}
		}
		n.hasAsg = any
		return any
	}
	for _, r := range p.roots {
		mark(r)
	}
}

// hasFieldAssignBelow reports whether an item below n is an assignment by
// its fields (then n is a section heading, not an assignment).
func hasFieldAssignBelow(n *node) bool {
	for _, k := range n.kids {
		if k.viaField || hasFieldAssignBelow(k) {
			return true
		}
	}
	return false
}

// buildAssignments walks the outline in order.
//
// An item that names no agency is still a task: of the addressees the
// opening sentence names ("… yêu cầu Giám đốc các sở … thực hiện các nội
// dung sau:"), or of no one. Only the sections that say what the work is
// for or rests on ("MỤC ĐÍCH, YÊU CẦU", "CĂN CỨ"), the citations listed as
// items, and the items before the first assignment that hold no deadline
// and no target, go to the preamble; a deadline or target left there is
// reported.
func (p *parser) buildAssignments() {
	anyAssign := false
	for _, r := range p.roots {
		if r.hasAsg {
			anyAssign = true
		}
	}
	// The addressees, read when an item needs them.
	var intro []Party
	introRead := false
	addressees := func() []Party {
		if !introRead {
			introRead = true
			if intro = p.introParties(); len(intro) == 0 {
				intro = p.recipientParties()
			}
		}
		return intro
	}
	seenAssign := false
	var walk func(n *node, prefix string, idx int, sec sectionKind)
	walk = func(n *node, prefix string, idx int, sec sectionKind) {
		b := &p.blocks[n.blk]
		label := joinLabel(prefix, b.mark)
		if b.mark.label == "" {
			// A bullet: its position.
			label = joinLabel(prefix, marker{label: strconv.Itoa(idx + 1)})
		}
		heading := false
		if n.field == fieldNone && !n.isAssign {
			if k := headingKind(b); k != secOther {
				sec, heading = k, true
				if k == secReview {
					sec = secPurpose
					if len(addressees()) > 0 {
						sec = secTasks
					}
				}
			} else if len(n.kids) > 0 && p.allCitations(n.kids) {
				sec = secBasis
			}
		}
		// A section: its heading and paragraphs are covered, its items
		// walked.
		section := false
		switch {
		case n.isAssign:
			seenAssign = true
			p.assignments = append(p.assignments, p.assignment(n, label, nil))
		case isEffectClause(b) || isIssuingClause(b):
			// "Điều 2. Quyết định này có hiệu lực kể từ ngày ký": when the
			// document takes effect; "Điều 1. Ban hành kèm theo Quyết định
			// này Kế hoạch …": what it issues. No task. A paragraph under
			// it that names agencies is an article that lost its number
			// ("Chánh Văn phòng UBND tỉnh … chịu trách nhiệm thi hành").
			section = true
			if len(n.extra) > 0 {
				if _, _, _, ok := p.assignHead(&p.blocks[n.extra[0]]); ok {
					tail := node{blk: n.extra[0], extra: n.extra[1:], kids: n.kids, parent: n.parent}
					seenAssign = true
					p.assignments = append(p.assignments, p.assignment(&tail, label, nil))
					n = &node{blk: n.blk, parent: n.parent}
				}
			}
		case n.hasAsg:
			// A section heading: its paragraphs belong to it. A heading
			// that is itself an instruction ("1. Tập trung rà soát …;
			// không bỏ sót …." above "a) Cục Thuế có trách nhiệm: …") is
			// also a task, of the addressees of the opening sentence.
			if isStatement(b) {
				head := *n
				head.kids = nil
				seenAssign = true
				p.assignments = append(p.assignments, p.assignment(&head, label, addressees()))
			}
			section = true
		case sec == secBasis || p.isCitation(n):
			// The documents the directive rests on: their dates are theirs.
			p.preambleNodes = append(p.preambleNodes, n)
		case sec == secPurpose:
			p.preambleNodes = append(p.preambleNodes, n)
			p.warnUnassigned(n)
		case sec == secObjective && !p.holdsWork(n):
			// An objective that sets no target and no time ("Mục tiêu
			// chung: nâng cao …") says what the work is for.
			p.preambleNodes = append(p.preambleNodes, n)
		case sec == secObjective && hasGrandKids(n):
			section = true
		case sec == secObjective:
			// Objectives with targets or times ("Đến hết năm 2024, 100% hồ
			// sơ …") are tracked as the tasks of the plan as a whole.
			seenAssign = true
			p.assignments = append(p.assignments, p.assignment(n, label, nil))
		case !seenAssign && anyAssign && sec != secTasks && len(addressees()) == 0 && !p.holdsWork(n):
			// Items before the first assignment that set no time and no
			// target (a situation, a purpose) belong to the preamble.
			p.preambleNodes = append(p.preambleNodes, n)
		case hasGrandKids(n) || (heading && len(n.kids) == 0 && p.onlyLeadIns(n)):
			// A heading above items that name no agency, or above a task
			// table ("II. NHIỆM VỤ" / "Các nhiệm vụ như sau:"): a section.
			section = true
		default:
			// An item that names no agency: an assignment of the
			// addressees of the opening sentence, or without assignees,
			// unless its tasks name their own.
			seenAssign = true
			p.assignments = append(p.assignments, p.assignment(n, label, addressees()))
		}
		if section {
			p.cover(b.start, b.end)
			for _, x := range n.extra {
				p.cover(p.blocks[x].start, p.blocks[x].end)
			}
			for i, k := range n.kids {
				walk(k, kidPrefix(label, b.mark, p.blocks[k.blk].mark), i, sec)
			}
		}
	}
	first := len(p.assignments)
	if len(p.roots) == 0 {
		p.unnumberedAssignments()
	}
	for i, r := range p.roots {
		walk(r, "", i, secOther)
	}
	if !introRead || len(intro) == 0 {
		ownUnowned(p.assignments[first:])
	}
	p.warnClosing()
}

// ownUnowned gives the assignments that name no one — the items of a
// plan's "NHIỆM VỤ, GIẢI PHÁP" — to the collective that a later
// assignment charges with the tasks ("III. TỔ CHỨC THỰC HIỆN … 2. Các sở,
// ban, ngành, UBND các huyện căn cứ nhiệm vụ được giao tổ chức thực
// hiện"): an assignment whose assignees are all collectives and whose
// text speaks of the tasks or the plan ("căn cứ nội dung Kế hoạch"). Their
// tasks without a lead are led by it.
func ownUnowned(as []Assignment) {
	unowned := false
	for i := range as {
		unowned = unowned || len(as[i].Assignees) == 0
	}
	if !unowned {
		return
	}
	owner := -1
	for i := range as {
		a := &as[i]
		if len(a.Assignees) == 0 {
			continue
		}
		all := true
		for _, pt := range a.Assignees {
			all = all && pt.Group
		}
		if f := vntext.Fold(a.Text).Text; all && (strings.Contains(f, "nhiem vu") || strings.Contains(f, "ke hoach")) {
			owner = i
			break
		}
	}
	if owner < 0 {
		return
	}
	ps := as[owner].Assignees
	for i := range as[:owner] {
		a := &as[i]
		if len(a.Assignees) > 0 {
			continue
		}
		a.Assignees = slices.Clone(ps)
		for k := range a.Tasks {
			leadUnled(&a.Tasks[k], ps)
		}
	}
}

// leadUnled makes ps the lead of t and of its subtasks that have none.
func leadUnled(t *Task, ps []Party) {
	if len(t.Lead) == 0 {
		t.Lead = slices.Clone(ps)
	}
	for k := range t.Subtasks {
		leadUnled(&t.Subtasks[k], ps)
	}
}

// isEffectClause reports whether item b says when the document takes
// effect: "Quyết định này có hiệu lực thi hành kể từ ngày ký …".
func isEffectClause(b *block) bool {
	s := b.f.Text[afterMarker(b):]
	k := strings.Index(s, " nay co hieu luc")
	return k >= 0 && k < 40
}

// isIssuingClause reports whether item b issues a document attached to
// the directive: "Ban hành kèm theo Quyết định này Kế hoạch …".
func isIssuingClause(b *block) bool {
	return strings.HasPrefix(b.f.Text[afterMarker(b):], "ban hanh kem theo")
}

// isStatement reports whether the text of item b is a sentence of its
// own rather than a title: it ends with a full stop or a semicolon, or
// runs past the length of a title, and does not lead in to its items
// with a colon.
func isStatement(b *block) bool {
	t := strings.TrimRight(b.text[b.mark.size:], " ")
	if t == "" || strings.HasSuffix(t, ":") {
		return false
	}
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") || len(b.f.Text)-afterMarker(b) > 160
}

// onlyLeadIns reports whether the paragraphs under item n only lead in to
// what follows ("Các nhiệm vụ cụ thể như sau:"), or there are none.
func (p *parser) onlyLeadIns(n *node) bool {
	b := &p.blocks[n.blk]
	if len(b.breaks) > 0 && !strings.HasSuffix(strings.TrimRight(b.text, " "), ":") {
		// The heading goes on with text of its own.
		return false
	}
	for _, x := range n.extra {
		if !strings.HasSuffix(strings.TrimRight(p.blocks[x].text, " "), ":") {
			return false
		}
	}
	return true
}

// unnumberedAssignments reads the assignments of a body without numbered
// items — a short công văn: "Giao Sở Y tế chủ trì, …, báo cáo kết quả
// trước ngày 30/6/2024." A paragraph that charges agencies — opening with
// "Giao", "Yêu cầu", "Đề nghị" and the agencies, or with the authority
// that speaks and its verb ("Chủ tịch UBND tỉnh giao Sở …") — is an
// assignment, numbered in order, also when it is the first or only
// paragraph of the body. A paragraph whose later clause charges agencies
// ("Thực hiện Văn bản số …; Chủ tịch UBND tỉnh giao Sở …") is cut there:
// the reference stays in the preamble, the clause is the assignment. Once
// the body has begun, no paragraph goes back to the preamble: one that
// opens with agencies ("Giám đốc Sở … phối hợp triển khai thực hiện./.")
// is an assignment too, one under an assignment that leads in to it with
// a colon is its task, and the others close the letter.
func (p *parser) unnumberedAssignments() {
	if len(p.preamble) == 0 {
		return
	}
	// The preamble's paragraphs are the last ones read into p.blocks.
	base := -1
	for k := range p.blocks {
		if p.blocks[k].start == p.preamble[0].start {
			base = k
		}
	}
	if base < 0 {
		return
	}
	var keep, after []block
	var items []*node
	var dflts [][]Party // the lead of each item that names none
	add := func(blk int, dflt []Party) {
		items = append(items, &node{blk: blk})
		dflts = append(dflts, dflt)
	}
	// addCharges adds the assignment of block blk, cut where a later
	// sentence charges agencies again ("Giao Sở Y tế …. Giao Sở Tài chính
	// …"): one assignment a sentence.
	addCharges := func(blk int) {
		for {
			b := &p.blocks[blk]
			_, _, body, _ := p.assignHead(b)
			if at := p.chargeClauseAfter(b, body, ".;"); at > 0 {
				x, y := p.splitBlock(*b, at)
				if p.chargeHead(&y) {
					if _, _, _, ok := p.assignHead(&y); ok {
						p.blocks[blk] = x
						p.chargeHead(&p.blocks[blk]) // its head again
						add(blk, nil)
						p.blocks = append(p.blocks, y)
						blk = len(p.blocks) - 1
						continue
					}
				}
			}
			add(blk, nil)
			return
		}
	}
	var dflt []Party
	begun := false // a lead-in ("… có ý kiến như sau:") opened the body
	pre := p.preamble
	for k := range pre {
		bk := base + k
		if bk >= len(p.blocks) || p.blocks[bk].start != pre[k].start {
			keep = append(keep, pre[k])
			continue
		}
		b := &p.blocks[bk]
		if p.chargeHead(b) {
			if _, _, _, ok := p.assignHead(b); ok {
				addCharges(bk)
				continue
			}
		}
		if len(items) == 0 && !begun {
			if at := p.chargeClause(b); at > 0 {
				x, y := p.splitBlock(*b, at)
				keep = append(keep, x)
				p.blocks = append(p.blocks, y)
				nb := &p.blocks[len(p.blocks)-1]
				if p.chargeHead(nb) {
					if _, _, _, ok := p.assignHead(nb); ok {
						addCharges(len(p.blocks) - 1)
						continue
					}
				}
				keep = keep[:len(keep)-1]
				p.blocks = p.blocks[:len(p.blocks)-1]
			}
			keep = append(keep, pre[k])
			if isLeadIn(b) {
				// The paragraphs after it are the instructions, of the
				// addressees it names or else of the recipients.
				begun = true
				saved := p.preamble
				p.preamble = pre[:k+1]
				if dflt = p.introParties(); len(dflt) == 0 {
					dflt = p.recipientParties()
				}
				p.preamble = saved
			}
			continue
		}
		if _, _, body, ok := p.assignHead(b); ok {
			if requestAt(b.f.Text, body) {
				// A request to the authority, or the note that closes a
				// letter sent on its behalf: no task.
				after = append(after, pre[k])
			} else {
				add(bk, nil)
			}
			continue
		}
		if len(items) > 0 {
			if last := items[len(items)-1]; len(after) == 0 && strings.HasSuffix(strings.TrimRight(p.blocks[last.blk].text, " "), ":") {
				last.kids = append(last.kids, &node{blk: bk, parent: last})
				continue
			}
		}
		if begun && len(dflt) > 0 && len(after) == 0 && !closesLetter(b) {
			add(bk, dflt)
			continue
		}
		after = append(after, pre[k])
	}
	if len(items) == 0 {
		return
	}
	p.preamble = keep
	if len(after) > 0 {
		p.closing = append(after, p.closing...)
	}
	for i, n := range items {
		p.assignments = append(p.assignments, p.assignment(n, strconv.Itoa(i+1), dflts[i]))
	}
}

// isLeadIn reports whether paragraph b leads in to the instructions that
// follow it: it ends with a colon or "sau" ("… có ý kiến chỉ đạo như
// sau:", "… yêu cầu các cơ quan thực hiện các nội dung sau") and speaks
// of charging or of the authority's opinion.
func isLeadIn(b *block) bool {
	s := strings.TrimRight(b.f.Text, " .;")
	if !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, " sau") && !strings.HasSuffix(s, " sau day") {
		return false
	}
	if k := strings.LastIndex(s, ". "); k >= 0 {
		s = s[k+2:] // its last sentence: "… đạt được kết quả: …. Chủ tịch UBND tỉnh yêu cầu:"
	}
	if strings.Contains(s, "ban hanh") {
		// "Thực hiện chỉ đạo của …, UBND tỉnh ban hành Kế hoạch như
		// sau:": the document's own parts follow.
		return false
	}
	for i := 0; i < len(s); i = pSkipSp(s, pWordEnd(s, i)) {
		switch {
		case pPhraseAt(s, i, introVerbs) >= 0:
			if !(pHasPhrase(s, i, "chi dao") && i >= 4 && s[i-4:i] == "ban ") {
				return true // not "Ban Chỉ đạo"
			}
		case pHasPhrase(s, i, "co y kien"), pHasPhrase(s, i, "y kien chi dao"):
			return true
		}
	}
	return false
}

// closesLetter reports whether paragraph b is the usual close of a letter:
// what to do when problems arise ("Trong quá trình thực hiện, nếu có khó
// khăn, vướng mắc, kịp thời báo cáo …").
func closesLetter(b *block) bool {
	s := b.f.Text
	return strings.Contains(s, "vuong mac") || strings.Contains(s, "kho khan") || strings.HasPrefix(s, "trong qua trinh")
}

// requestAt reports whether the text at folded offset i, after the
// agencies a paragraph opens with, asks the authority or informs rather
// than acts: "Sở Y tế đề nghị UBND tỉnh …", "… kiến nghị …", "… xin ý kiến
// …", and the formula that closes a letter sent on another's behalf,
// "Văn phòng Chính phủ thông báo để Bộ … biết, thực hiện./.".
func requestAt(s string, i int) bool {
	return pPhraseAt(s, i, []string{"de nghi", "kien nghi", "xin", "trinh", "bao cao ubnd", "bao cao uy ban", "thong bao", "tran trong"}) >= 0
}

// chargeClause returns the offset in b.text of a later clause of b that
// charges agencies ("Thực hiện Văn bản số …; Chủ tịch UBND tỉnh giao Sở
// …"): a clause after a semicolon, a comma or a full stop that chargeHead
// would take as a paragraph of its own. It returns 0 when there is none.
func (p *parser) chargeClause(b *block) int { return p.chargeClauseAfter(b, 0, ";,.") }

// chargeClauseAfter is chargeClause for the clauses after folded offset
// from that follow one of the marks in seps.
func (p *parser) chargeClauseAfter(b *block, from int, seps string) int {
	s := b.f.Text
	for i := from; i < len(s); i++ {
		if strings.IndexByte(seps, s[i]) < 0 {
			continue
		}
		j := pSkipSp(s, i+1)
		if j == i+1 || j >= len(s) {
			continue // "05/01.2024", or the end
		}
		if p.chargeAt(b, j) {
			return b.f.Orig(j)
		}
	}
	return 0
}

// chargeAt reports whether the clause of b at folded offset i charges
// agencies, as chargeHead reads a paragraph, without keeping its reading.
func (p *parser) chargeAt(b *block, i int) bool {
	s := b.f.Text
	if e := pPhraseAt(s, i, chargeVerbs); e >= 0 {
		lead, _ := b.partyListAt(pSkipSp(s, e))
		return len(lead) > 0
	}
	_, ok := p.chargedBy(b, i)
	return ok
}

// splitBlock cuts paragraph b at offset at of its text into the paragraph
// before (without its trailing spaces) and the paragraph from at on.
func (p *parser) splitBlock(b block, at int) (block, block) {
	x, y := b, b
	x.text = strings.TrimRight(b.text[:at], " ")
	y.text = b.text[at:]
	segAt := func(t int) int {
		return max(sort.Search(len(b.segs), func(i int) bool { return b.segs[i].at > t })-1, 0)
	}
	kx, ky := segAt(max(len(x.text)-1, 0)), segAt(at)
	x.segs = slices.Clone(b.segs[:kx+1])
	y.segs = make([]seg, 0, len(b.segs)-ky)
	for k, s := range b.segs[ky:] {
		if k == 0 {
			s.off += at - s.at
			s.at = 0
		} else {
			s.at -= at
		}
		y.segs = append(y.segs, s)
	}
	x.breaks, y.breaks = nil, nil
	for _, t := range b.breaks {
		if t < len(x.text) {
			x.breaks = append(x.breaks, t)
		} else if t > at {
			y.breaks = append(y.breaks, t-at)
		}
	}
	x.end = b.origEnd(p.lines, len(x.text))
	y.start = b.orig(p.lines, at)
	x.last = b.segs[kx].line
	y.first = b.segs[ky].line
	y.mark = marker{}
	x.f, y.f = p.arena.fold(x.text), p.arena.fold(y.text)
	x.head, y.head = nil, nil
	x.known, y.known = [3]int{}, [3]int{}
	return x, y
}

// The verbs a paragraph charging agencies opens with, folded.
var chargeVerbs = []string{"giao", "yeu cau", "de nghi"}

// chargeHead reports whether paragraph b opens by charging agencies:
// "Giao Sở Y tế …", or with the issuing authority named first, "Chủ tịch
// UBND tỉnh giao Sở Y tế …", "UBND tỉnh yêu cầu …", "Chủ tịch UBND tỉnh đề
// nghị Thủ trưởng các sở …". In the second form the head is read after the
// verb (and kept for assignHead): the addressees lead, not the authority
// that speaks.
func (p *parser) chargeHead(b *block) bool {
	s := b.f.Text
	if pPhraseAt(s, 0, chargeVerbs) >= 0 {
		return true
	}
	// Agencies that take the lead themselves: "Sở Y tế chủ trì, phối hợp
	// với …", "Công an tỉnh chịu trách nhiệm …".
	if ps, e := b.partyListAt(0); len(ps) > 0 && pPhraseAt(s, pSkipSp(s, e), leadVerbs) >= 0 {
		return true
	}
	h, ok := p.chargedBy(b, 0)
	if ok {
		b.head = &h
	}
	return ok
}

// isIssuer reports whether the party r of b is the body that issues the
// directive (or its head: "Giám đốc Sở Y tế" in a letter of Sở Y tế).
func (p *parser) isIssuer(b *block, r partyRef) bool {
	_, body := splitIssuer(p.h.issuer)
	if body == "" {
		return false
	}
	pt := p.parties(b, []partyRef{r})
	if len(pt) != 1 {
		return false
	}
	if reg := p.opts.Registry; reg != nil && pt[0].ID != "" {
		if m, ok := reg.Resolve(body, &agency.Options{Locality: p.locality}); ok {
			return m.ID == pt[0].ID
		}
	}
	name := vntext.Fold(pt[0].Name).Text
	return name != "" && strings.HasPrefix(vntext.Fold(body).Text, name)
}

// leadVerbs, folded, say that the agencies before them lead a task.
var leadVerbs = []string{"chu tri", "chiu trach nhiem", "co trach nhiem"}

// The verbs by which an authority named first charges agencies, folded.
var authorityVerbs = []string{"giao nhiem vu cho", "giao cho", "giao", "yeu cau", "de nghi", "chi dao"}

// chargedBy reads, at folded offset i of b, an authority that charges
// agencies ("Chủ tịch UBND tỉnh giao Sở Y tế …"): the head of the
// assignment, led by the agencies after the verb.
func (p *parser) chargedBy(b *block, i int) (headResult, bool) {
	s := b.f.Text
	subj, e := b.partyListAt(i)
	if len(subj) != 1 || subj[0].group {
		// "UBND các huyện chỉ đạo UBND cấp xã …": bodies that answer
		// for what they direct.
		return headResult{}, false
	}
	if f := s[i:e]; !strings.Contains(f, "ubnd tinh") && !strings.Contains(f, "uy ban nhan dan tinh") && !strings.Contains(f, "ban chi dao") && !strings.Contains(f, "thu tuong") && !p.isIssuer(b, subj[0]) {
		// Only the authority that issues directives (the provincial
		// committee, a steering committee, the Prime Minister), or the
		// body that issues this one, charges others: "Sở Y tế đề nghị
		// UBND tỉnh …" is a request to it, unless Sở Y tế writes, and
		// "UBND huyện chỉ đạo UBND các xã …" is the district's own task.
		return headResult{}, false
	}
	w := pPhraseAt(s, pSkipSp(s, e), authorityVerbs)
	if w < 0 {
		return headResult{}, false
	}
	lead, e2 := b.partyListAt(pSkipSp(s, w))
	if len(lead) == 0 {
		return headResult{}, false
	}
	j := pSkipSp(s, e2)
	if j < len(s) && s[j] == ':' {
		return headResult{lead: lead, body: pSkipSp(s, j+1), ok: true}, true
	}
	coop, j := coopAfter(b, j)
	return headResult{lead: lead, coop: coop, body: j, ok: true}, true
}

// isCitation reports whether item n is a cited document ("1. Quyết định
// số 924/QĐ-TTg ngày …;"): its text opens with a citation.
func (p *parser) isCitation(n *node) bool {
	b := &p.blocks[n.blk]
	at := b.orig(p.lines, b.f.Orig(afterMarker(b)))
	k, _ := slices.BinarySearchFunc(p.docRefs, at, func(r Reference, t int) int { return r.Span.Start - t })
	return k < len(p.docRefs) && p.docRefs[k].Span.Start == at
}

// allCitations reports whether every item of ns is a cited document.
func (p *parser) allCitations(ns []*node) bool {
	for _, n := range ns {
		if !p.isCitation(n) {
			return false
		}
	}
	return true
}

// workIn reads the deadlines and targets that the paragraphs of item n and
// of its items state, calling f with the span and text of each; f returns
// false to stop.
func (p *parser) workIn(n *node, f func(what string, sp Span, text string) bool) bool {
	b := &p.blocks[n.blk]
	if !p.workInBlock(b, b.f.Orig(afterMarker(b)), f) {
		return false
	}
	for _, x := range n.extra {
		if !p.workInBlock(&p.blocks[x], 0, f) {
			return false
		}
	}
	for _, k := range n.kids {
		if !p.workIn(k, f) {
			return false
		}
	}
	return true
}

// workInBlock is workIn for the text of b from offset a on.
func (p *parser) workInBlock(b *block, a int, f func(what string, sp Span, text string) bool) bool {
	var t Task
	nw := len(p.warns)
	defer func() { p.warns = p.warns[:nw] }() // only the finding counts
	p.analyze(&t, b, a, len(b.text))
	for _, x := range p.deadlineCandidates(t.Times) {
		if p.isDue(x) && !f("deadline", x.Span(), x.Text) {
			return false
		}
	}
	for _, tg := range t.Targets {
		sp := Span{tg.Start, tg.End}
		if !f("target", sp, p.text[sp.Start:sp.End]) {
			return false
		}
	}
	return true
}

// warnClosing reports each deadline and target that the closing
// paragraphs state: the document sets them, but no task carries them.
func (p *parser) warnClosing() {
	var ws []Warning
	for k := range p.closing {
		b := &p.closing[k]
		if f := b.f.Text; !strings.ContainsAny(f, "0123456789") && !strings.Contains(f, "hang ") && !strings.Contains(f, "dinh ky") && !foldedMayHoldPercent(f) {
			continue // no date, cadence or percentage to read
		}
		p.workInBlock(b, 0, func(what string, sp Span, text string) bool {
			ws = append(ws, Warning{Span: sp, Msg: what + " in the closing not assigned to any task: \"" + pClip(joinFields(text)) + "\""})
			return true
		})
	}
	p.warns = append(p.warns, ws...)
}

// isDue reports whether x sets a time that work is due: a deadline with a
// due date or a recurrence, or a date or period named as the time to
// finish. Ongoing duties ("thường xuyên") and open starts are not, nor is
// the time a document takes effect ("có hiệu lực kể từ ngày ký").
func (p *parser) isDue(x TimeExpr) bool {
	ok := false
	switch x.Expr.Kind {
	case calendar.KindRecurrence:
		ok = true
	case calendar.KindDeadline, calendar.KindRelative:
		_, ok = x.Expr.Due()
	default:
		ok = !p.completionIn([]TimeExpr{x}).IsZero()
	}
	if !ok {
		return false
	}
	a := max(0, x.Expr.Start-40)
	return !strings.Contains(vntext.Fold(p.text[a:x.Expr.Start]).Text, "hieu luc")
}

// holdsWork reports whether item n or its items state a deadline or a
// target.
func (p *parser) holdsWork(n *node) bool {
	found := false
	p.workIn(n, func(string, Span, string) bool { found = true; return false })
	return found
}

// warnUnassigned reports each deadline and target that item n, kept in the
// preamble, states: the document sets them, but no task carries them.
func (p *parser) warnUnassigned(n *node) {
	var ws []Warning
	p.workIn(n, func(what string, sp Span, text string) bool {
		ws = append(ws, Warning{Span: sp, Msg: what + " in the preamble not assigned to any task: \"" + pClip(joinFields(text)) + "\""})
		return true
	})
	p.warns = append(p.warns, ws...)
}

// joinLabel builds an item's label from its section prefix and marker.
func joinLabel(prefix string, m marker) string {
	l := m.label
	if prefix == "" {
		return l
	}
	if l == "" {
		return prefix
	}
	return prefix + "." + l
}

// kidPrefix is the prefix section item m, labelled label, gives its item
// km: a "1.1" item under "1." prints its parents itself, an "a)" item
// under "1." takes "1" ("1.a").
func kidPrefix(label string, m, km marker) string {
	if m.kind == markNumber && !(km.kind == markNumber && strings.HasPrefix(km.label, m.label+".")) {
		return label
	}
	return sectionPrefix(label, m)
}

// sectionPrefix is the prefix a section gives its items: a Roman section
// gives its numeral and an article its whole label ("Điều 2.1", as the
// tasks of an article that is itself an assignment are labelled, titled
// or not); a numbered section "1." gives nothing to "1.1" items, which
// print their own parents.
func sectionPrefix(label string, m marker) string {
	if m.kind == markNumber {
		k := strings.LastIndexByte(label, '.')
		if k >= 0 {
			return label[:k]
		}
		return ""
	}
	return label
}

// taskSrc is the source of a task's text: a folded range of a block, and
// further paragraphs.
type taskSrc struct {
	blk, a, e int
	extra     []int
	inline    bool // the text of an inline assignment, after its assignees
}

// assignment builds the assignment of item n; dflt are its assignees when
// it names none.
func (p *parser) assignment(n *node, label string, dflt []Party) Assignment {
	b := &p.blocks[n.blk]
	a := Assignment{Label: label}
	span := Span{b.start, b.end}
	var lead, coop []Party
	var ftimes []TimeExpr
	var srcs []taskNode
	if n.viaField {
		a.Text = b.text[b.mark.size:]
		var walk func(m *node)
		walk = func(m *node) {
			mb := &p.blocks[m.blk]
			span = pSpanUnion(span, Span{mb.start, mb.end})
			for _, x := range m.extra {
				span = pSpanUnion(span, Span{p.blocks[x].start, p.blocks[x].end})
			}
			switch m.field {
			case fieldLead, fieldAgencies:
				ps := p.partiesIn(mb, m.fieldVal, len(mb.f.Text))
				lead = append(lead, ps...)
			case fieldCooperate:
				coop = append(coop, p.partiesIn(mb, m.fieldVal, len(mb.f.Text))...)
			case fieldTime:
				ftimes = append(ftimes, asCompletion(p.timesIn(mb, m.fieldVal, len(mb.f.Text)))...)
			case fieldTasks:
				if m.fieldVal < len(mb.f.Text) {
					srcs = append(srcs, taskNode{src: taskSrc{blk: m.blk, a: m.fieldVal, e: len(mb.f.Text), extra: m.extra}})
				} else {
					for _, x := range m.extra {
						srcs = append(srcs, taskNode{src: taskSrc{blk: x, a: 0, e: len(p.blocks[x].f.Text)}})
					}
				}
				for _, k := range m.kids {
					srcs = append(srcs, taskNode{n: k})
				}
				return
			case fieldOther:
			}
			for _, k := range m.kids {
				walk(k)
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
		for _, x := range n.extra {
			span = pSpanUnion(span, Span{p.blocks[x].start, p.blocks[x].end})
		}
		if len(srcs) == 0 {
			srcs = append(srcs, taskNode{src: taskSrc{blk: n.blk, a: afterMarker(b), e: len(b.f.Text)}})
		}
	} else {
		hl, hc, body, ok := p.assignHead(b)
		from := body
		if ok {
			lead = p.parties(b, hl)
			coop = p.parties(b, hc)
			from = pSkipSp(b.f.Text, hl[len(hl)-1].end)
		} else {
			body = afterMarker(b)
			from = body
			lead = dflt
		}
		s := b.f.Text
		rest := strings.TrimSpace(strings.Trim(s[body:], " :.;"))
		intro := len(n.kids) > 0 && strings.HasSuffix(strings.TrimSpace(s), ":")
		if !ok && (len(n.kids) > 0 || (len(n.extra) > 0 && headingKind(b) != secOther)) {
			intro = true // a heading that names no agency is no task
		}
		if rest != "" && !intro {
			// An inline assignment: its text is one task, from the end of
			// the assignees on ("phối hợp với Công an thành phố tổ chức …").
			a.Text = b.text[b.mark.size:]
			if from < len(s) && s[from] == ':' {
				from = pSkipSp(s, from+1)
			}
			srcs = append(srcs, taskNode{src: taskSrc{blk: n.blk, a: from, e: len(s), inline: ok}})
		} else if !ok || intro {
			a.Text = strings.TrimRight(strings.TrimSpace(b.text[b.mark.size:]), " :")
		} else {
			a.Text = strings.TrimSpace(b.text[b.mark.size:b.f.Orig(body)])
			a.Text = strings.TrimRight(a.Text, " :")
		}
		for _, x := range n.extra {
			srcs = append(srcs, taskNode{src: taskSrc{blk: x, a: 0, e: len(p.blocks[x].f.Text)}})
		}
		for _, k := range n.kids {
			srcs = append(srcs, taskNode{n: k})
		}
	}
	a.Text = strings.TrimSpace(a.Text)
	a.Assignees = lead
	a.Cooperating = coop
	ctx := taskCtx{lead: lead, coop: coop, fieldTime: ftimes}
	pos := 0
	folds := make([]string, 0, len(srcs))
	if a.Tasks == nil && len(srcs) > 0 {
		a.Tasks = make([]Task, 0, len(srcs)) // one task per source
	}
	for _, t := range srcs {
		pos++
		task := p.task(t, label, pos, ctx)
		folds = append(folds, p.foldedOf(t))
		span = pSpanUnion(span, task.Span)
		a.Tasks = append(a.Tasks, task)
	}
	a.Span = span
	p.cover(span.Start, span.End)
	p.topFolds = append(p.topFolds, folds)
	return a
}

// foldedOf returns the folded text of a task's own source (not of its
// subtasks).
func (p *parser) foldedOf(t taskNode) string {
	src := t.src
	if t.n != nil {
		b := &p.blocks[t.n.blk]
		src = taskSrc{blk: t.n.blk, a: afterMarker(b), e: len(b.f.Text), extra: t.n.extra}
	}
	s := p.blocks[src.blk].f.Text[src.a:src.e]
	for _, x := range src.extra {
		s += " " + p.blocks[x].f.Text
	}
	return s
}

// A taskNode is either an outline item or a bare text source.
type taskNode struct {
	n   *node
	src taskSrc
}

// taskCtx is what a task inherits from above it.
type taskCtx struct {
	lead, coop []Party
	fieldTime  []TimeExpr
	deadline   TimeExpr
}

// task builds one task and its subtasks.
func (p *parser) task(t taskNode, parent string, pos int, ctx taskCtx) Task {
	src := t.src
	var kids []*node
	lbl := strconv.Itoa(pos)
	if t.n != nil {
		b := &p.blocks[t.n.blk]
		src = taskSrc{blk: t.n.blk, a: afterMarker(b), e: len(b.f.Text), extra: t.n.extra}
		kids = t.n.kids
		if m := b.mark; m.label != "" && m.kind != markDash && m.kind != markPlus {
			lbl = m.label
		}
	}
	task := Task{Label: parent + "." + lbl}
	b := &p.blocks[src.blk]
	ta, tb := b.f.Orig(src.a), b.f.Orig(src.e)
	texts := []string{strings.TrimSpace(b.text[ta:tb])}
	task.Span = b.span(p.lines, ta, tb)
	p.analyze(&task, b, ta, tb)
	clause, first, named := b.taskRoles(src.a, src.e)
	if src.inline {
		// "Giao A phối hợp với B …": A leads, B cooperates.
		clause, first = roleNone, nil
	}
	firstP := p.parties(b, first)
	otherP := p.parties(b, namedNotIn(named, first))
	for _, x := range src.extra {
		xb := &p.blocks[x]
		texts = append(texts, xb.text)
		task.Span = pSpanUnion(task.Span, Span{xb.start, xb.end})
		p.analyze(&task, xb, 0, len(xb.text))
		_, _, more := xb.taskRoles(0, len(xb.f.Text))
		otherP = appendParties(otherP, p.parties(xb, more))
	}
	task.Text = strings.Join(texts, " ")
	if clause == roleNone && !src.inline {
		// A task that opens with an agency of its own: "(1) Bộ Tài chính
		// giải quyết …", "- Sở Y tế chủ trì …".
		if ps, e := b.partyListAt(src.a); len(ps) > 0 && !pHasPhrase(b.f.Text, pSkipSp(b.f.Text, e), "phoi hop") {
			own := true
			for _, r := range ps {
				if r.group && r.nameStart == r.start {
					own = false
				}
			}
			if own {
				ctx.lead = p.parties(b, ps)
			}
		}
	}
	if il, ic := b.inlineFields(src.a, src.e); len(il) > 0 || len(ic) > 0 {
		// The task names its own lead and cooperating agencies.
		if len(il) > 0 {
			ctx.lead = p.parties(b, il)
			clause, firstP = roleNone, nil
		}
		otherP = appendParties(otherP, p.parties(b, ic))
	}
	switch {
	case clause == roleCooperateTo && len(firstP) > 0:
		task.Lead = firstP
		task.Cooperating = appendParties(appendParties(nil, ctx.lead), otherP)
	case clause == roleLeadWith:
		task.Lead = slices.Clone(ctx.lead)
		task.Cooperating = appendParties(appendParties(nil, firstP), otherP)
		task.Cooperating = appendParties(task.Cooperating, ctx.coop)
	default:
		task.Lead = slices.Clone(ctx.lead)
		task.Cooperating = appendParties(appendParties(appendParties(nil, ctx.coop), firstP), otherP)
	}
	task.Deadline = governingStrong(p.deadlineCandidates(task.Times))
	if task.Deadline.IsZero() && len(ctx.fieldTime) > 0 {
		task.Deadline = governing(ctx.fieldTime)
	}
	if task.Deadline.IsZero() {
		task.Deadline = ctx.deadline
	}
	if task.Deadline.IsZero() {
		task.Deadline = p.completionIn(task.Times)
	}
	sub := taskCtx{lead: task.Lead, coop: nil, deadline: task.Deadline}
	for k, kid := range kids {
		st := p.task(taskNode{n: kid}, task.Label, k+1, sub)
		task.Span = pSpanUnion(task.Span, st.Span)
		task.Subtasks = append(task.Subtasks, st)
	}
	if task.Deadline.IsZero() {
		task.Deadline = latestDeadline(task.Subtasks)
	}
	return task
}

// namedNotIn returns the parties of all that are not in first.
func namedNotIn(all, first []partyRef) []partyRef {
	var out []partyRef
outer:
	for _, a := range all {
		for _, f := range first {
			if a == f {
				continue outer
			}
		}
		out = append(out, a)
	}
	return out
}

// appendParties appends the parties of b to a, skipping names already
// there.
func appendParties(a, b []Party) []Party {
outer:
	for _, x := range b {
		for _, y := range a {
			if strings.EqualFold(x.Name, y.Name) {
				continue outer
			}
		}
		a = append(a, x)
	}
	return a
}

// analyze adds the time expressions, targets and references of
// b.text[ta:tb] to task.
func (p *parser) analyze(task *Task, b *block, ta, tb int) {
	sub := b.text[ta:tb]
	// The citations inside this piece, from those found once in the whole
	// text, added to the task's at once (refs is this piece's share).
	n := len(task.References)
	whole := b.span(p.lines, ta, tb)
	k, _ := slices.BinarySearchFunc(p.docRefs, whole.Start, func(r Reference, t int) int { return r.Span.Start - t })
	for ; k < len(p.docRefs) && p.docRefs[k].Span.Start < whole.End; k++ {
		if r := &p.docRefs[k]; r.Span.End <= whole.End {
			task.References = append(task.References, *r)
		}
	}
	refs := task.References[n:]
	// The block is folded already: the expressions are read from its
	// folding (folded again, text is itself) and mapped back.
	fa := b.f.Index(ta)
	ft := b.f.Text[fa:max(b.f.Index(tb), fa)]
	for _, f := range calendar.FindAllWith(ft, p.ref, p.calOpts) {
		xs := max(b.f.Orig(fa+f.Expr.Start), ta)
		xe := min(b.f.Orig(fa+f.Expr.End), tb)
		sp := b.span(p.lines, xs, xe)
		if inRefs(refs, sp.Start, sp.End) || p.inCitedTitle(f.Expr, sp) {
			// The date of a cited document, not of the task.
			continue
		}
		if f.Err != nil {
			// Quoted as the document says it, in NFC as the whole
			// result is.
			in := b.text[xs:xe]
			at := min(max(b.f.Orig(fa+f.Expr.Start+f.Err.Offset)-xs, 0), len(in))
			if !norm.NFC.IsNormalString(in) {
				at = len(norm.NFC.String(in[:at]))
				in = norm.NFC.String(in)
			}
			err := &calendar.ParseError{Input: in, Offset: at, Msg: f.Err.Msg}
			p.warn(sp, "time expression names no date: "+err.Error())
			continue
		}
		e := f.Expr
		e.Start, e.End = sp.Start, sp.End
		task.Times = append(task.Times, TimeExpr{Text: b.text[xs:xe], Expr: e})
	}
	var targets []kpi.Target
	if foldedMayHoldPercent(ft) {
		targets = kpi.FindTargetsAsOf(sub, p.ref)
	}
	for _, tg := range targets {
		sp := b.span(p.lines, ta+tg.Start, ta+tg.End)
		ms := b.span(p.lines, ta+tg.MetricStart, ta+tg.MetricEnd)
		if tg.MetricEnd <= tg.MetricStart {
			ms = Span{}
		}
		tg.Start, tg.End = sp.Start, sp.End
		tg.MetricStart, tg.MetricEnd = ms.Start, ms.End
		if tg.BaselineEnd > tg.BaselineStart {
			bs := b.span(p.lines, ta+tg.BaselineStart, ta+tg.BaselineEnd)
			tg.BaselineStart, tg.BaselineEnd = bs.Start, bs.End
		}
		task.Targets = append(task.Targets, tg)
	}
}

// inCitedTitle reports whether the expression e at input span sp is the
// time span in the title of the document cited just before it: "Nghị
// quyết số 08-NQ/TU … về chuyển đổi số đến năm 2025, định hướng đến năm
// 2030", "Đề án … giai đoạn 2021-2025". Only horizons ("đến năm 2030")
// and phases of years are read so, not a year alone ("Kế hoạch triển
// khai Đề án 06/CP năm 2024" is the plan's year); the title ends at a ";", ".", ":" or "(", or at a comma
// before the task's own words ("…, hoàn thành trong năm 2025").
func (p *parser) inCitedTitle(e calendar.Expr, sp Span) bool {
	if g := e.Period.Grain; g != calendar.GrainYear && g != calendar.GrainYears {
		return false
	}
	switch {
	case e.Kind == calendar.KindPeriod && e.Period.Grain == calendar.GrainYears:
	case e.Kind == calendar.KindDeadline && e.Relation == calendar.RelationUntil:
	default:
		// "trong năm 2024", "trước năm 2025": the task's own time.
		return false
	}
	k, _ := slices.BinarySearchFunc(p.docRefs, sp.Start, func(r Reference, t int) int { return r.Span.Start - t })
	if k == 0 {
		return false
	}
	r := &p.docRefs[k-1]
	if r.Span.End > sp.Start || sp.Start-r.Span.End > 240 {
		return false
	}
	if strings.ContainsAny(p.text[r.Span.End:sp.Start], ";.:()") {
		return false
	}
	gap := p.arena.scratch(p.text[r.Span.End:sp.Start]).Text
	for c := strings.IndexByte(gap, ','); c >= 0; {
		w := pSkipSp(gap, c+1)
		if pPhraseAt(gap, w, titleEnds) >= 0 {
			return false
		}
		n := strings.IndexByte(gap[c+1:], ',')
		if n < 0 {
			break
		}
		c += 1 + n
	}
	return pPhraseAt(strings.TrimSpace(gap[max(0, len(gap)-12):]), 0, titleEnds) < 0
}

// The words that open a task's own clause after a cited title, folded.
var titleEnds = []string{"hoan thanh", "phan dau", "bao dam", "dam bao", "dat", "xong", "bao cao", "trien khai", "thuc hien", "trong do", "cu the", "chiu trach nhiem", "trong nam", "truoc"}

// timesIn returns the time expressions of the folded range [a, e) of b.
func (p *parser) timesIn(b *block, a, e int) []TimeExpr {
	var t Task
	p.analyze(&t, b, b.f.Orig(a), b.f.Orig(e))
	return t.Times
}

// governing picks the expression that governs a task: the first deadline,
// offset, recurrence, open start, duty or event; else the first date or
// period.
func governing(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		if t.Expr.Kind == calendar.KindRecurrence && t.Expr.Recurrence.Every == calendar.GrainUnknown {
			continue // a bare "định kỳ"
		}
		switch t.Expr.Kind {
		case calendar.KindDeadline, calendar.KindRelative, calendar.KindRecurrence,
			calendar.KindOpen, calendar.KindOngoing, calendar.KindEvent:
			return t
		}
	}
	for _, t := range ts {
		switch t.Expr.Kind {
		case calendar.KindDate, calendar.KindPeriod:
			return t
		}
	}
	return TimeExpr{}
}

// governingStrong is governing without the fallback to a date or period.
func governingStrong(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		if t.Expr.Kind == calendar.KindRecurrence && t.Expr.Recurrence.Every == calendar.GrainUnknown {
			continue // a bare "định kỳ" says no cadence: it governs nothing
		}
		switch t.Expr.Kind {
		case calendar.KindDeadline, calendar.KindRelative, calendar.KindRecurrence,
			calendar.KindOpen, calendar.KindOngoing, calendar.KindEvent:
			return t
		}
	}
	return TimeExpr{}
}

// latestDeadline returns the subtask deadline that falls due last.
func latestDeadline(ts []Task) TimeExpr {
	var best TimeExpr
	var bestDue calendar.Date
	for _, t := range ts {
		d, ok := t.Deadline.Expr.Due()
		if ok && (bestDue == calendar.Date{} || d.After(bestDue)) {
			best, bestDue = t.Deadline, d
		}
	}
	return best
}

// parties converts party references of b into Parties.
func (p *parser) parties(b *block, refs []partyRef) []Party {
	var out []Party
	if len(refs) > 0 {
		out = make([]Party, 0, len(refs))
	}
	for _, r := range refs {
		sp := b.foldedSpan(p.lines, r.start, r.end)
		pt := Party{Name: b.partyName(r), Title: b.partyTitle(r), Group: r.group, Span: sp}
		if p.opts.Registry != nil {
			if m, ok := p.opts.Registry.Resolve(pt.Name, &agency.Options{Locality: p.locality}); ok {
				pt.ID = m.ID
				pt.Group = pt.Group || m.Group
			}
		}
		out = append(out, pt)
	}
	return out
}

// partiesIn reads the parties in the folded range [a, e) of b: a list, or
// when no name is recognised, the whole text as one party.
func (p *parser) partiesIn(b *block, a, e int) []Party {
	refs, _ := b.partyListAt(a)
	if len(refs) > 0 {
		return p.parties(b, refs)
	}
	s := strings.TrimSpace(strings.TrimRight(b.text[b.f.Orig(a):b.f.Orig(e)], " .;"))
	if s == "" {
		return nil
	}
	return []Party{{Name: s, Span: b.foldedSpan(p.lines, a, e)}}
}

func pSpanUnion(a, b Span) Span {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	return Span{min(a.Start, b.Start), max(a.End, b.End)}
}

// inRefs reports whether [a, b) lies inside one of the citations.
func inRefs(refs []Reference, a, b int) bool {
	for _, r := range refs {
		if r.Span.Start <= a && b <= r.Span.End {
			return true
		}
	}
	return false
}

// asCompletion reads the dates and periods of a time field or column
// ("Thời gian hoàn thành: Quý IV/2025") as deadlines within them: the task
// is to be done by the end of the period named.
func asCompletion(ts []TimeExpr) []TimeExpr {
	for i, t := range ts {
		if k := t.Expr.Kind; k == calendar.KindPeriod || k == calendar.KindDate {
			ts[i].Expr.Kind = calendar.KindDeadline
			ts[i].Expr.Relation = calendar.RelationWithin
		}
	}
	return ts
}

// completionIn returns the first date or period of ts that the text names
// as the time to finish ("hoàn thành năm 2025", "thời hạn: quý III/2024"),
// read as a deadline within it. A date or period named otherwise ("Kế
// hoạch … năm 2024", "Chỉ số … năm 2025") says what the task is about, not
// when it is due, and is no deadline.
func (p *parser) completionIn(ts []TimeExpr) TimeExpr {
	for _, t := range ts {
		if k := t.Expr.Kind; k != calendar.KindPeriod && k != calendar.KindDate {
			continue
		}
		if pr := t.Expr.Period; t.Expr.Kind == calendar.KindPeriod && pr.First != pr.Last &&
			strings.HasPrefix(vntext.String(t.Text[:min(len(t.Text), 12)]), "tu ") {
			// "từ ngày 01/6/2024 đến ngày 30/6/2024": the work is done
			// within the span, so it is due on its last day.
			return asCompletion([]TimeExpr{t})[0]
		}
		a := max(0, t.Expr.Start-48)
		before := vntext.Fold(p.text[a:t.Expr.Start]).Text
		for _, w := range []string{"hoan thanh", "thoi han", "thoi gian", "xong", "han chot", "truoc"} {
			if strings.Contains(before, w) {
				c := asCompletion([]TimeExpr{t})
				return c[0]
			}
		}
	}
	return TimeExpr{}
}

// deadlineCandidates leaves out of ts the expressions that say whose
// requirements are followed rather than when: "theo yêu cầu của Bộ …".
func (p *parser) deadlineCandidates(ts []TimeExpr) []TimeExpr {
	// ts itself until one is left out, then a copy of the rest.
	var out []TimeExpr
	for i, t := range ts {
		if ft := vntext.Fold(t.Text).Text; t.Expr.Kind == calendar.KindEvent && strings.HasPrefix(ft, "theo ") {
			// The calendar's span holds "của …" (a condition's whole
			// phrase); older spans stopped before it.
			e := t.Expr.End
			after := vntext.String(p.text[e:min(len(p.text), e+12)])
			if strings.Contains(ft, " cua ") || strings.HasPrefix(strings.TrimLeft(after, " "), "cua ") {
				if out == nil {
					out = make([]TimeExpr, i, len(ts))
					copy(out, ts[:i])
				}
				continue
			}
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return ts
	}
	return out
}

// foldedMayHoldPercent reports whether the folded text f may hold a
// percentage target: a "%" or "％" sign, or "tram" of "phần trăm" (which
// also lets "trạm" through; the target finder says no). Text without
// either is not given to the target finder.
func foldedMayHoldPercent(f string) bool {
	return strings.IndexByte(f, '%') >= 0 || strings.Contains(f, "tram") || strings.Contains(f, "％")
}

// hasGrandKids reports whether an item of n has items of its own.
func hasGrandKids(n *node) bool {
	for _, k := range n.kids {
		if len(k.kids) > 0 {
			return true
		}
	}
	return false
}
