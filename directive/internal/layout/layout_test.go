package layout

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var dumpFile = flag.String("dump", "", "print the layout of this file")

func TestDumpFile(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	b, err := os.ReadFile(*dumpFile)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(Read(string(b)).String())
	_ = filepath.Base
}

func corpusFiles(t testing.TB) []string {
	var out []string
	for _, pat := range []string{"../../testdata/*.txt", "../../testdata/corpus/*.txt", "../../../seeds/*.txt"} {
		m, _ := filepath.Glob(pat)
		out = append(out, m...)
	}
	return out
}

// TestReadInvariants reads every document of the test data and checks what
// every later pass relies on: lines cover the text in order, paragraphs
// and cells lie inside their lines, keys map back inside the source.
func TestReadInvariants(t *testing.T) {
	for _, name := range corpusFiles(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, filepath.Base(name), Read(string(b)))
	}
}

func checkDoc(t *testing.T, name string, d *Doc) {
	t.Helper()
	prevEnd := 0
	for i, l := range d.Lines {
		if l.Start < prevEnd || l.End < l.Start || l.End > len(d.Src) {
			t.Fatalf("%s: line %d bounds [%d,%d) after %d", name, i, l.Start, l.End, prevEnd)
		}
		prevEnd = l.End
		if l.CS < l.Start || l.CE > l.End || l.CE < l.CS {
			t.Fatalf("%s: line %d content [%d,%d) outside [%d,%d)", name, i, l.CS, l.CE, l.Start, l.End)
		}
		if !l.Key.Empty() {
			a, b := d.Span(l.Key)
			if a < l.CS || b > l.CE {
				t.Fatalf("%s: line %d key maps to [%d,%d) outside content [%d,%d)", name, i, a, b, l.CS, l.CE)
			}
		}
	}
	last := -1
	for i, p := range d.Paras {
		if p.Lines[0] <= last || p.Lines[1] <= p.Lines[0] {
			t.Fatalf("%s: paragraph %d lines %v after line %d", name, i, p.Lines, last)
		}
		last = p.Lines[1] - 1
		if p.Key.A < d.Lines[p.Lines[0]].Key.A || p.Key.B > d.Lines[p.Lines[1]-1].Key.B || p.Body.A < p.Key.A || p.Body.A > p.Key.B || p.Body.B != p.Key.B {
			t.Fatalf("%s: paragraph %d key %v body %v outside its lines", name, i, p.Key, p.Body)
		}
	}
	for ti, tb := range d.Tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if c.Lines[0] < tb.Lines[0] || c.Lines[1] > tb.Lines[1] {
					t.Fatalf("%s: table %d cell lines %v outside %v", name, ti, c.Lines, tb.Lines)
				}
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range corpusFiles(f) {
		b, err := os.ReadFile(name)
		if err == nil && len(b) < 20000 {
			f.Add(string(b))
		}
	}
	f.Add("|\n|\n|")
	f.Add("**Điều\n2. **Giao\r\nSở\u2028Y tế\u00a0chủ trì")
	f.Fuzz(func(t *testing.T, s string) {
		d := Read(s)
		checkDoc(t, "fuzz", d)
		_ = d.String()
		for _, p := range d.Paras {
			checkClean(t, "fuzz", d, p.Key)
			checkClean(t, "fuzz", d, p.Body)
			checkCleanFold(t, "fuzz", d, p.Key)
			checkCleanFold(t, "fuzz", d, p.Body)
		}
		for _, l := range d.Lines {
			checkClean(t, "fuzz", d, l.Key)
			checkCleanFold(t, "fuzz", d, l.Key)
		}
		if n := len(d.Key.Text); n > 0 {
			checkClean(t, "fuzz", d, Range{len(s) % n, n - len(s)%3})
			checkCleanFold(t, "fuzz", d, Range{len(s) % n, n - len(s)%3})
		}
	})
}

func BenchmarkReadLargest(b *testing.B) {
	var texts []string
	total := 0
	for _, name := range corpusFiles(b) {
		bs, _ := os.ReadFile(name)
		if len(bs) > 100000 {
			texts = append(texts, string(bs))
			total += len(bs)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			_ = Read(s)
		}
	}
}
