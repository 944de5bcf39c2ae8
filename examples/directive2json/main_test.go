package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestRunSeed(t *testing.T) {
	text, err := os.ReadFile("../../seeds/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(bytes.NewReader(text), &out); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	for _, k := range []string{"number", "doc_type", "issuer", "place", "issued", "subject", "recipients",
		"references", "assignments", "distribution", "signature", "warnings"} {
		if _, ok := got[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if n := len(got["assignments"].([]any)); n != 14 {
		t.Errorf("%d assignments; want 14", n)
	}
	if got["number"] != "/BCĐĐA06HP-KSTTHC" {
		t.Errorf("number %v", got["number"])
	}
}

func TestRunErrors(t *testing.T) {
	for _, in := range []string{"", "   \n", "Hôm nay trời đẹp."} {
		var out bytes.Buffer
		err := run(strings.NewReader(in), &out)
		if err == nil {
			t.Errorf("run(%q): no error", in)
		}
		if out.Len() != 0 {
			t.Errorf("run(%q) wrote %q", in, out.String())
		}
	}
}
