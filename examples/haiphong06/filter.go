package main

import (
	"sort"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// filter keeps the tasks of the agencies whose name contains a query,
// ignoring case and diacritics.
type filter struct {
	on    bool
	query string
	names map[string]bool // the matching names as printed
}

// fold lower-cases s and removes its diacritics, as the library matches.
func fold(s string) string { return vntext.String(s) }

func newFilter(d *directive.Directive, query string) filter {
	f := filter{on: query != "", query: query, names: map[string]bool{}}
	if !f.on {
		return f
	}
	q := fold(strings.TrimSpace(query))
	add := func(ps []directive.Party) {
		for _, p := range ps {
			if strings.Contains(fold(p.Name), q) {
				f.names[p.Name] = true
			}
		}
	}
	walkTasks(d, func(a *directive.Assignment, t *directive.Task, depth int) {
		add(a.Assignees)
		add(t.Lead)
		add(t.Cooperating)
	})
	return f
}

// keeps reports whether a task is shown.
func (f filter) keeps(t *directive.Task) bool {
	return !f.on || f.anyParty(t.Lead) || f.anyParty(t.Cooperating)
}

func (f filter) anyParty(ps []directive.Party) bool {
	for _, p := range ps {
		if f.names[p.Name] {
			return true
		}
	}
	return false
}

func (f filter) sorted() []string {
	var out []string
	for n := range f.names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
