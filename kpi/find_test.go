package kpi

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/chidao/chidao/calendar"
)

// want is the expected shape of a found target.
type want struct {
	Op     Op
	Value  Percent
	Max    Percent
	Metric string
	Verb   string
	Text   string
}

func shape(ts []Target) []want {
	var out []want
	for _, t := range ts {
		out = append(out, want{t.Op, t.Value, t.Max, t.Metric, t.Verb, t.Text})
	}
	return out
}

func TestFindTargetsDocuments(t *testing.T) {
	tests := []struct {
		file  string
		want  []want
		stats int // number of statistics (no target among them)
	}{
		{"haiphong-bcd-de-an-06-2024.txt", []want{
			{OpGE, Full, 0, "hệ thống thông tin giải quyết thủ tục hành chính", "",
				"100% hệ thống thông tin giải quyết thủ tục hành chính"},
			{OpGE, Full, 0, "hệ thống thông tin được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt", "",
				"100% hệ thống thông tin được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt"},
			{OpGE, Full, 0, "người dân đã có tài khoản", "", "100% người dân đã có tài khoản"},
			{OpGE, Whole(10), 0, "tổng số thu từ tiền sử dụng đất, tiền thuê đất", "",
				"tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền thuê đất"},
			{OpGE, Full, 0, "người tham gia có Căn cước công dân, số Định danh cá nhân được xác thực thông tin với Cơ sở dữ liệu quốc gia về dân cư", "",
				"100% người tham gia có Căn cước công dân, số Định danh cá nhân được xác thực thông tin với Cơ sở dữ liệu quốc gia về dân cư"},
		}, 0},
		{"02_cd-220-ttg-cat-giam-tthc.txt", []want{
			{OpGE, Whole(30), 0, "việc rà soát, bổ sung phương án cắt giảm điều kiện kinh doanh", "cắt giảm",
				"việc rà soát, bổ sung phương án cắt giảm điều kiện kinh doanh bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%"},
			{OpGE, Full, 0, "TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, thông suốt, liền mạch, hiệu quả", "",
				"100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, thông suốt, liền mạch, hiệu quả"},
			{OpGE, Full, 0, "TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh", "",
				"100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh"},
		}, 54},
		{"06_ct-012-ubnd-daklak-cai-cach-tthc.txt", []want{
			{OpGE, Whole(30), 0, "thời gian thực hiện TTHC", "cắt giảm", "cắt giảm tối thiểu 30% thời gian thực hiện TTHC"},
		}, 0},
		{"07_kh-308-ubnd-hanoi-nq214-du-lieu-de-an-06.txt", nil, 0},
		{"09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt", []want{
			{OpGE, Full, 0, "việc cập nhật lý lịch cán bộ, công chức, viên chức", "",
				"100% việc cập nhật lý lịch cán bộ, công chức, viên chức"},
		}, 0},
	}
	for _, tt := range tests {
		b, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		ts, ss := Find(src)
		if diff := cmp.Diff(tt.want, shape(ts)); diff != "" {
			t.Errorf("%s: targets (-want +got):\n%s", tt.file, diff)
		}
		if len(ss) != tt.stats {
			t.Errorf("%s: %d statistics; want %d", tt.file, len(ss), tt.stats)
		}
		checkSpans(t, src, ts, ss)
		// The same document unaccented and in NFD finds the same targets.
		for name, form := range map[string]string{"NFD": norm.NFD.String(src)} {
			ts2 := FindTargets(form)
			if len(ts2) != len(ts) {
				t.Errorf("%s %s: %d targets; want %d", tt.file, name, len(ts2), len(ts))
				continue
			}
			for i := range ts2 {
				if ts2[i].Op != ts[i].Op || ts2[i].Value != ts[i].Value || norm.NFC.String(ts2[i].Metric) != ts[i].Metric {
					t.Errorf("%s %s: target %d = %v; want %v", tt.file, name, i, ts2[i], ts[i])
				}
			}
		}
	}
}

// TestNoStatisticIsTarget checks the statistics of the sample directive 02
// one by one: the report sentences and its tables.
func TestStatisticsInDirective02(t *testing.T) {
	b, err := os.ReadFile("testdata/02_cd-220-ttg-cat-giam-tthc.txt")
	if err != nil {
		t.Fatal(err)
	}
	ss := FindStatistics(string(b))
	type st struct {
		Text     string
		Num, Den int64
	}
	var got []st
	for _, s := range ss {
		if strings.HasPrefix(s.Text, "100%") || strings.Contains(s.Text, ".") && !strings.Contains(s.Text, " ") {
			continue // table cells
		}
		got = append(got, st{s.Text, s.Num, s.Den})
	}
	want := []st{
		{"đạt 62,8%", 3071, 4888},
		{"đạt 32,5%", 2269, 6974},
		{"chiếm 52,3%", 3507, 6708},
		{"là 69,87%", 0, 0},
		{"cơ bản đạt trên 90%", 0, 0},
		{"06/34 địa phương tỷ lệ đạt dưới 90%", 0, 0},
		{"87,73%", 0, 0}, {"87,26%", 0, 0}, {"85,96%", 0, 0}, {"68%", 0, 0}, {"76,29%", 0, 0}, {"59,42%", 0, 0},
		{"đã công bố 100%", 0, 0},
		{"28,05%", 0, 0}, {"28,57%", 0, 0}, {"59,42%", 0, 0},
		{"13%", 0, 0}, {"22,3%", 0, 0}, {"33,8%", 0, 0}, {"39,5%", 0, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statistics (-want +got):\n%s", diff)
	}
}

func checkSpans(t *testing.T, src string, ts []Target, ss []Statistic) {
	t.Helper()
	end := 0
	for _, x := range ts {
		if x.Start < end || x.Start > x.End || x.End > len(src) {
			t.Errorf("target span [%d,%d) out of order or bounds (prev end %d, len %d)", x.Start, x.End, end, len(src))
			return
		}
		if x.MetricStart < x.Start || x.MetricEnd > x.End || x.MetricStart > x.MetricEnd {
			t.Errorf("metric span [%d,%d) outside target [%d,%d)", x.MetricStart, x.MetricEnd, x.Start, x.End)
		}
		if x.Op == OpUnknown || x.Max != 0 && x.Max <= x.Value {
			t.Errorf("target %+v: bad operator or range", x)
		}
		if got := collapseSpace(src[x.Start:x.End]); got != x.Text {
			t.Errorf("text %q does not match its span %q", x.Text, got)
		}
		end = x.End
	}
	end = 0
	for _, x := range ss {
		if x.Start < end || x.Start > x.End || x.End > len(src) {
			t.Errorf("statistic span [%d,%d) out of order or bounds", x.Start, x.End)
			return
		}
		end = x.End
	}
}

type phraseCase struct {
	in   string
	want []want
}

// phraseCases are sentences with their exact targets (nil: statistics
// only). FuzzFind is seeded from them.
func phraseCases() []phraseCase {
	return []phraseCase{
		{"Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.", []want{{OpGE, Whole(80), 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%"}}},
		{"bảo đảm ít nhất 85% hồ sơ được giải quyết đúng hạn;", []want{{OpGE, Whole(85), 0, "hồ sơ được giải quyết đúng hạn", "", "ít nhất 85% hồ sơ được giải quyết đúng hạn"}}},
		{"tỷ lệ hồ sơ trễ hạn không quá 5%.", []want{{OpLE, Whole(5), 0, "tỷ lệ hồ sơ trễ hạn", "", "tỷ lệ hồ sơ trễ hạn không quá 5%"}}},
		{"tỷ lệ sai sót không vượt quá 2,5% tổng số hồ sơ", []want{{OpLE, 25000, 0, "tỷ lệ sai sót", "", "tỷ lệ sai sót không vượt quá 2,5% tổng số hồ sơ"}}},
		{"tỷ lệ hài lòng không thấp hơn 90%", []want{{OpGE, Whole(90), 0, "tỷ lệ hài lòng", "", "tỷ lệ hài lòng không thấp hơn 90%"}}},
		{"đạt từ 80% trở lên số hồ sơ nộp trực tuyến", []want{{OpGE, Whole(80), 0, "số hồ sơ nộp trực tuyến", "", "từ 80% trở lên số hồ sơ nộp trực tuyến"}}},
		{"tỷ lệ giải ngân đạt trên 95% kế hoạch vốn", []want{{OpGT, Whole(95), 0, "tỷ lệ giải ngân", "", "tỷ lệ giải ngân đạt trên 95% kế hoạch vốn"}}},
		{"tăng trưởng phải đạt hơn 8%", []want{{OpGT, Whole(8), 0, "tăng trưởng", "", "tăng trưởng phải đạt hơn 8%"}}},
		{"phấn đấu thu ngân sách vượt 10% dự toán", []want{{OpGT, Whole(10), 0, "dự toán", "", "vượt 10% dự toán"}}},
		{"nợ xấu tối đa 3% tổng dư nợ", []want{{OpLE, Whole(3), 0, "tổng dư nợ", "", "tối đa 3% tổng dư nợ"}}},
		{"tỷ lệ hộ nghèo dưới 1,5%", []want{{OpLT, 15000, 0, "tỷ lệ hộ nghèo", "", "tỷ lệ hộ nghèo dưới 1,5%"}}},
		{"đảm bảo 100% cán bộ được tập huấn trước ngày 31/12/2024", []want{{OpGE, Full, 0, "cán bộ được tập huấn", "", "100% cán bộ được tập huấn"}}},
		{"Bảo đảm tỷ lệ bao phủ bảo hiểm y tế từ 70% đến 80% dân số", []want{{OpGE, Whole(70), Whole(80), "tỷ lệ bao phủ bảo hiểm y tế", "", "tỷ lệ bao phủ bảo hiểm y tế từ 70% đến 80% dân số"}}},
		{"tỷ lệ từ 70 đến 80% dân số", []want{{OpGE, Whole(70), Whole(80), "dân số", "", "từ 70 đến 80% dân số"}}},
		{"- 100% xã, phường có điểm phục vụ; 90% hộ gia đình có tài khoản.", []want{
			{OpGE, Full, 0, "xã, phường có điểm phục vụ", "", "100% xã, phường có điểm phục vụ"},
			{OpGE, Whole(90), 0, "hộ gia đình có tài khoản", "", "90% hộ gia đình có tài khoản"},
		}},
		{"giảm ít nhất 20% thời gian giải quyết, trình UBND tỉnh trong quý III", []want{{OpGE, Whole(20), 0, "thời gian giải quyết", "giảm", "giảm ít nhất 20% thời gian giải quyết"}}},
		{"giảm xuống dưới 5% số hồ sơ trễ hạn", []want{{OpLT, Whole(5), 0, "số hồ sơ trễ hạn", "", "giảm xuống dưới 5% số hồ sơ trễ hạn"}}},
		{"100% hồ sơ được tiếp nhận, giải quyết đúng hạn và trả kết quả điện tử trong năm 2025", []want{{OpGE, Full, 0, "hồ sơ được tiếp nhận, giải quyết đúng hạn và trả kết quả điện tử", "", "100% hồ sơ được tiếp nhận, giải quyết đúng hạn và trả kết quả điện tử"}}},
		{"100% thủ tục của thành phố được số hóa", []want{{OpGE, Full, 0, "thủ tục", "", "100% thủ tục"}}},
		{"cấp tài khoản cho 100 phần trăm học sinh để sử dụng", []want{{OpGE, Full, 0, "học sinh", "", "100 phần trăm học sinh"}}},
		{"tỷ lệ ≥ 95% hồ sơ", []want{{OpGE, Whole(95), 0, "hồ sơ", "", "≥ 95% hồ sơ"}}},
		{"tỷ lệ <= 5% hồ sơ", []want{{OpLE, Whole(5), 0, "hồ sơ", "", "<= 5% hồ sơ"}}},
		// Unaccented.
		{"dam bao toi thieu 10% tong so thu tu tien su dung dat de dau tu", []want{{OpGE, Whole(10), 0, "tong so thu tu tien su dung dat", "", "toi thieu 10% tong so thu tu tien su dung dat"}}},
		{"100% he thong thong tin giai quyet thu tuc hanh chinh truoc ngay 30/6/2024", []want{{OpGE, Full, 0, "he thong thong tin giai quyet thu tuc hanh chinh", "", "100% he thong thong tin giai quyet thu tuc hanh chinh"}}},
		// Sentences in the style of plans and directives.
		{"Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% tổng số hồ sơ.", []want{
			{OpGE, 500000, 0, "tỷ lệ hồ sơ trực tuyến toàn trình", "", "tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% tổng số hồ sơ"},
		}},
		{"Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%.", []want{
			{OpGE, 1000000, 0, "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%"},
		}},
		{"Tỷ lệ người dân, doanh nghiệp hài lòng đạt trên 90%.", []want{
			{OpGT, 900000, 0, "Tỷ lệ người dân, doanh nghiệp hài lòng", "", "Tỷ lệ người dân, doanh nghiệp hài lòng đạt trên 90%"},
		}},
		{"giảm 30% thời gian đi lại, chi phí cho người dân", []want{
			{OpGE, 300000, 0, "thời gian đi lại, chi phí cho người dân", "giảm", "giảm 30% thời gian đi lại, chi phí cho người dân"},
		}},
		{"b) 80% dịch vụ công trực tuyến toàn trình được tích hợp lên Cổng Dịch vụ công quốc gia trong năm 2024", []want{
			{OpGE, 800000, 0, "dịch vụ công trực tuyến toàn trình được tích hợp lên Cổng Dịch vụ công quốc gia", "", "80% dịch vụ công trực tuyến toàn trình được tích hợp lên Cổng Dịch vụ công quốc gia"},
		}},
		{"bảo đảm tỷ lệ giải ngân đạt 100% vào cuối năm 2024", []want{
			{OpGE, 1000000, 0, "tỷ lệ giải ngân", "", "tỷ lệ giải ngân đạt 100%"},
		}},
		{"Tỷ lệ hồ sơ giải quyết trễ hạn giảm còn dưới 2%.", []want{
			{OpLT, 20000, 0, "Tỷ lệ hồ sơ giải quyết trễ hạn", "", "Tỷ lệ hồ sơ giải quyết trễ hạn giảm còn dưới 2%"},
		}},
		{"Hoàn thành 100% chỉ tiêu được giao trước ngày 15/12/2024.", []want{
			{OpGE, 1000000, 0, "chỉ tiêu được giao", "", "100% chỉ tiêu được giao"},
		}},
		{"TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẠT TỐI THIỂU 80%", []want{
			{OpGE, 800000, 0, "TỶ LỆ HỒ SƠ TRỰC TUYẾN", "", "TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẠT TỐI THIỂU 80%"},
		}},
		{"Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên.", []want{
			{OpGE, 1000000, 0, "thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình", "", "100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình"},
			{OpGE, 500000, 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên"},
		}},
		{"đảm bảo tỷ lệ hồ sơ được xử lý đúng hạn đạt trên 98%, tỷ lệ hài lòng đạt trên 95%; hoàn thành trong quý II/2025", []want{
			{OpGT, 980000, 0, "tỷ lệ hồ sơ được xử lý đúng hạn", "", "tỷ lệ hồ sơ được xử lý đúng hạn đạt trên 98%"},
			{OpGT, 950000, 0, "tỷ lệ hài lòng", "", "tỷ lệ hài lòng đạt trên 95%"},
		}},
		{"Tỷ lệ che phủ rừng ổn định ở mức 47%", []want{
			{OpGE, 470000, 0, "Tỷ lệ che phủ rừng", "", "Tỷ lệ che phủ rừng ổn định ở mức 47%"},
		}},
		{"100% các cơ quan, đơn vị sử dụng văn bản điện tử (trừ văn bản mật)", []want{
			{OpGE, 1000000, 0, "các cơ quan, đơn vị sử dụng văn bản điện tử", "", "100% các cơ quan, đơn vị sử dụng văn bản điện tử"},
		}},
		{"thu ngân sách tăng ít nhất 10% so với dự toán", []want{
			{OpGE, 100000, 0, "thu ngân sách", "tăng", "thu ngân sách tăng ít nhất 10%"},
		}},
		{"Kết quả: tỷ lệ hồ sơ đúng hạn đạt 98,5%, tăng 2,1% so với năm 2023.", nil},
		{"Đến nay, 95% xã đã kết nối mạng", nil},
		{"trong đó 45% hồ sơ nộp trực tuyến", nil},
		// A change opening its sentence is a command: a target against its
		// baseline (Baseline "năm 2024").
		{"Tăng 15% so với năm 2024", []want{{OpGE, Whole(15), 0, "", "Tăng", "Tăng 15%"}}},
		{"Phấn đấu tăng trưởng kinh tế đạt 8% trở lên", []want{
			{OpGE, 80000, 0, "tăng trưởng kinh tế", "", "tăng trưởng kinh tế đạt 8% trở lên"},
		}},
		{"Giao Sở Nội vụ bảo đảm 100% cán bộ, công chức được đánh giá, xếp loại hằng năm", []want{
			{OpGE, 1000000, 0, "cán bộ, công chức được đánh giá, xếp loại", "", "100% cán bộ, công chức được đánh giá, xếp loại"},
		}},
		{"100% hồ sơ được số hóa, trong đó tối thiểu 50% hồ sơ được tái sử dụng", []want{
			{OpGE, 1000000, 0, "hồ sơ được số hóa", "", "100% hồ sơ được số hóa"},
			{OpGE, 500000, 0, "hồ sơ được tái sử dụng", "", "tối thiểu 50% hồ sơ được tái sử dụng"},
		}},
		{"tỷ lệ thanh toán trực tuyến đạt 30 % trở lên trong năm 2024 và 50% trong năm 2025", []want{
			{OpGE, 300000, 0, "tỷ lệ thanh toán trực tuyến", "", "tỷ lệ thanh toán trực tuyến đạt 30 % trở lên"},
			{OpGE, 500000, 0, "tỷ lệ thanh toán trực tuyến", "", "50%"},
		}},
		{"Nâng tỷ lệ hồ sơ trực tuyến lên 60%", []want{
			{OpGE, 600000, 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến lên 60%"},
		}},
		{"giảm 10% biên chế so với năm 2021", []want{
			{OpGE, 100000, 0, "biên chế", "giảm", "giảm 10% biên chế"},
		}},
		{"đạt tỷ lệ 100%", []want{
			{OpGE, 1000000, 0, "", "", "đạt tỷ lệ 100%"},
		}},
		{"tỷ lệ giải ngân đạt từ 95% - 100% kế hoạch vốn", []want{
			{OpGE, 950000, 1000000, "tỷ lệ giải ngân", "", "tỷ lệ giải ngân đạt từ 95% - 100% kế hoạch vốn"},
		}},
		{"Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45,6%, thấp hơn bình quân cả nước.", nil},
		{"Thời gian qua, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", nil},
		{"Theo báo cáo, 85% hồ sơ được giải quyết đúng hạn.", nil},
		{"tỉnh xếp thứ 20/63 với 78,5% hồ sơ trực tuyến", nil},
		{"Cắt giảm 20% thời gian giải quyết thủ tục hành chính.", []want{
			{OpGE, Whole(20), 0, "thời gian giải quyết thủ tục hành chính", "Cắt giảm", "Cắt giảm 20% thời gian giải quyết thủ tục hành chính"},
		}},
		{"rút ngắn 30% thời gian xử lý hồ sơ", []want{
			{OpGE, Whole(30), 0, "thời gian xử lý hồ sơ", "rút ngắn", "rút ngắn 30% thời gian xử lý hồ sơ"},
		}},
		{"năm 2024 cắt giảm được 15% chi phí", nil},
		{"Tỷ lệ hồ sơ trực tuyến đạt được 85%.", nil},
		{"Mục tiêu cụ thể:\n- Đến hết năm 2024, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.\n- Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%.", []want{
			{OpGE, Full, 0, "thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "", "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình"},
			{OpGE, Whole(50), 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%"},
			{OpGT, Whole(90), 0, "Mức độ hài lòng của người dân, doanh nghiệp", "", "Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%"},
		}},
		{"Phấn đấu 70% người dân trong độ tuổi lao động được cấp tài khoản định danh điện tử, 50% người dân sử dụng ứng dụng VNeID.", []want{
			{OpGE, Whole(70), 0, "người dân trong độ tuổi lao động được cấp tài khoản định danh điện tử", "", "70% người dân trong độ tuổi lao động được cấp tài khoản định danh điện tử"},
			{OpGE, Whole(50), 0, "người dân sử dụng ứng dụng VNeID", "", "50% người dân sử dụng ứng dụng VNeID"},
		}},
		{"tỷ lệ thu phí, lệ phí trực tuyến đạt 30%, tỷ lệ thanh toán không dùng tiền mặt đạt 50%", []want{
			{OpGE, Whole(30), 0, "tỷ lệ thu phí, lệ phí trực tuyến", "", "tỷ lệ thu phí, lệ phí trực tuyến đạt 30%"},
			{OpGE, Whole(50), 0, "tỷ lệ thanh toán không dùng tiền mặt", "", "tỷ lệ thanh toán không dùng tiền mặt đạt 50%"},
		}},
		{"Giảm 20% số lượng văn bản giấy, tối thiểu 90% văn bản được ký số", []want{
			{OpGE, Whole(20), 0, "số lượng văn bản giấy", "Giảm", "Giảm 20% số lượng văn bản giấy"},
			{OpGE, Whole(90), 0, "văn bản được ký số", "", "tối thiểu 90% văn bản được ký số"},
		}},
		{"Tỷ lệ hồ sơ quá hạn dưới 1% (năm 2023 là 2,5%)", []want{
			{OpLT, Whole(1), 0, "Tỷ lệ hồ sơ quá hạn", "", "Tỷ lệ hồ sơ quá hạn dưới 1%"},
		}},
		{"Tỷ trọng bán lẻ trực tuyến trên 10%.", []want{
			{OpGT, Whole(10), 0, "Tỷ trọng bán lẻ trực tuyến", "", "Tỷ trọng bán lẻ trực tuyến trên 10%"},
		}},
		{"Tỷ lệ người từ 18 tuổi trở lên có tài khoản ngân hàng trên 70%.", []want{
			{OpGT, Whole(70), 0, "Tỷ lệ người từ 18 tuổi trở lên có tài khoản ngân hàng", "", "Tỷ lệ người từ 18 tuổi trở lên có tài khoản ngân hàng trên 70%"},
		}},
		{"Trên 60% hợp tác xã được dùng thử phần mềm kế toán.", []want{
			{OpGT, Whole(60), 0, "hợp tác xã được dùng thử phần mềm kế toán", "", "Trên 60% hợp tác xã được dùng thử phần mềm kế toán"},
		}},
		{"100% sở, ngành ban hành và tổ chức thực hiện kế hoạch số hóa.", []want{
			{OpGE, Full, 0, "sở, ngành ban hành và tổ chức thực hiện kế hoạch số hóa", "", "100% sở, ngành ban hành và tổ chức thực hiện kế hoạch số hóa"},
		}},
		{"Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 35% (năm trước là 20%); cấp huyện đạt 25% (năm trước là 12%).", nil},
		{"Giá trị xuất khẩu ước đạt 12,5%.", nil},
		{"Sáu tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 40,2%.", nil},
		{"Năm qua, các sở đã tích cực phấn đấu hoàn thành chỉ tiêu, tỷ lệ số hóa đạt 88%.", nil},
		{"Tỉnh đã hoàn thành 100% kế hoạch năm 2023.", nil},
		{"Hiện nay, yêu cầu các sở phấn đấu tỷ lệ số hóa đạt 90%.", []want{
			{OpGE, Whole(90), 0, "tỷ lệ số hóa", "", "tỷ lệ số hóa đạt 90%"},
		}},
		{"tỷ lệ hồ sơ trực tuyến ít nhất là 50%", []want{
			{OpGE, Whole(50), 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến ít nhất là 50%"},
		}},
		{"vốn đối ứng chiếm tối thiểu 30% tổng mức đầu tư", []want{
			{OpGE, Whole(30), 0, "tổng mức đầu tư", "", "tối thiểu 30% tổng mức đầu tư"},
		}},
		// Statistics, never targets.
		{"Tỷ lệ hồ sơ trực tuyến mới đạt 39,5%.", nil},
		{"Năm 2023 đã đạt 85% kế hoạch.", nil},
		{"Doanh thu tăng 12% so với cùng kỳ.", nil},
		{"Khu vực dịch vụ chiếm 30% GRDP.", nil},
		{"Năm 2023, thành phố đã đạt tỷ lệ 80% hồ sơ trực tuyến.", nil},
		{"Tỷ lệ trực tuyến là 69,87%; Sơn La (87,26%).", nil},
		{"tiền sử dụng đất 20% giá trị", nil},
	}
}

func TestFindTargetsPhrases(t *testing.T) {
	for _, tt := range phraseCases() {
		ts, ss := Find(tt.in)
		if diff := cmp.Diff(tt.want, shape(ts)); diff != "" {
			t.Errorf("Find(%q) targets (-want +got):\n%s", tt.in, diff)
		}
		checkSpans(t, tt.in, ts, ss)
		if tt.want == nil && len(ss) == 0 {
			t.Errorf("Find(%q): no statistic", tt.in)
		}
	}
}

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in   string
		want want
	}{
		{"tối thiểu 85%", want{OpGE, Whole(85), 0, "", "", "tối thiểu 85%"}},
		{"85%", want{OpGE, Whole(85), 0, "", "", "85%"}},
		{"không quá 5%", want{OpLE, Whole(5), 0, "", "", "không quá 5%"}},
		{"≤ 5%", want{OpLE, Whole(5), 0, "", "", "≤ 5%"}},
		{"từ 70% đến 80%", want{OpGE, Whole(70), Whole(80), "", "", "từ 70% đến 80%"}},
		{"70-80%", want{OpGE, Whole(70), Whole(80), "", "", "70-80%"}},
		{"tăng 12%", want{OpGE, Whole(12), 0, "", "tăng", "tăng 12%"}}, // the verb is no metric
	}
	for _, tt := range tests {
		got, err := ParseTarget(tt.in)
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, shape([]Target{got})[0]); diff != "" {
			t.Errorf("ParseTarget(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, in := range []string{"", "không có số", "đã đạt 85%", "chiếm 30%"} {
		if got, err := ParseTarget(in); err == nil {
			t.Errorf("ParseTarget(%q) = %v; want an error", in, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"100% hệ thống thông tin giải quyết thủ tục hành chính của thành phố trước ngày 30/6/2024.",
		"bảo đảm dành tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền thuê đất để đầu tư",
		"từ 70% đến 80%", "70-80%", "3.507/6.708 (chiếm 52,3%)", "≥ 5%", ">= 5 %", "100 phần trăm",
		"đạt từ 80% trở lên", "(80, 68%)", "- 100% xã; 90% hộ.", "%%%", "1,2,3%", "9999999999999999999%",
	} {
		f.Add(s)
	}
	for _, c := range phraseCases() {
		f.Add(c.in)
	}
	for _, c := range pastCases() {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, ss := Find(s)
		checkSpans(t, s, ts, ss)
		ts, ss = FindAsOf(s, calendar.Date{Year: 2024, Month: 3, Day: 5})
		checkSpans(t, s, ts, ss)
		_, _ = ParseTarget(s)
	})
}

// unaccent removes the diacritics of s the way a careless typist would,
// keeping case and everything else.
func unaccent(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		case r >= 0x300 && r <= 0x36f:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestFindTargetsUnaccented(t *testing.T) {
	for _, file := range []string{"haiphong-bcd-de-an-06-2024.txt", "02_cd-220-ttg-cat-giam-tthc.txt", "06_ct-012-ubnd-daklak-cai-cach-tthc.txt", "09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt"} {
		b, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		want := FindTargets(string(b))
		src := unaccent(string(b))
		got := FindTargets(src)
		if len(got) != len(want) {
			t.Errorf("%s unaccented: %d targets; want %d", file, len(got), len(want))
			for _, g := range got {
				t.Logf("  got %v", g)
			}
			continue
		}
		for i := range got {
			if got[i].Op != want[i].Op || got[i].Value != want[i].Value || got[i].Metric != unaccent(want[i].Metric) {
				t.Errorf("%s unaccented: target %d = %v; want %v", file, i, got[i], want[i])
			}
		}
		checkSpans(t, src, got, nil)
	}
}

func BenchmarkFindSeed(b *testing.B) {
	src, err := os.ReadFile("testdata/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = Find(s)
	}
}

func BenchmarkFindTargetsSentence(b *testing.B) {
	s := "bảo đảm dành tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền thuê đất để đầu tư cho công tác đo đạc"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = FindTargets(s)
	}
}

func BenchmarkParsePercent(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = ParsePercent("92,5 %")
	}
}

// TestFindTargetsPerLine checks that the seed's targets come out the same
// when each paragraph is searched alone, as the directive parser does with
// task texts.
func TestFindTargetsPerLine(t *testing.T) {
	b, err := os.ReadFile("testdata/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	whole := FindTargets(string(b))
	var parts []Target
	for _, line := range strings.Split(string(b), "\n") {
		parts = append(parts, FindTargets(line)...)
	}
	if diff := cmp.Diff(shape(whole), shape(parts)); diff != "" {
		t.Errorf("per line (-whole +lines):\n%s", diff)
	}
}

// TestFindTargetsJoinedByVa reads targets listed with "và" or "hoặc" as
// targets each, with their own metrics, as a list with commas is read.
func TestFindTargetsJoinedByVa(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string // op value metric
	}{
		{"phấn đấu đến năm 2025 có tối thiểu 70% hồ sơ được xử lý trực tuyến và 45% giao dịch thanh toán trực tuyến.",
			[]string{">= 70% hồ sơ được xử lý trực tuyến", ">= 45% giao dịch thanh toán trực tuyến"}},
		{"bảo đảm 100% hồ sơ được số hóa và 90% thủ tục được xử lý trực tuyến.",
			[]string{">= 100% hồ sơ được số hóa", ">= 90% thủ tục được xử lý trực tuyến"}},
		{"Phấn đấu 95% xã đạt chuẩn hoặc 80% hộ gia đình được sử dụng nước sạch.",
			[]string{">= 95% xã đạt chuẩn", ">= 80% hộ gia đình được sử dụng nước sạch"}},
		// A result after the goal is no target of the list.
		{"Phấn đấu 100% hồ sơ được số hóa; năm 2023 đã đạt 85% và 40% giao dịch trực tuyến.",
			[]string{">= 100% hồ sơ được số hóa"}},
	} {
		var got []string
		for _, x := range FindTargets(tt.in) {
			got = append(got, x.Op.String()+" "+x.Value.String()+" "+x.Metric)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindTargets(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
