package vntext

import (
	"strings"
	"testing"
)

// layoutPieces cuts s into pieces the way a layout reader does, roughly:
// each line without its leading markup and table bars, emphasis marks
// left out between pieces, a space asked for at each line break.
func layoutPieces(s string) []Piece {
	var ps []Piece
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		space := true
		a := start
		for k := start; k <= end; k++ {
			if k == end || s[k] == '*' || s[k] == '|' || s[k] == '#' {
				if k > a {
					ps = append(ps, Piece{Start: a, End: k, Space: space})
				}
				space = k < end && s[k] == '|'
				a = k + 1
			}
		}
		start = end + 1
	}
	return ps
}

func BenchmarkFoldPiecesSeed(b *testing.B) {
	text := seedText(b)
	ps := layoutPieces(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var m Memory
	for b.Loop() {
		f, bounds := FoldPiecesInto(text, ps, m)
		m = f.Memory(bounds)
	}
}
