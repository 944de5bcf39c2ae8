package directive

import (
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// cleanFolded returns the text of the folded range g as CleanMap writes
// it, the map back to the input, and its folding with marks: the
// document's own, sliced from Key (layout.Doc.CleanFold), where the
// layout gives one. Where it does not — a range cut inside a character or
// at a space, or a document whose folding is not its clean text's — the
// text is folded here, the one fold of document text after layout.Read
// for those ranges. orig is the space the offsets are written to, returned
// for reuse; the folding refers to it.
func cleanFolded(d *layout.Doc, g layout.Range, orig []int32) (string, layout.Offsets, vntext.Folded, []int32) {
	text, cmap, f, orig, ok := d.CleanFold(g, orig)
	if ok {
		return text, cmap, f, orig
	}
	text, cmap = d.CleanMap(g)
	return text, cmap, vntext.FoldMarks(text), orig
}
