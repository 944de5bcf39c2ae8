package kpi_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao/internal/adversarial"
	"github.com/chidao/chidao/kpi"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results or a *kpi.ParseError.

func advCheckTargets(t *testing.T, text string, ts []kpi.Target) {
	t.Helper()
	prev := 0
	for i, tg := range ts {
		if tg.Start < prev || tg.End < tg.Start || tg.End > len(text) {
			t.Fatalf("target[%d] span [%d,%d) out of order or bounds (previous end %d, len %d)",
				i, tg.Start, tg.End, prev, len(text))
		}
		if tg.MetricStart > tg.MetricEnd || tg.MetricEnd > len(text) {
			t.Fatalf("target[%d] metric span [%d,%d) out of bounds", i, tg.MetricStart, tg.MetricEnd)
		}
		prev = tg.End
	}
}

func TestAdversarialFind(t *testing.T) {
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var (
				targets []kpi.Target
				stats   []kpi.Statistic
				only    []kpi.Target
			)
			adversarial.Run(t, func() {
				targets, stats = kpi.Find(in.Text)
				only = kpi.FindTargets(in.Text)
			})
			advCheckTargets(t, in.Text, targets)
			advCheckTargets(t, in.Text, only)
			if len(only) != len(targets) {
				t.Errorf("FindTargets found %d targets, Find %d", len(only), len(targets))
			}
			t.Logf("%d targets, %d statistics in %d bytes", len(targets), len(stats), len(in.Text))
		})
	}
}

func TestAdversarialParseTarget(t *testing.T) {
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var err error
			adversarial.Run(t, func() { _, err = kpi.ParseTarget(in.Text) })
			if err == nil {
				return
			}
			var pe *kpi.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *kpi.ParseError", err)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
		})
	}
}
