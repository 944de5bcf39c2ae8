package directive

import (
	"sort"
	"strings"
	"sync"

	words "github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// The words of the charge grammar (charge.go) and of the outline: each row a
// word or phrase as Vietnamese writes it, matched with its diacritics in a
// document written with them (vntext.SpelledLike), and by its folding in one
// written without. Rows, not branches: a new phenomenon is a new row here.
//
// Source of every row: the usage of Vietnamese administrative documents as
// Decree 30/2020/NĐ-CP on clerical work describes their parts (Phụ lục I:
// the body, "Nơi nhận", the signature), and the documents of the
// development corpus (directive/testdata/corpus), where each row's words
// were seen doing what the row says. No row comes from one document alone.

// A lexClass is what a row of the lexicon does in the grammar.
type lexClass uint8

const (
	lexNone lexClass = iota
	// lexCharge: a verb by which an authority gives work to the parties
	// after it: "Giao Sở Y tế …", "đề nghị các Bộ …", "yêu cầu Chủ tịch
	// UBND các tỉnh …".
	lexCharge
	// lexLead: the parties before it lead: "Sở Y tế chủ trì, …".
	lexLead
	// lexCoop: the parties after it cooperate: "phối hợp với Sở Y tế".
	lexCoop
	// lexDuty: the parties before it are charged: "X có trách nhiệm …",
	// "X chịu trách nhiệm thi hành Quyết định này", "X theo chức năng,
	// nhiệm vụ được giao …".
	lexDuty
	// lexNotNew: after a party, the clause reports, defines or describes
	// rather than charges: "X đã …", "X là cơ quan …", "X được …".
	lexNotNew
	// lexOf: after a charge verb, the parties are whose the request is,
	// not who is charged: "đề nghị của Sở …", "theo đề nghị".
	lexOf
	// lexCollective: a noun a collective lists after "các": "các Bộ, cơ
	// quan liên quan", "các sở, ban, ngành, địa phương".
	lexCollective
	// lexQualifier: closes a collective: "… liên quan", "… có liên quan".
	lexQualifier
	// lexTitle: a person's title before a body ("Thủ trưởng các sở",
	// "Chủ tịch UBND các xã"): the titles of agency.Title.
	lexTitle
	// lexAction: a verb that opens an instruction ("Rà soát …", "Báo
	// cáo …"): an item that opens with one, or with a duty word ("Tiếp
	// tục …", "Khẩn trương …"), gives work; one that opens with a noun
	// ("Quyền xuất khẩu …", "Việc …") states.
	lexAction
	// lexDutyTitle: the words of a title that says whose duties follow
	// ("Trách nhiệm của Sở …"): a charge only where the text opens with
	// it, words of a sentence elsewhere ("… kết quả thực hiện nhiệm vụ
	// của các bộ, ngành").
	lexDutyTitle
	// lexHead: a head noun that stands alone, capitalised, for the body
	// the text speaks to or of: "Đề nghị Công ty nghiên cứu …", "Tỉnh
	// căn cứ các quy định …".
	lexHead
	// lexAdverbial: opens a clause of circumstance before a sentence's
	// subject ("Trong quá trình thực hiện, …", "Nếu …, …"): a charge may
	// follow its comma.
	lexAdverbial
	// lexTopic: opens a clause of circumstance that names the topic of
	// the sentence ("Đối với …, …"), the lexicon's Adverbial rows with
	// the Topic flag: as lexAdverbial, and the bodies the topic lists
	// between commas are its own.
	lexTopic
	// lexHonorific: the form of address before a title ("Đồng chí Chủ
	// tịch …"): the charge reads the title after it.
	lexHonorific
)

// A lexRow is one row of the lexicon.
type lexRow struct {
	words string
	class lexClass
}

// lexRows are the rows of the grammar's lexicon: the words of charges,
// roles, duties, instructions and the bodies addressed, and the nouns and
// qualifiers of collectives, as internal/lexicon (the one lexicon of the
// module, each row with its source) holds them.
func lexRows() []lexRow {
	lx := words.Builtin()
	classes := map[words.Class]lexClass{
		words.Charge: lexCharge, words.Lead: lexLead, words.Coop: lexCoop, words.Duty: lexDuty,
		words.NotNew: lexNotNew, words.Whose: lexOf, words.Collective: lexCollective,
		words.Qualifier: lexQualifier, words.Action: lexAction, words.DutyTitle: lexDutyTitle,
		words.Addressed: lexHead, words.Unit: lexCollective, words.Head: lexCollective,
		words.Adverbial: lexAdverbial, words.Honorific: lexHonorific,
	}
	var out []lexRow
	have := map[string]bool{}
	for k := 0; k < lx.Len(); k++ {
		row := lx.Row(k)
		c, ok := classes[row.Class]
		if !ok || row.Class == words.Head && row.Flags&words.Listed == 0 {
			continue // a head names a collective only where it lists ("các sở, ban")
		}
		if c == lexAdverbial && row.Flags&words.Topic != 0 {
			c = lexTopic
		}
		out = append(out, lexRow{row.Words, c})
		have[vntext.String(row.Words)] = true
	}
	// The common words that begin with a collective's noun ("trường
	// hợp", "bộ phận") are rows of no class: read whole, they are not the
	// noun ("các trường hợp" are cases, not schools).
	for k := 0; k < lx.Len(); k++ {
		if row := lx.Row(k); row.Class == words.Word && !have[vntext.String(row.Words)] {
			out = append(out, lexRow{row.Words, lexNone})
		}
	}
	return out
}

// rowWords returns the words of the rows of class c of the lexicon.
func rowWords(c words.Class) []string {
	var out []string
	for _, r := range words.Builtin().Rows(words.Of(c)) {
		out = append(out, r.Words)
	}
	return out
}

// rowKeys returns the words of the lexicon's rows of class c, folded:
// the keys the folded text is compared with, folded once.
func rowKeys(c words.Class) []string {
	out := rowWords(c)
	for i, w := range out {
		out[i] = vntext.String(w)
	}
	return out
}

// A lexicon is the rows spelled for matching, indexed by their first word.
type lexicon struct {
	byFirst firstWordTable
	heads   firstWordTable // the lexHead rows
}

type lexEntry struct {
	sp    vntext.Spelling
	class lexClass
}

// theLexicon returns the lexicon. It is built once, on first use (not when
// the package is initialised: a program that imports directive and parses
// nothing pays nothing), and never changed.
var theLexicon = sync.OnceValue(func() *lexicon {
	byFirst, heads := map[string][]lexEntry{}, map[string][]lexEntry{}
	rows := lexRows()
	// The titles are the lexicon's Title rows, as agency reads them, but
	// for the abbreviations ("TT", "PTTg"), which agency reads only
	// capitalised.
	for _, row := range words.Builtin().Rows(words.Of(words.Title)) {
		if row.Flags&words.Abbrev == 0 {
			rows = append(rows, lexRow{row.Words, lexTitle})
		}
	}
	for _, r := range rows {
		sp := vntext.Spell(r.words)
		first := sp.Key
		if k := strings.IndexByte(first, ' '); k >= 0 {
			first = first[:k]
		}
		if r.class == lexHead {
			// Heads are kept apart: the same words are collective nouns.
			heads[first] = append(heads[first], lexEntry{sp, r.class})
			continue
		}
		byFirst[first] = append(byFirst[first], lexEntry{sp, r.class})
	}
	// Longest first: "phối hợp với" before "phối hợp".
	for _, es := range heads {
		sortLongest(es)
	}
	for _, es := range byFirst {
		for a := 1; a < len(es); a++ {
			for b := a; b > 0 && len(es[b].sp.Key) > len(es[b-1].sp.Key); b-- {
				es[b], es[b-1] = es[b-1], es[b]
			}
		}
	}
	return &lexicon{byFirst: newFirstWordTable(byFirst), heads: newFirstWordTable(heads)}
})

func sortLongest(es []lexEntry) {
	for a := 1; a < len(es); a++ {
		for b := a; b > 0 && len(es[b].sp.Key) > len(es[b-1].sp.Key); b-- {
			es[b], es[b-1] = es[b-1], es[b]
		}
	}
}

// head returns the end of a lexHead row at folded offset i, or i.
func (lx *lexicon) head(f *vntext.Folded, i int, accented bool) int {
	return lx.match(lx.heads, f, i, accented)
}

// match returns the end of the longest entry of m at i, or i.
func (lx *lexicon) match(m firstWordTable, f *vntext.Folded, i int, accented bool) int {
	t := f.Text
	j := i
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	for _, e := range m.get(t[i:j]) {
		k := e.sp.Key
		end := i + len(k)
		if end > len(t) || t[i:end] != k || end < len(t) && vntext.IsLetter(t[end]) {
			continue
		}
		if accented && !f.SpelledLike(i, e.sp) {
			continue
		}
		return end
	}
	return i
}

// at returns the longest row that starts at folded offset i of f (a whole
// word), and its end. accented says the text is written with diacritics, so
// the row must be spelled as the text is.
func (lx *lexicon) at(f *vntext.Folded, i int, accented bool) (lexClass, int) {
	t := f.Text
	j := i
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	if j == i {
		return lexNone, i
	}
	for _, e := range lx.byFirst.get(t[i:j]) {
		k := e.sp.Key
		end := i + len(k)
		if end > len(t) || t[i:end] != k || end < len(t) && vntext.IsLetter(t[end]) {
			continue
		}
		if accented && !f.SpelledLike(i, e.sp) {
			continue
		}
		return e.class, end
	}
	return lexNone, i
}

// A firstWordTable holds the rows of a lexicon by their first word. The
// grammar asks it at every word of a text, so a word of up to eight bytes
// (nearly every word) is looked up as the integer its bytes make, in an
// open-addressed table at most a quarter full; a longer word in a map.
type firstWordTable struct {
	slots []firstWordSlot // a power of two of them
	shift uint            // 64 - log2(len(slots))
	long  map[string][]lexEntry
}

type firstWordSlot struct {
	word    uint64 // packWord of the word; 0 for an empty slot
	entries []lexEntry
}

// newFirstWordTable returns the table of the rows m holds by first word.
func newFirstWordTable(m map[string][]lexEntry) firstWordTable {
	bits := uint(4)
	for 1<<bits < 4*len(m) {
		bits++
	}
	ix := firstWordTable{slots: make([]firstWordSlot, 1<<bits), shift: 64 - bits, long: map[string][]lexEntry{}}
	for w, es := range m {
		if x, ok := packWord(w); ok {
			ix.slots[ix.slot(x)] = firstWordSlot{x, es}
		} else {
			ix.long[w] = es
		}
	}
	return ix
}

// packWord returns the bytes of w as an integer, w[0] lowest, when w is one
// to eight bytes long. No two such words of letters pack alike: a letter
// is never a zero byte.
func packWord(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x, true
}

// slot returns the index of the slot that holds x, or of the empty slot
// where it would go.
func (ix *firstWordTable) slot(x uint64) int {
	mask := len(ix.slots) - 1
	for k := int((x * 0x9e3779b97f4a7c15) >> ix.shift); ; k = (k + 1) & mask {
		if s := &ix.slots[k]; s.word == x || s.word == 0 {
			return k
		}
	}
}

// get returns the rows whose first word is w.
func (ix *firstWordTable) get(w string) []lexEntry {
	if x, ok := packWord(w); ok {
		return ix.slots[ix.slot(x)].entries
	}
	return ix.long[w]
}

// closingFormulas open or make the paragraph that closes a body: what the
// issuer asks of everyone, and how problems are to be reported (the
// lexicon's Closing rows), folded.
var closingFormulas = sync.OnceValue(func() []string { return rowKeys(words.Closing) })

// closingFormula reports whether the folded paragraph t opens with a
// closing formula, or is the sentence that sends the document "để … biết"
// (so that someone knows of it).
func closingFormula(t string) bool {
	for _, k := range closingFormulas() {
		if strings.HasPrefix(t, k) {
			return true
		}
	}
	// "… thông báo để Ủy ban nhân dân tỉnh … biết, thực hiện./.", "… trả
	// lời để Công ty biết./.": a sentence that ends in "biết".
	if k := strings.Index(t, " de "); k > 0 && k < 120 {
		rest := strings.TrimRight(t, " ./*")
		if strings.HasSuffix(rest, " biet") || strings.HasSuffix(rest, " biet, thuc hien") || strings.HasSuffix(rest, "biet va thuc hien") {
			return true
		}
	}
	return false
}

// nonOperative are the headings of the sections of a plan or a notice that
// state purposes, requirements, objectives, viewpoints, assessments or
// scope: their items charge no one unless they name a body (the lexicon's
// Section rows), folded.
var nonOperative = sync.OnceValue(func() []string { return rowKeys(words.Section) })

// procedureParts are the folded headings of the parts of a published
// administrative procedure (the lexicon's Section rows with the Procedure
// flag), longest first.
var procedureParts = sync.OnceValue(func() []string {
	var out []string
	for _, r := range words.Builtin().Rows(words.Of(words.Section)) {
		if r.Flags&words.Procedure != 0 {
			out = append(out, vntext.String(r.Words))
		}
	}
	sort.Slice(out, func(a, b int) bool { return len(out[a]) > len(out[b]) })
	return out
})
