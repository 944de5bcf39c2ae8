package sqi

// This file pins how points, groups and grades are written as text and
// JSON, the errors of an invalid scheme, and the edges of the bands and of
// Compute (a band's bounds, empty inputs).

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chidao/chidao/kpi"
)

func TestPointsString(t *testing.T) {
	for _, tt := range []struct {
		p    Points
		want string
	}{
		{0, "0"}, {One, "1"}, {92*One + 5000, "92,5"}, {13333, "1,3333"}, {1, "0,0001"}, {-3 * One, "-3"}, {100 * One, "100"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("Points(%d).String() = %q; want %q", int64(tt.p), got, tt.want)
		}
	}
}

func TestGroupText(t *testing.T) {
	for _, tt := range []struct {
		g    Group
		name string
		max  Points
		ok   bool // MarshalText succeeds
	}{
		{GroupUnknown, "", 0, false},
		{Transparency, "công khai, minh bạch", 18 * One, true},
		{Progress, "tiến độ, kết quả giải quyết", 20 * One, true},
		{Online, "cung cấp dịch vụ trực tuyến", 22 * One, true},
		{Digitization, "số hóa hồ sơ", 22 * One, true},
		{Satisfaction, "mức độ hài lòng", 18 * One, true},
		{Group(6), "Group(6)", 0, false},
		{Group(255), "Group(255)", 0, false},
	} {
		if got := tt.g.String(); got != tt.name {
			t.Errorf("Group(%d).String() = %q; want %q", uint8(tt.g), got, tt.name)
		}
		if got := tt.g.Max(); got != tt.max {
			t.Errorf("Group(%d).Max() = %v; want %v", uint8(tt.g), got, tt.max)
		}
		b, err := tt.g.MarshalText()
		if tt.ok != (err == nil) || tt.ok && string(b) != tt.name || !tt.ok && b != nil {
			t.Errorf("Group(%d).MarshalText() = %q, %v", uint8(tt.g), b, err)
		}
	}
	for _, in := range []string{"", "Công khai, minh bạch", "cong khai, minh bach", "Group(6)"} {
		g := Online
		err := g.UnmarshalText([]byte(in))
		if err == nil || g != Online {
			t.Errorf("Group.UnmarshalText(%q) = %v, %v; want an error and no change", in, g, err)
			continue
		}
		if want := "sqi: unknown group " + `"` + in + `"`; err.Error() != want {
			t.Errorf("Group.UnmarshalText(%q) error %q; want %q", in, err, want)
		}
	}
	// Groups key JSON objects by their names.
	b, err := json.Marshal(map[Group]int{Online: 1, Progress: 2})
	if err != nil || string(b) != `{"cung cấp dịch vụ trực tuyến":1,"tiến độ, kết quả giải quyết":2}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
}

func TestGradeText(t *testing.T) {
	for _, tt := range []struct {
		g    Grade
		name string
		ok   bool
	}{
		{GradeUnknown, "", false},
		{Excellent, "Xuất sắc", true},
		{Good, "Tốt", true},
		{Fair, "Khá", true},
		{Average, "Trung bình", true},
		{Weak, "Yếu", true},
		{Grade(6), "Grade(6)", false},
	} {
		if got := tt.g.String(); got != tt.name {
			t.Errorf("Grade(%d).String() = %q; want %q", uint8(tt.g), got, tt.name)
		}
		b, err := tt.g.MarshalText()
		if tt.ok != (err == nil) || tt.ok && string(b) != tt.name || !tt.ok && b != nil {
			t.Errorf("Grade(%d).MarshalText() = %q, %v", uint8(tt.g), b, err)
		}
	}
	for _, in := range []string{"", "xuất sắc", "Xuat sac", "Kha"} {
		g := Good
		err := g.UnmarshalText([]byte(in))
		if err == nil || g != Good || err.Error() != "sqi: unknown grade "+`"`+in+`"` {
			t.Errorf("Grade.UnmarshalText(%q) = %v, %v; want an unknown grade error", in, g, err)
		}
	}
	var gs []Grade
	if err := json.Unmarshal([]byte(`["Trung bình","Yếu"]`), &gs); err != nil || !cmp.Equal(gs, []Grade{Average, Weak}) {
		t.Errorf("json.Unmarshal = %v, %v", gs, err)
	}
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Config)
		want   string
	}{
		{"no group", func(c *Config) { c.Indicators[0].Group = GroupUnknown }, "sqi: indicator 1.1 has no group"},
		{"group out of range", func(c *Config) { c.Indicators[2].Group = Group(6) }, "sqi: indicator 1.3 has no group"},
		{"duplicate ID", func(c *Config) { c.Indicators[3].ID = "1.2" }, "sqi: indicator 1.2 twice"},
		{"negative weight", func(c *Config) { c.Indicators[4].Max = -One }, "sqi: indicator 2.1 has a weight or threshold out of range"},
		{"negative threshold", func(c *Config) { c.Indicators[5].FullAt = -1 }, "sqi: indicator 3.1 has a weight or threshold out of range"},
		{"threshold over 100%", func(c *Config) { c.Indicators[5].FullAt = kpi.Full + 1 }, "sqi: indicator 3.1 has a weight or threshold out of range"},
		{"group short", func(c *Config) { c.Indicators[14].Max = 11*One + 5000 }, "sqi: group mức độ hài lòng has 17,5 points; want 18"},
		{"group over", func(c *Config) { c.Indicators[0].Max = 5 * One }, "sqi: group công khai, minh bạch has 19 points; want 18"},
		{"bands equal", func(c *Config) { c.Bands[2].Min = c.Bands[1].Min }, "sqi: bands must descend"},
		{"bands ascend", func(c *Config) { c.Bands[4].Min = 60 * One }, "sqi: bands must descend"},
		{"indicator moved", func(c *Config) { c.Indicators[0].Group = Progress }, "sqi: group công khai, minh bạch has 14 points; want 18"},
	}
	for _, tt := range tests {
		c := Default()
		tt.change(&c)
		err := c.Validate()
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Validate() = %v; want %q", tt.name, err, tt.want)
		}
	}
	// A threshold of exactly 100% and no bands at all are valid.
	c := Default()
	c.Indicators[5].FullAt = kpi.Full
	c.Bands = nil
	if err := c.Validate(); err != nil {
		t.Errorf("Validate() = %v; want nil", err)
	}
	// The total is checked when every group is: with the group maxima
	// fixed at 100 that can only fail together with a group, so an empty
	// config fails on the first group.
	if err := (Config{}).Validate(); err == nil || err.Error() != "sqi: group công khai, minh bạch has 0 points; want 18" {
		t.Errorf("empty Validate() = %v", err)
	}
}

func TestGradeOfBands(t *testing.T) {
	if got := (Config{}).GradeOf(50 * One); got != GradeUnknown {
		t.Errorf("no bands: GradeOf = %v; want unknown", got)
	}
	// A score under every band takes the last one.
	c := Config{Bands: []Band{{Excellent, 90 * One, true}, {Average, 40 * One, false}}}
	for _, tt := range []struct {
		p    Points
		want Grade
	}{
		{100 * One, Excellent}, {90 * One, Excellent}, {89 * One, Average}, {40 * One, Average}, {39 * One, Average}, {-1, Average},
	} {
		if got := c.GradeOf(tt.p); got != tt.want {
			t.Errorf("GradeOf(%v) = %v; want %v", tt.p, got, tt.want)
		}
	}
}

func TestComputeEdges(t *testing.T) {
	c := Default()
	// Nothing measured: nothing applies and there is no grade.
	for _, rs := range [][]Ratio{nil, {{"2.1", 0, 0}}} {
		rep, err := c.Compute(rs)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Total != 0 || rep.Max != 0 || rep.Normalized != 0 || rep.Grade != GradeUnknown || len(rep.Scores) != len(c.Indicators) {
			t.Errorf("Compute(%v) = total %v max %v normalized %v grade %v, %d scores", rs, rep.Total, rep.Max, rep.Normalized, rep.Grade, len(rep.Scores))
		}
		for _, s := range rep.Scores {
			if s.Applicable || s.Points != 0 {
				t.Errorf("Compute(%v): %s applicable %v points %v", rs, s.Indicator.ID, s.Applicable, s.Points)
			}
		}
	}
	// A zero denominator leaves the indicator out but keeps its counts.
	rep, err := c.Compute([]Ratio{{"2.1", 0, 0}, {"5.1", 3, 4}})
	if err != nil {
		t.Fatal(err)
	}
	// 5.1: 75% of 6 points = 4,5 of 6 → 75 of 100.
	if rep.Total != 4*One+5000 || rep.Max != 6*One || rep.Normalized != 75*One || rep.Grade != Fair || rep.Groups[Satisfaction] != 4*One+5000 {
		t.Errorf("Compute = total %v max %v normalized %v grade %v groups %v", rep.Total, rep.Max, rep.Normalized, rep.Grade, rep.Groups)
	}
	byID := map[string]Score{}
	for _, s := range rep.Scores {
		byID[s.Indicator.ID] = s
	}
	if s := byID["5.1"]; !s.Applicable || s.Value != 75*kpi.Point || s.Num != 3 || s.Den != 4 || s.Points != 4*One+5000 {
		t.Errorf("5.1 = %+v", s)
	}
	if s := byID["2.1"]; s.Applicable || s.Num != 0 || s.Den != 0 {
		t.Errorf("2.1 = %+v", s)
	}
	// Thresholds: 3.3 scores in full from 50%; 40% is 4/5 of its 6 points.
	for _, tt := range []struct {
		num, den int64
		want     Points
	}{
		{1, 2, 6 * One}, {9, 10, 6 * One}, {2, 5, 4*One + 8000}, {0, 5, 0},
	} {
		rep, err := c.Compute([]Ratio{{"3.3", tt.num, tt.den}})
		if err != nil || rep.Total != tt.want {
			t.Errorf("3.3 at %d/%d = %v, %v; want %v", tt.num, tt.den, rep.Total, err, tt.want)
		}
	}
	// Normalisation rounds once, half away from zero: 1 of 3 on 2.1 is
	// 6,6667 of 20 points → 33,3335 of 100.
	rep, _ = c.Compute([]Ratio{{"2.1", 1, 3}})
	if rep.Total != 66667 || rep.Normalized != 333335 || rep.Grade != Weak {
		t.Errorf("1 of 3 = total %v normalized %v grade %v", rep.Total, rep.Normalized, rep.Grade)
	}
	for _, tt := range []struct {
		rs   []Ratio
		want string
	}{
		{[]Ratio{{"9.9", 1, 2}}, `sqi: unknown indicator "9.9"`},
		{[]Ratio{{"", 1, 2}}, `sqi: unknown indicator ""`},
		{[]Ratio{{"2.1", -1, 2}}, "sqi: indicator 2.1 has counts out of range"},
		{[]Ratio{{"2.1", 0, -2}}, "sqi: indicator 2.1 has counts out of range"},
		{[]Ratio{{"1.1", 1, 1}, {"4.3", 5, 4}}, "sqi: indicator 4.3 has counts out of range"},
	} {
		rep, err := c.Compute(tt.rs)
		if err == nil || err.Error() != tt.want || rep.Scores != nil {
			t.Errorf("Compute(%v) = %v; want %q and an empty report", tt.rs, err, tt.want)
		}
	}
}
