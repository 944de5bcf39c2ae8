package kpi

import (
	"bytes"
	"encoding/json"
	"strings"
)

// A Target is a percentage a directive sets: an operator, a value, and the
// metric it applies to — "tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền
// thuê đất" is {OpGE, 10%, "tổng số thu từ tiền sử dụng đất, tiền thuê đất"}.
//
// A range "từ 70% đến 80%" is {OpGE, 70%, Max: 80%}: both bounds inclusive
// unless written otherwise — "từ trên 15% đến không quá 30%" is {OpGT, 15%,
// Max: 30%}, "đến dưới 30%" sets MaxOp to OpLT. Max is zero for every other
// target.
//
// Text and Metric are taken from the source with runs of white space (line
// breaks of hard-wrapped text included) collapsed to one space; Start and End,
// MetricStart and MetricEnd are byte offsets into the source as given,
// End exclusive. A Target built by hand may leave them zero.
type Target struct {
	Op    Op      // the comparison; OpGE for a range
	Value Percent // the bound, or a range's lower bound
	Max   Percent // a range's upper bound; zero otherwise
	MaxOp Op      // a range's upper operator: OpLT when exclusive; zero (inclusive) otherwise

	// Metric is what is measured: the noun phrase after the percentage
	// ("hệ thống thông tin giải quyết thủ tục hành chính"), or, when none
	// follows, the subject before it ("Tỷ lệ hồ sơ trực tuyến" in "Tỷ lệ hồ
	// sơ trực tuyến đạt 80%"). It may be empty.
	Metric string

	// Verb is the change the percentage measures when the phrase is one
	// ("giảm", "cắt giảm", "tăng"): "cắt giảm tối thiểu 30% thời gian thực
	// hiện" cuts the time by at least 30%. A minus sign reads as "giảm":
	// "-5%" is {OpGE, 5%, Verb: "giảm"}. It is empty for a level.
	Verb string

	// Baseline is what a change is measured against, as written after "so
	// với": "năm 2024" in "tăng 15% so với năm 2024". BaselineStart and
	// BaselineEnd are its span in the source. It is empty when the text
	// names none.
	Baseline                   string
	BaselineStart, BaselineEnd int

	// Text is the whole target phrase.
	Text string

	Start, End             int // span of Text in the source
	MetricStart, MetricEnd int // span of Metric in the source
}

// IsRange reports whether t has an upper bound ("từ 70% đến 80%").
func (t Target) IsRange() bool { return (t.Op == OpGE || t.Op == OpGT) && t.Max > t.Value }

// Met reports whether the value v meets the target: v compared with Value by
// Op, and for a range also v ≤ Max. A target with an unknown operator is
// never met.
func (t Target) Met(v Percent) bool {
	if !t.Op.Holds(v, t.Value) {
		return false
	}
	if t.IsRange() && t.MaxOp == OpLT {
		return v < t.Max
	}
	return !t.IsRange() || v <= t.Max
}

// Gap returns how far v is from meeting t, as a non-negative Percent: for
// "≥ 90%" and v = 85% it is 5%; zero when v meets t. For a strict operator
// the gap to the bound itself is given (v = 90% is 0 short of "> 90%" by this
// measure, though it does not meet it).
func (t Target) Gap(v Percent) Percent {
	switch t.Op {
	case OpGE, OpGT:
		if v < t.Value {
			return t.Value - v
		}
		if t.IsRange() && (v > t.Max || v == t.Max && t.MaxOp == OpLT) {
			return v - t.Max
		}
	case OpLE, OpLT:
		if v > t.Value {
			return v - t.Value
		}
	case OpEQ:
		return (v - t.Value).Abs()
	}
	return 0
}

// String returns the target in a compact form: "≥ 100% hệ thống thông tin",
// "70–80% …", "≤ 5%".
func (t Target) String() string {
	var b strings.Builder
	if t.IsRange() && (t.Op != OpGE || t.MaxOp == OpLT) {
		// "> 15% và ≤ 30%"
		if t.Op == OpGE {
			b.WriteString("≥ ")
		} else {
			b.WriteString("> ")
		}
		b.WriteString(t.Value.String())
		b.WriteString(" và ")
		if t.MaxOp == OpLT {
			b.WriteString("< ")
		} else {
			b.WriteString("≤ ")
		}
		b.WriteString(t.Max.String())
	} else if t.IsRange() {
		b.Write(t.Value.appendNumber(nil, ',', 0))
		b.WriteString("–")
		b.WriteString(t.Max.String())
	} else {
		switch t.Op {
		case OpGE:
			b.WriteString("≥ ")
		case OpLE:
			b.WriteString("≤ ")
		case OpGT:
			b.WriteString("> ")
		case OpLT:
			b.WriteString("< ")
		case OpEQ:
			b.WriteString("= ")
		}
		b.WriteString(t.Value.String())
	}
	if t.Verb != "" {
		b.WriteString(" (")
		b.WriteString(t.Verb)
		b.WriteString(")")
	}
	if t.Metric != "" {
		b.WriteByte(' ')
		b.WriteString(t.Metric)
	}
	return b.String()
}

// MarshalJSON writes t in the shape of the directive JSON contract,
// {"text", "op", "value", "metric"}, with "max" added for a range (and
// "max_op": "<" when its upper bound is exclusive), "verb" for a change and
// "baseline" for a change against one; value and max are JSON numbers of
// percent (87.5).
func (t Target) MarshalJSON() ([]byte, error) {
	var max *Percent
	maxOp := ""
	if t.IsRange() {
		max = &t.Max
		if t.MaxOp == OpLT {
			maxOp = OpLT.String()
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep ">=" readable
	err := enc.Encode(struct {
		Text     string   `json:"text"`
		Op       string   `json:"op"`
		Value    Percent  `json:"value"`
		Max      *Percent `json:"max,omitempty"`
		MaxOp    string   `json:"max_op,omitempty"`
		Metric   string   `json:"metric"`
		Verb     string   `json:"verb,omitempty"`
		Baseline string   `json:"baseline,omitempty"`
	}{t.Text, t.Op.String(), t.Value, max, maxOp, t.Metric, t.Verb, t.Baseline})
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

// UnmarshalJSON reads the form MarshalJSON writes. Spans are not part of it
// and stay zero.
func (t *Target) UnmarshalJSON(b []byte) error {
	var v struct {
		Text     string   `json:"text"`
		Op       Op       `json:"op"`
		Value    Percent  `json:"value"`
		Max      *Percent `json:"max"`
		MaxOp    Op       `json:"max_op"`
		Metric   string   `json:"metric"`
		Verb     string   `json:"verb"`
		Baseline string   `json:"baseline"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.MaxOp != OpUnknown && v.MaxOp != OpLT && v.MaxOp != OpLE {
		return &ParseError{Input: string(b), Msg: "max_op must be \"<\" or \"<=\""}
	}
	*t = Target{Op: v.Op, Value: v.Value, Metric: v.Metric, Verb: v.Verb, Text: v.Text, Baseline: v.Baseline}
	if v.Max != nil {
		t.Max = *v.Max
		if v.MaxOp == OpLT {
			t.MaxOp = OpLT
		}
	}
	return nil
}
