package directive_test

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/seeds"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns a Directive whose spans lie in the input, or a *directive.ParseError.

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

func TestAdversarialParse(t *testing.T) {
	opts := &directive.ParseOptions{Registry: agency.Default()}
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var (
				d   *directive.Directive
				err error
			)
			advRun(t, func() { d, err = directive.Parse(in.text, opts) })
			if err != nil {
				var pe *directive.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %T is not a *directive.ParseError", err)
				}
				if err.Error() == "" {
					t.Fatal("empty error message")
				}
				t.Logf("error: %.200s", err.Error())
				return
			}
			if d == nil {
				t.Fatal("nil directive and nil error")
			}
			advCheckSpans(t, in.text, d)
			if len(d.Assignments) == 0 && len(d.Warnings) == 0 && len(in.text) > 1000 {
				msg := fmt.Sprintf("%d bytes read as a directive with no assignment, no warning and no error: "+
					"the text is dropped silently (issuer %.60q, subject %.60q)", len(in.text), d.Issuer, d.Subject)
				t.Error(msg)
			}
			t.Logf("%d assignments, %d warnings in %d bytes", len(d.Assignments), len(d.Warnings), len(in.text))
		})
	}
}

// advCheckSpans checks that every span in d lies inside text.
func advCheckSpans(t *testing.T, text string, d *directive.Directive) {
	t.Helper()
	check := func(what string, s directive.Span) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s span [%d,%d) outside the %d-byte input", what, s.Start, s.End, len(text))
		}
	}
	for _, w := range d.Warnings {
		check("warning", w.Span)
		if w.Msg == "" {
			t.Fatal("warning without a message")
		}
	}
	var tasks func([]directive.Task)
	tasks = func(ts []directive.Task) {
		for _, tk := range ts {
			check("task "+tk.Label, tk.Span)
			tasks(tk.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		check("assignment "+a.Label, a.Span)
		tasks(a.Tasks)
	}
}

func TestAdversarialFindReferences(t *testing.T) {
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			var refs []directive.Reference
			advRun(t, func() { refs = directive.FindReferences(in.text) })
			prev := 0
			for i, r := range refs {
				if r.Span.Start < prev || r.Span.End < r.Span.Start || r.Span.End > len(in.text) {
					t.Fatalf("reference[%d] span [%d,%d) out of order or bounds (previous end %d, len %d)",
						i, r.Span.Start, r.Span.End, prev, len(in.text))
				}
				prev = r.Span.End
			}
			t.Logf("%d references in %d bytes", len(refs), len(in.text))
		})
	}
}

func TestAdversarialReport(t *testing.T) {
	asOf := calendar.Date{Year: 2024, Month: time.July, Day: 1}
	for _, in := range advInputs() {
		t.Run(in.name, func(t *testing.T) {
			d, err := directive.Parse(in.text, nil)
			if err != nil {
				t.Skip("not a directive: nothing to report on")
			}
			advRun(t, func() { directive.NewReport(d, nil, asOf, nil) })
		})
	}
}
