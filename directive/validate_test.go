package directive_test

import (
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	dt "github.com/chidao/chidao/directive/directivetest"
	"github.com/google/go-cmp/cmp"
)

func TestValidate(t *testing.T) {
	d := dt.Directive("12/CT-UBND", "2024-03-01",
		dt.Assignment("1", stttt,
			dt.Task("Hoàn thành trước ngày 15/02/2024", dt.Before("2024-02-15")),
			dt.Task("Hoàn thành trước ngày 01/3/2024", dt.Before("2024-03-01")),
			dt.Task("Đạt 120% hồ sơ", dt.Target(">=", "120%", "hồ sơ")),
			dt.Task("Đạt 100% hồ sơ", dt.Target(">=", "100%", "hồ sơ"), dt.Target(">", "100%", "hồ sơ")),
		),
		directive.Assignment{Label: "2", Text: "Giao các đơn vị"},
		directive.Assignment{Label: "3", Tasks: []directive.Task{{Label: "3.1", Text: "Không ai chủ trì"},
			{Label: "3.2", Lead: []directive.Party{ca}, Subtasks: []directive.Task{{Label: "3.2.1"}}}}},
	)
	// A change may exceed 100%.
	d.Assignments[0].Tasks[3].Targets = append(d.Assignments[0].Tasks[3].Targets, d.Assignments[0].Tasks[2].Targets[0])
	d.Assignments[0].Tasks[3].Targets[2].Verb = "tăng"
	var got []string
	for _, p := range mustValidate(t, d) {
		got = append(got, p.Kind.String()+" "+p.Label)
	}
	want := []string{
		"deadline_before_issue 1.1",
		"target_above_100 1.3",
		"target_above_100 1.4",
		"assignment_without_tasks 2",
		"task_without_agency 3.1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	// A partial issue date ("năm 2024") flags only deadlines before it starts.
	d.Issued = directive.TimeExpr{Text: "ngày tháng năm 2024", Expr: calendar.Expr{Kind: calendar.KindPartial, Period: calendar.YearPeriod(2024)}}
	for _, p := range mustValidate(t, d) {
		if p.Kind == directive.ProblemDeadlineBeforeIssue {
			t.Errorf("partial date: %v", p)
		}
	}
}

func mustValidate(tb testing.TB, d *directive.Directive) []directive.Problem {
	tb.Helper()
	ps, err := directive.Validate(d)
	if err != nil {
		tb.Fatal(err)
	}
	return ps
}
