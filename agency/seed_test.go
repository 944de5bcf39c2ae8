package agency

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const seedFile = "haiphong-bcd-de-an-06-2024.txt"

var hpOpt = &Options{Locality: "hp.ubnd"}

// section returns the part of text from the first line starting with from
// up to the first line after it starting with to.
func section(t *testing.T, text, from, to string) string {
	t.Helper()
	i := strings.Index(text, from)
	if i < 0 {
		t.Fatalf("no %q", from)
	}
	j := strings.Index(text[i:], to)
	if j < 0 {
		t.Fatalf("no %q", to)
	}
	return text[i : i+j]
}

// The distribution list of the seed: every line resolves, and the
// abbreviations expand.
func TestSeedDistributionList(t *testing.T) {
	r := Default()
	text := section(t, readTestdata(t, seedFile), "**Nơi nhận:**", "**TM. BAN")
	var got []string
	for _, m := range r.FindAll(text, hpOpt) {
		if !m.Resolved() {
			t.Errorf("unresolved %q", m.Text)
		}
		got = append(got, m.Text+" → "+m.String())
	}
	want := []string{
		"Cục KSTTHC-VPCP → Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ",
		"Cục C06-Bộ CA → Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		"TTTU → Thường trực Thành ủy Hải Phòng",
		"TT HĐND TP → Thường trực Hội đồng nhân dân thành phố Hải Phòng",
		"CT → Chủ tịch Ủy ban nhân dân thành phố Hải Phòng",
		"PCT UBND TP → Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng",
		"Thành viên BCD Đề án 06 TP → Thành viên Ban Chỉ đạo thực hiện Đề án 06 thành phố Hải Phòng",
		"Đài PTTH HP → Đài Phát thanh và Truyền hình Hải Phòng",
		"Báo Hải Phòng → Báo Hải Phòng",
		"Ngân hàng Nhà nước Việt Nam - CNHP → Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Hải Phòng",
		"Chuyên đề An ninh HP → Chuyên đề An ninh Hải Phòng",
		"CVP → Chánh Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"PCVP UBND TP → Phó Chánh Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"KSTTHC → Phòng Kiểm soát thủ tục hành chính - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"VX → Phòng VX - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"TCNS → Phòng TCNS - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"XDGT&CT → Phòng XDGT&CT - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"NCKTGS → Phòng NCKTGS - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"Công TTĐT TP → Cổng Thông tin điện tử thành phố Hải Phòng",
		"VT → Văn thư - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
		"KSTTHC5 → Phòng Kiểm soát thủ tục hành chính - Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("distribution list (-want +got):\n%s", d)
	}
	// The chief of office is the office's chief, not the committee's.
	for _, m := range r.FindAll("CVP, các PCVP UBND TP", hpOpt) {
		if m.ID != "hp.vp-ubnd" {
			t.Errorf("%q: ID %q, want hp.vp-ubnd", m.Text, m.ID)
		}
	}
}

// Every agency and group of the seed — addressees, assignees, cooperating
// agencies, the agencies named inside tasks — in order.
func TestSeedMentions(t *testing.T) {
	r := Default()
	text := readTestdata(t, seedFile)
	end := strings.Index(text, "**Nơi nhận:**")
	type got struct {
		Text  string
		ID    ID
		Title Title
	}
	var gs []got
	for _, m := range r.FindAll(text[:end], hpOpt) {
		gs = append(gs, got{strings.Join(strings.Fields(m.Text), " "), m.ID, m.Title})
	}
	want := []got{
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "hp.ubnd", 0},
		{"BAN CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN 06 THÀNH PHỐ", "hp.bcd-de-an-06", 0},
		{"Thủ tướng Chính phủ", "thu-tuong", 0},
		{"Các sở, ban, ngành thành phố", "hp.so-ban-nganh", 0},
		{"Ủy ban nhân dân các quận, huyện", "hp.ubnd-quan-huyen", 0},
		{"Thủ tướng Chính phủ", "thu-tuong", 0},
		{"các bộ, ngành, địa phương", "cp.bo-nganh-dia-phuong", 0},
		{"Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", "hp.bcd-de-an-06", 0},
		{"Thủ trưởng các sở, ban, ngành thành phố", "hp.so-ban-nganh", TitleHead},
		{"Chủ tịch Ủy ban nhân dân các quận, huyện", "hp.ubnd-quan-huyen", TitleChairman},
		{"cơ quan, đơn vị, địa phương", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Thủ tướng Chính phủ", "thu-tuong", 0},
		{"Tổ Công tác triển khai Đề án 06 Chính phủ", "to-cong-tac-de-an-06", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", "hp.bcd-de-an-06", 0},
		{"các cơ quan, đơn vị, địa phương", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Chủ tịch Ủy ban nhân dân thành phố", "hp.ubnd", TitleChairman},
		{"Trưởng Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", "hp.bcd-de-an-06", TitleChief},
		{"Cục C06 - Bộ Công an", "bo-cong-an.c06", 0},
		{"C06", "bo-cong-an.c06", 0},
		{"các cơ quan, đơn vị trên địa bàn thành phố", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an", "bo-cong-an.c06", 0},
		{"các cơ quan, đơn vị liên quan", "lien-quan", 0},
		{"Sở Thông tin và Truyền thông", "hp.so-tttt", 0},
		{"Bộ Thông tin và Truyền thông", "bo-tttt", 0},
		{"Bộ Công an", "bo-cong-an", 0},
		{"các cơ quan, đơn vị, địa phương", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Sở Tài chính", "hp.so-tai-chinh", 0},
		{"Sở Kế hoạch và Đầu tư", "hp.so-khdt", 0},
		{"Sở Thông tin và Truyền thông", "hp.so-tttt", 0},
		{"Ủy ban nhân dân thành phố", "hp.ubnd", 0},
		{"Sở Thông tin và Truyền thông", "hp.so-tttt", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Bộ Thông tin và Truyền thông", "bo-tttt", 0},
		{"Bộ Công an", "bo-cong-an", 0},
		{"Bộ Thông tin và Truyền thông", "bo-tttt", 0},
		{"Chính phủ", "chinh-phu", 0},
		{"các cơ quan, đơn vị trên địa bàn", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Công an", "", 0},
		{"Bưu điện", "hp.buu-dien", 0},
		{"Cục C06 - Bộ Công an", "bo-cong-an.c06", 0},
		{"C06", "bo-cong-an.c06", 0},
		{"các cơ quan, đơn vị trên địa bàn thành phố", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Sở Tài chính", "hp.so-tai-chinh", 0},
		{"Sở Kế hoạch và Đầu tư", "hp.so-khdt", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"các cơ quan, đơn vị, địa phương", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Sở Lao động - Thương binh và Xã hội", "hp.so-ldtbxh", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"các đơn vị có liên quan", "lien-quan", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Ngân hàng Nhà nước Việt Nam thành phố", "hp.nhnn", 0},
		{"Ngân hàng Chính sách xã hội – chi nhánh thành phố Hải Phòng", "hp.nhcsxh", 0},
		{"các đơn vị có liên quan", "lien-quan", 0},
		{"Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh", 0},
		{"các cơ quan liên quan", "lien-quan", 0},
		{"Sở Tài nguyên và Môi trường", "hp.so-tnmt", 0},
		{"Ủy ban nhân dân thành phố", "hp.ubnd", 0},
		{"Bộ Tài nguyên và Môi trường", "bo-tnmt", 0},
		{"Sở Tư pháp", "hp.so-tu-phap", 0},
		{"các sở, ban, ngành", "hp.so-ban-nganh", 0},
		{"Ủy ban nhân dân các quận, huyện", "hp.ubnd-quan-huyen", 0},
		{"Chính phủ", "chinh-phu", 0},
		{"Bộ Tư pháp", "bo-tu-phap", 0},
		{"Bộ Tư pháp", "bo-tu-phap", 0},
		{"Sở Y tế", "hp.so-y-te", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Bảo hiểm xã hội thành phố", "hp.bhxh", 0},
		{"Bộ Y tế", "bo-y-te", 0},
		{"Bộ Công an", "bo-cong-an", 0},
		{"Bảo hiểm xã hội Việt Nam", "bhxh-vn", 0},
		{"Sở Giao thông vận tải", "hp.so-gtvt", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Bộ Giao thông vận tải", "bo-gtvt", 0},
		{"Sở Giáo dục và Đào tạo", "hp.so-gddt", 0},
		{"các cơ sở giáo dục", "", 0}, // Luật Giáo dục 2019's facilities, a collective
		{"Sở Tài chính", "hp.so-tai-chinh", 0},
		{"Sở Kế hoạch và Đầu tư", "hp.so-khdt", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Sở Thông tin và Truyền thông", "hp.so-tttt", 0},
		{"Ủy ban nhân dân thành phố", "hp.ubnd", 0},
		{"Bảo hiểm xã hội thành phố", "hp.bhxh", 0},
		{"Bảo hiểm xã hội Việt Nam", "bhxh-vn", 0},
		{"Công an thành phố", "hp.cong-an", 0},
		{"Sở Tư pháp", "hp.so-tu-phap", 0},
		{"Cục Thuế thành phố", "hp.cuc-thue", 0},
		{"Bộ Tài chính", "bo-tai-chinh", 0},
		{"Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Hải Phòng", "hp.nhnn", 0},
		{"các tổ chức tín dụng", "", 0},
		{"Ủy ban nhân dân các quận, huyện", "hp.ubnd-quan-huyen", 0},
		{"Tổ Công tác Đề án 06/CP cấp xã", "", 0},
		{"Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", "hp.bcd-de-an-06", 0},
		{"các cơ quan, đơn vị, địa phương", "hp.co-quan-don-vi-dia-phuong", 0},
		{"Ban Chỉ đạo thực hiện Đề án 06/CP thành phố", "hp.bcd-de-an-06", 0},
		{"Công an thành phố", "hp.cong-an", 0},
	}
	if d := cmp.Diff(want, gs); d != "" {
		t.Errorf("seed mentions (-want +got):\n%s", d)
	}
}

// The assignees of the seed's fourteen assignments, with their successors
// on 1 August 2025.
func TestSeedAssigneesHolders(t *testing.T) {
	r := Default()
	tests := []struct {
		heading string
		want    [][]ID // per mention: holders on 2025-08-01
	}{
		{"Giao Thủ trưởng các sở, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân các quận, huyện:",
			[][]ID{{"hp.so-ban-nganh"}, {"hp.ubnd-quan-huyen"}}},
		{"Giao Công an thành phố:", [][]ID{{"hp.cong-an"}}},
		{"Giao Sở Thông tin và Truyền thông:", [][]ID{{"hp.so-khcn"}}},
		{"Giao Sở Lao động - Thương binh và Xã hội:", [][]ID{{"hp.so-noi-vu", "hp.so-y-te", "hp.so-gddt", "hp.so-nnmt", "hp.cong-an"}}},
		{"Giao Sở Tài nguyên và Môi trường:", [][]ID{{"hp.so-nnmt"}}},
		{"Giao Sở Tư pháp:", [][]ID{{"hp.so-tu-phap"}}},
		{"Giao Sở Y tế phối hợp với Công an thành phố, Bảo hiểm xã hội thành phố",
			[][]ID{{"hp.so-y-te"}, {"hp.cong-an"}, {"hp.bhxh"}}},
		{"Giao Sở Giao thông vận tải", [][]ID{{"hp.so-xay-dung"}}},
		{"Giao Sở Giáo dục và Đào tạo", [][]ID{{"hp.so-gddt"}}},
		{"Giao Sở Tài chính, Sở Kế hoạch và Đầu tư", [][]ID{{"hp.so-tai-chinh"}, {"hp.so-tai-chinh"}}},
		{"Giao Bảo hiểm xã hội thành phố", [][]ID{{"hp.bhxh"}}},
		{"Giao Cục Thuế thành phố", [][]ID{{"hp.cuc-thue"}}},
		{"Giao Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Hải Phòng", [][]ID{{"hp.nhnn-khu-vuc"}}}, // the regional branch from 1/3/2025
		{"Giao Ủy ban nhân dân các quận, huyện:", [][]ID{{"hp.ubnd-quan-huyen"}}},
	}
	on := mustDate("2025-08-01")
	for _, tt := range tests {
		ms := r.FindAll(tt.heading, hpOpt)
		var got [][]ID
		for _, m := range ms {
			var ids []ID
			for _, h := range r.HolderOn(m.ID, on) {
				ids = append(ids, h.ID)
			}
			got = append(got, ids)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.heading, d)
		}
	}
}
