package kpi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// What governs a figure.
//
// A percentage is a target when a goal governs it: a goal verb or a demand
// takes it as its object ("phấn đấu 100% …", "đạt tối thiểu 80%", "giảm
// 30% thời gian", "bảo đảm 100% …"), or a goal date frames its clause
// ("Đến hết năm 2025, 95% xã …"). One that heads its clause with nothing
// governing it, as goal lists write them ("- 100% xã có điểm phục vụ"), is
// a target too, unless its predicate states a fact ("… đã được số hóa",
// "… đều được hưởng"). A figure governed by anything else is a rule's or a
// report's, not a target:
//
//   - a verb of entitlement, payment, ownership or award ("được Thành phố
//     hỗ trợ 100% học phí", "miễn 100% tiền thuê đất", "do Nhà nước nắm giữ
//     100% vốn điều lệ", "được xét tặng không quá 15% …"), a condition ("khi
//     có ít nhất 80% tổng số thành viên tham dự": a quorum) or a preposition
//     ("với 100% vốn góp", "với mức bằng 4,5% …"), or "có" opening the
//     clause ("Có 100% tổng số hiện vật được bảo quản": a standard to meet,
//     as ranking criteria write them);
//   - a prohibition ("không được vượt quá 50% số vốn nhàn rỗi"): a rule's
//     cap; a factor of a formula ("6% x (Ccg+Cql+Ck)");
//   - "bằng", which defines an amount by another ("Mức bồi thường bằng 50%
//     giá trị …", "được tính bằng 160% giá …"), when no goal governs it;
//   - a share of a price, fee, tax, wage, fund or sum of money ("30% chi
//     phí", "100% giá vé") — a rate — when no goal governs it ("giải ngân
//     100% kế hoạch vốn" is a target);
//   - an estimate ("đạt khoảng 61%") or an excess over a plan ("vượt 21,3%
//     kế hoạch"), unless a demand word (phấn đấu, bảo đảm, phải …) sets it.
//
// A figure in parentheses is a report's, unless it restates the level of a
// goal a demand sets before it ("phấn đấu tăng trưởng kinh tế vượt mục
// tiêu được giao (8%)": more than 8%; see restatedGoal).
//
// The nearest governor before the figure in its clause decides, with two
// exceptions that the sentence's shape decides:
//
//   - a figure inside a condition is the condition's threshold, whatever
//     demand the condition itself holds: "Trường hợp cần thiết phải điều
//     chỉnh mức giá … cao hơn từ trên 15% đến không quá 30% so với mức giá
//     quy định" (the sentence opens with "trường hợp" or "nếu"), "… với điều
//     kiện … phải có vốn đối ứng ít nhất 50%" (see inCondition);
//   - a figure in an item of a list whose lead-in names criteria, standards
//     or conditions and sets no goal ("… có ít nhất 02 trong 03 tiêu chí sau
//     đây:" / "- Tỷ lệ hộ gia đình … dưới 90%") is a criterion to meet — a
//     rule's threshold for classifying, ranking or awarding (see
//     criterionItem).

// governance is what governs a figure.
type governance uint8

const (
	govNone governance = iota // nothing: the figure heads its clause
	govGoal                   // a goal verb, demand or goal comparison
	govRule                   // a verb of a rule, a condition or a preposition
)

// ruleGovernors take a figure as the object of a rule: entitlements,
// payments, ownership, awards, computations, conditions, prepositions.
var ruleGovernors = tableOf(
	"hỗ trợ", "bồi thường", "miễn giảm", "miễn", "trợ cấp", "phụ cấp", "hưởng",
	"nắm giữ", "sở hữu", "góp vốn", "trích", "nộp", "chi trả", "xét tặng",
	"khen thưởng", "đề nghị tặng", "áp dụng", "được tính", "được thu", "được giảm",
	"được cấp", "được chi", "được phép", "khi có", "khi", "nếu", "trường hợp",
	"với", "bao gồm",
)

// goalGovernors take a figure as a goal: the triggers of the finder (goal
// words, demands, goal comparisons) and the verbs of a change or an
// allocation to reach.
var goalGovernors = tableOf(
	"giải ngân", "bố trí", "đạt", "phấn đấu", "bảo đảm", "đảm bảo", "mục tiêu",
	"chỉ tiêu", "phải", "cần", "yêu cầu", "hoàn thành", "cho", "bắt buộc",
	"quyết tâm", "duy trì", "giữ vững", "nâng",
	"cắt giảm", "giảm", "tăng", "rút ngắn", "tiết kiệm",
)

// moneyHeads name sums of money, as the first words of what a figure is a
// share of.
var moneyHeads = tableOf(
	"giá trị", "giá vé", "giá", "chi phí", "học phí", "lệ phí", "phí", "thuế",
	"số tiền", "tiền", "vốn", "kinh phí", "mức lương", "tiền lương", "lương cơ sở",
	"mức thu", "mức chi", "mức đóng", "trợ cấp", "phụ cấp",
)

// governor returns what governs the figure q in the clause that starts at
// token clause: the nearest goal or rule governor before its number
// (goalGovernors, ruleGovernors; "đạt được" is a report's, read elsewhere;
// a passive "được" before a goal verb makes it a rule's: "được giảm 50%
// tiền thuê đất"), "có" opening the clause, or a parenthesis after it that
// holds a demand ("100% (phấn đấu)").
func (fd *finder) governor(q *quantity, clause int) governance {
	if fd.demandInParens(q.postfix) {
		return govGoal
	}
	if fd.word(q.opStart-1, "không") && fd.word(q.opStart, "được") || fd.wordsAt(q.opStart-2, "không được") {
		return govRule // "không được vượt quá 50% số vốn": a prohibition, a rule's cap
	}
	if fd.formulaFactor(q.postfix) {
		return govRule // "6% x (Ccg+Cql+Ck)": a rate in a formula
	}
	if fd.word(q.opStart-1, "nhưng") && q.op != OpUnknown {
		return govNone // "…, nhưng không vượt quá 7% vốn điều lệ": the clause starts again
	}
	if fd.inCondition(q.opStart) || fd.criterionItem(q.i) {
		return govRule
	}
	lo := max(clause, q.i-14)
	for p := q.i - 1; p >= lo; p-- {
		if fd.toks[p].Kind != vntext.Word {
			continue
		}
		if s, ok := fd.anyEndingAt(p, lo, goalGovernors()); ok {
			if fd.word(s-1, "được") && !fd.word(p, "đạt") {
				return govRule // "được giảm 50% tiền thuê đất": an entitlement
			}
			if fd.word(p, "đạt") && fd.word(p+1, "được") {
				continue
			}
			return govGoal
		}
		if _, ok := fd.anyEndingAt(p, lo, ruleGovernors()); ok {
			return govRule
		}
		if p == clause && fd.word(p, "có") {
			return govRule // "Có 100% tổng số hiện vật …": a standard
		}
	}
	return govNone
}

// demandInParens reports whether a parenthesis right after a figure holds
// a demand word: "100% (phấn đấu)", "95% (bắt buộc)".
func (fd *finder) demandInParens(k int) bool {
	if !fd.punct(k, '(') {
		return false
	}
	for p := k + 1; p < len(fd.toks) && p < k+6 && !fd.punct(p, ')'); p++ {
		if _, ok := fd.anyAt(p, demandPhrases()); ok {
			return true
		}
	}
	return false
}

// moneyAt reports whether a sum of money is named at token k, after "của"
// or "tổng": "giá vé", "của chi phí lập quy hoạch", "tổng chi phí".
func (fd *finder) moneyAt(k int) bool {
	for n := 0; n < 2 && (fd.word(k, "của") || fd.word(k, "tổng")); n++ {
		k++
	}
	if fd.wordsAt(k, "gia đình") || fd.wordsAt(k, "gia tăng") || fd.wordsAt(k, "gia hạn") {
		return false // "hộ gia đình": no price
	}
	_, ok := fd.anyAt(k, moneyHeads())
	return ok
}

// planNouns name the plan a figure after "vượt" exceeds: "vượt 21,3% kế
// hoạch", "… dự toán", "… chỉ tiêu".
var planNouns = tableOf("kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu")

// estimateOrExcess reports whether the figure q is an estimate ("khoảng",
// "gần", "xấp xỉ" before it) or an excess over a plan ("vượt … kế hoạch",
// "… dự toán", "… chỉ tiêu").
func (fd *finder) estimateOrExcess(q *quantity) bool {
	for p := q.i - 1; p >= q.opStart && p >= q.i-3; p-- {
		if fd.word(p, "khoảng") || fd.word(p, "gần") || fd.wordsAt(p-1, "xấp xỉ") {
			return true
		}
	}
	if fd.word(q.i-1, "vượt") {
		if _, ok := fd.anyAt(q.postfix, planNouns()); ok {
			return true
		}
	}
	return false
}

// demandIn reports whether a demand word stands in tokens [a, b).
func (fd *finder) demandIn(a, b int) bool {
	for p := max(a, 0); p < b; p++ {
		if _, ok := fd.anyEndingAt(p, a, demandPhrases()); ok {
			return true
		}
	}
	return false
}

// perfectAfter reports whether the predicate after a figure ending at token
// a states what is done: "90% tổng số hồ sơ đã được số hóa" (a fact or a
// standard met), unless a demand follows "đã".
func (fd *finder) perfectAfter(a int) bool {
	for p := a; p < len(fd.toks) && p < a+20; p++ {
		tk := fd.toks[p]
		if tk.Kind == vntext.Punct && (tk.Text == "%" || tk.Text == "," || fd.hardBoundary(p)) || p > a && fd.paragraphBreak(p) {
			return false
		}
		if fd.word(p, "đã") && !fd.wordsAt(p-1, "tối đa") {
			_, demand := fd.anyAt(p+1, demandPhrases())
			return !demand
		}
	}
	return false
}

// goalLabel reports whether the phrase at token k follows a label that
// names a goal: "Chỉ tiêu tiêu hao năng lượng: -5%", "Mục tiêu năm 2025:
// 90%" — a colon right before it, and the label opening with "chỉ tiêu",
// "mục tiêu" or "phấn đấu".
func (fd *finder) goalLabel(k int) bool {
	if !fd.punct(k-1, ':') {
		return false
	}
	s := k - 1
	for s > 0 && s > k-14 && fd.toks[s-1].Kind != vntext.Punct && !fd.paragraphBreak(s) {
		s--
	}
	_, ok := fd.anyAt(s, goalLabels())
	return ok
}

// goalNouns name a level set to reach, which a figure in parentheses after
// them restates: "mục tiêu (8%)", "chỉ tiêu kế hoạch (95%)".
var goalNouns = tableOf("mục tiêu", "chỉ tiêu", "kế hoạch", "kịch bản")

// goalLabels open a label that names a goal: "Chỉ tiêu …:", "Mục tiêu
// năm 2025:", "Phấn đấu:".
var goalLabels = tableOf("chỉ tiêu", "mục tiêu", "phấn đấu")

// setDemands are the demand words that make a sentence set a goal (the
// demandPhrases without the goal nouns, which name one without setting it).
var setDemands = tableOf("phấn đấu", "bảo đảm", "đảm bảo", "phải", "cần", "yêu cầu", "bắt buộc", "quyết tâm")

// restatedGoal reports whether the figure q, in a parenthesis opened at
// token open, restates the level of a goal that a demand sets before it:
// "phấn đấu tăng trưởng kinh tế vượt mục tiêu được giao (8%)" is more than
// 8%, "bảo đảm hoàn thành chỉ tiêu kế hoạch (95%)" at least 95%. The goal
// noun (goalNouns) is the object of "vượt" (q.op becomes OpGT) or of
// "đạt", "hoàn thành" (OpGE), a few words before the parenthesis; a demand
// (setDemands, not in the past: "đã phấn đấu") opens the sentence before
// the verb. Without one ("tăng trưởng đạt 10,2%, vượt kịch bản (9%)") the
// figure is a report's, as any figure in parentheses is.
func (fd *finder) restatedGoal(open int, q *quantity) bool {
	if !fd.punct(open, '(') || q.j >= len(fd.toks) || !fd.punct(q.j, ')') {
		return false
	}
	lo := max(0, open-12)
	for p := open - 1; p >= lo; p-- {
		if fd.toks[p].Kind == vntext.Punct {
			return false
		}
		s, ok := fd.anyEndingAt(p, lo, goalNouns())
		if !ok {
			continue
		}
		op := OpUnknown
		v := s - 1
		switch {
		case fd.word(v, "vượt"):
			op = OpGT
		case fd.word(v, "đạt"):
			op = OpGE
		case fd.wordsAt(v-1, "hoàn thành"):
			op, v = OpGE, v-1
		default:
			continue
		}
		start := v
		for start > 0 && start > v-30 && !fd.hardBoundary(start-1) && !fd.paragraphBreak(start) {
			start--
		}
		for k := v - 1; k >= start; k-- {
			if d, ok := fd.anyEndingAt(k, start, setDemands()); ok && !fd.pastBefore(d) {
				q.op, q.strong = op, true
				// The measure is what stands between the demand and the
				// verb ("tăng trưởng kinh tế"), else the goal itself
				// ("chỉ tiêu kế hoạch").
				q.metI, q.metJ, q.restI = k+1, v, k+1
				if v == k+1 {
					q.metI, q.metJ = s, open
				}
				return true
			}
		}
		return false
	}
	return false
}

// formulaFactor reports whether token k, after a figure, multiplies it
// into a formula: "6% x (Ccg+Cql+Ck)", "(45%-55%) × Ccg", "10% * G" — a
// lone "x", "×" or "*" followed by a term.
func (fd *finder) formulaFactor(k int) bool {
	if fd.punct(k, ')') {
		k++ // "(45%-55%) x Ccg"
	}
	if k+1 >= len(fd.toks) {
		return false
	}
	tk := fd.toks[k]
	if !(tk.Kind == vntext.Word && tk.Text == "x" || fd.punct(k, '*') || tk.Text == "×") {
		return false
	}
	n := fd.toks[k+1]
	return n.Kind == vntext.Word || n.Kind == vntext.Number || fd.punct(k+1, '(')
}

// conditionOpeners open a sentence that states a condition: "Trường hợp
// …", "Trong trường hợp …", "Nếu …". ("Khi …" is not among them: "Khi
// triển khai phải bảo đảm 100% …" orders what to do when; a figure right
// after "khi" is still a rule's through ruleGovernors.)
var conditionOpeners = tableOf("trường hợp", "trong trường hợp", "nếu")

// inCondition reports whether token k lies inside a condition: its
// sentence opens with a conditionOpener, or "với điều kiện" stands before
// it in the sentence, and nothing closes the condition between — "thì",
// or a comma followed by a demand ("Nếu chưa đạt, phải bảo đảm 100% …"
// demands the figure). The sentence starts after a hard boundary or a
// blank line, at most 40 tokens back.
func (fd *finder) inCondition(k int) bool {
	lo := max(0, k-40)
	start := -1 // the sentence's first token
	for p := k - 1; p >= lo && start < 0; p-- {
		tk := fd.toks[p]
		switch {
		case tk.Kind == vntext.Punct && fd.hardBoundary(p):
			start = p + 1
		case tk.Kind == vntext.Punct && tk.Text[0] == ',':
			if _, ok := fd.anyAt(p+1, demandPhrases()); ok {
				return false
			}
		case tk.Kind != vntext.Word:
		case fd.word(p, "thì"):
			return false
		case fd.wordsAt(p, "với điều kiện"):
			return true
		case p == 0 || fd.paragraphBreak(p):
			start = p
		}
	}
	if start < 0 {
		return false
	}
	_, ok := fd.anyAt(start, conditionOpeners())
	return ok
}

// criteriaNouns name what a lead-in lists as conditions to meet.
var criteriaNouns = tableOf("tiêu chí", "tiêu chuẩn", "điều kiện")

// goalLeadWords make a lead-in set goals, whatever criteria it names
// ("Phấn đấu đạt các tiêu chí sau:", "Mục tiêu, chỉ tiêu:").
var goalLeadWords = tableOf("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch")

// criterionItem reports whether the figure at token i stands in an item
// of a list (a paragraph opening with a bullet, a letter or a number)
// whose lead-in — the nearest paragraph before it that ends with a colon,
// over the items between — names criteria, standards or conditions
// (criteriaNouns) and no goal (goalLeadWords): "… có ít nhất 02 trong 03
// tiêu chí sau đây:", "đạt các tiêu chuẩn sau:". The item is then a
// criterion a place, a body or a person must meet, not a target. The walk
// stops at a paragraph that is neither an item nor a lead-in, and after 40
// paragraphs.
func (fd *finder) criterionItem(i int) bool {
	src := fd.src
	at := fd.f.Orig(fd.toks[i].Start)
	start, _ := paragraphAround(src, at)
	if !listItem(src[start:]) {
		return false
	}
	for range 40 {
		if start == 0 {
			return false
		}
		a, b := paragraphAround(src, prevNonBlank(src, start))
		text := strings.TrimRight(strings.TrimSpace(src[a:b]), "*_")
		if strings.HasSuffix(text, ":") {
			// The lead-in as the finder folded it, not folded again.
			fa, fb := fd.f.Index(a), fd.f.Index(b)
			return fd.anyIn(fa, fb, criteriaNouns()) && !fd.anyIn(fa, fb, goalLeadWords())
		}
		if !listItem(text) {
			return false
		}
		start = a
	}
	return false
}

// paragraphAround returns the span of the paragraph of src around offset
// at: the lines between the blank lines (or the text's ends) around it.
func paragraphAround(src string, at int) (int, int) {
	a := strings.LastIndexByte(src[:at], '\n') + 1 // start of at's line
	for a > 0 {
		prev := strings.LastIndexByte(src[:a-1], '\n') + 1 // start of the line before
		if strings.TrimSpace(src[prev:a-1]) == "" {
			break
		}
		a = prev
	}
	b := at
	for b < len(src) {
		nl := strings.IndexByte(src[b:], '\n')
		if nl < 0 {
			return a, len(src)
		}
		b += nl + 1 // start of the next line
		end := strings.IndexByte(src[b:], '\n')
		if end < 0 {
			end = len(src) - b
		}
		if strings.TrimSpace(src[b:b+end]) == "" {
			return a, b - 1
		}
	}
	return a, len(src)
}

// prevNonBlank returns the offset of the last non-blank byte before
// offset a, or 0.
func prevNonBlank(src string, a int) int {
	t := strings.TrimRightFunc(src[:a], unicode.IsSpace)
	return max(len(t)-1, 0)
}

// listItem reports whether a paragraph opens with an item marker: a
// bullet ("-", "+", "*", "•", "–"), a letter or a number with ")" or "."
// ("a)", "1.", "2)"), or a number in parentheses ("(1)").
func listItem(p string) bool {
	p = strings.TrimLeft(strings.TrimSpace(p), "*_")
	if p == "" {
		return false
	}
	switch {
	case strings.HasPrefix(p, "-"), strings.HasPrefix(p, "+"), strings.HasPrefix(p, "•"), strings.HasPrefix(p, "–"):
		return true
	case p[0] == '(':
		j := 1
		for j < len(p) && j < 5 && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		return j > 1 && j < len(p) && p[j] == ')'
	}
	r, n := utf8.DecodeRuneInString(p)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	j := n
	for unicode.IsDigit(r) && j < len(p) && p[j] >= '0' && p[j] <= '9' {
		j++
	}
	return j < len(p) && (p[j] == ')' || p[j] == '.' && unicode.IsDigit(r))
}
