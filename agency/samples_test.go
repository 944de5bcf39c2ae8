package agency

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The sample directives, with the locality each is read in. The golden
// files list every mention FindAll returns — text, ID (or "-" when
// unresolved), title and expanded name — and were reviewed by eye.
var samples = []struct {
	file     string
	locality ID
}{
	{seedFile, "hp.ubnd"},
	{"02_cd-220-ttg-cat-giam-tthc.txt", ""},
	{"06_ct-012-ubnd-daklak-cai-cach-tthc.txt", "dak-lak.ubnd"},
	{"07_kh-308-ubnd-hanoi-nq214-du-lieu-de-an-06.txt", "ha-noi.ubnd"},
	{"09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt", "hcm.ubnd"},
}

func formatMentions(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		id := string(m.ID)
		if id == "" {
			id = "-"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", strings.Join(strings.Fields(m.Text), " "), id, m.Title, m.String())
	}
	return b.String()
}

func TestSampleMentionsGolden(t *testing.T) {
	r := Default()
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			got := formatMentions(r.FindAll(readTestdata(t, s.file), &Options{Locality: s.locality}))
			golden := "testdata/" + strings.TrimSuffix(s.file, ".txt") + ".mentions"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("mentions differ from %s (-want +got):\n%s", golden, d)
			}
		})
	}
}

// Each sample's issuer is found in its heading, and gives the locality the
// rest of the document is read in.
func TestSampleIssuerLocality(t *testing.T) {
	r := Default()
	for _, s := range samples[2:] {
		text := readTestdata(t, s.file)
		m, ok := r.Find(text[strings.Index(text, "\n"):], nil)
		if !ok || r.LocalityOf(m.ID) != s.locality {
			t.Errorf("%s: first mention %+v, locality %q, want %q", s.file, m, r.LocalityOf(m.ID), s.locality)
		}
		if got := r.Locality(text); got != s.locality {
			t.Errorf("%s: Locality = %q, want %q", s.file, got, s.locality)
		}
	}
}

// Agencies named in the sample directives, listed by hand: each must be
// found with exactly this text, resolved to this ID or unresolved ("").
func TestSampleMentionsListed(t *testing.T) {
	r := Default()
	want := map[string][]struct {
		text string
		id   ID
	}{
		"02_cd-220-ttg-cat-giam-tthc.txt": {
			{"Bộ trưởng các Bộ", "cp.bo"},
			{"Thủ trưởng cơ quan ngang bộ", "cp.co-quan-ngang-bo"},
			{"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "cp.ubnd-tinh"},
			{"Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố", ""},
			{"Bộ trưởng Bộ Công Thương", "bo-cong-thuong"},
			{"Văn phòng Chính phủ", "vpcp"},
			{"Bộ Chính trị", "bo-chinh-tri"},
			{"Ban Bí thư", "ban-bi-thu"},
			{"Bộ Dân tộc và Tôn giáo", "bo-dan-toc-ton-giao"},
			{"Thanh tra Chính phủ", "thanh-tra-cp"},
			{"Ngân hàng Nhà nước Việt Nam", "nhnn"},
			{"Bộ Văn hóa, Thể thao và Du lịch", "bo-vhttdl"},
			{"Văn phòng Trung ương Đảng", "vp-tw-dang"},
			{"TTgCP", "thu-tuong"},
			{"PTTgCP", "chinh-phu"},
			{"BTCN", "vpcp"},
			{"PCN", "vpcp"},
			{"Tài chính", "bo-tai-chinh"},
			{"Nội vụ", "bo-noi-vu"},
		},
		"06_ct-012-ubnd-daklak-cai-cach-tthc.txt": {
			{"Thủ trưởng các sở, ban, ngành tỉnh", ""},
			{"Chủ tịch UBND các xã, phường", ""},
			{"Sở Khoa học và Công nghệ", "dak-lak.so-khcn"},
			{"Sở Nội vụ", "dak-lak.so-noi-vu"},
			{"Văn phòng UBND tỉnh", "dak-lak.vp-ubnd"},
			{"Chủ tịch UBND tỉnh", "dak-lak.ubnd"},
			{"người đứng đầu các cơ quan chuyên môn cấp tỉnh", ""},
			{"Chủ tịch UBND cấp xã", ""},
			{"TT Tỉnh ủy", ""},
			{"TT HĐND tỉnh", "dak-lak.hdnd"},
			{"UB MTTQ Việt Nam tỉnh", ""},
			{"Báo và PTTH Đắk Lắk", ""},
			{"Cổng TTĐT tỉnh", ""},
			{"VT", ""},
		},
		"07_kh-308-ubnd-hanoi-nq214-du-lieu-de-an-06.txt": {
			{"Sở Khoa học và Công nghệ", "ha-noi.so-khcn"},
			{"Các Sở, ban, ngành", ""},
			{"UBND xã, phường", ""},
			{"Công an Thành phố", "ha-noi.cong-an"},
			{"Sở Tài chính", "ha-noi.so-tai-chinh"},
			{"Bộ Công an", "bo-cong-an"},
			{"Bộ Khoa học và Công nghệ", "bo-khcn"},
			{"Cục Cảnh sát Quản lý hành chính về trật tự xã hội", "bo-cong-an.c06"},
			{"Thường trực Thành ủy", ""},
			{"Chủ tịch UBND Thành phố", "ha-noi.ubnd"},
			{"các cơ quan, tổ chức có liên quan", "lien-quan"},
			{"đơn vị liên quan", "lien-quan"},
		},
		"09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt": {
			{"Ủy ban nhân dân các xã, phường và đặc khu", ""},
			{"Giám đốc Sở Nội vụ", "hcm.so-noi-vu"},
			{"Bộ Nội vụ", "bo-noi-vu"},
			{"Trung tâm Chuyển đổi số Thành phố", ""},
			{"các cơ quan, đơn vị liên quan", "lien-quan"},
			{"TTUB", "hcm.ubnd"},
			{"Phòng VX", ""},
		},
	}
	for _, s := range samples[1:] {
		ms := r.FindAll(readTestdata(t, s.file), &Options{Locality: s.locality})
		for _, w := range want[s.file] {
			found := false
			for _, m := range ms {
				if strings.Join(strings.Fields(m.Text), " ") == w.text && m.ID == w.id {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no mention %q (ID %q)", s.file, w.text, w.id)
			}
		}
	}
}
