package agency

// groupTable holds the built-in groups. Membership of the Hải Phòng groups
// is read from how the seed uses them: "các sở, ban, ngành thành phố" are
// the departments and the city-level offices of central agencies it
// assigns work to (police, social insurance, tax, State Bank branch).
var groupTable = []Group{
	{
		ID: "cp.bo", Name: "các bộ",
		Short: []string{"các Bộ"},
		Kinds: []Kind{KindMinistry}, Level: LevelCentral,
		Source: srcCoCau2021 + "; " + srcNQ176,
	},
	{
		ID: "cp.co-quan-ngang-bo", Name: "các cơ quan ngang bộ",
		Short: []string{"cơ quan ngang bộ"},
		Kinds: []Kind{KindMinistryLevel}, Level: LevelCentral,
		Source: srcCoCau2021 + "; " + srcNQ176,
	},
	{
		ID: "cp.co-quan-thuoc-cp", Name: "các cơ quan thuộc Chính phủ",
		Short: []string{"cơ quan thuộc Chính phủ"},
		Kinds: []Kind{KindGovernmentBody}, Level: LevelCentral,
		Source: srcCoCau2021 + "; " + srcNQ176 + "; the registry lists few of them", Unconfirmed: true,
	},
	{
		ID: "cp.bo-co-quan-ngang-bo", Name: "các bộ, cơ quan ngang bộ",
		Short:    []string{"bộ, cơ quan ngang bộ"},
		Includes: []ID{"cp.bo", "cp.co-quan-ngang-bo"},
		Source:   srcCoCau2021 + "; " + srcNQ176,
	},
	{
		ID: "cp.bo-nganh", Name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
		Short: []string{
			"bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "các bộ, ngành", "bộ, ngành", "các bộ, ngành trung ương",
			"bộ, ngành trung ương", "các bộ, ngành Trung ương", "các bộ, cơ quan trung ương",
		},
		Kinds: []Kind{KindMinistry, KindMinistryLevel, KindGovernmentBody, KindSocialInsurance}, Level: LevelCentral,
		Source: srcCoCau2021 + "; " + srcNQ176, Unconfirmed: true,
	},
	{
		ID: "cp.ubnd-tinh", Name: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
		Short: []string{
			"Ủy ban nhân dân các tỉnh, thành phố", "UBND các tỉnh, thành phố trực thuộc trung ương", "UBND các tỉnh, thành phố",
			"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "UBND các tỉnh, TP trực thuộc TW",
		},
		Kinds: []Kind{KindPeopleCommittee}, Level: LevelProvince,
		Source: srcNQ202,
	},
	{
		ID: "cp.bo-nganh-dia-phuong", Name: "các bộ, ngành, địa phương",
		Short:    []string{"bộ, ngành, địa phương", "các bộ, cơ quan, địa phương", "các bộ, ngành và địa phương"},
		Includes: []ID{"cp.bo-nganh", "cp.ubnd-tinh"},
		Source:   srcCoCau2021 + "; " + srcNQ176, Unconfirmed: true,
	},
	{
		ID: "lien-quan", Name: "các cơ quan, đơn vị liên quan",
		Short:  relatedForms(),
		Open:   true,
		Source: "membership depends on the task",
	},
	{
		ID: "hp.so-ban-nganh", Name: "các sở, ban, ngành thành phố Hải Phòng",
		Local: []string{
			"các sở, ban, ngành thành phố", "các sở, ban, ngành", "sở, ban, ngành thành phố", "sở, ban, ngành",
			"các sở, ngành thành phố", "các sở, ngành", "các sở, ban, ngành TP", "các sở", "các sở thành phố",
		},
		Scope: "hp.ubnd",
		Kinds: []Kind{
			KindDepartment, KindOffice, KindInspectorate, KindPolice, KindSocialInsurance, KindTax, KindStateBank,
			KindBoard,
		},
		Level:  LevelProvince,
		Source: srcSeed + "; " + srcND45, Unconfirmed: true,
	},
	{
		ID: "hp.ubnd-quan-huyen", Name: "Ủy ban nhân dân các quận, huyện thành phố Hải Phòng",
		Local: []string{
			"Ủy ban nhân dân các quận, huyện", "UBND các quận, huyện", "UBND quận, huyện", "Ủy ban nhân dân quận, huyện",
			"Ủy ban nhân dân cấp huyện", "UBND cấp huyện", "UBND các quận, huyện, thành phố",
		},
		Scope: "hp.ubnd",
		Kinds: []Kind{KindPeopleCommittee}, Level: LevelDistrict,
		Source: srcDistricts,
	},
	{
		ID: "hp.ubnd-cap-xa", Name: "Ủy ban nhân dân các xã, phường và đặc khu thành phố Hải Phòng",
		Local: []string{
			"Ủy ban nhân dân các xã, phường và đặc khu", "UBND các xã, phường, đặc khu", "UBND các xã, phường và đặc khu",
			"Ủy ban nhân dân các xã, phường, thị trấn", "UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường",
			"UBND các xã, phường", "UBND xã, phường", "Ủy ban nhân dân cấp xã", "UBND cấp xã",
		},
		Scope: "hp.ubnd",
		Kinds: []Kind{KindPeopleCommittee}, Level: LevelCommune,
		Source: srcDistricts + "; the registry lists no commune", Unconfirmed: true,
	},
	{
		ID: "hp.co-quan-don-vi-dia-phuong", Name: "các cơ quan, đơn vị, địa phương thành phố Hải Phòng",
		Local: []string{
			"các cơ quan, đơn vị, địa phương", "cơ quan, đơn vị, địa phương", "các sở, ban, ngành, địa phương",
			"các sở, ban, ngành và địa phương", "các sở, ngành, địa phương", "các cơ quan, đơn vị trên địa bàn thành phố",
			"các cơ quan, đơn vị", "các cơ quan, đơn vị trên địa bàn",
		},
		Scope:    "hp.ubnd",
		Includes: []ID{"hp.so-ban-nganh", "hp.ubnd-quan-huyen", "hp.ubnd-cap-xa"},
		Source:   srcSeed, Unconfirmed: true,
	},
}

// patternTable lists collective and relative names that the registry
// recognises everywhere but cannot resolve without a locality it knows:
// they are found, well formed, with an empty ID.
var patternTable = []pattern{
	{"Công an tỉnh", KindPolice, LevelProvince, false, 0},
	{"Công an thành phố", KindPolice, LevelProvince, false, 0},
	{"Công an cấp xã", KindPolice, LevelCommune, true, 0},
	{"Công an các xã, phường", KindPolice, LevelCommune, true, 0},
	{"Ủy ban nhân dân tỉnh", KindPeopleCommittee, LevelProvince, false, 0},
	{"Ủy ban nhân dân thành phố", KindPeopleCommittee, LevelProvince, false, 0},
	{"Ủy ban nhân dân huyện", KindPeopleCommittee, LevelDistrict, false, 0},
	{"Ủy ban nhân dân xã", KindPeopleCommittee, LevelCommune, false, 0},
	{"Ủy ban nhân dân cấp tỉnh", KindPeopleCommittee, LevelProvince, true, 0},
	{"Ủy ban nhân dân cấp huyện", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân cấp xã", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các cấp", KindPeopleCommittee, 0, true, 0},
	{"Ủy ban nhân dân xã, phường", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các xã, phường", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các xã, phường và đặc khu", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các xã, phường, đặc khu", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các xã, phường, thị trấn", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các quận, huyện", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các huyện, thị xã, thành phố", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các huyện", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các huyện, thị xã", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các huyện, thành phố", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các huyện, thị xã, thành phố, thị trấn", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Ủy ban nhân dân các xã", KindPeopleCommittee, LevelCommune, true, 0},
	{"Ủy ban nhân dân các quận, huyện, thị xã", KindPeopleCommittee, LevelDistrict, true, 0},
	{"Hội đồng nhân dân tỉnh", KindPeopleCouncil, LevelProvince, false, 0},
	{"Hội đồng nhân dân thành phố", KindPeopleCouncil, LevelProvince, false, 0},
	{"Văn phòng Ủy ban nhân dân tỉnh", KindOffice, LevelProvince, false, 0},
	{"Văn phòng Ủy ban nhân dân thành phố", KindOffice, LevelProvince, false, 0},
	{"Văn phòng Ủy ban nhân dân", KindOffice, LevelProvince, false, 0},
	{"VPUB", KindOffice, LevelProvince, false, 0},
	{"TTUB", KindPeopleCommittee, LevelProvince, false, TitleStanding},
	{"Văn thư", KindOfficeUnit, 0, false, 0},
	{"các sở, ban, ngành", KindDepartment, LevelProvince, true, 0},
	{"sở, ban, ngành", KindDepartment, LevelProvince, true, 0},
	{"các sở, ban, ngành tỉnh", KindDepartment, LevelProvince, true, 0},
	{"các sở, ban, ngành thành phố", KindDepartment, LevelProvince, true, 0},
	{"các sở, ngành", KindDepartment, LevelProvince, true, 0},
	{"các sở, ngành tỉnh", KindDepartment, LevelProvince, true, 0},
	{"sở, ngành", KindDepartment, LevelProvince, true, 0},
	{"các sở", KindDepartment, LevelProvince, true, 0},
	{"các ban, ngành", KindDepartment, LevelProvince, true, 0},
	{"các ban, ngành, đoàn thể", 0, LevelProvince, true, 0},
	{"các ban, ngành, đoàn thể tỉnh", 0, LevelProvince, true, 0},
	{"các ban, ngành, đoàn thể thành phố", 0, LevelProvince, true, 0},
	{"các sở, ban, ngành, đoàn thể", 0, LevelProvince, true, 0},
	{"các sở, ban, ngành, đoàn thể tỉnh", 0, LevelProvince, true, 0},
	{"các sở, ban, ngành, đoàn thể thành phố", 0, LevelProvince, true, 0},
	{"các tổ chức chính trị - xã hội", KindFront, 0, true, 0},
	{"các sở tỉnh", KindDepartment, LevelProvince, true, 0},
	{"các sở, ban, ngành, địa phương", 0, LevelProvince, true, 0},
	{"các sở, ban, ngành và địa phương", 0, LevelProvince, true, 0},
	{"các sở, ngành, địa phương", 0, LevelProvince, true, 0},
	{"các cơ quan, đơn vị, địa phương", 0, 0, true, 0},
	{"cơ quan, đơn vị, địa phương", 0, 0, true, 0},
	{"các cơ quan, đơn vị", 0, 0, true, 0},
	{"các cơ quan chuyên môn", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn cấp tỉnh", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân thành phố", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân tỉnh", KindDepartment, LevelProvince, true, 0},
	{"các cơ quan chuyên môn, cơ quan hành chính khác", KindDepartment, LevelProvince, true, 0},
	{"các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân thành phố", KindServiceUnit, LevelProvince, true, 0},
	{"các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh", KindServiceUnit, LevelProvince, true, 0},
	{"các đơn vị sự nghiệp công lập", KindServiceUnit, 0, true, 0},
	{"Tỉnh ủy, Thành ủy các tỉnh, thành phố", KindParty, LevelProvince, true, 0},
	{"các tỉnh ủy, thành ủy", KindParty, LevelProvince, true, 0},
	{"các tổ chức tín dụng", KindBank, 0, true, 0},
	{"Trung tâm Phục vụ hành chính công", KindServiceUnit, LevelProvince, false, 0},
	{"Ban Quản lý các khu công nghiệp", KindBoard, LevelProvince, false, 0},
	{"Ban Quản lý các khu công nghiệp và khu kinh tế", KindBoard, LevelProvince, false, 0},
	{"Ban Quản lý khu kinh tế", KindBoard, LevelProvince, false, 0},
	{"Trung tâm Phục vụ hành chính công tỉnh", KindServiceUnit, LevelProvince, false, 0},
	{"Trung tâm Phục vụ hành chính công thành phố", KindServiceUnit, LevelProvince, false, 0},
	{"Tổ Công tác Đề án 06/CP cấp xã", KindTaskForce, LevelCommune, true, 0},
	{"Tổ Công tác Đề án 06 cấp xã", KindTaskForce, LevelCommune, true, 0},
	{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", KindFront, LevelProvince, false, 0},
	{"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", KindFront, LevelProvince, false, 0},
	{"UB MTTQ Việt Nam tỉnh", KindFront, LevelProvince, false, 0},
	{"UB MTTQ Việt Nam thành phố", KindFront, LevelProvince, false, 0},
}

// relatedForms are the ways the texts write the bodies a task concerns:
// each list of nouns before "liên quan" or "có liên quan", with the plural
// "các" and, for the nouns of no one kind of body, without it ("các cơ
// quan, đơn vị có liên quan", "cơ quan, đơn vị có liên quan", "đơn vị liên
// quan"), but the group's Name itself. "Sở, ngành liên quan" without "các"
// is the collective of departments the grammar reads (collective.go).
func relatedForms() []string {
	var out []string
	for _, nouns := range []string{"cơ quan, đơn vị", "đơn vị", "cơ quan", "cơ quan, tổ chức",
		"cơ quan, đơn vị, địa phương", "sở, ngành", "bộ, ngành"} {
		plurals := []string{"các ", ""}
		if nouns == "sở, ngành" || nouns == "bộ, ngành" {
			plurals = plurals[:1]
		}
		for _, plural := range plurals {
			for _, has := range []string{"có ", ""} {
				if f := plural + nouns + " " + has + "liên quan"; f != "các cơ quan, đơn vị liên quan" {
					out = append(out, f)
				}
			}
		}
	}
	return out
}
