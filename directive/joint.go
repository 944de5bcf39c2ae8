package directive

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// This file links joint tasks: the same task restated under each of the
// assignments that share it ("đồng bộ dữ liệu … về Trung tâm dữ liệu quốc
// gia" under the police and under the information department). Two tasks
// of different assignments are the same when the pairs of consecutive
// folded words of their texts mostly agree (Dice coefficient ≥
// jointThreshold). Word pairs shared by many tasks say nothing about a
// pair of them and are not counted, which also keeps the linking linear in
// the number of tasks.

const (
	jointThreshold = 0.55 // Dice coefficient of word-pair sets
	jointMinPairs  = 8    // tasks with fewer distinctive pairs are not compared
	jointMaxDF     = 4    // word pairs in more tasks than this are ignored
)

// jointScratch holds linkJoint's buffers between calls; nothing of them
// reaches a result.
type jointScratch struct {
	occs []uint64
	sort sortScratch
}

var jointPool = sync.Pool{New: func() any { return new(jointScratch) }}

// linkJoint sets Task.Joint on the top-level tasks of as; folds[i][k] is
// the folded text of task k of assignment i.
func linkJoint(as []Assignment, folds [][]string) {
	type ref struct{ a, t int32 }
	const taskBits = 20 // tasks are numbered in the low bits
	const taskMask = 1<<taskBits - 1
	nt, nb := 0, 0
	for ai := range as {
		nt += len(as[ai].Tasks)
		for ti := range as[ai].Tasks {
			nb += len(folds[ai][ti])
		}
	}
	refs := make([]ref, 0, nt)
	// The buffers of the pairs and their sort come from a pool: a document
	// has thousands of word pairs.
	js := jointPool.Get().(*jointScratch)
	defer jointPool.Put(js)
	// word-pair hash in the high bits, task number in the low; a word with
	// its space is rarely shorter than four bytes
	occs := js.occs[:0]
	if cap(occs) < nb/4+8 {
		occs = make([]uint64, 0, nb/4+8)
	}
	for ai := range as {
		for ti := range as[ai].Tasks {
			k := len(refs)
			if k > taskMask {
				break
			}
			refs = append(refs, ref{int32(ai), int32(ti)})
			occs = wordPairs(folds[ai][ti], uint64(k), occs)
		}
	}
	sortUint64s(occs, &js.sort)
	occs = slices.Compact(occs) // a pair counts once per task
	// Count for each task its distinctive pairs (found in few tasks), and
	// for each two tasks of different assignments the distinctive pairs
	// they share.
	rare := make([]int32, len(refs))
	// shared holds a<<32|b for each distinctive pair that tasks a < b of
	// different assignments share, once per pair: sorted, the runs count
	// them.
	// (It grows in the sort's scratch buffer, free from here on.)
	shared := js.sort.buf[:0]
	for i := 0; i < len(occs); {
		h := occs[i] >> taskBits
		j := i + 1
		for j < len(occs) && occs[j]>>taskBits == h {
			j++
		}
		if j-i <= jointMaxDF {
			for x := i; x < j; x++ {
				a := int32(occs[x] & taskMask)
				rare[a]++
				for y := x + 1; y < j; y++ {
					b := int32(occs[y] & taskMask)
					if refs[a].a != refs[b].a {
						shared = append(shared, uint64(a)<<32|uint64(b))
					}
				}
			}
		}
		i = j
	}
	// The pairs are read no more: their memory is the scratch of the sort
	// of shared, and shared's the pairs' of the next call.
	js.sort.buf = occs[:0]
	sortUint64s(shared, &js.sort)
	js.occs = shared[:0]
	for i := 0; i < len(shared); {
		j := i + 1
		for j < len(shared) && shared[j] == shared[i] {
			j++
		}
		ka, kb := int32(shared[i]>>32), int32(shared[i]&(1<<32-1))
		c := int32(j - i)
		i = j
		na, nb := rare[ka], rare[kb]
		if na < jointMinPairs || nb < jointMinPairs || 2*float64(c)/float64(na+nb) < jointThreshold {
			continue
		}
		a, b := refs[ka], refs[kb]
		ta, tb := &as[a.a].Tasks[a.t], &as[b.a].Tasks[b.t]
		ta.Joint = append(ta.Joint, tb.Label)
		tb.Joint = append(tb.Joint, ta.Label)
	}
	for ai := range as {
		for ti := range as[ai].Tasks {
			sortLabels(as[ai].Tasks[ti].Joint)
		}
	}
}

// wordPairs appends to out the hashes (FNV-1a, high 44 bits) of the
// consecutive word pairs of the folded text f, each tagged with task.
func wordPairs(f string, task uint64, out []uint64) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	// hPrev is the hash of the previous word and a space: the hash of a
	// pair goes on from it with the next word.
	hPrev, havePrev := uint64(0), false
	for i := 0; i < len(f); {
		for i < len(f) && isPairSep(f[i]) {
			i++
		}
		j := i
		for j < len(f) && !isPairSep(f[j]) {
			j++
		}
		if j == i {
			break
		}
		h, hw := hPrev, uint64(offset)
		for k := i; k < j; k++ {
			c := uint64(f[k])
			h = (h ^ c) * prime
			hw = (hw ^ c) * prime
		}
		if havePrev {
			out = append(out, h>>20<<20|task)
		}
		hPrev, havePrev = (hw^' ')*prime, true
		i = j
	}
	return out
}

// sortLabels sorts labels in document order ("2.4" before "10.1").
func sortLabels(ls []string) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && labelLess(ls[j], ls[j-1]); j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

func labelLess(a, b string) bool {
	// "Điều 2.1" before "Điều 10.1": the article word aside, by numbers.
	a, b = strings.TrimPrefix(a, "Điều "), strings.TrimPrefix(b, "Điều ")
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		if len(as[i]) != len(bs[i]) && pIsNum(as[i]) && pIsNum(bs[i]) {
			return len(as[i]) < len(bs[i])
		}
		return as[i] < bs[i]
	}
	return len(as) < len(bs)
}

func pIsNum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !pIsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isPairSep(c byte) bool {
	switch c {
	case ' ', ',', ';', '.', ':', '(', ')':
		return true
	}
	return false
}

// sortScratch is the space sortUint64s works in, kept by its caller for
// the next sort.
type sortScratch struct {
	buf       []uint64
	cnt, next []int32
}

// sortUint64s sorts a in place in linear time for values spread like
// hashes: one pass scatters them into about len(a)/4 buckets by their top
// bits (relative to the largest value), and each bucket, a handful of
// values, is then sorted on its own. It works in s where s is large
// enough, growing it where not; a nil s is new space.
func sortUint64s(a []uint64, s *sortScratch) {
	if len(a) < 64 {
		slices.Sort(a)
		return
	}
	if s == nil {
		s = new(sortScratch)
	}
	var hi uint64
	for _, v := range a {
		hi = max(hi, v)
	}
	k := min(bits.Len(uint(len(a)/4)), 16) // bucket bits
	shift := max(bits.Len64(hi)-k, 0)
	s.cnt = reuse(s.cnt, 1<<k+1)
	cnt := s.cnt
	for _, v := range a {
		cnt[v>>shift+1]++
	}
	for i := 1; i < len(cnt); i++ {
		cnt[i] += cnt[i-1]
	}
	if cap(s.buf) < len(a) {
		s.buf = make([]uint64, len(a))
	}
	buf := s.buf[:len(a)]
	s.next = append(s.next[:0], cnt[:len(cnt)-1]...)
	next := s.next
	for _, v := range a {
		d := v >> shift
		buf[next[d]] = v
		next[d]++
	}
	for d := 0; d+1 < len(cnt); d++ {
		b := buf[cnt[d]:cnt[d+1]]
		if len(b) > 12 {
			slices.Sort(b)
			continue
		}
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && b[j] < b[j-1]; j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
	}
	copy(a, buf)
}
