package kpi

import (
	"strings"
	"sync"
	"time"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// Past results and statements of fact.
//
// Directives interleave the results of a past period with what they demand:
// "năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45,2%, tăng 5,74% so cùng kỳ; năm
// 2024 phấn đấu đạt 60%". A figure is a result, not a target, when the
// sentence ties it to a past period or to a fact and no demand word comes
// between that tie and the figure:
//
//   - a past period before the figure in its sentence: "năm 2023" (a period
//     that ended before the document's date, when the caller gives it; see
//     [FindAsOf]), "năm trước", "năm qua", "vừa qua", "đến nay", "cùng kỳ",
//     "6 tháng đầu năm" with no year, a comparison "so với …"; a year counts
//     only where it frames the clause — it opens it, closes a fronted
//     adverbial ("Năm 2023, …"), or stands right before the figure — not
//     inside a noun phrase ("hồ sơ tồn đọng năm 2023");
//   - a past period right after a bare figure ("đạt 45% trong năm 2023");
//   - "đều" after the figure, which states a fact ("100% trẻ em … đều được
//     hưởng") unless a demand follows it ("đều phải").
//
// The demand words that keep a figure a target are those of obligation and
// aim: phấn đấu, bảo đảm, mục tiêu, chỉ tiêu, phải, cần, yêu cầu, bắt buộc,
// quyết tâm — and the goal comparisons (tối thiểu, không quá, trở lên …),
// which the caller checks first. "hoàn thành", "đạt", "cho" do not: "Năm
// 2023 hoàn thành 85% kế hoạch" is a result. A year not yet ended at the
// document's date stops the search: "năm 2024 đạt 60%" in a plan of 2024 is
// a goal.

// pastState is what the words before a figure say about its time.
type pastState uint8

const (
	pastNone    pastState = iota // nothing decisive
	pastDemand                   // a demand word nearer than any past tie
	pastReport                   // a past period or comparison
	pastPresent                  // a period not ended at the reference date
	pastGoal                     // "đến hết năm 2025": a goal date not past
)

// demandPhrases oblige or aim: they keep a figure a target in a sentence
// about the past.
var demandPhrases = tableOf(
	"phấn đấu", "bảo đảm", "đảm bảo", "mục tiêu", "chỉ tiêu", "phải", "cần",
	"yêu cầu", "bắt buộc", "quyết tâm",
)

// pastMarkers tie a figure to a past period or to a comparison with one.
var pastMarkers = tableOf(
	"vừa qua", "năm qua", "thời gian qua", "đến nay", "năm trước", "năm ngoái",
	"kỳ trước", "cùng kỳ", "tháng trước", "quý trước", "so với", "tháng đầu năm",
	"kết quả đạt được",
	// "tính đến hết ngày 31/10/2025": as of a day of reporting
	"tính đến",
)

// pastTails holds the foldings of the last words of demandPhrases and
// pastMarkers: a quick filter, as most words end no phrase of either.
var pastTails = sync.OnceValue(func() map[string]bool {
	tails := map[string]bool{}
	for _, t := range []*wordTable{demandPhrases(), pastMarkers()} {
		for _, p := range t.ps {
			tails[p.sp.Key[strings.LastIndexByte(p.sp.Key, ' ')+1:]] = true
		}
	}
	return tails
})

// pastFigure reports whether the figure q, whose phrase starts at token k,
// reports a past result or a fact (see the rules above).
func (fd *finder) pastFigure(q *quantity, k, floor int) bool {
	switch fd.timeBefore(k, floor) {
	case pastReport:
		return true
	case pastDemand, pastPresent, pastGoal:
		return false
	}
	return fd.pastAfter(q.postfix) || fd.factAfter(q.postfix)
}

// pastFloor returns the token where the search for the time of a figure
// stops: after the previous figure when that one is a target (its words
// belong to a demand: "tăng 10% so với năm 2023, tỷ lệ … đạt 90%"), else 0.
func (fd *finder) pastFloor(prev *quantity) int {
	if prev == nil || !prev.target {
		return 0
	}
	f := prev.postfix
	if fd.compareAt(f) {
		// Its comparison base too: "so với năm 2023".
		for f < len(fd.toks) && fd.toks[f].Kind != vntext.Punct {
			f++
		}
	}
	return f
}

// timeBefore scans back from token k through the sentence (across one
// colon: "Sở X: năm 2023 …"), not before token floor, for the nearest demand
// word, past tie or present period.
func (fd *finder) timeBefore(k, floor int) pastState {
	lo := max(floor, k-40)
	colon := false
	for p := k - 1; p >= lo; p-- {
		if fd.paragraphBreak(p + 1) {
			break
		}
		tk := fd.toks[p]
		switch tk.Kind {
		case vntext.Punct:
			if tk.Text == ":" && !colon {
				colon = true
				continue
			}
			if fd.hardBoundary(p) {
				return pastNone
			}
			continue
		case vntext.Number:
			end, s, ok := fd.yearPeriod(p)
			if !ok {
				continue
			}
			if !fd.framesClause(s, p, k) {
				p = s // the whole time phrase is read
				continue
			}
			if fd.ref.IsValid() && end.Before(fd.ref) {
				return pastReport
			}
			if fd.word(s-1, "đến") || fd.wordsAt(s-2, "đến hết") || fd.wordsAt(s-2, "đến cuối") {
				if !fd.word(s-2, "tính") && !fd.word(s-3, "tính") {
					return pastGoal // "Đến hết năm 2025, 95% xã …"
				}
			}
			if fd.ref.IsValid() {
				return pastPresent
			}
			p = s
			continue
		}
		if (fd.word(p, "nay") || fd.word(p, "tới") || fd.word(p, "sau")) && fd.relativeTimeEndingAt(p) {
			return pastPresent // "năm nay", "quý tới"
		}
		if !pastTails()[tk.Text] {
			continue // most words end no phrase of either table
		}
		if s, ok := fd.anyEndingAt(p, lo, demandPhrases()); ok {
			if fd.pastBefore(s) {
				return pastReport // "đã nỗ lực phấn đấu"
			}
			return pastDemand
		}
		if s, ok := fd.anyEndingAt(p, lo, pastMarkers()); ok {
			if fd.numberAt(p+1) && fd.word(p, "năm") {
				// "6 tháng đầu năm 2025": the year says when.
				p = s
				continue
			}
			return pastReport
		}
	}
	return pastNone
}

// pastAfter reports whether a past period follows the figure ending at token
// a: "đạt 45% trong năm 2023", "đạt 40% năm qua", "đạt 40% 6 tháng đầu năm".
func (fd *finder) pastAfter(a int) bool {
	m := a
	for m < len(fd.toks) && m < a+2 && (fd.word(m, "trong") || fd.word(m, "vào") || fd.word(m, "cả")) {
		m++
	}
	if _, ok := fd.anyAt(m, pastMarkers()); ok && !fd.wordsAt(m, "so với") {
		return true
	}
	if fd.numberAt(m) && fd.wordsAt(m+1, "tháng đầu năm") && !fd.numberAt(m+4) {
		return true
	}
	if !fd.ref.IsValid() {
		return false
	}
	for p := m; p < len(fd.toks) && p < m+6; p++ {
		if fd.toks[p].Kind == vntext.Punct {
			return false
		}
		if fd.toks[p].Kind != vntext.Number {
			continue
		}
		end, s, ok := fd.yearPeriod(p)
		return ok && s <= m && end.Before(fd.ref)
	}
	return false
}

// factAfter reports whether "đều" follows the figure in its clause with no
// demand after it: "100% trẻ em dưới 6 tuổi đều được cấp thẻ".
func (fd *finder) factAfter(a int) bool {
	for p := a; p < len(fd.toks) && p < a+20; p++ {
		tk := fd.toks[p]
		if tk.Kind == vntext.Punct && (tk.Text == "%" || fd.hardBoundary(p)) || p > a && fd.paragraphBreak(p) {
			return false // the clause or the next figure begins
		}
		if fd.word(p, "đều") {
			_, demand := fd.anyAt(p+1, demandPhrases())
			return !demand
		}
	}
	return false
}

// framesClause reports whether the time phrase [s, e] frames the clause of
// the figure whose phrase starts at token k: it opens the clause or the
// sentence, closes a fronted adverbial ("Năm 2023, …"), or stands right
// before the figure's phrase ("Sở X năm 2023 đạt 45%").
func (fd *finder) framesClause(s, e, k int) bool {
	// Prepositions of time before the phrase: "trong năm 2023", "đến hết
	// năm 2023", "tính đến quý I/2024".
	for n := 0; n < 3 && fd.exactly(s-1, s, timePrepositions()); n++ {
		s--
	}
	if s == 0 || fd.paragraphBreak(s) || fd.toks[s-1].Kind == vntext.Punct {
		return true
	}
	if e+1 == k {
		return true
	}
	return e+1 < len(fd.toks) && (fd.punct(e+1, ',') || fd.punct(e+1, ':'))
}

// yearPeriod reads the period of which the number at token p is the year:
// "năm 2023", "tháng 6/2023", "tháng 6 năm 2023", "quý I/2023", "6 tháng đầu
// năm 2023", "2021-2025". It returns the last day of the period and the
// first token of the phrase. A date ("ngày 15/3/2023"), a start ("từ năm
// 2023") and a comparison base ("so với năm 2023") are not periods of the
// figure.
func (fd *finder) yearPeriod(p int) (calendar.Date, int, bool) {
	tk := fd.toks[p]
	if tk.Kind != vntext.Number || len(tk.Text) != 4 {
		return calendar.Date{}, 0, false
	}
	y := tk.Value()
	if y < 1900 || y > 2100 {
		return calendar.Date{}, 0, false
	}
	end := calendar.Date{Year: y, Month: time.December, Day: 31}
	s := p
	switch {
	case fd.punct(p-1, '/') && fd.toks[p-1].End == tk.Start:
		m := p - 2
		if m < 0 || fd.toks[m].End != fd.toks[p-1].Start {
			return calendar.Date{}, 0, false
		}
		switch {
		case fd.punct(m-1, '/') && fd.numberAt(m-2):
			// "đến ngày 30/6/2024": a date counts only as the end of
			// what is reported; elsewhere it is a deadline or the date
			// of a cited document.
			d := calendar.Date{Year: y, Month: time.Month(fd.toks[m].Value()), Day: fd.toks[m-2].Value()}
			s = m - 2
			if fd.word(s-1, "ngày") {
				s--
			}
			if !d.IsValid() || !fd.word(s-1, "đến") {
				return calendar.Date{}, 0, false
			}
			return d, s, true
		case fd.word(m-1, "tháng") && fd.numberAt(m):
			mo := fd.toks[m].Value()
			if mo < 1 || mo > 12 {
				return calendar.Date{}, 0, false
			}
			end = monthEnd(y, mo)
		case fd.word(m-1, "quý"):
			q, ok := vntext.Roman(fd.toks[m].Text)
			if fd.numberAt(m) {
				q, ok = fd.toks[m].Value(), true
			}
			if !ok || q < 1 || q > 4 {
				return calendar.Date{}, 0, false
			}
			end = monthEnd(y, 3*q)
		default:
			return calendar.Date{}, 0, false // a date or a document symbol
		}
		s = m - 1
	case fd.punct(p-1, '-') && p >= 2 && fd.numberAt(p-2) && len(fd.toks[p-2].Text) == 4 && fd.toks[p-2].Value() < y:
		// "giai đoạn 2021-2025": the period ends with its last year.
		s = p - 2
		if fd.wordsAt(s-2, "năm học") {
			// A school year ends in May: the yearly framework of the
			// Ministry of Education and Training closes it by 31 May
			// (e.g. Quyết định 2045/QĐ-BGDĐT, năm học 2024-2025).
			end, s = calendar.Date{Year: y, Month: time.May, Day: 31}, s-2
		} else if fd.word(s-1, "năm") {
			s--
		}
		if fd.wordsAt(s-2, "giai đoạn") {
			s -= 2
		}
	case fd.word(p-1, "năm"):
		s = p - 1
		switch {
		case fd.numberAt(s-1) && fd.word(s-2, "tháng"):
			if fd.numberAt(s-3) || fd.word(s-3, "ngày") {
				return calendar.Date{}, 0, false // "ngày 15 tháng 3 năm 2023"
			}
			mo := fd.toks[s-1].Value()
			if mo < 1 || mo > 12 {
				return calendar.Date{}, 0, false
			}
			end, s = monthEnd(y, mo), s-2
		case fd.word(s-1, "đầu") && fd.word(s-2, "tháng") && fd.numberAt(s-3):
			n := fd.toks[s-3].Value()
			if n < 1 || n > 12 {
				return calendar.Date{}, 0, false
			}
			end, s = monthEnd(y, n), s-3
		}
	default:
		return calendar.Date{}, 0, false
	}
	if fd.word(s-1, "từ") || fd.wordsAt(s-2, "so với") || fd.compareAt(s-1) {
		return calendar.Date{}, 0, false
	}
	return end, s, true
}

// monthEnd returns the last day of month m of year y.
func monthEnd(y, m int) calendar.Date {
	return calendar.Date{Year: y, Month: time.Month(m), Day: calendar.DaysIn(y, time.Month(m))}
}

// timePrepositions stand before a time phrase and belong to it: "trong
// năm 2023", "đến hết năm 2023", "tính đến quý I/2024", "cả năm", "hồi
// tháng 3".
var timePrepositions = tableOf("trong", "vào", "hết", "đến", "tính", "cả", "cuối", "đầu", "hồi")

// compareBases follow "so" in a comparison written without "với": "so
// cùng kỳ", "so năm 2023", "so kế hoạch", "so bình quân".
var compareBases = tableOf("cùng", "kỳ", "năm", "tháng", "quý", "đầu", "cuối", "bình", "kế", "mức", "trước")

// relativeWords and relativeUnits name a time relative to the text's own:
// "năm nay", "tháng trước", "quý tới", "kỳ sau", "năm qua", "năm ngoái".
var (
	relativeWords = tableOf("nay", "tới", "sau", "trước", "qua", "ngoái")
	relativeUnits = tableOf("năm", "tháng", "quý", "kỳ", "tuần")
)

// compareAt reports whether a comparison with a reference starts at token k:
// "so với …", or "so" before a word of compareBases ("so cùng kỳ", "so năm
// 2023", "so kế hoạch"); "số", "sở" are other words.
func (fd *finder) compareAt(k int) bool {
	if !fd.word(k, "so") {
		return false
	}
	return fd.wordsAt(k, "so với") || fd.exactly(k+1, k+2, compareBases())
}

// measureBefore returns the measure named before an earlier figure of the
// same paragraph ("tỷ lệ hồ sơ trực tuyến đạt 45,2%"), for a goal that names
// none ("năm 2024 phấn đấu đạt 60%"): the subject of the nearest earlier
// figure, when it is a named ratio (tỷ lệ, tỷ trọng, mức độ, chỉ số) and no
// bullet or blank line comes between.
func (fd *finder) measureBefore(qs []quantity, k int) string {
	q := &qs[k]
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if q.i-qs[j].j > 60 {
			return ""
		}
		for p := qs[j].j; p <= q.i; p++ {
			if fd.paragraphBreak(p) || p < q.i && fd.toks[p].Kind == vntext.Punct && fd.toks[p].Text != "." && fd.toks[p].Text != ";" && fd.toks[p].Text != ":" && fd.hardBoundary(p) {
				return ""
			}
		}
		sa, sb := fd.subjectBefore(&qs[j], prevQuantityEnd(qs, j))
		// Report words are not part of it: "tỷ lệ … mới đạt 39,5%".
		for sb > sa {
			s, ok := fd.anyEndingAt(sb-1, sa+1, reportPhrases())
			if !ok {
				break
			}
			sb = s
		}
		if sb > sa && (fd.wordsAt(sa, "tỷ lệ") || fd.wordsAt(sa, "tỉ lệ") || fd.wordsAt(sa, "tỷ trọng") ||
			fd.wordsAt(sa, "tỉ trọng") || fd.wordsAt(sa, "mức độ") || fd.wordsAt(sa, "chỉ số")) {
			m, _, _ := fd.span(sa, sb)
			return m
		}
	}
	return ""
}

// relativeTimeEndingAt reports whether a time named relative to the text's
// own ("năm nay", "năm trước", "quý tới") ends at token p.
func (fd *finder) relativeTimeEndingAt(p int) bool {
	return fd.exactly(p, p+1, relativeWords()) && fd.exactly(p-1, p, relativeUnits())
}
