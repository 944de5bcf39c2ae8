// Command compare measures chidao's calendar.Parse against
// github.com/markusmobius/go-dateparser (Vietnamese, day-first, fixed
// reference time) and time.Parse (fixed numeric layouts, the floor) on the
// same phrases, scores both parsers on the public corpus under the rules of
// CORPUS_SPEC.md, measures the cold-start cost of importing each, and prints
// one comparison table.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/compare
//
// Flags: -benchtime (per benchmark run, default 500ms), -count (runs per
// benchmark, in turn with the others; the fastest is reported; default 3),
// -runs (cold-start runs per probe, default 7), -corpus (default
// testdata/dates.jsonl).
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/bench"
)

func main() {
	testing.Init()
	benchtime := flag.String("benchtime", "500ms", "time per benchmark run, as for go test -benchtime")
	count := flag.Int("count", 3, "runs per benchmark, in turn with the others (the fastest is reported)")
	runs := flag.Int("runs", 7, "cold-start runs per probe program (medians are reported)")
	corpus := flag.String("corpus", "testdata/dates.jsonl", "corpus file (JSONL, CORPUS_SPEC.md)")
	flag.Parse()
	if err := run(*benchtime, *count, *runs, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

type row struct {
	metric, ours, peer, floor, ratio string
}

func run(benchtime string, count, runs int, corpus string) error {
	cases, err := bench.LoadCorpus(corpus)
	if err != nil {
		return err
	}
	restore, err := bench.SetBenchTime(benchtime)
	if err != nil {
		return err
	}
	defer restore()

	var rows []row
	phrases := bench.CorpusPhrases(cases)
	fmt.Fprintf(os.Stderr, "benchmarking %d corpus phrases…\n", len(cases))
	best := bench.Fastest(count, bench.ChidaoParseBench(phrases), bench.PeerParseBench(phrases))
	rows = append(rows, perfRows(fmt.Sprintf("Parse, %d corpus phrases", len(cases)), best[0], best[1], nil)...)
	for _, layout := range []string{"02/01/2006", "2006-01-02"} {
		p := bench.NumericPhrases(layout)
		fmt.Fprintf(os.Stderr, "benchmarking %d phrases in layout %s…\n", len(p.Texts), layout)
		b := bench.Fastest(count, bench.ChidaoParseBench(p), bench.PeerParseBench(p), bench.TimeParseBench(p, layout))
		rows = append(rows, perfRows(fmt.Sprintf("Parse, %d dates %q", len(p.Texts), layout), b[0], b[1], &b[2])...)
	}

	acc, _ := bench.ChidaoAccuracy(cases)
	pacc := bench.PeerAccuracy(cases)
	lacc := bench.PeerAccuracyLenient(cases)
	rows = append(rows,
		row{fmt.Sprintf("corpus accuracy, all %d cases", acc.All), pct(acc.AllPassed, acc.All), pct(pacc.AllPassed, pacc.All), "", ""},
		row{"  the same, go-dateparser with IgnoreSurroundingText", "—", pct(lacc.AllPassed, lacc.All), "", ""},
		row{fmt.Sprintf("corpus accuracy, %d cases of kind date (what go-dateparser can express)", acc.Expr),
			pct(acc.ExprPassed, acc.Expr), pct(pacc.ExprPassed, pacc.Expr), "", ""},
		row{"  the same, go-dateparser with IgnoreSurroundingText", "—", pct(lacc.ExprPassed, lacc.Expr), "", ""},
	)

	fmt.Fprintf(os.Stderr, "measuring cold start (%d runs per probe)…\n", runs)
	cs, err := bench.MeasureColdStart([]string{"calendar", "chidao", "dateparser"}, runs, "trước ngày 30/6/2024")
	if err != nil {
		return err
	}
	cal, all, dp := cs[0], cs[1], cs[2]
	rows = append(rows,
		row{"init time added by the import (calendar / all)", ms(cal.InitNs) + " / " + ms(all.InitNs), ms(dp.InitNs), "", ratio(float64(dp.InitNs), float64(all.InitNs))},
		row{"bytes allocated during init (calendar / all)", bytes(cal.InitBytes) + " / " + bytes(all.InitBytes), bytes(dp.InitBytes), "", ratio(float64(dp.InitBytes), float64(all.InitBytes))},
		row{"live heap after init, after a GC (calendar / all)", bytes(cal.HeapAfterInit) + " / " + bytes(all.HeapAfterInit), bytes(dp.HeapAfterInit), "", ratio(float64(dp.HeapAfterInit), float64(all.HeapAfterInit))},
		row{"first Parse in a fresh process (calendar / all)", us(cal.FirstCallNs) + " / " + us(all.FirstCallNs), us(dp.FirstCallNs), "", ratio(float64(dp.FirstCallNs), float64(max(cal.FirstCallNs, all.FirstCallNs)))},
		row{"binary size added (probe program) (calendar / all)", bytes(cal.BinaryDelta) + " / " + bytes(all.BinaryDelta), bytes(dp.BinaryDelta), "", ratio(float64(dp.BinaryDelta), float64(all.BinaryDelta))},
	)

	fmt.Printf("chidao vs go-dateparser v1.4.7 vs time.Parse — %s %s/%s, %d CPUs, fastest of %d runs of %s, cold start median of %d runs\n\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), count, benchtime, runs)
	printTable(append([]row{{"metric", "chidao", "go-dateparser", "time.Parse", "go-dateparser ÷ chidao"}}, rows...))
	fmt.Println()
	fmt.Println(strings.Join([]string{
		"Parse rows: one phrase per op, cycling through the phrases; chidao is calendar.Parse, go-dateparser is",
		"Parse with Languages [vi], DateOrder DMY and CurrentTime fixed to each phrase's reference date.",
		"Accuracy: the CORPUS_SPEC.md rules (score.py). chidao is scored with spans; go-dateparser without",
		"(its Parse reports none), and its failure to parse counts as a pass on kind none/error cases.",
		"Cold start: GODEBUG=inittrace=1 on programs under cmd/coldstart, net of one that imports nothing;",
		"chidao column: calendar only / every chidao package. Binary sizes: default go build flags.",
	}, "\n"))
	return nil
}

// printTable prints rows as a table: the first column left-aligned, the
// others right-aligned, a rule under the heading.
func printTable(rows []row) {
	cells := func(r row) []string { return []string{r.metric, r.ours, r.peer, dash(r.floor), dash(r.ratio)} }
	width := make([]int, 5)
	for _, r := range rows {
		for i, c := range cells(r) {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for k, r := range rows {
		var b strings.Builder
		for i, c := range cells(r) {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString("  " + pad + c)
			}
		}
		fmt.Println(b.String())
		if k == 0 {
			total := 0
			for _, w := range width {
				total += w + 2
			}
			fmt.Println(strings.Repeat("-", total-2))
		}
	}
}

func perfRows(what string, ours, peer testing.BenchmarkResult, floor *testing.BenchmarkResult) []row {
	r := []row{
		{what + ": ns/op", ns(bench.NsPerOp(ours)), ns(bench.NsPerOp(peer)), "", ratio(bench.NsPerOp(peer), bench.NsPerOp(ours))},
		{what + ": allocs/op", allocs(bench.AllocsPerOp(ours)), allocs(bench.AllocsPerOp(peer)), "", ""},
		{what + ": B/op", bytes(int64(ours.AllocedBytesPerOp())), bytes(int64(peer.AllocedBytesPerOp())), "", ""},
	}
	if floor != nil {
		r[0].floor = ns(bench.NsPerOp(*floor))
		r[1].floor = allocs(bench.AllocsPerOp(*floor))
		r[2].floor = bytes(int64(floor.AllocedBytesPerOp()))
	}
	return r
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func ns(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2f ms", v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%.1f µs", v/1e3)
	}
	return fmt.Sprintf("%.0f ns", v)
}

func us(v int64) string { return ns(float64(v)) }

func ms(v int64) string { return fmt.Sprintf("%.3f ms", float64(v)/1e6) }

func allocs(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

func bytes(v int64) string {
	a := v
	if a < 0 {
		a = -a
	}
	switch {
	case a >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(v)/(1<<20))
	case a >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(v)/(1<<10))
	}
	return fmt.Sprintf("%d B", v)
}

func pct(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%d/%d = %.1f%%", n, d, 100*float64(n)/float64(d))
}

func ratio(peer, ours float64) string {
	if ours <= 0 || peer <= 0 {
		return ""
	}
	return fmt.Sprintf("%.0f×", peer/ours)
}
