package directive

import (
	"iter"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// This file declares the document model. Its JSON form (json.go) is the
// contract of examples/directive2json in DESIGN.md.

// A Span is the byte range [Start, End) of an element's source text in the
// text given to the parser. The zero Span means no source (an element built
// by hand). Its JSON form is [start, end].
type Span struct {
	Start, End int
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// A Directive is one document: a chỉ thị, công văn chỉ đạo, kế hoạch, công
// điện or quyết định giao nhiệm vụ, as issued.
//
// A Directive is a large aggregate: pass it as *Directive. Reading it from
// several goroutines is safe; nothing in the package modifies one it is
// given.
type Directive struct {
	// Number is the number and symbol printed after "Số:"; zero when the
	// document has none, blank (IsBlank) in a draft.
	Number Number
	// Type is the document type: from the title line ("CHỈ THỊ", "KẾ
	// HOẠCH"), from the number's code, or DocOfficialLetter for a "V/v"
	// công văn.
	Type DocType

	// Issuer is the issuing body as printed in the header ("Ban Chỉ đạo
	// thực hiện Đề án 06 thành phố"), IssuerID its resolved agency when
	// known. IssuerParent is the body above it printed on the first header
	// line ("Ủy ban nhân dân thành phố Hải Phòng"), "" when none.
	Issuer       string
	IssuerID     agency.ID
	IssuerParent string

	// Place is the place name of the place-and-date line ("Hải Phòng").
	Place string
	// Issued is the issue date as a time expression: KindDate normally,
	// KindPartial when parts are blank ("ngày   tháng   năm 2024").
	Issued TimeExpr
	// Effective is the day the document says it takes effect, the words
	// that name it as its text: the issue date for "Quyết định này có hiệu
	// lực thi hành kể từ ngày ký" (Text "ngày ký"), the date written for
	// "… có hiệu lực từ ngày 01/01/2026". It is zero when the text says
	// neither. Offsets "kể từ ngày Quyết định này có hiệu lực" are anchored
	// on it unless ParseOptions.Calendar gives another day.
	Effective TimeExpr

	// Subject is the title or "V/v" subject line, joined into one line.
	Subject string
	// Recipients are the "Kính gửi:" entries as printed, without their
	// bullets and final punctuation.
	Recipients []string
	// Preamble is the text between the recipients and the first assignment.
	Preamble string
	// References are the documents the directive cites, in order of first
	// appearance in the whole text.
	References []Reference
	// Assignments are the numbered assignments in order.
	Assignments []Assignment
	// Closing is the closing paragraph after the last assignment.
	Closing string
	// Distribution is the "Nơi nhận:" list as printed, one entry each.
	Distribution []string
	// Signature is the signature block.
	Signature Signature
	// Parts are what the document says that gives no work, in order: the
	// items of a section of purposes or assessment, the articles of a
	// regulation, the steps of a procedure, an article on scope or effect,
	// the text of an attached document's items that charge nobody, the
	// footnotes. Nothing the document says is dropped: what is neither a
	// field above, an assignment nor a part is in a warning.
	Parts []Part
	// Attachments are the attached documents and appendices the text names
	// ("phụ lục chi tiết nhiệm vụ").
	Attachments []string
	// Regions say where each piece of the input went in the model, in
	// order; see Region.
	Regions []Region
	// Warnings are what the parser could not place or doubted, each with the
	// span of its source.
	Warnings []Warning
}

// An Assignment is one numbered item of a directive: "2. Giao Công an thành
// phố: …" with its tasks.
type Assignment struct {
	// Label is the item's number as printed without its final dot: "2",
	// "II", "1.1", "a".
	Label string
	// Text is the heading text of the assignment ("Giao Công an thành
	// phố"), or the whole text of an inline assignment.
	Text string
	// Assignees are the parties the assignment names, with the person
	// titles that precede them ("Thủ trưởng các sở, ban, ngành"). They lead
	// the assignment's tasks unless a task says otherwise.
	Assignees []Party
	// Cooperating are the parties the heading names as cooperating ("Giao
	// Sở Y tế phối hợp với Công an thành phố …").
	Cooperating []Party
	// Tasks are the assignment's tasks in order. An inline assignment has
	// one task holding its text.
	Tasks []Task
	// Span is the source of the whole assignment.
	Span Span
}

// A Party is an agency, group or office named in a directive, with the
// title of the person addressed in front of it.
type Party struct {
	// Name is the name as printed ("Công an thành phố", "các sở, ban,
	// ngành thành phố").
	Name string
	// ID is the resolved agency, "" when unresolved or a group.
	ID agency.ID
	// Title is the person title in front of the name as printed ("Thủ
	// trưởng", "Chủ tịch"), "" when none.
	Title string
	// Group is set when Name names a collective ("các sở, ban, ngành").
	Group bool
	// Span is the source of the mention (title included).
	Span Span
}

// Addressed returns the party as the document addresses it: its title, if
// any, and its name ("Giám đốc Sở Y tế").
func (p Party) Addressed() string {
	if p.Title == "" {
		return p.Name
	}
	return p.Title + " " + p.Name
}

// A Task is one unit of work: a bullet, a sub-item or an inline assignment.
type Task struct {
	// Label is a stable label: the assignment's label followed by the
	// task's position at each level, "3.7" for the seventh task of
	// assignment 3 and "3.7.1" for its first subtask. Printed labels ("a",
	// "1.1") are used where the document numbers its items.
	Label string
	// Text is the task's text, with hard line wraps joined.
	Text string
	// Lead are the agencies that lead (chủ trì) the task; Cooperating those
	// that cooperate (phối hợp).
	Lead        []Party
	Cooperating []Party
	// Times are all the time expressions in the task's text, in order.
	Times []TimeExpr
	// Deadline is the time expression that governs the task: a deadline, a
	// recurrence, a relative offset, or an ongoing or event-driven duty.
	// Its Kind is KindUnknown when the task states no time.
	Deadline TimeExpr
	// Targets are the percentage targets the task sets.
	Targets []kpi.Target
	// Subtasks are the task's own items ("+" bullets, "a)", table rows).
	Subtasks []Task
	// References are the documents the task cites.
	References []Reference
	// Joint holds the labels of the same joint task under other
	// assignments (in the seed, 2.4 and 3.1).
	Joint []string
	// Span is the source of the task's text.
	Span Span
}

// A TimeExpr is a time expression found in a directive: the parsed
// expression and its text as printed. Expr.Start and Expr.End are its span.
type TimeExpr struct {
	Text string
	Expr calendar.Expr
}

// IsZero reports whether t holds no expression.
func (t TimeExpr) IsZero() bool { return t.Expr.Kind == calendar.KindUnknown && t.Text == "" }

// Span returns the span of the expression's text.
func (t TimeExpr) Span() Span { return Span{t.Expr.Start, t.Expr.End} }

// A Signature is the signature block: the signing lines with their forms
// (TM., KT., TL., TUQ., Q.), the signer's title and name.
type Signature struct {
	// Lines are the lines above the name as printed, in order, without
	// markdown emphasis: "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG
	// BAN THỨ NHẤT", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ".
	Lines []SigningLine
	// Authority is the body or office in whose name the document is
	// signed: the text of the TM. line ("BAN CHỈ ĐẠO"), else of the
	// first line.
	Authority string
	// Title is the signer's own title: the first line after the signing
	// forms ("PHÓ TRƯỞNG BAN THỨ NHẤT").
	Title string
	// Name is the signer's name ("Hoàng Minh Cường"), "" in an unsigned
	// draft.
	Name string
	// Span is the source of the block.
	Span Span
}

// A SigningLine is one line of a signature block: its signing form and the
// text after it.
type SigningLine struct {
	Form SignForm `json:"form"`
	Text string   `json:"text"`
}

// A Reference is a document cited in the text: "Chỉ thị số 04/CT-TTg ngày
// 11/02/2024 của Thủ tướng Chính phủ", "khoản 10 Điều 23 Thông tư số
// 01/2023/TT-VPCP", "Đề án 06/CP", "19 Nghị quyết chuyên đề của Chính phủ".
type Reference struct {
	// Text is the citation as printed.
	Text string
	// Type is the cited document's type, from its name or its number.
	Type DocType
	// Qualifier is what follows the type name when it is part of the
	// title, as printed: "phối hợp" in "Kế hoạch phối hợp số 62".
	Qualifier string
	// Number is the cited number. A short citation keeps what is printed:
	// "Kế hoạch phối hợp số 62" has Seq "62" and no symbol; "Đề án 06/CP"
	// has Seq "06" and Issuer "CP".
	Number Number
	// Date is the cited document's issue date, zero when not given.
	Date calendar.Date
	// Issuer is the issuing body after "của" ("Thủ tướng Chính phủ"), ""
	// when not given.
	Issuer string
	// Article, Clause and Point are the cited Điều, khoản and điểm as
	// printed ("23", "10", "a"), "" when the whole document is cited.
	Article, Clause, Point string
	// Count is the number of documents a cited set names without numbers
	// ("19 Nghị quyết chuyên đề" has Count 19); 0 for one document.
	Count int
	// Span is the source of the citation.
	Span Span
}

// A Part is a piece of a document that gives no work (Directive.Parts).
type Part struct {
	// Kind says what the part is.
	Kind PartKind `json:"kind"`
	// Label is its label as the document numbers it ("I.1", "Điều 5"), ""
	// for an unnumbered part.
	Label string `json:"label"`
	// Text is its text, paragraphs separated by line breaks.
	Text string `json:"text"`
	// Span is its source.
	Span Span `json:"span"`
	// Times are the time expressions of a content part's text, in order,
	// and Targets the percentage targets it states: a plan's objectives
	// ("Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP" under "II. MỤC TIÊU",
	// "đến năm 2030") are content that charges no body, and what a tracker
	// measures. Dates of cited documents are not among the times, as in a
	// task. Parts of the other kinds have neither.
	Times   []TimeExpr
	Targets []kpi.Target
}

// A PartKind is what a Part is. The zero PartKind is PartContent.
type PartKind uint8

// The part kinds.
const (
	// PartContent: an item or article that charges nobody.
	PartContent PartKind = iota
	// PartNote: a footnote, or the line a web page adds under a document.
	PartNote
	// PartTitle: the title of a document attached after the signature,
	// with its note ("(Kèm theo Quyết định số …)").
	PartTitle
	// PartHeading: the heading of a section whose items are assignments
	// ("II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH"): the assignments' labels hold its
	// number.
	PartHeading
	partKindEnd
)

var partKindNames = [...]string{"content", "note", "title", "heading"}

// String returns the kind's name: "content", "note", "title", "heading".
func (k PartKind) String() string {
	if k < partKindEnd {
		return partKindNames[k]
	}
	return "part(" + itoaN(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with String.
func (k PartKind) MarshalText() ([]byte, error) {
	if k >= partKindEnd {
		return nil, &ParseError{Input: k.String(), Msg: "invalid part kind"}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for String's names.
func (k *PartKind) UnmarshalText(b []byte) error {
	for i, n := range partKindNames {
		if n == string(b) {
			*k = PartKind(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Msg: "unknown part kind"}
}

// A Warning is something the parser could not place or doubted. Its JSON
// form is its message (the span and kind are kept apart; see json.go).
type Warning struct {
	Kind WarningKind
	Msg  string
	Span Span
}

// A WarningKind says what a Warning is about, for a caller that acts on
// some and not others. The zero WarningKind is WarnOther.
type WarningKind uint8

// The warning kinds.
const (
	// WarnOther: any other doubt.
	WarnOther WarningKind = iota
	// WarnUnread: text the parser placed in no field of the model (its
	// span says which); the invariant is that every non-blank byte of the
	// input lies in a Region or in such a warning.
	WarnUnread
	// WarnBeforeHeader: text above the document's header (a web page's
	// menu, a source line).
	WarnBeforeHeader
	// WarnHeader: a header element not understood (number, date, a line
	// among them).
	WarnHeader
	// WarnTime: a time expression written as a date that names none
	// ("ngày 31/02/2024"), or that needs the year a document without an
	// issue date does not give ("cuối năm").
	WarnTime
	// WarnEmpty: a header with no assignment under it.
	WarnEmpty
	// WarnUnassigned: a deadline, recurrence or target outside every
	// task: in the preamble, the closing or an item that charges nobody
	// (its span is the expression's).
	WarnUnassigned
	warnKindEnd
)

var warnKindNames = [...]string{"other", "unread", "before-header", "header", "time", "empty", "unassigned"}

// String returns the kind's name ("unread").
func (k WarningKind) String() string {
	if k < warnKindEnd {
		return warnKindNames[k]
	}
	return "warning(" + itoaN(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with String.
func (k WarningKind) MarshalText() ([]byte, error) {
	if k >= warnKindEnd {
		return nil, &ParseError{Input: k.String(), Msg: "invalid warning kind"}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for String's names.
func (k *WarningKind) UnmarshalText(b []byte) error {
	for i, n := range warnKindNames {
		if n == string(b) {
			*k = WarningKind(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Msg: "unknown warning kind"}
}

// A Region is a piece of the input and the part of the model that holds
// it: the header, the preamble, an assignment, a part, the closing, the
// distribution list, the signature. Directive.Regions are in order and do
// not overlap; with the spans of the WarnUnread warnings they hold every
// non-blank byte of the input, so that a caller can see where each piece
// of the text went, and that nothing went nowhere.
type Region struct {
	Kind RegionKind `json:"kind"`
	// Index is the index of the assignment (RegionAssignment) or part
	// (RegionPart) that holds the region, 0 for the other kinds.
	Index int  `json:"index"`
	Span  Span `json:"span"`
}

// A RegionKind says which part of the model a Region went to.
type RegionKind uint8

// The region kinds.
const (
	RegionHeader       RegionKind = iota // number, date, type, issuer, subject, recipients
	RegionPreamble                       // Directive.Preamble
	RegionAssignment                     // Directive.Assignments[Index]
	RegionPart                           // Directive.Parts[Index]
	RegionClosing                        // Directive.Closing, Attachments
	RegionDistribution                   // Directive.Distribution
	RegionSignature                      // Directive.Signature
	regionKindEnd
)

var regionKindNames = [...]string{"header", "preamble", "assignment", "part", "closing", "distribution", "signature"}

// String returns the kind's name ("assignment").
func (k RegionKind) String() string {
	if k < regionKindEnd {
		return regionKindNames[k]
	}
	return "region(" + itoaN(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with String.
func (k RegionKind) MarshalText() ([]byte, error) {
	if k >= regionKindEnd {
		return nil, &ParseError{Input: k.String(), Msg: "invalid region kind"}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for String's names.
func (k *RegionKind) UnmarshalText(b []byte) error {
	for i, n := range regionKindNames {
		if n == string(b) {
			*k = RegionKind(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Msg: "unknown region kind"}
}

// String returns the warning's message.
func (w Warning) String() string { return w.Msg }

// A SignForm is the authority form of a signing line (Decree 30/2020/NĐ-CP,
// Art. 12): TM. (on behalf of a collective), KT. (signing for the head), TL.
// (by order of the head), TUQ. (by authorisation), Q. (acting head). The
// zero SignForm is a line with no form.
type SignForm uint8

// The signing forms.
const (
	SignNone       SignForm = iota
	SignOnBehalf            // TM., thay mặt
	SignForHead             // KT., ký thay
	SignByOrder             // TL., thừa lệnh
	SignAuthorised          // TUQ., thừa ủy quyền
	SignActing              // Q., quyền
	signFormEnd
)

var signFormNames = [...]string{"", "TM.", "KT.", "TL.", "TUQ.", "Q."}

// String returns the form's abbreviation with its dot ("TM."), "" for
// SignNone.
func (f SignForm) String() string {
	if f < signFormEnd {
		return signFormNames[f]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with String.
func (f SignForm) MarshalText() ([]byte, error) {
	if f >= signFormEnd {
		return nil, &ParseError{Input: "SignForm", Msg: "invalid sign form"}
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the
// abbreviation with or without its dot, in any case.
func (f *SignForm) UnmarshalText(b []byte) error {
	v, ok := ParseSignForm(string(b))
	if !ok {
		return &ParseError{Input: string(b), Msg: "unknown sign form"}
	}
	*f = v
	return nil
}

// ParseSignForm returns the form an abbreviation names ("TM.", "kt", "TUQ"),
// and false when s names none. The empty string is SignNone.
func ParseSignForm(s string) (SignForm, bool) {
	if s == "" {
		return SignNone, true
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	for i := SignOnBehalf; i < signFormEnd; i++ {
		n := signFormNames[i]
		if len(s) == len(n)-1 && equalFoldASCII(s, n[:len(n)-1]) {
			return i, true
		}
	}
	return SignNone, false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 'a' - 'A'
		}
		if 'a' <= y && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// Tasks returns an iterator over every task of d, depth first in document
// order: each assignment's tasks, each task before its subtasks.
func (d *Directive) Tasks() iter.Seq[*Task] {
	return func(yield func(*Task) bool) {
		for i := range d.Assignments {
			for j := range d.Assignments[i].Tasks {
				if !walkTasks(&d.Assignments[i].Tasks[j], yield) {
					return
				}
			}
		}
	}
}

func walkTasks(t *Task, yield func(*Task) bool) bool {
	if !yield(t) {
		return false
	}
	for i := range t.Subtasks {
		if !walkTasks(&t.Subtasks[i], yield) {
			return false
		}
	}
	return true
}

// Task returns the task of d labelled label ("3.7.1"), and whether there
// is one.
func (d *Directive) Task(label string) (*Task, bool) {
	for t := range d.Tasks() {
		if t.Label == label {
			return t, true
		}
	}
	return nil, false
}

// Due returns the day the task's governing deadline falls due under opts
// (nil for the defaults), and whether it has one; see StatusOptions.Due.
// A recurring, ongoing or event-driven task has none.
func (t *Task) Due(opts *StatusOptions) (calendar.Date, bool) {
	return opts.Due(t.Deadline.Expr)
}
