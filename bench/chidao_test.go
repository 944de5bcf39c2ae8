package bench

import "testing"

// TestChidaoAccuracy checks the bar: calendar.Parse passes every case of the
// public corpus, spans included.
func TestChidaoAccuracy(t *testing.T) {
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	acc, fails := ChidaoAccuracy(cases)
	t.Logf("chidao: %d/%d overall, %d/%d kind date", acc.AllPassed, acc.All, acc.ExprPassed, acc.Expr)
	for _, f := range fails {
		t.Errorf("FAIL %s", f)
	}
}
