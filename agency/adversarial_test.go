package agency_test

import (
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/internal/adversarial"
)

// This file feeds hostile input to the parsers — 1 MB of "1/1/1/…",
// 100,000 bullets, 10,000 nested "+" levels, a single 1 MB line, invalid
// UTF-8, NUL bytes — and checks that each call returns within a generous
// bound (it is a hang detector, not a speed test), does not panic, and
// returns well-formed results.

func TestAdversarialFindAll(t *testing.T) {
	reg := agency.Default()
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			var ms []agency.Mention
			adversarial.Run(t, func() { ms = reg.FindAll(in.Text, nil) })
			prev := 0
			for i, m := range ms {
				if m.Start < prev || m.End < m.Start || m.End > len(in.Text) ||
					m.NameStart < m.Start || m.NameStart > m.End {
					t.Fatalf("mention[%d] span [%d,%d) name at %d out of order or bounds (previous end %d, len %d)",
						i, m.Start, m.End, m.NameStart, prev, len(in.Text))
				}
				prev = m.End
			}
			t.Logf("%d mentions in %d bytes", len(ms), len(in.Text))
		})
	}
}

func TestAdversarialResolve(t *testing.T) {
	reg := agency.Default()
	for _, in := range adversarial.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			adversarial.Run(t, func() { reg.Resolve(in.Text, nil) })
			adversarial.Run(t, func() { reg.Find(in.Text, nil) })
		})
	}
}
