package kpi_test

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results or a *kpi.ParseError.

// advTimeout bounds one call on one hostile input; a call that takes longer
// is taken to hang. It is 20 s, or 120 s in a binary built with -race, whose
// detector slows code down 5–20×.
func advTimeout() time.Duration {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return 120 * time.Second
			}
		}
	}
	return 20 * time.Second
}

type advInput struct {
	name string
	text string
}

// advInputs returns the hostile inputs, built from the seed where the input
// should look like a real document.
func advInputs() []advInput {
	seed := seeds.HaiPhongDeAn06Text()
	oneLine := strings.NewReplacer("\r\n", " ", "\n", " ").Replace(seed)
	var line strings.Builder
	for line.Len() < 1<<20 {
		line.WriteString(oneLine)
		line.WriteByte(' ')
	}
	var nested strings.Builder
	for i := 0; i < 10000; i++ {
		nested.WriteString("+ ")
	}
	nested.WriteString("trước ngày 30/6/2024 hoàn thành 100% hồ sơ\n")
	var stair strings.Builder
	for i := 1; i <= 10000; i++ {
		stair.WriteString(strings.Repeat("+", i%200+1))
		stair.WriteString(" Sở Tư pháp hoàn thành trước ngày 15/3\n")
	}
	invalid := []byte(seed)
	for i := 7; i < len(invalid); i += 97 {
		invalid[i] = 0xff
	}
	var badUTF8 strings.Builder
	for badUTF8.Len() < 1<<20 {
		badUTF8.WriteString("ng\xc3y 3\xe1\xbb/6/2024 \xed\xa0\x80 qu\xfd III/2024 \xf4\x90\x80\x80 ")
	}
	withNUL := strings.ReplaceAll(seed, " ", "\x00")
	return []advInput{
		{"1MB of 1/1/1", strings.Repeat("1/", 1<<19)},
		{"100000 bullets", strings.Repeat("- x\n", 100000)},
		{"10000 nested + on one line", nested.String()},
		{"10000 lines of nested +", stair.String()},
		{"single 1MB line", line.String()},
		{"invalid UTF-8 in the seed", string(invalid)},
		{"1MB of invalid UTF-8 around dates", badUTF8.String()},
		{"seed with NUL for spaces", withNUL},
		{"1MB of NUL", strings.Repeat("\x00", 1<<20)},
		{"NUL inside a date", "trước ngày 30\x00/6/2024 và ngày\x0015 tháng 3 năm 2024\x00"},
	}
}

// advRun runs f on another goroutine and fails the test if it panics or
// does not return within advTimeout().
func advRun(t *testing.T, f func()) {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
				return
			}
			done <- ""
		}()
		f()
	}()
	limit := advTimeout()
	select {
	case msg := <-done:
		if msg != "" {
			t.Fatal(msg)
		}
	case <-time.After(limit):
		t.Fatalf("did not return within %v", limit)
	}
}

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
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var (
				targets []kpi.Target
				stats   []kpi.Statistic
				only    []kpi.Target
			)
			advRun(t, func() {
				targets, stats = kpi.Find(in.text)
				only = kpi.FindTargets(in.text)
			})
			advCheckTargets(t, in.text, targets)
			advCheckTargets(t, in.text, only)
			if len(only) != len(targets) {
				t.Errorf("FindTargets found %d targets, Find %d", len(only), len(targets))
			}
			t.Logf("%d targets, %d statistics in %d bytes", len(targets), len(stats), len(in.text))
		})
	}
}

func TestAdversarialParseTarget(t *testing.T) {
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var err error
			advRun(t, func() { _, err = kpi.ParseTarget(in.text) })
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
