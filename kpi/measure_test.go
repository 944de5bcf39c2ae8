package kpi

import (
	"math"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestMeasurementString pins the text of a Measurement with and without
// counts.
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

// TestSeriesSortedAt pins Series.Sorted and At: order by date, the last
// reading on or before a day.
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
