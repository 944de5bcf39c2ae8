package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

func d(s string) calendar.Date { return calendar.MustParseISODate(s) }

func TestEvaluate(t *testing.T) {
	ge100 := Target{Op: OpGE, Value: Full}
	le5 := Target{Op: OpLE, Value: Whole(5)}
	s := Series{
		Count(d("2024-03-01"), 20, 40), // 50%
		Count(d("2024-05-01"), 30, 40), // 75%
		Count(d("2024-04-01"), 25, 40), // 62,5%, out of order
	}
	tests := []struct {
		name      string
		t         Target
		s         Series
		asOf, due string
		want      Evaluation
	}{
		{"no data", ge100, s, "2024-02-01", "2024-06-30", Evaluation{Status: NoData}},
		// 50% on 1/3 → 75% on 1/5: 61 days for 25 points; 60 more days to
		// 30/6 → 75 + 25·60/61 = 99,5902%: short of 100%.
		{"at risk", ge100, s, "2024-05-15", "2024-06-30", Evaluation{Status: AtRisk, Current: s[1], Gap: Whole(25), Projected: 995902, HasProjection: true}},
		{"on track", ge100, s, "2024-05-15", "2024-07-01", Evaluation{Status: OnTrack, Current: s[1], Gap: Whole(25), Projected: Full, HasProjection: true}},
		{"missed", ge100, s, "2024-07-02", "2024-07-01", Evaluation{Status: Missed, Current: s[1], Gap: Whole(25), Projected: Full, HasProjection: true}},
		{"one point", ge100, s[:1], "2024-03-02", "2024-07-01", Evaluation{Status: AtRisk, Current: s[0], Gap: Whole(50)}},
		{"met", Target{Op: OpGE, Value: Whole(70)}, s, "2024-05-01", "2024-07-01", Evaluation{Status: Met, Current: s[1], Projected: Full, HasProjection: true}},
		{"no due, improving", ge100, s, "2024-06-01", "", Evaluation{Status: OnTrack, Current: s[1], Gap: Whole(25)}},
		{"met late", Target{Op: OpGE, Value: Whole(70)}, s, "2024-05-02", "2024-04-15", Evaluation{Status: Met, Current: s[1], Projected: s[1].Value, HasProjection: true, Late: true}},
		{"met on time", Target{Op: OpGE, Value: Whole(60)}, s, "2024-05-02", "2024-04-15", Evaluation{Status: Met, Current: s[1], Projected: s[1].Value, HasProjection: true}},
		{"le met", le5, Series{Reading(d("2024-01-01"), Whole(4))}, "2024-01-01", "2024-01-01", Evaluation{Status: Met, Current: Reading(d("2024-01-01"), Whole(4))}},
	}
	for _, tt := range tests {
		var due calendar.Date
		if tt.due != "" {
			due = d(tt.due)
		}
		got := Evaluate(tt.t, tt.s, d(tt.asOf), due)
		if got != tt.want {
			t.Errorf("%s: Evaluate = %+v; want %+v", tt.name, got, tt.want)
		}
	}
}

// TestStatusKeysAndNames pins the keys and Vietnamese names of every Status.
func TestStatusKeysAndNames(t *testing.T) {
	for s := NoData; s <= Missed; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back, vi Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: round trip %v, %v", s, back, err)
		}
		if err := vi.UnmarshalText([]byte(s.Vietnamese())); err != nil || vi != s {
			t.Errorf("%v: Vietnamese round trip %v, %v", s, vi, err)
		}
	}
	if _, err := StatusUnknown.MarshalText(); err == nil {
		t.Error("StatusUnknown.MarshalText: no error")
	}
}

func TestTargetMet(t *testing.T) {
	r := Target{Op: OpGE, Value: Whole(70), Max: Whole(80)}
	for _, tt := range []struct {
		t    Target
		v    Percent
		want bool
		gap  Percent
	}{
		{Target{Op: OpGE, Value: Full}, Full, true, 0},
		{Target{Op: OpGE, Value: Full}, Full - 1, false, 1},
		{Target{Op: OpGT, Value: Whole(90)}, Whole(90), false, 0},
		{Target{Op: OpLE, Value: Whole(5)}, Whole(6), false, Whole(1)},
		{Target{Op: OpLT, Value: Whole(5)}, Whole(4), true, 0},
		{Target{Op: OpEQ, Value: Whole(5)}, Whole(4), false, Whole(1)},
		{r, Whole(75), true, 0},
		{r, Whole(81), false, Whole(1)},
		{r, Whole(69), false, Whole(1)},
		{Target{}, Full, false, 0},
	} {
		if got := tt.t.Met(tt.v); got != tt.want {
			t.Errorf("%v.Met(%v) = %v", tt.t, tt.v, got)
		}
		if got := tt.t.Gap(tt.v); got != tt.gap {
			t.Errorf("%v.Gap(%v) = %v; want %v", tt.t, tt.v, got, tt.gap)
		}
	}
}

func TestTargetJSON(t *testing.T) {
	tg := MustParseTarget("bảo đảm từ 70% đến 80,5% dân số")
	b, err := tg.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text":"từ 70% đến 80,5% dân số","op":">=","value":70,"max":80.5,"metric":"dân số"}`
	if string(b) != want {
		t.Errorf("json = %s; want %s", b, want)
	}
	// Through encoding/json (which escapes ">" as \u003e) it decodes the same.
	b, _ = json.Marshal(tg)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil || m["op"] != ">=" || m["value"] != 70.0 {
		t.Errorf("decoded %s = %v, %v", b, m, err)
	}
}

func TestTallyExact(t *testing.T) {
	// 10^6 measurements with counts near the int64 limit: the sums need 128
	// bits, and the ratio must be exact.
	var a, b Tally
	const n = 1_000_000
	num, den := int64(math.MaxInt64/3), int64(math.MaxInt64)
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			a.Add(num, den)
		} else {
			b.Add(num+1, den)
		}
	}
	var total Tally
	total.Merge(b)
	total.Merge(a)
	if total.Len() != n {
		t.Fatalf("Len = %d", total.Len())
	}
	gn, gd := total.Counts()
	wn := new(big.Int).Mul(big.NewInt(num), big.NewInt(n))
	wn.Add(wn, big.NewInt(n/2))
	wd := new(big.Int).Mul(big.NewInt(den), big.NewInt(n))
	if gn.Cmp(wn) != 0 || gd.Cmp(wd) != 0 {
		t.Fatalf("Counts = %v/%v; want %v/%v", gn, gd, wn, wd)
	}
	if got, want := total.Percent(), ratioPercent(wn, wd); got != want || got != 333333 {
		t.Errorf("Percent = %d; want %d (33,3333%%)", got, want)
	}
	// Merging in another order gives the same tally.
	var other Tally
	other.Merge(a)
	other.Merge(b)
	if other != total {
		t.Error("Merge is not commutative")
	}
	// The stored form round-trips.
	js, _ := json.Marshal(total)
	var back Tally
	if err := json.Unmarshal(js, &back); err != nil || back != total {
		t.Errorf("JSON round trip %s: %v, %v", js, back, err)
	}
}

func TestTallyNotAnAverage(t *testing.T) {
	var r Rollup
	r.Add("Sở A", 90, 100)   // 90%
	r.Add("Sở B", 1, 10)     // 10%
	r.Add("Sở C", 950, 1000) // 95%
	// Average of percentages: 65%; sum over sum: 1041/1110 = 93,7838%.
	if got := r.Total.Percent(); got != 937838 {
		t.Errorf("total = %v; want 93,7838%%", got)
	}
	pd := r.PullingDown()
	if len(pd) != 2 || pd[0].Agency != "Sở B" || pd[1].Agency != "Sở A" {
		t.Fatalf("PullingDown = %+v", pd)
	}
	// Without B: 1040/1100 = 94,5455% → drag 0,7617.
	if pd[0].Drag != 7617 {
		t.Errorf("drag of B = %v", pd[0].Drag)
	}
	short := r.Short(Target{Op: OpGE, Value: Whole(95)})
	if len(short) != 2 || short[0].Agency != "Sở B" || short[0].Short.Int64() != 9 || short[1].Short.Int64() != 5 {
		t.Errorf("Short = %+v", short)
	}
	var r2 Rollup
	r2.Add("Sở B", 9, 10)
	r.Merge(r2)
	if got := r.Agencies["Sở B"].Percent(); got != Whole(50) {
		t.Errorf("merged B = %v", got)
	}
}

func TestShortfallOps(t *testing.T) {
	for _, tt := range []struct {
		t        Target
		num, den int64
		want     int64
	}{
		{Target{Op: OpGT, Value: Whole(50)}, 5, 10, 1},
		{Target{Op: OpLE, Value: Whole(5)}, 3, 40, 1},
		{Target{Op: OpLT, Value: Whole(5)}, 2, 40, 1},
		{Target{Op: OpGE, Value: 333334}, 1, 3, 1},
	} {
		if got := shortfall(tt.t, big.NewInt(tt.num), big.NewInt(tt.den)); got.Int64() != tt.want {
			t.Errorf("shortfall(%v, %d/%d) = %v; want %d", tt.t, tt.num, tt.den, got, tt.want)
		}
	}
}

func BenchmarkEvaluate(b *testing.B) {
	const n = 1000
	s := make(Series, n)
	start := d("2024-01-01")
	for i := range s {
		s[i] = Count(start.AddDays(i), int64(i), n)
	}
	tg := Target{Op: OpGE, Value: Full}
	asOf, due := start.AddDays(n), start.AddDays(n+100)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Evaluate(tg, s, asOf, due)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/measurement")
}

func BenchmarkTallyAdd(b *testing.B) {
	b.ReportAllocs()
	var t Tally
	for i := 0; i < b.N; i++ {
		t.Add(int64(i), 1000)
	}
	_ = t.Percent()
}

func TestTotal(t *testing.T) {
	a := Series{Count(d("2024-03-01"), 10, 20), Count(d("2024-05-01"), 18, 20)}
	b := Series{Count(d("2024-04-01"), 1, 80)}
	got := Total(a, b)
	want := Series{
		Count(d("2024-03-01"), 10, 20),  // b has not reported yet
		Count(d("2024-04-01"), 11, 100), // a carried forward
		Count(d("2024-05-01"), 19, 100),
	}
	if len(got) != len(want) {
		t.Fatalf("Total = %v", got)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("Total[%d] = %v; want %v", i, got[i], want[i])
		}
	}
}

func TestTargetJSONRoundTrip(t *testing.T) {
	for _, c := range phraseCases() {
		for _, tg := range FindTargets(c.in) {
			b, err := json.Marshal(tg)
			if err != nil {
				t.Fatal(err)
			}
			var back Target
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: %v", b, err)
			}
			tg.Start, tg.End, tg.MetricStart, tg.MetricEnd, tg.BaselineStart, tg.BaselineEnd = 0, 0, 0, 0, 0, 0
			if back != tg {
				t.Errorf("round trip of %s = %+v; want %+v", b, back, tg)
			}
		}
	}
	var tg Target
	if err := json.Unmarshal([]byte(`{"op":"~","value":1}`), &tg); err == nil {
		t.Error("unknown op accepted")
	}
}

func TestStatusText(t *testing.T) {
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

// TestEvaluateTrends pins Evaluate on falling, flat and same-day series and
// on the other operators.
func TestEvaluateTrends(t *testing.T) {
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

// TestProjectSaturates pins the projection at the limits of Percent: it
// saturates, or says it cannot project.
func TestProjectSaturates(t *testing.T) {
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
