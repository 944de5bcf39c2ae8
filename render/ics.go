package render

import (
	"errors"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// vietnam is the time of Asia/Ho_Chi_Minh: UTC+7 without daylight saving
// since 13 June 1975, so a fixed zone gives every date the library deals
// with its right instant without reading the system's zone data.
var vietnam = time.FixedZone("ICT", 7*60*60)

// ICS writes the deadlines of r as an iCalendar file (RFC 5545): one
// all-day VEVENT per dated deadline of a counted task — a one-off task
// with a due day, and each round of a recurring task the report holds —
// in the time zone Asia/Ho_Chi_Minh. A joint task is written once, under
// the label it is counted under.
//
// Each event's UID is stable: it is made of the document's number (or,
// for a document without one, a hash of its subject) and the task's label,
// with the round's due day for a recurring task, so that importing the
// file again updates the events rather than adding new ones. DTSTAMP is
// the start of the report's as-of day in Vietnam. SUMMARY holds the label
// and the start of the task's text, DESCRIPTION the whole text, the lead
// and cooperating agencies, the deadline and the status as of the report's
// day. Text is escaped and lines are folded at 75 octets with CRLF line
// ends, as the RFC requires. It returns an error for a nil r and the first
// write error.
func ICS(w io.Writer, r *directive.Report) error {
	if r == nil {
		return errors.New("render: ICS: nil report")
	}
	p := &icsWriter{w: w}
	p.line("BEGIN:VCALENDAR")
	p.line("VERSION:2.0")
	p.line("PRODID:-//chidao//render//VI")
	p.line("CALSCALE:GREGORIAN")
	p.line("METHOD:PUBLISH")
	name := "Thời hạn nhiệm vụ"
	if !r.Number.IsZero() {
		name += " — " + r.Number.String()
	}
	if r.Subject != "" {
		name += " — " + r.Subject
	}
	p.prop("X-WR-CALNAME", name)
	p.line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh")
	p.line("BEGIN:VTIMEZONE")
	p.line("TZID:Asia/Ho_Chi_Minh")
	p.line("BEGIN:STANDARD")
	p.line("DTSTART:19750613T000000")
	p.line("TZOFFSETFROM:+0800")
	p.line("TZOFFSETTO:+0700")
	p.line("TZNAME:ICT")
	p.line("END:STANDARD")
	p.line("END:VTIMEZONE")
	stamp := time.Date(r.AsOf.Year, r.AsOf.Month, r.AsOf.Day, 0, 0, 0, 0, vietnam).UTC().Format("20060102T150405Z")
	doc := docKey(r)
	for i := range r.Tasks {
		t := &r.Tasks[i]
		if t.JointOf != "" {
			continue
		}
		if t.Deadline.Expr.Kind == calendar.KindRecurrence {
			for _, rs := range t.Rounds {
				p.event(doc+"-"+labelKey(t.Label)+"-"+compact(rs.Due), stamp, rs.Due, t,
					"Kỳ "+directive.NumericDate(rs.Period.First)+" – "+directive.NumericDate(rs.Period.Last)+": "+roundStatus(rs))
			}
			continue
		}
		if t.Due.IsValid() {
			p.event(doc+"-"+labelKey(t.Label), stamp, t.Due, t, "")
		}
	}
	p.line("END:VCALENDAR")
	return p.err
}

func roundStatus(rs directive.RoundState) string {
	s := rs.Status.String()
	if rs.Completed.IsValid() {
		s += ", xong ngày " + directive.NumericDate(rs.Completed)
	}
	return s
}

func (p *icsWriter) event(uid, stamp string, due calendar.Date, t *directive.TaskReport, round string) {
	p.line("BEGIN:VEVENT")
	p.line("UID:" + uid + "@chidao")
	p.line("DTSTAMP:" + stamp)
	p.line("DTSTART;VALUE=DATE:" + compact(due))
	p.line("DTEND;VALUE=DATE:" + compact(due.AddDays(1)))
	p.prop("SUMMARY", "["+t.Label+"] "+brief(t.Text, 80))
	var desc strings.Builder
	desc.WriteString(strings.Join(strings.Fields(t.Text), " "))
	desc.WriteString("\nChủ trì: ")
	if lead := partyNames(t.Lead); lead != "" {
		desc.WriteString(lead)
	} else {
		desc.WriteString("chưa xác định")
	}
	if coop := partyNames(t.Cooperating); coop != "" {
		desc.WriteString("\nPhối hợp: " + coop)
	}
	desc.WriteString("\nThời hạn: " + directive.DueText(t.Deadline, t.Due))
	if round != "" {
		desc.WriteString("\n" + round)
	} else {
		desc.WriteString("\nTình trạng: " + statusText(t))
	}
	p.prop("DESCRIPTION", desc.String())
	p.line("TRANSP:TRANSPARENT")
	p.line("END:VEVENT")
}

// compact writes d as an iCalendar DATE: 20240630.
func compact(d calendar.Date) string {
	return strings.ReplaceAll(d.String(), "-", "")
}

// docKey returns the part of UIDs that names the document: its number
// folded to lower-case ASCII ("bcdda06hp-kstthc" for "/BCĐĐA06HP-KSTTHC"),
// or "doc-" and a hash of its subject.
func docKey(r *directive.Report) string {
	if !r.Number.IsZero() {
		if k := labelKey(r.Number.String()); k != "" {
			return k
		}
	}
	h := fnv.New64a()
	io.WriteString(h, r.Subject)
	return "doc-" + strconv.FormatUint(h.Sum64(), 36)
}

// labelKey folds s to lower-case ASCII letters, digits, '-' and '.',
// every other run of characters written as one '-'.
func labelKey(s string) string {
	f := vntext.String(s)
	var b strings.Builder
	dash := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteByte(c)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

type icsWriter struct {
	w   io.Writer
	err error
}

// prop writes a property whose value is text, escaped.
func (p *icsWriter) prop(name, value string) {
	p.line(name + ":" + escapeText(value))
}

// line writes one content line, folded at 75 octets (RFC 5545, 3.1): a
// line longer than that is broken before the octet that would pass it,
// never inside a UTF-8 sequence, and each continuation starts with a
// space.
func (p *icsWriter) line(s string) {
	if p.err != nil {
		return
	}
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	_, p.err = io.WriteString(p.w, b.String())
}

// escapeText escapes a TEXT value (RFC 5545, 3.3.11): backslash,
// semicolon and comma with a backslash, a line break as \n; other control
// characters are dropped.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 && r != '\t' || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
