package directive

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/google/go-cmp/cmp"
)

// partyStrings renders the parties the charge grammar reads in the first
// paragraph of s, from its start, as "title|name": the list that opens it.
func partyStrings(s string) []string {
	doc := layout.ReadWith(s, layoutOptions(agency.Default()))
	if len(doc.Paras) == 0 {
		return nil
	}
	r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
	g := doc.Paras[0].Key
	c := chargeReader{r: r, f: &doc.Key, t: doc.Key.Text, g: g, accented: doc.Accented}
	c.parties = c.partiesOf(g)
	ps, _ := c.list(g.A)
	var got []string
	for _, p := range ps {
		got = append(got, p.Title+"|"+p.Name)
	}
	return got
}

// TestPartyNameEnds: a name stops where a known name ends, at a verb and
// at a number; the department word of a standard name ("Xây dựng",
// "Công Thương") is part of it, not a verb or the start of the task.
func TestPartyNameEnds(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Sở Xây dựng chủ trì thẩm định hồ sơ thiết kế.", []string{"|Sở Xây dựng"}},
		{"Giám đốc Sở Xây dựng báo cáo kết quả.", []string{"Giám đốc|Sở Xây dựng"}},
		{"Sở Công Thương duy trì sàn thương mại điện tử của tỉnh.", []string{"|Sở Công Thương"}},
		{"Sở Nội vụ giảm 20% thời gian họp.", []string{"|Sở Nội vụ"}},
		{"Cục Thuế có trách nhiệm rà soát nguồn thu.", []string{"|Cục Thuế"}},
		{"Ban Dân tộc tỉnh đạt 100 phần trăm kế hoạch.", []string{"|Ban Dân tộc tỉnh"}},
		{"Sở Tư pháp phổ biến pháp luật.", []string{"|Sở Tư pháp"}},
		{"Sở Tài nguyên và Môi trường cập nhật dữ liệu.", []string{"|Sở Tài nguyên và Môi trường"}},
		{"Sở Tài chính tính toán kinh phí.", []string{"|Sở Tài chính"}},
		{"So Tai chinh tinh toan kinh phi.", []string{"|So Tai chinh tinh"}}, // no diacritics: cannot tell
		{"Công an tỉnh cấp 100% căn cước.", []string{"|Công an tỉnh"}},
		{"Sở Du lịch quảng bá hình ảnh.", []string{"|Sở Du lịch"}},
		{"Tỉnh Đoàn tổ chức ra quân.", []string{"|Tỉnh Đoàn"}},
		// The ministers named by their title alone; a unit "thuộc" a body
		// ends before a collective.
		{"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ và các thành viên Ban Chỉ đạo chịu trách nhiệm.",
			[]string{"|Bộ trưởng", "Thủ trưởng|cơ quan ngang bộ", "Thủ trưởng|cơ quan thuộc Chính phủ", "các thành viên|Ban Chỉ đạo"}},
		{"Bộ trưởng Bộ Y tế chủ trì.", []string{"Bộ trưởng|Bộ Y tế"}},
		{"Giám đốc, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch, Phó Chủ tịch UBND các huyện chịu trách nhiệm.",
			[]string{"Giám đốc, Thủ trưởng|các sở, ban, ngành tỉnh", "Chủ tịch, Phó Chủ tịch|UBND các huyện"}},
		{"Giám đốc và Phó Giám đốc Sở Y tế tham dự.", []string{"Giám đốc và Phó Giám đốc|Sở Y tế"}},
		{"Bộ trưởng chịu trách nhiệm.", nil},
		// Words that fold like a head but are spelled otherwise.
		{"Các số liệu báo cáo phải thống nhất.", nil},
		// A common word that begins with a collective's noun.
		{"Các trường hợp vi phạm phải được xử lý nghiêm.", nil},
		{"Các bộ phận chuyên môn phối hợp.", nil},
		{"Phong trào thi đua được phát động.", nil},
		{"Viên chức Sở Y tế tham gia.", nil},
		{"Đại diện Sở Y tế tham dự.", nil},
		{"Các sở phối hợp.", []string{"|Các sở"}},
		{"CÁC SỞ, BAN, NGÀNH phối hợp.", []string{"|CÁC SỞ, BAN, NGÀNH"}},
		{"Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức.", []string{"|Sở Văn hóa, Thể thao và Du lịch"}},
		{"Sở Văn hóa, Thể thao và Du lịch, Sở Y tế phối hợp.", []string{"|Sở Văn hóa, Thể thao và Du lịch", "|Sở Y tế"}},
		{"Sở Y tế, Sở Tư pháp phối hợp.", []string{"|Sở Y tế", "|Sở Tư pháp"}},
		// A name the vocabulary does not know keeps its capitalised words.
		{"Trung tâm Chuyển đổi số Thành phố có trách nhiệm vận hành.", []string{"|Trung tâm Chuyển đổi số Thành phố"}},
		// The chief of an office is named as printed: the title, then the
		// body whose office it is (the ID, when resolved, is the office's).
		{"Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc.", []string{"Chánh Văn phòng|UBND tỉnh"}},
		// Persons by title and name, and by a plural title.
		{"Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng chỉ đạo, đôn đốc.", []string{"Phó Thủ tướng|Hồ Đức Phớc", "|các Phó Thủ tướng"}},
		{"Phó Thủ tướng Chính phủ chỉ đạo.", []string{"Phó Thủ tướng|Chính phủ"}},
		// Titles that share the body after them are one party; the
		// ministers stand for their ministries.
		{"Giám đốc và Phó Giám đốc Sở Y tế tham dự.", []string{"Giám đốc và Phó Giám đốc|Sở Y tế"}},
		{"Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm.", []string{"|Bộ trưởng", "Thủ trưởng|cơ quan ngang bộ"}},
		// The kinds of a collective may be capitalised; a kind followed by
		// a capitalised word opens a name of its own.
		{"Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.",
			[]string{"Chánh Văn phòng|UBND tỉnh", "Giám đốc|các Sở, Ban, ngành, đoàn thể có liên quan", "Chủ tịch|UBND các huyện"}},
		{"Các sở, Ban Dân tộc tỉnh phối hợp.", []string{"|Các sở", "|Ban Dân tộc tỉnh"}},
		// A front's member organisations: "thành viên" closes the
		// collective.
		{"Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò nòng cốt.",
			[]string{"|Ủy ban Mặt trận Tổ quốc tỉnh", "|các tổ chức thành viên"}},
		// A tier after a named body, no place's name after it: the body
		// of that tier; "các cấp", of every tier. A body that assigns
		// with no body after the verb does the assigning itself.
		{"Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các thành viên.",
			[]string{"|Hội đồng Thi đua - Khen thưởng các cấp"}},
		{"Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể tuyên truyền cuộc bầu cử.",
			[]string{"|Mặt trận Tổ quốc Việt Nam tỉnh", "|các đoàn thể"}},
		{"Sở Nội vụ tỉnh Quảng Trị hướng dẫn khen thưởng.", []string{"|Sở Nội vụ tỉnh Quảng Trị"}},
		{"Chủ tịch UBND các huyện/thành phố; Các thành viên Ban Chỉ đạo tỉnh thi hành.",
			[]string{"Chủ tịch|UBND các huyện/thành phố", "Các thành viên|Ban Chỉ đạo tỉnh"}},
		// A head that begins a common word names no body; one that begins
		// a collective noun names the collective.
		{"Thuế giá trị gia tăng được khấu trừ theo quy định.", nil},
		{"Đơn vị tính giá là đồng.", nil},
		{"Các cơ sở dữ liệu chuyên ngành nông nghiệp gồm có dữ liệu quan trắc.", nil},
		{"Các cơ sở giáo dục mầm non rà soát cơ sở vật chất.", []string{"|Các cơ sở giáo dục mầm non"}},
		{"Đơn vị sự nghiệp công lập lập kế hoạch.", []string{"|Đơn vị sự nghiệp công lập"}},
		{"Công ty lập hồ sơ.", []string{"|Công ty"}},
		// The bodies a collective lists in brackets are the parties.
		{"Các cơ quan thẩm định dự án (Sở Tài chính, Sở Xây dựng và Ban quản lý Khu kinh tế Vân Phong): tiếp nhận hồ sơ.",
			[]string{"|Sở Tài chính", "|Sở Xây dựng", "|Ban quản lý Khu kinh tế Vân Phong"}},
		{"Các cơ quan liên quan (nếu có) phối hợp.", []string{"|Các cơ quan liên quan"}},
		// A collective of a named body ("của"); the council's deputies by
		// title and their groups (Luật Tổ chức chính quyền địa phương).
		{"Các Ban của Hội đồng nhân dân huyện, các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện giám sát.",
			[]string{"|Các Ban của Hội đồng nhân dân huyện", "|các Tổ đại biểu", "đại biểu|Hội đồng nhân dân huyện"}},
		{"Các đơn vị của Sở Y tế báo cáo.", []string{"|Các đơn vị của Sở Y tế"}},
		{"Các đại biểu này không biểu quyết.", nil},
	} {
		if got := partyStrings(tt.in); !cmp.Equal(tt.want, got) {
			t.Errorf("parties of %q (-want +got):\n%s", tt.in, cmp.Diff(tt.want, got))
		}
	}
}

// TestHeadedList: a list after a collective's colon names the bodies of
// its kind without their head word; a task after the colon is no list.
func TestHeadedList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Giám đốc các Sở: Thông tin và Truyền thông; Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.",
			[]string{"Giám đốc|Sở Thông tin và Truyền thông", "Giám đốc|Sở Tài chính", "Chủ tịch|UBND các huyện"}},
		{"Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục.",
			[]string{"|Bộ Tài chính", "|Bộ Y tế", "|Bộ Tư pháp", "|Bộ Nội vụ"}},
		{"Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ chịu trách nhiệm.",
			[]string{"Giám đốc|Sở Lao động - Thương binh và Xã hội", "Giám đốc|Sở Nội vụ"}},
		{"Các sở, ngành: Tài chính, Công an tỉnh thực hiện.", []string{"|Sở Tài chính", "|Công an tỉnh"}},
		{"Các sở, ngành: Chủ động rà soát, báo cáo.", []string{"|Các sở, ngành"}},
		{"Các sở, ngành: Nghiêm túc thực hiện các nhiệm vụ sau.", []string{"|Các sở, ngành"}},
		{"Các sở, ngành: Tài chính chủ trì.", []string{"|Các sở, ngành"}},
		// A list of places after a committee of one tier names each
		// committee with its tier, as printed.
		{"Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng chỉ đạo khắc phục.",
			[]string{"Chủ tịch|Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch|Ủy ban nhân dân tỉnh Khánh Hòa", "Chủ tịch|Ủy ban nhân dân tỉnh Lâm Đồng"}},
		{"Các lực lượng chức năng tăng cường tuần tra.", []string{"|Các lực lượng chức năng"}},
		{"Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam tuyên truyền.", []string{"|Đài Truyền hình Việt Nam", "|Đài Tiếng nói Việt Nam"}},
		// A member the registry knows ends where its name does, though a
		// word of it is also a verb ("giao") or a head ("Công an").
		{"Bộ trưởng các Bộ: Xây dựng, Ngoại giao, Công an, Công Thương và Thủ trưởng các cơ quan liên quan chịu trách nhiệm.",
			[]string{"Bộ trưởng|Bộ Xây dựng", "Bộ trưởng|Bộ Ngoại giao", "Bộ trưởng|Bộ Công an", "Bộ trưởng|Bộ Công Thương", "Thủ trưởng|các cơ quan liên quan"}},
	} {
		if got := partyStrings(tt.in); !cmp.Equal(tt.want, got) {
			t.Errorf("parties of %q (-want +got):\n%s", tt.in, cmp.Diff(tt.want, got))
		}
	}
}

// TestRolesBeforeVerb: "A chủ trì; B, C phối hợp" names the cooperating
// agencies before the verb.
func TestRolesBeforeVerb(t *testing.T) {
	text := "Số: 20/KH-UBND\nQuảng Ninh, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2024\n" +
		"II. NHIỆM VỤ\n" +
		"1. Sở Thông tin và Truyền thông chủ trì; Công an tỉnh, Sở Nội vụ phối hợp.\n" +
		"2. Giao Sở Y tế chủ trì, Sở Tài chính phối hợp triển khai tiêm chủng.\n" +
		"3. Sở Tư pháp phối hợp với Sở Nội vụ rà soát văn bản.\n" +
		"4. Sở Xây dựng chủ trì thẩm định hồ sơ.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := taskRoleNames(d)
	want := []roles{
		{[]string{"Sở Thông tin và Truyền thông"}, []string{"Công an tỉnh", "Sở Nội vụ"}},
		{[]string{"Sở Y tế"}, []string{"Sở Tài chính"}},
		{[]string{"Sở Tư pháp"}, []string{"Sở Nội vụ"}},
		{[]string{"Sở Xây dựng"}, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

// TestHyphenWrap: a line that opens with a dash continues the line before
// when that line stops mid-clause and the dash joins a number range or a
// name; a bullet list stays a list.
func TestHyphenWrap(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Điều 2. Giao Sở Lao động\n- Thương binh và Xã hội chủ trì triển khai.",
			[]string{"Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì triển khai."}},
		{"Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ chịu trách nhiệm thi hành.",
			[]string{"Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ chịu trách nhiệm thi hành."}},
		{"Giao Ủy ban nhân dân tỉnh Bà Rịa\n- Vũng Tàu chủ trì.", []string{"Giao Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu chủ trì."}},
		{"Kết quả thực hiện giai đoạn 2016\n- 2020; tình hình năm 2021.", []string{"Kết quả thực hiện giai đoạn 2016 - 2020; tình hình năm 2021."}},
		{"Điều 1. Ban hành Kế hoạch chuyển đổi số giai đoạn 2021\n– 2025.", []string{"Điều 1. Ban hành Kế hoạch chuyển đổi số giai đoạn 2021 – 2025."}},
		{"từ ngày 01/6/2024\n- 30/6/2024 tổ chức kiểm tra.", []string{"từ ngày 01/6/2024 - 30/6/2024 tổ chức kiểm tra."}},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị\n- xã hội tuyên truyền.",
			[]string{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền."}},
		{"Chiến lược phát triển kinh tế\n- xã hội của tỉnh.", []string{"Chiến lược phát triển kinh tế - xã hội của tỉnh."}},
		// Bullets.
		{"1. Sở Nội vụ\n- Chủ trì rà soát thủ tục.\n- Duy trì hệ thống.", []string{"1. Sở Nội vụ", "- Chủ trì rà soát thủ tục.", "- Duy trì hệ thống."}},
		{"1. Sở Y tế\n- Phối hợp với Sở Tài chính.", []string{"1. Sở Y tế", "- Phối hợp với Sở Tài chính."}},
		{"Các sở thực hiện:\n- Sở Lao động - Thương binh và Xã hội;\n- Sở Nội vụ.", []string{"Các sở thực hiện:", "- Sở Lao động - Thương binh và Xã hội;", "- Sở Nội vụ."}},
		{"Chỉ tiêu năm 2024\n- 100% hồ sơ được số hóa.", []string{"Chỉ tiêu năm 2024", "- 100% hồ sơ được số hóa."}},
		{"- 2023\n- 2024", []string{"- 2023", "- 2024"}},
		{"Giai đoạn 2021\n- 2019 rà soát.", []string{"Giai đoạn 2021", "- 2019 rà soát."}},
		{"Sở Nội vụ\n- Sở Tài chính", []string{"Sở Nội vụ", "- Sở Tài chính"}},
		{"- Đơn vị phối hợp: Kho bạc Nhà nước tỉnh\n- Thời gian thực hiện: Thường xuyên.",
			[]string{"- Đơn vị phối hợp: Kho bạc Nhà nước tỉnh", "- Thời gian thực hiện: Thường xuyên."}},
		{"Đơn vị phối hợp: Kho bạc Nhà nước tỉnh\n- Thời gian thực hiện: Thường xuyên.",
			[]string{"Đơn vị phối hợp: Kho bạc Nhà nước tỉnh", "- Thời gian thực hiện: Thường xuyên."}},
		{"- Giai đoạn 2016\n- 2020", []string{"- Giai đoạn 2016", "- 2020"}},
		{"Sở Lao động\n\n- Thương binh và Xã hội", []string{"Sở Lao động", "- Thương binh và Xã hội"}},
		{"Các nhiệm vụ gồm:\n- xây dựng kế hoạch;\n- tổ chức kiểm tra.", []string{"Các nhiệm vụ gồm:", "- xây dựng kế hoạch;", "- tổ chức kiểm tra."}},
	} {
		doc := layout.ReadWith(tt.in, layoutOptions(agency.Default()))
		var got []string
		for _, p := range doc.Paras {
			got = append(got, doc.Clean(p.Key))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("blocks of %q (-want +got):\n%s", strings.ReplaceAll(tt.in, "\n", `\n`), diff)
		}
	}
}

// TestMinistersByTitle: the addressee formula of the Prime Minister's
// documents opens with the ministers named by their title alone; the list
// goes on after it.
func TestMinistersByTitle(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ\nSố: 10/CĐ-TTg\nHà Nội, ngày 05 tháng 3 năm 2025\nCÔNG ĐIỆN\nVề việc đẩy mạnh cắt giảm thủ tục hành chính\n" +
		"1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n" +
		"- Tập trung rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2025.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != 1 {
		t.Fatalf("got %d assignments; want 1", len(d.Assignments))
	}
	got := partyNames(d.Assignments[0].Assignees)
	want := []string{"Bộ trưởng", "cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignees (-want +got):\n%s", diff)
	}
}

// openingParties returns the text of each party of the list that opens the
// first paragraph of s, titles included.
func openingParties(s string) []string {
	doc := layout.ReadWith(s, layoutOptions(agency.Default()))
	if len(doc.Paras) == 0 {
		return nil
	}
	r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
	g := doc.Paras[0].Key
	c := chargeReader{r: r, f: &doc.Key, t: doc.Key.Text, g: g, accented: doc.Accented}
	c.parties = c.partiesOf(g)
	ps, _ := c.list(g.A)
	var got []string
	for _, p := range ps {
		got = append(got, s[p.Span.Start:p.Span.End])
	}
	return got
}
