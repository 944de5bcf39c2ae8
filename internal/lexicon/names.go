package lexicon

// The words of names: the heads of bodies, the titles of persons, the nouns
// and qualifiers of collectives, the units of territory, the words that end
// a name and those that continue one. Sources are given per block; "the
// corpus" is the development corpus of directives
// (directive/testdata/corpus), where each row's words were seen doing what
// the row says, in more than one document.

// srcND123 is the organisation of ministries: Nghị định 123/2016/NĐ-CP
// (amended by Nghị định 101/2020/NĐ-CP), Điều 8 and 17: a ministry's vụ,
// cục, tổng cục, văn phòng, thanh tra and đơn vị sự nghiệp.
// srcND24 is the organisation of provincial departments: Nghị định
// 24/2014/NĐ-CP (amended by 107/2020/NĐ-CP) and Nghị định 45/2025/NĐ-CP: the
// sở and their chi cục, phòng and trung tâm.
// srcCQDP is Luật Tổ chức chính quyền địa phương 2015 (amended 2019 and
// 2025): the units of territory and their Ủy ban nhân dân and Hội đồng nhân
// dân.

var nameRows = [...]Row{
	// Heads of bodies (agency/generic.go before this lexicon; srcND123,
	// srcND24, srcCQDP; the Party's bodies by Điều lệ Đảng; the press by
	// Luật Báo chí 2016; enterprises by Luật Doanh nghiệp 2020).
	{Words: "Ban", Class: Head, Kind: "ban", Flags: Breaks | Common | Listed},
	{Words: "Báo", Class: Head, Kind: "báo chí", Flags: Common},
	{Words: "Ban Chỉ đạo", Class: Head, Kind: "ban chỉ đạo", Flags: Alone},
	// Ban Quản lý: the boards of industrial parks and economic zones
	// (Nghị định 35/2022/NĐ-CP, Điều 68) and of investment projects
	// (Luật Xây dựng 2014, Điều 63), often written "Ban quản lý …".
	{Words: "Ban Quản lý", Class: Head, Kind: "ban", Flags: Breaks | Common | Listed},
	{Words: "BCĐ", Class: Head, Kind: "ban chỉ đạo", Flags: Alone | Abbrev},
	{Words: "Bảo hiểm xã hội", Class: Head, Kind: "bảo hiểm xã hội", Flags: Alone | Breaks},
	{Words: "BHXH", Class: Head, Kind: "bảo hiểm xã hội", Flags: Alone | Breaks | Abbrev},
	// Bệnh viện: a public hospital is an đơn vị sự nghiệp of the Bộ or
	// Sở Y tế (Luật Khám bệnh, chữa bệnh 15/2023/QH15, Điều 39: "bệnh
	// viện" is a form of facility; srcND24 for the sở's units).
	{Words: "Bệnh viện", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Common},
	{Words: "Bộ", Class: Head, Kind: "bộ", Level: "trung ương", Flags: Breaks | Stands | Common | Listed | Measure},
	// The institutions of higher education (Luật Giáo dục đại học: đại
	// học, trường đại học, học viện), public ones đơn vị sự nghiệp: "Đại
	// học Công nghiệp Hà Nội", "Trường Đại học Bách khoa Hà Nội", "Học
	// viện Hành chính Quốc gia".
	{Words: "Đại học", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Common},
	{Words: "Trường Đại học", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Common},
	{Words: "Học viện", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Common},
	{Words: "Bưu điện", Class: Head, Kind: "doanh nghiệp", Flags: Alone},
	{Words: "Công an", Class: Head, Kind: "công an", Flags: Alone | Breaks | Governs | Common},
	{Words: "CA", Class: Head, Kind: "công an", Flags: Alone | Breaks | Governs | Abbrev | Common},
	{Words: "Chi cục", Class: Head, Kind: "đơn vị thuộc bộ", Flags: Breaks | Common | Listed},
	{Words: "Chính phủ", Class: Head, Kind: "Chính phủ", Level: "trung ương", Flags: Alone},
	{Words: "Cổng Thông tin điện tử", Class: Head, Kind: "báo chí", Flags: Alone | Common},
	{Words: "Cổng TTĐT", Class: Head, Kind: "báo chí", Flags: Alone | Common},
	{Words: "Công ty", Class: Head, Kind: "doanh nghiệp", Flags: Common},
	{Words: "Cục", Class: Head, Kind: "đơn vị thuộc bộ", Flags: Breaks | Common | Listed},
	{Words: "Đài", Class: Head, Kind: "báo chí", Flags: Common},
	{Words: "Đảng ủy", Class: Head, Kind: "cơ quan Đảng", Flags: Alone},
	{Words: "Đoàn đại biểu Quốc hội", Class: Head, Kind: "Quốc hội", Level: "cấp tỉnh", Flags: Alone},
	{Words: "HĐND", Class: Head, Kind: "Hội đồng nhân dân", Flags: Alone | Breaks | Governs},
	{Words: "Hội đồng nhân dân", Class: Head, Kind: "Hội đồng nhân dân", Flags: Alone | Breaks | Governs},
	{Words: "Hội đồng", Class: Head, Kind: "ban", Flags: Common},
	{Words: "Huyện ủy", Class: Head, Kind: "cơ quan Đảng", Level: "cấp huyện", Flags: Alone},
	{Words: "Kho bạc", Class: Head, Kind: "cơ quan thuộc Chính phủ"},
	{Words: "Kiểm toán Nhà nước", Class: Head, Kind: "kiểm toán nhà nước", Flags: Alone},
	{Words: "MTTQ", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Mặt trận Tổ quốc", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	// The mass organisations of the Front (Hiến pháp 2013, Điều 9–10:
	// Công đoàn, Hội Nông dân, Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội
	// Liên hiệp Phụ nữ, Hội Cựu chiến binh; Luật Công đoàn 2024: the
	// provincial "Liên đoàn Lao động") and the professional unions of
	// science and of cooperatives (Liên hiệp các hội Khoa học và Kỹ thuật
	// Việt Nam and its provincial unions; Luật Hợp tác xã 2023: Liên minh
	// Hợp tác xã), written with the tier or place after them ("Hội Nông
	// dân tỉnh", "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh").
	{Words: "Liên hiệp các hội Khoa học và Kỹ thuật", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Liên đoàn Lao động", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Hội Liên hiệp Phụ nữ", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Hội Nông dân", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Hội Cựu chiến binh", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Liên minh Hợp tác xã", Class: Head, Kind: "Mặt trận Tổ quốc", Flags: Alone},
	{Words: "Ngân hàng", Class: Head, Kind: "ngân hàng"},
	{Words: "NHCSXH", Class: Head, Kind: "ngân hàng", Flags: Alone},
	{Words: "Ngân hàng Chính sách xã hội", Class: Head, Kind: "ngân hàng", Flags: Alone},
	{Words: "NHNN", Class: Head, Kind: "Ngân hàng Nhà nước", Flags: Alone},
	{Words: "Ngân hàng Nhà nước", Class: Head, Kind: "Ngân hàng Nhà nước", Flags: Alone},
	{Words: "Phòng", Class: Head, Kind: "phòng", Flags: Breaks | Common | Listed},
	{Words: "Quốc hội", Class: Head, Kind: "Quốc hội", Level: "trung ương", Flags: Alone},
	{Words: "Sở", Class: Head, Kind: "sở", Level: "cấp tỉnh", Flags: Breaks | Stands | Common | Listed},
	{Words: "Tập đoàn", Class: Head, Kind: "doanh nghiệp", Flags: Listed},
	{Words: "Thanh tra", Class: Head, Kind: "thanh tra"},
	{Words: "Thành ủy", Class: Head, Kind: "cơ quan Đảng", Level: "cấp tỉnh", Flags: Alone},
	{Words: "Tỉnh ủy", Class: Head, Kind: "cơ quan Đảng", Level: "cấp tỉnh", Flags: Alone},
	{Words: "Tổ công tác", Class: Head, Kind: "tổ công tác", Flags: Common},
	{Words: "Tòa án", Class: Head, Kind: "tòa án"},
	{Words: "Tòa án nhân dân", Class: Head, Kind: "tòa án", Flags: Alone},
	{Words: "Tổng công ty", Class: Head, Kind: "doanh nghiệp", Flags: Common | Listed},
	{Words: "Tổng cục", Class: Head, Kind: "đơn vị thuộc bộ", Level: "trung ương", Flags: Breaks | Common},
	{Words: "Trung tâm", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Breaks | Common},
	{Words: "UB", Class: Head, Flags: Abbrev},
	{Words: "UBND", Class: Head, Kind: "Ủy ban nhân dân", Flags: Alone | Breaks | Governs | Listed},
	{Words: "Ủy ban nhân dân", Class: Head, Kind: "Ủy ban nhân dân", Flags: Alone | Breaks | Governs | Listed},
	{Words: "Ủy ban", Class: Head},
	{Words: "Văn phòng", Class: Head, Kind: "văn phòng", Flags: Breaks | Common},
	// The standing office of a steering committee: "Văn phòng Thường trực
	// Ban Chỉ đạo 389 quốc gia" (the corpus: a công điện of the Prime
	// Minister), whose "Thường trực" is no title.
	{Words: "Văn phòng thường trực", Class: Head, Kind: "văn phòng", Flags: Breaks},
	{Words: "Văn thư", Class: Head, Kind: "phòng", Flags: Alone | Common},
	{Words: "Viện", Class: Head, Kind: "đơn vị sự nghiệp", Flags: Common},
	{Words: "Viện kiểm sát nhân dân", Class: Head, Kind: "viện kiểm sát", Flags: Alone | Common},
	{Words: "VPUB", Class: Head, Kind: "văn phòng", Level: "cấp tỉnh", Flags: Alone},
	{Words: "Vụ", Class: Head, Kind: "đơn vị thuộc bộ", Level: "trung ương", Flags: Breaks | Common | Listed},

	// Words other than heads that begin names but are common nouns too,
	// so that the name is one only capitalised: "viễn thông" the trade,
	// "chi nhánh" a branch, "hội" an association (agency/find.go's
	// needsCap before this lexicon; the heads say so by Common).
	{Words: "viễn thông", Class: Cap}, {Words: "chi nhánh", Class: Cap}, {Words: "hội", Class: Cap},

	// Common words whose last syllable folds like a head, or that a head
	// begins: the head is not one there ("cơ sở", "cán bộ", "nhiệm vụ",
	// "Bộ phận"; agency/find.go's compound and the checks of its name
	// before this lexicon). A verb that a head begins ("ban hành", "Báo
	// cáo") is a Stop row.
	{Words: "cơ sở", Class: Word}, {Words: "trụ sở", Class: Word}, {Words: "cán bộ", Class: Word},
	{Words: "toàn bộ", Class: Word}, {Words: "một bộ", Class: Word}, {Words: "đồng bộ", Class: Word},
	{Words: "nhiệm vụ", Class: Word}, {Words: "dịch vụ", Class: Word},
	{Words: "phục vụ", Class: Word}, {Words: "bộ phận", Class: Word}, {Words: "bộ chỉ số", Class: Word},
	{Words: "ban đầu", Class: Word},
	{Words: "trường hợp", Class: Word}, // a case, not a school ("các trường hợp")
	// Things, not facilities, that "cơ sở" (a basis, a base) begins:
	// "các cơ sở dữ liệu chuyên ngành", "cơ sở vật chất", "cơ sở hạ tầng",
	// "cơ sở pháp lý" (the corpus's plans for digital transformation).
	{Words: "cơ sở dữ liệu", Class: Word}, {Words: "cơ sở vật chất", Class: Word},
	{Words: "cơ sở hạ tầng", Class: Word}, {Words: "cơ sở pháp lý", Class: Word},
	{Words: "phòng chống", Class: Word}, {Words: "phòng, chống", Class: Word}, {Words: "phòng ngừa", Class: Word},
	// "Đơn vị tính" (a unit of measure: "Đơn vị tính: đồng"), not a body.
	{Words: "đơn vị tính", Class: Word},
	// Places whose first syllable is a head: "Đài Loan" (Taiwan, a market
	// the corpus's export plans name beside "Trung Quốc", "Hàn Quốc"), not a
	// station ("Đài Phát thanh và Truyền hình").
	{Words: "Đài Loan", Class: Word},
	// The taxes, as the laws that levy them name them (Luật Thuế giá trị
	// gia tăng, Luật Thuế thu nhập doanh nghiệp, Luật Thuế thu nhập cá
	// nhân, Luật Thuế tiêu thụ đặc biệt, Luật Thuế xuất khẩu, thuế nhập
	// khẩu, Luật Thuế tài nguyên, Luật Thuế bảo vệ môi trường, Luật Thuế
	// sử dụng đất nông nghiệp / phi nông nghiệp): "Thuế giá trị gia tăng"
	// is a tax, not the tax authority "Thuế tỉnh …" of 2025.
	{Words: "thuế giá trị gia tăng", Class: Word}, {Words: "thuế thu nhập", Class: Word},
	{Words: "thuế tiêu thụ đặc biệt", Class: Word}, {Words: "thuế xuất khẩu", Class: Word},
	{Words: "thuế nhập khẩu", Class: Word}, {Words: "thuế tài nguyên", Class: Word},
	{Words: "thuế bảo vệ môi trường", Class: Word}, {Words: "thuế sử dụng đất", Class: Word},

	// Titles of persons (agency.Title; the abbreviations as the
	// distribution lists of Nghị định 30/2020/NĐ-CP write them: "CT, PCT
	// UBND TP", "CVP, các PCVP", "TTgCP, các PTTgCP"). "Thủ trưởng" (the
	// head of a body) and "Thứ trưởng" (a deputy minister) differ by
	// their tone only.
	{Words: "Bí thư", Class: Title},
	{Words: "Bộ trưởng", Class: Title},
	{Words: "BTCN", Class: Title, Title: "Chủ nhiệm", Flags: Abbrev},
	{Words: "Chánh Văn phòng", Class: Title},
	{Words: "Chủ nhiệm", Class: Title},
	{Words: "Chủ tịch", Class: Title},
	{Words: "CT", Class: Title, Title: "Chủ tịch", Flags: Abbrev},
	{Words: "Cục trưởng", Class: Title},
	{Words: "CVP", Class: Title, Title: "Chánh Văn phòng", Flags: Abbrev},
	{Words: "GĐ", Class: Title, Title: "Giám đốc", Flags: Abbrev},
	{Words: "Giám đốc", Class: Title},
	{Words: "người đứng đầu", Class: Title},
	{Words: "PCN", Class: Title, Title: "Phó Chủ nhiệm", Flags: Abbrev},
	{Words: "PCT", Class: Title, Title: "Phó Chủ tịch", Flags: Abbrev},
	{Words: "PCVP", Class: Title, Title: "Phó Chánh Văn phòng", Flags: Abbrev},
	{Words: "PGĐ", Class: Title, Title: "Phó Giám đốc", Flags: Abbrev},
	{Words: "Phó Bí thư", Class: Title},
	{Words: "Phó Chánh Văn phòng", Class: Title},
	{Words: "Phó Chủ nhiệm", Class: Title},
	{Words: "Phó Chủ tịch", Class: Title},
	{Words: "Phó Cục trưởng", Class: Title},
	// The elected members of a people's council (Luật Tổ chức chính quyền
	// địa phương 2015, Điều 6–7: "đại biểu Hội đồng nhân dân") and of the
	// National Assembly: "đại biểu Hội đồng nhân dân Thành phố".
	{Words: "Đại biểu", Class: Title},
	// The leaders of a body, as a charge names them: "lãnh đạo các Bộ,
	// ngành theo chức năng, nhiệm vụ …" (the corpus: công điện of the
	// Prime Minister).
	{Words: "Lãnh đạo", Class: Title},
	{Words: "Phó Giám đốc", Class: Title},
	{Words: "Phó Thủ tướng", Class: Title},
	{Words: "Phó Trưởng", Class: Title},
	{Words: "PTTg", Class: Title, Title: "Phó Thủ tướng", Flags: Abbrev},
	{Words: "Thành viên", Class: Title},
	{Words: "Thủ trưởng", Class: Title},
	{Words: "Thứ trưởng", Class: Title},
	{Words: "Thủ tướng", Class: Title},
	{Words: "Thường trực", Class: Title},
	{Words: "Trưởng", Class: Title},
	// The head of a Ban written with the Ban's own head word before its
	// name: "Trưởng ban Ban Quản lý Khu kinh tế …", "Phó Trưởng ban Ban
	// Dân tộc" (the corpus; Quyết định thành lập Ban Quản lý khu kinh tế).
	{Words: "Trưởng ban", Class: Title, Title: "Trưởng"},
	{Words: "Phó Trưởng ban", Class: Title, Title: "Phó Trưởng"},
	// The heads of the units of a ministry (Nghị định 123/2016/NĐ-CP on
	// the structure of ministries: Vụ, Tổng cục, Thanh tra Bộ; "Vụ
	// trưởng Vụ Pháp chế", "Tổng Cục trưởng Tổng cục Thống kê"), the
	// Governor of the State Bank (Luật Ngân hàng Nhà nước Việt Nam 2010,
	// Điều 8: "Thống đốc Ngân hàng Nhà nước"), the chief inspector of a
	// province or ministry (Luật Thanh tra 2022: "Chánh Thanh tra"), the
	// head of a school (Luật Giáo dục 2019, Điều 100: "hiệu trưởng") and
	// of a corporation or social insurance (Luật Bảo hiểm xã hội 2024:
	// "Tổng Giám đốc Bảo hiểm xã hội Việt Nam").
	{Words: "Vụ trưởng", Class: Title}, {Words: "Phó Vụ trưởng", Class: Title},
	{Words: "Tổng Cục trưởng", Class: Title}, {Words: "Thống đốc", Class: Title},
	{Words: "Chánh Thanh tra", Class: Title}, {Words: "Hiệu trưởng", Class: Title},
	{Words: "Tổng Giám đốc", Class: Title},
	{Words: "TT", Class: Title, Title: "Thường trực", Flags: Abbrev},
	{Words: "TTg", Class: Title, Title: "Thủ tướng", Flags: Abbrev},

	// The nouns of collectives, as "các …" lists them: the bodies of
	// Nghị định 123/2016/NĐ-CP and 24/2014/NĐ-CP ("các bộ, cơ quan ngang
	// bộ, cơ quan thuộc Chính phủ", "các sở, ban, ngành"), the units of
	// srcCQDP ("các huyện, thị xã, thành phố"), Luật Viên chức 2010
	// ("đơn vị sự nghiệp công lập"), and the corpus ("các cơ quan, đơn
	// vị, địa phương", "các doanh nghiệp", "các tổ chức, cá nhân", "các
	// hội, đoàn thể"). directive/lexicon.go's lexCollective rows are
	// here, but for the heads (flagged Listed) and the units.
	{Words: "ngành", Class: Collective, Flags: Public},
	{Words: "cơ quan", Class: Collective, Flags: Public},
	{Words: "cơ quan ngang bộ", Class: Collective, Flags: Public},
	{Words: "cơ quan thuộc chính phủ", Class: Collective, Flags: Public},
	{Words: "cơ quan trung ương", Class: Collective, Flags: Public},
	{Words: "cơ quan chuyên môn", Class: Collective, Flags: Public},
	{Words: "cơ quan hành chính", Class: Collective, Flags: Public},
	{Words: "cơ quan báo chí", Class: Collective},
	{Words: "cơ quan thường trực", Class: Collective, Flags: Body | Public},
	{Words: "đơn vị", Class: Collective, Flags: Public},
	{Words: "đơn vị sự nghiệp", Class: Collective, Flags: Public},
	{Words: "đơn vị sự nghiệp công lập", Class: Collective, Flags: Public},
	{Words: "địa phương", Class: Collective, Flags: Public},
	{Words: "tổ chức", Class: Collective},
	{Words: "tổ chức chính trị - xã hội", Class: Collective},
	// "cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành chính
	// khác thuộc Ủy ban nhân dân tỉnh": the bodies that use public assets
	// (the corpus, after Nghị định 155/2025/NĐ-CP on their standards).
	{Words: "tổ chức hành chính", Class: Collective, Flags: Public},
	{Words: "cá nhân", Class: Collective},
	// The people who serve the state, by the laws that name them (Luật
	// Cán bộ, công chức 2008, Điều 4; Luật Viên chức 2010, Điều 2), as
	// an execution article charges them: "cán bộ, công chức của Kiểm toán
	// nhà nước". Written after "cán bộ", a Word row ("cán bộ" alone is no
	// collective noun of bodies).
	{Words: "cán bộ, công chức", Class: Collective}, {Words: "cán bộ, công chức, viên chức", Class: Collective},
	{Words: "công chức", Class: Collective}, {Words: "viên chức", Class: Collective},
	{Words: "doanh nghiệp", Class: Collective},
	// The private parties a regulation of works and premises charges, by
	// the laws that name them: the investor (Luật Xây dựng 2014, Điều 3
	// khoản 9, "chủ đầu tư"), the owner (Bộ luật Dân sự 2015, Điều 158,
	// "chủ sở hữu"), and the owner of premises as the corpus's resolution
	// on fire safety of premises writes it ("chủ cơ sở"; the law's own
	// term not checked here).
	{Words: "chủ đầu tư", Class: Collective}, {Words: "chủ sở hữu", Class: Collective},
	{Words: "chủ cơ sở", Class: Collective},
	{Words: "đoàn thể", Class: Collective},
	// The socio-political organisations of Hiến pháp 2013, Điều 9 (the
	// members of the Front), as a plan names them: "các đoàn thể chính
	// trị - xã hội".
	{Words: "đoàn thể chính trị - xã hội", Class: Collective},
	{Words: "hội", Class: Collective},
	{Words: "lực lượng", Class: Collective},
	{Words: "cơ sở", Class: Collective},
	// "các cơ sở giáo dục mầm non", "cơ sở giáo dục phổ thông": the
	// facilities of Luật Giáo dục 2019 (Điều 9, the levels of the national
	// education system, read as qualifiers below).
	{Words: "cơ sở giáo dục", Class: Collective},
	// The institutions that train (Luật Giáo dục đại học 2012, Luật Giáo
	// dục nghề nghiệp 2014: "cơ sở đào tạo"): "Các cơ sở đào tạo thuộc
	// cấp tỉnh".
	{Words: "cơ sở đào tạo", Class: Collective},
	{Words: "trường", Class: Collective},
	// The Party's committees at each tier (Điều lệ Đảng Cộng sản Việt
	// Nam 2011, Chương III: "cấp ủy"): "các cấp ủy Đảng".
	{Words: "cấp ủy", Class: Collective, Flags: Public},
	{Words: "cấp ủy Đảng", Class: Collective, Flags: Public},
	// The groups of a people's council's members by constituency (Luật
	// Tổ chức chính quyền địa phương 2015, Điều 18, 32: "Tổ đại biểu Hội
	// đồng nhân dân"), as each council's resolutions charge them: "các Tổ
	// đại biểu".
	{Words: "tổ đại biểu", Class: Collective, Flags: Public},

	// What closes a collective: its relation to the task ("liên quan"),
	// the body it belongs to ("trực thuộc UBND tỉnh"), where it sits
	// ("đóng trên địa bàn tỉnh"), its tier ("cấp tỉnh", "các cấp",
	// "Trung ương"). Nghị định 30/2020/NĐ-CP's "Nơi nhận" and the corpus
	// ("các cơ quan, đơn vị có liên quan", "các sở, ban, ngành, cơ quan
	// Trung ương đóng trên địa bàn tỉnh", "các doanh nghiệp đóng chân trên
	// địa bàn"). directive/lexicon.go's lexQualifier rows are here.
	{Words: "liên quan", Class: Qualifier},
	// "các cơ quan chức năng", "các lực lượng chức năng": the bodies whose
	// functions the matter falls in (the corpus, in công điện and thông
	// báo kết luận alike).
	{Words: "chức năng", Class: Qualifier},
	{Words: "có liên quan", Class: Qualifier},
	// The member organisations of a front or a union: "Ủy ban Mặt trận
	// Tổ quốc tỉnh và các tổ chức thành viên" (Luật Mặt trận Tổ quốc Việt
	// Nam 2015, Điều 1: "các tổ chức thành viên"; the corpus's emulation
	// plans).
	{Words: "thành viên", Class: Qualifier},
	// The rest of a list: "các cơ quan, tổ chức, cá nhân khác có liên
	// quan", "các cơ quan, đơn vị, địa phương liên quan khác" (the corpus).
	{Words: "khác", Class: Qualifier},
	// "Các cơ quan, tổ chức, đơn vị còn lại": the rest of those a text
	// lists (the corpus).
	{Words: "còn lại", Class: Qualifier},
	// The levels of education (Luật Giáo dục 2019, Điều 9) after "cơ sở
	// giáo dục".
	{Words: "mầm non", Class: Qualifier}, {Words: "phổ thông", Class: Qualifier},
	{Words: "nghề nghiệp", Class: Qualifier}, {Words: "đại học", Class: Qualifier},
	{Words: "thường xuyên", Class: Qualifier},
	{Words: "trực thuộc", Class: Qualifier, Flags: Body | Place},
	{Words: "thuộc", Class: Qualifier, Flags: Body},
	// "các cơ quan, đơn vị thuộc, trực thuộc Bộ Nội vụ": the units
	// belonging and directly subordinate to a ministry, as the execution
	// article of a ministry's decision lists them (the corpus; Nghị định
	// 123/2016/NĐ-CP, Điều 9: "tổ chức thuộc bộ", "đơn vị trực thuộc").
	{Words: "thuộc, trực thuộc", Class: Qualifier, Flags: Body},
	{Words: "thuộc tỉnh", Class: Qualifier},
	{Words: "thuộc thành phố", Class: Qualifier},
	{Words: "trên địa bàn", Class: Qualifier, Flags: Place},
	{Words: "đóng trên địa bàn", Class: Qualifier, Flags: Place},
	{Words: "đóng chân trên địa bàn", Class: Qualifier, Flags: Place},
	{Words: "các cấp", Class: Qualifier},
	{Words: "cấp tỉnh", Class: Qualifier},
	{Words: "cấp huyện", Class: Qualifier},
	{Words: "cấp xã", Class: Qualifier},
	{Words: "cấp cơ sở", Class: Qualifier},
	{Words: "Trung ương", Class: Qualifier},
	// The whole of a territory: "của toàn tỉnh" (kpi/words.go's
	// agencyHeads before this lexicon).
	{Words: "toàn tỉnh", Class: Qualifier}, {Words: "toàn thành phố", Class: Qualifier},

	// Units of territory (srcCQDP, Điều 2: tỉnh, thành phố trực thuộc
	// trung ương; huyện, quận, thị xã, thành phố thuộc tỉnh; xã, phường,
	// thị trấn; đặc khu from Luật 72/2025/QH15), and "cấp" (tier):
	// "Ủy ban nhân dân tỉnh", "Công an cấp xã".
	{Words: "cấp", Class: Unit},
	{Words: "đặc khu", Class: Unit},
	{Words: "huyện", Class: Unit, Flags: Standalone},
	{Words: "khu", Class: Unit},
	{Words: "phường", Class: Unit, Flags: Standalone},
	{Words: "quận", Class: Unit},
	{Words: "thị xã", Class: Unit},
	{Words: "thị trấn", Class: Unit},
	{Words: "tỉnh", Class: Unit, Flags: Standalone},
	{Words: "thành phố", Class: Unit, Flags: Standalone},
	{Words: "TP", Class: Unit, Flags: Standalone},
	{Words: "Trung ương", Class: Unit, Flags: Standalone},
	{Words: "TW", Class: Unit, Flags: Standalone},
	{Words: "xã", Class: Unit, Flags: Standalone},

	// Words that end a name in running text: the verbs that follow the
	// body charged and the function words (agency/generic.go's stopWords
	// before this lexicon, each folded word written as the words it
	// stood for; the corpus: "Sở Tài chính tham mưu", "Công an thành phố
	// tổng hợp"). Rows of several words end a name only whole ("công
	// tác", where "khu công nghiệp" goes on).
	{Words: "báo", Class: Stop}, {Words: "bảo", Class: Stop}, {Words: "bố", Class: Stop},
	{Words: "bổ", Class: Stop}, {Words: "bỏ", Class: Stop}, {Words: "các", Class: Stop},
	{Words: "cần", Class: Stop}, {Words: "căn", Class: Stop}, {Words: "cấp", Class: Stop},
	{Words: "chỉ", Class: Stop}, {Words: "chi", Class: Stop}, {Words: "chịu", Class: Stop},
	{Words: "cho", Class: Stop}, {Words: "chủ", Class: Stop}, {Words: "có", Class: Stop},
	{Words: "công tác", Class: Stop}, {Words: "công bố", Class: Stop}, {Words: "công khai", Class: Stop},
	{Words: "cơ bản", Class: Stop}, // the adverb after a subject: "Cục Thuế cơ bản thống nhất"
	{Words: "cộng", Class: Stop}, {Words: "của", Class: Stop}, {Words: "cùng", Class: Stop},
	{Words: "cung", Class: Stop}, {Words: "đã", Class: Stop}, {Words: "đảm", Class: Stop},
	{Words: "đang", Class: Stop}, {Words: "đăng", Class: Stop}, {Words: "đẩy", Class: Stop},
	{Words: "để", Class: Stop}, {Words: "đề", Class: Stop}, {Words: "đến", Class: Stop},
	{Words: "định", Class: Stop}, {Words: "đối", Class: Stop}, {Words: "đổi", Class: Stop},
	{Words: "đôn", Class: Stop}, {Words: "đơn giản", Class: Stop}, {Words: "đồng", Class: Stop},
	{Words: "đóng", Class: Stop}, {Words: "được", Class: Stop}, {Words: "giải", Class: Stop},
	{Words: "giai", Class: Stop}, {Words: "giao", Class: Stop}, {Words: "giúp", Class: Stop},
	{Words: "hoặc", Class: Stop}, {Words: "hoàn", Class: Stop}, {Words: "hướng", Class: Stop},
	{Words: "kèm", Class: Stop}, {Words: "khẩn", Class: Stop}, {Words: "khi", Class: Stop},
	{Words: "không", Class: Stop}, {Words: "kiểm", Class: Stop}, {Words: "kịp", Class: Stop},
	{Words: "là", Class: Stop}, {Words: "làm", Class: Stop}, {Words: "lập", Class: Stop},
	{Words: "liên hệ", Class: Stop}, // "… Hội đồng Kinh doanh Hoa kỳ - ASEAN liên hệ với …"
	{Words: "mà", Class: Stop}, {Words: "mọi", Class: Stop}, {Words: "mới", Class: Stop},
	{Words: "một", Class: Stop}, {Words: "năm", Class: Stop}, {Words: "nắm", Class: Stop},
	{Words: "nâng", Class: Stop}, {Words: "năng", Class: Stop}, {Words: "này", Class: Stop},
	{Words: "nay", Class: Stop}, {Words: "nêu", Class: Stop}, {Words: "nếu", Class: Stop},
	{Words: "ngày", Class: Stop}, {Words: "ngay", Class: Stop}, {Words: "nhằm", Class: Stop},
	{Words: "nhanh", Class: Stop}, {Words: "như", Class: Stop}, {Words: "những", Class: Stop},
	{Words: "nhưng", Class: Stop}, {Words: "nơi", Class: Stop}, {Words: "nói", Class: Stop},
	{Words: "phải", Class: Stop}, {Words: "phối", Class: Stop}, {Words: "quán", Class: Stop},
	{Words: "quan tâm", Class: Stop}, {Words: "ra", Class: Stop}, {Words: "rà", Class: Stop},
	{Words: "sau", Class: Stop}, {Words: "sẽ", Class: Stop}, {Words: "số", Class: Stop},
	{Words: "so", Class: Stop}, {Words: "tại", Class: Stop}, {Words: "tăng", Class: Stop},
	{Words: "tập", Class: Stop}, {Words: "tham", Class: Stop}, {Words: "thẩm", Class: Stop},
	{Words: "theo", Class: Stop}, {Words: "thì", Class: Stop}, {Words: "thi", Class: Stop},
	{Words: "thông báo", Class: Stop}, {Words: "thông qua", Class: Stop}, {Words: "thống", Class: Stop},
	{Words: "thực", Class: Stop}, {Words: "tiếp", Class: Stop}, {Words: "tổ chức", Class: Stop},
	{Words: "tờ", Class: Stop}, {Words: "tổng", Class: Stop}, {Words: "trách", Class: Stop},
	{Words: "trên", Class: Stop}, {Words: "triển", Class: Stop}, {Words: "trình", Class: Stop},
	{Words: "trong", Class: Stop}, {Words: "từ", Class: Stop}, {Words: "tự", Class: Stop},
	{Words: "tục", Class: Stop}, {Words: "và", Class: Stop}, {Words: "về", Class: Stop},
	{Words: "với", Class: Stop}, {Words: "xây", Class: Stop}, {Words: "xem", Class: Stop},
	{Words: "yêu", Class: Stop}, {Words: "ban hành", Class: Stop}, {Words: "báo cáo", Class: Stop},
	// The verbs of a công văn's closing, which sends the text "để … biết"
	// or answers it: "… thông báo để Công ty TNHH … biết và thực hiện",
	// "Cục Thuế trả lời để …" (the corpus).
	{Words: "biết", Class: Stop}, {Words: "trả lời", Class: Stop},
	// Words that end a name even in capitals: the national motto, the
	// ordinals of a signatory's rank, the standing board, and the signing
	// forms of Nghị định 30/2020/NĐ-CP (KT., TM., TL., TUQ.).
	{Words: "cộng hòa", Class: Stop, Flags: Hard}, {Words: "thứ nhất", Class: Stop, Flags: Hard},
	{Words: "thứ hai", Class: Stop, Flags: Hard}, {Words: "thường trực", Class: Stop, Flags: Hard},
	{Words: "KT", Class: Stop, Flags: Hard}, {Words: "TM", Class: Stop, Flags: Hard},
	{Words: "TL", Class: Stop, Flags: Hard}, {Words: "TUQ", Class: Stop, Flags: Hard},

	// Lower-case words common in the names of public bodies that the
	// registry's own names may lack ("Ban Quản lý", "Đoàn đại biểu", "Chi
	// cục Chăn nuôi và Thú y"; agency/index.go's nameWords before this
	// lexicon). The registry adds the words of its names.
	// "chế": the legal department of each ministry and province, Vụ,
	// Cục or Phòng Pháp chế (Nghị định 55/2011/NĐ-CP, Điều 6–8).
	{Words: "chế", Class: NameWord},
	{Words: "an", Class: NameWord}, {Words: "biểu", Class: NameWord}, {Words: "chăn", Class: NameWord},
	{Words: "chức", Class: NameWord}, {Words: "đại", Class: NameWord}, {Words: "dân", Class: NameWord},
	{Words: "dịch", Class: NameWord}, {Words: "điện", Class: NameWord}, {Words: "đoàn", Class: NameWord},
	{Words: "hoạch", Class: NameWord}, {Words: "học", Class: NameWord}, {Words: "khai", Class: NameWord},
	{Words: "khu", Class: NameWord}, {Words: "kiến", Class: NameWord}, {Words: "kinh", Class: NameWord},
	{Words: "lịch", Class: NameWord}, {Words: "lý", Class: NameWord}, {Words: "nghệ", Class: NameWord},
	{Words: "nghiệp", Class: NameWord}, {Words: "ngoại", Class: NameWord}, {Words: "nguyên", Class: NameWord},
	{Words: "nhân", Class: NameWord}, {Words: "ninh", Class: NameWord}, {Words: "nuôi", Class: NameWord},
	{Words: "pháp", Class: NameWord}, {Words: "phát", Class: NameWord}, {Words: "quy", Class: NameWord},
	{Words: "sản", Class: NameWord}, {Words: "tạo", Class: NameWord}, {Words: "tế", Class: NameWord},
	{Words: "thao", Class: NameWord}, {Words: "thôn", Class: NameWord}, {Words: "thủy", Class: NameWord},
	{Words: "tích", Class: NameWord}, {Words: "tộc", Class: NameWord}, {Words: "tôn", Class: NameWord},
	{Words: "trực", Class: NameWord}, {Words: "trường", Class: NameWord}, {Words: "vật", Class: NameWord},
	{Words: "viên", Class: NameWord}, {Words: "vực", Class: NameWord},
	// "Viện Nghiên cứu …", "Bộ Chỉ huy Quân sự tỉnh", "Sở Quy hoạch - Kiến
	// trúc" (Hà Nội, Thành phố Hồ Chí Minh).
	{Words: "cứu", Class: NameWord}, {Words: "huy", Class: NameWord}, {Words: "trúc", Class: NameWord},
	// Words of two syllables that names of public bodies hold and whose
	// syllables alone end a name (a stop: "đăng", "kiểm", "bảo") or are
	// no name word ("ký", "tịch", "vệ"). Nghị định 30/2020/NĐ-CP (Phụ lục
	// II, II.1.b) capitalises only the first syllable of each word of a
	// name, so the finder reads such a word whole where its first
	// syllable is capitalised, and the lower-case ones after a name's
	// word. The names, each written so in the corpus: Văn phòng Đăng ký
	// đất đai (Luật Đất đai 2024), Cục Đăng kiểm Việt Nam, Quỹ Bảo vệ môi
	// trường (Luật Bảo vệ môi trường 2020), Văn phòng Chủ tịch nước, Cục
	// Văn thư và Lưu trữ nhà nước, Cục Bản quyền tác giả, Chi cục Kiểm
	// định Hải quan, Trung tâm Tích hợp dữ liệu, Ban Cơ yếu Chính phủ, Vụ
	// Chính quyền địa phương, Cục Chứng thực số và Bảo mật thông tin.
	{Words: "đăng ký", Class: NameWord}, {Words: "đăng kiểm", Class: NameWord},
	{Words: "bảo vệ", Class: NameWord}, {Words: "chủ tịch", Class: NameWord},
	{Words: "lưu trữ", Class: NameWord}, {Words: "bản quyền", Class: NameWord},
	{Words: "kiểm định", Class: NameWord}, {Words: "tích hợp", Class: NameWord},
	{Words: "cơ yếu", Class: NameWord}, {Words: "chính quyền", Class: NameWord},
	{Words: "chứng thực", Class: NameWord}, {Words: "bảo mật", Class: NameWord},
	{Words: "đất đai", Class: NameWord}, {Words: "tác giả", Class: NameWord},
	// "Vụ Tổ chức cán bộ": the personnel department of each ministry and
	// ministry-level body (Nghị định 123/2016/NĐ-CP on their structure).
	{Words: "cán bộ", Class: NameWord},
	// "Trung tâm Công báo - Tin học tỉnh": the official gazette of each
	// province (Nghị định 30/2020/NĐ-CP, Điều 17: "Công báo").
	{Words: "công báo", Class: NameWord},
	{Words: "dữ liệu", Class: NameWord}, {Words: "địa phương", Class: NameWord},
	// "Ban Chỉ đạo 389 quốc gia", "Ủy ban An toàn giao thông quốc gia":
	// the second syllable of "quốc gia" (the registry's names give the
	// first).
	{Words: "gia", Class: NameWord},
}
