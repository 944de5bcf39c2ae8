package directivescore_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

func TestParseMeta(t *testing.T) {
	in := `{"file": "a.txt"}

{"file": "b.txt", "number": "84/2025/QĐ-UBND", "issued": "02/12/2025", "doc_type": "Quyết định", "issuer": "Tỉnh Hà Tĩnh"}
{"file": "c.txt", "issued": "1/7/2025"}
`
	got, err := directivescore.ParseMeta([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []directivescore.Meta{
		{File: "a.txt"},
		{File: "b.txt", Number: "84/2025/QĐ-UBND", Issued: "2025-12-02", DocType: "Quyết định", Issuer: "Tỉnh Hà Tĩnh"},
		{File: "c.txt", Issued: "2025-07-01"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseMeta (-want +got):\n%s", diff)
	}
	if got[0].HasReference() || !got[1].HasReference() || !got[2].HasReference() {
		t.Error("HasReference")
	}
}

func TestParseMetaErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{\"file\": \"a.txt\"}\n{\"file\": \"b.txt\", \"issued\": \"31/02/2025\"}\n",
			`directivescore: at byte 18: issue date "31/02/2025" is not a valid DD/MM/YYYY date: "{\"file\": \"b.txt\", \"issued\": \"31/02/2025\"}"`},
		{`{"file": "b.txt", "issued": "2025-02-01"}`,
			`directivescore: at byte 0: issue date "2025-02-01" is not a valid DD/MM/YYYY date: "{\"file\": \"b.txt\", \"issued\": \"2025-02-01\"}"`},
		{`{"number": "1/CT"}`, `directivescore: at byte 0: metadata line without "file": "{\"number\": \"1/CT\"}"`},
		{"\n{\"file\": 3}", `directivescore: at byte 1: metadata line: json: cannot unmarshal number into Go struct field .file of type string: "{\"file\": 3}"`},
		{`{"file": "a.txt",`, `directivescore: at byte 0: metadata line: unexpected end of JSON input: "{\"file\": \"a.txt\","`},
	} {
		_, err := directivescore.ParseMeta([]byte(c.in))
		var pe *directivescore.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseMeta(%q): %v is not a *ParseError", c.in, err)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("ParseMeta(%q):\n got %s\nwant %s", c.in, err, c.want)
		}
	}
}

func TestScoreMeta(t *testing.T) {
	m := directivescore.Meta{File: "b.txt", Number: "84/2025/QĐ-UBND", Issued: "2025-12-02"}
	doc := func(js string) *directivescore.Doc {
		d, err := directivescore.Decode([]byte(js))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		m    directivescore.Meta
		got  string
		want directivescore.MetaResult
		line string
	}{
		{m, `{"number": "84/2025/qđ-ubnd", "issued": {"kind": "date", "from": "2025-12-02", "to": "2025-12-02"}}`,
			directivescore.MetaResult{File: "b.txt", HasNumber: true, HasIssued: true, NumberOK: true, IssuedOK: true},
			"b.txt  number ok  issued ok"},
		{m, `{"number": "84/QĐ-UBND", "issued": null}`,
			directivescore.MetaResult{File: "b.txt", HasNumber: true, HasIssued: true},
			"b.txt  number FAIL  issued FAIL"},
		{m, `{"number": "84/2025/QĐ-UBND", "issued": {"kind": "partial", "from": "2025-01-01", "to": "2025-12-31"}}`,
			directivescore.MetaResult{File: "b.txt", HasNumber: true, HasIssued: true, NumberOK: true},
			"b.txt  number ok  issued FAIL"},
		{directivescore.Meta{File: "c.txt", Issued: "2025-07-01"}, `{"issued": {"from": "2025-07-01", "to": "2025-07-01"}}`,
			directivescore.MetaResult{File: "c.txt", HasIssued: true, IssuedOK: true},
			"c.txt  issued ok"},
	} {
		r := directivescore.ScoreMeta(c.m, doc(c.got))
		if diff := cmp.Diff(c.want, r); diff != "" {
			t.Errorf("ScoreMeta(%s) (-want +got):\n%s", c.got, diff)
		}
		if r.Line() != c.line {
			t.Errorf("Line() = %q; want %q", r.Line(), c.line)
		}
	}
}
