package kpi

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/chidao/chidao/calendar"
)

type pastCase struct {
	in   string
	ref  string // the document's issue date, "" for none
	want []want // nil: statistics only
}

// pastCases are sentences that mix past results with demands, in the shapes
// of Chỉ thị, Thông báo kết luận and Kế hoạch: the results must be
// statistics and the demands targets.
func pastCases() []pastCase {
	return []pastCase{
		// Results of a past period or a comparison with the past.
		{"Sở Tài nguyên và Môi trường: năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45,2%, tăng 5,74% so cùng kỳ; năm 2024 phấn đấu đạt 60%.", "", []want{
			{OpGE, Whole(60), 0, "tỷ lệ hồ sơ trực tuyến", "", "đạt 60%"},
		}},
		{"Sở Tài nguyên và Môi trường: năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45,2%, tăng 5,74% so cùng kỳ; năm 2024 phấn đấu đạt 60%.", "2024-03-05", []want{
			{OpGE, Whole(60), 0, "tỷ lệ hồ sơ trực tuyến", "", "đạt 60%"},
		}},
		{"So nam 2023 ty le ho so truc tuyen tang 5,74%; nam 2024 phan dau dat 60%.", "", []want{
			{OpGE, Whole(60), 0, "ty le ho so truc tuyen", "", "dat 60%"},
		}},
		{"Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45,2%; năm 2024 đạt 60%.", "2024-03-05", []want{
			{OpGE, Whole(60), 0, "tỷ lệ hồ sơ trực tuyến", "", "đạt 60%"},
		}},
		{"Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 38,5%, năm 2024 phải đạt 60%.", "2024-01-10", []want{
			{OpGE, Whole(60), 0, "Tỷ lệ hồ sơ trực tuyến", "", "đạt 60%"},
		}},
		{"Năm 2023 tỷ lệ số hóa đạt 45%, phấn đấu năm 2024 đạt tối thiểu 60%.", "2024-02-01", []want{
			{OpGE, Whole(60), 0, "tỷ lệ số hóa", "", "đạt tối thiểu 60%"},
		}},
		{"Năm 2023 hoàn thành 85% kế hoạch.", "2024-03-05", nil},
		{"Trong năm 2023, 100% xã có điểm phục vụ.", "2024-03-05", nil},
		{"Tỷ lệ hồ sơ trực tuyến đạt 40% trong năm 2023.", "2024-03-05", nil},
		{"Giai đoạn 2016-2020, tỷ lệ che phủ rừng đạt 54%.", "2021-04-01", nil},
		{"Quý I/2024, tỷ lệ giải ngân đạt 18%.", "2024-05-10", nil},
		{"Tháng 10/2024, tỷ lệ thanh toán không dùng tiền mặt đạt 65% số giao dịch.", "2024-11-20", nil},
		{"6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 50%.", "2024-08-01", nil},
		{"Đến hết năm 2023, 95% xã có điểm phục vụ.", "2024-03-05", nil},
		{"Tỷ lệ giải ngân vốn đầu tư công năm 2023 đạt 95,6% kế hoạch.", "2024-03-05", nil},
		{"Năm học 2023-2024, tỷ lệ học sinh tốt nghiệp đạt 98,5%.", "2024-07-10", nil},
		{"Đến ngày 30/6/2024, 100% xã có điểm phục vụ.", "2024-07-10", nil},
		{"Tháng 6/2024 tỷ lệ thanh toán trực tuyến đạt 40%, tháng 12/2024 đạt 60%.", "2024-07-10", []want{
			{OpGE, Whole(60), 0, "tỷ lệ thanh toán trực tuyến", "", "đạt 60%"},
		}},
		{"Cuối năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 93%; năm 2024 phấn đấu đạt 95%.", "2024-02-20", []want{
			{OpGE, Whole(95), 0, "tỷ lệ bao phủ bảo hiểm y tế", "", "đạt 95%"},
		}},
		{"Năm 2023 tỷ lệ hộ nghèo giảm còn 3,5%; năm 2024 giảm xuống dưới 3%.", "2024-02-20", []want{
			{OpLT, Whole(3), 0, "tỷ lệ hộ nghèo", "", "giảm xuống dưới 3%"},
		}},
		{"Kết quả 6 tháng đầu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 42%; chỉ tiêu năm 2024 là 60%.", "2024-07-10", []want{
			{OpGE, Whole(60), 0, "tỷ lệ hồ sơ trực tuyến", "", "60%"},
		}},
		{"Quý I vừa qua, tỷ lệ giải ngân đạt 20%.", "", nil},
		{"Kết quả đạt được: tỷ lệ hồ sơ trực tuyến đạt 45%, 100% xã có điểm phục vụ.", "", nil},
		{"Năm trước, tỷ lệ hồ sơ trực tuyến đạt 30%.", "", nil},
		{"Trong năm qua, 100% các xã tổ chức đối thoại với nhân dân.", "", nil},
		{"So với năm 2022, tỷ lệ hồ sơ trực tuyến tăng 12%.", "", nil},
		{"Thu ngân sách tăng 5% so với năm trước.", "", nil},
		{"Người dân tộc thiểu số chiếm 26,85% dân số toàn tỉnh.", "", nil},
		{"100% trẻ em dưới 6 tuổi đều được cấp thẻ bảo hiểm y tế.", "", nil},
		{"Kim ngạch xuất khẩu đạt 12,5%, tăng 3,2% so cùng kỳ.", "", nil},
		// Demands, and goals whose period is not over: targets.
		{"100% cán bộ đều phải sử dụng chữ ký số.", "", []want{
			{OpGE, Full, 0, "cán bộ đều phải sử dụng chữ ký số", "", "100% cán bộ đều phải sử dụng chữ ký số"},
		}},
		{"Bảo đảm 100% hồ sơ đều được giải quyết đúng hạn.", "", []want{
			{OpGE, Full, 0, "hồ sơ đều được giải quyết đúng hạn", "", "100% hồ sơ đều được giải quyết đúng hạn"},
		}},
		{"Bảo đảm 100% hồ sơ tồn đọng từ năm 2023 được giải quyết dứt điểm.", "2024-03-05", []want{
			{OpGE, Full, 0, "hồ sơ tồn đọng", "", "100% hồ sơ tồn đọng"},
		}},
		{"Tỷ lệ hồ sơ trực tuyến đạt 40% trong năm 2024.", "2024-03-05", []want{
			{OpGE, Whole(40), 0, "Tỷ lệ hồ sơ trực tuyến", "", "Tỷ lệ hồ sơ trực tuyến đạt 40%"},
		}},
		{"Giai đoạn 2021 - 2025, tỷ lệ che phủ rừng đạt 55%.", "2024-03-05", []want{
			{OpGE, Whole(55), 0, "tỷ lệ che phủ rừng", "", "tỷ lệ che phủ rừng đạt 55%"},
		}},
		{"Quý I/2024, tỷ lệ giải ngân đạt 18%.", "2024-03-05", []want{
			{OpGE, Whole(18), 0, "tỷ lệ giải ngân", "", "tỷ lệ giải ngân đạt 18%"},
		}},
		{"6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 50%.", "2024-03-05", []want{
			{OpGE, Whole(50), 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến đạt 50%"},
		}},
		{"Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 50%; năm 2025 đạt 70%.", "2024-01-15", []want{
			{OpGE, Whole(50), 0, "tỷ lệ hồ sơ trực tuyến", "", "tỷ lệ hồ sơ trực tuyến đạt 50%"},
			{OpGE, Whole(70), 0, "tỷ lệ hồ sơ trực tuyến", "", "đạt 70%"},
		}},
		{"Đến hết năm 2025, 95% xã có điểm phục vụ.", "", []want{
			{OpGE, Whole(95), 0, "xã có điểm phục vụ", "", "95% xã có điểm phục vụ"},
		}},
		{"Đến hết năm 2025, 95% xã có điểm phục vụ.", "2024-03-05", []want{
			{OpGE, Whole(95), 0, "xã có điểm phục vụ", "", "95% xã có điểm phục vụ"},
		}},
		{"Năm học 2024-2025, tỷ lệ học sinh tốt nghiệp đạt 99%.", "2024-07-10", []want{
			{OpGE, Whole(99), 0, "tỷ lệ học sinh tốt nghiệp", "", "tỷ lệ học sinh tốt nghiệp đạt 99%"},
		}},
		{"Tháng 6/2024 tỷ lệ thanh toán trực tuyến đạt 40%, tháng 12/2024 đạt 60%.", "", []want{
			{OpGE, Whole(40), 0, "tỷ lệ thanh toán trực tuyến", "", "tỷ lệ thanh toán trực tuyến đạt 40%"},
			{OpGE, Whole(60), 0, "tỷ lệ thanh toán trực tuyến", "", "đạt 60%"},
		}},
		{"Tỷ lệ hồ sơ trực tuyến năm 2024 phải đạt 60%.", "2024-03-05", []want{
			{OpGE, Whole(60), 0, "Tỷ lệ hồ sơ trực tuyến", "", "Tỷ lệ hồ sơ trực tuyến năm 2024 phải đạt 60%"},
		}},
		{"Theo Kế hoạch số 12/KH-UBND ngày 15 tháng 3 năm 2023, 100% xã có điểm phục vụ trong năm 2024.", "2024-03-05", []want{
			{OpGE, Full, 0, "xã có điểm phục vụ", "", "100% xã có điểm phục vụ"},
		}},
		// A goal that names no measure repeats the ratio named before, but
		// not across a bullet, and not a quantity that is no ratio.
		{"- Tỷ lệ hồ sơ trực tuyến năm trước đạt 45%.\n- Phấn đấu đạt 60%.", "", []want{
			{OpGE, Whole(60), 0, "", "", "đạt 60%"},
		}},
		{"Doanh thu năm trước tăng 12%; năm nay phấn đấu đạt 15%.", "", []want{
			{OpGE, Whole(15), 0, "", "", "đạt 15%"},
		}},
		{"Năm trước, tỷ lệ hồ sơ trực tuyến đạt 45%; năm nay đạt 60%.", "", []want{
			{OpGE, Whole(60), 0, "tỷ lệ hồ sơ trực tuyến", "", "đạt 60%"},
		}},
		// The comparison of an earlier target is not a tie of the figure
		// after it; that of an earlier statistic makes the sentence a
		// report.
		{"Phấn đấu tỷ lệ hồ sơ trực tuyến tăng 10% so với năm 2023, tỷ lệ thanh toán trực tuyến đạt 90%.", "2024-03-05", []want{
			{OpGE, Whole(10), 0, "tỷ lệ hồ sơ trực tuyến", "tăng", "tỷ lệ hồ sơ trực tuyến tăng 10%"},
			{OpGE, Whole(90), 0, "tỷ lệ thanh toán trực tuyến", "", "tỷ lệ thanh toán trực tuyến đạt 90%"},
		}},
		{"Doanh thu đạt 120 tỷ đồng, tăng 8% so với năm 2023, tỷ lệ thu trực tuyến đạt 35%.", "", nil},
		// A change framed by a period not over at the issue date is set,
		// not reported.
		{"Năm 2024, thu ngân sách tăng 10% so với năm 2023.", "2024-03-05", []want{
			{OpGE, Whole(10), 0, "thu ngân sách", "tăng", "thu ngân sách tăng 10%"},
		}},
		{"Năm 2024, thu ngân sách tăng 10% so với năm 2023.", "2025-02-10", nil},
		{"Năm 2024, thu ngân sách tăng 10% so với năm 2023.", "", nil},
		{"giảm 10% biên chế so với năm 2021", "2024-03-05", []want{
			{OpGE, Whole(10), 0, "biên chế", "giảm", "giảm 10% biên chế"},
		}},
		{"Năm 2023 tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ 98% trở lên.", "2024-03-05", []want{
			{OpGE, Whole(98), 0, "tỷ lệ hồ sơ được giải quyết đúng hạn", "", "tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ 98% trở lên"},
		}},
	}
}

func TestFindPastResults(t *testing.T) {
	for _, tt := range pastCases() {
		var ref calendar.Date
		if tt.ref != "" {
			ref = calendar.MustParseISODate(tt.ref)
		}
		ts, ss := FindAsOf(tt.in, ref)
		if diff := cmp.Diff(tt.want, shape(ts)); diff != "" {
			t.Errorf("FindAsOf(%q, %s) targets (-want +got):\n%s", tt.in, tt.ref, diff)
		}
		checkSpans(t, tt.in, ts, ss)
		if tt.want == nil && len(ss) == 0 {
			t.Errorf("FindAsOf(%q, %s): no statistic", tt.in, tt.ref)
		}
		if got := FindTargetsAsOf(tt.in, ref); !cmp.Equal(shape(got), shape(ts)) {
			t.Errorf("FindTargetsAsOf(%q, %s) = %v; FindAsOf gave %v", tt.in, tt.ref, got, ts)
		}
		if tt.ref == "" {
			if got, _ := Find(tt.in); !cmp.Equal(shape(got), shape(ts)) {
				t.Errorf("Find(%q) = %v; FindAsOf with no date gave %v", tt.in, got, ts)
			}
		}
	}
}

// TestFindAsOfDocuments checks that the issue date of each test document
// changes none of its targets: they are all demands.
func TestFindAsOfDocuments(t *testing.T) {
	for file, issued := range map[string]string{
		"haiphong-bcd-de-an-06-2024.txt":                  "2024-01-01", // the seed gives only its year
		"02_cd-220-ttg-cat-giam-tthc.txt":                 "2025-11-18",
		"06_ct-012-ubnd-daklak-cai-cach-tthc.txt":         "2025-11-26",
		"07_kh-308-ubnd-hanoi-nq214-du-lieu-de-an-06.txt": "2025-11-17",
		"09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt":           "2025-11-28",
	} {
		b, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		ts, ss := Find(src)
		ts2, ss2 := FindAsOf(src, calendar.MustParseISODate(issued))
		if diff := cmp.Diff(shape(ts), shape(ts2)); diff != "" {
			t.Errorf("%s as of %s: targets (-undated +dated):\n%s", file, issued, diff)
		}
		if len(ss2) != len(ss) {
			t.Errorf("%s as of %s: %d statistics; undated %d", file, issued, len(ss2), len(ss))
		}
	}
}

// TestFindPastResultsForms checks the past-result cases in NFD and without
// diacritics: the same targets, op and value.
func TestFindPastResultsForms(t *testing.T) {
	for _, tt := range pastCases() {
		var ref calendar.Date
		if tt.ref != "" {
			ref = calendar.MustParseISODate(tt.ref)
		}
		for name, in := range map[string]string{"NFD": norm.NFD.String(tt.in), "unaccented": unaccent(tt.in)} {
			ts, ss := FindAsOf(in, ref)
			checkSpans(t, in, ts, ss)
			if len(ts) != len(tt.want) {
				t.Errorf("%s FindAsOf(%q, %s): %d targets; want %d", name, in, tt.ref, len(ts), len(tt.want))
				continue
			}
			for i := range ts {
				if ts[i].Op != tt.want[i].Op || ts[i].Value != tt.want[i].Value {
					t.Errorf("%s FindAsOf(%q, %s): target %d = %v; want %v %v", name, in, tt.ref, i, ts[i], tt.want[i].Op, tt.want[i].Value)
				}
			}
		}
	}
}
