package directive

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/google/go-cmp/cmp"
)

// This file tests the body structure of shapes common in real directives:
// numbered items with no agency of their own, the addressees an opening
// sentence names, plan sections (purposes, bases, tasks), "Điều N." alone
// on its line, and task tables copied with tabs or one cell per line.

// structHeader is a plain provincial header; each case adds its body.
const structHeader = "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
	"Số: %s\nAn Phú, ngày 10 tháng 4 năm 2024\n"

func structDoc(number, body string) string {
	return strings.Replace(structHeader, "%s", number, 1) + body
}

// structSummary lists each task of d as "label | lead | cooperating | due |
// targets", subtasks included, and each warning that names an unassigned
// deadline or target.
func structSummary(d *Directive) []string {
	var out []string
	var walk func(tk Task)
	walk = func(tk Task) {
		due, _ := tk.Deadline.Expr.Due()
		var tg []string
		for _, t := range tk.Targets {
			tg = append(tg, t.Value.String())
		}
		out = append(out, tk.Label+" | "+strings.Join(partyNames(tk.Lead), ",")+" | "+
			strings.Join(partyNames(tk.Cooperating), ",")+" | "+due.String()+" | "+strings.Join(tg, ","))
		for _, s := range tk.Subtasks {
			walk(s)
		}
	}
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			walk(tk)
		}
	}
	for _, w := range d.Warnings {
		if strings.Contains(w.Msg, "not assigned") {
			out = append(out, "warn: "+w.Msg)
		}
	}
	return out
}

func TestParseBodyStructure(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			// A chỉ thị whose opening sentence names the addressees: its
			// items are their tasks, also when a later item names an agency.
			name: "chỉ thị addressees before an item with an agency",
			text: structDoc("07/CT-UBND", "CHỈ THỊ\nVỀ TĂNG CƯỜNG KỶ CƯƠNG HÀNH CHÍNH\n"+
				"Để chấn chỉnh tình trạng trên, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố thực hiện các nội dung sau:\n"+
				"1. Rà soát quy chế làm việc của cơ quan, hoàn thành trong tháng 5/2024.\n"+
				"2. Bảo đảm 100% hồ sơ được giải quyết đúng hạn.\n"+
				"3. Báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12/2024.\n"+
				"4. Sở Nội vụ chủ trì kiểm tra công vụ, báo cáo hằng quý.\n"),
			want: []string{
				"1.1 | các sở,các ban, ngành,UBND các huyện, thị xã, thành phố |  | 2024-05-31 | ",
				"2.1 | các sở,các ban, ngành,UBND các huyện, thị xã, thành phố |  |  | 100%",
				"3.1 | các sở,các ban, ngành,UBND các huyện, thị xã, thành phố |  | 2024-12-15 | ",
				"4.1 | Sở Nội vụ |  |  | ",
			},
		},
		{
			name: "chỉ thị addressees, no item names an agency",
			text: structDoc("08/CT-UBND", "CHỈ THỊ\nVỀ PHÒNG, CHỐNG THIÊN TAI\n"+
				"Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, phường thực hiện tốt các nhiệm vụ sau đây\n"+
				"1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai trước ngày 30/5/2024.\n"+
				"2. Tổ chức diễn tập ứng phó, hoàn thành trong quý III/2024.\n"),
			want: []string{
				"1.1 | các cơ quan, đơn vị,UBND các xã, phường |  | 2024-05-30 | ",
				"2.1 | các cơ quan, đơn vị,UBND các xã, phường |  | 2024-09-30 | ",
			},
		},
		{
			// A plan: the items of its task section that name no body are
			// no assignments (ANNOTATION.md rule 1), though a later item
			// asks every body to carry the plan out; their deadlines and
			// targets are warned about, never dropped.
			name: "kế hoạch tasks section before the implementation section",
			text: structDoc("52/KH-UBND", "KẾ HOẠCH\nSỐ HÓA HỒ SƠ HỘ TỊCH NĂM 2024\n"+
				"I. MỤC TIÊU\nPhấn đấu 80% hồ sơ được giải quyết trực tuyến trong năm 2024.\n"+
				"II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP\n"+
				"1. Hoàn thành số hóa hồ sơ hộ tịch trước ngày 30/9/2024.\n"+
				"2. Triển khai thanh toán trực tuyến đạt tối thiểu 50% giao dịch.\n"+
				"3. Tuyên truyền, phổ biến về chuyển đổi số.\n"+
				"III. TỔ CHỨC THỰC HIỆN\n"+
				"1. Sở Tư pháp chủ trì theo dõi, báo cáo trước ngày 15/12/2024.\n"+
				"2. Các sở, ban, ngành, UBND các huyện căn cứ nhiệm vụ được giao tổ chức thực hiện.\n"),
			want: []string{
				"III.1.1 | Sở Tư pháp |  | 2024-12-15 | ",
				"III.2.1 | Các sở, ban, ngành,UBND các huyện |  |  | ",
				`warn: target in item I, which charges nobody, not assigned to any task: "80% hồ sơ được giải quyết trực tuyến"`,
				`warn: deadline in item I, which charges nobody, not assigned to any task: "trong năm 2024"`,
				`warn: deadline in item II, which charges nobody, not assigned to any task: "trước ngày 30/9/2024"`,
				`warn: target in item II, which charges nobody, not assigned to any task: "đạt tối thiểu 50% giao dịch"`,
			},
		},
		{
			// The same with sub-items and a collective charged with "the
			// plan" rather than "the tasks".
			name: "kế hoạch task sub-items owned by the plan's collective",
			text: structDoc("53/KH-UBND", "KẾ HOẠCH\nTHỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2024\n"+
				"II. NHIỆM VỤ\n1. Tuyên truyền về chuyển đổi số\na) Tổ chức hội nghị tập huấn trong quý II/2024.\n"+
				"b) Xây dựng chuyên mục trên Cổng thông tin điện tử trước ngày 30/6/2024.\n"+
				"III. TỔ CHỨC THỰC HIỆN\n"+
				"1. Sở Thông tin và Truyền thông theo dõi, đôn đốc, báo cáo trước ngày 15/12/2024.\n"+
				"2. Các sở, ban, ngành, UBND các huyện căn cứ nội dung Kế hoạch, chủ động triển khai thực hiện.\n"),
			want: []string{
				"III.1.1 | Sở Thông tin và Truyền thông |  | 2024-12-15 | ",
				"III.2.1 | Các sở, ban, ngành,UBND các huyện |  |  | ",
				`warn: deadline in item II, which charges nobody, not assigned to any task: "trong quý II/2024"`,
				`warn: deadline in item II, which charges nobody, not assigned to any task: "trước ngày 30/6/2024"`,
			},
		},
		{
			// The general objective says what the plan is for (its horizon
			// sets no work). The specific objectives set targets that no
			// body is charged with: they are warned about.
			name: "kế hoạch objectives",
			text: structDoc("54/KH-UBND", "KẾ HOẠCH\nPHÁT TRIỂN CHÍNH QUYỀN SỐ NĂM 2024\n"+
				"I. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng chính quyền số hiện đại đến năm 2025, phục vụ người dân tốt hơn.\n"+
				"2. Mục tiêu cụ thể\n- Đến hết năm 2024, 100% văn bản được ký số.\n- Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.\n"+
				"II. NHIỆM VỤ\n1. Sở Nội vụ triển khai ký số, hoàn thành trước ngày 30/6/2024.\n"),
			want: []string{
				"II.1.1 | Sở Nội vụ |  | 2024-06-30 | ",
				`warn: target in item I, which charges nobody, not assigned to any task: "100% văn bản được ký số"`,
				`warn: target in item I, which charges nobody, not assigned to any task: "Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên"`,
			},
		},
		{
			// With no agency anywhere, nothing is assigned; the bases and
			// purposes of a plan set no deadline, and the dates in the
			// titles of cited documents are not deadlines.
			name: "kế hoạch bases and purposes are no tasks",
			text: structDoc("60/KH-UBND", "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NÔNG NGHIỆP\n"+
				"I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"+
				"1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số giai đoạn 2021-2025;\n"+
				"2. Nghị quyết số 08-NQ/TU ngày 06 tháng 10 năm 2021 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030.\n"+
				"II. MỤC ĐÍCH, YÊU CẦU\n"+
				"1. Nâng cao nhận thức về chuyển đổi số trong nông nghiệp.\n"+
				"2. Bảo đảm đồng bộ, hiệu quả, phù hợp với điều kiện của địa phương.\n"+
				"III. NHIỆM VỤ\n"+
				"1. Xây dựng cơ sở dữ liệu nông nghiệp, hoàn thành trong năm 2024.\n"),
			want: []string{
				`warn: deadline in item III, which charges nobody, not assigned to any task: "trong năm 2024"`,
			},
		},
		{
			// A review section is work when the opening sentence asks the
			// addressees for it; the heading's own paragraph is its task.
			name: "chỉ thị review section asked of the addressees",
			text: structDoc("09/CT-UBND", "CHỈ THỊ\nVỀ LẬP KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025\n"+
				"Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện triển khai các nội dung sau:\n"+
				"I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2024\n"+
				"Đánh giá kết quả giải ngân vốn đầu tư công năm 2024, báo cáo trước ngày 15/7/2024.\n"+
				"II. XÂY DỰNG KẾ HOẠCH NĂM 2025\n"+
				"Lập danh mục dự án năm 2025, hoàn thành trước ngày 31/8/2024.\n"),
			want: []string{
				"I.1 | các sở,UBND các huyện |  | 2024-07-15 | ",
				"II.1 | các sở,UBND các huyện |  | 2024-08-31 | ",
			},
		},
		{
			// An item that is an instruction of its own above items that
			// name agencies keeps its text as a task.
			name: "instruction above agency items",
			text: structDoc("06/CT-UBND", "CHỈ THỊ\nVỀ TĂNG CƯỜNG QUẢN LÝ THU NGÂN SÁCH\n"+
				"Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện các nội dung sau:\n"+
				"1. Rà soát các nguồn thu trên địa bàn, không để thất thu ngân sách, hoàn thành trong quý III/2024.\n"+
				"a) Cục Thuế tỉnh có trách nhiệm:\n- Lập danh sách đối tượng nộp thuế trước ngày 30/6/2024.\n"),
			want: []string{
				"1.1 | các sở, ban, ngành |  | 2024-09-30 | ",
				"1.a.1 | Cục Thuế tỉnh |  | 2024-06-30 | ",
			},
		},
		{
			// A công văn's items that name no agency are tasks of its
			// recipients.
			name: "công văn items of the recipients",
			text: structDoc("88/UBND-VP", "V/v triển khai chữ ký số\nKính gửi:\n- Giám đốc các sở, ban, ngành tỉnh;\n- Chủ tịch UBND các huyện, thị xã, thành phố.\n"+
				"Về việc này, UBND tỉnh có ý kiến như sau:\n"+
				"1. Tiếp tục quán triệt việc sử dụng chữ ký số trong xử lý văn bản.\n"+
				"2. Báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 20/5/2024.\n"+
				"3. Giao Sở Thông tin và Truyền thông theo dõi, đôn đốc, báo cáo hằng quý.\n"),
			want: []string{
				"1.1 | các sở, ban, ngành tỉnh,UBND các huyện, thị xã, thành phố |  |  | ",
				"2.1 | các sở, ban, ngành tỉnh,UBND các huyện, thị xã, thành phố |  | 2024-05-20 | ",
				"3.1 | Sở Thông tin và Truyền thông |  |  | ",
			},
		},
		{
			// The horizon in the title of a cited document is not the
			// task's deadline; the task's own time after it is.
			name: "horizon in a cited title",
			text: structDoc("70/KH-UBND", "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\nII. NHIỆM VỤ\n"+
				"1. Sở Nội vụ triển khai Nghị quyết số 08-NQ/TU ngày 06/10/2021 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030.\n"+
				"2. Sở Tư pháp thực hiện Quyết định số 605/QĐ-UBND ngày 16/3/2022 của UBND tỉnh phê duyệt Đề án chính quyền số giai đoạn 2021-2025, hoàn thành trong quý IV/2024.\n"+
				"3. Sở Y tế phấn đấu đến năm 2025 có 100% trạm y tế kết nối dữ liệu.\n"),
			want: []string{
				"II.1.1 | Sở Nội vụ |  |  | ",
				"II.2.1 | Sở Tư pháp |  | 2024-12-31 | ",
				"II.3.1 | Sở Y tế |  | 2025-12-31 | 100%",
			},
		},
		{
			name: "tasks given to the agency the opening sentence names",
			text: structDoc("125/TB-UBND", "THÔNG BÁO\nKẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH\n"+
				"Chủ tịch UBND tỉnh giao nhiệm vụ cho Giám đốc Sở Nội vụ như sau:\n"+
				"1. Rà soát vị trí việc làm trước ngày 30/6/2024.\n2. Báo cáo kết quả hằng quý.\n"),
			want: []string{
				"1.1 | Sở Nội vụ |  | 2024-06-30 | ",
				"2.1 | Sở Nội vụ |  |  | ",
			},
		},
		{
			// Addressees of a cited document in a sentence that issues a
			// plan are not the plan's: the item names no body.
			name: "cited document's addressees",
			text: structDoc("71/KH-UBND", "KẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN 06 NĂM 2024\n"+
				"Thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương đẩy mạnh Đề án 06, UBND tỉnh ban hành Kế hoạch như sau:\n"+
				"1. Hoàn thành làm sạch dữ liệu trước ngày 30/6/2024.\n"),
			want: []string{
				`warn: deadline in item 1, which charges nobody, not assigned to any task: "trước ngày 30/6/2024"`,
			},
		},
		{
			// A deadline in the closing paragraph is reported.
			name: "deadline in the closing",
			text: structDoc("10/CT-UBND", "CHỈ THỊ\nVỀ CẢI CÁCH HÀNH CHÍNH\n"+
				"1. Sở Tư pháp rà soát thủ tục hành chính trong quý III/2024.\n"+
				"Giám đốc các sở tổ chức thực hiện nghiêm Chỉ thị này; Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 15/12/2024.\n"),
			want: []string{
				"1.1 | Sở Tư pháp |  | 2024-09-30 | ",
				`warn: deadline in the closing not assigned to any task: "trước ngày 15/12/2024"`,
			},
		},
		{
			// A short công văn without numbered items: the paragraphs that
			// charge agencies are its assignments.
			name: "công văn without numbered items",
			text: structDoc("1234/UBND-VX", "V/v triển khai tiêm chủng mở rộng\nKính gửi: Sở Y tế.\n"+
				"Xét đề nghị của Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 05/4/2024, Chủ tịch UBND tỉnh có ý kiến như sau:\n"+
				"Giao Sở Y tế chủ trì, phối hợp với UBND các huyện tổ chức tiêm chủng, bảo đảm 95% trẻ em được tiêm đủ mũi, báo cáo kết quả trước ngày 30/6/2024.\n"+
				"Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí trong quý II/2024.\n"+
				"Sở Y tế đề nghị UBND tỉnh bổ sung kinh phí trước ngày 15/5/2024.\n"),
			want: []string{
				"p1.1 | Sở Y tế | UBND các huyện | 2024-06-30 | 95%",
				"p2.1 | Sở Tài chính |  | 2024-06-30 | ",
				// A department's request to the issuer itself: no task,
				// and the date it names is reported.
				`warn: deadline in the preamble not assigned to any task: "trước ngày 15/5/2024"`,
			},
		},
		{
			// Bullets after a lead-in are the items, though they name no
			// agency: tasks of the addressees.
			name: "bullets after a lead-in",
			text: structDoc("1235/UBND-VX", "V/v triển khai chữ ký số\nKính gửi: Sở Nội vụ.\n"+
				"Để triển khai chữ ký số, Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ thực hiện các nội dung sau:\n"+
				"- Rà soát nhu cầu chữ ký số của cán bộ, công chức;\n"+
				"- Báo cáo kết quả về UBND tỉnh trước ngày 30/5/2024.\n"),
			want: []string{
				"1.1 | Sở Nội vụ |  |  | ",
				"2.1 | Sở Nội vụ |  | 2024-05-30 | ",
			},
		},
		{
			// The article on when a decision takes effect is no task,
			// though it names a time and stands before the article that
			// names the implementers.
			name: "decision takes effect",
			text: structDoc("22/QĐ-UBND", "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ HỆ THỐNG GIAO BAN TRỰC TUYẾN\nQUYẾT ĐỊNH:\n"+
				"Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hệ thống giao ban trực tuyến đến năm 2025, tầm nhìn đến năm 2030.\n"+
				"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"+
				"Điều 3. Giám đốc Sở Tư pháp, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.\n"+
				"Điều 4. Quyết định này có hiệu lực kể từ ngày 01/5/2024.\n"),
			want: []string{
				"Điều 3.1 | Sở Tư pháp,UBND các huyện |  |  | ",
			},
		},
		{
			// A heading wrapped into the paragraph under it ("2. Yêu cầu"
			// / "Báo cáo …") still heads a section of requirements; the
			// times it states are reported.
			name: "requirements heading joined to its paragraph",
			text: structDoc("61/KH-UBND", "KẾ HOẠCH\nGIÁM SÁT CHƯƠNG TRÌNH GIẢM NGHÈO\n"+
				"UBND tỉnh ban hành Kế hoạch giám sát như sau:\n"+
				"1. Mục đích\nKịp thời phát hiện khó khăn, vướng mắc trong quá trình thực hiện\n"+
				"2. Yêu cầu\nViệc giám sát được thực hiện định kỳ 6 tháng\n"+
				"3. Sở Lao động - Thương binh và Xã hội chủ trì giám sát, báo cáo trước ngày 20/12/2024.\n"),
			want: []string{
				"3.1 | Sở Lao động - Thương binh và Xã hội |  | 2024-12-20 | ",
				`warn: deadline in item 2, which charges nobody, not assigned to any task: "định kỳ 6 tháng"`,
			},
		},
		{
			// "Điều N." alone on its line: the paragraph under it is its
			// text.
			name: "article number alone on its line",
			text: structDoc("20/QĐ-UBND", "QUYẾT ĐỊNH\nVỀ VIỆC GIAO NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\nQUYẾT ĐỊNH:\n"+
				"Điều 1.\nGiao Sở Nội vụ chủ trì, phối hợp với các sở triển khai, hoàn thành trước ngày 30/6/2024.\n"+
				"Điều 2.\nGiao Sở Tư pháp rà soát văn bản trong quý III/2024.\n"),
			want: []string{
				"Điều 1.1 | Sở Nội vụ | các sở | 2024-06-30 | ",
				"Điều 2.1 | Sở Tư pháp |  | 2024-09-30 | ",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p2Save(tc.name, tc.text)
			d, err := Parse(tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkAccounting(t, tc.name, tc.text, d)
			if diff := cmp.Diff(tc.want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseBareArticleMarker checks that an article whose number stands
// alone on its line reads as the same article on one line: its
// implementer clause ("Điều 3.\nChánh Văn phòng … chịu trách nhiệm thi
// hành") is an assignment, not the closing.
func TestParseBareArticleMarker(t *testing.T) {
	body := "QUYẾT ĐỊNH\nVỀ VIỆC GIAO NHIỆM VỤ\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Giao Sở Nội vụ chủ trì triển khai, hoàn thành trước ngày 30/6/2024.\n" +
		"Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.\n"
	oneLine := structDoc("21/QĐ-UBND", body)
	split := structDoc("21/QĐ-UBND", strings.NewReplacer("Điều 1. ", "Điều 1.\n", "Điều 2. ", "Điều 2.\n").Replace(body))
	var got [2][]string
	for i, text := range []string{oneLine, split} {
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAccounting(t, strconv.Itoa(i), text, d)
		got[i] = structSummary(d)
		got[i] = append(got[i], "closing: "+d.Closing)
	}
	if len(got[0]) != 3 {
		t.Fatalf("one-line form: want 2 tasks and the closing, got %q", got[0])
	}
	if diff := cmp.Diff(got[0], got[1]); diff != "" {
		t.Errorf("(-one line +split):\n%s", diff)
	}
}

// TestParseTableForms reads one task table in the forms text copied from
// Word, a PDF or a web page gives it: markdown rows, cells split by tabs,
// and one cell per line with a "|" line after each cell — in the body and
// in an appendix after the signature.
func TestParseTableForms(t *testing.T) {
	rows := [][]string{
		{"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
		{"1", "Số hóa hồ sơ đất đai", "Sở Tài nguyên và Môi trường", "UBND các huyện", "Quý III/2024"},
		{"2", "Cấp chữ ký số cho 100% cán bộ", "Sở Nội vụ", "Sở Tài chính", "Trước ngày 30/6/2024"},
		{"3", "Tuyên truyền chuyển đổi số", "Sở Thông tin và Truyền thông", "Các sở, ngành", "Thường xuyên"},
		// "Không": no cooperating body.
		{"4", "Báo cáo kết quả thực hiện", "Sở Tài chính", "Không", "Quý IV/2024"},
	}
	markdown, tabs, vertical := "", "", ""
	for _, r := range rows {
		markdown += "| " + strings.Join(r, " | ") + " |\n"
		tabs += strings.Join(r, "\t") + "\n"
		// As the conversion of a web page writes a table: a bar line,
		// each cell's line followed by a bar line, so that two bars end a
		// row.
		vertical += "|\n"
		for _, c := range r {
			vertical += c + "\n|\n"
		}
	}
	want := []string{
		"1 | Sở Tài nguyên và Môi trường | UBND các huyện | 2024-09-30 | ",
		"2 | Sở Nội vụ | Sở Tài chính | 2024-06-30 | 100%",
		"3 | Sở Thông tin và Truyền thông | Các sở, ngành |  | ",
		"4 | Sở Tài chính |  | 2024-12-31 | ",
	}
	intro := "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\nI. NHIỆM VỤ\nCác nhiệm vụ cụ thể như sau:\n"
	tail := "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
	appendix := "1. Giao Sở Nội vụ theo dõi, đôn đốc thực hiện các nhiệm vụ tại Phụ lục.\n" + tail + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
	for _, form := range []struct{ name, table string }{{"markdown", markdown}, {"tabs", tabs}, {"vertical", vertical}} {
		for _, where := range []string{"body", "appendix"} {
			t.Run(form.name+" "+where, func(t *testing.T) {
				text := structDoc("30/KH-UBND", intro+form.table)
				if where == "appendix" {
					text = structDoc("30/KH-UBND", intro+appendix+form.table)
				}
				d, err := Parse(text, nil)
				if err != nil {
					t.Fatal(err)
				}
				checkAccounting(t, form.name, text, d)
				var got []string
				for _, line := range structSummary(d) {
					// The table's rows, without the label prefix of the
					// table (B1-, PL-) and of the row's task (.1).
					l, rest, _ := strings.Cut(line, " | ")
					if k := strings.IndexByte(l, '-'); k >= 0 && (strings.HasPrefix(l, "B") || strings.HasPrefix(l, "PL")) {
						got = append(got, strings.TrimSuffix(l[k+1:], ".1")+" | "+rest)
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestParseArticleHeadingEndsItsSentence: an article's heading and the
// paragraph under it are two sentences ("Điều 16. Trách nhiệm thi hành" /
// "Sở Tài chính chịu trách nhiệm thi hành …"), so the paragraph's charge is
// read at its head, in a chapter as at the top of the body.
func TestParseArticleHeadingEndsItsSentence(t *testing.T) {
	text := structDoc("297/2025/TT-BTC", "THÔNG TƯ\nQuy định thực hiện liên thông điện tử\n"+
		"Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định thực hiện liên thông điện tử.\n"+
		"Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 16. Trách nhiệm thi hành\n"+
		"Sở Tài chính, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Thông tư này.\n")
	got := assignmentLines(t, text)
	if want := []string{"Chương II.Điều 16 Sở Tài chính,Ủy ban nhân dân các tỉnh 1"}; !cmp.Equal(want, got) {
		t.Errorf("assignments %q; want %q", got, want)
	}
}

// TestParseAttachedProcedureIsContent: an attached text whose title names
// an internal procedure ("QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH
// CHÍNH …") sets out steps, in items and tables; they are content, not
// tasks, and the decision's own articles stay assignments.
func TestParseAttachedProcedureIsContent(t *testing.T) {
	rows := [][]string{
		{"Thứ tự công việc", "Nội dung công việc", "Đơn vị/người thực hiện", "Thời gian"},
		{"Bước 1", "Tiếp nhận hồ sơ", "Văn thư", "0,5 ngày"},
		{"Bước 2", "Thẩm định hồ sơ", "Phòng Đấu thầu", "05 ngày"},
	}
	var table string
	for _, r := range rows {
		table += "| " + strings.Join(r, " | ") + " |\n"
	}
	text := structDoc("1582/QĐ-UBND", "QUYẾT ĐỊNH\nPhê duyệt quy trình nội bộ\n"+
		"Điều 1. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ.\n"+
		"Điều 2. Sở Tài chính niêm yết công khai quy trình trước ngày 30/6/2024.\n"+
		"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"+
		"PHỤ LỤC\nQUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ\n"+
		"1. Chấp thuận chủ trương đầu tư\n"+table+
		"2. Điều chỉnh dự án đầu tư\n- Sở Tài chính thẩm định hồ sơ trong 05 ngày làm việc.\n")
	got := assignmentLines(t, text)
	if want := []string{"Điều 2 Sở Tài chính 1"}; !cmp.Equal(want, got) {
		t.Errorf("assignments %q; want %q", got, want)
	}
}

// TestParseAttachedDocument reads the plan a decision issues with it,
// printed after the decision's signature: its tasks are the directive's,
// its title an attachment.
func TestParseAttachedDocument(t *testing.T) {
	text := structDoc("500/QĐ-UBND", "QUYẾT ĐỊNH\nBan hành Kế hoạch chuyển đổi số năm 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"+
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"+
		"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.\n"+
		"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"+
		"Điều 3. Giám đốc Sở Nội vụ, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.\n"+
		"Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\n"+
		"KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\n(Ban hành kèm theo Quyết định số 500/QĐ-UBND ngày 10/4/2024\ncủa Chủ tịch UBND tỉnh)\n"+
		"I. MỤC TIÊU\nPhấn đấu 80% hồ sơ được xử lý trực tuyến.\n"+
		"II. NHIỆM VỤ\n1. Sở Nội vụ số hóa hồ sơ cán bộ, hoàn thành trước ngày 30/9/2024.\n"+
		"2. Sở Tư pháp rà soát thủ tục hành chính trong quý III/2024.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounting(t, "attached", text, d)
	want := []string{
		"Điều 3.1 | Sở Nội vụ,Sở Tư pháp |  |  | ",
		// The plan's labels carry its type code; its objective charges
		// no one.
		"KH-II.1.1 | Sở Nội vụ |  | 2024-09-30 | ",
		"KH-II.2.1 | Sở Tư pháp |  | 2024-09-30 | ",
		`warn: target in item KH-I, which charges nobody, not assigned to any task: "80% hồ sơ được xử lý trực tuyến"`,
	}
	if diff := cmp.Diff(want, structSummary(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024"}, d.Attachments); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
	if d.Signature.Name != "Nguyễn Văn A" {
		t.Errorf("signature name = %q", d.Signature.Name)
	}
}

// TestClosingBodyActs: after the last item, a paragraph whose subject is a
// body other than the issuer and whose verb opens an instruction is an
// assignment; the issuer's own sentence, a sentence that sends the text
// and one that asks every body are the closing.
func TestClosingBodyActs(t *testing.T) {
	const items = "CHỈ THỊ\nVề tăng cường kỷ cương\nĐể tăng cường kỷ cương, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n" +
		"1. Sở Y tế chủ trì rà soát các cơ sở.\n2. Công an tỉnh kiểm tra việc chấp hành.\n"
	for _, c := range []struct {
		closing string
		want    []string // labels and leads of the assignments after item 2 (an unnumbered one is counted on)
	}{
		{"Sở Nội vụ theo dõi, đôn đốc các cơ quan thực hiện Chỉ thị này./.", []string{"p3 Sở Nội vụ"}},
		{"Ủy ban nhân dân tỉnh theo dõi việc thực hiện Chỉ thị này./.", nil},
		{"Sở Nội vụ thông báo để các cơ quan biết, thực hiện./.", nil},
		{"Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.", nil},
	} {
		d, err := Parse(structDoc("05/CT-UBND", items+c.closing+"\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Assignments[min(2, len(d.Assignments)):] {
			s := a.Label
			for _, p := range a.Assignees {
				s += " " + p.Name
			}
			got = append(got, s)
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%q: assignments after the items %q; want %q", c.closing, got, c.want)
		}
		if len(d.Assignments) < 2 {
			t.Errorf("%q: the items were not read: %d assignments", c.closing, len(d.Assignments))
		}
	}
}

// TestParagraphAfterSubItems: an unmarked paragraph after an item's
// sub-items that charges bodies of its own is a task of the item, not the
// last sub-item's continuation; one after a sub-item that ended with ";"
// goes on with it.
func TestParagraphAfterSubItems(t *testing.T) {
	const lead = "CHỈ THỊ\nVề báo cáo thiệt hại\nĐể kịp thời hỗ trợ người dân, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n" +
		"1. Sở Nông nghiệp và Môi trường rà soát, báo cáo các nội dung sau:\n(1) Số hộ có nhà bị sập.\n(2) Số hộ có nhà bị hư hỏng"
	for _, c := range []struct {
		name, text string
		want       []string // the tasks of item 1: label and lead
	}{
		{"a charge of its own", lead + ".\nSở Tài chính tổng hợp, gửi báo cáo trước ngày 15/12/2025.\n2. Công an tỉnh bảo đảm an ninh.\n",
			[]string{"1.1 Sở Nông nghiệp và Môi trường", "1.2 Sở Nông nghiệp và Môi trường", "1.3 Sở Tài chính"}},
		{"after a semicolon", lead + ";\nSở Tài chính tổng hợp, gửi báo cáo trước ngày 15/12/2025.\n2. Công an tỉnh bảo đảm an ninh.\n",
			[]string{"1.1 Sở Nông nghiệp và Môi trường", "1.2 Sở Nông nghiệp và Môi trường"}},
	} {
		d, err := Parse(structDoc("07/CT-UBND", c.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Assignments) == 0 || d.Assignments[0].Label != "1" {
			t.Fatalf("%s: no item 1: %+v", c.name, d.Assignments)
		}
		var got []string
		for _, tk := range d.Assignments[0].Tasks {
			s := tk.Label + " "
			for i, p := range tk.Lead {
				if i > 0 {
					s += ", "
				}
				s += p.Name
			}
			got = append(got, s)
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%s: tasks %q; want %q", c.name, got, c.want)
		}
	}
}

// TestProcedureStepColumns: the header of a procedure's internal steps
// ("Thứ tự công việc | Nội dung công việc cụ thể | Đơn vị/ Người thực hiện
// | Thời gian thực hiện") names a procedure column, so its rows are the
// procedure's steps, no tasks (readTaskTable refuses a table with one); a
// task table's header names none.
func TestProcedureStepColumns(t *testing.T) {
	for _, c := range []struct {
		header string
		want   []colKind
	}{
		{"| Thứ tự công việc | Nội dung công việc cụ thể | Đơn vị/ Người thực hiện | Thời gian thực hiện |",
			[]colKind{colProcedure, colTask, colLead, colTime}},
		{"| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện |",
			[]colKind{colNo, colTask, colLead, colTime}},
	} {
		doc := layout.ReadWith(c.header+"\n|---|---|---|---|\n| 1 | Tiếp nhận hồ sơ | Sở Tư pháp | 0,5 ngày |\n", nil)
		if len(doc.Tables) != 1 || len(doc.Tables[0].Rows) == 0 {
			t.Fatalf("%s: no table", c.header)
		}
		r := &reader{doc: doc, opts: &ParseOptions{}}
		var got []colKind
		for _, cell := range doc.Tables[0].Rows[0].Cells {
			got = append(got, r.columnOf(cell))
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%s: columns %v; want %v", c.header, got, c.want)
		}
	}
}

// TestRecordFieldsAreContent: a notice sent "để Công ty … biết và thực
// hiện" whose items are the fields of a record (a label, a colon, a value
// that describes) charges no one with them; items that give work under
// the same closing are the addressee's tasks.
func TestRecordFieldsAreContent(t *testing.T) {
	const closing = "Cục trưởng Cục Hải quan thông báo để Công ty TNHH An Phú biết và thực hiện./.\n"
	for _, c := range []struct {
		name, items string
		want        []string // the assignments: label and lead
	}{
		{"fields of a product", "1. Hàng hóa đề nghị xác định trước mã số: Thanh đèn LED.\n" +
			"2. Tóm tắt mô tả hàng hóa: theo hồ sơ đề nghị.\n" +
			"- Thành phần, cấu tạo: thanh đèn gồm mạch in và chip LED;\n" +
			"- Cơ chế hoạt động:\nKhi có dòng điện chạy qua, chip LED phát sáng.\n" +
			"- Cách thức sử dụng:\n1. Chuẩn bị nguồn điện phù hợp.\n2. Gắn thanh đèn vào vị trí mong muốn.\n" +
			"- Kích thước: 1190,5 mm x 18,7 mm;\n- Tuổi thọ: trên 30.000 giờ.\n" +
			"3. Kết quả xác định trước mã số: thuộc nhóm 85.41.\n", nil},
		{"work under a label", "1. Công tác tuyên truyền:\n- Tổ chức hội nghị phổ biến quy định mới.\n" +
			"- Đăng tải nội dung trên trang thông tin điện tử.\n2. Công tác kiểm tra:\n- Kiểm tra việc chấp hành quy định.\n",
			[]string{"1 Công ty TNHH An Phú", "2 Công ty TNHH An Phú"}},
	} {
		d, err := Parse(structDoc("37698/TB-CHQ", "THÔNG BÁO\nVề kết quả xác định trước mã số\nNội dung cụ thể như sau:\n"+c.items+closing), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := labelAssignees(d)
		if !cmp.Equal(c.want, got) {
			t.Errorf("%s: assignments %q; want %q", c.name, got, c.want)
		}
	}
}

// TestListRestartsUnderLeadIn: a numbered list that starts again at one
// after an item that leads in with a colon belongs to that item (its items
// are the charged body's assignments, ANNOTATION.md rule 1); the next
// number of the outer list returns to it (where the inner list has not
// reached it: "3." after an inner "2." would go on with the inner list).
func TestListRestartsUnderLeadIn(t *testing.T) {
	text := structDoc("12/CT-UBND", "CHỈ THỊ\nVề phòng cháy\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"+
		"1. Sở Xây dựng rà soát các công trình.\n"+
		"2. Công an tỉnh thực hiện các nội dung sau:\n1. Kiểm tra cơ sở kinh doanh karaoke.\n2. Xử lý vi phạm.\n3. Báo cáo kết quả.\n"+
		"3. Sở Tài chính bố trí kinh phí.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := labelTasks(d)
	want := []string{"1: 1.1", "2.1: 2.1.1", "2.2: 2.2.1", "2.3: 2.3.1", "3: 3.1"}
	if !cmp.Equal(want, got) {
		t.Errorf("assignments and tasks %q; want %q", got, want)
	}
}

// TestChargeAfterCircumstance: a clause of circumstance before the subject
// ("Trong quá trình …, nếu …,") does not hide the charge after its comma;
// a report after it ("… đã …") is still none.
func TestChargeAfterCircumstance(t *testing.T) {
	const lead = "CHỈ THỊ\nVề quản lý tài sản công\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Tài chính rà soát tài sản công.\n"
	for _, c := range []struct {
		item string
		want []string // the leads of item 2
	}{
		{"2. Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc, các cơ quan, tổ chức, đơn vị phản ánh về Ủy ban nhân dân tỉnh để xem xét.",
			[]string{"các cơ quan, tổ chức, đơn vị"}},
		{"2. Định kỳ hằng quý, Sở Nội vụ tổng hợp, báo cáo kết quả.", []string{"Sở Nội vụ"}},
		{"2. Trong quá trình thực hiện, Sở Nội vụ đã tổng hợp kết quả.", nil},
		// The ground before the subject; a passive relative, then a duty:
		// the relative says which of the collective's bodies, and is its
		// name (TestParsePassiveRelativeName).
		{"2. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ngành được phân công chủ trì thực hiện nhiệm vụ có trách nhiệm xây dựng kế hoạch chi tiết.",
			[]string{"các sở, ngành được phân công chủ trì thực hiện nhiệm vụ"}},
		{"2. Các sở, ngành được giao nhiệm vụ đã hoàn thành kế hoạch.", nil},
		// A topic about a request charges no one by its verb.
		{"2. Về đề nghị các bộ, ngành sớm ban hành văn bản hướng dẫn: Ủy ban nhân dân tỉnh chủ động phối hợp với Bộ Nội vụ.",
			[]string{"Ủy ban nhân dân tỉnh"}},
		// A charge proposed is none: the verb of work before it.
		{"2. Bộ Tài chính tổng hợp, đề xuất phân công các tỉnh, thành phố hỗ trợ kinh phí.", []string{"Bộ Tài chính"}},
		// The form of address before a title.
		{"2. Đồng chí Chủ tịch Ủy ban nhân dân huyện An Lão chỉ đạo khắc phục hậu quả.", []string{"Ủy ban nhân dân huyện An Lão"}},
	} {
		d, err := Parse(structDoc("09/CT-UBND", lead+c.item+"\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Assignments {
			if a.Label != "2" {
				continue
			}
			for _, p := range a.Assignees {
				got = append(got, p.Name)
			}
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%q: leads %q; want %q", c.item, got, c.want)
		}
	}
}

// TestScopeUnderSection: under a section that states whom the plan
// concerns ("Đối tượng thực hiện"), bodies named with no work after them
// are its scope; named with work, they are charged.
func TestScopeUnderSection(t *testing.T) {
	const head = "KẾ HOẠCH\nGiám sát, đánh giá Chương trình năm 2025\n"
	for _, c := range []struct {
		item string
		want []string // the assignments' labels and leads
	}{
		{"I. ĐỐI TƯỢNG THỰC HIỆN\n1. Các cơ quan, đơn vị, địa phương và đối tượng tham gia thực hiện Chương trình.\n2. Các tổ chức và cá nhân liên quan.\n", nil},
		{"I. ĐỐI TƯỢNG THỰC HIỆN\n1. Các cơ quan, đơn vị, địa phương rà soát danh sách đối tượng trước ngày 30/6/2025.\n",
			[]string{"I.1 Các cơ quan, đơn vị, địa phương"}},
		// The first articles of a legal text.
		{"I. PHẠM VI ĐIỀU CHỈNH VÀ ĐỐI TƯỢNG ÁP DỤNG\n1. Doanh nghiệp, hộ kinh doanh đề nghị cấp giấy phép.\n2. Các tổ chức, cá nhân khác có liên quan đến thu, nộp phí.\n", nil},
	} {
		d, err := Parse(structDoc("45/KH-UBND", head+c.item+"II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính chủ trì theo dõi.\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range labelAssignees(d) {
			if !strings.HasPrefix(l, "II") {
				got = append(got, l)
			}
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%q: assignments %q; want %q", c.item, got, c.want)
		}
	}
}

// TestClosingOwnersNarrowed: the closing sends the text to two owners; the
// items that name no one are the work of the owner no item charges by
// name.
func TestClosingOwnersNarrowed(t *testing.T) {
	text := structDoc("636/TB-VPCP", "THÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh An Phú\n"+
		"I. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát, điều chỉnh quy hoạch phát triển của tỉnh.\n2. Đẩy nhanh tiến độ các dự án trọng điểm.\n"+
		"II. VỀ KIẾN NGHỊ CỦA TỈNH\nCác Bộ, cơ quan liên quan nghiên cứu, xử lý kiến nghị của tỉnh trong tháng 11 năm 2025.\n"+
		"Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh An Phú và các Bộ, cơ quan liên quan biết, thực hiện./.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		s := a.Label
		for _, p := range a.Assignees {
			s += " " + p.Name
		}
		for _, tk := range a.Tasks {
			s += " |"
			for _, p := range tk.Lead {
				s += " " + p.Name
			}
		}
		got = append(got, s)
	}
	want := []string{
		"I.1 Ủy ban nhân dân tỉnh An Phú | Ủy ban nhân dân tỉnh An Phú",
		"I.2 Ủy ban nhân dân tỉnh An Phú | Ủy ban nhân dân tỉnh An Phú",
		"II Các Bộ, cơ quan liên quan | Các Bộ, cơ quan liên quan",
	}
	if !cmp.Equal(want, got) {
		t.Errorf("assignments (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestTaskLeadsAreTheAssignments: a body a task charges by name is one of
// the assignment's assignees (ANNOTATION.md rule 3); a body a task makes
// lead by opening "Phối hợp với X" is not.
func TestTaskLeadsAreTheAssignments(t *testing.T) {
	text := structDoc("05/CĐ-TTg", "CÔNG ĐIỆN\nVề khắc phục hậu quả mưa lũ\nThủ tướng Chính phủ yêu cầu:\n"+
		"1. Chủ tịch Ủy ban nhân dân tỉnh An Phú:\na) Rà soát số hộ có nhà bị sập.\n"+
		"b) Sở Tài chính tổng hợp kinh phí, báo cáo trước ngày 27/11/2025.\n"+
		"c) Phối hợp với Bộ Quốc phòng hỗ trợ người dân.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != 1 {
		t.Fatalf("%d assignments; want 1", len(d.Assignments))
	}
	got := partyNames(d.Assignments[0].Assignees)
	want := []string{"Ủy ban nhân dân tỉnh An Phú", "Sở Tài chính"}
	if !cmp.Equal(want, got) {
		t.Errorf("assignees %q; want %q", got, want)
	}
}

// TestBodyNamedByRole: a body named by its role ("Cơ quan chủ trì giải
// quyết thủ tục đầu tư", "Cơ quan phối hợp") heads the tasks under it or is
// charged by the duty after it.
func TestBodyNamedByRole(t *testing.T) {
	text := structDoc("12/CT-UBND", "CHỈ THỊ\nVề thủ tục đầu tư\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"+
		"1. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\na) Hướng dẫn nhà đầu tư.\nb) Giải quyết hồ sơ đúng hạn.\n"+
		"2. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản đúng thời gian quy định.\n"+
		"3. Các sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình\na) Báo cáo kết quả thực hiện hằng quý.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		s := a.Label + " " + strings.Join(partyNames(a.Assignees), ",") + ":"
		for _, tk := range a.Tasks {
			s += " " + tk.Label
		}
		got = append(got, s)
	}
	want := []string{"1 Cơ quan chủ trì giải quyết thủ tục đầu tư dự án: 1.a 1.b", "2 Cơ quan phối hợp: 2.1",
		"3 Các sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình: 3.a"}
	if !cmp.Equal(want, got) {
		t.Errorf("assignments %q; want %q", got, want)
	}
}

// TestPeriodInCitedTitle: a period in the title of a cited document ("…
// về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025") is not a
// time of the task; the task's own deadline is.
func TestPeriodInCitedTitle(t *testing.T) {
	text := structDoc("15/CT-TTg", "CHỈ THỊ\nVề chống buôn lậu\nThủ tướng Chính phủ yêu cầu:\n"+
		"1. Bộ Tài chính hoàn thiện Kế hoạch theo Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm 2025 về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025; báo cáo trước ngày 30 tháng 11 năm 2025.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		for _, tk := range a.Tasks {
			for _, tm := range tk.Times {
				got = append(got, tm.Text)
			}
		}
	}
	want := []string{"trước ngày 30 tháng 11 năm 2025"}
	if !cmp.Equal(want, got) {
		t.Errorf("task times %q; want %q", got, want)
	}
}

// TestSharedHeadOverFactoredList: a titled head joined by "và" to a
// factored collective names the collective's members with its own head:
// "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B" charges the
// Bí thư of each tỉnh ủy and the Chủ tịch of each Ủy ban nhân dân.
func TestSharedHeadOverFactoredList(t *testing.T) {
	text := structDoc("05/CĐ-TTg", "CÔNG ĐIỆN\nVề ứng phó mưa lũ\nThủ tướng Chính phủ yêu cầu:\n"+
		"1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai tiếp tục tập trung chỉ đạo ứng phó mưa lũ.\n"+
		"2. Giám đốc Sở Y tế và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Gia Lai bảo đảm thuốc men.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Assignments {
		var ps []string
		for _, p := range a.Assignees {
			ps = append(ps, p.Title+"|"+p.Name)
		}
		got = append(got, a.Label+" "+strings.Join(ps, "; "))
	}
	want := []string{
		"1 Bí thư|tỉnh ủy Khánh Hòa; Bí thư|tỉnh ủy Đắk Lắk; Bí thư|tỉnh ủy Gia Lai; " +
			"Chủ tịch|Ủy ban nhân dân tỉnh Khánh Hòa; Chủ tịch|Ủy ban nhân dân tỉnh Đắk Lắk; Chủ tịch|Ủy ban nhân dân tỉnh Gia Lai",
		"2 Giám đốc|Sở Y tế; Chủ tịch|Ủy ban nhân dân tỉnh Khánh Hòa; Chủ tịch|Ủy ban nhân dân tỉnh Gia Lai",
	}
	if !cmp.Equal(want, got) {
		t.Errorf("assignees (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// labelAssignees lists each assignment of d as its label and its
// assignees' names, separated by spaces.
func labelAssignees(d *Directive) []string {
	var out []string
	for _, a := range d.Assignments {
		s := a.Label
		for _, p := range a.Assignees {
			s += " " + p.Name
		}
		out = append(out, s)
	}
	return out
}

// labelTasks lists each assignment of d as its label, a colon and its
// tasks' labels.
func labelTasks(d *Directive) []string {
	var out []string
	for _, a := range d.Assignments {
		s := a.Label + ":"
		for _, tk := range a.Tasks {
			s += " " + tk.Label
		}
		out = append(out, s)
	}
	return out
}

// TestRecordProseField: an item written as a record whose lead field is
// prose ("- Cơ quan thực hiện: Sở X rà soát …; các sở … rà soát định kỳ
// …") charges the subjects of its clauses, each once, not every body it
// names, and its times are the task's.
func TestRecordProseField(t *testing.T) {
	text := structDoc("20/KH-UBND", "KẾ HOẠCH\nTriển khai thi hành Luật\nII. NỘI DUNG\n"+
		"1. Rà soát văn bản quy phạm pháp luật\n- Nội dung: Rà soát các văn bản có liên quan đến Luật.\n"+
		"- Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát, báo cáo Chủ tịch UBND tỉnh; "+
		"các sở, ngành liên quan tiếp tục rà soát cập nhật định kỳ các văn bản.\n")
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) != 1 {
		t.Fatalf("%d assignments; want 1", len(d.Assignments))
	}
	a := d.Assignments[0]
	if got, want := partyNames(a.Assignees), []string{"Sở Khoa học và Công nghệ", "các sở, ngành liên quan"}; !cmp.Equal(want, got) {
		t.Errorf("assignees %q; want %q", got, want)
	}
	var times []string
	for _, tm := range a.Tasks[0].Times {
		times = append(times, tm.Text)
	}
	if want := []string{"định kỳ"}; !cmp.Equal(want, times) {
		t.Errorf("times %q; want %q", times, want)
	}
}

// TestAsCompletionKeepsSpansOfYears: a time cell's day, month, quarter or
// year is the deadline the work is done within; a span of years is the
// period it runs over (ANNOTATION.md rule 5).
func TestAsCompletionKeepsSpansOfYears(t *testing.T) {
	ref := calendar.Date{Year: 2025, Month: 6, Day: 1}
	for _, tt := range []struct {
		text string
		kind calendar.Kind
	}{
		{"Quý IV/2026", calendar.KindDeadline},
		{"Năm 2026", calendar.KindDeadline},
		{"tháng 9/2025", calendar.KindDeadline},
		{"Năm 2025-2030", calendar.KindPeriod},
		{"2026 - 2030", calendar.KindPeriod},
	} {
		e, err := calendar.Parse(tt.text, ref)
		if err != nil {
			t.Fatalf("%q: %v", tt.text, err)
		}
		got := asCompletion([]TimeExpr{{Text: tt.text, Expr: e}})[0].Expr.Kind
		if got != tt.kind {
			t.Errorf("%q in a time cell: %v; want %v", tt.text, got, tt.kind)
		}
	}
}
