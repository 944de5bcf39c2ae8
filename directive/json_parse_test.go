package directive

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chidao/chidao/seeds"
	"github.com/google/go-cmp/cmp"
)

// TestParsedJSONRoundTrip checks that every parsed document in testdata,
// and the seed, round-trips through JSON exactly.
func TestParsedJSONRoundTrip(t *testing.T) {
	texts := map[string]string{"seed": seeds.HaiPhongDeAn06Text()}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	for name, text := range texts {
		d, err := Parse(text, nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var back Directive
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(d, &back); diff != "" {
			t.Errorf("%s: round trip (-parsed +decoded):\n%s", name, diff)
		}
	}
}
