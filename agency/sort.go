package agency

import (
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// newCollator returns a Vietnamese collator. Collators are not safe for
// concurrent use, so each call site makes its own.
func newCollator() *collate.Collator { return collate.New(language.Vietnamese) }

// SortNames sorts Vietnamese names in Vietnamese alphabetical order (a ă â
// b c d đ e ê …, tones after letters), not byte order: "Sở Y tế" sorts after
// "Sở Xây dựng", and "Đài" after "Dân".
func SortNames(names []string) { newCollator().SortStrings(names) }

// CompareNames compares two Vietnamese names in Vietnamese alphabetical
// order, returning -1, 0 or +1.
func CompareNames(a, b string) int { return newCollator().CompareString(a, b) }

// SortIDs sorts IDs by the Vietnamese order of their names in r (IDs the
// registry does not know sort last, by ID).
func (r *Registry) SortIDs(ids []ID) {
	c := newCollator()
	keys := make(map[ID]string, len(ids))
	for _, id := range ids {
		keys[id] = r.Name(id)
	}
	sortFunc(ids, func(a, b ID) int {
		ka, kb := keys[a], keys[b]
		switch {
		case ka == "" && kb == "":
			return compareStrings(string(a), string(b))
		case ka == "":
			return 1
		case kb == "":
			return -1
		}
		if d := c.CompareString(ka, kb); d != 0 {
			return d
		}
		return compareStrings(string(a), string(b))
	})
}

func sortFunc(ids []ID, f func(a, b ID) int) { slices.SortStableFunc(ids, f) }

func compareStrings(a, b string) int { return strings.Compare(a, b) }
