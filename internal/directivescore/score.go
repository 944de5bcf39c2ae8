package directivescore

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

// A Result is the score of one document against its gold: the fields of
// score_directive.py's output line, exact rather than rounded, and the two
// measures it lacks (cooperating F1 and task-count error).
type Result struct {
	File     string
	NumberOK bool
	IssuedOK bool
	// Assignments and Tasks are the counts [gold, got].
	Assignments [2]int
	Tasks       [2]int

	Assignee    F1
	Body        F1
	Cooperating F1
	Time        F1
	Target      F1
	// TaskCountError is |got − gold| / max(gold, 1) over the task counts.
	TaskCountError float64

	// MissedTimes, ExtraTimes and MissedTargets are the str() of the keys
	// in one bag and not the other, sorted, at most six, as the Python
	// scorer prints them: "('deadline', '2025-12-31')".
	MissedTimes, ExtraTimes, MissedTargets []string
}

// An F1 is the harmonic mean of precision and recall of one bag against
// another, with the counts it comes from. Two empty bags score 1.
type F1 struct {
	Score float64
	// TP counts the keys in both bags, with multiplicity; Gold and Got
	// are the sizes of the bags.
	TP, Gold, Got int
}

// Score compares a parser's output with the gold of the same document.
func Score(gold, got *Doc) Result {
	g, o := collect(gold), collect(got)
	r := Result{
		File:        gold.File,
		NumberOK:    Fold(gold.Number) == Fold(got.Number),
		IssuedOK:    sameIssued(gold.Issued, got.Issued),
		Assignments: [2]int{len(gold.Assignments), len(got.Assignments)},
		Tasks:       [2]int{g.tasks, o.tasks},
		Assignee:    f1(names(g.assignees), names(o.assignees)),
		Body:        f1(bodies(g.assignees), bodies(o.assignees)),
		Cooperating: f1(g.cooperating, o.cooperating),
		Time:        f1(g.times, o.times),
		Target:      f1(g.targets, o.targets),
	}
	r.TaskCountError = math.Abs(float64(o.tasks-g.tasks)) / float64(max(g.tasks, 1))
	r.MissedTimes = g.times.minus(o.times)
	r.ExtraTimes = o.times.minus(g.times)
	r.MissedTargets = g.targets.minus(o.targets)
	return r
}

// Line returns the result as one line of the -score table.
func (r Result) Line() string {
	return fmt.Sprintf("%s  number %s  issued %s  assignments got %d gold %d  tasks got %d gold %d  "+
		"assignee %.2f  body %.2f  cooperating %.2f  time %.2f  target %.2f  task-count error %.2f",
		r.File, ok(r.NumberOK), ok(r.IssuedOK), r.Assignments[1], r.Assignments[0], r.Tasks[1], r.Tasks[0],
		r.Assignee.Score, r.Body.Score, r.Cooperating.Score, r.Time.Score, r.Target.Score, r.TaskCountError)
}

func ok(b bool) string {
	if b {
		return "ok"
	}
	return "FAIL"
}

func sameIssued(a, b Issued) bool { return sameOpt(a.From, b.From) && sameOpt(a.To, b.To) }

func sameOpt(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

type collected struct {
	assignees      []string
	cooperating    bag
	times, targets bag
	tasks          int
}

// collect is collect() of score_directive.py, with the cooperating bag.
func collect(d *Doc) collected {
	var c collected
	c.cooperating, c.times, c.targets = newBag(), newBag(), newBag()
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			c.assignees = append(c.assignees, Fold(p.Name))
		}
		seen := map[string]bool{}
		coop := func(ps []Party) {
			for _, p := range ps {
				n := Fold(p.Name)
				if !seen[n] {
					seen[n] = true
					c.cooperating.add(pyString(n))
				}
			}
		}
		coop(a.Cooperating)
		walk(a.Tasks, func(t *Task) {
			c.tasks++
			coop(t.Cooperating)
			for _, x := range t.Times {
				c.times.add(timeKey(x))
			}
			for _, x := range t.Targets {
				c.targets.add(targetKey(x))
			}
		})
	}
	return c
}

// walk calls f on each task and then its subtasks, depth first.
func walk(ts []Task, f func(*Task)) {
	for i := range ts {
		f(&ts[i])
		walk(ts[i].Subtasks, f)
	}
}

func names(folded []string) bag {
	b := newBag()
	for _, n := range folded {
		b.add(pyString(n))
	}
	return b
}

func bodies(folded []string) bag {
	b := newBag()
	for _, n := range folded {
		b.add(pyString(Body(n)))
	}
	return b
}

// cadenceMonths are the cadences time_key converts to months.
func cadenceMonths(every string) (int64, bool) {
	switch every {
	case "month":
		return 1, true
	case "quarter":
		return 3, true
	case "half":
		return 6, true
	case "year":
		return 12, true
	}
	return 0, false
}

// timeKey is time_key() of score_directive.py.
func timeKey(t Time) pyVal {
	k := optVal(t.Kind)
	kind := ""
	if t.Kind != nil {
		kind = *t.Kind
	}
	switch kind {
	case "deadline":
		return pyTupleOf(k, optVal(t.Due))
	case "recurrence":
		n := pyIntVal(1) // t.get("interval") or 1
		if iv := t.Interval; iv != nil && (iv.IsFloat && iv.Float != 0 || !iv.IsFloat && iv.Int != 0) {
			if iv.IsFloat {
				n = pyFloatVal(iv.Float)
			} else {
				n = pyIntVal(iv.Int)
			}
		}
		if t.Every != nil {
			if m, ok := cadenceMonths(*t.Every); ok {
				if n.kind == pyFloat {
					return pyTupleOf(k, pyTupleOf(pyString("m"), pyFloatVal(float64(m)*n.f)))
				}
				return pyTupleOf(k, pyTupleOf(pyString("m"), pyIntVal(m*n.i)))
			}
		}
		return pyTupleOf(k, pyTupleOf(optVal(t.Every), n))
	case "date", "period", "open", "partial":
		return pyTupleOf(k, optVal(t.From), optVal(t.To))
	}
	return pyTupleOf(k)
}

// targetKey is target_key() of score_directive.py.
func targetKey(t Target) pyVal {
	v := pyNoneVal()
	if t.Value != nil {
		v = pyFloatVal(pyRound(*t.Value, 2))
	}
	return pyTupleOf(optVal(t.Op), v)
}

// A bag is a multiset of Python values (a collections.Counter), each key
// shown as it was first added.
type bag struct {
	count map[string]int
	repr  map[string]string
	order []string
	total int
}

func newBag() bag { return bag{count: map[string]int{}, repr: map[string]string{}} }

func (b *bag) add(v pyVal) {
	k := v.key()
	if v.hasNaN() {
		// Python's nan equals nothing, itself included when it is another
		// object (each key is a new tuple and float): every one is apart.
		k += "\x00" + strconv.Itoa(b.total)
	}
	if _, ok := b.count[k]; !ok {
		b.repr[k] = v.repr()
		b.order = append(b.order, k)
	}
	b.count[k]++
	b.total++
}

// minus is sorted(map(str, (Counter(b) - Counter(c)).elements()))[:6].
func (b bag) minus(c bag) []string {
	var out []string
	for _, k := range b.order {
		for range b.count[k] - c.count[k] {
			out = append(out, b.repr[k])
		}
	}
	slices.Sort(out)
	if len(out) > 6 {
		out = out[:6]
	}
	return out
}

// f1 is f1() of score_directive.py.
func f1(g, o bag) F1 {
	tp := 0
	for k, n := range g.count {
		tp += min(n, o.count[k])
	}
	r := F1{TP: tp, Gold: g.total, Got: o.total}
	if g.total == 0 && o.total == 0 {
		r.Score = 1
		return r
	}
	var p, rc float64
	if o.total > 0 {
		p = float64(tp) / float64(o.total)
	}
	if g.total > 0 {
		rc = float64(tp) / float64(g.total)
	}
	if p+rc > 0 {
		r.Score = 2 * p * rc / (p + rc)
	}
	return r
}

// String returns the score with its counts: "0.67 (2 of 3 gold, 3 got)".
func (f F1) String() string {
	return fmt.Sprintf("%.2f (%d of %d gold, %d got)", f.Score, f.TP, f.Gold, f.Got)
}
