package agency

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDefaultShared checks that Default hands out one registry, from any
// number of goroutines at once, and that concurrent FindAll, Resolve,
// HolderOn and Members on it agree with a single reader (run with -race).
func TestDefaultShared(t *testing.T) {
	texts := []struct {
		text string
		opt  *Options
	}{
		{"Sở Tài chính chủ trì, phối hợp với Công an thành phố và UBND các quận, huyện.", hpOpt},
		{"Giám đốc Sở Nội vụ tỉnh Quảng Ninh; Chánh Văn phòng UBND tỉnh.", &Options{Locality: "quang-ninh.ubnd"}},
		{"Bộ Công an, Bộ Tài chính, các bộ, cơ quan ngang bộ.", nil},
	}
	want := make([][]Mention, len(texts))
	for i, c := range texts {
		want[i] = Default().FindAll(c.text, c.opt)
	}
	const workers = 16
	regs := make([]*Registry, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := Default()
			regs[w] = r
			for n := range 50 {
				c := texts[(w+n)%len(texts)]
				if got := r.FindAll(c.text, c.opt); !cmp.Equal(got, want[(w+n)%len(texts)]) {
					t.Errorf("worker %d: FindAll(%q) differs from a single reader's", w, c.text)
					return
				}
				r.HolderOn("hp.so-tttt", mustDate("2025-07-01"))
				r.Members("hp.so-ban-nganh", mustDate("2024-06-01"))
				r.Resolve("Sở TT&TT", hpOpt)
			}
		}()
	}
	wg.Wait()
	for w, r := range regs {
		if r != regs[0] {
			t.Fatalf("Default returned a different registry to worker %d", w)
		}
	}
}

// TestDefaultNotChangedByCopies checks that what a caller does with the
// values the shared registry hands out does not reach the next caller.
func TestDefaultNotChangedByCopies(t *testing.T) {
	a, ok := Default().Agency("hp.so-tttt")
	if !ok {
		t.Fatal("hp.so-tttt unknown")
	}
	name := a.Name
	a.Local[0] = "changed"
	a.Successors[0].ID = "changed"
	b, _ := Default().Agency("hp.so-tttt")
	if b.Local[0] == "changed" || b.Successors[0].ID == "changed" || b.Name != name {
		t.Errorf("a copy's change reached the shared registry: %+v", b)
	}
}
