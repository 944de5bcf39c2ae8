package directivescore

// The word lists of the plausibility checks (NameCheck). They are small on
// purpose: each is a closed class of words, and none holds a word that also
// ends the name of a body. They started from the stop words of agency's
// name grammar (agency/generic.go, unexported, folded syllables): folded
// syllables cannot be used here, since "nam" ends "Việt Nam" and "co" is
// both "có" (has) and "cơ" (in "cơ quan"), so the lists are written with
// their diacritics, in lower case and NFC, and compared with the words of a
// name in the same form. The role verbs (chủ trì, phối hợp, hướng dẫn,
// tham mưu, theo dõi, đôn đốc) are not listed: agency.RoleAt knows them.

// functionWordsMarked returns the words that cannot end the name of a body:
// conjunctions, prepositions, plural and demonstrative words, copulas,
// modal and aspect words. A name that ends in one was cut inside a phrase
// ("Cơ quan có", "Đại học Công nghiệp Hà Nội là", "các cơ quan, đơn vị
// thuộc").
func functionWordsMarked() []string { return functionWordTable[:] }

var functionWordTable = [...]string{
	"bởi", "bị", "các", "cho", "cùng", "cần", "có", "của", "do", "hoặc", "khi", "là",
	"mà", "như", "những", "nhằm", "này", "nếu", "phải", "qua", "sau", "sẽ", "thì",
	"theo", "thuộc", "trong", "trên", "trước", "tại", "từ", "và", "về", "với", "đang",
	"được", "đã", "đó", "đến", "để",
}

// actionVerbsMarked returns the verbs of a charge that follow the body
// charged in running text and so end a name cut too late ("Cục Thuế trả",
// "… tham" of tham mưu or tham gia). Verbs that also end names are left
// out: "chỉ đạo" (Ban Chỉ đạo), "quản lý" (Ban Quản lý), "kiểm tra" (Ủy ban
// Kiểm tra), "tổ chức" (Ban Tổ chức), "xây dựng" (Sở Xây dựng), "giao"
// (Bộ Ngoại giao), "tổng hợp" (Đại học Tổng hợp), "nghiên cứu" (Viện
// Nghiên cứu).
func actionVerbsMarked() []string { return actionVerbTable[:] }

var actionVerbTable = [...]string{
	"ban hành", "báo cáo", "bảo đảm", "chịu", "chịu trách nhiệm", "chủ động", "gửi",
	"hoàn thành", "khẩn trương", "rà soát", "tham", "tham gia", "thực hiện",
	"tiếp tục", "triển khai", "trả", "tăng cường", "đẩy mạnh",
	"đảm bảo", "đề xuất",
}

// loneHeads returns, folded, the head words that name no body by
// themselves ("Sở", "Cơ quan", "Bộ phận"): the heads of agency's name
// grammar that need a name word after them (agency/generic.go, headTable
// with alone false) and the generic nouns of its groups ("cơ quan", "đơn
// vị", "bộ phận", "tổ chức"). A plural ("các sở") is a group, not a lone
// head, and heads that stand alone ("Công an", "Chính phủ") are not listed.
func loneHeads() []string { return loneHeadTable[:] }

var loneHeadTable = [...]string{
	"ban", "bao", "bo", "bo phan", "chi cuc", "chi nhanh", "co quan", "cong ty", "cuc",
	"dai", "doan", "don vi", "hoi", "hoi dong", "kho bac", "ngan hang", "phong", "so",
	"tap doan", "thanh tra", "thue", "to", "to chuc", "to cong tac", "toa an", "tong cong ty",
	"tong cuc", "trung tam", "uy ban", "van phong", "vien", "vu",
}
