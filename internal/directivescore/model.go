package directivescore

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
)

// A Doc is one document as the scorer reads it: a gold annotation
// (ANNOTATION.md) or a parser's output (the directive2json contract of
// DESIGN.md). Fields either side lacks stay zero.
type Doc struct {
	// File is the "file" of a gold annotation, "" when none.
	File string
	// Number is the number and symbol as printed, "" when null.
	Number string
	// Issued is the issue date.
	Issued Issued
	// Assignments are the assignments in order.
	Assignments []Assignment
	// Elsewhere are the spans of the output's elements outside the
	// assignments: the issue date, the references, the signature and the
	// warnings. Gold has none.
	Elsewhere []Span
}

// Issued is an issue date as (from, to), nil for None: a date string of
// the gold is both, an expression object of the parser its "from" and
// "to", anything else neither.
type Issued struct {
	From, To *string
}

// An Assignment is one assignment with its parties and tasks; Span is its
// source.
type Assignment struct {
	Label       string
	Assignees   []Party
	Cooperating []Party
	Tasks       []Task
	Span        Span
}

// A Party is a name: a string of the gold, or the "name" and "span" of a
// party object of the parser.
type Party struct {
	Name string
	Span Span
}

// A Task is one task: its text (the parser's "text", the gold's
// "text_start"), time expressions, targets, parties and subtasks.
type Task struct {
	Text        string
	Times       []Time
	Targets     []Target
	Lead        []Party
	Cooperating []Party
	Subtasks    []Task
	// Span is the source of the task, References the spans of the
	// documents it cites.
	Span       Span
	References []Span
}

// A Time is a time expression as the scorer keys it. Nil pointers are
// absent or null values.
type Time struct {
	Kind, Due, From, To, Every *string
	// Interval is the "interval" as written, nil when absent or null.
	Interval *Number
	Span     Span
}

// A Number is a JSON number as Python's json module reads it: an int when
// written without fraction or exponent, else a float.
type Number struct {
	Int     int64
	Float   float64
	IsFloat bool
}

// A Target is a percentage target as the scorer keys it.
type Target struct {
	Op *string
	// Value is float(value) as Python computes it (a number, a numeric
	// string, a boolean), nil where Python's float() raises.
	Value      *float64
	Span       Span
	MetricSpan Span
}

// A Span is a byte range [Start, End) of the source text; the zero Span is
// none.
type Span struct {
	Start, End int
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Decode reads a Doc from JSON: a gold annotation or a parser's output.
// It fails with a *ParseError on malformed JSON or on a value whose type
// neither schema allows (an assignee that is a number, an interval that is
// a string).
func Decode(b []byte) (*Doc, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		return nil, syntaxError(b, err)
	}
	if top == nil {
		return nil, &ParseError{Input: clip(string(b)), Offset: 0, Msg: "want a JSON object"}
	}
	d := &Doc{}
	var err error
	if d.File, err = optString(top, "file", ""); err != nil {
		return nil, err
	}
	if d.Number, err = optString(top, "number", ""); err != nil {
		return nil, err
	}
	if d.Issued, err = decodeIssued(top["issued"]); err != nil {
		return nil, err
	}
	if sp, ok, err := objectSpan(top["issued"], "issued"); err != nil {
		return nil, err
	} else if ok {
		d.Elsewhere = append(d.Elsewhere, sp)
	}
	err = eachObject(top, "assignments", "", func(m map[string]json.RawMessage, path string) error {
		a, err := decodeAssignment(m, path)
		d.Assignments = append(d.Assignments, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := eachObject(top, "references", "", func(m map[string]json.RawMessage, path string) error {
		sp, err := spanField(m, "span", path)
		if !sp.IsZero() {
			d.Elsewhere = append(d.Elsewhere, sp)
		}
		return err
	}); err != nil {
		return nil, err
	}
	if sp, ok, err := objectSpan(top["signature"], "signature"); err != nil {
		return nil, err
	} else if ok {
		d.Elsewhere = append(d.Elsewhere, sp)
	}
	// The regions and parts of the model hold their spans of the input.
	for _, key := range []string{"regions", "parts"} {
		if err := eachObject(top, key, "", func(m map[string]json.RawMessage, path string) error {
			sp, err := spanField(m, "span", path)
			if !sp.IsZero() {
				d.Elsewhere = append(d.Elsewhere, sp)
			}
			return err
		}); err != nil {
			return nil, err
		}
	}
	if raw := top["warning_spans"]; !isNull(raw) {
		var spans []Span
		if err := json.Unmarshal(raw, &spans); err != nil {
			return nil, valueError(raw, "warning_spans", "want a list of [start, end]")
		}
		// A warning that the text was not read holds no field: its bytes
		// are the ones the check counts.
		var kinds []string
		if rk := top["warning_kinds"]; !isNull(rk) {
			if err := json.Unmarshal(rk, &kinds); err != nil || len(kinds) != len(spans) {
				return nil, valueError(rk, "warning_kinds", "want a list of strings parallel to warning_spans")
			}
		}
		for i, sp := range spans {
			if !sp.IsZero() && (kinds == nil || kinds[i] != "unread") {
				d.Elsewhere = append(d.Elsewhere, sp)
			}
		}
	}
	return d, nil
}

// UnmarshalJSON reads [start, end]; null is the zero Span.
func (s *Span) UnmarshalJSON(b []byte) error {
	if isNull(b) {
		*s = Span{}
		return nil
	}
	var v []int
	if err := json.Unmarshal(b, &v); err != nil || len(v) != 2 {
		return valueError(b, "", "want a span [start, end]")
	}
	*s = Span{v[0], v[1]}
	return nil
}

func decodeAssignment(m map[string]json.RawMessage, path string) (Assignment, error) {
	var a Assignment
	var err error
	if raw := m["label"]; firstByte(raw) == '"' {
		_ = json.Unmarshal(raw, &a.Label) // any other label is not read
	}
	if a.Assignees, err = parties(m, "assignees", path); err != nil {
		return a, err
	}
	if a.Cooperating, err = parties(m, "cooperating", path); err != nil {
		return a, err
	}
	if a.Span, err = spanField(m, "span", path); err != nil {
		return a, err
	}
	a.Tasks, err = tasks(m, "tasks", path)
	return a, err
}

func tasks(m map[string]json.RawMessage, key, path string) ([]Task, error) {
	var out []Task
	err := eachObject(m, key, path, func(t map[string]json.RawMessage, p string) error {
		task, err := decodeTask(t, p)
		out = append(out, task)
		return err
	})
	return out, err
}

func decodeTask(m map[string]json.RawMessage, path string) (Task, error) {
	var t Task
	var err error
	if t.Text, err = optString(m, "text", path); err != nil {
		return t, err
	}
	if t.Text == "" {
		if t.Text, err = optString(m, "text_start", path); err != nil {
			return t, err
		}
	}
	if t.Lead, err = parties(m, "lead", path); err != nil {
		return t, err
	}
	if t.Cooperating, err = parties(m, "cooperating", path); err != nil {
		return t, err
	}
	if t.Span, err = spanField(m, "span", path); err != nil {
		return t, err
	}
	err = eachObject(m, "times", path, func(x map[string]json.RawMessage, p string) error {
		tm, err := decodeTime(x, p)
		t.Times = append(t.Times, tm)
		return err
	})
	if err != nil {
		return t, err
	}
	err = eachObject(m, "targets", path, func(x map[string]json.RawMessage, p string) error {
		tg, err := decodeTarget(x, p)
		t.Targets = append(t.Targets, tg)
		return err
	})
	if err != nil {
		return t, err
	}
	err = eachObject(m, "references", path, func(x map[string]json.RawMessage, p string) error {
		sp, err := spanField(x, "span", p)
		if !sp.IsZero() {
			t.References = append(t.References, sp)
		}
		return err
	})
	if err != nil {
		return t, err
	}
	t.Subtasks, err = tasks(m, "subtasks", path)
	return t, err
}

func decodeTime(m map[string]json.RawMessage, path string) (Time, error) {
	var t Time
	for _, f := range []struct {
		key string
		dst **string
	}{{"kind", &t.Kind}, {"due", &t.Due}, {"from", &t.From}, {"to", &t.To}, {"every", &t.Every}} {
		s, err := nullableString(m[f.key], join(path, f.key))
		if err != nil {
			return t, err
		}
		*f.dst = s
	}
	if raw := m["interval"]; !isNull(raw) {
		n, ok := parseNumber(raw)
		if !ok {
			return t, valueError(raw, join(path, "interval"), "want a number or null")
		}
		t.Interval = &n
	}
	var err error
	t.Span, err = spanField(m, "span", path)
	return t, err
}

func decodeTarget(m map[string]json.RawMessage, path string) (Target, error) {
	var t Target
	var err error
	if t.Op, err = nullableString(m["op"], join(path, "op")); err != nil {
		return t, err
	}
	t.Value = pyFloatOf(m["value"])
	if t.Span, err = spanField(m, "span", path); err != nil {
		return t, err
	}
	t.MetricSpan, err = spanField(m, "metric_span", path)
	return t, err
}

// pyFloatOf is float(value) of Python's json-decoded value, nil where
// Python raises TypeError or ValueError (null, a list, an object, a
// non-numeric string).
func pyFloatOf(raw json.RawMessage) *float64 {
	var f float64
	switch c := firstByte(raw); {
	case c == 't':
		f = 1
	case c == 'f':
		f = 0
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return nil
		}
		v, ok := pyFloatOfString(s)
		if !ok {
			return nil
		}
		f = v
	case c == '-' || isASCIIDigit(c):
		v, ok := pyFloatOfString(string(bytes.TrimSpace(raw)))
		if !ok {
			return nil
		}
		f = v
	default:
		return nil
	}
	return &f
}

// parseNumber reads a JSON number literal as Python's json module would.
func parseNumber(raw json.RawMessage) (Number, bool) {
	s := string(bytes.TrimSpace(raw))
	if s == "" || !(s[0] == '-' || isASCIIDigit(s[0])) {
		return Number{}, false
	}
	if bytes.ContainsAny(raw, ".eE") {
		f, ok := pyFloatOfString(s)
		return Number{Float: f, IsFloat: true}, ok
	}
	i, err := strconv.ParseInt(s, 10, 64)
	return Number{Int: i}, err == nil
}

func decodeIssued(raw json.RawMessage) (Issued, error) {
	switch firstByte(raw) {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return Issued{}, valueError(raw, "issued", "want a string")
		}
		return Issued{&s, &s}, nil
	case '{':
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return Issued{}, valueError(raw, "issued", "want an object")
		}
		from, err := nullableString(m["from"], "issued.from")
		if err != nil {
			return Issued{}, err
		}
		to, err := nullableString(m["to"], "issued.to")
		return Issued{from, to}, err
	}
	return Issued{}, nil
}

// parties reads a list of names: strings, party objects with a "name", or
// null (the empty name, as Python's name_of).
func parties(m map[string]json.RawMessage, key, path string) ([]Party, error) {
	raw := m[key]
	if isNull(raw) {
		return nil, nil
	}
	path = join(path, key)
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, valueError(raw, path, "want a list")
	}
	out := make([]Party, 0, len(list))
	for i, x := range list {
		p := path + "[" + strconv.Itoa(i) + "]"
		switch firstByte(x) {
		case '{':
			var o map[string]json.RawMessage
			if err := json.Unmarshal(x, &o); err != nil {
				return nil, valueError(x, p, "want an object")
			}
			name, err := nullableString(o["name"], join(p, "name"))
			if err != nil {
				return nil, err
			}
			sp, err := spanField(o, "span", p)
			if err != nil {
				return nil, err
			}
			party := Party{Span: sp}
			if name != nil {
				party.Name = *name
			}
			out = append(out, party)
		default:
			name, err := nullableString(x, p)
			if err != nil {
				return nil, valueError(x, p, "want a name, a party object or null")
			}
			party := Party{}
			if name != nil {
				party.Name = *name
			}
			out = append(out, party)
		}
	}
	return out, nil
}

// eachObject calls f on each object of the list m[key] (null or absent is
// an empty list).
func eachObject(m map[string]json.RawMessage, key, path string, f func(map[string]json.RawMessage, string) error) error {
	raw := m[key]
	if isNull(raw) {
		return nil
	}
	path = join(path, key)
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		return valueError(raw, path, "want a list")
	}
	for i, x := range list {
		p := path + "[" + strconv.Itoa(i) + "]"
		var o map[string]json.RawMessage
		if firstByte(x) != '{' || json.Unmarshal(x, &o) != nil {
			return valueError(x, p, "want an object")
		}
		if err := f(o, p); err != nil {
			return err
		}
	}
	return nil
}

func optString(m map[string]json.RawMessage, key, path string) (string, error) {
	s, err := nullableString(m[key], join(path, key))
	if s == nil {
		return "", err
	}
	return *s, err
}

func nullableString(raw json.RawMessage, path string) (*string, error) {
	if isNull(raw) {
		return nil, nil
	}
	var s string
	if firstByte(raw) != '"' || json.Unmarshal(raw, &s) != nil {
		return nil, valueError(raw, path, "want a string or null")
	}
	return &s, nil
}

func spanField(m map[string]json.RawMessage, key, path string) (Span, error) {
	var s Span
	if raw := m[key]; !isNull(raw) {
		if err := s.UnmarshalJSON(raw); err != nil {
			return Span{}, valueError(raw, join(path, key), "want a span [start, end]")
		}
	}
	return s, nil
}

// objectSpan returns the "span" of the object raw, if it is one.
func objectSpan(raw json.RawMessage, path string) (Span, bool, error) {
	if firstByte(raw) != '{' {
		return Span{}, false, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return Span{}, false, valueError(raw, path, "want an object")
	}
	sp, err := spanField(m, "span", path)
	return sp, !sp.IsZero(), err
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func firstByte(raw json.RawMessage) byte {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return 0
	}
	return raw[0]
}

func isNull(raw json.RawMessage) bool {
	c := firstByte(raw)
	return c == 0 || c == 'n'
}

func valueError(raw json.RawMessage, path, msg string) *ParseError {
	return &ParseError{Input: clip(string(raw)), Offset: -1, Path: path, Msg: msg}
}

// syntaxError turns an error of encoding/json into a ParseError that says
// at which byte the JSON broke.
func syntaxError(b []byte, err error) *ParseError {
	off := -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = int(se.Offset)
	case errors.As(err, &te):
		off = int(te.Offset)
	}
	in := string(b)
	if off >= 0 && off <= len(b) {
		in = string(b[max(0, off-40):min(len(b), off+40)])
	}
	return &ParseError{Input: clip(in), Offset: off, Msg: err.Error()}
}
