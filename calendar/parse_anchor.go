package calendar

import (
	"time"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads anchors: the dates and periods that deadlines, ranges and
// recurrences are built from. The grammar, over folded words (see
// parse.go for the expressions built on it):
//
//	anchor    = datetime | month | quarter | firstN | year | years | eml | phase | week | tet
//	datetime  = [clock [","]] [weekday [","]] day [[","] ["vao"] "luc" clock]
//	clock     = H ("h" | "g") [MM] ["'"] | H "gio" [MM ["phut"]] | H ":" MM
//	weekday   = "thu" ("hai" | "ba" | "tu" | "nam" | "sau" | "bay" | 2…7) | "chu nhat"
//	day       = "ngay" (blank | ["mong" | "mung"] D ["thang" M [yearpart]] | numeric)
//	          | numeric                       (bare: with a year, or in context)
//	numeric   = D sep M [sep Y] | D "-" D "/" M ["/" Y] | YYYY "-" MM "-" DD
//	sep       = "/" | "-" | "."               (the same one twice)
//	blank     = fill "thang" (fill | M) "nam" YYYY | fill "/" fill "/" YYYY
//	month     = "thang" M [yearpart] | "thang" M "-" M yearpart
//	yearpart  = ("/" | "-" | ".") Y | "nam" YYYY
//	quarter   = ("quy" | "qui") Q ["-" Q] [yearpart]      Q = I…IV | 1…4
//	firstN    = N "thang" ("dau" | "cuoi") "nam" [YYYY | "nay"] | N "thang" "nam" YYYY
//	          | "nua" ("dau" | "cuoi") "nam" [YYYY | "nay"]
//	year      = "nam" (YYYY ["-" YYYY] | "nay" | "toi" | "sau")
//	eml       = ("dau" | "giua" | "cuoi") ("thang" [M [yearpart]] | "quy" [Q [yearpart]] | "nam" [YYYY | "nay"])
//	          | ("nhung" | "cac" | "may") "thang" ("dau" | "giua" | "cuoi") ("quy" … | "nam" …)   (pluralPart)
//	          | ("nhung" | "cac" | "may") "thang" ("dau" | "giua" | "cuoi") ("quy" … | "nam" …)
//	phase     = ("giai doan" | "thoi ky") ["tu" ["nam"]] YYYY ("-" | "den" ["nam"]) YYYY | YYYY "-" YYYY
//	          (not after "năm học", "niên khóa", "vụ Đông Xuân": a season across two years)
//	week      = "tuan" ("dau" ["tien"] | "cuoi" ["cung"] | "thu" (1…4 | "nhat" | "hai" | "ba" | "tu"))
//	            ["cua"] (month | "nam" YYYY)
//	tet       = ["dip"] "tet" [name] [canchi] [yearpart | YYYY]        (see tet.go)
//
// Missing years come from ref. Numbers that are out of range in a form that
// is unmistakably a date ("31/02/2024", "tháng 13", "quý V") are errors,
// never guesses.

type aform uint8

const (
	fNone     aform = iota
	fDate           // d, m, [y]
	fDays           // d..d2 of m, [y] ("ngày 12-13/6/2024")
	fDayOnly        // d ("ngày 20", in a recurrence or a range)
	fDayMonth       // d, m: fDate used as a yearly day ("15/12 hằng năm")
	fMonth          // m, [y]
	fMonths         // m..m2, [y]
	fQuarter        // q, [y]
	fQuarters       // q..q2, [y]
	fFirstN         // the first n months of [y]
	fLastN          // the last n months of [y]
	fYear           // y
	fYears          // y..y2
	fEML            // part (1 đầu, 2 giữa, 3 cuối) of a month m, quarter q or year
	fPartial        // a blank draft date: [m], y
	fRange          // an explicit range, already resolved in rf, rl, rg ("quý IV/2024 - quý I/2025")
	fTet            // a festival n (1 Tết Nguyên đán, 2 Tết Dương lịch, 3 Tết Trung thu) of [y], can-chi q-1 when q > 0
	fWeekOf         // week part (1–4, or 9 for the last) of month m, or of the year when m is 0 ("tuần đầu tháng 6/2024")
	fSchool         // part (0 whole, 1 đầu, 2 giữa, 3 cuối) of the school year from [y] to y+1 (see WarningSchoolYear)
)

// anchor is a date or period as written, before its missing parts are
// filled in.
type anchor struct {
	d, d2, m, m2    int
	q, q2, n, y, y2 int
	part            int // for fEML: 1 đầu, 2 giữa, 3 cuối
	wd              int // ISO weekday named with a date, 0 if none
	start, end, at  int // folded span, and where its first number is
	rf, rl          int // for fRange: the day numbers (Date.Days) of its first and last days

	// The small fields last, packed in one word.
	form    aform
	unit    Grain // for fEML: GrainMonth, GrainQuarter or GrainYear
	rg      Grain // for fRange: its grain
	relEnd  bool  // after "đến": a year makes the relation "until"
	anyLast bool  // for fDayOnly: a day of the last month of the cadence's period ("tháng cuối kỳ")
	// noRef is set on an anchor named from the reference date ("ngày ký",
	// "tháng này", "tuần sau") when there is none (a zero ref): its numbers
	// are a placeholder's, and its days are unknown.
	noRef bool
	t     Clock
}

// hasYear reports whether the year was written.
func (a *anchor) hasYear() bool { return a.y != 0 }

// ctx says what surrounds an anchor.
type ctx uint8

const (
	ctxFree ctx = iota // running text: bare numbers need a year
	ctxRel             // after a relation, label or range word: "trước 15/3", "đến 6/2024"
)

// resolve returns the period a names, taking the year y when a has none.
func (sc *scanner) resolve(a *anchor, y int) (Period, res) {
	if a.y != 0 {
		y = a.y
	}
	if y == 0 || a.noRef {
		return sc.yearless(a)
	}
	switch a.form {
	case fDate, fDayMonth:
		d := exprDate(y, a.m, a.d)
		if !d.IsValid() {
			return Period{}, sc.failEnd(a.end, a.at, exprDateMsg(a.d, a.m, y))
		}
		if a.wd != 0 && exprISOWeekday(d.Weekday()) != a.wd {
			return Period{}, sc.failEnd(a.end, a.start, "weekday does not match "+d.String())
		}
		return DayPeriod(d), rOK
	case fDays:
		d1, d2 := exprDate(y, a.m, a.d), exprDate(y, a.m, a.d2)
		if !d1.IsValid() {
			return Period{}, sc.failEnd(a.end, a.at, exprDateMsg(a.d, a.m, y))
		}
		if !d2.IsValid() {
			return Period{}, sc.failEnd(a.end, a.at, exprDateMsg(a.d2, a.m, y))
		}
		return Period{d1, d2, GrainDay}, rOK
	case fMonth:
		if a.m < 1 || a.m > 12 {
			return Period{}, sc.failEnd(a.end, a.at, "month "+exprItoa(a.m)+" out of range")
		}
		return MonthPeriod(y, time.Month(a.m)), rOK
	case fMonths:
		for _, m := range [2]int{a.m, a.m2} {
			if m < 1 || m > 12 {
				return Period{}, sc.failEnd(a.end, a.at, "month "+exprItoa(m)+" out of range")
			}
		}
		return Period{MonthPeriod(y, time.Month(a.m)).First, MonthPeriod(y, time.Month(a.m2)).Last, GrainMonth}, rOK
	case fQuarter:
		if a.q < 1 || a.q > 4 {
			return Period{}, sc.failEnd(a.end, a.at, "quarter "+exprItoa(a.q)+" out of range")
		}
		return QuarterPeriod(y, a.q), rOK
	case fQuarters:
		for _, q := range [2]int{a.q, a.q2} {
			if q < 1 || q > 4 {
				return Period{}, sc.failEnd(a.end, a.at, "quarter "+exprItoa(q)+" out of range")
			}
		}
		return Period{QuarterPeriod(y, a.q).First, QuarterPeriod(y, a.q2).Last, GrainQuarter}, rOK
	case fFirstN, fLastN:
		first, last := 1, a.n
		if a.form == fLastN {
			first, last = 13-a.n, 12
		}
		g := GrainMonth
		switch a.n {
		case 3:
			g = GrainQuarter
		case 6:
			g = GrainHalf
		case 12:
			g = GrainYear
		}
		return Period{exprDate(y, first, 1), MonthPeriod(y, time.Month(last)).Last, g}, rOK
	case fYear:
		return YearPeriod(y), rOK
	case fYears:
		return YearsPeriod(a.y, a.y2), rOK
	case fEML:
		switch a.unit {
		case GrainMonth:
			m := a.m
			if m == 0 {
				m = int(sc.ref.Month)
			}
			if m < 1 || m > 12 {
				return Period{}, sc.failEnd(a.end, a.at, "month "+exprItoa(m)+" out of range")
			}
			last := DaysIn(y, time.Month(m))
			lo, hi := 1, 10
			switch a.part {
			case 2:
				lo, hi = 11, 20
			case 3:
				lo, hi = 21, last
			}
			return Period{exprDate(y, m, lo), exprDate(y, m, hi), GrainDay}, rOK
		case GrainQuarter:
			q := a.q
			if q == 0 {
				q = (int(sc.ref.Month)-1)/3 + 1
			}
			if q < 1 || q > 4 {
				return Period{}, sc.failEnd(a.end, a.at, "quarter "+exprItoa(q)+" out of range")
			}
			m := 3*q - 2
			if a.part == 3 {
				m += 2
			} else if a.part == 2 {
				m++
			}
			return MonthPeriod(y, time.Month(m)), rOK
		default:
			switch a.part {
			case 3:
				return QuarterPeriod(y, 4), rOK
			case 2:
				// "giữa năm": the quarters between "đầu năm" (I) and
				// "cuối năm" (IV), as "giữa tháng" is the days between.
				return Period{QuarterPeriod(y, 2).First, QuarterPeriod(y, 3).Last, GrainQuarter}, rOK
			}
			return QuarterPeriod(y, 1), rOK
		}
	case fSchool:
		if a.y == 0 && sc.ref.Month < 6 {
			y-- // the school year in progress at ref; from June, the next one
		}
		first := exprDate(y, 9, 1) // the months of WarningSchoolYear
		if a.part > 0 {
			first = first.AddMonths(3 * (a.part - 1))
		}
		n := 9
		if a.part > 0 {
			n = 3
		}
		last := first.AddMonths(n - 1)
		return Period{first, exprDate(last.Year, int(last.Month), DaysIn(last.Year, last.Month)), GrainMonth}, rOK
	case fRange:
		return Period{DateFromDays(a.rf), DateFromDays(a.rl), a.rg}, rOK
	case fTet:
		return sc.festival(a, y)
	case fWeekOf:
		// The weeks of a month are its days 1–7, 8–14, 15–21 and 22–28,
		// and its last seven days; of a year, those of January and
		// December.
		m := a.m
		if a.unit == GrainYear {
			m = 1
			if a.part == 9 {
				m = 12
			}
		}
		if m < 1 || m > 12 {
			return Period{}, sc.failEnd(a.end, a.at, "month "+exprItoa(m)+" out of range")
		}
		lo := 7*(a.part-1) + 1
		if a.part == 9 {
			lo = DaysIn(y, time.Month(m)) - 6
		}
		return Period{exprDate(y, m, lo), exprDate(y, m, lo+6), GrainWeek}, rOK
	case fPartial:
		if a.m != 0 {
			if a.m > 12 {
				return Period{}, sc.failEnd(a.end, a.at, "month "+exprItoa(a.m)+" out of range")
			}
			return MonthPeriod(y, time.Month(a.m)), rOK
		}
		return YearPeriod(y), rOK
	}
	return Period{}, rNo
}

// yearless resolves an anchor whose year neither the text nor ref gives, or
// that is named from a ref there is none of (Parse with a zero ref: a
// document with no issue date). Its days are unknown: the period returned
// is zero but for a's grain, which the scanner's callers make a partial
// expression (see unresolved). The numbers written are still checked, in a
// leap year: "ngày 30/02" is an error, "ngày 29/02" is not.
func (sc *scanner) yearless(a *anchor) (Period, res) {
	b := *a
	b.noRef = false
	ref := sc.ref
	sc.ref = placeholderRef
	p, r := sc.resolve(&b, placeholderRef.Year)
	sc.ref = ref
	if r != rOK {
		return Period{}, r
	}
	return Period{Grain: p.Grain}, rOK
}

// placeholderRef stands in for a missing reference date where an anchor
// needs one only to be read (a Monday of a leap year).
var placeholderRef = Date{2000, time.January, 3}

// refDate returns the reference date, or, with none, placeholderRef and
// false: the anchor built on it is then noRef.
func (sc *scanner) refDate() (Date, bool) {
	if sc.ref.IsValid() {
		return sc.ref, true
	}
	return placeholderRef, false
}

// refYear returns ref's year plus n, or 0 (no year) when there is no ref.
func (sc *scanner) refYear(n int) int {
	if !sc.ref.IsValid() {
		return 0
	}
	return sc.ref.Year + n
}

func exprISOWeekday(w time.Weekday) int {
	if w == time.Sunday {
		return 7
	}
	return int(w)
}

// weekday reads "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7" or "chủ nhật".
func (sc *scanner) weekday(i int) (wd, end int, ok bool) {
	if e, ok := sc.phrase(i, "chu nhat"); ok {
		return 7, e, true
	}
	e, ok := sc.phrase(i, "thu")
	if !ok {
		return 0, i, false
	}
	if v, n, e2, ok := sc.number(e); ok && n == 1 && v >= 2 && v <= 7 {
		return v - 1, e2, true
	}
	w, e2 := sc.nextWord(e)
	switch w {
	case "hai":
		return 1, e2, true
	case "ba":
		return 2, e2, true
	case "tu":
		return 3, e2, true
	case "nam":
		return 4, e2, true
	case "sau":
		return 5, e2, true
	case "bay":
		return 6, e2, true
	}
	return 0, i, false
}

// leadingClock reads an optional time of day at i and a comma after it
// ("16h00, thứ Sáu hằng tuần", "08 giờ 00 ngày làm việc tiếp theo"): the
// time, the offset after them (i when there is none) and whether one was
// read.
func (sc *scanner) leadingClock(i int) (Clock, int, bool) {
	t, e, ok := sc.clock(i)
	if !ok {
		return Clock{}, i, false
	}
	if e2, ok := sc.punct(e, ','); ok {
		e = e2
	}
	return t, e, true
}

// clock reads a time of day: "14h30", "14h", "13g30", "14h30'", "14 giờ 30
// phút", "10 giờ", "14:30".
func (sc *scanner) clock(i int) (Clock, int, bool) {
	h, n, e, ok := sc.number(i)
	if !ok || n > 2 {
		return Clock{}, i, false
	}
	m := 0
	switch {
	case e < len(sc.s) && (sc.s[e] == 'h' || sc.s[e] == 'g') && (e+1 == len(sc.s) || !vntext.IsLetter(sc.s[e+1])):
		e++
		if v, n, e2, ok := sc.adjNumber(e); ok && n == 2 {
			m, e = v, e2
			if sc.adj(e, '\'') {
				e++
			}
		}
	case sc.adj(e, ':'):
		v, n, e2, ok := sc.adjNumber(e + 1)
		if !ok || n != 2 {
			return Clock{}, i, false
		}
		m, e = v, e2
	default:
		e2, ok := sc.phrase(e, "gio")
		if !ok {
			return Clock{}, i, false
		}
		e = e2
		if v, n, e3, ok := sc.number(e); ok && n <= 2 {
			// "14 giờ 30" but not "10 giờ ngày 05/4" (the next number
			// after "ngày" belongs to the date).
			m, e = v, e3
			if e4, ok := sc.phrase(e, "phut"); ok {
				e = e4
			}
		}
	}
	// "8 giờ 30 sáng", "2 giờ chiều"
	if w, e2 := sc.nextWord(e); w != "" {
		switch w {
		case "sang", "trua":
			e = e2
		case "chieu", "toi":
			if h < 12 {
				h += 12
			}
			e = e2
		}
	}
	c, ok := ClockOf(h, m)
	if !ok {
		if _, ok := sc.phrase(e, "ngay"); ok {
			// "25 giờ ngày 15/3/2024": a time of day that does not exist.
			sc.failEnd(e, sc.skipSpace(i), "time of day "+exprItoa(h)+":"+string(rune('0'+m/10%10))+string(rune('0'+m%10))+" out of range")
		}
		return Clock{}, i, false
	}
	return c, e, true
}

// fill skips the blanks of an unsigned draft: dots, ellipses, underscores.
func (sc *scanner) fill(i int) (int, bool) {
	j := i
	any := false
	for {
		k := sc.skipSpace(j)
		if k < len(sc.s) && (sc.s[k] == '.' || sc.s[k] == '_') {
			j, any = k+1, true
			continue
		}
		if k+3 <= len(sc.s) && sc.s[k:k+3] == "…" {
			j, any = k+3, true
			continue
		}
		return j, any
	}
}

// yearPart reads "/2024", "-2024", ".2024" (no spaces, or spaces around
// "/") or "năm 2024" after a month or quarter; 2-digit years only after "/".
func (sc *scanner) yearPart(i int) (y, at, end int, ok bool) {
	if e, ok := sc.phrase(i, "nam"); ok {
		if v, n, e2, ok := sc.number(e); ok && exprIsYear(v, n) && sc.atBoundary(e2) {
			return v, sc.skipSpace(e), e2, true
		}
		if e2, ok := sc.phrase(e, "nay"); ok {
			return sc.refYear(0), sc.skipSpace(e), e2, true
		}
		// "ngày 31/3 năm sau (liền kề)", "tháng 01 năm tới", "quý I năm
		// tiếp theo": the year after ref's.
		if e2, ok := sc.anyPhrase(e, "sau", "toi", "tiep theo", "ke tiep"); ok {
			if _, ok := sc.phrase(e2, "khi"); !ok {
				if e3, ok := sc.phrase(e2, "lien ke"); ok {
					e2 = e3
				}
				return sc.refYear(1), sc.skipSpace(e), e2, true
			}
		}
		return 0, 0, i, false
	}
	j := i
	spaced := false
	if sc.adj(j, ' ') {
		j++
		spaced = true
	}
	if j >= len(sc.s) {
		return 0, 0, i, false
	}
	c := sc.s[j]
	if c != '/' && c != '-' && c != '.' || spaced && c == '.' {
		return 0, 0, i, false
	}
	j++
	if sc.adj(j, ' ') {
		if c == '.' {
			return 0, 0, i, false
		}
		j++
	}
	v, n, e, ok := sc.adjNumber(j)
	if !ok || !sc.atBoundary(e) {
		return 0, 0, i, false
	}
	if exprIsYear(v, n) {
		return v, j, e, true
	}
	return 0, 0, i, false
}

// badYear reports whether the year slot at i — "năm N", or "/N", "-N",
// ".N" glued to the number before — holds a number that is no year the
// parser reads (1900–2199), and records the error: "ngày 15 tháng 3 năm
// 0", "tháng 6/10000". After "năm" a number of min digits or more is taken
// for a year; after a separator one of four or more ("tháng 6/24" may be
// something else).
func (sc *scanner) badYear(i, min int) bool {
	j := sc.skipSpace(i)
	if e, ok := sc.phrase(i, "nam"); ok {
		j = sc.skipSpace(e)
	} else if j == i && j+1 < len(sc.s) && (sc.s[j] == '/' || sc.s[j] == '-' || sc.s[j] == '.') {
		j, min = j+1, max(min, 4)
	} else {
		return false
	}
	v, n, e, ok := sc.adjNumber(j)
	if !ok || n < min || !sc.atBoundary(e) || exprIsYear(v, n) {
		return false
	}
	sc.failEnd(e, j, "year "+sc.s[j:e]+" out of range")
	return true
}

// numeric reads a numeric date at i: D/M/Y, D-M-Y, D.M.Y, D/M, YYYY-MM-DD, a
// compact day range D-D/M/Y, or (in context) a month M/YYYY.
func (sc *scanner) numeric(i int, c ctx, afterNgay bool) (a anchor, r res) {
	i = sc.skipSpace(i)
	if !sc.startsFree(i) {
		return a, rNo
	}
	v1, n1, e1, ok := sc.number(i)
	if !ok {
		return a, rNo
	}
	a.start, a.at = i, i
	// ISO YYYY-MM-DD (also YYYY/MM/DD, as exported from some systems).
	if n1 == 4 && (sc.adj(e1, '-') || sc.adj(e1, '/')) {
		sep := sc.s[e1]
		if v2, n2, e2, ok := sc.adjNumber(e1 + 1); ok && n2 <= 2 && sc.adj(e2, sep) {
			if v3, n3, e3, ok := sc.adjNumber(e2 + 1); ok && n3 <= 2 && sc.atBoundary(e3) {
				if !exprIsYear(v1, n1) {
					return a, rNo
				}
				a.form, a.d, a.m, a.y, a.end = fDate, v3, v2, v1, e3
				return a, rOK
			}
		}
		return a, rNo
	}
	if n1 > 2 {
		return a, rNo
	}
	// The separator, with spaces allowed around "/" only.
	j := e1
	spaced := false
	dashSpaced := false // "ngày 10 - 20/5/2024": a spaced dash only in a day range
	if sc.adj(j, ' ') && j+1 < len(sc.s) {
		switch sc.s[j+1] {
		case '/':
			j++
			spaced = true
		case '-':
			if afterNgay || c == ctxRel {
				j++
				dashSpaced = true
			}
		}
	}
	if j >= len(sc.s) {
		return a, rNo
	}
	sep := sc.s[j]
	if sep != '/' && sep != '-' && sep != '.' {
		return a, rNo
	}
	j++
	if sc.adj(j, ' ') {
		if sep == '.' || sep == '-' && !(afterNgay || c == ctxRel) {
			return a, rNo
		}
		j++
		if sep == '/' {
			spaced = true
		} else {
			dashSpaced = true
		}
	}
	v2, n2, e2, ok := sc.adjNumber(j)
	if !ok {
		return a, rNo
	}
	if dashSpaced && !sc.adj(e2, '/') {
		return a, rNo
	}
	// Compact day range "12-13/6/2024", "ngày 10 - 20/5/2024".
	if sep == '-' && n2 <= 2 && sc.adj(e2, '/') {
		v3, n3, e3, ok := sc.adjNumber(e2 + 1)
		if !ok || n3 > 2 {
			return a, rNo
		}
		a.form, a.d, a.d2, a.m, a.end = fDays, v1, v2, v3, e3
		if sc.adj(e3, '/') {
			y, n4, e4, ok := sc.adjNumber(e3 + 1)
			if !ok {
				return a, rNo
			}
			yy, ok := exprYear2(y, n4)
			if !ok {
				return a, rNo
			}
			a.y, a.end = yy, e4
		} else if !afterNgay && c != ctxRel {
			return a, rNo
		}
		if !sc.atBoundary(a.end) {
			return a, rNo
		}
		if v1 >= v2 || v1 > 31 || v2 > 31 || v3 > 12 {
			return a, rNo
		}
		return a, rOK
	}
	// Month/year "6/2024" (in context only: a bare one is too often a
	// document number).
	if n2 == 4 {
		if c != ctxRel || afterNgay || sep != '/' && sep != '-' || !exprIsYear(v2, n2) || !sc.atBoundary(e2) || v1 < 1 || v1 > 12 {
			return a, rNo
		}
		a.form, a.m, a.y, a.end = fMonth, v1, v2, e2
		return a, rOK
	}
	if n2 > 2 {
		if afterNgay && sc.adj(e2, sep) && e2+1 < len(sc.s) && vntext.IsDigit(sc.s[e2+1]) {
			// "ngày 15/999/2024": written as a date, with no such month.
			return a, sc.failEnd(e2, j, "month "+sc.s[j:e2]+" out of range")
		}
		return a, rNo
	}
	a.form, a.d, a.m, a.end = fDate, v1, v2, e2
	// The year, after the same separator.
	k := e2
	if spaced && sc.adj(k, ' ') && k+1 < len(sc.s) && sc.s[k+1] == sep {
		k++
	}
	if sc.adj(k, sep) {
		k++
		if spaced && sc.adj(k, ' ') {
			k++
		}
		v3, n3, e3, ok := sc.adjNumber(k)
		if !ok {
			return a, rNo // "30/2020/NĐ-CP", "1/2/a"
		}
		y, ok := exprYear2(v3, n3)
		if !sc.atBoundary(e3) {
			return a, rNo
		}
		if !ok {
			if (sep == '/' || afterNgay) && v1 >= 1 && v1 <= 31 && v2 >= 1 && v2 <= 12 {
				// "1/1/99999", "30/6/0", "ngày 1.1.99999": a day and a
				// month, and a year no calendar has.
				return a, sc.failEnd(e3, k, "year "+sc.s[k:e3]+" out of range")
			}
			return a, rNo
		}
		a.y, a.end = y, e3
	} else if y, at, e3, ok := sc.yearPart(e2); ok && sc.s[sc.skipSpace(e2)] == 'n' {
		// "ngày 31/12 năm 2024"
		a.y, a.end = y, e3
		_ = at
	} else if sc.badYear(e2, 1) {
		return a, rBad // "ngày 31/12 năm 10000"
	} else {
		if !sc.atBoundary(e2) {
			return a, rNo
		}
		if !afterNgay && c != ctxRel && !sc.isWhole(i, e2) && i >= sc.listUntil && !sc.cadenceFollows(e2) {
			return a, rNo // "3/5 chỉ tiêu", "15/3 đường"; but "31/12 hằng năm"
		}
		if sep != '/' && !afterNgay {
			return a, rNo // "2.3", "12-13"
		}
	}
	if !afterNgay && a.y == 0 && (v1 > 31 || v2 > 12) {
		return a, rNo // not date-like: "3/25", "12.500"
	}
	return a, rOK
}

// day reads "ngày …" or a bare numeric date.
func (sc *scanner) day(i int, c ctx) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.phrase(i, "ngay")
	if !ok {
		if w, _ := sc.nextWord(i); vntext.IsDayPrefix(w) {
			e = i // "mùng 1 tháng 5" without "ngày"
		} else {
			if blockedNumber(sc.prevWord(i)) {
				return a, rNo
			}
			if a, r := sc.dayMonthWords(i, c); r != rNo {
				return a, r
			}
			return sc.numeric(i, c, false)
		}
	}
	start := i
	if c == ctxFree && sc.namesLaw(i) {
		return a, rNo // "Luật Thi đua, khen thưởng ngày 15/6/2022": the law's date
	}
	// Blank draft dates: "ngày   tháng   năm 2024", "ngày ..../..../2024".
	nt := sc.tok(e)
	if nt.Kind != vntext.Number {
		if f, any := sc.fill(e); any || sc.startsWord(f, "thang") || sc.startsWord(f, "/") {
			if a, r := sc.partial(start, f); r != rNo {
				return a, r
			}
		}
	}
	j := e
	if nt.Kind == vntext.Word && vntext.IsDayPrefix(nt.Text) {
		j = nt.End
	}
	v, n, e2, ok := sc.number(j)
	if !ok && j > e {
		// "ngày mồng hai": a number word after the day prefix.
		if nv, size := vntext.NumberWord(sc.s[sc.skipSpace(j):]); nv > 0 {
			v, n, e2, ok = nv, 1, sc.skipSpace(j)+size, true
		}
	}
	if !ok {
		return a, rNo
	}
	// "ngày 20 của tháng cuối quý III/2024": a day of a named quarter's
	// month.
	if n <= 2 {
		if m, y, e3, ok := sc.quarterMonth(e2); ok {
			a.form, a.d, a.m, a.y, a.start, a.at, a.end = fDate, v, m, y, start, sc.skipSpace(j), e3
			return a, rOK
		}
	}
	// "ngày 15 tháng 3 năm 2024"
	if e3, ok := sc.phrase(e2, "thang"); ok && n > 2 {
		if _, _, end, ok := sc.number(e3); ok {
			// "ngày 99999999999999999999 tháng 1 năm 2024"
			if _, _, e5, ok := sc.yearPart(end); ok {
				end = e5
			}
			at := sc.skipSpace(j)
			return a, sc.failEnd(end, at, "day "+sc.s[at:e2]+" out of range")
		}
	} else if ok {
		m, nm, e4, ok := sc.number(e3)
		if !ok && v >= 1 && v <= 31 {
			// "ngày 15 tháng cuối quý": the day alone, for a cadence.
			a.form, a.d, a.start, a.at, a.end = fDayOnly, v, start, sc.skipSpace(j), e2
			return a, rOK
		}
		if !ok {
			return a, rNo
		}
		if nm > 2 {
			end := e4
			if _, _, e5, ok := sc.yearPart(e4); ok {
				end = e5
			}
			at := sc.skipSpace(e3)
			return a, sc.failEnd(end, at, "month "+sc.s[at:e4]+" out of range")
		}
		a.form, a.d, a.m, a.start, a.at, a.end = fDate, v, m, start, sc.skipSpace(j), e4
		if y, _, e5, ok := sc.yearPart(e4); ok {
			a.y, a.end = y, e5
		} else if sc.badYear(e4, 1) {
			return a, rBad // "ngày 15 tháng 3 năm 0"
		}
		return a, rOK
	}
	if a, r := sc.numeric(j, c, true); r != rNo {
		a.start = start
		return a, r
	}
	if n > 2 && e2+1 < len(sc.s) && (sc.s[e2] == '/' || sc.s[e2] == '-' || sc.s[e2] == '.') && vntext.IsDigit(sc.s[e2+1]) {
		// "ngày 999/3/2024": written as a date, with no such day.
		at := sc.skipSpace(j)
		return a, sc.failEnd(e2, at, "day "+sc.s[at:e2]+" out of range")
	}
	// "ngày 20" alone: only a recurrence or a range end can use it.
	if n <= 2 && v >= 1 && sc.atBoundary(e2) {
		a.form, a.d, a.start, a.at, a.end = fDayOnly, v, start, sc.skipSpace(j), e2
		return a, rOK
	}
	return a, rNo
}

// dayMonthWords reads a day and month written in words without "ngày": "20
// tháng 12 năm 2025", and after a relation also "(trước) 20 tháng 12". In
// running text the year is required: "6 tháng 12" alone is too often a
// count of months.
func (sc *scanner) dayMonthWords(i int, c ctx) (a anchor, r res) {
	v, n, e, ok := sc.number(i)
	if !ok || n > 2 || v < 1 || v > 31 {
		return a, rNo
	}
	e2, ok := sc.phrase(e, "thang")
	if !ok {
		return a, rNo
	}
	m, nm, e3, ok := sc.number(e2)
	if !ok || nm > 2 || m < 1 || m > 12 || !sc.atBoundary(e3) {
		return a, rNo
	}
	a.form, a.d, a.m, a.start, a.at, a.end = fDate, v, m, i, i, e3
	if y, _, e4, ok := sc.yearPart(e3); ok {
		a.y, a.end = y, e4
	} else if c != ctxRel {
		return a, rNo
	}
	return a, rOK
}

// cadenceFollows reports whether a cadence follows a day and month at i,
// directly or at the end of a list of days: "31/12 hằng năm", "15/9 và
// 15/12 hằng năm".
func (sc *scanner) cadenceFollows(i int) bool {
	if _, _, ok := sc.cadence(i); ok {
		return true
	}
	_, ok := sc.listCadence(i, false)
	return ok
}

// quarterMonth reads a month of a named quarter after a day: "(của)
// tháng cuối (cùng) (của) quý III/2024", "tháng đầu quý này", "tháng thứ
// hai của quý IV". It returns the month and the year (0 when not
// written). An unnamed quarter ("tháng cuối quý") is every quarter's, a
// cadence (lastMonthOf), not this.
func (sc *scanner) quarterMonth(i int) (m, y, end int, ok bool) {
	j := i
	if e, ok := sc.phrase(j, "cua"); ok {
		j = e
	}
	e, ok := sc.phrase(j, "thang")
	if !ok {
		return 0, 0, i, false
	}
	off := -1
	switch w, e2 := sc.nextWord(e); w {
	case "dau":
		off, e = 0, e2
		if e3, ok := sc.phrase(e, "tien"); ok {
			e = e3
		}
	case "giua":
		off, e = 1, e2
	case "cuoi":
		off, e = 2, e2
		if e3, ok := sc.phrase(e, "cung"); ok {
			e = e3
		}
	case "thu":
		if v, n, e3, ok := sc.number(e2); ok && n == 1 && v >= 1 && v <= 3 {
			off, e = v-1, e3
			break
		}
		switch w2, e3 := sc.nextWord(e2); w2 {
		case "nhat":
			off, e = 0, e3
		case "hai":
			off, e = 1, e3
		case "ba":
			off, e = 2, e3
		}
	}
	if off < 0 {
		return 0, 0, i, false
	}
	if e2, ok := sc.phrase(e, "cua"); ok {
		e = e2
	}
	k, ok := sc.anyPhrase(e, "quy", "qui")
	if !ok {
		return 0, 0, i, false
	}
	if e2, ok := sc.phrase(k, "nay"); ok {
		ref, _ := sc.refDate()
		rq := (int(ref.Month)-1)/3 + 1
		return 3*rq - 2 + off, sc.refYear(0), e2, true
	}
	// "tháng đầu quý sau" is left unread: it is how reporting rules name
	// a day after each quarter, which a Recurrence cannot hold (its day
	// is in the period's last month), and a one-off reading of it would
	// be wrong there.
	q, r := sc.quarter(e)
	if r != rOK || q.form != fQuarter {
		return 0, 0, i, false
	}
	return 3*q.q - 2 + off, q.y, q.end, true
}

// startsWord reports whether the token at i is the word or punct w.
func (sc *scanner) startsWord(i int, w string) bool {
	t := sc.tok(i)
	return t.Text == w
}

// partial reads a blank draft date after "ngày" (at f, past the fill).
func (sc *scanner) partial(start, f int) (a anchor, r res) {
	a.form, a.start = fPartial, start
	if e, ok := sc.phrase(f, "thang"); ok {
		j, _ := sc.fill(e)
		if m, n, e2, ok := sc.number(j); ok && n <= 2 {
			a.m, a.at = m, sc.skipSpace(j)
			j = e2
		}
		j, _ = sc.fill(j)
		e3, ok := sc.phrase(j, "nam")
		if !ok {
			return a, rNo
		}
		y, n, e4, ok := sc.number(e3)
		if !ok || !exprIsYear(y, n) {
			return a, rNo
		}
		if a.at == 0 {
			a.at = sc.skipSpace(e3)
		}
		a.y, a.end = y, e4
		return a, rOK
	}
	// "ngày ..../..../2024"
	j, ok := sc.punct(f, '/')
	if !ok {
		return a, rNo
	}
	j, _ = sc.fill(j)
	if m, n, e2, ok := sc.number(j); ok && n <= 2 {
		a.m, a.at, j = m, sc.skipSpace(j), e2
		j, _ = sc.fill(j)
	}
	j, ok = sc.punct(j, '/')
	if !ok {
		return a, rNo
	}
	y, n, e, ok := sc.number(j)
	if !ok || !exprIsYear(y, n) {
		return a, rNo
	}
	if a.at == 0 {
		a.at = sc.skipSpace(j)
	}
	a.y, a.end = y, e
	return a, rOK
}

// seasonWord reports whether w, just before "YYYY-YYYY", makes it a
// season that straddles two calendar years: "(năm | khóa | niên) học",
// "niên khóa", "vụ Đông Xuân", "vụ mùa".
func seasonWord(w string) bool {
	switch w {
	case "hoc", "khoa", "xuan", "mua":
		return true
	}
	return false
}

// blockedNumber reports whether a bare number after word w is an address,
// a document number or a section, not a date.
func blockedNumber(w string) bool {
	switch w {
	case "so", "duong", "pho", "ngo", "ngach", "hem", "kiet", "khoan", "dieu", "diem", "muc", "tiet",
		"chuong", "phan", "lo", "tang", "phong", "km", "nha", "to", "khu", "ap", "thon", "xom", "toa":
		return true
	}
	return false
}

// datetime reads an optional time of day and weekday, then a day.
func (sc *scanner) datetime(i int, c ctx) (a anchor, r res) {
	i = sc.skipSpace(i)
	start := i
	var t Clock
	j := i
	if i < len(sc.s) && vntext.IsDigit(sc.s[i]) {
		if ck, e, ok := sc.clock(j); ok {
			t = ck
			j = e
			if e2, ok := sc.punct(j, ','); ok {
				j = e2
			}
		} else if sc.failed {
			return a, rBad // "25 giờ ngày …"
		}
	}
	wd := 0
	if k := sc.skipSpace(j); k < len(sc.s) && (sc.s[k] == 't' || sc.s[k] == 'c') {
		if w, e, ok := sc.weekday(j); ok {
			wd, j = w, e
			if e2, ok := sc.punct(j, ','); ok {
				j = e2
			}
		}
	}
	if t.Set || wd != 0 {
		a, r = sc.day(j, ctxRel)
		if r != rOK || a.form != fDate {
			if r == rBad {
				return a, r
			}
			return a, rNo
		}
	} else {
		a, r = sc.day(j, c)
		if r != rOK {
			return a, r
		}
	}
	a.start, a.wd = start, wd
	if t.Set {
		a.t = t
		return a, rOK
	}
	// A time after the date: "ngày 20/5/2022, lúc 14 giờ 30".
	if a.form == fDate {
		k := a.end
		if e, ok := sc.punct(k, ','); ok {
			k = e
		}
		if e, ok := sc.phrase(k, "vao luc"); ok {
			k = e
		} else if e, ok := sc.phrase(k, "luc"); ok {
			k = e
		} else {
			return a, rOK
		}
		if ck, e, ok := sc.clock(k); ok {
			a.t, a.end = ck, e
		}
	}
	return a, rOK
}

// month reads "tháng M[/Y]", "tháng M năm Y", "tháng 6-7/2024".
func (sc *scanner) month(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.phrase(i, "thang")
	if !ok {
		return a, rNo
	}
	if e2, ok := sc.phrase(e, "nay"); ok {
		// "tháng này": the month of ref.
		ref, ok := sc.refDate()
		a.form, a.m, a.y, a.start, a.at, a.end, a.noRef = fMonth, int(ref.Month), ref.Year, i, sc.skipSpace(e), e2, !ok
		return a, rOK
	}
	m, n, e2, ok := sc.number(e)
	if !ok || !sc.atBoundary(e2) && !(e2 < len(sc.s) && (sc.s[e2] == '/' || sc.s[e2] == '-' || sc.s[e2] == '.')) {
		return a, rNo
	}
	if n > 2 {
		if _, _, e3, ok := sc.yearPart(e2); ok {
			// "tháng 999/2024": written as a month, with no such month.
			at := sc.skipSpace(e)
			return a, sc.failEnd(e3, at, "month "+sc.s[at:e2]+" out of range")
		}
		return a, rNo
	}
	a.form, a.m, a.start, a.at, a.end = fMonth, m, i, sc.skipSpace(e), e2
	if y, _, e3, ok := sc.yearPart(e2); ok {
		a.y, a.end = y, e3
	} else if sc.badYear(e2, 1) {
		return a, rBad // "tháng 6/10000", "tháng 6 năm 0"
	} else if j, ok := sc.punct(e2, '-'); ok {
		// "tháng 6-7/2024"
		if m2, n2, e3, ok := sc.number(j); ok && n2 <= 2 && m2 > m {
			if y, _, e4, ok := sc.yearPart(e3); ok {
				a.form, a.m2, a.y, a.end = fMonths, m2, y, e4
			}
		}
	} else {
		// "tháng 6, 7/2024", "tháng 6 và tháng 7/2024", "các tháng 6, 7, 8/2024":
		// consecutive months sharing the year.
		last, k := m, e2
		for {
			j, ok := sc.punct(k, ',')
			if !ok {
				j, ok = sc.phrase(k, "va")
			}
			if !ok {
				break
			}
			if e3, ok := sc.phrase(j, "thang"); ok {
				j = e3
			}
			m2, n2, e3, ok := sc.number(j)
			if !ok || n2 > 2 || m2 != last+1 {
				break
			}
			last, k = m2, e3
			if y, _, e4, ok := sc.yearPart(k); ok {
				a.form, a.m2, a.y, a.end = fMonths, last, y, e4
				break
			}
		}
	}
	if !sc.atBoundary(a.end) {
		return a, rNo
	}
	if m < 1 || m > 12 {
		if m == 13 && sc.prevWord(i) == "luong" {
			return a, rNo // "lương tháng 13": the thirteenth-month salary
		}
		return a, sc.failEnd(a.end, a.at, "month "+exprItoa(m)+" out of range")
	}
	return a, rOK
}

// quarterNum reads a quarter numeral: Roman I–XII or Arabic.
func (sc *scanner) quarterNum(i int) (q, at, end int, ok bool) {
	t := sc.tok(i)
	switch t.Kind {
	case vntext.Word:
		if v, ok := vntext.Roman(t.Text); ok {
			return v, t.Start, t.End, true
		}
	case vntext.Number:
		if len(t.Text) <= 2 {
			return t.Value(), t.Start, t.End, true
		}
	}
	return 0, 0, i, false
}

// quarter reads "quý III/2024", "quý 3 năm 2026", "quý III - IV/2024".
func (sc *scanner) quarter(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.anyPhrase(i, "quy", "qui")
	if !ok {
		return a, rNo
	}
	q, at, e2, ok := sc.quarterNum(e)
	if !ok {
		return a, rNo
	}
	a.form, a.q, a.start, a.at, a.end = fQuarter, q, i, at, e2
	j, ok := sc.punct(e2, '-')
	if !ok {
		j, ok = sc.phrase(e2, "den")
	}
	next := false // "I, II" and "I và II" name two quarters: a range only when they follow
	if !ok {
		if j, ok = sc.punct(e2, ','); !ok {
			j, ok = sc.phrase(e2, "va")
		}
		next = ok
	}
	if ok {
		// "quý III - IV/2024", "quý I, II/2024", "quý I và quý II năm 2024"
		if e3, found := sc.anyPhrase(j, "quy", "qui"); found {
			j = e3
		}
		if q2, _, e3, ok := sc.quarterNum(j); ok && q2 > q && (!next || q2 == q+1) {
			a.form, a.q2, a.end = fQuarters, q2, e3
		}
	}
	if y, _, e3, ok := sc.yearPart(a.end); ok {
		a.y, a.end = y, e3
	} else if sc.badYear(a.end, 1) {
		return a, rBad // "quý I/10000", "quý II năm 0"
	}
	if !sc.atBoundary(a.end) {
		return a, rNo
	}
	if q < 1 || q > 4 || a.form == fQuarters && a.q2 > 4 {
		bad := q
		if bad >= 1 && bad <= 4 {
			bad = a.q2
		}
		return a, sc.failEnd(a.end, a.at, "quarter "+exprItoa(bad)+" out of range")
	}
	return a, rOK
}

// yearRef reads the year after "năm": YYYY, "nay", "tới", "sau".
func (sc *scanner) yearRef(i int) (y, at, end int, ok bool) {
	if v, n, e, ok := sc.number(i); ok && exprIsYear(v, n) && (sc.atBoundary(e) || sc.adj(e, '-')) {
		return v, sc.skipSpace(i), e, true
	}
	if e, ok := sc.phrase(i, "nay"); ok {
		return sc.refYear(0), sc.skipSpace(i), e, true
	}
	if e, ok := sc.anyPhrase(i, "toi", "sau"); ok {
		if _, ok := sc.phrase(e, "khi"); !ok {
			return sc.refYear(1), sc.skipSpace(i), e, true
		}
	}
	return 0, 0, i, false
}

// year reads "năm 2025", "năm nay", "năm 2024-2025".
func (sc *scanner) year(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.phrase(i, "nam")
	if !ok {
		return a, rNo
	}
	y, at, e2, ok := sc.yearRef(e)
	if !ok {
		if sc.badYear(i, 5) {
			return a, rBad // "trong năm 99999": a count would not follow "năm"
		}
		return a, rNo
	}
	if sc.namesLaw(i) || sc.prevWord(i) == "viet" {
		return a, rNo // "Luật Đất đai năm 2024": the year names the law; "Việt Nam 2024"
	}
	a.form, a.y, a.start, a.at, a.end = fYear, y, i, at, e2
	if j, ok := sc.punct(e2, '-'); ok {
		if y2, n2, e3, ok := sc.number(j); ok && exprIsYear(y2, n2) && y2 > y && sc.atBoundary(e3) {
			a.form, a.y2, a.end = fYears, y2, e3
		}
	}
	if !sc.atBoundary(a.end) {
		return a, rNo
	}
	return a, rOK
}

// firstN reads "6 tháng đầu năm 2024", "9 tháng đầu năm", "6 tháng cuối
// năm", "6 tháng năm 2023", "nửa đầu năm 2024".
func (sc *scanner) firstN(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	a.start = i
	var e int
	if e1, ok := sc.phrase(i, "nua"); ok {
		a.n, e = 6, e1
	} else {
		v, n, e1, ok := sc.number(i)
		if !ok {
			w, e2 := sc.nextWord(i)
			switch w {
			case "ba":
				v, e1 = 3, e2
			case "sau":
				v, e1 = 6, e2
			case "chin":
				v, e1 = 9, e2
			default:
				return a, rNo
			}
		} else if n > 2 || v < 1 || v > 12 {
			return a, rNo
		}
		e2, ok := sc.phrase(e1, "thang")
		if !ok {
			return a, rNo
		}
		a.n, e = v, e2
	}
	a.form = fFirstN
	if e2, ok := sc.phrase(e, "dau"); ok {
		e = e2
	} else if e2, ok := sc.phrase(e, "cuoi"); ok {
		e, a.form = e2, fLastN
	} else if a.n == 6 && e == sc.skipSpace(i)+3 {
		return a, rNo // "nửa năm"
	} else {
		// "6 tháng năm 2023": the first months, year required.
		e3, ok := sc.phrase(e, "nam")
		if !ok {
			return a, rNo
		}
		y, at, e4, ok := sc.yearRef(e3)
		if !ok || at == e4 {
			return a, rNo
		}
		a.y, a.at, a.end = y, at, e4
		return a, rOK
	}
	e3, ok := sc.phrase(e, "nam")
	if !ok {
		return a, rNo
	}
	a.at, a.end = sc.skipSpace(e3), e3
	if y, at, e4, ok := sc.yearRef(e3); ok {
		a.y, a.at, a.end = y, at, e4
	}
	return a, rOK
}

// eml reads "đầu/giữa/cuối tháng 6/2025", "cuối năm 2024", "đầu quý III".
func (sc *scanner) eml(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	switch sc.prevWord(i) {
	case "thang", "ngay", "tuan", "cua":
		return a, rNo // "ngày 10 của tháng cuối quý": no period of its own
	}
	return sc.emlPart(i)
}

// pluralPart reads "những tháng cuối năm 2025", "các tháng đầu năm", "mấy
// tháng cuối quý": the part of a year or quarter, as "cuối năm" names it
// (not the whole year), starting at the plural.
//
//	pluralPart = ("nhung" | "cac" | "may") "thang" ("dau" | "giua" | "cuoi") ("nam" | "quy") …
func (sc *scanner) pluralPart(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.anyPhrase(i, "nhung", "cac", "may")
	if !ok {
		return a, rNo
	}
	if e, ok = sc.phrase(e, "thang"); !ok {
		return a, rNo
	}
	a, r = sc.emlPart(sc.skipSpace(e))
	if r != rOK || a.unit == GrainMonth {
		return anchor{}, r
	}
	a.start = i
	return a, rOK
}

// emlPart reads the part of a month, quarter or year at i: see eml.
func (sc *scanner) emlPart(i int) (a anchor, r res) {
	w, e := sc.nextWord(i)
	switch w {
	case "dau":
		a.part = 1
	case "giua":
		a.part = 2
	case "cuoi":
		a.part = 3
	default:
		return a, rNo
	}
	a.form, a.start, a.at, a.end = fEML, i, i, e
	switch u, e2 := sc.nextWord(e); u {
	case "thang":
		a.unit, a.end = GrainMonth, e2
		if m, r := sc.month(e); r == rOK && m.form == fMonth {
			a.m, a.y, a.at, a.end = m.m, m.y, m.at, m.end
		} else if r == rBad {
			return a, r
		} else if _, _, _, ok := sc.number(e2); ok {
			return a, rNo
		}
	case "quy", "qui":
		if _, ok := sc.quarterUnit(e); !ok {
			return a, rNo // "dầu quy hoạch", "giữa quy định"
		}
		a.unit, a.end = GrainQuarter, e2
		if q, r := sc.quarter(e); r == rOK && q.form == fQuarter {
			a.q, a.y, a.at, a.end = q.q, q.y, q.at, q.end
		} else if r == rBad {
			return a, r
		}
	case "nam":
		if w, _ := sc.nextWord(e2); w == "hoc" {
			return sc.schoolYear(e, i, a.part, ctxRel) // "đầu năm học"
		}
		a.unit, a.end = GrainYear, e2
		if y, at, e3, ok := sc.yearRef(e2); ok {
			a.y, a.at, a.end = y, at, e3
		}
	default:
		return a, rNo
	}
	return a, rOK
}

// week reads a week of a month or year: "tuần đầu (tiên) (của) tháng
// 6/2024", "tuần cuối (cùng) tháng này", "tuần thứ hai của tháng 6",
// "tuần đầu năm 2025". The month or year must be named.
func (sc *scanner) week(i int) (a anchor, r res) {
	i = sc.skipSpace(i)
	e, ok := sc.phrase(i, "tuan")
	if !ok {
		return a, rNo
	}
	a.form, a.start, a.at = fWeekOf, i, i
	w, e2 := sc.nextWord(e)
	switch w {
	case "tu":
		// "tuần từ ngày 11/3/2024 đến ngày 17/3/2024": seven days named
		// as a week (the canonical form of "tuần này" and "tuần sau").
		m, r := sc.rangeOrOpen(e)
		if r != rOK || m.e.Kind != KindPeriod || m.e.Period.Grain != GrainDay || m.e.Period.Last.DaysSince(m.e.Period.First) != 6 {
			return a, rNo
		}
		p := m.e.Period
		return anchor{form: fRange, rf: p.First.Days(), rl: p.Last.Days(), rg: GrainWeek, y: p.First.Year, start: i, at: i, end: m.end}, rOK
	case "nay", "sau", "toi", "tiep", "ke":
		// "tuần này", "tuần sau", "tuần tới", "tuần tiếp theo": the
		// week (Monday to Sunday) of ref, or the next one.
		k := e2
		if w == "tiep" || w == "ke" {
			var ok bool
			if k, ok = sc.anyPhrase(e, "tiep theo", "ke tiep"); !ok {
				return a, rNo
			}
		}
		if _, ok := sc.phrase(k, "khi"); ok {
			return a, rNo // "tuần sau khi …"
		}
		ref, known := sc.refDate()
		mon := ref.AddDays(1 - exprISOWeekday(ref.Weekday()))
		if w != "nay" {
			mon = mon.AddDays(7)
		}
		return anchor{form: fRange, rf: mon.Days(), rl: mon.Days() + 6, rg: GrainWeek, y: mon.Year, start: i, at: i, end: k, noRef: !known}, rOK
	case "dau":
		a.part = 1
		if e3, ok := sc.phrase(e2, "tien"); ok {
			e2 = e3
		}
	case "cuoi":
		a.part = 9
		if e3, ok := sc.phrase(e2, "cung"); ok {
			e2 = e3
		}
	case "thu":
		if v, n, e3, ok := sc.number(e2); ok && n == 1 && v >= 1 && v <= 4 {
			a.part, e2 = v, e3
			break
		}
		switch w2, e3 := sc.nextWord(e2); w2 {
		case "nhat":
			a.part, e2 = 1, e3
		case "hai":
			a.part, e2 = 2, e3
		case "ba":
			a.part, e2 = 3, e3
		case "tu":
			a.part, e2 = 4, e3
		default:
			return a, rNo
		}
	default:
		return a, rNo
	}
	if e3, ok := sc.phrase(e2, "cua"); ok {
		e2 = e3
	}
	switch w, e3 := sc.nextWord(e2); w {
	case "thang":
		m, r := sc.month(e2)
		if r != rOK || m.form != fMonth {
			return a, r
		}
		a.unit, a.m, a.y, a.at, a.end = GrainMonth, m.m, m.y, m.at, m.end
	case "nam":
		if a.part != 1 && a.part != 9 {
			return a, rNo
		}
		y, at, e4, ok := sc.yearRef(e3)
		if !ok {
			return a, rNo
		}
		a.unit, a.y, a.at, a.end = GrainYear, y, at, e4
	default:
		return a, rNo
	}
	return a, rOK
}

// phase reads "giai đoạn 2022-2025", "giai đoạn từ năm 2021 đến năm 2025",
// "thời kỳ 2021-2030", or a bare "2021-2025".
func (sc *scanner) phase(i int, c ctx) (a anchor, r res) {
	i = sc.skipSpace(i)
	a.start = i
	j := i
	named := false
	if e, ok := sc.anyPhrase(i, "giai doan", "thoi ky", "thoi ki"); ok {
		j, named = e, true
		if e2, ok := sc.phrase(j, "tu"); ok {
			j = e2
		}
		if e2, ok := sc.phrase(j, "nam"); ok {
			j = e2
		}
	}
	y1, n1, e1, ok := sc.number(j)
	if !ok || !exprIsYear(y1, n1) || !named && !sc.startsFree(sc.skipSpace(j)) {
		return a, rNo
	}
	if !named && seasonWord(sc.prevWord(sc.skipSpace(j))) {
		// "năm học 2024-2025", "niên khóa 2022-2026", "vụ Đông Xuân
		// 2024-2025": a school year or a crop season runs from a month
		// of one year into the next, not over the calendar years; the
		// spec gives no dates for it, so it is left unread.
		return a, rNo
	}
	a.at = sc.skipSpace(j)
	k, ok := sc.punct(e1, '-')
	if !ok {
		if k, ok = sc.phrase(e1, "den"); !ok || !named {
			return a, rNo
		}
		if k2, ok := sc.phrase(k, "nam"); ok {
			k = k2
		}
	}
	y2, n2, e2, ok := sc.number(k)
	if ok && named && exprIsYear(y2, n2) && y2 < y1 && sc.atBoundary(e2) {
		return a, sc.failEnd(e2, sc.skipSpace(k), "phase ends before it starts") // "giai đoạn 2025-2021"
	}
	if !ok || !exprIsYear(y2, n2) || y2 <= y1 || !sc.atBoundary(e2) {
		return a, rNo
	}
	a.form, a.y, a.y2, a.end = fYears, y1, y2, e2
	return a, rOK
}

// anchorAt reads any anchor at i, and a second one after a dash
// ("quý IV/2024 - quý I/2025", "tháng 11/2024 - tháng 02/2025") as one range.
func (sc *scanner) anchorAt(i int, c ctx) (a anchor, r res) {
	a, r = sc.anchor1(i, c)
	if r != rOK || a.form == fPartial || a.form == fDayOnly || a.form == fYears {
		return a, r
	}
	k, ok := sc.punct(a.end, '-')
	if !ok {
		return a, r
	}
	// Only two anchors of the same kind, the second named in full, make a
	// range: "quý IV/2024 - quý I/2025", not "năm 2024 - 5 nhiệm vụ".
	if w, _ := sc.nextWord(a.start); w != "" {
		w2, _ := sc.nextWord(k)
		if w2 != w && !(w == "ngay" && a.form == fDate && sc.tok(k).Kind == vntext.Number) {
			return a, r
		}
	} else if sc.tok(k).Kind != vntext.Number {
		return a, r
	}
	b, rb := sc.anchor1(k, ctxRel)
	if rb == rBad {
		return b, rb
	}
	if rb != rOK || b.form == fPartial || b.form == fDayOnly || b.form == fYears || !b.hasYear() {
		return a, r
	}
	m, rm := sc.span(a.start, a, b)
	if rm != rOK {
		return a, rm
	}
	p := m.e.Period
	if p.First == (Date{}) || p.Last == (Date{}) {
		// An end whose year is unknown (no ref): so is the range's.
		return anchor{form: fRange, rg: p.Grain, start: a.start, at: a.at, end: b.end, noRef: true}, rOK
	}
	return anchor{form: fRange, rf: p.First.Days(), rl: p.Last.Days(), rg: p.Grain, y: p.First.Year, start: a.start, at: a.at, end: b.end}, rOK
}

// anchor1 reads one anchor at i.
func (sc *scanner) anchor1(i int, c ctx) (a anchor, r res) {
	t := sc.tok(i)
	switch t.Kind {
	case vntext.Number:
		if a, r = sc.firstN(i); r != rNo {
			return a, r
		}
		if a, r = sc.phase(i, c); r != rNo {
			return a, r
		}
		if a, r = sc.datetime(i, c); r != rNo || c != ctxRel {
			return a, r
		}
		// A bare year after a relation: "đến 2030", "từ 2025 trở đi".
		if v, n, e, ok := sc.number(i); ok && exprIsYear(v, n) && sc.atBoundary(e) && sc.startsFree(t.Start) {
			a = anchor{form: fYear, y: v, start: t.Start, at: t.Start, end: e}
			return a, rOK
		}
		return a, rNo
	case vntext.Word:
		switch t.Text {
		case "ngay", "thu", "chu", "mong", "mung":
			if k := t.End + 1; t.Text == "ngay" && k < len(sc.s) && (sc.s[k] == 't' || sc.s[k] == 'q' || sc.s[k] == 'c' || sc.s[k] == 'g') {
				switch w, _ := sc.nextWord(t.End); w {
				case "tet", "quoc", "chien", "giai", "gio": // "ngày Quốc khánh"
					if a, r := sc.tet(i, c); r != rNo {
						return a, r
					}
				}
			}
			return sc.datetime(i, c)
		case "thang":
			if w, at := sc.wordBefore(i); w == "nhung" || w == "cac" || w == "may" {
				if a, r := sc.pluralPart(at); r != rNo {
					return a, r // "những tháng cuối năm 2025"
				}
			}
			return sc.month(i)
		case "nhung", "cac", "may":
			return sc.pluralPart(i) // after a relation: "trong những tháng cuối năm"
		case "quy", "qui":
			return sc.quarter(i)
		case "nam":
			if w, _ := sc.nextWord(t.End); w == "hoc" {
				return sc.schoolYear(i, i, 0, c)
			}
			return sc.year(i)
		case "nua", "ba", "sau", "chin":
			return sc.firstN(i)
		case "dau", "giua", "cuoi":
			return sc.eml(i)
		case "giai", "thoi":
			return sc.phase(i, c)
		case "tuan":
			return sc.week(i)
		case "tet", "dip", "quoc", "gio":
			return sc.tet(i, c)
		}
	}
	return a, rNo
}

// schoolYear reads "năm học" at i, with its years ("năm học 2025-2026")
// or, after a relation word or "đầu/giữa/cuối", without them: part of a
// school year (see WarningSchoolYear). start is where the anchor starts.
func (sc *scanner) schoolYear(i, start, part int, c ctx) (a anchor, r res) {
	e, ok := sc.phrase(i, "nam hoc")
	if !ok {
		return a, rNo
	}
	a.form, a.part, a.start, a.at, a.end = fSchool, part, start, sc.skipSpace(i), e
	if y1, n1, e1, ok := sc.number(e); ok && exprIsYear(y1, n1) {
		k, ok := sc.punct(e1, '-')
		if !ok {
			return a, rNo
		}
		y2, n2, e2, ok := sc.number(k)
		if !ok || !exprIsYear(y2, n2) || !sc.atBoundary(e2) {
			return a, rNo
		}
		if y2 != y1+1 {
			return a, sc.failEnd(e2, sc.skipSpace(k), "a school year runs from one year into the next")
		}
		a.y, a.at, a.end = y1, sc.skipSpace(e), e2
		return a, rOK
	}
	if c != ctxRel && part == 0 {
		return a, rNo // "chất lượng năm học": no school year named
	}
	return a, rOK
}

// namesLaw reports whether the words just before i name a law, a code or
// the constitution ("Luật Đất đai", "Bộ luật Dân sự", "Hiến pháp"), so that
// a following "năm 2024" is part of its title.
func (sc *scanner) namesLaw(i int) bool {
	for n := 0; n < 6 && i > 0; n++ {
		w := sc.prevWord(i)
		if w == "" {
			return false
		}
		switch w {
		case "trong", "truoc", "den", "het", "tu", "vao", "nhat", "han", "cua", "va", "tai":
			return false // a relation or preposition ends the title
		case "luat":
			return true
		case "phap":
			if p := sc.prevWord(i - len(w) - 1); p == "hien" {
				return true
			}
		case "lenh":
			if p := sc.prevWord(i - len(w) - 1); p == "phap" {
				return true
			}
		}
		i -= len(w)
		if i > 0 && sc.s[i-1] == ' ' {
			i--
		}
	}
	return false
}

// warning returns the Warning of the expression built on a.
func (a *anchor) warning() Warning {
	if a.form == fSchool {
		return WarningSchoolYear
	}
	return WarningNone
}
