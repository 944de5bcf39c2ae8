package directive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive/internal/golden"
	"github.com/chidao/chidao/directive/internal/layout"
)

// layerDocs are the documents whose outline and resolution are kept as a
// golden dump: the same as the layout's (internal/layout's dumpDocs), one
// of each shape.
var layerDocs = []string{
	"../seeds/haiphong-bcd-de-an-06-2024.txt",
	"testdata/corpus/06_ct-012-ubnd-daklak-cai-cach-tthc.txt",
	"testdata/corpus/001c610b2efdcf0c.txt",
	"testdata/corpus/296e373d796986f4.txt",
	"testdata/corpus/2dd703fa6cbbc87b.txt",
	"testdata/corpus/09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt",
}

// TestLayersGolden parses each of layerDocs and compares the dump of its
// outline with what the resolution made of each item (outline's
// resolvedString: the item tree, each item's assignment, tasks or part
// with the lead and cooperating bodies read) with
// testdata/layers/NAME.outline, printing a unified diff where they differ.
// After a change to the outline or the resolution, look at the diff, then
// rewrite the dumps with
//
//	go test ./directive -run TestLayersGolden -update
//
// and review them with git diff.
func TestLayersGolden(t *testing.T) {
	for _, f := range layerDocs {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var o *outline
			var doc *layout.Doc
			debugOutline = func(x *outline, y *layout.Doc) { o, doc = x, y }
			defer func() { debugOutline = nil }()
			d, err := Parse(string(b), nil)
			if err != nil {
				t.Fatal(err)
			}
			if o == nil {
				t.Fatal("Parse built no outline")
			}
			golden.Check(t, filepath.Join("testdata", "layers", name+".outline"), o.resolvedString(doc, d), *update)
		})
	}
}
