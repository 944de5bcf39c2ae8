package layout

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String dumps the document's layout: a summary line, then each paragraph
// and each table, one element per line, with the paragraph's text spelled
// as the matching reads it (lower case, diacritics kept), cut to 72
// characters.
func (d *Doc) String() string {
	var sb strings.Builder
	acc := "unaccented"
	if d.Accented {
		acc = "accented"
	}
	fmt.Fprintf(&sb, "doc: %d lines, %d paragraphs, %d tables, width %d, %s\n", len(d.Lines), len(d.Paras), len(d.Tables), d.Width, acc)
	t := 0
	for i := range d.Paras {
		p := &d.Paras[i]
		for t < len(d.Tables) && d.Tables[t].Lines[0] <= p.Lines[0] {
			sb.WriteString(d.TableString(t))
			t++
		}
		sb.WriteString(d.ParaString(i))
		sb.WriteByte('\n')
	}
	for ; t < len(d.Tables); t++ {
		sb.WriteString(d.TableString(t))
	}
	return sb.String()
}

// ParaString dumps paragraph i on one line: its index, lines, marker,
// flags, cell and text.
func (d *Doc) ParaString(i int) string {
	p := &d.Paras[i]
	var sb strings.Builder
	fmt.Fprintf(&sb, "p%d L%d", i, p.Lines[0]+1)
	if p.Lines[1]-p.Lines[0] > 1 {
		fmt.Fprintf(&sb, "-%d", p.Lines[1])
	}
	if !p.Marker.IsZero() {
		fmt.Fprintf(&sb, " %s[%s]", p.Marker.Level(), p.Marker.Label)
	}
	if p.Heading > 0 {
		fmt.Fprintf(&sb, " h%d", p.Heading)
	}
	if p.Flags != 0 {
		sb.WriteString(" " + p.Flags.String())
	}
	if p.Cell.In() {
		fmt.Fprintf(&sb, " cell(%d,%d,%d)", p.Cell.Table, p.Cell.Row, p.Cell.Col)
	}
	sb.WriteString(" | ")
	sb.WriteString(cut(d.Spelled(p.Body), 72))
	return sb.String()
}

// TableString dumps table t: its form and lines, then one line per row with
// the first characters of each cell.
func (d *Doc) TableString(t int) string {
	tb := &d.Tables[t]
	var sb strings.Builder
	fmt.Fprintf(&sb, "table %d L%d-%d %s, %d rows\n", t+1, tb.Lines[0]+1, tb.Lines[1], tb.Form, len(tb.Rows))
	for r, row := range tb.Rows {
		fmt.Fprintf(&sb, "  row %d:", r)
		for _, c := range row.Cells {
			sb.WriteString(" [" + cut(d.Spelled(c.Key), 24) + "]")
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return s[:i] + "…"
		}
		k++
	}
	return s
}
