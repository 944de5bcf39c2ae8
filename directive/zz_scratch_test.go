package directive

import (
	"fmt"
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/directive/internal/layout"
)

func TestZZScratch(t *testing.T) {
	for _, s := range []string{
		"Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, đơn vị, tổ chức, hộ kinh doanh, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này.",
	} {
		doc := layout.ReadWith(s, layoutOptions(agency.Default()))
		r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
		g := doc.Paras[0].Key
		c := chargeReader{r: r, f: &doc.Key, t: doc.Key.Text, g: g, accented: doc.Accented}
		c.parties = c.partiesOf(g)
		var all []string
		for _, p := range c.parties {
			all = append(all, s[p.Span.Start:p.Span.End])
		}
		ps, _, _ := c.clause(g.A)
		var got []string
		for _, p := range ps {
			got = append(got, p.Name)
		}
		fmt.Printf("%q\n  parties=%q\n  clause=%q\n", s, all, got)
	}
	for _, m := range agency.Default().FindAll("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm", nil) {
		fmt.Printf("%q %v\n", m.Text, m.Title)
	}
}
