package agency_test

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/seeds"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results.

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

func TestAdversarialFindAll(t *testing.T) {
	reg := agency.Default()
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var ms []agency.Mention
			advRun(t, func() { ms = reg.FindAll(in.text, nil) })
			prev := 0
			for i, m := range ms {
				if m.Start < prev || m.End < m.Start || m.End > len(in.text) ||
					m.NameStart < m.Start || m.NameStart > m.End {
					t.Fatalf("mention[%d] span [%d,%d) name at %d out of order or bounds (previous end %d, len %d)",
						i, m.Start, m.End, m.NameStart, prev, len(in.text))
				}
				prev = m.End
			}
			t.Logf("%d mentions in %d bytes", len(ms), len(in.text))
		})
	}
}

func TestAdversarialResolve(t *testing.T) {
	reg := agency.Default()
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			advRun(t, func() { reg.Resolve(in.text, nil) })
			advRun(t, func() { reg.Find(in.text, nil) })
		})
	}
}
