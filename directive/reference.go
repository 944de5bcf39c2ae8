package directive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// This file finds the documents a text cites.
//
// Grammar, over folded text (one citation):
//
//	citation  = [ article ] typename [ qualifier ] ( "số" [":"] number | number ) [ tail ]
//	          | count typename [ qualifier ] [ "của" issuer ]
//	article   = { ("điểm" letter | "khoản" digits | "Điều" digits) } [ "của" | "tại" ]
//	qualifier = 1–3 lower-case words ("phối hợp", "liên tịch", "chuyên đề")
//	tail      = { "ngày" date | "của" issuer }
//	count     = digits (2–500) before a capitalised type name: "19 Nghị quyết chuyên đề"
//
// A number written without "số" must carry a symbol ("Đề án 06/CP",
// "Nghị quyết 214/NQ-CP"), or follow a qualifier ("Kế hoạch phối hợp 62"),
// or end the phrase ("Nghị quyết 66;"). The date is read with calendar.Parse.
// The issuer is the run of capitalised name words after "của", with the
// lower-case syllables names carry ("Thủ tướng Chính phủ", "Ủy ban nhân dân
// thành phố").

// A citedType is the folded name of a document type as it opens a
// citation.
type citedType struct {
	words []string
	t     DocType
}

// typeNames are the folded names of document types as they open a
// citation, grouped by first word (typeNameGroup), longest first where one
// is a prefix of another.
var typeNames = [...]citedType{
	{[]string{"nghi", "quyet", "lien", "tich"}, DocJointResolution},
	{[]string{"nghi", "quyet"}, DocResolution},
	{[]string{"nghi", "dinh"}, DocDecree},
	{[]string{"thong", "tu", "lien", "tich"}, DocJointCircular},
	{[]string{"thong", "cao"}, DocCommunique},
	{[]string{"thong", "bao"}, DocNotice},
	{[]string{"thong", "tu"}, DocCircular},
	{[]string{"van", "ban", "hop", "nhat"}, DocConsolidated},
	{[]string{"van", "ban"}, DocUnknown}, // "văn bản số 5608/UBND-VX": the type comes from the number
	{[]string{"quyet", "dinh"}, DocDecision},
	{[]string{"chi", "thi"}, DocDirective},
	{[]string{"quy", "che"}, DocRegulation},
	{[]string{"quy", "dinh"}, DocRule},
	{[]string{"huong", "dan"}, DocGuidance},
	{[]string{"chuong", "trinh"}, DocProgramme},
	{[]string{"ke", "hoach"}, DocPlan},
	{[]string{"phuong", "an"}, DocOption},
	{[]string{"de", "an"}, DocScheme},
	{[]string{"du", "an"}, DocProject},
	{[]string{"bao", "cao"}, DocReport},
	{[]string{"bien", "ban"}, DocMinutes},
	{[]string{"to", "trinh"}, DocSubmission},
	{[]string{"cong", "dien"}, DocTelegram},
	{[]string{"cong", "van"}, DocOfficialLetter},
	{[]string{"ket", "luan"}, DocConclusion},
	{[]string{"hien", "phap"}, DocConstitution},
	{[]string{"bo", "luat"}, DocCode},
	{[]string{"luat"}, DocLaw},
	{[]string{"phap", "lenh"}, DocOrdinance},
	{[]string{"lenh"}, DocOrder},
}

// typeNameGroup returns the entries of typeNames whose first word is the
// folded word w, in table order (TestTypeNameGroups keeps it in step with
// the table).
func typeNameGroup(w string) []citedType {
	switch w {
	case "nghi":
		return typeNames[0:3]
	case "thong":
		return typeNames[3:7]
	case "van":
		return typeNames[7:9]
	case "quyet":
		return typeNames[9:10]
	case "chi":
		return typeNames[10:11]
	case "quy":
		return typeNames[11:13]
	case "huong":
		return typeNames[13:14]
	case "chuong":
		return typeNames[14:15]
	case "ke":
		return typeNames[15:16]
	case "phuong":
		return typeNames[16:17]
	case "de":
		return typeNames[17:18]
	case "du":
		return typeNames[18:19]
	case "bao":
		return typeNames[19:20]
	case "bien":
		return typeNames[20:21]
	case "to":
		return typeNames[21:22]
	case "cong":
		return typeNames[22:24]
	case "ket":
		return typeNames[24:25]
	case "hien":
		return typeNames[25:26]
	case "bo":
		return typeNames[26:27]
	case "luat":
		return typeNames[27:28]
	case "phap":
		return typeNames[28:29]
	case "lenh":
		return typeNames[29:30]
	}
	return nil
}

// bareQualifiers are the qualifiers after which a bare number needs no
// "số" and no symbol: "Kế hoạch phối hợp 62".
var bareQualifiers = [...]string{"phoi hop", "lien tich", "lien nganh", "lien bo"}

// stopWords end a qualifier or an issuer.
var stopWords = [...]string{"so", "cua", "ngay", "ve", "tai", "theo", "de", "nham", "da", "trong", "va", "voi",
	"nam", "thang", "quy", "giai", "doan", "khoan", "dieu", "diem", "hanh", "kem", "tu", "den", "o", "la",
	"thuc", "hien", "trien", "khai", "nay", "do", "cac", "nhung", "duoc"}

// issuerStop are function words that are never a syllable of an agency
// name, so they end one even right after a capitalised word ("của UBND về").
var issuerStop = [...]string{"ve", "tai", "theo", "de", "nham", "da", "trong", "voi", "ngay", "so", "cua", "la", "nay",
	"cac", "nhung", "duoc", "thuc", "trien", "nam", "thang", "giai"}

// agencyHeads open a new agency name: "và" before one of them ends the
// issuer ("của Ủy ban nhân dân tỉnh và Bộ …" names two bodies).
var agencyHeads = [...]string{"bo", "so", "uy", "ubnd", "ban", "cuc", "tong", "vien", "hoi", "tinh", "thanh", "chinh", "thu", "van", "to", "cong"}

// notCountWords are the words after which a number is no count of
// documents: "năm 2024 Kế hoạch …" is a year.
var notCountWords = [...]string{"nam", "thang", "ngay", "quy", "khoan", "dieu", "diem", "so", "doan", "luc", "gio", "tuan", "phan", "ty", "le"}

// issuerWords are lower-case syllables that continue an agency name freely.
var issuerWords = [...]string{"nhan", "dan", "thanh", "pho", "tinh", "quan", "huyen", "thi", "xa", "phuong", "tran",
	"nha", "nuoc", "trung", "uong"}

// citeByte reports whether a word starting with the folded byte c may open
// a citation: a digit, or the first letter of a first word of typeNames or
// of "khoản", "điều", "điểm".
func citeByte(c byte) bool {
	switch c {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		'b', 'c', 'd', 'h', 'k', 'l', 'n', 'p', 'q', 't', 'v':
		return true
	}
	return false
}

// qualifierStop reports whether w ends a qualifier: a stop word other than
// "de", which in a qualifier is "đề" ("chuyên đề"), not "để".
func qualifierStop(w string) bool { return w != "de" && inList(w, stopWords[:]) }

func inList(w string, list []string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// FindReferences returns every citation of a document in text, in order,
// with its byte span in text: "Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ
// tướng Chính phủ", "khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP", "Kế
// hoạch phối hợp 62", "Đề án 06/CP", "19 Nghị quyết chuyên đề của Chính
// phủ". A document cited several times is returned at each citation; see
// DistinctReferences. Text may be NFD, unaccented, upper-case or
// hard-wrapped.
func FindReferences(text string) []Reference {
	// The caller's text, folded here: Parse reads the citations of a
	// document over its own folding (reader.references), not with this.
	f := vntext.Fold(text)
	return findReferencesFolded(text, &f, nil, nil)
}

// findReferencesFolded is FindReferences for a caller that has already
// folded text into f (vntext.Fold(text)). The citations are appended to
// out; buf, when its capacity is refWindow, is the scratch space for the
// tokens.
func findReferencesFolded(text string, f *vntext.Folded, out []Reference, buf []vntext.Token) []Reference {
	ft := f.Text
	if cap(buf) < refWindow {
		buf = make([]vntext.Token, 0, refWindow)
	}
	buf = buf[:0:refWindow]
	r := refScanner{text: text, f: f}
	for i := 0; i < len(ft); {
		c := ft[i]
		if !vntext.IsLetter(c) && !vntext.IsDigit(c) || i > 0 && (vntext.IsLetter(ft[i-1]) || vntext.IsDigit(ft[i-1])) {
			i++
			continue
		}
		e := wordEnd(ft, i)
		if !citeByte(c) || !mayCite(ft, i, e) {
			i = e
			continue
		}
		// A window of tokens from here, read as far as needed: a
		// citation is shorter than it.
		r.reset(buf[:0], i)
		ref, next, ok := r.at(0)
		if !ok {
			i = e
			continue
		}
		out = append(out, ref)
		for {
			lr, n, ok := r.listed(next, ref.Type)
			if !ok {
				break
			}
			out = append(out, lr)
			next = n
		}
		if r.has(next) {
			i = r.toks[next].Start
		} else {
			i = r.toks[len(r.toks)-1].End
		}
	}
	return out
}

// wordEnd returns the end of the word or number that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) && (vntext.IsLetter(s[i]) || vntext.IsDigit(s[i])) {
		i++
	}
	return i
}

// mayCite reports whether a citation may start at the word [i, e) of
// folded text s: a type name, an article word followed by its number, or a
// number followed by a type name (a cited set).
func mayCite(s string, i, e int) bool {
	if vntext.IsDigit(s[i]) {
		return e < len(s) && s[e] == ' ' && typeNameAt(s, e+1, wordEnd(s, e+1))
	}
	if typeNameAt(s, i, e) {
		return true
	}
	switch s[i:e] {
	case "khoan", "dieu", "diem":
		return e+1 < len(s) && s[e] == ' ' && (vntext.IsDigit(s[e+1]) || vntext.IsLetter(s[e+1]))
	}
	return false
}

// typeNameAt reports whether a type name starts with the word [i, e) of
// folded text s.
func typeNameAt(s string, i, e int) bool {
	for _, n := range typeNameGroup(s[i:e]) {
		k := e
		ok := true
		for _, x := range n.words[1:] {
			if k+1+len(x) > len(s) || s[k] != ' ' || s[k+1:k+1+len(x)] != x {
				ok = false
				break
			}
			k += 1 + len(x)
		}
		if ok && (k == len(s) || !vntext.IsLetter(s[k]) && !vntext.IsDigit(s[k])) {
			return true
		}
	}
	return false
}

// refWindow is the most tokens a citation is read from.
const refWindow = 64

// refScanner reads one citation from a window of up to refWindow tokens of
// folded text, tokenised lazily: has(i) reads tokens up to i.
type refScanner struct {
	text string
	f    *vntext.Folded
	toks []vntext.Token // the tokens read so far (cap refWindow)
	end  int            // folded offset after the last token read
	full bool           // the window holds all its tokens
}

// reset starts a window at folded offset i, read into buf.
func (r *refScanner) reset(buf []vntext.Token, i int) {
	r.toks, r.end, r.full = buf[:0], i, false
}

// has reports whether the window has a token i, reading the tokens up to
// it.
func (r *refScanner) has(i int) bool {
	for i >= len(r.toks) && !r.full {
		if len(r.toks) == cap(r.toks) {
			r.full = true
			break
		}
		t := vntext.NextToken(r.f.Text, r.end)
		if t.Kind == vntext.Invalid {
			r.full = true
			break
		}
		r.toks = append(r.toks, t)
		r.end = t.End
	}
	return i < len(r.toks)
}

func (r *refScanner) word(i int) string {
	if r.has(i) && r.toks[i].Kind == vntext.Word {
		return r.toks[i].Text
	}
	return ""
}

func (r *refScanner) punct(i int) string {
	if r.has(i) && r.toks[i].Kind == vntext.Punct {
		return r.toks[i].Text
	}
	return ""
}

func (r *refScanner) isNumber(i int) bool { return r.has(i) && r.toks[i].Kind == vntext.Number }

// orig returns the span of tokens [i, j) in the original text.
func (r *refScanner) orig(i, j int) (int, int) {
	return r.f.Span(r.toks[i].Start, r.toks[j-1].End)
}

// upper reports whether token i starts with an upper-case letter in the
// original text.
func (r *refScanner) upper(i int) bool {
	o := r.f.Orig(r.toks[i].Start)
	c, _ := utf8.DecodeRuneInString(r.text[o:])
	return unicode.IsUpper(c)
}

// broken reports whether a blank line separates token k from the token
// before it: a citation never runs across paragraphs.
func (r *refScanner) broken(k int) bool {
	if k <= 0 || !r.has(k) {
		return false
	}
	a := r.f.Orig(r.toks[k-1].End)
	b := r.f.Orig(r.toks[k].Start)
	if a > b {
		return false
	}
	return strings.Count(r.text[a:b], "\n") >= 2
}

// tokenAfter returns the index of the first token that starts at or after
// original byte offset o, from index i on.
func (r *refScanner) tokenAfter(i, o int) int {
	for r.has(i) && r.f.Orig(r.toks[i].Start) < o {
		i++
	}
	return i
}

// at tries a citation starting at token i; it returns the citation and the
// index of the token after it.
func (r *refScanner) at(i int) (Reference, int, bool) {
	var ref Reference
	start := i
	j := r.article(i, &ref)
	if j > i {
		if w := r.word(j); w == "cua" || w == "tai" {
			j++
		}
	}
	if ref2, next, ok := r.count(j); ok && j == i {
		return ref2, next, true
	}
	t, k := r.typeName(j)
	if k < 0 {
		return Reference{}, 0, false
	}
	ref.Type = t
	end, next, ok := r.number(j, k, &ref)
	if !ok && isLawType(t) {
		end, next, ok = r.named(k, &ref)
	}
	if !ok {
		return Reference{}, 0, false
	}
	if t == DocUnknown {
		// "văn bản số …": the number must tell the type.
		if ref.Type = ref.Number.Type(); ref.Type == DocUnknown || ref.Qualifier != "" {
			return Reference{}, 0, false
		}
	}
	end, next = r.tail(next, end, &ref)
	s, _ := r.orig(start, start+1)
	ref.Span = Span{s, end}
	ref.Text = r.text[s:end]
	return ref, next, true
}

// article reads "điểm a khoản 10 Điều 23" at i and returns the index after.
func (r *refScanner) article(i int, ref *Reference) int {
	for {
		w := r.word(i)
		if w != "diem" && w != "khoan" && w != "dieu" {
			return i
		}
		var v string
		switch {
		case r.isNumber(i + 1):
			s, e := r.orig(i+1, i+2)
			v = r.text[s:e]
		case w == "diem" && len(r.word(i+1)) == 1:
			s, e := r.orig(i+1, i+2)
			v = r.text[s:e]
		default:
			return i
		}
		switch w {
		case "diem":
			ref.Point = v
		case "khoan":
			ref.Clause = v
		case "dieu":
			ref.Article = v
		}
		i += 2
		if r.punct(i) == "," {
			i++
		}
	}
}

// typeName matches a type name at i; it returns the type and the index
// after the name, or -1 when no name is there. "văn bản" matches with
// DocUnknown: its type is the number's.
func (r *refScanner) typeName(i int) (DocType, int) {
next:
	for _, n := range typeNameGroup(r.word(i)) {
		for k, w := range n.words[1:] {
			k++
			if r.word(i+k) != w {
				continue next
			}
		}
		return n.t, i + len(n.words)
	}
	return DocUnknown, -1
}

// count reads "19 Nghị quyết chuyên đề của Chính phủ" at i.
func (r *refScanner) count(i int) (Reference, int, bool) {
	if !r.isNumber(i) {
		return Reference{}, 0, false
	}
	n := r.toks[i].Value()
	if n < 2 || n > 500 {
		return Reference{}, 0, false
	}
	if i > 0 {
		if p := r.punct(i - 1); p == "/" || p == "-" || p == "." {
			return Reference{}, 0, false
		}
		if w := r.word(i - 1); inList(w, notCountWords[:]) {
			return Reference{}, 0, false
		}
	}
	t, k := r.typeName(i + 1)
	if t == DocUnknown || k < 0 || !r.upper(i+1) {
		return Reference{}, 0, false
	}
	q := k
	for r.has(q) && q-k < 3 {
		w := r.word(q)
		if w == "" || qualifierStop(w) || r.upper(q) || r.broken(q) {
			break
		}
		q++
	}
	if w := r.word(q); w == "so" || r.isNumber(q) {
		return Reference{}, 0, false
	}
	ref := Reference{Type: t, Count: n}
	if q > k {
		s, e := r.orig(k, q)
		ref.Qualifier = r.text[s:e]
	}
	_, end := r.orig(i, q)
	end, next := r.tail(q, end, &ref)
	s, _ := r.orig(i, i+1)
	ref.Span = Span{s, end}
	ref.Text = r.text[s:end]
	return ref, next, true
}

// number reads the qualifier and the number after the type name that ends
// at k; it returns the original end offset and the next token index.
func (r *refScanner) number(name, k int, ref *Reference) (int, int, bool) {
	for q := k; q <= k+3 && (q == 0 || r.has(q-1)); q++ {
		if q > k {
			w := r.word(q - 1)
			if w == "" || qualifierStop(w) || r.upper(q-1) && q-1 > k || r.broken(q-1) {
				return 0, 0, false
			}
		}
		qual := ""
		if q > k {
			s, e := r.orig(k, q)
			qual = r.text[s:e]
		}
		j := q
		withSo := false
		if r.word(j) == "so" {
			withSo = true
			j++
			if r.punct(j) == ":" {
				j++
			}
		}
		if !r.isNumber(j) {
			continue
		}
		o := r.f.Orig(r.toks[j].Start)
		e := scanNumberToken(r.text, o)
		n, err := ParseNumber(numberText(r.text[o:e]))
		if err != nil {
			continue
		}
		next := r.tokenAfter(j, e)
		if !withSo && n.Code == "" && n.Issuer == "" && n.Year == 0 {
			// A bare number without "số": after a listed qualifier, or
			// closing the phrase.
			bare := false
			if qual != "" {
				bare = inList(vntext.String(qual), bareQualifiers[:])
			} else {
				w := r.word(next)
				bare = !r.has(next) || r.punct(next) != "" && r.punct(next) != "/" && r.punct(next) != "-" ||
					w == "ngay" || w == "cua" || w == "ve"
				bare = bare && r.upper(name)
			}
			if !bare {
				continue
			}
		}
		ref.Number = n
		ref.Qualifier = qual
		return e, next, true
	}
	return 0, 0, false
}

// listed reads a document listed right after a citation at token i: ","
// or "và", perhaps "số", then a number with a symbol, and its date and
// issuer — the
// documents of "các công văn số 695/TCHQ-GSQL ngày 05/02/2021, 4032/TCHQ-GSQL
// ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024" share the type the first
// one names, unless the number says its own. A bare number after the list
// word ("…, 12 văn bản") is a count, not a document.
func (r *refScanner) listed(i int, t DocType) (Reference, int, bool) {
	j := i
	if r.punct(j) == "," {
		j++
	}
	if r.word(j) == "va" {
		j++
	}
	if j > i && r.word(j) == "so" {
		j++ // "… và số 160/TB-VPCP ngày 24 tháng 4 năm 2023"
	}
	if j == i || !r.isNumber(j) {
		return Reference{}, 0, false
	}
	o := r.f.Orig(r.toks[j].Start)
	e := scanNumberToken(r.text, o)
	n, err := ParseNumber(numberText(r.text[o:e]))
	if err != nil || n.Code == "" && n.Issuer == "" {
		return Reference{}, 0, false
	}
	ref := Reference{Type: t, Number: n}
	if nt := n.Type(); nt != DocUnknown {
		ref.Type = nt
	}
	if ref.Type == DocUnknown {
		return Reference{}, 0, false
	}
	end, next := r.tail(r.tokenAfter(j, e), e, &ref)
	ref.Span = Span{o, end}
	ref.Text = r.text[o:end]
	return ref, next, true
}

// isLawType reports whether documents of type t are cited by name: "Luật
// Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Bộ luật Dân sự
// năm 2015".
func isLawType(t DocType) bool {
	return t == DocLaw || t == DocCode || t == DocOrdinance || t == DocConstitution
}

// named reads the name of a law cited by name after its type name, which
// ends at token k: capitalised, up to 15 words, ended by "số" and a number,
// by "ngày" and a date, or by a year ("Hiến pháp năm 2013", "Luật Đất đai
// 2024"). The name, with its year, goes to Qualifier.
func (r *refScanner) named(k int, ref *Reference) (int, int, bool) {
	if !r.has(k) || r.word(k) == "" || !r.upper(k) {
		return 0, 0, false
	}
	q := k
	for r.has(q) && q-k < 15 && r.word(q) != "" && !r.broken(q) {
		w := r.word(q)
		if q > k && (w == "so" || w == "ngay" || w == "nam" || w == "cua") {
			break
		}
		q++
	}
	name := func(e int) string {
		s, end := r.orig(k, e)
		return r.text[s:end]
	}
	switch r.word(q) {
	case "so":
		if end, next, ok := r.number(q, q, ref); ok && q > k {
			ref.Qualifier = name(q)
			return end, next, true
		}
	case "ngay":
		if q == k {
			return 0, 0, false
		}
		d, e, ok := r.date(q)
		if !ok {
			return 0, 0, false
		}
		ref.Qualifier, ref.Date = name(q), d
		return e, r.tokenAfter(q, e), true
	case "nam":
		if q > k && r.isNumber(q+1) && len(r.toks[q+1].Text) == 4 {
			ref.Qualifier = name(q + 2)
			_, e := r.orig(q+1, q+2)
			return e, q + 2, true
		}
	}
	if q > k && r.isNumber(q) && len(r.toks[q].Text) == 4 && r.punct(q+1) != "/" {
		// "Luật Đất đai 2024"
		ref.Qualifier = name(q + 1)
		_, e := r.orig(q, q+1)
		return e, q + 1, true
	}
	return 0, 0, false
}

// scanNumberToken returns the end of a number and symbol starting at byte o
// of s: letters, digits, combining marks, '/', '-', '&' and inner dots,
// without a trailing separator.
//
// A hyphen typed with a space beside it inside the symbol ("13/CT- TTg",
// "15/QĐ -UBND") is the symbol's hyphen when an upper-case letter goes on
// after it; numberText drops those spaces.
func scanNumberToken(s string, o int) int {
	e := o
	for e < len(s) {
		c, size := utf8.DecodeRuneInString(s[e:])
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c):
		case c == '/' || c == '-' || c == '&' || c == '.' || isDash(c):
			n, _ := utf8.DecodeRuneInString(s[e+size:])
			if c == '-' && n == ' ' && e > o && spacedHyphenGoesOn(s, e+size+1) {
				size++
				break
			}
			if !(unicode.IsLetter(n) || unicode.IsDigit(n)) {
				return e
			}
		case c == ' ' && e > o && strings.HasPrefix(s[e+1:], "-") && spacedHyphenGoesOn(s, e+2):
			size += 1 // " -": the hyphen is read next
		default:
			return e
		}
		e += size
	}
	return e
}

// spacedHyphenGoesOn reports whether the symbol goes on at byte i of s after
// a hyphen typed with a space: an upper-case letter, then letters (a code
// such as "TTg", "UBND").
func spacedHyphenGoesOn(s string, i int) bool {
	c, _ := utf8.DecodeRuneInString(s[min(i, len(s)):])
	return i < len(s) && unicode.IsUpper(c)
}

// numberText returns the text of a number and symbol without the spaces
// typed beside its hyphens ("13/CT- TTg" is "13/CT-TTg").
func numberText(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	return strings.NewReplacer("- ", "-", " -", "-").Replace(s)
}

// tail reads "ngày …" and "của …" after a citation's number; end is the
// original end so far and i the next token.
func (r *refScanner) tail(i, end int, ref *Reference) (int, int) {
	for round := 0; round < 2; round++ {
		j := i
		for p := r.punct(j); p == "*" || p == "_"; p = r.punct(j) {
			j++ // markdown emphasis closing the number: "**Quyết định số 766/QĐ-TTg** ngày …"
		}
		if r.punct(j) == "," && (r.word(j+1) == "ngay" || r.word(j+1) == "cua") {
			j++
		}
		if r.broken(j) {
			return end, i
		}
		switch r.word(j) {
		case "ngay":
			if ref.Date != (calendar.Date{}) {
				return end, i
			}
			d, e, ok := r.date(j)
			if !ok {
				return end, i
			}
			ref.Date, end, i = d, e, r.tokenAfter(j, e)
		case "cua":
			if ref.Issuer != "" {
				return end, i
			}
			s, e, next := r.issuer(j + 1)
			if next == j+1 {
				return end, i
			}
			ref.Issuer, end, i = r.text[s:e], e, next
		default:
			return end, i
		}
	}
	return end, i
}

// date reads the date that opens at the "ngày" token i; it returns the date
// and the original end of its text.
func (r *refScanner) date(i int) (calendar.Date, int, bool) {
	fs := r.toks[i].Start
	fe := fs
	for k := i; r.has(k); k++ {
		t := r.toks[k]
		if t.End-fs > 40 || r.broken(k) || k > i && (t.Kind == vntext.Word && (t.Text == "cua" || t.Text == "ve") ||
			t.Kind == vntext.Punct && strings.Contains(";,()", t.Text)) {
			break
		}
		fe = t.End
	}
	s, e := r.f.Span(fs, fe)
	x, err := calendar.Parse(r.text[s:e], calendar.Date{})
	if err != nil || x.Kind != calendar.KindDate || x.Start != 0 {
		return calendar.Date{}, 0, false
	}
	return x.Period.First, s + x.End, true
}

// issuer reads the agency name that starts at token i. In mixed case the
// name is the run of capitalised words with the lower-case syllables names
// carry; in upper case ("CỦA CHÍNH PHỦ VỀ …") it runs to a stop word.
func (r *refScanner) issuer(i int) (int, int, int) {
	if !r.has(i) || r.word(i) == "" || !r.upper(i) {
		return 0, 0, i
	}
	caps := r.allUpper(i)
	j := i + 1
	lower := 0
	for r.has(j) && j-i < 14 {
		w := r.word(j)
		if w == "" || r.broken(j) || w == "ban" && r.word(j+1) == "hanh" {
			break
		}
		if caps {
			if inList(w, issuerStop[:]) || w == "va" || j-i >= 8 {
				break
			}
			j++
			continue
		}
		if r.upper(j) {
			lower = 0
			j++
			continue
		}
		if w == "va" {
			if n := r.word(j + 1); n != "" && r.upper(j+1) && !inList(n, agencyHeads[:]) {
				j++
				continue
			}
			break
		}
		if inList(w, issuerWords[:]) {
			j++
			continue
		}
		if inList(w, issuerStop[:]) || lower >= 1 {
			break
		}
		lower++
		j++
	}
	s, e := r.orig(i, j)
	return s, e, j
}

// allUpper reports whether word token i and the word after it are written
// in capitals in the original (a heading in upper case).
func (r *refScanner) allUpper(i int) bool {
	for k := i; k < i+2 && r.has(k); k++ {
		if r.word(k) == "" {
			continue
		}
		s, e := r.orig(k, k+1)
		for _, c := range r.text[s:e] {
			if unicode.IsLower(c) {
				return false
			}
		}
	}
	return true
}

// DistinctReferences returns refs with each cited document once, at its
// first citation, in order. Citations of the same document are those with
// the same type and number (or, without a number, the same folded name or
// text); a
// short citation ("Kế hoạch phối hợp số 62") is the same document as a full
// one of the same type and registration number. The kept citation takes the
// fuller number and the date other citations give when it lacks them, and
// the issuer of a later full citation (one with a date).
func DistinctReferences(refs []Reference) []Reference {
	var out []Reference
	for _, r := range refs {
		k := -1
		for i := range out {
			if sameDocument(out[i], r) {
				k = i
				break
			}
		}
		if k < 0 {
			out = append(out, r)
			continue
		}
		o := &out[k]
		if o.Number.Symbol() == "" && r.Number.Symbol() != "" {
			o.Number = r.Number
		}
		if o.Date == (calendar.Date{}) {
			o.Date = r.Date
		}
		if o.Issuer == "" && r.Date != (calendar.Date{}) {
			o.Issuer = r.Issuer
		}
	}
	return out
}

func sameDocument(a, b Reference) bool {
	if a.Type != b.Type || a.Article != b.Article || a.Clause != b.Clause || a.Point != b.Point {
		return false
	}
	if a.Number.IsZero() || b.Number.IsZero() {
		if !a.Number.IsZero() || !b.Number.IsZero() || a.Count != b.Count {
			return false
		}
		if a.Qualifier != "" && b.Qualifier != "" {
			return vntext.String(a.Qualifier) == vntext.String(b.Qualifier)
		}
		return vntext.String(a.Text) == vntext.String(b.Text)
	}
	if a.Number == b.Number {
		return true
	}
	if a.Number.Seq != b.Number.Seq {
		return false
	}
	return a.Number.Symbol() == "" || b.Number.Symbol() == ""
}
