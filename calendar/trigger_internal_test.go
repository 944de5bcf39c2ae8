package calendar

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// TestTriggerBloom reads the words of isTrigger's switch from parse.go and
// checks that the Bloom filter in front of it passes every one of them, so
// a word added to the switch without updating the filter is caught.
func TestTriggerBloom(t *testing.T) {
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, "parse.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "isTrigger" {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if sw, ok := n.(*ast.SwitchStmt); ok {
				ast.Inspect(sw.Body, func(n ast.Node) bool {
					if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						w, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						words = append(words, w)
					}
					return true
				})
				return false
			}
			return true
		})
	}
	if len(words) < 30 {
		t.Fatalf("found %d words in isTrigger's switch, want at least 30", len(words))
	}
	var lo, hi uint64
	for _, w := range words {
		if h := triggerHash(w); h < 64 {
			lo |= 1 << h
		} else {
			hi |= 1 << (h - 64)
		}
		if !isTrigger(w) {
			t.Errorf("isTrigger(%q) = false", w)
		}
	}
	if lo != triggerBloomLo || hi != triggerBloomHi {
		t.Errorf("Bloom filter of isTrigger: have %#x, %#x; the words of its switch give %#x, %#x", uint64(triggerBloomLo), uint64(triggerBloomHi), lo, hi)
	}
	for _, w := range []string{"va", "cac", "cua", "duoc", "thuc", "hien", "trien", "khai", "", "a", "thuongx"} {
		if isTrigger(w) {
			t.Errorf("isTrigger(%q) = true", w)
		}
	}
}
