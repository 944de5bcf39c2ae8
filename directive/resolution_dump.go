package directive

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/directive/internal/layout"
)

// resolvedString dumps the outline o of doc with what the resolution made
// of each item in d, the directive parsed from doc: the outline's parts as
// String prints them, then each item on one line (label, paragraphs,
// start of its text) and under it what its own text went to: an
// assignment with the charge read (lead, cooperating), the tasks that
// start in it with theirs (left out when they are the assignment's) and
// the joint tasks they are, a part (heading, content, …), the preamble or
// the closing, or nothing ("unread"); "in" marks an assignment or part
// that an item above already opened. What no item holds (the rows of a
// task table, the charges of the closing) follows the tree. The dump is
// read off d's regions and spans, so it shows where the model puts each
// item's text, not how the resolution decided it.
func (o *outline) resolvedString(doc *layout.Doc, d *Directive) string {
	rd := &resolvedDump{doc: doc, d: d, shownA: map[int]bool{}, shownP: map[int]bool{}, shownT: map[*Task]bool{}}
	ntasks := 0
	for i := range d.Assignments {
		ntasks += countTasks(d.Assignments[i].Tasks)
	}
	fmt.Fprintf(&rd.sb, "assignments %d, tasks %d, parts %d\n", len(d.Assignments), ntasks, len(d.Parts))
	fmt.Fprintf(&rd.sb, "body %v notes %v\n", o.body, o.notes)
	rd.part("main", &o.main)
	for k := range o.attached {
		rd.part(fmt.Sprintf("attached %d", k+1), &o.attached[k])
	}
	rd.rest()
	return rd.sb.String()
}

// resolvedDump is the state of resolvedString: what was printed so far.
type resolvedDump struct {
	doc *layout.Doc
	d   *Directive
	sb  strings.Builder
	// shownA, shownP and shownT are the assignments, parts and tasks
	// already printed.
	shownA, shownP map[int]bool
	shownT         map[*Task]bool
}

func (rd *resolvedDump) part(name string, pt *part) {
	fmt.Fprintf(&rd.sb, "%s: title %v note %v preamble %v closing %v distribution %v signature %v tables %v\n",
		name, pt.title, pt.note, pt.preamble, pt.closing, pt.distribution, pt.signature, pt.tables)
	var walk func(its []*item, ind string)
	walk = func(its []*item, ind string) {
		for _, it := range its {
			fmt.Fprintf(&rd.sb, "%s%s p%d-%d | %s\n", ind, it.label, it.para, it.own, cutRunes(rd.doc.Spelled(rd.doc.Paras[it.para].Body), 60))
			rd.became(it, ind+"  ")
			walk(it.kids, ind+"  ")
		}
	}
	walk(pt.items, "  ")
}

// became prints what the own text of item it went to, one line each.
func (rd *resolvedDump) became(it *item, ind string) {
	doc, d := rd.doc, rd.d
	g := it.clause
	if g.Empty() {
		g = layout.Range{A: doc.Paras[it.para].Body.A, B: doc.Paras[it.own-1].Key.B}
	}
	a, b := doc.Span(g)
	own := Span{a, b}
	overlaps := func(s Span) bool { return s.Start < own.End && own.Start < s.End }
	for _, rg := range d.Regions {
		if !overlaps(rg.Span) {
			continue
		}
		switch rg.Kind {
		case RegionAssignment:
			as := &d.Assignments[rg.Index]
			first := !rd.shownA[rg.Index]
			if first {
				rd.shownA[rg.Index] = true
				fmt.Fprintf(&rd.sb, "%s= assignment %s%s\n", ind, as.Label, charges(as.Assignees, as.Cooperating))
			}
			n := 0
			rd.tasksIn(as, as.Tasks, own, ind, &n)
			if n == 0 && !first {
				fmt.Fprintf(&rd.sb, "%s= in assignment %s\n", ind, as.Label)
			}
		case RegionPart:
			p := &d.Parts[rg.Index]
			in := ""
			if rd.shownP[rg.Index] {
				in = "in "
			}
			rd.shownP[rg.Index] = true
			fmt.Fprintf(&rd.sb, "%s= %s%s %s\n", ind, in, p.Kind, p.Label)
		default:
			fmt.Fprintf(&rd.sb, "%s= %s\n", ind, rg.Kind)
		}
	}
	for _, w := range d.Warnings {
		if w.Kind == WarnUnread && overlaps(w.Span) {
			fmt.Fprintf(&rd.sb, "%s= unread\n", ind)
			break
		}
	}
}

// tasksIn prints the tasks of ts (and their subtasks) that start inside
// own and were not printed yet, counting them in n.
func (rd *resolvedDump) tasksIn(as *Assignment, ts []Task, own Span, ind string, n *int) {
	for i := range ts {
		t := &ts[i]
		if !rd.shownT[t] && own.Start <= t.Span.Start && t.Span.Start < own.End {
			rd.shownT[t] = true
			*n++
			fmt.Fprintf(&rd.sb, "%s= task %s%s\n", ind, t.Label, taskCharges(as, t))
		}
		rd.tasksIn(as, t.Subtasks, own, ind, n)
	}
}

// rest prints the assignments and tasks no item holds.
func (rd *resolvedDump) rest() {
	head := false
	for i := range rd.d.Assignments {
		as := &rd.d.Assignments[i]
		line := ""
		if !rd.shownA[i] {
			line = fmt.Sprintf("assignment %s%s | %s\n", as.Label, charges(as.Assignees, as.Cooperating), cutRunes(as.Text, 60))
		}
		var sb strings.Builder
		rd.restTasks(&sb, as, as.Tasks, "  ")
		if line == "" && sb.Len() == 0 {
			continue
		}
		if !head {
			rd.sb.WriteString("not in an item:\n")
			head = true
		}
		if line == "" {
			line = fmt.Sprintf("in assignment %s\n", as.Label)
		}
		rd.sb.WriteString(line)
		rd.sb.WriteString(sb.String())
	}
}

func (rd *resolvedDump) restTasks(sb *strings.Builder, as *Assignment, ts []Task, ind string) {
	for i := range ts {
		t := &ts[i]
		if !rd.shownT[t] {
			fmt.Fprintf(sb, "%stask %s%s", ind, t.Label, taskCharges(as, t))
			if t.Text != as.Text {
				sb.WriteString(" | " + cutRunes(t.Text, 60))
			}
			sb.WriteByte('\n')
		}
		rd.restTasks(sb, as, t.Subtasks, ind+"  ")
	}
}

// charges formats the charge read: " lead [A; B] coop [C]", the
// cooperating left out when there are none.
func charges(lead, coop []Party) string {
	s := " lead [" + addressed(lead) + "]"
	if len(coop) > 0 {
		s += " coop [" + addressed(coop) + "]"
	}
	return s
}

// taskCharges formats the charge of task t of assignment as: nothing when
// its lead and cooperating bodies are the assignment's, else as charges
// does; then the labels of the same joint task elsewhere (" joint [3.1]").
func taskCharges(as *Assignment, t *Task) string {
	s := ""
	if addressed(t.Lead) != addressed(as.Assignees) || addressed(t.Cooperating) != addressed(as.Cooperating) {
		s = charges(t.Lead, t.Cooperating)
	}
	if len(t.Joint) > 0 {
		s += " joint [" + strings.Join(t.Joint, "; ") + "]"
	}
	return s
}

func addressed(ps []Party) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Addressed()
	}
	return strings.Join(names, "; ")
}

func countTasks(ts []Task) int {
	n := len(ts)
	for i := range ts {
		n += countTasks(ts[i].Subtasks)
	}
	return n
}
