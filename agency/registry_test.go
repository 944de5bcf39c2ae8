package agency

import (
	"encoding/json"

	"github.com/chidao/chidao/internal/lexicon"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDataIsConsistent(t *testing.T) {
	if _, err := New(agencyTable, groupTable); err != nil {
		t.Fatal(err)
	}
	for _, a := range agencyTable {
		if a.Source == "" {
			t.Errorf("%s: no source", a.ID)
		}
		if a.Unconfirmed && a.Note == "" {
			t.Errorf("%s: unconfirmed without a note", a.ID)
		}
		if len(a.Successors) > 0 && !a.Until.IsValid() {
			t.Errorf("%s: successors without an end", a.ID)
		}
		if len(a.Local) > 0 && a.Locality == "" && !(a.Kind == KindPeopleCommittee && a.Level == LevelProvince) {
			t.Errorf("%s: local names without a locality", a.ID)
		}
	}
}

func TestMembers(t *testing.T) {
	r := Default()
	tests := []struct {
		group ID
		on    string
		n     int
		ok    bool
	}{
		{"cp.bo", "2024-06-01", 18, true},
		{"cp.bo", "2025-06-01", 14, true},
		{"cp.co-quan-ngang-bo", "2024-06-01", 4, true},
		{"cp.co-quan-ngang-bo", "2025-06-01", 3, true},
		{"cp.bo-co-quan-ngang-bo", "2024-06-01", 22, true},
		{"cp.bo-co-quan-ngang-bo", "2025-06-01", 17, true},
		{"cp.ubnd-tinh", "2024-06-01", 63, true},
		{"cp.ubnd-tinh", "2025-06-01", 63, true},
		{"cp.ubnd-tinh", "2025-07-01", 34, true},
		{"hp.ubnd-quan-huyen", "2024-06-01", 15, true},
		{"hp.ubnd-quan-huyen", "2025-03-01", 15, true},
		{"hp.ubnd-quan-huyen", "2025-07-01", 0, false},
		{"hp.ubnd-cap-xa", "2025-07-01", 0, false},
		{"lien-quan", "2024-06-01", 0, false},
		{"no-such-group", "2024-06-01", 0, false},
	}
	for _, tt := range tests {
		got, ok := r.Members(tt.group, mustDate(tt.on))
		if len(got) != tt.n || ok != tt.ok {
			t.Errorf("Members(%s, %s) = %d members, %v; want %d, %v", tt.group, tt.on, len(got), ok, tt.n, tt.ok)
		}
	}
	got, _ := r.Members("hp.so-ban-nganh", mustDate("2024-06-01"))
	for _, id := range []ID{"hp.so-tttt", "hp.so-khdt", "hp.cong-an", "hp.bhxh", "hp.cuc-thue", "hp.nhnn", "hp.vp-ubnd"} {
		if !slices.Contains(got, id) {
			t.Errorf("hp.so-ban-nganh on 2024-06-01 lacks %s", id)
		}
	}
	got, _ = r.Members("hp.so-ban-nganh", mustDate("2025-06-01"))
	if slices.Contains(got, "hp.so-tttt") || !slices.Contains(got, "hp.so-nnmt") {
		t.Errorf("hp.so-ban-nganh on 2025-06-01 = %v", got)
	}
}

func TestHolderOn(t *testing.T) {
	r := Default()
	tests := []struct {
		id   ID
		on   string
		want []Holder
	}{
		{"hp.so-tttt", "2024-06-01", []Holder{{ID: "hp.so-tttt"}}},
		{"hp.so-tttt", "2025-02-28", []Holder{{ID: "hp.so-tttt"}}},
		{"hp.so-tttt", "2025-03-01", []Holder{{ID: "hp.so-khcn", Since: mustDate("2025-03-01")}}},
		{"hp.so-khdt", "2025-03-01", []Holder{{ID: "hp.so-tai-chinh", Since: mustDate("2025-03-01")}}},
		{"hp.so-tnmt", "2026-01-01", []Holder{{ID: "hp.so-nnmt", Since: mustDate("2025-03-01")}}},
		{"hp.so-gtvt", "2026-01-01", []Holder{{ID: "hp.so-xay-dung", Since: mustDate("2025-03-01")}}},
		{"hp.so-nnmt", "2024-06-01", nil},
		{"bo-gtvt", "2025-03-01", []Holder{{ID: "bo-xay-dung", Since: mustDate("2025-03-01")}}},
		{"uy-ban-dan-toc", "2025-03-01", []Holder{{ID: "bo-dan-toc-ton-giao", Since: mustDate("2025-03-01")}}},
		{"hd.ubnd", "2025-06-30", []Holder{{ID: "hd.ubnd"}}},
		{"hd.ubnd", "2025-07-01", []Holder{{ID: "hp.ubnd", Since: mustDate("2025-07-01")}}},
		{"hp.le-chan.ubnd", "2025-07-01", []Holder{{ID: "hp.ubnd-cap-xa", Functions: "nhiệm vụ của chính quyền cấp huyện (chuyển cho cấp xã và cấp tỉnh)", Since: mustDate("2025-07-01")}}},
		{"hp.thuy-nguyen.ubnd", "2025-03-01", []Holder{{ID: "hp.tp-thuy-nguyen.ubnd", Since: mustDate("2025-01-01")}}},
		{"hp.an-duong.ubnd", "2025-08-01", []Holder{{ID: "hp.ubnd-cap-xa", Functions: "nhiệm vụ của chính quyền cấp huyện (chuyển cho cấp xã và cấp tỉnh)", Since: mustDate("2025-07-01")}}},
		{"thua-thien-hue.ubnd", "2025-01-01", []Holder{{ID: "hue.ubnd", Since: mustDate("2025-01-01")}}},
		{"nope", "2025-01-01", nil},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, r.HolderOn(tt.id, mustDate(tt.on))); d != "" {
			t.Errorf("HolderOn(%s, %s) (-want +got):\n%s", tt.id, tt.on, d)
		}
	}
	// A split: each successor with the functions it took.
	hs := r.HolderOn("hp.so-ldtbxh", mustDate("2025-03-01"))
	var ids []ID
	for _, h := range hs {
		ids = append(ids, h.ID)
		if h.Functions == "" {
			t.Errorf("split holder %s has no functions", h.ID)
		}
	}
	if d := cmp.Diff([]ID{"hp.so-noi-vu", "hp.so-y-te", "hp.so-gddt", "hp.so-nnmt", "hp.cong-an"}, ids); d != "" {
		t.Errorf("split (-want +got):\n%s", d)
	}
}

// Names written in full, abbreviated, with "&", "và" or "-", in capitals,
// without diacritics, in NFD or across a line break all resolve alike.
func TestFindVariants(t *testing.T) {
	r := Default()
	tests := []struct {
		text string
		id   ID
	}{
		{"Sở Thông tin và Truyền thông", "hp.so-tttt"},
		{"Sở TT&TT", "hp.so-tttt"},
		{"Sở TT & TT", "hp.so-tttt"},
		{"Sở Thông tin - Truyền thông", "hp.so-tttt"},
		{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "hp.so-tttt"},
		{"So Thong tin va Truyen thong", "hp.so-tttt"},
		{"Sở Thông tin và\nTruyền thông", "hp.so-tttt"},
		{"Sở Thông tin va\u0300 Truyê\u0300n thông", "hp.so-tttt"},
		{"Sở KH&ĐT", "hp.so-khdt"},
		{"Sở Kế hoạch - Đầu tư", "hp.so-khdt"},
		{"Sở LĐ-TB&XH", "hp.so-ldtbxh"},
		{"Sở Lao động, Thương binh và Xã hội", "hp.so-ldtbxh"},
		{"Sở TN&MT", "hp.so-tnmt"},
		{"Sở GTVT", "hp.so-gtvt"},
		{"Sở GD&ĐT", "hp.so-gddt"},
		{"BHXH thành phố", "hp.bhxh"},
		{"BHXH TP", "hp.bhxh"},
		{"UBND TP", "hp.ubnd"},
		{"Ủy ban nhân dân thành phố Hải Phòng", "hp.ubnd"},
		{"UBND TP. Hải Phòng", "hp.ubnd"},
		{"Uỷ ban nhân dân thành phố", "hp.ubnd"},
		{"HĐND thành phố", "hp.hdnd"},
		{"CA TP", "hp.cong-an"},
		{"Công an thành phố Hải Phòng", "hp.cong-an"},
		{"NHNN chi nhánh Hải Phòng", "hp.nhnn"},
		{"Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Hải Phòng", "hp.nhnn"},
		{"Cục KSTTHC - VPCP", "vpcp.cuc-kstthc"},
		{"Cục C06 Bộ Công an", "bo-cong-an.c06"},
		{"Cục Cảnh sát QLHC về TTXH", "bo-cong-an.c06"},
		{"Bộ TT&TT", "bo-tttt"},
		{"Bộ LĐ-TB&XH", "bo-ldtbxh"},
		{"Bộ KH&ĐT", "bo-khdt"},
		{"Bộ TN&MT", "bo-tnmt"},
		{"Bộ GD&ĐT", "bo-gddt"},
		{"Bộ NN&MT", "bo-nnmt"},
		{"Bộ Văn hóa, Thể thao và Du lịch", "bo-vhttdl"},
		{"BHXH Việt Nam", "bhxh-vn"},
		{"NHNN", "nhnn"},
		{"VPCP", "vpcp"},
		{"UBND tỉnh Hải Dương", "hd.ubnd"},
		{"UBND TP.HCM", "hcm.ubnd"},
		{"Ủy ban nhân dân tỉnh Đắk Lắk", "dak-lak.ubnd"},
		{"Tòa án nhân dân tối cao", "toa-an-tc"},
		{"Kiểm toán Nhà nước", "kiem-toan-nn"},
	}
	for _, tt := range tests {
		m, ok := r.Resolve(tt.text, hpOpt)
		if !ok || m.ID != tt.id {
			t.Errorf("Resolve(%q) = %+v, %v; want %s", tt.text, m, ok, tt.id)
		}
	}
}

// Names the registry does not know are found, whole and unresolved.
func TestFindUnresolved(t *testing.T) {
	r := Default()
	tests := []struct {
		text, want string
		kind       Kind
	}{
		{"Giao Sở Ngoại vụ chủ trì", "Sở Ngoại vụ", KindDepartment},
		{"phối hợp với Công an huyện Tiên Yên và", "Công an huyện Tiên Yên", KindPolice},
		{"Ủy ban nhân dân huyện Tiên Yên báo cáo", "Ủy ban nhân dân huyện Tiên Yên", KindPeopleCommittee},
		{"gửi Cục Thuế tỉnh Bắc Ninh", "Cục Thuế tỉnh Bắc Ninh", KindCentralUnit},
		{"Sở Ngoại vụ tỉnh Đắk Lắk tham mưu", "Sở Ngoại vụ tỉnh Đắk Lắk", KindDepartment},
		{"Sở Tài chính tỉnh Savannakhet tham mưu", "Sở Tài chính tỉnh Savannakhet", KindDepartment}, // a province the registry does not know (Laos)
		{"Ban Quản lý các khu công nghiệp", "Ban Quản lý các khu công nghiệp", KindBoard},
		{"Viện kiểm sát nhân dân tỉnh Quảng Ninh phối hợp", "Viện kiểm sát nhân dân tỉnh Quảng Ninh", KindProcuracy},
		{"Đoàn Đại biểu Quốc hội tỉnh", "Đoàn Đại biểu Quốc hội tỉnh", KindLegislature},
		{"Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", KindBoard},
		{"CÔNG AN HUYỆN TIÊN YÊN", "CÔNG AN HUYỆN TIÊN YÊN", KindPolice},
		{"Ngân hàng Phát triển Việt Nam", "Ngân hàng Phát triển Việt Nam", KindBank},
		{"Kho bạc Nhà nước khu vực IV", "Kho bạc Nhà nước khu vực IV", KindGovernmentBody},
		{"Văn phòng Đoàn đại biểu Quốc hội", "Văn phòng Đoàn đại biểu Quốc hội", KindOffice},
		{"Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", KindServiceUnit},
		{"Bảo hiểm xã hội tỉnh Nghệ An", "Bảo hiểm xã hội tỉnh Nghệ An", KindSocialInsurance},
		{"gửi Cục Hải quan thành phố", "Cục Hải quan thành phố", KindCentralUnit},
		{"Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An và", "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", KindStateBank},
		{"Thủ trưởng các ban, ngành, đoàn thể tỉnh", "các ban, ngành, đoàn thể tỉnh", 0},
	}
	for _, tt := range tests {
		ms := r.FindAll(tt.text, hpOpt)
		if len(ms) != 1 || ms[0].Name != tt.want || ms[0].ID != "" || ms[0].Kind != tt.kind {
			t.Errorf("FindAll(%q) = %+v; want one unresolved %q (%v)", tt.text, ms, tt.want, tt.kind)
		}
	}
	// A heading of two bodies on two lines gives two mentions.
	if ms := r.FindAll("CÔNG AN TỈNH QUẢNG NINH\nPHÒNG CẢNH SÁT QLHC VỀ TTXH", nil); len(ms) != 2 || ms[0].Text != "CÔNG AN TỈNH QUẢNG NINH" {
		t.Errorf("heading: %+v", ms)
	}
	// Words that only look like heads are not agencies.
	for _, s := range []string{
		"Bộ phận một cửa", "Cơ sở dữ liệu quốc gia về dân cư", "các bộ dữ liệu", "Ban hành kế hoạch",
		"NGHỊ QUYẾT SỐ 66", "Bộ chỉ số 766", "nhiệm vụ được giao", "Báo cáo kết quả", "số 04/CT-TTg",
		"Trung tâm dữ liệu quốc gia", "phòng chống cháy nổ", "cơ sở y tế", "BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG", "BAN HÀNH KẾ HOẠCH",
	} {
		if ms := r.FindAll(s, hpOpt); len(ms) != 0 {
			t.Errorf("FindAll(%q) = %+v; want none", s, ms)
		}
	}
}

func TestFindTitles(t *testing.T) {
	r := Default()
	tests := []struct {
		text  string
		title Title
		id    ID
		name  string
	}{
		{"Thủ trưởng các sở, ban, ngành thành phố", TitleHead, "hp.so-ban-nganh", "các sở, ban, ngành thành phố"},
		{"Chủ tịch Ủy ban nhân dân các quận, huyện", TitleChairman, "hp.ubnd-quan-huyen", "Ủy ban nhân dân các quận, huyện"},
		{"Phó Chủ tịch UBND thành phố", TitleViceChairman, "hp.ubnd", "UBND thành phố"},
		{"Giám đốc Sở Y tế", TitleDirector, "hp.so-y-te", "Sở Y tế"},
		{"người đứng đầu các sở, ban, ngành", TitleLeader, "hp.so-ban-nganh", "các sở, ban, ngành"},
		{"Trưởng Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", TitleChief, "hp.bcd-de-an-06", "Ban Chỉ đạo thực hiện Đề án 06/CP thành phố"},
		{"Bộ trưởng Bộ Công an", TitleMinister, "bo-cong-an", "Bộ Công an"},
		{"Thứ trưởng Bộ Công an", TitleDeputyMinister, "bo-cong-an", "Bộ Công an"},
		{"Thủ trưởng cơ quan ngang bộ", TitleHead, "cp.co-quan-ngang-bo", "cơ quan ngang bộ"},
		{"Chánh Văn phòng UBND TP", TitleChiefOfOffice, "hp.vp-ubnd", "UBND TP"},
		{"Giám đốc các sở", TitleDirector, "hp.so-ban-nganh", "các sở"},
		{"Chủ tịch UBND tỉnh Quảng Ninh", TitleChairman, "quang-ninh.ubnd", "UBND tỉnh Quảng Ninh"},
	}
	for _, tt := range tests {
		m, ok := r.Resolve(tt.text, hpOpt)
		if !ok || m.Title != tt.title || m.ID != tt.id || tt.text[m.NameStart-m.Start:] != tt.name {
			t.Errorf("Resolve(%q) = %+v, %v; want title %v, ID %s, name %q", tt.text, m, ok, tt.title, tt.id, tt.name)
		}
	}
}

func TestSplitList(t *testing.T) {
	r := Default()
	tests := []struct {
		text string
		want []string
	}{
		{"Sở Tài chính, Sở Kế hoạch và Đầu tư, Công an thành phố và các cơ quan, đơn vị, địa phương",
			[]string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Công an thành phố", "các cơ quan, đơn vị, địa phương"}},
		{"Công an thành phố và các cơ quan, đơn vị liên quan", []string{"Công an thành phố", "các cơ quan, đơn vị liên quan"}},
		{"Sở Y tế và Sở Giáo dục và Đào tạo", []string{"Sở Y tế", "Sở Giáo dục và Đào tạo"}},
		{"Công an thành phố, lực lượng xung kích và Sở Tư pháp", []string{"Công an thành phố", "lực lượng xung kích", "Sở Tư pháp"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.SplitList(tt.text, hpOpt) {
			got = append(got, m.Text)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("SplitList(%q) (-want +got):\n%s", tt.text, d)
		}
	}
}

func TestEnumsText(t *testing.T) {
	for k := KindUnknown; int(k) < len(kindNames); k++ {
		b, _ := k.MarshalText()
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("Kind %d round trip: %q → %v, %v", k, b, back, err)
		}
	}
	for l := LevelUnknown; int(l) < len(levelNames); l++ {
		b, _ := l.MarshalText()
		var back Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("Level %d round trip: %q → %v, %v", l, b, back, err)
		}
	}
	for r := RoleUnknown; int(r) < len(roleNames); r++ {
		b, _ := r.MarshalText()
		var back Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("Role %d round trip: %q → %v, %v", r, b, back, err)
		}
	}
	for ti := TitleNone; int(ti) < len(titleNames); ti++ {
		b, _ := ti.MarshalText()
		var back Title
		if err := back.UnmarshalText(b); err != nil || back != ti {
			t.Errorf("Title %d round trip: %q → %v, %v", ti, b, back, err)
		}
	}
	if _, err := ParseRole("lãnh đạo"); err == nil {
		t.Error("ParseRole accepted an unknown role")
	}
	if r, err := ParseRole("PHOI HOP"); err != nil || r != RoleCooperating {
		t.Errorf("ParseRole(PHOI HOP) = %v, %v", r, err)
	}
	b, err := json.Marshal(struct{ R Role }{RoleLead})
	if err != nil || string(b) != `{"R":"chủ trì"}` {
		t.Errorf("json = %s, %v", b, err)
	}
}

func TestRoleAt(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want Role
		end  int
	}{
		{"Chủ trì, phối hợp với Công an", 0, RoleLead, len("Chủ trì")},
		{"Chủ trì, phối hợp với Công an", len("Chủ trì, "), RoleCooperating, len("Chủ trì, phối hợp")},
		{"Phối hợp với Sở Tài chính", 0, RoleCooperating, len("Phối hợp")},
		{"Tham mưu Ủy ban nhân dân thành phố", 0, RoleAdvising, len("Tham mưu")},
		{"theo dõi, đôn đốc", 0, RoleMonitoring, len("theo dõi")},
		{"đôn đốc việc", 0, RoleUrging, len("đôn đốc")},
		{"Hướng dẫn các cơ quan", 0, RoleGuiding, len("Hướng dẫn")},
		{"chủ trìa", 0, RoleUnknown, 0},
		{"Triển khai", 0, RoleUnknown, 0},
	}
	for _, tt := range tests {
		got, end := RoleAt(tt.text, tt.i)
		if got != tt.want || (got != RoleUnknown && end != tt.end) {
			t.Errorf("RoleAt(%q, %d) = %v, %d; want %v, %d", tt.text, tt.i, got, end, tt.want, tt.end)
		}
	}
}

func TestSortNames(t *testing.T) {
	got := []string{"Sở Y tế", "Đài Phát thanh", "Sở Xây dựng", "Ban Chỉ đạo", "Dân tộc", "Ủy ban nhân dân", "Uông Bí", "Ăn uống", "An Giang", "Âm nhạc"}
	SortNames(got)
	want := []string{"An Giang", "Ăn uống", "Âm nhạc", "Ban Chỉ đạo", "Dân tộc", "Đài Phát thanh", "Sở Xây dựng", "Sở Y tế", "Uông Bí", "Ủy ban nhân dân"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("SortNames (-want +got):\n%s", d)
	}
	if CompareNames("Đ", "E") >= 0 || CompareNames("D", "Đ") >= 0 {
		t.Error("CompareNames: want D < Đ < E")
	}
	r := Default()
	ids := []ID{"hp.so-y-te", "hp.dai-ptth", "zz.unknown", "hp.so-xay-dung"}
	r.SortIDs(ids)
	if d := cmp.Diff([]ID{"hp.dai-ptth", "hp.so-xay-dung", "hp.so-y-te", "zz.unknown"}, ids); d != "" {
		t.Errorf("SortIDs (-want +got):\n%s", d)
	}
}

func TestAgencyCopies(t *testing.T) {
	r := Default()
	a, ok := r.Agency("hp.so-ldtbxh")
	if !ok || a.Name != "Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng" {
		t.Fatalf("Agency = %+v, %v", a, ok)
	}
	a.Successors[0].ID = "changed"
	a.Local[0] = "changed"
	b, _ := r.Agency("hp.so-ldtbxh")
	if b.Successors[0].ID == "changed" || b.Local[0] == "changed" {
		t.Error("Agency hands out the registry's own slices")
	}
	if _, ok := r.Agency("nope"); ok {
		t.Error("Agency(nope) found")
	}
	if len(r.Agencies()) != len(agencyTable) {
		t.Error("Agencies() lost some")
	}
}

// Concurrent readers of one registry, including the first use that builds
// its index: run with -race.
func TestConcurrentReaders(t *testing.T) {
	r := Default()
	text := readTestdata(t, seedFile)
	want := len(Default().FindAll(text, hpOpt))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if n := len(r.FindAll(text, hpOpt)); n != want {
					t.Errorf("got %d mentions, want %d", n, want)
				}
				r.HolderOn("hp.so-ldtbxh", mustDate("2025-08-01"))
				r.Members("hp.so-ban-nganh", mustDate("2024-06-01"))
				r.Agency("hp.cong-an")
			}
		}()
	}
	wg.Wait()
}

func TestTablesSorted(t *testing.T) {
	for i := 1; i < len(rewriteTable); i++ {
		if rewriteTable[i-1].from >= rewriteTable[i].from {
			t.Errorf("rewriteTable not sorted at %q", rewriteTable[i].from)
		}
	}
}

// TestLexiconNames checks agency's reading of the lexicon: every head says
// a kind and a level agency knows, every title row names a Title, and
// every Title has a row written as its name.
func TestLexiconNames(t *testing.T) {
	n, err := readNames(lexicon.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	written := map[Title]bool{}
	for k := range n.lx.Len() {
		r := n.lx.Row(k)
		if r.Class == lexicon.Title && r.Title == "" {
			written[n.titles[k]] = true
		}
	}
	for tt := Title(1); int(tt) < len(titleNames); tt++ {
		if !written[tt] {
			t.Errorf("title %q has no row in the lexicon", tt)
		}
	}
	for _, rows := range [][]lexicon.Row{
		{{Words: "Sở", Class: lexicon.Head, Kind: "no such kind"}},
		{{Words: "Sở", Class: lexicon.Head, Level: "cấp vũ trụ"}},
		{{Words: "Trưởng lão", Class: lexicon.Title}},
	} {
		lx, err := lexicon.New(rows)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := readNames(lx); err == nil {
			t.Errorf("readNames(%q) reads a row it does not know", rows[0].Words)
		}
	}
}

func TestRewriteFirstSwitch(t *testing.T) {
	for _, c := range []struct {
		w string
		h uint32
	}{{"&", hashAmp}, {"va", hashVa}, {"tp", hashTP}} {
		if wordHash(c.w) != c.h {
			t.Errorf("hash of %q = %d, want %d", c.w, c.h, wordHash(c.w))
		}
	}
	for i, r := range rewriteTable {
		w, _, _ := strings.Cut(r.from, " ")
		lo, hi := rewriteFirst(w)
		if i < lo || i >= hi {
			t.Errorf("rewriteFirst(%q) = [%d,%d), misses %d", w, lo, hi, i)
		}
		for k := lo; k < hi; k++ {
			if f, _, _ := strings.Cut(rewriteTable[k].from, " "); f != w {
				t.Errorf("rewriteFirst(%q) covers %q", w, rewriteTable[k].from)
			}
		}
	}
}

func TestRewriteRest(t *testing.T) {
	for _, r := range rewriteTable {
		if got := strings.Join(r.rest, " "); !strings.HasSuffix(r.from, " "+got) || strings.Count(r.from, " ") != len(r.rest) {
			t.Errorf("%q: rest %q", r.from, r.rest)
		}
	}
}
