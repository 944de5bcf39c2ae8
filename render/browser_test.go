package render_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/hex"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chidao/chidao/render"
	"golang.org/x/text/unicode/norm"
)

// TestBrowser renders the seed's page and opens it in headless Chromium:
// it prints it to PDF (A4 pages holding the 14 assignments), measures its
// layout at the width of an A4 page, and takes screenshots into the
// test's artifact directory (go test -artifacts -outputdir DIR keeps
// them). Without Chromium the test is skipped, except under CI
// (CHIDAO_CI set), where it fails.
func TestBrowser(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		if os.Getenv("CHIDAO_CI") != "" {
			t.Fatal("CHIDAO_CI is set and no Chromium was found (set CHIDAO_CHROMIUM or install chromium)")
		}
		t.Skip("no Chromium (install chromium, or set CHIDAO_CHROMIUM)")
	}
	dir := t.ArtifactDir()
	d, r := seed(t, "2024-12-01")
	var b bytes.Buffer
	if err := render.HTML(&b, d, r, &render.Options{Note: "Số liệu tiến độ: thử nghiệm của render.TestBrowser."}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "seed.html")
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// Print to PDF: A4 pages, every assignment's heading in the text.
	pdfFile := filepath.Join(dir, "seed.pdf")
	runChromium(t, chrome, "--no-pdf-header-footer", "--print-to-pdf="+pdfFile, fileURL(page))
	raw, err := os.ReadFile(pdfFile)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := readPDF(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(pdf.pages) < 2 {
		t.Fatalf("%d pages", len(pdf.pages))
	}
	for i, p := range pdf.pages {
		// A4 is 210 × 297 mm: 595.28 × 841.89 pt; Chromium rounds to its
		// pixels.
		if p.width < 594 || p.width > 596.5 || p.height < 841 || p.height > 843 {
			t.Errorf("page %d is %.2f × %.2f pt, not A4", i+1, p.width, p.height)
		}
	}
	text := squeeze(pdf.text())
	if !strings.Contains(text, squeeze("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ")) {
		t.Errorf("the PDF's text lacks the title; it begins %.300q", text)
	}
	found := 0
	for i := range d.Assignments {
		a := &d.Assignments[i]
		head := a.Text
		if a.Inline() {
			head = a.Assignees[0].Name
		}
		if w := []rune(head); len(w) > 24 {
			head = string(w[:24])
		}
		if strings.Contains(text, squeeze(a.Label+". "+head)) {
			found++
		} else {
			t.Errorf("the PDF lacks assignment %s (%q)", a.Label, head)
		}
	}
	if found != 14 {
		t.Errorf("%d of the 14 assignments in the PDF", found)
	}
	for _, tr := range r.Tasks {
		if !strings.Contains(text, squeeze(tr.Label)) {
			t.Errorf("the PDF lacks task %s", tr.Label)
		}
	}

	// Layout at the width of an A4 sheet (210 mm = 794 CSS px): a copy of
	// the page with a measuring script (the page itself has none) writes
	// what the browser laid out into the DOM it dumps.
	const a4 = 794
	probe := strings.Replace(b.String(), "</body>", `<script>
(function () {
  var right = 0, n = 0;
  document.querySelectorAll("body *").forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > right) right = r.right;
  });
  document.querySelectorAll("section.assignment").forEach(function (e) { if (e.offsetHeight > 0) n++; });
  var b = document.body;
  b.setAttribute("data-scroll-width", document.documentElement.scrollWidth);
  b.setAttribute("data-scroll-height", document.documentElement.scrollHeight);
  b.setAttribute("data-right", Math.ceil(right));
  b.setAttribute("data-assignments", n);
  b.setAttribute("data-rows", document.querySelectorAll("tr.task").length);
})();
</script></body>`, 1)
	probeFile := filepath.Join(dir, "probe.html")
	if err := os.WriteFile(probeFile, []byte(probe), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, chrome, fmt.Sprintf("--window-size=%d,1123", a4), "--dump-dom", fileURL(probeFile))
	attr := func(name string) int {
		m := regexp.MustCompile(name + `="([0-9]+)"`).FindStringSubmatch(dom)
		if m == nil {
			t.Fatalf("the dumped DOM has no %s: %.300s", name, dom)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if w, right := attr("data-scroll-width"), attr("data-right"); w > a4 || right > a4 {
		t.Errorf("the page is %d px wide (rightmost box at %d px): wider than A4 (%d px)", w, right, a4)
	}
	if n := attr("data-assignments"); n != 14 {
		t.Errorf("%d assignments laid out, want 14", n)
	}
	if n := attr("data-rows"); n != len(r.Tasks) {
		t.Errorf("%d task rows laid out, want %d", n, len(r.Tasks))
	}

	// Screenshots: the first screen at A4 width, and the whole page.
	height := min(attr("data-scroll-height"), 16000)
	for _, s := range []struct {
		name string
		h    int
	}{{"seed-a4.png", 1123}, {"seed-full.png", height}} {
		shot := filepath.Join(dir, s.name)
		runChromium(t, chrome, fmt.Sprintf("--window-size=%d,%d", a4, s.h), "--hide-scrollbars", "--screenshot="+shot, fileURL(page))
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if bd := img.Bounds(); bd.Dx() != a4 || bd.Dy() != s.h {
			t.Errorf("%s is %v", s.name, bd)
		}
		colors := map[uint32]bool{}
		for y := 0; y < img.Bounds().Dy() && len(colors) < 64; y += 7 {
			for x := 0; x < a4; x += 5 {
				r, g, b, _ := img.At(x, y).RGBA()
				colors[r>>12<<8|g>>12<<4|b>>12] = true
			}
		}
		if len(colors) < 16 {
			t.Errorf("%s looks blank (%d colours)", s.name, len(colors))
		}
		t.Logf("screenshot: %s", shot)
	}
}

// findChromium returns the browser to run: $CHIDAO_CHROMIUM, else the
// first of chromium, chromium-browser, google-chrome on the PATH.
func findChromium() string {
	if p := os.Getenv("CHIDAO_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// runChromium runs headless Chromium with a fresh profile and the flags
// this machine needs (no sandbox as root, no network of its own), and
// returns what it writes on standard output.
func runChromium(t *testing.T, chrome string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	profile := t.TempDir()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + profile}
	cmd := exec.CommandContext(ctx, chrome, append(base, args...)...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", chrome, args, err, errs.String())
	}
	return out.String()
}

func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// squeeze returns s in NFC without white space, so that text the PDF
// breaks into lines and runs compares with the page's.
func squeeze(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), "")
}

// This part is a reader of the PDF that Chromium (Skia) writes, enough to
// get its pages' sizes and text: objects without object streams, Flate
// content streams, Type0 fonts with ToUnicode maps, and the Tj and TJ
// operators with hex strings of 2-byte glyph codes.

type pdfPage struct {
	width, height float64
	text          string
}

type pdfDoc struct{ pages []pdfPage }

func (d pdfDoc) text() string {
	var b strings.Builder
	for _, p := range d.pages {
		b.WriteString(p.text)
		b.WriteByte('\n')
	}
	return b.String()
}

var (
	pdfObj      = regexp.MustCompile(`(?m)^(\d+) 0 obj\b`)
	pdfLength   = regexp.MustCompile(`/Length (\d+)`)
	pdfRef      = regexp.MustCompile(`/(\w+) (\d+) 0 R`)
	pdfMediaBox = regexp.MustCompile(`/MediaBox \[\s*([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)\s*\]`)
	pdfContents = regexp.MustCompile(`/Contents (?:(\d+) 0 R|\[([^\]]*)\])`)
	pdfFontDict = regexp.MustCompile(`/Font\s*<<([^>]*)>>`)
	pdfToUni    = regexp.MustCompile(`/ToUnicode (\d+) 0 R`)
	pdfKids     = regexp.MustCompile(`/Kids \[([^\]]*)\]`)
	pdfHexPair  = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
	pdfRange    = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])`)
)

type pdfObject struct {
	dict   string
	stream []byte
}

func readPDF(b []byte) (pdfDoc, error) {
	objs := map[int]pdfObject{}
	locs := pdfObj.FindAllSubmatchIndex(b, -1)
	for _, l := range locs {
		n, _ := strconv.Atoi(string(b[l[2]:l[3]]))
		rest := b[l[1]:]
		o := pdfObject{}
		si := bytes.Index(rest, []byte("stream"))
		ei := bytes.Index(rest, []byte("endobj"))
		if ei < 0 {
			return pdfDoc{}, fmt.Errorf("object %d has no endobj", n)
		}
		if si >= 0 && si < ei {
			o.dict = string(rest[:si])
			m := pdfLength.FindStringSubmatch(o.dict)
			if m == nil {
				return pdfDoc{}, fmt.Errorf("object %d: stream without a direct /Length", n)
			}
			size, _ := strconv.Atoi(m[1])
			start := si + len("stream")
			if rest[start] == '\r' {
				start++
			}
			if rest[start] == '\n' {
				start++
			}
			data := rest[start : start+size]
			if strings.Contains(o.dict, "/FlateDecode") {
				zr, err := zlib.NewReader(bytes.NewReader(data))
				if err != nil {
					return pdfDoc{}, fmt.Errorf("object %d: %v", n, err)
				}
				if data, err = io.ReadAll(zr); err != nil {
					return pdfDoc{}, fmt.Errorf("object %d: %v", n, err)
				}
			}
			o.stream = data
		} else {
			o.dict = string(rest[:ei])
		}
		objs[n] = o
	}
	// The pages, in the order of the page tree.
	var order []int
	var walk func(n, depth int)
	walk = func(n, depth int) {
		o, ok := objs[n]
		if !ok || depth > 16 {
			return
		}
		if m := pdfKids.FindStringSubmatch(o.dict); m != nil && strings.Contains(o.dict, "/Type /Pages") {
			for _, k := range refs(m[1]) {
				walk(k, depth+1)
			}
			return
		}
		order = append(order, n)
	}
	for n, o := range objs {
		if strings.Contains(o.dict, "/Type /Catalog") {
			for _, m := range pdfRef.FindAllStringSubmatch(o.dict, -1) {
				if m[1] == "Pages" {
					k, _ := strconv.Atoi(m[2])
					walk(k, 0)
				}
			}
		}
		_ = n
	}
	if len(order) == 0 {
		return pdfDoc{}, fmt.Errorf("no page tree")
	}
	cmaps := map[int]map[uint16]string{}
	var doc pdfDoc
	for _, n := range order {
		o := objs[n]
		var p pdfPage
		if m := pdfMediaBox.FindStringSubmatch(o.dict); m != nil {
			x0, _ := strconv.ParseFloat(m[1], 64)
			y0, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			y1, _ := strconv.ParseFloat(m[4], 64)
			p.width, p.height = x1-x0, y1-y0
		}
		fonts := map[string]map[uint16]string{}
		if m := pdfFontDict.FindStringSubmatch(o.dict); m != nil {
			for _, f := range pdfRef.FindAllStringSubmatch(m[1], -1) {
				k, _ := strconv.Atoi(f[2])
				tu := pdfToUni.FindStringSubmatch(objs[k].dict)
				if tu == nil {
					continue
				}
				ti, _ := strconv.Atoi(tu[1])
				if cmaps[ti] == nil {
					cmaps[ti] = readCMap(string(objs[ti].stream))
				}
				fonts[f[1]] = cmaps[ti]
			}
		}
		var content []byte
		if m := pdfContents.FindStringSubmatch(o.dict); m != nil {
			ids := refs(m[2])
			if m[1] != "" {
				k, _ := strconv.Atoi(m[1])
				ids = []int{k}
			}
			for _, k := range ids {
				content = append(content, objs[k].stream...)
				content = append(content, '\n')
			}
		}
		p.text = showText(string(content), fonts)
		doc.pages = append(doc.pages, p)
	}
	return doc, nil
}

// refs returns the object numbers of "3 0 R 5 0 R".
func refs(s string) []int {
	var out []int
	f := strings.Fields(s)
	for i := 0; i+2 < len(f); i += 3 {
		if f[i+2] == "R" {
			n, _ := strconv.Atoi(f[i])
			out = append(out, n)
		}
	}
	return out
}

// readCMap reads the bfchar and bfrange sections of a ToUnicode CMap.
func readCMap(s string) map[uint16]string {
	m := map[uint16]string{}
	utf := func(h string) string {
		b, _ := hex.DecodeString(h)
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
		return string(utf16.Decode(u))
	}
	code := func(h string) uint16 { n, _ := strconv.ParseUint(h, 16, 16); return uint16(n) }
	for _, sec := range regexp.MustCompile(`(?s)beginbfchar(.*?)endbfchar`).FindAllStringSubmatch(s, -1) {
		for _, p := range pdfHexPair.FindAllStringSubmatch(sec[1], -1) {
			m[code(p[1])] = utf(p[2])
		}
	}
	for _, sec := range regexp.MustCompile(`(?s)beginbfrange(.*?)endbfrange`).FindAllStringSubmatch(s, -1) {
		for _, r := range pdfRange.FindAllStringSubmatch(sec[1], -1) {
			lo, hi := code(r[1]), code(r[2])
			if strings.HasPrefix(r[3], "[") {
				for i, h := range regexp.MustCompile(`<([0-9A-Fa-f]+)>`).FindAllStringSubmatch(r[3], -1) {
					m[lo+uint16(i)] = utf(h[1])
				}
				continue
			}
			dst := []rune(utf(strings.Trim(r[3], "<>")))
			for c := lo; c <= hi && c >= lo; c++ {
				if len(dst) == 1 {
					m[c] = string(dst[0] + rune(c-lo))
				}
				if c == 0xFFFF {
					break
				}
			}
		}
	}
	return m
}

var (
	pdfTf     = regexp.MustCompile(`/(\w+) [\d.]+ Tf`)
	pdfShow   = regexp.MustCompile(`<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ`)
	pdfInHex  = regexp.MustCompile(`<([0-9A-Fa-f]*)>`)
	pdfTokens = regexp.MustCompile(`/\w+ [\d.]+ Tf|<[0-9A-Fa-f]*>\s*Tj|\[[^\]]*\]\s*TJ|\bET\b`)
)

// showText returns the text the content stream shows, in its order, a
// space at the end of each text object.
func showText(content string, fonts map[string]map[uint16]string) string {
	var b strings.Builder
	var cmap map[uint16]string
	decode := func(h string) {
		raw, err := hex.DecodeString(h)
		if err != nil {
			return
		}
		for i := 0; i+1 < len(raw); i += 2 {
			if s, ok := cmap[uint16(raw[i])<<8|uint16(raw[i+1])]; ok {
				b.WriteString(s)
			}
		}
	}
	for _, tok := range pdfTokens.FindAllString(content, -1) {
		switch {
		case strings.HasSuffix(tok, "Tf"):
			cmap = fonts[pdfTf.FindStringSubmatch(tok)[1]]
		case tok == "ET":
			b.WriteByte(' ')
		default:
			m := pdfShow.FindStringSubmatch(tok)
			if m == nil {
				continue
			}
			if m[1] != "" || strings.HasSuffix(tok, "Tj") {
				decode(m[1])
				continue
			}
			for _, h := range pdfInHex.FindAllStringSubmatch(m[2], -1) {
				decode(h[1])
			}
		}
	}
	return b.String()
}
