package directive

import (
	"os"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// This file is the directive parser's entry: the passes in order, each
// reading what the one before built.
//
//	text     layout.Read        lines, one folding, paragraphs, tables
//	header   readHeader         number, date, type, issuer, subject, recipients
//	outline  buildOutline       preamble, items, closing, tail, attached documents
//	charges  (charge.go)        who is charged, in each item
//	model    resolve            assignments, tasks, roles, times, targets
//	account  accountBytes       every non-blank byte in a field or a warning

// reader holds what every pass after the layout reads: the document, the
// options and what the header established. Nothing in it changes after
// the header is read.
type reader struct {
	doc      *layout.Doc
	opts     *ParseOptions
	reg      *agency.Registry
	ref      calendar.Date
	locality agency.ID
	issuer   string // folded issuer, for telling the authority that speaks
	// refs are the citations of the whole document, in order.
	refs []Reference
}

func parse2(text string, opts *ParseOptions) (*Directive, error) {
	if opts == nil {
		opts = &ParseOptions{}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &ParseError{Input: text, Offset: 0, Msg: "empty input: no directive text"}
	}
	reg := opts.Registry
	if reg == nil {
		reg = agency.Default()
	}
	doc := layout.Read(text)
	d := &Directive{}
	var hd headerResult
	if os.Getenv("OLDHDR") != "" {
		hd = readHeader(text, doc, opts, reg, d)
	} else {
		hd = readHeader2(doc, opts, reg, d)
	}
	doc = hd.doc
	r := &reader{doc: doc, opts: opts, reg: reg, ref: hd.ref, locality: hd.locality}
	r.issuer = vntext.Fold(d.Issuer).Text
	o := r.buildOutline(hd.bodyPara)
	if debugOutline != nil {
		debugOutline(o, doc)
	}
	r.resolve(o, d)
	d.References = DistinctReferences(r.refs)
	if len(d.Assignments) == 0 && !hd.seen {
		in := firstContent2(doc)
		return nil, &ParseError{Input: pClip(in), Offset: firstContentOffset2(doc),
			Msg: "not a directive: no header (Số, place and date, type, national motto) and no assignment"}
	}
	d.Warnings = append(hd.warns, d.Warnings...)
	if len(d.Assignments) == 0 {
		at := firstContentOffset2(doc)
		d.Warnings = append(d.Warnings, Warning{Span: Span{at, at}, Msg: "no assignment or task found under the header"})
	}
	if mayNeedNFC(text) {
		normalize(d)
	}
	return d, nil
}

func firstContent2(doc *layout.Doc) string {
	for _, l := range doc.Lines {
		if l.Flags&layout.LineBlank == 0 {
			return doc.Src[l.CS:l.CE]
		}
	}
	return doc.Src
}

func firstContentOffset2(doc *layout.Doc) int {
	for _, l := range doc.Lines {
		if l.Flags&layout.LineBlank == 0 {
			return l.CS
		}
	}
	return 0
}

// references returns every citation of the document, paragraph by
// paragraph (a citation never runs over two), skipping paragraphs without a
// digit: a citation always holds one.
func (r *reader) references() []Reference {
	var out []Reference
	toks := make([]vntext.Token, 0, refWindow)
	d := r.doc
	for i := range d.Paras {
		p := &d.Paras[i]
		if !hasASCIIDigit(d.Text(p.Key)) {
			continue
		}
		f := d.Key.Slice(p.Key.A, p.Key.B)
		n := len(out)
		out = findReferencesFolded(d.Src, &f, out, toks)
		for k := n; k < len(out); k++ {
			// As printed, on one line.
			out[k].Text = spaced(out[k].Text)
		}
	}
	return out
}

// debugOutline, when set by a test, sees each outline built.
var debugOutline func(*outline, *layout.Doc)

// spaced returns s with each run of white space one space.
func spaced(s string) string {
	if !strings.ContainsAny(s, "\n\r\t\u00a0") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
