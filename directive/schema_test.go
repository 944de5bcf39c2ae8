package directive_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
)

// schemaFile is the JSON Schema of the directive2json contract.
const schemaFile = "../docs/directive2json.schema.json"

// TestSchema checks the JSON of every parsed document (the seed, testdata
// and testdata/corpus when present) against the schema of the contract.
func TestSchema(t *testing.T) {
	s := loadSchema(t)
	for name, d := range parsedDocs(t) {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if errs := s.check(b); len(errs) > 0 {
			t.Errorf("%s: %d faults against %s, first: %s", name, len(errs), schemaFile, strings.Join(errs[:min(5, len(errs))], "; "))
		}
	}
}

// TestSchemaChecker shows that the checker finds what is wrong.
func TestSchemaChecker(t *testing.T) {
	s := loadSchema(t)
	good, err := json.Marshal(&directive.Directive{Assignments: []directive.Assignment{{Label: "1", Tasks: []directive.Task{{Label: "1.1"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	if errs := s.check(good); len(errs) > 0 {
		t.Fatalf("a minimal directive: %v", errs)
	}
	for _, tc := range []struct{ edit, want string }{
		{`"number":"",`, `$: missing "number"`},
		{`"recipients":[]`, `$.recipients: want array, got null`},
		{`"tasks":[{`, `$.assignments[0].tasks[0]: key "extra" is not in the schema`},
		{`"label":"1.1"`, `$.assignments[0].tasks[0].label: want string, got integer`},
		{`"signature":{"authority":""`, `$.signature.lines[0].form: "XX." is not one of`},
	} {
		bad := string(good)
		switch tc.edit {
		case `"number":"",`:
			bad = strings.Replace(bad, tc.edit, "", 1)
		case `"recipients":[]`:
			bad = strings.Replace(bad, tc.edit, `"recipients":null`, 1)
		case `"tasks":[{`:
			bad = strings.Replace(bad, tc.edit, `"tasks":[{"extra":1,`, 1)
		case `"label":"1.1"`:
			bad = strings.Replace(bad, tc.edit, `"label":11`, 1)
		default:
			bad = strings.Replace(bad, `"lines":[]`, `"lines":[{"form":"XX.","text":""}]`, 1)
		}
		if bad == string(good) {
			t.Fatalf("edit %q changed nothing in %s", tc.edit, good)
		}
		errs := s.check([]byte(bad))
		if len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), tc.want) {
			t.Errorf("%s: faults %q, want %q", tc.edit, errs, tc.want)
		}
	}
}

// This part is a checker of the subset of JSON Schema (2020-12) the
// schema uses: type, enum, pattern, minimum, minItems, maxItems,
// properties, required, additionalProperties (a boolean), items, anyOf
// and $ref to "#/$defs/…". A keyword outside the subset is an error, so
// that the schema cannot say more than the test checks.

type schema struct {
	root map[string]any
}

var schemaKeywords = map[string]bool{"$schema": true, "$id": true, "title": true, "description": true, "$defs": true,
	"type": true, "enum": true, "pattern": true, "minimum": true, "minItems": true, "maxItems": true, "properties": true,
	"required": true, "additionalProperties": true, "items": true, "anyOf": true, "$ref": true}

func loadSchema(t *testing.T) *schema {
	t.Helper()
	b, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var root map[string]any
	if err := dec.Decode(&root); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: a schema must be an object", path)
		}
		for k, sub := range m {
			if !schemaKeywords[k] {
				t.Fatalf("%s: keyword %q is outside the subset the checker knows", path, k)
			}
			switch k {
			case "properties", "$defs":
				for name, s := range sub.(map[string]any) {
					walk(path+"/"+k+"/"+name, s)
				}
			case "items":
				walk(path+"/items", sub)
			case "anyOf":
				for i, s := range sub.([]any) {
					walk(fmt.Sprintf("%s/anyOf/%d", path, i), s)
				}
			}
		}
	}
	walk("#", root)
	return &schema{root: root}
}

// check returns the faults of the JSON document b, each with its path.
func (s *schema) check(b []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	s.validate("$", v, s.root, &errs, 0)
	return errs
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		if _, err := x.Int64(); err == nil && !strings.ContainsAny(x.String(), ".eE") {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

func (s *schema) validate(path string, v any, sch map[string]any, errs *[]string, depth int) {
	if depth > 64 {
		*errs = append(*errs, path+": too deep")
		return
	}
	fail := func(format string, args ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, args...)) }
	if ref, ok := sch["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		def, found := s.root["$defs"].(map[string]any)[name].(map[string]any)
		if !ok || !found {
			fail("unknown $ref %q", ref)
			return
		}
		s.validate(path, v, def, errs, depth+1)
	}
	if alts, ok := sch["anyOf"].([]any); ok {
		matched := false
		for _, alt := range alts {
			var sub []string
			s.validate(path, v, alt.(map[string]any), &sub, depth+1)
			if len(sub) == 0 {
				matched = true
				break
			}
		}
		if !matched {
			fail("matches none of anyOf")
		}
	}
	got := jsonType(v)
	if tp, ok := sch["type"].(string); ok {
		if !(tp == got || tp == "number" && got == "integer") {
			fail("want %s, got %s", tp, got)
			return
		}
	}
	if enum, ok := sch["enum"].([]any); ok {
		in := false
		for _, e := range enum {
			if fmt.Sprint(e) == fmt.Sprint(v) && jsonType(e) == got {
				in = true
			}
		}
		if !in {
			fail("%q is not one of %v", fmt.Sprint(v), enum)
		}
	}
	if pat, ok := sch["pattern"].(string); ok {
		if str, isStr := v.(string); isStr && !regexp.MustCompile(pat).MatchString(str) {
			fail("%q does not match %s", str, pat)
		}
	}
	if minimum, ok := sch["minimum"].(json.Number); ok {
		if n, isNum := v.(json.Number); isNum {
			a, _ := n.Float64()
			m, _ := minimum.Float64()
			if a < m {
				fail("%v is below the minimum %v", n, minimum)
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if n, ok := sch["minItems"].(json.Number); ok {
			if m, _ := n.Int64(); int64(len(arr)) < m {
				fail("%d items, fewer than %d", len(arr), m)
			}
		}
		if n, ok := sch["maxItems"].(json.Number); ok {
			if m, _ := n.Int64(); int64(len(arr)) > m {
				fail("%d items, more than %d", len(arr), m)
			}
		}
		if items, ok := sch["items"].(map[string]any); ok {
			for i, e := range arr {
				s.validate(fmt.Sprintf("%s[%d]", path, i), e, items, errs, depth+1)
			}
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := sch["properties"].(map[string]any)
		if req, ok := sch["required"].([]any); ok {
			for _, r := range req {
				if _, has := obj[r.(string)]; !has {
					fail("missing %q", r)
				}
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, known := props[k].(map[string]any)
			if !known {
				if ap, ok := sch["additionalProperties"].(bool); ok && !ap {
					fail("key %q is not in the schema", k)
				}
				continue
			}
			s.validate(path+"."+k, obj[k], p, errs, depth+1)
		}
	}
}
