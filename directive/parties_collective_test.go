package directive

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCollectiveVariants: the lists of collectives of implementer clauses
// in the forms real documents write them: two kinds without a comma
// between them ("các sở, ban ngành"), a collective without "các" ("Sở,
// ban, ngành"), a unit placed by where it sits ("cơ quan Trung ương đóng
// trên địa bàn tỉnh"), the economic-zone board ("Ban Quản lý Khu kinh tế
// tỉnh"); the list goes on after ";" with a person's title.
func TestCollectiveVariants(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố khẩn trương xây dựng kế hoạch.",
			[]string{"Thủ trưởng|các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh", "Chủ tịch|UBND các huyện, thành phố"}},
		{"Giám đốc các sở ban ngành tỉnh tổ chức thực hiện.", []string{"Giám đốc|các sở ban ngành tỉnh"}},
		{"Các sở ban hành văn bản hướng dẫn.", []string{"|Các sở"}},
		{"Sở, ban, ngành, Ủy ban nhân dân huyện, xã thực hiện đúng tiến độ.",
			[]string{"|Sở, ban, ngành", "|Ủy ban nhân dân huyện, xã"}},
		{"Sở, ngành liên quan phối hợp.", []string{"|Sở, ngành liên quan"}},
		{"Sở, Ban Dân tộc tỉnh phối hợp.", []string{"|Sở", "|Ban Dân tộc tỉnh"}},
		{"Thủ trưởng Sở ban ngành tỉnh triển khai.", []string{"Thủ trưởng|Sở ban ngành tỉnh"}},
		{"Sở ban hành hướng dẫn.", []string{"|Sở"}},
		{"Bộ ngành liên quan phối hợp.", []string{"|Bộ ngành liên quan"}},
		{"Các cơ quan, đơn vị đóng chân trên địa bàn tỉnh phối hợp.", []string{"|Các cơ quan, đơn vị đóng chân trên địa bàn tỉnh"}},
		{"Các bộ ngành Trung ương hỗ trợ.", []string{"|Các bộ ngành Trung ương"}},
		{"Thủ trưởng các sở, ban, ngành, cơ quan Trung ương đóng trên địa bàn tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố tổ chức thực hiện.",
			[]string{"Thủ trưởng|các sở, ban, ngành, cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch|UBND các huyện, thị xã, thành phố"}},
		{"Các doanh nghiệp đóng trên địa bàn tỉnh chấp hành.", []string{"|Các doanh nghiệp đóng trên địa bàn tỉnh"}},
		{"Giám đốc các sở, Thủ trưởng các ban ngành cấp tỉnh và Chủ tịch UBND các cấp báo cáo kết quả.",
			[]string{"Giám đốc|các sở", "Thủ trưởng|các ban ngành cấp tỉnh", "Chủ tịch|UBND các cấp"}},
		{"Ủy ban nhân dân quận-huyện, xã, phường thực hiện.", []string{"|Ủy ban nhân dân quận-huyện, xã, phường"}},
		{"Chủ tịch UBND các huyện và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.",
			[]string{"Chủ tịch|UBND các huyện", "|các tổ chức, cá nhân có liên quan"}},
		{"Các sở, ban, ngành, hội, đoàn thể tỉnh thực hiện.", []string{"|Các sở, ban, ngành, hội, đoàn thể tỉnh"}},
		{"Các sở, ngành, hỏi ý kiến Sở Tư pháp.", []string{"|Các sở, ngành"}},
		{"Sở Nông nghiệp và Phát triển nông thôn chủ trì, hoàn thành trước ngày 31/3/2020.", []string{"|Sở Nông nghiệp và Phát triển nông thôn"}},
		{"Sở Y tế hỗ trợ nông thôn.", []string{"|Sở Y tế"}},
		{"Cơ quan thường trực Tổ công tác triển khai Đề án 06 tổng hợp, báo cáo.", []string{"|Cơ quan thường trực Tổ công tác triển khai Đề án 06"}},
		{"Ban vì sự tiến bộ của phụ nữ tỉnh tổ chức tuyên truyền.", []string{"|Ban vì sự tiến bộ của phụ nữ tỉnh"}},
		{"Sở Nội vụ tăng cường công tác kiểm tra.", []string{"|Sở Nội vụ"}},
		{"Ban Quản lý Khu kinh tế tỉnh chủ trì rà soát.", []string{"|Ban Quản lý Khu kinh tế tỉnh"}},
		{"Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh phối hợp.", []string{"|Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh"}},
		{"Ban Quản lý khu kinh tế và Sở Công Thương phối hợp.", []string{"|Ban Quản lý khu kinh tế", "|Sở Công Thương"}},
		{"Ban Quản lý các Khu công nghiệp tỉnh phối hợp.", []string{"|Ban Quản lý các Khu công nghiệp tỉnh"}},
	} {
		if got := partyStrings(tt.in); !cmp.Equal(tt.want, got) {
			t.Errorf("parties of %q (-want +got):\n%s", tt.in, cmp.Diff(tt.want, got))
		}
	}
}
