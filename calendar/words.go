package calendar

import "github.com/chidao/chidao/internal/vntext"

// Word tables of the grammar that tell a time word from the same letters
// used otherwise. All entries are folded (vntext: lower case, no
// diacritics, đ → d); each table says where its words come from.

// quyCompounds are the words that make "quy" before them part of a
// Sino-Vietnamese compound — quy định, quy chế, quy hoạch, quy mô, quy
// phạm, quy chuẩn, quy tắc, quy luật, quy cách, quy ước, quy trách nhiệm,
// quy nạp — or "quý" an adjective (quý hiếm, quý báu, quý khách, quý tộc),
// so that it is not the quarter: "mặt hàng quy định" is no "hằng quý",
// "dầu quy hoạch" no "đầu quý". Folded text has lost the tone that tells
// "quy" from "quý", and the directive parser hands the calendar folded text,
// so the next word decides. Words that also follow a quarterly cadence as
// the next clause's verb ("hằng quý trình …", "hằng quý đối chiếu") are
// left out.
var quyCompounds = [...]string{
	"dinh", "che", "hoach", "mo", "pham", "chuan", "tac", "luat", "cach",
	"uoc", "trach", "nap", "hiem", "bau", "khach", "toc",
}

// quarterUnit reads the unit word "quý" (also spelt "quí") at i, unless the
// word after it makes a compound of quyCompounds.
func (sc *scanner) quarterUnit(i int) (int, bool) {
	e, ok := sc.anyPhrase(i, "quy", "qui")
	if !ok {
		return i, false
	}
	if w, _ := sc.nextWord(e); w != "" {
		for _, c := range quyCompounds {
			if w == c {
				return i, false
			}
		}
	}
	return e, true
}

// Nouns after which a cadence or "thường xuyên" qualifies the thing the
// noun names instead of saying when a task is done (ANNOTATION.md, "Not
// times": "thường xuyên"/"hằng năm" as adjectives).
var (
	// regularHeads: "chi thường xuyên" and "kinh phí (chi) thường xuyên",
	// recurrent spending (Luật Ngân sách nhà nước 83/2015/QH13, Art. 4);
	// "giáo dục thường xuyên", continuing education (Luật Giáo dục
	// 43/2019/QH14, Art. 43), and "bồi dưỡng thường xuyên", the yearly
	// in-service training of teachers; "(chi phí) hoạt động thường xuyên",
	// "hệ thống vận hành liên tục": the manner of an operation, no duty.
	regularHeads = [...]string{"chi", "kinh phi", "giao duc", "boi duong", "hoat dong", "van hanh"}

	// suddenHeads: "tình huống đột xuất", "sự cố đột xuất", "sự việc đột
	// xuất" — an unforeseen situation, event or incident (the adjective
	// of the noun before it), not "đột xuất" as when work is done ("báo
	// cáo định kỳ, đột xuất").
	suddenHeads = [...]string{"tinh huong", "su co", "su viec", "bien co"}

	// cadenceHeads: a plan, programme, resolution or target made for each
	// period ("Kế hoạch hằng năm", "Nghị quyết hằng năm"), and an amount
	// paid or estimated for each period ("dự toán ngân sách hằng năm",
	// "trợ cấp hằng tháng").
	cadenceHeads = [...]string{
		"ke hoach", "chuong trinh", "nghi quyet", "chi thi",
		"du toan", "ngan sach", "kinh phi", "luong", "tro cap", "phu cap",
		"chi tieu", "muc tieu",
		// land rent paid each year ("thuê đất trả tiền hằng năm", Luật
		// Đất đai 31/2024/QH15, Art. 120)
		"tien thue dat", "tra tien", "thu tien",
	}
)

// headBefore reports whether one of heads (whole words) ends right before
// the folded offset start.
func (sc *scanner) headBefore(start int, heads []string) bool {
	switch sc.prevWord(start) {
	case "chi", "phi", "duc", "hoach", "trinh", "quyet", "thi", "toan", "sach", "luong", "cap", "tieu",
		"duong", "dong", "hanh", "dat", "tien", "huong", "co", "viec":
	default:
		return false // no head ends with the word before (TestHeadBeforeWords)
	}
	k := sc.backSpace(start)
	for _, h := range heads {
		if len(h) > k || sc.s[k-len(h):k] != h {
			continue
		}
		if b := k - len(h); b == 0 || !vntext.IsLetter(sc.s[b-1]) && !vntext.IsDigit(sc.s[b-1]) {
			return true
		}
	}
	return false
}

// documentNouns name documents (Decree 30/2020/NĐ-CP, Appendix I, and
// the instruments a procedure issues), longest first. In an event ("kể
// từ ngày Quyết định này có hiệu lực") a document noun followed by "này",
// or standing alone before the verb, is the text itself; a foreign one (a
// law, a contract, a licence) is never the text's own unless "này" says
// so: a directive enacts no law and signs no contract.
var documentNouns = [...]struct {
	words   string
	foreign bool
}{
	{"bo luat", true}, {"phap lenh", true}, {"luat", true},
	{"nghi quyet", false}, {"nghi dinh", false}, {"quyet dinh", false},
	{"chi thi", false}, {"thong tu", false}, {"ke hoach", false},
	{"cong van", false}, {"van ban", false}, {"thong bao", false},
	{"huong dan", false}, {"chuong trinh", false}, {"de an", false},
	{"quy che", false}, {"quy dinh", false}, {"cong dien", false},
	{"hop dong", true}, {"thoa thuan", true}, {"giay phep", true},
}

// conditionNouns are what "khi có" and "nếu có" make a task wait for: a
// request, guidance, a document, an incident, a difficulty ("khi có yêu
// cầu", "nếu có vướng mắc").
var conditionNouns = [...]string{
	"yeu cau", "huong dan", "chi dao", "van ban", "de nghi", "y kien", "quyet dinh",
	"chu truong", "thong bao", "su co", "phat sinh", "vuong mac", "kho khan",
	"thay doi", "bien dong", "nhu cau", "kien nghi", "phan anh",
}

// khiPredicates are the first words of a clause after "khi" that name
// something that happens or holds, so that "khi" makes the task wait for
// it: a thing coming to exist or be given ("có", "phát sinh", "xảy ra",
// "để xảy ra", "phát hiện", "gặp"), a passive ("được", "bị"), a need or a
// condition met ("cần", "đủ"), an end reached ("hoàn thành", "hoàn thiện",
// "kết thúc", "hết", "đến hạn", "quá", "tổng kết", "sơ kết"), a receipt
// ("nhận", "tiếp nhận"), a state before or after ("đã", "chưa",
// "không"), a change ("thay đổi", "điều chỉnh"), a breach ("vi phạm"). The verbs of the task's
// own work ("thực hiện", "triển khai", "cập nhật", "giải quyết", "trình")
// are not here: after "khi" they say how the work is done.
var khiPredicates = [...]string{
	"co", "phat sinh", "xay ra", "de xay ra", "phat hien", "gap",
	"duoc", "bi", "can", "du",
	"hoan thanh", "hoan thien", "ket thuc", "het", "den han", "qua", "tong ket", "so ket",
	"nhan", "tiep nhan", "da", "chua", "khong", "thay doi", "dieu chinh",
	"vi pham",
}

// eventVerbs are the verbs of what befalls a subject, which after "khi"
// and the subject's words make the task wait for it: "khi hệ thống … gặp
// sự cố", "khi … xảy ra", "khi thẻ bị mất".
var eventVerbs = [...]string{"gap", "xay ra", "bi"}

// completionVerbs end a clause whose subject comes to a state the task
// waits for: "khi hệ thống … hoàn thiện", "khi Đề án được phê duyệt",
// "khi Luật … có hiệu lực".
var completionVerbs = [...]string{
	"hoan thanh", "hoan thien", "ket thuc", "co hieu luc", "ban hanh", "phe duyet",
	"thong qua", "di vao hoat dong", "dua vao su dung", "san sang",
}

// nameAfterVa are the words that go on after "và" inside the names of
// ministries and departments (Sở, Bộ): "Tài nguyên và Môi trường", "Kế
// hoạch và Đầu tư", "Thông tin và Truyền thông", "Lao động - Thương binh và
// Xã hội", "Giáo dục và Đào tạo", "Khoa học và Công nghệ", "Văn hóa, Thể
// thao và Du lịch", "Nông nghiệp và Phát triển nông thôn", "Xây dựng và
// Giao thông" — so that an event's phrase ("theo yêu cầu của Bộ Tài nguyên
// và Môi trường") does not end inside one.
var nameAfterVa = [...]string{
	"moi truong", "dau tu", "truyen thong", "xa hoi", "dao tao", "cong nghe",
	"du lich", "phat trien", "giao thong", "thuong mai",
}

// nameGoesOn reports whether the words at i go on a name after "và".
func (sc *scanner) nameGoesOn(i int) bool {
	for _, w := range nameAfterVa {
		if _, ok := sc.phrase(i, w); ok {
			return true
		}
	}
	return false
}

// documentHead reports whether w is the first word of a documentNouns
// entry (a quick test before the table).
func documentHead(w string) bool {
	switch w {
	case "bo", "phap", "luat", "nghi", "quyet", "chi", "thong", "ke", "cong", "van",
		"huong", "chuong", "de", "quy", "hop", "thoa", "giay":
		return true
	}
	return false
}

// locatorAt reports whether the words at i name a part of a document, as
// "tại" introduces one: "tại Điều 5", "tại khoản 2", "tại văn bản số …".
func (sc *scanner) locatorAt(i int) bool {
	switch w, _ := sc.nextWord(i); w {
	case "dieu", "khoan", "diem", "muc", "phu", "van", "quyet", "nghi", "thong", "cong", "so", "chuong", "phan":
		return true
	}
	return false
}
