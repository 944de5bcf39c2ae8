package kpi

import (
	"slices"
	"sync"

	"github.com/chidao/chidao/internal/lexicon"
)

// Word tables for the target finder, each entry a word or phrase of whole
// words as Vietnamese writes it (phrase.go), built once.

// opPhrases are the comparison words that stand right before a percentage,
// longest first so that "không vượt quá" wins over "vượt quá" and "quá";
// each entry has its operator, and strong marks the goal comparisons.
var opPhrases = sync.OnceValue(func() *wordTable {
	entries := [...]struct {
		words  string
		op     Op
		strong bool
	}{
		// Goal comparisons: they set targets, where "trên", "hơn", "dưới"
		// also describe results ("tăng hơn 10% so với cùng kỳ").
		{"không vượt quá", OpLE, true},
		{"không vượt qua", OpLE, true},
		{"không thấp hơn", OpGE, true},
		{"không ít hơn", OpGE, true},
		{"không nhỏ hơn", OpGE, true},
		{"không cao hơn", OpLE, true},
		{"không lớn hơn", OpLE, true},
		{"không nhiều hơn", OpLE, true},
		{"không dưới", OpGE, true},
		{"không trên", OpLE, true},
		{"không quá", OpLE, true},
		{"không vượt", OpLE, true},
		{"tối thiểu", OpGE, true},
		{"ít nhất", OpGE, true},
		{"tối đa", OpLE, true},
		{"nhiều nhất", OpLE, true},
		{"cao hơn", OpGT, false},
		{"lớn hơn", OpGT, false},
		{"nhiều hơn", OpGT, false},
		{"vượt quá", OpGT, false},
		{"vượt qua", OpGT, false},
		{"thấp hơn", OpLT, false},
		{"ít hơn", OpLT, false},
		{"nhỏ hơn", OpLT, false},
		{"trên", OpGT, false},
		{"hơn", OpGT, false},
		{"vượt", OpGT, false},
		{"dưới", OpLT, false},
		{"bằng", OpEQ, false},
	}
	words := make([]string, len(entries))
	for i, e := range entries {
		words[i] = e.words
	}
	t := newTable(words...)
	for i, e := range entries {
		t.ps[i].op, t.ps[i].strong = e.op, e.strong
	}
	return t
})

// fillerWords may stand between an operator or verb and the percentage:
// "đạt tối thiểu ở mức 90%", "giảm xuống dưới 5%", "đạt tỷ lệ 100%".
var fillerWords = tableOf("mức", "ở", "khoảng", "đạt", "là", "lên", "xuống", "còn", "thêm", "được", "tỷ", "tỉ", "lệ")

// filler reports whether token k is a word of fillerWords.
func (fd *finder) filler(k int) bool { return fd.exactly(k, k+1, fillerWords()) }

// ratioWord reports whether token k is a word of "tỷ lệ" (or "tỉ lệ"),
// which fillerWords hold for "đạt tỷ lệ 100%" but which otherwise belong to
// a subject ("tỷ lệ ≥ 95%") or are another word ("bán lẻ").
func (fd *finder) ratioWord(k int) bool {
	return fd.word(k, "tỷ") || fd.word(k, "tỉ") || fd.word(k, "lệ")
}

// ratioAt reports whether "tỷ lệ" (or "tỉ lệ") ends at token k.
func (fd *finder) ratioAt(k int) bool {
	return fd.word(k, "lệ") && (fd.word(k-1, "tỷ") || fd.word(k-1, "tỉ"))
}

// triggers mark the percentage that follows as something to reach: a goal,
// a requirement, a commitment. They win over the report words before them.
var triggerPhrases = tableOf(
	"phấn đấu", "bảo đảm", "đảm bảo", "mục tiêu", "chỉ tiêu", "phải", "cần",
	"yêu cầu", "hoàn thành", "cho", "nhằm", "để", "bắt buộc", "quyết tâm",
	"đến năm", "đến hết", "tối thiểu", "ít nhất", "tối đa", "không quá",
	"không vượt quá", "không thấp hơn", "không dưới",
	"duy trì", "giữ vững", "ổn định", "nâng",
)

// reportPhrases mark a statement about the past or the present — a progress
// statistic, not a target: "mới đạt 39,5%", "đã đạt 85%", "chiếm 30%",
// "tỷ lệ … là 69,87%", "còn 52,3%".
var reportPhrases = tableOf(
	"đã", "mới", "chỉ đạt", "chỉ có", "chỉ chiếm", "cơ bản", "chiếm", "đạt được",
	"hiện nay", "hiện tại", "hiện có", "tính đến", "đến nay", "lũy kế", "còn",
	"là", "trong đó có", "tương đương", "bằng khoảng", "vừa qua",
	"năm qua", "cùng kỳ", "thời gian qua", "theo báo cáo", "theo số liệu",
	"thống kê", "tính chung", "đạt kết quả", "ước đạt", "ước tính", "ước",
	"trong đó",
)

// changeVerbs name a change measured in percent: "giảm 20% thời gian".
var changeVerbs = tableOf("cắt giảm", "giảm", "tăng", "nâng", "rút ngắn", "tiết kiệm")

// clauseStarters begin a new clause after a comma or "và", ending the metric
// of the target before them.
var clauseStarters = tableOf(
	"giảm", "cắt giảm", "tăng", "nâng cao", "bảo đảm", "đảm bảo", "hoàn thành",
	"trình", "báo cáo", "phấn đấu", "đồng thời", "tiếp tục", "chủ trì",
	"phối hợp", "chỉ đạo", "tham mưu", "đề xuất", "gửi", "giao",
	"yêu cầu", "kịp thời", "chịu trách nhiệm", "rút ngắn", "tránh", "không để",
	"làm rõ", "nghiêm túc", "khẩn trương", "nhằm", "để", "góp phần", "trong đó",
	"tuy nhiên", "nhưng", "sau đó",
)

// commaStarters begin a new clause after a comma, though after "và" they
// may go on with the metric's own predicate ("100% bộ, ngành ban hành và tổ
// chức triển khai kế hoạch").
var commaStarters = tableOf(
	"thực hiện", "triển khai", "xây dựng", "đôn đốc", "kiểm tra", "hướng dẫn",
	"khắc phục", "đẩy mạnh", "tăng cường", "xử lý", "định kỳ", "tập trung",
	"ban hành", "phê duyệt", "đồng bộ", "tổ chức",
)

// metricStops end a metric wherever they appear: purpose, contrast and
// comparison words, and the adverbs of a recurrence ("hằng năm", also
// written "hàng năm").
var metricStops = tableOf(
	"để", "nhằm", "đồng thời", "trong đó", "nhưng", "tuy nhiên", "so với",
	"chậm nhất", "kể từ", "hạn chót",
	"hằng năm", "hằng tháng", "hằng quý", "hằng tuần", "hằng ngày",
	"hàng năm", "hàng tháng", "hàng quý", "hàng tuần", "hàng ngày",
	"hoàn thành", "phấn đấu", "góp phần",
)

// timeHeads start a time phrase when followed by a time word or a number:
// "trước ngày", "trong năm 2025", "đến hết năm", "vào cuối năm", "từ ngày".
var timeHeads = tableOf("trước", "trong", "đến", "tới", "vào", "từ", "sau", "năm", "giai", "quý", "tháng")

// timeWords follow a time head in a time phrase: "trước ngày", "trong thời
// gian", "đến hết năm", "vào dịp Tết".
var timeWords = tableOf("ngày", "tháng", "năm", "quý", "tuần", "kỳ", "dịp", "tết", "hết", "cuối",
	"đầu", "giữa", "giai", "thời", "khi", "hoặc")

// timeHead reports whether token k is a word of timeHeads.
func (fd *finder) timeHead(k int) bool { return fd.exactly(k, k+1, timeHeads()) }

// timeWord reports whether token k is a word of timeWords.
func (fd *finder) timeWord(k int) bool { return fd.exactly(k, k+1, timeWords()) }

// periodWords name the periods a number after them counts: "năm 2024",
// "tháng 6/2024", "quý I", "ngày 30/6", "tuần 12", "kỳ 2".
var periodWords = tableOf("năm", "tháng", "quý", "ngày", "tuần", "kỳ")

// periodWord reports whether token k is a word of periodWords.
func (fd *finder) periodWord(k int) bool { return fd.exactly(k, k+1, periodWords()) }

// agencyHeads follow "của" when the metric is scoped to an agency ("của thành
// phố", "của các sở, ngành"): the scope belongs to the assignment, not to the
// metric. They are the words of names of the one lexicon (internal/lexicon):
// the heads of bodies, the units that end a name ("tỉnh", "xã"), the
// qualifiers of collectives ("cấp tỉnh", "các cấp", "toàn tỉnh"), the nouns
// of collectives of bodies of the state ("cơ quan", "đơn vị"; not "doanh
// nghiệp"), and, with "các", the plural of those a collective lists.
var agencyHeads = sync.OnceValue(func() *wordTable {
	lx := lexicon.Builtin()
	var words []string
	for k := range lx.Len() {
		r := lx.Row(k)
		w := lx.Spelling(k).String()
		switch {
		case r.Class == lexicon.Head || r.Class == lexicon.Qualifier,
			r.Class == lexicon.Unit && r.Flags&lexicon.Standalone != 0,
			r.Class == lexicon.Collective && r.Flags&lexicon.Public != 0:
			words = append(words, w)
		default:
			continue
		}
		if r.Class == lexicon.Unit || r.Class == lexicon.Collective || r.Class == lexicon.Head && r.Flags&lexicon.Listed != 0 {
			words = append(words, "các "+w)
		}
	}
	slices.Sort(words)
	return newTable(slices.Compact(words)...)
})

// actionVerbs open a new clause after a comma or "và" when the metric so far
// is not passive: "cắt giảm 30% thời gian thực hiện TTHC và đơn giản hóa
// thành phần hồ sơ".
var actionVerbs = tableOf(
	"đơn giản hóa", "chuẩn hóa", "số hóa", "cập nhật", "công khai", "rà soát",
	"giải quyết", "tiếp nhận", "cung cấp", "kết nối", "tích hợp", "chia sẻ",
	"ứng dụng", "sử dụng", "đăng ký", "cấp", "chi trả", "xác thực", "bố trí",
	"sửa đổi", "bổ sung", "bãi bỏ", "cắt giảm", "vận hành", "nâng cấp",
	"đào tạo", "bồi dưỡng", "tuyên truyền", "thông báo", "lập", "đánh giá",
	"điều chỉnh",
)

// reportAdverbials open a sentence that reports results: "Thời gian qua,
// tỷ lệ … đạt 98%".
var reportAdverbials = tableOf(
	"thời gian qua", "năm qua", "vừa qua", "đến nay", "tính đến", "hiện nay",
	"hiện tại", "theo báo cáo", "theo số liệu", "lũy kế", "qua theo dõi",
	"qua kiểm tra", "qua tổng hợp", "tháng đầu năm", "tháng cuối năm",
	"kỳ báo cáo",
)
