package bench

import (
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	dps "github.com/markusmobius/go-dateparser"
)

// TestParseSpeedup checks the bar: calendar.Parse is at least 200× faster
// than go-dateparser on the same corpus phrases, measured in the same run
// (so the machine's speed cancels out), at no more than 1 allocation per
// phrase on average. It runs each side under testing.Benchmark at a short
// benchmark time, three times in turn, and keeps each side's fastest run, so
// that a burst of other work on the machine does not decide the ratio (about
// 2 s in all); cmd/compare measures at full length. -short skips it.
func TestParseSpeedup(t *testing.T) {
	if testing.Short() {
		t.Skip("measures with testing.Benchmark")
	}
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	restore, err := SetBenchTime("150ms")
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	p := CorpusPhrases(cases)
	best := Fastest(3, ChidaoParseBench(p), PeerParseBench(p))
	ours, peer := best[0], best[1]
	ratio := NsPerOp(peer) / NsPerOp(ours)
	t.Logf("calendar.Parse %.0f ns/op %.2f allocs/op; go-dateparser %.0f ns/op %.1f allocs/op; ratio %.0f×",
		NsPerOp(ours), AllocsPerOp(ours), NsPerOp(peer), AllocsPerOp(peer), ratio)
	if ratio < 200 {
		t.Errorf("calendar.Parse is %.0f× faster than go-dateparser, want ≥ 200×", ratio)
	}
	if a := AllocsPerOp(ours); a > 1 {
		t.Errorf("calendar.Parse makes %.2f allocs/op over the corpus, want ≤ 1", a)
	}
}

// TestParseAllocsPerPhrase reports, phrase by phrase, how many allocations
// calendar.Parse makes, and fails for a phrase that parses without error yet
// allocates more than once.
func TestParseAllocsPerPhrase(t *testing.T) {
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	over := 0
	for _, c := range cases {
		ref := calendar.DateOf(c.RefTime)
		_, perr := calendar.Parse(c.Text, ref)
		n := testing.AllocsPerRun(20, func() { _, _ = calendar.Parse(c.Text, ref) })
		if n > 1 {
			over++
			if perr == nil {
				t.Errorf("calendar.Parse(%q) makes %.0f allocs", c.Text, n)
			} else {
				t.Logf("calendar.Parse(%q) makes %.0f allocs (error path)", c.Text, n)
			}
		}
	}
	t.Logf("%d of %d phrases allocate more than once", over, len(cases))
}

// TestNumericAgreement checks that calendar.Parse, time.Parse and
// go-dateparser read the numeric phrases of the floor benchmark alike, so
// that the floor compares like with like.
func TestNumericAgreement(t *testing.T) {
	for _, layout := range []string{"02/01/2006", "2006-01-02"} {
		p := NumericPhrases(layout)
		ref := calendar.DateOf(NumericRef())
		for i, s := range p.Texts {
			tt, err := time.Parse(layout, s)
			if err != nil {
				t.Fatal(err)
			}
			want := calendar.DateOf(tt)
			e, err := calendar.Parse(s, ref)
			if err != nil || e.Kind != calendar.KindDate || e.Period.First != want {
				t.Errorf("calendar.Parse(%q) = %v, %v; want date %v", s, e.Period.First, err, want)
			}
			if i%10 == 0 { // go-dateparser is slow: a sample is enough
				d, err := dps.Parse(PeerConfig(Case{RefTime: NumericRef()}), s)
				if err != nil || calendar.DateOf(d.Time) != want {
					t.Logf("go-dateparser(%q) = %v, %v; want %v", s, d.Time, err, want)
				}
			}
		}
	}
}

// BenchmarkParse runs calendar.Parse, go-dateparser and, on the numeric
// layouts, time.Parse over the same phrases, one phrase per op:
//
//	go test -run '^$' -bench Parse -benchmem
func BenchmarkParse(b *testing.B) {
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	corpus := CorpusPhrases(cases)
	b.Run("corpus/chidao", ChidaoParseBench(corpus))
	b.Run("corpus/go-dateparser", PeerParseBench(corpus))
	for _, l := range []struct{ name, layout string }{{"dmy", "02/01/2006"}, {"iso", "2006-01-02"}} {
		p := NumericPhrases(l.layout)
		b.Run(l.name+"/chidao", ChidaoParseBench(p))
		b.Run(l.name+"/go-dateparser", PeerParseBench(p))
		b.Run(l.name+"/time.Parse", TimeParseBench(p, l.layout))
	}
}
