package directive

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// foldSites are the calls to vntext's folding functions (Fold, FoldMarks,
// FoldInto, FoldMarksInto, String, FoldPieces, FoldPiecesInto, Spell) that
// the code of directive, directive/internal/layout and kpi makes, each as
// "package/file function callee", with how many calls it makes and why it
// folds. Everything else Parse reads folded is a slice of layout.Doc.Key,
// which layout.ReadWith folds once. A call not listed here, or more calls
// than listed, fails TestFoldSites: a new fold must say why it is not a
// slice of the document's folding.
var foldSites = map[string]struct {
	n   int
	why string
}{
	// The one fold of the document.
	"layout/read.go ReadWith FoldPiecesInto": {1, "the document, folded once"},

	// Fixed words, folded once (at first use) or per call of a word list.
	"layout/marker.go var Spell":             {4, "fixed division words, once"},
	"directive/charge.go var Spell":          {1, "a fixed word (\"có\"), once"},
	"directive/effective.go var Spell":       {2, "fixed phrases of the effect clause, once"},
	"directive/effective.go spellings Spell": {1, "the fixed word lists (spellings), each once"},
	"directive/lexicon.go var Spell":         {1, "the lexicon's rows, once"},
	"directive/lexicon.go var String":        {1, "the lexicon's procedure headings, once"},
	"directive/lexicon.go lexRows String":    {2, "the lexicon's rows, when the lexicon is built"},
	"directive/lexicon.go rowKeys String":    {1, "the lexicon's rows, once per word list"},
	"directive/resolve.go var FoldMarks":     {1, "the fixed separators of joined texts, once"},
	"directive/tabletask.go var Spell":       {1, "fixed column headings, once"},
	"kpi/phrase.go newTable Spell":           {1, "kpi's word tables, once"},

	// Entry points that fold their caller's text (not called by Parse with
	// the document's text: Parse passes its folding where there is one).
	"directive/reference.go FindReferences Fold":           {1, "public: the caller's text"},
	"directive/doctype.go DocTypeFromName String":          {1, "public: the caller's name (Parse passes it folded, which String returns as is)"},
	"directive/render.go DeadlinePhrase String":            {2, "rendering, not Parse"},
	"directive/report.go reportBuilder.agencyIndex String": {1, "reports, not Parse"},
	"kpi/find.go find Fold":                                {1, "kpi's entry points without a folding (FindTargetsAsOfFolded with nil)"},
	"kpi/percent.go ParsePercent Fold":                     {1, "public: the caller's phrase"},
	"kpi/percent.go ParsePercent FoldInto":                 {1, "public: the caller's phrase, on the stack"},

	// The document's text where the layout gives no slice of its folding.
	"directive/cleanfold.go cleanFolded FoldMarks": {1, "a range CleanFold declines (cut at a space or inside a character, or a document whose folding is not its clean text's)"},
	"directive/resolve.go reader.resolve String":   {1, "a task text CleanKey gave no folding of"},

	// Strings the parse builds from the document — a party's name and
	// title as written out (joined, trimmed, listed or factored: not one
	// range of Key), a time's text, a reference's qualifier, a header
	// field — folded again to be compared. Not yet read from the
	// document's folding (issue 14).
	"directive/alias.go reader.aliases Spell":                {1, "an alias's spelling, from its cleaned text"},
	"directive/charge.go chargeReader.read String":           {1, "a cooperating party's title and name"},
	"directive/charge.go committeeHead String":               {1, "the tier of a committee's name"},
	"directive/charge.go factoredName String":                {2, "a listed member's name and its head"},
	"directive/charge.go listedName String":                  {2, "words of a listed name"},
	"directive/charge.go pluralBefore String":                {1, "the word before a title"},
	"directive/charge.go sharedTitle String":                 {1, "the text between two mentions"},
	"directive/charge.go startsOwnHead String":               {1, "a listed member's name"},
	"directive/header.go hdrReader.fill String":              {1, "the type line as joined"},
	"directive/header.go hdrReader.subject String":           {1, "the last subject line, trimmed"},
	"directive/header_words.go endsUy FoldInto":              {1, "the last word of an issuer line, on the stack"},
	"directive/reference.go refScanner.number String":        {1, "a citation's qualifier"},
	"directive/reference.go sameDocument String":             {4, "two citations' qualifiers and texts"},
	"directive/resolve.go narrowOwners String":               {1, "a party's title and name"},
	"directive/resolve.go reader.completionIn2 String":       {1, "the text before a time"},
	"directive/resolve.go reader.deadlineCandidates2 String": {2, "a time's text and the words after it"},
	"directive/resolve.go reader.headedBelow String":         {2, "two parties' names"},
	"directive/resolve.go reader.inCitedTitle2 String":       {1, "the text between a citation and a time"},
	"directive/resolve.go reader.onlyIssuer String":          {1, "a party's name"},
	"directive/resolve.go sameBodies String":                 {1, "a party's title and name"},
	"directive/resolve.go uniqueParties String":              {2, "each party's name and title, once"},
	"directive/resolve.go withoutParties String":             {1, "the name of each party left out, once"},
	"directive/resolve.go withoutParties FoldInto":           {1, "the name of each party looked up, into a buffer on the stack"},
}

// TestFoldSites lists the calls to vntext's folding functions in the code
// (tests left out) of directive, its layout and kpi, and checks each
// against foldSites. It proves that no call folds text that the list
// does not name with its reason. It does not prove that a listed call
// runs once per parse, and it does not see the folding inside agency and
// calendar where Parse calls them with a string rather than a folding
// (agency.Registry.Resolve of a name, the layout's NameAcross, calendar's
// Parse of a date line and FindAll of the words after "có hiệu lực từ").
func TestFoldSites(t *testing.T) {
	folding := map[string]bool{"Fold": true, "FoldMarks": true, "FoldInto": true, "FoldMarksInto": true,
		"String": true, "FoldPieces": true, "FoldPiecesInto": true, "Spell": true}
	got := map[string]int{}
	for _, dir := range []string{".", "internal/layout", "../kpi"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		pkg := filepath.Base(dir)
		if dir == "." {
			pkg = "directive"
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, decl := range f.Decls {
				fn := "var"
				if fd, ok := decl.(*ast.FuncDecl); ok {
					fn = fd.Name.Name
					if fd.Recv != nil {
						rt := fd.Recv.List[0].Type
						if s, ok := rt.(*ast.StarExpr); ok {
							rt = s.X
						}
						if id, ok := rt.(*ast.Ident); ok {
							fn = id.Name + "." + fn
						}
					}
				}
				ast.Inspect(decl, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					sel, ok := call.Fun.(*ast.SelectorExpr)
					if !ok {
						return true
					}
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "vntext" && folding[sel.Sel.Name] {
						got[pkg+"/"+filepath.Base(name)+" "+fn+" "+sel.Sel.Name]++
					}
					return true
				})
			}
		}
	}
	for site, n := range got {
		w, ok := foldSites[site]
		switch {
		case !ok:
			t.Errorf("%s: %d calls that fold, not in foldSites: fold the document once (layout.Doc.Key) or list the call with its reason", site, n)
		case n > w.n:
			t.Errorf("%s: %d calls that fold; foldSites lists %d (%s)", site, n, w.n, w.why)
		}
	}
	for site, w := range foldSites {
		if got[site] < w.n {
			t.Errorf("%s: %d calls that fold; foldSites lists %d (%s): remove what is gone", site, got[site], w.n, w.why)
		}
	}
	if len(got) < 20 {
		t.Errorf("%d call sites found; the walk read no code", len(got))
	}
}
