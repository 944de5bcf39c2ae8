package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTallyAddMeasurement pins Tally.AddMeasurement with and without
// counts.
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

// TestTallyBigAndNegative pins 128-bit tallies past int64 and negative
// counts.
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

// TestTallyJSONErrors pins the errors of Tally.UnmarshalJSON.
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

// TestRollupMerge pins Rollup.Merge: the same rollup whatever the order of
// merging, the agencies' counts summed.
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

// TestRollupPullingDownEdges pins PullingDown with an agency without a
// denominator and two that tie.
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

// TestRollupShortRangesAndRounding pins how far each agency is from a range
// target, and a value that rounds to 100% but is short of it.
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
