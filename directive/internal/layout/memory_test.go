package layout

import (
	"os"
	"testing"
)

// TestReleaseReused reads each document of dumpDocs in the memory every
// other one released, larger and smaller, and checks that its layout and
// folding are those it has read in fresh memory.
func TestReleaseReused(t *testing.T) {
	var texts []string
	for _, f := range dumpDocs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	type read struct{ dump, key, spelled string }
	readOf := func(d *Doc) read {
		return read{d.String(), d.Key.Text, d.Key.Spelled(0, len(d.Key.Text))}
	}
	want := make([]read, len(texts))
	for i, s := range texts {
		want[i] = readOf(Read(s)) // never released: fresh memory
	}
	for i, s := range texts {
		for j, u := range texts {
			Read(u).Release()
			d := Read(s)
			if got := readOf(d); got != want[i] {
				t.Errorf("%s read after %s was released: its layout differs", dumpDocs[i], dumpDocs[j])
			}
			d.Release()
			d.Release() // a second release does nothing
		}
	}
}
