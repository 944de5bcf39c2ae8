package kpi

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// wordTables are every word table of the finder, by name.
func wordTables() map[string]*wordTable {
	return map[string]*wordTable{
		"opPhrases": opPhrases(), "fillerWords": fillerWords(), "triggerPhrases": triggerPhrases(),
		"reportPhrases": reportPhrases(), "changeVerbs": changeVerbs(), "clauseStarters": clauseStarters(),
		"commaStarters": commaStarters(), "metricStops": metricStops(), "timeHeads": timeHeads(),
		"timeWords": timeWords(), "periodWords": periodWords(), "agencyHeads": agencyHeads(),
		"actionVerbs": actionVerbs(), "reportAdverbials": reportAdverbials(),
		"ruleGovernors": ruleGovernors(), "goalGovernors": goalGovernors(), "moneyHeads": moneyHeads(),
		"goalNouns": goalNouns(), "goalLabels": goalLabels(), "setDemands": setDemands(),
		"conditionOpeners": conditionOpeners(), "criteriaNouns": criteriaNouns(),
		"goalLeadWords": goalLeadWords(), "planNouns": planNouns(), "demandPhrases": demandPhrases(),
		"pastMarkers": pastMarkers(), "timePrepositions": timePrepositions(),
		"compareBases": compareBases(), "shareWords": shareWords(), "relativeWords": relativeWords(), "relativeUnits": relativeUnits(),
	}
}

// TestWordTables checks that every entry of the finder's word tables is
// written as Vietnamese writes it: lower case, NFC, one space between
// words, and spelled back as written, so that its folding is derived and
// never written by hand.
func TestWordTables(t *testing.T) {
	for name, tbl := range wordTables() {
		if len(tbl.ps) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, p := range tbl.ps {
			s := p.sp.String()
			switch {
			case s != norm.NFC.String(s), s != strings.ToLower(s):
				t.Errorf("%s: %q is not lower case NFC", name, s)
			case strings.Join(strings.Fields(s), " ") != s, p.words != len(strings.Fields(s)):
				t.Errorf("%s: %q: words %d, spaces not single", name, s, p.words)
			case seen[s]:
				t.Errorf("%s: %q twice", name, s)
			}
			seen[s] = true
		}
	}
	for _, w := range deNouns() {
		if w != norm.NFC.String(w) || w != strings.ToLower(w) {
			t.Errorf("deNouns: %q is not lower case NFC", w)
		}
	}
}

// TestWordsKeepDiacritics checks the point of spelling the words: a phrase
// whose folding is a word of the finder but whose diacritics differ is not
// that word where the text is written with diacritics, and is where it is
// written without them.
func TestWordsKeepDiacritics(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []want
	}{
		// "đất" (land) is not "đạt" (reach): "đất 80%" sets no target,
		// while "đạt 80%" and unaccented "dat 80%" do.
		{"Tỷ lệ hồ sơ phải đạt 80%.", []want{{OpGE, Whole(80), 0, "Tỷ lệ hồ sơ", "", "Tỷ lệ hồ sơ phải đạt 80%"}}},
		{"Ty le ho so phai dat 80%.", []want{{OpGE, Whole(80), 0, "Ty le ho so", "", "Ty le ho so phai dat 80%"}}},
		{"Tiền sử dụng đất 80% giá trị.", nil},
		// "mặt hàng quy định" is not "hằng quý"/"hàng quý", the adverb
		// that ends a metric; written without diacritics it folds alike
		// and ends it.
		{"Phấn đấu giảm 10% số mặt hàng quy định phải kiểm tra chuyên ngành.",
			[]want{{OpGE, Whole(10), 0, "số mặt hàng quy định phải kiểm tra chuyên ngành", "giảm", "giảm 10% số mặt hàng quy định phải kiểm tra chuyên ngành"}}},
		{"Phan dau giam 10% so mat hang quy dinh phai kiem tra chuyen nganh.",
			[]want{{OpGE, Whole(10), 0, "so mat", "giam", "giam 10% so mat"}}},
		{"PHẤN ĐẤU GIẢM 10% SỐ MẶT HÀNG QUY ĐỊNH PHẢI KIỂM TRA CHUYÊN NGÀNH.",
			[]want{{OpGE, Whole(10), 0, "SỐ MẶT HÀNG QUY ĐỊNH PHẢI KIỂM TRA CHUYÊN NGÀNH", "GIẢM", "GIẢM 10% SỐ MẶT HÀNG QUY ĐỊNH PHẢI KIỂM TRA CHUYÊN NGÀNH"}}},
		// Old tone placement is the same word: "hoà" is "hòa".
		{"Phấn đấu 100% hồ sơ được số hoá, hằng quý báo cáo.",
			[]want{{OpGE, Whole(100), 0, "hồ sơ được số hoá", "", "100% hồ sơ được số hoá"}}},
	} {
		for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
			got := shape(FindTargets(in))
			for i := range got {
				got[i].Metric, got[i].Verb, got[i].Text = norm.NFC.String(got[i].Metric), norm.NFC.String(got[i].Verb), norm.NFC.String(got[i].Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindTargets(%q) (-want +got):\n%s", in, diff)
			}
		}
	}
}
