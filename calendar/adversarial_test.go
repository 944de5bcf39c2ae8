package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/adversarial"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results or a *ParseError.

func TestAdversarialFindAll(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var found []calendar.Found
			adversarial.Run(t, func() { found = calendar.FindAll(in.Text, ref) })
			prev := 0
			for i, f := range found {
				e := f.Expr
				if e.Start < prev || e.End < e.Start || e.End > len(in.Text) {
					t.Fatalf("found[%d] span [%d,%d) out of order or bounds (previous end %d, len %d)",
						i, e.Start, e.End, prev, len(in.Text))
				}
				prev = e.End
				if f.Err != nil && (f.Err.Msg == "" || f.Err.Offset < 0 || f.Err.Offset > len(f.Err.Input)) {
					t.Fatalf("found[%d] has an unclear error %#v", i, f.Err)
				}
			}
			t.Logf("%d expressions in %d bytes", len(found), len(in.Text))
		})
	}
}

func TestAdversarialParse(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: time.March, Day: 1}
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var (
				e   calendar.Expr
				err error
			)
			adversarial.Run(t, func() { e, err = calendar.Parse(in.Text, ref) })
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
			if e.Kind == calendar.KindUnknown || e.Start < 0 || e.End < e.Start || e.End > len(in.Text) {
				t.Fatalf("Parse = kind %v span [%d,%d) in %d bytes, no error", e.Kind, e.Start, e.End, len(in.Text))
			}
		})
	}
}
