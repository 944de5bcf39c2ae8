// Package directivetest helps services that embed chidao write short
// tests: builders for directives, assignments and tasks, fixed working
// calendars, progress, and assertions on task status and report counts.
//
// Builders panic on malformed literals (a bad date, a bad percentage): they
// are meant for test code with literal input.
package directivetest

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
)

// Date returns the date of an ISO literal "2024-06-30"; it panics on a bad
// literal.
func Date(iso string) calendar.Date { return calendar.MustParseISODate(iso) }

// Directive returns a directive with number (as printed after "Số:", ""
// for none), issued on the ISO date issued ("" when unknown), holding the
// assignments.
func Directive(number, issued string, assignments ...directive.Assignment) *directive.Directive {
	d := &directive.Directive{Assignments: assignments}
	if number != "" {
		d.Number = directive.MustParseNumber(number)
		d.Type = d.Number.Type()
	}
	if issued != "" {
		day := Date(issued)
		d.Issued = directive.TimeExpr{Text: "ngày " + vnDate(day), Expr: calendar.Expr{Kind: calendar.KindDate, Period: calendar.DayPeriod(day)}}
	}
	return d
}

// Party returns the party named name with agency id (which may be "").
func Party(id agency.ID, name string) directive.Party { return directive.Party{Name: name, ID: id} }

// Assignment returns assignment label given to assignee, holding tasks. A
// task without a label gets label.N, N its position from 1; a task without
// a lead is led by the assignee.
func Assignment(label string, assignee directive.Party, tasks ...directive.Task) directive.Assignment {
	a := directive.Assignment{Label: label, Text: "Giao " + assignee.Name, Assignees: []directive.Party{assignee}, Tasks: tasks}
	for i := range a.Tasks {
		relabel(&a.Tasks[i], label, i+1)
		if len(a.Tasks[i].Lead) == 0 {
			a.Tasks[i].Lead = a.Assignees
		}
	}
	return a
}

func relabel(t *directive.Task, parent string, n int) {
	if t.Label == "" {
		t.Label = parent + "." + strconv.Itoa(n)
	}
	for i := range t.Subtasks {
		relabel(&t.Subtasks[i], t.Label, i+1)
	}
}

// A TaskOption sets one part of a task built by Task.
type TaskOption func(*directive.Task)

// Task returns a task with text and the options applied. Its label is set
// by Assignment unless Label is given.
func Task(text string, opts ...TaskOption) directive.Task {
	t := directive.Task{Text: text}
	for _, o := range opts {
		o(&t)
	}
	return t
}

// Label sets the task's label.
func Label(l string) TaskOption { return func(t *directive.Task) { t.Label = l } }

// Lead adds lead parties.
func Lead(p ...directive.Party) TaskOption {
	return func(t *directive.Task) { t.Lead = append(t.Lead, p...) }
}

// Cooperating adds cooperating parties.
func Cooperating(p ...directive.Party) TaskOption {
	return func(t *directive.Task) { t.Cooperating = append(t.Cooperating, p...) }
}

// Deadline sets the governing time expression (and adds it to Times).
func Deadline(text string, e calendar.Expr) TaskOption {
	return func(t *directive.Task) {
		x := directive.TimeExpr{Text: text, Expr: e}
		t.Times = append(t.Times, x)
		t.Deadline = x
	}
}

// Before sets the deadline "trước ngày D" for the ISO date iso: due that
// day.
func Before(iso string) TaskOption {
	day := Date(iso)
	return Deadline("trước ngày "+vnDate(day), calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore, Period: calendar.DayPeriod(day)})
}

// BeforeMonth sets the deadline "trước tháng M/Y": due the last day of the
// month before.
func BeforeMonth(year int, month time.Month) TaskOption {
	return Deadline(fmt.Sprintf("trước tháng %d/%d", month, year), calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBefore, Period: calendar.MonthPeriod(year, month)})
}

// WithinYear sets the deadline "trong năm Y": due 31 December.
func WithinYear(year int) TaskOption {
	return Deadline(fmt.Sprintf("trong năm %d", year), calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationWithin, Period: calendar.YearPeriod(year)})
}

// WorkingDays sets the deadline "trong N ngày làm việc kể từ ngày ký".
func WorkingDays(n int) TaskOption {
	return Deadline(fmt.Sprintf("trong %d ngày làm việc kể từ ngày ký", n), calendar.Expr{Kind: calendar.KindRelative,
		Offset: calendar.Offset{N: n, Unit: calendar.GrainDay, Working: true, From: calendar.EventSigning}})
}

// Monthly sets the recurrence "hằng tháng", due on day (the last day of
// each month when day is 0).
func Monthly(day int) TaskOption {
	text := "hằng tháng"
	if day > 0 {
		text = fmt.Sprintf("trước ngày %d hằng tháng", day)
	}
	return Deadline(text, calendar.Expr{Kind: calendar.KindRecurrence, Recurrence: calendar.Recurrence{Every: calendar.GrainMonth, Interval: 1, DayOfPeriod: day}})
}

// Ongoing sets the duty "thường xuyên": no deadline.
func Ongoing() TaskOption {
	return Deadline("thường xuyên", calendar.Expr{Kind: calendar.KindOngoing})
}

// Target adds a percentage target: op is ">=", "<=", ">", "<" or "=",
// value a percentage literal ("100%", "87,5").
func Target(op, value, metric string) TaskOption {
	var o kpi.Op
	if err := o.UnmarshalText([]byte(op)); err != nil {
		panic(err)
	}
	v := kpi.MustParsePercent(value)
	return func(t *directive.Task) {
		t.Targets = append(t.Targets, kpi.Target{Op: o, Value: v, Metric: metric, Text: value + " " + metric})
	}
}

// Subtasks adds subtasks; those without labels are labelled under the
// task's label by Assignment.
func Subtasks(ts ...directive.Task) TaskOption {
	return func(t *directive.Task) { t.Subtasks = append(t.Subtasks, ts...) }
}

// Joint links the task to the same joint task under other labels.
func Joint(labels ...string) TaskOption {
	return func(t *directive.Task) { t.Joint = append(t.Joint, labels...) }
}

// WeekendsOnly returns a working calendar of Monday to Friday with no
// holidays at all in the years first to last: a fixed calendar for tests
// whose expectations should not depend on the official schedule.
func WeekendsOnly(first, last int) calendar.Calendar {
	c := calendar.Official()
	for y := first; y <= last; y++ {
		c = c.WithAnnouncement(y)
	}
	return c
}

// WithDaysOff returns c with the ISO dates given as days off (kind
// HolidayLocal).
func WithDaysOff(c calendar.Calendar, iso ...string) calendar.Calendar {
	days := make([]calendar.Holiday, len(iso))
	for i, s := range iso {
		days[i] = calendar.Holiday{Date: Date(s), Name: "ngày nghỉ (thử nghiệm)", Kind: calendar.HolidayLocal, Source: "directivetest"}
	}
	return c.With(days...)
}

// AssertStatus fails t unless the task labelled label has status want in
// report r.
func AssertStatus(t testing.TB, r *directive.Report, label string, want directive.Status) {
	t.Helper()
	for _, tr := range r.Tasks {
		if tr.Label == label {
			if tr.Status != want {
				t.Errorf("task %s as of %v: status %q (due %v, completed %v), want %q", label, r.AsOf, tr.Status, tr.Due, tr.Completed, want)
			}
			return
		}
	}
	t.Errorf("task %s: not in the report", label)
}

// AssertState fails t unless a task governed by deadline and completed on
// the days done has status want as of the ISO date asOf under opts (nil
// for the defaults).
func AssertState(t testing.TB, opts *directive.StatusOptions, deadline calendar.Expr, done []calendar.Date, asOf string, want directive.Status) {
	t.Helper()
	if got := opts.State(deadline, done, Date(asOf)).Status; got != want {
		t.Errorf("as of %s, done %v: status %q, want %q", asOf, done, got, want)
	}
}

// AssertCounts fails t unless got equals want, naming each count that
// differs.
func AssertCounts(t testing.TB, what string, got, want directive.Counts) {
	t.Helper()
	if got == want {
		return
	}
	t.Errorf("%s counts:\n got %+v\nwant %+v", what, got, want)
}

// Generate returns a directive with n tasks spread over agencies agencies
// (IDs "agency-000", …), each assignment holding up to 10 tasks with
// one-off deadlines through 2024, some recurring, some ongoing, a target
// on every fifth task, and a cooperating agency on every third; and
// progress completing part of them. It is deterministic: the same n and
// agencies give the same directive. It serves load tests and benchmarks.
func Generate(n, agencies int) (*directive.Directive, *directive.Progress) {
	if agencies < 1 {
		agencies = 1
	}
	d := &directive.Directive{Number: directive.MustParseNumber("1/KH-TEST"), Type: directive.DocPlan,
		Issued: directive.TimeExpr{Text: "ngày 01/01/2024", Expr: calendar.Expr{Kind: calendar.KindDate, Period: calendar.DayPeriod(Date("2024-01-01"))}}}
	parties := make([]directive.Party, agencies)
	for i := range parties {
		parties[i] = directive.Party{Name: fmt.Sprintf("Cơ quan %03d", i), ID: agency.ID(fmt.Sprintf("agency-%03d", i))}
	}
	p := &directive.Progress{}
	start := Date("2024-01-01")
	for i := 0; i < n; {
		a := directive.Assignment{Label: strconv.Itoa(len(d.Assignments) + 1), Assignees: []directive.Party{parties[len(d.Assignments)%agencies]}}
		for k := 0; k < 10 && i < n; k, i = k+1, i+1 {
			t := directive.Task{Label: a.Label + "." + strconv.Itoa(k+1), Text: "Nhiệm vụ thử nghiệm " + strconv.Itoa(i+1), Lead: a.Assignees}
			if i%3 == 0 {
				t.Cooperating = []directive.Party{parties[(i/3)%agencies]}
			}
			var due calendar.Date
			switch {
			case i%17 == 0:
				Monthly(0)(&t)
			case i%11 == 0:
				Ongoing()(&t)
			default:
				due = start.AddDays(i * 7 % 366)
				Before(due.String())(&t)
			}
			if i%5 == 0 {
				Target(">=", "90%", "hồ sơ trực tuyến")(&t)
				p.Measurements = append(p.Measurements,
					directive.Measurement{Task: t.Label, Agency: parties[i%agencies].ID, Measurement: kpi.Count(start.AddDays(i%180), int64(30+i%70), 100)},
					directive.Measurement{Task: t.Label, Agency: parties[(i+1)%agencies].ID, Measurement: kpi.Count(start.AddDays(i%180+30), int64(40+i%60), 100)})
			}
			if i%2 == 0 && due != (calendar.Date{}) {
				p.Completions = append(p.Completions, directive.Completion{Task: t.Label, Date: due.AddDays(i%9 - 4)})
			}
			a.Tasks = append(a.Tasks, t)
		}
		d.Assignments = append(d.Assignments, a)
	}
	return d, p
}

// vnDate writes d as Vietnamese documents do: "30/6/2024", "05/02/2024".
func vnDate(d calendar.Date) string { return directive.VietnameseDate(d) }
