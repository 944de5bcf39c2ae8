package calendar

import (
	"time"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads whole expressions, built on the anchors of
// parse_anchor.go. The grammar over folded words, tried at every token by
// FindAll (and Parse):
//
//	expr      = label (relation | anchorExpr | ongoing) | relation | relative
//	          | recurrence | open | since | range | ongoing | event | anchorExpr
//	label     = ("thoi han" | "han" | "thoi gian") word{0,3} ":"      (kept out of the span)
//	relation  = rel anchorExpr
//	rel       = "truoc" [cuoi…]                        → before ("trước cuối năm": by)
//	          | "truoc khi (ket thuc | het)"           → by
//	          | "cham nhat" ["la" | "vao" | "den" | "trong"]   → by ("chậm nhất trước": before)
//	          | "han chot" | "han cuoi" [":"] ["la"]  | "khong (muon|cham) hon" | "khong qua" → by
//	          | "den" ["het"] | "het" | "tu nay den" ["het"]   → until (a year), by (anything else)
//	          | "tam nhin den" | "dinh huong den"      → until
//	          | "trong"                                → within
//	anchorExpr= anchor [cadence [dayrule]] | anchor openEnd   ("và những năm tiếp theo", "trở đi": see openEnd)
//	recurrence= ["dinh ky" [least]] cadence [dayrule] | "dinh ky"        (a bare one: no cadence)
//	          | rel "ngay" D ["cua"] "thang cuoi" ["cua"] ["moi" | "hang"] "quy"   (quarterly)
//	          | rel "ngay" D[/M] ("," | "va") … D[/M] cadence                     (each day of a list)
//	          | "bao cao" word{0,4} period ["("] rel "ngay" D[/M] [")"]          (a report's due day)
//	          | cadence ("," | "va" | "hoac") [cadence word] [N] unit …          (a list: one each, FindAll)
//	          | "dinh ky" N unit ["mot lan" | "1 lan" | "/" "lan"] | N unit ("mot lan" | "1 lan" | "/" "lan")
//	          | weekday cadence | ("truoc" | "vao") "ngay" D[/M] cadence
//	cadence   = ("hang" | "moi") ("ngay" | "tuan" | "thang" | "quy" | "nam")   (not after cadenceHeads)
//	least     = "toi thieu" | "it nhat"                (the least frequency: "định kỳ tối thiểu 01 tuần/lần")
//	dayrule   = ["," | "(" | ":"] ["truoc" | "vao" | "cham nhat"] "ngay" D[/M] [last month of the quarter]
//	relative  = see parse_offset.go: "trong vòng 30 ngày kể từ ngày ký", "không quá 15 ngày",
//	            "sau 45 ngày kể từ ngày ký", "chậm nhất 10 ngày sau khi …", "(2 ngày)"
//	open      = ("tu" | "ke tu") anchorExpr ["tro di"] | "ke tu ngay" ("ky" | "ban hanh")
//	since     = "sau" anchor                           (open from the day after it)
//	range     = "tu" anchor ("den" | "toi") anchor     (the start borrows the end's month and year)
//	ongoing   = "thuong xuyen" ["," | "va"] ["lien tuc"] | "lien tuc"     (not after regularHeads)
//	          | "24/24" ["gio"]                                            (roundTheClock)
//	event     = see eventAt: "khi có yêu cầu (của …)", "nếu có …", "theo yêu cầu", "sau khi …"
//
// Folded text writes "kỳ" and "kì" apart ("ky", "ki"): the grammar takes
// both wherever the word is "kỳ" or "ký" ("định kì", "thời kì", "ngày kí").
// The word tables that tell a time word from the same letters used
// otherwise ("mặt hàng quy định", "Nghị quyết hằng năm") are in words.go.
//
// Words around an anchor change what it says (parse_context.go): after "so
// với" (a baseline of comparison) a date or period is left out; after a
// goal's "vào" ("đạt 95% vào cuối năm 2024") or before "phấn đấu" ("năm
// 2024 phấn đấu …") it is a deadline within it.
//
// Spans start at the relation word and end at the last date or number token;
// verbs ("hoàn thành"), plain prepositions ("vào", "lúc") and place names are
// left out.

// match is one expression found in folded text.
type match struct {
	e          Expr // Start and End are folded offsets
	rank       int  // for choosing the primary expression of a text
	start, end int
}

// Ranks, for choosing the primary expression of a text: a deadline,
// cadence or offset says when a task is due; an open start, a duty
// ("thường xuyên") or an event says so less precisely; both outrank a plain
// date or period in the same text.
const (
	rankPlain = 1
	rankVague = 2
	rankTask  = 3
)

// deadline builds a deadline of relation rel on anchor a.
func (sc *scanner) deadline(start int, rel Relation, a *anchor) (match, res) {
	y := sc.ref.Year
	p, r := sc.resolve(a, y)
	if r != rOK {
		return match{}, r
	}
	if !a.hasYear() && a.form != fYear && a.form != fYears && !sc.opt.KeepYear && p.Last.Before(sc.ref) {
		if p, r = sc.resolve(a, y+1); r != rOK {
			return match{}, r
		}
	}
	if rel == RelationBy && (a.form == fYear || a.form == fYears) && a.relEnd {
		rel = RelationUntil
	}
	e := Expr{Kind: KindDeadline, Period: p, Relation: rel, Time: a.t, Warning: a.warning()}
	return match{e: e, rank: rankTask, start: start, end: a.end}, rOK
}

// plain turns an anchor into a date, period or partial date.
func (sc *scanner) plain(a *anchor) (match, res) {
	p, r := sc.resolve(a, sc.ref.Year)
	if r != rOK {
		return match{}, r
	}
	k := KindPeriod
	switch {
	case a.form == fPartial:
		k = KindPartial
	case p.Grain == GrainDay && p.First == p.Last:
		k = KindDate
	}
	return match{e: Expr{Kind: k, Period: p, Time: a.t, Warning: a.warning()}, rank: rankPlain, start: a.start, end: a.end}, rOK
}

// cadence reads "hằng/hàng/mỗi ngày|tuần|tháng|quý|năm".
func (sc *scanner) cadence(i int) (Grain, int, bool) {
	e, ok := sc.anyPhrase(i, "hang", "moi")
	if !ok {
		return 0, i, false
	}
	if g, e2, ok := sc.unit(e); ok {
		return g, e2, true
	}
	return 0, i, false
}

// unit reads a unit word of an interval: ngày, tuần, tháng, quý, năm.
func (sc *scanner) unit(i int) (Grain, int, bool) {
	w, e := sc.nextWord(i)
	switch w {
	case "ngay":
		return GrainDay, e, true
	case "tuan":
		return GrainWeek, e, true
	case "thang":
		return GrainMonth, e, true
	case "quy", "qui":
		if e, ok := sc.quarterUnit(i); ok {
			return GrainQuarter, e, true
		}
	case "nam":
		return GrainYear, e, true
	}
	return 0, i, false
}

// once reads "một lần", "1 lần", "/lần", "/1 lần" after an interval.
func (sc *scanner) once(i int) (int, bool) {
	j := i
	if e, ok := sc.punct(j, '/'); ok {
		j = e
		if v, _, e2, ok := sc.number(j); ok && v == 1 {
			j = e2
		}
		return sc.phrase(j, "lan")
	}
	if e, ok := sc.phrase(j, "mot lan"); ok {
		return e, true
	}
	if v, _, e, ok := sc.number(j); ok && v == 1 {
		return sc.phrase(e, "lan")
	}
	return i, false
}

// dayRule reads the day a cadence names after it: "trước ngày 20",
// "vào ngày 15/12".
//
// The rule may be set off by a comma, a colon or a parenthesis ("hằng
// tháng (trước ngày 25)"), and a day of a quarterly cadence may name the
// quarter's last month ("hằng quý, trước ngày 15 của tháng cuối quý"),
// which sets a.unit to GrainQuarter.
func (sc *scanner) dayRule(i int) (a anchor, end int, ok bool) {
	if e, ok := sc.punct(i, ','); ok {
		i = e
	} else if e, ok := sc.punct(i, '('); ok {
		i = e
	} else if e, ok := sc.punct(i, ':'); ok {
		i = e
	}
	j, ok := sc.anyPhrase(i, "truoc", "vao", "cham nhat la", "cham nhat vao", "cham nhat")
	if !ok {
		j = i
	}
	if _, ok := sc.phrase(j, "ngay"); !ok {
		return a, i, false
	}
	a, r := sc.day(j, ctxRel)
	if r != rOK || a.form != fDayOnly && a.form != fDate || a.hasYear() {
		return a, i, false
	}
	if a.form == fDayOnly {
		if e, g, ok := sc.lastMonthOf(a.end); ok {
			a.unit, a.anyLast, a.end = g, g == GrainUnknown, e
		} else if e, ok := sc.nextMonthOf(a.end); ok {
			// "hằng tháng, trước ngày 05 của tháng sau": every month's
			// fifth day all the same.
			a.unit, a.end = GrainMonth, e
		} else if sc.namesMonth(a.end) {
			return a, i, false // "ngày 10 của tháng đầu quý sau": not a day of the period's last month
		}
	}
	return a, a.end, true
}

// nextMonthOf reads "(của) tháng sau | tháng tiếp theo | tháng kế tiếp"
// after a day.
func (sc *scanner) nextMonthOf(i int) (int, bool) {
	j := i
	if e, ok := sc.phrase(j, "cua"); ok {
		j = e
	}
	if e, ok := sc.phrase(j, "thang"); ok {
		if e2, ok := sc.anyPhrase(e, "sau", "tiep theo", "ke tiep"); ok {
			return e2, true
		}
	}
	return i, false
}

// namesMonth reports whether "(của) tháng" follows a day at i: the day is
// then in a month named after it, not in the cadence's own.
func (sc *scanner) namesMonth(i int) bool {
	if e, ok := sc.phrase(i, "cua"); ok {
		i = e
	}
	_, ok := sc.phrase(i, "thang")
	return ok
}

// lastMonthOf reads, after a day number, the last month of every quarter:
// "(của) tháng cuối (cùng) (của) (mỗi | hằng | các) quý", "tháng thứ ba
// của quý" (GrainQuarter), or of every period of the cadence: "tháng cuối
// kỳ (báo cáo)" (GrainUnknown). A quarter named by its number ("tháng
// cuối quý III/2024") is a month of its own, not this.
func (sc *scanner) lastMonthOf(i int) (int, Grain, bool) {
	j := i
	if e, ok := sc.phrase(j, "cua"); ok {
		j = e
	}
	e, ok := sc.anyPhrase(j, "thang cuoi cung", "thang cuoi", "thang thu ba", "thang thu 3")
	if !ok {
		return i, 0, false
	}
	if e2, ok := sc.phrase(e, "cua"); ok {
		e = e2
	}
	if e2, ok := sc.anyPhrase(e, "moi", "hang", "cac"); ok {
		e = e2
	}
	if e2, ok := sc.anyPhrase(e, "ky", "ki"); ok {
		if e3, ok := sc.phrase(e2, "bao cao"); ok {
			e2 = e3
		}
		return e2, GrainUnknown, true
	}
	e, ok = sc.quarterUnit(e)
	if !ok {
		return i, 0, false
	}
	if _, _, _, ok := sc.quarterNum(e); ok {
		return i, 0, false
	}
	if _, ok := sc.anyPhrase(e, "nay", "sau", "toi", "truoc", "tiep"); ok {
		return i, 0, false // "tháng cuối quý này", "… quý sau": one quarter
	}
	return e, GrainQuarter, true
}

// recurring builds a recurrence every n units, on anchor day a (fDayOnly,
// a yearly fDate, or a weekday in a.wd).
func (sc *scanner) recurring(start, end int, g Grain, n int, a *anchor) (match, res) {
	rc := Recurrence{Every: g, Interval: n}
	if a != nil {
		switch {
		case a.wd != 0 && a.form == fNone:
			if g != GrainWeek {
				return match{}, rNo
			}
			rc.DayOfPeriod = a.wd
		case a.form == fDayOnly:
			if a.anyLast && (g == GrainDay || g == GrainWeek) || !a.anyLast && a.unit != 0 && a.unit != g {
				return match{}, rNo // "hằng tháng, trước ngày 15 của tháng cuối quý"
			}
			if g == GrainDay || g == GrainWeek || a.d > 31 || a.d < 1 {
				if g == GrainDay || g == GrainWeek {
					return match{}, rNo
				}
				return match{}, sc.failEnd(a.end, a.at, "day "+exprItoa(a.d)+" out of range")
			}
			rc.DayOfPeriod = a.d
		case a.form == fDate && !a.hasYear():
			if g != GrainYear {
				return match{}, rNo
			}
			d := exprDate(2000, a.m, a.d) // a leap year: 29/02 is a valid yearly day
			if !d.IsValid() {
				return match{}, sc.failEnd(a.end, a.at, exprDateMsg(a.d, a.m, 2000))
			}
			rc.On = Date{0, time.Month(a.m), a.d}
		default:
			return match{}, rNo
		}
	}
	return match{e: Expr{Kind: KindRecurrence, Recurrence: rc}, rank: rankTask, start: start, end: end}, rOK
}

// afterAnchor reads what may follow an anchor: a cadence (making a
// recurrence) or an open end (making an open period).
func (sc *scanner) afterAnchor(start int, a *anchor) (match, res, bool) {
	w, _ := sc.nextWord(a.end)
	comma := false
	if w == "" {
		_, comma = sc.punct(a.end, ',')
	}
	switch w {
	case "hang", "moi", "va", "tro":
	default:
		if !comma {
			return match{}, rNo, false
		}
	}
	if (w == "va" || comma) && (a.form == fDayOnly || a.form == fDate && !a.hasYear()) {
		// "trước ngày 30/6 và 31/12 hằng năm": the cadence at the end of
		// a list of days is every day's. This is the first; the scanner
		// finds the others ("31/12 hằng năm").
		if g, ok := sc.listCadence(a.end, a.form == fDayOnly); ok {
			m, r := sc.recurring(start, a.end, g, 1, a)
			return m, r, r != rNo
		}
	}
	if g, e, ok := sc.cadence(a.end); ok {
		if a.form == fDayOnly || a.form == fDate && !a.hasYear() {
			m, r := sc.recurring(start, e, g, 1, a)
			return m, r, r != rNo
		}
	}
	if e, ok := sc.openEnd(a.end); ok {
		p, r := sc.resolve(a, sc.ref.Year)
		if r != rOK {
			return match{}, r, true
		}
		g := p.Grain
		if g == GrainYears {
			g = GrainYear
		}
		// The span covers the open end: "năm 2024 và những năm tiếp
		// theo", "từ năm 2025 trở đi".
		return match{e: Expr{Kind: KindOpen, Period: Period{First: p.First, Grain: g}, Warning: a.warning()}, rank: rankVague, start: start, end: e}, rOK, true
	}
	return match{}, rNo, false
}

// openEnd reads the open end of a period after its anchor:
//
//	openEnd = "tro di" | "tro ve sau"
//	        | "va" ("nhung" | "cac") ("nam hoc" | "nam") ("tiep theo" | "ke tiep" | "ve sau" | "sau")
//
// "và những năm tiếp theo", "và các năm sau": the years that follow, so
// the anchor is a start. The plural is needed: "và năm tiếp theo" names
// one more year, not an open end.
func (sc *scanner) openEnd(i int) (int, bool) {
	if e, ok := sc.anyPhrase(i, "tro di", "tro ve sau"); ok {
		return e, true
	}
	e, ok := sc.phrase(i, "va")
	if !ok {
		return i, false
	}
	if e, ok = sc.anyPhrase(e, "nhung", "cac"); !ok {
		return i, false
	}
	if e, ok = sc.anyPhrase(e, "nam hoc", "nam"); !ok {
		return i, false
	}
	if e, ok = sc.anyPhrase(e, "tiep theo", "ke tiep", "ve sau", "sau"); !ok {
		return i, false
	}
	return e, true
}

// listCadence reads, after a day, the rest of a list of days that ends in
// a cadence — ", 15/9 và 15/12 hằng năm", "và 25 hằng tháng" (days of
// the month when dayOnly) — and returns the cadence.
func (sc *scanner) listCadence(i int, dayOnly bool) (Grain, bool) {
	j, n := i, 0
	for n < 6 {
		k, ok := sc.punct(j, ',')
		if !ok {
			k, ok = sc.phrase(j, "va")
		}
		if !ok {
			break
		}
		if k2, ok := sc.phrase(k, "ngay"); ok {
			k = k2
		}
		if dayOnly {
			v, nd, e, ok := sc.number(k)
			if !ok || nd > 2 || v < 1 || v > 31 || !sc.atBoundary(e) {
				return 0, false
			}
			j = e
		} else {
			b, r := sc.numeric(k, ctxRel, true)
			if r != rOK || b.form != fDate || b.hasYear() {
				return 0, false
			}
			j = b.end
		}
		n++
	}
	if n == 0 {
		return 0, false
	}
	g, _, ok := sc.cadence(j)
	return g, ok
}

// dateListEnd returns the end of the days and months listed after a
// first one at i (", 30/9 và ngày 31/12"), or i when none is.
func (sc *scanner) dateListEnd(i int) int {
	end := i
	for n := 0; n < 12; n++ {
		k, ok := sc.punct(end, ',')
		if !ok {
			k, ok = sc.phrase(end, "va")
		}
		if !ok {
			break
		}
		if k2, ok := sc.phrase(k, "ngay"); ok {
			k = k2
		}
		b, r := sc.numeric(k, ctxRel, true)
		if r != rOK || b.form != fDate || b.hasYear() {
			break
		}
		end = b.end
	}
	return end
}

// listDay reads a day number that ends a list of days with a cadence,
// "(ngày 10 và) 25 hằng tháng": a recurrence on that day.
func (sc *scanner) listDay(i int) (match, res) {
	start := sc.skipSpace(i)
	if start == 0 || !(sc.s[start-1] == ',' || start >= 2 && sc.s[start-2] == ',' || sc.prevWord(start) == "va") {
		return match{}, rNo
	}
	v, nd, e, ok := sc.number(start)
	if !ok || nd > 2 || v < 1 || v > 31 {
		return match{}, rNo
	}
	g, end, ok := sc.cadence(e)
	if !ok || g != GrainMonth && g != GrainQuarter {
		return match{}, rNo
	}
	a := anchor{form: fDayOnly, d: v, start: start, at: start, end: e}
	return sc.recurring(start, end, g, 1, &a)
}

// anchorExpr reads an anchor at i and what follows it as a plain
// expression (the relations read theirs through relation).
func (sc *scanner) anchorExpr(i int) (match, res) {
	a, r := sc.anchorAt(i, ctxFree)
	if r != rOK {
		return match{}, r
	}
	if m, r, ok := sc.afterAnchor(i, &a); ok {
		return m, r
	}
	if a.form == fDayOnly {
		return match{}, rNo
	}
	if a.form == fDate && !a.hasYear() && a.start < sc.listUntil {
		// A later day of "hằng năm, trước ngày 30/6 và 31/12".
		return sc.recurring(a.start, a.end, GrainYear, 1, &a)
	}
	if a.form == fYear || a.start >= 4 && sc.s[a.start-4:a.start] == "vao " {
		if m, r, ok := sc.goal(&a); ok {
			return m, r
		}
	}
	return sc.plain(&a)
}

// relationAt reads a relation word at i: its relation, end, and whether
// "đến" chose it (a year anchor then makes it "until").
func (sc *scanner) relationAt(i int) (rel Relation, end int, den bool) {
	w, e := sc.nextWord(i)
	switch w {
	case "truoc":
		if k := sc.skipSpace(e); k < len(sc.s) && sc.s[k] == 'k' {
			if e2, ok := sc.anyPhrase(e, "khi ket thuc", "khi het"); ok {
				return RelationBy, e2, false // "trước khi kết thúc năm 2025": by its end
			}
		}
		return RelationBefore, e, false
	case "het":
		return RelationBy, e, true // "hết năm 2025", as "đến hết năm 2025"
	case "cham":
		if e2, ok := sc.phrase(e, "nhat"); ok {
			if e3, ok := sc.phrase(e2, "truoc"); ok {
				return RelationBefore, e3, false
			}
			if e3, ok := sc.anyPhrase(e2, "la vao", "la", "vao", "den het", "den", "trong"); ok {
				return RelationBy, e3, false
			}
			return RelationBy, e2, false
		}
	case "han":
		if e2, ok := sc.anyPhrase(e, "chot", "cuoi"); ok {
			// "hạn chót nộp hồ sơ là ngày …": a few words may name what
			// is due before "là" or ":".
			k := e2
			for n := 0; n < 5; n++ {
				if e3, ok := sc.punct(k, ':'); ok {
					e2 = e3
					break
				}
				if e3, ok := sc.phrase(k, "la"); ok {
					e2 = e3
					break
				}
				w, e3 := sc.nextWord(k)
				if w == "" || w == "ngay" || w == "truoc" {
					break
				}
				k = e3
			}
			if e3, ok := sc.phrase(e2, "la"); ok {
				e2 = e3
			}
			return RelationBy, e2, false
		}
	case "khong":
		if e2, ok := sc.anyPhrase(e, "muon hon", "cham hon", "qua", "muon qua", "cham qua"); ok {
			return RelationBy, e2, false
		}
	case "den":
		if e2, ok := sc.phrase(e, "het"); ok {
			return RelationBy, e2, true
		}
		return RelationBy, e, true
	case "tu":
		if e2, ok := sc.phrase(e, "nay den"); ok {
			if e3, ok := sc.phrase(e2, "het"); ok {
				e2 = e3
			}
			return RelationBy, e2, true
		}
	case "tam":
		if e2, ok := sc.anyPhrase(e, "nhin den", "nhin"); ok {
			return RelationUntil, e2, false // "tầm nhìn đến năm 2045", "tầm nhìn 2045"
		}
	case "dinh":
		if e2, ok := sc.phrase(e, "huong den"); ok {
			return RelationUntil, e2, false
		}
	case "trong":
		if e2, ok := sc.anyPhrase(e, "vong", "khoang"); ok {
			return RelationWithin, e2, false // "trong vòng 6 tháng đầu năm"
		}
		return RelationWithin, e, false
	}
	return RelationNone, i, false
}

// relation reads rel anchorExpr at i.
func (sc *scanner) relation(i int) (match, res) {
	start := sc.skipSpace(i)
	rel, e, den := sc.relationAt(start)
	if rel == RelationNone {
		return match{}, rNo
	}
	j := e
	if rel == RelationBy && !den {
		// "chậm nhất là vào ngày", "hạn chót: ngày"
		if e2, ok := sc.phrase(j, "vao"); ok {
			j = e2
		}
	}
	if den {
		if _, ok := sc.phrase(j, "nay"); ok {
			return match{}, rNo // "đến nay"
		}
	}
	if e2, ok := sc.anyPhrase(j, "khoang tu", "thoi gian tu", "tu"); ok && !den {
		// "trong khoảng từ ngày 01/7 đến ngày 15/8/2024": a range as anchor.
		m, r := sc.rangeOrOpen(e2 - 2)
		if r == rBad {
			return m, r
		}
		if r == rOK && m.e.Kind == KindPeriod {
			m.e.Kind, m.e.Relation, m.start, m.rank = KindDeadline, rel, start, rankTask
			return m, rOK
		}
	}
	a, r := sc.anchorAt(j, ctxRel)
	if r == rNo && rel == RelationBefore {
		// "trước 16h00 thứ Sáu hằng tuần": a weekly cadence with its hour.
		if m, r := sc.weekly(j); r == rOK {
			m.start = start
			return m, r
		}
	}
	if r == rNo {
		// "trước 08 giờ 00 ngày làm việc tiếp theo"
		if m, r := sc.nextWorkday(j); r == rOK {
			m.start = start
			return m, r
		}
	}
	if r != rOK {
		return match{}, r
	}
	if m, r, ok := sc.afterAnchor(start, &a); ok {
		return m, r
	}
	if a.form == fDayOnly && rel != RelationWithin && rel != RelationUntil {
		// "trước ngày 20 của tháng cuối quý": a day of every quarter.
		if e, lg, ok := sc.lastMonthOf(a.end); ok && lg == GrainQuarter {
			a.unit = GrainQuarter
			if g, ok := sc.reportPeriod(start); !ok || g == GrainQuarter {
				return sc.recurring(start, e, GrainQuarter, 1, &a)
			}
		}
	}
	if (a.form == fDayOnly || a.form == fDate && !a.hasYear()) && (rel == RelationBefore || rel == RelationBy) {
		// "báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)":
		// the due day of a periodic report.
		if g, ok := sc.reportPeriod(start); ok {
			if m, r := sc.reportDay(start, g, &a); r != rNo {
				return m, r
			}
		}
	}
	if a.form == fDayOnly || a.form == fPartial {
		return match{}, rNo
	}
	if rel == RelationUntil && a.form != fYear && a.form != fYears {
		return match{}, rNo // a vision names a year: "tầm nhìn đến năm 2045"
	}
	if den {
		a.relEnd = true
	}
	if rel == RelationBefore && a.form == fEML && a.part == 3 {
		rel = RelationBy
	}
	m, r := sc.deadline(start, rel, &a)
	if rel == RelationUntil && (sc.s[start] == 't' || sc.s[start:start+2] == "di") {
		// "tầm nhìn đến năm 2030" qualifies the phase before it: the
		// phase stays the primary expression.
		m.rank = rankPlain
	}
	return m, r
}

// reportPeriod reads, before a day rule at start (in parentheses or not),
// the period a report is named by: "báo cáo tháng (", "báo cáo sơ kết 6
// tháng (", "báo cáo quý (…), 6 tháng (…) và năm (", "báo cáo 6 tháng
// trước ngày 15/6 và (báo cáo) năm trước …". It returns GrainMonth,
// GrainQuarter, GrainHalf or GrainYear ("năm", "9 tháng", "12 tháng":
// reports made once a year).
func (sc *scanner) reportPeriod(start int) (Grain, bool) {
	s := sc.s
	k := start
	if k > 0 && s[k-1] == ' ' {
		k--
	}
	// The day rule may stand in parentheses or follow the period word
	// directly ("báo cáo 6 tháng trước ngày 15/6").
	paren := k > 0 && s[k-1] == '('
	if paren {
		k = sc.backSpace(k - 1)
	}
	w := sc.prevWord(k)
	if w == "" {
		return 0, false
	}
	k = sc.backSpace(k - len(w))
	var g Grain
	switch w {
	case "thang":
		g = GrainMonth
		// "6 tháng", "sáu tháng", "9 tháng"
		j := k
		for j > 0 && vntext.IsDigit(s[j-1]) {
			j--
		}
		n := 0
		if j < k {
			for _, c := range []byte(s[j:k]) {
				n = n*10 + int(c-'0')
			}
		} else {
			switch p := sc.prevWord(k); p {
			case "ba":
				n, j = 3, k-len(p)
			case "sau":
				n, j = 6, k-len(p)
			case "chin":
				n, j = 9, k-len(p)
			}
		}
		switch n {
		case 0:
		case 3:
			g = GrainQuarter
		case 6:
			g = GrainHalf
		case 9, 12:
			g = GrainYear
		default:
			return 0, false
		}
		if n != 0 {
			k = sc.backSpace(j)
		}
	case "quy", "qui":
		g = GrainQuarter
	case "nam":
		g = GrainYear
	default:
		return 0, false
	}
	// A list item: "…), 6 tháng (" or "…) và năm (", and without
	// parentheses "… trước ngày 15/6 và năm trước ngày 15/12", after the
	// day of the item before.
	if p := sc.prevWord(k); p == "va" || p == "" && k > 0 && s[k-1] == ',' {
		k = sc.backSpace(k - max(len(p), 1))
		if paren {
			return g, k > 0 && s[k-1] == ')'
		}
		return g, k > 0 && vntext.IsDigit(s[k-1])
	}
	// "báo cáo (sơ kết | tổng kết | kết quả thực hiện …) 6 tháng (".
	for n := 0; n < 5 && k > 0; n++ {
		p := sc.prevWord(k)
		switch p {
		case "":
			return 0, false
		case "cao":
			return g, sc.prevWord(sc.backSpace(k-len(p))) == "bao"
		case "trong", "truoc", "den", "cua", "tu", "nay", "sau", "toi":
			return 0, false
		}
		k = sc.backSpace(k - len(p))
	}
	return 0, false
}

// backSpace returns k moved back over one space.
func (sc *scanner) backSpace(k int) int {
	if k > 0 && sc.s[k-1] == ' ' {
		return k - 1
	}
	return k
}

// reportDay builds the recurrence of a report of period g due on the day
// of anchor a: a day of the month for monthly, quarterly and half-yearly
// reports ("báo cáo tháng (trước ngày 25)"), a day of the year for yearly
// ones and for a half-yearly one named by its day and month ("6 tháng
// (trước ngày 15/6)": the mid-year report, once a year).
func (sc *scanner) reportDay(start int, g Grain, a *anchor) (match, res) {
	if a.form == fDate {
		if g != GrainYear && g != GrainHalf {
			return match{}, rNo
		}
		return sc.recurring(start, a.end, GrainYear, 1, a)
	}
	if g == GrainYear || a.unit == 0 && sc.namesMonth(a.end) {
		return match{}, rNo
	}
	if g == GrainHalf {
		return sc.recurring(start, a.end, GrainMonth, 6, a) // as "định kỳ 6 tháng" reads
	}
	return sc.recurring(start, a.end, g, 1, a)
}

// rangeOrOpen reads "từ A đến B" (a period), "từ A (trở đi)" and "kể từ A"
// (an open start), and "kể từ ngày ký" (open from the signing date).
func (sc *scanner) rangeOrOpen(i int) (match, res) {
	start := sc.skipSpace(i)
	e, ok := sc.anyPhrase(start, "ke tu", "tinh tu", "tu")
	if !ok {
		return match{}, rNo
	}
	var a anchor
	r := rNo
	ev, isEvent := sc.event(start)
	if isEvent && !ev.day.IsValid() {
		switch ev.ev {
		case EventSigning, EventEffective:
			// "kể từ ngày ký", "từ ngày ban hành đến hết năm 2025": the
			// signing date is ref; the day this text takes effect is
			// Options.Effective, when given. This text's signing with no
			// ref is a partial day (noRef), never year 0.
			if d := sc.eventDay(ev); d.IsValid() {
				a = anchor{form: fDate, d: d.Day, m: int(d.Month), y: d.Year, start: start, at: start, end: ev.end}
				r = rOK
				break
			}
			if ev.this && ev.ev == EventSigning {
				ref, _ := sc.refDate()
				a = anchor{form: fDate, d: ref.Day, m: int(ref.Month), y: ref.Year, start: start, at: start, end: ev.end, noRef: true}
				r = rOK
				break
			}
			return match{e: Expr{Kind: KindEvent}, rank: rankVague, start: start, end: ev.end}, rOK
		case EventReceipt:
			return match{e: Expr{Kind: KindEvent}, rank: rankVague, start: start, end: ev.end}, rOK
		}
	}
	if r == rNo {
		a, r = sc.anchorAt(e, ctxRel)
	}
	if r == rNo && isEvent && ev.ev == EventOther && ev.end > e && sc.s[start] != 't' {
		// "kể từ khi có quyết định", "tính từ ngày kết thúc đợt kiểm
		// tra": a trigger.
		sc.clearErr()
		return match{e: Expr{Kind: KindEvent}, rank: rankVague, start: start, end: ev.end}, rOK
	}
	if r != rOK {
		return match{}, r
	}
	if a.form == fPartial {
		return match{}, rNo
	}
	switch a.form {
	case fRange, fDays, fMonths, fQuarters: // "từ ngày 10/6 - 15/6/2024", "từ 10 - 20/5/2024"
		return sc.plainAt(start, &a)
	}
	// "từ A đến B", "từ A - B"
	k, ok := sc.anyPhrase(a.end, "den het", "den", "toi")
	if !ok {
		k, ok = sc.punct(a.end, '-')
	}
	if ok {
		if b, r := sc.anchorAt(k, ctxRel); r == rBad {
			return match{}, r
		} else if r == rOK && b.form != fPartial && b.form != fDayOnly {
			return sc.span(start, a, b)
		}
	}
	if m, r, ok := sc.afterAnchor(start, &a); ok {
		return m, r
	}
	if a.form == fDayOnly {
		return match{}, rNo
	}
	p, r := sc.resolve(&a, sc.ref.Year)
	if r != rOK {
		return match{}, r
	}
	g := p.Grain
	if g == GrainYears {
		return sc.plainAt(start, &a)
	}
	return match{e: Expr{Kind: KindOpen, Period: Period{First: p.First, Grain: g}, Time: a.t, Warning: a.warning()}, rank: rankVague, start: start, end: a.end}, rOK
}

// since reads "sau" and a day or period: the open period from the day after
// it ends ("sau Tết Nguyên đán 2026" from 2026-02-18, "sau ngày 15/3/2025"
// from 2025-03-16, "sau tháng 6/2025" from July). Without a year, the day
// or period is the next one not yet over at ref, as for a deadline.
func (sc *scanner) since(i int) (match, res) {
	start := sc.skipSpace(i)
	e, ok := sc.phrase(start, "sau")
	if !ok || sc.marked(start, e) {
		return match{}, rNo // "sáu Cuối năm": six, not after
	}
	if w, _ := sc.nextWord(e); w == "sau" || w == "ba" || w == "chin" || w == "nua" {
		return match{}, rNo // a count of months: "sáu tháng đầu năm" is read as one
	}
	a, r := sc.anchorAt(e, ctxRel)
	if r != rOK {
		return match{}, r
	}
	switch a.form {
	case fPartial, fDayOnly, fFirstN, fLastN:
		return match{}, rNo // "sau 6 tháng đầu năm": not a start
	}
	y := sc.ref.Year
	p, r := sc.resolve(&a, y)
	if r != rOK {
		return match{}, r
	}
	if !a.hasYear() && a.form != fYear && a.form != fYears && !sc.opt.KeepYear && p.Last.Before(sc.ref) {
		if p, r = sc.resolve(&a, y+1); r != rOK {
			return match{}, r
		}
	}
	g := p.Grain
	if g == GrainYears || g == GrainHalf && a.form == fEML {
		g = GrainYear
	}
	if g == GrainWeek {
		g = GrainDay
	}
	x := Expr{Kind: KindOpen, Warning: a.warning()}
	if p.Last.IsValid() {
		x.Period = Period{First: p.Last.AddDays(1), Grain: g}
	} else {
		// Without a year (no reference date) the start is not known: a
		// partial expression of its grain, as for any year-less anchor.
		x = Expr{Kind: KindPartial, Period: Period{Grain: g}}
	}
	return match{e: x, rank: rankVague, start: start, end: a.end}, rOK
}

func (sc *scanner) plainAt(start int, a *anchor) (match, res) {
	m, r := sc.plain(a)
	m.start = start
	return m, r
}

// span builds the period from anchor a to anchor b, a borrowing b's month
// and year when it has none.
func (sc *scanner) span(start int, a, b anchor) (match, res) {
	y := sc.ref.Year
	if b.hasYear() {
		y = b.y
	}
	pb, r := sc.resolve(&b, sc.ref.Year)
	if r != rOK {
		return match{}, r
	}
	if a.form == fDayOnly {
		if b.form != fDate && b.form != fDays {
			return match{}, rNo
		}
		a.form, a.m = fDate, b.m
	}
	pa, r := sc.resolve(&a, y)
	if r != rOK {
		return match{}, r
	}
	if !a.hasYear() && pa.First.After(pb.First) && exprIsYear(y-1, 4) {
		// "từ ngày 15/12 đến ngày 15/01/2025": the start is in the year
		// before, as long as the span stays short; "từ ngày 20/5 đến ngày
		// 10/5/2024" is an error, not a year-long guess.
		p2, r := sc.resolve(&a, y-1)
		if r != rOK {
			return match{}, r
		}
		if pb.Last.DaysSince(p2.First) <= 183 {
			pa = p2
		}
	}
	if known := pa.First != (Date{}) && pb.Last != (Date{}); known && pb.Last.Before(pa.First) {
		// (An end without a year, read with no ref, is unknown.)
		return match{}, sc.failEnd(b.end, b.at, "range ends before it starts")
	}
	// The grain of a range is the finer of its ends' ("từ quý III/2024
	// đến hết năm 2025" counts in quarters); a range of years is a phase.
	g := min(pa.Grain, pb.Grain)
	if g == GrainYear && pa.First.Year != pb.Last.Year {
		g = GrainYears
	}
	k := KindPeriod
	if g == GrainDay && pa.First == pb.Last {
		k = KindDate // "từ ngày 1 đến ngày 1/10": one day
	}
	return match{e: Expr{Kind: k, Period: Period{pa.First, pb.Last, g}}, rank: rankPlain, start: start, end: b.end}, rOK
}

// recurrence reads "định kỳ hằng tháng", "định kỳ 6 tháng", "hằng tuần",
// "6 tháng một lần", "03 tháng/lần", each with an optional day rule.
func (sc *scanner) recurrence(i int) (match, res) {
	start := sc.skipSpace(i)
	j := start
	dinhKy := false
	if e, ok := sc.anyPhrase(j, "dinh ky", "dinh ki"); ok {
		j, dinhKy = e, true
	}
	bare := j // the end of a bare "định kỳ"
	if dinhKy {
		// "định kỳ tối thiểu 01 tuần/lần", "định kỳ ít nhất 6 tháng một
		// lần": the least frequency is the cadence.
		if e, ok := sc.anyPhrase(j, "toi thieu", "it nhat"); ok {
			j = e
		}
	}
	if g, e, ok := sc.cadence(j); ok {
		if !dinhKy && (sc.prevWord(start) == "ngan" || sc.headBefore(start, cadenceHeads[:])) {
			// "ngân hàng"; "Kế hoạch hằng năm": the kind of plan, not when
			// the task is done.
			return match{}, rNo
		}
		if g == GrainWeek {
			// "hằng tuần vào thứ Sáu", "hằng tuần, thứ Hai"
			k := e
			if e2, ok := sc.punct(k, ','); ok {
				k = e2
			}
			if e2, ok := sc.phrase(k, "vao"); ok {
				k = e2
			}
			if wd, e2, ok := sc.weekday(k); ok {
				a := anchor{wd: wd}
				return sc.recurring(start, e2, g, 1, &a)
			}
		}
		if d, end, ok := sc.periodDays(e, g, 1); ok {
			a := anchor{form: fDayOnly, d: d}
			return sc.recurring(start, end, g, 1, &a)
		}
		if a, end, ok := sc.dayRule(e); ok {
			if m, r := sc.recurring(start, end, g, 1, &a); r != rNo {
				if g == GrainYear && a.form == fDate {
					// "hằng năm, trước ngày 30/6 và 31/12": the days
					// after the first are yearly too (see anchorExpr).
					sc.listUntil = sc.dateListEnd(end)
				}
				return m, r
			}
			// A day rule that does not fit the cadence ("hằng quý,
			// trước ngày 05 của tháng sau"): the cadence alone.
		}
		sc.cadenceAt = e // a list of cadences may follow: see cadenceItem
		return sc.recurring(start, e, g, 1, nil)
	}
	if dinhKy {
		// "định kỳ trước ngày 15/6 và 15/12": the days say the cadence.
		if months, d, end, ok := sc.yearDays(j); ok {
			a := anchor{form: fDayOnly, d: d}
			return sc.recurring(start, end, GrainMonth, months, &a)
		}
		if a, end, ok := sc.dayRule(j); ok && a.form == fDate {
			if _, ok := sc.listCadence(end, false); !ok {
				return sc.recurring(start, end, GrainYear, 1, &a) // "định kỳ trước ngày 15/12"
			}
		}
	}
	n, nd, e, ok := sc.number(j)
	if !ok && dinhKy {
		n, nd, e, ok = sc.numberWord(j) // "định kỳ sáu tháng"
		if !ok {
			// A bare "định kỳ" ("kiểm tra định kỳ"): a recurrence whose
			// cadence the text does not give (ANNOTATION.md, times).
			m, r := sc.recurring(start, bare, GrainUnknown, 0, nil)
			m.rank = rankVague
			return m, r
		}
	}
	if !ok || nd > 2 || n < 1 || !sc.startsFree(sc.skipSpace(j)) {
		return match{}, rNo
	}
	if m, r := sc.timesPer(start, n, e); r != rNo {
		return m, r
	}
	g, e2, ok := sc.unit(e)
	if !ok {
		return match{}, rNo
	}
	end, ok := sc.once(e2)
	if !ok {
		if !dinhKy {
			return match{}, rNo
		}
		end = e2
	}
	if d, e3, ok := sc.periodDays(end, g, n); ok {
		// "định kỳ 6 tháng (trước ngày 15/6 và 15/12)"
		a := anchor{form: fDayOnly, d: d}
		return sc.recurring(start, e3, g, n, &a)
	}
	if a, e3, ok := sc.dayRule(end); ok && a.form == fDayOnly && (a.anyLast || n == 1) {
		// "định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ"
		if m, r := sc.recurring(start, e3, g, n, &a); r != rNo {
			return m, r
		}
	}
	sc.cadenceAt = end
	return sc.recurring(start, end, g, n, nil)
}

// periodDays reads after a cadence of n units of g that spans several
// months the days and months it falls due ("(trước ngày 15/6 và 15/12)",
// ", vào ngày 31/3, 30/6, 30/9 và 31/12"), and returns them as one day of
// each period's last month: they must all be in such months, on the same
// day or all on the month's last day (returned as 31, which a Recurrence
// clamps to the month's end).
func (sc *scanner) periodDays(i int, g Grain, n int) (day, end int, ok bool) {
	day, end, _, ok = sc.periodDaysN(i, g, n)
	return day, end, ok
}

// yearDays reads after a yearly cadence (or "định kỳ" alone) the days it
// falls due when they split the year evenly, each in the last month of
// its half or quarter: "hằng năm, trước ngày 30/6 và 31/12" is every six
// months on the month's last day. It returns the months of the period.
func (sc *scanner) yearDays(i int) (months, day, end int, ok bool) {
	for _, months := range [3]int{6, 3, 1} {
		if d, e, k, ok := sc.periodDaysN(i, GrainMonth, months); ok && k == 12/months {
			return months, d, e, true
		}
	}
	return 0, 0, i, false
}

// periodDaysN is periodDays, also returning how many days it read.
func (sc *scanner) periodDaysN(i int, g Grain, n int) (day, end, count int, ok bool) {
	months := n
	switch g {
	case GrainQuarter:
		months = 3 * n
	case GrainHalf:
		months = 6 * n
	case GrainMonth:
	default:
		return 0, i, 0, false
	}
	if months < 2 || 12%months != 0 {
		return 0, i, 0, false
	}
	a, e, ok := sc.dayRule(i)
	if !ok || a.form != fDate {
		return 0, i, 0, false
	}
	same, last := true, true
	for k, b := 0, a; ; k++ {
		if b.m%months != 0 || b.m < 1 || b.m > 12 || b.d < 1 || b.d > DaysIn(2000, time.Month(b.m)) {
			return 0, i, 0, false
		}
		same = same && b.d == a.d
		last = last && b.d >= DaysIn(2001, time.Month(b.m))
		end, count = e, k+1
		if k == 12/months-1 {
			break
		}
		j, ok := sc.punct(e, ',')
		if !ok {
			j, ok = sc.phrase(e, "va")
		}
		if !ok {
			break
		}
		if j2, ok := sc.phrase(j, "ngay"); ok {
			j = j2
		}
		var r res
		b, r = sc.numeric(j, ctxRel, true)
		if r != rOK || b.form != fDate || b.hasYear() {
			break
		}
		e = b.end
	}
	switch {
	case same:
		return a.d, end, count, true
	case last:
		return 31, end, count, true
	}
	return 0, i, 0, false
}

// timesPer reads "N lần/năm", "N lần mỗi quý" after the number n: a
// frequency, kept when it is a whole cadence (2 lần/năm = every 6 months).
func (sc *scanner) timesPer(start, n, i int) (match, res) {
	e, ok := sc.phrase(i, "lan")
	if !ok {
		return match{}, rNo
	}
	j, ok := sc.punct(e, '/')
	if !ok {
		if j, ok = sc.anyPhrase(e, "moi", "trong mot", "trong"); !ok {
			return match{}, rNo
		}
	}
	g, end, ok := sc.unit(j)
	if !ok {
		return match{}, rNo
	}
	months := 0
	switch g {
	case GrainYear:
		months = 12
	case GrainQuarter:
		months = 3
	case GrainMonth:
		months = 1
	}
	switch {
	case n == 1:
		return sc.recurring(start, end, g, 1, nil)
	case months > 0 && months%n == 0:
		return sc.recurring(start, end, GrainMonth, months/n, nil)
	}
	return match{}, rNo
}

// weekly reads "thứ Sáu hằng tuần" and "hằng tuần vào thứ Sáu".
func (sc *scanner) weekly(i int) (match, res) {
	start := sc.skipSpace(i)
	// An optional time of day: "16h00 thứ Sáu hằng tuần", "8 giờ hằng ngày".
	t, j, timed := sc.leadingClock(start)
	if wd, e, ok := sc.weekday(j); ok {
		if g, e2, ok := sc.cadence(e); ok && g == GrainWeek {
			a := anchor{wd: wd}
			m, r := sc.recurring(start, e2, g, 1, &a)
			m.e.Time = t
			return m, r
		}
		return match{}, rNo
	}
	if timed {
		if g, e2, ok := sc.cadence(j); ok && (g == GrainDay || g == GrainWeek) {
			m, r := sc.recurring(start, e2, g, 1, nil)
			m.e.Time = t
			return m, r
		}
	}
	return match{}, rNo
}

// ongoing reads "thường xuyên", "liên tục", "thường xuyên, liên tục".
func (sc *scanner) ongoing(i int) (match, res) {
	start := sc.skipSpace(i)
	e, ok := sc.anyPhrase(start, "thuong xuyen", "lien tuc")
	if !ok {
		return match{}, rNo
	}
	if sc.headBefore(start, regularHeads[:]) {
		return match{}, rNo // "chi thường xuyên": recurrent spending, not a duty
	}
	if _, ok := sc.phrase(e, "cua"); ok {
		// "hoạt động bình thường, liên tục của nhà trường", "nhiệm vụ
		// thường xuyên của cơ quan": an attribute of the noun before it
		// (whose the "của" says), not a duty kept up.
		return match{}, rNo
	}
	j := e
	if e2, ok := sc.punct(j, ','); ok {
		j = e2
	} else if e2, ok := sc.phrase(j, "va"); ok {
		j = e2
	}
	if e2, ok := sc.anyPhrase(j, "lien tuc", "thuong xuyen"); ok && sc.s[sc.skipSpace(j):e2] != sc.s[start:e] {
		e = e2
	}
	return match{e: Expr{Kind: KindOngoing}, rank: rankVague, start: start, end: e}, rOK
}

// roundTheClock reads "24/24" ["giờ"], "(trực) 24/24": a duty kept day and
// night, ongoing as "thường xuyên" is; no date has a 24th month.
func (sc *scanner) roundTheClock(i int) (match, res) {
	start := sc.skipSpace(i)
	v, nd, e, ok := sc.number(start)
	if !ok || v != 24 || nd != 2 {
		return match{}, rNo
	}
	e, ok = sc.punct(e, '/')
	if !ok || e != start+3 {
		return match{}, rNo
	}
	v, nd, e, ok = sc.number(e)
	if !ok || v != 24 || nd != 2 || e != start+5 || !sc.atBoundary(e) {
		return match{}, rNo
	}
	if e2, ok := sc.phrase(e, "gio"); ok {
		e = e2
	}
	return match{e: Expr{Kind: KindOngoing}, rank: rankVague, start: start, end: e}, rOK
}

// eventAt reads a trigger with no date, with its whole phrase: "khi có
// yêu cầu", "kịp thời khi có hướng dẫn của Bộ Tài chính", "nếu có yêu
// cầu", "theo yêu cầu", "đột xuất", "sau khi Kế hoạch được phê duyệt",
// "ngay sau khi … có hiệu lực".
//
//	event = ["kip thoi" | "dot xuat"] ("khi" | "neu") "co" conditionNoun [of]
//	      | ("khi" | "neu") ("phat sinh" | "can thiet" | "can" | "duoc yeu cau" | "duoc giao")
//	      | ("theo yeu cau" | "theo de nghi") [of] | ["ngay"] "sau khi" … verb [of]
//	      | condition      (parse_condition.go: "nếu …", "khi …", "trường hợp …", "trước khi …")
//	      | "dot xuat"
//	of    = "cua" words            (to the end of the clause: clauseEnd)
//
// Inside a condition's clause (inCondition) no event is read: conditions
// do not nest.
func (sc *scanner) eventAt(i int) (match, res) {
	if sc.inCondition {
		return match{}, rNo
	}
	start := sc.skipSpace(i)
	j := start
	lead := false
	if e, ok := sc.anyPhrase(j, "kip thoi", "dot xuat"); ok {
		j, lead = e, true
		if e2, ok := sc.punct(j, ','); ok {
			j = e2
		}
	}
	ok := func(end int) (match, res) {
		// "… của Bộ Tài chính", "ý kiến đồng ý bằng văn bản của Bộ trưởng":
		// what names the condition's source goes with it.
		if _, found := sc.anyPhrase(end, "cua", "dong y", "bang van ban", "chinh thuc"); found {
			end = max(end, sc.clauseEnd(end))
		}
		return match{e: Expr{Kind: KindEvent}, rank: rankVague, start: start, end: end}, rOK
	}
	if e, found := sc.anyPhrase(j, "khi co", "neu co"); found {
		for _, c := range conditionNouns {
			if e2, found := sc.phrase(e, c); found {
				return ok(e2)
			}
		}
	}
	if e, found := sc.anyPhrase(j, "khi phat sinh", "khi can thiet", "khi duoc yeu cau", "khi duoc giao",
		"neu phat sinh", "neu can thiet", "neu duoc yeu cau", "neu can"); found {
		return ok(e)
	}
	if e, found := sc.anyPhrase(j, "theo yeu cau", "theo de nghi"); found {
		return ok(e)
	}
	if e, found := sc.phrase(j, "sau khi"); found && sc.s[start] == 's' {
		if e2, found := sc.phrase(e, "co"); found {
			for _, c := range conditionNouns { // "sau khi có quyết định của …"
				if e3, found := sc.phrase(e2, c); found {
					return ok(e3)
				}
			}
		}
		// "sau khi Đề án được phê duyệt": to its verb, when it has one
		// of these; else the clause (condition).
		k := e
		for n := 0; n < 10; n++ {
			if e2, found := sc.anyPhrase(k, "co hieu luc", "duoc ban hanh", "duoc phe duyet", "duoc ky", "duoc ki", "co huong dan", "co van ban", "co y kien", "hoan thanh", "phe duyet", "ban hanh"); found {
				return ok(e2)
			}
			w, e2 := sc.nextWord(k)
			if w == "" {
				break
			}
			k = e2
		}
	}
	if e, found := sc.phrase(j, "ngay sau khi"); found {
		k := e
		for n := 0; n < 10; n++ {
			if e2, found := sc.anyPhrase(k, "co hieu luc", "duoc ban hanh", "duoc phe duyet", "duoc ky", "duoc ki", "ban hanh", "phe duyet"); found {
				return ok(e2)
			}
			w, e2 := sc.nextWord(k)
			if w == "" {
				break
			}
			k = e2
		}
		return ok(e)
	}
	if e, found := sc.condition(j); found {
		return match{e: Expr{Kind: KindEvent}, rank: rankVague, start: start, end: e}, rOK
	}
	if lead && sc.s[start] == 'd' {
		if sc.headBefore(start, suddenHeads[:]) {
			return match{}, rNo // "trong tình huống đột xuất": the situation's kind, no time
		}
		return ok(j) // "đột xuất"
	}
	return match{}, rNo
}

// label reads a field label ending in ":" ("Thời hạn:", "Thời gian hoàn
// thành:", "Hạn nộp:"): whether it names a deadline, and its end.
func (sc *scanner) label(i int) (deadline bool, end int, ok bool) {
	start := sc.skipSpace(i)
	e, found := sc.anyPhrase(start, "thoi han", "han", "thoi gian")
	if !found {
		return false, i, false
	}
	deadline = sc.s[start] == 'h' || sc.s[start:e] == "thoi han"
	j := e
	for n := 0; n < 4; n++ {
		if e2, found := sc.punct(j, ':'); found {
			return deadline, e2, true
		}
		w, e2 := sc.nextWord(j)
		if w == "" {
			return false, i, false
		}
		if w == "hoan" {
			deadline = true
		}
		j = e2
	}
	return false, i, false
}

// labelled reads label then a bare anchor, a relation, or a duty.
func (sc *scanner) labelled(i int) (match, res) {
	dl, e, ok := sc.label(i)
	if !ok {
		return match{}, rNo
	}
	j := sc.skipSpace(e)
	if w, _ := sc.nextWord(j); w != "" {
		switch w {
		case "truoc", "cham", "han", "khong", "den", "trong", "tu", "ke", "tam", "dinh", "hang", "moi", "thuong", "lien":
			return sc.exprAt(j)
		}
	}
	if !dl {
		return sc.exprAt(j)
	}
	a, r := sc.anchorAt(j, ctxRel)
	if r != rOK {
		if r == rNo {
			return sc.exprAt(j)
		}
		return match{}, r
	}
	if m, r, ok := sc.afterAnchor(j, &a); ok {
		return m, r
	}
	if a.form == fPartial || a.form == fDayOnly {
		return match{}, rNo
	}
	p, r := sc.resolve(&a, sc.ref.Year)
	if r != rOK {
		return match{}, r
	}
	rel := RelationWithin
	if p.First == p.Last {
		rel = RelationBy
	}
	// A label that is itself the relation ("Hạn chót:") was read by
	// relation; here the label stays out of the span.
	return sc.deadline(j, rel, &a)
}

// exprAt reads the expression that starts at the token at i, if any.
func (sc *scanner) exprAt(i int) (match, res) {
	t := sc.tok(i)
	return sc.exprTok(t, vntext.NextToken(sc.s, t.End))
}

// isAnchorWord reports whether w can start an anchor.
func isAnchorWord(w string) bool {
	switch w {
	case "ngay", "thang", "nam", "quy", "qui", "dau", "giua", "cuoi", "nua", "sau", "ba", "chin", "giai", "thoi", "thu", "chu", "tuan", "tet", "dip", "quoc", "gio":
		return true
	}
	return false
}

// isTrigger reports whether the folded word w can start an expression. It
// switches on the word's length and first and last bytes (a jump table)
// before comparing strings, because it runs on every word of a document.
func isTrigger(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	// A 128-bit Bloom filter of the words below rejects about three
	// words in four with one multiply-add; TestTriggerBloom checks that
	// it holds every word of the switch.
	h, bloom := triggerHash(w), uint64(triggerBloomLo)
	if h >= 64 {
		bloom = triggerBloomHi
	}
	if bloom>>(h&63)&1 == 0 {
		return false
	}
	switch len(w)<<16 | int(w[0])<<8 | int(w[len(w)-1]) {
	case 4<<16 | 'm'<<8 | 'g':
		return w == "mong" || w == "mung"
	case 2<<16 | 'b'<<8 | 'a':
		return w == "ba"
	case 2<<16 | 'k'<<8 | 'e':
		return w == "ke"
	case 2<<16 | 't'<<8 | 'u':
		return w == "tu"
	case 3<<16 | 'c'<<8 | 'u':
		return w == "chu"
	case 3<<16 | 'd'<<8 | 'n':
		return w == "den"
	case 3<<16 | 'd'<<8 | 't':
		return w == "dot"
	case 3<<16 | 'd'<<8 | 'u':
		return w == "dau"
	case 3<<16 | 'h'<<8 | 'n':
		return w == "han"
	case 3<<16 | 'k'<<8 | 'i':
		return w == "khi"
	case 3<<16 | 'k'<<8 | 'p':
		return w == "kip"
	case 4<<16 | 'q'<<8 | 'c':
		return w == "quoc"
	case 3<<16 | 'g'<<8 | 'o':
		return w == "gio"
	case 3<<16 | 'h'<<8 | 't':
		return w == "het"
	case 3<<16 | 'n'<<8 | 'u':
		return w == "neu"
	case 3<<16 | 't'<<8 | 'i':
		return w == "toi"
	case 3<<16 | 'm'<<8 | 'i':
		return w == "moi"
	case 3<<16 | 'n'<<8 | 'a':
		return w == "nua"
	case 3<<16 | 'n'<<8 | 'm':
		return w == "nam"
	case 3<<16 | 'q'<<8 | 'i':
		return w == "qui"
	case 3<<16 | 'q'<<8 | 'y':
		return w == "quy"
	case 3<<16 | 's'<<8 | 'u':
		return w == "sau"
	case 3<<16 | 't'<<8 | 'm':
		return w == "tam"
	case 3<<16 | 't'<<8 | 'u':
		return w == "thu"
	case 3<<16 | 'v'<<8 | 'o':
		return w == "vao"
	case 4<<16 | 'c'<<8 | 'i':
		return w == "cuoi"
	case 4<<16 | 'c'<<8 | 'm':
		return w == "cham"
	case 4<<16 | 'c'<<8 | 'n':
		return w == "chin"
	case 4<<16 | 'd'<<8 | 'h':
		return w == "dinh"
	case 4<<16 | 'g'<<8 | 'a':
		return w == "giua"
	case 4<<16 | 'g'<<8 | 'i':
		return w == "giai"
	case 4<<16 | 'h'<<8 | 'g':
		return w == "hang"
	case 4<<16 | 'l'<<8 | 'n':
		return w == "lien"
	case 4<<16 | 'n'<<8 | 'y':
		return w == "ngay"
	case 4<<16 | 't'<<8 | 'h':
		return w == "tinh"
	case 4<<16 | 't'<<8 | 'i':
		return w == "thoi"
	case 4<<16 | 't'<<8 | 'o':
		return w == "theo"
	case 4<<16 | 't'<<8 | 'n':
		return w == "tuan"
	case 3<<16 | 't'<<8 | 't':
		return w == "tet"
	case 5<<16 | 'k'<<8 | 'g':
		return w == "khong"
	case 5<<16 | 't'<<8 | 'c':
		return w == "truoc"
	case 5<<16 | 't'<<8 | 'g':
		return w == "thang" || w == "trong"
	case 6<<16 | 't'<<8 | 'g':
		return w == "thuong" || w == "truong"
	case 3<<16 | 'm'<<8 | 't':
		return w == "mot"
	case 3<<16 | 'h'<<8 | 'i':
		return w == "hai"
	}
	return false
}

// The Bloom filter of isTrigger: bit triggerHash(w) is set for every word
// w of its switch, bits 0–63 in triggerBloomLo and 64–127 in triggerBloomHi.
const (
	triggerBloomLo = 0x38091238052dd902
	triggerBloomHi = 0x116405292243082c
)

// triggerHash is the Bloom filter hash of isTrigger, in [0, 128).
func triggerHash(w string) uint {
	return (uint(w[0])*35 + uint(w[len(w)-1])*20 + uint(len(w))*7) & 127
}

// gate is a cheap test, on t and the token after it, of whether an
// expression may start at t; it spares the grammar most words of running
// text. It must accept every start exprTok can read. A word t must be a
// trigger (isTrigger), as next ensures. It returns the token after t when
// it read it (for exprTok), else the zero Token.
func (sc *scanner) gate(t vntext.Token) (ok bool, n vntext.Token) {
	switch t.Kind {
	case vntext.Number:
		// A number starts an expression only when a separator, a unit or
		// a time mark follows it: "30/6", "6 tháng", "14h30", "15 giờ".
		n = vntext.NextToken(sc.s, t.End)
		switch n.Kind {
		case vntext.Punct:
			switch n.Text[0] {
			case '/', '-', '.', ':':
				// …but not a letter glued after the separator: the
				// numbers of documents ("06/ĐA-UBND", "5-CT/TW").
				return n.End >= len(sc.s) || !vntext.IsLetter(sc.s[n.End]), n
			}
			return false, n
		case vntext.Word:
			switch n.Text {
			case "thang", "ngay", "tuan", "nam", "quy", "qui", "gio", "h", "g", "lan", "thu", "chu", "mot", "hang", "moi":
				return true, n
			}
		}
		return false, n
	case vntext.Word:
	default:
		return false, n
	}
	// next has checked isTrigger(t.Text) already.
	n = vntext.NextToken(sc.s, t.End)
	num := n.Kind == vntext.Number
	w := ""
	if n.Kind == vntext.Word {
		w = n.Text
	}
	switch t.Text {
	case "ngay":
		if num || n.Kind == vntext.Punct {
			return true, n
		}
		switch w {
		case "quoc", "chien", "giai", "gio", "tet": // "ngày Quốc khánh"
			return true, n
		}
		return w == "sau" || w == "thang" || vntext.IsDayPrefix(w) || len(w) >= 3 && w[:3] == "…", n
	case "mong", "mung":
		nv, _ := vntext.NumberWord(w)
		return num || nv > 0, n
	case "thang":
		return num || w == "dau" || w == "giua" || w == "cuoi", n // "(những) tháng cuối năm"
	case "nam":
		return num || w == "nay" || w == "toi" || w == "sau" || w == "hoc", n
	case "quy", "qui":
		_, roman := vntext.Roman(w)
		return num || roman, n
	case "nua":
		return w == "dau" || w == "cuoi", n
	case "sau":
		return w == "khi" || num || isAnchorWord(w), n
	case "ba", "chin":
		return w == "thang", n
	case "dau", "giua", "cuoi":
		return w == "thang" || w == "nam" || w == "quy" || w == "qui", n
	case "giai":
		return w == "doan", n
	case "tuan":
		switch w {
		case "dau", "cuoi", "thu", "nay", "sau", "toi", "tiep", "ke", "tu":
			return true, n
		}
		return false, n
	case "tet":
		// A free "Tết" needs its year; tet checks for it.
		return w != "", n
	case "quoc":
		return w == "khanh" || w == "te", n
	case "gio":
		return w == "to", n
	case "het":
		return num || isAnchorWord(w) || w == "thoi" || w == "han", n // "hết năm 2025", "hết thời hạn …"
	case "thoi":
		return w == "han" || w == "gian" || w == "ky" || w == "ki", n
	case "han":
		return w != "che" && w != "muc", n
	case "thu":
		switch w {
		case "hai", "ba", "tu", "nam", "sau", "bay":
			return true, n
		}
		return num, n
	case "chu":
		return w == "nhat", n
	case "trong":
		return num || w == "vong" || w == "khoang" || w == "truong" || w == "mot" || w == "nhung" || w == "cac" || isAnchorWord(w), n
	case "tu":
		return num || w == "nay" || isAnchorWord(w), n
	case "ke", "tinh":
		return w == "tu", n
	case "truoc", "den":
		return num || w == "het" || w == "khoang" || w == "khi" || isAnchorWord(w), n
	case "vao":
		return w == "ngay", n
	case "cham":
		return w == "nhat", n
	case "khong":
		return w == "muon" || w == "cham" || w == "qua", n
	case "tam":
		return w == "nhin", n
	case "dinh":
		return w == "ky" || w == "ki" || w == "huong", n
	case "hang", "moi":
		switch w {
		case "ngay", "tuan", "thang", "quy", "qui", "nam":
			return true, n
		}
		return false, n
	case "thuong":
		return w == "xuyen", n
	case "lien":
		return w == "tuc", n
	case "kip":
		return w == "thoi", n
	case "dot":
		return w == "xuat", n
	case "khi", "neu":
		return w != "", n // condition decides
	case "truong":
		return w == "hop", n
	case "mot":
		return w == "lan" || w == "khi", n
	case "hai":
		return w == "lan", n
	case "toi":
		return w == "da", n
	case "theo":
		return w == "yeu" || w == "de", n
	}
	return false, n
}

// exprTok reads the expression that starts at token t, if any.
func (sc *scanner) exprTok(t, n vntext.Token) (match, res) {
	i := t.Start
	// w is the word after t (n, the token after it, when a word), and e
	// its end.
	w, e := "", t.End
	if n.Kind == vntext.Word {
		w, e = n.Text, n.End
	}
	switch t.Kind {
	case vntext.Number:
		// Dispatch on the word after the number: a unit starts an offset,
		// a cadence or a first-months period; anything else a date or time.
		switch w {
		case "thang", "ngay", "tuan", "nam", "quy", "qui":
			if w2, _ := sc.nextWord(e); w2 == "dau" || w2 == "cuoi" || w2 == "nam" && w == "thang" {
				return sc.anchorExpr(i) // "6 tháng đầu năm"
			}
			if m, r := sc.relative(i); r != rNo {
				return m, r
			}
			if m, r := sc.recurrence(i); r != rNo {
				return m, r
			}
		case "lan":
			return sc.recurrence(i) // "2 lần/năm"
		case "hang", "moi":
			return sc.listDay(i) // "(ngày 10 và) 25 hằng tháng"
		}
		if m, r := sc.roundTheClock(i); r != rNo {
			return m, r
		}
		if m, r := sc.weekly(i); r != rNo {
			return m, r
		}
		if m, r := sc.nextWorkday(i); r != rNo {
			return m, r // "08 giờ 00 ngày làm việc tiếp theo"
		}
		return sc.anchorExpr(i)
	case vntext.Word:
	default:
		return match{}, rNo
	}
	switch t.Text {
	case "ngay":
		if w == "sau" {
			if m, r := sc.eventAt(i); r != rNo { // "ngay sau khi"
				return m, r
			}
		}
		return sc.anchorExpr(i)
	case "sau":
		if m, r := sc.relative(i); r != rNo { // "sau 15 ngày kể từ …"
			return m, r
		}
		if m, r := sc.eventAt(i); r != rNo { // "sau khi … được phê duyệt"
			return m, r
		}
		if m, r := sc.since(i); r != rNo { // "sau Tết Nguyên đán 2026"
			return m, r
		}
		return sc.anchorExpr(i)
	case "thang", "nam", "quy", "qui", "nua", "ba", "chin", "dau", "giua", "cuoi", "giai", "mong", "mung", "tuan", "tet", "quoc", "gio":
		return sc.anchorExpr(i)
	case "het":
		if m, r := sc.relation(i); r != rNo { // "hết năm 2025": "đến hết năm 2025"
			return m, r
		}
		return sc.eventAt(i) // "Hết thời hạn tạm đình chỉ …"
	case "thoi":
		if m, r := sc.labelled(i); r != rNo {
			return m, r
		}
		return sc.anchorExpr(i)
	case "han":
		if m, r := sc.relation(i); r != rNo {
			return m, r
		}
		return sc.labelled(i)
	case "thu", "chu":
		if m, r := sc.weekly(i); r != rNo {
			return m, r
		}
		return sc.anchorExpr(i)
	case "trong":
		if m, r := sc.relative(i); r != rNo {
			return m, r
		}
		if m, r := sc.relation(i); r != rNo {
			return m, r
		}
		return sc.eventAt(i) // "trong trường hợp …"
	case "tu":
		if m, r := sc.relation(i); r != rNo { // "từ nay đến"
			return m, r
		}
		return sc.rangeOrOpen(i)
	case "ke", "tinh":
		return sc.rangeOrOpen(i)
	case "truoc":
		// "trước ngày 15 hằng tháng" is read by relation, through afterAnchor.
		if m, r := sc.relation(i); r != rNo {
			return m, r
		}
		return sc.eventAt(i) // "trước khi trình …"
	case "vao":
		if a, end, ok := sc.dayRule(i); ok {
			if g, e, ok := sc.cadence(end); ok {
				return sc.recurring(t.Start, e, g, 1, &a)
			}
			if a.unit == GrainQuarter { // "vào ngày 10 của tháng cuối quý"
				return sc.recurring(t.Start, end, GrainQuarter, 1, &a)
			}
		}
		return match{}, rNo
	case "cham":
		if m, r := sc.relative(i); r != rNo {
			return m, r
		}
		return sc.relation(i)
	case "khong":
		if m, r := sc.relative(i); r != rNo { // "không quá 30 ngày kể từ …"
			return m, r
		}
		return sc.relation(i)
	case "den":
		if m, r := sc.relation(i); r != rNo {
			return m, r
		}
		return sc.eventAt(i) // "đến khi …"
	case "tam":
		return sc.relation(i)
	case "dinh":
		if m, r := sc.relation(i); r != rNo {
			return m, r
		}
		return sc.recurrence(i)
	case "hang", "moi":
		return sc.recurrence(i)
	case "thuong", "lien":
		return sc.ongoing(i)
	case "kip", "dot", "khi", "theo", "neu", "truong":
		return sc.eventAt(i)
	case "mot", "hai":
		if w == "lan" { // "một lần/năm", "hai lần/năm"
			v, _, _, _ := sc.numberWord(i)
			return sc.timesPer(i, v, t.End)
		}
		return sc.eventAt(i) // "một khi …"
	case "toi":
		return sc.relative(i) // "tối đa 05 ngày làm việc"
	}
	return match{}, rNo
}
