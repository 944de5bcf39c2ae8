package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

func TestWholeSaturates(t *testing.T) {
	for _, tt := range []struct {
		n    int64
		want Percent
	}{
		{0, 0},
		{85, 850_000},
		{-3, -30_000},
		{math.MaxInt64 / 10_000, Percent(math.MaxInt64 / 10_000 * 10_000)},
		{math.MaxInt64/10_000 + 1, math.MaxInt64},
		{math.MaxInt64, math.MaxInt64},
		{math.MinInt64 / 10_000, Percent(math.MinInt64 / 10_000 * 10_000)},
		{math.MinInt64/10_000 - 1, math.MinInt64},
		{math.MinInt64, math.MinInt64},
	} {
		if got := Whole(tt.n); got != tt.want {
			t.Errorf("Whole(%d) = %d; want %d", tt.n, got, tt.want)
		}
	}
}

func TestPercentIntWholeCompareAbs(t *testing.T) {
	for _, tt := range []struct {
		p     Percent
		i     int64
		whole bool
		abs   Percent
	}{
		{925000, 92, false, 925000},
		{-925000, -92, false, 925000}, // truncated toward zero
		{Full, 100, true, Full},
		{0, 0, true, 0},
		{1, 0, false, 1},
		{-1, 0, false, 1},
		{-Whole(3), -3, true, Whole(3)},
		{math.MinInt64, math.MinInt64 / 10_000, false, math.MaxInt64}, // saturates
		{math.MaxInt64, math.MaxInt64 / 10_000, false, math.MaxInt64},
	} {
		if got := tt.p.Int(); got != tt.i {
			t.Errorf("Percent(%d).Int() = %d; want %d", int64(tt.p), got, tt.i)
		}
		if got := tt.p.IsWhole(); got != tt.whole {
			t.Errorf("Percent(%d).IsWhole() = %v; want %v", int64(tt.p), got, tt.whole)
		}
		if got := tt.p.Abs(); got != tt.abs {
			t.Errorf("Percent(%d).Abs() = %d; want %d", int64(tt.p), got, tt.abs)
		}
	}
	for _, tt := range []struct {
		p, q Percent
		want int
	}{
		{1, 2, -1}, {2, 1, 1}, {5, 5, 0}, {math.MinInt64, math.MaxInt64, -1}, {-1, -2, 1},
	} {
		if got := tt.p.Compare(tt.q); got != tt.want {
			t.Errorf("%d.Compare(%d) = %d; want %d", tt.p, tt.q, got, tt.want)
		}
	}
}

func TestMustParsePercent(t *testing.T) {
	if got := MustParsePercent("92,5 %"); got != 925000 {
		t.Errorf("MustParsePercent = %d; want 925000", got)
	}
	defer func() {
		r := recover()
		err, ok := r.(error)
		var pe *ParseError
		if !ok || !errors.As(err, &pe) || pe.Input != "x%" || pe.Offset != 0 || pe.Msg != "no number" {
			t.Errorf("MustParsePercent(%q) panicked with %v; want a *ParseError at byte 0", "x%", r)
		}
	}()
	MustParsePercent("x%")
	t.Error("MustParsePercent did not panic")
}

func TestParsePercentMoreForms(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Percent
	}{
		{"+5%", Whole(5)},
		{"  7 phần trăm ", Whole(7)},
		{"1.250.000%", Whole(1_250_000)},
		{"1.250,5%", 12_505_000},
		{"0,00005%", 1},  // fifth decimal 5: away from zero
		{"0,000049%", 0}, // below half
		{"-0,00005%", -1},
		{"-922337203685477,5808%", math.MinInt64},
	} {
		got, err := ParsePercent(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParsePercent(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in  string
		off int
		msg string
	}{
		{"   ", 3, "no number"},
		{"1.250,5,1%", 7, "misplaced thousands separator"}, // the last "," is the decimal one
		{"12.34.567%", 5, "misplaced thousands separator"},
		{"1.234.56%", 8, "misplaced thousands separator"},
		{"922337203685477,5808%", 0, "number too large"},
		{"- 5%", 1, "no number"},
	} {
		_, err := ParsePercent(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset != tt.off || pe.Msg != tt.msg {
			t.Errorf("ParsePercent(%q) error = %#v; want offset %d %q", tt.in, err, tt.off, tt.msg)
		}
	}
}

func TestPercentJSONMore(t *testing.T) {
	// null leaves the value as it is.
	p := Percent(42)
	if err := json.Unmarshal([]byte(`null`), &p); err != nil || p != 42 {
		t.Errorf("null: %d, %v", p, err)
	}
	for _, tt := range []struct {
		in  string
		off int
		msg string
	}{
		{`"\q"`, 0, "invalid JSON string"},
		{`1.2.3`, 0, "malformed number"},
		{`12abc`, 2, "not a JSON number"},
		{`1e2`, 1, "not a JSON number"},
		{`-`, 1, "no number"},
	} {
		var p Percent
		err := p.UnmarshalJSON([]byte(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset != tt.off || pe.Msg != tt.msg {
			t.Errorf("UnmarshalJSON(%s) = %#v; want offset %d %q", tt.in, err, tt.off, tt.msg)
		}
	}
	// A JSON string holding a bad percentage reports the string's content.
	var q Percent
	err := json.Unmarshal([]byte(`"92,5%x"`), &q)
	if err == nil || err.Error() != `kpi: parsing "92,5%x" at byte 5: unexpected text after the percentage` {
		t.Errorf("string form error = %v", err)
	}
	if err := q.UnmarshalText([]byte("abc")); err == nil || q != 0 {
		t.Errorf("UnmarshalText(abc) = %d, %v; want an error and no change", q, err)
	}
}

func TestParseErrorText(t *testing.T) {
	e := &ParseError{Input: "92,5 %%", Offset: 5, Msg: "unexpected text after the percentage"}
	if got, want := e.Error(), `kpi: parsing "92,5 %%" at byte 5: unexpected text after the percentage`; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
}

func TestOpText(t *testing.T) {
	for _, tt := range []struct {
		o    Op
		s    string
		text string // "" when MarshalText fails
	}{
		{OpUnknown, "", ""},
		{OpGE, ">=", ">="},
		{OpLE, "<=", "<="},
		{OpGT, ">", ">"},
		{OpLT, "<", "<"},
		{OpEQ, "=", "="},
		{Op(9), "Op(9)", ""},
		{Op(200), "Op(200)", ""},
	} {
		if got := tt.o.String(); got != tt.s {
			t.Errorf("Op(%d).String() = %q; want %q", uint8(tt.o), got, tt.s)
		}
		b, err := tt.o.MarshalText()
		if tt.text == "" {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Msg != "unknown operator" || pe.Input != tt.s || b != nil {
				t.Errorf("Op(%d).MarshalText() = %q, %v; want an unknown operator error", uint8(tt.o), b, err)
			}
			continue
		}
		if err != nil || string(b) != tt.text {
			t.Errorf("Op(%d).MarshalText() = %q, %v; want %q", uint8(tt.o), b, err, tt.text)
		}
	}
	for _, tt := range []struct {
		in   string
		want Op
	}{
		{">=", OpGE}, {"≥", OpGE}, {"=>", OpGE},
		{"<=", OpLE}, {"≤", OpLE}, {"=<", OpLE},
		{">", OpGT}, {"<", OpLT}, {"=", OpEQ}, {"==", OpEQ},
	} {
		var o Op
		if err := o.UnmarshalText([]byte(tt.in)); err != nil || o != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.in, o, err, tt.want)
		}
	}
	for _, in := range []string{"", "≠", "!=", "> =", "ge"} {
		o := OpLT
		err := o.UnmarshalText([]byte(in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.Offset != 0 || o != OpLT {
			t.Errorf("UnmarshalText(%q) = %v, %v; want a ParseError and no change", in, o, err)
		}
	}
}

func TestOpHolds(t *testing.T) {
	ops := []Op{OpGE, OpLE, OpGT, OpLT, OpEQ, OpUnknown, Op(9)}
	for _, tt := range []struct {
		v, b Percent
		want []bool // in the order of ops
	}{
		{Whole(5), Whole(5), []bool{true, true, false, false, true, false, false}},
		{Whole(4), Whole(5), []bool{false, true, false, true, false, false, false}},
		{Whole(6), Whole(5), []bool{true, false, true, false, false, false, false}},
	} {
		for i, o := range ops {
			if got := o.Holds(tt.v, tt.b); got != tt.want[i] {
				t.Errorf("%v.Holds(%v, %v) = %v; want %v", o, tt.v, tt.b, got, tt.want[i])
			}
		}
	}
}

func TestStatusTextMore(t *testing.T) {
	for _, tt := range []struct {
		s      Status
		key, v string
	}{
		{StatusUnknown, "", ""},
		{NoData, "no_data", "chưa có số liệu"},
		{Met, "met", "đã đạt"},
		{OnTrack, "on_track", "đúng tiến độ"},
		{AtRisk, "at_risk", "có nguy cơ không đạt"},
		{Missed, "missed", "không đạt"},
		{Status(7), "Status(7)", "Status(7)"},
	} {
		if got := tt.s.String(); got != tt.key {
			t.Errorf("Status(%d).String() = %q; want %q", uint8(tt.s), got, tt.key)
		}
		if got := tt.s.Vietnamese(); got != tt.v {
			t.Errorf("Status(%d).Vietnamese() = %q; want %q", uint8(tt.s), got, tt.v)
		}
	}
	if b, err := Status(7).MarshalText(); err == nil {
		t.Errorf("Status(7).MarshalText() = %q; want an error", b)
	}
	for _, in := range []string{"", "MET", "đạt", "on track"} {
		s := Met
		err := s.UnmarshalText([]byte(in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.Msg != "unknown status" || s != Met {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an unknown status error", in, s, err)
		}
	}
	// Statuses marshal as JSON strings by their keys.
	b, err := json.Marshal([]Status{Met, AtRisk})
	if err != nil || string(b) != `["met","at_risk"]` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var back []Status
	if err := json.Unmarshal([]byte(`["đúng tiến độ","no_data"]`), &back); err != nil || !cmp.Equal(back, []Status{OnTrack, NoData}) {
		t.Errorf("json.Unmarshal = %v, %v", back, err)
	}
}

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

func TestTargetJSONMore(t *testing.T) {
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

// TestAccentedForms checks the table the finder uses to tell apart the short
// words that fold alike: every accented form folds to its key, and words
// outside the table have no forms.
func TestAccentedForms(t *testing.T) {
	keys := []string{
		"de", "can", "phai", "la", "con", "da", "moi", "hon", "bang", "tang", "giam", "vuot",
		"dat", "tren", "duoi", "toi", "muc", "o", "len", "xuong", "them", "duoc", "nam", "tu",
		"den", "trong", "vao", "sau", "quy", "thang", "ngay", "ky", "het", "cuoi", "dau", "chi",
		"do", "thu", "cho", "it", "nhat", "qua", "thap", "cao", "lon", "nho", "tro", "khong",
		"so", "voi",
	}
	for _, k := range keys {
		forms := accentedForms(k)
		if len(forms) == 0 {
			t.Errorf("accentedForms(%q) is empty", k)
		}
		for _, f := range forms {
			if got := vntext.Fold(f).Text; got != k {
				t.Errorf("accentedForms(%q) holds %q, which folds to %q", k, f, got)
			}
			if f != strings.ToLower(f) {
				t.Errorf("accentedForms(%q) holds %q, not lower case", k, f)
			}
		}
	}
	for _, w := range []string{"", "ty", "le", "phan", "tram", "xyz"} {
		if got := accentedForms(w); got != nil {
			t.Errorf("accentedForms(%q) = %q; want nil", w, got)
		}
	}
	// The forms decide matching: "đất" (land) is not "đạt" (reach), so
	// "đất 80%" sets no target, while "đạt 80%" and unaccented "dat 80%" do.
	for _, tt := range []struct {
		in   string
		want []want
	}{
		{"Tỷ lệ hồ sơ phải đạt 80%.", []want{{OpGE, Whole(80), 0, "Tỷ lệ hồ sơ", "", "Tỷ lệ hồ sơ phải đạt 80%"}}},
		{"Ty le ho so phai dat 80%.", []want{{OpGE, Whole(80), 0, "Ty le ho so", "", "Ty le ho so phai dat 80%"}}},
		{"Tiền sử dụng đất 80% giá trị.", nil},
	} {
		if diff := cmp.Diff(tt.want, shape(FindTargets(tt.in))); diff != "" {
			t.Errorf("FindTargets(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestMeasurementString(t *testing.T) {
	day := calendar.MustParseISODate("2024-06-30")
	for _, tt := range []struct {
		m    Measurement
		want string
	}{
		{Count(day, 37, 40), "2024-06-30 92,5% (37/40)"},
		{Reading(day, 925000), "2024-06-30 92,5%"},
		{Count(day, 3_000_000_000, 4_000_000_000), "2024-06-30 75% (3000000000/4000000000)"},
		{Count(day, -5_000_000_000, 10_000_000_000), "2024-06-30 -50% (-5000000000/10000000000)"},
		{Count(day, math.MinInt64, math.MinInt64), "2024-06-30 100% (-9223372036854775808/-9223372036854775808)"},
		{Count(day, -7, -2147483648), "2024-06-30 0% (-7/-2147483648)"},
	} {
		if got := tt.m.String(); got != tt.want {
			t.Errorf("String() = %q; want %q", got, tt.want)
		}
	}
}

func TestSeriesSortedAt(t *testing.T) {
	a := Count(d("2024-03-01"), 1, 2)
	b := Count(d("2024-05-01"), 3, 4)
	b2 := Reading(d("2024-05-01"), Whole(80))
	c := Count(d("2024-04-01"), 2, 3)
	s := Series{b, a, b2, c}
	if diff := cmp.Diff(Series{a, c, b, b2}, s.Sorted()); diff != "" {
		t.Errorf("Sorted (-want +got):\n%s", diff)
	}
	if s[0] != b {
		t.Error("Sorted changed its receiver")
	}
	for _, tt := range []struct {
		asOf string
		want Measurement
		ok   bool
	}{
		{"2024-02-29", Measurement{}, false},
		{"2024-03-01", a, true},
		{"2024-04-30", c, true},
		{"2024-05-01", b2, true}, // the last of the same date
		{"2025-01-01", b2, true},
	} {
		got, ok := s.At(d(tt.asOf))
		if got != tt.want || ok != tt.ok {
			t.Errorf("At(%s) = %v, %v; want %v, %v", tt.asOf, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEvaluateMore(t *testing.T) {
	ge90 := Target{Op: OpGE, Value: Whole(90)}
	worse := Series{Reading(d("2024-01-01"), Whole(80)), Reading(d("2024-02-01"), Whole(70))}
	flat := Series{Reading(d("2024-01-01"), Whole(80)), Reading(d("2024-02-01"), Whole(80))}
	sameDay := Series{Reading(d("2024-01-01"), Whole(80)), Reading(d("2024-01-01"), Whole(85))}
	tests := []struct {
		name      string
		t         Target
		s         Series
		asOf, due string
		want      Evaluation
	}{
		{"no due, worsening", ge90, worse, "2024-03-01", "", Evaluation{Status: AtRisk, Current: worse[1], Gap: Whole(20)}},
		{"no due, flat", ge90, flat, "2024-03-01", "", Evaluation{Status: AtRisk, Current: flat[1], Gap: Whole(10)}},
		{"no due, one measurement", ge90, worse[:1], "2024-03-01", "", Evaluation{Status: AtRisk, Current: worse[0], Gap: Whole(10)}},
		{"no due, met", Target{Op: OpLE, Value: Whole(75)}, worse, "2024-03-01", "", Evaluation{Status: Met, Current: worse[1]}},
		// Falling 10 points in 31 days; 29 more to 1 March: 70 − 10·29/31 = 60,6452%.
		{"worsening with due", ge90, worse, "2024-02-15", "2024-03-01", Evaluation{Status: AtRisk, Current: worse[1], Gap: Whole(20), Projected: 606452, HasProjection: true}},
		// Later measurements than asOf are ignored.
		{"as of before the latest", ge90, worse, "2024-01-15", "2024-03-01", Evaluation{Status: AtRisk, Current: worse[0], Gap: Whole(10)}},
		// Two measurements of one date: the later in s counts, no projection.
		{"same day", ge90, sameDay, "2024-01-10", "2024-06-30", Evaluation{Status: AtRisk, Current: sameDay[1], Gap: Whole(5)}},
		{"due passed, asOf on due", ge90, worse, "2024-03-01", "2024-03-01", Evaluation{Status: AtRisk, Current: worse[1], Gap: Whole(20), Projected: 606452, HasProjection: true}},
		{"missed the day after", ge90, worse, "2024-03-02", "2024-03-01", Evaluation{Status: Missed, Current: worse[1], Gap: Whole(20), Projected: 606452, HasProjection: true}},
		{"met late, nothing by due", Target{Op: OpLE, Value: Whole(85)}, worse, "2024-03-01", "2023-12-31", Evaluation{Status: Met, Current: worse[1], Projected: Whole(70), HasProjection: true, Late: true}},
		{"empty", ge90, nil, "2024-03-01", "2024-06-30", Evaluation{Status: NoData}},
	}
	for _, tt := range tests {
		var due calendar.Date
		if tt.due != "" {
			due = d(tt.due)
		}
		if got := Evaluate(tt.t, tt.s, d(tt.asOf), due); got != tt.want {
			t.Errorf("%s: Evaluate = %+v; want %+v", tt.name, got, tt.want)
		}
	}
}

func TestProjectExtremes(t *testing.T) {
	f := Reading(d("2024-01-01"), 0)
	due := d("2024-12-31")
	for _, tt := range []struct {
		name string
		f, l Measurement
		want Percent
		ok   bool
	}{
		{"rising past the limit", f, Reading(d("2024-01-02"), math.MaxInt64/2), math.MaxInt64, true},
		{"falling past the limit", f, Reading(d("2024-01-02"), math.MinInt64/2), math.MinInt64, true},
		{"difference overflows", Reading(d("2024-01-01"), math.MinInt64), Reading(d("2024-01-02"), math.MaxInt64), 0, false},
		{"due before the latest", f, Reading(d("2025-01-02"), Whole(10)), Whole(10), true},
		{"flat", Reading(d("2024-01-01"), Whole(10)), Reading(d("2024-02-01"), Whole(10)), Whole(10), true},
		{"latest before first", Reading(d("2024-02-01"), 0), Reading(d("2024-01-01"), Whole(10)), 0, false},
	} {
		got, ok := project(tt.f, tt.l, due)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: project = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := project(f, Reading(d("2024-02-01"), Whole(10)), calendar.Date{}); ok {
		t.Error("project without a due date gave a projection")
	}
}

func TestTallyAddMeasurement(t *testing.T) {
	var tl Tally
	tl.AddMeasurement(Count(d("2024-01-01"), 1, 4))
	tl.AddMeasurement(Reading(d("2024-01-01"), 925000)) // weighs as 92,5 of 100
	n, den, ok := tl.Counts64()
	if !ok || n != 1+925000 || den != 4+int64(Full) || tl.Len() != 2 {
		t.Errorf("Counts64 = %d/%d, %v, Len %d", n, den, ok, tl.Len())
	}
	// (1 + 0,925·10⁶) / (4 + 10⁶) = 92,4997%: the reading dominates.
	if got := tl.Percent(); got != FromCounts(925001, 1_000_004) || got != 924997 {
		t.Errorf("Percent = %d", got)
	}
	var zero Tally
	if zero.Percent() != 0 || zero.Len() != 0 {
		t.Error("the zero tally is not empty")
	}
	// The zero Tally is the identity of Merge.
	m := tl
	m.Merge(Tally{})
	if m != tl {
		t.Errorf("Merge(zero) changed the tally: %+v", m)
	}
}

func TestTallyBigAndNegative(t *testing.T) {
	// Sums beyond int64 take the big path, with signs.
	var tl Tally
	tl.Add(math.MinInt64, math.MaxInt64)
	tl.Add(math.MinInt64, math.MaxInt64)
	if _, _, ok := tl.Counts64(); ok {
		t.Fatal("Counts64 fits for sums beyond int64")
	}
	// (−2^64) / (2^64 − 2) rounds to −100%.
	if got := tl.Percent(); got != -Full {
		t.Errorf("Percent = %d; want -100%%", got)
	}
	n, den := tl.Counts()
	wn := new(big.Int).Lsh(big.NewInt(-1), 64)
	wd := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(2))
	if n.Cmp(wn) != 0 || den.Cmp(wd) != 0 {
		t.Errorf("Counts = %v/%v; want %v/%v", n, den, wn, wd)
	}
	js, err := json.Marshal(tl)
	if err != nil || string(js) != `{"num":-18446744073709551616,"den":18446744073709551614,"n":2}` {
		t.Errorf("MarshalJSON = %s, %v", js, err)
	}
	var back Tally
	if err := json.Unmarshal(js, &back); err != nil || back != tl {
		t.Errorf("round trip = %+v, %v; want %+v", back, err, tl)
	}
	// A ratio too large for a Percent saturates; a zero denominator gives 0.
	var huge Tally
	huge.Add(math.MaxInt64, 1)
	huge.Add(math.MaxInt64, -1)
	huge.Add(math.MaxInt64, 1)
	if got := huge.Percent(); got != math.MaxInt64 {
		t.Errorf("saturated Percent = %d", got)
	}
	for _, tt := range []struct {
		num, den *big.Int
		want     Percent
	}{
		{big.NewInt(5), big.NewInt(0), 0},
		{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(1), math.MaxInt64},
		{new(big.Int).Lsh(big.NewInt(-1), 100), big.NewInt(1), math.MinInt64},
		{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(-3), math.MinInt64},
		{big.NewInt(-1), big.NewInt(3), -333333},
		{big.NewInt(1), big.NewInt(-2_000_000), -1},
	} {
		if got := ratioPercent(tt.num, tt.den); got != tt.want {
			t.Errorf("ratioPercent(%v, %v) = %d; want %d", tt.num, tt.den, got, tt.want)
		}
	}
}

func TestTallyJSONErrors(t *testing.T) {
	max127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1)).String()
	var ok Tally
	if err := json.Unmarshal([]byte(`{"num":`+max127+`,"den":-`+max127+`,"n":1}`), &ok); err != nil {
		t.Fatalf("largest counts: %v", err)
	}
	if n, d := ok.Counts(); n.String() != max127 || d.String() != "-"+max127 {
		t.Errorf("largest counts read as %v/%v", n, d)
	}
	// Missing fields are zero.
	var empty Tally
	if err := json.Unmarshal([]byte(`{}`), &empty); err != nil || empty != (Tally{}) {
		t.Errorf("{} = %+v, %v", empty, err)
	}
	too := new(big.Int).Lsh(big.NewInt(1), 127).String()
	for _, in := range []string{
		`{"num":` + too + `,"den":1,"n":1}`,
		`{"num":1,"den":-` + too + `0,"n":1}`,
		`{"num":1.5,"den":2,"n":1}`,
		`{"num":1,"den":2e3,"n":1}`,
	} {
		var tl Tally
		err := json.Unmarshal([]byte(in), &tl)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.Msg != "counts out of range" || tl != (Tally{}) {
			t.Errorf("Unmarshal(%s) = %+v, %v; want counts out of range", in, tl, err)
		}
	}
	for _, in := range []string{`{"num":"x"}`, `[`, `{"n":"1"}`} {
		var tl Tally
		if err := json.Unmarshal([]byte(in), &tl); err == nil {
			t.Errorf("Unmarshal(%s) = %+v; want an error", in, tl)
		}
	}
}

func TestRollupMerge(t *testing.T) {
	var a, b Rollup
	a.Add("Sở A", 9, 10)
	a.Add("Sở B", 1, 2)
	b.Add("Sở B", 3, 4)
	b.Add("Sở C", 0, 5)

	// Into an empty Rollup, in both orders: the same result.
	var ab, ba Rollup
	ab.Merge(a)
	ab.Merge(b)
	ba.Merge(b)
	ba.Merge(a)
	if !cmp.Equal(ab, ba, cmp.AllowUnexported(Tally{}, int128{})) {
		t.Errorf("Merge is not commutative: %+v vs %+v", ab, ba)
	}
	if got := ab.Total.Len(); got != 4 {
		t.Errorf("Total.Len = %d", got)
	}
	want := map[string][2]int64{"Sở A": {9, 10}, "Sở B": {4, 6}, "Sở C": {0, 5}}
	got := map[string][2]int64{}
	for k, v := range ab.Agencies {
		n, d, _ := v.Counts64()
		got[k] = [2]int64{n, d}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agencies (-want +got):\n%s", diff)
	}
	if n, d, _ := ab.Total.Counts64(); n != 13 || d != 21 {
		t.Errorf("total = %d/%d; want 13/21", n, d)
	}
	// Merging an empty Rollup leaves the map nil.
	var e Rollup
	e.Merge(Rollup{})
	if e.Agencies != nil {
		t.Error("merging nothing allocated a map")
	}
}

func TestRollupPullingDownEdges(t *testing.T) {
	var r Rollup
	r.Add("A", 5, 10)  // 50%
	r.Add("B", 0, 0)   // no denominator: left out
	r.Add("C", 10, 10) // 100%
	r.Add("D", 5, 10)  // 50%, ties with A
	// Total 20/30 = 66,6667%; without A or D: 15/20 = 75% → drag 8,3333.
	pd := r.PullingDown()
	var got []string
	for _, c := range pd {
		got = append(got, c.Agency+" "+c.Value.String()+" "+c.Drag.String())
	}
	if diff := cmp.Diff([]string{"A 50% 8,3333%", "D 50% 8,3333%"}, got); diff != "" {
		t.Errorf("PullingDown (-want +got):\n%s", diff)
	}
	// An agency that is the whole rollup drags nothing.
	var one Rollup
	one.Add("A", 1, 2)
	if pd := one.PullingDown(); len(pd) != 0 {
		t.Errorf("PullingDown of one agency = %+v", pd)
	}
}

func TestRollupShortRangesAndRounding(t *testing.T) {
	var r Rollup
	r.Add("low", 60, 100)                // 60%
	r.Add("in", 75, 100)                 // 75%
	r.Add("high", 95, 100)               // 95%
	r.Add("none", 0, 0)                  // no denominator: left out
	r.Add("near", 9_999_999, 10_000_000) // 99,99999%: rounds to 100% but is short of it
	rng := Target{Op: OpGE, Value: Whole(70), Max: Whole(80)}
	got := map[string]int64{}
	for _, c := range r.Short(rng) {
		got[c.Agency] = c.Short.Int64()
	}
	// low needs 10 more of 100; high is 15 over the range; near is far over it.
	want := map[string]int64{"low": 10, "high": 15, "near": 2_000_000 - 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Short(range) (-want +got):\n%s", diff)
	}

	ge100 := Target{Op: OpGE, Value: Full}
	var got2 []string
	for _, c := range r.Short(ge100) {
		got2 = append(got2, c.Agency+" "+c.Short.String())
	}
	if diff := cmp.Diff([]string{"low 40", "in 25", "high 5", "near 1"}, got2); diff != "" {
		t.Errorf("Short(≥ 100%%) (-want +got):\n%s", diff)
	}

	// 2 of 3 is 66,66666…%, under 66,6667% though it rounds to it: it meets
	// "< 66,6667%" and is not short.
	var r3 Rollup
	r3.Add("two thirds", 2, 3)
	r3.Add("all", 3, 3)
	var got3 []string
	for _, c := range r3.Short(Target{Op: OpLT, Value: 666667}) {
		got3 = append(got3, c.Agency+" "+c.Short.String())
	}
	if diff := cmp.Diff([]string{"all 1"}, got3); diff != "" {
		t.Errorf("Short(< 66,6667%%) (-want +got):\n%s", diff)
	}

	// "= 50%": one unit either way.
	var r4 Rollup
	r4.Add("under", 4, 10)
	r4.Add("over", 6, 10)
	r4.Add("exact", 5, 10)
	var got4 []string
	for _, c := range r4.Short(Target{Op: OpEQ, Value: Whole(50)}) {
		got4 = append(got4, c.Agency+" "+c.Short.String())
	}
	if diff := cmp.Diff([]string{"over 1", "under 1"}, got4); diff != "" {
		t.Errorf("Short(= 50%%) (-want +got):\n%s", diff)
	}

	// Every agency listed is short by at least one unit.
	for _, tg := range []Target{rng, ge100, {Op: OpGT, Value: Whole(60)}, {Op: OpLE, Value: Whole(75)}, {Op: OpLT, Value: Whole(75)}} {
		for _, c := range r.Short(tg) {
			if c.Short.Sign() <= 0 {
				t.Errorf("Short(%v) lists %s with a shortfall of %v", tg, c.Agency, c.Short)
			}
		}
	}
}
