package calendar

// This file reads the festivals a deadline may be tied to: "trước Tết
// Nguyên đán Ất Tỵ năm 2025", "trước (dịp) Tết", "Tết Dương lịch 2025",
// "Tết Trung thu". CORPUS_SPEC.md names no festival; a festival with a
// date in the calendar is read as that date, never as an undated event.
//
//	tet      = ["dip"] "tet" [name] [canchi] [yearpart | YYYY]
//	name     = "nguyen dan" | "am lich" | "co truyen"   (Tết Nguyên đán, the default)
//	         | "duong lich"                            (1 January)
//	         | "trung thu"                             (15th of the 8th lunar month)
//	canchi   = stem branch                              ("Ất Tỵ", "Giáp Thìn")
//
// Tết Nguyên đán is the three traditional days of Tết, mùng 1 to mùng 3
// tháng Giêng (grain day), so that "trước Tết" is due on the last day of
// the lunar year, before the festival starts, by the spec's rule for a
// period anchor; Tết Dương lịch and Tết Trung thu are one day each. In
// running text a festival is read only with its year or can-chi name;
// after a relation word ("trước Tết") a missing year comes from ref like
// any other. A can-chi name that does not match the year written ("Tết
// Ất Tỵ năm 2024") is an error.

// The festivals of fTet, in anchor.n.
const (
	festTet       = 1 // Tết Nguyên đán
	festNewYear   = 2 // Tết Dương lịch
	festMidAutumn = 3 // Tết Trung thu
)

// tet reads a festival at i.
func (sc *scanner) tet(i int, c ctx) (a anchor, r res) {
	i = sc.skipSpace(i)
	a.start, a.at = i, i
	j := i
	if e, ok := sc.phrase(j, "dip"); ok {
		j = e
	}
	e, ok := sc.phrase(j, "tet")
	if !ok {
		return a, rNo
	}
	a.form, a.n, a.end = fTet, festTet, e
	if e2, ok := sc.anyPhrase(e, "nguyen dan", "am lich", "co truyen"); ok {
		a.end = e2
	} else if e2, ok := sc.phrase(e, "duong lich"); ok {
		a.n, a.end = festNewYear, e2
	} else if e2, ok := sc.phrase(e, "trung thu"); ok {
		a.n, a.end = festMidAutumn, e2
	}
	if cc, e2, ok := sc.canChi(a.end); ok {
		a.q, a.end = cc+1, e2
	}
	if y, at, e2, ok := sc.yearPart(a.end); ok {
		a.y, a.at, a.end = y, at, e2
	} else if v, n, e2, ok := sc.number(a.end); ok && exprIsYear(v, n) && sc.atBoundary(e2) {
		a.y, a.at, a.end = v, sc.skipSpace(a.end), e2
	}
	if a.q > 0 && a.y != 0 && a.n != festNewYear && modPos(a.y-4, 60) != a.q-1 {
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

// festival returns the days of festival a in year y.
func (sc *scanner) festival(a *anchor, y int) (Period, res) {
	switch a.n {
	case festNewYear:
		return DayPeriod(exprDate(y, 1, 1)), rOK
	case festMidAutumn:
		d, err := LunarDate{Year: y, Month: 8, Day: 15}.Solar()
		if err != nil {
			return Period{}, sc.failEnd(a.end, a.at, "no lunar calendar for "+exprItoa(y))
		}
		return DayPeriod(d), rOK
	}
	t := Tet(y)
	if !t.IsValid() {
		return Period{}, sc.failEnd(a.end, a.at, "no lunar calendar for "+exprItoa(y))
	}
	return Period{t, t.AddDays(2), GrainDay}, rOK
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
	case "ky":
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
