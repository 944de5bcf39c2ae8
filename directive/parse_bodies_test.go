package directive

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file tests bodies without the usual list: a công văn whose only
// paragraphs give the instruction, with no numbered list and no "như
// sau:" lead-in; titled articles and the implementer clause of a quyết
// định; a signature cut short above an attached plan; topic headings and
// duty titles.

// cvDoc is a công văn header addressed to one body; each case adds its
// body.
func cvDoc(body string) string {
	return structDoc("215/UBND-VX", "V/v tổ chức tiêm chủng\nKính gửi: Sở Y tế.\n"+body)
}

// assignmentLines parses text and lists each assignment as "label
// assignees tasks": its label, its assignees' names joined by commas and
// the number of its tasks. A parse error fails the test.
func assignmentLines(t *testing.T, text string) []string {
	t.Helper()
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range d.Assignments {
		out = append(out, a.Label+" "+strings.Join(partyNames(a.Assignees), ",")+" "+strconv.Itoa(len(a.Tasks)))
	}
	return out
}

func TestParseUnnumberedCongVan(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		preamble   string // the preamble, when checkPre is set
		checkPre   bool
	}{
		{
			name: "the only paragraph opens with Giao",
			text: cvDoc("Giao Sở Y tế chủ trì, phối hợp với UBND các huyện rà soát danh sách trẻ em, báo cáo UBND tỉnh trước ngày 20/5/2024.\n"),
			want: []string{"p1.1 | Sở Y tế | UBND các huyện | 2024-05-20 | "},
		},
		{
			name: "the authority speaks first",
			text: cvDoc("Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí, hoàn thành trước ngày 31/5/2024.\n"),
			want: []string{"p1.1 | Sở Tài chính | Sở Y tế | 2024-05-31 | "},
		},
		{
			name: "the authority asks collectives",
			text: cvDoc("Ủy ban nhân dân tỉnh đề nghị Giám đốc các sở, Chủ tịch UBND các huyện tổ chức thực hiện, báo cáo kết quả trước ngày 15/6/2024.\n"),
			want: []string{"p1.1 | các sở,UBND các huyện |  | 2024-06-15 | "},
		},
		{
			name:     "the instruction after the reference in one paragraph",
			text:     cvDoc("Thực hiện Công văn số 77/BYT-DP ngày 02/4/2024 của Bộ Y tế; Chủ tịch UBND tỉnh giao Sở Y tế tổ chức tiêm bổ sung, hoàn thành trong tháng 6/2024.\n"),
			want:     []string{"p1.1 | Sở Y tế |  | 2024-06-30 | "},
			preamble: "Thực hiện Công văn số 77/BYT-DP ngày 02/4/2024 của Bộ Y tế;",
			checkPre: true,
		},
		{
			// The paragraph after the instruction that asks the bodies to
			// carry the letter out ("… phối hợp thực hiện./.") is its
			// closing formula, not work of its own (as the corpus gold
			// reads such paragraphs).
			name: "a follow-up paragraph names agencies",
			text: cvDoc("Thực hiện Công văn số 77/BYT-DP ngày 02/4/2024 của Bộ Y tế.\n" +
				"Giao Sở Y tế tổ chức tiêm bổ sung, hoàn thành trong tháng 6/2024.\n" +
				"Giám đốc Sở Y tế và Chủ tịch UBND các huyện phối hợp thực hiện./.\n"),
			want: []string{
				"p1.1 | Sở Y tế |  | 2024-06-30 | ",
			},
			preamble: "Thực hiện Công văn số 77/BYT-DP ngày 02/4/2024 của Bộ Y tế.",
			checkPre: true,
		},
		{
			// After the instruction, a paragraph that names no agency closes
			// the letter: it is not the preamble.
			name: "a closing paragraph after the instruction",
			text: cvDoc("Giao Sở Y tế tổ chức tiêm bổ sung, hoàn thành trong tháng 6/2024.\n" +
				"Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo UBND tỉnh để xem xét./.\n"),
			want:     []string{"p1.1 | Sở Y tế |  | 2024-06-30 | "},
			checkPre: true,
		},
		{
			// Under an instruction that leads in with a colon, the
			// paragraphs are its tasks.
			name: "paragraphs under a lead-in instruction",
			text: cvDoc("Chủ tịch UBND tỉnh yêu cầu Sở Y tế thực hiện các việc sau:\n" +
				"Rà soát số trẻ em chưa được tiêm đủ mũi trước ngày 10/5/2024.\n" +
				"Tổ chức tiêm bổ sung trong tháng 6/2024.\n"),
			want: []string{
				"p1.1 | Sở Y tế |  | 2024-05-10 | ",
				"p1.2 | Sở Y tế |  | 2024-06-30 | ",
			},
		},
		{
			// The office that writes on the authority's behalf informs:
			// its formula closes the letter.
			name: "the closing formula of a letter on another's behalf",
			text: cvDoc("Giao Sở Y tế tổ chức tiêm bổ sung, hoàn thành trong tháng 6/2024.\n" +
				"Văn phòng UBND tỉnh thông báo để Sở Y tế biết, thực hiện./.\n"),
			want: []string{"p1.1 | Sở Y tế |  | 2024-06-30 | "},
		},
		{
			// After the authority's lead-in, the paragraphs that open with
			// agencies are its instructions.
			name: "agency paragraphs after a lead-in",
			text: cvDoc("Xét đề nghị của Sở Y tế, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n" +
				"Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí trước ngày 15/5/2024.\n" +
				"UBND các huyện bố trí địa điểm tiêm.\n"),
			want: []string{
				"p1.1 | Sở Tài chính | Sở Y tế | 2024-05-15 | ",
				"p2.1 | UBND các huyện |  |  | ",
			},
		},
		{
			// Paragraphs naming no agency after a lead-in are tasks of the
			// recipients; the usual close of the letter is none.
			name: "unled paragraphs after a lead-in",
			text: cvDoc("Để bảo đảm tiến độ, UBND tỉnh yêu cầu:\n" +
				"Hoàn thành tiêm bổ sung trước ngày 30/6/2024.\n" +
				"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh./.\n"),
			want: []string{"p1.1 | Sở Y tế |  | 2024-06-30 | "},
		},
		{
			// A letter of a department asks the bodies under it: the
			// issuer speaks, the addressees lead.
			name: "the issuing department asks",
			text: "SỞ Y TẾ\nTỈNH AN PHÚ\nSố: 52/SYT-NVY\nV/v tiêm chủng\nAn Phú, ngày 10 tháng 4 năm 2024\n" +
				"Kính gửi: Bệnh viện Đa khoa tỉnh.\n" +
				"Sở Y tế đề nghị Bệnh viện Đa khoa tỉnh rà soát số liều vắc xin, báo cáo về Sở trước ngày 20/4/2024.\n",
			want: []string{"p1.1 | Bệnh viện Đa khoa tỉnh |  | 2024-04-20 | "},
		},
		{
			// One paragraph, one charge a sentence: each its assignment.
			name: "two charges in one paragraph",
			text: cvDoc("Giao Sở Y tế tổ chức tiêm bổ sung, hoàn thành trong tháng 6/2024. Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí trước ngày 15/5/2024; đề nghị UBND các huyện phối hợp thực hiện.\n"),
			want: []string{
				"p1.1 | Sở Y tế |  | 2024-06-30 | ",
				"p2.1 | Sở Tài chính |  | 2024-05-15 | ",
				"p3.1 | UBND các huyện |  |  | ",
			},
		},
		{
			// A lead-in to the parts of a document issued is no charge.
			name: "lead-in to a document's own parts",
			text: cvDoc("Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh ban hành hướng dẫn như sau:\n" +
				"Đối tượng tiêm là trẻ em dưới 5 tuổi chưa tiêm đủ mũi.\n"),
			want: nil,
		},
		{
			// A paragraph that only tells what happened charges no one.
			name: "a report of what was assigned",
			text: cvDoc("Ngày 02/4/2024, UBND tỉnh đã giao Sở Y tế tổ chức tiêm bổ sung.\n"),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.checkPre {
				if d.Preamble != tt.preamble {
					t.Errorf("preamble %q, want %q", d.Preamble, tt.preamble)
				}
			}
			for _, w := range d.Warnings {
				if strings.HasPrefix(w.Msg, "line not placed") {
					t.Errorf("warning %q", w.Msg)
				}
			}
		})
	}
}

// qdDoc is a quyết định of the provincial committee; each case adds its
// articles.
func qdDoc(articles string) string {
	return structDoc("318/QĐ-UBND", "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG\n"+
		"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"+
		"Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho dữ liệu dùng chung.\n"+articles)
}

func TestParseDecisionArticles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // tasks, as structSummary gives them
		text0      string   // the first assignment's text
	}{
		{
			// "Điều 2. Hiệu lực thi hành" is the article's title: the
			// article is the effect clause, no assignment.
			name: "titled articles, title alone on its line",
			text: qdDoc("Điều 2. Hiệu lực thi hành\n" +
				"Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 4 năm 2024.\n" +
				"Điều 3. Tổ chức thực hiện\n" +
				"Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông chịu trách nhiệm thi hành Quyết định này./.\n"),
			want:  []string{"Điều 3.1 | UBND tỉnh,Sở Thông tin và Truyền thông |  |  | "},
			text0: "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông chịu trách nhiệm thi hành Quyết định này./.",
		},
		{
			// The title and the text in paragraphs apart (a blank line
			// between).
			name: "titled article, text in the next paragraph",
			text: qdDoc("Điều 2. Trách nhiệm thi hành\n\n" +
				"Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n"),
			want:  []string{"Điều 2.1 | Sở Tư pháp |  |  | "},
			text0: "Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.",
		},
		{
			// A sentence cut after its first word by the conversion is no
			// title: "Điều 2. Giao" / "Giám đốc Sở …".
			name: "a cut sentence is no title",
			text: qdDoc("Điều 2. Giao\nGiám đốc Sở Tư pháp theo dõi việc thực hiện Quyết định này.\n" +
				"Điều 3. Chánh\nVăn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n"),
			want: []string{
				"Điều 2.1 | Sở Tư pháp |  |  | ",
				"Điều 3.1 | UBND tỉnh,Sở Tư pháp |  |  | ",
			},
			text0: "Giao Giám đốc Sở Tư pháp theo dõi việc thực hiện Quyết định này.",
		},
		{
			// The implementer clause that lost its "Điều 3." is the
			// assignment it is with the marker, not the closing, labelled
			// by the number it would carry.
			name: "implementer clause without its article marker",
			text: qdDoc("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" +
				"Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.\n"),
			want:  []string{"Điều 3.1 | UBND tỉnh,Sở Tư pháp,UBND các huyện |  |  | "},
			text0: "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(d.Assignments) > 0 && d.Assignments[0].Text != tt.text0 {
				t.Errorf("text %q, want %q", d.Assignments[0].Text, tt.text0)
			}
			if d.Closing != "" {
				t.Errorf("closing %q, want none", d.Closing)
			}
			for _, w := range d.Warnings {
				if strings.HasPrefix(w.Msg, "line not placed") {
					t.Errorf("warning %q", w.Msg)
				}
			}
		})
	}
}

func TestParseSignatureCutAboveAttachedPlan(t *testing.T) {
	decision := structDoc("140/QĐ-UBND", "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ NĂM 2024\n"+
		"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"+
		"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ năm 2024.\n"+
		"Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n")
	plan := "(Ban hành kèm theo Quyết định số 140/QĐ-UBND ngày 10/4/2024 của Chủ tịch UBND tỉnh)\n" +
		"I. NHIỆM VỤ\n1. Sở Tư pháp chủ trì số hóa hồ sơ hộ tịch, hoàn thành trước ngày 30/9/2024.\n"
	tests := []struct {
		name, text string
		sigLines   int    // the signing lines read
		title      string // the signer's title
	}{
		{
			// The signer's own title ("PHÓ CHỦ TỊCH") was cut: only the
			// form is read.
			name:     "signing form without a name",
			text:     decision + "|\nKT. CHỦ TỊCH |\nKẾ HOẠCH\nSỐ HÓA HỒ SƠ NĂM 2024\n" + plan,
			sigLines: 1,
		},
		{
			name:     "bare title without a name",
			text:     decision + "CHỦ TỊCH\nKẾ HOẠCH\nSỐ HÓA HỒ SƠ NĂM 2024\n" + plan,
			sigLines: 1,
			title:    "CHỦ TỊCH",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{
				"Điều 2.1 | Sở Nội vụ |  |  | ",
				"KH-I.1.1 | Sở Tư pháp |  | 2024-09-30 | ",
			}
			if diff := cmp.Diff(want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(d.Signature.Lines) != tt.sigLines || d.Signature.Title != tt.title {
				t.Errorf("signature %+v", d.Signature)
			}
			if len(d.Attachments) != 1 || d.Attachments[0] != "KẾ HOẠCH SỐ HÓA HỒ SƠ NĂM 2024" {
				t.Errorf("attachments %q", d.Attachments)
			}
			for _, w := range d.Warnings {
				t.Errorf("warning %q", w.Msg)
			}
		})
	}
}

// TestParseTopicHeadings: a topic heading ("2. Về nhiệm vụ cụ thể") that
// groups lettered items charged from outside it (the lead-in) is no
// assignment; each item is one (ANNOTATION.md, rule 1), and a topic of
// explanation is no work: a part of content, with its label.
func TestParseTopicHeadings(t *testing.T) {
	text := structDoc("88/STTTT-CĐS", "V/v đẩy mạnh số hóa hồ sơ\nKính gửi: Ủy ban nhân dân các huyện.\n"+
		"Sở Thông tin và Truyền thông đề nghị UBND các huyện thực hiện các nội dung sau:\n"+
		"1. Về sự cần thiết của việc số hóa hồ sơ\n"+
		"Số hóa hồ sơ giúp người dân không phải nộp lại giấy tờ đã cung cấp.\n"+
		"2. Về nhiệm vụ cụ thể\n"+
		"a) Hoàn thành số hóa hồ sơ đất đai trước ngày 30/9/2024.\n"+
		"b) Báo cáo kết quả hằng tháng.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2.a.1 | UBND các huyện |  | 2024-09-30 | ",
		"2.b.1 | UBND các huyện |  |  | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(d.Parts) == 0 || d.Parts[0].Label != "1" || !strings.Contains(d.Parts[0].Text, "Về sự cần thiết") {
		t.Errorf("parts %+v: want the topic of explanation first, labelled 1", d.Parts)
	}
}

// TestParseChargedSections: the lead-in at the end of a section's own text
// charges the items under it, even under a heading that states ("I. ĐÁNH
// GIÁ CHUNG"), and a territory is the subject of a duty ("thành phố Đà
// Nẵng cần …"); a section heading over numbered items that the closing
// charges is no assignment, its items are.
func TestParseChargedSections(t *testing.T) {
	text := structDoc("636/TB-VPCP", "Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh An Phú\n"+
		"I. ĐÁNH GIÁ CHUNG\n"+
		"Tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực.\n"+
		"Để tiếp tục phát triển nhanh, bền vững, tỉnh An Phú cần tập trung thực hiện tốt một số nhiệm vụ sau đây:\n"+
		"1. Rà soát, điều chỉnh quy hoạch tỉnh trong quý IV năm 2025.\n"+
		"2. Đẩy mạnh giải ngân vốn đầu tư công.\n"+
		"II. MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI\n"+
		"1. Hoàn thiện bộ máy chính quyền cấp xã.\n"+
		"2. Bồi dưỡng cán bộ cấp xã.\n"+
		"Văn phòng Ủy ban nhân dân tỉnh thông báo để Sở Nội vụ biết, thực hiện./.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"I.1.1 | tỉnh An Phú |  | 2025-12-31 | ",
		"I.2.1 | tỉnh An Phú |  |  | ",
		"II.1.1 | Sở Nội vụ |  |  | ",
		"II.2.1 | Sở Nội vụ |  |  | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseAuthoritySpeaksInItems(t *testing.T) {
	text := cvDoc("Chủ tịch UBND tỉnh có ý kiến như sau:\n" +
		"1. Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Tài chính và Chủ tịch UBND các huyện báo cáo kinh phí trước ngày 20/5/2024.\n" +
		"2. UBND các huyện chỉ đạo UBND các xã lập danh sách trẻ em trong tháng 5/2024.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		// The authority speaks; the bodies it addresses lead.
		"1.1 | Sở Tài chính,UBND các huyện |  | 2024-05-20 | ",
		// The districts answer for what they direct.
		"2.1 | UBND các huyện |  | 2024-05-31 | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseDutyTitles(t *testing.T) {
	text := structDoc("31/2024/QĐ-UBND", "QUY CHẾ\nPHỐI HỢP QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG\n"+
		"Điều 5. Trách nhiệm của Sở Thông tin và Truyền thông\n"+
		"1. Hướng dẫn các cơ quan kết nối kho dữ liệu.\n"+
		"2. Báo cáo UBND tỉnh trước ngày 15/12/2024.\n"+
		"Điều 6. Trách nhiệm của Sở Tài chính\n"+
		"Bố trí kinh phí vận hành trước ngày 30/6/2024.\n"+
		"Điều 7. Trách nhiệm của các sở, ban, ngành\n\n"+
		"Cập nhật dữ liệu chuyên ngành vào kho trước ngày 30/9/2024.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		// The article's clauses are its tasks (one assignment, Điều 5).
		"Điều 5.1 | Sở Thông tin và Truyền thông |  |  | ",
		"Điều 5.2 | Sở Thông tin và Truyền thông |  | 2024-12-15 | ",
		"Điều 6.1 | Sở Tài chính |  | 2024-06-30 | ",
		"Điều 7.1 | các sở, ban, ngành |  | 2024-09-30 | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if d.Closing != "" {
		t.Errorf("closing %q, want none", d.Closing)
	}
}

// TestParseImplementerClause: the article that names who carries the
// document out ("… chịu trách nhiệm thi hành Quyết định này") charges the
// bodies named before the duty, though words the grammar does not know
// stand between them; a body whose the others are ("của UBND tỉnh") is no
// implementer, and "thuộc" without its body is no part of a collective.
func TestParseImplementerClause(t *testing.T) {
	text := structDoc("12/QĐ-UBND", "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n"+
		"Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"+
		"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"+
		"Điều 3. Thủ trưởng các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở Tài chính; các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh và các cơ quan, đơn vị thuộc chịu trách nhiệm thi hành Quyết định này./.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Điều 3.1 | Văn phòng UBND tỉnh,Sở Tài chính,các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh,các cơ quan, đơn vị |  |  | "}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestUniqueParties: a body charged twice in one item (two sentences, a
// heading and a task) is one assignee; the first mention is kept, and the
// same body under another title is another party.
func TestUniqueParties(t *testing.T) {
	ps := []Party{
		{Name: "Sở Y tế", Span: Span{0, 7}},
		{Name: "Sở Tài chính", Span: Span{10, 20}},
		{Name: "SỞ Y TẾ", Span: Span{30, 37}},
		{Name: "Sở Y tế", Title: "Giám đốc", Span: Span{40, 56}},
	}
	got := uniqueParties(ps)
	want := []Party{ps[0], ps[1], ps[3]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := uniqueParties(nil); got != nil {
		t.Errorf("uniqueParties(nil) = %v, want nil", got)
	}
}

// TestParseGroupOfAssignments: an item headed by its bodies whose sub-item
// is a topic ("2. Trách nhiệm cụ thể") over items headed by bodies of
// their own heads a group: each headed item is an assignment, and the
// item's bodies own the sub-items that name none. A sub-item headed by a
// body itself stays a task of its item (TestHeadedList's factored lists).
func TestParseGroupOfAssignments(t *testing.T) {
	text := structDoc("14/QĐ-UBND", "QUY CHẾ\nPhối hợp thẩm định dự án\n"+
		"I. TRÁCH NHIỆM PHỐI HỢP\n"+
		"1. Các sở, ban, ngành, địa phương:\n"+
		"1.1. Trách nhiệm chung\n"+
		"a) Đánh giá sự phù hợp của dự án với quy hoạch tỉnh.\n"+
		"1.2. Trách nhiệm cụ thể\n"+
		"a) Sở Xây dựng\n"+
		"- Đánh giá sự phù hợp với quy hoạch xây dựng.\n"+
		"b) Sở Y tế\n"+
		"- Đánh giá các điều kiện về y tế.\n")
	got := assignmentLines(t, text)
	want := []string{"I.1.1 Các sở, ban, ngành, địa phương 1", "I.1.2.a Sở Xây dựng 1", "I.1.2.b Sở Y tế 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestParseClosingCharge: the closing paragraph in which the issuer
// charges the heads of bodies by title ("Ủy ban nhân dân tỉnh giao Giám
// đốc các sở, …") is an assignment; one that asks everyone to carry the
// text out ("Đề nghị các cơ quan, đơn vị …") is the closing formula.
func TestParseClosingCharge(t *testing.T) {
	for _, tc := range []struct {
		closing string
		want    []string
	}{
		{"Ủy ban nhân dân tỉnh giao Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch này./.",
			[]string{"Sở Y tế", "các sở,Ủy ban nhân dân các xã, phường"}},
		{"Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.", []string{"Sở Y tế"}},
	} {
		text := structDoc("15/KH-UBND", "KẾ HOẠCH\nTriển khai tiêm chủng\n"+
			"1. Sở Y tế chủ trì tổ chức tiêm chủng.\n"+tc.closing+"\n")
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Assignments {
			got = append(got, strings.Join(partyNames(a.Assignees), ","))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("closing %q (-want +got):\n%s", tc.closing, diff)
		}
	}
}

// TestParseQuotedProvision: a reply letter that quotes a provision over
// paragraphs charges none of the bodies the provision names ("Bộ Tài
// chính hướng dẫn …"), nor is the provision's numbering its own; its own
// paragraph after the quotation still charges.
func TestParseQuotedProvision(t *testing.T) {
	text := structDoc("5443/CT-CS", "V/v kinh phí ủy nhiệm thu\nKính gửi: Thuế thành phố Hồ Chí Minh.\n"+
		"Tại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định:\n"+
		"*\"7. Kinh phí ủy nhiệm thu*\n"+
		"*a) Bộ Tài chính hướng dẫn cụ thể nội dung chi, mức chi.*\n"+
		"*b) Cơ quan quản lý thuế phải trả kinh phí cho bên được ủy nhiệm thu trên cơ sở\n"+
		"hợp đồng ủy nhiệm thu\"*\n"+
		"Tại Điều 82 Thông tư số 80/2021/TT-BTC quy định:\n"+
		"“Giao Bộ Tài chính hướng dẫn mức kinh phí ủy nhiệm thu phù hợp với từng địa bàn.”\n"+
		"Căn cứ quy định nêu trên, Cục Thuế giao Thuế thành phố Hồ Chí Minh rà soát hợp đồng ủy nhiệm thu trước ngày 31/12/2025.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			got = append(got, a.Label+" "+p.Name)
		}
	}
	want := []string{"p1 Thuế thành phố Hồ Chí Minh"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignees (-want +got):\n%s", diff)
	}
}

// TestParseBulletsHeadedByBodies: bullets are tasks of their item
// (ANNOTATION.md rule 2) even when each names its own body: the numbered
// item is the one assignment, of all the bodies its bullets charge (rule
// 3), and each task keeps its lead.
func TestParseBulletsHeadedByBodies(t *testing.T) {
	text := structDoc("982/KH-UBND", "KẾ HOẠCH\nTổ chức Đợt thi đua\n"+
		"V. TỔ CHỨC THỰC HIỆN\n"+
		"1. Thời gian thực hiện\n"+
		"Đợt thi đua được triển khai từ ngày ban hành Kế hoạch.\n"+
		"2. Trách nhiệm thực hiện\n"+
		"- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua, tổng hợp kết quả trước ngày 31/3/2026.\n"+
		"- Sở Tài chính bố trí kinh phí khen thưởng.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"V.2.1 | Sở Nội vụ |  | 2026-03-31 | ",
		"V.2.2 | Sở Tài chính |  |  | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
	if len(d.Assignments) != 1 || len(d.Assignments[0].Assignees) != 2 {
		t.Fatalf("assignments %+v; want V.2 of Sở Nội vụ and Sở Tài chính", d.Assignments)
	}
}

// TestParseScopeAfterLabel: under a section that says whom a plan
// concerns ("1. Đối tượng thi đua"), bodies listed after a label ("a) Tập
// thể: …") with no verb that charges them and no work after them are the
// section's scope, not an assignment; the same bodies charged with work in
// "Tổ chức thực hiện" are. The Law's award headings ("III. ĐỐI TƯỢNG,
// HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG") are such sections too.
func TestParseScopeAfterLabel(t *testing.T) {
	text := structDoc("0125/KH-UBND", "KẾ HOẠCH\nPhát động phong trào thi đua\n"+
		"I. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA\n"+
		"1. Đối tượng thi đua\n"+
		"a) Tập thể: Các sở, ban, ngành; UBND các xã, phường; các tổ chức, doanh nghiệp liên quan đến công tác bầu cử trên địa bàn tỉnh.\n"+
		"b) Cá nhân: Cán bộ, công chức, viên chức thuộc các cơ quan, đơn vị phục vụ bầu cử.\n"+
		"II. ĐỐI TƯỢNG, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG\n"+
		"1. Đối tượng khen thưởng\n"+
		"a) Tập thể: Các cơ quan, đơn vị cấp tỉnh, cấp xã có liên quan đến công tác bầu cử.\n"+
		"III. TỔ CHỨC THỰC HIỆN\n"+
		"1. Sở Nội vụ hướng dẫn khen thưởng, tổng hợp kết quả trước ngày 31/3/2026.\n"+
		"2. Tỉnh Đoàn xem xét, khảo sát việc tổ chức các hoạt động hưởng ứng.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"III.1.1 | Sở Nội vụ |  | 2026-03-31 | ",
		"III.2.1 | Tỉnh Đoàn |  |  | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
}

// TestParseTitleNotSharedPastTopic: a title before a colon is shared by
// the members a collective ("Thủ trưởng các cơ quan, đơn vị: Sở Tài
// chính, …") lists, not by the collectives a topic title's colon leads to:
// "Giấy khen của Chủ tịch UBND xã, phường: Các Sở, ban, ngành …" charges
// the bodies, not their chairpersons.
func TestParseTitleNotSharedPastTopic(t *testing.T) {
	text := structDoc("0125/KH-UBND", "KẾ HOẠCH\nKhen thưởng\n"+
		"I. TỔ CHỨC THỰC HIỆN\n"+
		"1. Giấy khen của Chủ tịch UBND xã, phường: Các Sở, ban, ngành và các đoàn thể căn cứ thành tích để xét tặng theo thẩm quyền.\n"+
		"2. Thủ trưởng các cơ quan, đơn vị: Sở Tài chính, Sở Nội vụ bố trí kinh phí khen thưởng.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			got = append(got, a.Label+" "+strings.TrimSpace(p.Title+" "+p.Name))
		}
	}
	for _, w := range []string{"I.1 Các Sở, ban, ngành", "I.2 Thủ trưởng Sở Tài chính", "I.2 Thủ trưởng Sở Nội vụ"} {
		if !slices.Contains(got, w) {
			t.Errorf("assignees %q; want %q among them", got, w)
		}
	}
	for _, g := range got {
		if strings.Contains(g, "Chủ tịch Các") || strings.Contains(g, "Chủ tịch các") {
			t.Errorf("assignee %q: the topic's title is shared past its colon", g)
		}
	}
}

// TestParseArticleClausesAreTasks: the clauses (khoản) of an article that
// name no body of their own are the article's tasks — one assignment,
// labelled by the article — while clauses that name their body stay
// assignments of their own ("Điều 1.3", "Điều 2.1", "Điều 2.2").
func TestParseArticleClausesAreTasks(t *testing.T) {
	text := structDoc("145/2025/QĐ-UBND", "QUYẾT ĐỊNH\nVề việc ủy quyền\n"+
		"Điều 1. Trách nhiệm của Giám đốc Sở Khoa học và Công nghệ:\n"+
		"1. Tổ chức thực hiện đúng nội dung được ủy quyền.\n"+
		"2. Báo cáo kết quả thực hiện trước ngày 31/12/2025.\n"+
		"3. Trung tâm Chuyển đổi số thực hiện quản lý, vận hành kỹ thuật hệ thống.\n"+
		"4. Phối hợp với Sở Tài chính thẩm định kinh phí.\n"+
		"Điều 2. Tổ chức thực hiện:\n"+
		"1. Sở Tài chính bố trí kinh phí.\n"+
		"2. Sở Nội vụ hướng dẫn, kiểm tra.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		got = append(got, a.Label+" "+strconv.Itoa(len(a.Tasks)))
	}
	want := []string{"Điều 1 3", "Điều 1.3 1", "Điều 2.1 1", "Điều 2.2 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignments and their task counts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{
		"Điều 1.1 | Sở Khoa học và Công nghệ |  |  | ",
		"Điều 1.2 | Sở Khoa học và Công nghệ |  | 2025-12-31 | ",
		// "Phối hợp với X …" names no body of the clause's own: a task of
		// the article, which X leads (DESIGN.md, Roles).
		"Điều 1.4 | Sở Tài chính | Sở Khoa học và Công nghệ |  | ",
		"Điều 1.3.1 | Trung tâm Chuyển đổi số |  |  | ",
		"Điều 2.1.1 | Sở Tài chính |  |  | ",
		"Điều 2.2.1 | Sở Nội vụ |  |  | ",
	}, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
}

// TestParseQuotedRuleBullets: a bullet that leads into a quotation ("-
// Tại khoản 4 Điều 19 Nghị định số … quy định như sau:") cites a rule for
// no one to do, and ends with its quotation: the paragraphs after it are
// the letter's own text again, where the request is. A collective's owner
// after "của" may be a place ("các cơ quan liên quan của thành phố Huế").
func TestParseQuotedRuleBullets(t *testing.T) {
	text := structDoc("5642/CT-CS", "V/v tiền sử dụng đất\nKính gửi: Thuế thành phố Huế.\n"+
		"Về vấn đề này, Cục Thuế có ý kiến như sau:\n"+
		"- Tại khoản 5 Điều 17 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định như sau:\n"+
		"*“5. Việc miễn, giảm tiền sử dụng đất thực hiện theo quy định của Chính phủ.”*\n"+
		"- Tại khoản 4 Điều 19 Nghị định số 103/2024/NĐ-CP quy định như sau:\n"+
		"*“4. Giảm tiền sử dụng đất đối với đất ở trong hạn mức giao đất ở.”*\n"+
		"Căn cứ các quy định nêu trên, việc miễn, giảm tiền sử dụng đất không áp dụng đối với trường hợp này.\n"+
		"Đề nghị Thuế thành phố Huế đối chiếu với quy định để phối hợp với các cơ quan liên quan của thành phố Huế báo cáo Ủy ban nhân dân thành phố Huế.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			got = append(got, "lead "+p.Name)
		}
		for _, p := range a.Cooperating {
			got = append(got, "coop "+p.Name)
		}
	}
	want := []string{"lead Thuế thành phố Huế", "coop các cơ quan liên quan của thành phố Huế"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parties (-want +got):\n%s", diff)
	}
	if len(d.Assignments) != 1 {
		t.Fatalf("%d assignments; want the request alone", len(d.Assignments))
	}
	if tk := d.Assignments[0].Tasks; len(tk) != 1 || strings.HasPrefix(tk[0].Text, "Tại khoản") {
		t.Errorf("tasks %+v; want one, the letter's own text after the quotations", tk)
	}
}

// TestParsePassiveRelativeName: a passive relative that says which of a
// collective's bodies are meant, up to their duty, is the collective's
// name ("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế
// hoạch này | có trách nhiệm …"), as a relative "có …" is.
func TestParsePassiveRelativeName(t *testing.T) {
	text := structDoc("215/KH-UBND", "KẾ HOẠCH\nThực hiện chuyển đổi số\n"+
		"III. TỔ CHỨC THỰC HIỆN\n"+
		"1. Sở Tài chính chủ trì tổng hợp dự toán.\n"+
		"2. Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập dự toán kinh phí trước ngày 15/12/2025.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"III.1.1 | Sở Tài chính |  |  | ",
		"III.2.1 | Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này |  | 2025-12-15 | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
}

// TestParseHeadingIsTheName: an item's heading that opens with a body and
// holds no verb, role or other party after it is that body's name to its
// end ("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch", a name the
// registry does not hold); an article's heading is its title, not a name.
func TestParseHeadingIsTheName(t *testing.T) {
	text := structDoc("215/KH-UBND", "KẾ HOẠCH\nXuất khẩu sản phẩm hàng hóa\n"+
		"V. TỔ CHỨC THỰC HIỆN\n"+
		"1. Sở Công Thương\n"+
		"- Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.\n"+
		"2. Trung tâm Xúc tiến đầu tư, thương mại và du lịch\n"+
		"- Tổ chức các chương trình hội chợ thương mại.\n"+
		"- Hỗ trợ các doanh nghiệp tham gia gian hàng trưng bày.\n"+
		// A capital after a comma opens another body, named to the
		// heading's end.
		"3. Liên minh Hợp tác xã tỉnh, Hiệp hội doanh nghiệp tỉnh\n"+
		"- Vận động các hợp tác xã tham gia.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"V.1.1 | Sở Công Thương |  |  | ",
		"V.2.1 | Trung tâm Xúc tiến đầu tư, thương mại và du lịch |  |  | ",
		"V.2.2 | Trung tâm Xúc tiến đầu tư, thương mại và du lịch |  |  | ",
		"V.3.1 | Liên minh Hợp tác xã tỉnh,Hiệp hội doanh nghiệp tỉnh |  |  | ",
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
}

// TestParseProcedureIsContent: an item whose items are the parts of a
// published administrative procedure ("Trình tự thực hiện", "Thời hạn
// giải quyết", "Cơ quan thực hiện": Nghị định 63/2010/NĐ-CP, Điều 8) is
// the procedure, content of the document: its steps charge no one, though
// they name bodies.
func TestParseProcedureIsContent(t *testing.T) {
	text := structDoc("2665/QĐ-UBND", "QUYẾT ĐỊNH\nCông bố thủ tục hành chính nội bộ\n"+
		"I. TỔ CHỨC THỰC HIỆN\n"+
		"1. Sở Nội vụ chủ trì cập nhật thủ tục trên hệ thống trước ngày 30/6/2024.\n"+
		"II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC\n"+
		"1. Phê duyệt danh sách thôn đặc biệt khó khăn\n"+
		"a) Trình tự thực hiện\n"+
		"- Bước 1: Ủy ban nhân dân cấp xã gửi hồ sơ đến Sở Nội vụ.\n"+
		"- Bước 2: Sở Nội vụ thẩm định hồ sơ, trình Ủy ban nhân dân tỉnh.\n"+
		"b) Thời hạn giải quyết: 15 ngày làm việc.\n"+
		"c) Cơ quan thực hiện: Sở Nội vụ.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"I.1.1 | Sở Nội vụ |  | 2024-06-30 | ",
		// The procedure's processing time is no task's deadline; the
		// parser says so rather than drop it.
		`warn: deadline in item II.1, which charges nobody, not assigned to any task: "15 ngày làm việc"`,
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
}

// TestParseTitleOverColon: a title written once before a colon heads
// each body the colon lists ("Giám đốc: Trung tâm A, Trung tâm B"), as the
// execution article of a provincial decision writes it.
func TestParseTitleOverColon(t *testing.T) {
	text := structDoc("2904/QĐ-UBND", "QUYẾT ĐỊNH\nCông bố thủ tục hành chính\n"+
		"Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n"+
		"Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, "+
		"Trung tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã chịu trách nhiệm thi hành Quyết định này./.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, p := range a.Assignees {
			got = append(got, p.Addressed())
		}
	}
	want := []string{"Chánh Văn phòng UBND tỉnh", "Giám đốc các sở", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
		"Giám đốc Trung tâm Công báo - Tin học tỉnh", "Chủ tịch UBND cấp xã"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignees (-want +got):\n%s", diff)
	}
}

// TestParseAskingLeadInIsNoCitation: "Đề nghị …" asks and "Để …" says
// what for; folded, both are "de …". A lead-in that asks names the bodies
// charged with the items after it, the first of them too; one that says
// what for charges in its main clause, after the comma.
func TestParseAskingLeadInIsNoCitation(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"Đề nghị Sở Y tế, Sở Tài chính thực hiện các nội dung sau:", "Sở Y tế,Sở Tài chính"},
		{"Để triển khai kịp thời, Sở Y tế, Sở Tài chính thực hiện các nội dung sau:", "Sở Y tế,Sở Tài chính"},
	} {
		d, err := Parse(cvDoc(c.lead+"\n1. Rà soát danh sách đối tượng.\n2. Báo cáo kết quả trước ngày 30/6/2024.\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Assignments {
			if got := strings.Join(partyNames(a.Assignees), ","); got != c.want {
				t.Errorf("%q: assignment %s charges %q; want %q", c.lead, a.Label, got, c.want)
			}
		}
		if len(d.Assignments) != 2 {
			t.Errorf("%q: %d assignments; want 2", c.lead, len(d.Assignments))
		}
	}
}

// TestParseAssignmentShapes reads the assignments of shapes of real
// regulations and plans; each case says what it checks.
func TestParseAssignmentShapes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// An item headed "Quy trình …" sets out a
		// process step by step; its items are the steps of whoever acts, content
		// of the document as a published procedure is, not work it gives. The
		// article that gives work beside it stays an assignment.
		{"ProcessIsContent", structDoc("125/2025/QĐ-UBND", "QUYẾT ĐỊNH\nBan hành quy trình rà soát đối tượng\n"+
			"Điều 1. Quy trình rà soát đối tượng hỗ trợ đất ở\n"+
			"a) Ủy ban nhân dân cấp xã có trách nhiệm thông báo rộng rãi trong thời gian 05 ngày.\n"+
			"b) Hộ gia đình nộp 01 hồ sơ đến Trung tâm phục vụ hành chính công cấp xã.\n"+
			"Điều 2. Trách nhiệm thi hành\n"+
			"1. Sở Dân tộc và Tôn giáo hướng dẫn thực hiện trước ngày 30/6/2026.\n"+
			"2. Sở Tài chính bố trí kinh phí.\n"+
			// An internal procedure, wherever the heading names it.
			"Điều 3. Nội dung quy trình nội bộ thủ tục hành chính\n"+
			"1. Sở Văn hóa, Thể thao và Du lịch tiếp nhận hồ sơ.\n"+
			"2. Lãnh đạo Phòng xem xét, trình ký.\n"),
			[]string{"Điều 2.1 Sở Dân tộc và Tôn giáo 1", "Điều 2.2 Sở Tài chính 1"}},
		// A clause of circumstance may list more than two nouns
		// between commas before the subject of its sentence: the subject is the
		// first part that opens with a body and goes on with its predicate.
		// "thì" closes a condition: the clause after it is the sentence's own,
		// and no body of a later part is its subject. A clause of an article
		// that names the article's body again is one of its tasks.
		{"CircumstanceList", structDoc("40/2025/QĐ-UBND", "QUY CHẾ\nQuản lý hệ thống thư điện tử công vụ\n"+
			"Điều 4. Giám đốc Sở Khoa học và Công nghệ có trách nhiệm:\n"+
			"1. Tổ chức thực hiện Quy chế này.\n"+
			"2. Trong quá trình triển khai, nếu phát sinh khó khăn, vướng mắc, Giám đốc Sở Khoa học và Công nghệ kịp thời báo cáo Ủy ban nhân dân tỉnh.\n"+
			"Điều 5. Tổ chức thực hiện\n"+
			"Trong quá trình thực hiện Quy chế này, nếu có khó khăn, vướng mắc, phát sinh cần sửa đổi, bổ sung, các cơ quan, tổ chức, cá nhân kịp thời báo cáo về Sở Khoa học và Công nghệ.\n"+
			"Điều 6. Hóa đơn\n"+
			"Trường hợp doanh nghiệp hoàn thành công trình, bàn giao để quản lý, vận hành thì tại thời điểm bàn giao, Công ty Điện lực Hải Phòng lập hóa đơn theo quy định.\n"),
			[]string{"Điều 4 Sở Khoa học và Công nghệ 2", "Điều 5 các cơ quan, tổ chức, cá nhân 1"}},
		// The words that describe a collective in a list of bodies are its
		// own up to the next member, "của" and "và" among them; an
		// adverbial ("căn cứ") or a verb that charges ends them.
		{"DescribedMembers", structDoc("40/2025/QĐ-UBND", "QUYẾT ĐỊNH\nBan hành danh mục tài sản\n"+
			"Điều 1. Ban hành danh mục tài sản cố định đặc thù.\n"+
			"Điều 2. Giám đốc các sở, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc Ninh và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành quyết định này.\n"+
			"Điều 3. Tổ chức thực hiện\n"+
			"Các cơ quan, tổ chức, đơn vị thuộc chi cục và trực thuộc đơn vị tương đương thuộc cơ quan cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường thực hiện xử lý tài sản.\n"),
			[]string{"Điều 2 các sở,các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc Ninh,các đơn vị, cá nhân có liên quan 1",
				"Điều 3 Các cơ quan, tổ chức, đơn vị thuộc chi cục và trực thuộc đơn vị tương đương thuộc cơ quan cấp tỉnh,Ủy ban nhân dân các xã, phường 1"}},
		// "cung" is "cùng" (together with), which joins two bodies, only
		// where the text spells it so: "cung cấp" (to provide) joins none.
		// A capitalised head alone described by what the body does, up to
		// its duty, is that body ("Đơn vị cung cấp dịch vụ đăng kiểm").
		{"ProvideIsNoJoin", structDoc("40/2025/TT-BXD", "THÔNG TƯ\nQuy định giá dịch vụ đăng kiểm\n"+
			"Điều 4. Trách nhiệm thi hành\n"+
			"1. Sở Y tế cùng Sở Tài chính kiểm tra việc thực hiện Thông tư này.\n"+
			"2. Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm kê khai, niêm yết giá dịch vụ.\n"),
			[]string{"Điều 4.1 Sở Y tế,Sở Tài chính 1", "Điều 4.2 Đơn vị cung cấp dịch vụ đăng kiểm 1"}},
		// A clause of circumstance whose body comes further in than its
		// opening names that body as its complement: the comma after it
		// opens the sentence's own clause, whose subject is charged. One
		// that opens with bodies lists them, and so do bodies that go on
		// with a complement word ("… của Bộ Y tế, Bộ Giáo dục và Đào tạo
		// về …").
		{"ComplementInCircumstance", structDoc("40/2025/QĐ-UBND", "QUYẾT ĐỊNH\nQuy định tiêu chuẩn máy móc\n"+
			"Điều 3. Tổ chức thực hiện\n"+
			"1. Căn cứ kết quả rà soát của Sở Nội vụ, Sở Tài chính bố trí kinh phí.\n"+
			"2. Trường hợp Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Giáo dục và Đào tạo chưa quy định, Sở Y tế quyết định.\n"+
			"3. Căn cứ hướng dẫn của Bộ Y tế, Bộ Giáo dục và Đào tạo về tiêu chuẩn, Sở Giáo dục và Đào tạo quyết định.\n"),
			[]string{"Điều 3.1 Sở Tài chính 1", "Điều 3.2 Sở Y tế 1", "Điều 3.3 Sở Giáo dục và Đào tạo 1"}},
		// A collective belongs to a tier as it belongs to a body:
		// "thuộc cấp tỉnh" is its own.
		{"BelongsToTier", structDoc("40/2025/QĐ-UBND", "QUYẾT ĐỊNH\nQuy định tiêu chuẩn máy móc\n"+
			"Điều 3. Tổ chức thực hiện\n"+
			"Các cơ sở đào tạo thuộc cấp tỉnh ban hành tiêu chuẩn, định mức sử dụng máy móc.\n"),
			[]string{"Điều 3 Các cơ sở đào tạo thuộc cấp tỉnh 1"}},
		// A collective of units capitalised as a designation, then the
		// body they are units of: one party ("các Tổ đại biểu Hội đồng
		// nhân dân"); a collective in lower case does not take the body
		// after it.
		{"UnitsOfABody", structDoc("79/2025/NQ-HĐND", "NGHỊ QUYẾT\nQuy định biện pháp\n"+
			"Điều 8. Thường trực Hội đồng nhân dân Thành phố, các Tổ đại biểu Hội đồng nhân dân giám sát việc thực hiện Nghị quyết.\n"),
			[]string{"Điều 8 Hội đồng nhân dân Thành phố,các Tổ đại biểu Hội đồng nhân dân 1"}},
		// After "và", a body the registry names is the next party of the
		// list, not one more noun of the collective before it.
		{"NamedAfterAnd", structDoc("40/2025/QĐ-UBND", "QUY CHẾ\nQuản lý tài sản công\n"+
			"Điều 9. Trách nhiệm\n"+
			"Các sở, ban, ngành, cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân cấp xã tổ chức khai thác, sử dụng Phần mềm.\n"),
			[]string{"Điều 9 Các sở, ban, ngành, cơ quan, đơn vị cấp tỉnh,Ủy ban nhân dân cấp xã 1"}},
		// The private parties a regulation of works charges by their legal
		// role: the investor, the owner (lexicon rows).
		{"LegalRoles", structDoc("79/2025/NQ-HĐND", "NGHỊ QUYẾT\nQuy định biện pháp bảo đảm an toàn\n"+
			"Điều 7. Trách nhiệm\n"+
			"1. Các chủ sở hữu có trách nhiệm bảo trì công trình.\n"+
			"2. Chủ đầu tư có trách nhiệm lập hồ sơ thiết kế.\n"),
			[]string{"Điều 7.1 Các chủ sở hữu 1", "Điều 7.2 Chủ đầu tư 1"}},
		// A body described by what it does, then "được": a right the text
		// grants, no work it gives; the same body with its duty is charged.
		{"PermissionNoCharge", structDoc("40/2025/TT-BXD", "THÔNG TƯ\nQuy định giá dịch vụ đăng kiểm\n"+
			"Điều 3. Giá dịch vụ\n"+
			"1. Đơn vị cung cấp dịch vụ đăng kiểm được thu các chi phí lưu trú theo chi phí thực tế.\n"+
			"2. Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm niêm yết giá dịch vụ.\n"),
			[]string{"Điều 3.2 Đơn vị cung cấp dịch vụ đăng kiểm 1"}},
		// A topic that names bodies lists them between commas: the
		// second is a topic too, not the subject of the sentence.
		{"TopicList", structDoc("40/2025/QĐ-UBND", "QUY CHẾ\nQuản lý hệ thống thư điện tử công vụ\n"+
			"Điều 5. Đặt tên địa chỉ\n"+
			"Đối với các cơ quan, đơn vị thuộc khối Đảng, các tổ chức chính trị - xã hội trực thuộc Ủy ban nhân dân tỉnh đặt tên địa chỉ thư điện tử theo thỏa thuận.\n"+
			"Điều 6. Trách nhiệm thi hành\n"+
			"Đối với các nhiệm vụ triển khai trong năm 2025, các sở, ngành báo cáo kết quả trước ngày 15/12/2025.\n"),
			[]string{"Điều 6 các sở, ngành 1"}},
		// An article titled by the matters a body leads
		// ("Nội dung Sở … có trách nhiệm chủ trì", a quy chế phối hợp's form) is
		// that body's assignment, its clauses the tasks.
		{"MattersTitle", structDoc("26/2025/QĐ-UBND", "QUY CHẾ\nPhối hợp quản lý nhà nước về tín ngưỡng, tôn giáo\n"+
			"Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì\n"+
			"1. Xây dựng, đánh giá việc thực hiện chính sách về tín ngưỡng, tôn giáo.\n"+
			"2. Tổng hợp, báo cáo định kỳ hằng quý.\n"+
			"Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì\n"+
			"Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tôn giáo.\n"),
			[]string{"Điều 5 Sở Dân tộc và Tôn giáo 2", "Điều 6 Công an tỉnh 1"}},
		// The body a duty title of whose duties
		// names ("Trách nhiệm của …") runs to the end of the heading, whatever its
		// words, unless a clause word ends it first ("… trong quản lý …").
		{"DutyTitleNamesToItsEnd", structDoc("40/2025/QĐ-UBND", "QUY CHẾ\nQuản lý chữ ký số chuyên dùng công vụ\n"+
			"Điều 16. Trách nhiệm của thuê bao\n"+
			"1. Quản lý, sử dụng chứng thư chữ ký số đúng mục đích.\n"+
			"2. Thông báo kịp thời khi thiết bị lưu khóa bị mất.\n"+
			"Điều 17. Trách nhiệm của cơ quan, tổ chức quản lý trực tiếp\n"+
			"Tổ chức triển khai sử dụng có hiệu quả chữ ký số.\n"),
			[]string{"Điều 16 thuê bao 2", "Điều 17 cơ quan, tổ chức quản lý trực tiếp 1"}},
		// The bodies an example names ("Ví dụ: Sở AH
		// sẽ có địa chỉ …") are the example's: no assignment, while the article
		// that charges stays one.
		{"ExampleChargesNoOne", structDoc("99/2025/QĐ-UBND", "QUY CHẾ\nQuản lý thư điện tử công vụ\n"+
			"Điều 5. Địa chỉ thư điện tử\n"+
			"1. Địa chỉ của các Sở, ban, ngành: <tên viết tắt>@nghean.gov.vn;\n"+
			"Ví dụ: Sở AH sẽ có địa chỉ thư điện tử công vụ là: ah@nghean.gov.vn.\n"+
			"Điều 6. Trách nhiệm của Văn phòng Ủy ban nhân dân tỉnh\n"+
			"Quản lý danh bạ thư điện tử công vụ của tỉnh.\n"),
			[]string{"Điều 6 Văn phòng Ủy ban nhân dân tỉnh 1"}},
		// The nouns a clause of circumstance lists between commas are
		// its own; the charge opens after them.
		{"CircumstanceListsNouns", structDoc("81/2025/QĐ-UBND", "QUY ĐỊNH\nTư vấn, phản biện\n"+
			"Điều 13. Tổ chức thực hiện\n"+
			"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các tổ chức, cá nhân phản ánh về Sở Tư pháp để tổng hợp.\n"),
			[]string{"Điều 13 các tổ chức, cá nhân 1"}},
	} {
		if diff := cmp.Diff(c.want, assignmentLines(t, c.text)); diff != "" {
			t.Errorf("%s: assignments (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestParseSameBodiesOneTask: a paragraph of a letter that charges the
// same body twice ("đề nghị Sở Y tế … . Trường hợp …, đề nghị Sở Y tế báo
// cáo …") is one assignment with one task (ANNOTATION.md rule 2); a
// paragraph whose sentences charge different bodies is one per body.
func TestParseSameBodiesOneTask(t *testing.T) {
	text := cvDoc("Do vậy, đề nghị Sở Y tế căn cứ quy định nêu trên để thực hiện. Trường hợp phát sinh vướng mắc, đề nghị Sở Y tế báo cáo UBND tỉnh trước ngày 30/6/2024.\n" +
		"Đề nghị Sở Tài chính bố trí kinh phí. Đề nghị Sở Nội vụ hướng dẫn thực hiện.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		got = append(got, strings.Join(partyNames(a.Assignees), ",")+" "+strconv.Itoa(len(a.Tasks)))
	}
	want := []string{"Sở Y tế 1", "Sở Tài chính 1", "Sở Nội vụ 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignments (-want +got):\n%s", diff)
	}
}

// TestParseChapterOfResponsibilities: a chapter headed by the bodies it
// concerns ("Chương III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN")
// over articles most of which name their own body groups them: each
// article is an assignment, and one that names none is the chapter's
// bodies' own.
func TestParseChapterOfResponsibilities(t *testing.T) {
	text := structDoc("144/2025/QĐ-UBND", "QUY CHẾ\nQuản lý chữ ký số\n"+
		"Chương III\nTRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN\n"+
		"Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ\n"+
		"1. Quản lý, hướng dẫn các thuê bao.\n"+
		"2. Báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n"+
		"Điều 15. Trách nhiệm của Sở Tài chính\n"+
		"Bố trí kinh phí thực hiện.\n"+
		"Điều 16. Trách nhiệm của thuê bao\n"+
		"Quản lý, bảo quản thiết bị lưu khóa bí mật.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		got = append(got, a.Label+" "+strconv.Itoa(len(a.Tasks)))
	}
	if want := []string{"Chương III.Điều 14 2", "Chương III.Điều 15 1", "Chương III.Điều 16 1"}; !cmp.Equal(want, got) {
		t.Errorf("assignments %q; want %q", got, want)
	}
}

// TestClosingThatCharges: the closing formula "Trong quá trình thực hiện
// …, nếu có khó khăn, vướng mắc, …" after the last item closes the text
// when it asks no one by name, but where bodies are the subject of the
// work after it, they are charged, each once.
func TestClosingThatCharges(t *testing.T) {
	const items = "1. Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n2. Các Sở, ban, ngành, UBND xã, phường xây dựng kế hoạch triển khai tại cơ quan, đơn vị.\n\n"
	for _, c := range []struct {
		closing string
		charged bool
	}{
		{"Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các Sở, ban, ngành, UBND xã, phường phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân Thành phố./.", true},
		{"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở Khoa học và Công nghệ để tổng hợp./.", false},
	} {
		d, err := Parse(structDoc("308/KH-UBND", "KẾ HOẠCH\nTriển khai Nghị quyết\n\n"+items+c.closing+"\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		inClosing := strings.Contains(d.Closing, "Trong quá trình")
		if inClosing == c.charged {
			t.Errorf("%q: in the closing %v; want %v", c.closing, inClosing, !c.charged)
		}
		if c.charged {
			last := d.Assignments[len(d.Assignments)-1]
			for _, tk := range last.Tasks {
				if names := partyNames(tk.Lead); len(names) != len(slices.Compact(slices.Sorted(slices.Values(lowerAll(names))))) {
					t.Errorf("task %s leads %q: a body twice", tk.Label, names)
				}
			}
		}
	}
}

func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(s)
	}
	return out
}

// TestParseCooperatingShapes: the bodies the tasks of a text name as
// cooperating, in order, each once.
func TestParseCooperatingShapes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// A body described rather than named runs to the word that opens
		// the clause's work, as spelled: "bảo vệ" (to guard) is no "về"
		// (about), "tài" no "tại".
		{"DescribedBodySpelled", structDoc("40/2025/QĐ-UBND", "QUY CHẾ\nPhối hợp bảo vệ khu vực cảng\n"+
			"Điều 5. Công ty Tân Cảng chủ trì, phối hợp với lực lượng chuyên trách bảo vệ Căn cứ quân sự Cam Ranh tuần tra khu vực cảng.\n"),
			[]string{"lực lượng chuyên trách bảo vệ Căn cứ quân sự Cam Ranh"}},
		// A count before a collective's noun says several as "các" does,
		// so the places its colon lists are as many bodies; a place's name
		// ends at its first syllable in lower case.
		{"CountedFactoredList", structDoc("40/2025/KH-UBND", "KẾ HOẠCH\nBảo vệ nguồn lợi thủy sản\n"+
			"1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông thành lập mới khu bảo vệ nguồn lợi thủy sản.\n"),
			[]string{"Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông", "Ủy ban nhân dân xã Tân Phú Đông"}},
		// A collective noun capitalised inside a sentence designates one
		// body, its domain after "về" its own, and a list after a role verb
		// goes on over such bodies.
		{"CapitalisedDesignation", structDoc("40/2025/NQ-HĐND", "NGHỊ QUYẾT\nQuy định biện pháp bảo đảm an toàn\n"+
			"Điều 3. Ủy ban nhân dân cấp xã có trách nhiệm chủ trì, phối hợp với Cơ quan chuyên môn về xây dựng, Cơ quan Công an kiểm tra việc thực hiện.\n"),
			[]string{"Cơ quan chuyên môn về xây dựng", "Cơ quan Công an"}},
	} {
		d, err := Parse(c.text, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, a := range d.Assignments {
			for _, tk := range a.Tasks {
				got = append(got, partyNames(tk.Cooperating)...)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: cooperating (-want +got):\n%s", c.name, diff)
		}
	}
}
