package directive

import (
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/internal/vntext"
)

// TestTargetTextFolding checks, for every document of testdata and the
// corpus, that the folding wholeTargets gives kpi — the paragraphs'
// slices of the document's folding, joined — is what folding the text it
// reads gives: the same folded text, every offset and every mark
// (vntext.FoldMarks), so that kpi reads the targets it read when it
// folded the text itself. Each text is joined in the memory of the
// folding of the one before, its offsets and marks still written, as
// parses reuse it (wholeTargets).
func TestTargetTextFolding(t *testing.T) {
	reg := agency.Default()
	texts, bytes := 0, 0
	var mem vntext.Memory
	for name, doc := range layoutDocs(t) {
		hd := readHeader(doc, &ParseOptions{}, reg, &Directive{})
		r := &reader{doc: hd.doc, reg: reg}
		text, f, _ := r.targetText(mem)
		if f == nil {
			t.Errorf("%s: no folding of the text kpi reads", name)
			continue
		}
		want := vntext.FoldMarks(text)
		if f.Text != want.Text {
			t.Errorf("%s: folded text %.80q; folding the text gives %.80q", name, f.Text, want.Text)
			continue
		}
		if f.Len() != want.Len() {
			t.Errorf("%s: folding of %d bytes; the text has %d", name, f.Len(), want.Len())
		}
		for i := 0; i <= len(want.Text); i++ {
			if f.Orig(i) != want.Orig(i) {
				t.Errorf("%s: folded byte %d comes from byte %d; folding the text says %d", name, i, f.Orig(i), want.Orig(i))
				break
			}
			if i < len(want.Text) && f.Mark(i) != want.Mark(i) {
				t.Errorf("%s: folded byte %d has mark %v; folding the text gives %v", name, i, f.Mark(i), want.Mark(i))
				break
			}
		}
		if text != "" {
			texts++
			bytes += len(text)
		}
		mem = f.Memory(nil)
	}
	if texts < 30 || bytes < 200_000 {
		t.Errorf("%d texts, %d bytes compared; want the corpus", texts, bytes)
	}
	t.Logf("%d texts, %d bytes compared", texts, bytes)
}

// TestIssuerFolding checks, for every document of testdata and the
// corpus, that the folded issuer the header gives the passes after it,
// made of the document's folding of the issuer lines, is Directive.Issuer
// folded.
func TestIssuerFolding(t *testing.T) {
	reg := agency.Default()
	issuers := 0
	for name, doc := range layoutDocs(t) {
		d := &Directive{}
		hd := readHeader(doc, &ParseOptions{}, reg, d)
		if want := vntext.String(d.Issuer); hd.issuer != want {
			t.Errorf("%s: folded issuer %q; Issuer %q folds to %q", name, hd.issuer, d.Issuer, want)
		}
		if d.Issuer != "" {
			issuers++
		}
	}
	if issuers < 100 {
		t.Errorf("%d issuers compared; want the corpus", issuers)
	}
	t.Logf("%d issuers compared", issuers)
}
