package lexicon

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// A Class is what a row of the lexicon is in the grammar of names and
// charges. The zero Class is none.
type Class uint8

// The classes. A word may have a row in several classes ("tỉnh" is a unit,
// a collective noun and a body addressed).
const (
	ClassNone Class = iota
	// Head opens the name of a body of some kind: "Sở", "Ủy ban nhân
	// dân", "Tổng cục". Kind and Level say what the body is.
	Head
	// Title is a person's title written before a body: "Chủ tịch", "Thủ
	// trưởng", "PCT". Title names the title meant.
	Title
	// Collective is a noun a collective lists that is neither a head nor
	// a unit: "ngành", "các cơ quan, đơn vị", "đơn vị sự nghiệp công
	// lập". The heads flagged Listed ("sở", "bộ") and the units ("các
	// huyện, thị xã") are listed too.
	Collective
	// Qualifier closes a collective: "liên quan", "có liên quan",
	// "trực thuộc …", "trên địa bàn …", "các cấp", "cấp tỉnh".
	Qualifier
	// Unit is a tier of territory: "tỉnh", "huyện", "xã", "cấp".
	Unit
	// Stop is a verb or function word that ends a name in running text:
	// "Sở Tài chính tham mưu", "Công an tỉnh có trách nhiệm".
	Stop
	// NameWord is a word that names of public bodies hold in lower case
	// ("nhân dân", "nông thôn", "chăn nuôi").
	NameWord
	// Word is a common word whose syllables fold like a head or
	// continue one: "cơ sở" (not "Sở"), "ban hành" (not "Ban"), "bộ phận".
	Word
	// Cap is a word other than a head that begins names but is also a
	// common noun, so that a name it begins is a name only capitalised:
	// "viễn thông" (the trade; "Viễn thông Hải Phòng" is a body), "chi
	// nhánh". Heads say so by their flag Common.
	Cap
	// Charge is a verb by which an authority gives work to the parties
	// after it: "giao", "đề nghị", "yêu cầu".
	Charge
	// Lead says the parties before it lead: "chủ trì", "làm đầu mối".
	Lead
	// Coop says the parties after it cooperate: "phối hợp với".
	Coop
	// Duty says the parties before it are charged: "có trách nhiệm",
	// "chịu trách nhiệm", "theo chức năng".
	Duty
	// NotNew says that after a party the clause reports or describes
	// rather than charges: "đã", "là", "được".
	NotNew
	// Whose says that the parties after a charge verb are whose the
	// request is, not who is charged: "của", "tại".
	Whose
	// Addressed is a head noun that stands alone, capitalised, for the
	// body the text speaks to or of: "Đề nghị Công ty …", "Tỉnh căn cứ …".
	Addressed
	// Closing opens or makes the paragraph that closes a document's body:
	// "Trong quá trình thực hiện", "Trên đây là".
	Closing
	// Section is the heading of a section that states purposes,
	// requirements or scope, whose items charge no one by themselves:
	// "Mục đích", "Yêu cầu", "Chỉ tiêu".
	Section
	// Action is a verb that opens an instruction: "Rà soát …", "Báo cáo
	// …". An item that opens with one (or with a Duty word) gives work;
	// one that opens with a noun states.
	Action
	// DutyTitle opens a title that says whose duties follow: "Trách
	// nhiệm của Sở …", "Nhiệm vụ của Công an tỉnh" — a charge only where
	// the text opens with it.
	DutyTitle
	// Adverbial opens a clause that sets the circumstance before the
	// subject of a sentence, ending at a comma: "Trong quá trình thực
	// hiện, …", "Nếu có vướng mắc, …", "Trường hợp …, …", "Định kỳ hằng
	// quý, …". The charge is read after its comma.
	Adverbial
	// Honorific is the form of address written before a person's title:
	// "Đồng chí Chủ tịch Ủy ban nhân dân tỉnh …". The charge reads the
	// title after it.
	Honorific
	numClasses
)

var classNames = [...]string{"", "head", "title", "collective", "qualifier", "unit", "stop", "name word",
	"word", "cap", "charge", "lead", "coop", "duty", "not new", "whose", "addressed", "closing", "section", "action", "duty title", "adverbial", "honorific"}

// String returns the name of the class ("head", "title"), or "" for
// ClassNone and unknown values.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return ""
}

// Classes is a set of classes.
type Classes uint32

// Of returns the set of the classes cs.
func Of(cs ...Class) Classes {
	var s Classes
	for _, c := range cs {
		s |= 1 << c
	}
	return s
}

// Has reports whether c is in s.
func (s Classes) Has(c Class) bool { return s&(1<<c) != 0 }

// A Flag refines what a row of some class does.
type Flag uint16

// The flags.
const (
	// Alone (Head): the head is a name by itself, capitalised: "Công an",
	// "Chính phủ", "Bưu điện". Without it a name word must follow ("Sở
	// Nội vụ").
	Alone Flag = 1 << iota
	// Abbrev (Head, Title): an abbreviation ("UBND", "PCT"); a title so
	// written counts only capitalised and with a body after it.
	Abbrev
	// Breaks (Head): the head, capitalised inside a name, opens another
	// body ("CÔNG AN TỈNH QUẢNG NINH PHÒNG CẢNH SÁT …"); the others may
	// continue a name ("Bưu điện" in "Tổng công ty Bưu điện").
	Breaks
	// Governs (Head): the body governs a territory, and a list of
	// territories may follow it: "UBND các huyện, thành phố".
	Governs
	// Standalone (Unit): the unit ends a name by itself ("Công an
	// tỉnh"); the others need a word after them ("cấp xã", "quận Hồng
	// Bàng").
	Standalone
	// Hard (Stop): ends a name even written in capitals, as in the
	// headings and signature blocks of documents ("CỘNG HÒA", "KT.").
	Hard
	// Place (Qualifier): a place may follow ("trên địa bàn tỉnh Quảng
	// Ninh").
	Place
	// Body (Qualifier, Collective): a body follows, which the phrase
	// takes in: "trực thuộc UBND tỉnh", "cơ quan thường trực Tổ công tác".
	Body
	// Common (Head): the head is also a common noun, so that a name it
	// begins is a name only capitalised: "cơ sở y tế" is not "Sở Y tế",
	// "cơ quan công an" not "Công an", "văn thư" the clerk.
	Common
	// Stands (Head): the head alone, capitalised where a clause opens,
	// stands for the body the text speaks of: "Sở ban hành hướng dẫn",
	// "Bộ đề nghị …" (a department's or a ministry's own letter).
	Stands
	// Public (Collective): the noun names bodies of the state ("cơ quan",
	// "đơn vị", "ngành", "địa phương"), not those the state serves ("tổ
	// chức", "cá nhân", "doanh nghiệp"): "của các cơ quan" scopes to an
	// agency, "của doanh nghiệp" to the public.
	Public
	// Listed (Head): the head is also a noun a collective lists: "các
	// sở, ban, ngành", "các Vụ", "các tập đoàn".
	Listed
	// Measure (Head): the head is also a measure word, which before a
	// noun counts it rather than naming bodies: "các bộ dữ liệu" (sets of
	// data), where "các bộ, ngành" are the ministries.
	Measure
	// Procedure (Section): a part of a published administrative
	// procedure ("Trình tự thực hiện", "Thành phần, số lượng hồ sơ"): an
	// item whose items are such parts is a procedure, the content of the
	// document whoever its steps name.
	Procedure
	// Topic (Adverbial): the clause names what the sentence is about, and
	// the bodies it lists between commas are its own: "Đối với các cơ
	// quan, đơn vị thuộc khối Đảng, các tổ chức chính trị xã hội … đặt
	// tên …" lists two topics, the second no subject.
	Topic
)

// A Row is one word or phrase of the lexicon, written as Vietnamese writes
// it: lower case but for names and abbreviations, with its diacritics, in
// NFC.
type Row struct {
	Words string
	Class Class
	Flags Flag
	// Kind (Head) is the kind of body the head opens, as agency.Kind
	// names it ("sở", "Ủy ban nhân dân"), or "" when the head alone does
	// not say.
	Kind string
	// Level (Head) is the tier, as agency.Level names it ("cấp tỉnh",
	// "trung ương"), or "" when the head alone does not say.
	Level string
	// Title (Title) is the title meant, as agency.Title names it ("Chủ
	// tịch" for "CT"); "" means Words itself.
	Title string
}

// A Lexicon is a set of rows spelled for matching in folded text. It is
// immutable and safe for concurrent use.
type Lexicon struct {
	rows  []Row
	spell []vntext.Spelling
	// first maps the folding of a row's first word to the spellings of
	// the rows that begin with it, longest first: an open-addressing
	// table at slotOf of the word, a power of two long, whose slot k
	// holds its spellings in groups[first[k].g].
	first  []slot
	shift  uint // 64 - log2(len(first))
	groups [][]spelled
	words  []string // the first words, by group
}

// slot is one entry of Lexicon.first: a first word, by its length and its
// first eight bytes as a number (packWord), and its group.
type slot struct {
	key uint64
	n   uint32 // the word's length; 0 for an empty slot
	g   uint32
}

// packWord returns the first eight bytes of w (all of a shorter one) as a
// little-endian number. A folded word has no zero byte, so two words of
// up to eight bytes are equal exactly when their numbers are.
func packWord(w string) uint64 {
	var x uint64
	for k := min(len(w), 8) - 1; k >= 0; k-- {
		x = x<<8 | uint64(w[k])
	}
	return x
}

// slotOf returns the first slot to probe for a word of n bytes whose first
// eight pack to key.
func (lx *Lexicon) slotOf(key uint64, n int) uint32 {
	return uint32(((key ^ uint64(n)) * 0x9e3779b97f4a7c15) >> lx.shift)
}

// lookup returns the spellings of the rows whose first word is the n bytes
// of t at i, which pack to key.
func (lx *Lexicon) lookup(t string, i, n int, key uint64) []spelled {
	if len(lx.first) == 0 {
		return nil
	}
	mask := uint32(len(lx.first) - 1)
	for k := lx.slotOf(key, n); ; k = (k + 1) & mask {
		e := &lx.first[k]
		if e.n == 0 {
			return nil
		}
		if e.key == key && int(e.n) == n && (n <= 8 || lx.words[e.g] == t[i:i+n]) {
			return lx.groups[e.g]
		}
	}
}

// spelled is one spelling of the lexicon and its rows, in the order given.
// The fields matching reads first come first, in one cache line.
type spelled struct {
	classes Classes // the classes of rows
	// sig is the spelling of the first word (sigOf), when the key's
	// first word as SpelledLike reads words (up to a space) is the
	// letters firstWord reads, of at most eight bytes (sigOK); oneWord
	// says that the key is that word alone.
	sig uint32
	// next is the byte after the first word and its space ("q" of "co
	// quan"), or 0 for a spelling of one word: a quick test before the
	// whole key is compared.
	next byte
	// accented is sp.Accented(); wordEnd is whether the key's last byte
	// is a word's or a number's (isWordByte), so that the key must not be
	// followed by one.
	accented, wordEnd bool
	sigOK, oneWord    bool
	// rest is the key after the first word, its first eight bytes as a
	// number (packWord).
	rest uint64
	key  string // sp.Key
	sp   vntext.Spelling
	rows []rowOf
}

// rowOf is a row of a spelling: its index and its class, kept beside it so
// that matching does not read the row.
type rowOf struct {
	k     int32
	class Class
}

// WordSig returns the spelling of the word of n folded bytes at a of f as
// SpelledLike compares a word — the modifier of each byte and the word's
// tone — packed in a number, and true, when n ≤ 8; it returns false for a
// longer word. Two words folded alike are spelled alike exactly when their
// WordSig are equal.
func WordSig(f *vntext.Folded, a, n int) (uint32, bool) {
	if n > 8 {
		return 0, false
	}
	return sigOf(f, a, n), true
}

// sigOf returns the spelling of the word of n ≤ 8 folded bytes at a of f
// as SpelledLike compares words: the modifier of each byte, three bits
// each, and the last tone the word carries above them. Two words folded
// alike are spelled alike exactly when their sigOf are equal.
func sigOf(f *vntext.Folded, a, n int) uint32 {
	var sig, tone uint32
	for k := range n {
		m := f.Mark(a + k)
		sig |= uint32(m.Mod()>>3) << (3 * k)
		if t := m.Tone(); t != 0 {
			tone = uint32(t)
		}
	}
	return sig | tone<<24
}

// New returns the lexicon of rows (copied). It fails on a row that is empty,
// not in NFC, or has no class.
func New(rows []Row) (*Lexicon, error) {
	lx := &Lexicon{rows: slices.Clone(rows)}
	first := map[string][]spelled{}
	strs := map[string][]string{} // the spellings of first[w], as strings
	lx.spell = make([]vntext.Spelling, len(rows))
	for k, r := range lx.rows {
		if r.Class == ClassNone || r.Class >= numClasses {
			return nil, fmt.Errorf("lexicon: row %d %q: no class", k, r.Words)
		}
		if strings.TrimSpace(r.Words) == "" {
			return nil, fmt.Errorf("lexicon: row %d: empty words", k)
		}
		if !norm.NFC.IsNormalString(r.Words) {
			return nil, fmt.Errorf("lexicon: row %d %+q: not in NFC", k, r.Words)
		}
		sp := vntext.Spell(r.Words)
		lx.spell[k] = sp
		w := firstWord(sp.Key)
		if w == "" {
			return nil, fmt.Errorf("lexicon: row %d %q: no word at its start", k, r.Words)
		}
		// Rows spelled alike share one entry: matching compares a spelling
		// once, whatever the classes of its rows.
		g := first[w]
		str := sp.String()
		n := slices.Index(strs[w], str)
		if n < 0 {
			strs[w] = append(strs[w], str)
			e := spelled{key: sp.Key, sp: sp, rest: packWord(sp.Key[len(w):]), accented: sp.Accented(), wordEnd: isWordByte(sp.Key[len(sp.Key)-1])}
			if len(w) <= 8 && (len(sp.Key) == len(w) || sp.Key[len(w)] == ' ') {
				first, _, _ := strings.Cut(r.Words, " ")
				if fw := vntext.FoldMarks(first); fw.Text == w {
					e.sig, e.sigOK, e.oneWord = sigOf(&fw, 0, len(w)), true, len(sp.Key) == len(w)
				}
			}
			if len(sp.Key) > len(w)+1 {
				e.next = sp.Key[len(w)+1]
			}
			g = append(g, e)
			n = len(g) - 1
		}
		g[n].rows = append(g[n].rows, rowOf{int32(k), r.Class})
		g[n].classes |= 1 << r.Class
		first[w] = g
	}
	size, log := 1, uint(0)
	for size < 2*len(first) {
		size *= 2
		log++
	}
	lx.first = make([]slot, size)
	lx.shift = 64 - log
	mask := uint32(size - 1)
	// The groups lie one after the other in one array, in the order of
	// their words.
	n := 0
	for _, g := range first {
		n += len(g)
	}
	all := make([]spelled, 0, n)
	for _, w := range slices.Sorted(maps.Keys(first)) {
		g := first[w]
		slices.SortStableFunc(g, func(a, b spelled) int { return len(b.sp.Key) - len(a.sp.Key) })
		all = append(all, g...)
		g = all[len(all)-len(g):]
		key := packWord(w)
		k := lx.slotOf(key, len(w)) & mask
		for lx.first[k].n != 0 {
			k = (k + 1) & mask
		}
		lx.first[k] = slot{key: key, n: uint32(len(w)), g: uint32(len(lx.groups))}
		lx.groups = append(lx.groups, g)
		lx.words = append(lx.words, w)
	}
	return lx, nil
}

// firstWord returns the first word of the folded text t: its letters from
// the start, or "".
func firstWord(t string) string {
	j := 0
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	return t[:j]
}

// Builtin returns the built-in lexicon: the rows of names (names.go) and of
// charges (charges.go). It is built once, on first use.
func Builtin() *Lexicon { return builtin() }

var builtin = sync.OnceValue(func() *Lexicon {
	lx, err := New(slices.Concat(nameRows[:], chargeRows[:]))
	if err != nil {
		panic(err) // the built-in rows are checked by TestBuiltin
	}
	return lx
})

// Len returns the number of rows.
func (lx *Lexicon) Len() int { return len(lx.rows) }

// Row returns row k.
func (lx *Lexicon) Row(k int) Row { return lx.rows[k] }

// Rows returns a copy of the rows of the classes cs, in order.
func (lx *Lexicon) Rows(cs Classes) []Row {
	var out []Row
	for _, r := range lx.rows {
		if cs.Has(r.Class) {
			out = append(out, r)
		}
	}
	return out
}

// Spelling returns the spelling of row k.
func (lx *Lexicon) Spelling(k int) vntext.Spelling { return lx.spell[k] }

// accentWindow is how far around a row, in folded bytes, Matches looks for
// diacritics to tell a text written with them (where a word without its
// marks is another word) from one written without: a few words.
const accentWindow = 24

// A Match is a row found in a text: its index and the folded offset where it
// ends.
type Match struct {
	Row int
	End int
}

// Matches appends to out every row of a class in cs that starts at folded
// offset i of f, longest first, and returns the extended slice. A row
// matches where its folding stands in f as whole words and, if the text
// there is written with diacritics (f.Accented over its range, or, for a
// row that has diacritics, over the words around it: "Vân Phong" is not
// "Vân Phòng"), where f spells it alike (f.SpelledLike: the same marks, old
// and new tone placement alike); text without diacritics matches by its
// folding alone. Case is ignored.
func (lx *Lexicon) Matches(f *vntext.Folded, i int, cs Classes, out []Match) []Match {
	t := f.Text
	gs, n := lx.at(t, i)
	if n == 0 {
		return out
	}
	var next byte
	if w := i + n; w+1 < len(t) {
		next = t[w+1]
	}
	// Whether the first word is written with diacritics, looked at once
	// (0 unknown, 1 no, 2 yes), and its spelling (sigOf), made once when
	// first needed: every key here starts with it.
	accFirst := 0
	var sig uint32
	sigMade := false
	for g := range gs {
		e := &gs[g]
		if e.classes&cs == 0 || e.next != 0 && e.next != next {
			continue
		}
		k := e.key
		end := i + len(k)
		if end > len(t) {
			continue
		}
		// The first word is the text's already; the rest is compared, its
		// first eight bytes as one number (e.rest) where the text has them.
		if r := len(k) - n; r > 0 {
			if i+n+8 <= len(t) {
				x := vntext.Load64(t, i+n)
				if r < 8 {
					x &= 1<<(8*r) - 1
				}
				if x != e.rest || r > 8 && t[i+n+8:end] != k[n+8:] {
					continue
				}
			} else if t[i+n:end] != k[n:] {
				continue
			}
		}
		if e.wordEnd && end < len(t) && isWordByte(t[end]) {
			continue
		}
		if accFirst == 0 {
			accFirst = 1
			if f.Accented(i, i+n) {
				accFirst = 2
			}
		}
		accented := accFirst == 2 || end > i+n && f.Accented(i+n, end)
		if accented || e.accented && f.Accented(i-accentWindow, end+accentWindow) {
			// The text is written with diacritics: the row must be spelled
			// as it. The first word's spelling tells most rows apart, and
			// is all there is to compare for a row of one word.
			if e.sigOK {
				if !sigMade {
					sig, sigMade = sigOf(f, i, n), true
				}
				if sig != e.sig || !e.oneWord && !f.SpelledLike(i, e.sp) {
					continue
				}
			} else if !f.SpelledLike(i, e.sp) {
				continue
			}
		}
		for _, r := range e.rows {
			if cs.Has(r.class) {
				out = append(out, Match{int(r.k), end})
			}
		}
	}
	return out
}

// at returns the spellings of the rows whose first word is the word at
// folded offset i of t, and that word's length, or 0 where no word starts
// at i.
func (lx *Lexicon) at(t string, i int) ([]spelled, int) {
	if i < 0 || i >= len(t) || i > 0 && isWordByte(t[i-1]) {
		return nil, 0
	}
	// The first word, and its first eight bytes as a number (packWord):
	// most words are shorter, and one load gives both.
	var n int
	var key uint64
	if i+8 <= len(t) {
		x := vntext.Load64(t, i)
		if m := vntext.NonLetterBytes(x); m != 0 {
			n = bits.TrailingZeros64(m) >> 3
			key = x & (1<<(8*n) - 1)
		} else {
			n = 8 + len(firstWord(t[i+8:]))
			key = x
		}
	} else {
		n = len(firstWord(t[i:]))
		key = packWord(t[i : i+n])
	}
	if n == 0 {
		return nil, 0
	}
	return lx.lookup(t, i, n, key), n
}

// Longest returns the longest row of a class in cs that starts at folded
// offset i of f (see Matches), and where it ends.
func (lx *Lexicon) Longest(f *vntext.Folded, i int, cs Classes) (Match, bool) {
	var buf [8]Match
	if ms := lx.Matches(f, i, cs, buf[:0]); len(ms) > 0 {
		return ms[0], true
	}
	return Match{}, false
}

// isWordByte reports whether the folded byte c belongs to a word or a
// number: a row ends where they do.
func isWordByte(c byte) bool { return vntext.IsLetter(c) || vntext.IsDigit(c) }
