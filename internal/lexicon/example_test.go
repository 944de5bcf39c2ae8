package lexicon_test

import (
	"fmt"

	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

func ExampleLexicon_Longest() {
	lx := lexicon.Builtin()
	for _, s := range []string{"Sở Tài chính tính toán", "Sở Tài chính tỉnh Bắc Ninh", "So Tai chinh tinh toan"} {
		f := vntext.FoldMarks(s)
		m, ok := lx.Longest(&f, len("so tai chinh "), lexicon.Of(lexicon.Unit))
		if !ok {
			fmt.Printf("%s: no unit\n", s)
			continue
		}
		fmt.Printf("%s: unit %q\n", s, lx.Row(m.Row).Words)
	}
	// Output:
	// Sở Tài chính tính toán: no unit
	// Sở Tài chính tỉnh Bắc Ninh: unit "tỉnh"
	// So Tai chinh tinh toan: unit "tỉnh"
}
