package lexicon

// The words of charges, as the directive grammar reads them (copied from
// directive/lexicon.go, whose reader is to read them here). Source of every
// row: the usage of Vietnamese administrative documents as Nghị định
// 30/2020/NĐ-CP on clerical work describes their parts (Phụ lục I: the body,
// "Nơi nhận", the signature), and the documents of the development corpus
// (directive/testdata/corpus), where each row's words were seen doing what
// the row says. No row comes from one document alone. The nouns and
// qualifiers of collectives and the titles are rows of names (names.go).
var chargeRows = [...]Row{
	// Charge verbs.
	{Words: "giao", Class: Charge},
	{Words: "giao cho", Class: Charge},
	{Words: "giao nhiệm vụ cho", Class: Charge},
	{Words: "đề nghị", Class: Charge},
	{Words: "trân trọng đề nghị", Class: Charge},
	{Words: "kính đề nghị", Class: Charge},
	{Words: "yêu cầu", Class: Charge},
	{Words: "phân công", Class: Charge},
	{Words: "ủy quyền cho", Class: Charge},
	{Words: "ủy quyền", Class: Charge},
	// Roles.
	{Words: "chủ trì", Class: Lead},
	{Words: "làm đầu mối", Class: Lead},
	{Words: "là cơ quan chủ trì", Class: Lead},
	{Words: "là đầu mối", Class: Lead},
	{Words: "phối hợp với", Class: Coop},
	{Words: "tiếp tục phối hợp với", Class: Coop},
	{Words: "tiếp tục phối hợp", Class: Coop},
	{Words: "phối hợp cùng", Class: Coop},
	// The manner between the role and its parties: "Phối hợp chặt chẽ
	// với Sở Nông nghiệp và Môi trường …" (the corpus).
	{Words: "phối hợp chặt chẽ với", Class: Coop}, {Words: "phối hợp chặt chẽ", Class: Coop},
	{Words: "phối hợp", Class: Coop},
	{Words: "cùng với", Class: Coop},
	// Duties named after the parties.
	{Words: "có trách nhiệm", Class: Duty},
	{Words: "chịu trách nhiệm", Class: Duty},
	{Words: "theo chức năng", Class: Duty},
	{Words: "căn cứ chức năng", Class: Duty},
	{Words: "trong phạm vi chức năng", Class: Duty},
	{Words: "thực hiện", Class: Duty},
	{Words: "tổ chức thực hiện", Class: Duty},
	{Words: "tiếp tục", Class: Duty},
	{Words: "khẩn trương", Class: Duty},
	{Words: "tập trung", Class: Duty},
	{Words: "chủ động", Class: Duty},
	// "thành phố Đà Nẵng cần tập trung thực hiện …": what the body needs
	// to do (the thông báo kết luận of the corpus).
	{Words: "cần", Class: Duty},
	// Clauses that charge nobody new.
	{Words: "đã", Class: NotNew},
	{Words: "đang", Class: NotNew},
	{Words: "được", Class: NotNew},
	{Words: "là", Class: NotNew},
	{Words: "có", Class: NotNew},
	{Words: "không", Class: NotNew},
	{Words: "cho biết", Class: NotNew},
	// "Cục Thuế nhận được công văn số … của Thuế tỉnh …": the letter
	// answered, reported (the tax offices' letters of the corpus).
	{Words: "nhận được", Class: NotNew},
	{Words: "của", Class: Whose},
	{Words: "tại", Class: Whose},
	// Heads that stand alone for the body addressed or spoken of.
	{Words: "công ty", Class: Addressed},
	{Words: "tỉnh", Class: Addressed},
	{Words: "thành phố", Class: Addressed},
	{Words: "doanh nghiệp", Class: Addressed},
	{Words: "đơn vị", Class: Addressed},
	{Words: "ngân hàng", Class: Addressed},
	{Words: "tập đoàn", Class: Addressed},
	{Words: "tổng công ty", Class: Addressed},
	{Words: "quỹ", Class: Addressed},
	{Words: "bệnh viện", Class: Addressed},
	// "Thuế tỉnh Hà Tĩnh", "Thuế cơ sở 1": the tax offices as the 2025
	// reorganisation of the tax administration names them (Quyết định số
	// 381/QĐ-BTC ngày 26/02/2025 of the Ministry of Finance).
	{Words: "thuế", Class: Addressed},

	// Closing formulas: what the issuer asks of everyone, and how problems
	// are to be reported.
	{Words: "trong quá trình thực hiện", Class: Closing},
	{Words: "trong quá trình tổ chức thực hiện", Class: Closing},
	{Words: "trong quá trình triển khai", Class: Closing},
	{Words: "quá trình thực hiện", Class: Closing},
	{Words: "yêu cầu thủ trưởng các", Class: Closing},
	{Words: "yêu cầu các sở", Class: Closing},
	{Words: "yêu cầu các cơ quan", Class: Closing},
	{Words: "đề nghị các cơ quan, đơn vị", Class: Closing},
	{Words: "trên đây là", Class: Closing},
	{Words: "nhận được công văn này", Class: Closing},
	{Words: "nhận được văn bản này", Class: Closing},
	{Words: "văn phòng chính phủ thông báo để", Class: Closing},
	{Words: "văn phòng chính phủ xin thông báo để", Class: Closing},

	// What opens a clause of circumstance before a sentence's subject
	// (the condition, time and process clauses of Vietnamese grammar, as
	// calendar's condition grammar reads "nếu …", "khi …", "trường hợp …";
	// the corpus: "Trong quá trình tổ chức thực hiện, nếu có phát sinh
	// vướng mắc, các cơ quan, tổ chức, đơn vị phản ánh về …").
	{Words: "trong quá trình", Class: Adverbial}, {Words: "quá trình", Class: Adverbial},
	{Words: "nếu", Class: Adverbial}, {Words: "khi", Class: Adverbial},
	{Words: "trường hợp", Class: Adverbial}, {Words: "trong trường hợp", Class: Adverbial},
	{Words: "trong một số trường hợp", Class: Adverbial},
	{Words: "sau khi", Class: Adverbial}, {Words: "trước khi", Class: Adverbial},
	{Words: "định kỳ", Class: Adverbial}, {Words: "hằng năm", Class: Adverbial},
	{Words: "hằng quý", Class: Adverbial}, {Words: "hằng tháng", Class: Adverbial},
	{Words: "hàng năm", Class: Adverbial}, {Words: "hàng quý", Class: Adverbial},
	{Words: "hàng tháng", Class: Adverbial},
	// The ground and the topic before the subject: "Căn cứ nội dung Kế
	// hoạch và tình hình thực tiễn, các sở, ngành …", "Đối với các nhiệm
	// vụ triển khai trong năm 2025, các sở, ngành …" (the corpus).
	{Words: "căn cứ", Class: Adverbial}, {Words: "đối với", Class: Adverbial, Flags: Topic},

	// The form of address before the title of a member of the Party (the
	// corpus: "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các
	// tỉnh: …", in a công điện of the Prime Minister).
	{Words: "đồng chí", Class: Honorific}, {Words: "các đồng chí", Class: Honorific},

	// A title that says whose duties follow: the form regulations (quy
	// chế) give their articles.
	{Words: "trách nhiệm của", Class: DutyTitle},
	{Words: "nhiệm vụ của", Class: DutyTitle},
	// "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì":
	// the matters a body leads, as a quy chế phối hợp heads the article of
	// each body (the corpus).
	{Words: "nội dung", Class: DutyTitle},

	// Verbs that open an instruction: the first words of task items in the
	// directives of the corpus.
	{Words: "niêm yết", Class: Action}, // "niêm yết công khai TTHC", "niêm yết giá" (the corpus)
	{Words: "tăng cường", Class: Action}, {Words: "đẩy mạnh", Class: Action},
	{Words: "tổ chức", Class: Action}, {Words: "triển khai", Class: Action}, {Words: "rà soát", Class: Action},
	{Words: "báo cáo", Class: Action}, {Words: "xây dựng", Class: Action}, {Words: "hoàn thành", Class: Action},
	{Words: "hoàn thiện", Class: Action}, {Words: "kiểm tra", Class: Action}, {Words: "tham mưu", Class: Action},
	{Words: "nghiên cứu", Class: Action}, {Words: "bảo đảm", Class: Action}, {Words: "đảm bảo", Class: Action},
	{Words: "nâng cao", Class: Action}, {Words: "quán triệt", Class: Action}, {Words: "hướng dẫn", Class: Action},
	{Words: "theo dõi", Class: Action}, {Words: "đôn đốc", Class: Action}, {Words: "cập nhật", Class: Action},
	{Words: "ban hành", Class: Action}, {Words: "phổ biến", Class: Action}, {Words: "tuyên truyền", Class: Action},
	{Words: "kiện toàn", Class: Action}, {Words: "lập", Class: Action}, {Words: "duy trì", Class: Action},
	{Words: "chấn chỉnh", Class: Action}, {Words: "phát huy", Class: Action}, {Words: "quan tâm", Class: Action},
	{Words: "chỉ đạo", Class: Action}, {Words: "số hóa", Class: Action}, {Words: "chuẩn bị", Class: Action},
	{Words: "bố trí", Class: Action}, {Words: "cung cấp", Class: Action}, {Words: "thường xuyên", Class: Action},
	{Words: "nghiêm túc", Class: Action}, {Words: "kịp thời", Class: Action}, {Words: "xử lý", Class: Action},
	{Words: "giải quyết", Class: Action}, {Words: "tổng hợp", Class: Action}, {Words: "đề xuất", Class: Action},
	{Words: "khắc phục", Class: Action}, {Words: "ưu tiên", Class: Action}, {Words: "rà soát, đánh giá", Class: Action},
	{Words: "đánh giá", Class: Action}, {Words: "sơ kết", Class: Action}, {Words: "tổng kết", Class: Action},
	{Words: "xem xét", Class: Action}, {Words: "khảo sát", Class: Action},

	// The headings of the sections of a plan or a notice that state
	// purposes, requirements, objectives, viewpoints, assessments or scope.
	// The titles of the first articles of a legal text ("Điều 1. Phạm vi
	// điều chỉnh", "Điều 2. Đối tượng áp dụng", as the corpus's decisions
	// and regulations write them), before their first words below.
	{Words: "phạm vi điều chỉnh", Class: Section}, {Words: "đối tượng áp dụng", Class: Section},
	{Words: "mục đích", Class: Section}, {Words: "yêu cầu", Class: Section},
	{Words: "mục tiêu", Class: Section}, {Words: "quan điểm", Class: Section},
	{Words: "đánh giá", Class: Section}, {Words: "kết quả", Class: Section},
	{Words: "tình hình", Class: Section}, {Words: "phạm vi", Class: Section},
	{Words: "đối tượng", Class: Section}, {Words: "giải thích từ ngữ", Class: Section},
	{Words: "nguyên tắc", Class: Section}, {Words: "căn cứ", Class: Section},
	{Words: "sự cần thiết", Class: Section}, {Words: "bối cảnh", Class: Section},
	{Words: "thực trạng", Class: Section}, {Words: "định hướng", Class: Section},
	{Words: "tầm nhìn", Class: Section}, {Words: "chỉ tiêu", Class: Section},
	// An emulation plan's criteria and forms of award (Luật Thi đua,
	// khen thưởng 2022: "tiêu chuẩn", "hình thức khen thưởng"): the
	// standards its subjects are judged by, not work given to them.
	{Words: "tiêu chí", Class: Section}, {Words: "tiêu chuẩn", Class: Section},
	{Words: "hình thức khen thưởng", Class: Section},
	// The other headings the Law's chapters give an award's rules (Luật
	// Thi đua, khen thưởng 2022, Chương III "Hình thức, đối tượng, tiêu
	// chuẩn khen thưởng", Chương IV "… thủ tục, hồ sơ khen thưởng"), as an
	// emulation plan heads its sections ("III. ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH
	// THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG").
	{Words: "hình thức", Class: Section}, {Words: "thủ tục", Class: Section},
	{Words: "hồ sơ", Class: Section},
	// The parts of an administrative procedure as a decision publishing it
	// lists them (Nghị định 63/2010/NĐ-CP, Điều 8: tên, trình tự thực hiện,
	// cách thức thực hiện, hồ sơ, thời hạn giải quyết, đối tượng thực
	// hiện, cơ quan thực hiện, kết quả thực hiện, mẫu đơn, yêu cầu, điều
	// kiện, phí, lệ phí, căn cứ pháp lý).
	{Words: "trình tự thực hiện", Class: Section, Flags: Procedure},
	{Words: "cách thức thực hiện", Class: Section, Flags: Procedure},
	{Words: "thành phần hồ sơ", Class: Section, Flags: Procedure},
	{Words: "thành phần, số lượng hồ sơ", Class: Section, Flags: Procedure},
	{Words: "thời hạn giải quyết", Class: Section, Flags: Procedure},
	{Words: "đối tượng thực hiện", Class: Section, Flags: Procedure},
	{Words: "cơ quan giải quyết", Class: Section, Flags: Procedure},
	{Words: "cơ quan thực hiện", Class: Section, Flags: Procedure},
	{Words: "kết quả thực hiện", Class: Section, Flags: Procedure},
	{Words: "kết quả của việc thực hiện", Class: Section, Flags: Procedure},
	{Words: "phí, lệ phí", Class: Section, Flags: Procedure},
	{Words: "lệ phí", Class: Section, Flags: Procedure},
	{Words: "tên mẫu đơn", Class: Section, Flags: Procedure},
	{Words: "mẫu đơn, mẫu tờ khai", Class: Section, Flags: Procedure},
	{Words: "yêu cầu, điều kiện thực hiện", Class: Section, Flags: Procedure},
	{Words: "căn cứ pháp lý", Class: Section, Flags: Procedure},
	// The heading of a process set out step by step ("Điều 4. Quy trình
	// rà soát đối tượng …", "Quy trình nội bộ", "Trình tự, thủ tục …"):
	// its items are the steps of whoever acts, not work given (the
	// corpus: the internal procedures that decisions publish beside the
	// procedures of Nghị định 63/2010/NĐ-CP, Điều 8).
	{Words: "quy trình", Class: Section, Flags: Procedure},
}
