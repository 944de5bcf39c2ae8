package kpi

import (
	"math"
	"math/bits"
)

// mulDivRound returns a·b/c rounded half away from zero, computed with a
// 128-bit intermediate product so that no precision is lost, and whether the
// result fits in an int64. c must not be zero.
func mulDivRound(a, b, c int64) (int64, bool) {
	neg := (a < 0) != (b < 0) != (c < 0)
	ua, ub, uc := absU(a), absU(b), absU(c)
	hi, lo := bits.Mul64(ua, ub)
	if hi >= uc {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, uc)
	if r >= uc-r { // 2r ≥ c: half or more rounds away from zero
		q++
	}
	return signed(q, neg)
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // also right for math.MinInt64
	}
	return uint64(a)
}

func signed(q uint64, neg bool) (int64, bool) {
	if neg {
		if q > 1<<63 {
			return 0, false
		}
		return -int64(q), true
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// saturate returns the extreme Percent with the sign of the exact result.
func saturate(neg bool) Percent {
	if neg {
		return math.MinInt64
	}
	return math.MaxInt64
}
