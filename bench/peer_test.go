package bench

import "testing"

// TestPeerAccuracy reports go-dateparser's accuracy on the public corpus and
// checks the bar's premise that it stays at or below 70% on the cases it can
// express (kind "date"), in its plain configuration and with
// IgnoreSurroundingText.
func TestPeerAccuracy(t *testing.T) {
	cases, err := LoadCorpus("testdata/dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	acc := PeerAccuracy(cases)
	t.Logf("go-dateparser: %d/%d expressible (kind date), %d/%d overall",
		acc.ExprPassed, acc.Expr, acc.AllPassed, acc.All)
	if acc.Expr == 0 || acc.All != len(cases) {
		t.Fatalf("bad accounting %+v", acc)
	}
	if r := acc.ExprRate(); r > 0.70 {
		t.Errorf("go-dateparser scores %.1f%% on expressible cases, above the 70%% the bar assumes", 100*r)
	}
	lenient := PeerAccuracyLenient(cases)
	t.Logf("go-dateparser with IgnoreSurroundingText: %d/%d expressible, %d/%d overall",
		lenient.ExprPassed, lenient.Expr, lenient.AllPassed, lenient.All)
	if r := lenient.ExprRate(); r > 0.70 {
		t.Errorf("go-dateparser with IgnoreSurroundingText scores %.1f%% on expressible cases, above the 70%% the bar assumes", 100*r)
	}
}
