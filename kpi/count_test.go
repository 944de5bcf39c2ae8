package kpi_test

import (
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

// This file pins which counts make a measurement: a share of a positive
// denominator, the numerator in [0, den]. "5 of 0" is no 0% reading, "50
// of 40" no 125% and "−1 of 40" no −2.5%: they are errors.

func TestNewCount(t *testing.T) {
	d := calendar.Date{Year: 2024, Month: time.June, Day: 30}
	for _, tc := range []struct {
		num, den int64
		want     error
		msg      string
	}{
		{37, 40, nil, ""},
		{0, 40, nil, ""},
		{40, 40, nil, ""},
		{5, 0, kpi.ErrZeroDenominator, "kpi: count 5 of 0: zero denominator"},
		{0, 0, kpi.ErrZeroDenominator, "kpi: count 0 of 0: zero denominator"},
		{50, 40, kpi.ErrCountRange, "kpi: count 50 of 40: numerator outside [0, denominator]"},
		{-1, 40, kpi.ErrCountRange, "kpi: count -1 of 40: numerator outside [0, denominator]"},
		{1, -40, kpi.ErrCountRange, "kpi: count 1 of -40: negative denominator"},
	} {
		m, err := kpi.NewCount(d, tc.num, tc.den)
		if tc.want == nil {
			if err != nil || m != kpi.Count(d, tc.num, tc.den) || m.Check() != nil {
				t.Errorf("NewCount(%d, %d) = %v, %v; want Count's measurement", tc.num, tc.den, m, err)
			}
			continue
		}
		var ce *kpi.CountError
		if !errors.Is(err, tc.want) || !errors.As(err, &ce) || ce.Num != tc.num || ce.Den != tc.den || err.Error() != tc.msg {
			t.Errorf("NewCount(%d, %d) error %v; want %q wrapping %v", tc.num, tc.den, err, tc.msg, tc.want)
		}
		if m != (kpi.Measurement{}) {
			t.Errorf("NewCount(%d, %d) = %v with its error, want the zero Measurement", tc.num, tc.den, m)
		}
		// Count does not check; Check says what is wrong with what it made.
		if tc.num != 0 || tc.den != 0 {
			if err := kpi.Count(d, tc.num, tc.den).Check(); !errors.Is(err, tc.want) {
				t.Errorf("Count(%d, %d).Check() = %v, want %v", tc.num, tc.den, err, tc.want)
			}
		}
	}
	if err := kpi.Reading(d, kpi.MustParsePercent("87,5%")).Check(); err != nil {
		t.Errorf("a reading: %v", err)
	}
}

func TestParseErrorSentinels(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want error
	}{
		{func() error { _, err := kpi.ParseTarget("không có số"); return err }(), kpi.ErrNoPercentage},
		{func() error { _, err := kpi.ParseTarget("Năm 2023 đã đạt 85%"); return err }(), kpi.ErrStatistic},
		{func() error { _, err := kpi.ParsePercent("   "); return err }(), kpi.ErrNoPercentage},
	} {
		var pe *kpi.ParseError
		if !errors.As(tc.err, &pe) || !errors.Is(tc.err, tc.want) {
			t.Errorf("%v: want a *ParseError wrapping %v", tc.err, tc.want)
		}
	}
	_, err := kpi.ParsePercent("1.2.3,4,5%")
	if errors.Is(err, kpi.ErrNoPercentage) || errors.Is(err, kpi.ErrStatistic) {
		t.Errorf("malformed number %v: a sentinel of another fault", err)
	}
}
