package directive

import (
	"strconv"
	"strings"
)

// uniqueLabels makes the labels of as unique, assignments among
// assignments and tasks among all tasks, as progress and reports name them:
// a document that prints a number twice ("1." … "1.", a list restarted, a
// copy left in) has its second item labelled "1#2", its third "1#3", and
// the labels of the tasks under a relabelled item follow it ("1#2.a").
func uniqueLabels(as []Assignment) {
	seen := make(map[string]bool, len(as))
	for i := range as {
		a := &as[i]
		if l := fresh(seen, a.Label); l != a.Label {
			for k := range a.Tasks {
				relabel(&a.Tasks[k], a.Label, l)
			}
			a.Label = l
		}
		seen[a.Label] = true
	}
	clear(seen)
	var walk func(ts []Task)
	walk = func(ts []Task) {
		for k := range ts {
			t := &ts[k]
			if l := fresh(seen, t.Label); l != t.Label {
				relabel(t, t.Label, l)
			}
			seen[t.Label] = true
			walk(t.Subtasks)
		}
	}
	for i := range as {
		walk(as[i].Tasks)
	}
}

// fresh returns label, or label + "#n" with the least n from 2 that seen
// does not hold.
func fresh(seen map[string]bool, label string) string {
	if !seen[label] {
		return label
	}
	for n := 2; ; n++ {
		if l := label + "#" + strconv.Itoa(n); !seen[l] {
			return l
		}
	}
}

// relabel replaces the prefix from of the labels of t and its subtasks
// with to.
func relabel(t *Task, from, to string) {
	if rest, ok := strings.CutPrefix(t.Label, from); ok && (rest == "" || rest[0] == '.') {
		t.Label = to + rest
	}
	for k := range t.Subtasks {
		relabel(&t.Subtasks[k], from, to)
	}
}
