package agency_test

import (
	"fmt"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/calendar"
)

// Find every agency an assignment names, in a Hải Phòng directive.
func ExampleRegistry_FindAll() {
	r := agency.Default()
	opt := &agency.Options{Locality: "hp.ubnd"}
	text := "Giao Thủ trưởng các sở, ban, ngành thành phố, Chủ tịch UBND các quận, huyện phối hợp với Sở TT&TT, Cục C06-Bộ CA và Sở Ngoại vụ tỉnh Quảng Ninh."
	for _, m := range r.FindAll(text, opt) {
		id := string(m.ID)
		if id == "" {
			id = "(unresolved)"
		}
		fmt.Printf("%q %s | %s\n", text[m.Start:m.End], id, m)
	}
	// Output:
	// "Thủ trưởng các sở, ban, ngành thành phố" hp.so-ban-nganh | Thủ trưởng các sở, ban, ngành thành phố Hải Phòng
	// "Chủ tịch UBND các quận, huyện" hp.ubnd-quan-huyen | Chủ tịch Ủy ban nhân dân các quận, huyện thành phố Hải Phòng
	// "Sở TT&TT" hp.so-tttt | Sở Thông tin và Truyền thông thành phố Hải Phòng
	// "Cục C06-Bộ CA" bo-cong-an.c06 | Cục Cảnh sát quản lý hành chính về trật tự xã hội
	// "Sở Ngoại vụ tỉnh Quảng Ninh" (unresolved) | Sở Ngoại vụ tỉnh Quảng Ninh
}

// The distribution list of a directive expands its abbreviations.
func ExampleRegistry_FindAll_distribution() {
	r := agency.Default()
	for _, m := range r.FindAll("- TTTU, TT HĐND TP;\n- CT, PCT UBND TP;\n- Lưu: VT.", &agency.Options{Locality: "hp.ubnd"}) {
		fmt.Printf("%s → %s\n", m.Text, m)
	}
	// Output:
	// TTTU → Thường trực Thành ủy Hải Phòng
	// TT HĐND TP → Thường trực Hội đồng nhân dân thành phố Hải Phòng
	// CT → Chủ tịch Ủy ban nhân dân thành phố Hải Phòng
	// PCT UBND TP → Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng
	// VT → Văn thư - Văn phòng Ủy ban nhân dân thành phố Hải Phòng
}

func ExampleRegistry_Find() {
	r := agency.Default()
	m, ok := r.Find("Kính gửi: Bảo hiểm xã hội Việt Nam", nil)
	fmt.Println(m.ID, m.Kind, ok)
	// Output: bhxh-vn bảo hiểm xã hội true
}

func ExampleRegistry_Resolve() {
	r := agency.Default()
	for _, name := range []string{"Sở Thông tin - Truyền thông", "SO TT&TT", "Bộ LĐ-TB&XH", "Công an thành phố"} {
		m, ok := r.Resolve(name, &agency.Options{Locality: "hp.ubnd"})
		fmt.Println(m.ID, ok)
	}
	// Output:
	// hp.so-tttt true
	// hp.so-tttt true
	// bo-ldtbxh true
	// hp.cong-an true
}

func ExampleRegistry_SplitList() {
	r := agency.Default()
	for _, m := range r.SplitList("Sở Tài chính, Sở Kế hoạch và Đầu tư, Công an thành phố và các cơ quan, đơn vị, địa phương", &agency.Options{Locality: "hp.ubnd"}) {
		fmt.Printf("%s (%s)\n", m.Text, m.ID)
	}
	// Output:
	// Sở Tài chính (hp.so-tai-chinh)
	// Sở Kế hoạch và Đầu tư (hp.so-khdt)
	// Công an thành phố (hp.cong-an)
	// các cơ quan, đơn vị, địa phương (hp.co-quan-don-vi-dia-phuong)
}

// Who does the work of the Hải Phòng labour department after the 2025
// reorganisation.
func ExampleRegistry_HolderOn() {
	r := agency.Default()
	for _, h := range r.HolderOn("hp.so-ldtbxh", calendar.Date{Year: 2025, Month: 8, Day: 1}) {
		fmt.Printf("%s since %s: %s\n", r.Name(h.ID), h.Since, h.Functions)
	}
	// Output:
	// Sở Nội vụ thành phố Hải Phòng since 2025-03-01: lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bình đẳng giới
	// Sở Y tế thành phố Hải Phòng since 2025-03-01: bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội
	// Sở Giáo dục và Đào tạo thành phố Hải Phòng since 2025-03-01: giáo dục nghề nghiệp
	// Sở Nông nghiệp và Môi trường thành phố Hải Phòng since 2025-03-01: giảm nghèo
	// Công an thành phố Hải Phòng since 2025-03-01: cai nghiện ma túy và quản lý sau cai nghiện
}

func ExampleRegistry_Members() {
	r := agency.Default()
	for _, d := range []calendar.Date{{Year: 2024, Month: 6, Day: 1}, {Year: 2025, Month: 6, Day: 1}} {
		ids, ok := r.Members("cp.bo", d)
		fmt.Println(d, len(ids), ok)
	}
	// Output:
	// 2024-06-01 18 true
	// 2025-06-01 14 true
}

func ExampleRegistry_Agency() {
	r := agency.Default()
	a, _ := r.Agency("hp.so-tttt")
	fmt.Println(a.Name)
	fmt.Println(a.Kind, "|", a.Level, "| until", a.Until, "→", a.Successors[0].ID)
	// Output:
	// Sở Thông tin và Truyền thông thành phố Hải Phòng
	// sở | cấp tỉnh | until 2025-03-01 → hp.so-khcn
}

func ExampleRegistry_LocalityOf() {
	r := agency.Default()
	issuer, _ := r.Find("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", nil)
	fmt.Println(issuer.ID, r.LocalityOf(issuer.ID), r.LocalityOf("hp.cong-an"), r.LocalityOf("bo-cong-an") == "")
	// Output: hp.ubnd hp.ubnd hp.ubnd true
}

func ExampleSortNames() {
	names := []string{"Sở Y tế", "Đài Phát thanh và Truyền hình Hải Phòng", "Sở Xây dựng", "Bảo hiểm xã hội thành phố", "Ủy ban nhân dân thành phố"}
	agency.SortNames(names)
	fmt.Println(names)
	// Output: [Bảo hiểm xã hội thành phố Đài Phát thanh và Truyền hình Hải Phòng Sở Xây dựng Sở Y tế Ủy ban nhân dân thành phố]
}

func ExampleCompareNames() {
	fmt.Println(agency.CompareNames("Dân tộc", "Đài"), agency.CompareNames("Đài", "Giáo dục"))
	// Output: -1 -1
}

func ExampleRegistry_SortIDs() {
	r := agency.Default()
	ids := []agency.ID{"hp.so-y-te", "hp.dai-ptth", "hp.bhxh"}
	r.SortIDs(ids)
	fmt.Println(ids)
	// Output: [hp.bhxh hp.dai-ptth hp.so-y-te]
}

func ExampleParseRole() {
	r, err := agency.ParseRole("Phối hợp")
	fmt.Println(int(r), r, err)
	_, err = agency.ParseRole("lãnh đạo")
	fmt.Println(err)
	// Output:
	// 2 phối hợp <nil>
	// agency: unknown role "lãnh đạo"
}

func ExampleRoleAt() {
	text := "Chủ trì, phối hợp với Công an thành phố"
	role, end := agency.RoleAt(text, 0)
	fmt.Println(role, text[end:end+1] == ",")
	role, _ = agency.RoleAt(text, len("Chủ trì, "))
	fmt.Println(role)
	// Output:
	// chủ trì true
	// phối hợp
}

func ExampleRole_MarshalText() {
	b, _ := agency.RoleUrging.MarshalText()
	var r agency.Role
	_ = r.UnmarshalText([]byte("DON DOC"))
	fmt.Println(string(b), r == agency.RoleUrging)
	// Output: đôn đốc true
}

func ExampleTitle() {
	r := agency.Default()
	m, _ := r.Find("Phó Chủ tịch Ủy ban nhân dân thành phố", &agency.Options{Locality: "hp.ubnd"})
	fmt.Printf("%s | %s | %s\n", m.Title, m.Text[m.NameStart-m.Start:], m.ID)
	// Output: Phó Chủ tịch | Ủy ban nhân dân thành phố | hp.ubnd
}

func ExampleKind() {
	fmt.Println(agency.KindDepartment, "|", agency.KindPeopleCommittee, "|", agency.LevelCommune)
	// Output: sở | Ủy ban nhân dân | cấp xã
}

func ExampleNew() {
	r, err := agency.New([]agency.Agency{{
		ID: "x.so-tu-phap", Name: "Sở Tư pháp tỉnh X", Kind: agency.KindDepartment, Level: agency.LevelProvince,
		Source: "example",
	}}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Resolve("SỞ TƯ PHÁP TỈNH X", nil)
	fmt.Println(m.ID)
	_, err = agency.New([]agency.Agency{{ID: "a", Parent: "missing"}}, nil)
	fmt.Println(err)
	// Output:
	// x.so-tu-phap
	// agency: a: unknown parent "missing"
}

// The standard bodies of any province get stable IDs built from the
// province's ID, whether the province is written after the name or is the
// locality of the document.
func ExampleRegistry_StandardID() {
	r := agency.Default()
	opt := &agency.Options{Locality: "quang-ninh.ubnd"}
	for _, m := range r.FindAll("Sở Nội vụ chủ trì, phối hợp với Công an tỉnh, Sở Y tế tỉnh Nghệ An.", opt) {
		fmt.Printf("%s: %s (%s)\n", m.Text, m.ID, m.Name)
	}
	fmt.Println(r.StandardID("quang-ninh.ubnd", "vp-ubnd"))
	for _, h := range r.HolderOn("quang-ninh.so-tttt", calendar.MustParseISODate("2025-06-01")) {
		fmt.Println(h.ID, h.Since)
	}
	// Output:
	// Sở Nội vụ: quang-ninh.so-noi-vu (Sở Nội vụ tỉnh Quảng Ninh)
	// Công an tỉnh: quang-ninh.cong-an (Công an tỉnh Quảng Ninh)
	// Sở Y tế tỉnh Nghệ An: nghe-an.so-y-te (Sở Y tế tỉnh Nghệ An)
	// quang-ninh.vp-ubnd
	// quang-ninh.so-khcn 2025-03-01
}
