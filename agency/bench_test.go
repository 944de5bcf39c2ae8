package agency

import (
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

// BenchmarkFindAllSeed measures FindAll over the whole seed; the bar is
// ≤ 1 µs per mention (reported as ns/mention).
func BenchmarkFindAllSeed(b *testing.B) {
	r := Default()
	text := readTestdata(b, seedFile)
	n := len(r.FindAll(text, hpOpt))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		r.FindAll(text, hpOpt)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
}

// BenchmarkFindAllTask measures one assignment-sized text, as the directive
// parser calls FindAll.
func BenchmarkFindAllTask(b *testing.B) {
	r := Default()
	text := "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông thẩm định, tham mưu, đề xuất báo cáo Ủy ban nhân dân thành phố."
	r.FindAll(text, hpOpt)
	b.ReportAllocs()
	for b.Loop() {
		r.FindAll(text, hpOpt)
	}
}

// BenchmarkDefaultFirstUse measures Default and a short FindAll, as a
// caller that asks for Default on every parse pays them.
func BenchmarkDefaultFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Default().FindAll("Sở Y tế", nil)
	}
}

// BenchmarkFoldSeed measures the folding alone, the floor under
// BenchmarkFindAllSeed.
func BenchmarkFoldSeed(b *testing.B) {
	text := readTestdata(b, seedFile)
	b.ReportAllocs()
	for b.Loop() {
		vntext.Fold(text)
	}
}

// BenchmarkCanonicalizeSeed measures making the canonical tokens of the
// folded seed, the step of FindAll between folding and matching.
func BenchmarkCanonicalizeSeed(b *testing.B) {
	ix := Default().index()
	f := vntext.FoldMarks(readTestdata(b, seedFile))
	s := scanner{f: &f}
	s.canonicalize(ix)
	b.ReportAllocs()
	for b.Loop() {
		s.canonicalize(ix)
	}
}

// BenchmarkMatchSeed measures the matching of FindAll over the seed's
// canonical tokens, the step after BenchmarkCanonicalizeSeed.
func BenchmarkMatchSeed(b *testing.B) {
	r := Default()
	text := readTestdata(b, seedFile)
	f := vntext.FoldMarks(text)
	s := scanner{f: &f}
	s.canonicalize(r.index())
	sc := &scratch{hitSpan: make([][2]int32, len(s.tok))}
	fd := finder{r: r, ix: r.index(), nm: theNames(), sp: r.spellings(), s: &s, sc: sc, text: text, opt: *hpOpt}
	b.ReportAllocs()
	for b.Loop() {
		clear(sc.hitSpan)
		sc.hits = sc.hits[:0]
		fd.out = fd.out[:0]
		fd.scan()
	}
}
