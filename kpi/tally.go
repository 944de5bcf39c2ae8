package kpi

import (
	"encoding/json"
	"math/big"
	"math/bits"
	"slices"
	"strings"
)

// A Tally sums counts: the numerators and the denominators of many
// measurements, so that the total ratio is the sum of numerators over the sum
// of denominators — never an average of percentages. Sums are kept in 128
// bits, enough for 2^64 measurements of counts up to 2^63, so they are exact.
//
// Tallies merge: Merge is associative and commutative, and the zero Tally is
// its identity, so callers can tally in parallel, per shard or in a database
// (see MarshalJSON) and merge the parts in any order.
type Tally struct {
	num, den int128
	n        int64
}

// int128 is a two's complement 128-bit integer.
type int128 struct {
	hi int64
	lo uint64
}

func (a int128) addInt64(x int64) int128 {
	lo, c := bits.Add64(a.lo, uint64(x), 0)
	return int128{a.hi + int64(c) + x>>63, lo}
}

func (a int128) add(b int128) int128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	return int128{a.hi + b.hi + int64(c), lo}
}

func (a int128) big() *big.Int {
	v := new(big.Int).SetInt64(a.hi)
	v.Lsh(v, 64)
	return v.Add(v, new(big.Int).SetUint64(a.lo))
}

// int64 returns a as an int64 when it fits.
func (a int128) int64() (int64, bool) {
	v := int64(a.lo)
	return v, a.hi == v>>63
}

// Add adds one measurement of num out of den.
func (t *Tally) Add(num, den int64) {
	t.num = t.num.addInt64(num)
	t.den = t.den.addInt64(den)
	t.n++
}

// AddMeasurement adds m's counts, or, for a measurement without counts, its
// Value as num out of Full (so a percentage weighs as one unit of 100%).
func (t *Tally) AddMeasurement(m Measurement) {
	if m.HasCounts() {
		t.Add(m.Num, m.Den)
		return
	}
	t.Add(int64(m.Value), int64(Full))
}

// Merge adds the counts of o to t.
func (t *Tally) Merge(o Tally) {
	t.num = t.num.add(o.num)
	t.den = t.den.add(o.den)
	t.n += o.n
}

// Len returns the number of measurements added (merged tallies included).
func (t Tally) Len() int64 { return t.n }

// Counts returns the sums of the numerators and of the denominators.
func (t Tally) Counts() (num, den *big.Int) { return t.num.big(), t.den.big() }

// Counts64 returns the sums when both fit in an int64.
func (t Tally) Counts64() (num, den int64, ok bool) {
	n, ok1 := t.num.int64()
	d, ok2 := t.den.int64()
	return n, d, ok1 && ok2
}

// Percent returns the total ratio, sum of numerators over sum of
// denominators, rounded once half away from zero; 0 when the denominators sum
// to zero.
func (t Tally) Percent() Percent {
	if n, d, ok := t.Counts64(); ok {
		return FromCounts(n, d)
	}
	return ratioPercent(t.num.big(), t.den.big())
}

// ratioPercent returns num/den as a Percent, rounded half away from zero,
// saturating; 0 for a zero den.
func ratioPercent(num, den *big.Int) Percent {
	if den.Sign() == 0 {
		return 0
	}
	x := new(big.Int).Mul(num, big.NewInt(int64(Full)))
	neg := x.Sign()*den.Sign() < 0
	x.Abs(x)
	d := new(big.Int).Abs(den)
	q, r := new(big.Int).QuoRem(x, d, new(big.Int))
	if r.Lsh(r, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if !q.IsInt64() {
		return saturate(neg)
	}
	if neg {
		return Percent(-q.Int64())
	}
	return Percent(q.Int64())
}

// tallyJSON is the stored form of a Tally.
type tallyJSON struct {
	Num json.Number `json:"num"`
	Den json.Number `json:"den"`
	N   int64       `json:"n"`
}

// MarshalJSON writes t as {"num": …, "den": …, "n": …} with exact integers,
// so a partial tally can be stored and merged later.
func (t Tally) MarshalJSON() ([]byte, error) {
	return json.Marshal(tallyJSON{json.Number(t.num.big().String()), json.Number(t.den.big().String()), t.n})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var v tallyJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	num, ok1 := to128(string(v.Num))
	den, ok2 := to128(string(v.Den))
	if !ok1 || !ok2 {
		return &ParseError{Input: string(b), Msg: "counts out of range"}
	}
	*t = Tally{num, den, v.N}
	return nil
}

func to128(s string) (int128, bool) {
	if s == "" {
		return int128{}, true
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.BitLen() > 127 {
		return int128{}, false
	}
	neg := v.Sign() < 0
	u := new(big.Int).Abs(v)
	lo := u.Uint64()
	hi := new(big.Int).Rsh(u, 64).Uint64()
	r := int128{int64(hi), lo}
	if neg { // two's complement
		r = int128{^r.hi, ^r.lo}.add(int128{0, 1})
	}
	return r, true
}

// A Rollup tallies one metric per agency and in total. Agencies are keys of
// the caller's choosing (an agency.ID as a string, a name). The zero Rollup is
// empty and ready to use; Rollups merge like Tallies.
type Rollup struct {
	Total    Tally            // all agencies together
	Agencies map[string]Tally // each agency's own tally
}

// Add adds num out of den for agency.
func (r *Rollup) Add(agency string, num, den int64) {
	if r.Agencies == nil {
		r.Agencies = make(map[string]Tally)
	}
	a := r.Agencies[agency]
	a.Add(num, den)
	r.Agencies[agency] = a
	r.Total.Add(num, den)
}

// Merge adds the tallies of o to r.
func (r *Rollup) Merge(o Rollup) {
	if r.Agencies == nil && len(o.Agencies) > 0 {
		r.Agencies = make(map[string]Tally, len(o.Agencies))
	}
	for k, v := range o.Agencies {
		a := r.Agencies[k]
		a.Merge(v)
		r.Agencies[k] = a
	}
	r.Total.Merge(o.Total)
}

// A Contribution is one agency's part in a Rollup.
type Contribution struct {
	Agency string // the agency's key in the Rollup
	Tally  Tally  // the agency's own counts

	// Value is the agency's own ratio.
	Value Percent

	// Drag is how much the total would rise without the agency: the total
	// ratio of the others minus the total ratio, in percentage points.
	// Positive for an agency that pulls the total down.
	Drag Percent

	// Short is, for Rollup.Short, how many more units the agency's numerator
	// needs to meet the target (or, for "≤" targets, how many fewer); zero
	// otherwise.
	Short *big.Int
}

// PullingDown returns the agencies whose own ratio is below the total ratio
// — those that pull the total down — the heaviest drag first (ties by
// agency key).
func (r Rollup) PullingDown() []Contribution {
	tn, td := r.Total.Counts()
	total := ratioPercent(tn, td)
	var out []Contribution
	for k, a := range r.Agencies {
		an, ad := a.Counts()
		if ad.Sign() == 0 {
			continue
		}
		// a/ad < tn/td  ⇔  an·td < tn·ad (denominators positive)
		if new(big.Int).Mul(an, td).Cmp(new(big.Int).Mul(tn, ad)) >= 0 {
			continue
		}
		rn, rd := new(big.Int).Sub(tn, an), new(big.Int).Sub(td, ad)
		drag := Percent(0)
		if rd.Sign() > 0 {
			drag = ratioPercent(rn, rd) - total
		}
		out = append(out, Contribution{Agency: k, Tally: a, Value: ratioPercent(an, ad), Drag: drag})
	}
	sortContributions(out, func(a, b Contribution) int { return b.Drag.Compare(a.Drag) })
	return out
}

// Short returns the agencies whose own ratio does not meet target t, with the
// number of units each is short, the largest shortfall first (ties by agency
// key). For a "≥" or ">" target the shortfall is how many more numerator
// units the agency needs over its current denominator; for "≤" or "<", how
// many fewer; for a range or "=", how many more below it or how many fewer
// above it. The exact ratio decides whether an agency meets t, not its
// rounded Percent.
func (r Rollup) Short(t Target) []Contribution {
	var out []Contribution
	for k, a := range r.Agencies {
		an, ad := a.Counts()
		if ad.Sign() <= 0 {
			continue
		}
		// The exact ratio decides, not its rounded Percent: 2 of 3 meets
		// "< 66,6667%" though it rounds to 66,6667%, and 99,99996% does not
		// meet "≥ 100%" though it rounds to 100%.
		if exactMet(t, an, ad) {
			continue
		}
		v := ratioPercent(an, ad)
		out = append(out, Contribution{Agency: k, Tally: a, Value: v, Short: shortfall(t, an, ad)})
	}
	sortContributions(out, func(a, b Contribution) int { return b.Short.Cmp(a.Short) })
	return out
}

// exactMet checks t against the exact ratio num/den rather than its rounded
// Percent, so 99,99996% does not meet "≥ 100%".
func exactMet(t Target, num, den *big.Int) bool {
	cmp := func(p Percent) int { // sign of num/den − p
		l := new(big.Int).Mul(num, big.NewInt(int64(Full)))
		return l.Cmp(new(big.Int).Mul(den, big.NewInt(int64(p))))
	}
	c := cmp(t.Value)
	ok := false
	switch t.Op {
	case OpGE:
		ok = c >= 0
	case OpGT:
		ok = c > 0
	case OpLE:
		ok = c <= 0
	case OpLT:
		ok = c < 0
	case OpEQ:
		ok = c == 0
	}
	if ok && t.IsRange() {
		ok = cmp(t.Max) <= 0
	}
	return ok
}

// shortfall returns the smallest change of num that makes num/den meet t.
func shortfall(t Target, num, den *big.Int) *big.Int {
	// need = t.Value·den / Full, exactly as a fraction.
	p := new(big.Int).Mul(den, big.NewInt(int64(t.Value)))
	f := big.NewInt(int64(Full))
	floor, rem := new(big.Int).QuoRem(p, f, new(big.Int)) // p ≥ 0 for sensible targets
	ceil := new(big.Int).Set(floor)
	if rem.Sign() != 0 {
		ceil.Add(ceil, big.NewInt(1))
	}
	var need *big.Int
	switch t.Op {
	case OpGE, OpEQ:
		need = new(big.Int).Sub(ceil, num)
		if need.Sign() < 0 && t.Op == OpEQ {
			need.Sub(num, floor) // above the value: how many fewer
		}
		if need.Sign() <= 0 && t.IsRange() {
			// Above a range's upper bound: how many fewer to come down to it.
			hi := new(big.Int).Mul(den, big.NewInt(int64(t.Max)))
			hi.Quo(hi, f)
			if num.Cmp(hi) > 0 {
				need = new(big.Int).Sub(num, hi)
			}
		}
	case OpGT:
		need = new(big.Int).Sub(new(big.Int).Add(floor, big.NewInt(1)), num)
	case OpLE:
		need = new(big.Int).Sub(num, floor)
	case OpLT:
		m := new(big.Int).Set(ceil)
		m.Sub(m, big.NewInt(1))
		need = new(big.Int).Sub(num, m)
	default:
		need = new(big.Int)
	}
	if need.Sign() < 0 {
		need.SetInt64(0)
	}
	return need
}

func sortContributions(cs []Contribution, by func(a, b Contribution) int) {
	slices.SortFunc(cs, func(a, b Contribution) int {
		if c := by(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.Agency, b.Agency)
	})
}
