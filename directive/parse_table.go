package directive

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the task tables of appendices ("PHỤ LỤC … DANH MỤC
// NHIỆM VỤ"): one row per task, with columns for the task, the lead and
// cooperating agencies and the time. Tables arrive in two shapes: markdown
// rows on one line ("| 1 | Xây dựng … | Sở Tư pháp | … |"), or, converted
// from a web page, one cell per run of lines with a "|" line after each
// cell and two "|" lines after each row. Tables whose header names no task
// and no lead column (statistics) are left as they are.

// A cell is the text of one table cell: a run of whole lines, or a piece of
// one markdown row.
type cell struct {
	first, last int // lines
	a, b        int // text offsets in the line, for a markdown cell
	md          bool
}

// readTable splits lines[from:to] into rows of cells.
func (p *parser) readTable(from, to int) [][]cell {
	var rows [][]cell
	var row []cell
	start := -1
	bars := 0
	endCell := func(i int) {
		if start >= 0 {
			row = append(row, cell{first: start, last: i - 1})
			start = -1
		}
	}
	endRow := func() {
		if len(row) > 0 {
			rows = append(rows, row)
			row = nil
		}
	}
	for i := from; i < to; i++ {
		l := &p.lines[i]
		if isTabRow(l) {
			// A row copied from Word or a PDF: cells split by tabs.
			endCell(i)
			endRow()
			rows = append(rows, splitRow(i, l.text, '\t'))
			continue
		}
		if strings.Count(l.text, "|") >= 1 && !l.blank && strings.HasPrefix(strings.TrimSpace(p.text[l.start:l.end]), "|") {
			// A markdown row.
			endCell(i)
			endRow()
			if isRuleRow(l.text) {
				continue
			}
			rows = append(rows, splitRow(i, l.text, '|'))
			continue
		}
		if l.blank {
			if l.bar {
				endCell(i)
				bars++
				if bars >= 2 {
					endRow()
				}
			}
			continue
		}
		bars = 0
		if start < 0 {
			start = i
		}
	}
	endCell(to)
	endRow()
	return p.splitRunOnRows(rows)
}

// splitRow splits line i, whose text is t, into cells at every sep.
func splitRow(i int, t string, sep byte) []cell {
	row := make([]cell, 0, strings.Count(t, string(sep))+1)
	a := 0
	for a <= len(t) {
		k := strings.IndexByte(t[a:], sep)
		b := len(t)
		if k >= 0 {
			b = a + k
		}
		row = append(row, cell{first: i, last: i, a: a, b: b, md: true})
		if k < 0 {
			break
		}
		a = b + 1
	}
	return row
}

// isTabRow reports whether l holds table cells separated by tabs: two tabs
// or more between its words.
func isTabRow(l *line) bool {
	return !l.blank && strings.Count(l.text, "\t") >= 2
}

// splitRunOnRows splits the rows of a table converted one cell per line
// whose rows are not told apart (one "|" line after every cell, the last
// of a row included): such a row opens with the number column ("STT" or a
// row number), and each cell holding only a row number ("2", "1.1", "II")
// two cells or more after the last starts a new row.
func (p *parser) splitRunOnRows(rows [][]cell) [][]cell {
	var out [][]cell
	for _, row := range rows {
		if len(row) < 6 || row[0].md {
			out = append(out, row)
			continue
		}
		first := p.cellFolded(row[0])
		if first != "stt" && first != "tt" && first != "so tt" && !isRowNumber(first) {
			out = append(out, row)
			continue
		}
		a := 0
		for k := 2; k < len(row); k++ {
			if k-a >= 2 && isRowNumber(p.cellFolded(row[k])) {
				out = append(out, row[a:k:k])
				a = k
			}
		}
		out = append(out, row[a:])
	}
	return out
}

// cellFolded returns the folded text of a cell, trimmed.
func (p *parser) cellFolded(c cell) string {
	var sb strings.Builder
	for i := c.first; i <= c.last; i++ {
		if l := &p.lines[i]; !l.blank {
			t := l.text
			if c.md {
				t = t[c.a:c.b]
			}
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(t)
		}
	}
	return strings.TrimSpace(vntext.Fold(sb.String()).Text)
}

// isRowNumber reports whether folded cell text f is a row number: "2",
// "2.", "1.1", "II" (not a year: "2025").
func isRowNumber(f string) bool {
	f = strings.TrimSuffix(f, ".")
	if f == "" || len(f) > 6 {
		return false
	}
	if _, ok := vntext.Roman(strings.ToUpper(f)); ok {
		return true
	}
	for _, part := range strings.Split(f, ".") {
		// A part of one to three digits: "2025" is a year, not a row.
		if part == "" || len(part) > 3 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if !pIsDigit(part[i]) {
				return false
			}
		}
	}
	return true
}

func isRuleRow(t string) bool {
	return strings.Trim(t, "|-: ") == ""
}

// cellText returns the text of a cell, its lines joined.
func (p *parser) cellBlock(c cell) block {
	if c.md {
		l := &p.lines[c.first]
		a, b := c.a, c.b
		for a < b && l.text[a] == ' ' {
			a++
		}
		for b > a && l.text[b-1] == ' ' {
			b--
		}
		bl := block{first: c.first, last: c.last, start: l.orig(a), end: l.orig(b), text: l.text[a:b]}
		bl.segs = []seg{{at: 0, line: c.first, off: a}}
		bl.f = p.arena.fold(bl.text)
		return bl
	}
	var sb strings.Builder
	bl := block{first: c.first, last: c.last}
	for i := c.first; i <= c.last; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		} else {
			bl.start = l.cs
		}
		bl.segs = append(bl.segs, seg{at: sb.Len(), line: i})
		sb.WriteString(l.text)
		bl.end = l.ce
	}
	bl.text = sb.String()
	bl.f = p.arena.fold(bl.text)
	return bl
}

// The columns of a task table.
type tableCols struct {
	no, task, lead, coop, time int
}

// tableHeader finds the header row of a task table: a row with a task
// column and a lead column.
func (p *parser) tableHeader(rows [][]cell) (int, tableCols, bool) {
	for r, row := range rows {
		if r > 6 {
			break
		}
		c := tableCols{-1, -1, -1, -1, -1}
		for k, ce := range row {
			b := p.cellBlock(ce)
			f := b.f.Text
			switch {
			case f == "stt" || f == "tt" || f == "so tt":
				c.no = k
			case c.task < 0 && (strings.Contains(f, "nhiem vu") || strings.HasPrefix(f, "noi dung") || strings.HasPrefix(f, "ten nhiem vu")):
				c.task = k
			case strings.Contains(f, "chu tri") || f == "co quan thuc hien" || f == "don vi thuc hien" || strings.HasPrefix(f, "co quan thuc hien") || strings.HasPrefix(f, "don vi thuc hien"):
				c.lead = k
			case strings.Contains(f, "phoi hop"):
				c.coop = k
			case strings.Contains(f, "thoi gian") || strings.Contains(f, "thoi han") || strings.Contains(f, "tien do"):
				c.time = k
			}
		}
		if c.task >= 0 && c.lead >= 0 {
			return r, c, true
		}
	}
	return 0, tableCols{}, false
}

// tableAssignments reads the task rows of a table in lines[from:to] as
// assignments labelled prefix.N. It reports false when the lines hold no
// task table.
func (p *parser) tableAssignments(from, to int, prefix string) ([]Assignment, bool) {
	rows := p.readTable(from, to)
	h, c, ok := p.tableHeader(rows)
	if !ok {
		return nil, false
	}
	var out []Assignment
	n := 0
	for _, row := range rows[h+1:] {
		if c.task >= len(row) || c.lead >= len(row) {
			continue // a section row ("I. Nhiệm vụ chung")
		}
		tb := p.cellBlock(row[c.task])
		if strings.TrimSpace(tb.text) == "" {
			continue
		}
		n++
		label := strconv.Itoa(n)
		if c.no >= 0 && c.no < len(row) {
			if s := strings.Trim(strings.TrimSpace(p.cellBlock(row[c.no]).text), "."); s != "" && len(s) <= 6 {
				label = s
			}
		}
		label = prefix + "." + label
		lb := p.cellBlock(row[c.lead])
		lead := p.partiesIn(&lb, 0, len(lb.f.Text))
		var coop []Party
		if c.coop >= 0 && c.coop < len(row) {
			cb := p.cellBlock(row[c.coop])
			coop = p.partiesIn(&cb, 0, len(cb.f.Text))
		}
		var ftimes []TimeExpr
		if c.time >= 0 && c.time < len(row) {
			mb := p.cellBlock(row[c.time])
			ftimes = asCompletion(p.timesIn(&mb, 0, len(mb.f.Text)))
		}
		p.blocks = append(p.blocks, tb)
		k := len(p.blocks) - 1
		a := Assignment{Label: label, Text: tb.text, Assignees: lead, Cooperating: coop}
		ctx := taskCtx{lead: lead, coop: coop, fieldTime: ftimes}
		task := p.task(taskNode{src: taskSrc{blk: k, a: 0, e: len(tb.f.Text)}}, label, 1, ctx)
		a.Tasks = []Task{task}
		first, last := row[0], row[len(row)-1]
		a.Span = Span{p.lines[first.first].cs, p.lines[last.last].ce}
		if first.md {
			a.Span = Span{p.lines[first.first].cs, p.lines[first.first].ce}
		}
		p.topFolds = append(p.topFolds, []string{tb.f.Text})
		out = append(out, a)
	}
	return out, len(out) > 0
}
