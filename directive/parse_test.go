package directive

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/seeds"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// sampleFiles returns the sample directives in testdata.
func sampleFiles(t testing.TB) []string {
	fs, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(fs) == 0 {
		t.Fatalf("no sample directives in testdata: %v", err)
	}
	return fs
}

// TestParseGolden parses every sample directive and compares its JSON with
// testdata/golden/NAME.json (go test -run TestParseGolden -update rewrites
// them; review the diff by eye).
func TestParseGolden(t *testing.T) {
	for _, f := range sampleFiles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(string(text), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s (-want +got):\n%s", f, golden, cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// TestParseLineAccounting checks on every sample that each non-blank line
// lies inside the span of an element the parser read, and that none had
// to be reported as not placed.
func TestParseLineAccounting(t *testing.T) {
	for _, f := range sampleFiles(t) {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(string(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAccounting(t, f, string(text), d)
		for _, w := range d.Warnings {
			if strings.HasPrefix(w.Msg, "line not placed") {
				t.Errorf("%s: %s", f, w.Msg)
			}
		}
	}
}

// checkAccounting verifies the accounting invariant: the regions are in
// order, do not overlap and lie inside the input, every span of the result
// lies inside the input, and every letter or digit of the input outside
// layout marks lies in a region or in the span of a WarnUnread warning.
func checkAccounting(t testing.TB, name, text string, d *Directive) {
	t.Helper()
	prev := 0
	for _, r := range d.Regions {
		if r.Span.Start < prev || r.Span.End < r.Span.Start || r.Span.End > len(text) {
			t.Fatalf("%s: region %v %v out of order or bounds (after %d, len %d)", name, r.Kind, r.Span, prev, len(text))
		}
		prev = r.Span.End
	}
	for _, sp := range allSpans(d) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("%s: span %v out of bounds (len %d)", name, sp, len(text))
		}
	}
	held := make([]Span, 0, len(d.Regions)+len(d.Warnings))
	for _, r := range d.Regions {
		held = append(held, r.Span)
	}
	for _, w := range d.Warnings {
		if w.Kind == WarnUnread || w.Kind == WarnBeforeHeader || w.Kind == WarnHeader {
			held = append(held, w.Span)
		}
	}
	sort.Slice(held, func(a, b int) bool { return held[a].Start < held[b].Start })
	doc := layout.Read(text)
	k, end := 0, 0
	for _, p := range doc.Paras {
		a, b := doc.Span(p.Key)
		for i := a; i < b; {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
			for k < len(held) && held[k].Start <= i {
				end = max(end, held[k].End)
				k++
			}
			if i >= end {
				t.Errorf("%s: byte %d (%q) in no region and no warning", name, i, pClip(text[i:min(len(text), i+40)]))
				return
			}
			i += n
		}
	}
}

// allSpans returns every span in d.
func allSpans(d *Directive) []Span {
	var out []Span
	add := func(s Span) {
		if !s.IsZero() {
			out = append(out, s)
		}
	}
	add(d.Issued.Span())
	for _, r := range d.References {
		add(r.Span)
	}
	var task func(t *Task)
	task = func(t *Task) {
		add(t.Span)
		for _, p := range append(append([]Party(nil), t.Lead...), t.Cooperating...) {
			add(p.Span)
		}
		for _, x := range t.Times {
			add(x.Span())
		}
		add(t.Deadline.Span())
		for _, g := range t.Targets {
			add(Span{g.Start, g.End})
		}
		for _, r := range t.References {
			add(r.Span)
		}
		for k := range t.Subtasks {
			task(&t.Subtasks[k])
		}
	}
	for _, a := range d.Assignments {
		add(a.Span)
		for _, p := range append(append([]Party(nil), a.Assignees...), a.Cooperating...) {
			add(p.Span)
		}
		for k := range a.Tasks {
			task(&a.Tasks[k])
		}
	}
	add(d.Signature.Span)
	for _, w := range d.Warnings {
		add(w.Span)
	}
	return out
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		msg        string
	}{
		{"empty", "", "empty input"},
		{"blank", " \n\t\n  ", "empty input"},
		{"layout only", "|\n-----\n|", "not a directive"},
		{"prose", "Hôm nay trời đẹp. Chúng tôi đi chơi công viên.\nBuổi chiều về nhà.", "not a directive"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) = %v, %v; want a *ParseError", tt.text, d, err)
			}
			if !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("Parse(%q) error %q; want it to say %q", tt.text, pe.Msg, tt.msg)
			}
		})
	}
}

func TestTaskRoles(t *testing.T) {
	text := "1. Giao Sở X:\n" +
		"- Chủ trì, phối hợp với Công an thành phố và các đơn vị có liên quan triển khai A.\n" +
		"- Phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu B.\n" +
		"- Tiếp tục phối hợp với Sở Nội vụ làm C.\n" +
		"- Làm D; phối hợp với Bưu điện thành phố triển khai.\n" +
		"2. Giao Sở Y tế phối hợp với Công an thành phố tổ chức E.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := taskRoleNames(d)
	want := []roles{
		{[]string{"Sở X"}, []string{"Công an thành phố", "các đơn vị có liên quan"}},
		{[]string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư"}, []string{"Sở X"}},
		{[]string{"Sở Nội vụ"}, []string{"Sở X"}},
		{[]string{"Sở X"}, []string{"Bưu điện thành phố"}},
		{[]string{"Sở Y tế"}, []string{"Công an thành phố"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

func partyNames(ps []Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// TestParseMessyText checks that the layout of converted text does not
// change what is read: NFD letters, a page break inside a sentence,
// markdown emphasis and "|" cells.
func TestParseMessyText(t *testing.T) {
	clean := "Số: 12/CT-UBND\nHà Nội, ngày 14 tháng 6 năm 2024\n\n" +
		"1. Giao Sở Nội vụ:\n- Rà soát hồ sơ cán bộ, hoàn thành trước ngày 30/6/2024.\n"
	messy := "| Số: 12/CT-UBND |\nHà Nội, ngày14 tháng 6 năm 2024\n\n" +
		"**1. Giao Sở Nội vụ:**\n- Rà soát hồ sơ\n\n- 2 -\n\ncán bộ, hoàn thành **trước ngày 30/6/2024**.\n"
	nfd := strings.NewReplacer("ộ", "ô\u0323", "ơ", "o\u031b").Replace(clean)
	want := summary(t, clean)
	for _, in := range []string{messy, nfd} {
		if diff := cmp.Diff(want, summary(t, in)); diff != "" {
			t.Errorf("Parse(%q) (-clean +messy):\n%s", in, diff)
		}
	}
}

func summary(t *testing.T, text string) []string {
	t.Helper()
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{d.Number.String(), d.Issued.Expr.Period.First.String()}
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			out = append(out, tk.Label, strings.Join(partyNames(tk.Lead), ","), due.String())
		}
	}
	return out
}

// TestParseAppendixTable reads the task tables of appendices, in markdown
// rows and in the one-cell-per-line form of converted web pages.
func TestParseAppendixTable(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/appendix-table.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "appendix-table", string(text), d)
	type row struct {
		Label, Text, Lead, Coop, Due string
		Targets                      int
	}
	var got []row
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, row{tk.Label, tk.Text, strings.Join(partyNames(tk.Lead), ";"), strings.Join(partyNames(tk.Cooperating), ";"), due.String(), len(tk.Targets)})
		}
	}
	want := []row{
		{"1.1", "chủ trì, phối hợp với các sở, ngành tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo, hoàn thành trước ngày 30/6/2025.", "Sở Nội vụ", "các sở, ngành", "2025-06-30", 0},
		{"PL-1.1", "Xây dựng cơ sở dữ liệu cán bộ, bảo đảm 100% hồ sơ được số hóa", "Sở Nội vụ", "Sở Tài chính;Công an tỉnh", "2025-09-30", 1},
		{"PL-2.1", "Triển khai dịch vụ công trực tuyến toàn trình", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "2025-12-31", 0},
		{"PLII-1.1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "", "2025-12-31", 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("appendix tables (-want +got):\n%s", diff)
	}
}

func TestFoldedMayHoldPercent(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"đạt 100% hồ sơ", true}, {"đạt 90 phần trăm", true}, {"dat 90 phan tram", true},
		{"NINETY PHẦN TRĂM", true}, {"tra\u0306m", true}, {"５０％", true}, {"trong năm 2025", false}, {"trình Thủ tướng", false},
	} {
		if got := foldedMayHoldPercent(vntext.String(tt.in)); got != tt.want {
			t.Errorf("foldedMayHoldPercent(fold %q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// stripMarks removes the diacritics of s, keeping its case: the text of a
// document typed without Vietnamese accents.
func stripMarks(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		panic(err)
	}
	return strings.NewReplacer("đ", "d", "Đ", "D").Replace(r)
}

// TestParseSeedVariants parses the seed typed without accents, in NFD,
// hard-wrapped at 60 columns, with CRLF, CR or U+2028 line ends, NBSP for
// every space, a blank line inside the wrapped subject and all in upper
// case (names compared in lower case), and expects the same assignments,
// leads and due dates as the seed itself.
func TestParseSeedVariants(t *testing.T) {
	seed := seedText(t)
	want := seedSummary(t, seed)
	wrapped := func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			for len(l) > 60 {
				k := strings.LastIndexByte(l[:60], ' ')
				if k <= 0 {
					break
				}
				out = append(out, l[:k])
				l = l[k+1:]
			}
			out = append(out, l)
		}
		return strings.Join(out, "\n")
	}
	for name, text := range map[string]string{
		"unaccented":       stripMarks(seed),
		"nfd":              norm.NFD.String(seed),
		"wrapped":          wrapped(seed),
		"crlf":             strings.ReplaceAll(seed, "\n", "\r\n"),
		"cr":               strings.ReplaceAll(seed, "\n", "\r"),
		"u2028":            strings.ReplaceAll(seed, "\n", "\u2028"),
		"nbsp":             strings.ReplaceAll(seed, " ", "\u00a0"),
		"upper":            strings.ToUpper(seed),
		"blank in subject": strings.Replace(seed, "V/v triển khai thực hiện Chỉ thị", "V/v triển khai thực hiện\n\nChỉ thị", 1),
	} {
		got := seedSummary(t, text)
		if name == "upper" {
			// Names are as printed: compared in lower case.
			for i := range got {
				got[i] = strings.ToLower(got[i])
			}
			for i := range want {
				want[i] = strings.ToLower(want[i])
			}
		}
		if name == "unaccented" {
			for i := range want {
				want[i] = stripMarks(want[i])
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s seed (-seed +variant):\n%s", name, diff)
		}
		if name == "unaccented" || name == "upper" {
			want = seedSummary(t, seed)
		}
	}
}

func seedSummary(t *testing.T, text string) []string {
	t.Helper()
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{d.Number.String(), strconv.Itoa(len(d.Assignments)), strconv.Itoa(len(d.Distribution)), d.Signature.Name}
	var walk func(ts []Task)
	walk = func(ts []Task) {
		for _, tk := range ts {
			due, _ := tk.Deadline.Expr.Due()
			out = append(out, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" | "+strings.Join(partyNames(tk.Cooperating), ",")+" "+due.String()+" "+strconv.Itoa(len(tk.Targets)))
			walk(tk.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		walk(a.Tasks)
	}
	return out
}

// TestParseInlineForms reads a công văn whose items name their agencies in
// every inline form: a heading without "Giao", "X chủ trì, phối hợp với
// Y", "Đề nghị X phối hợp", lettered tasks, a relative deadline in working
// days, and a signature with an "(Đã ký)" note.
func TestParseInlineForms(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/cong-van-inline.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "cong-van-inline", string(text), d)
	got := []string{d.Number.String(), d.Place, d.Issued.Expr.Period.First.String(), strings.Join(d.Recipients, "; "), d.Signature.Name}
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" | "+strings.Join(partyNames(tk.Cooperating), ",")+" "+tk.Deadline.Expr.Kind.String()+" "+due.String())
		}
	}
	want := []string{
		"1234/STTTT-CNTT", "TP. Hạ Long", "2024-03-05", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Trần Văn B",
		"1.a Các sở, ban, ngành,UBND các huyện, thị xã, thành phố |  deadline 2024-03-15",
		"1.b Các sở, ban, ngành,UBND các huyện, thị xã, thành phố |  recurrence ",
		"2.1 Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh deadline 2024-06-30",
		"3.1 Công an tỉnh |  relative ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

// TestParseInlineFields reads tasks that name their lead and cooperating
// agencies in their own text, under headings that name none.
func TestParseInlineFields(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/ke-hoach-inline-fields.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "ke-hoach-inline-fields", string(text), d)
	var got []string
	for _, a := range d.Assignments {
		got = append(got, a.Label+" "+a.Text)
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" | "+strings.Join(partyNames(tk.Cooperating), ",")+" "+due.String())
		}
	}
	// The topic heading "1. Hoàn thiện thể chế" only groups the bullets,
	// each naming its lead: the bullets are the assignments (ANNOTATION.md
	// rule 1).
	want := []string{
		"II.1.1 Ban hành quy chế quản lý dữ liệu; cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Tư pháp, Văn phòng UBND thành phố; thời gian hoàn thành: quý II/2025.",
		"II.1.1.1 Sở Khoa học và Công nghệ | Sở Tư pháp,Văn phòng UBND thành phố 2025-06-30",
		"II.1.2 Rà soát thủ tục hành chính (Văn phòng UBND thành phố chủ trì, phối hợp với các sở, ngành; hoàn thành trước ngày 30/6/2025).",
		"II.1.2.1 Văn phòng UBND thành phố | các sở, ngành 2025-06-30",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestParseMarkdownHeader reads a header laid out as a markdown table, a
// subject in mixed case after the type line, and a signature block without
// a signing form.
func TestParseMarkdownHeader(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/chi-thi-markdown-header.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "chi-thi-markdown-header", string(text), d)
	got := []string{d.Number.String(), d.Type.String(), d.Issuer, d.Place, d.Issued.Expr.Period.First.String(), d.Subject, d.Signature.Title, d.Signature.Name}
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" "+due.String()+" "+strconv.Itoa(len(tk.Targets)))
		}
	}
	want := []string{"05/CT-UBND", "Chỉ thị", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh", "2024-04-12",
		"Về việc tăng cường công tác cải cách hành chính trên địa bàn tỉnh", "CHỦ TỊCH", "Nguyễn Văn C",
		"1.1 Sở Nội vụ 2024-05-31 0", "2.1 Các sở, ban, ngành 2024-12-31 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

// TestParseBodyTable reads a task table written as markdown rows in the
// body of a plan.
func TestParseBodyTable(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/ke-hoach-body-table.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "ke-hoach-body-table", string(text), d)
	var got []string
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" | "+strings.Join(partyNames(tk.Cooperating), ",")+" "+due.String()+" "+strconv.Itoa(len(tk.Targets)))
		}
	}
	want := []string{
		"III.1.1 Sở Khoa học và Công nghệ |  2025-12-15 0",
		"B1-1.1 Sở Tài nguyên và Môi trường | UBND các quận, huyện 2025-09-30 1",
		"B1-2.1 Sở Khoa học và Công nghệ | Sở Tư pháp 2025-06-30 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

// TestParseBulletAssignments reads a công văn whose "Số:" and "V/v" share
// a line, whose place has no comma before "ngày", and whose assignments
// are bullets opening with an agency and a colon.
func TestParseBulletAssignments(t *testing.T) {
	text, err := os.ReadFile("testdata/parse/cong-van-bullets.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "cong-van-bullets", string(text), d)
	got := []string{d.Number.String(), d.Type.String(), d.Subject, d.Place, d.Issued.Expr.Period.First.String(), d.Signature.Lines[0].Form.String(), d.Signature.Name}
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" "+tk.Deadline.Text+" "+due.String())
		}
	}
	want := []string{"88/UBND-VP", "Công văn", "thực hiện chuyển đổi số", "Nam Định", "2024-04-03", "TL.", "Lê Văn D",
		"1.1 Sở Tài chính trước ngày 30/5/2024 2024-05-30", "2.1 Sở Nội vụ hằng quý "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

func TestSortUint64s(t *testing.T) {
	x := uint64(88172645463325252)
	rand := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	// Hashes, small values mixed in, one bucket for all, equal values, and
	// task pairs (a<<32|b) as linkJoint sorts them.
	shapes := map[string]func(i int) uint64{
		"hash": func(int) uint64 { return rand() },
		"mixed": func(i int) uint64 {
			v := rand()
			if i%7 == 0 {
				v &= 0xffff
			}
			return v
		},
		"small": func(int) uint64 { return rand() % 5 },
		"equal": func(int) uint64 { return 42 },
		"pairs": func(int) uint64 { a := rand() % 300; return a<<32 | (a + 1 + rand()%300) },
		"zero":  func(int) uint64 { return 0 },
	}
	for name, gen := range shapes {
		for _, n := range []int{0, 5, 63, 64, 1000, 100000} {
			a := make([]uint64, n)
			for i := range a {
				a[i] = gen(i)
			}
			want := slices.Clone(a)
			slices.Sort(want)
			sortUint64s(a, nil)
			if !slices.Equal(a, want) {
				t.Errorf("%s: sortUint64s of %d values is not sorted", name, n)
			}
		}
	}
}

// TestParseBadDateWarning checks that a deadline naming no date is reported
// with the document's own words and a span over them, not dropped and not
// quoted in folded form.
func TestParseBadDateWarning(t *testing.T) {
	task := "Sở Tư pháp rà soát văn bản, HOÀN THÀNH TRƯỚC NGÀY 31/9/2024."
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 12/CT-UBND\n\nBắc Ninh, ngày 05 tháng 3 năm 2024\n\nCHỈ THỊ\nVề việc rà soát văn bản\n\n" +
		"1. " + norm.NFD.String(task) + "\n\n2. Công an tỉnh hoàn thành trước ngày 30/6/2024.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "bad-date", text, d)
	var got []string
	for _, w := range d.Warnings {
		got = append(got, w.Msg+" @ "+norm.NFC.String(text[w.Span.Start:w.Span.End]))
	}
	// The message quotes the phrase in NFC, as the whole result is, with
	// the offset calendar gives for it.
	perr := badDate(t, "TRƯỚC NGÀY 31/9/2024")
	want := []string{"time expression names no date: " + perr.Error() + " @ TRƯỚC NGÀY 31/9/2024"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// badDate is the error calendar finds in phrase.
func badDate(t *testing.T, phrase string) *calendar.ParseError {
	t.Helper()
	for _, f := range calendar.FindAll(phrase, calendar.Date{}) {
		if f.Err != nil {
			return f.Err
		}
	}
	t.Fatalf("calendar accepts %q", phrase)
	return nil
}

// TestParseAuthorityLineNotInPreamble checks that a decision's authority
// line does not run on into the first "Căn cứ" line after it, and that
// articles written "ĐIỀU 1." or without accents are read.
func TestParseAuthorityLineNotInPreamble(t *testing.T) {
	for _, art := range []string{"Điều", "ĐIỀU", "Dieu"} {
		text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 120/QĐ-UBND\n\nBắc Ninh, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ số hóa hồ sơ\n\n" +
			"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n" +
			art + " 1. Giao Sở Tư pháp hoàn thành số hóa hồ sơ hộ tịch trước ngày 30/9/2024.\n" +
			art + " 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAccounting(t, art, text, d)
		// The authority line is a paragraph of its own.
		if paras := strings.Split(d.Preamble, "\n"); len(paras) < 2 || paras[0] != "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH" ||
			!strings.HasPrefix(paras[1], "Căn cứ") {
			t.Errorf("%s: preamble %q", art, d.Preamble)
		}
		var got []string
		for _, a := range d.Assignments {
			for _, tk := range a.Tasks {
				due, _ := tk.Deadline.Expr.Due()
				got = append(got, tk.Label+" "+strings.Join(partyNames(tk.Lead), ",")+" "+due.String())
			}
		}
		if want := []string{"Điều 1.1 Sở Tư pháp 2024-09-30"}; !slices.Equal(got, want) {
			t.Errorf("%s: tasks %q, want %q", art, got, want)
		}
	}
}

// TestParseRoundTwoTasks checks task details that come from calendar and
// kpi rules: a closed span of days is due on its last day; a figure tied to
// a year before the issue date is a result, not a target; a collective's
// list after a colon names each body.
func TestParseRoundTwoTasks(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 15/CT-UBND\n\nBắc Ninh, ngày 05 tháng 3 năm 2024\n\nCHỈ THỊ\nVề việc đẩy mạnh dịch vụ công trực tuyến\n\n" +
		"1. Sở Tư pháp tổ chức tập huấn từ ngày 01/6/2024 đến ngày 30/6/2024.\n\n" +
		"2. Sở Nội vụ: năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45,2%; năm 2024 đạt 60%.\n\n" +
		"3. Các Sở: Tài chính, Y tế, Nội vụ khẩn trương rà soát thủ tục hành chính.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "round two", text, d)
	got := taskRows(d)
	want := []string{
		"1.1 | Sở Tư pháp |  | 2024-06-30 | ",
		"2.1 | Sở Nội vụ |  |  | 60%",
		"3.1 | Sở Tài chính,Sở Y tế,Sở Nội vụ |  |  | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestParseTitledLists checks lists of parties under titles: a person's
// title after a comma opens a party of its own, and a list under "các
// Bộ:" completes a bare head word it holds ("Công an") into the ministry,
// while a full name ("Công an thành phố") stays itself.
func TestParseTitledLists(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 15/CT-TTg\n\nHà Nội, ngày 05 tháng 3 năm 2024\n\nCHỈ THỊ\nVề việc đẩy mạnh dịch vụ công trực tuyến\n\n" +
		"1. Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2024.\n\n" +
		"2. Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính chỉ đạo cập nhật dữ liệu trước ngày 30/9/2024.\n\n" +
		"3. Các Sở, ngành: Tài chính, Công an thành phố rà soát hồ sơ trước ngày 30/9/2024.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "titled lists", text, d)
	var got []string
	for _, a := range d.Assignments {
		var ps []string
		for _, x := range a.Assignees {
			ps = append(ps, x.Title+"|"+x.Name+"|"+string(x.ID))
		}
		got = append(got, a.Label+": "+strings.Join(ps, "; "))
	}
	want := []string{
		"1: Thủ trưởng|cơ quan ngang bộ|cp.co-quan-ngang-bo; |cơ quan thuộc Chính phủ|cp.co-quan-thuoc-cp; Chủ tịch|Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương|cp.ubnd-tinh",
		"2: Bộ trưởng|Bộ Quốc phòng|bo-quoc-phong; Bộ trưởng|Bộ Công an|bo-cong-an; Bộ trưởng|Bộ Tài chính|bo-tai-chinh",
		"3: |Sở Tài chính|; |Công an thành phố|",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestParseConcurrent parses documents from several goroutines at once (the
// fold arenas are pooled) and checks each result against a parse made
// alone. Run it with -race.
func TestParseConcurrent(t *testing.T) {
	docs := slices.Collect(maps.Values(testdataDocs(t, "testdata/*.txt")))
	want := make([][]byte, len(docs))
	for i, text := range docs {
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want[i], err = json.Marshal(d); err != nil {
			t.Fatal(err)
		}
	}
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 3*len(docs); k++ {
				i := (g + k) % len(docs)
				d, err := Parse(docs[i], nil)
				if err == nil {
					var got []byte
					if got, err = json.Marshal(d); err == nil && !bytes.Equal(got, want[i]) {
						err = errors.New("document " + strconv.Itoa(i) + " parsed differently")
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestHasASCIIDigit checks the eight-bytes-at-a-time digit test against a
// byte loop, at every position and next to every byte value.
func TestHasASCIIDigit(t *testing.T) {
	slow := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				return true
			}
		}
		return false
	}
	for c := 0; c < 256; c++ {
		for n := 1; n <= 17; n++ {
			for at := 0; at < n; at++ {
				b := []byte(strings.Repeat("ă", n)[:n])
				for k := range b {
					b[k] = byte((c + 7*k) % 256)
					if '0' <= b[k] && b[k] <= '9' {
						b[k] = 'x'
					}
				}
				b[at] = byte(c)
				if got, want := hasASCIIDigit(string(b)), slow(string(b)); got != want {
					t.Fatalf("hasASCIIDigit(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// testdataDocs returns the seed and the documents the patterns match, by
// name ("seed" or the file's path).
func testdataDocs(t *testing.T, patterns ...string) map[string]string {
	t.Helper()
	docs := map[string]string{"seed": seeds.HaiPhongDeAn06Text()}
	for _, pat := range patterns {
		fs, err := filepath.Glob(pat)
		if err != nil || len(fs) == 0 {
			t.Fatalf("no documents match %s: %v", pat, err)
		}
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs[f] = string(b)
		}
	}
	return docs
}

// roles are the names of a task's lead and cooperating parties.
type roles struct{ Lead, Coop []string }

// taskRoleNames returns the roles of each top-level task of d, in order.
func taskRoleNames(d *Directive) []roles {
	var out []roles
	for _, a := range d.Assignments {
		for _, t := range a.Tasks {
			out = append(out, roles{partyNames(t.Lead), partyNames(t.Cooperating)})
		}
	}
	return out
}

// TestParseSubjectVVStopsAtSentence checks that a "V/v" subject does not
// take in the body sentence right under it when no "Kính gửi:" stands
// between, while a subject wrapped after a connector stays whole.
func TestParseSubjectVVStopsAtSentence(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n\nSố: 812/UBND-KT\n\nNam Định, ngày 02 tháng 3 năm 2025\n\n"
	for _, tt := range []struct{ body, subject, lead string }{
		{"V/v rà soát nhu cầu sử dụng đất năm 2026\nGiao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng tổng hợp nhu cầu, báo cáo UBND tỉnh trước ngày 15/4/2025.\n",
			"rà soát nhu cầu sử dụng đất năm 2026", "Sở Tài chính"},
		{"V/v triển khai Kế hoạch số 12/KH-UBND của\nỦy ban nhân dân tỉnh.\n\nGiao Sở Nội vụ chủ trì triển khai, hoàn thành trước ngày 30/6/2025.\n",
			"triển khai Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh.", "Sở Nội vụ"},
	} {
		text := head + tt.body
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAccounting(t, tt.subject, text, d)
		if d.Subject != tt.subject {
			t.Errorf("subject %q, want %q", d.Subject, tt.subject)
		}
		if len(d.Assignments) != 1 || len(d.Assignments[0].Assignees) == 0 || d.Assignments[0].Assignees[0].Name != tt.lead {
			t.Errorf("%q: assignments %+v, want one led by %s", tt.subject, d.Assignments, tt.lead)
		}
	}
}

// TestLabelLess orders labels by their numbers, "Điều" aside.
func TestLabelLess(t *testing.T) {
	ls := []string{"Điều 10.1", "2.4", "Điều 2.1", "10.1", "Điều 2.1.1"}
	sortLabels(ls)
	if want := []string{"Điều 2.1", "Điều 2.1.1", "2.4", "Điều 10.1", "10.1"}; !slices.Equal(ls, want) {
		t.Errorf("sortLabels = %q, want %q", ls, want)
	}
}

// TestParseLeadParagraph checks that a body without numbered items whose
// paragraph opens with agencies that lead ("Sở Y tế chủ trì, …", "… có
// trách nhiệm …") is an assignment, with its deadline and target, not
// preamble.
func TestParseLeadParagraph(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n\nSố: 77/KH-UBND\n\nNam Định, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2025\n\n"
	text := head + "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tiêm bù cho trẻ nhập học, hoàn thành trước ngày 30/9/2025; bảo đảm tối thiểu 95% trẻ được tiêm đủ mũi.\n\n" +
		"Công an tỉnh có trách nhiệm bảo đảm an ninh tại các điểm tiêm.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "lead paragraph", text, d)
	got := taskRows(d)
	want := []string{
		"p1.1 | Sở Y tế | Sở Giáo dục và Đào tạo | 2025-09-30 | 95%",
		"p2.1 | Công an tỉnh |  |  | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// taskRows returns a row for each top-level task of d: label, lead,
// cooperating parties, due date and target values.
func taskRows(d *Directive) []string {
	var out []string
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			due, _ := tk.Deadline.Expr.Due()
			var tg []string
			for _, x := range tk.Targets {
				tg = append(tg, x.Value.String())
			}
			out = append(out, tk.Label+" | "+strings.Join(partyNames(tk.Lead), ",")+" | "+
				strings.Join(partyNames(tk.Cooperating), ",")+" | "+due.String()+" | "+strings.Join(tg, ","))
		}
	}
	return out
}

// TestCorpusAccounting checks the accounting invariant (checkAccounting)
// on every document of the development corpus: each letter or digit of the
// input lies in a region of the model or in a warning that quotes it.
func TestCorpusAccounting(t *testing.T) {
	fs, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(fs) == 0 {
		t.Fatalf("no corpus documents: %v", err)
	}
	for _, f := range fs {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(string(text), nil)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkAccounting(t, f, string(text), d)
	}
}
