package directive

import (
	"hash/maphash"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
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
	jointMinPairs  = 8    // tasks shorter than this are not compared
	jointMaxDF     = 16   // word pairs in more tasks than this are ignored
)

// linkJoint sets Task.Joint on the top-level tasks of as.
func linkJoint(as []Assignment) {
	type ref struct{ a, t int }
	var refs []ref
	var sets [][]uint64
	seed := maphash.MakeSeed()
	post := map[uint64][]int32{}
	for ai := range as {
		for ti := range as[ai].Tasks {
			set := wordPairs(seed, as[ai].Tasks[ti].Text)
			k := int32(len(refs))
			refs = append(refs, ref{ai, ti})
			sets = append(sets, set)
			for _, h := range set {
				post[h] = append(post[h], k)
			}
		}
	}
	count := map[int32]int{}
	for k, set := range sets {
		if len(set) < jointMinPairs {
			continue
		}
		clear(count)
		for _, h := range set {
			ps := post[h]
			if len(ps) > jointMaxDF {
				continue
			}
			for _, o := range ps {
				if int(o) != k && refs[o].a != refs[k].a {
					count[o]++
				}
			}
		}
		for o, c := range count {
			other := sets[o]
			if len(other) < jointMinPairs {
				continue
			}
			if 2*float64(c)/float64(len(set)+len(other)) >= jointThreshold {
				r := refs[k]
				t := &as[r.a].Tasks[r.t]
				t.Joint = append(t.Joint, as[refs[o].a].Tasks[refs[o].t].Label)
			}
		}
	}
	for ai := range as {
		for ti := range as[ai].Tasks {
			sortLabels(as[ai].Tasks[ti].Joint)
		}
	}
}

// wordPairs returns the distinct hashes of consecutive word pairs of the
// folded text of s.
func wordPairs(seed maphash.Seed, s string) []uint64 {
	f := vntext.String(s)
	var words []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '.' || r == ':' || r == '(' || r == ')'
	}) {
		words = append(words, w)
	}
	seen := map[uint64]bool{}
	var out []uint64
	for i := 0; i+1 < len(words); i++ {
		h := maphash.String(seed, words[i]+" "+words[i+1])
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
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
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		if len(as[i]) != len(bs[i]) && isNum(as[i]) && isNum(bs[i]) {
			return len(as[i]) < len(bs[i])
		}
		return as[i] < bs[i]
	}
	return len(as) < len(bs)
}

func isNum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}
