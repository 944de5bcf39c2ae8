package calendar

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNamesNFC: every Vietnamese string of the calendar tables is NFC.
func TestNamesNFC(t *testing.T) {
	var all []string
	all = append(all, viWeekdayNames[:]...)
	all = append(all, lunarMonthNames[:]...)
	all = append(all, heavenlyStems[:]...)
	all = append(all, earthlyBranches[:]...)
	all = append(all, canChiNames[:]...)
	all = append(all, statNames[:]...)
	all = append(all, statSources[:]...)
	for _, o := range officialDays {
		all = append(all, o.Name, o.Source)
	}
	for _, s := range all {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%q is not NFC", s)
		}
	}
}
