package directive

import (
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
)

// This file reads task tables: a table whose header row names a task
// column and a lead column ("Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
// hợp | Thời gian hoàn thành | …"). Columns are known by what their header
// says, never by their place; every row is checked against them (the row
// number cell holds a number, the row has the cells the header has, or is
// a group row heading the rows under it, or a row that shares its merged
// first cells with the row above).

// A colKind is what a column of a task table holds.
type colKind uint8

const (
	colNone      colKind = iota
	colNo                // row number: "STT", "TT"
	colTask              // the task: "Nhiệm vụ", "Nội dung", "Công việc"
	colLead              // the lead body: "Cơ quan chủ trì", "Đơn vị thực hiện"
	colCoop              // cooperating bodies: "Cơ quan phối hợp"
	colTime              // the deadline: "Thời gian hoàn thành", "Thời hạn"
	colProgress          // progress reported: "Tiến độ thực hiện", "Kết quả thực hiện", "Tình hình thực hiện"
	colResult            // the expected result: "Kết quả dự kiến", "Sản phẩm"
	colTarget            // a target: "Chỉ tiêu"
	colProcedure         // an administrative procedure: "Tên thủ tục hành chính"
	colOther             // budget, notes, legal basis, fees, places
)

// columnWords are the header words of the columns, longest first within a
// first word (theColumns sorts them). Source: the header rows of the task
// tables and procedure tables of the development corpus and of the
// samples; the columns of a plan's task table follow the template the
// provinces use for the appendix "Danh mục nhiệm vụ".
var columnWords = [...]struct {
	words string
	kind  colKind
}{
	{"stt", colNo}, {"tt", colNo}, {"số tt", colNo}, {"số thứ tự", colNo},
	{"nhiệm vụ", colTask}, {"nội dung", colTask}, {"công việc", colTask}, {"tên nhiệm vụ", colTask},
	{"hoạt động", colTask}, {"giải pháp", colTask}, {"nhiệm vụ, giải pháp", colTask}, {"tên đề án", colTask},
	{"tên chương trình", colTask}, {"nội dung công việc", colTask}, {"nội dung nhiệm vụ", colTask},
	{"cơ quan chủ trì", colLead}, {"đơn vị chủ trì", colLead}, {"chủ trì", colLead},
	{"cơ quan thực hiện", colLead}, {"đơn vị thực hiện", colLead}, {"cơ quan, đơn vị chủ trì", colLead},
	{"cơ quan, đơn vị thực hiện", colLead}, {"cơ quan chủ trì thực hiện", colLead}, {"đơn vị chủ trì thực hiện", colLead},
	{"cơ quan thực hiện chủ trì", colLead}, {"trách nhiệm thực hiện", colLead}, {"đơn vị/ người thực hiện", colLead},
	// The body answerable for a row: "Đơn vị chịu trách nhiệm phổ biến"
	// in the statistics release calendar each ministry and province
	// publishes yearly (Luật Thống kê 2015, Điều 48; its rows name the
	// information released, "Tên thông tin thống kê", and when).
	{"đơn vị chịu trách nhiệm", colLead}, {"cơ quan chịu trách nhiệm", colLead},
	{"tên thông tin thống kê", colTask},
	{"cơ quan phối hợp", colCoop}, {"đơn vị phối hợp", colCoop}, {"phối hợp", colCoop},
	{"cơ quan, đơn vị phối hợp", colCoop}, {"cơ quan phối hợp thực hiện", colCoop},
	{"thời gian hoàn thành", colTime}, {"thời hạn hoàn thành", colTime}, {"thời gian thực hiện", colTime},
	{"thời hạn", colTime}, {"thời gian", colTime}, {"tiến độ", colTime}, {"thời gian dự kiến hoàn thành", colTime},
	{"thời gian trình", colTime}, {"thời hạn thực hiện", colTime}, {"mốc thời gian", colTime},
	{"tiến độ thực hiện", colTime},
	{"kết quả thực hiện", colProgress}, {"tình hình thực hiện", colProgress}, {"kết quả đạt được", colProgress},
	{"kết quả", colResult}, {"sản phẩm", colResult}, {"kết quả dự kiến", colResult}, {"sản phẩm dự kiến", colResult},
	{"dự kiến sản phẩm", colResult}, {"kết quả, sản phẩm", colResult}, {"yêu cầu", colResult},
	{"chỉ tiêu", colTarget}, {"mục tiêu", colTarget},
	{"tên thủ tục hành chính", colProcedure}, {"tên thủ tục", colProcedure}, {"tên tthc", colProcedure},
	{"thủ tục hành chính", colProcedure}, {"trình tự thực hiện", colProcedure}, {"bước", colProcedure},
	// The internal procedure of a procedure ("quy trình nội bộ", one
	// row per step: "Bước 1 | Nộp hồ sơ | Bộ phận một cửa | 0,5 ngày"):
	// its steps are the procedure's, no tasks.
	{"thứ tự công việc", colProcedure}, {"thứ tự các bước", colProcedure},
	{"nguồn kinh phí", colOther}, {"kinh phí", colOther}, {"ghi chú", colOther}, {"căn cứ pháp lý", colOther},
	{"phí, lệ phí", colOther}, {"địa điểm", colOther}, {"cách thức", colOther}, {"lĩnh vực", colOther},
	{"mã", colOther}, {"mã tthc", colOther}, {"mã số", colOther}, {"cơ sở pháp lý", colOther},
}

type colEntry struct {
	sp   vntext.Spelling
	kind colKind
}

var theColumns = sync.OnceValue(func() []colEntry {
	out := make([]colEntry, len(columnWords))
	for i, c := range columnWords {
		out[i] = colEntry{vntext.Spell(c.words), c.kind}
	}
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && len(out[b].sp.Key) > len(out[b-1].sp.Key); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
})

// columnOf returns what the header cell c says its column holds.
func (r *reader) columnOf(c layout.Cell) colKind {
	if c.Key.Empty() {
		return colNone
	}
	d := r.doc
	t := d.Text(c.Key)
	for _, e := range theColumns() {
		k := e.sp.Key
		if len(t) < len(k) || t[:len(k)] != k || len(t) > len(k) && vntext.IsLetter(t[len(k)]) {
			continue
		}
		if d.Accented && d.Key.Accented(c.Key.A, c.Key.B) && !d.Key.SpelledLike(c.Key.A, e.sp) {
			continue
		}
		return e.kind
	}
	return colOther
}

// A taskTable is a table read as a task table: its header row and the
// kind of each column.
type taskTable struct {
	t      *layout.Table
	index  int // the table's number, counted from 1
	header int
	cols   []colKind
}

// col returns the index of the first column of kind k, or -1.
func (tt *taskTable) col(k colKind) int {
	for i, c := range tt.cols {
		if c == k {
			return i
		}
	}
	return -1
}

// readTaskTable finds the header row of table ti (counted from 1) among its
// first rows: the first that names a task column and a lead column, and no
// procedure column (a list of administrative procedures is no task table).
func (r *reader) readTaskTable(ti int) (taskTable, bool) {
	t := &r.doc.Tables[ti-1]
	for h := 0; h < len(t.Rows) && h < 4; h++ {
		row := t.Rows[h]
		cols := make([]colKind, len(row.Cells))
		for k, c := range row.Cells {
			cols[k] = r.columnOf(c)
		}
		tt := taskTable{t: t, index: ti, header: h, cols: cols}
		if tt.col(colTask) >= 0 && tt.col(colLead) >= 0 && tt.col(colProcedure) < 0 {
			return tt, true
		}
	}
	return taskTable{}, false
}

// tableAssignments reads the task tables among tables: each row that
// names a lead body is an assignment labelled by its group and number.
//
// A table that is no task table (a list of procedures, a table of figures)
// is a part of the document's content, its rows one per line, its cells
// separated by " | "; so are a task table's header and group rows.
func (r *reader) tableAssignments(tables []int, prefix string, res *resolution) []Assignment {
	var out []Assignment
	for k, ti := range tables {
		tt, ok := r.readTaskTable(ti)
		if !ok {
			r.tablePart(ti, 0, len(r.doc.Tables[ti-1].Rows), prefix, res)
			continue
		}
		// Rows are labelled by their number as printed, after the
		// appendix's label ("PL-3", "PL2-1.a") or, for a table of a
		// body, after the table's place in it ("B1-3", "KH-B1-3").
		rp := prefix
		if !strings.HasPrefix(prefix, "PL") {
			rp = prefix + "B" + itoaN(k+1) + "-"
		}
		rows := r.taskRows(&tt, rp)
		out = append(out, rows...)
		// The rows read as no assignment (the header, group rows, rows
		// without a lead) are the table's content.
		t := &r.doc.Tables[ti-1]
		for ri := range t.Rows {
			sp := r.rowSpan(ti, ri)
			covered := false
			for _, a := range rows {
				if a.Span.Start <= sp.Start && sp.Start < a.Span.End {
					covered = true
					break
				}
			}
			if !covered {
				r.tablePart(ti, ri, ri+1, prefix, res)
			}
		}
	}
	return out
}

// rowSpan returns the span of row ri of table ti (counted from 1).
func (r *reader) rowSpan(ti, ri int) Span {
	row := r.doc.Tables[ti-1].Rows[ri]
	var sp Span
	for _, c := range row.Cells {
		if c.Key.Empty() {
			continue
		}
		a, b := r.doc.Span(c.Key)
		if sp.IsZero() {
			sp.Start = a
		}
		sp.End = b
	}
	return sp
}

// tablePart records rows [a, b) of table ti as a part of content.
func (r *reader) tablePart(ti, a, b int, prefix string, res *resolution) {
	d := r.doc
	t := &d.Tables[ti-1]
	var lines []string
	var sp Span
	var cells []string // each row's, one after the other
	for ri := a; ri < b; ri++ {
		cells = cells[:0]
		for _, c := range t.Rows[ri].Cells {
			cells = append(cells, d.Clean(c.Key))
		}
		lines = append(lines, strings.Join(cells, " | "))
		rs := r.rowSpan(ti, ri)
		if rs.IsZero() {
			continue
		}
		if sp.IsZero() {
			sp.Start = rs.Start
		}
		sp.End = rs.End
	}
	if sp.IsZero() {
		return
	}
	res.parts = append(res.parts, Part{Kind: PartContent, Label: prefix + "table " + itoaN(ti), Text: strings.Join(lines, "\n"), Span: sp})
	res.paras = append(res.paras, region{})
}

// taskRows reads the rows of a task table after its header.
func (r *reader) taskRows(tt *taskTable, prefix string) []Assignment {
	d := r.doc
	var out []Assignment
	group := ""
	lastNo := ""
	var lastTime []TimeExpr
	n := len(tt.cols)
	cNo, cTask := tt.col(colNo), tt.col(colTask)
	var above []layout.Cell // the cells of the last row read, by column
	for ri := tt.header + 1; ri < len(tt.t.Rows); ri++ {
		row := tt.t.Rows[ri]
		cells := row.Cells
		if ri == tt.header+1 && columnIndexRow(d, cells, n) {
			continue // "A | B | 1 | 2 | 3": the header's column numbers
		}
		no := ""
		if cNo >= 0 && cNo < len(cells) {
			no = strings.Trim(d.Clean(cells[cNo].Key), " .")
		}
		// The cells of this row by column: all of them when the row
		// begins with its number, else those from the task column on
		// (the number and the cells before the task merged with the
		// row above).
		byCol := make([]layout.Cell, n)
		switch {
		case rowNumber(no) && len(cells) >= 2:
			copy(byCol, cells)
			if len(cells) < n && above != nil {
				// A numbered row short of cells shares the last ones
				// with the row above: the page merged them down (one
				// lead and deadline for several rows), and its
				// conversion wrote them only in the first.
				copy(byCol[len(cells):], above[len(cells):])
			}
		case len(cells) < n && cTask >= 0 && !groupLabel(no) && len(cells) >= 2:
			copy(byCol[cTask:], cells)
			no = lastNo
		default:
			// A group row ("I | Hoàn thiện thể chế …", "Giai đoạn
			// 2025-2027"): the context of the rows under it.
			if no != "" && len(no) <= 8 {
				group = no
			} else if len(cells) > 0 {
				group = ""
			}
			continue
		}
		above = byCol
		lead := byCol[tt.col(colLead)]
		task := byCol[max(cTask, 0)]
		if lead.Key.Empty() || task.Key.Empty() {
			continue
		}
		lastNo = no
		label := prefix
		if group != "" {
			label += group + "."
		}
		label += no
		ch := charge{lead: r.cellParties(lead)}
		if c := tt.col(colCoop); c >= 0 {
			ch.coop = r.cellParties(byCol[c])
		}
		t := r.task(task.Key, label+".1", ch.lead, charge{coop: ch.coop})
		// The time cell: its expressions say when the task is due.
		if c := tt.col(colTime); c >= 0 && !byCol[c].Key.Empty() {
			var cell Task
			a, b := d.Span(byCol[c].Key)
			cell.Span = Span{a, b}
			r.analyze2(&cell, byCol[c].Key)
			lastTime = asCompletion(cell.Times)
		} else if c >= 0 && len(cells) < n && !rowNumber(no) {
			// A continuation row shares the time cell above it.
		} else {
			lastTime = nil
		}
		t.Times = append(t.Times, lastTime...)
		if t.Deadline.IsZero() {
			t.Deadline = governing(lastTime)
		}
		for _, k := range []colKind{colResult, colTarget} {
			if c := tt.col(k); c >= 0 && !byCol[c].Key.Empty() {
				var cell Task
				a, b := d.Span(byCol[c].Key)
				cell.Span = Span{a, b}
				r.analyze2(&cell, byCol[c].Key)
				t.Targets = append(t.Targets, cell.Targets...)
			}
		}
		a := Assignment{Label: label, Text: t.Text, Assignees: toParties(ch.lead), Cooperating: toParties(ch.coop), Tasks: []Task{t}}
		a.Span = r.rowSpan(tt.index, ri)
		out = append(out, a)
	}
	return out
}

// cellParties returns the bodies a table cell names: those the registry
// finds, or the cell's text as one body.
func (r *reader) cellParties(c layout.Cell) []party {
	if c.Key.Empty() {
		return nil
	}
	ps := r.partiesIn(c.Key)
	if len(ps) > 0 {
		return r.cellNames(c, ps)
	}
	d := r.doc
	name := strings.TrimRight(d.Clean(c.Key), " .;,")
	if name == "" || strings.HasPrefix(name, "-") || noneCell(d.Text(c.Key)) || formBlank(name) {
		return nil
	}
	a, b := d.Span(c.Key)
	return []party{{Party: Party{Name: name, Span: Span{a, b}}, key: c.Key}}
}

// cellNames returns the parties ps of cell c with each name run on over
// the words after it, up to the next party that a separator opens or the
// end of the cell's paragraph: a cell of a lead or cooperating column holds
// names and the marks between them (",", ";", "và", a new line), so words
// that no separator or verb ends are the name's own, whatever the words
// say ("Vụ Tổ chức phi chính phủ", "Cục Quản lý lao động ngoài nước",
// "Cục Người có công" — words that end a name in running text). The end
// of a cell ends a name that its words do not, as the end of a heading
// does (headingParty).
func (r *reader) cellNames(c layout.Cell, ps []party) []party {
	d := r.doc
	t := d.Key.Text
	var out []party
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		pi := sortSearchParas(d, p.key.A)
		if pi < 0 {
			out = append(out, p)
			continue
		}
		e := min(d.Paras[pi].Key.B, c.Key.B)
		next := k + 1
		for next < len(ps) && ps[next].key.A < e && !d.Key.IsUpperAt(ps[next].key.A) && !r.separated(p.key.B, ps[next].key.A) {
			// A party in lower case inside the name: "Vụ Tổ chức phi |
			// chính phủ"; a capitalised one opens a name of its own
			// ("UBND xã, phường, đặc khu / Sở Tài chính" on two lines).
			next++
		}
		if next < len(ps) && ps[next].key.A < e {
			e = ps[next].key.A
		}
		for e > p.key.B && strings.ContainsRune(" .;,", rune(t[e-1])) {
			e--
		}
		if e > p.key.B && !r.separated(p.key.B, e) {
			cr := chargeReader{r: r, f: &d.Key, t: t, g: layout.Range{A: p.key.A, B: e}, accented: d.Accented}
			p = cr.extended(p, e)
		}
		out = append(out, p)
		k = next - 1
	}
	return out
}

// separated reports whether the folded text [a, b) of a cell holds a mark
// between two names, or a verb that ends a name: a comma, semicolon,
// colon, bracket, slash, "và", "&", or an action, duty, role or charge.
func (r *reader) separated(a, b int) bool {
	t := r.doc.Key.Text
	if strings.ContainsAny(t[a:b], ",;:()/&+\n") {
		return true
	}
	c := chargeReader{r: r, f: &r.doc.Key, t: t, g: layout.Range{A: a, B: b}, accented: r.doc.Accented}
	for i := a; i < b; i++ {
		if i > a && vntext.IsLetter(t[i-1]) || !vntext.IsLetter(t[i]) {
			continue
		}
		if startsWord(t, i, "va") {
			return true
		}
		switch cl, _ := c.at(i); cl {
		case lexAction, lexDuty, lexLead, lexCoop, lexCharge, lexTitle:
			return true
		}
	}
	return false
}

// formBlank reports whether s holds the blank of a form to fill in ("Ông
// (bà)……………", "……", "........"): a run of dots and ellipses as long as
// six dots at least, where the text's own ellipsis ("…", "...") is
// shorter, in the text or its folding (which keeps them). A form's field
// names no body yet.
func formBlank(s string) bool {
	run := 0
	for _, c := range s {
		switch c {
		case '.':
			run++
		case '…':
			run += 3
		default:
			run = 0
		}
		if run >= 6 {
			return true
		}
	}
	return false
}

// noneCell reports whether the folded text of a cell says there is none:
// "Không", "Không có" (no cooperating body, no deadline). ("x" is not
// none: a matrix table ticks with it.)
func noneCell(t string) bool {
	switch strings.TrimRight(strings.TrimSpace(t), " .;,") {
	case "khong", "khong co":
		return true
	}
	return false
}

// columnIndexRow reports whether the n cells hold the numbers of a
// table's n columns, as the row under a header of the templates of Nghị
// định 30/2020/NĐ-CP and of statistical forms writes them: "A | B | 1 | 2
// | 3", "(1) | (2) | (3)" — each cell one short letter or number.
func columnIndexRow(d *layout.Doc, cells []layout.Cell, n int) bool {
	if len(cells) != n || n < 2 {
		return false
	}
	for _, c := range cells {
		t := strings.Trim(d.Clean(c.Key), " ()*.")
		if t == "" || len(t) > 2 {
			return false
		}
		for i := 0; i < len(t); i++ {
			if c := t[i]; !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z') {
				return false
			}
		}
	}
	return true
}

// rowNumber reports whether s is a row number: "1", "12", "1.2", "a".
func rowNumber(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	digits := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits = true
		case c == '.' && i > 0:
		default:
			return false
		}
	}
	return digits
}

// groupLabel reports whether s labels a group of rows: a Roman numeral or
// an upper-case letter.
func groupLabel(s string) bool {
	if s == "" {
		return false
	}
	if _, ok := vntext.Roman(strings.ToLower(s)); ok && strings.ToUpper(s) == s {
		return true
	}
	return len(s) == 1 && 'A' <= s[0] && s[0] <= 'Z'
}

var _ = calendar.KindDeadline

// A field is a paragraph that labels what it holds with a column's words
// and a colon, as the items of a plan do in place of a table row: "a)
// Nhiệm vụ: …", "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.", "c) Thời
// gian thực hiện: Hoàn thành trong năm 2025."
type field struct {
	kind  colKind
	value layout.Range
	para  int
}

// fieldOf reads paragraph i as a field: it opens with a field's label
// ("Đơn vị chủ trì: …").
func (r *reader) fieldOf(i int) (field, bool) {
	p := &r.doc.Paras[i]
	return r.fieldAt(i, p.Body.A, p.Body.B)
}

// fieldAt reads a field whose label opens at folded offset a of paragraph
// i, its value running to b.
func (r *reader) fieldAt(i, a, b int) (field, bool) {
	d := r.doc
	t := d.Key.Text[a:b]
	cols := theColumns()
	// A label is a column's words, spaces and a colon: with no colon
	// among the first bytes, as many as the longest words and one more,
	// and no space at their end going on past them, there is none.
	w := t[:min(len(t), len(cols[0].sp.Key)+1)]
	if strings.IndexByte(w, ':') < 0 && (w == "" || w[len(w)-1] != ' ') {
		return field{}, false
	}
	for _, e := range cols {
		k := e.sp.Key
		if len(t) <= len(k) || t[:len(k)] != k || vntext.IsLetter(t[len(k)]) {
			continue
		}
		j := len(k)
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j >= len(t) || t[j] != ':' {
			continue
		}
		if d.Accented && d.Key.Accented(a, b) && !d.Key.SpelledLike(a, e.sp) {
			continue
		}
		v := layout.Range{A: skipSep(d.Key.Text, a+j+1, b), B: b}
		return field{kind: e.kind, value: v, para: i}, true
	}
	return field{}, false
}

// inlineFields reads the fields written inside paragraph i after its
// first sentence, each after "; " or ". " ("Ban hành quy chế …; cơ quan
// chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: …; thời gian hoàn
// thành: quý II/2025."), each running to the next. It also returns where
// the first begins.
func (r *reader) inlineFields(i int) ([]field, int) {
	d := r.doc
	p := &d.Paras[i]
	t := d.Key.Text
	var starts []int
	for k := p.Body.A; k+2 < p.Body.B; k++ {
		if (t[k] == ';' || t[k] == '.') && t[k+1] == ' ' {
			if _, ok := r.fieldAt(i, k+2, p.Body.B); ok {
				starts = append(starts, k)
			}
		}
	}
	var out []field
	for n, k := range starts {
		end := p.Body.B
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		if f, ok := r.fieldAt(i, k+2, end); ok {
			out = append(out, f)
		}
	}
	if len(starts) == 0 {
		return nil, p.Body.B
	}
	return out, starts[0]
}

// fields returns the fields of an item: those of its own paragraphs, at
// their start or inline, and those of the items under it that are fields
// ("- Đơn vị chủ trì: …").
func (r *reader) fields(it *item) []field {
	var out []field
	for i := it.para; i < it.own; i++ {
		if f, ok := r.fieldOf(i); ok {
			out = append(out, f)
		}
		fs, _ := r.inlineFields(i)
		out = append(out, fs...)
	}
	for _, k := range it.kids {
		if _, ok := r.fieldOf(k.para); ok {
			out = append(out, r.fields(k)...)
		}
	}
	return out
}

// record builds the assignment of an item written as a record of fields:
// its lead and cooperating bodies, its time and its task from the fields,
// the task's text from the task field or else from the item's heading.
func (r *reader) record(it *item, fs []field, prefix string) (Assignment, bool) {
	d := r.doc
	var lead, coop []party
	var taskRange layout.Range
	taskField := false
	var times, proseTimes []TimeExpr
	for _, f := range fs {
		switch f.kind {
		case colLead:
			// "Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà
			// soát …; các sở, ngành liên quan … rà soát …, báo cáo Chủ
			// tịch UBND tỉnh": a field written as prose names its bodies
			// as the subjects of its clauses; a field of names is them.
			if ch := r.charges(f.value, d.Accented); ch.head && len(ch.lead) > 0 && !ch.leadIn {
				lead = append(lead, ch.lead...)
				// Its times are the task's: "… tiếp tục rà soát cập nhật
				// định kỳ …".
				var cell Task
				a, b := d.Span(f.value)
				cell.Span = Span{a, b}
				r.analyze2(&cell, f.value)
				proseTimes = append(proseTimes, cell.Times...)
				break
			}
			lead = append(lead, r.cellParties(layout.Cell{Key: trimDot(d, f.value)})...)
		case colCoop:
			coop = append(coop, r.cellParties(layout.Cell{Key: trimDot(d, f.value)})...)
		case colTask:
			if !taskField {
				taskRange, taskField = f.value, true
			}
		case colTime:
			var cell Task
			a, b := d.Span(f.value)
			cell.Span = Span{a, b}
			r.analyze2(&cell, f.value)
			times = append(times, asCompletion(cell.Times)...)
		}
	}
	if len(lead) == 0 {
		return Assignment{}, false
	}
	if !taskField {
		// The item's text, before its inline fields.
		taskRange = d.Paras[it.para].Body
		if _, at := r.inlineFields(it.para); at < taskRange.B {
			taskRange.B = trimKeyEnd(d.Key.Text, taskRange.A, at)
		}
	}
	label := prefix + it.label
	a := Assignment{Label: label, Text: strings.TrimRight(d.Clean(d.Paras[it.para].Body), " :"), Assignees: uniqueParties(toParties(lead)), Cooperating: toParties(coop)}
	// The tasks: the items under the task field when it only leads in
	// to them ("a) Nhiệm vụ:" / "- …" / "- …"), else the field's text.
	var tasks []Task
	if ti := taskItem(it, taskRange, d); ti != nil && len(ti.kids) > 0 && (taskRange.Empty() || ti.para == it.para) {
		for k, kid := range ti.kids {
			if _, isField := r.fieldOf(kid.para); isField {
				continue
			}
			tasks = append(tasks, r.itemTask(kid, label, k, lead))
		}
	}
	if len(tasks) == 0 {
		if taskRange.Empty() {
			taskRange = d.Paras[it.para].Body
		}
		own := r.charges(taskRange, d.Accented)
		tasks = []Task{r.task(taskRange, label+".1", lead, charge{coop: append(append([]party(nil), coop...), own.coop...)})}
	}
	for k := range tasks {
		t := &tasks[k]
		t.Cooperating = withoutParties(t.Cooperating, toParties(coop))
		t.Cooperating = appendParties(t.Cooperating, toParties(coop))
		t.Cooperating = withoutParties(t.Cooperating, t.Lead)
		t.Times = append(t.Times, times...)
		if len(times) > 0 {
			t.Deadline = governing(times)
		}
		if k == 0 && len(proseTimes) > 0 {
			t.Times = append(t.Times, proseTimes...)
			if t.Deadline.IsZero() {
				t.Deadline = governingStrong(proseTimes)
			}
		}
	}
	a.Tasks = tasks
	s, _ := d.Span(d.Paras[it.para].Key)
	_, e := d.Span(d.Paras[lastOwn(it)-1].Key)
	a.Span = Span{s, e}
	return a, true
}

// taskItem returns the item among it and the items under it whose
// paragraph holds the task range g (the task field), or nil.
func taskItem(it *item, g layout.Range, d *layout.Doc) *item {
	if p := &d.Paras[it.para]; p.Key.A <= g.A && g.A <= p.Key.B {
		return it
	}
	for _, k := range it.kids {
		if x := taskItem(k, g, d); x != nil {
			return x
		}
	}
	return nil
}

// trimDot returns g without a final full stop or semicolon.
func trimDot(d *layout.Doc, g layout.Range) layout.Range {
	t := d.Key.Text
	for g.B > g.A && (t[g.B-1] == '.' || t[g.B-1] == ';' || t[g.B-1] == ' ') {
		g.B--
	}
	return g
}
