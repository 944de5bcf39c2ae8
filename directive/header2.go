package directive

import (
	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
)

// headerResult is what reading the header establishes for the passes
// after it.
type headerResult struct {
	ref      calendar.Date
	locality agency.ID
	// bodyPara is the first paragraph after the header.
	bodyPara int
	// seen is set when the text had any element of a header.
	seen    bool
	warns   []Warning
	covered []Span
	// doc is the layout the passes after the header read: the layout
	// given, with a paragraph split where the header ended inside it.
	doc *layout.Doc
}

// readHeader reads the header of the document into d: number, type,
// issuer, place, issue date, subject, recipients.
func readHeader(text string, doc *layout.Doc, opts *ParseOptions, reg *agency.Registry, d *Directive) headerResult {
	o := *opts
	o.Registry = reg
	p := &parser{text: text, opts: &o, calOpts: o.Calendar, arena: getArena(len(text))}
	defer p.arena.release()
	p.lines = splitLines(text)
	p.dropPageNumbers()
	p.parseHeader()
	p.header(d)
	res := headerResult{ref: p.ref, locality: p.locality, seen: p.sawHeader(), warns: p.warns, covered: p.covered, doc: doc}
	off := len(text)
	if p.h.body < len(p.lines) {
		off = p.lines[p.h.body].start
	}
	res.bodyPara = len(doc.Paras)
	for i := range doc.Paras {
		if doc.Lines[doc.Paras[i].Lines[0]].Start >= off {
			res.bodyPara = i
			break
		}
	}
	return res
}
