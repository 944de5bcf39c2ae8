package directive_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/kpi"
	"github.com/chidao/chidao/seeds"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// loadDocs returns the seed, the documents of testdata and those of
// testdata/corpus (when present), by name.
var loadDocs = sync.OnceValues(func() (map[string]string, error) {
	docs := map[string]string{"seed": seeds.HaiPhongDeAn06Text()}
	for _, pat := range []string{"testdata/*.txt", "testdata/corpus/*.txt"} {
		fs, err := filepath.Glob(pat)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			docs[f] = string(b)
		}
	}
	return docs, nil
})

// parsedDocs returns the documents of roundTripDocs parsed, once for the
// tests that share them; a document that does not parse is an error.
func parsedDocs(t *testing.T) map[string]*directive.Directive {
	t.Helper()
	ds, err := parseDocs()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) < 5 {
		t.Fatalf("only %d documents", len(ds))
	}
	return ds
}

var parseDocs = sync.OnceValues(func() (map[string]*directive.Directive, error) {
	docs, err := loadDocs()
	if err != nil {
		return nil, err
	}
	out := make(map[string]*directive.Directive, len(docs))
	for name, text := range docs {
		d, err := directive.Parse(text, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = d
	}
	return out, nil
})

// syntheticProgress completes every other counted task (some late), and
// measures every target as a whole and, for tasks whose lead has an ID,
// by that agency; it also names a task the directive does not have.
func syntheticProgress(d *directive.Directive, asOf calendar.Date) *directive.Progress {
	var p directive.Progress
	i := 0
	for t := range d.Tasks() {
		i++
		if len(t.Subtasks) == 0 && i%2 == 0 {
			p = p.Complete(t.Label, "", asOf.AddDays(-(i % 45)))
		}
		if i%5 == 0 {
			p = p.Annotate(t.Label, "", asOf.AddDays(-3), "đang triển khai <b>&</b> \"đúng tiến độ\"")
		}
		for k := range t.Targets {
			p = p.Measure(t.Label, k, "", kpi.Count(asOf.AddDays(-60), int64(10+i%20), 40))
			p = p.Measure(t.Label, k, "", kpi.Count(asOf.AddDays(-5), int64(20+i%20), 40))
			for _, l := range t.Lead {
				if l.ID != "" {
					p = p.Measure(t.Label, k, l.ID, kpi.Count(asOf.AddDays(-5), int64(i%7), 7))
				}
			}
		}
	}
	p = p.Complete("99.99.99", "", asOf)
	return &p
}

// asOfFor returns a day half a year after d's issue date, or 2025-01-01.
func asOfFor(d *directive.Directive) calendar.Date {
	if f := d.Issued.Expr.Period.First; f.IsValid() {
		return f.AddDays(183)
	}
	return calendar.Date{Year: 2025, Month: 1, Day: 1}
}

// TestRoundTripCorpus checks, for the seed and every document of testdata
// (testdata/corpus included), that the parsed Directive and its Report
// survive JSON: marshal, unmarshal and marshal again give the same bytes,
// the values read back equal the originals, and the report read back
// writes the same text.
func TestRoundTripCorpus(t *testing.T) {
	for name, d := range parsedDocs(t) {
		var d2 directive.Directive
		if !roundTrip(t, name+" directive", d, &d2) {
			continue
		}
		if !sameValue(d, &d2) {
			t.Errorf("%s: directive read back differs (-parsed +read):\n%s", name, cmp.Diff(d, &d2, cmpopts.EquateEmpty()))
		}
		asOf := asOfFor(d)
		r, err := directive.NewReport(d, syntheticProgress(d, asOf), asOf, nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var r2 directive.Report
		if !roundTrip(t, name+" report", r, &r2) {
			continue
		}
		if !sameValue(r, &r2) {
			t.Errorf("%s: report read back differs (-built +read):\n%s", name,
				cmp.Diff(r, &r2, cmpopts.EquateEmpty(), cmpopts.IgnoreUnexported(directive.Report{})))
		}
		if a, b := r.Text(), r2.Text(); a != b {
			t.Errorf("%s: report text differs after JSON:\n%s", name, cmp.Diff(a, b))
		}
		if !strings.Contains(r.Text(), "VI. VẤN ĐỀ CẦN LƯU Ý") {
			t.Errorf("%s: the unknown task of the progress is not reported", name)
		}
	}
}

// roundTrip marshals v, reads it into back, marshals back and reports
// whether both writings are the same bytes, with no "null" for a list.
func roundTrip(t *testing.T, name string, v, back any) bool {
	t.Helper()
	b1, err := json.Marshal(v)
	if err != nil {
		t.Errorf("%s: marshal: %v", name, err)
		return false
	}
	if err := json.Unmarshal(b1, back); err != nil {
		t.Errorf("%s: unmarshal: %v", name, err)
		return false
	}
	b2, err := json.Marshal(back)
	if err != nil {
		t.Errorf("%s: marshal again: %v", name, err)
		return false
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("%s: JSON differs after a round trip:\n%s", name, cmp.Diff(string(b1), string(b2)))
		return false
	}
	if bytes.Contains(b1, []byte(":null")) {
		// Only the expression and rate keys may be null.
		for _, k := range nullKeys(b1) {
			switch k {
			case "deadline", "issued", "effective", "done_of_due", "on_time_of_due", "done_of_all", "on_time_of_all":
			default:
				t.Errorf("%s: key %q is null (an empty list must be [])", name, k)
			}
		}
	}
	return true
}

// nullKeys returns the keys whose value is null in the JSON b.
func nullKeys(b []byte) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if e == nil {
					out = append(out, k)
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	var v any
	if json.Unmarshal(b, &v) == nil {
		walk(v)
	}
	return out
}

// sameValue reports whether a and b (pointers to values of one type) are
// deeply equal once empty slices are taken as nil and unexported fields
// are left out (a cheap cmp.Equal with EquateEmpty and IgnoreUnexported).
func sameValue(a, b any) bool {
	x, y := reflect.New(reflect.TypeOf(a).Elem()).Elem(), reflect.New(reflect.TypeOf(b).Elem()).Elem()
	copyExported(x, reflect.ValueOf(a).Elem())
	copyExported(y, reflect.ValueOf(b).Elem())
	return reflect.DeepEqual(x.Interface(), y.Interface())
}

// copyExported copies the exported fields of src into dst (of the same
// type), recursively, leaving empty slices nil.
func copyExported(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Struct:
		for i := range src.NumField() {
			if src.Type().Field(i).IsExported() {
				copyExported(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.Len() == 0 {
			return
		}
		dst.Set(reflect.MakeSlice(src.Type(), src.Len(), src.Len()))
		for i := range src.Len() {
			copyExported(dst.Index(i), src.Index(i))
		}
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		dst.Set(reflect.New(src.Type().Elem()))
		copyExported(dst.Elem(), src.Elem())
	case reflect.Map:
		if src.Len() == 0 {
			return
		}
		dst.Set(reflect.MakeMap(src.Type()))
		for _, k := range src.MapKeys() {
			v := reflect.New(src.Type().Elem()).Elem()
			copyExported(v, src.MapIndex(k))
			dst.SetMapIndex(k, v)
		}
	default:
		dst.Set(src)
	}
}
