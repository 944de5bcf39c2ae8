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

	// The headings of the sections of a plan or a notice that state
	// purposes, requirements, objectives, viewpoints, assessments or scope.
	{Words: "mục đích", Class: Section}, {Words: "yêu cầu", Class: Section},
	{Words: "mục tiêu", Class: Section}, {Words: "quan điểm", Class: Section},
	{Words: "đánh giá", Class: Section}, {Words: "kết quả", Class: Section},
	{Words: "tình hình", Class: Section}, {Words: "phạm vi", Class: Section},
	{Words: "đối tượng", Class: Section}, {Words: "giải thích từ ngữ", Class: Section},
	{Words: "nguyên tắc", Class: Section}, {Words: "căn cứ", Class: Section},
	{Words: "sự cần thiết", Class: Section}, {Words: "bối cảnh", Class: Section},
	{Words: "thực trạng", Class: Section}, {Words: "định hướng", Class: Section},
	{Words: "tầm nhìn", Class: Section}, {Words: "chỉ tiêu", Class: Section},
}
