package directive

import (
	"github.com/chidao/chidao/internal/vntext"
)

// parser holds the state of one Parse call.
type parser struct {
	text    string
	lines   []line
	h       header
	covered []Span
	warns   []Warning
}

// cover records that the input span [a, b) belongs to an element.
func (p *parser) cover(a, b int) {
	if b > a {
		p.covered = append(p.covered, Span{a, b})
	}
}

// warn records a warning about the input span sp.
func (p *parser) warn(sp Span, msg string) {
	p.warns = append(p.warns, Warning{Msg: msg, Span: sp})
}

func foldOf(s string) vntext.Folded { return vntext.Fold(s) }
