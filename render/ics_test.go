package render_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/render"
	"github.com/google/go-cmp/cmp"
)

// This file holds a small reader of RFC 5545 (iCalendar) for the tests:
// physical lines with CRLF and at most 75 octets, unfolding, content lines
// NAME;PARAM=VALUE:VALUE, BEGIN/END components, TEXT unescaping; and a
// writer of what it reads, for a round trip.

// icsProp is one content line, unfolded.
type icsProp struct {
	Name   string
	Params map[string]string
	Value  string // raw, still escaped
}

// icsComp is a component with its properties and subcomponents.
type icsComp struct {
	Name  string
	Props []icsProp
	Comps []*icsComp
}

func (c *icsComp) get(name string) (icsProp, bool) {
	for _, p := range c.Props {
		if p.Name == name {
			return p, true
		}
	}
	return icsProp{}, false
}

// readICS parses an iCalendar stream, checking its physical form.
func readICS(s string) (*icsComp, error) {
	if !strings.HasSuffix(s, "\r\n") {
		return nil, fmt.Errorf("the stream does not end with CRLF")
	}
	phys := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var lines []string
	for i, l := range phys {
		if strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, fmt.Errorf("line %d: %d octets, more than 75", i+1, len(l))
		}
		if !utf8.ValidString(l) {
			return nil, fmt.Errorf("line %d: a UTF-8 sequence is split by folding", i+1)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(lines) == 0 {
				return nil, fmt.Errorf("line %d: continuation of nothing", i+1)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	root := &icsComp{}
	stack := []*icsComp{root}
	for i, l := range lines {
		p, err := parseContentLine(l)
		if err != nil {
			return nil, fmt.Errorf("content line %d: %v", i+1, err)
		}
		top := stack[len(stack)-1]
		switch p.Name {
		case "BEGIN":
			c := &icsComp{Name: p.Value}
			top.Comps = append(top.Comps, c)
			stack = append(stack, c)
		case "END":
			if len(stack) == 1 || top.Name != p.Value {
				return nil, fmt.Errorf("content line %d: END:%s closes %q", i+1, p.Value, top.Name)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 1 {
				return nil, fmt.Errorf("content line %d: property outside a component", i+1)
			}
			top.Props = append(top.Props, p)
		}
	}
	if len(stack) != 1 || len(root.Comps) != 1 || root.Comps[0].Name != "VCALENDAR" {
		return nil, fmt.Errorf("want one VCALENDAR, all components closed")
	}
	return root.Comps[0], nil
}

// parseContentLine reads name *(";" param) ":" value (RFC 5545, 3.1).
func parseContentLine(l string) (icsProp, error) {
	p := icsProp{Params: map[string]string{}}
	i := strings.IndexAny(l, ";:")
	if i <= 0 {
		return p, fmt.Errorf("no name in %q", l)
	}
	p.Name = strings.ToUpper(l[:i])
	for _, c := range p.Name {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return p, fmt.Errorf("bad name %q", p.Name)
		}
	}
	for l[i] == ';' {
		j := strings.IndexByte(l[i:], '=')
		if j < 0 {
			return p, fmt.Errorf("parameter without value in %q", l)
		}
		name := l[i+1 : i+j]
		k := i + j + 1
		var val string
		if k < len(l) && l[k] == '"' {
			e := strings.IndexByte(l[k+1:], '"')
			if e < 0 {
				return p, fmt.Errorf("unterminated quote in %q", l)
			}
			val, k = l[k+1:k+1+e], k+e+2
		} else {
			e := strings.IndexAny(l[k:], ";:")
			if e < 0 {
				return p, fmt.Errorf("no value in %q", l)
			}
			val, k = l[k:k+e], k+e
		}
		p.Params[strings.ToUpper(name)] = val
		i = k
		if i >= len(l) {
			return p, fmt.Errorf("no value in %q", l)
		}
	}
	if l[i] != ':' {
		return p, fmt.Errorf("want ':' in %q", l)
	}
	p.Value = l[i+1:]
	return p, nil
}

// unescapeText reads a TEXT value (RFC 5545, 3.3.11).
func unescapeText(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case c == '\\':
			return "", fmt.Errorf("trailing backslash")
		case c == ';' || c == ',':
			return "", fmt.Errorf("unescaped %q in TEXT", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// writeICS writes c back, folding at 75 octets.
func writeICS(c *icsComp) string {
	var b strings.Builder
	line := func(s string) {
		for limit := 75; len(s) > limit; limit = 74 { // a continuation's space counts
			cut := limit
			for !utf8.RuneStart(s[cut]) {
				cut--
			}
			b.WriteString(s[:cut] + "\r\n ")
			s = s[cut:]
		}
		b.WriteString(s + "\r\n")
	}
	var walk func(c *icsComp)
	walk = func(c *icsComp) {
		line("BEGIN:" + c.Name)
		for _, p := range c.Props {
			s := p.Name
			for _, k := range sortedKeys(p.Params) {
				s += ";" + k + "=" + p.Params[k]
			}
			line(s + ":" + p.Value)
		}
		for _, s := range c.Comps {
			walk(s)
		}
		line("END:" + c.Name)
	}
	walk(c)
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func icsOf(t *testing.T, r *directive.Report) (string, *icsComp) {
	t.Helper()
	var b bytes.Buffer
	if err := render.ICS(&b, r); err != nil {
		t.Fatal(err)
	}
	cal, err := readICS(b.String())
	if err != nil {
		t.Fatalf("not RFC 5545: %v\n%s", err, b.String())
	}
	return b.String(), cal
}

// event is what a VEVENT says, read back.
type event struct {
	UID, Start, End, Summary string
}

func TestICSSeed(t *testing.T) {
	_, r := seed(t, "2024-12-01")
	raw, cal := icsOf(t, r)
	// Round trip through the reader and its writer.
	again, err := readICS(writeICS(cal))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cal, again); diff != "" {
		t.Errorf("round trip (-first +again):\n%s", diff)
	}
	for _, want := range []string{"VERSION", "PRODID", "X-WR-TIMEZONE"} {
		if _, ok := cal.get(want); !ok {
			t.Errorf("VCALENDAR lacks %s", want)
		}
	}
	var events []event
	seen := map[string]bool{}
	var tz bool
	for _, c := range cal.Comps {
		if c.Name == "VTIMEZONE" {
			id, _ := c.get("TZID")
			tz = id.Value == "Asia/Ho_Chi_Minh"
			continue
		}
		if c.Name != "VEVENT" {
			t.Errorf("component %s", c.Name)
			continue
		}
		uid, _ := c.get("UID")
		stamp, _ := c.get("DTSTAMP")
		start, _ := c.get("DTSTART")
		end, _ := c.get("DTEND")
		sum, _ := c.get("SUMMARY")
		desc, _ := c.get("DESCRIPTION")
		if seen[uid.Value] || uid.Value == "" {
			t.Errorf("UID %q repeated or empty", uid.Value)
		}
		seen[uid.Value] = true
		if stamp.Value != "20241130T170000Z" { // 01/12/2024 00:00 in Vietnam
			t.Errorf("DTSTAMP %q", stamp.Value)
		}
		if start.Params["VALUE"] != "DATE" || end.Params["VALUE"] != "DATE" {
			t.Errorf("%s: not an all-day event: %+v %+v", uid.Value, start, end)
		}
		s, err := unescapeText(sum.Value)
		if err != nil {
			t.Errorf("SUMMARY %q: %v", sum.Value, err)
		}
		if _, err := unescapeText(desc.Value); err != nil {
			t.Errorf("DESCRIPTION %q: %v", desc.Value, err)
		}
		events = append(events, event{uid.Value, start.Value, end.Value, s[:strings.IndexByte(s, ']')+1]})
	}
	if !tz {
		t.Error("no VTIMEZONE Asia/Ho_Chi_Minh")
	}
	// One event per dated deadline of a counted task, the joint 3.5 not
	// again beside 2.3; 3.7 is counted through its parts.
	want := []event{
		{"bcdda06hp-kstthc-2.3@chidao", "20240701", "20240702", "[2.3]"},
		{"bcdda06hp-kstthc-3.4@chidao", "20240531", "20240601", "[3.4]"},
		{"bcdda06hp-kstthc-3.7.1@chidao", "20240630", "20240701", "[3.7.1]"},
		{"bcdda06hp-kstthc-3.7.2@chidao", "20241130", "20241201", "[3.7.2]"},
		{"bcdda06hp-kstthc-5.1@chidao", "20251231", "20260101", "[5.1]"},
	}
	if diff := cmp.Diff(want, events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	// The text survives escaping and folding.
	for _, c := range cal.Comps {
		if uid, _ := c.get("UID"); uid.Value == "bcdda06hp-kstthc-2.3@chidao" {
			desc, _ := c.get("DESCRIPTION")
			d, _ := unescapeText(desc.Value)
			for _, w := range []string{"\nChủ trì: Công an thành phố\n", "Phối hợp: Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an; các cơ quan, đơn vị liên quan",
				"\nThời hạn: 01/07/2024\n", "Tình trạng: đã hoàn thành đúng hạn", "Hoàn thành trước ngày 01/7/2024."} {
				if !strings.Contains(d, w) {
					t.Errorf("2.3 description lacks %q:\n%s", w, d)
				}
			}
		}
	}
	// UIDs are stable: another day gives the same events the same UIDs.
	_, r2 := seed(t, "2024-06-01")
	_, cal2 := icsOf(t, r2)
	var uids []string
	for _, c := range cal2.Comps {
		if uid, ok := c.get("UID"); ok {
			uids = append(uids, uid.Value)
		}
	}
	if len(uids) != len(want) || !strings.Contains(raw, "UID:"+uids[0]+"\r\n") {
		t.Errorf("UIDs as of another day: %v", uids)
	}
}

func TestICSEscapeAndRounds(t *testing.T) {
	p := directive.Party{Name: "Sở A; Sở B, và \\ Sở C"}
	text := strings.Repeat("Báo cáo kết quả thực hiện; tổng hợp, đánh giá \\ ", 6) + "\nhằng tháng."
	d, err := directive.New(directive.Header{Number: "12/KH-UBND", Issued: calendar.Date{Year: 2024, Month: 1, Day: 1}},
		directive.NewAssignment("1", "Giao", []directive.Party{p},
			directive.NewTask("1.1", text, calendar.Recurring(calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: 20})),
			directive.NewTask("1.2", "Việc một lần", calendar.Deadline(calendar.Date{Year: 2024, Month: 5, Day: 15}, calendar.RelationBy)),
		))
	if err != nil {
		t.Fatal(err)
	}
	p2 := directive.Progress{}.Complete("1.1", "", calendar.Date{Year: 2024, Month: 1, Day: 19})
	r, err := directive.NewReport(d, &p2, calendar.Date{Year: 2024, Month: 3, Day: 5}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, cal := icsOf(t, r)
	var got []string
	for _, c := range cal.Comps {
		if c.Name != "VEVENT" {
			continue
		}
		uid, _ := c.get("UID")
		desc, _ := c.get("DESCRIPTION")
		dtext, err := unescapeText(desc.Value)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(dtext, "Chủ trì: Sở A; Sở B, và \\ Sở C\n") {
			t.Errorf("%s: description %q", uid.Value, dtext)
		}
		if strings.HasPrefix(uid.Value, "12-kh-ubnd-1.1-") && !strings.HasPrefix(dtext, strings.Join(strings.Fields(text), " ")) {
			t.Errorf("text lost: %q", dtext)
		}
		got = append(got, uid.Value)
	}
	// January's round done, February's missed, March's next; then 1.2.
	want := []string{"12-kh-ubnd-1.1-20240120@chidao", "12-kh-ubnd-1.1-20240220@chidao", "12-kh-ubnd-1.1-20240320@chidao", "12-kh-ubnd-1.2@chidao"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestReadICSRejects(t *testing.T) {
	for _, bad := range []string{
		"BEGIN:VCALENDAR\nEND:VCALENDAR\n",
		"BEGIN:VCALENDAR\r\nX:" + strings.Repeat("a", 80) + "\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nNOVALUE\r\nEND:VCALENDAR\r\n",
	} {
		if _, err := readICS(bad); err == nil {
			t.Errorf("%q read without error", bad)
		}
	}
	if _, err := unescapeText("a,b"); err == nil {
		t.Error("an unescaped comma is read")
	}
}
