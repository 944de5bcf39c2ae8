package directive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// MarshalJSON implements json.Marshaler for the zero-based byte range as
// [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 16)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, ']'), nil
}

// UnmarshalJSON implements json.Unmarshaler for [start, end] (null is the
// zero Span).
func (s *Span) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = Span{}
		return nil
	}
	var v []int
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if len(v) != 2 {
		return fmt.Errorf("directive: span wants [start, end], got %s", b)
	}
	*s = Span{v[0], v[1]}
	return nil
}

// marshal is json.Marshal without the escaping of <, > and &, so that
// ">=" stays readable; a caller's json.Marshal may still escape them, an
// Encoder with SetEscapeHTML(false) keeps them.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// spanPtr returns nil for the zero Span so that it is left out.
func spanPtr(s Span) *Span {
	if s.IsZero() {
		return nil
	}
	return &s
}

func spanOf(p *Span) Span {
	if p == nil {
		return Span{}
	}
	return *p
}

// list returns s, or an empty non-nil slice, so that JSON writes [].
func list[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// unlist returns nil for an empty slice.
func unlist[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

type jsonDirective struct {
	Number       Number       `json:"number"`
	DocType      DocType      `json:"doc_type"`
	Issuer       string       `json:"issuer"`
	IssuerID     agency.ID    `json:"issuer_id"`
	IssuerParent string       `json:"issuer_parent"`
	Place        string       `json:"place"`
	Issued       *TimeExpr    `json:"issued"`
	Effective    *TimeExpr    `json:"effective"`
	Subject      string       `json:"subject"`
	Recipients   []string     `json:"recipients"`
	Preamble     string       `json:"preamble"`
	References   []Reference  `json:"references"`
	Assignments  []Assignment `json:"assignments"`
	Closing      string       `json:"closing"`
	Distribution []string     `json:"distribution"`
	Signature    Signature    `json:"signature"`
	Parts        []Part       `json:"parts"`
	Attachments  []string     `json:"attachments"`
	Regions      []Region     `json:"regions"`
	Warnings     []string     `json:"warnings"`
	WarningSpans []Span       `json:"warning_spans,omitempty"`
	WarningKinds []string     `json:"warning_kinds,omitempty"`
}

// MarshalJSON implements json.Marshaler. The JSON form of a Directive is the contract of examples/directive2json in
// DESIGN.md. Every key below is stable; keys may be added, never renamed.
//
//	directive   {"number": "04/CT-TTg" ("" when none; as printed after "Số:"),
//	             "doc_type": "Chỉ thị" (Vietnamese type name, "" when unknown),
//	             "issuer", "issuer_id", "issuer_parent", "place": string,
//	             "issued": expression | null, "effective": expression | null,
//	             "subject": string, "recipients": [string], "preamble": string,
//	             "references": [reference], "assignments": [assignment],
//	             "closing": string, "distribution": [string],
//	             "signature": signature, "parts": [part], "attachments": [string],
//	             "regions": [region],
//	             "warnings": [string], "warning_spans": [span] (parallel to warnings),
//	             "warning_kinds": [string] (parallel to warnings, when any is not "other")}
//	region      {"kind": "header" | "preamble" | "assignment" | "part" | "closing" |
//	             "distribution" | "signature", "index", "span"}
//	assignment  {"label", "text", "assignees": [party], "cooperating": [party],
//	             "tasks": [task], "span"}
//	part        {"kind": "content" | "note" | "title" | "heading", "label", "text", "span",
//	             "times": [expression], "targets": [target]}
//	party       {"name", "id" ("" when unresolved), "title"?, "group"?, "span"?}
//	task        {"label", "text", "times": [expression], "deadline": expression?,
//	             "targets": [target], "lead": [party], "cooperating": [party],
//	             "subtasks": [task], "references"?: [reference], "joint"?: [label],
//	             "span"?}
//	expression  the expression object of CORPUS_SPEC.md with "text" added:
//	            {"text", "kind", "grain"?, "from"?, "to"?, "time"?, "relation"?,
//	             "due"?, "every"?, "interval"?, "day_of_period"?, "on"?, "offset"?,
//	             "span"?: [start, end], "anchor"?: {"from", "to", "grain"}}
//	            ("anchor" is written only when the period a deadline or offset
//	             is anchored on cannot be recovered from the other keys)
//	target      {"text", "op": ">=" | "<=" | ">" | "<" | "=", "value": 87.5,
//	             "metric", "max"?, "verb"?, "span"?, "metric_span"?}
//	reference   {"text", "type", "qualifier"?, "number", "date" ("YYYY-MM-DD" or ""),
//	             "issuer", "article"?, "clause"?, "point"?, "count"?, "span"?}
//	signature   {"authority", "title", "name", "lines": [{"form", "text"}], "span"?}
//	span        [start, end]   byte offsets in the parsed text, end exclusive
//
// Lists are always written ([] when empty) and read back as nil when empty,
// so that a Directive whose empty lists are nil round-trips exactly.
//
// Text is written as given: invalid UTF-8 becomes U+FFFD, and json.Marshal
// escapes <, > and & (an Encoder with SetEscapeHTML(false) does not).
func (d Directive) MarshalJSON() ([]byte, error) {
	j := jsonDirective{
		Number: d.Number, DocType: d.Type,
		Issuer: d.Issuer, IssuerID: d.IssuerID, IssuerParent: d.IssuerParent,
		Place: d.Place, Subject: d.Subject, Recipients: list(d.Recipients),
		Preamble: d.Preamble, References: list(d.References), Assignments: list(d.Assignments),
		Closing: d.Closing, Distribution: list(d.Distribution), Signature: d.Signature,
		Parts: list(d.Parts), Attachments: list(d.Attachments), Regions: list(d.Regions), Warnings: make([]string, len(d.Warnings)),
	}
	if !d.Issued.IsZero() {
		j.Issued = &d.Issued
	}
	if !d.Effective.IsZero() {
		j.Effective = &d.Effective
	}
	spans, kinds := false, false
	for i, w := range d.Warnings {
		j.Warnings[i] = w.Msg
		spans = spans || !w.Span.IsZero()
		kinds = kinds || w.Kind != WarnOther
	}
	if kinds {
		j.WarningKinds = make([]string, len(d.Warnings))
		for i, w := range d.Warnings {
			j.WarningKinds[i] = w.Kind.String()
		}
	}
	if spans {
		j.WarningSpans = make([]Span, len(d.Warnings))
		for i, w := range d.Warnings {
			j.WarningSpans[i] = w.Span
		}
	}
	return marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON writes.
func (d *Directive) UnmarshalJSON(b []byte) error {
	var j jsonDirective
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Directive{
		Number: j.Number, Type: j.DocType,
		Issuer: j.Issuer, IssuerID: j.IssuerID, IssuerParent: j.IssuerParent,
		Place: j.Place, Subject: j.Subject, Recipients: unlist(j.Recipients),
		Preamble: j.Preamble, References: unlist(j.References), Assignments: unlist(j.Assignments),
		Closing: j.Closing, Distribution: unlist(j.Distribution), Signature: j.Signature,
		Parts: unlist(j.Parts), Attachments: unlist(j.Attachments), Regions: unlist(j.Regions),
	}
	if j.Issued != nil {
		d.Issued = *j.Issued
	}
	if j.Effective != nil {
		d.Effective = *j.Effective
	}
	if len(j.WarningSpans) != 0 && len(j.WarningSpans) != len(j.Warnings) {
		return fmt.Errorf("directive: %d warning spans for %d warnings", len(j.WarningSpans), len(j.Warnings))
	}
	if len(j.WarningKinds) != 0 && len(j.WarningKinds) != len(j.Warnings) {
		return fmt.Errorf("directive: %d warning kinds for %d warnings", len(j.WarningKinds), len(j.Warnings))
	}
	for i, m := range j.Warnings {
		w := Warning{Msg: m}
		if len(j.WarningSpans) > 0 {
			w.Span = j.WarningSpans[i]
		}
		if len(j.WarningKinds) > 0 {
			if err := w.Kind.UnmarshalText([]byte(j.WarningKinds[i])); err != nil {
				return err
			}
		}
		d.Warnings = append(d.Warnings, w)
	}
	return nil
}

type jsonAssignment struct {
	Label       string  `json:"label"`
	Text        string  `json:"text"`
	Assignees   []Party `json:"assignees"`
	Cooperating []Party `json:"cooperating"`
	Tasks       []Task  `json:"tasks"`
	Span        *Span   `json:"span,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (a Assignment) MarshalJSON() ([]byte, error) {
	return marshal(jsonAssignment{a.Label, a.Text, list(a.Assignees), list(a.Cooperating), list(a.Tasks), spanPtr(a.Span)})
}

// UnmarshalJSON implements json.Unmarshaler.
func (a *Assignment) UnmarshalJSON(b []byte) error {
	var j jsonAssignment
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Assignment{j.Label, j.Text, unlist(j.Assignees), unlist(j.Cooperating), unlist(j.Tasks), spanOf(j.Span)}
	return nil
}

type jsonParty struct {
	Name  string    `json:"name"`
	ID    agency.ID `json:"id"`
	Title string    `json:"title,omitempty"`
	Group bool      `json:"group,omitempty"`
	Span  *Span     `json:"span,omitempty"`
}

// MarshalJSON implements json.Marshaler. The "name" is the party as the
// document addresses it, the person's title in front ("Giám đốc Sở Y tế",
// the text of its span); "title" repeats the title, so that the body alone
// is the name less its title.
func (p Party) MarshalJSON() ([]byte, error) {
	return marshal(jsonParty{p.Addressed(), p.ID, p.Title, p.Group, spanPtr(p.Span)})
}

// UnmarshalJSON implements json.Unmarshaler: the inverse of MarshalJSON.
func (p *Party) UnmarshalJSON(b []byte) error {
	var j jsonParty
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	name := j.Name
	if j.Title != "" {
		rest, ok := strings.CutPrefix(name, j.Title+" ")
		if !ok {
			return &ParseError{Input: name, Msg: "party name does not open with its title " + strconv.Quote(j.Title)}
		}
		name = rest
	}
	*p = Party{name, j.ID, j.Title, j.Group, spanOf(j.Span)}
	return nil
}

type jsonPart struct {
	Kind    PartKind     `json:"kind"`
	Label   string       `json:"label"`
	Text    string       `json:"text"`
	Span    Span         `json:"span"`
	Times   []TimeExpr   `json:"times"`
	Targets []jsonTarget `json:"targets"`
}

// MarshalJSON implements json.Marshaler.
func (p Part) MarshalJSON() ([]byte, error) {
	return marshal(jsonPart{Kind: p.Kind, Label: p.Label, Text: p.Text, Span: p.Span, Times: list(p.Times), Targets: targetsToJSON(p.Targets)})
}

// UnmarshalJSON implements json.Unmarshaler.
func (p *Part) UnmarshalJSON(b []byte) error {
	var j jsonPart
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	ts, err := targetsFromJSON(j.Targets)
	if err != nil {
		return err
	}
	*p = Part{Kind: j.Kind, Label: j.Label, Text: j.Text, Span: j.Span, Times: unlist(j.Times), Targets: ts}
	return nil
}

type jsonTask struct {
	Label       string       `json:"label"`
	Text        string       `json:"text"`
	Times       []TimeExpr   `json:"times"`
	Deadline    *TimeExpr    `json:"deadline,omitempty"`
	Targets     []jsonTarget `json:"targets"`
	Lead        []Party      `json:"lead"`
	Cooperating []Party      `json:"cooperating"`
	Subtasks    []Task       `json:"subtasks"`
	References  []Reference  `json:"references,omitempty"`
	Joint       []string     `json:"joint,omitempty"`
	Span        *Span        `json:"span,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (t Task) MarshalJSON() ([]byte, error) {
	j := jsonTask{
		Label: t.Label, Text: t.Text, Times: list(t.Times),
		Targets: targetsToJSON(t.Targets), Lead: list(t.Lead), Cooperating: list(t.Cooperating),
		Subtasks: list(t.Subtasks), References: t.References, Joint: t.Joint, Span: spanPtr(t.Span),
	}
	if !t.Deadline.IsZero() {
		j.Deadline = &t.Deadline
	}
	return marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler.
func (t *Task) UnmarshalJSON(b []byte) error {
	var j jsonTask
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = Task{
		Label: j.Label, Text: j.Text, Times: unlist(j.Times), Lead: unlist(j.Lead),
		Cooperating: unlist(j.Cooperating), Subtasks: unlist(j.Subtasks),
		References: unlist(j.References), Joint: unlist(j.Joint), Span: spanOf(j.Span),
	}
	if j.Deadline != nil {
		t.Deadline = *j.Deadline
	}
	ts, err := targetsFromJSON(j.Targets)
	if err != nil {
		return err
	}
	t.Targets = ts
	return nil
}

// jsonTarget is the JSON form of a kpi.Target in a task.
type jsonTarget struct {
	Text       string       `json:"text"`
	Op         string       `json:"op"`
	Value      kpi.Percent  `json:"value"`
	Metric     string       `json:"metric"`
	Max        *kpi.Percent `json:"max,omitempty"`
	MaxOp      string       `json:"max_op,omitempty"`
	Verb       string       `json:"verb,omitempty"`
	Baseline   string       `json:"baseline,omitempty"`
	Span       *Span        `json:"span,omitempty"`
	MetricSpan *Span        `json:"metric_span,omitempty"`
	BaseSpan   *Span        `json:"baseline_span,omitempty"`
}

// targetsToJSON returns the JSON forms of ts, [] when none.
func targetsToJSON(ts []kpi.Target) []jsonTarget {
	out := make([]jsonTarget, len(ts))
	for i, g := range ts {
		out[i] = targetToJSON(g)
	}
	return out
}

// targetsFromJSON returns the targets of js, nil when none.
func targetsFromJSON(js []jsonTarget) ([]kpi.Target, error) {
	var out []kpi.Target
	for _, g := range js {
		v, err := g.target()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func targetToJSON(t kpi.Target) jsonTarget {
	j := jsonTarget{
		Text: t.Text, Op: t.Op.String(), Value: t.Value, Metric: t.Metric, Verb: t.Verb, Baseline: t.Baseline,
		Span: spanPtr(Span{t.Start, t.End}), MetricSpan: spanPtr(Span{t.MetricStart, t.MetricEnd}),
		BaseSpan: spanPtr(Span{t.BaselineStart, t.BaselineEnd}),
	}
	if t.Max != 0 {
		m := t.Max
		j.Max = &m
	}
	if t.MaxOp == kpi.OpLT {
		j.MaxOp = t.MaxOp.String()
	}
	return j
}

func (j jsonTarget) target() (kpi.Target, error) {
	t := kpi.Target{Text: j.Text, Value: j.Value, Metric: j.Metric, Verb: j.Verb, Baseline: j.Baseline}
	if j.Op != "" {
		if err := t.Op.UnmarshalText([]byte(j.Op)); err != nil {
			return kpi.Target{}, err
		}
	}
	if j.MaxOp != "" {
		if err := t.MaxOp.UnmarshalText([]byte(j.MaxOp)); err != nil {
			return kpi.Target{}, err
		}
	}
	b := spanOf(j.BaseSpan)
	t.BaselineStart, t.BaselineEnd = b.Start, b.End
	if j.Max != nil {
		t.Max = *j.Max
	}
	s, m := spanOf(j.Span), spanOf(j.MetricSpan)
	t.Start, t.End, t.MetricStart, t.MetricEnd = s.Start, s.End, m.Start, m.End
	return t, nil
}

type jsonReference struct {
	Text      string        `json:"text"`
	Type      DocType       `json:"type"`
	Qualifier string        `json:"qualifier,omitempty"`
	Number    Number        `json:"number"`
	Date      calendar.Date `json:"date"`
	Issuer    string        `json:"issuer"`
	Article   string        `json:"article,omitempty"`
	Clause    string        `json:"clause,omitempty"`
	Point     string        `json:"point,omitempty"`
	Count     int           `json:"count,omitempty"`
	Span      *Span         `json:"span,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (r Reference) MarshalJSON() ([]byte, error) {
	return marshal(jsonReference{r.Text, r.Type, r.Qualifier, r.Number, r.Date, r.Issuer, r.Article, r.Clause, r.Point, r.Count, spanPtr(r.Span)})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *Reference) UnmarshalJSON(b []byte) error {
	var j jsonReference
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Reference{j.Text, j.Type, j.Qualifier, j.Number, j.Date, j.Issuer, j.Article, j.Clause, j.Point, j.Count, spanOf(j.Span)}
	return nil
}

type jsonSignature struct {
	Authority string        `json:"authority"`
	Title     string        `json:"title"`
	Name      string        `json:"name"`
	Lines     []SigningLine `json:"lines"`
	Span      *Span         `json:"span,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (s Signature) MarshalJSON() ([]byte, error) {
	return marshal(jsonSignature{s.Authority, s.Title, s.Name, list(s.Lines), spanPtr(s.Span)})
}

// UnmarshalJSON implements json.Unmarshaler.
func (s *Signature) UnmarshalJSON(b []byte) error {
	var j jsonSignature
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = Signature{unlist(j.Lines), j.Authority, j.Title, j.Name, spanOf(j.Span)}
	return nil
}

// MarshalJSON implements json.Marshaler: a warning is its message.
func (w Warning) MarshalJSON() ([]byte, error) { return marshal(w.Msg) }

// UnmarshalJSON implements json.Unmarshaler: a JSON string is the message.
func (w *Warning) UnmarshalJSON(b []byte) error {
	*w = Warning{}
	return json.Unmarshal(b, &w.Msg)
}

// jsonExpr is the expression object of CORPUS_SPEC.md with "text" and
// "span" added.
type jsonExpr struct {
	Text        string            `json:"text"`
	Kind        calendar.Kind     `json:"kind"`
	Grain       calendar.Grain    `json:"grain,omitempty"`
	From        calendar.Date     `json:"from,omitzero"`
	To          calendar.Date     `json:"to,omitzero"`
	Time        calendar.Clock    `json:"time,omitzero"`
	Relation    calendar.Relation `json:"relation,omitempty"`
	Due         calendar.Date     `json:"due,omitzero"`
	Every       calendar.Grain    `json:"every,omitempty"`
	Interval    int               `json:"interval,omitempty"`
	DayOfPeriod int               `json:"day_of_period,omitempty"`
	On          string            `json:"on,omitempty"`
	Offset      *jsonOffset       `json:"offset,omitempty"`
	Warning     calendar.Warning  `json:"warning,omitempty"`
	Span        *Span             `json:"span,omitempty"`
	Anchor      *jsonAnchor       `json:"anchor,omitempty"`
}

type jsonOffset struct {
	N         int            `json:"n"`
	Unit      calendar.Grain `json:"unit"`
	Working   bool           `json:"working"`
	FromEvent calendar.Event `json:"from_event"`
	After     bool           `json:"after,omitempty"`
}

type jsonAnchor struct {
	From  calendar.Date  `json:"from,omitzero"`
	To    calendar.Date  `json:"to,omitzero"`
	Grain calendar.Grain `json:"grain,omitempty"`
}

// MarshalJSON implements json.Marshaler with the expression object of
// CORPUS_SPEC.md, "text" and "span" added: deadlines carry "relation",
// "grain" and "due" and no "from"/"to"; a relative offset carries "offset"
// and "due" when it can be computed; a recurrence "every", "interval",
// "day_of_period" and "on".
func (t TimeExpr) MarshalJSON() ([]byte, error) {
	j := exprToJSON(t)
	// Write the anchor only when the spec keys do not give it back.
	if back, err := j.expr(); err != nil || back.Expr != t.Expr {
		p := t.Expr.Period
		j.Anchor = &jsonAnchor{p.First, p.Last, p.Grain}
	}
	return marshal(j)
}

func exprToJSON(t TimeExpr) jsonExpr {
	e := t.Expr
	j := jsonExpr{Text: t.Text, Kind: e.Kind, Time: e.Time, Warning: e.Warning, Span: spanPtr(Span{e.Start, e.End})}
	switch e.Kind {
	case calendar.KindDate, calendar.KindPeriod, calendar.KindPartial:
		j.Grain, j.From, j.To = e.Period.Grain, e.Period.First, e.Period.Last
	case calendar.KindOpen:
		j.Grain, j.From = e.Period.Grain, e.Period.First
	case calendar.KindDeadline:
		j.Grain, j.Relation = e.Period.Grain, e.Relation
		j.Due, _ = e.Due()
	case calendar.KindRecurrence:
		r := e.Recurrence
		j.Every, j.Interval, j.DayOfPeriod = r.Every, r.Interval, r.DayOfPeriod
		if r.On != (calendar.Date{}) {
			j.On = fmt.Sprintf("%02d-%02d", int(r.On.Month), r.On.Day)
		}
	case calendar.KindRelative:
		o := e.Offset
		j.Offset = &jsonOffset{o.N, o.Unit, o.Working, o.From, o.After}
		if o.After { // "sau 30 ngày kể từ ngày ký": from that day, no due day
			j.From, _ = calendar.Policy{}.Ends(e)
		} else {
			j.Due, _ = e.Due()
		}
	}
	return j
}

// expr rebuilds the expression from the spec keys (and the anchor when
// written).
func (j jsonExpr) expr() (TimeExpr, error) {
	sp := spanOf(j.Span)
	e := calendar.Expr{Kind: j.Kind, Time: j.Time, Warning: j.Warning, Start: sp.Start, End: sp.End}
	switch j.Kind {
	case calendar.KindDate, calendar.KindPeriod, calendar.KindPartial, calendar.KindOpen:
		e.Period = calendar.Period{First: j.From, Last: j.To, Grain: j.Grain}
	case calendar.KindDeadline:
		e.Relation = j.Relation
		e.Period = anchorFromDue(j.Relation, j.Grain, j.Due)
	case calendar.KindRecurrence:
		e.Recurrence = calendar.Recurrence{Every: j.Every, Interval: j.Interval, DayOfPeriod: j.DayOfPeriod}
		if j.On != "" {
			var m, d int
			if _, err := fmt.Sscanf(j.On, "%02d-%02d", &m, &d); err != nil {
				return TimeExpr{}, fmt.Errorf("directive: bad recurrence day %q", j.On)
			}
			e.Recurrence.On = calendar.Date{Month: time.Month(m), Day: d}
		}
	case calendar.KindRelative:
		if j.Offset != nil {
			e.Offset = calendar.Offset{N: j.Offset.N, Unit: j.Offset.Unit, Working: j.Offset.Working, From: j.Offset.FromEvent, After: j.Offset.After}
		}
		end := j.Due
		if e.Offset.After {
			end = j.From
		}
		e.Period.First = eventFromDue(e.Offset, end)
	}
	if j.Anchor != nil {
		e.Period = calendar.Period{First: j.Anchor.From, Last: j.Anchor.To, Grain: j.Anchor.Grain}
	}
	return TimeExpr{Text: j.Text, Expr: e}, nil
}

// anchorFromDue gives back the period a deadline is anchored on from its
// relation, grain and due day, under the default policy. It returns the zero
// Period when that is not possible (a multi-year anchor).
func anchorFromDue(r calendar.Relation, g calendar.Grain, due calendar.Date) calendar.Period {
	if !due.IsValid() {
		return calendar.Period{}
	}
	if r == calendar.RelationBefore {
		if g == calendar.GrainDay {
			return calendar.DayPeriod(due)
		}
		return periodContaining(due.AddDays(1), g)
	}
	return periodContaining(due, g)
}

// eventFromDue gives back the event day an offset was counted from, given
// the due day it reached: the day that Offset.Apply takes to due. It
// returns the zero Date when there is none (no due day, a working-day
// offset) or more than one (a month offset ending on a clamped month end).
func eventFromDue(o calendar.Offset, due calendar.Date) calendar.Date {
	if !due.IsValid() || o.Working {
		return calendar.Date{}
	}
	var c calendar.Date
	switch o.Unit {
	case calendar.GrainDay:
		c = due.AddDays(-o.N)
	case calendar.GrainWeek:
		c = due.AddDays(-7 * o.N)
	case calendar.GrainMonth:
		c = due.AddMonths(-o.N)
	case calendar.GrainYear:
		c = due.AddYears(-o.N)
	default:
		return calendar.Date{}
	}
	if back, ok := o.Apply(c); !ok || back != due {
		return calendar.Date{}
	}
	if o.Unit == calendar.GrainMonth || o.Unit == calendar.GrainYear {
		// A clamped end of month has several event days: keep none.
		if next := c.AddDays(1); next.Month == c.Month {
			if back, ok := o.Apply(next); ok && back == due {
				return calendar.Date{}
			}
		}
	}
	return c
}

// periodContaining returns the period of grain g that holds d.
func periodContaining(d calendar.Date, g calendar.Grain) calendar.Period {
	switch g {
	case calendar.GrainDay:
		return calendar.DayPeriod(d)
	case calendar.GrainMonth:
		return calendar.MonthPeriod(d.Year, d.Month)
	case calendar.GrainQuarter:
		return calendar.QuarterPeriod(d.Year, (int(d.Month)-1)/3+1)
	case calendar.GrainHalf:
		return calendar.HalfPeriod(d.Year, (int(d.Month)-1)/6+1)
	case calendar.GrainYear:
		return calendar.YearPeriod(d.Year)
	}
	return calendar.Period{}
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (t *TimeExpr) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = TimeExpr{}
		return nil
	}
	var j jsonExpr
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v, err := j.expr()
	if err != nil {
		return err
	}
	*t = v
	return nil
}
