package calendar

import "github.com/chidao/chidao/internal/vntext"

// This file reads conditions and triggers: the clauses that make a task
// wait for something with no date ("nếu phát hiện sai phạm", "khi được
// cơ quan chủ trì lấy ý kiến", "Trường hợp chậm trễ", "trước khi trình
// Ủy ban nhân dân tỉnh"). They are events (kind "event"), their span the
// whole clause: ANNOTATION.md, times ("conditions and triggers … as
// events").
//
//	condition = "neu" clause                               (the conjunction "nếu", not "nêu")
//	          | ["mot"] "khi" trigger clause               (the conjunction "khi", not "khí")
//	          | "den khi" clause
//	          | ["trong"] "truong hop" clause              (at the start of a clause)
//	          | "trong mot so truong hop" [clause]
//	          | ("truoc" | "sau") "khi" clause
//	          | "het" ("thoi han" | "han") clause          (at the start of a clause)
//	clause    = word … to conditionEnd                     (at least one word)
//	trigger   = khiPredicates (words.go): "có", "được", "đủ", "cần", "phát sinh" …
//
// Folded text has lost the tones that tell "nếu" (if) from "nêu" (to
// state) and "khi" (when) from "khí" (gas, air, weapon), and the directive
// parser hands the calendar folded text; the words around decide
// (isConditionalNeu, isConjunctionKhi). A clause ends where another
// joins it (connective: "thì", "để", "và" …), at punctuation, before the
// first time expression inside it ("nếu quá 30 ngày kể từ ngày nhận hồ
// sơ": the offset is its own), or after 24 words; "theo", "trong", "tại"
// that start no expression are its words ("khi đủ điều kiện theo quy
// định"). Conditions do not nest: while the
// end of one is sought, the expressions tried inside it read no event.

// condition reads a condition at i and returns the end of its clause.
func (sc *scanner) condition(i int) (int, bool) {
	start := sc.skipSpace(i)
	j := start
	switch w, e := sc.nextWord(j); w {
	case "neu":
		if !sc.isConditionalNeu(start, e) {
			return i, false
		}
		if e2, ok := sc.phrase(e, "co"); ok {
			if w, _ := sc.nextWord(e2); w == "" {
				return i, false // "(nếu có)": if any, of the noun before
			}
		}
		j = e
	case "mot", "den", "khi":
		k := j
		if w != "khi" {
			k = e
		}
		e2, ok := sc.phrase(k, "khi")
		if !ok || !sc.isConjunctionKhi(start, e2) {
			return i, false
		}
		if w != "den" {
			end := sc.conditionEnd(e2)
			if !sc.khiTrigger(e2, end) {
				return i, false // "khi thực hiện …": the manner of the task, no trigger
			}
			return end, true
		}
		j = e2
	case "truoc", "sau":
		e2, ok := sc.phrase(e, "khi")
		if !ok {
			return i, false
		}
		j = e2
	case "het":
		// "Hết thời hạn tạm đình chỉ …, …": a time limit running out,
		// where a clause opens.
		e2, ok := sc.anyPhrase(e, "thoi han", "han")
		if !ok || !sc.clauseStart(start) {
			return i, false
		}
		j = e2
	case "trong", "truong":
		if !sc.clauseStart(start) {
			return i, false
		}
		k, some := j, false
		if w == "trong" {
			k = e
			if e2, ok := sc.phrase(k, "mot so"); ok {
				k, some = e2, true
			}
		}
		e2, ok := sc.phrase(k, "truong hop")
		if !ok {
			return i, false
		}
		switch w2, _ := sc.nextWord(e2); w2 {
		case "nay", "do", "tren", "khac":
			return i, false // "trong trường hợp này": the case is named before
		case "":
			if !some {
				return i, false
			}
			return e2, true // "Trong một số trường hợp, …"
		}
		if t := sc.tok(e2); t.Kind == vntext.Number {
			return i, false // "Trường hợp 1": a heading
		}
		j = e2
	default:
		return i, false
	}
	end := sc.conditionEnd(j)
	if end == j {
		return i, false
	}
	return end, true
}

// clauseStart reports whether the word at folded offset i starts a clause:
// at the start of the text, after punctuation, or after "và", "hoặc",
// "thì".
func (sc *scanner) clauseStart(i int) bool {
	k := sc.backSpace(i)
	if k == 0 {
		return true
	}
	switch c := sc.s[k-1]; {
	case vntext.IsLetter(c) || vntext.IsDigit(c):
	case c == '%':
		return false
	default:
		return true
	}
	switch sc.prevWord(i) {
	case "va", "hoac", "thi":
		return true
	}
	return false
}

// isConditionalNeu reports whether "neu" at start (its word ending at e)
// is the conjunction "nếu" rather than the verb "nêu": not after the words
// that put a verb in the passive or the past ("đã nêu", "được nêu", "như
// nêu", "vừa nêu"), nor before the complements "nêu" takes ("nêu rõ",
// "nêu tại", "nêu trên", "nêu ra", "nêu cao", "nêu gương", "nêu bật",
// "nêu lên", "nêu ý kiến", "nêu vấn đề").
func (sc *scanner) isConditionalNeu(start, e int) bool {
	switch sc.prevWord(start) {
	case "da", "duoc", "nhu", "vua":
		return false
	}
	switch w, _ := sc.nextWord(e); w {
	case "", "ro", "tai", "tren", "ra", "cao", "guong", "bat", "len":
		return false
	}
	_, ok := sc.anyPhrase(e, "y kien", "van de")
	return !ok
}

// isConjunctionKhi reports whether "khi" ending at e (the phrase it leads
// starting at start) is the conjunction "khi" rather than "khí": not the
// last word of "vũ khí", "cơ khí", "không khí", "dầu khí", "sĩ khí"
// (which also rules out "có khi", sometimes, and "không khi nào"), nor
// the first of "khí hậu", "khí thải", "khí tượng", "khí đốt", "khí tài",
// "khí cụ", "khí thế", "khí chất", "khí nhà kính", "khí sinh học"; and not
// the adverbs "khi đó", "khi ấy", "khi nào" or "trong khi" (whereas).
func (sc *scanner) isConjunctionKhi(start, e int) bool {
	if sc.s[start] == 'k' {
		switch sc.prevWord(start) {
		case "vu", "co", "khong", "dau", "si", "trong":
			return false
		}
	}
	switch w, _ := sc.nextWord(e); w {
	case "", "hau", "thai", "tuong", "dot", "tai", "cu", "the", "chat", "nha", "sinh", "do", "ay", "nao":
		return false
	}
	return true
}

// khiTrigger reports whether the clause [i, end) after "khi" names
// something that happens or holds, which the task waits for: it opens with
// one of khiPredicates ("khi có yêu cầu", "khi được giao", "khi đủ điều
// kiện", "khi phát sinh", "khi tổng kết đợt thi đua", "khi nhận được hồ
// sơ"), or a subject comes first and the clause ends in a verb of
// completion ("khi hệ thống … hoàn thiện", "khi Luật … có hiệu lực"). "khi"
// before the verbs of the task's own work ("khi thực hiện dịch vụ công",
// "khi cập nhật, đồng bộ", "khi giải quyết thủ tục") says how the work is
// done, not when: no event.
func (sc *scanner) khiTrigger(i, end int) bool {
	for _, p := range khiPredicates {
		if _, ok := sc.phrase(i, p); ok {
			return true
		}
	}
	// "khi hệ thống Thư điện tử công vụ gặp sự cố": a subject and what
	// befalls it.
	for k := i; k < end; {
		w, e := sc.nextWord(k)
		if w == "" {
			break
		}
		if k > i {
			for _, p := range eventVerbs {
				if _, ok := sc.phrase(k, p); ok {
					return true
				}
			}
		}
		k = e
	}
	for _, p := range completionVerbs {
		if k := end - len(p); k > i && sc.s[k:end] == p && sc.s[k-1] == ' ' {
			return true
		}
	}
	return false
}

// conditionEnd returns the end of a condition's clause from i; see the
// comment at the top of this file.
func (sc *scanner) conditionEnd(i int) int {
	end := i
	for n := 0; n < 24; n++ {
		t := sc.tok(end)
		switch t.Kind {
		case vntext.Number:
		case vntext.Word:
			if n > 0 && sc.connective(t) {
				return end // the first word is the clause's own: "khi để xảy ra …"
			}
			if !isTrigger(t.Text) {
				end = t.End
				continue
			}
		default:
			return end
		}
		if sc.startsExpr(t) {
			return end
		}
		if t.Kind == vntext.Number {
			if n2 := sc.tok(t.End); n2.Kind == vntext.Punct && n2.Text != "," {
				return end // a figure ("đạt 80%") or a symbol: not the clause's words
			}
		}
		end = t.End
	}
	return end
}

// startsExpr reports whether a time expression other than an event starts
// at the token t. The scanner is left as it was: the state a match may
// set (the list ends, an error) is put back. (Field by field: copying the
// whole scanner back through the pointer would move the folded text of
// Parse to the heap.)
func (sc *scanner) startsExpr(t vntext.Token) bool {
	ok, n := sc.gate(t)
	if !ok {
		return false
	}
	failed, listUntil, cadenceAt := sc.failed, sc.listUntil, sc.cadenceAt
	sc.inCondition = true
	_, r := sc.exprTok(t, n)
	sc.inCondition, sc.listUntil, sc.cadenceAt = false, listUntil, cadenceAt
	if !failed {
		sc.clearErr()
	}
	return r != rNo
}
