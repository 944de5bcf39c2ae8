package kpi

import (
	"encoding/json"
	"errors"
	"testing"
)

// TestTargetString pins the compact form of targets: operators, ranges,
// verbs.
func TestTargetString(t *testing.T) {
	for _, tt := range []struct {
		t    Target
		want string
	}{
		{Target{Op: OpGE, Value: Full, Metric: "hệ thống thông tin"}, "≥ 100% hệ thống thông tin"},
		{Target{Op: OpLE, Value: Whole(5)}, "≤ 5%"},
		{Target{Op: OpGT, Value: 925000}, "> 92,5%"},
		{Target{Op: OpLT, Value: Whole(3)}, "< 3%"},
		{Target{Op: OpEQ, Value: 0}, "= 0%"},
		{Target{Op: OpGE, Value: Whole(70), Max: 805000, Metric: "dân số"}, "70–80,5% dân số"},
		{Target{Op: OpGE, Value: 705000, Max: Whole(80)}, "70,5–80%"},
		{Target{Op: OpGE, Value: Whole(30), Verb: "cắt giảm", Metric: "thời gian"}, "≥ 30% (cắt giảm) thời gian"},
		{Target{Value: Whole(5)}, "5%"},
		// A Max not above Value is no range.
		{Target{Op: OpGE, Value: Whole(80), Max: Whole(70)}, "≥ 80%"},
	} {
		if got := tt.t.String(); got != tt.want {
			t.Errorf("String() = %q; want %q", got, tt.want)
		}
	}
}

// TestTargetJSONEscapesAndVerb pins the JSON of targets: no HTML escaping,
// the verb, negative values.
func TestTargetJSONEscapesAndVerb(t *testing.T) {
	for _, tt := range []struct {
		t    Target
		json string
	}{
		{Target{Op: OpLT, Value: 1, Metric: "nợ <xấu> & quá hạn", Text: "dưới 0,0001% nợ <xấu> & quá hạn"},
			`{"text":"dưới 0,0001% nợ <xấu> & quá hạn","op":"<","value":0.0001,"metric":"nợ <xấu> & quá hạn"}`},
		{Target{Op: OpGE, Value: Whole(30), Verb: "cắt giảm", Metric: "thời gian", Text: "cắt giảm tối thiểu 30% thời gian"},
			`{"text":"cắt giảm tối thiểu 30% thời gian","op":">=","value":30,"metric":"thời gian","verb":"cắt giảm"}`},
		{Target{Op: OpEQ, Value: -Whole(2)},
			`{"text":"","op":"=","value":-2,"metric":""}`},
	} {
		b, err := tt.t.MarshalJSON()
		if err != nil || string(b) != tt.json {
			t.Errorf("MarshalJSON = %s, %v; want %s", b, err, tt.json)
			continue
		}
		var back Target
		if err := json.Unmarshal(b, &back); err != nil || back != tt.t {
			t.Errorf("round trip of %s = %+v, %v; want %+v", b, back, err, tt.t)
		}
	}
	// Spans are not part of the JSON form.
	src := Target{Op: OpGE, Value: Full, Text: "100% x", Metric: "x", Start: 3, End: 9, MetricStart: 8, MetricEnd: 9}
	b, _ := json.Marshal(src)
	var back Target
	if err := json.Unmarshal(b, &back); err != nil || back.Start != 0 || back.End != 0 || back.MetricStart != 0 || back.Text != "100% x" {
		t.Errorf("spans round trip: %+v, %v", back, err)
	}
	for _, in := range []string{
		`{"op":"≠","value":5}`,
		`{"op":">=","value":"abc"}`,
		`{"op":">=","value":1e2}`,
		`{"op":">=","value":5,"max":true}`,
		`[1]`,
		`{`,
	} {
		tg := Target{Op: OpLE, Value: 7}
		if err := json.Unmarshal([]byte(in), &tg); err == nil {
			t.Errorf("Unmarshal(%s) = %+v; want an error", in, tg)
		}
	}
}

// TestParseTargetErrors pins the errors of ParseTarget: no percentage, a
// statistic.
func TestParseTargetErrors(t *testing.T) {
	for _, tt := range []struct {
		in  string
		off int
		msg string
	}{
		{"", 0, "no percentage"},
		{"không có số", 0, "no percentage"},
		{"Năm 2023 đã đạt 85%", len("Năm 2023 "), "a progress statistic, not a target"},
		{"Khu vực dịch vụ chiếm 30%", len("Khu vực dịch vụ "), "a progress statistic, not a target"},
	} {
		_, err := ParseTarget(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset != tt.off || pe.Msg != tt.msg {
			t.Errorf("ParseTarget(%q) error = %#v; want offset %d %q", tt.in, err, tt.off, tt.msg)
		}
	}
}

// TestMustParseTarget pins MustParseTarget: the target, and a panic on a
// statistic.
func TestMustParseTarget(t *testing.T) {
	if got := MustParseTarget("tối đa 5%"); got.Op != OpLE || got.Value != Whole(5) {
		t.Errorf("MustParseTarget = %+v", got)
	}
	defer func() {
		var pe *ParseError
		if err, ok := recover().(error); !ok || !errors.As(err, &pe) || pe.Msg != "no percentage" {
			t.Errorf("panic value %v; want a *ParseError", err)
		}
	}()
	MustParseTarget("không có số")
	t.Error("MustParseTarget did not panic")
}

// TestRangeBoundOperators pins ranges whose bounds carry their own
// operators ("từ trên 15% đến không quá 30%", "từ 50% đến dưới 60%"): Met,
// Gap, String and the JSON round trip.
func TestRangeBoundOperators(t *testing.T) {
	gt := Target{Op: OpGT, Value: Whole(15), Max: Whole(30)}
	lt := Target{Op: OpGE, Value: Whole(50), Max: Whole(60), MaxOp: OpLT}
	for _, tt := range []struct {
		t   Target
		v   Percent
		met bool
		gap Percent
	}{
		{gt, Whole(15), false, 0},
		{gt, Whole(20), true, 0},
		{gt, Whole(30), true, 0},
		{gt, Whole(31), false, Whole(1)},
		{lt, Whole(50), true, 0},
		{lt, Whole(60), false, 0},
		{lt, Whole(59), true, 0},
		{lt, Whole(62), false, Whole(2)},
	} {
		if got := tt.t.Met(tt.v); got != tt.met {
			t.Errorf("%v.Met(%v) = %v; want %v", tt.t, tt.v, got, tt.met)
		}
		if got := tt.t.Gap(tt.v); got != tt.gap {
			t.Errorf("%v.Gap(%v) = %v; want %v", tt.t, tt.v, got, tt.gap)
		}
	}
	if s := gt.String(); s != "> 15% và ≤ 30%" {
		t.Errorf("String() = %q", s)
	}
	if s := lt.String(); s != "≥ 50% và < 60%" {
		t.Errorf("String() = %q", s)
	}
	for _, tg := range []Target{gt, lt} {
		b, err := json.Marshal(tg)
		if err != nil {
			t.Fatal(err)
		}
		var back Target
		if err := json.Unmarshal(b, &back); err != nil || back != tg {
			t.Errorf("round trip of %s = %+v, %v; want %+v", b, back, err, tg)
		}
	}
	var bad Target
	if err := json.Unmarshal([]byte(`{"op":">=","value":1,"max":2,"max_op":">"}`), &bad); err == nil {
		t.Error(`max_op ">" accepted`)
	}
}

// TestLabelledTargetSpans pins a target whose metric is the label before
// its colon: the target's text holds the label, and every span lies in the
// source and the metric's within the target's.
func TestLabelledTargetSpans(t *testing.T) {
	for _, tt := range []struct{ src, text, metric string }{
		{"Tỷ lệ trẻ em được tiêm chủng đầy đủ: 100% (phấn đấu)", "Tỷ lệ trẻ em được tiêm chủng đầy đủ: 100%", "Tỷ lệ trẻ em được tiêm chủng đầy đủ"},
		{"Chỉ tiêu tiêu hao năng lượng: -5%", "Chỉ tiêu tiêu hao năng lượng: -5%", "Chỉ tiêu tiêu hao năng lượng"},
	} {
		ts := FindTargets(tt.src)
		if len(ts) != 1 {
			t.Errorf("FindTargets(%q) = %+v; want one target", tt.src, ts)
			continue
		}
		g := ts[0]
		if g.Text != tt.text || g.Metric != tt.metric {
			t.Errorf("FindTargets(%q) = text %q, metric %q; want %q, %q", tt.src, g.Text, g.Metric, tt.text, tt.metric)
		}
		if g.Start < 0 || g.End > len(tt.src) || tt.src[g.Start:g.End] != g.Text ||
			g.MetricStart < g.Start || g.MetricEnd > g.End || tt.src[g.MetricStart:g.MetricEnd] != g.Metric {
			t.Errorf("FindTargets(%q): spans [%d,%d) metric [%d,%d) do not hold their text", tt.src, g.Start, g.End, g.MetricStart, g.MetricEnd)
		}
	}
}
