package calendar_test

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/seeds"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results or a *ParseError.

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
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var found []calendar.Found
			advRun(t, func() { found = calendar.FindAll(in.text, ref) })
			prev := 0
			for i, f := range found {
				e := f.Expr
				if e.Start < prev || e.End < e.Start || e.End > len(in.text) {
					t.Fatalf("found[%d] span [%d,%d) out of order or bounds (previous end %d, len %d)",
						i, e.Start, e.End, prev, len(in.text))
				}
				prev = e.End
				if f.Err != nil && (f.Err.Msg == "" || f.Err.Offset < 0 || f.Err.Offset > len(f.Err.Input)) {
					t.Fatalf("found[%d] has an unclear error %#v", i, f.Err)
				}
			}
			t.Logf("%d expressions in %d bytes", len(found), len(in.text))
		})
	}
}

func TestAdversarialParse(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var (
				e   calendar.Expr
				err error
			)
			advRun(t, func() { e, err = calendar.Parse(in.text, ref) })
			if err != nil {
				var pe *calendar.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %T is not a *calendar.ParseError", err)
				}
				if pe.Msg == "" || pe.Offset < 0 || pe.Offset > len(pe.Input) {
					t.Fatalf("unclear error: offset %d in %d bytes, msg %q", pe.Offset, len(pe.Input), pe.Msg)
				}
				return
			}
			if e.Kind == calendar.KindUnknown || e.Start < 0 || e.End < e.Start || e.End > len(in.text) {
				t.Fatalf("Parse = kind %v span [%d,%d) in %d bytes, no error", e.Kind, e.Start, e.End, len(in.text))
			}
		})
	}
}
