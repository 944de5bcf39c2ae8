package directive

import (
	"strings"

	"github.com/chidao/chidao/agency"
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
)

// A lexRow is one row of the lexicon.
type lexRow struct {
	words string
	class lexClass
}

var lexRows = [...]lexRow{
	// Charge verbs.
	{"giao", lexCharge},
	{"giao cho", lexCharge},
	{"giao nhiệm vụ cho", lexCharge},
	// A title that says whose duties follow ("Điều 5. Trách nhiệm của
	// Sở Thông tin và Truyền thông", "Nhiệm vụ của Công an tỉnh"): the
	// form regulations (quy chế) give their articles.
	{"trách nhiệm của", lexDutyTitle},
	{"nhiệm vụ của", lexDutyTitle},
	{"đề nghị", lexCharge},
	{"trân trọng đề nghị", lexCharge},
	{"kính đề nghị", lexCharge},
	{"yêu cầu", lexCharge},
	{"phân công", lexCharge},
	{"ủy quyền cho", lexCharge},
	{"uỷ quyền cho", lexCharge},
	{"ủy quyền", lexCharge},
	// Roles.
	{"chủ trì", lexLead},
	{"làm đầu mối", lexLead},
	{"là cơ quan chủ trì", lexLead},
	{"là đầu mối", lexLead},
	{"phối hợp với", lexCoop},
	{"tiếp tục phối hợp với", lexCoop},
	{"tiếp tục phối hợp", lexCoop},
	{"phối hợp cùng", lexCoop},
	{"phối hợp", lexCoop},
	{"cùng với", lexCoop},
	// Duties named after the parties.
	{"có trách nhiệm", lexDuty},
	{"chịu trách nhiệm", lexDuty},
	{"theo chức năng", lexDuty},
	{"căn cứ chức năng", lexDuty},
	{"trong phạm vi chức năng", lexDuty},
	{"thực hiện", lexDuty},
	{"tổ chức thực hiện", lexDuty},
	{"tiếp tục", lexDuty},
	{"khẩn trương", lexDuty},
	{"tập trung", lexDuty},
	{"chủ động", lexDuty},
	// "thành phố Đà Nẵng cần tập trung thực hiện …": what the body
	// needs to do (the thông báo kết luận of the corpus).
	{"cần", lexDuty},
	// Clauses that charge nobody new.
	{"đã", lexNotNew},
	{"đang", lexNotNew},
	{"được", lexNotNew},
	{"là", lexNotNew},
	{"có", lexNotNew},
	{"không", lexNotNew},
	{"cho biết", lexNotNew},
	{"của", lexOf},
	// The nouns of collectives ("các Bộ, cơ quan, địa phương liên quan").
	{"bộ", lexCollective},
	{"ngành", lexCollective},
	{"cơ quan", lexCollective},
	{"cơ quan ngang bộ", lexCollective},
	{"cơ quan thuộc chính phủ", lexCollective},
	{"cơ quan trung ương", lexCollective},
	{"đơn vị", lexCollective},
	{"địa phương", lexCollective},
	{"sở", lexCollective},
	{"ban", lexCollective},
	{"tổ chức", lexCollective},
	{"cá nhân", lexCollective},
	{"doanh nghiệp", lexCollective},
	{"đoàn thể", lexCollective},
	{"hội", lexCollective},
	{"lực lượng", lexCollective},
	{"cơ sở", lexCollective},
	{"xã", lexCollective},
	{"phường", lexCollective},
	{"đặc khu", lexCollective},
	{"huyện", lexCollective},
	{"quận", lexCollective},
	{"thị xã", lexCollective},
	{"tỉnh", lexCollective},
	{"thành phố", lexCollective},
	{"trường", lexCollective},
	{"cơ quan, đơn vị", lexCollective},
	{"tập đoàn", lexCollective},
	{"tổng công ty", lexCollective},
	{"chi cục", lexCollective},
	{"cục", lexCollective},
	{"vụ", lexCollective},
	{"phòng", lexCollective},
	{"ủy ban nhân dân", lexCollective},
	{"uỷ ban nhân dân", lexCollective},
	{"ubnd", lexCollective},
	// Verbs that open an instruction: the first words of task items in
	// the directives of the corpus and the samples.
	{"tăng cường", lexAction}, {"đẩy mạnh", lexAction},
	{"tổ chức", lexAction}, {"triển khai", lexAction}, {"rà soát", lexAction}, {"báo cáo", lexAction},
	{"xây dựng", lexAction}, {"hoàn thành", lexAction}, {"hoàn thiện", lexAction},
	{"kiểm tra", lexAction}, {"tham mưu", lexAction}, {"nghiên cứu", lexAction},
	{"bảo đảm", lexAction}, {"đảm bảo", lexAction}, {"nâng cao", lexAction}, {"quán triệt", lexAction},
	{"hướng dẫn", lexAction}, {"theo dõi", lexAction}, {"đôn đốc", lexAction}, {"cập nhật", lexAction},
	{"ban hành", lexAction}, {"phổ biến", lexAction}, {"tuyên truyền", lexAction},
	{"kiện toàn", lexAction}, {"lập", lexAction}, {"duy trì", lexAction}, {"chấn chỉnh", lexAction},
	{"phát huy", lexAction}, {"quan tâm", lexAction}, {"chỉ đạo", lexAction}, {"số hóa", lexAction},
	{"chuẩn bị", lexAction}, {"bố trí", lexAction}, {"cung cấp", lexAction}, {"thường xuyên", lexAction},
	{"nghiêm túc", lexAction}, {"kịp thời", lexAction}, {"xử lý", lexAction}, {"giải quyết", lexAction},
	{"tổng hợp", lexAction}, {"đề xuất", lexAction}, {"khắc phục", lexAction}, {"ưu tiên", lexAction},
	{"rà soát, đánh giá", lexAction}, {"đánh giá", lexAction}, {"sơ kết", lexAction}, {"tổng kết", lexAction},
	// Heads that stand alone for the body addressed or spoken of.
	{"công ty", lexHead},
	{"tỉnh", lexHead},
	{"thành phố", lexHead},
	{"doanh nghiệp", lexHead},
	{"đơn vị", lexHead},
	{"ngân hàng", lexHead},
	{"tập đoàn", lexHead},
	{"tổng công ty", lexHead},
	{"quỹ", lexHead},
	{"bệnh viện", lexHead},
	// "Thuế tỉnh Hà Tĩnh", "Thuế cơ sở 1": the tax offices as the 2025
	// reorganisation of the tax administration names them (Quyết định số
	// 381/QĐ-BTC ngày 26/02/2025 of the Ministry of Finance).
	{"thuế", lexHead},
	{"liên quan", lexQualifier},
	{"có liên quan", lexQualifier},
	{"trực thuộc", lexQualifier},
	{"thuộc tỉnh", lexQualifier},
	{"thuộc thành phố", lexQualifier},
	{"trên địa bàn", lexQualifier},
	{"tại", lexOf},
}

// A lexicon is the rows spelled for matching, indexed by their first word.
type lexicon struct {
	byFirst map[string][]lexEntry
	heads   map[string][]lexEntry // the lexHead rows
}

type lexEntry struct {
	sp    vntext.Spelling
	class lexClass
}

// theLexicon returns the lexicon. It is built once, on first use, and never
// changed.
var theLexicon = func() *lexicon {
	lx := &lexicon{byFirst: map[string][]lexEntry{}, heads: map[string][]lexEntry{}}
	rows := lexRows[:]
	// The titles are agency's: one vocabulary, read from agency.Title.
	for t := agency.Title(1); t.String() != ""; t++ {
		rows = append(rows, lexRow{t.String(), lexTitle})
	}
	for _, r := range rows {
		sp := vntext.Spell(r.words)
		first := sp.Key
		if k := strings.IndexByte(first, ' '); k >= 0 {
			first = first[:k]
		}
		if r.class == lexHead {
			// Heads are kept apart: the same words are collective nouns.
			lx.heads[first] = append(lx.heads[first], lexEntry{sp, r.class})
			continue
		}
		lx.byFirst[first] = append(lx.byFirst[first], lexEntry{sp, r.class})
	}
	// Longest first: "phối hợp với" before "phối hợp".
	for _, es := range lx.heads {
		sortLongest(es)
	}
	for _, es := range lx.byFirst {
		for a := 1; a < len(es); a++ {
			for b := a; b > 0 && len(es[b].sp.Key) > len(es[b-1].sp.Key); b-- {
				es[b], es[b-1] = es[b-1], es[b]
			}
		}
	}
	return lx
}()

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
func (lx *lexicon) match(m map[string][]lexEntry, f *vntext.Folded, i int, accented bool) int {
	t := f.Text
	j := i
	for j < len(t) && vntext.IsLetter(t[j]) {
		j++
	}
	for _, e := range m[t[i:j]] {
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
	for _, e := range lx.byFirst[t[i:j]] {
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

// closingFormulas open or make the paragraph that closes a body: what the
// issuer asks of everyone, and how problems are to be reported.
var closingFormulas = [...]string{
	"trong quá trình thực hiện",
	"trong quá trình tổ chức thực hiện",
	"trong quá trình triển khai",
	"quá trình thực hiện",
	"yêu cầu thủ trưởng các",
	"yêu cầu các sở",
	"yêu cầu các cơ quan",
	"đề nghị các cơ quan, đơn vị",
	"trên đây là",
	"nhận được công văn này",
	"nhận được văn bản này",
	"văn phòng chính phủ thông báo để",
	"văn phòng chính phủ xin thông báo để",
}

// closingFormula reports whether the folded paragraph t opens with a
// closing formula, or is the sentence that sends the document "để … biết"
// (so that someone knows of it).
func closingFormula(t string) bool {
	for _, c := range closingFormulas {
		k := vntext.String(c)
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
// scope: their items charge no one unless they name a body.
var nonOperative = [...]string{
	"mục đích", "yêu cầu", "mục tiêu", "quan điểm", "đánh giá", "kết quả", "tình hình",
	"phạm vi", "đối tượng", "giải thích từ ngữ", "nguyên tắc", "căn cứ", "sự cần thiết",
	"bối cảnh", "thực trạng", "định hướng", "tầm nhìn", "chỉ tiêu",
}
