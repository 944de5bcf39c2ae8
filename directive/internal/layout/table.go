package layout

import "strings"

// A Table is a grid of cells rebuilt from the layout of a converted page:
// "|" cell lines (a web page's table written one cell per line, a row
// opened and closed by a bar), markdown rows ("| a | b |") or tab-separated
// rows. Header rows, the columns they name and the rows that only group
// others are found by the reader of the table's meaning (the directive
// parser); the layout gives the grid.
type Table struct {
	// Lines are the table's lines [first, last+1).
	Lines [2]int
	// Rows are the rows in order.
	Rows []Row
	// Form says how the table was written.
	Form TableForm
}

// A TableForm is how a table is written in the text.
type TableForm uint8

// The table forms.
const (
	// FormCellLines: one cell per run of lines, cells separated by lines
	// holding only "|", rows by two such lines.
	FormCellLines TableForm = iota + 1
	// FormMarkdown: one row per line, cells between "|".
	FormMarkdown
	// FormTabs: one row per line, cells separated by tab characters.
	FormTabs
)

var tableFormNames = [...]string{"", "cell-lines", "markdown", "tabs"}

// String returns the form's name.
func (f TableForm) String() string {
	if int(f) < len(tableFormNames) {
		return tableFormNames[f]
	}
	return "form?"
}

// A Row is one row of a table.
type Row struct {
	Cells []Cell
	// Lines are the row's lines [first, last+1).
	Lines [2]int
}

// A Cell is one cell of a table.
type Cell struct {
	// Lines are the cell's lines [first, last+1); for a markdown or tab
	// row, the one line of its row.
	Lines [2]int
	// Key is the cell's content in Doc.Key, empty for an empty cell. For a
	// cell of lines it runs from the first to the last of its lines.
	Key Range
	// Paras are the paragraphs of the cell [first, last+1) in Doc.Paras;
	// empty for an empty cell, and for the cells of markdown and tab rows
	// (whose cells share their line's paragraph).
	Paras [2]int
}

// A CellRef names the table cell a paragraph lies in: the table (counted
// from 1; 0 means the paragraph is in no table), the row and the column.
type CellRef struct {
	Table, Row, Col int
}

// In reports whether r names a cell.
func (r CellRef) In() bool { return r.Table > 0 }

// cellLines finds the tables written one cell per run of lines: where each
// table begins and ends, and its rows and cells. It returns the tables
// (without paragraphs) and, for every line, the cell it lies in.
//
// The conversion writes a row as a bar line, the first cell's lines, a bar
// line, the next cell's lines, …, and a closing bar line, so that two rows
// are separated by two bar lines (more are rows with nothing in them). The
// first row of a page may lose its opening bar. The last row of a table ends
// when it has as many cells as the rows before it, or at the last bar line
// when no row before it was closed: text that no bar line follows is not in
// a cell, and neither is a run of more lines than a cell holds.
func cellLines(refs []CellRef, src string, lines []Line) ([]Table, []CellRef) {
	refs = zeroed(refs, len(lines))
	var tables []Table
	n := len(lines)
	isBar := func(i int) bool { return lines[i].Flags&LineCellBreak != 0 }
	// The cells of a row after the first of a table are cut from blocks
	// of cells, as many as the first row's and no room past them: a wider
	// row grows a slice of its own.
	var block []Cell
	cells := func(width int) []Cell {
		if width == 0 {
			return nil
		}
		if cap(block)-len(block) < width {
			block = make([]Cell, 0, max(256, width))
		}
		c := block[len(block) : len(block) : len(block)+width]
		block = block[:len(block)+width]
		return c
	}
	for i := 0; i < n; {
		if !isBar(i) {
			i++
			continue
		}
		t := Table{Form: FormCellLines}
		start := i
		var row Row
		width := 0
		// The first table of a page: the content right above its first
		// bar, up to a void line, is its first cell.
		j := i
		if len(tables) == 0 {
			k := i - 1
			for k >= 0 && !lines[k].void() && !isBar(k) {
				k--
			}
			if k < 0 && i > 0 && i <= maxFirstCellLines && !leadsInto(src, lines[:i]) {
				start = 0
				row.Lines[0] = 0
				row.Cells = append(row.Cells, Cell{Lines: [2]int{0, i}})
			}
		}
		var end int // the end of the table so far: after its last bar
		for {
			// j is a bar line: count the run of bars it opens.
			bars, k, last := 0, j, j
			for k < n && (isBar(k) || lines[k].void()) {
				if isBar(k) {
					bars++
					last = k
				}
				k++
			}
			end = last + 1
			if bars >= 2 {
				if len(row.Cells) > 0 {
					row.Lines[1] = last
					t.Rows = append(t.Rows, row)
					if width == 0 {
						width = len(row.Cells)
					}
				}
				row = Row{Lines: [2]int{last, last}, Cells: cells(width)}
			} else if width > 0 && len(row.Cells) >= width || width == 0 && len(row.Cells) >= 2 && !doubleBarAhead(lines, k) {
				// The row is full: as wide as the rows before it, or,
				// when none was closed, a row of a layout table (the
				// header, the recipients, the signature) that no row
				// closed by two bars follows.
				row.Lines[1] = last + 1
				t.Rows = append(t.Rows, row)
				row = Row{}
				break
			}
			// An empty line after the last bar ends the table: the cells
			// of a table follow their bars at once.
			if k >= n || k > last+1 {
				if len(row.Cells) > 0 {
					row.Lines[1] = last + 1
					t.Rows = append(t.Rows, row)
					row = Row{}
				}
				break
			}
			// A cell runs from k to the next bar; with no bar after it, it
			// is not in the table.
			m := k
			for m < n && !isBar(m) {
				m++
			}
			if m >= n || m-k > maxCellLines || hasCaption(lines, k, m) || opensFooter(lines, m) {
				break
			}
			if len(row.Cells) == 0 && row.Lines[0] == 0 {
				row.Lines[0] = j
			}
			row.Cells = append(row.Cells, Cell{Lines: [2]int{k, trimVoid(lines, k, m)}})
			j = m
		}
		if len(row.Cells) > 0 {
			row.Lines[1] = end
			t.Rows = append(t.Rows, row)
		}
		t.Lines = [2]int{start, end}
		i = max(end, i+1)
		if len(t.Rows) == 0 {
			continue
		}
		tables = append(tables, t)
		for r, row := range t.Rows {
			for c, cl := range row.Cells {
				for k := cl.Lines[0]; k < cl.Lines[1]; k++ {
					refs[k] = CellRef{Table: len(tables), Row: r, Col: c}
				}
			}
		}
	}
	return tables, refs
}

// opensFooter reports whether the bar line m is the opening bar of a
// document's footer table: one bar, then the recipients ("Nơi nhận:"). The
// footer is a layout table of its own, so the lines before that bar lack
// the closing bar a cell would have: they are not in the table before it.
func opensFooter(lines []Line, m int) bool {
	k := m + 1
	for k < len(lines) && lines[k].void() {
		k++
	}
	return k < len(lines) && lines[k].Flags&LineRecipients != 0
}

// doubleBarAhead reports whether two bar lines in a row follow line k before
// the text leaves the table (a void line after a bar, or the end).
func doubleBarAhead(lines []Line, k int) bool {
	isBar := func(i int) bool { return lines[i].Flags&LineCellBreak != 0 }
	for i := k; i < len(lines); i++ {
		if !isBar(i) {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].void() {
			j++
		}
		if j < len(lines) && isBar(j) {
			return true
		}
		if j > i+1 {
			return false // a void line after the bar: the table ends
		}
	}
	return false
}

// hasCaption reports whether the lines [a, b) hold a caption: the note
// under the title of an attached document or appendix, "(Kèm theo …)",
// "(Ban hành kèm theo …)". A caption is never in a cell: it heads the
// table after it.
func hasCaption(lines []Line, a, b int) bool {
	for i := a; i < b; i++ {
		if lines[i].Flags&LineCaption != 0 {
			return true
		}
	}
	return false
}

// maxFirstCellLines is more lines than the first cell of a page's first
// table holds when the conversion lost its opening bar (the issuing body's
// lines of a header).
const maxFirstCellLines = 12

// leadsInto reports whether one of the lines ends with a colon: text that
// leads in to the table under it ("Các nhiệm vụ cụ thể như sau:") is not
// its first cell.
func leadsInto(src string, lines []Line) bool {
	for _, l := range lines {
		if t := strings.TrimRight(src[l.CS:l.CE], " *"); strings.HasSuffix(t, ":") {
			return true
		}
	}
	return false
}

// maxCellLines is more lines than a table cell of a converted page holds:
// a longer run between two bars is the text of the page around a layout
// table whose closing bar the conversion lost.
const maxCellLines = 60

// trimVoid returns b moved back over the void lines that end [a, b).
func trimVoid(lines []Line, a, b int) int {
	for b > a && lines[b-1].void() {
		b--
	}
	return b
}
