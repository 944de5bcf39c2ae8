package calendar_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// testdata/ours.jsonl is this repository's own corpus for the classes of
// expressions that real documents write and the public corpus does not
// hold (issue 17): each case is written once in NFC (cat "CLASS.nfc") and
// followed by the same case in NFD, upper case and without diacritics
// (cat "CLASS.nfd", ".upper", ".unaccented"), spans moved to the bytes of
// each form. TestConformOurCases scores every line; TestOursFourForms
// checks that the three derived forms are those of their NFC case, and
// with -update-ours writes them from the NFC lines.

var updateOurs = flag.Bool("update-ours", false, "rewrite the derived forms of testdata/ours.jsonl from its NFC cases")

const oursPath = "testdata/ours.jsonl"

func TestConformOurCases(t *testing.T) { runCorpus(t, oursPath) }

// caseForms are the three forms derived from an NFC case text.
var caseForms = []struct {
	suffix string
	f      func(string) string
}{
	{".nfd", norm.NFD.String},
	{".upper", strings.ToUpper},
	{".unaccented", unaccented},
}

// unaccented removes the diacritics of s and writes đ as d, keeping case.
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// derive returns the case c (an NFC case, decoded as a generic object) in
// the form f, with its span moved to f's bytes.
func derive(c map[string]any, suffix string, f func(string) string) map[string]any {
	d := map[string]any{}
	for k, v := range c {
		d[k] = v
	}
	text := c["text"].(string)
	d["text"] = f(text)
	d["cat"] = strings.TrimSuffix(c["cat"].(string), ".nfc") + suffix
	want := map[string]any{}
	for k, v := range c["want"].(map[string]any) {
		want[k] = v
	}
	if sp, ok := want["span"].([]any); ok {
		a, b := int(sp[0].(float64)), int(sp[1].(float64))
		want["span"] = []any{float64(len(f(text[:a]))), float64(len(f(text[:b])))}
	}
	d["want"] = want
	return d
}

func TestOursFourForms(t *testing.T) {
	data, err := os.ReadFile(oursPath)
	if err != nil {
		t.Fatal(err)
	}
	var cases []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c map[string]any
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	// Each NFC case with the forms derived from it.
	var want []map[string]any
	nfc := 0
	for _, c := range cases {
		if !strings.HasSuffix(c["cat"].(string), ".nfc") {
			continue
		}
		if s := c["text"].(string); !norm.NFC.IsNormalString(s) {
			t.Errorf("%q: the NFC case is not NFC", s)
		}
		nfc++
		want = append(want, c)
		for _, f := range caseForms {
			want = append(want, derive(c, f.suffix, f.f))
		}
	}
	if nfc < 40 {
		t.Errorf("%s: %d NFC cases, want at least 40", oursPath, nfc)
	}
	if *updateOurs {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		for _, c := range want {
			if err := enc.Encode(c); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(oursPath, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if len(cases) != len(want) {
		t.Fatalf("%s: %d lines, want %d (run go test -run TestOursFourForms -update-ours)", oursPath, len(cases), len(want))
	}
	for i := range want {
		g, _ := json.Marshal(cases[i])
		w, _ := json.Marshal(want[i])
		if !bytes.Equal(g, w) {
			t.Errorf("%s line %d:\n got %s\nwant %s", oursPath, i+1, g, w)
		}
	}
}
