package agency

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStandardBodies checks that the standard bodies of a province get
// their generic IDs, from a place written after the name or from the
// locality of the options, and only there.
func TestStandardBodies(t *testing.T) {
	r := Default()
	qn := &Options{Locality: "quang-ninh.ubnd"}
	hn := &Options{Locality: "ha-noi.ubnd"}
	tests := []struct {
		text string
		opt  *Options
		want []string // "text|id|name"
	}{
		{"Giao Sở Nội vụ tỉnh Quảng Ninh chủ trì", nil,
			[]string{"Sở Nội vụ tỉnh Quảng Ninh|quang-ninh.so-noi-vu|Sở Nội vụ tỉnh Quảng Ninh"}},
		{"Sở Nội vụ chủ trì, Sở TT&TT phối hợp", qn,
			[]string{"Sở Nội vụ|quang-ninh.so-noi-vu|Sở Nội vụ tỉnh Quảng Ninh",
				"Sở TT&TT|quang-ninh.so-tttt|Sở Thông tin và Truyền thông tỉnh Quảng Ninh"}},
		{"Văn phòng UBND tỉnh, Công an tỉnh và Thanh tra tỉnh", qn,
			[]string{"Văn phòng UBND tỉnh|quang-ninh.vp-ubnd|Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh",
				"Công an tỉnh|quang-ninh.cong-an|Công an tỉnh Quảng Ninh",
				"Thanh tra tỉnh|quang-ninh.thanh-tra|Thanh tra tỉnh Quảng Ninh"}},
		{"Chánh Văn phòng UBND tỉnh", qn,
			[]string{"Chánh Văn phòng UBND tỉnh|quang-ninh.vp-ubnd|Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh"}},
		{"CÔNG AN TỈNH NGHỆ AN", nil, []string{"CÔNG AN TỈNH NGHỆ AN|nghe-an.cong-an|Công an tỉnh Nghệ An"}},
		{"Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng", hn,
			[]string{"Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng|da-nang.so-vhttdl|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng"}},
		{"Sở Tài chính; Công an thành phố", hn,
			[]string{"Sở Tài chính|ha-noi.so-tai-chinh|Sở Tài chính thành phố Hà Nội", "Công an thành phố|ha-noi.cong-an|Công an thành phố Hà Nội"}},
		// A unit word that is not the locality's: no generic ID.
		{"Công an tỉnh", hn, []string{"Công an tỉnh||Công an tỉnh"}},
		{"Công an thành phố", qn, []string{"Công an thành phố||Công an thành phố"}},
		// A city inside the province is not the province.
		{"Công an thành phố Hạ Long", qn, []string{"Công an thành phố Hạ Long||Công an thành phố Hạ Long"}},
		// No locality: the name is found, unresolved.
		{"Sở Nội vụ", nil, []string{"Sở Nội vụ||Sở Nội vụ"}},
		// A department that is not a standard one.
		{"Sở Ngoại vụ", qn, []string{"Sở Ngoại vụ||Sở Ngoại vụ"}},
		// Hải Phòng's written-out entries keep their IDs and names.
		{"Sở Nội vụ, Văn phòng UBND TP", hpOpt,
			[]string{"Sở Nội vụ|hp.so-noi-vu|Sở Nội vụ thành phố Hải Phòng",
				"Văn phòng UBND TP|hp.vp-ubnd|Văn phòng Ủy ban nhân dân thành phố Hải Phòng"}},
		{"Sở Nội vụ tỉnh Quảng Ninh", hpOpt, []string{"Sở Nội vụ tỉnh Quảng Ninh|quang-ninh.so-noi-vu|Sở Nội vụ tỉnh Quảng Ninh"}},
		// A standard body Hải Phòng's data does not write out.
		{"Sở Văn hóa, Thể thao và Du lịch", hpOpt,
			[]string{"Sở Văn hóa, Thể thao và Du lịch|hp.so-vhttdl|Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng"}},
		// Headings on two lines.
		{"VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", nil,
			[]string{"VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH|quang-ninh.vp-ubnd|Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh"}},
		{"SỞ NỘI VỤ\nTỈNH QUẢNG NINH", nil, []string{"SỞ NỘI VỤ\nTỈNH QUẢNG NINH|quang-ninh.so-noi-vu|Sở Nội vụ tỉnh Quảng Ninh"}},
		// A list of departments.
		{"các Sở: Nội vụ, Tư pháp", qn,
			[]string{"Nội vụ|quang-ninh.so-noi-vu|Sở Nội vụ tỉnh Quảng Ninh", "Tư pháp|quang-ninh.so-tu-phap|Sở Tư pháp tỉnh Quảng Ninh"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.FindAll(tt.text, tt.opt) {
			got = append(got, m.Text+"|"+string(m.ID)+"|"+m.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindAll(%q, %+v):\n got %q\nwant %q", tt.text, tt.opt, got, tt.want)
		}
	}
}

// TestStandardAgency checks the agencies behind generic IDs: names,
// validity and successors through the 2025 reorganisations.
func TestStandardAgency(t *testing.T) {
	r := Default()
	a, ok := r.Agency("quang-binh.so-tttt")
	if !ok {
		t.Fatal("quang-binh.so-tttt unknown")
	}
	want := Agency{
		ID: "quang-binh.so-tttt", Name: "Sở Thông tin và Truyền thông tỉnh Quảng Bình", Kind: KindDepartment,
		Level: LevelProvince, Parent: "quang-binh.ubnd", Locality: "quang-binh.ubnd", Until: mustDate("2025-03-01"),
		Successors: []Successor{{ID: "quang-binh.so-khcn", From: mustDate("2025-03-01")}},
		Source:     srcND24 + "; " + srcND45 + "; " + srcNQ202, Unconfirmed: true, Note: a.Note,
	}
	if diff := cmp.Diff(want, a); diff != "" || a.Note == "" {
		t.Errorf("Agency(quang-binh.so-tttt) (-want +got):\n%s", diff)
	}
	holders := []struct {
		id   ID
		day  string
		want []ID
	}{
		{"quang-binh.so-tttt", "2024-12-31", []ID{"quang-binh.so-tttt"}},
		{"quang-binh.so-tttt", "2025-04-01", []ID{"quang-binh.so-khcn"}},
		{"quang-binh.so-tttt", "2025-08-01", []ID{"quang-tri.so-khcn"}},
		{"quang-binh.cong-an", "2025-08-01", []ID{"quang-tri.cong-an"}},
		{"quang-ninh.so-ldtbxh", "2025-04-01", []ID{"quang-ninh.so-noi-vu", "quang-ninh.so-y-te", "quang-ninh.so-gddt", "quang-ninh.so-nnmt", "quang-ninh.cong-an"}},
		{"quang-ninh.so-nnmt", "2025-01-01", nil},
		{"hd.so-khdt", "2025-08-01", []ID{"hp.so-tai-chinh"}},
	}
	for _, h := range holders {
		var got []ID
		for _, x := range r.HolderOn(h.id, mustDate(h.day)) {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, h.want) {
			t.Errorf("HolderOn(%s, %s) = %v, want %v", h.id, h.day, got, h.want)
		}
	}
	if a, _ := r.Agency("quang-ninh.cong-an"); a.Parent != "bo-cong-an" {
		t.Errorf("quang-ninh.cong-an parent %q", a.Parent)
	}
	if a, _ := r.Agency("quang-ninh.hdnd"); a.Parent != "" {
		t.Errorf("quang-ninh.hdnd parent %q", a.Parent)
	}
	for _, id := range []ID{"quang-ninh.so-ngoai-vu", "nowhere.so-noi-vu", "quang-ninh", "bo-cong-an.so-noi-vu", "hp.hong-bang.so-noi-vu"} {
		if a, ok := r.Agency(id); ok {
			t.Errorf("Agency(%q) = %+v, want none", id, a)
		}
	}
	if got := r.Name("quang-ninh.vp-ubnd"); got != "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh" {
		t.Errorf("Name = %q", got)
	}
	if got := r.LocalityOf("quang-ninh.so-y-te"); got != "quang-ninh.ubnd" {
		t.Errorf("LocalityOf = %q", got)
	}
	for _, c := range []struct {
		prov ID
		slug string
		want ID
	}{
		{"quang-ninh.ubnd", "so-noi-vu", "quang-ninh.so-noi-vu"},
		{"hp.ubnd", "cong-an", "hp.cong-an"},
		{"quang-ninh.ubnd", "so-ngoai-vu", ""},
		{"bo-cong-an", "so-noi-vu", ""},
		{"hp.hong-bang.ubnd", "so-noi-vu", ""},
	} {
		if got := r.StandardID(c.prov, c.slug); got != c.want {
			t.Errorf("StandardID(%s, %s) = %q, want %q", c.prov, c.slug, got, c.want)
		}
	}
}

// TestStandardMatchesData checks that where the data writes out a standard
// body (Hải Phòng, Hải Dương), its generic ID is the written one, with the
// same name, kind and dates.
func TestStandardMatchesData(t *testing.T) {
	r := Default()
	n := 0
	for _, a := range agencyTable {
		if a.Locality == "" || a.Level != LevelProvince {
			continue
		}
		p, slug, _ := cutID(a.ID)
		b := stdBySlug(slug)
		if b == nil || ID(p+".ubnd") != a.Locality {
			continue
		}
		n++
		g, ok := r.generic(a.ID)
		if !ok {
			t.Errorf("%s: no generic agency", a.ID)
			continue
		}
		if g.Name != a.Name || g.Kind != a.Kind || g.From != a.From || g.Until != a.Until {
			t.Errorf("%s: generic %q %v %v–%v, data %q %v %v–%v", a.ID, g.Name, g.Kind, g.From, g.Until, a.Name, a.Kind, a.From, a.Until)
		}
	}
	if n < 15 {
		t.Errorf("only %d written-out standard bodies compared", n)
	}
}

// TestKnown checks Mention.Known: set for names matched whole, unset for
// names found by their head.
func TestKnown(t *testing.T) {
	r := Default()
	tests := []struct {
		text  string
		opt   *Options
		known []bool
	}{
		{"Sở Nội vụ, Sở Ngoại vụ", nil, []bool{true, false}},
		{"Công an tỉnh; Ban Dân tộc tỉnh", nil, []bool{true, false}},
		{"Sở Tài chính tỉnh Đắk Lắk; Sở Ngoại vụ tỉnh Đắk Lắk", nil, []bool{true, false}},
		{"Bộ Công an, các bộ, cơ quan ngang bộ", nil, []bool{true, true}},
		{"Chủ tịch UBND tỉnh Quảng Ninh", nil, []bool{true}},
		{"Trung tâm Dịch vụ việc làm tỉnh", nil, []bool{false}},
	}
	for _, tt := range tests {
		var got []bool
		for _, m := range r.FindAll(tt.text, tt.opt) {
			got = append(got, m.Known)
		}
		if !slices.Equal(got, tt.known) {
			t.Errorf("FindAll(%q): Known %v, want %v", tt.text, got, tt.known)
		}
	}
}

// cutID splits "hp.so-noi-vu" into "hp" and "so-noi-vu".
func cutID(id ID) (string, string, bool) {
	for i := 0; i < len(id); i++ {
		if id[i] == '.' {
			return string(id[:i]), string(id[i+1:]), true
		}
	}
	return "", "", false
}

// TestProvincialBodies checks the bodies every province has besides its
// departments: the women's-advancement board, the office of the deputies
// and council, the youth union, the telecom branches.
func TestProvincialBodies(t *testing.T) {
	r := Default()
	qn := &Options{Locality: "quang-ninh.ubnd"}
	tests := []struct {
		text string
		opt  *Options
		want []string // "text|id"
	}{
		{"Ban Vì sự tiến bộ của phụ nữ tỉnh chủ trì", qn, []string{"Ban Vì sự tiến bộ của phụ nữ tỉnh|quang-ninh.ban-vstbpn"}},
		{"giao Ban vì sự tiến bộ phụ nữ tổng hợp", qn, []string{"Ban vì sự tiến bộ phụ nữ|quang-ninh.ban-vstbpn"}},
		{"Ban VSTBPN thành phố Hải Phòng", nil, []string{"Ban VSTBPN thành phố Hải Phòng|hp.ban-vstbpn"}},
		// The boards of the departments are not the province's.
		{"Ban vì sự tiến bộ phụ nữ các sở", qn, []string{"Ban vì sự tiến bộ phụ nữ|", "các sở|"}},
		{"Văn phòng Đoàn ĐBQH và HĐND tỉnh theo dõi", qn, []string{"Văn phòng Đoàn ĐBQH và HĐND tỉnh|quang-ninh.vp-doan-dbqh-hdnd"}},
		{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hải Phòng", nil,
			[]string{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hải Phòng|hp.vp-doan-dbqh-hdnd"}},
		{"Tỉnh Đoàn, Sở Y tế", qn, []string{"Tỉnh Đoàn|quang-ninh.tinh-doan", "Sở Y tế|quang-ninh.so-y-te"}},
		{"Thành đoàn Hải Phòng", qn, []string{"Thành đoàn Hải Phòng|hp.tinh-doan"}},
		{"Thành Đoàn", hpOpt, []string{"Thành Đoàn|hp.tinh-doan"}},
		{"Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An", nil, []string{"Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An|nghe-an.tinh-doan"}},
		{"Viettel Hải Phòng, Viễn thông Hải Phòng (VNPT)", nil, []string{"Viettel Hải Phòng|hp.viettel", "Viễn thông Hải Phòng (VNPT)|hp.vnpt"}},
		{"Chi nhánh Viettel tỉnh Quảng Ninh", nil, []string{"Chi nhánh Viettel tỉnh Quảng Ninh|quang-ninh.viettel"}},
		{"VNPT Đà Nẵng", nil, []string{"VNPT Đà Nẵng|da-nang.vnpt"}},
		{"Viettel, VNPT", qn, []string{"Viettel|viettel", "VNPT|vnpt"}},
		// Common words, not bodies.
		{"hạ tầng viễn thông", qn, nil},
		{"toàn tỉnh đoàn kết", qn, nil},
		{"Tỉnh đoàn kết", qn, nil},
		// Regional branches of the State Bank (from 2025) are found,
		// unresolved.
		{"Ngân hàng Nhà nước Khu vực 5", nil, []string{"Ngân hàng Nhà nước Khu vực 5|"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.FindAll(tt.text, tt.opt) {
			got = append(got, m.Text+"|"+string(m.ID))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindAll(%q):\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
	if got := r.SplitList("Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ và Công an tỉnh", qn); len(got) != 3 {
		t.Errorf("SplitList: %q, want 3 items", got)
	}
	if a, _ := r.Agency("hp.viettel"); a.Parent != "viettel" || a.Kind != KindEnterprise {
		t.Errorf("hp.viettel: %+v", a)
	}
}

// TestStateBankBranch checks Hải Phòng's branch of the State Bank, which
// became part of a regional branch on 1 March 2025.
func TestStateBankBranch(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		day  string
		want ID
	}{{"2025-02-28", "hp.nhnn"}, {"2025-03-01", "hp.nhnn-khu-vuc"}, {"2025-08-01", "hp.nhnn-khu-vuc"}} {
		h := r.HolderOn("hp.nhnn", mustDate(c.day))
		if len(h) != 1 || h[0].ID != c.want {
			t.Errorf("HolderOn(hp.nhnn, %s) = %+v, want %s", c.day, h, c.want)
		}
	}
	if a, _ := r.Agency("hp.nhnn-khu-vuc"); !a.Unconfirmed || a.Kind != KindStateBank {
		t.Errorf("hp.nhnn-khu-vuc: %+v", a)
	}
}

// TestStdBodiesTable checks the table of standard bodies: sorted and
// unique slugs, every name indexed, every successor a standard body, every
// parent known.
func TestStdBodiesTable(t *testing.T) {
	r := Default()
	for k, b := range stdBodies {
		if k > 0 && stdBodies[k-1].slug >= b.slug {
			t.Errorf("stdBodies not sorted at %q", b.slug)
		}
		if b.source == "" {
			t.Errorf("%s: no source", b.slug)
		}
		for _, s := range b.successors {
			if stdBySlug(string(s.ID)) == nil {
				t.Errorf("%s: successor %q is not a standard body", b.slug, s.ID)
			}
		}
		if b.parent != "" && b.parent != "-" {
			if _, ok := r.Agency(b.parent); !ok {
				t.Errorf("%s: unknown parent %q", b.slug, b.parent)
			}
		}
		for _, n := range b.stdNames() {
			if canonKey(n.name) == "" {
				t.Errorf("%s: name %q has no key", b.slug, n.name)
			}
		}
	}
}

// TestDistrictCollectives checks collective names of district and commune
// committees written without the other tiers.
func TestDistrictCollectives(t *testing.T) {
	r := Default()
	for _, c := range []struct{ text, want string }{
		{"Chủ tịch UBND các huyện chỉ đạo", "Chủ tịch UBND các huyện"},
		{"Ủy ban nhân dân các huyện, thị xã báo cáo", "Ủy ban nhân dân các huyện, thị xã"},
		{"giao UBND các xã thực hiện", "UBND các xã"},
	} {
		ms := r.FindAll(c.text, &Options{Locality: "quang-ninh.ubnd"})
		if len(ms) != 1 || ms[0].Text != c.want || !ms[0].Group || !ms[0].Known {
			t.Errorf("FindAll(%q) = %+v, want one group %q", c.text, ms, c.want)
		}
	}
}
