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
		// Qualifiers in a row, and the body a collective belongs to.
		{"Thủ trưởng các cơ quan, tổ chức, cá nhân khác có liên quan chịu trách nhiệm thi hành.",
			[]string{"Thủ trưởng|các cơ quan, tổ chức, cá nhân khác có liên quan"}},
		{"Các cơ quan, đơn vị, địa phương liên quan khác phối hợp.",
			[]string{"|Các cơ quan, đơn vị, địa phương liên quan khác"}},
		{"Các sở, cơ quan trực thuộc Sở tổ chức triển khai.", []string{"|Các sở, cơ quan trực thuộc Sở"}},
		{"Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh tổ chức thực hiện.",
			[]string{"|Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh"}},
		{"Các cơ sở giáo dục mầm non thực hiện kiểm tra.", []string{"|Các cơ sở giáo dục mầm non"}},
		// Without "các", capitalised nouns list a collective where the body
		// they belong to follows; a bracket that excepts some stays out of
		// the name.
		{"Cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh quyết định.",
			[]string{"|Cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh"}},
		{"Tổ chức, cá nhân khi phát hiện di vật khảo cổ có trách nhiệm bảo vệ.", nil},
		// A relative clause "có …" that describes the members, up to the
		// verb; "có trách nhiệm" is a duty, "cơ quan" no "có", and the
		// next member of a list ends it.
		{"Các doanh nghiệp có cửa hàng bán lẻ xăng dầu thực hiện niêm yết giá.", []string{"|Các doanh nghiệp có cửa hàng bán lẻ xăng dầu"}},
		{"Các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh niêm yết công khai thủ tục.",
			[]string{"|Các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh"}},
		{"Thủ trưởng các đơn vị có chức năng đào tạo và các cơ quan có liên quan chịu trách nhiệm thi hành.",
			[]string{"Thủ trưởng|các đơn vị có chức năng đào tạo", "|các cơ quan có liên quan"}},
		{"Các doanh nghiệp có trách nhiệm niêm yết giá.", []string{"|Các doanh nghiệp"}},
		// One person's offices joined by a dash; a standing office.
		{"Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung chỉ đạo.",
			[]string{"Bộ trưởng|Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"}},
		{"Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra.", []string{"|Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"}},
		// A list's member runs to the next member when no verb of work
		// comes between.
		{"Giám đốc Sở Công Thương; các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh và các cơ quan có liên quan chịu trách nhiệm thi hành.",
			[]string{"Giám đốc|Sở Công Thương", "|các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh", "|các cơ quan có liên quan"}},
		{"Các sở, ngành tổ chức thực hiện và báo cáo kết quả.", []string{"|Các sở, ngành"}},
		// A title ends a factored list: the next party opens with it.
		{"Bộ trưởng các Bộ: Xây dựng, Tư pháp, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành.",
			[]string{"Bộ trưởng|Bộ Xây dựng", "Bộ trưởng|Bộ Tư pháp", "Thủ trưởng|các cơ quan, đơn vị liên quan"}},
		// The leaders of bodies, charged by that title.
		{"Lãnh đạo các Bộ, ngành tiếp tục tập trung chỉ đạo.", []string{"Lãnh đạo|các Bộ, ngành"}},
		{"Thủ trưởng các sở, ban, ngành cơ quan, đơn vị có liên quan căn cứ Quyết định này thực hiện.",
			[]string{"Thủ trưởng|các sở, ban, ngành cơ quan, đơn vị có liên quan"}},
		// The unit of a body in brackets is one party with it; an
		// abbreviation in brackets is none.
		{"Văn phòng UBND tỉnh (Trung tâm Thông tin tỉnh) phối hợp.", []string{"|Văn phòng UBND tỉnh (Trung tâm Thông tin tỉnh)"}},
		{"Trung tâm Phục vụ hành chính công (TTPVHCC) phối hợp.", []string{"|Trung tâm Phục vụ hành chính công"}},
		{"Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ đơn vị tự bảo đảm chi thường xuyên), tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành.",
			[]string{"Thủ trưởng|các cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh"}},
	} {
		if got := partyStrings(tt.in); !cmp.Equal(tt.want, got) {
			t.Errorf("parties of %q (-want +got):\n%s", tt.in, cmp.Diff(tt.want, got))
		}
	}
}

// TestAliasIsTheBody: the short name a text gives a body ("(sau đây gọi tắt
// là Ban Quản lý)") names it later, with the title written before it; the
// sentence that gives it is read past the bracket (a definition, "… là cơ
// quan …", charges no one).
func TestAliasIsTheBody(t *testing.T) {
	text := structDoc("1229/QĐ-TTg", "QUYẾT ĐỊNH\nVề việc thành lập Ban Quản lý\nQUYẾT ĐỊNH:\n"+
		"Điều 1. Thành lập Ban Quản lý\n"+
		"1. Ban Quản lý Khu kinh tế mở Chu Lai (sau đây gọi tắt là Ban Quản lý) là cơ quan hành chính thuộc Ủy ban nhân dân tỉnh.\n"+
		"2. Ban Quản lý có tư cách pháp nhân, có con dấu.\n"+
		"Điều 2. Tổ chức thực hiện\n"+
		"1. Trưởng ban Ban Quản lý trình Ủy ban nhân dân tỉnh quy định cơ cấu tổ chức trước ngày 30/6/2024.\n"+
		"2. Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			got = append(got, a.Label+" "+p.Title+"|"+p.Name)
		}
	}
	want := []string{"Điều 2.1 Trưởng ban|Ban Quản lý", "Điều 2.2 Chủ tịch|Ủy ban nhân dân tỉnh"}
	if !cmp.Equal(want, got) {
		t.Errorf("assignees (-want +got):\n%s", cmp.Diff(want, got))
	}
}
