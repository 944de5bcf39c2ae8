package directive

import (
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/google/go-cmp/cmp"
)

// TestFindAllFoldedAsFindAll runs the registry both ways over every
// paragraph of every document and the seed — over the paragraph's cleaned
// text folded again (agency.Registry.FindAll), and over the document's
// own folding of it (layout.Doc.CleanFold, FindAllFolded), as
// registryParties does — and checks that the mentions are the same, with
// no locality and with the document's own.
func TestFindAllFoldedAsFindAll(t *testing.T) {
	reg := agency.Default()
	paras, mentions := 0, 0
	for name, doc := range layoutDocs(t) {
		hd := readHeader(doc, &ParseOptions{}, reg, &Directive{})
		d := hd.doc
		var orig []int32
		for _, loc := range []agency.ID{"", hd.locality} {
			opt := &agency.Options{Locality: loc}
			for k, p := range d.Paras {
				if p.Key.Empty() {
					continue
				}
				text, cmap := d.CleanMap(p.Key)
				want := reg.FindAll(text, opt)
				ftext, fmap, f, o, ok := d.CleanFold(p.Key, orig)
				orig = o
				if !ok {
					t.Errorf("%s: paragraph %d: no folding of its clean text", name, k)
					continue
				}
				if ftext != text || fmap.At(0) != cmap.At(0) || fmap.At(len(text)) != cmap.At(len(text)) {
					t.Errorf("%s: paragraph %d: CleanFold text %q; CleanMap %q", name, k, ftext, text)
					continue
				}
				got := reg.FindAllFolded(ftext, &f, opt)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: paragraph %d %q: FindAllFolded differs from FindAll (-want +got):\n%s", name, k, text, diff)
				}
				paras++
				mentions += len(want)
			}
		}
	}
	if paras < 1000 || mentions < 1000 {
		t.Errorf("%d paragraphs, %d mentions compared; want the corpus", paras, mentions)
	}
	t.Logf("%d paragraphs, %d mentions compared", paras, mentions)
}
