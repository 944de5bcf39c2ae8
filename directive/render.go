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

// Text returns the report as plain Vietnamese text; see WriteText.
func (r *Report) Text() string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}

// WriteText writes the report as plain Vietnamese text, in five parts:
// the totals (over the tasks come due and over all tasks), the overdue
// tasks by lateness, the tasks due soon, each agency's tasks (as lead and
// as cooperating), and the targets with their evaluations. It returns the
// first write error.
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
	p.line("Số liệu tính đến ngày " + VietnameseDate(r.AsOf) + ".")
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
		p.line("     Chủ trì: " + names(tr.Lead) + ". Hạn: " + dueText(tr) + ". Quá hạn " + itoa(o.Days) + " ngày.")
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
		p.line("     Chủ trì: " + names(tr.Lead) + ". Hạn: " + dueText(tr) + " (" + left + ").")
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
		s := "  " + itoa(i+1) + ". [" + g.Task + "] " + g.Target.String()
		if g.Due != (calendar.Date{}) {
			s += " — hạn " + VietnameseDate(g.Due)
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

// dueText writes a task's due day and, when it says more, its deadline
// text: "30/6/2024 (trước ngày 30/6/2024)" is written "30/6/2024".
func dueText(t *TaskReport) string {
	s := VietnameseDate(t.Due)
	if t.Deadline != "" && !strings.Contains(t.Deadline, s) {
		s += " (" + t.Deadline + ")"
	}
	return s
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
	v += " ngày " + VietnameseDate(e.Current.Date)
	if e.HasProjection && e.Status != kpi.Met {
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

// Agency returns the report row of the agency with ID or name key: an ID
// matches exactly, a name ignoring case and diacritics.
func (r *Report) Agency(key string) (AgencyReport, bool) {
	for _, a := range r.Agencies {
		if a.ID != "" && string(a.ID) == key {
			return a, true
		}
	}
	f := vntext.String(key)
	for _, a := range r.Agencies {
		if vntext.String(a.Name) == f {
			return a, true
		}
	}
	return AgencyReport{}, false
}
