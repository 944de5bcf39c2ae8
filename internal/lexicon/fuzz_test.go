package lexicon

import (
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

// maxFuzzText is more bytes than FuzzMatches reads of an input: longer
// ones would make an execution slow enough for the fuzzing engine's
// deadline on a loaded machine, and no row is that long.
const maxFuzzText = 256

// FuzzMatches checks that every match is a row of the classes asked for,
// written in the text at the offset as whole words, in order of length,
// that they are those of the plain reference matchesRef, and that no text
// panics.
func FuzzMatches(f *testing.F) {
	for _, s := range []string{"Sở Tài chính tính toán", "UỶ BAN NHÂN DÂN TỈNH", "tiếp tục phối hợp với", "cácsở", "KT. CHỦ TỊCH", "\xff\u0301 sở", ""} {
		f.Add(s, uint8(0))
	}
	lx := Builtin()
	f.Fuzz(func(t *testing.T, s string, at uint8) {
		if len(s) > maxFuzzText {
			// Each offset is matched and checked against the reference,
			// so a long input takes long; the matcher reads no farther
			// than a row from an offset.
			return
		}
		fd := vntext.FoldMarks(s)
		for _, cs := range []Classes{Of(Head), Of(Unit, Stop), Classes(1<<numClasses - 1)} {
			for i := 0; i <= len(fd.Text); i++ {
				ms := lx.Matches(&fd, i, cs, nil)
				for k, m := range ms {
					key := lx.Spelling(m.Row).Key
					if m.End != i+len(key) || m.End > len(fd.Text) || fd.Text[i:m.End] != key {
						t.Fatalf("match %q at %d of %q ends at %d", key, i, fd.Text, m.End)
					}
					if !cs.Has(lx.Row(m.Row).Class) {
						t.Fatalf("match %q of class %s not asked for", key, lx.Row(m.Row).Class)
					}
					if k > 0 && ms[k-1].End < m.End {
						t.Fatalf("matches at %d of %q not longest first", i, fd.Text)
					}
				}
			}
		}
		checkLikeRef(t, lx, s)
		_, _ = lx.Longest(&fd, int(at), Of(Title))
	})
}
