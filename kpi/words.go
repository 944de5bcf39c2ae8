package kpi

import (
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao/internal/lexicon"
)

// Word tables for the target finder, all in folded form (vntext.Fold: lower
// case, no diacritics, đ → d). Each entry is a phrase of whole words.

// opPhrases are the comparison words that stand right before a percentage,
// longest first so that "khong vuot qua" wins over "vuot qua" and "qua".
func opPhrases() []phraseOp { return opPhraseTable[:] }

// opPhraseTable backs opPhrases: one array for all calls, where a slice
// literal returned would be allocated on each.
var opPhraseTable = [...]phraseOp{
	{"khong vuot qua", OpLE},
	{"khong thap hon", OpGE},
	{"khong it hon", OpGE},
	{"khong nho hon", OpGE},
	{"khong cao hon", OpLE},
	{"khong lon hon", OpLE},
	{"khong nhieu hon", OpLE},
	{"khong duoi", OpGE},
	{"khong tren", OpLE},
	{"khong qua", OpLE},
	{"khong vuot", OpLE},
	{"toi thieu", OpGE},
	{"it nhat", OpGE},
	{"toi da", OpLE},
	{"nhieu nhat", OpLE},
	{"cao hon", OpGT},
	{"lon hon", OpGT},
	{"nhieu hon", OpGT},
	{"vuot qua", OpGT},
	{"thap hon", OpLT},
	{"it hon", OpLT},
	{"nho hon", OpLT},
	{"tren", OpGT},
	{"hon", OpGT},
	{"vuot", OpGT},
	{"duoi", OpLT},
	{"bang", OpEQ},
}

type phraseOp struct {
	words string
	op    Op
}

// isStrongOp reports whether the comparison phrase p belongs to goals rather
// than to reports: "tối thiểu", "không quá" set targets, while "trên", "hơn",
// "dưới" also describe results ("tăng hơn 10% so với cùng kỳ").
func isStrongOp(p string) bool {
	return strings.HasPrefix(p, "khong ") || p == "toi thieu" || p == "it nhat" || p == "toi da" || p == "nhieu nhat"
}

// fillers may stand between an operator or verb and the percentage:
// "đạt tối thiểu ở mức 90%", "giảm xuống dưới 5%".
func isFiller(w string) bool {
	switch w {
	case "muc", "o", "khoang", "dat", "la", "len", "xuong", "con", "them", "duoc", "ty", "ti", "le":
		return true
	}
	return false
}

// triggers mark the percentage that follows as something to reach: a goal,
// a requirement, a commitment. They win over the report words before them.
func triggerPhrases() []string {
	return []string{
		"phan dau", "bao dam", "dam bao", "muc tieu", "chi tieu", "phai", "can",
		"yeu cau", "hoan thanh", "cho", "nham", "de", "bat buoc", "quyet tam",
		"den nam", "den het", "toi thieu", "it nhat", "toi da", "khong qua",
		"khong vuot qua", "khong thap hon", "khong duoi",
		"duy tri", "giu vung", "on dinh", "nang",
	}
}

// reportPhrases mark a statement about the past or the present — a progress
// statistic, not a target: "mới đạt 39,5%", "đã đạt 85%", "chiếm 30%",
// "tỷ lệ … là 69,87%", "còn 52,3%".
func reportPhrases() []string {
	return []string{
		"da", "moi", "chi dat", "chi co", "chi chiem", "co ban", "chiem", "dat duoc",
		"hien nay", "hien tai", "hien co", "tinh den", "den nay", "luy ke", "con",
		"la", "trong do co", "tuong duong", "bang khoang", "vua qua",
		"nam qua", "cung ky", "thoi gian qua", "theo bao cao", "theo so lieu",
		"thong ke", "tinh chung", "dat ket qua", "uoc dat", "uoc tinh", "uoc",
		"trong do",
	}
}

// changeVerbs name a change measured in percent: "giảm 20% thời gian".
func changeVerbs() []string {
	return []string{"cat giam", "giam", "tang", "nang", "rut ngan", "tiet kiem"}
}

// clauseStarters begin a new clause after a comma or "và", ending the metric
// of the target before them.
func clauseStarters() []string {
	return []string{
		"giam", "cat giam", "tang", "nang cao", "bao dam", "dam bao", "hoan thanh",
		"trinh", "bao cao", "phan dau", "dong thoi", "tiep tuc", "chu tri",
		"phoi hop", "chi dao", "tham muu", "de xuat", "gui", "giao",
		"yeu cau", "kip thoi", "chiu trach nhiem", "rut ngan", "tranh", "khong de",
		"lam ro", "nghiem tuc", "khan truong", "nham", "de", "gop phan", "trong do",
		"tuy nhien", "nhung", "sau do",
	}
}

// commaStarters begin a new clause after a comma, though after "và" they
// may go on with the metric's own predicate ("100% bộ, ngành ban hành và tổ
// chức triển khai kế hoạch").
func commaStarters() []string {
	return []string{
		"thuc hien", "trien khai", "xay dung", "don doc", "kiem tra", "huong dan",
		"khac phuc", "day manh", "tang cuong", "xu ly", "dinh ky", "tap trung",
		"ban hanh", "phe duyet", "dong bo", "to chuc",
	}
}

// metricStops end a metric wherever they appear: purpose, contrast and
// comparison words.
func metricStops() []string {
	return []string{
		"de", "nham", "dong thoi", "trong do", "nhung", "tuy nhien", "so voi",
		"cham nhat", "ke tu", "han chot", "hang nam", "hang thang", "hang quy",
		"hang tuan", "hang ngay", "hoan thanh", "phan dau", "gop phan",
	}
}

// timeHeads start a time phrase when followed by a time word or a number:
// "trước ngày", "trong năm 2025", "đến hết năm", "vào cuối năm", "từ ngày".
func isTimeHead(w string) bool {
	switch w {
	case "truoc", "trong", "den", "toi", "vao", "tu", "sau", "nam", "giai", "quy", "thang":
		return true
	}
	return false
}

func isTimeWord(w string) bool {
	switch w {
	case "ngay", "thang", "nam", "quy", "tuan", "ky", "dip", "tet", "het", "cuoi",
		"dau", "giua", "giai", "thoi", "khi", "hoac":
		return true
	}
	return false
}

// agencyHeads follow "của" when the metric is scoped to an agency ("của thành
// phố", "của các sở, ngành"): the scope belongs to the assignment, not to the
// metric. They are the words of names of the one lexicon (internal/lexicon):
// the heads of bodies, the units that end a name ("tỉnh", "xã"), the
// qualifiers of collectives ("cấp tỉnh", "các cấp", "toàn tỉnh"), the nouns
// of collectives of bodies of the state ("cơ quan", "đơn vị"; not "doanh
// nghiệp"), and, with "các", the plural of those a collective lists.
func agencyHeads() []string { return agencyHeadTable() }

// agencyHeadTable backs agencyHeads, folded, built once.
var agencyHeadTable = sync.OnceValue(func() []string {
	lx := lexicon.Builtin()
	var out []string
	for k := range lx.Len() {
		r := lx.Row(k)
		key := lx.Spelling(k).Key
		switch {
		case r.Class == lexicon.Head || r.Class == lexicon.Qualifier,
			r.Class == lexicon.Unit && r.Flags&lexicon.Standalone != 0,
			r.Class == lexicon.Collective && r.Flags&lexicon.Public != 0:
			out = append(out, key)
		default:
			continue
		}
		if r.Class == lexicon.Unit || r.Class == lexicon.Collective || r.Class == lexicon.Head && r.Flags&lexicon.Listed != 0 {
			out = append(out, "cac "+key)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
})

// actionVerbs open a new clause after a comma or "và" when the metric so far
// is not passive: "cắt giảm 30% thời gian thực hiện TTHC và đơn giản hóa
// thành phần hồ sơ".
func actionVerbs() []string {
	return []string{
		"don gian hoa", "chuan hoa", "so hoa", "cap nhat", "cong khai", "ra soat",
		"giai quyet", "tiep nhan", "cung cap", "ket noi", "tich hop", "chia se",
		"ung dung", "su dung", "dang ky", "cap", "chi tra", "xac thuc", "bo tri",
		"sua doi", "bo sung", "bai bo", "cat giam", "van hanh", "nang cap",
		"dao tao", "boi duong", "tuyen truyen", "thong bao", "lap", "danh gia",
		"dieu chinh",
	}
}

// accentedForms lists, for a folded word that stands for several Vietnamese
// words, the ones (NFC, lower case) the finder means by it; nil for any other
// word.
func accentedForms(w string) []string {
	switch w {
	case "de":
		return []string{"để"}
	case "can":
		return []string{"cần"}
	case "phai":
		return []string{"phải"}
	case "la":
		return []string{"là"}
	case "con":
		return []string{"còn"}
	case "da":
		return []string{"đã", "đa"} // "đa" only inside "tối đa"
	case "moi":
		return []string{"mới"}
	case "hon":
		return []string{"hơn"}
	case "bang":
		return []string{"bằng"}
	case "tang":
		return []string{"tăng"}
	case "giam":
		return []string{"giảm"}
	case "vuot":
		return []string{"vượt"}
	case "dat":
		return []string{"đạt"}
	case "tren":
		return []string{"trên"}
	case "duoi":
		return []string{"dưới"}
	case "toi":
		return []string{"tối", "tới"}
	case "muc":
		return []string{"mức", "mục"}
	case "o":
		return []string{"ở"}
	case "len":
		return []string{"lên"}
	case "xuong":
		return []string{"xuống"}
	case "them":
		return []string{"thêm"}
	case "duoc":
		return []string{"được"}
	case "nam":
		return []string{"năm"}
	case "tu":
		return []string{"từ"}
	case "den":
		return []string{"đến"}
	case "trong":
		return []string{"trong"}
	case "vao":
		return []string{"vào"}
	case "sau":
		return []string{"sau"}
	case "quy":
		return []string{"quý"}
	case "thang":
		return []string{"tháng"}
	case "ngay":
		return []string{"ngày"}
	case "ky":
		return []string{"kỳ"} // "kì" folds to "ki", not "ky"
	case "het":
		return []string{"hết"}
	case "cuoi":
		return []string{"cuối"}
	case "dau":
		return []string{"đầu"}
	case "chi":
		return []string{"chỉ"}
	case "do":
		return []string{"đó"}
	case "thu":
		return []string{"thứ"}
	case "cho":
		return []string{"cho"}
	case "it":
		return []string{"ít"}
	case "nhat":
		return []string{"nhất"}
	case "qua":
		return []string{"quá"}
	case "thap":
		return []string{"thấp"}
	case "cao":
		return []string{"cao"}
	case "lon":
		return []string{"lớn"}
	case "nho":
		return []string{"nhỏ"}
	case "tro":
		return []string{"trở"}
	case "khong":
		return []string{"không"}
	case "so":
		return []string{"so", "số", "sở"}
	case "voi":
		return []string{"với"}
	case "deu":
		return []string{"đều"}
	case "gan":
		return []string{"gần"}
	case "huong":
		return []string{"hưởng"}
	case "mien":
		return []string{"miễn"}
	case "nop":
		return []string{"nộp"}
	case "trich":
		return []string{"trích"}
	case "thi":
		return []string{"thì"}
	case "neu":
		return []string{"nếu"}
	}
	return nil
}

// reportAdverbials open a sentence that reports results: "Thời gian qua,
// tỷ lệ … đạt 98%".
func reportAdverbials() []string {
	return []string{
		"thoi gian qua", "nam qua", "vua qua", "den nay", "tinh den", "hien nay",
		"hien tai", "theo bao cao", "theo so lieu", "luy ke", "qua theo doi",
		"qua kiem tra", "qua tong hop", "thang dau nam", "thang cuoi nam",
		"ky bao cao",
	}
}

// strictInPhrase reports whether the folded word w keeps its diacritics
// check inside a phrase: "trong đó" (among which) must not match "trong độ
// tuổi", nor "xếp thứ" (ranked) "dùng thử" (try out).
func strictInPhrase(w string) bool { return w == "do" || w == "thu" }
