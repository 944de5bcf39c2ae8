package directive

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seedText reads the seed directive from the repository (the seeds package
// imports this one, so it cannot be imported here).
func seedText(b testing.TB) string {
	s, err := os.ReadFile("../seeds/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(s)
}

// longSeed returns the seed with its assignments repeated n times between
// its header and its closing: a document n times as long, read the same
// way.
func longSeed(b testing.TB, n int) string {
	s := seedText(b)
	i := strings.Index(s, "**1. Giao")
	j := strings.Index(s, "Ban Chỉ đạo thực hiện Đề án 06/CP thành phố yêu cầu")
	if i < 0 || j < i {
		b.Fatal("seed layout changed")
	}
	return s[:i] + strings.Repeat(s[i:j], n) + s[j:]
}

// BenchmarkParseSeed: the bar is ≤ 1 ms per parse of the seed.
func BenchmarkParseSeed(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(s, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSeed100x: a document 100 times as long must take at most
// 110 times as long as the seed (compare ns/op with BenchmarkParseSeed).
func BenchmarkParseSeed100x(b *testing.B) {
	s := longSeed(b, 100)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(s, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLongSeedParses(t *testing.T) {
	d, err := Parse(longSeed(t, 3), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != 42 {
		t.Errorf("3× seed: %d assignments; want 42", len(d.Assignments))
	}
}

// largestCorpus returns the texts of the five largest documents of the
// development corpus, largest first.
func largestCorpus(b testing.TB) []string {
	names, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatal("no corpus documents", err)
	}
	var texts []string
	for _, n := range names {
		s, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(s))
	}
	slices.SortFunc(texts, func(x, y string) int { return len(y) - len(x) })
	return texts[:min(5, len(texts))]
}

// BenchmarkParseLargest parses the five largest corpus documents, one op
// each in turn; the bar is ≥ 40 MB/s.
func BenchmarkParseLargest(b *testing.B) {
	texts := largestCorpus(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			if _, err := Parse(s, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
