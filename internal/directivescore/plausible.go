package directivescore

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"golang.org/x/text/unicode/norm"
)

// A NameProblem is why a party name is not the name of a body. The zero
// NameProblem is none.
type NameProblem uint8

// The problems, in the order NameCheck tries them; a name counts under the
// first that applies.
const (
	NameOK NameProblem = iota
	// NameTableHeader: the name is a column header of a table of the
	// document ("Thời gian thực hiện", "Sản phẩm đầu ra").
	NameTableHeader
	// NameDigitOrDate: the name holds a digit or a time expression
	// ("2026 - 2030", "Quý IV/2026", "Hằng năm").
	NameDigitOrDate
	// NameLoneHead: the name is a head word alone ("Sở", "Cơ quan", "Bộ
	// phận"), which names no body.
	NameLoneHead
	// NameCutShort: the last word is a function word or a verb of a
	// charge, so the name was cut inside a phrase ("Cơ quan có", "Sở Tài
	// chính tổng hợp").
	NameCutShort
	// NameTooLong: more than 15 words, a sentence rather than a name.
	NameTooLong
	nameProblemEnd
)

var nameProblemNames = [...]string{"", "table header", "digit or date", "lone head word",
	"ends in a function word or verb", "longer than 15 words"}

// String describes the problem ("lone head word"), "" for NameOK.
func (p NameProblem) String() string {
	if p < nameProblemEnd {
		return nameProblemNames[p]
	}
	return ""
}

// NameCheck returns the first problem of a party name, or NameOK. headers
// are the document's table headers as TableHeaders returns them.
func NameCheck(name string, headers []string) NameProblem {
	folded := Fold(name)
	if folded == "" {
		return NameLoneHead
	}
	if _, ok := slices.BinarySearch(headers, folded); ok {
		return NameTableHeader
	}
	for _, r := range name {
		if unicode.IsDigit(r) {
			return NameDigitOrDate
		}
	}
	if len(calendar.FindAll(name, calendar.Date{})) > 0 {
		return NameDigitOrDate
	}
	if slices.Contains(loneHeads(), folded) {
		return NameLoneHead
	}
	words := markedWords(name)
	if endsInWord(words, functionWordsMarked()) || endsInWord(words, actionVerbsMarked()) || endsInRole(name, words) {
		return NameCutShort
	}
	if len(words) > 15 {
		return NameTooLong
	}
	return NameOK
}

// markedWords returns the words of s in lower case with their diacritics
// (NFC), split at every character that is neither a letter, a mark nor a
// digit.
func markedWords(s string) []string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r)
	})
}

// endsInWord reports whether the last words of words are one of the
// phrases of list.
func endsInWord(words, list []string) bool {
	for _, p := range list {
		pw := strings.Fields(p)
		if len(pw) < len(words) && slices.Equal(words[len(words)-len(pw):], pw) {
			return true
		}
	}
	return false
}

// endsInRole reports whether name ends in a role verb that agency.RoleAt
// knows ("… chủ trì", "… phối hợp"), after at least one other word.
func endsInRole(name string, words []string) bool {
	if len(words) < 2 {
		return false
	}
	name = strings.TrimRightFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	// A role verb has two syllables: try the start of the last two words.
	for i := len(name) - 1; i > 0; i-- {
		if name[i] != ' ' {
			continue
		}
		if r, end := agency.RoleAt(name, i+1); r != agency.RoleUnknown && end == len(name) {
			return true
		}
		if strings.Count(name[i+1:], " ") >= 1 {
			break
		}
	}
	return false
}

// IsHeading reports whether a task is a heading rather than a piece of
// work: a line in capitals ("TỔ CHỨC THỰC HIỆN"); a line printed wholly in
// bold; a part label ("Chương IV", "Mục 2", "Phần I", "Phụ lục 1"); a
// column header of a table of the document; a topic line that opens with
// "Về" and has at most 12 words ("Về công tác tuyên truyền:"). source is
// the document's text, headers its TableHeaders.
func IsHeading(t *Task, source string, headers []string) bool {
	text := strings.TrimSpace(t.Text)
	if text == "" {
		return false
	}
	if allCaps(text) {
		return true
	}
	if boldInSource(source, t.Span) {
		return true
	}
	folded := Fold(text)
	if _, ok := slices.BinarySearch(headers, folded); ok {
		return true
	}
	fw := strings.Fields(folded)
	if len(fw) >= 2 && len(fw) <= 3 && isPartLabel(fw) {
		return true
	}
	if len(fw) <= 12 && fw[0] == "ve" && markedWords(text)[0] == "về" {
		return true
	}
	return false
}

// isPartLabel reports whether folded words open with the name of a part of
// a document followed by its number or Roman numeral.
func isPartLabel(fw []string) bool {
	i := 1
	switch fw[0] {
	case "chuong", "muc", "phan":
	case "phu":
		if fw[1] != "luc" || len(fw) < 3 {
			return false
		}
		i = 2
	default:
		return false
	}
	w := fw[i]
	if w == "" {
		return false
	}
	if isASCIIDigit(w[0]) {
		return true
	}
	for _, c := range w {
		if !strings.ContainsRune("ivxlc", c) {
			return false
		}
	}
	return true
}

// allCaps reports whether s has at least two letters, no lower-case one
// and no digit (a code such as "SYA-B09" is not a heading).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// boldInSource reports whether the source text of span, with the marks
// right around it, is one bold run: "**…**" with no "**" inside.
func boldInSource(source string, sp Span) bool {
	if sp.IsZero() || sp.Start < 0 || sp.End > len(source) || sp.Start >= sp.End {
		return false
	}
	a, b := sp.Start, sp.End
	for a > 0 && (source[a-1] == ' ' || source[a-1] == '\t') {
		a--
	}
	for b < len(source) && (source[b] == ' ' || source[b] == '\t') {
		b++
	}
	s := strings.TrimSpace(source[sp.Start:sp.End])
	if !strings.HasPrefix(s, "**") && strings.HasPrefix(source[max(0, a-2):a], "**") {
		s = "**" + s
	}
	if !strings.HasSuffix(s, "**") && strings.HasPrefix(source[b:], "**") {
		s += "**"
	}
	return len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") && !strings.Contains(s[2:len(s)-2], "**")
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// Findings are the counts of the plausibility checks over one document or,
// added up, over a corpus. Each check is a count over a total.
type Findings struct {
	// Documents counts the documents; Rejected those the parser returned
	// an error for; Unmarshalable those whose output failed to marshal or
	// to decode.
	Documents, Rejected, Unmarshalable int
	// Assignments counts the assignments, Unassigned those without an
	// assignee.
	Assignments, Unassigned int
	// Parties counts the party mentions (assignees, cooperating, leads;
	// one per span, or per name where there is no span); BadNames those
	// whose name is not a name, by problem (index NameOK unused).
	Parties  int
	BadNames [nameProblemEnd]int
	// Tasks counts tasks and subtasks; Headings those that are headings,
	// Letterless those that hold no letter ("6", "01").
	Tasks, Headings, Letterless int
	// SourceBytes counts the source's non-blank bytes (UncoveredBytes
	// says which); Uncovered those in no element's span.
	SourceBytes, Uncovered int
}

// BadParties returns the number of party mentions whose name is not a
// name.
func (f Findings) BadParties() int {
	n := 0
	for _, c := range f.BadNames[1:] {
		n += c
	}
	return n
}

// Add adds g to f.
func (f *Findings) Add(g Findings) {
	f.Documents += g.Documents
	f.Rejected += g.Rejected
	f.Unmarshalable += g.Unmarshalable
	f.Assignments += g.Assignments
	f.Unassigned += g.Unassigned
	f.Parties += g.Parties
	for i := range f.BadNames {
		f.BadNames[i] += g.BadNames[i]
	}
	f.Tasks += g.Tasks
	f.Headings += g.Headings
	f.Letterless += g.Letterless
	f.SourceBytes += g.SourceBytes
	f.Uncovered += g.Uncovered
}

// Check runs the plausibility checks on a parser's output for the source
// text it was parsed from.
func Check(d *Doc, source string) Findings {
	f := Findings{Documents: 1}
	headers := TableHeaders(source)
	seen := map[Party]bool{}
	party := func(ps []Party) {
		for _, p := range ps {
			k := p
			if seen[k] {
				continue
			}
			seen[k] = true
			f.Parties++
			f.BadNames[NameCheck(p.Name, headers)]++
		}
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		f.Assignments++
		if len(a.Assignees) == 0 {
			f.Unassigned++
		}
		party(a.Assignees)
		party(a.Cooperating)
		walk(a.Tasks, func(t *Task) {
			f.Tasks++
			if IsHeading(t, source, headers) {
				f.Headings++
			} else if !hasLetter(t.Text) {
				f.Letterless++
			}
			party(t.Lead)
			party(t.Cooperating)
		})
	}
	f.BadNames[NameOK] = 0
	f.SourceBytes, f.Uncovered = UncoveredBytes(source, d.Spans())
	return f
}

// Spans returns the spans of every element of d: assignments, tasks,
// parties, time expressions, targets and their metrics, references, and
// the elements outside the assignments.
func (d *Doc) Spans() []Span {
	out := slices.Clone(d.Elsewhere)
	add := func(s Span) {
		if !s.IsZero() {
			out = append(out, s)
		}
	}
	addParties := func(ps []Party) {
		for _, p := range ps {
			add(p.Span)
		}
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		add(a.Span)
		addParties(a.Assignees)
		addParties(a.Cooperating)
		walk(a.Tasks, func(t *Task) {
			add(t.Span)
			addParties(t.Lead)
			addParties(t.Cooperating)
			for _, x := range t.Times {
				add(x.Span)
			}
			for _, x := range t.Targets {
				add(x.Span)
				add(x.MetricSpan)
			}
			for _, s := range t.References {
				add(s)
			}
		})
	}
	return out
}

// UncoveredBytes counts the non-blank bytes of source and those of them
// that lie in none of spans. Non-blank bytes are those of characters that
// are not white space and not the markdown marks "*", "|" and "#", on lines
// that are not rules (only "-", "_", "=", "*" or "|"). Spans outside the
// source are clipped to it.
func UncoveredBytes(source string, spans []Span) (nonBlank, uncovered int) {
	s := slices.Clone(spans)
	slices.SortFunc(s, func(a, b Span) int { return a.Start - b.Start })
	k := 0      // next span to consider
	cover := -1 // end of the covered run the sweep is in
	off := 0
	for line := range strings.Lines(source) {
		start := off
		off += len(line)
		if isRule(line) {
			continue
		}
		for i := 0; i < len(line); {
			r, n := utf8.DecodeRuneInString(line[i:])
			pos := start + i
			i += n
			if unicode.IsSpace(r) || r == '*' || r == '|' || r == '#' {
				continue
			}
			nonBlank += n
			for k < len(s) && s[k].Start <= pos {
				cover = max(cover, s[k].End)
				k++
			}
			if pos >= cover {
				uncovered += n
			}
		}
	}
	return nonBlank, uncovered
}

// isRule reports whether a line is a horizontal rule or table border.
func isRule(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && strings.Trim(line, "-_=*|") == ""
}

// A Share is one plausibility check as a count over a total; lower is
// better.
type Share struct {
	Name     string
	N, Total int
}

// Value returns N/Total and whether Total is not zero.
func (s Share) Value() (float64, bool) {
	if s.Total == 0 {
		return 0, false
	}
	return float64(s.N) / float64(s.Total), true
}

// Shares returns the checks by name: rejected, unmarshalable, unassigned,
// bad_party_names, heading_tasks, letterless_tasks, uncovered_bytes.
func (f Findings) Shares() []Share {
	return []Share{
		{"rejected", f.Rejected, f.Documents},
		{"unmarshalable", f.Unmarshalable, f.Documents},
		{"unassigned", f.Unassigned, f.Assignments},
		{"bad_party_names", f.BadParties(), f.Parties},
		{"heading_tasks", f.Headings, f.Tasks},
		{"letterless_tasks", f.Letterless, f.Tasks},
		{"uncovered_bytes", f.Uncovered, f.SourceBytes},
	}
}

// share returns n/total with three decimals, "n/a" over nothing.
func share(n, total int) string {
	if total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", float64(n)/float64(total))
}

// Lines returns the findings as the plausibility lines of the -score
// table, each a count and a share of its total.
func (f Findings) Lines() []string {
	bad := f.BadParties()
	var reasons []string
	for p := NameProblem(1); p < nameProblemEnd; p++ {
		reasons = append(reasons, fmt.Sprintf("%s %d", p, f.BadNames[p]))
	}
	return []string{
		fmt.Sprintf("plausibility over %d documents (no gold needed):", f.Documents),
		fmt.Sprintf("  documents the parser rejects: %d of %d documents (%s)", f.Rejected, f.Documents, share(f.Rejected, f.Documents)),
		fmt.Sprintf("  outputs that fail to marshal: %d of %d documents (%s)", f.Unmarshalable, f.Documents, share(f.Unmarshalable, f.Documents)),
		fmt.Sprintf("  assignments without an assignee: %d of %d assignments (%s)", f.Unassigned, f.Assignments, share(f.Unassigned, f.Assignments)),
		fmt.Sprintf("  party names that are not names: %d of %d party mentions (%s): %s", bad, f.Parties, share(bad, f.Parties), strings.Join(reasons, ", ")),
		fmt.Sprintf("  tasks that are headings: %d of %d tasks (%s)", f.Headings, f.Tasks, share(f.Headings, f.Tasks)),
		fmt.Sprintf("  tasks without a letter: %d of %d tasks (%s)", f.Letterless, f.Tasks, share(f.Letterless, f.Tasks)),
		fmt.Sprintf("  non-blank source bytes in no field: %d of %d bytes (%s)", f.Uncovered, f.SourceBytes, share(f.Uncovered, f.SourceBytes)),
	}
}
