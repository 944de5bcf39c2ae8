package sqi

import (
	"errors"
	"math/big"
	"strconv"

	"github.com/chidao/chidao/kpi"
)

// Points is a score in fixed point: ten-thousandths of a point, so 92,5
// points is Points(925000). It never passes through a float.
type Points int64

// One is one point.
const One Points = 10_000

// String formats p with a decimal comma and no trailing zeros: "92,5".
func (p Points) String() string {
	s := kpi.Percent(p).String() // same fixed point and format, without the sign
	return s[:len(s)-1]
}

// A Group is one of the five groups of indicators. The zero Group is unknown.
type Group uint8

// The groups of Decision 766/QĐ-TTg.
const (
	GroupUnknown Group = iota
	Transparency       // công khai, minh bạch: 18 points
	Progress           // tiến độ, kết quả giải quyết: 20 points
	Online             // cung cấp dịch vụ trực tuyến: 22 points
	Digitization       // số hóa hồ sơ: 22 points
	Satisfaction       // mức độ hài lòng: 18 points
)

// NumGroups is the number of groups; Group values run from 1 to NumGroups.
const NumGroups = 5

var groupNames = [...]string{"", "công khai, minh bạch", "tiến độ, kết quả giải quyết",
	"cung cấp dịch vụ trực tuyến", "số hóa hồ sơ", "mức độ hài lòng"}

var groupMax = [...]Points{0, 18 * One, 20 * One, 22 * One, 22 * One, 18 * One}

// String returns the group's Vietnamese name, "công khai, minh bạch" ….
func (g Group) String() string {
	if int(g) < len(groupNames) {
		return groupNames[g]
	}
	return "Group(" + strconv.Itoa(int(g)) + ")"
}

// Max returns the group's maximum in the decision: 18, 20, 22, 22, 18.
func (g Group) Max() Points {
	if int(g) < len(groupMax) {
		return groupMax[g]
	}
	return 0
}

// MarshalText implements encoding.TextMarshaler with [Group.String].
func (g Group) MarshalText() ([]byte, error) {
	if g == GroupUnknown || int(g) >= len(groupNames) {
		return nil, errors.New("sqi: unknown group")
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the names of
// [Group.String].
func (g *Group) UnmarshalText(b []byte) error {
	for i := 1; i < len(groupNames); i++ {
		if string(b) == groupNames[i] {
			*g = Group(i)
			return nil
		}
	}
	return errors.New("sqi: unknown group " + strconv.Quote(string(b)))
}

// An Indicator is one ratio of the index and how it scores.
type Indicator struct {
	// ID is the indicator's number in its group, "1.2".
	ID    string
	Group Group
	// Name is the indicator as the decision names it.
	Name string
	// Max is the points the indicator is worth.
	Max Points
	// FullAt is the ratio at or above which the indicator scores Max; below
	// it the score is Max·ratio/FullAt. Zero means 100%.
	FullAt kpi.Percent
	// Confirmed reports whether Max and FullAt were confirmed from a
	// source; Note says where they come from or what is unconfirmed.
	Confirmed bool
	Note      string
}

// A Grade is the rating of a total score. The zero Grade is unknown.
type Grade uint8

// The grades, best first.
const (
	GradeUnknown Grade = iota
	Excellent          // Xuất sắc
	Good               // Tốt
	Fair               // Khá
	Average            // Trung bình
	Weak               // Yếu
)

var gradeNames = [...]string{"", "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"}

// String returns the grade in Vietnamese: "Xuất sắc", "Tốt", "Khá", "Trung
// bình", "Yếu".
func (g Grade) String() string {
	if int(g) < len(gradeNames) {
		return gradeNames[g]
	}
	return "Grade(" + strconv.Itoa(int(g)) + ")"
}

// MarshalText implements encoding.TextMarshaler with [Grade.String].
func (g Grade) MarshalText() ([]byte, error) {
	if g == GradeUnknown || int(g) >= len(gradeNames) {
		return nil, errors.New("sqi: unknown grade")
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the names of
// [Grade.String].
func (g *Grade) UnmarshalText(b []byte) error {
	for i := 1; i < len(gradeNames); i++ {
		if string(b) == gradeNames[i] {
			*g = Grade(i)
			return nil
		}
	}
	return errors.New("sqi: unknown grade " + strconv.Quote(string(b)))
}

// A Band gives the lowest score (out of 100) of a grade.
type Band struct {
	Grade     Grade
	Min       Points
	Confirmed bool
}

// A Config is a version of the index: its indicators and grading bands.
// [Default] returns the published defaults; change a copy to apply another
// appendix.
type Config struct {
	Indicators []Indicator
	// Bands, best first; a score takes the first band whose Min it
	// reaches, and the last band otherwise.
	Bands []Band
}

// Default returns the index as published in Decision 766/QĐ-TTg, with the
// provenance of each weight in the indicators' Note (see the package
// documentation for what is confirmed).
func Default() Config {
	const sec = "confirmed by a summary of the decision (baocaotaichinh.vn)"
	const unc = "unconfirmed: split of the group's points not confirmed from the decision's appendix"
	const thr = "; full-score threshold from a third-party formula description, unconfirmed"
	// A third-party dashboard of the index splits the online group into
	// online services (12 points) and online payment (10 points).
	const svc = "; online services 12 of the group's 22 points per a third-party dashboard"
	const pay = "; online payment 10 of the group's 22 points per a third-party dashboard"
	return Config{
		Indicators: []Indicator{
			{"1.1", Transparency, "Tỷ lệ thủ tục hành chính công bố đúng hạn", 4 * One, 0, false, unc},
			{"1.2", Transparency, "Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn", 4 * One, 0, true, sec},
			{"1.3", Transparency, "Tỷ lệ thủ tục hành chính được công khai có đầy đủ các nội dung quy định", 4 * One, 0, false, unc},
			{"1.4", Transparency, "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", 6 * One, 0, false, unc},
			{"2.1", Progress, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", 20 * One, 0, true, sec},
			{"3.1", Online, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến", 4 * One, 80 * kpi.Point, false, unc + svc + thr},
			{"3.2", Online, "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", 2 * One, 0, false, unc + svc},
			{"3.3", Online, "Tỷ lệ hồ sơ nộp trực tuyến", 6 * One, 50 * kpi.Point, false, unc + svc + thr},
			{"3.4", Online, "Tỷ lệ thủ tục hành chính có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến", 5 * One, 80 * kpi.Point, false, unc + pay + thr},
			{"3.5", Online, "Tỷ lệ hồ sơ thanh toán trực tuyến", 5 * One, 0, false, unc + pay},
			{"4.1", Digitization, "Tỷ lệ hồ sơ có cấp kết quả giải quyết thủ tục hành chính điện tử", 8 * One, 0, false, unc},
			{"4.2", Digitization, "Tỷ lệ hồ sơ thủ tục hành chính thực hiện số hóa hồ sơ", 8 * One, 80 * kpi.Point, false, unc + thr},
			{"4.3", Digitization, "Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa", 6 * One, 80 * kpi.Point, false, unc + thr},
			{"5.1", Satisfaction, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", 6 * One, 0, true, sec},
			{"5.2", Satisfaction, "Các chỉ số hài lòng khác của nhóm (chưa xác nhận)", 12 * One, 0, false, unc},
		},
		Bands: []Band{
			{Excellent, 90 * One, true}, // chidao issue 5: Xuất sắc 90–100
			{Good, 80 * One, false},     // unconfirmed
			{Fair, 70 * One, false},     // unconfirmed
			{Average, 50 * One, false},  // unconfirmed
			{Weak, 0, true},             // chidao issue 5: Yếu under 50
		},
	}
}

// Validate checks that c's indicators have known groups and unique IDs, that
// each group's points add up to its maximum and the total to 100, that
// thresholds are between 0 and 100%, and that the bands descend.
func (c Config) Validate() error {
	var sum [NumGroups + 1]Points
	seen := make(map[string]bool, len(c.Indicators))
	for _, in := range c.Indicators {
		if in.Group == GroupUnknown || in.Group > NumGroups {
			return errors.New("sqi: indicator " + in.ID + " has no group")
		}
		if seen[in.ID] {
			return errors.New("sqi: indicator " + in.ID + " twice")
		}
		seen[in.ID] = true
		if in.Max < 0 || in.FullAt < 0 || in.FullAt > kpi.Full {
			return errors.New("sqi: indicator " + in.ID + " has a weight or threshold out of range")
		}
		sum[in.Group] += in.Max
	}
	var total Points
	for g := Group(1); g <= NumGroups; g++ {
		if sum[g] != g.Max() {
			return errors.New("sqi: group " + g.String() + " has " + sum[g].String() + " points; want " + g.Max().String())
		}
		total += sum[g]
	}
	if total != 100*One {
		return errors.New("sqi: total is " + total.String() + " points; want 100")
	}
	for i := 1; i < len(c.Bands); i++ {
		if c.Bands[i].Min >= c.Bands[i-1].Min {
			return errors.New("sqi: bands must descend")
		}
	}
	return nil
}

// A Ratio is the counts measured for one indicator: Num out of Den.
type Ratio struct {
	ID       string
	Num, Den int64
}

// A Score is one indicator's result.
type Score struct {
	Indicator Indicator
	Num, Den  int64
	// Value is the ratio Num/Den.
	Value kpi.Percent
	// Points scored; zero when not Applicable.
	Points Points
	// Applicable is false when no counts were given or Den is zero: the
	// indicator is left out of the total and of its maximum.
	Applicable bool
}

// A Report is the index computed for one agency and period.
type Report struct {
	Scores []Score
	// Groups[g] is group g's points (index 0 unused).
	Groups [NumGroups + 1]Points
	// Total is the sum of the points; Max the sum of the applicable
	// indicators' maxima (100 when all apply).
	Total, Max Points
	// Normalized is Total scaled to 100 points over Max (equal to Total when
	// every indicator applies); Grade is graded on it, and is GradeUnknown
	// when no indicator applies.
	Normalized Points
	Grade      Grade
}

// Compute scores the ratios with c's indicators. Ratios for unknown IDs are
// an error; indicators without a ratio are not applicable.
func (c Config) Compute(ratios []Ratio) (Report, error) {
	byID := make(map[string]Ratio, len(ratios))
	known := make(map[string]bool, len(c.Indicators))
	for _, in := range c.Indicators {
		known[in.ID] = true
	}
	for _, r := range ratios {
		if !known[r.ID] {
			return Report{}, errors.New("sqi: unknown indicator " + strconv.Quote(r.ID))
		}
		if r.Num < 0 || r.Den < 0 || r.Num > r.Den {
			return Report{}, errors.New("sqi: indicator " + r.ID + " has counts out of range")
		}
		byID[r.ID] = r
	}
	var rep Report
	for _, in := range c.Indicators {
		r, ok := byID[in.ID]
		s := Score{Indicator: in, Num: r.Num, Den: r.Den}
		if ok && r.Den > 0 {
			s.Applicable = true
			s.Value = kpi.FromCounts(r.Num, r.Den)
			s.Points = points(in, r.Num, r.Den)
			rep.Groups[in.Group] += s.Points
			rep.Total += s.Points
			rep.Max += in.Max
		}
		rep.Scores = append(rep.Scores, s)
	}
	rep.Normalized = rep.Total
	if rep.Max > 0 && rep.Max != 100*One {
		rep.Normalized = Points(divRound(big.NewInt(int64(rep.Total)*int64(100*One)), big.NewInt(int64(rep.Max))))
	}
	if rep.Max > 0 { // with nothing measured there is nothing to grade
		rep.Grade = c.GradeOf(rep.Normalized)
	}
	return rep, nil
}

// GradeOf returns the grade of a score out of 100.
func (c Config) GradeOf(p Points) Grade {
	for _, b := range c.Bands {
		if p >= b.Min {
			return b.Grade
		}
	}
	if len(c.Bands) > 0 {
		return c.Bands[len(c.Bands)-1].Grade
	}
	return GradeUnknown
}

// points returns Max·min(1, (num/den)/FullAt), rounded once half away from
// zero.
func points(in Indicator, num, den int64) Points {
	full := in.FullAt
	if full == 0 {
		full = kpi.Full
	}
	// num/den ≥ full/Full  ⇔  num·Full ≥ full·den
	n := new(big.Int).Mul(big.NewInt(num), big.NewInt(int64(kpi.Full)))
	d := new(big.Int).Mul(big.NewInt(den), big.NewInt(int64(full)))
	if n.Cmp(d) >= 0 {
		return in.Max
	}
	return Points(divRound(n.Mul(n, big.NewInt(int64(in.Max))), d))
}

// divRound returns n/d rounded half away from zero for non-negative n and
// positive d.
func divRound(n, d *big.Int) int64 {
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Lsh(r, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64()
}
