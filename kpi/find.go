package kpi

import (
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// A Statistic is a percentage in a text that reports a state or a change
// rather than setting a target: "mới đạt 39,5%", "đã đạt 85%", "(chiếm
// 52,3%)", "tăng 12% so với cùng kỳ", a table cell "99.4%".
type Statistic struct {
	// Value is the percentage as written.
	Value Percent

	// Num and Den are the counts stated with it, when the text gives them
	// and they agree with Value to its written precision ("3.507/6.708
	// (chiếm 52,3%)"); both are zero otherwise.
	Num, Den int64

	// Change reports a change ("tăng 12% so với cùng kỳ") rather than a
	// level.
	Change bool

	// Text is the percentage with the report word before it ("mới đạt
	// 39,5%"), white space collapsed; Start and End are its byte span in the
	// source.
	Text       string
	Start, End int // span of Text in the source
}

// FindTargets returns every target set in text, in order, with spans into
// text. Progress statistics are left out; see [Find].
func FindTargets(text string) []Target {
	t, _ := find(text, nil, calendar.Date{}, false, true, false)
	return t
}

// FindStatistics returns every percentage in text that is not a target:
// progress statistics, shares, changes and table values, in order.
func FindStatistics(text string) []Statistic {
	_, s := find(text, nil, calendar.Date{}, false, false, true)
	return s
}

// Find returns the targets and, separately, the progress statistics in text.
// Every percentage of the text is in exactly one of the two lists. Spans
// within each list are in order and do not overlap.
//
// A percentage is a target when the words before it in its clause set a goal
// or a requirement (phấn đấu, bảo đảm/đảm bảo, mục tiêu, chỉ tiêu, hoàn
// thành, phải, cho, đạt …), when a comparison word stands before it (tối
// thiểu, ít nhất, không thấp hơn, từ … trở lên, trên, hơn, vượt, tối đa,
// không quá, không vượt quá, dưới, a range "từ 70% đến 80%"), or when it is
// 100% or opens a clause and a noun phrase follows ("100% hệ thống thông tin
// …"). It is a statistic when report words come between the goal words and
// it (đã, mới, chỉ đạt, cơ bản, chiếm, đạt được, hiện nay, tính đến, là,
// còn), when counts "a/b" precede it, when it stands in parentheses, when
// "so với" follows it, when the sentence goes on comparing it ("…, thấp hơn
// bình quân cả nước", "tăng 2,1% so với năm 2023"), when the sentence opens
// with a report adverbial ("Thời gian qua", "Đến nay", "Theo báo cáo"), when
// its sentence ties it to a past period or a comparison with one ("năm
// trước", "vừa qua", "so cùng kỳ", "So với năm 2022, …"; with [FindAsOf] also
// "năm 2023" in a text of 2024) or states it as a fact ("100% trẻ em … đều
// được hưởng") with no demand word (phấn đấu, bảo đảm, mục tiêu, chỉ tiêu,
// phải, cần, yêu cầu) nearer to it, or when nothing marks it as a target.
// A goal date framing the clause ("Đến hết năm 2025, 95% xã …") makes it a
// target. Last, what governs the figure decides (govern.go): a figure
// governed by a verb of entitlement, payment, ownership or award, a
// condition or a preposition ("được hỗ trợ 100% học phí", "khi có ít nhất
// 80% tổng số thành viên", "với 100% vốn góp"), a rate defined by "bằng" or
// taken of a sum of money with no goal verb governing it ("bằng 160% giá",
// "30% chi phí"), an estimate or an excess over a plan ("đạt khoảng 61%",
// "vượt 21,3% kế hoạch"), a figure whose predicate is done ("… đã được
// số hóa"), a figure inside a condition, whatever demand the condition holds
// ("Trường hợp cần thiết phải điều chỉnh mức giá … cao hơn từ trên 15% …",
// "… với điều kiện … phải có vốn đối ứng ít nhất 50%"), and a figure in an
// item of a list whose lead-in names criteria and sets no goal ("… có ít
// nhất 02 trong 03 tiêu chí sau đây:" / "- Tỷ lệ hộ … dưới 90%.") are no
// targets; a demand in parentheses after it ("100% (phấn
// đấu)") or a goal label before it ("Chỉ tiêu …: -5%") makes one, and a
// change that opens its sentence is a command ("Tăng 15% so với năm
// 2024", its Baseline "năm 2024"). A range may bound each end ("từ trên
// 15% đến không quá 30%"); a minus sign is a decrease ("-5%": Verb "giảm").
// A percentage that only follows a target
// ("… 30% trở lên trong năm 2024 và 50% trong năm 2025") repeats its operator
// and metric; its metric span is then empty.
//
// The metric of a target is the noun phrase after the percentage, to the end
// of its clause: it stops at . ; : ( ), at a paragraph break, at a comma or
// "và" that opens a new clause (a verb such as "giảm", "bảo đảm", "hoàn
// thành", another percentage), at a time phrase ("trước ngày", "trong năm
// 2025", "đến hết năm", "chậm nhất"), at a purpose ("để", "nhằm"), and before
// "của" + an agency. When no noun phrase follows, the metric is the subject
// before the operator ("Tỷ lệ hồ sơ trực tuyến đạt 80%"). When neither
// names it ("năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45,2%; năm 2024 phấn đấu
// đạt 60%"), it is the named ratio (tỷ lệ, tỷ trọng, mức độ, chỉ số) before
// an earlier figure of the paragraph, with no bullet between; its metric
// span is then empty.
func Find(text string) ([]Target, []Statistic) {
	return find(text, nil, calendar.Date{}, false, true, true)
}

// FindAsOf is [Find] for a text written on ref, the document's issue date. A
// figure tied to a period that ended before ref — "năm 2023 tỷ lệ hồ sơ trực
// tuyến đạt 45,2%" in a plan of 2024, "quý I/2024" in a report of May 2024 —
// is a statistic unless a demand word (phấn đấu, bảo đảm, mục tiêu, phải …)
// or a goal comparison (tối thiểu, trở lên …) sets it; a period not ended at
// ref keeps a figure a target ("năm 2024 đạt 60%"). With a zero ref it is
// Find. The markers of the past that need no date ("năm trước", "vừa qua",
// "đến nay", "so cùng kỳ", "đều") apply in both.
func FindAsOf(text string, ref calendar.Date) ([]Target, []Statistic) {
	return find(text, nil, ref, false, true, true)
}

// FindTargetsAsOf is [FindTargets] for a text written on ref; see
// [FindAsOf].
func FindTargetsAsOf(text string, ref calendar.Date) []Target {
	t, _ := find(text, nil, ref, false, true, false)
	return t
}

// FindTargetsAsOfFolded is FindTargetsAsOf over f, a folding of text that
// the caller has made already: f.Text, and its marks when it has them, are
// what folding text gives, and f's offsets are offsets in text. The
// directive parser, which folds a document once, reads the targets of its
// paragraphs and cells with it rather than folding that text again; vntext
// is internal, so no other caller can make an f. f is read, never written:
// a folding without marks is marked in a copy of its own where a word is
// compared. A nil f is FindTargetsAsOf.
func FindTargetsAsOfFolded(text string, f *vntext.Folded, ref calendar.Date) []Target {
	t, _ := find(text, f, ref, false, true, false)
	return t
}

// ParseTarget reads one target phrase: "tối thiểu 85%", "không quá 5%",
// "từ 70% đến 80%", "≥ 90%", "100% hồ sơ được số hóa", "85%". Unlike
// [FindTargets] it takes a lone percentage as a target (≥) when nothing in
// the phrase reports it as a statistic. It returns the first target when the
// phrase holds more than one.
func ParseTarget(phrase string) (Target, error) {
	ts, ss := find(phrase, nil, calendar.Date{}, true, true, true)
	if len(ts) > 0 {
		return ts[0], nil
	}
	if len(ss) > 0 {
		return Target{}, &ParseError{Input: phrase, Offset: ss[0].Start, Msg: string(ErrStatistic), Err: ErrStatistic}
	}
	return Target{}, &ParseError{Input: phrase, Offset: 0, Msg: string(ErrNoPercentage), Err: ErrNoPercentage}
}

// MustParseTarget is like [ParseTarget] but panics on error. It is meant for
// tests and literals.
func MustParseTarget(phrase string) Target {
	t, err := ParseTarget(phrase)
	if err != nil {
		panic(err)
	}
	return t
}

// finder holds one text being searched.
type finder struct {
	src  string
	f    vntext.Folded
	t    string
	toks []vntext.Token
	// foldedEnd is the folded end offset of the last item built.
	foldedEnd int
	// marked[c] reports whether the marks of the folded bytes of chunk c
	// (markChunk bytes) are recorded in f (phrase.go).
	marked []bool
	// ref is the date the text was written on, when known: a figure tied to
	// a period that ended before it reports a result.
	ref calendar.Date
}

// quantity is one percentage found in the text: tokens [i, j), its value,
// the number of decimals written, and for a range the lower bound.
type quantity struct {
	i, j     int
	v        Percent
	decimals int
	// range: lower bound and the token where the range phrase starts
	isRange bool
	lo      Percent
	maxOp   Op   // the upper bound's operator: OpLE, or OpLT ("đến dưới 30%")
	minus   bool // "-5%": a decrease, read as "giảm 5%"
	// opStart is the first token of the phrase before the number that
	// belongs to the target (operator, "từ", fillers, verb).
	opStart int
	op      Op
	strong  bool // op is a goal word ("tối thiểu", "không quá")
	verbI   int  // token range of a change verb, verbI < verbJ when present
	verbJ   int
	postfix int // token after "trở lên"/"trở xuống", or j
	target  bool
	change  bool
	dropped bool
	inherit bool // "… và 50% trong năm 2025": repeats the target before
	repI    int  // first token of the report words, for a statistic's text
	// restated: the metric's tokens [metI, metJ) of a figure that restates
	// a goal in parentheses (restatedGoal), and the phrase's first token.
	metI, metJ, restI int
}

// tokPool holds the token slices find reads a text into, for the next
// call. A pool is shared by concurrent callers safely and holds no state
// a caller sees.
var tokPool = sync.Pool{New: func() any { return new([]vntext.Token) }}

// maxPooledTokens is the capacity above which a token slice is let go
// rather than kept in tokPool.
const maxPooledTokens = 1 << 18

// putTokens puts the tokens *toks back in tokPool, in tp, when they are
// not too many to keep.
func putTokens(tp, toks *[]vntext.Token) {
	if cap(*toks) <= maxPooledTokens {
		clear(*toks) // no text of this call stays in the pool
		*tp = (*toks)[:0]
		tokPool.Put(tp)
	}
}

// find reads the targets and statistics of text, over f, its folding,
// when f is not nil (FindTargetsAsOfFolded).
func find(text string, f *vntext.Folded, ref calendar.Date, lone, wantTargets, wantStats bool) ([]Target, []Statistic) {
	fd := finder{src: text, ref: ref}
	if f != nil {
		fd.f = *f
	} else {
		// No folding given (the entry points over a caller's text): the
		// text is folded here.
		fd.f = vntext.Fold(text)
	}
	fd.t = fd.f.Text
	if !strings.ContainsAny(fd.t, "%") && !strings.Contains(fd.t, "phan tram") {
		return nil, nil
	}
	if fd.f.HasMarks() {
		// The caller's folding has the marks of every byte: none is
		// recorded here (markAround), so its memory is never written.
		fd.marked = make([]bool, len(fd.t)/markChunk+1)
		for c := range fd.marked {
			fd.marked[c] = true
		}
	}
	// Tokenise once, into a slice sized for typical Vietnamese text (a
	// token every five bytes or so), from tokPool: a slice that only this
	// call reads.
	tp := tokPool.Get().(*[]vntext.Token)
	fd.toks = (*tp)[:0]
	if n := len(fd.t)/3 + 8; cap(fd.toks) < n {
		fd.toks = make([]vntext.Token, 0, n)
	}
	defer putTokens(tp, &fd.toks)
	for tk := vntext.NextToken(fd.t, 0); tk.Kind != vntext.Invalid; tk = vntext.NextToken(fd.t, tk.End) {
		fd.toks = append(fd.toks, tk)
	}
	qs := fd.quantities()
	if len(qs) == 0 {
		return nil, nil
	}
	// Pass 1: operators, ranges and classification. The lower bound of a
	// range written with its own sign ("từ 70% đến 80%") is dropped and
	// read with the upper bound.
	prevEnd, prevPrevEnd := 0, 0
	first := true
	for k := range qs {
		if k > 0 && !qs[k-1].dropped {
			if rb, ok := fd.rangeBefore(&qs[k], prevPrevEnd); ok && rb.start <= qs[k-1].i {
				qs[k-1].dropped = true
				prevEnd = prevPrevEnd
			}
		}
		var prev *quantity
		for p := k - 1; p >= 0; p-- {
			if !qs[p].dropped {
				prev = &qs[p]
				break
			}
		}
		fd.classify(&qs[k], prev, prevEnd, lone && first)
		first = false
		prevPrevEnd, prevEnd = prevEnd, qs[k].postfix
	}
	kept := qs[:0]
	for _, q := range qs {
		if !q.dropped {
			kept = append(kept, q)
		}
	}
	qs = kept
	// Pass 2: metrics and output.
	var targets []Target
	var stats []Statistic
	lastT, lastS := 0, 0 // folded offsets already covered
	for k := range qs {
		q := &qs[k]
		limit := len(fd.toks)
		if k+1 < len(qs) {
			limit = qs[k+1].opStart
		}
		if q.target {
			if !wantTargets {
				continue
			}
			t := fd.target(q, limit, prevQuantityEnd(qs, k), lastT)
			if q.inherit && t.Metric == "" && len(targets) > 0 {
				t.Metric = targets[len(targets)-1].Metric
			} else if t.Metric == "" {
				// "năm 2023 tỷ lệ … đạt 45,2%; năm 2024 phấn đấu đạt 60%":
				// the goal names no measure, so it is the one before.
				t.Metric = fd.measureBefore(qs, k)
			}
			targets = append(targets, t)
			lastT = fd.foldedEnd
		} else if wantStats {
			s := fd.statistic(q, lastS)
			stats = append(stats, s)
			lastS = fd.foldedEnd
		}
	}
	return targets, stats
}

func prevQuantityEnd(qs []quantity, k int) int {
	if k == 0 {
		return 0
	}
	return qs[k-1].postfix
}

// quantities finds every percentage: a number followed by "%" or "phần
// trăm".
func (fd *finder) quantities() []quantity {
	var qs []quantity
	toks := fd.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != vntext.Number {
			continue
		}
		v, end, msg := scanNumber(fd.t, toks[i].Start, true)
		if msg != "" {
			continue
		}
		j := i
		for j < len(toks) && toks[j].Start < end {
			j++
		}
		se, ok := percentSign(fd.t, end)
		if !ok {
			i = j - 1
			continue
		}
		for j < len(toks) && toks[j].Start < se {
			j++
		}
		dec := 0
		for p := end - 1; p >= toks[i].Start && vntext.IsDigit(fd.t[p]); p-- {
			dec++
		}
		// dec counts the digits after a decimal separator, if there is one.
		if p := end - dec - 1; dec == 0 || p <= toks[i].Start || fd.t[p] != ',' && fd.t[p] != '.' || !fd.hasDecimal(toks[i].Start, end) {
			dec = 0
		}
		q := quantity{i: i, j: j, v: v, decimals: dec, opStart: i, postfix: j, repI: i}
		// "-5%": a minus sign glued to the number, not joining two numbers
		// ("70-80%") nor a bullet ("- 5%").
		if i > 0 && toks[i-1].Kind == vntext.Punct && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Start &&
			(i == 1 || toks[i-2].End < toks[i-1].Start || toks[i-2].Kind == vntext.Punct && toks[i-2].Text != "%") {
			q.minus = true
		}
		qs = append(qs, q)
		i = j - 1
	}
	return qs
}

// hasDecimal reports whether the number t[a:b] has a decimal part (its last
// separator is decimal), following ParsePercent's rule.
func (fd *finder) hasDecimal(a, b int) bool {
	var commas, dots int
	for p := a; p < b; p++ {
		switch fd.t[p] {
		case ',':
			commas++
		case '.':
			dots++
		}
	}
	return commas+dots == 1 || commas > 0 && dots > 0
}

func (fd *finder) punct(k int, c byte) bool {
	return k >= 0 && k < len(fd.toks) && fd.toks[k].Kind == vntext.Punct && fd.toks[k].Text[0] == c
}

// hardBoundary reports whether token k ends a clause for every purpose.
func (fd *finder) hardBoundary(k int) bool {
	tk := fd.toks[k]
	if tk.Kind != vntext.Punct {
		return false
	}
	switch tk.Text[0] {
	case '.', ';', ':', '!', '?', '|', '(', ')', '[', ']', '{', '}':
		return true
	case '-', '+', '*':
		// A bullet: spaced on both sides, or opening the text.
		before := k == 0 || fd.toks[k-1].End < tk.Start
		after := k+1 >= len(fd.toks) || fd.toks[k+1].Start > tk.End
		return before && after
	}
	return false
}

// paragraphBreak reports whether a blank line separates token k from the one
// before it in the source.
func (fd *finder) paragraphBreak(k int) bool {
	if k <= 0 || k >= len(fd.toks) {
		return false
	}
	a, b := fd.f.Orig(fd.toks[k-1].End), fd.f.Orig(fd.toks[k].Start)
	if a >= b {
		return false
	}
	return strings.Count(fd.src[a:b], "\n") >= 2
}

// classify finds the operator, a range, a change verb and whether q is a
// target. prevEnd is the token after the previous percentage.
func (fd *finder) classify(q *quantity, prev *quantity, prevEnd int, lone bool) {
	toks := fd.toks
	// Postfix "trở lên" / "trở xuống".
	if n, ok := fd.at(q.j, "trở lên"); ok {
		q.op, q.postfix, q.strong = OpGE, q.j+n, true
	} else if n, ok := fd.at(q.j, "trở xuống"); ok {
		q.op, q.postfix, q.strong = OpLE, q.j+n, true
	}
	k := q.i // first token of the target phrase so far
	// Range: "từ 70% đến 80%", "từ 70 đến 80%", "70-80%", "70% - 80%".
	if rb, ok := fd.rangeBefore(q, prevEnd); ok {
		q.isRange, q.lo, q.maxOp, k = true, rb.lo, rb.hiOp, rb.start
		if q.op == OpUnknown {
			q.op = rb.loOp
		}
		q.target = true
	}
	if q.minus && k == q.i {
		k = q.i - 1 // "-5%": the sign is the phrase's verb
	}
	// Symbols: "≥ 90%", ">= 90%", "> 90%".
	if !q.isRange && q.op == OpUnknown {
		if op, s, ok := fd.symbolBefore(k, prevEnd); ok {
			q.op, k = op, s
		}
	}
	// Fillers and comparison words right before the number.
	changeVerbSeen := false
	achieved := false
	for guard := 0; guard < 6 && k > prevEnd && !q.isRange; guard++ {
		p := k - 1
		if toks[p].Kind != vntext.Word {
			break
		}
		if q.op == OpUnknown {
			if s, e := fd.opEntryEndingAt(p, prevEnd); e != nil {
				q.op, k, q.strong = e.op, s, e.strong
				continue
			}
		}
		if fd.filler(p) {
			if fd.ratioWord(p) {
				if q.op != OpUnknown || !fd.ratioAt(p) {
					break // "tỷ lệ ≥ 95%": the subject; "bán lẻ": a word
				}
				k = p - 1 // "đạt tỷ lệ 100%"
				continue
			}
			if (fd.word(p, "còn") || fd.word(p, "là")) && !fd.changeVerbBefore(p, prevEnd) && !fd.opBefore(p, prevEnd) {
				break // "còn 52%", "là 69%": report words, see below
			}
			if fd.word(p, "được") && (fd.word(p-1, "đạt") || fd.changeVerbBefore(p, prevEnd)) {
				achieved = true // "đạt được 85%", "cắt giảm được 15%"
			}
			if fd.word(p, "xuống") || fd.word(p, "còn") {
				if q.op == OpUnknown {
					q.op = OpLE // "giảm xuống 5%": a level to stay under
				}
				changeVerbSeen = true
			}
			k = p
			continue
		}
		break
	}
	// "từ X% trở lên": "từ" belongs to the phrase.
	if q.op == OpGE && q.postfix > q.j && fd.word(k-1, "từ") && k-1 >= prevEnd {
		k--
	}
	// A change verb before: "giảm tối thiểu 30%", "tăng 10%"; or a minus
	// sign.
	if q.minus {
		q.verbI, q.verbJ = q.i-1, q.i
	} else if s, ok := fd.anyEndingAt(k-1, prevEnd, changeVerbs()); ok {
		if !changeVerbSeen {
			q.verbI, q.verbJ = s, k
		}
		k = s
	}
	q.opStart = k
	q.repI = k

	// Clause before the phrase.
	lo := max(prevEnd, k-15)
	clause := k
	hard := k == 0
	paren := false
	for clause > lo {
		p := clause - 1
		if o, ok := fd.parenthetical(p, lo); ok {
			// "Chỉ số sản xuất công nghiệp (IIP) tăng 26,94%": a short
			// parenthesis inside the clause (an abbreviation, a gloss)
			// does not end it.
			clause = o
			continue
		}
		if toks[p].Kind == vntext.Punct && (fd.hardBoundary(p) || toks[p].Text[0] == ',') {
			hard = fd.hardBoundary(p)
			paren = toks[p].Text[0] == '('
			break
		}
		if fd.paragraphBreak(clause) {
			hard = true
			break
		}
		clause--
	}
	if clause == 0 {
		hard = true
	}
	if clause == prevEnd && prevEnd > 0 && clause > lo {
		hard = false
	}

	// "so với" after: a change against a reference.
	// A change: "… so với …" after, or a change verb right before ("tăng
	// 12%", "cắt giảm 20%"); goal words may still make it a target below.
	if fd.compareAt(q.postfix) || q.verbJ > q.verbI {
		q.change = true
	}

	// Nearest decisive marker in the clause, scanning back.
	strongTrigger, strongReport, weakReport := -1, -1, -1
	for p := k - 1; p >= clause; p-- {
		if toks[p].Kind == vntext.Punct && toks[p].Text == "/" && p > clause && toks[p-1].Kind != vntext.Punct && p+1 < k {
			if strongReport < 0 {
				if a, ok := fd.countsStart(p); ok {
					strongReport = max(a, clause)
				}
			}
		}
		if toks[p].Kind != vntext.Word {
			continue
		}
		if s, ok := fd.anyEndingAt(p, clause, triggerPhrases()); ok && strongTrigger < 0 {
			if fd.pastBefore(s) {
				// "đã hoàn thành 100% kế hoạch": a goal word in the past.
				strongReport = s
			} else {
				strongTrigger = s
			}
		}
		if s, ok := fd.anyEndingAt(p, clause, reportPhrases()); ok && !(q.strong && fd.shareWord(s, p+1)) {
			weak := s == p && (fd.word(s, "là") || fd.word(s, "còn"))
			if weak {
				if weakReport < 0 {
					weakReport = s
				}
			} else if strongReport < 0 {
				strongReport = s
			}
		}
		if strongTrigger >= 0 || strongReport >= 0 {
			break
		}
	}
	switch {
	case q.isRange, fd.demandInParens(q.postfix), fd.goalLabel(k): // "100% (phấn đấu)", "Chỉ tiêu …: -5%"
		q.target = true
	case strongReport >= 0 && strongReport > strongTrigger:
		q.target = false
		q.repI = min(q.repI, strongReport)
	case strongTrigger >= 0:
		q.target = true
	case achieved:
		q.target = false
	case paren && q.op == OpUnknown && fd.restatedGoal(clause-1, q):
		q.target = true // "phấn đấu tăng trưởng vượt mục tiêu được giao (8%)"
	case paren:
		q.target = false
	case weakReport >= 0:
		q.target = false
		q.repI = min(q.repI, weakReport)
	case q.change && !lone && fd.ref.IsValid() && fd.timeBefore(k, fd.pastFloor(prev)) == pastPresent:
		q.target = true // "Năm 2024, thu ngân sách tăng 10% so với năm 2023" in a plan of 2024
	case q.change && !lone && fd.compareAt(q.postfix) && !q.strong && !fd.imperative(q, clause, hard, prev):
		q.target = false // "tăng 12% so với cùng kỳ", "tăng hơn 10% so với …"
	case q.change && !lone && q.op == OpUnknown && !fd.nounFollows(q.postfix) && !fd.imperative(q, clause, hard, prev):
		q.target = false // "Doanh thu tăng 12%."
	case q.change && q.op == OpUnknown:
		q.target = true // "giảm 30% thời gian đi lại"
	case prev != nil && prev.target && k == clause && clause > 0 && fd.punct(clause-1, ',') && fd.nounFollows(q.postfix):
		q.target = true // a list of targets: "70% người dân …, 50% người dân …"
	case prev != nil && prev.target && k > 0 && (fd.word(k-1, "và") || fd.word(k-1, "hoặc")) &&
		fd.nounFollows(q.postfix) && fd.sameClause(prev.postfix, k-1):
		q.target = true // a list of targets: "70% hồ sơ … và 45% giao dịch …"
	case prev != nil && prev.target && fd.ellipsis(prev.postfix, k):
		q.target, q.inherit = true, true
		if q.op == OpUnknown {
			q.op, q.strong = prev.op, prev.strong
		}
	case !q.strong && fd.comparedLater(q.postfix, q.op == OpUnknown):
		q.target = false // "đạt 98,5%, tăng 2,1% so với năm 2023": a report
	case q.op != OpUnknown:
		q.target = true
	case fd.datBefore(k, q.i, clause):
		q.target = true
	case fd.nounFollows(q.postfix) && (q.v == Full || hard && k == clause):
		q.target = true
	case fd.nounFollows(q.postfix) && fd.timeBefore(k, fd.pastFloor(prev)) == pastGoal:
		q.target = true // "Đến hết năm 2025, 95% xã có điểm phục vụ"
	case lone:
		q.target = true
	}
	// A report adverbial opening the sentence ("Thời gian qua, …", "Theo
	// báo cáo, …") makes a percentage without goal words a statistic.
	if q.target && strongTrigger < 0 && !q.strong && !q.isRange && !q.inherit && fd.reportSentence(clause) {
		q.target = false
	}
	// A figure tied to a past period or stated as a fact, with no demand
	// word nearer, is a result: "năm 2023 tỷ lệ … đạt 45,2%".
	if q.target && !q.strong && !q.inherit && fd.pastFigure(q, k, fd.pastFloor(prev)) {
		q.target = false
	}
	// What governs the figure decides whether it is a goal (govern.go).
	if q.target && !q.inherit {
		g := fd.governor(q, clause)
		if g == govNone && fd.timeBefore(k, fd.pastFloor(prev)) == pastGoal {
			g = govGoal // "Đến hết năm 2025, 95% xã …"
		}
		switch {
		case g == govRule:
			q.target = false
		case g != govGoal && (q.op == OpEQ || fd.moneyAt(q.postfix)):
			q.target = false // "Mức bồi thường bằng 50% giá trị …", "30% chi phí"
		case g == govNone && fd.perfectAfter(q.postfix):
			q.target = false // "90% hồ sơ đã được số hóa"
		case fd.estimateOrExcess(q) && !fd.demandIn(clause, q.i):
			q.target = false // "đạt khoảng 61%", "vượt 21,3% kế hoạch"
		}
	}
	if q.target && q.op == OpUnknown {
		q.op = OpGE
	}
	if q.target && q.verbJ <= q.verbI && q.change {
		q.change = false
	}
}

// parenthetical reports whether token p closes a short parenthesis that
// a word stands right before ("công nghiệp (IIP)", "Quỹ (Quỹ BVMT)"): at
// most five tokens inside, none of them a figure or a boundary, the "("
// at or after lo. It returns the index of the "(".
func (fd *finder) parenthetical(p, lo int) (int, bool) {
	if !fd.punct(p, ')') {
		return p, false
	}
	for o := p - 1; o >= lo && o >= p-6; o-- {
		tk := fd.toks[o]
		if tk.Kind == vntext.Number || fd.punct(o, '%') {
			return p, false
		}
		if fd.punct(o, '(') {
			if o == p-1 || o == 0 || fd.toks[o-1].Kind != vntext.Word {
				return p, false
			}
			return o, true
		}
		if tk.Kind == vntext.Punct && fd.hardBoundary(o) {
			return p, false
		}
	}
	return p, false
}

// comparedLater reports whether the sentence goes on, within a few words,
// with a change against a reference ("…, tăng 2,1% so với năm 2023"), as
// reports of results do; with parens, also whether a parenthesis gives the
// value of another time ("đạt 42% (cuối năm 2023 là 17%)").
func (fd *finder) comparedLater(k int, parens bool) bool {
	if parens && fd.punct(k, '(') {
		// "đạt 42% (cuối năm 2023 là 17%)": a value of another time.
		for p := k + 1; p < len(fd.toks) && p < k+12 && !fd.punct(p, ')'); p++ {
			if fd.word(p, "là") || fd.wordsAt(p, "so với") || fd.punct(p, '%') {
				return true
			}
		}
	}
	for p := k; p < len(fd.toks) && p < k+12; p++ {
		tk := fd.toks[p]
		if tk.Kind == vntext.Punct && tk.Text != "," && tk.Text != "%" && fd.hardBoundary(p) {
			return false
		}
		if fd.compareAt(p) || fd.wordsAt(p, "xếp thứ") || fd.wordsAt(p, "đứng thứ") ||
			(fd.wordsAt(p, "thấp hơn") || fd.wordsAt(p, "cao hơn")) && !fd.numberAt(p+2) {
			return true
		}
	}
	return false
}

// reportSentence reports whether the sentence holding the clause that starts
// at token c reports results: it opens with a report adverbial ("Thời gian
// qua", "Đến nay", "Theo báo cáo", "9 tháng đầu năm") with no goal word
// after it, or puts a goal word in the past ("đã nỗ lực phấn đấu").
func (fd *finder) reportSentence(c int) bool {
	goal := false // a goal word nearer than any report word
	for p := c - 1; p >= 0 && p >= c-40; p-- {
		tk := fd.toks[p]
		if tk.Kind == vntext.Punct {
			if fd.hardBoundary(p) {
				return false
			}
			continue
		}
		if tk.Kind != vntext.Word {
			continue
		}
		lo := max(0, c-40)
		if t, ok := fd.anyEndingAt(p, lo, triggerPhrases()); ok {
			if fd.pastBefore(t) {
				return true // "đã nỗ lực phấn đấu hoàn thành …, tỷ lệ … đạt 97%"
			}
			goal = true
			continue
		}
		if _, ok := fd.anyEndingAt(p, lo, reportAdverbials()); ok {
			if fd.ref.IsValid() && fd.numberAt(p+1) {
				// "6 tháng đầu năm 2025" in a plan of 2025: the period
				// is not over, so it reports nothing.
				if end, _, ok := fd.yearPeriod(p + 1); ok && !end.Before(fd.ref) {
					return false
				}
			}
			return !goal
		}
	}
	return false
}

// ellipsis reports whether the tokens [a, b) between a target and the next
// percentage only join them, with at most a time phrase: "… 30% trở lên
// trong năm 2024 và 50% …", "100%, 90%".
func (fd *finder) ellipsis(a, b int) bool {
	if b <= a || b-a > 10 {
		return false
	}
	last := fd.toks[b-1]
	if !(last.Kind == vntext.Punct && last.Text == ",") && !fd.word(b-1, "và") && !fd.word(b-1, "hoặc") {
		return false
	}
	for p := a; p < b-1; p++ {
		tk := fd.toks[p]
		switch tk.Kind {
		case vntext.Number:
			continue
		case vntext.Punct:
			if tk.Text == "/" || tk.Text == "," || tk.Text == "-" {
				continue
			}
			return false
		}
		if fd.timeHead(p) || fd.timeWord(p) || fd.word(p, "đoạn") {
			continue
		}
		return false
	}
	return true
}

// pastBefore reports whether "đã" stands within the three words before
// token s ("đã hoàn thành", "đã nỗ lực phấn đấu", "đã cơ bản hoàn thành").
func (fd *finder) pastBefore(s int) bool {
	for p := s - 1; p >= 0 && p >= s-3; p-- {
		if fd.toks[p].Kind != vntext.Word {
			return false
		}
		if fd.word(p, "đã") {
			return true
		}
	}
	return false
}

// timeWordBefore reports whether the number at token p follows a time word
// ("năm", "tháng", "quý", "ngày") or is part of a date ("30/6").
func (fd *finder) timeWordBefore(p int) bool {
	if fd.periodWord(p - 1) {
		return true
	}
	return fd.punct(p-1, '/') || fd.punct(p+1, '/')
}

// numberAt reports whether token k is a number.
func (fd *finder) numberAt(k int) bool {
	return k >= 0 && k < len(fd.toks) && fd.toks[k].Kind == vntext.Number
}

// datBefore reports whether "đạt" stands in the phrase [k, i) before the
// number or right before it in the clause ("tỷ lệ … đạt mức 80%").
func (fd *finder) datBefore(k, i, clause int) bool {
	for p := k; p < i; p++ {
		if fd.word(p, "đạt") {
			return true
		}
	}
	for p := k - 1; p >= clause && p >= k-3; p-- {
		if fd.word(p, "đạt") {
			return true
		}
		if !fd.filler(p) {
			return false
		}
	}
	return false
}

func (fd *finder) changeVerbBefore(p, lo int) bool {
	_, ok := fd.anyEndingAt(p-1, lo, changeVerbs())
	return ok
}

// shareWord reports whether tokens [a, b) are a word that states a share or
// a value ("chiếm", "là", "còn", "tương đương") rather than a time: with a
// goal comparison ("chiếm tối thiểu 30%") it does not make a report.
func (fd *finder) shareWord(a, b int) bool { return fd.exactly(a, b, shareWords()) }

// shareWords state a share or a value: "chiếm 30%", "là 69%", "tương
// đương 52%".
var shareWords = tableOf("chiếm", "là", "còn", "tương đương", "bằng khoảng", "trong đó")

// opBefore reports whether a comparison phrase ends right before token p
// ("ít nhất là 50%").
func (fd *finder) opBefore(p, lo int) bool {
	_, _, ok := fd.opEndingAt(p-1, lo)
	return ok
}

// opEndingAt matches a comparison phrase ending at token p.
func (fd *finder) opEndingAt(p, lo int) (int, Op, bool) {
	s, e := fd.opEntryEndingAt(p, lo)
	if e == nil {
		return 0, OpUnknown, false
	}
	return s, e.op, true
}

// opEntryEndingAt returns the first token and the entry of the comparison
// phrase ending at token p, or a nil entry.
func (fd *finder) opEntryEndingAt(p, lo int) (int, *phrase) {
	// "hơn" alone must not be the tail of a longer word group that is not
	// a comparison ("nhiều hơn nữa"): accept as listed.
	return fd.firstEndingAt(p, lo, opPhrases())
}

// symbolBefore matches "≥", "≤", ">=", "<=", ">", "<", "=" right before
// token k.
func (fd *finder) symbolBefore(k, lo int) (Op, int, bool) {
	p := k - 1
	if p < lo {
		return OpUnknown, 0, false
	}
	tk := fd.toks[p]
	switch {
	case tk.Kind == vntext.Word && tk.Text == "≥":
		return OpGE, p, true
	case tk.Kind == vntext.Word && tk.Text == "≤":
		return OpLE, p, true
	case tk.Kind != vntext.Punct:
		return OpUnknown, 0, false
	}
	if p-1 >= lo && fd.toks[p-1].Kind == vntext.Punct && fd.toks[p-1].End == tk.Start {
		if op, ok := parseOp(fd.toks[p-1].Text + tk.Text); ok {
			return op, p - 1, true
		}
	}
	if tk.Text == ">" || tk.Text == "<" || tk.Text == "=" {
		op, _ := parseOp(tk.Text)
		return op, p, true
	}
	return OpUnknown, 0, false
}

// rangeBounds is a range read by rangeBefore: its lower bound, the token
// where the range phrase starts, and the operators of its bounds.
type rangeBounds struct {
	lo         Percent
	start      int
	loOp, hiOp Op
}

// rangeBefore recognises q as the upper bound of a range — "từ 70% đến
// 80%", "70-80%", "từ trên 15% đến không quá 30%" — and returns its lower
// bound, the first token of the range phrase and the operators of the
// bounds (OpGE and OpLE unless written: "trên" gives OpGT, "dưới" OpLT).
func (fd *finder) rangeBefore(q *quantity, lo int) (rangeBounds, bool) {
	rb := rangeBounds{loOp: OpGE, hiOp: OpLE}
	p := q.i - 1
	// An operator on the upper bound: "đến không quá 30%", "đến dưới 30%".
	if s, op, ok := fd.opEndingAt(p, lo); ok && (op == OpLE || op == OpLT) && s-1 >= lo && (fd.word(s-1, "đến") || fd.word(s-1, "tới")) {
		rb.hiOp, p = op, s-1
	}
	if p < lo {
		return rb, false
	}
	dash := fd.punct(p, '-')
	if !dash && !fd.word(p, "đến") && !fd.word(p, "tới") {
		return rb, false
	}
	// The lower bound: a number, maybe with its own percent sign.
	e := p - 1
	if fd.punct(e, '%') {
		e--
	} else if fd.word(e, "trăm") && fd.word(e-1, "phần") {
		e -= 2
	}
	if e < lo || fd.toks[e].Kind != vntext.Number {
		return rb, false
	}
	s := e
	for s-2 >= lo && (fd.punct(s-1, ',') || fd.punct(s-1, '.')) && fd.toks[s-2].Kind == vntext.Number &&
		fd.toks[s-2].End == fd.toks[s-1].Start && fd.toks[s-1].End == fd.toks[s].Start {
		s -= 2
	}
	v, end, msg := scanNumber(fd.t, fd.toks[s].Start, true)
	if msg != "" || end != fd.toks[e].End {
		return rb, false
	}
	if v >= q.v {
		return rb, false
	}
	rb.lo = v
	// An operator on the lower bound, after "từ": "từ trên 15%".
	b := s
	if s2, op, ok := fd.opEndingAt(b-1, lo); ok && (op == OpGT || op == OpGE) && fd.word(s2-1, "từ") {
		rb.loOp, b = op, s2
	}
	if fd.word(b-1, "từ") && b-1 >= lo {
		rb.start = b - 1
		return rb, true
	}
	if dash && b == s {
		rb.start = s
		return rb, true
	}
	return rb, false
}

// countsStart reports whether the "/" at token p joins two counts ("3.507/
// 6.708", "3.071 TTHC/4.888 TTHC") and returns the first token of the
// numerator.
func (fd *finder) countsStart(p int) (int, bool) {
	if _, _, ok := fd.countsAt(p); !ok {
		return 0, false
	}
	a := p - 1
	if fd.toks[a].Kind == vntext.Word {
		a--
	}
	for a-2 >= 0 && fd.punct(a-1, '.') && fd.toks[a-2].Kind == vntext.Number && fd.toks[a-2].End == fd.toks[a-1].Start {
		a -= 2
	}
	return a, true
}

// countsAt reads the counts joined by the "/" at token p.
func (fd *finder) countsAt(p int) (int64, int64, bool) {
	// Numerator: a number right before, or a number and one word.
	a := p - 1
	if a >= 0 && fd.toks[a].Kind == vntext.Word && fd.toks[a].End < fd.toks[p].Start+1 {
		a--
	}
	num, ok1 := fd.countEndingAt(a)
	den, ok2 := fd.countStartingAt(p + 1)
	if !ok1 || !ok2 || den <= 0 || fd.dateAround(a, p) {
		return 0, 0, false
	}
	return num, den, true
}

// dateAround reports whether the "/" at token p, after the number ending at
// token a, writes a month or a date rather than counts: "tháng 6/2024",
// "30/6/2024", "ngày 15/3".
func (fd *finder) dateAround(a, p int) bool {
	s := a
	for s-2 >= 0 && fd.punct(s-1, '.') && fd.numberAt(s-2) && fd.toks[s-2].End == fd.toks[s-1].Start {
		s -= 2
	}
	if fd.punct(s-1, '/') || fd.punct(p+2, '/') && fd.toks[p+2].Start == fd.toks[p+1].End {
		return true
	}
	return fd.periodWord(s - 1)
}

// countEndingAt reads an integer with optional dot grouping ending at token
// e.
func (fd *finder) countEndingAt(e int) (int64, bool) {
	if e < 0 || fd.toks[e].Kind != vntext.Number {
		return 0, false
	}
	s := e
	for s-2 >= 0 && fd.punct(s-1, '.') && fd.toks[s-2].Kind == vntext.Number &&
		fd.toks[s-2].End == fd.toks[s-1].Start && fd.toks[s-1].End == fd.toks[s].Start {
		s -= 2
	}
	return parseCount(fd.t[fd.toks[s].Start:fd.toks[e].End])
}

func (fd *finder) countStartingAt(s int) (int64, bool) {
	if s >= len(fd.toks) || fd.toks[s].Kind != vntext.Number {
		return 0, false
	}
	e := s
	for e+2 < len(fd.toks) && fd.punct(e+1, '.') && fd.toks[e+2].Kind == vntext.Number &&
		fd.toks[e].End == fd.toks[e+1].Start && fd.toks[e+1].End == fd.toks[e+2].Start {
		e += 2
	}
	return parseCount(fd.t[fd.toks[s].Start:fd.toks[e].End])
}

// parseCount reads digits with optional dots grouping thousands.
func parseCount(s string) (int64, bool) {
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			continue
		}
		if n > (1<<62)/10 {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// nounFollows reports whether a word that can open a noun phrase follows at
// token k.
func (fd *finder) nounFollows(k int) bool {
	if k >= len(fd.toks) || fd.toks[k].Kind != vntext.Word || fd.paragraphBreak(k) {
		return false
	}
	return fd.metricStop(k, k) == 0
}

// metricStop returns the number of tokens of a stop phrase at token k (a
// time phrase, a purpose, a new clause, "của" + agency), or 0 when the metric
// goes on. start is the first token of the metric.
func (fd *finder) metricStop(k, start int) int {
	tk := fd.toks[k]
	if tk.Kind != vntext.Word {
		return 0
	}
	if n, ok := fd.anyAt(k, metricStops()); ok {
		return n
	}
	if fd.compareAt(k) {
		return 1 // "so cùng kỳ"
	}
	if k+1 < len(fd.toks) && fd.timeHead(k) {
		nx := fd.toks[k+1]
		switch {
		case fd.word(k, "năm") || fd.word(k, "tháng") || fd.word(k, "quý"):
			if nx.Kind == vntext.Number && k > start {
				return 1
			}
		case fd.word(k, "giai"):
			if fd.word(k+1, "đoạn") && fd.toks[min(k+2, len(fd.toks)-1)].Kind == vntext.Number {
				return 1
			}
		case nx.Kind == vntext.Number:
			if !fd.word(k, "từ") && !fd.word(k, "đến") && !fd.word(k, "tới") || fd.isDateAt(k+1) {
				return 1
			}
		case fd.timeWord(k + 1):
			if fd.word(k, "trong") && fd.word(k+1, "thời") && !fd.word(k+2, "gian") && !fd.word(k+2, "hạn") {
				return 0
			}
			if fd.word(k, "từ") && !fd.word(k+1, "ngày") && !fd.word(k+1, "năm") && !fd.word(k+1, "tháng") && !fd.word(k+1, "quý") {
				return 0
			}
			if fd.word(k, "sau") && !fd.word(k+1, "ngày") && !fd.word(k+1, "khi") {
				return 0
			}
			return 1
		}
	}
	if fd.word(k, "và") || fd.word(k, "hoặc") {
		if _, ok := fd.anyAt(k+1, clauseStarters()); ok {
			return 1
		}
		if fd.numberAt(k+1) && (fd.punct(k+2, '%') || fd.word(k+2, "phần")) {
			return 1 // "… và 45% giao dịch": the next target of a list
		}
		if !fd.passiveIn(start, k) {
			if _, ok := fd.anyAt(k+1, actionVerbs()); ok {
				return 1
			}
		}
		if _, _, ok := fd.opAt(k + 1); ok {
			return 1
		}
	}
	if fd.word(k, "của") {
		if _, ok := fd.anyAt(k+1, agencyHeads()); ok {
			return 1
		}
	}
	return 0
}

// passiveIn reports whether the tokens [a, b) hold "được" or "bị": in a
// passive metric ("100% hồ sơ được tiếp nhận, giải quyết đúng hạn") the verbs
// after a comma or "và" go on with it.
func (fd *finder) passiveIn(a, b int) bool {
	for k := a; k < b; k++ {
		if fd.word(k, "được") || fd.word(k, "bị") {
			return true
		}
	}
	return false
}

// isDateAt reports whether a date such as "30/6/2024" or a year starts at
// token k.
func (fd *finder) isDateAt(k int) bool {
	if k >= len(fd.toks) || fd.toks[k].Kind != vntext.Number {
		return false
	}
	if len(fd.toks[k].Text) == 4 {
		return true
	}
	return fd.punct(k+1, '/') && fd.toks[k].End == fd.toks[k+1].Start
}

// opAt reports whether a comparison phrase starts at token k.
func (fd *finder) opAt(k int) (int, Op, bool) {
	n, e := fd.firstAt(k, opPhrases(), func(n int) bool {
		m := k + n
		for m < len(fd.toks) && m < k+n+2 && fd.filler(m) {
			m++
		}
		return m < len(fd.toks) && fd.toks[m].Kind == vntext.Number
	})
	if e == nil {
		return 0, OpUnknown, false
	}
	return n, e.op, true
}

// commaEnds reports whether the comma at token k ends the metric: a new
// clause, a time phrase or another percentage follows.
func (fd *finder) commaEnds(k, start, limit int) bool {
	n := k + 1
	if n >= limit || n >= len(fd.toks) {
		return true
	}
	if _, ok := fd.anyAt(n, clauseStarters()); ok {
		return true
	}
	if _, ok := fd.anyAt(n, commaStarters()); ok {
		return true
	}
	if !fd.passiveIn(start, k) {
		if _, ok := fd.anyAt(n, actionVerbs()); ok {
			return true
		}
	}
	if fd.metricStop(n, n) > 0 {
		return true
	}
	if _, _, ok := fd.opAt(n); ok {
		return true
	}
	if fd.toks[n].Kind == vntext.Number {
		return true
	}
	if fd.wordsAt(n, "tỷ lệ") || fd.wordsAt(n, "tỉ lệ") {
		return true // "…, tỷ lệ hồ sơ trực tuyến đạt 50%": a new measure
	}
	if limit < len(fd.toks) {
		// The words after the comma lead into the next percentage with no
		// clause break: they are its subject.
		for p := n; p < limit; p++ {
			if fd.toks[p].Kind == vntext.Punct && (fd.hardBoundary(p) || fd.toks[p].Text == ",") {
				return false
			}
		}
		return true
	}
	return false
}

// metricAfter returns the token range [a, b) of the metric after q.
func (fd *finder) metricAfter(q *quantity, limit int) (int, int) {
	a := q.postfix
	if a < len(fd.toks) && fd.toks[a].Kind == vntext.Punct && fd.toks[a].Text != "\"" {
		return a, a // "98%, tỷ lệ …": nothing measured follows
	}
	k := a
	words := 0
	for k < limit && k < len(fd.toks) {
		if k > a && fd.paragraphBreak(k) {
			break
		}
		tk := fd.toks[k]
		if tk.Kind == vntext.Punct {
			if fd.hardBoundary(k) {
				break
			}
			c := tk.Text[0]
			if c == ',' && fd.commaEnds(k, a, limit) {
				break
			}
			if c == '.' || c == ';' || c == ':' {
				break
			}
			k++
			continue
		}
		if tk.Kind == vntext.Word {
			if fd.metricStop(k, a) > 0 {
				break
			}
			words++
			if words > 40 {
				break
			}
		}
		k++
	}
	// Trim trailing punctuation other than closing quotes.
	for k > a && fd.toks[k-1].Kind == vntext.Punct && fd.toks[k-1].Text != "\"" && fd.toks[k-1].Text != "'" {
		k--
	}
	return a, k
}

// subjectBefore returns the token range of the subject before the phrase of
// q: from the clause start or the last goal word to the phrase, without
// fillers.
func (fd *finder) subjectBefore(q *quantity, lo int) (int, int) {
	e := q.opStart
	// Goal words and fillers right before the phrase are not the subject:
	// "tăng trưởng phải đạt hơn 8%".
	for e > lo {
		if fd.numberAt(e - 1) {
			// Nor is the period it is set for: "Tỷ lệ hồ sơ trực tuyến
			// năm 2024 đạt 60%".
			if _, ps, ok := fd.yearPeriod(e - 1); ok && ps > lo && fd.toks[ps-1].Kind == vntext.Word {
				e = ps
				for e-1 > lo && (fd.word(e-1, "trong") || fd.word(e-1, "vào")) {
					e--
				}
				continue
			}
			break
		}
		if fd.toks[e-1].Kind != vntext.Word {
			break
		}
		if fd.filler(e - 1) {
			if fd.ratioWord(e - 1) {
				break // "bán lẻ", "tỷ lệ": part of the subject
			}
			e--
			continue
		}
		if s, ok := fd.anyEndingAt(e-1, lo, triggerPhrases()); ok {
			e = s
			continue
		}
		break
	}
	s := e
	for s > lo {
		p := s - 1
		tk := fd.toks[p]
		if tk.Kind == vntext.Punct && tk.Text == "," && fd.listComma(p, lo) {
			s--
			continue
		}
		if tk.Kind == vntext.Punct && (fd.hardBoundary(p) || tk.Text == ",") {
			break
		}
		if fd.paragraphBreak(s) || tk.Kind == vntext.Number && (len(tk.Text) == 4 || fd.timeWordBefore(p)) {
			break // a subject holds no date: "đến hết năm 2025 đạt 80%"
		}
		if tk.Kind == vntext.Word {
			if _, ok := fd.anyEndingAt(p, lo, triggerPhrases()); ok {
				break
			}
			if fd.relativeTimeEndingAt(p) {
				break // nor a time: "năm nay phấn đấu đạt 15%"
			}
		}
		if e-s > 30 {
			break
		}
		s--
	}
	for s < e && fd.toks[s].Kind == vntext.Punct && fd.toks[s].Text == "," {
		s++ // a subject does not start at a comma
	}
	for e > s && fd.filler(e-1) {
		if fd.ratioWord(e - 1) {
			if !(e-2 >= s && fd.ratioAt(e-1)) {
				break // "bán lẻ" keeps its "lẻ"; only "tỷ lệ" goes
			}
			e--
		}
		e--
	}
	return s, e
}

// listComma reports whether the comma at token p joins the parts of one
// subject ("Tỷ lệ người dân, doanh nghiệp hài lòng"): the words before it,
// back to a clause break or a goal word, are few and hold no number, time
// phrase or verb of a new clause.
func (fd *finder) listComma(p, lo int) bool {
	words := 0
	for k := p - 1; k >= lo; k-- {
		tk := fd.toks[k]
		switch tk.Kind {
		case vntext.Number:
			return false
		case vntext.Punct:
			if fd.hardBoundary(k) || tk.Text == "," {
				return words > 0
			}
			continue
		}
		if _, ok := fd.anyEndingAt(k, lo, triggerPhrases()); ok {
			return words > 0
		}
		if fd.metricStop(k, lo) > 0 || fd.relativeTimeEndingAt(k) {
			return false
		}
		if _, ok := fd.anyAt(k, clauseStarters()); ok {
			return false
		}
		words++
		if words > 10 {
			return false
		}
	}
	return words > 0
}

// span returns the original text and span of folded tokens [a, b).
func (fd *finder) span(a, b int) (string, int, int) {
	if a >= b {
		return "", 0, 0
	}
	s, e := fd.f.Span(fd.toks[a].Start, fd.toks[b-1].End)
	return collapseSpace(fd.src[s:e]), s, e
}

// collapseSpace replaces each run of white space in s by one space.
func collapseSpace(s string) string {
	need := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || c == '\r' || c == '\t' || c == ' ' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n') {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (fd *finder) target(q *quantity, limit, prevEnd, lastFolded int) Target {
	t := Target{Op: q.op, Value: q.v}
	if q.isRange {
		t.Value, t.Max = q.lo, q.v
		if q.maxOp == OpLT {
			t.MaxOp = OpLT
		}
	}
	a := q.opStart
	b := q.postfix
	ma, mb := fd.metricAfter(q, limit)
	if q.metJ > q.metI {
		// "phấn đấu tăng trưởng kinh tế vượt mục tiêu … (8%)": the
		// phrase from the measure to the parenthesis.
		ma, mb, a, b = q.metI, q.metJ, q.restI, q.j+1
	} else if mb > ma {
		b = mb
		// "tỷ lệ giải ngân đạt trên 95% kế hoạch vốn": the ratio named
		// before is the metric; what follows is its base. So is the
		// subject of "bằng": "thu nhập bình quân bằng 110% mức bình quân
		// cả nước".
		if sa, sb := fd.subjectBefore(q, prevEnd); sb-sa > 2 && (fd.wordsAt(sa, "tỷ lệ") || fd.wordsAt(sa, "tỉ lệ")) || sb > sa && q.op == OpEQ {
			ma, mb = sa, sb
			a = sa
		}
	} else if sa, sb := fd.subjectBefore(q, prevEnd); sb > sa && !q.inherit {
		// A verb that governs the figure is not what it measures:
		// "điều chỉnh mức giá từ trên 15% …" measures "mức giá".
		for sa < sb {
			n, ok := fd.anyAt(sa, actionVerbs())
			if !ok {
				n, ok = fd.anyAt(sa, commaStarters())
			}
			if !ok || sa+n >= sb {
				break
			}
			sa += n
		}
		ma, mb = sa, sb
		a = sa
	}
	if ma == mb && a > 0 && fd.punct(a-1, ':') {
		// "Tỷ lệ tiêm chủng đầy đủ: 100% (phấn đấu)": the label names it.
		sa := a - 1
		for sa > prevEnd && sa > a-12 && fd.toks[sa-1].Kind != vntext.Punct && !fd.paragraphBreak(sa) {
			sa--
		}
		if sa < a-1 {
			// The target's text then holds its label, so that the metric
			// lies within it.
			ma, mb, a = sa, a-1, sa
		}
	}
	// The metric is what is measured, never a function word: a scope
	// ("của cả nước", "của tỉnh") is none, and "của" before a measure
	// ("70% của chi phí …") is left out.
	ma, mb = fd.trimMetric(ma, mb)
	// Nor does a subject end in its comparison or share word: "mức giá …
	// cao hơn (từ trên 15% …)", "tỷ lệ hoạt động trực tuyến chiếm (tối
	// thiểu 80% …)".
	for mb > ma && fd.toks[mb-1].Kind == vntext.Word {
		if s, _, ok := fd.opEndingAt(mb-1, ma); ok && s > ma {
			mb = s
		} else if fd.word(mb-1, "chiếm") && mb-1 > ma {
			mb--
		} else {
			break
		}
	}
	// Never overlap the previous target.
	for a < b && fd.toks[a].Start < lastFolded {
		a++
	}
	for ma < mb && fd.toks[ma].Start < lastFolded {
		ma++
	}
	if q.minus {
		t.Verb = "giảm" // "-5%" reads as "giảm 5%"
	} else if q.verbJ > q.verbI {
		t.Verb, _, _ = fd.span(q.verbI, q.verbJ)
	}
	// The baseline of a change: "tăng 15% so với năm 2024".
	x := q.postfix
	if mb > x && mb > ma && fd.toks[ma].Start >= fd.toks[x].Start {
		x = mb
	}
	if ba, bb := fd.baselineAt(x, limit); bb > ba {
		t.Baseline, t.BaselineStart, t.BaselineEnd = fd.span(ba, bb)
	}
	t.Metric, t.MetricStart, t.MetricEnd = fd.span(ma, mb)
	t.Text, t.Start, t.End = fd.span(a, b)
	if t.Metric == "" {
		t.MetricStart, t.MetricEnd = t.End, t.End
	}
	fd.foldedEnd = lastFolded
	if a < b {
		fd.foldedEnd = fd.toks[b-1].End
	}
	return t
}

func (fd *finder) statistic(q *quantity, lastFolded int) Statistic {
	s := Statistic{Value: q.v, Change: q.change}
	if q.minus {
		s.Value, s.Change = -q.v, true // "-5%"
	}
	a := q.repI
	for a < q.j && fd.toks[a].Start < lastFolded {
		a++
	}
	s.Text, s.Start, s.End = fd.span(a, q.j)
	fd.foldedEnd = fd.toks[q.j-1].End
	// Counts stated with it: "3.507/6.708 (chiếm 52,3%)".
	lo := max(0, q.i-30)
	for p := q.i - 1; p > lo; p-- {
		if fd.toks[p].Kind == vntext.Punct && (fd.toks[p].Text == ";" || fd.toks[p].Text == "." && p+1 < len(fd.toks) && fd.toks[p+1].Start > fd.toks[p].End) {
			break
		}
		if !fd.punct(p, '/') {
			continue
		}
		n, d, ok := fd.countsAt(p)
		if ok && agrees(n, d, q.v, q.decimals) {
			s.Num, s.Den = n, d
		}
		break
	}
	return s
}

// agrees reports whether num/den rounds to v at the given number of decimal
// places: |num/den − v| ≤ half a unit of the last written digit.
func agrees(num, den int64, v Percent, decimals int) bool {
	if den <= 0 || decimals > fracDigits {
		return false
	}
	tol := Point / 2
	for i := 0; i < decimals; i++ {
		tol /= 10
	}
	p, ok := CountsPercent(num, den)
	return ok && (p-v).Abs() <= tol
}

// sameClause reports whether tokens [a, b) hold no clause break: no ";",
// ".", ":" and no paragraph break.
func (fd *finder) sameClause(a, b int) bool {
	for p := max(a, 0); p < b && p < len(fd.toks); p++ {
		if fd.hardBoundary(p) {
			return false
		}
	}
	return true
}

// trimMetric drops the function words that open a metric [a, b): "của"
// before a measure ("70% của chi phí lập quy hoạch" measures the cost), and
// the whole of a scope ("80% của cả nước", "của tỉnh"), which names no
// measure.
func (fd *finder) trimMetric(a, b int) (int, int) {
	for a < b && (fd.word(a, "của") || fd.word(a, "đến") || fd.word(a, "tới") || fd.punct(a, '-')) {
		if fd.word(a, "của") {
			if _, ok := fd.anyAt(a+1, agencyHeads()); ok || fd.wordsAt(a+1, "cả nước") || fd.wordsAt(a+1, "toàn quốc") {
				return b, b
			}
		}
		a++
	}
	return a, b
}

// baselineAt reads the baseline of a comparison at token k, before limit:
// "so với năm 2024", "so với cùng kỳ", "so cùng kỳ năm trước" — the words
// after "so (với)" to the end of the clause, at most twelve.
func (fd *finder) baselineAt(k, limit int) (int, int) {
	if !fd.compareAt(k) {
		return k, k
	}
	a := k + 1
	if fd.word(a, "với") {
		a++
	}
	b := a
	for b < limit && b < len(fd.toks) && b < a+12 {
		tk := fd.toks[b]
		if tk.Kind == vntext.Punct && (tk.Text == "," || fd.hardBoundary(b)) || b > a && fd.paragraphBreak(b) {
			break
		}
		if b > a && tk.Kind == vntext.Word && fd.metricStop(b, a) > 0 {
			break
		}
		b++
	}
	return a, b
}

// imperative reports whether the change of q opens its sentence or item
// (hard: after a full stop, a semicolon, a colon, a bullet or a paragraph
// break) as a command does ("Tăng 15% so với năm 2024"), rather than
// following its subject as a report ("Doanh thu tăng 12% so với cùng kỳ")
// or going on after a comma from what was reported before it ("Doanh thu
// đạt 120 tỷ đồng, tăng 8% so với năm 2023").
func (fd *finder) imperative(q *quantity, clause int, hard bool, prev *quantity) bool {
	if q.verbJ <= q.verbI || q.minus || q.verbI != clause || !hard {
		return false
	}
	return prev == nil || prev.target || !fd.sameClause(prev.postfix, q.i)
}
