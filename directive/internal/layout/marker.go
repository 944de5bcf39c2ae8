package layout

import (
	"strconv"

	"github.com/chidao/chidao/internal/vntext"
)

// A Family is a kind of list marker. Documents nest their items by the
// order in which their families first appear, not by a fixed order, so the
// family only says how a marker is written.
type Family uint8

// The marker families.
const (
	FamNone    Family = iota
	FamPart           // "Phần I", "Phần thứ nhất"
	FamChapter        // "Chương I", "Chương 2"
	FamSection        // "Mục 1", "Mục I"
	FamArticle        // "Điều 5."
	FamRoman          // "I.", "II -", "IV/"
	FamUpper          // "A.", "B)": an upper-case letter
	FamArabic         // "1.", "2)", "3/": one number
	FamDotted         // "1.1.", "2.3.1": numbers joined by dots (Depth says how many)
	FamLetter         // "a)", "b.", "đ)"
	FamParen          // "(1)", "(a)", "(i)"
	FamDash           // "-", "–", "—"
	FamPlus           // "+"
	FamBullet         // "•", "●", "▪", "*", "·", ""
	famEnd
)

var familyNames = [...]string{"", "part", "chapter", "section", "article", "roman", "upper", "arabic", "dotted", "letter", "paren", "dash", "plus", "bullet"}

// String returns the family's name ("arabic"), "" for FamNone.
func (f Family) String() string {
	if f < famEnd {
		return familyNames[f]
	}
	return "family(" + strconv.Itoa(int(f)) + ")"
}

// A Marker is the list marker that opens a paragraph.
type Marker struct {
	Family Family
	// Style is the punctuation after the number or letter ('.', ')',
	// '/', '-', ':') or 0; markers of one family written with different
	// punctuation are different levels ("1." and "1)"). For FamParen it
	// says what is in the brackets: '1' numbers, 'i' Roman numerals, 'a'
	// letters ("(i)" lists inside a "(1)").
	Style byte
	// Depth is the number of numbers of a FamDotted marker ("1.2.3" is 3),
	// 1 otherwise.
	Depth int
	// N is the value of the last number or letter (1 for "a", "I", "1";
	// 3 for "1.3"), 0 for bullets.
	N int
	// Label is the marker as printed without its final punctuation: "2",
	// "1.1", "a", "II", "Điều 5", "(1)", "-". A division word is written
	// as Vietnamese writes it whatever the text's case or diacritics
	// ("ĐIỀU 5.", "Dieu 5." are "Điều 5").
	Label string
	// Key is the marker in Doc.Key, its final punctuation included.
	Key Range
}

// IsZero reports whether m is no marker.
func (m Marker) IsZero() bool { return m.Family == FamNone }

// Bullet reports whether m is a bullet ("-", "+", "•"), which has no number.
func (m Marker) Bullet() bool {
	return m.Family == FamDash || m.Family == FamPlus || m.Family == FamBullet
}

// Level is the key by which markers are compared for nesting: markers of
// one family, style and depth are siblings.
func (m Marker) Level() Level { return Level{m.Family, m.Style, uint8(min(m.Depth, 255))} }

// A Level is a family of markers as a document writes it.
type Level struct {
	Family Family
	Style  byte
	Depth  uint8
}

// String returns "arabic." or "dotted2." and the like.
func (l Level) String() string {
	s := l.Family.String()
	if l.Family == FamDotted {
		s += strconv.Itoa(int(l.Depth))
	}
	if l.Style != 0 {
		s += string(l.Style)
	}
	return s
}

// Next reports whether m continues the sequence of prev, a marker of the
// same level: the next number or letter.
func (m Marker) Next(prev Marker) bool {
	if m.Level() != prev.Level() {
		return false
	}
	if m.Bullet() {
		return true
	}
	return m.N == prev.N+1
}

// The words that open a marker of a division of a legal text, folded.
var divisionWords = [...]struct {
	key string
	fam Family
}{
	{"dieu", FamArticle},
	{"chuong", FamChapter},
	{"muc", FamSection},
	{"phan", FamPart},
}

// divisionLabel are the division words as a label writes them, whatever
// the case or the diacritics of the text ("ĐIỀU 1.", "Dieu 1." are
// "Điều 1").
var divisionLabel = map[string]string{"dieu": "Điều", "chuong": "Chương", "muc": "Mục", "phan": "Phần"}

// divisionSpelling are the division words as Vietnamese writes them.
var divisionSpelling = map[string]vntext.Spelling{
	"dieu":   vntext.Spell("điều"),
	"chuong": vntext.Spell("chương"),
	"muc":    vntext.Spell("mục"),
	"phan":   vntext.Spell("phần"),
}

// readMarker reads the marker at the start of the folded text t (the content
// of a paragraph's first line, perhaps joined with the next), whose first
// byte is at folded offset base of f. It returns the zero Marker when t
// opens with none.
func readMarker(f *vntext.Folded, base int, t string) Marker {
	if t == "" {
		return Marker{}
	}
	c := t[0]
	switch c {
	case '-':
		if len(t) > 1 && t[1] == '-' {
			return Marker{} // "--", a rule or an em dash written as two
		}
		if len(t) == 1 || t[1] == ' ' {
			return bullet(FamDash, "-", base, 1)
		}
		return Marker{}
	case '+':
		if len(t) == 1 || t[1] == ' ' {
			return bullet(FamPlus, "+", base, 1)
		}
		return Marker{}
	case '*':
		if len(t) > 1 && t[1] == ' ' {
			return bullet(FamBullet, "*", base, 1)
		}
		return Marker{}
	case '(':
		return parenMarker(f, base, t)
	}
	if c >= 0x80 {
		// "•", "●", "▪", "·", "", "": bullets as non-ASCII symbols,
		// which folding keeps as they are.
		for _, b := range [...]string{"•", "●", "▪", "·", "", "", "◦", "■", "□", "❖", "➢", "►"} {
			if len(t) >= len(b) && t[:len(b)] == b && (len(t) == len(b) || t[len(b)] == ' ') {
				return bullet(FamBullet, b, base, len(b))
			}
		}
		return Marker{}
	}
	if isDigit(c) {
		return numberMarker(base, t)
	}
	if 'a' <= c && c <= 'z' {
		// A division word and its number: "Điều 5", "Chương II".
		for _, w := range divisionWords {
			if m, ok := divisionMarker(f, base, t, w.key, w.fam); ok {
				return m
			}
		}
		return letterMarker(f, base, t)
	}
	return Marker{}
}

func bullet(fam Family, label string, base, n int) Marker {
	return Marker{Family: fam, Depth: 1, Label: label, Key: Range{base, base + n}}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// markerEnd reports whether the text after a marker's number or letter,
// at t[i:], closes a marker: the end, a space, or punctuation then a space
// or the end. It returns the punctuation (0 for none) and the end of the
// marker.
func markerEnd(t string, i int) (style byte, end int, ok bool) {
	if i == len(t) {
		return 0, i, true
	}
	switch c := t[i]; c {
	case ' ':
		return 0, i, true
	case '.', ')', '/', ':':
		if i+1 == len(t) || t[i+1] == ' ' {
			return c, i + 1, true
		}
		if c == '.' && t[i+1] == ')' && (i+2 == len(t) || t[i+2] == ' ') {
			return ')', i + 2, true // "a.)"
		}
	case '-':
		return 0, i, false
	}
	return 0, i, false
}

// numberMarker reads "1.", "2)", "3/", "1.1.", "1.2.3" at the start of t.
func numberMarker(base int, t string) Marker {
	var nums []int
	i := 0
	for {
		j := i
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		if j == i || j-i > 5 || len(nums) > 0 && (j-i > 2 || t[i] == '0') {
			// "1.000": a number written with a thousands dot, no
			// dotted marker.
			return Marker{}
		}
		n, _ := strconv.Atoi(t[i:j])
		nums = append(nums, n)
		i = j
		// Another number after a dot: "1.1", "1.2.3".
		if i+1 < len(t) && t[i] == '.' && isDigit(t[i+1]) {
			i++
			continue
		}
		break
	}
	style, end, ok := markerEnd(t, i)
	if !ok {
		return Marker{}
	}
	if len(nums) == 1 && style == 0 {
		// A bare number is a marker only in a cell or alone; a number
		// followed by a word is text ("15 ngày", "2025 và …").
		return Marker{}
	}
	if style == ':' {
		return Marker{}
	}
	if style == '/' && len(nums) == 1 && end < len(t) && isDigit(t[min(end+1, len(t)-1)]) {
		return Marker{}
	}
	label := t[:i]
	m := Marker{Family: FamArabic, Style: style, Depth: 1, N: nums[len(nums)-1], Label: label, Key: Range{base, base + end}}
	if len(nums) > 1 {
		m.Family = FamDotted
		m.Depth = len(nums)
		if style == 0 {
			m.Style = '.' // "1.1 Nội dung": dotted numbers need no final dot
		}
	}
	return m
}

// letterMarker reads "a)", "b.", "đ)", "I.", "II -", "A." at the start of
// t. The case of the letters in the original tells a Roman numeral or an
// upper-case letter from a lower-case letter.
func letterMarker(f *vntext.Folded, base int, t string) Marker {
	j := 0
	for j < len(t) && 'a' <= t[j] && t[j] <= 'z' {
		j++
	}
	if j == 0 || j > 6 {
		return Marker{}
	}
	word := t[:j]
	upper := f.IsUpperAt(base)
	style, end, ok := markerEnd(t, j)
	if !ok || style == 0 || style == ':' {
		// "II - MỤC TIÊU": a Roman numeral and a dash.
		if upper && j < len(t)-2 && t[j] == ' ' && t[j+1] == '-' && t[j+2] == ' ' {
			if n, isRoman := vntext.Roman(word); isRoman && allUpper(f, base, j) {
				return Marker{Family: FamRoman, Style: '-', Depth: 1, N: n, Label: printedUpper(word), Key: Range{base, base + j + 2}}
			}
		}
		return Marker{}
	}
	if upper && allUpper(f, base, j) {
		if n, isRoman := vntext.Roman(word); isRoman {
			if word == "v" && style == '/' {
				return Marker{} // "V/v"
			}
			return Marker{Family: FamRoman, Style: style, Depth: 1, N: n, Label: printedUpper(word), Key: Range{base, base + end}}
		}
		if j == 1 {
			// "A. NHIỆM VỤ CHUNG": an upper-case letter heads a part in
			// capitals; "A. Nguyễn" is a name.
			if !capsAfter(f, base+end) {
				return Marker{}
			}
			return Marker{Family: FamUpper, Style: style, Depth: 1, N: int(word[0]-'a') + 1, Label: printedUpper(word), Key: Range{base, base + end}}
		}
		return Marker{}
	}
	if j != 1 || upper {
		return Marker{}
	}
	if style == '/' {
		return Marker{} // "v/v", "k/g"
	}
	if style == '.' && !upperAfter(f, base+end) {
		return Marker{} // "b. tiếp tục": an abbreviation, not an item
	}
	n := letterValue(f, base, word[0])
	return Marker{Family: FamLetter, Style: style, Depth: 1, N: n, Label: f.Spelled(base, base+1), Key: Range{base, base + end}}
}

// letterValue returns the place of a letter in the Vietnamese alphabet of
// list markers: a, b, c, d, đ, e, …; đ is d with a stroke.
func letterValue(f *vntext.Folded, at int, c byte) int {
	n := int(c-'a') + 1
	if c > 'd' || c == 'd' && f.Mark(at).Mod() == vntext.ModStroke {
		n++
	}
	return n
}

// capsAfter reports whether the letters of the line after folded offset i
// (up to the next few words) are capitals.
func capsAfter(f *vntext.Folded, i int) bool {
	t := f.Text
	n := 0
	for k := i; k < len(t) && n < 12; k++ {
		if 'a' <= t[k] && t[k] <= 'z' {
			if !f.IsUpperAt(k) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// upperAfter reports whether the first word after folded offset i opens
// with a capital or a digit.
func upperAfter(f *vntext.Folded, i int) bool {
	t := f.Text
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i < len(t) && (isDigit(t[i]) || f.IsUpperAt(i))
}

func allUpper(f *vntext.Folded, a, n int) bool {
	for k := a; k < a+n; k++ {
		if !f.IsUpperAt(k) {
			return false
		}
	}
	return true
}

func printedUpper(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// parenMarker reads "(1)", "(a)", "(i)" at the start of t.
func parenMarker(f *vntext.Folded, base int, t string) Marker {
	j := 1
	for j < len(t) && (isDigit(t[j]) || 'a' <= t[j] && t[j] <= 'z') {
		j++
	}
	if j == 1 || j > 5 || j >= len(t) || t[j] != ')' || (j+1 < len(t) && t[j+1] != ' ') {
		return Marker{}
	}
	inner := t[1:j]
	n := 0
	style := byte('1')
	if isDigit(inner[0]) {
		for _, c := range []byte(inner) {
			if !isDigit(c) {
				return Marker{}
			}
		}
		n, _ = strconv.Atoi(inner)
	} else if r, ok := vntext.Roman(inner); ok && (len(inner) > 1 || inner == "i") {
		n, style = r, 'i'
	} else if len(inner) == 1 {
		n, style = letterValue(f, base+1, inner[0]), 'a'
	} else {
		return Marker{}
	}
	return Marker{Family: FamParen, Style: style, Depth: 1, N: n, Label: "(" + f.Spelled(base+1, base+j) + ")", Key: Range{base, base + j + 1}}
}

// divisionMarker reads "Điều 5.", "Chương II", "Mục 1", "Phần thứ nhất" at
// the start of t, for the division word w (folded).
func divisionMarker(f *vntext.Folded, base int, t, w string, fam Family) (Marker, bool) {
	if len(t) < len(w)+2 || t[:len(w)] != w || t[len(w)] != ' ' {
		return Marker{}, false
	}
	// "Điều" with its capital: "điều kiện", "mục tiêu", "phần mềm" are
	// words of running text; and spelled as the division word where the
	// text has diacritics ("Diệu 1" is no article).
	if !f.IsUpperAt(base) {
		return Marker{}, false
	}
	if f.Accented(base, base+len(w)) {
		if sp, ok := divisionSpelling[w]; ok && !f.SpelledLike(base, sp) {
			return Marker{}, false
		}
	}
	i := len(w) + 1
	j := i
	n := 0
	switch {
	case isDigit(t[j]):
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		if j-i > 4 {
			return Marker{}, false
		}
		n, _ = strconv.Atoi(t[i:j])
		// "Điều 5a", "Điều 12b": an inserted article.
		if j < len(t) && 'a' <= t[j] && t[j] <= 'z' && (j+1 == len(t) || t[j+1] == ' ' || t[j+1] == '.') {
			j++
		}
	default:
		for j < len(t) && 'a' <= t[j] && t[j] <= 'z' {
			j++
		}
		r, ok := vntext.Roman(t[i:j])
		if !ok || !allUpper(f, base+i, j-i) {
			// "Phần thứ nhất", "Chương thứ hai".
			if fam == FamPart || fam == FamChapter {
				if k, v := ordinalAt(t, i); k > i {
					j, n = k, v
					break
				}
			}
			return Marker{}, false
		}
		n = r
	}
	style, end, ok := markerEnd(t, j)
	if !ok {
		return Marker{}, false
	}
	if fam == FamArticle && style == 0 && end < len(t) {
		// "Điều 5 của Luật …" in running text has no dot; an article
		// heading has its dot or stands alone.
		return Marker{}, false
	}
	word, ok := divisionLabel[w]
	if !ok {
		word = capitalise(f.Spelled(base, base+len(w)))
	}
	label := word + " " + t[i:j]
	if fam != FamArticle && j > i && !isDigit(t[i]) && allUpper(f, base+i, j-i) {
		label = word + " " + printedUpper(t[i:j])
	}
	return Marker{Family: fam, Style: style, Depth: 1, N: n, Label: label, Key: Range{base, base + end}}, true
}

// ordinalAt reads "thứ nhất", "thứ hai", … at t[i:].
func ordinalAt(t string, i int) (end, n int) {
	if len(t) < i+4 || t[i:i+3] != "thu" || t[i+3] != ' ' {
		return i, 0
	}
	k := i + 4
	for j, w := range [...]string{"nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"} {
		if len(t) >= k+len(w) && t[k:k+len(w)] == w && (len(t) == k+len(w) || t[k+len(w)] == ' ' || t[k+len(w)] == '.' || t[k+len(w)] == ':') {
			return k + len(w), j + 1
		}
	}
	return i, 0
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	switch {
	case 'a' <= s[0] && s[0] <= 'z':
		return string(s[0]-'a'+'A') + s[1:]
	case len(s) >= 2 && s[:2] == "đ":
		return "Đ" + s[2:]
	}
	return s
}
