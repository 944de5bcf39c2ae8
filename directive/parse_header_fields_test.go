package directive

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/internal/vntext"
)

// headerFields is what TestParseHeaderFields checks of a parsed header.
type headerFields struct {
	Number, Issued, Place, Type, Subject, Issuer string
}

func headerOf(t *testing.T, name, text string) headerFields {
	t.Helper()
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatalf("%s: Parse: %v", name, err)
	}
	checkAccounting(t, name, text, d)
	h := headerFields{Number: d.Number.String(), Place: d.Place, Type: d.Type.String(), Subject: d.Subject, Issuer: d.Issuer}
	if d.Issued.Expr.Kind == calendar.KindDate {
		h.Issued = d.Issued.Expr.Period.First.String()
	}
	return h
}

// The standard two-column header of a provincial people's committee, as
// the tests below vary it.
const hdrTop = "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"

// TestParseHeaderFields checks the header fields on headers as real
// documents print them and as conversions from web pages and PDF mangle
// them: a preamble clause citing a law "ngày … năm 2015;" is never the
// place-and-date line; web-page text of any length above the header is
// skipped with warnings; table-cell wraps of "Số:", the issuer and the
// place are joined; the subject stops at the authority line, at
// "QUYẾT ĐỊNH:" and at "Căn cứ …"; a mixed-case subject under the type
// line is read by its place and shape.
func TestParseHeaderFields(t *testing.T) {
	for _, tt := range headerCases() {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerOf(t, tt.name, tt.text); got != tt.want {
				t.Errorf("header\n got  %+v\n want %+v", got, tt.want)
			}
		})
	}
}

// FuzzParseHeader checks Parse on variations of the headers of
// TestParseHeaderFields: no panic, every line accounted for, the model's
// invariants (checkModel).
func FuzzParseHeader(f *testing.F) {
	for _, tt := range headerCases() {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, nil)
		if err != nil {
			return
		}
		checkAccounting(t, "fuzz", s, d)
		checkModel(t, s, d)
	})
}

type headerCase struct {
	name, text string
	want       headerFields
}

// headerCases are the headers of TestParseHeaderFields.
func headerCases() []headerCase {
	const body = "1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n"
	const qdBody = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n"
	return []headerCase{
		{
			name: "preamble date after a QĐ header",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n" +
				"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "VỀ VIỆC GIAO NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "number and date on one pipe row, then the preamble",
			text: "Số: 37/QĐ-UBND | Bắc Giang, ngày 02 tháng 4 năm 2024 |\nCăn cứ Luật Đầu tư công ngày 13/6/2019;\nQUYẾT ĐỊNH:\n" +
				"Điều 1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/9/2024.\n",
			want: headerFields{"37/QĐ-UBND", "2024-04-02", "Bắc Giang", "Quyết định", "", ""},
		},
		{
			name: "a preamble clause wrapped before its date",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\n" +
				"ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính\nquyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" +
				"Điều 1. Giao Văn phòng UBND tỉnh chủ trì, hoàn thành trước ngày 30/6/2024.\n",
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "BAN HÀNH QUY CHẾ LÀM VIỆC", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a chỉ thị whose preamble cites a law",
			text: hdrTop + "Số: 08/CT-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nCHỈ THỊ\nVỀ TĂNG CƯỜNG KỶ LUẬT HÀNH CHÍNH\n" +
				"Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;\nChủ tịch UBND tỉnh yêu cầu:\n" + body,
			want: headerFields{"08/CT-UBND", "2024-05-10", "Bắc Giang", "Chỉ thị", "VỀ TĂNG CƯỜNG KỶ LUẬT HÀNH CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "web page menu and metadata box above the header",
			text: "Trang chủ\nTra cứu văn bản\nĐăng nhập\nSố hiệu: 40/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Bắc Giang\n" +
				"Ngày ban hành: 12/03/2024 Tình trạng: Còn hiệu lực\n\n" + hdrTop +
				"Số: 40/KH-UBND\nBắc Giang, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n" + body,
			want: headerFields{"40/KH-UBND", "2024-03-12", "Bắc Giang", "Kế hoạch", "CẢI CÁCH HÀNH CHÍNH NĂM 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a list of related documents above a pipe header",
			text: "- 1Quyết định 06/QĐ-TTg năm 2022 phê duyệt Đề án do Thủ tướng Chính phủ ban hành\n" +
				"- 2Chỉ thị 05/CT-TTg năm 2023 do Thủ tướng Chính phủ ban hành\n- 3Nghị định 45/2020/NĐ-CP về thủ tục hành chính\n" +
				"- 4Thông tư 01/2023/TT-VPCP hướng dẫn\n- 5Kế hoạch 12/KH-UBND năm 2023\n" +
				"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/KH-UBND | Bắc Giang, ngày 12 tháng 4 năm 2024 |\n" +
				"KẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN 06 NĂM 2024\n" + body,
			want: headerFields{"45/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024", "ỦY BAN NHÂN DÂN"},
		},
		{
			name: "upper-case page text right above the issuer",
			text: "VĂN BẢN GỐC\n" + hdrTop + "Số: 40/KH-UBND\nBắc Giang, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n" + body,
			want: headerFields{"40/KH-UBND", "2024-03-12", "Bắc Giang", "Kế hoạch", "CẢI CÁCH HÀNH CHÍNH NĂM 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "no-break spaces in the place-and-date line",
			text: hdrTop + "Số: 40/KH-UBND\nBắc\u00a0Giang,\u00a0ngày\u00a012 tháng 3 năm 2024\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n" + body,
			want: headerFields{"40/KH-UBND", "2024-03-12", "Bắc Giang", "Kế hoạch", "CẢI CÁCH HÀNH CHÍNH NĂM 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "header table flattened into one line",
			text: "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " +
				"Số: 12/KH-UBND Bắc Giang, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai Đề án 06\n" + body,
			want: headerFields{"12/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "Triển khai Đề án 06", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "number, date and type on one line",
			text: hdrTop + "Số: 12/KH-UBND   Bắc Giang, ngày 12 tháng 4 năm 2024   KẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN 06\n" + body,
			want: headerFields{"12/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "TRIỂN KHAI ĐỀ ÁN 06", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "type and subject on one line",
			text: hdrTop + "Số: 12/KH-UBND\nBắc Giang, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH Triển khai Đề án 06 năm 2024\n" + body,
			want: headerFields{"12/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "Triển khai Đề án 06 năm 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "upper-case type and subject on one line",
			text: hdrTop + "Số: 12/CT-UBND\nBắc Giang, ngày 12 tháng 4 năm 2024\nCHỈ THỊ VỀ TĂNG CƯỜNG KỶ LUẬT HÀNH CHÍNH\n" + body,
			want: headerFields{"12/CT-UBND", "2024-04-12", "Bắc Giang", "Chỉ thị", "VỀ TĂNG CƯỜNG KỶ LUẬT HÀNH CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a subject opening with a type name under a lost type line",
			text: "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 06/2024/QĐ-UBND | Bắc Giang, ngày 25 tháng 01 năm 2024 |\n" +
				"QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"06/2024/QĐ-UBND", "2024-01-25", "Bắc Giang", "Quyết định", "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ", "ỦY BAN NHÂN DÂN"},
		},
		{
			name: "number wrapped into the next cell",
			text: hdrTop + "Số:\n45/KH-UBND\n|\nBắc Giang, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nVỀ CHUYỂN ĐỔI SỐ\n" + body,
			want: headerFields{"45/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "VỀ CHUYỂN ĐỔI SỐ", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "issuer wrapped one word to a cell",
			text: "ỦY\nBAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
				"Số: 45/KH-UBND\nBắc Giang, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nVỀ CHUYỂN ĐỔI SỐ\n" + body,
			want: headerFields{"45/KH-UBND", "2024-04-12", "Bắc Giang", "Kế hoạch", "VỀ CHUYỂN ĐỔI SỐ", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "place wrapped before its date",
			text: hdrTop + "Số: 05/CT-UBND\nBắc Giang,\nngày 12 tháng 4 năm 2024\nCHỈ THỊ\nVỀ ĐẨY MẠNH CHUYỂN ĐỔI SỐ\n" + body,
			want: headerFields{"05/CT-UBND", "2024-04-12", "Bắc Giang", "Chỉ thị", "VỀ ĐẨY MẠNH CHUYỂN ĐỔI SỐ", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "subject stops at the chairman's authority line",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ chuyển đổi số\n" +
				"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "Về việc giao nhiệm vụ chuyển đổi số", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "subject stops at the Prime Minister and at QUYẾT ĐỊNH:",
			text: "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 100/QĐ-TTg\n" +
				"Hà Nội, ngày 12 tháng 4 năm 2024\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n" +
				"Điều 1. Phê duyệt Chương trình chuyển đổi số năm 2024.\n",
			want: headerFields{"100/QĐ-TTg", "2024-04-12", "Hà Nội", "Quyết định", "PHÊ DUYỆT CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ", "THỦ TƯỚNG CHÍNH PHỦ"},
		},
		{
			name: "subject stops at a minister",
			text: "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV\n" +
				"Hà Nội, ngày 08 tháng 01 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH\nBỘ TRƯỞNG BỘ NỘI VỤ\n" + qdBody,
			want: headerFields{"15/QĐ-BNV", "2024-01-08", "Hà Nội", "Quyết định", "BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", "BỘ NỘI VỤ"},
		},
		{
			name: "a subject line ending in a joining word goes on",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nQUY ĐỊNH TRÁCH NHIỆM CỦA\n" +
				"ỦY BAN NHÂN DÂN CÁC HUYỆN\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "QUY ĐỊNH TRÁCH NHIỆM CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a wrapped conclusion subject naming a chairman",
			text: hdrTop + "Số: 45/TB-UBND\nBắc Giang, ngày 12 tháng 4 năm 2024\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ\n" +
				"CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CẢI CÁCH HÀNH CHÍNH\n" + body,
			want: headerFields{"45/TB-UBND", "2024-04-12", "Bắc Giang", "Thông báo", "KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CẢI CÁCH HÀNH CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a công điện subject in mixed case, then the sender",
			text: "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 30/CĐ-TTg\n" +
				"Hà Nội, ngày 02 tháng 4 năm 2024\nCÔNG ĐIỆN\nVề việc tập trung giải ngân vốn đầu tư công\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n" +
				"- Bộ trưởng các Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n1. Các Bộ hoàn thành giải ngân trước ngày 30/6/2024.\n",
			want: headerFields{"30/CĐ-TTg", "2024-04-02", "Hà Nội", "Công điện", "Về việc tập trung giải ngân vốn đầu tư công", "THỦ TƯỚNG CHÍNH PHỦ"},
		},
		{
			name: "a subject naming a body on its second line",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC KIỆN TOÀN\n" +
				"BAN CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN 06 TỈNH\nỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "VỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN 06 TỈNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a subject naming a title on its second line",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO\n" +
				"CHỦ TỊCH UBND CÁC HUYỆN THỰC HIỆN CẢI CÁCH HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "VỀ VIỆC GIAO CHỦ TỊCH UBND CÁC HUYỆN THỰC HIỆN CẢI CÁCH HÀNH CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "header that lost its type line",
			text: "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2024/QĐ-UBND | Bắc Giang, ngày 22 tháng 10 năm 2024 |\n" +
				"BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"41/2024/QĐ-UBND", "2024-10-22", "Bắc Giang", "Quyết định", "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO", "ỦY BAN NHÂN DÂN"},
		},
		{
			name: "header that lost its type line and subject",
			text: "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 42/QĐ-UBND | Bắc Giang, ngày 22 tháng 10 năm 2024 |\n" +
				"QUYẾT ĐỊNH:\nĐiều 1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n",
			want: headerFields{"42/QĐ-UBND", "2024-10-22", "Bắc Giang", "Quyết định", "", "ỦY BAN NHÂN DÂN"},
		},
		{
			name: "mixed-case conclusion subject of a thông báo",
			text: hdrTop + "Số: 45/TB-UBND\nBắc Giang, ngày 12 tháng 4 năm 2024\nTHÔNG BÁO\n" +
				"Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Nội vụ\n" + body,
			want: headerFields{"45/TB-UBND", "2024-04-12", "Bắc Giang", "Thông báo", "Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Nội vụ", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "mixed-case plan subject, wrapped, then the preamble",
			text: hdrTop + "Số: 20/KH-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn tỉnh\n" +
				"năm 2024\nThực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ;\n" + body,
			want: headerFields{"20/KH-UBND", "2024-03-05", "Bắc Giang", "Kế hoạch", "Triển khai Đề án 06 trên địa bàn tỉnh năm 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "mixed-case subject then a preamble clause straight on",
			text: hdrTop + "Số: 15/CT-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\nVề đẩy mạnh chuyển đổi số\n" +
				"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" + body,
			want: headerFields{"15/CT-UBND", "2024-03-05", "Bắc Giang", "Chỉ thị", "Về đẩy mạnh chuyển đổi số", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "mixed-case subject wrapped before a name",
			text: hdrTop + "Số: 21/QĐ-UBND\nBắc Giang, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc kiện toàn\n" +
				"Ban Chỉ đạo thực hiện Đề án 06 tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" + qdBody,
			want: headerFields{"21/QĐ-UBND", "2024-05-10", "Bắc Giang", "Quyết định", "Về việc kiện toàn Ban Chỉ đạo thực hiện Đề án 06 tỉnh", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "mixed-case subject, then the body straight on",
			text: hdrTop + "Số: 15/CT-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n" +
				"Thời gian qua, công tác cải cách hành chính\nđã đạt được nhiều kết quả tích cực.\n" + body,
			want: headerFields{"15/CT-UBND", "2024-03-05", "Bắc Giang", "Chỉ thị", "Về tăng cường kỷ luật hành chính", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "a body paragraph under the type line is no subject",
			text: hdrTop + "Số: 15/CT-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\n" +
				"Thời gian qua, công tác cải cách hành chính trên địa bàn tỉnh đã đạt được nhiều kết quả,\n" +
				"song vẫn còn một số hạn chế trong giải quyết thủ tục hành chính cho người dân và doanh nghiệp;\n" + body,
			want: headerFields{"15/CT-UBND", "2024-03-05", "Bắc Giang", "Chỉ thị", "", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "motto whose dashes the PDF conversion lost",
			text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 19/QĐ-UBND\nCỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\n" +
				"Bắc Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qdBody,
			want: headerFields{"19/QĐ-UBND", "2019-08-28", "Bắc Giang", "Quyết định", "BAN HÀNH QUY CHẾ PHỐI HỢP", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		},
		{
			name: "city place name with a lower-case word, wrapped",
			text: "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
				"Số: 12/CT-UBND\nThành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025\nCHỈ THỊ\nVỀ CẢI CÁCH HÀNH CHÍNH\n" + body,
			want: headerFields{"12/CT-UBND", "2025-11-28", "Thành phố Hồ Chí Minh", "Chỉ thị", "VỀ CẢI CÁCH HÀNH CHÍNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"},
		},
	}
}

// TestParseHeaderSkipsWebText checks that the lines above a header found
// further down are reported, one warning each, and that the first of them
// is not read as the header.
func TestParseHeaderSkipsWebText(t *testing.T) {
	junk := []string{"Trang chủ", "Văn bản pháp luật", "Tra cứu", "Dự thảo", "Liên hệ", "Góp ý", "Đăng ký"}
	text := strings.Join(junk, "\n") + "\n" + hdrTop + "Số: 20/KH-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n" +
		"CẢI CÁCH HÀNH CHÍNH NĂM 2024\n1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n"
	d, err := Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range d.Warnings {
		if strings.HasPrefix(w.Msg, "text before the header: ") {
			got = append(got, strings.TrimPrefix(w.Msg, "text before the header: "))
		}
	}
	if strings.Join(got, "|") != strings.Join(junk, "|") {
		t.Errorf("warnings about text before the header = %q, want %q", got, junk)
	}
	if d.Number.String() != "20/KH-UBND" || d.Issuer != "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" {
		t.Errorf("number %q issuer %q", d.Number.String(), d.Issuer)
	}
}

// TestIsDateLine checks the place-and-date line test on folded lines: a
// line that goes on past its date, or whose place is a preamble clause,
// is not one.
func TestIsDateLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Hải Phòng, ngày 14 tháng 6 năm 2024", true},
		{"Hà Nội, ngày 18", true},
		{"Bình Định, ngày", true},
		{"Hải Phòng, ngày tháng năm 2024", true},
		{"Hà Nội ngày 5 tháng 3 năm 2024", true},
		{"Hà Nội, ngày 05/3/2024.", true},
		{"ngày 12 tháng 4 năm 2024", true},
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", false},
		{"Căn cứ Luật Đầu tư công ngày 13/6/2019", false},
		{"quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi", false},
		{"Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019 của Quốc hội", false},
		{"Ngày 08/12/2023 UBND tỉnh đã ban hành Công văn", false},
		{"Số: 12/CT-UBND", false},
		{"ngày", false},
	}
	for _, tt := range tests {
		if got := isDateLine(vntext.Fold(tt.line).Text) >= 0; got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestParseIssuerFromContext checks that a people's committee printed
// without its locality (a table-cell conversion dropped the province)
// resolves from the authority line or from the place, and that a place
// the registry does not know as a province leaves it unresolved.
func TestParseIssuerFromContext(t *testing.T) {
	const qd = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n"
	const kh = "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n"
	tests := []struct {
		name, text, wantID string
	}{
		{"authority line", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/QĐ-UBND | Hà Nội, ngày 10 tháng 5 năm 2024 |\n" +
			"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" + qd, "bac-giang.ubnd"},
		{"place of a province", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 40/KH-UBND | Bắc Giang, ngày 12 tháng 3 năm 2024 |\n" + kh, "bac-giang.ubnd"},
		{"place of a city", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 40/KH-UBND | Hà Nội, ngày 12 tháng 3 năm 2024 |\n" + kh, "ha-noi.ubnd"},
		{"place of a district", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 40/KH-UBND | Hoài Nhơn, ngày 12 tháng 3 năm 2024 |\n" + kh, ""},
		{"printed in full", hdrTop + "Số: 40/KH-UBND\nHà Nội, ngày 12 tháng 3 năm 2024\n" + kh, "bac-giang.ubnd"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.text, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if string(d.IssuerID) != tt.wantID {
			t.Errorf("%s: IssuerID = %q, want %q (issuer %q)", tt.name, d.IssuerID, tt.wantID, d.Issuer)
		}
	}
}

// TestParseHeaderAfterLongMenu checks that a header under a hundred lines
// of site menu is still found.
func TestParseHeaderAfterLongMenu(t *testing.T) {
	var sb strings.Builder
	for k := range 100 {
		sb.WriteString("Chuyên mục tin tức số ")
		sb.WriteString(strings.Repeat("I", k%5+1))
		sb.WriteString("\n")
	}
	sb.WriteString(hdrTop + "Số: 20/KH-UBND\nBắc Giang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n" +
		"1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.\n")
	h := headerOf(t, "long menu", sb.String())
	want := headerFields{"20/KH-UBND", "2024-03-05", "Bắc Giang", "Kế hoạch", "CẢI CÁCH HÀNH CHÍNH NĂM 2024", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"}
	if h != want {
		t.Errorf("header\n got  %+v\n want %+v", h, want)
	}
}

// TestIsMottoLine checks the motto test on folded lines, with the dashes
// and spaces that PDF conversion loses, and on a sentence of the body
// that speaks of independence and freedom.
func TestIsMottoLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true},
		{"Độc lập - Tự do - Hạnh phúc", true},
		{"CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM", true},
		{"Độc lập  Tự do  Hạnh phúc", true},
		{"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true},
		{"CỘNG", true},
		{"Giữ vững nền độc lập, tự do và hạnh phúc của Nhân dân trong mọi hoàn cảnh.", false},
		{"VIỆT NAM", false},
		{"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", false},
	}
	for _, tt := range tests {
		if got := isMottoLine(vntext.Fold(tt.line).Text); got != tt.want {
			t.Errorf("isMottoLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestParseNewsIsNoDirective checks that a news paragraph opening with a
// date ("Ngày 08/12/2023 UBND tỉnh đã ban hành …") is not read as a
// header's date line.
func TestParseNewsIsNoDirective(t *testing.T) {
	text := "Ngày 08/12/2023 UBND tỉnh đã ban hành Công văn số 5012/UBND-KTN về việc tăng cường cải cách hành chính.\n" +
		"Theo đó, các sở, ngành được yêu cầu rà soát thủ tục hành chính.\n"
	if d, err := Parse(text, nil); err == nil {
		t.Errorf("Parse = number %q date %q, want a not-a-directive error", d.Number.String(), d.Issued.Text)
	}
}
