// Package golden compares a test's text output with a golden file in
// testdata and shows a mismatch as a unified diff; with update set, it
// rewrites the file instead. It is for the tests of the directive passes
// (the layout and outline dumps), so that a change shows where it acts.
package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check compares got with the golden file at path. When update is set it
// writes got to path (creating its folder) and passes; otherwise a missing
// file or a difference fails t, the difference printed as a unified diff
// from the golden file to got.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (run with -update to accept it; review the diff by eye):\n%s",
			path, Diff(path, string(want), "got", got))
	}
}

// context is the number of unchanged lines Diff shows around a change.
const context = 3

// maxCells bounds the table of the longest common subsequence: past it,
// Diff shows the differing middle of the texts as removed and added
// whole.
const maxCells = 4 << 20

// Diff returns the unified diff from text a (named aName) to text b
// (named bName), "" when they are equal. Lines are compared whole; a
// text that does not end in a newline is marked so.
func Diff(aName, a, bName, b string) string {
	if a == b {
		return ""
	}
	x, y := lines(a), lines(b)
	ops := script(x, y)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", aName, bName)
	// Group the script into hunks: runs of changes with up to 2*context
	// equal lines between them.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			k := end
			for k < len(ops) && ops[k].kind == ' ' {
				k++
			}
			if k == len(ops) || k-end > 2*context {
				end = min(len(ops), end+context)
				break
			}
			end = k
		}
		writeHunk(&sb, ops[start:end])
		i = end
	}
	return sb.String()
}

// An op is one line of the edit script: ' ' kept, '-' removed from a, '+'
// added from b; ai and bi are its line numbers (0-based) in a and b.
type op struct {
	kind   byte
	line   string
	ai, bi int
}

func writeHunk(sb *strings.Builder, ops []op) {
	aStart, bStart, aN, bN := -1, -1, 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			if aStart < 0 {
				aStart = o.ai
			}
			aN++
		}
		if o.kind != '-' {
			if bStart < 0 {
				bStart = o.bi
			}
			bN++
		}
	}
	if aStart < 0 {
		aStart = ops[0].ai
	}
	if bStart < 0 {
		bStart = ops[0].bi
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aStart, aN), hunkRange(bStart, bN))
	for _, o := range ops {
		sb.WriteByte(o.kind)
		sb.WriteString(o.line)
		if !strings.HasSuffix(o.line, "\n") {
			sb.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats a hunk's range as unified diffs do: the first line
// (1-based) and the count, the count left out when it is 1, and the line
// before the range when the range is empty.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// lines splits s after each newline; the last line keeps no newline when s
// does not end with one.
func lines(s string) []string {
	var out []string
	for s != "" {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:k+1])
		s = s[k+1:]
	}
	return out
}

// script returns an edit script from x to y that keeps a longest common
// subsequence of lines, after the common head and tail.
func script(x, y []string) []op {
	var ops []op
	h := 0
	for h < len(x) && h < len(y) && x[h] == y[h] {
		ops = append(ops, op{' ', x[h], h, h})
		h++
	}
	t := 0
	for t < len(x)-h && t < len(y)-h && x[len(x)-1-t] == y[len(y)-1-t] {
		t++
	}
	mx, my := x[h:len(x)-t], y[h:len(y)-t]
	n, m := len(mx), len(my)
	if (n+1)*(m+1) > maxCells {
		for i, l := range mx {
			ops = append(ops, op{'-', l, h + i, h})
		}
		for j, l := range my {
			ops = append(ops, op{'+', l, h + n, h + j})
		}
	} else {
		// lcs[i][j] is the length of the longest common subsequence of
		// mx[i:] and my[j:].
		lcs := make([][]int32, n+1)
		for i := range lcs {
			lcs[i] = make([]int32, m+1)
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if mx[i] == my[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && mx[i] == my[j]:
				ops = append(ops, op{' ', mx[i], h + i, h + j})
				i++
				j++
			case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, op{'-', mx[i], h + i, h + j})
				i++
			default:
				ops = append(ops, op{'+', my[j], h + i, h + j})
				j++
			}
		}
	}
	for k := t; k > 0; k-- {
		ops = append(ops, op{' ', x[len(x)-k], len(x) - k, len(y) - k})
	}
	return ops
}
