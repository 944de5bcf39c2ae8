package bench

import (
	"runtime"
	"testing"
	"time"

	"github.com/chidao/chidao/calendar"
	dps "github.com/markusmobius/go-dateparser"
)

// Phrases is a list of phrases with the reference date each is read against.
type Phrases struct {
	Texts []string
	Refs  []time.Time
}

// CorpusPhrases returns the phrases of the corpus cases.
func CorpusPhrases(cases []Case) Phrases {
	var p Phrases
	for _, c := range cases {
		p.Texts = append(p.Texts, c.Text)
		p.Refs = append(p.Refs, c.RefTime)
	}
	return p
}

// NumericRef is the reference date of the numeric phrases, 2024-01-01.
func NumericRef() time.Time { return time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC) }

// NumericPhrases returns the days of 2024, every fifth day, written in the
// time layout given ("02/01/2006" is the day-first numeric form of
// Vietnamese documents, "2006-01-02" ISO): the inputs on which time.Parse,
// which knows only fixed layouts, is the floor.
func NumericPhrases(layout string) Phrases {
	var p Phrases
	for d := NumericRef(); d.Year() == 2024; d = d.AddDate(0, 0, 5) {
		p.Texts = append(p.Texts, d.Format(layout))
		p.Refs = append(p.Refs, NumericRef())
	}
	return p
}

// ChidaoParseBench benchmarks calendar.Parse, one phrase per op, cycling
// through the phrases.
func ChidaoParseBench(p Phrases) func(*testing.B) {
	refs := make([]calendar.Date, len(p.Refs))
	for i, r := range p.Refs {
		refs[i] = calendar.DateOf(r)
	}
	texts := p.Texts
	return func(b *testing.B) {
		b.ReportAllocs()
		sink := 0
		for i := 0; i < b.N; i++ {
			k := i % len(texts)
			e, _ := calendar.Parse(texts[k], refs[k])
			sink += e.End
		}
		runtime.KeepAlive(sink)
	}
}

// PeerParseBench benchmarks go-dateparser's Parse (Vietnamese, day-first,
// CurrentTime fixed to each phrase's reference date), one phrase per op.
func PeerParseBench(p Phrases) func(*testing.B) {
	cfgs := make([]*dps.Configuration, len(p.Refs))
	for i, r := range p.Refs {
		cfgs[i] = PeerConfig(Case{RefTime: r})
	}
	texts := p.Texts
	return func(b *testing.B) {
		b.ReportAllocs()
		parser := &dps.Parser{}
		sink := 0
		for i := 0; i < b.N; i++ {
			k := i % len(texts)
			d, _ := parser.Parse(cfgs[k], texts[k])
			sink += d.Time.Day()
		}
		runtime.KeepAlive(sink)
	}
}

// TimeParseBench benchmarks time.Parse with a fixed layout, one phrase per op.
func TimeParseBench(p Phrases, layout string) func(*testing.B) {
	texts := p.Texts
	return func(b *testing.B) {
		b.ReportAllocs()
		sink := 0
		for i := 0; i < b.N; i++ {
			t, _ := time.Parse(layout, texts[i%len(texts)])
			sink += t.Day()
		}
		runtime.KeepAlive(sink)
	}
}

// Fastest runs each benchmark count times under testing.Benchmark, in turn
// (so that a burst of other work on the machine falls on one run of each,
// not on all runs of one), and returns each one's fastest run.
func Fastest(count int, fns ...func(*testing.B)) []testing.BenchmarkResult {
	best := make([]testing.BenchmarkResult, len(fns))
	for round := 0; round < count; round++ {
		for i, f := range fns {
			r := testing.Benchmark(f)
			if round == 0 || NsPerOp(r) < NsPerOp(best[i]) {
				best[i] = r
			}
		}
	}
	return best
}

// NsPerOp is r's time per operation as a float (testing.BenchmarkResult's
// NsPerOp truncates to an integer).
func NsPerOp(r testing.BenchmarkResult) float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.T.Nanoseconds()) / float64(r.N)
}

// AllocsPerOp is r's allocations per operation as a float.
func AllocsPerOp(r testing.BenchmarkResult) float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.MemAllocs) / float64(r.N)
}
