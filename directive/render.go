package directive

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/kpi"
)

// This file writes a Report as plain Vietnamese text for the head of a
// department: the totals with both denominators, the overdue tasks by
// lateness, the deadlines coming up, each agency's tasks, and the targets.

// VietnameseDate writes d as Vietnamese administrative documents do,
// "05/7/2024": a day below 10 and the months January and February take a
// leading zero (Decree 30/2020/NĐ-CP, Appendix I, on writing the date of a
// document). The zero Date is "".
func VietnameseDate(d calendar.Date) string {
	if d == (calendar.Date{}) {
		return ""
	}
	b := make([]byte, 0, 10)
	if d.Day < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(d.Day), 10)
	b = append(b, '/')
	if d.Month < 3 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(d.Month), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(d.Year), 10)
	return string(b)
}

// NumericDate writes d day first with two-digit day and month, as tables
// and tracking reports write dates: "05/07/2024", "30/06/2024". The zero
// Date is "". Every date a Report writes (WriteText, and the renderers of
// package render) takes this form, so that no page mixes "30/6" and
// "30/06".
func NumericDate(d calendar.Date) string {
	if d == (calendar.Date{}) {
		return ""
	}
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+d.Day/10), byte('0'+d.Day%10), '/', byte('0'+int(d.Month)/10), byte('0'+int(d.Month)%10), '/')
	b = strconv.AppendInt(b, int64(d.Year), 10)
	return string(b)
}

// TargetText writes a target as a Vietnamese phrase: the bound with the
// word of its operator, then the metric — "tối thiểu 10% tổng số thu …",
// "100% hệ thống thông tin …" (at least 100% is all of it), "tối đa 5% …",
// "từ 70% đến 80% …", and a change with its verb, "cắt giảm tối thiểu 30%
// thời gian …".
func TargetText(g kpi.Target) string {
	var b strings.Builder
	if g.Verb != "" {
		b.WriteString(g.Verb)
		b.WriteByte(' ')
	}
	switch {
	case g.IsRange():
		b.WriteString("từ " + g.Value.String() + " đến " + g.Max.String())
	case g.Op == kpi.OpGE && (g.Value != kpi.Full || g.Verb != ""):
		b.WriteString("tối thiểu " + g.Value.String())
	case g.Op == kpi.OpLE:
		b.WriteString("tối đa " + g.Value.String())
	case g.Op == kpi.OpGT:
		b.WriteString("trên " + g.Value.String())
	case g.Op == kpi.OpLT:
		b.WriteString("dưới " + g.Value.String())
	default:
		b.WriteString(g.Value.String())
	}
	if m := strings.Join(strings.Fields(g.Metric), " "); m != "" {
		b.WriteByte(' ')
		b.WriteString(m)
	}
	return b.String()
}

// DeadlinePhrase says in words what a governing time expression holds
// beyond its due day, or "" when the due day says it all:
//
//   - a deadline or date on a day ("trước ngày 30/6/2024"): "";
//   - a deadline on a longer period: its text ("trước tháng 6/2024",
//     "trong năm 2025");
//   - a duty without a due day: its canonical words ("thường xuyên",
//     "từ năm 2024 trở đi"), followed by its text in parentheses when
//     that says something else ("từ năm 2024 trở đi (trong năm 2024 và
//     những năm tiếp theo)"); a recurrence, an event or an offset by its
//     text ("hằng tháng", "kịp thời khi có hướng dẫn").
//
// The text is the model's (TimeExpr.Text), its white space collapsed.
func DeadlinePhrase(x TimeExpr) string {
	e := x.Expr
	src := strings.Join(strings.Fields(x.Text), " ")
	canon := e.String()
	switch e.Kind {
	case calendar.KindUnknown:
		return src
	case calendar.KindDeadline, calendar.KindDate, calendar.KindPeriod:
		if e.Period.Grain == calendar.GrainDay || e.Period.First == e.Period.Last {
			return ""
		}
		if src != "" {
			return src
		}
		return canon
	case calendar.KindRecurrence, calendar.KindEvent, calendar.KindRelative:
		if src != "" {
			return src
		}
		return canon
	}
	if src == "" || vntext.String(src) == vntext.String(canon) {
		return canon
	}
	return canon + " (" + src + ")"
}

// DueText writes when a task is due: its due day, followed in parentheses
// by DeadlinePhrase when that adds something ("31/05/2024 (trước tháng
// 6/2024)", "15/07/2024 (hằng tháng)"), the phrase alone for a duty
// without a due day ("thường xuyên"), or "không nêu thời hạn" when the
// task states no time.
func DueText(x TimeExpr, due calendar.Date) string {
	ph := DeadlinePhrase(x)
	switch {
	case due.IsValid() && ph != "":
		return NumericDate(due) + " (" + ph + ")"
	case due.IsValid():
		return NumericDate(due)
	case ph != "":
		return ph
	}
	return "không nêu thời hạn"
}

// Text returns the report as plain Vietnamese text; see WriteText.
func (r *Report) Text() string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}

// WriteText writes the report as plain Vietnamese text, in five parts:
// the totals (over the tasks come due and over all tasks), the overdue
// tasks by lateness, the tasks due soon, each agency's tasks (as lead and
// as cooperating), and the targets with their evaluations; then, when
// there are any, the problems found. Dates are written by NumericDate. It
// returns the first write error.
func (r *Report) WriteText(w io.Writer) error {
	p := &printer{w: w}
	p.line("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ")
	head := "Văn bản"
	if r.Type.IsValid() {
		head = r.Type.String()
	}
	if !r.Number.IsZero() {
		head += " số " + r.Number.String()
	}
	switch {
	case r.Subject == "":
	case r.Type == DocOfficialLetter:
		head += " V/v " + r.Subject
	default:
		head += " " + r.Subject
	}
	p.line(head)
	p.line("Số liệu tính đến ngày " + NumericDate(r.AsOf) + ".")
	p.line("")

	t := r.Totals
	p.line("I. TỔNG HỢP CHUNG")
	p.line("Tổng số nhiệm vụ: " + itoa(t.Total))
	p.line("  - Đã hoàn thành đúng hạn: " + itoa(t.DoneOnTime))
	p.line("  - Đã hoàn thành quá hạn: " + itoa(t.DoneLate))
	in := "  - Đang thực hiện trong hạn: " + itoa(t.InProgress)
	if t.DueSoon > 0 {
		in += " (sắp đến hạn: " + itoa(t.DueSoon) + ")"
	}
	p.line(in)
	p.line("  - Đang thực hiện quá hạn: " + itoa(t.Overdue))
	p.line("  - Thường xuyên, không có thời hạn: " + itoa(t.NoDeadline))
	p.line("Trên số nhiệm vụ đã đến hạn (" + itoa(t.CameDue) + "): hoàn thành " + share(t.DueDone, t.CameDue, t.DoneOfDue()) +
		", trong đó đúng hạn " + share(t.DueOnTime, t.CameDue, t.OnTimeOfDue()) + ".")
	p.line("Trên tổng số nhiệm vụ (" + itoa(t.Total) + "): hoàn thành " + share(t.Done(), t.Total, t.DoneOfAll()) +
		", trong đó đúng hạn " + share(t.DoneOnTime, t.Total, t.OnTimeOfAll()) + ".")
	p.line("")

	p.line("II. NHIỆM VỤ QUÁ HẠN (xếp theo số ngày quá hạn)")
	if len(r.Overdue) == 0 {
		p.line("Không có nhiệm vụ quá hạn.")
	}
	for i, o := range r.Overdue {
		tr := &r.Tasks[o.Index]
		p.line("  " + itoa(i+1) + ". [" + tr.Label + "] " + brief(tr.Text))
		p.line("     Chủ trì: " + names(tr.Lead) + ". Hạn: " + DueText(tr.Deadline, tr.Due) + ". Quá hạn " + itoa(o.Days) + " ngày.")
	}
	p.line("")

	if r.DueSoonDays > 0 {
		p.line("III. NHIỆM VỤ SẮP ĐẾN HẠN (trong " + itoa(r.DueSoonDays) + " ngày tới)")
	} else {
		p.line("III. NHIỆM VỤ SẮP ĐẾN HẠN")
	}
	if len(r.Upcoming) == 0 {
		p.line("Không có nhiệm vụ sắp đến hạn.")
	}
	for i, u := range r.Upcoming {
		tr := &r.Tasks[u.Index]
		left := "đến hạn hôm nay"
		if u.Days > 0 {
			left = "còn " + itoa(u.Days) + " ngày"
		}
		p.line("  " + itoa(i+1) + ". [" + tr.Label + "] " + brief(tr.Text))
		p.line("     Chủ trì: " + names(tr.Lead) + ". Hạn: " + DueText(tr.Deadline, tr.Due) + "; " + left + ".")
	}
	p.line("")

	p.line("IV. TÌNH HÌNH THEO CƠ QUAN, ĐƠN VỊ")
	for _, a := range r.Agencies {
		p.line("  " + a.Name)
		if a.Lead.Total > 0 {
			p.line("    Chủ trì " + itoa(a.Lead.Total) + " nhiệm vụ: " + countsText(a.Lead) + ".")
		}
		if a.Cooperating.Total > 0 {
			p.line("    Phối hợp " + itoa(a.Cooperating.Total) + " nhiệm vụ: " + countsText(a.Cooperating) + ".")
		}
		if len(a.LeadOverdue) > 0 {
			p.line("    Nhiệm vụ chủ trì quá hạn: " + strings.Join(a.LeadOverdue, ", ") + ".")
		}
	}
	p.line("")

	p.line("V. CHỈ TIÊU")
	if len(r.Targets) == 0 {
		p.line("Không có chỉ tiêu.")
	}
	for i, g := range r.Targets {
		s := "  " + itoa(i+1) + ". [" + g.Task + "] " + TargetText(g.Target)
		if g.Due != (calendar.Date{}) {
			s += " — hạn " + NumericDate(g.Due)
		}
		p.line(s + ": " + evaluationText(g.Evaluation) + ".")
		for _, a := range g.Agencies {
			p.line("     " + r.agencyName(a.Agency) + ": " + evaluationText(a.Evaluation) + ".")
		}
		if len(g.Short) > 0 {
			parts := make([]string, len(g.Short))
			for k, sh := range g.Short {
				parts[k] = r.agencyName(sh.Agency) + " (" + round1(sh.Value).String() + ", thiếu " + strconv.FormatInt(sh.Units, 10) + ")"
			}
			p.line("     Chưa đạt: " + strings.Join(parts, "; ") + ".")
		}
	}
	if len(r.Problems) > 0 {
		p.line("")
		p.line("VI. VẤN ĐỀ CẦN LƯU Ý")
		for i, pr := range r.Problems {
			p.line("  " + itoa(i+1) + ". " + ProblemText(pr))
		}
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(s string) {
	if p.err != nil {
		return
	}
	_, p.err = io.WriteString(p.w, s+"\n")
}

func itoa(n int) string { return strconv.Itoa(n) }

// share writes "3 (60%)", or "0" when the denominator is zero.
func share(n, of int, pct kpi.Percent) string {
	if of == 0 {
		return itoa(n)
	}
	return itoa(n) + " (" + round1(pct).String() + ")"
}

// round1 rounds p to one decimal place, half away from zero, for display
// ("33,3%"); the report's values keep their full precision.
func round1(p kpi.Percent) kpi.Percent {
	const unit = kpi.Point / 10
	if p < 0 {
		return -round1(-p)
	}
	return (p + unit/2) / unit * unit
}

// countsText writes the non-zero counts of c.
func countsText(c Counts) string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, itoa(n)+" "+what)
		}
	}
	add(c.DoneOnTime, "đã hoàn thành đúng hạn")
	add(c.DoneLate, "đã hoàn thành quá hạn")
	add(c.InProgress, "đang thực hiện trong hạn")
	add(c.Overdue, "đang thực hiện quá hạn")
	add(c.NoDeadline, "không có thời hạn")
	return strings.Join(parts, ", ")
}

func names(ps []Party) string {
	if len(ps) == 0 {
		return "chưa xác định"
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.Name)
	}
	return b.String()
}

// brief returns the first sentence of s, cut to about 120 characters.
func brief(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	const max = 120
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			cut := s[:i]
			if j := strings.LastIndexByte(cut, ' '); j > max/2 {
				cut = cut[:j]
			}
			return cut + " …"
		}
		n++
	}
	return s
}

func evaluationText(e kpi.Evaluation) string {
	s := e.Status.Vietnamese()
	if e.Status == kpi.NoData {
		return s
	}
	v := round1(e.Current.Value).String()
	if e.Current.HasCounts() {
		v += ", " + strconv.FormatInt(e.Current.Num, 10) + "/" + strconv.FormatInt(e.Current.Den, 10)
	}
	v += " ngày " + NumericDate(e.Current.Date)
	if e.HasProjection && (e.Status == kpi.OnTrack || e.Status == kpi.AtRisk) {
		v += "; dự kiến " + round1(e.Projected).String() + " khi đến hạn"
	}
	return s + " (" + v + ")"
}

func (r *Report) agencyName(id agency.ID) string {
	for _, a := range r.Agencies {
		if a.ID == id {
			return a.Name
		}
	}
	return string(id)
}
