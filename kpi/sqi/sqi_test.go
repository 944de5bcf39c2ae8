package sqi

import (
	"fmt"
	"testing"
)

func TestDefaultValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	var total Points
	for g := Group(1); g <= NumGroups; g++ {
		total += g.Max()
	}
	if total != 100*One {
		t.Errorf("groups add up to %v", total)
	}
	if got := []Points{Transparency.Max(), Progress.Max(), Online.Max(), Digitization.Max(), Satisfaction.Max()}; fmt.Sprint(got) != "[18 20 22 22 18]" {
		t.Errorf("group maxima %v", got)
	}
	// Default returns a fresh copy: changing it does not change the next.
	c.Indicators[0].Max = 0
	if Default().Indicators[0].Max == 0 {
		t.Error("Default shares state")
	}
	if err := c.Validate(); err == nil {
		t.Error("Validate accepted a group that does not add up")
	}
}

func TestCompute(t *testing.T) {
	c := Default()
	all := func(num, den int64) []Ratio {
		var rs []Ratio
		for _, in := range c.Indicators {
			rs = append(rs, Ratio{in.ID, num, den})
		}
		return rs
	}
	tests := []struct {
		name  string
		in    []Ratio
		total Points
		norm  Points
		grade Grade
	}{
		{"perfect", all(40, 40), 100 * One, 100 * One, Excellent},
		// 37/40 = 92,5%: the indicators with an 80% threshold score in full
		// (3.1: 4, 3.4: 5, 4.2: 8, 4.3: 6 = 23), 3.3 (50%) too (6), the
		// others 92,5% of their 71 points = 65,675: 94,675 in all.
		{"37 of 40", all(37, 40), 94*One + 6750, 94*One + 6750, Excellent},
		{"nothing", all(0, 40), 0, 0, Weak},
	}
	for _, tt := range tests {
		rep, err := c.Compute(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Total != tt.total || rep.Normalized != tt.norm || rep.Grade != tt.grade || rep.Max != 100*One {
			t.Errorf("%s: total %v normalized %v grade %v max %v; want %v %v %v", tt.name, rep.Total, rep.Normalized, rep.Grade, rep.Max, tt.total, tt.norm, tt.grade)
		}
		var sum Points
		for g := 1; g <= NumGroups; g++ {
			sum += rep.Groups[g]
		}
		if sum != rep.Total {
			t.Errorf("%s: groups sum %v != total %v", tt.name, sum, rep.Total)
		}
	}
}

func TestComputePartial(t *testing.T) {
	// Only 2.1 measured: 17 of 20 on time → 17 of 20 points; normalized 85.
	rep, err := Default().Compute([]Ratio{{"2.1", 17, 20}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 17*One || rep.Max != 20*One || rep.Normalized != 85*One || rep.Grade != Good {
		t.Errorf("got total %v max %v normalized %v grade %v", rep.Total, rep.Max, rep.Normalized, rep.Grade)
	}
	if _, err := Default().Compute([]Ratio{{"9.9", 1, 2}}); err == nil {
		t.Error("unknown indicator accepted")
	}
	if _, err := Default().Compute([]Ratio{{"2.1", 3, 2}}); err == nil {
		t.Error("num > den accepted")
	}
}

func TestPointsRounding(t *testing.T) {
	in := Indicator{Max: 4 * One}
	// 1 of 3 of 4 points = 1,33333… → 1,3333
	if got := points(in, 1, 3); got != 13333 {
		t.Errorf("points = %v", got)
	}
	// 2 of 3 → 2,66666… → 2,6667
	if got := points(in, 2, 3); got != 26667 {
		t.Errorf("points = %v", got)
	}
}

func TestGrades(t *testing.T) {
	c := Default()
	for _, tt := range []struct {
		p    Points
		want Grade
	}{
		{100 * One, Excellent}, {90 * One, Excellent}, {90*One - 1, Good}, {80 * One, Good},
		{79 * One, Fair}, {70 * One, Fair}, {69 * One, Average}, {50 * One, Average}, {50*One - 1, Weak}, {0, Weak},
	} {
		if got := c.GradeOf(tt.p); got != tt.want {
			t.Errorf("GradeOf(%v) = %v; want %v", tt.p, got, tt.want)
		}
	}
	for g := Excellent; g <= Weak; g++ {
		b, _ := g.MarshalText()
		var back Grade
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("grade %v round trip: %v %v", g, back, err)
		}
	}
	for g := Transparency; g <= Satisfaction; g++ {
		b, _ := g.MarshalText()
		var back Group
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("group %v round trip: %v %v", g, back, err)
		}
	}
}

func BenchmarkCompute(b *testing.B) {
	c := Default()
	var rs []Ratio
	for _, in := range c.Indicators {
		rs = append(rs, Ratio{in.ID, 37, 40})
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = c.Compute(rs)
	}
}
