package agency_test

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/internal/adversarial"
	"github.com/chidao/chidao/seeds"
)

// This file checks that FindAll's cost grows linearly with its input, by
// its allocations, and that its working memory, reused from call to call,
// is sized to each input: a large call after a small one allocates no more
// than a large call with nothing to reuse (it once grew the small call's
// token slice step by step: 5× the memory).

// seedTimes is the seed repeated k times.
func seedTimes(k int) string { return adversarial.Repeat(seeds.HaiPhongDeAn06Text(), k) }

func TestFindAllLinear(t *testing.T) {
	reg := agency.Default()
	adversarial.CheckLinear(t, seedTimes, func(s string) { reg.FindAll(s, nil) })
}

// emptyPools drops what sync.Pools hold (two collections: the pools'
// victim caches too).
func emptyPools() { runtime.GC(); runtime.GC() }

func TestFindAllAfterSmallCall(t *testing.T) {
	adversarial.SkipUnderRace(t)
	reg := agency.Default()
	for _, k := range adversarial.Factors() {
		big := seedTimes(k)
		small := adversarial.AllocBytes(3, func() { emptyPools(); reg.FindAll("Sở Y tế", nil) })
		cold := adversarial.AllocBytes(3, func() { emptyPools(); reg.FindAll(big, nil) })
		after := adversarial.AllocBytes(3, func() { emptyPools(); reg.FindAll("Sở Y tế", nil); reg.FindAll(big, nil) }) - small
		t.Logf("%3d×: %9.0f bytes cold, %9.0f after a small call", k, cold, after)
		if after > 1.25*cold {
			t.Errorf("%d× the seed after a small call allocates %.0f bytes, %.1f× a call with no scratch to reuse (%.0f)", k, after, after/cold, cold)
		}
	}
}

func BenchmarkFindAllScaled(b *testing.B) {
	reg := agency.Default()
	for _, k := range adversarial.Factors() {
		b.Run(strconv.Itoa(k)+"x", func(b *testing.B) {
			s := seedTimes(k)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				reg.FindAll(s, nil)
			}
		})
	}
}

// BenchmarkFindAllAfterSmallCall measures a large call after a small one
// took the scratch space from the pool.
func BenchmarkFindAllAfterSmallCall(b *testing.B) {
	reg := agency.Default()
	big := seedTimes(100)
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		emptyPools()
		reg.FindAll("Sở Y tế", nil)
		b.StartTimer()
		reg.FindAll(big, nil)
	}
}
