package calendar

// This file reads the holidays a deadline may be tied to: "trước Tết
// Nguyên đán Ất Tỵ năm 2025", "trước (dịp) Tết", "Tết Dương lịch 2025",
// "trước ngày Quốc khánh 2/9", "sau Giỗ Tổ Hùng Vương". CORPUS_SPEC.md
// names no holiday; this package's convention (testdata/CORPUS_SPEC.md)
// reads each as the one day that names it, a day anchor like "ngày D":
// "trước Tết Nguyên đán 2026" is due on mùng 1 Tết (2026-02-17) as
// "trước ngày 17/02/2026" would be, and "sau Tết …" opens a period from
// the day after.
//
//	holiday  = ["dip"] ["ngay"] name [canchi] [yearpart | YYYY] [["("] D "/" M [")"]]
//	name     = "tet" ["nguyen dan" | "am lich" | "co truyen"]   1 tháng Giêng (lunar)
//	         | "tet duong lich"                                 1 January
//	         | "tet trung thu"                                  15 tháng Tám (lunar)
//	         | "quoc khanh"                                     2 September
//	         | "chien thang" | "giai phong mien nam"            30 April
//	         | "quoc te lao dong"                               1 May
//	         | "gio to hung vuong"                              10 tháng Ba (lunar)
//	canchi   = stem branch                                      ("Ất Tỵ", "Giáp Thìn"; Tết only)
//
// The days are those of the Labor Code 2019, Art. 112(1) (Tết Trung thu,
// a festival with no day off, by the lunar calendar). A written day must
// be the holiday's ("Quốc khánh 3/9" is an error). In running text a
// holiday is read only with its year or can-chi name; after a relation
// word ("trước Tết") a missing year comes from ref like any other. A
// can-chi name that does not match the year written ("Tết Ất Tỵ năm 2024")
// is an error.

// The holidays of fTet, in anchor.n.
const (
	festTet       = 1 + iota // Tết Nguyên đán
	festNewYear              // Tết Dương lịch
	festMidAutumn            // Tết Trung thu
	festNational             // Quốc khánh
	festVictory              // Ngày Chiến thắng (Giải phóng miền Nam)
	festLabour               // Ngày Quốc tế Lao động
	festHungKings            // Giỗ Tổ Hùng Vương
)

// holidayNames are the names of the holidays, longest first, each with
// its day: solar (lunar false) or in the lunar calendar.
var holidayNames = [...]struct {
	words      string
	n          int
	lunar      bool
	month, day int
}{
	{"tet nguyen dan", festTet, true, 1, 1},
	{"tet am lich", festTet, true, 1, 1},
	{"tet co truyen", festTet, true, 1, 1},
	{"tet duong lich", festNewYear, false, 1, 1},
	{"tet trung thu", festMidAutumn, true, 8, 15},
	{"tet", festTet, true, 1, 1},
	{"quoc khanh", festNational, false, 9, 2},
	{"chien thang", festVictory, false, 4, 30},
	{"giai phong mien nam", festVictory, false, 4, 30},
	{"quoc te lao dong", festLabour, false, 5, 1},
	{"gio to hung vuong", festHungKings, true, 3, 10},
}

// tet reads a holiday at i.
func (sc *scanner) tet(i int, c ctx) (a anchor, r res) {
	i = sc.skipSpace(i)
	a.start, a.at = i, i
	j := i
	if e, ok := sc.phrase(j, "dip"); ok {
		j = e
	}
	day := false
	if e, ok := sc.phrase(j, "ngay"); ok {
		j, day = e, true
	}
	h := -1
	for k, n := range holidayNames {
		if e, ok := sc.phrase(j, n.words); ok {
			if day && n.words == "tet" || !day && n.n == festVictory {
				continue // "ngày Tết" is any day of it; "chiến thắng" alone is a victory
			}
			h, a.end = k, e
			break
		}
	}
	if h < 0 {
		return a, rNo
	}
	a.form, a.n = fTet, holidayNames[h].n
	if a.n == festTet {
		if cc, e2, ok := sc.canChi(a.end); ok {
			a.q, a.end = cc+1, e2
		}
	}
	if y, at, e2, ok := sc.yearPart(a.end); ok {
		a.y, a.at, a.end = y, at, e2
	} else if v, n, e2, ok := sc.number(a.end); ok && exprIsYear(v, n) && sc.atBoundary(e2) {
		a.y, a.at, a.end = v, sc.skipSpace(a.end), e2
	}
	if hn := holidayNames[h]; !hn.lunar && a.y == 0 {
		// "Quốc khánh 2/9", "(30/4)", "2/9/2025": the day as written.
		k, paren := sc.punct(a.end, '(')
		if b, rb := sc.numeric(k, ctxRel, true); rb == rOK && b.form == fDate {
			if b.d != hn.day || b.m != hn.month {
				return a, sc.failEnd(b.end, b.at, "the holiday falls on "+exprItoa(hn.day)+"/"+exprItoa(hn.month))
			}
			a.end, a.y = b.end, b.y
			if a.y != 0 {
				a.at = b.at
			}
			if paren {
				if e2, ok := sc.punct(a.end, ')'); ok {
					a.end = e2
				}
			}
		}
	}
	if a.q > 0 && a.y != 0 && modPos(a.y-4, 60) != a.q-1 {
		return a, sc.failEnd(a.end, a.at, "year "+exprItoa(a.y)+" is "+YearName(a.y)+", not "+canChiNames[a.q-1])
	}
	if a.q > 0 && a.y == 0 && sc.ref.IsValid() {
		// The year of that name nearest to ref (with no ref, the year is
		// unknown).
		a.y = sc.ref.Year + modPos(a.q-1-(sc.ref.Year-4)+30, 60) - 30
	}
	if c != ctxRel && a.y == 0 {
		return a, rNo // "chăm lo Tết cho người nghèo": no date named
	}
	return a, rOK
}

// festival returns the day of holiday a in year y.
func (sc *scanner) festival(a *anchor, y int) (Period, res) {
	for _, h := range holidayNames {
		if h.n != a.n {
			continue
		}
		if !h.lunar {
			return DayPeriod(exprDate(y, h.month, h.day)), rOK
		}
		d, err := LunarDate{Year: y, Month: h.month, Day: h.day}.Solar()
		if err != nil || !d.IsValid() {
			return Period{}, sc.failEnd(a.end, a.at, "no lunar calendar for "+exprItoa(y))
		}
		return DayPeriod(d), rOK
	}
	return Period{}, rNo
}

// canChi reads a can-chi year name at i ("Ất Tỵ", "Giáp Thìn") and
// returns its index in the sexagenary cycle. Tý and Tỵ fold alike; the
// stem tells them apart (a stem and a branch pair only when both are even
// or both odd).
func (sc *scanner) canChi(i int) (int, int, bool) {
	w, e := sc.nextWord(i)
	stem := -1
	switch w {
	case "giap":
		stem = 0
	case "at":
		stem = 1
	case "binh":
		stem = 2
	case "dinh":
		stem = 3
	case "mau":
		stem = 4
	case "ky", "ki": // Kỷ, also spelt Kỉ
		stem = 5
	case "canh":
		stem = 6
	case "tan":
		stem = 7
	case "nham":
		stem = 8
	case "quy":
		stem = 9
	default:
		return 0, i, false
	}
	w, e2 := sc.nextWord(e)
	branch := -1
	switch w {
	case "ty": // Tý (0) or Tỵ (5), by the stem's parity
		branch = 0
		if stem%2 == 1 {
			branch = 5
		}
	case "suu":
		branch = 1
	case "dan":
		branch = 2
	case "mao", "meo":
		branch = 3
	case "thin":
		branch = 4
	case "ngo":
		branch = 6
	case "mui":
		branch = 7
	case "than":
		branch = 8
	case "dau":
		branch = 9
	case "tuat":
		branch = 10
	case "hoi":
		branch = 11
	default:
		return 0, i, false
	}
	if stem%2 != branch%2 {
		return 0, i, false
	}
	for k := 0; k < 60; k++ {
		if k%10 == stem && k%12 == branch {
			return k, e2, true
		}
	}
	return 0, i, false
}
