package layout

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the layout dumps in testdata/dump")

// dumpDocs are the documents whose layout is kept as a golden dump, one of
// each shape: the seed (a steering committee's kế hoạch), a chỉ thị with
// numbered items, a quyết định whose kế hoạch has an appendix task table,
// a thông báo kết luận, a quyết định with articles, and a công văn laid
// out in cell-lines tables (recipients, distribution). The directive
// package's TestLayersGolden reads the same documents.
var dumpDocs = []string{
	"../../../seeds/haiphong-bcd-de-an-06-2024.txt",
	"../../testdata/corpus/06_ct-012-ubnd-daklak-cai-cach-tthc.txt",
	"../../testdata/corpus/001c610b2efdcf0c.txt",
	"../../testdata/corpus/296e373d796986f4.txt",
	"../../testdata/corpus/2dd703fa6cbbc87b.txt",
	"../../testdata/corpus/09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt",
}

// TestDumpGolden compares the layout dump (Doc.String: paragraphs with
// their lines, markers, flags and cells, tables as rows of cells) of each
// of dumpDocs with testdata/dump/NAME.layout, and prints a unified diff
// where they differ. The layout is Read's, without the options the parser
// passes (names known across a dash). After a change to the layout, look
// at the diff, then rewrite the dumps with
//
//	go test ./directive/internal/layout -run TestDumpGolden -update
//
// and review them with git diff.
func TestDumpGolden(t *testing.T) {
	for _, f := range dumpDocs {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "dump", name+".layout"), Read(string(b)).String(), *update)
		})
	}
}
