package agency

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// printed renders the mentions ms of text as "title|name", the title and
// the name as printed: titles that share the body after the last of them
// are joined ("Giám đốc, Thủ trưởng|các sở, ban, ngành tỉnh"); a title
// written before a list, not in the span of its items, is given in
// brackets ("[Giám đốc]|Tài chính"); and " = " adds the name the mention
// means where it is not the one printed ("|Tài chính = Sở Tài chính").
func printed(text string, ms []Mention) []string {
	var out []string
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		start := m.Start
		for m.NameStart == m.End && m.Title != TitleNone && k+1 < len(ms) && ms[k+1].Title != TitleNone &&
			ms[k+1].Name == m.Name && ms[k+1].ID == m.ID {
			k++
			m = ms[k]
		}
		title := cleanName(text[start:m.NameStart])
		if title == "" && m.Title != TitleNone {
			title = "[" + m.Title.String() + "]"
		}
		name := cleanName(text[m.NameStart:m.End])
		s := title + "|" + name
		if m.Name != name {
			s += " = " + m.Name
		}
		out = append(out, s)
	}
	return out
}

// The names directives write, as the tables of the directive parser's tests
// have them (directive/roles3_test.go TestCollectiveVariants,
// roles_round2_test.go TestPartyNameEnds and TestHeadedList, round4_test.go
// TestPartyKnownNameEnd and TestPartyBeforeVerbColon), read by FindAll with
// no locality: every mention of each text, not only the list that opens it.
// Where a case there differs, the comment says why.
func TestFindAllNames(t *testing.T) {
	r := Default()
	for _, tt := range []struct {
		in   string
		want []string
	}{
		// TestCollectiveVariants.
		{"Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố khẩn trương xây dựng kế hoạch.",
			[]string{"Thủ trưởng|các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh", "Chủ tịch|UBND các huyện, thành phố"}},
		{"Giám đốc các sở ban ngành tỉnh tổ chức thực hiện.", []string{"Giám đốc|các sở ban ngành tỉnh"}},
		{"Các sở ban hành văn bản hướng dẫn.", []string{"|Các sở"}},
		{"Sở, ban, ngành, Ủy ban nhân dân huyện, xã thực hiện đúng tiến độ.",
			[]string{"|Sở, ban, ngành", "|Ủy ban nhân dân huyện, xã"}},
		{"Sở, ngành liên quan phối hợp.", []string{"|Sở, ngành liên quan"}},
		// The bodies a task concerns, without "các" and with "có": the
		// group of whoever the task concerns.
		{"Sở Tư pháp phối hợp với cơ quan, đơn vị có liên quan.", []string{"|Sở Tư pháp", "|cơ quan, đơn vị có liên quan = các cơ quan, đơn vị liên quan"}},
		{"Thủ trưởng cơ quan liên quan thực hiện.", []string{"Thủ trưởng|cơ quan liên quan = các cơ quan, đơn vị liên quan"}},
		// A local body's name over a lower-case word of its own before its
		// place; the head of a Ban written "Trưởng ban Ban …".
		{"Ban Quản lý Khu kinh tế mở Chu Lai tổ chức thực hiện.", []string{"|Ban Quản lý Khu kinh tế mở Chu Lai"}},
		// A name word of two syllables whose syllables alone end a name
		// or are no name word is read whole, capitalised where the name's
		// word begins and in lower case after it; the verb it also is
		// still ends a name.
		{"Văn phòng Đăng ký đất đai tỉnh có trách nhiệm cập nhật hồ sơ.", []string{"|Văn phòng Đăng ký đất đai tỉnh"}},
		{"Cục Đăng kiểm Việt Nam tổ chức triển khai.", []string{"|Cục Đăng kiểm Việt Nam"}},
		{"Hội đồng Quản lý Quỹ Bảo vệ môi trường xem xét.", []string{"|Hội đồng Quản lý Quỹ Bảo vệ môi trường"}},
		{"Giao Văn phòng Chủ tịch nước, Ban Cơ yếu Chính phủ phối hợp.", []string{"|Văn phòng Chủ tịch nước", "|Ban Cơ yếu Chính phủ"}},
		{"Sở Tư pháp đăng ký kết quả.", []string{"|Sở Tư pháp"}},
		{"Vụ Tổ chức cán bộ có trách nhiệm theo dõi.", []string{"|Vụ Tổ chức cán bộ"}},
		// The mass organisations of the Front and the unions of
		// science and cooperatives; a word in lower case after the place
		// that ends a name is not the name's.
		{"Giao Hội Liên hiệp Phụ nữ tỉnh, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh thực hiện.",
			[]string{"|Hội Liên hiệp Phụ nữ tỉnh", "|Liên đoàn Lao động tỉnh", "|Hội Nông dân tỉnh", "|Liên minh Hợp tác xã tỉnh"}},
		{"Liên hiệp các hội Khoa học và Kỹ thuật tỉnh tư vấn, phản biện.", []string{"|Liên hiệp các hội Khoa học và Kỹ thuật tỉnh"}},
		// A title heads each body its colon lists, up to a semicolon.
		{"Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã thực hiện.",
			[]string{"Giám đốc|Trung tâm Phục vụ hành chính công tỉnh", "[Giám đốc]|Trung tâm Công báo - Tin học tỉnh", "Chủ tịch|UBND cấp xã"}},
		// The titles of the heads of a ministry's units, of the State
		// Bank and of an inspectorate; a title whose last words are the
		// head of the body it heads names that body from them.
		{"Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành.", []string{"Chánh|Văn phòng Bộ", "Vụ trưởng|Vụ Pháp chế"}},
		{"Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, Chánh Thanh tra tỉnh kiểm tra.",
			[]string{"Thống đốc|Ngân hàng Nhà nước Việt Nam", "Chánh|Thanh tra tỉnh"}},
		// "và" before a person's title joins another party.
		{"Chánh Văn phòng Cục Thuế và Thủ trưởng các đơn vị thuộc Cục Thuế chịu trách nhiệm thi hành.",
			[]string{"Chánh Văn phòng|Cục Thuế = Văn phòng Cục Thuế", "Thủ trưởng|các đơn vị thuộc Cục Thuế"}},
		// A verb of two words ends a name whole: "liên hệ" (not "Liên
		// minh", "liên ngành").
		{"Đề nghị Hội đồng Kinh doanh Hoa kỳ - ASEAN liên hệ với Bộ Khoa học và Công nghệ.",
			[]string{"|Hội đồng Kinh doanh Hoa kỳ - ASEAN", "|Bộ Khoa học và Công nghệ"}},
		{"Chủ tịch UBND thành phố, Trưởng ban Ban Quản lý Khu kinh tế mở Chu Lai thi hành.",
			[]string{"Chủ tịch|UBND thành phố", "Trưởng ban|Ban Quản lý Khu kinh tế mở Chu Lai"}},
		// Institutions of higher education.
		{"Chủ tịch UBND thành phố, Giám đốc Đại học Công nghiệp Hà Nội chịu trách nhiệm thi hành.",
			[]string{"Chủ tịch|UBND thành phố", "Giám đốc|Đại học Công nghiệp Hà Nội"}},
		{"Trường Đại học Bách khoa Hà Nội và Học viện Hành chính Quốc gia phối hợp.",
			[]string{"|Trường Đại học Bách khoa Hà Nội", "|Học viện Hành chính Quốc gia"}},
		// The closing's "biết" is a verb, no word of the name.
		{"Cục Hải quan thông báo để Công ty TNHH Suhil Electronics Vina biết và thực hiện.",
			[]string{"|Cục Hải quan", "|Công ty TNHH Suhil Electronics Vina"}},
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
		// "hỏi" (ask) is not "hội" (association).
		{"Các sở, ngành, hỏi ý kiến Sở Tư pháp.", []string{"|Các sở, ngành", "|Sở Tư pháp"}},
		{"Sở Nông nghiệp và Phát triển nông thôn chủ trì, hoàn thành trước ngày 31/3/2020.", []string{"|Sở Nông nghiệp và Phát triển nông thôn"}},
		{"Sở Y tế hỗ trợ nông thôn.", []string{"|Sở Y tế"}},
		// The directive's table ends this name at "Tổ công tác": the text
		// names the standing body of the task force whose name runs on,
		// "Tổ công tác triển khai Đề án 06", as the registry knows it.
		{"Cơ quan thường trực Tổ công tác triển khai Đề án 06 tổng hợp, báo cáo.", []string{"|Cơ quan thường trực Tổ công tác triển khai Đề án 06"}},
		{"Ban vì sự tiến bộ của phụ nữ tỉnh tổ chức tuyên truyền.", []string{"|Ban vì sự tiến bộ của phụ nữ tỉnh"}},
		{"Sở Nội vụ tăng cường công tác kiểm tra.", []string{"|Sở Nội vụ"}},
		{"Ban Quản lý Khu kinh tế tỉnh chủ trì rà soát.", []string{"|Ban Quản lý Khu kinh tế tỉnh"}},
		{"Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh phối hợp.", []string{"|Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh"}},
		{"Ban Quản lý khu kinh tế và Sở Công Thương phối hợp.", []string{"|Ban Quản lý khu kinh tế", "|Sở Công Thương"}},
		{"Ban Quản lý các Khu công nghiệp tỉnh phối hợp.", []string{"|Ban Quản lý các Khu công nghiệp tỉnh"}},

		// TestPartyNameEnds.
		{"Sở Xây dựng chủ trì thẩm định hồ sơ thiết kế.", []string{"|Sở Xây dựng"}},
		{"Giám đốc Sở Xây dựng báo cáo kết quả.", []string{"Giám đốc|Sở Xây dựng"}},
		{"Sở Công Thương duy trì sàn thương mại điện tử của tỉnh.", []string{"|Sở Công Thương"}},
		{"Sở Nội vụ giảm 20% thời gian họp.", []string{"|Sở Nội vụ"}},
		{"Cục Thuế có trách nhiệm rà soát nguồn thu.", []string{"|Cục Thuế"}},
		{"Ban Dân tộc tỉnh đạt 100 phần trăm kế hoạch.", []string{"|Ban Dân tộc tỉnh"}},
		{"Sở Tư pháp phổ biến pháp luật.", []string{"|Sở Tư pháp"}},
		{"Sở Tài nguyên và Môi trường cập nhật dữ liệu.", []string{"|Sở Tài nguyên và Môi trường"}},
		// "tính" (compute) is not "tỉnh" (province); without diacritics
		// the two cannot be told apart.
		{"Sở Tài chính tính toán kinh phí.", []string{"|Sở Tài chính"}},
		{"So Tai chinh tinh toan kinh phi.", []string{"|So Tai chinh tinh"}},
		{"Công an tỉnh cấp 100% căn cước.", []string{"|Công an tỉnh"}},
		// "quảng" is a word of names only capitalised ("Quảng Ninh").
		{"Sở Du lịch quảng bá hình ảnh.", []string{"|Sở Du lịch"}},
		{"Tỉnh Đoàn tổ chức ra quân.", []string{"|Tỉnh Đoàn"}},
		// The ministers named by their title alone. "thành viên" is a title
		// (TitleMember): the directive's table prints "các thành viên Ban
		// Chỉ đạo" as a name with no title.
		{"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ và các thành viên Ban Chỉ đạo chịu trách nhiệm.",
			[]string{"Bộ trưởng| = các bộ", "Thủ trưởng|cơ quan ngang bộ = các cơ quan ngang bộ",
				"Thủ trưởng|cơ quan thuộc Chính phủ = các cơ quan thuộc Chính phủ", "thành viên|Ban Chỉ đạo"}},
		{"Bộ trưởng Bộ Y tế chủ trì.", []string{"Bộ trưởng|Bộ Y tế"}},
		{"Giám đốc, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch, Phó Chủ tịch UBND các huyện chịu trách nhiệm.",
			[]string{"Giám đốc, Thủ trưởng|các sở, ban, ngành tỉnh", "Chủ tịch, Phó Chủ tịch|UBND các huyện"}},
		{"Giám đốc và Phó Giám đốc Sở Y tế tham dự.", []string{"Giám đốc và Phó Giám đốc|Sở Y tế"}},
		{"Bộ trưởng chịu trách nhiệm.", nil},
		// Words that fold like a head but are spelled otherwise ("số",
		// "Phong", "Viên", "Đại"); the directive's table lists the
		// parties that open the text, here none, where FindAll finds the
		// department named after them.
		{"Các số liệu báo cáo phải thống nhất.", nil},
		{"Phong trào thi đua được phát động.", nil},
		// A place whose first syllable is a head: a market, no station.
		{"Thị trường xuất khẩu chính là Trung Quốc, Đài Loan, Hàn Quốc.", nil},
		{"Viên chức Sở Y tế tham gia.", []string{"|Sở Y tế"}},
		{"Đại diện Sở Y tế tham dự.", []string{"|Sở Y tế"}},
		{"Các sở phối hợp.", []string{"|Các sở"}},
		{"CÁC SỞ, BAN, NGÀNH phối hợp.", []string{"|CÁC SỞ, BAN, NGÀNH"}},
		{"Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức.", []string{"|Sở Văn hóa, Thể thao và Du lịch"}},
		{"Sở Văn hóa, Thể thao và Du lịch, Sở Y tế phối hợp.", []string{"|Sở Văn hóa, Thể thao và Du lịch", "|Sở Y tế"}},
		{"Sở Y tế, Sở Tư pháp phối hợp.", []string{"|Sở Y tế", "|Sở Tư pháp"}},
		{"Trung tâm Chuyển đổi số Thành phố có trách nhiệm vận hành.", []string{"|Trung tâm Chuyển đổi số Thành phố"}},
		// The chief of an office heads the office: the name printed is the
		// committee's, the name meant the office's.
		{"Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc.", []string{"Chánh Văn phòng|UBND tỉnh = Văn phòng UBND tỉnh"}},
		{"Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.",
			[]string{"Chánh Văn phòng|UBND tỉnh = Văn phòng UBND tỉnh", "Giám đốc|các Sở, Ban, ngành, đoàn thể có liên quan", "Chủ tịch|UBND các huyện"}},
		{"Các sở, Ban Dân tộc tỉnh phối hợp.", []string{"|Các sở", "|Ban Dân tộc tỉnh"}},
		{"Chủ tịch UBND các huyện/thành phố; Các thành viên Ban Chỉ đạo tỉnh thi hành.",
			[]string{"Chủ tịch|UBND các huyện/thành phố", "thành viên|Ban Chỉ đạo tỉnh"}},

		// TestHeadedList: the bodies of a collective listed after its colon,
		// each a mention with the collective's title.
		{"Giám đốc các Sở: Thông tin và Truyền thông; Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.",
			[]string{"[Giám đốc]|Thông tin và Truyền thông = Sở Thông tin và Truyền thông", "[Giám đốc]|Tài chính = Sở Tài chính", "Chủ tịch|UBND các huyện"}},
		{"Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục.",
			[]string{"|Tài chính = Bộ Tài chính", "|Y tế = Bộ Y tế", "|Tư pháp = Bộ Tư pháp", "|Nội vụ = Bộ Nội vụ"}},
		{"Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ chịu trách nhiệm.",
			[]string{"[Giám đốc]|Lao động - Thương binh và Xã hội = Sở Lao động - Thương binh và Xã hội", "[Giám đốc]|Nội vụ = Sở Nội vụ"}},
		{"Các sở, ngành: Tài chính, Công an tỉnh thực hiện.", []string{"|Tài chính = Sở Tài chính", "|Công an tỉnh"}},
		{"Các sở, ngành: Chủ động rà soát, báo cáo.", []string{"|Các sở, ngành"}},
		{"Các sở, ngành: Nghiêm túc thực hiện các nhiệm vụ sau.", []string{"|Các sở, ngành"}},
		{"Các sở, ngành: Tài chính chủ trì.", []string{"|Các sở, ngành"}},

		// TestPartyBeforeVerbColon: a noun that names no body before a
		// role and its colon is a label.
		{"Sở Y tế thực hiện:", []string{"|Sở Y tế"}},
		{"Ủy ban nhân dân các huyện phối hợp:", []string{"|Ủy ban nhân dân các huyện"}},
		{"Sở Tài chính chủ trì:", []string{"|Sở Tài chính"}},
		{"Cơ quan chủ trì: Sở Tài chính", []string{"|Sở Tài chính"}},
		{"Đơn vị thực hiện: Sở Y tế", []string{"|Sở Y tế"}},
		{"Cơ quan phối hợp: Sở Nội vụ", []string{"|Sở Nội vụ"}},

		// TestPartyKnownNameEnd.
		{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tham mưu tổng hợp ý kiến.",
			[]string{"|Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"}},
		{"Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Giám đốc Sở Nội vụ thực hiện.",
			[]string{"Chánh Văn phòng|Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh = Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
				"Giám đốc|Sở Nội vụ"}},
		{"Sở Nông nghiệp và Phát triển nông thôn hướng dẫn.", []string{"|Sở Nông nghiệp và Phát triển nông thôn"}},
		// A word of the name in lower case between capitalised ones (Decree
		// 30/2020 capitalises only each word's first syllable); a verb
		// followed by a head or by its own words ends the name.
		{"Bộ Tư lệnh Thủ đô chủ trì, phối hợp Công ty Điện lực Hải Dương.",
			[]string{"|Bộ Tư lệnh Thủ đô", "|Công ty Điện lực Hải Dương"}},
		{"Công an Hà Nội phối hợp Sở Y tế.", []string{"|Công an Hà Nội", "|Sở Y tế"}},
		{"Cục Thuế Hà Nội gửi Sở Tài chính.", []string{"|Cục Thuế Hà Nội", "|Sở Tài chính"}},
		{"Ban Thi đua - Khen thưởng các huyện tổng hợp.", []string{"|Ban Thi đua - Khen thưởng", "|các huyện"}},
		{"Hội đồng Quản lý Quỹ quyết định mức vay.", []string{"|Hội đồng Quản lý Quỹ"}},
		{"Trung tâm Phát triển quỹ đất Hà Nam phối hợp.", []string{"|Trung tâm Phát triển quỹ đất Hà Nam"}},
		// A local body's known name goes on over its place's capitalised
		// words; "Ban quản lý" heads a board written in lower case.
		{"Ban quản lý Khu kinh tế Vân Phong chủ trì, phối hợp Sở Xây dựng.",
			[]string{"|Ban quản lý Khu kinh tế Vân Phong", "|Sở Xây dựng"}},
		{"Ban quản lý Khu Công nghệ cao Hòa Lạc báo cáo.", []string{"|Ban quản lý Khu Công nghệ cao Hòa Lạc"}},
	} {
		for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
			got := printed(in, r.FindAll(in, nil))
			if in != tt.in {
				// The spans of NFD text print in NFD.
				for k := range got {
					got[k] = norm.NFC.String(got[k])
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("FindAll(%q) (-want +got):\n%s", in, d)
			}
		}
	}
}

// TestFindAllKinds checks what the mentions of collectives and lists say
// besides their spans.
func TestFindAllKinds(t *testing.T) {
	r := Default()
	type mention struct {
		Text  string
		Title Title
		Group bool
		Kind  Kind
		Known bool
	}
	for _, tt := range []struct {
		in   string
		want []mention
	}{
		{"Sở, ngành liên quan phối hợp.", []mention{{"Sở, ngành liên quan", 0, true, KindDepartment, false}}},
		{"Ủy ban nhân dân quận-huyện, xã, phường thực hiện.", []mention{{"Ủy ban nhân dân quận-huyện, xã, phường", 0, true, KindPeopleCommittee, false}}},
		{"Sở ban hành hướng dẫn.", []mention{{"Sở", 0, false, KindDepartment, false}}},
		{"Chánh Văn phòng UBND tỉnh theo dõi.", []mention{{"Chánh Văn phòng UBND tỉnh", TitleChiefOfOffice, false, KindOffice, true}}},
		{"Giám đốc các Sở: Nội vụ, Tư pháp.", []mention{{"Nội vụ", TitleDirector, false, KindDepartment, true}, {"Tư pháp", TitleDirector, false, KindDepartment, true}}},
		{"Thứ trưởng Bộ Y tế", []mention{{"Thứ trưởng Bộ Y tế", TitleDeputyMinister, false, KindMinistry, true}}},
		{"Thủ trưởng Bộ Y tế", []mention{{"Thủ trưởng Bộ Y tế", TitleHead, false, KindMinistry, true}}},
		{"Tỉnh Đoàn tổ chức", []mention{{"Tỉnh Đoàn", 0, false, KindFront, true}}},
	} {
		var got []mention
		for _, m := range r.FindAll(tt.in, nil) {
			got = append(got, mention{m.Text, m.Title, m.Group, m.Kind, m.Known})
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("FindAll(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

// TestFindAllSpelling: words that fold like the words of names are told
// apart by their diacritics where the text has them, and by their folding
// where it has none.
func TestFindAllSpelling(t *testing.T) {
	r := Default()
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"NGHỊ QUYẾT SỐ 66 CỦA CHÍNH PHỦ", []string{"|CHÍNH PHỦ = Chính phủ"}},
		{"Sở Y tế và số 12 Bộ Y tế", []string{"|Sở Y tế", "|Bộ Y tế"}},
		{"theo bản hướng dẫn của Bộ", nil},
		{"các cơ sở y tế thực hiện", nil},
		{"Cà Mau", nil},
		{"Ca trực của Công an tỉnh", []string{"|Công an tỉnh"}},
		{"mặt hàng quy định của Ngân hàng Nhà nước", []string{"|Ngân hàng Nhà nước = Ngân hàng Nhà nước Việt Nam"}},
		{"UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH", []string{"|UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH = Ủy ban nhân dân tỉnh Quảng Ninh"}},
		{"Uy ban nhan dan tinh Quang Ninh", []string{"|Uy ban nhan dan tinh Quang Ninh = Ủy ban nhân dân tỉnh Quảng Ninh"}},
		{"Sở Tài chính tỉnh Quảng Ninh", []string{"|Sở Tài chính tỉnh Quảng Ninh"}},
	} {
		got := printed(tt.in, r.FindAll(tt.in, nil))
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("FindAll(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

// TestFindAllListedMembers: the members of a list after a collective's
// colon are mentions of their own, marked Listed, each ending where the
// name the registry knows with the list's head ends — though one of its
// words is also a verb ("Ngoại giao") or a head ("Công an").
func TestFindAllListedMembers(t *testing.T) {
	text := "Bộ trưởng các Bộ: Xây dựng, Ngoại giao, Công an, Công Thương và Thủ trưởng các cơ quan liên quan chịu trách nhiệm."
	var got []string
	for _, m := range Default().FindAll(text, nil) {
		got = append(got, fmt.Sprintf("%s|%s|%s|%v", m.Text, m.Name, m.Title, m.Listed))
	}
	want := []string{
		"Xây dựng|Bộ Xây dựng|Bộ trưởng|true",
		"Ngoại giao|Bộ Ngoại giao|Bộ trưởng|true",
		"Công an|Bộ Công an|Bộ trưởng|true",
		"Công Thương|Bộ Công Thương|Bộ trưởng|true",
		"Thủ trưởng các cơ quan liên quan|các cơ quan, đơn vị liên quan|Thủ trưởng|false",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FindAll(%q) (-want +got):\n%s", text, diff)
	}
}

// TestFindAllParentMinistry: a unit of a ministry and the ministry named
// right after it are one body ("Cục Pháp chế Bộ Quốc phòng"); a ministry
// after another kind of body is a body of its own.
func TestFindAllParentMinistry(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Cục trưởng Cục Pháp chế Bộ Quốc phòng có trách nhiệm thi hành.", []string{"Cục trưởng Cục Pháp chế Bộ Quốc phòng"}},
		{"Vụ Pháp chế Bộ Nội vụ chủ trì.", []string{"Vụ Pháp chế Bộ Nội vụ"}},
		{"Sở Tài chính Bộ Tài chính", []string{"Sở Tài chính", "Bộ Tài chính"}},
	} {
		var got []string
		for _, m := range Default().FindAll(tc.text, nil) {
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("FindAll(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}
