package directive

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// This file reads the header block of a directive, line by line: the
// issuing bodies, the national motto, "Số:", the place-and-date line, the
// type and subject or the "V/v" line, and the recipients ("Kính gửi:").
// Conversions interleave the two columns of the printed header and wrap its
// lines anywhere, so each element is recognised by what it says, in any
// order.

// header is what the header block holds, with the line index where the
// body starts.
type header struct {
	issuer       []string // issuer lines as printed
	number       string
	numberSpan   Span
	place        string
	dateText     string
	dateSpan     Span
	typeName     string
	subject      string
	subjectVV    bool
	recipients   []string
	recipientSps []Span
	body         int // first line of the body
	sawMotto     bool
	// authority is the line naming the authority that decides, between
	// the subject and the preamble ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"),
	// when the header stopped at one; the body holds it.
	authority string
}

// The national motto, folded, as one text: a motto line is any piece of it.
const mottoFolded = "cong hoa xa hoi chu nghia viet nam doc lap - tu do - hanh phuc"

// parseHeader reads the header from the top of the document. The header
// block starts where its cluster of national motto, "Số:" and
// place-and-date lines is (headerStart); text above it (a web page's menu,
// its metadata box, a list of related documents) is reported in warnings.
func (p *parser) parseHeader() {
	h := &p.h
	lines := p.lines
	start := p.headerStart()
	for k := 0; k < start; k++ {
		if l := &lines[k]; !l.blank {
			p.warn(Span{l.cs, l.ce}, "text before the header: "+pClip(l.text))
		}
	}
	seenAny := false // number, date, motto or type seen
	var pendingPlace []int
	i := start
	for i < len(p.lines) {
		lines = p.lines // a header line split in two makes a new line
		l := &lines[i]
		if l.blank {
			i++
			continue
		}
		f := l.fold()
		was := i
		if h.dateText == "" && dateLineAt(l) < 0 {
			if k := dateRestAt(l); k > 0 {
				// "Quảng Ninh, ngày 12 tháng 4 năm 2024 KẾ HOẠCH …": the
				// date, then the rest of a flattened header.
				p.splitLine(i, k)
				continue
			}
		}
		switch {
		case isMottoLine(f):
			if k := mottoEnd(l); k > 0 {
				// The motto, then more header cells on its line.
				p.splitLine(i, k)
				lines = p.lines
				l = &lines[i]
				f = l.fold()
			}
			h.sawMotto = true
			seenAny = true
			k := strings.Index(f, "cong hoa")
			if d := strings.Index(f, "doc lap"); k < 0 || (d >= 0 && d < k) {
				k = d
			}
			if k > 0 && !strings.Contains(mottoFolded, f) {
				// Two header columns on one line: the issuer, then the motto.
				if is := strings.Trim(l.text[:foldedToText(l.text, k)], " |\t"); is != "" && isUpperText(is) {
					p.addIssuer(is)
				}
			}
			p.cover(l.cs, l.ce)
			i++
			continue
		case isNumberLine(f) && h.numberSpan.IsZero():
			seenAny = true
			i = max(p.headerNumber(i), was+1)
			continue
		case h.dateText == "" && dateLineAt(l) >= 0:
			seenAny = true
			i = max(p.headerDate(i, pendingPlace), was+1)
			pendingPlace = nil
			continue
		case strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "v/ v"):
			seenAny = true
			i = max(p.headerSubjectVV(i), was+1)
			continue
		case isRecipientsHead(f):
			seenAny = true
			i = max(p.headerRecipients(i), was+1)
			continue
		}
		if h.typeName == "" && seenAny {
			if k := p.typeThenSubject(l); k > 0 {
				// "KẾ HOẠCH Triển khai …", "CHỈ THỊ VỀ …": the type line and
				// the subject on one line.
				p.splitLine(i, k)
				continue
			}
		}
		if t, ok := p.typeLine(l); ok && h.typeName == "" {
			seenAny = true
			h.typeName = t
			p.cover(l.cs, l.ce)
			i = p.headerSubject(i + 1)
			continue
		}
		if seenAny && (!h.numberSpan.IsZero() || h.dateText != "") && isAuthorityTitle(f) {
			// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under the number and date:
			// the authority that decides, which opens the body.
			h.authority = l.text
			break
		}
		if isUpperText(l.text) && parseMarker(l.text).kind == markNone {
			if h.typeName == "" && len(h.issuer) > 0 && !h.numberSpan.IsZero() && h.dateText != "" {
				// Under the issuer, the number and the date, an upper-case
				// line is the subject of a header that lost its type line
				// (the type comes from the number), or the authority line
				// that opens the body.
				j := p.headerSubject(i)
				if j == i {
					break // "QUYẾT ĐỊNH:", the authority line: the body
				}
				i = j
				continue
			}
			if h.typeName == "" {
				p.addIssuer(l.text)
				p.cover(l.cs, l.ce)
				i++
				continue
			}
		}
		// A piece of the place name wrapped before the date line ("Thành
		// phố Hồ Chí" / "Minh, ngày 28 tháng 11 năm 2025", "Quảng Ninh," /
		// "ngày 12 tháng 4 năm 2024").
		if j := nextContent(lines, i+1); h.dateText == "" && j < len(lines) && dateLineAt(&lines[j]) >= 0 &&
			countWords(l.text) <= 6 && !endsTerminal(l.text) && parseMarker(l.text).kind == markNone &&
			!startsLower(l.text) && !isPreambleOpener(f) {
			pendingPlace = append(pendingPlace, i)
			i++
			continue
		}
		if !seenAny && parseMarker(l.text).kind == markNone && countContent(lines, start, i) < 4 {
			// Text above the header: a source note or a file name.
			p.warn(Span{l.cs, l.ce}, "text before the header: "+pClip(l.text))
			i++
			continue
		}
		if seenAny && h.typeName == "" && p.headerResumes(i) {
			// A line inside the header cluster that says nothing known (a
			// motto mangled by conversion): the header goes on after it.
			p.warn(Span{l.cs, l.ce}, "header line not understood: "+pClip(l.text))
			i++
			continue
		}
		break
	}
	for _, k := range pendingPlace {
		p.warn(Span{lines[k].cs, lines[k].ce}, "header line not understood: "+pClip(lines[k].text))
	}
	h.body = i
}

// addIssuer adds an issuer line, joining it to the previous one when the
// conversion wrapped one name over table-cell lines ("ỦY" / "BAN NHÂN DÂN"
// / "TỈNH X"): a line of one word is a piece of a name, not a name, and so
// is a line ending in "ỦY" before one opening with "BAN".
func (p *parser) addIssuer(s string) {
	h := &p.h
	if n := len(h.issuer); n > 0 {
		prev := h.issuer[n-1]
		if !strings.Contains(prev, " ") || !strings.Contains(s, " ") || (len(s) > 4 && strings.EqualFold(s[:4], "ban ") && endsUy(prev)) {
			h.issuer[n-1] = prev + " " + s
			return
		}
	}
	h.issuer = append(h.issuer, s)
}

// endsUy reports whether the last word of s folds to "uy" ("ỦY", "UỶ").
func endsUy(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if len(w) > 8 {
		return false
	}
	var buf [32]byte
	var orig [33]int32
	return vntext.FoldInto(buf[:0], orig[:0], w).Text == "uy"
}

// headerStart returns the first line of the header block: the issuer lines
// above the first line of the header's cluster (a motto, "Số:" or
// place-and-date line with one of another kind within a few lines), or 0
// when the first lines hold no such cluster or the lines above it read as
// a body (numbered items): then the header is read from the top.
func (p *parser) headerStart() int {
	lines := p.lines
	const scan = 150 // content lines searched for the header
	const near = 8   // content lines the cluster spans
	seen := 0
	for i := 0; i < len(lines) && seen < scan; i++ {
		if lines[i].blank {
			continue
		}
		seen++
		switch parseMarker(lines[i].text).kind {
		case markRoman, markNumber, markLetter, markArticle:
			return 0 // a body before any header
		}
		k := anchorKind(&lines[i])
		if k == 0 {
			continue
		}
		n := 0
		found := false
		for j := i + 1; j < len(lines) && n < near && !found; j++ {
			if lines[j].blank {
				continue
			}
			n++
			k2 := anchorKind(&lines[j])
			found = k2 != 0 && k2 != k
		}
		if !found {
			continue
		}
		// The issuer lines above the cluster.
		s := i
		n = 0
		for j := i - 1; j >= 0 && n < 6; j-- {
			l := &lines[j]
			if l.blank {
				continue
			}
			if !isUpperText(l.text) || parseMarker(l.text).kind != markNone {
				break
			}
			n++
			s = j
		}
		// Upper-case page text above the issuer ("VĂN BẢN GỐC", "MỤC LỤC
		// VĂN BẢN"): the issuer opens at the first line naming a body.
		for j := s; j < i; j++ {
			if l := &lines[j]; !l.blank && opensBody(l.fold()) {
				s = j
				break
			}
		}
		return s
	}
	return 0
}

// opensBody reports whether the folded line opens with the name of an
// issuing body or office ("ỦY BAN NHÂN DÂN", "BỘ …", "SỞ …", "BAN CHỈ ĐẠO
// …", "THỦ TƯỚNG CHÍNH PHỦ").
func opensBody(f string) bool {
	for _, h := range []string{"uy", "ubnd", "bo", "so", "ban", "van phong", "chinh phu", "thu tuong", "hoi dong",
		"tinh uy", "thanh uy", "huyen uy", "dang uy", "cuc", "tong cuc", "chi cuc", "cong an", "bo chi huy", "trung tam",
		"vien", "toa an", "kiem toan", "ngan hang", "kho bac", "thanh tra", "doan", "mat tran", "hoi", "tong cong ty",
		"cong ty", "dai hoc", "truong", "benh vien", "quan uy", "bo tu lenh", "tong lien doan", "lien doan", "chu tich"} {
		if strings.HasPrefix(f, h) && (len(f) == len(h) || f[len(h)] == ' ') {
			return true
		}
	}
	return false
}

// anchorKind tells the header lines that make its cluster: 1 a motto line,
// 2 a "Số:" line, 3 a place-and-date line, 0 any other.
func anchorKind(l *line) int {
	f := l.fold()
	switch {
	case isMottoLine(f):
		return 1
	case isNumberLine(f):
		return 2
	case dateLineAt(l) >= 0:
		return 3
	}
	return 0
}

// headerResumes reports whether a header element (motto, "Số:",
// place-and-date, type line) follows within two content lines of line i,
// and line i itself reads as a header line: short, no item marker, no
// preamble opener.
func (p *parser) headerResumes(i int) bool {
	l := &p.lines[i]
	if parseMarker(l.text).kind != markNone || isPreambleOpener(l.fold()) || countWords(l.text) > 10 || endsTerminal(l.text) {
		return false
	}
	n := 0
	for j := i + 1; j < len(p.lines) && n < 2; j++ {
		m := &p.lines[j]
		if m.blank {
			continue
		}
		n++
		if anchorKind(m) != 0 {
			return true
		}
		if _, ok := p.typeLine(m); ok {
			return true
		}
	}
	return false
}

// isPreambleOpener reports whether the folded line opens a clause of the
// preamble ("Căn cứ …", "Theo đề nghị …", "Xét đề nghị …", "Chiếu theo
// …"): such a line is never a header line.
func isPreambleOpener(f string) bool {
	for _, o := range []string{"can cu", "theo de nghi", "xet de nghi", "xet to trinh", "chieu theo"} {
		if strings.HasPrefix(f, o) && (len(f) == len(o) || f[len(o)] == ' ' || f[len(o)] == ':') {
			return true
		}
	}
	return false
}

// isAuthorityTitle reports whether the folded line opens with the title of
// the person who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG
// BỘ …", "THỦ TƯỚNG CHÍNH PHỦ").
func isAuthorityTitle(f string) bool {
	for _, t := range []string{"chu tich", "pho chu tich", "thu tuong", "pho thu tuong", "bo truong", "thu truong",
		"giam doc", "pho giam doc", "tong giam doc", "truong ban", "cuc truong", "tong cuc truong",
		"chanh van phong", "chu nhiem", "thong doc", "vien truong", "chanh an", "tong kiem toan", "tong thanh tra",
		"chanh thanh tra", "truong doan"} {
		if strings.HasPrefix(f, t) && (len(f) == len(t) || f[len(t)] == ' ') {
			return true
		}
	}
	return false
}

// isAuthorityLine reports whether the line l, read after the subject,
// names the authority that issues the document and opens the body (the
// line between the subject and "Căn cứ …" of a quyết định: "ỦY BAN NHÂN
// DÂN TỈNH X", "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "THỦ TƯỚNG CHÍNH PHỦ"): a bare
// name (no comma, at most 12 words) that opens with a person's title or a
// governing body.
func isAuthorityLine(l *line) bool {
	f := l.fold()
	if strings.ContainsAny(f, ",;:") || strings.Count(f, " ") > 11 {
		return false
	}
	// A name holds no preposition: "CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP …" is
	// a wrapped piece of a subject.
	for _, w := range []string{" tai ", " ve ", " voi ", " cua ", " nham ", " doi voi ", " trong ", " ngay "} {
		if strings.Contains(f, w) {
			return false
		}
	}
	if isAuthorityTitle(f) {
		return true
	}
	for _, b := range []string{"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "chinh phu", "ban chi dao", "ban thuong vu", "ban can su"} {
		if strings.HasPrefix(f, b) && (len(f) == len(b) || f[len(b)] == ' ') {
			return true
		}
	}
	return false
}

// mottoEnd returns the text offset in the motto line l where the motto
// ends and more text with a letter or digit follows ("… Hạnh phúc Số:
// 12/KH-UBND …"), else -1.
func mottoEnd(l *line) int {
	f := l.fold()
	e := -1
	if d := strings.LastIndex(f, "hanh phuc"); d >= 0 {
		e = d + len("hanh phuc")
	} else if d := strings.LastIndex(f, "chu nghia viet nam"); d >= 0 {
		e = d + len("chu nghia viet nam")
	}
	if e < 0 || e >= len(f) {
		return -1
	}
	k := foldedToText(l.text, e)
	for _, r := range l.text[k:] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return k
		}
	}
	return -1
}

// isMottoLine reports whether the folded line is the national motto or a
// piece of it. Conversion from PDF may lose the dashes and glue words
// ("CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM", "Độc lập  Tự do  Hạnh phúc"): the
// motto's own words still tell it.
func isMottoLine(f string) bool {
	if strings.Contains(f, "cong hoa xa hoi chu nghia") || strings.Contains(f, "doc lap - tu do") {
		return true
	}
	if len(f) <= 2*len(mottoFolded) && ((strings.Contains(f, "cong hoa") && strings.Contains(f, "chu nghia viet nam")) ||
		(strings.Contains(f, "doc lap") && strings.Contains(f, "tu do") && strings.Contains(f, "hanh phuc") && len(f) < 40)) {
		// Not a sentence that speaks of independence and freedom.
		return true
	}
	return len(f) >= 4 && strings.Contains(mottoFolded, f) && f != "viet nam" && f != "nam"
}

// isNumberLine reports whether the folded line opens with "Số:".
func isNumberLine(f string) bool {
	if !strings.HasPrefix(f, "so") {
		return false
	}
	r := strings.TrimLeft(f[2:], " ")
	return strings.HasPrefix(r, ":") || (len(f) > 2 && f[2] == ' ' && r != "" && (pIsDigit(r[0]) || r[0] == '/'))
}

// isDateLine reports the folded offset of "ngay" when the folded line is a
// place-and-date line ("Hải Phòng, ngày 14 tháng 6 năm 2024",
// "Hà Nội, ngày 18") or a date line alone ("ngày 12 tháng 4 năm 2024",
// whose place was wrapped onto the line before), else -1. What follows
// "ngày" must be the date and nothing else: a line going on past the date
// ("… ngày 19 tháng 6 năm 2015;", "… ngày 23/4/2018 của Chính phủ") cites
// a document.
func isDateLine(f string) int {
	n := datePos(f)
	if n < 0 {
		return -1
	}
	// The date follows: digits, blanks, "tháng", "năm".
	rest := strings.TrimLeft(f[n+4:], " ")
	if n == 0 && rest == "" {
		return -1 // "ngày" alone
	}
	if (rest == "" || pIsDigit(rest[0]) || strings.HasPrefix(rest, "thang") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…")) && dateTail(rest) {
		return n
	}
	return -1
}

// datePos returns the folded offset of "ngay" in a line shaped as a
// place-and-date line — a short place without the marks of a citation,
// then "ngày" — or in a line opening with "ngày" and a number, else -1.
// What follows "ngày" is not checked.
func datePos(f string) int {
	k := strings.Index(f, ", ngay")
	if k < 0 {
		k = strings.Index(f, ",ngay")
	}
	if k < 0 {
		if strings.HasPrefix(f, "ngay ") || f == "ngay" {
			// The date alone.
			if rest := strings.TrimLeft(f[4:], " "); rest == "" || pIsDigit(rest[0]) || strings.HasPrefix(rest, "thang") {
				return 0
			}
			return -1
		}
		// "Hà Nội ngày 5 tháng 3 năm 2024": no comma after the place.
		k = strings.Index(f, " ngay ")
		if k < 0 || strings.ContainsAny(f[:k], "0123456789") || !(strings.Contains(f[k:], "thang") || strings.Contains(f[k:], "/")) {
			return -1
		}
	}
	if k == 0 || k > 60 {
		return -1
	}
	place := f[:k]
	if strings.ContainsAny(place, ";:()/") || isNumberLine(place) || isPreambleOpener(place) {
		return -1
	}
	return strings.Index(f[k:], "ngay") + k
}

// dateEnd returns the folded offset where the date after "ngay" at n ends
// when a whole date, its year included, is followed by more text on the
// line ("… ngày 12 tháng 4 năm 2024 KẾ HOẠCH …"), else -1.
func dateEnd(f string, n int) int {
	i := n + 4
	year := false
	for {
		j := i
		for j < len(f) && f[j] == ' ' {
			j++
		}
		if j == len(f) {
			return -1
		}
		k := strings.IndexByte(f[j:], ' ')
		if k < 0 {
			k = len(f) - j
		}
		w := f[j : j+k]
		if w != "thang" && w != "nam" && !dateTail(w) {
			if year {
				return i
			}
			return -1
		}
		d := 0
		for d < len(w) && pIsDigit(w[len(w)-1-d]) {
			d++
		}
		year = year || d == 4
		i = j + k
	}
}

// dateTail reports whether the folded text after "ngày" holds only a
// date, blank or not: numbers, "tháng", "năm", and the marks that separate
// or stand for digits ("/", "-", ".", "…", "_").
func dateTail(s string) bool {
	for s != "" {
		k := strings.IndexByte(s, ' ')
		if k < 0 {
			k = len(s)
		}
		w := s[:k]
		s = strings.TrimLeft(s[k:], " ")
		if w == "thang" || w == "nam" {
			continue
		}
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case pIsDigit(c), c == '/', c == '-', c == '.', c == '_', c == ',', c == '|', c == '*', c >= 0x80:
			default:
				return false
			}
		}
	}
	return true
}

// countWords counts the words of s, runs of bytes other than spaces and
// tabs, without allocating.
func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// dateLineAt is isDateLine on the line l, which also needs its place to be
// written as a name: in a place name ("Thành phố Hồ Chí Minh", "Phan
// Rang-Tháp Chàm") at most one word opens in lower case, where a wrapped
// sentence ("quyền địa phương ngày 19 tháng 6 năm 2015") has several.
func dateLineAt(l *line) int {
	f := l.fold()
	n := isDateLine(f)
	if n <= 0 || placeNamed(l, f, n) {
		return n
	}
	return -1
}

// dateRestAt returns the text offset in line l where a place-and-date
// line's whole date ends and more header text in upper case follows on
// the same line ("Quảng Ninh, ngày 12 tháng 4 năm 2024 KẾ HOẠCH …", a
// header table flattened into one line), else -1. A citation goes on in
// lower case ("… năm 2018 của Chính phủ") and is not one.
func dateRestAt(l *line) int {
	f := l.fold()
	n := datePos(f)
	if n <= 0 || !placeNamed(l, f, n) {
		return -1 // no place: "Ngày 08/12/2023 UBND tỉnh đã …" is a sentence
	}
	e := dateEnd(f, n)
	if e < 0 {
		return -1
	}
	k := foldedToText(l.text, e)
	if !startsUpper(strings.TrimLeft(l.text[k:], " \t|")) {
		return -1
	}
	return k
}

// placeNamed reports whether the place before "ngày" at folded offset n
// of line l is written as a name.
func placeNamed(l *line, f string, n int) bool {
	comma := strings.LastIndexByte(f[:n], ',')
	if comma < 0 {
		comma = n
	}
	// Folding keeps the words apart as they were: the place is the first
	// words of the line, as many as the folded place has.
	words := strings.Count(strings.TrimSpace(f[:comma]), " ") + 1
	lower := 0
	t := l.text
	for w := 0; w < words && t != ""; w++ {
		t = strings.TrimLeft(t, " \t")
		if startsLower(t) {
			lower++
		}
		k := strings.IndexAny(t, " \t")
		if k < 0 {
			break
		}
		t = t[k:]
	}
	return lower <= 1
}

// headerNumber reads the "Số:" line at i; the place-and-date may follow on
// the same line.
func (p *parser) headerNumber(i int) int {
	l := &p.lines[i]
	t := l.text
	k := strings.IndexByte(t, ':')
	if k < 0 || k > 5 {
		k = strings.IndexByte(t, ' ')
	}
	a := k + 1
	for a < len(t) && (t[a] == ' ' || t[a] == '\t') {
		a++
	}
	next := i + 1
	if a == len(t) {
		// "Số:" alone, its number in the next table cell ("Số:" /
		// "45/KH-UBND"): a line opening with a digit, "/" or dots.
		if j := nextContent(p.lines, i+1); j < len(p.lines) && j-i <= 2 {
			if nt := p.lines[j].text; nt != "" && (pIsDigit(nt[0]) || nt[0] == '/' || nt[0] == '.' || strings.HasPrefix(nt, "…")) {
				p.cover(l.cs, l.ce)
				l = &p.lines[j]
				t = nt
				a = 0
				next = j + 1
			}
		}
	}
	b := a
	for b < len(t) && t[b] != ' ' && t[b] != '\t' {
		b++
	}
	// A blank number printed with spaces before the symbol: "Số:   /KH-UBND".
	p.h.number = strings.TrimRight(t[a:b], ".,;")
	p.h.numberSpan = Span{l.orig(a), l.orig(b)}
	p.cover(l.cs, l.orig(b))
	rest := strings.TrimSpace(t[b:])
	if rest != "" {
		sub := cleanLine(p.text, l.orig(b), l.ce)
		sf := sub.fold()
		if dateLineAt(&sub) >= 0 || dateRestAt(&sub) > 0 || strings.HasPrefix(sf, "v/v") || strings.HasPrefix(sf, "v/ v") {
			// "Số: 12/CT-UBND  Hà Nội, ngày …", "Số: 4240/UBND-VX  V/v
			// khẩn trương …" on one line: the rest is read as a line of
			// its own, next.
			p.splitLine(next-1, b)
			return next
		}
		p.h.number = strings.TrimSpace(t[a:])
		p.h.numberSpan = Span{l.orig(a), l.ce}
		p.cover(l.cs, l.ce)
	}
	return next
}

// splitLine cuts line i at its text offset k: line i keeps the text before
// k and a new line after it holds the rest, so that the header cells a
// conversion put on one line are read one by one.
func (p *parser) splitLine(i, k int) {
	l := &p.lines[i]
	sub := cleanLine(p.text, l.orig(k), l.ce)
	head := strings.TrimRight(l.text[:k], " \t|")
	l.ce = l.orig(len(head))
	l.end = sub.start
	l.text = head
	l.folded, l.isFolded = "", false
	p.lines = slices.Insert(p.lines, i+1, sub)
}

// headerDate reads the place-and-date line at i, with the lines it wraps
// onto ("Hà Nội, ngày 18" / "tháng 11 năm 2025") and the place pieces
// before it.
func (p *parser) headerDate(i int, pre []int) int {
	ls := []*line{&p.lines[i]}
	j := i + 1
	for len(ls) < 3 && !strings.Contains(joinFold(ls), "nam") {
		k := nextContent(p.lines, j)
		if k >= len(p.lines) || k-j > 1 {
			break
		}
		nf := p.lines[k].fold()
		if !(strings.HasPrefix(nf, "thang") || strings.HasPrefix(nf, "nam") || (nf != "" && pIsDigit(nf[0]))) {
			break
		}
		ls = append(ls, &p.lines[k])
		j = k + 1
	}
	var preLines []*line
	for _, k := range pre {
		preLines = append(preLines, &p.lines[k])
	}
	p.readDate(ls, preLines)
	return j
}

func joinFold(ls []*line) string {
	var sb strings.Builder
	for _, l := range ls {
		sb.WriteString(l.fold())
		sb.WriteByte(' ')
	}
	return sb.String()
}

// readDate reads place and date from the lines ls (the first holds
// "Place, ngày"), with place pieces pre printed on lines before it.
func (p *parser) readDate(ls []*line, pre []*line) {
	first := ls[0]
	f := first.fold()
	n := isDateLine(f)
	comma := strings.LastIndexByte(f[:n], ',')
	if comma < 0 {
		comma = max(n-1, 0)
	}
	var place []string
	for _, l := range pre {
		place = append(place, l.text)
		p.cover(l.cs, l.ce)
	}
	if n > 0 {
		place = append(place, strings.TrimSpace(first.text[:foldedToText(first.text, comma)]))
	}
	// "Quảng Ninh," / "ngày …": the comma stays with the wrapped place.
	pl := strings.Join(place, " ")
	if strings.ContainsAny(pl, "\t\u00a0") || strings.Contains(pl, "  ") {
		pl = strings.Join(strings.Fields(pl), " ") // no-break spaces from a web page
	}
	p.h.place = strings.TrimRight(pl, " ,")
	// The date text: from "ngày" on the first line to the end of the last.
	a := foldedToText(first.text, n)
	parts := []string{first.text[a:]}
	for _, l := range ls[1:] {
		parts = append(parts, l.text)
	}
	p.h.dateText = strings.Join(parts, " ")
	last := ls[len(ls)-1]
	p.h.dateSpan = Span{first.orig(a), last.ce}
	for _, l := range ls {
		p.cover(l.cs, l.ce)
	}
}

// headerSubjectVV reads a "V/v" subject line and the lines it wraps onto.
func (p *parser) headerSubjectVV(i int) int {
	l := &p.lines[i]
	t := l.text
	k := strings.IndexByte(t, 'v')
	if k < 0 {
		k = strings.IndexByte(t, 'V')
	}
	// Skip "V/v" and the punctuation after it.
	a := strings.Index(strings.ToLower(t), "v/v")
	if a < 0 {
		a = k
	}
	a = min(a+3, len(t))
	if strings.HasPrefix(strings.ToLower(t), "v/ v") {
		a = min(4, len(t))
	}
	for a < len(t) && (t[a] == ' ' || t[a] == ':' || t[a] == '.') {
		a++
	}
	parts := []string{t[a:]}
	p.cover(l.cs, l.ce)
	j := i + 1
	for j < len(p.lines) {
		n := &p.lines[j]
		if n.blank {
			break
		}
		nf := n.fold()
		if dateLineAt(n) >= 0 || isNumberLine(nf) || isMottoLine(nf) || isRecipientsHead(nf) || parseMarker(n.text).kind != markNone ||
			isPreambleOpener(nf) || isAuthorityTitle(nf) || (isUpperText(n.text) && !isUpperText(t)) {
			break
		}
		if endsTerminal(p.lines[j-1].text) && !startsLower(n.text) {
			break
		}
		if !startsLower(n.text) && endsSentence(n.text) && !endsConnector(p.lines[j-1].fold()) {
			// A sentence of the body right under the subject (the
			// "Kính gửi:" lost on the way): a subject ends in no full
			// stop, unless its line before ends in "của", "và", … and
			// this one ends it.
			break
		}
		parts = append(parts, n.text)
		p.cover(n.cs, n.ce)
		j++
	}
	p.h.subject = strings.Join(parts, " ")
	p.h.subjectVV = true
	return j
}

// typeLine reports whether l is a title line naming the document type
// ("CHỈ THỊ", "KẾ HOẠCH", "CÔNG ĐIỆN").
func (p *parser) typeLine(l *line) (string, bool) {
	if !isUpperText(l.text) {
		return "", false
	}
	f := l.fold()
	if len(f) > 30 {
		return "", false
	}
	if p.isTypeName(f) {
		return l.text, true
	}
	// "CÔNG ĐIỆN HỎA TỐC", "CHỈ THỊ KHẨN".
	for _, q := range []string{" hoa toc", " khan", " thuong khan"} {
		if strings.HasSuffix(f, q) && p.isTypeName(f[:len(f)-len(q)]) {
			return l.text, true
		}
	}
	return "", false
}

// typeThenSubject returns the text offset in line l where a document type
// name in upper case that opens the line ends and the subject follows
// ("KẾ HOẠCH Triển khai …", "QUYẾT ĐỊNH VỀ VIỆC …"), else -1.
func (p *parser) typeThenSubject(l *line) int {
	f := l.fold()
	best, typ := 0, DocUnknown
	for x := DocType(1); x < docTypeEnd; x++ {
		n := docTypes[x].folded
		if len(n) > best && len(f) > len(n)+1 && strings.HasPrefix(f, n) && f[len(n)] == ' ' {
			best, typ = len(n), x
		}
	}
	if best == 0 {
		return -1
	}
	k := foldedToText(l.text, best)
	rest := strings.TrimLeft(l.text[k:], " \t|")
	// The subject in mixed case, or in upper case opening with "VỀ": an
	// upper-case line such as "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO" is a subject alone.
	if !isUpperText(l.text[:k]) || !startsUpper(rest) || (isUpperText(rest) && !strings.HasPrefix(f[best+1:], "ve ")) {
		return -1
	}
	// A number names the type too: they must agree.
	if p.h.number != "" {
		if n, err := ParseNumber(p.h.number); err == nil && n.Type() != DocUnknown && n.Type() != typ {
			return -1
		}
	}
	return k
}

// isTypeName reports whether the folded text f names a document type: it
// is DocTypeFromName(s) for any s that folds to f (a name equal to s folds
// to f too).
func (p *parser) isTypeName(f string) bool {
	for x := DocType(1); x < docTypeEnd; x++ {
		if docTypes[x].folded == f {
			return true
		}
	}
	return false
}

// headerSubject reads the subject lines after the type line: upper-case
// lines, up to the authority line that opens the body of a quyết định
// ("ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH …", "THỦ TƯỚNG CHÍNH PHỦ") or a line
// ending in ":" ("QUYẾT ĐỊNH:"); or a subject in mixed case (mixedSubject).
func (p *parser) headerSubject(i int) int {
	var parts []string
	j := i
	for j < len(p.lines) {
		l := &p.lines[j]
		if l.blank {
			if len(parts) > 0 && !l.bar {
				// A blank line ends the subject unless upper-case text
				// follows straight on (a wrapped title).
				k := nextContent(p.lines, j)
				if k < len(p.lines) && isUpperText(p.lines[k].text) && !isMottoLine(p.lines[k].fold()) && k-j == 1 {
					j = k
					continue
				}
				break
			}
			j++
			continue
		}
		f := l.fold()
		if len(parts) == 0 && !isUpperText(l.text) {
			return p.mixedSubject(j)
		}
		if len(parts) > 0 && numberTail(l.text, vntext.Fold(parts[len(parts)-1]).Text) {
			// "… MÙA KHÔ NĂM 2019 -" / "2020": the end of a wrapped title.
			parts = append(parts, l.text)
			p.cover(l.cs, l.ce)
			j++
			continue
		}
		if !isUpperText(l.text) || isMottoLine(f) || isNumberLine(f) || parseMarker(l.text).kind != markNone ||
			strings.HasSuffix(strings.TrimRight(l.text, " *"), ":") {
			break
		}
		if isAuthorityLine(l) && (len(parts) == 0 || !endsConnector(vntext.Fold(parts[len(parts)-1]).Text) && p.lastUpperBlock(j)) {
			p.h.authority = l.text
			break
		}
		parts = append(parts, l.text)
		p.cover(l.cs, l.ce)
		j++
	}
	if len(parts) > 0 && p.h.subject == "" {
		p.h.subject = strings.Join(parts, " ")
	}
	return j
}

// numberTail reports whether t, a line without letters that opens with a
// digit ("2020", "2021 - 2025", "2025)"), ends a title whose previous line
// (folded prev) stops where a number must follow: after a connector or a
// dash ("NĂM 2019 -"), or after "NĂM" or "GIAI ĐOẠN".
func numberTail(t, prev string) bool {
	if t == "" || !pIsDigit(t[0]) || len(t) > 24 || parseMarker(t).kind != markNone {
		return false
	}
	for _, r := range t {
		if unicode.IsLetter(r) {
			return false
		}
	}
	prev = strings.TrimRight(prev, " ")
	w := prev[strings.LastIndexByte(prev, ' ')+1:]
	return endsConnector(prev) || w == "nam" || strings.HasSuffix(prev, "giai doan")
}

// lastUpperBlock reports whether the upper-case line j ends the upper-case
// lines under the type line, alone or with one line of its locality after
// it ("ỦY BAN NHÂN DÂN" / "TỈNH X"): a body named there is the authority
// line that opens the body, where a body or title named inside the
// subject ("VỀ VIỆC KIỆN TOÀN" / "BAN CHỈ ĐẠO …" / "ỦY BAN NHÂN DÂN TỈNH
// X", "VỀ VIỆC GIAO" / "CHỦ TỊCH UBND CÁC HUYỆN THỰC HIỆN …") has more
// subject or the authority line after it.
func (p *parser) lastUpperBlock(j int) bool {
	ends := func(k int) bool {
		if k >= len(p.lines) {
			return true
		}
		t := p.lines[k].text
		return !isUpperText(t) || strings.HasSuffix(strings.TrimRight(t, " *"), ":") || parseMarker(t).kind != markNone
	}
	k := nextContent(p.lines, j+1)
	if ends(k) {
		return true
	}
	f := p.lines[k].fold()
	for _, w := range []string{"tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong "} {
		if strings.HasPrefix(f, w) {
			return ends(nextContent(p.lines, k+1))
		}
	}
	return false
}

// mixedSubject reads a subject in mixed case at line i, right under the
// type line ("Về việc tăng cường …", "Kết luận của Phó Chủ tịch …",
// "Triển khai Đề án 06 năm 2024"), with the lines it wraps onto, and
// returns the line after it; it returns i when line i is not one. The
// subject is told by its place and shape, not its words: it opens in upper
// case, is no other header or body line (item, "Căn cứ …", authority,
// "Kính gửi:"), runs at most four lines and 40 words, and does not end as
// a clause of the preamble (";", ":", ",").
func (p *parser) mixedSubject(i int) int {
	first := &p.lines[i]
	if p.h.subject != "" || !startsUpper(first.text) || p.subjectStop(first) {
		return i
	}
	ls := []*line{first}
	j := i + 1
	for j < len(p.lines) {
		n := &p.lines[j]
		prev := ls[len(ls)-1]
		if n.blank || endsTerminal(prev.text) || p.subjectStop(n) {
			break
		}
		if !startsLower(n.text) && !pIsDigitStart(n.text) && !endsConnector(prev.fold()) {
			// A line opening in upper case ("Ban Chỉ đạo …", "Nghị quyết
			// số …") goes on the subject only when it ends it: no final
			// mark, and a blank or a line that cannot be subject after it.
			// A paragraph of the body goes on further.
			t := strings.TrimRight(n.text, " *")
			if endsTerminal(t) || strings.HasSuffix(t, ",") {
				break
			}
			if k := j + 1; k < len(p.lines) && !p.lines[k].blank && !p.subjectStop(&p.lines[k]) {
				break
			}
		}
		if len(ls) == 4 {
			return i // a paragraph, not a title
		}
		ls = append(ls, n)
		j++
	}
	last := strings.TrimRight(ls[len(ls)-1].text, " *")
	words := 0
	parts := make([]string, len(ls))
	for k, l := range ls {
		parts[k] = l.text
		words += countWords(l.text)
	}
	if last == "" || strings.ContainsRune(";:,", rune(last[len(last)-1])) || words > 40 {
		return i
	}
	for _, l := range ls {
		p.cover(l.cs, l.ce)
	}
	p.h.subject = strings.Join(parts, " ")
	return j
}

// subjectStop reports whether the line l cannot belong to a mixed-case
// subject: an upper-case line (the authority line among them), an item, a
// preamble clause, a person's title ("Chủ tịch UBND tỉnh yêu cầu:") or
// another header line.
func (p *parser) subjectStop(l *line) bool {
	f := l.fold()
	return isUpperText(l.text) || parseMarker(l.text).kind != markNone || isPreambleOpener(f) ||
		isAuthorityTitle(f) || isRecipientsHead(f) || dateLineAt(l) >= 0 ||
		isNumberLine(f) || isMottoLine(f) || strings.HasPrefix(f, "v/v")
}

func pIsDigitStart(s string) bool { return s != "" && pIsDigit(s[0]) }

// endsConnector reports whether the folded text ends with a word that
// joins it to what follows ("của", "và", "về", "các", a comma or a
// dash): a title wrapped there goes on in the next line.
func endsConnector(f string) bool {
	f = strings.TrimRight(f, " ")
	if f == "" {
		return false
	}
	if c := f[len(f)-1]; c == ',' || c == '-' {
		return true
	}
	w := f[strings.LastIndexByte(f, ' ')+1:]
	switch w {
	case "cua", "va", "ve", "cac", "voi", "cho", "tai", "thuoc", "giua", "hoac", "trong", "tren", "den", "nhung", "theo", "pho":
		return true
	}
	return false
}

// issuerFromContext resolves the issuer that the header prints without
// its locality, as a table-cell conversion leaves it ("ỦY BAN NHÂN DÂN"
// alone, the province lost): from the authority line, when it names the
// same body in full ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"), else, for
// a bare people's committee, from the place of the place-and-date line
// ("Quảng Trị"). It sets d.IssuerID and the locality when one resolves to
// a known agency; d.Issuer stays as printed.
func (p *parser) issuerFromContext(d *Directive) {
	r := p.opts.Registry
	if r == nil || d.Issuer == "" || d.IssuerID != "" {
		return
	}
	iss := vntext.Fold(d.Issuer).Text
	try := func(name string) bool {
		m, ok := r.Resolve(name, &agency.Options{Locality: p.locality})
		if !ok || m.ID == "" {
			return false
		}
		d.IssuerID = m.ID
		if p.locality == "" {
			p.locality = r.LocalityOf(m.ID)
		}
		return true
	}
	if a := p.h.authority; a != "" {
		// The body named after the person's title.
		fa := vntext.Fold(a)
		k := 0
		if isAuthorityTitle(fa.Text) {
			for _, w := range []string{"uy ban", "ubnd", "hoi dong", "bo ", "so ", "cuc ", "chinh phu", "ban "} {
				if j := strings.Index(fa.Text, w); j > 0 && (k == 0 || j < k) {
					k = j
				}
			}
			if k == 0 {
				k = -1
			}
		}
		if k >= 0 && strings.HasPrefix(fa.Text[k:], iss) && len(fa.Text)-k > len(iss) && try(a[fa.Orig(k):]) {
			return
		}
	}
	if (iss == "uy ban nhan dan" || iss == "ubnd") && d.Place != "" {
		for _, mid := range []string{" ", " tỉnh ", " thành phố "} {
			if try(d.Issuer + mid + d.Place) {
				return
			}
		}
	}
}

// isRecipientsHead reports whether the folded line opens the recipients:
// "Kính gửi:", "Đồng kính gửi:", or the sender line of a công điện
// ("THỦ TƯỚNG CHÍNH PHỦ điện:").
func isRecipientsHead(f string) bool {
	if strings.HasPrefix(f, "kinh gui") || strings.HasPrefix(f, "dong kinh gui") {
		return true
	}
	return strings.HasSuffix(f, " dien:") && len(f) < 80
}

// headerRecipients reads the recipients after the line at i.
func (p *parser) headerRecipients(i int) int {
	l := &p.lines[i]
	p.cover(l.cs, l.ce)
	t := l.text
	k := strings.IndexByte(t, ':')
	j := i + 1
	if k >= 0 && strings.TrimSpace(t[k+1:]) != "" {
		// "Kính gửi: Sở Nội vụ." on one line.
		a := k + 1
		for a < len(t) && t[a] == ' ' {
			a++
		}
		// Several on the line: "Kính gửi: - Sở Y tế; - Sở Tài chính."
		rest := t[a:]
		for len(rest) > 0 {
			k := strings.IndexByte(rest, ';')
			part := rest
			if k >= 0 {
				part = rest[:k]
			}
			q := strings.TrimLeft(part, " ")
			if m := parseMarker(q); m.kind == markDash {
				q = q[m.size:]
			}
			off := a + (len(t[a:]) - len(rest)) + (len(part) - len(q))
			p.addRecipient(q, Span{l.orig(off), l.orig(off + len(q))})
			if k < 0 {
				break
			}
			rest = rest[k+1:]
		}
		return j
	}
	k = nextContent(p.lines, j)
	if k >= len(p.lines) {
		return j
	}
	if parseMarker(p.lines[k].text).kind == markDash || parseMarker(p.lines[k].text).kind == markPlus {
		// A bulleted list, with wrapped entries.
		var cur []*line
		flush := func() {
			if len(cur) == 0 {
				return
			}
			parts := make([]string, len(cur))
			for x, c := range cur {
				parts[x] = c.text
			}
			s := strings.Join(parts, " ")
			m := parseMarker(s)
			p.addRecipient(s[m.size:], Span{cur[0].cs + m.size, cur[len(cur)-1].ce})
			cur = cur[:0]
		}
		for j = k; j < len(p.lines); j++ {
			n := &p.lines[j]
			if n.blank {
				continue
			}
			m := parseMarker(n.text)
			if m.kind == markDash || m.kind == markPlus {
				flush()
				cur = append(cur, n)
				p.cover(n.cs, n.ce)
				continue
			}
			if len(cur) > 0 && (startsLower(n.text) || !endsTerminal(cur[len(cur)-1].text)) && m.kind == markNone && !isRecipientsHead(n.fold()) {
				cur = append(cur, n)
				p.cover(n.cs, n.ce)
				continue
			}
			break
		}
		flush()
		return j
	}
	// Recipients written as a sentence, up to its end.
	var cur []*line
	for j = k; j < len(p.lines) && len(cur) < 3; j++ {
		n := &p.lines[j]
		if n.blank {
			if len(cur) > 0 {
				break
			}
			continue
		}
		if parseMarker(n.text).kind != markNone || isRecipientsHead(n.fold()) {
			break
		}
		cur = append(cur, n)
		p.cover(n.cs, n.ce)
		if endsTerminal(n.text) {
			j++
			break
		}
	}
	if len(cur) > 0 {
		parts := make([]string, len(cur))
		for x, c := range cur {
			parts[x] = c.text
		}
		p.addRecipient(strings.Join(parts, " "), Span{cur[0].cs, cur[len(cur)-1].ce})
	}
	return j
}

func (p *parser) addRecipient(s string, sp Span) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";.,"))
	if s == "" {
		return
	}
	p.h.recipients = append(p.h.recipients, s)
	p.h.recipientSps = append(p.h.recipientSps, sp)
}

// nextContent returns the index of the first non-blank line at or after i.
func nextContent(lines []line, i int) int {
	for i < len(lines) && lines[i].blank {
		i++
	}
	return i
}

// countContent counts the non-blank lines in lines[a:b].
func countContent(lines []line, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !lines[k].blank {
			n++
		}
	}
	return n
}

// foldedToText maps a folded offset of vntext.Fold(t) to an offset in t.
func foldedToText(t string, k int) int {
	f := foldOf(t)
	return f.Orig(k)
}

// clip shortens s for a warning message.
func pClip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// issued parses the issue date text as a time expression.
func parseIssued(text string, sp Span) (TimeExpr, bool) {
	if text == "" {
		return TimeExpr{}, false
	}
	e, err := calendar.Parse(text, calendar.Date{})
	if err != nil {
		return TimeExpr{Text: text}, false
	}
	e.Start, e.End = sp.Start+e.Start, sp.Start+e.End
	return TimeExpr{Text: text[e.Start-sp.Start : e.End-sp.Start], Expr: e}, true
}

// endsSentence reports whether t ends with a full stop or a semicolon
// (closing brackets and quotes aside).
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " )]\"'”’*")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";")
}
