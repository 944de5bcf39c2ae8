package calendar_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/seeds"
)

// TestFindAllFoldedAsFindAllWith reads the seed paragraph by paragraph,
// and whole, three ways: FindAllWith over the text, FindAllFolded over
// the text with its folding, and FindAllFolded over the folded text read
// as its own folding (vntext.AsFolded, as the directive parser reads a
// task), which must find what FindAllWith finds in the folded text.
func TestFindAllFoldedAsFindAllWith(t *testing.T) {
	text := seeds.HaiPhongDeAn06Text()
	ref := calendar.Date{Year: 2024, Month: 1, Day: 5}
	texts := append(strings.Split(text, "\n\n"), text)
	for _, s := range texts {
		f := vntext.Fold(s)
		if got, want := calendar.FindAllFolded(s, &f, ref, nil), calendar.FindAllWith(s, ref, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q: FindAllFolded over its folding = %v; FindAllWith = %v", s, got, want)
		}
		own := vntext.AsFolded(f.Text)
		if got, want := calendar.FindAllFolded(f.Text, &own, ref, nil), calendar.FindAllWith(f.Text, ref, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q: FindAllFolded over the folded text = %v; FindAllWith = %v", f.Text, got, want)
		}
		if got, want := calendar.FindAllFolded(s, nil, ref, nil), calendar.FindAllWith(s, ref, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q: FindAllFolded with no folding = %v; FindAllWith = %v", s, got, want)
		}
	}
}

// BenchmarkFindAllFoldedSeed is BenchmarkFindAllSeed over the seed's
// folding made once, outside the loop.
func BenchmarkFindAllFoldedSeed(b *testing.B) {
	text := seeds.HaiPhongDeAn06Text()
	ref := calendar.Date{Year: 2024, Month: 1, Day: 1}
	f := vntext.Fold(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		calendar.FindAllFolded(text, &f, ref, nil)
	}
}
