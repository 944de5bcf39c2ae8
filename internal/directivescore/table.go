package directivescore

import (
	"slices"
	"strings"
)

// TableHeaders returns the column headers of the tables of a source text,
// folded (Fold), sorted and without repeats.
//
// The corpus stores tables as web pages render them: a line holding only
// "|" opens a row and separates its cells, two such lines in a row end one
// row and open the next, and a blank line ends the table. A row is a header
// row when it has at least three cells and each of its non-empty cells is
// wholly bold ("**Đơn vị thực hiện**"); a header row may repeat inside a
// table. The first row alone is not taken: tables without a bold header
// open with data ("Trường Mầm non …"). Layout tables of the page head and
// the signature have two cells a row and give no headers.
func TableHeaders(source string) []string {
	var headers []string
	for _, t := range tables(source) {
		for _, row := range t {
			if len(row) < 3 || !allBold(row) {
				continue
			}
			for _, c := range row {
				if f := Fold(unmark(c)); f != "" {
					headers = append(headers, f)
				}
			}
		}
	}
	slices.Sort(headers)
	return slices.Compact(headers)
}

// tables splits the source into tables, each a list of rows, each a list of
// cells as printed (lines joined by a space).
func tables(source string) [][][]string {
	var out [][][]string
	var rows [][]string
	var row []string
	var cell []string
	inTable, lastPipe := false, false
	flushCell := func() {
		if cell != nil {
			row = append(row, strings.Join(cell, " "))
			cell = nil
		}
	}
	flushTable := func() {
		flushCell()
		if len(row) > 0 {
			rows = append(rows, row)
		}
		if len(rows) > 0 {
			out = append(out, rows)
		}
		rows, row, inTable, lastPipe = nil, nil, false, false
	}
	for line := range strings.Lines(source) {
		l := strings.TrimSpace(line)
		switch {
		case l == "|":
			if inTable {
				flushCell()
				if lastPipe { // "|" "|": the row ends, the next begins
					if len(row) > 0 {
						rows = append(rows, row)
					}
					row = nil
				}
			}
			inTable, lastPipe = true, true
		case l == "":
			if inTable {
				flushTable()
			}
		default:
			if inTable {
				cell = append(cell, l)
			}
			lastPipe = false
		}
	}
	flushTable()
	return out
}

// allBold reports whether every non-empty cell of row is wholly bold.
func allBold(row []string) bool {
	n := 0
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if len(c) < 5 || !strings.HasPrefix(c, "**") || !strings.HasSuffix(c, "**") || strings.Contains(c[2:len(c)-2], "**") {
			return false
		}
		n++
	}
	return n > 0
}

// unmark removes markdown emphasis marks.
func unmark(s string) string { return strings.ReplaceAll(s, "*", "") }
