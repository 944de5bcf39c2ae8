package render

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
)

// partyNames joins the names of ps, each with its person title ("Thủ
// trưởng các sở, ban, ngành thành phố"), with "; ".
func partyNames(ps []directive.Party) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		if p.Title != "" {
			b.WriteString(p.Title)
			b.WriteByte(' ')
		}
		b.WriteString(p.Name)
	}
	return b.String()
}

// statusClass returns the CSS class of a task status.
func statusClass(s directive.Status) string {
	switch s {
	case directive.StatusDoneOnTime:
		return "ok"
	case directive.StatusDoneLate:
		return "late"
	case directive.StatusInProgress:
		return "prog"
	case directive.StatusOverdue:
		return "over"
	}
	return "none"
}

// statusText returns the Vietnamese status of a task, with its days late.
func statusText(t *directive.TaskReport) string {
	s := t.Status.String()
	if s == "" {
		s = "chưa xác định"
	}
	if t.DaysLate > 0 {
		s += " (" + itoa(t.DaysLate) + " ngày)"
	}
	return s
}

// targetClass returns the CSS class of a target status.
func targetClass(s kpi.Status) string {
	switch s {
	case kpi.Met:
		return "ok"
	case kpi.OnTrack:
		return "prog"
	case kpi.AtRisk:
		return "late"
	case kpi.Missed:
		return "over"
	}
	return "none"
}

func itoa(n int) string { return strconv.Itoa(n) }

// share writes "3/5 (60%)", or "0/0" when the denominator is zero.
func share(n, of int) string {
	s := itoa(n) + "/" + itoa(of)
	if of > 0 {
		s += " (" + round1(kpi.FromCounts(int64(n), int64(of))).String() + ")"
	}
	return s
}

// round1 rounds p to one decimal place, half away from zero.
func round1(p kpi.Percent) kpi.Percent {
	const unit = kpi.Point / 10
	if p < 0 {
		return -round1(-p)
	}
	return (p + unit/2) / unit * unit
}

// scale returns p as a coordinate of a bar 1000 units wide for 0–100%,
// clamped.
func scale(p kpi.Percent) int {
	v := int(int64(p) * 10 / int64(kpi.Point))
	return max(0, min(1000, v))
}

// brief returns the first sentence of s, cut to about n characters.
func brief(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if j := strings.LastIndexByte(cut, ' '); j > len(cut)/2 {
		cut = cut[:j]
	}
	return cut + " …"
}
