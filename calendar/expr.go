package calendar

// This file declares the shape of a parsed time expression. Beside it:
// parse.go and parse_anchor.go (the grammar), scan.go (the scanner),
// find.go (Parse, FindAll, ErrNoExpression), format.go (String),
// expr_json.go (JSON in the corpus shape), policy.go (Options, Policy, Due)
// and expr_text.go (text forms of the enums, Clock and Period helpers).

// Kind says what sort of time expression an Expr is. The zero Kind is
// KindUnknown.
type Kind uint8

// The kinds of time expression, as CORPUS_SPEC.md defines them.
const (
	KindUnknown    Kind = iota
	KindDate            // one calendar day, possibly with a time of day
	KindPeriod          // a span of days: month, quarter, half, year, phase, range
	KindDeadline        // a due limit: "trước ngày 30/6/2024", "trong năm 2025"
	KindRecurrence      // a cadence: "hằng tháng", "định kỳ 6 tháng"
	KindOngoing         // continuous duty: "thường xuyên"
	KindEvent           // triggered by an event: "khi có yêu cầu"
	KindOpen            // from a point with no end: "từ năm 2025 trở đi"
	KindRelative        // an offset from an event: "trong vòng 30 ngày kể từ ngày ký"
	KindPartial         // a date with blank or unknown parts: "ngày   tháng   năm 2024", "cuối năm" with no ref
)

// Grain is the size of a period or of a deadline's anchor. The zero Grain is
// GrainUnknown.
type Grain uint8

// The grains, from finest to coarsest.
const (
	GrainUnknown Grain = iota
	GrainDay
	GrainWeek
	GrainMonth
	GrainQuarter
	GrainHalf
	GrainYear
	GrainYears // a multi-year phase such as "giai đoạn 2022-2025"
)

// Relation says how a deadline relates to its anchor. The zero Relation is
// RelationNone.
type Relation uint8

// The deadline relations.
const (
	RelationNone   Relation = iota
	RelationBefore          // trước
	RelationBy              // chậm nhất, hạn, đến (hết) ngày, không muộn hơn
	RelationWithin          // trong năm/quý/tháng …
	RelationUntil           // đến năm 2030, tầm nhìn đến năm 2030
)

// Event names what a relative offset is counted from. The zero Event is
// EventUnknown.
type Event uint8

// The events a relative offset is counted from.
const (
	EventUnknown   Event = iota
	EventSigning         // kể từ ngày ký, ban hành
	EventReceipt         // kể từ ngày nhận (đủ hồ sơ)
	EventEffective       // kể từ ngày có hiệu lực
	EventOther           // any other event
)

// A Warning says why the days of an expression are only the usual ones.
// The zero Warning is WarningNone.
type Warning uint8

// The warnings.
const (
	WarningNone Warning = iota

	// WarningSchoolYear: a school year ("năm học 2025-2026", "đầu năm
	// học") has no fixed days. The Ministry of Education and Training sets
	// them each year in its framework (khung kế hoạch thời gian năm học:
	// khai giảng on 5 September, the year ends by 31 May, e.g. Quyết định
	// 2045/QĐ-BGDĐT for 2024-2025); the expression is the period of the
	// months from September to May (its đầu, giữa, cuối: three months
	// each), a period whose ends are those of the framework, not of the
	// text.
	WarningSchoolYear
)

// A Period is a closed span of days from First to Last inclusive, with the
// grain it was named at ("quý III/2024" is 2024-07-01..2024-09-30, GrainQuarter).
// A single day has First == Last. An open period ("từ năm 2025 trở đi") has a
// zero Last.
type Period struct {
	First, Last Date
	Grain       Grain
}

// A Clock is a time of day, "14:30". The zero Clock means no time was given;
// midnight is written as Clock{Set: true}.
type Clock struct {
	Hour, Minute uint8
	Set          bool
}

// A Recurrence is a repeating cadence: every Interval units of Every, on an
// optional day. DayOfPeriod is the day of the month (1–31) for monthly and
// longer cadences — for quarterly and half-yearly ones a day of the
// period's last month, as in "trước ngày 20 của tháng cuối quý" — or the
// ISO weekday (Monday = 1) for weekly ones; On is the month and day for a
// yearly cadence that names one (its Year is 0). A bare "định kỳ", which
// gives no cadence, has Every GrainUnknown and Interval 0.
type Recurrence struct {
	Every       Grain
	Interval    int
	DayOfPeriod int
	On          Date
}

// An Offset is a relative period counted from an event: N units (GrainDay,
// GrainWeek, GrainMonth or GrainYear), in working days when Working is set.
//
// An offset is a limit ("trong vòng 30 ngày kể từ ngày ký": due by the
// period's last day) unless After is set: "sau 30 ngày kể từ ngày ký" names
// the day the period ends as the one from which something holds, not a
// due day.
type Offset struct {
	N       int
	Unit    Grain
	Working bool
	From    Event
	After   bool
}

// An Expr is one parsed time expression: its Kind, the fields that kind
// needs, and the byte span [Start, End) of its text in the caller's input.
//
//   - KindDate, KindPeriod, KindPartial: Period is the span of days named (for
//     a partial date, the span its known parts allow: none, a zero Period but
//     for its Grain, for an expression read with no reference date whose
//     year the text does not write).
//   - KindDeadline: Relation and Period (the anchor); Due gives the due date.
//   - KindRecurrence: Recurrence.
//   - KindOpen: Period.First and Period.Grain (Last is zero).
//   - KindRelative: Offset, and Period.First is the event day when the text
//     knows it: the signing date (the ref given to the parser) for an offset
//     from this document's signing, Options.Effective for one from its
//     coming into effect, or the day an offset names ("kể từ ngày
//     15/3/2025"); zero for any other event.
//   - KindOngoing, KindEvent: no further fields.
//
// Time is set when a time of day is given. Warning says when the days are
// only the usual ones (a school year).
type Expr struct {
	Kind       Kind
	Period     Period
	Relation   Relation
	Time       Clock
	Warning    Warning
	Recurrence Recurrence
	Offset     Offset

	// Start and End are the byte offsets of the expression in the input
	// given to Parse or FindAll, End exclusive.
	Start, End int
}
