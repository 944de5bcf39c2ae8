package directive

import (
	"fmt"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// A ProblemKind says what Validate found wrong. The zero ProblemKind is
// unknown.
type ProblemKind uint8

// The problems Validate reports.
const (
	ProblemUnknown                ProblemKind = iota
	ProblemDeadlineBeforeIssue                // a task falls due before the directive was issued
	ProblemTargetAbove100                     // a "≥" (or ">") level target above 100%
	ProblemAssignmentWithoutTasks             // an assignment holds no task
	ProblemTaskWithoutAgency                  // no agency leads a task, not even by inheritance
	ProblemLeadOpenGroup                      // a task is led only by a group with no known members ("các cơ quan liên quan")
	ProblemUnknownTask                        // progress names a task the directive does not have (NewReport)
	ProblemUnknownTarget                      // a measurement names a target its task does not set (NewReport)
	ProblemProgressDate                       // a progress entry's date is not a valid date (NewReport)
	problemEnd
)

var problemKeys = [...]string{"", "deadline_before_issue", "target_above_100", "assignment_without_tasks", "task_without_agency",
	"lead_open_group", "unknown_task", "unknown_target", "progress_date"}

// String returns the stable key of k ("deadline_before_issue", …), "" for
// ProblemUnknown.
func (k ProblemKind) String() string {
	if k < problemEnd {
		return problemKeys[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with String.
func (k ProblemKind) MarshalText() ([]byte, error) {
	if k >= problemEnd {
		return nil, fmt.Errorf("directive: invalid ProblemKind %d", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with the keys of
// String.
func (k *ProblemKind) UnmarshalText(b []byte) error {
	for i := ProblemKind(0); i < problemEnd; i++ {
		if problemKeys[i] == string(b) {
			*k = i
			return nil
		}
	}
	return fmt.Errorf("directive: unknown problem kind %q", b)
}

// A Problem is one thing wrong in a directive: its kind, the label of the
// assignment or task it concerns, a message, and the span of the text at
// fault (zero when the element was built by hand).
type Problem struct {
	Kind  ProblemKind `json:"kind"`
	Label string      `json:"label"`
	Msg   string      `json:"msg"`
	Span  Span        `json:"span"`
}

// String returns "label: message".
func (p Problem) String() string { return p.Label + ": " + p.Msg }

// Validate reports what is wrong in d, without failing on it: a deadline
// that falls due before the issue date, a "≥" or ">" level target above
// 100% (a change such as "tăng 150%" may exceed it and is not reported),
// an assignment without tasks, a task that no agency leads (after
// inheritance from its parent task and its assignment's assignees), and a
// task led only by groups whose members depend on the task ("các cơ quan
// liên quan", an Open group of agency.Default()), which leaves its work and
// its targets to no one in particular. The problems come in document
// order. A nil d is an error.
func Validate(d *Directive) ([]Problem, error) {
	if d == nil {
		return nil, &ReportError{Msg: "Validate: nil *Directive"}
	}
	return validate(d), nil
}

func validate(d *Directive) []Problem {
	v := validator{reg: agency.Default()}
	switch d.Issued.Expr.Kind {
	case calendar.KindDate, calendar.KindPartial:
		v.issued = d.Issued.Expr.Period.First
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		if len(a.Tasks) == 0 {
			v.add(ProblemAssignmentWithoutTasks, a.Label, "assignment has no task", a.Span)
		}
		for j := range a.Tasks {
			v.task(&a.Tasks[j], a.Assignees)
		}
	}
	return v.out
}

type validator struct {
	issued calendar.Date
	reg    *agency.Registry
	out    []Problem
}

func (v *validator) add(k ProblemKind, label, msg string, s Span) {
	v.out = append(v.out, Problem{k, label, msg, s})
}

func (v *validator) task(t *Task, lead []Party) {
	if len(t.Lead) > 0 {
		lead = t.Lead
	}
	if len(t.Subtasks) == 0 {
		switch {
		case len(lead) == 0:
			v.add(ProblemTaskWithoutAgency, t.Label, "no agency leads the task", t.Span)
		case v.openOnly(lead):
			v.add(ProblemLeadOpenGroup, t.Label, fmt.Sprintf("the task is led only by %q, a group whose members depend on the task", names(lead)), t.Span)
		}
	}
	if v.issued != (calendar.Date{}) {
		seen := false
		check := func(x TimeExpr) {
			if x.Expr.Kind != calendar.KindDeadline {
				return
			}
			due, ok := x.Expr.Due()
			if ok && due.Before(v.issued) {
				v.add(ProblemDeadlineBeforeIssue, t.Label, fmt.Sprintf("deadline %q falls due on %v, before the issue date %v", x.Text, due, v.issued), x.Span())
			}
		}
		for _, x := range t.Times {
			if x == t.Deadline {
				seen = true
			}
			check(x)
		}
		if !seen {
			check(t.Deadline)
		}
	}
	for _, g := range t.Targets {
		if g.Verb != "" {
			continue
		}
		if g.Op == kpi.OpGE && g.Value > kpi.Full || g.Op == kpi.OpGT && g.Value >= kpi.Full {
			v.add(ProblemTargetAbove100, t.Label, fmt.Sprintf("target %s %v is above 100%%", g.Op, g.Value), Span{g.Start, g.End})
		}
	}
	for i := range t.Subtasks {
		v.task(&t.Subtasks[i], lead)
	}
}

// openOnly reports whether every party of ps is an Open group.
func (v *validator) openOnly(ps []Party) bool {
	for _, p := range ps {
		if !p.Group || p.ID == "" {
			return false
		}
		if g, ok := v.reg.Group(p.ID); !ok || !g.Open {
			return false
		}
	}
	return true
}

var problemVietnamese = [...]string{
	ProblemUnknown:                "vấn đề chưa phân loại",
	ProblemDeadlineBeforeIssue:    "thời hạn đến trước ngày ban hành văn bản",
	ProblemTargetAbove100:         "chỉ tiêu mức trên 100%",
	ProblemAssignmentWithoutTasks: "mục giao nhiệm vụ không có nhiệm vụ nào",
	ProblemTaskWithoutAgency:      "chưa xác định cơ quan chủ trì",
	ProblemLeadOpenGroup:          "chỉ giao chủ trì cho nhóm cơ quan chưa xác định (\"liên quan\"): chưa rõ cơ quan chịu trách nhiệm",
	ProblemUnknownTask:            "số liệu tiến độ ghi cho nhiệm vụ không có trong văn bản",
	ProblemUnknownTarget:          "số liệu đo cho chỉ tiêu mà nhiệm vụ không đặt ra",
	ProblemProgressDate:           "ngày trong số liệu tiến độ không hợp lệ",
}

// Vietnamese returns what the kind means, in Vietnamese, for reports:
// "chưa xác định cơ quan chủ trì".
func (k ProblemKind) Vietnamese() string {
	if k < problemEnd {
		return problemVietnamese[k]
	}
	return problemVietnamese[ProblemUnknown]
}

// ProblemText writes a problem in Vietnamese for a report: "Nhiệm vụ 4.3:
// chỉ giao chủ trì cho nhóm cơ quan chưa xác định …", "Mục 2: …".
func ProblemText(p Problem) string {
	what := "Nhiệm vụ "
	if p.Kind == ProblemAssignmentWithoutTasks {
		what = "Mục "
	}
	return what + p.Label + ": " + p.Kind.Vietnamese() + "."
}
