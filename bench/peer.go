package bench

import (
	"github.com/chidao/chidao/internal/corpusscore"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// Peer is go-dateparser configured as fairly as it allows for Vietnamese
// administrative text: language "vi" only (no language detection), day-first
// order, and a fixed CurrentTime per case (the case's reference date) so that
// no run reads the clock.
type Peer struct {
	parser dps.Parser
	cfgs   []*dps.Configuration
}

// NewPeer prepares one go-dateparser configuration per case.
func NewPeer(cases []Case) *Peer {
	p := &Peer{cfgs: make([]*dps.Configuration, len(cases))}
	for i, c := range cases {
		p.cfgs[i] = PeerConfig(c)
	}
	return p
}

// PeerConfig is the go-dateparser configuration used for a case.
func PeerConfig(c Case) *dps.Configuration {
	return &dps.Configuration{
		Languages:   []string{"vi"},
		DateOrder:   dps.DMY,
		CurrentTime: c.RefTime,
	}
}

// Parse runs go-dateparser on case i's text.
func (p *Peer) Parse(cases []Case, i int) (date.Date, error) {
	return p.parser.Parse(p.cfgs[i], cases[i].Text)
}

// PeerGot converts a go-dateparser result to the corpus JSON shape, giving
// the peer every reading it can express: a Day result is a date (with its
// time of day when one is set), a Month result the period of that month, a
// Year result the period of that year. A failure to parse is reported as
// kind "none".
func PeerGot(d date.Date, err error) map[string]any {
	if err != nil || d.IsZero() {
		return map[string]any{"kind": "none"}
	}
	t := d.Time
	y, m, day := t.Date()
	switch d.Period {
	case date.Month:
		last := t.AddDate(0, 1, -day)
		return map[string]any{"kind": "period", "grain": "month",
			"from": iso(y, int(m), 1), "to": last.Format("2006-01-02")}
	case date.Year:
		return map[string]any{"kind": "period", "grain": "year",
			"from": iso(y, 1, 1), "to": iso(y, 12, 31)}
	}
	got := map[string]any{"kind": "date", "grain": "day",
		"from": t.Format("2006-01-02"), "to": t.Format("2006-01-02")}
	if h, mi := t.Hour(), t.Minute(); h != 0 || mi != 0 {
		got["time"] = t.Format("15:04")
	}
	return got
}

// PeerScore scores a peer result against a case. A parse failure counts as a
// pass for cases whose expected kind is "none" or "error" (the peer declined
// the phrase, which is the right answer there), and spans are not compared,
// since go-dateparser's Parse does not report one. Both rules favour the peer.
func PeerScore(c Case, d date.Date, err error) bool {
	got := PeerGot(d, err)
	k := c.WantKind()
	if got["kind"] == "none" && (k == "none" || k == "error") {
		return true
	}
	want := make(map[string]any, len(c.Want))
	for key, v := range c.Want {
		if key != "span" {
			want[key] = v
		}
	}
	return len(corpusscore.Check(want, got)) == 0
}

func iso(y, m, d int) string {
	b := make([]byte, 0, 10)
	b = appendInt(b, y, 4)
	b = append(b, '-')
	b = appendInt(b, m, 2)
	b = append(b, '-')
	b = appendInt(b, d, 2)
	return string(b)
}

func appendInt(b []byte, v, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// Accuracy counts passing cases over the whole corpus (All) and over the
// cases whose expected kind is "date" (Expr), the only kind go-dateparser's
// result can express exactly.
type Accuracy struct {
	All, AllPassed   int
	Expr, ExprPassed int
}

// AllRate is the fraction of all cases passed.
func (a Accuracy) AllRate() float64 { return rate(a.AllPassed, a.All) }

// ExprRate is the fraction of kind-"date" cases passed.
func (a Accuracy) ExprRate() float64 { return rate(a.ExprPassed, a.Expr) }

func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// PeerAccuracy scores go-dateparser on every case with PeerScore.
func PeerAccuracy(cases []Case) Accuracy {
	return peerAccuracy(cases, false)
}

// PeerAccuracyLenient is PeerAccuracy with go-dateparser's
// IgnoreSurroundingText option set, its most lenient setting for a date
// inside other words ("Hải Phòng, ngày 15 tháng 3 năm 2024").
func PeerAccuracyLenient(cases []Case) Accuracy {
	return peerAccuracy(cases, true)
}

func peerAccuracy(cases []Case, lenient bool) Accuracy {
	p := NewPeer(cases)
	var a Accuracy
	for i, c := range cases {
		p.cfgs[i].IgnoreSurroundingText = lenient
		d, err := p.Parse(cases, i)
		ok := PeerScore(c, d, err)
		a.All++
		if c.WantKind() == "date" {
			a.Expr++
		}
		if ok {
			a.AllPassed++
			if c.WantKind() == "date" {
				a.ExprPassed++
			}
		}
	}
	return a
}
