package calendar

import (
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the words before an expression that change what it
// says about a task: a baseline of comparison ("giảm 30% so với năm
// 2023") names no time of the task, and a date or period that closes a
// goal ("đạt 95% vào cuối năm 2024") is the time by which it is reached.

// compared reports whether m is a date or period named as a baseline
// (see baseline): what a figure is compared with, not a time of the
// text's own, so FindAll and Parse pass over it.
func (sc *scanner) compared(m *match) bool {
	return (m.e.Kind == KindDate || m.e.Kind == KindPeriod) && sc.baseline(m.start)
}

// baseline reports whether the date or period whose folded text starts at
// start is the object of a comparison: "so với (cùng kỳ) năm 2023", "so
// sánh với ngày 31/12/2023", "so cùng kỳ năm 2023", with at most a few
// plain words ("so với kết quả thực hiện năm 2023") and no punctuation or
// number between the comparison word and the expression.
func (sc *scanner) baseline(start int) bool {
	// Seven words back are at most this many bytes in most texts; the
	// walk below is done only when "so" may be among them.
	if !strings.Contains(sc.s[max(0, start-72):start], "so ") {
		return false
	}
	k := start
	for n := 0; n < 7; n++ {
		w, at := sc.wordBefore(k)
		if w == "" {
			return false
		}
		k = at
		switch w {
		case "voi":
			p, at := sc.wordBefore(k)
			if p == "sanh" {
				p, _ = sc.wordBefore(at)
			}
			if p == "so" {
				return true
			}
		case "ky", "ki":
			// "so cùng kỳ năm 2023" (without "với")
			if p, at := sc.wordBefore(k); p == "cung" {
				if p, _ := sc.wordBefore(at); p == "so" {
					return true
				}
			}
		}
	}
	return false
}

// wordBefore is prevWord with the offset where the word starts.
func (sc *scanner) wordBefore(k int) (string, int) {
	w := sc.prevWord(k)
	if w == "" {
		return "", k
	}
	return w, sc.backSpace(k) - len(w)
}

// goalBy reports whether the date or period whose folded text starts at
// start follows "vào" at the end of a goal's clause: "đạt 95% vào cuối
// năm 2024", "hoàn thành vào quý III/2024", "phấn đấu vào năm 2025 …".
// The clause runs back to the nearest punctuation other than "%" (at most
// 16 tokens); it is a goal when it holds "hoàn thành", "xong", "phấn đấu",
// or "đạt" followed by a number.
func (sc *scanner) goalBy(start int) bool {
	w, k := sc.wordBefore(start)
	if w != "vao" {
		return false
	}
	s := sc.s
	k = sc.backSpace(k)
	num := false
	for n := 0; n < 16 && k > 0; n++ {
		c := s[k-1]
		switch {
		case vntext.IsDigit(c):
			// "95", "2,5", "1.000"
			for k > 0 && (vntext.IsDigit(s[k-1]) || (s[k-1] == '.' || s[k-1] == ',') && k > 1 && vntext.IsDigit(s[k-2])) {
				k--
			}
			num = true
		case c == '%':
			k--
		case vntext.IsLetter(c):
			w, at := sc.wordBefore(k)
			k = at
			p, _ := sc.wordBefore(k)
			switch {
			case w == "dat" && num, w == "xong", w == "thanh" && p == "hoan", w == "dau" && p == "phan":
				return true
			}
		default:
			return false
		}
		k = sc.backSpace(k)
	}
	return false
}

// cadenceItem reads at i one more cadence of a list that a cadence heads:
// ", 6 tháng", "và năm", ", hằng năm" in "định kỳ hằng quý, 6 tháng, năm
// báo cáo" — a unit word, a number of months or years, or a whole
// cadence, after a comma, "và" or "hoặc". A unit that goes on to name a
// period ("năm 2024", "6 tháng đầu năm", "quý I", "năm học") is none.
func (sc *scanner) cadenceItem(i int) (match, bool) {
	if k := sc.skipSpace(i); k >= len(sc.s) || sc.s[k] != ',' && sc.s[k] != 'v' && sc.s[k] != 'h' {
		return match{}, false
	}
	j, ok := sc.punct(i, ',')
	if e, ok2 := sc.anyPhrase(j, "va", "hoac"); ok2 {
		j, ok = e, true
	}
	if !ok {
		return match{}, false
	}
	start := sc.skipSpace(j)
	if e, ok := sc.anyPhrase(start, "dinh ky", "dinh ki", "hang", "moi"); ok {
		j = e
	}
	n, nd, e, ok := sc.number(j)
	if ok && (nd > 2 || n < 1 || n > 12 || !sc.atBoundary(e)) {
		return match{}, false
	}
	if !ok {
		// "sáu tháng"; "năm" alone is the unit, not five.
		if n, _, e, ok = sc.numberWord(j); ok {
			if _, _, ok = sc.unit(e); !ok {
				n, e = 1, j
			}
		} else {
			n, e = 1, j
		}
	}
	g, end, ok := sc.unit(e)
	if !ok || n > 1 && g != GrainMonth && g != GrainYear {
		return match{}, false
	}
	t := sc.tok(end)
	switch t.Kind {
	case vntext.Number:
		return match{}, false // "năm 2024", "tháng 6"
	case vntext.Punct:
		if c := t.Text[0]; c == '/' || c == '-' {
			return match{}, false
		}
	case vntext.Word:
		if _, roman := vntext.Roman(t.Text); roman {
			return match{}, false // "quý I"
		}
		switch t.Text {
		case "dau", "giua", "cuoi", "nua", "nay", "sau", "toi", "truoc", "tiep", "ke", "tinh", "qua", "hoc", "tai", "thu", "lam", "le", "mot", "lan", "cua", "do", "kia", "ngoai", "moi", "hang":
			return match{}, false
		}
	}
	rc := Recurrence{Every: g, Interval: n}
	return match{e: Expr{Kind: KindRecurrence, Recurrence: rc}, rank: rankTask, start: start, end: end}, true
}

// goalAfter reports whether a goal is set right after a year that ends at
// i: "năm 2024 phấn đấu …", "Năm 2025, phấn đấu …".
func (sc *scanner) goalAfter(i int) bool {
	if e, ok := sc.punct(i, ','); ok {
		i = e
	} else if e, ok := sc.punct(i, ':'); ok {
		i = e
	}
	_, ok := sc.phrase(i, "phan dau")
	return ok
}

// goal reads anchor a, which anchorExpr found with no relation, as the
// time a goal is due: a year with a goal set right after it ("năm 2024
// phấn đấu đạt 60%"), or an anchor after a goal's "vào" ("đạt 95% vào
// cuối năm 2024": reached within that period, as "hoàn thành trong năm"
// is done within it; by that day when it is one day). A goal of a past
// year is a result ("năm 2023 đạt 45% vào tháng 12/2023") and stays a
// period. ok is false when a is no goal's time.
func (sc *scanner) goal(a *anchor) (m match, r res, ok bool) {
	if a.form == fYear && a.y >= sc.ref.Year && sc.goalAfter(a.end) {
		m, r = sc.deadline(a.start, RelationWithin, a)
		return m, r, true
	}
	if a.form == fPartial || !sc.goalBy(a.start) {
		return match{}, rNo, false
	}
	p, r := sc.resolve(a, sc.ref.Year)
	if r != rOK {
		return match{}, r, true
	}
	if a.hasYear() && p.Last.Before(sc.ref) {
		return match{}, rNo, false
	}
	rel := RelationWithin
	if p.First == p.Last {
		rel = RelationBy
	}
	m, r = sc.deadline(a.start, rel, a)
	return m, r, true
}
