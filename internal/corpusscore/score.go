// Package corpusscore scores time-expression results against the labelled
// corpus under the rules of CORPUS_SPEC.md: a Go port of the reference
// scorer score.py, shared by the calendar conformance tests and the bench
// module's comparison with other parsers.
package corpusscore

import (
	"fmt"
	"reflect"
)

// cadenceMonths converts a monthly-or-longer cadence to months, as the
// reference scorer (score.py beside CORPUS_SPEC.md) does.
var cadenceMonths = map[string]int{"month": 1, "quarter": 3, "half": 6, "year": 12}

// strictAbsent are the keys that must be absent or empty in a result when the
// expectation lacks them.
var strictAbsent = []string{"grain", "from", "to", "due", "time", "relation", "every",
	"interval", "day_of_period", "on", "offset"}

type cadence struct {
	unit string
	n    float64
}

func cadenceOf(m map[string]any) cadence {
	every, _ := m["every"].(string)
	n := 1.0
	if v, ok := m["interval"].(float64); ok && v != 0 {
		n = v
	}
	if k, ok := cadenceMonths[every]; ok {
		return cadence{"month", float64(k) * n}
	}
	if every == "week" {
		return cadence{"day", 7 * n}
	}
	return cadence{every, n}
}

func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// Check compares a result with an expectation under the corpus scoring rules
// of CORPUS_SPEC.md and returns the differences; an empty result means the
// case passes. Both maps are in decoded-JSON form (numbers as float64). It is
// a port of the reference scorer score.py.
func Check(want, got map[string]any) []string {
	if got == nil {
		return []string{"no got object"}
	}
	var diffs []string
	for key, wv := range want {
		if key == "every" || key == "interval" {
			continue
		}
		if !reflect.DeepEqual(got[key], wv) {
			diffs = append(diffs, fmt.Sprintf("%s: want %v got %v", key, wv, got[key]))
		}
	}
	_, we := want["every"]
	_, ge := got["every"]
	if we || ge {
		if cw, cg := cadenceOf(want), cadenceOf(got); cw != cg {
			diffs = append(diffs, fmt.Sprintf("cadence: want %v got %v", cw, cg))
		}
	}
	for _, key := range strictAbsent {
		if key == "every" || key == "interval" {
			continue
		}
		if _, ok := want[key]; !ok && !empty(got[key]) {
			diffs = append(diffs, fmt.Sprintf("%s: want absent got %v", key, got[key]))
		}
	}
	return diffs
}
