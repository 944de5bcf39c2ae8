package directive

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// This file builds directives without parsing text, for services that keep
// their tasks in a database: a Header, assignments made with NewAssignment,
// tasks made with NewTask and the With… methods, parties from a registry,
// and New, which checks the whole and returns the Directive.

// A Header is what New needs to know of a document besides its
// assignments. Every field may be left empty.
type Header struct {
	// Number is the number and symbol as printed after "Số:" ("12/KH-UBND");
	// "" for none.
	Number string
	// Type is the document type; when zero, the type the number's code
	// names (KH → kế hoạch).
	Type DocType
	// Issuer is the issuing body as printed, IssuerID its agency.
	Issuer   string
	IssuerID agency.ID
	// Place is the place name of the place-and-date line ("Hải Phòng").
	Place string
	// Issued is the issue date; zero when unknown.
	Issued calendar.Date
	// Subject is the title or "V/v" subject line.
	Subject string
}

// TimeOf returns the time expression e with its canonical Vietnamese text
// (calendar.Expr.String): TimeOf(calendar.Deadline(d, calendar.RelationBefore))
// has the text "trước ngày 30/6/2024". The zero Expr gives the zero
// TimeExpr.
func TimeOf(e calendar.Expr) TimeExpr {
	if e.Kind == calendar.KindUnknown {
		return TimeExpr{}
	}
	return TimeExpr{Text: e.String(), Expr: e}
}

// NewTask returns the task labelled label ("3.7.1") with text, governed by
// deadline (the zero calendar.Expr for none; it is also the task's only
// entry in Times). Add its agencies, targets and subtasks with the With…
// methods, which return copies.
func NewTask(label, text string, deadline calendar.Expr) Task {
	t := Task{Label: label, Text: text}
	if x := TimeOf(deadline); !x.IsZero() {
		t.Deadline = x
		t.Times = []TimeExpr{x}
	}
	return t
}

// WithLead returns t with the parties added to those that lead it.
func (t Task) WithLead(ps ...Party) Task {
	t.Lead = append(t.Lead[:len(t.Lead):len(t.Lead)], ps...)
	return t
}

// WithCooperating returns t with the parties added to those that cooperate
// on it.
func (t Task) WithCooperating(ps ...Party) Task {
	t.Cooperating = append(t.Cooperating[:len(t.Cooperating):len(t.Cooperating)], ps...)
	return t
}

// WithTarget returns t with a percentage target added: WithTarget(kpi.OpGE,
// kpi.Whole(90), "hồ sơ trực tuyến") is "tối thiểu 90% hồ sơ trực tuyến".
func (t Task) WithTarget(op kpi.Op, value kpi.Percent, metric string) Task {
	g := kpi.Target{Op: op, Value: value, Metric: metric}
	g.Text = TargetText(g)
	t.Targets = append(t.Targets[:len(t.Targets):len(t.Targets)], g)
	return t
}

// WithSubtasks returns t with subtasks added.
func (t Task) WithSubtasks(ts ...Task) Task {
	t.Subtasks = append(t.Subtasks[:len(t.Subtasks):len(t.Subtasks)], ts...)
	return t
}

// WithJoint returns t linked to the same joint task under other labels
// (Task.Joint).
func (t Task) WithJoint(labels ...string) Task {
	t.Joint = append(t.Joint[:len(t.Joint):len(t.Joint)], labels...)
	return t
}

// NewAssignment returns the assignment labelled label ("2") with its
// heading text ("Giao Công an thành phố"), the parties it charges and its
// tasks. Tasks that name no lead are led by the assignees when reported
// (see Report).
func NewAssignment(label, text string, assignees []Party, tasks ...Task) Assignment {
	return Assignment{Label: label, Text: text, Assignees: assignees, Tasks: tasks}
}

// NewParty returns the party of agency or group id as registry reg (nil
// for agency.Default()) names it, and an error when reg does not know id.
func NewParty(reg *agency.Registry, id agency.ID) (Party, error) {
	if reg == nil {
		reg = agency.Default()
	}
	if g, ok := reg.Group(id); ok {
		return Party{Name: g.Name, ID: id, Group: true}, nil
	}
	if a, ok := reg.Agency(id); ok {
		return Party{Name: a.Name, ID: id}, nil
	}
	return Party{}, &BuildError{Field: "party", Msg: fmt.Sprintf("agency %q is not in the registry", string(id))}
}

// ResolveParty returns the party that the whole of name names in registry
// reg (nil for agency.Default()), read in the locality of opt: "Sở TT&TT"
// in Hải Phòng is {Name: "Sở TT&TT", ID: "hp.so-tttt"}. The name is kept
// as given. It returns an error when the registry does not know the name
// or the locality.
func ResolveParty(reg *agency.Registry, name string, opt *agency.Options) (Party, error) {
	if reg == nil {
		reg = agency.Default()
	}
	if opt != nil {
		if err := reg.CheckLocality(opt.Locality); err != nil {
			return Party{}, err
		}
	}
	m, ok := reg.Resolve(name, opt)
	if !ok || m.ID == "" {
		return Party{}, &BuildError{Field: "party", Msg: fmt.Sprintf("%q names no agency the registry knows", name)}
	}
	return Party{Name: strings.TrimSpace(name), ID: m.ID, Group: m.Group}, nil
}

// A BuildError reports what New found wrong in the parts it was given:
// the label of the assignment or task at fault ("" for the header), the
// field, and what is wrong.
type BuildError struct {
	Label string
	Field string
	Msg   string
	Err   error // the underlying error, if any
}

// Error returns `directive: task "3.1": deadline: …`.
func (e *BuildError) Error() string {
	var b strings.Builder
	b.WriteString("directive: ")
	if e.Label != "" {
		b.WriteString(fmt.Sprintf("%q: ", e.Label))
	}
	b.WriteString(e.Field)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *BuildError) Unwrap() error { return e.Err }

// New returns the directive of header h holding the assignments, checked:
// the number must parse, the issue date be a valid date, every assignment
// and task have a label unique in the directive, every party a name, every
// time expression pass calendar.CheckExpr, every target a known operator
// and joint labels name tasks of the directive. The first fault is returned
// as a *BuildError.
func New(h Header, assignments ...Assignment) (*Directive, error) {
	d := &Directive{Type: h.Type, Issuer: h.Issuer, IssuerID: h.IssuerID, Place: h.Place, Subject: h.Subject}
	if h.Number != "" {
		n, err := ParseNumber(h.Number)
		if err != nil {
			return nil, &BuildError{Field: "number", Msg: err.Error(), Err: err}
		}
		d.Number = n
		if d.Type == DocUnknown {
			d.Type = n.Type()
		}
	}
	if h.Issued != (calendar.Date{}) {
		if !h.Issued.IsValid() {
			return nil, &BuildError{Field: "issued", Msg: fmt.Sprintf("%v is not a valid date", h.Issued)}
		}
		d.Issued = TimeOf(calendar.DateExpr(h.Issued))
	}
	seen := map[string]bool{}
	for i := range assignments {
		a := &assignments[i]
		if err := checkLabel(a.Label, seen); err != nil {
			return nil, err
		}
		if err := checkParties(a.Label, a.Assignees, a.Cooperating); err != nil {
			return nil, err
		}
	}
	labels := map[string]bool{}
	for i := range assignments {
		for j := range assignments[i].Tasks {
			if err := checkTask(&assignments[i].Tasks[j], seen, labels); err != nil {
				return nil, err
			}
		}
	}
	for i := range assignments {
		for j := range assignments[i].Tasks {
			if err := checkJoint(&assignments[i].Tasks[j], labels); err != nil {
				return nil, err
			}
		}
	}
	d.Assignments = assignments
	return d, nil
}

func checkLabel(label string, seen map[string]bool) error {
	if strings.TrimSpace(label) == "" {
		return &BuildError{Field: "label", Msg: "empty label"}
	}
	if seen[label] {
		return &BuildError{Label: label, Field: "label", Msg: "label used twice"}
	}
	seen[label] = true
	return nil
}

func checkParties(label string, lists ...[]Party) error {
	for _, ps := range lists {
		for _, p := range ps {
			if strings.TrimSpace(p.Name) == "" {
				return &BuildError{Label: label, Field: "party", Msg: fmt.Sprintf("party %q has no name", string(p.ID))}
			}
		}
	}
	return nil
}

func checkTask(t *Task, seen, labels map[string]bool) error {
	if err := checkLabel(t.Label, seen); err != nil {
		return err
	}
	labels[t.Label] = true
	if err := checkParties(t.Label, t.Lead, t.Cooperating); err != nil {
		return err
	}
	check := func(field string, x TimeExpr) error {
		if x.IsZero() {
			return nil
		}
		if err := calendar.CheckExpr(x.Expr); err != nil {
			return &BuildError{Label: t.Label, Field: field, Msg: err.Error(), Err: err}
		}
		return nil
	}
	if err := check("deadline", t.Deadline); err != nil {
		return err
	}
	for _, x := range t.Times {
		if err := check("times", x); err != nil {
			return err
		}
	}
	for _, g := range t.Targets {
		if g.Op == kpi.OpUnknown || g.Op > kpi.OpEQ {
			return &BuildError{Label: t.Label, Field: "target", Msg: fmt.Sprintf("target %q has no operator", g.Text)}
		}
		if g.Max != 0 && g.Max < g.Value {
			return &BuildError{Label: t.Label, Field: "target", Msg: fmt.Sprintf("range %v–%v ends below its start", g.Value, g.Max)}
		}
	}
	for i := range t.Subtasks {
		if err := checkTask(&t.Subtasks[i], seen, labels); err != nil {
			return err
		}
	}
	return nil
}

func checkJoint(t *Task, labels map[string]bool) error {
	for _, j := range t.Joint {
		if !labels[j] || j == t.Label {
			return &BuildError{Label: t.Label, Field: "joint", Msg: fmt.Sprintf("joint label %q names no other task", j)}
		}
	}
	for i := range t.Subtasks {
		if err := checkJoint(&t.Subtasks[i], labels); err != nil {
			return err
		}
	}
	return nil
}
