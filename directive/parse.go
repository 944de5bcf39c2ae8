package directive

import (
	"sort"
	"strings"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/kpi"
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
	doc  *layout.Doc
	opts *ParseOptions
	reg  *agency.Registry
	ref  calendar.Date
	// cal are the calendar options of the task times: the caller's, with
	// the document's own effective date when the caller gives none.
	cal      *calendar.Options
	locality agency.ID
	issuer   string // folded issuer, for telling the authority that speaks
	issuerID agency.ID
	// refs are the citations of the whole document, in order.
	refs []Reference
	// regions are the regions the resolution recorded (account.go).
	regions []Region
	// recipients are the folded ranges of the "Kính gửi:" recipients.
	recipients []layout.Range
	// recipientParties are the recipients read as parties.
	recipientParties []party
	// weak are the owners of the items that open as instructions when
	// the lead-in names none: the recipients.
	weak []party
	// paraParties are the parties of each paragraph, read on first use
	// (paraRead).
	paraParties [][]party
	paraRead    []bool
	// partyScratch is the memory of the lists chargeReader.partiesOf
	// builds on its way to the parties it returns, reused by each call.
	partyScratch [2][]party
	// aliasList are the short names the text gives bodies, read on first
	// use (aliasRead).
	aliasList []alias
	aliasRead bool
	// chargedMemo holds whether each item, or one under it, charges a
	// body (charged).
	chargedMemo map[*item]bool
	// chargeMemo holds the charges read of each range (charges).
	chargeMemo map[chargeKey]charge
	// docTargets are the targets kpi reads in the whole text
	// (wholeTargets), read once when targetsRead.
	docTargets  []kpi.Target
	targetsRead bool
	// taskKeys maps the text of each task built (task) to its folding,
	// the document's, for the passes that compare tasks by their words.
	taskKeys map[string]string
	// cleanOrig is the space registryParties maps the folding of a
	// range's cleaned text in (layout.Doc.CleanFold), reused.
	cleanOrig []int32
	// identOrig is the identity map analyze2 gives the calendar with a
	// slice of the document's folding (its offsets those of the slice).
	identOrig []int32
	// words is the index of the words of doc.Key the charge grammar
	// reads, built on first use (index).
	words *wordIndex
	// timeWarned are the input offsets of the times warned about (no
	// date, no year), each warned about once.
	timeWarned map[int]bool
	// warns are the warnings of the passes after the header, in the order
	// they were found.
	warns []Warning
}

// ParseOptions are the choices of Parse. A nil *ParseOptions, or the zero
// ParseOptions, means the defaults: agencies resolved with the built-in
// registry (agency.Default), the issue date as the reference date, and the
// calendar package's default deadline policy.
type ParseOptions struct {
	// Registry resolves the agencies the text names to their IDs (Party.ID)
	// and the issuer to IssuerID. Nil means agency.Default(); to keep
	// agencies by name only, pass an empty registry (agency.New(nil, nil)).
	Registry *agency.Registry
	// Locality is the provincial people's committee whose bodies names
	// such as "Công an thành phố" mean. When empty it is taken from the
	// issuer, if the registry knows it.
	Locality agency.ID
	// Ref is the reference date for time expressions without a year and
	// for offsets counted from signing, used when the document carries no
	// full issue date. When Ref is zero and the issue date is partial
	// ("ngày   tháng   năm 2024"), the first day its known parts allow is
	// used (2024-01-01); with no issue date at all, expressions without a
	// year are left without one.
	Ref calendar.Date
	// Calendar holds the deadline policy and year rule used when reading
	// time expressions; nil means the calendar package's defaults.
	Calendar *calendar.Options
}

// Parse reads a directive from its text as received — converted from PDF,
// Word or a web page, with markdown emphasis, hard-wrapped lines,
// paragraphs split by page breaks, "|" table-cell markers, NFD or
// unaccented letters — into a Directive.
//
// It reads the header (issuing bodies, "Số:", the place-and-date line, the
// type and subject or "V/v" line, "Kính gửi:"), the preamble, the numbered
// assignments in the forms real documents use ("1. Giao …:" with "-" and
// "+" bullets, inline "7. Giao Sở Y tế phối hợp với …", "I."/"II." sections,
// "1.1", "a)", "(1)", "Điều 2." with or without a title, the "Đơn vị chủ
// trì: … Đơn vị phối hợp: … Thời gian thực hiện: …" blocks of a plan, task
// tables), the closing paragraph, "Nơi nhận:", the signature block and the
// appendices, and a plan issued with the decision after its signature. In a
// công văn without numbered items, the paragraphs that charge agencies
// ("Giao Sở …", "Chủ tịch UBND tỉnh đề nghị …") are its assignments. Items
// that name no agency are tasks of the addressees the opening sentence names
// ("… yêu cầu Giám đốc các sở … thực hiện các nội dung sau:"), else of the
// "Kính gửi:" recipients, else of no one — never dropped; the deadlines and
// targets in a purpose or basis section are warned about.
//
// Every non-blank line of text is accounted for: it lies inside the span of
// an element of the result, or a Warning says what could not be placed.
// Lines holding only layout marks ("|", rules of dashes) count as blank.
//
// Roles follow the rules of DESIGN.md: the agencies an assignment names
// lead its tasks; a task opening with "Chủ trì, phối hợp với X" keeps the
// lead and makes X cooperating; a task opening with "Phối hợp với X" (or
// "Tiếp tục phối hợp với X") makes X the lead and the assignees
// cooperating; other "phối hợp với X" clauses add X as cooperating. A
// task's deadline is the first deadline, offset, recurrence, open start,
// duty or event among its time expressions, else the first date or period;
// a task that states none takes its plan block's "Thời gian thực hiện", or
// its parent's; a parent that states none takes the subtask deadline that
// falls due last.
//
// The error is a *ParseError when text is empty or blank (wrapping
// ErrEmpty) or holds neither a directive header nor an assignment
// (wrapping ErrNotDirective), and an *agency.LocalityError when
// opts.Locality is not a provincial people's committee of the registry.
//
// A document with no readable issue date (and no ParseOptions.Ref) keeps
// the times that need a year it does not write ("cuối năm", "trước ngày
// 15/12") as partial expressions, each with a warning; a date written with
// a number no calendar has ("15/12/20251") is a warning, not a time.
func Parse(text string, opts *ParseOptions) (*Directive, error) {
	if opts == nil {
		opts = &ParseOptions{}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &ParseError{Input: text, Offset: 0, Msg: "empty input: no directive text", Err: ErrEmpty}
	}
	reg := opts.Registry
	if reg == nil {
		reg = agency.Default()
	}
	if err := reg.CheckLocality(opts.Locality); err != nil {
		return nil, err
	}
	doc := layout.ReadWith(text, layoutOptions(reg))
	if debugOutline == nil {
		// Nothing the parse returns holds the layout's slices: their
		// memory goes to the next parse. (A test that sees the outline
		// keeps the layout to dump it.)
		defer doc.Release()
	}
	lost := lostBreaks(doc)
	d := &Directive{}
	hd := readHeader(doc, opts, reg, d)
	doc = hd.doc
	r := &reader{doc: doc, opts: opts, reg: reg, ref: hd.ref, locality: hd.locality, recipients: hd.recipients,
		cal: opts.Calendar}
	defer r.release()
	var issued calendar.Date
	if d.Issued.Expr.Kind == calendar.KindDate {
		issued = d.Issued.Expr.Period.First
	}
	if e, ok := effectiveDate(doc, issued); ok {
		d.Effective = e
		if r.cal == nil || !r.cal.Effective.IsValid() {
			c := calendar.Options{}
			if r.cal != nil {
				c = *r.cal
			}
			c.Effective = e.Expr.Period.First
			r.cal = &c
		}
	}
	r.issuer = hd.issuer
	r.issuerID = d.IssuerID
	o := r.buildOutline(hd.bodyPara)
	if debugOutline != nil {
		debugOutline(o, doc)
	}
	r.resolve(o, d)
	d.References = DistinctReferences(r.refs)
	if len(d.Assignments) == 0 && !hd.seen {
		in := firstContent2(doc)
		return nil, &ParseError{Input: pClip(in), Offset: firstContentOffset2(doc),
			Msg: "not a directive: no header (Số, place and date, type, national motto) and no assignment", Err: ErrNotDirective}
	}
	r.warns = append(r.warns, lost...)
	sort.SliceStable(r.warns, func(a, b int) bool { return r.warns[a].Span.Start < r.warns[b].Span.Start })
	d.Warnings = unlist(append(hd.warns, r.warns...))
	if len(d.Assignments) == 0 {
		at := firstContentOffset2(doc)
		d.Warnings = append(d.Warnings, Warning{Kind: WarnEmpty, Span: Span{at, at}, Msg: "no assignment or task found under the header"})
	}
	r.account(d, hd.covered)
	if mayNeedNFC(text) {
		normalize(d)
	}
	return d, nil
}

// maxLineBytes is longer than any line of a document whose line breaks
// survived its conversion: paragraphs of real documents stay under it.
const maxLineBytes = 4000

// lostBreaks warns of a line longer than maxLineBytes: the conversion may
// have joined the document into one line, and its items, header and
// signature cannot be told apart.
func lostBreaks(doc *layout.Doc) []Warning {
	for _, l := range doc.Lines {
		if l.CE-l.CS > maxLineBytes {
			return []Warning{{Kind: WarnOther, Span: Span{l.CS, l.CE},
				Msg: "the text may have lost its line breaks: a line of " + itoaN(l.CE-l.CS) + " bytes"}}
		}
	}
	return nil
}

// layoutOptions are the layout's options for the registry reg: names it
// knows across a dash ("Sở Lao động" / "- Thương binh và Xã hội") are wraps,
// not bullets.
func layoutOptions(reg *agency.Registry) *layout.Options {
	return &layout.Options{NameAcross: func(tail, head string) bool {
		s := tail + " - " + head
		for _, m := range reg.FindAll(s, nil) {
			if m.Start < len(tail) && m.End > len(tail)+3 {
				return true
			}
		}
		return false
	}}
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
	var f vntext.Folded // one for every paragraph: the scanner keeps it
	for i := range d.Paras {
		p := &d.Paras[i]
		if !hasASCIIDigit(d.Text(p.Key)) {
			continue
		}
		f = d.Key.Slice(p.Key.A, p.Key.B)
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
