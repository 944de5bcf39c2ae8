package directive

import (
	"strings"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

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

// isRecipientsHead reports whether the folded line opens the recipients:
// "Kính gửi:", "Đồng kính gửi:", or the sender line of a công điện
// ("THỦ TƯỚNG CHÍNH PHỦ điện:").
func isRecipientsHead(f string) bool {
	if strings.HasPrefix(f, "kinh gui") || strings.HasPrefix(f, "dong kinh gui") {
		return true
	}
	return strings.HasSuffix(f, " dien:") && len(f) < 80
}

// The national motto, folded, as one text: a motto line is any piece of it.
const mottoFolded = "cong hoa xa hoi chu nghia viet nam doc lap - tu do - hanh phuc"

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

// endsSentence reports whether t ends with a full stop or a semicolon
// (closing brackets and quotes aside).
func endsSentence(t string) bool {
	return endsFullStop(t) || strings.HasSuffix(strings.TrimRight(t, sentenceTrail), ";")
}

// endsFullStop reports whether t ends with a full stop (closing brackets
// and quotes aside).
func endsFullStop(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, sentenceTrail), ".")
}

// sentenceTrail are what may follow a sentence's last mark: spaces,
// closing brackets and quotes, emphasis.
const sentenceTrail = " )]\"'”’*"

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
