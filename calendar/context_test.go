package calendar_test

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"golang.org/x/text/unicode/norm"
)

// findCase is a text and what FindAll should find in it, with the spans in
// the text as written (NFC); each case is also run in NFD and in upper
// case, where only the expressions are compared.
type findCase struct {
	text  string
	want  []calendar.Expr
	spans []string
}

func runFindCases(t *testing.T, ref calendar.Date, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		for v, text := range []string{c.text, norm.NFD.String(c.text), strings.ToUpper(c.text)} {
			got, spans := findExprs(t, text, ref)
			if len(got) != len(c.want) {
				t.Errorf("FindAll(%q) = %v %q; want %v", text, got, spans, c.want)
				continue
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("FindAll(%q)[%d] = %+v; want %+v", text, i, got[i], c.want[i])
				}
				if v == 0 && c.spans != nil && spans[i] != c.spans[i] {
					t.Errorf("FindAll(%q)[%d] span %q; want %q", text, i, spans[i], c.spans[i])
				}
			}
		}
	}
}

func period(g calendar.Grain, from, to string) calendar.Expr {
	d := calendar.MustParseISODate
	return calendar.Expr{Kind: calendar.KindPeriod, Period: calendar.Period{First: d(from), Last: d(to), Grain: g}}
}

func within(g calendar.Grain, from, to string) calendar.Expr {
	e := period(g, from, to)
	e.Kind, e.Relation = calendar.KindDeadline, calendar.RelationWithin
	return e
}

func TestBaselineIsNoTime(t *testing.T) {
	ref := calendar.MustParseISODate("2024-01-15")
	y2024 := period(calendar.GrainYear, "2024-01-01", "2024-12-31")
	runFindCases(t, ref, []findCase{
		{"Văn phòng UBND tỉnh chủ trì, giảm 30% thời gian giải quyết thủ tục so với năm 2023.", nil, nil},
		{"Sở Công Thương chủ trì, tăng 10% kim ngạch xuất khẩu so với cùng kỳ năm 2023.", nil, nil},
		{"giảm 15% số vụ tai nạn so với năm trước", nil, nil},
		{"tăng 5% so cùng kỳ năm 2023", nil, nil},
		{"giảm 20% tồn đọng so sánh với ngày 31/12/2023", nil, nil},
		{"giảm 10% chi phí so với kết quả thực hiện cuối năm 2023", nil, nil},
		// The task's own time beside the baseline stays.
		{"tăng 12% so với năm 2023, hoàn thành trong năm 2024",
			[]calendar.Expr{within(calendar.GrainYear, "2024-01-01", "2024-12-31")}, []string{"trong năm 2024"}},
		{"so với năm 2023, năm 2024 thu ngân sách tăng 10%", []calendar.Expr{y2024}, []string{"năm 2024"}},
		{"tăng 15% so với năm 2023 trong tháng 6/2024",
			[]calendar.Expr{within(calendar.GrainMonth, "2024-06-01", "2024-06-30")}, []string{"trong tháng 6/2024"}},
		// A comparison ended by punctuation, or with a number between, is
		// not this date's.
		{"so với quy định; năm 2024 tổ chức sơ kết", []calendar.Expr{y2024}, []string{"năm 2024"}},
		{"so với 3 đơn vị năm 2024", []calendar.Expr{y2024}, []string{"năm 2024"}},
	})
	// Parse passes over the baseline to the text's own period.
	e, err := calendar.Parse("tăng 15% so với năm 2023 và tổ chức tổng kết năm 2024", ref)
	if err != nil || e.Kind != calendar.KindPeriod || e.Period.First.Year != 2024 {
		t.Errorf("Parse(… so với năm 2023 … năm 2024) = %v, %v; want the year 2024", e, err)
	}
	if _, err := calendar.Parse("giảm 30% so với năm 2023", ref); err == nil {
		t.Errorf("Parse(giảm 30%% so với năm 2023): no error; want ErrNoExpression")
	}
}

func TestGoalReachedByPeriod(t *testing.T) {
	ref := calendar.MustParseISODate("2024-03-05")
	q4 := within(calendar.GrainQuarter, "2024-10-01", "2024-12-31")
	byDay := calendar.Expr{Kind: calendar.KindDeadline, Relation: calendar.RelationBy,
		Period: calendar.DayPeriod(calendar.MustParseISODate("2024-12-31"))}
	runFindCases(t, ref, []findCase{
		{"Sở Y tế chủ trì, bảo đảm tỷ lệ tiêm chủng đạt 95% vào cuối năm 2024.", []calendar.Expr{q4}, []string{"cuối năm 2024"}},
		{"tỷ lệ hồ sơ trực tuyến đạt trên 90% vào cuối năm 2024", []calendar.Expr{q4}, []string{"cuối năm 2024"}},
		{"đạt 95 phần trăm vào cuối năm 2024", []calendar.Expr{q4}, nil},
		{"hoàn thành vào cuối năm 2024", []calendar.Expr{q4}, nil},
		{"số hóa xong vào quý III/2024", []calendar.Expr{within(calendar.GrainQuarter, "2024-07-01", "2024-09-30")}, []string{"quý III/2024"}},
		{"đạt 100% vào ngày 31/12/2024", []calendar.Expr{byDay}, []string{"ngày 31/12/2024"}},
		{"phấn đấu vào năm 2025 có 100% xã đạt chuẩn", []calendar.Expr{within(calendar.GrainYear, "2025-01-01", "2025-12-31")}, nil},
		// A month without its year falls due in ref's year or after.
		{"đạt 80% vào tháng 6", []calendar.Expr{within(calendar.GrainMonth, "2024-06-01", "2024-06-30")}, nil},
		{"đạt 80% vào tháng 2", []calendar.Expr{within(calendar.GrainMonth, "2025-02-01", "2025-02-28")}, nil},
		// Not a goal: a time something takes place stays a period.
		{"tổ chức hội nghị vào cuối năm 2024", []calendar.Expr{period(calendar.GrainQuarter, "2024-10-01", "2024-12-31")}, nil},
		{"vào cuối năm 2024", []calendar.Expr{period(calendar.GrainQuarter, "2024-10-01", "2024-12-31")}, nil},
		{"giao đất vào quý III/2024", []calendar.Expr{period(calendar.GrainQuarter, "2024-07-01", "2024-09-30")}, nil},
		{"đạt 95%, tổ chức tổng kết vào cuối năm 2024", []calendar.Expr{period(calendar.GrainQuarter, "2024-10-01", "2024-12-31")}, nil},
		// A goal of a past year is a result.
		{"năm 2023 đạt 45% vào tháng 12 năm 2023", []calendar.Expr{period(calendar.GrainYear, "2023-01-01", "2023-12-31"), period(calendar.GrainMonth, "2023-12-01", "2023-12-31")}, nil},
	})
	// A year that a goal is set for right after it.
	runFindCases(t, ref, []findCase{
		{"năm 2023 tỷ lệ thanh toán không dùng tiền mặt đạt 45%; năm 2024 phấn đấu đạt tối thiểu 60%",
			[]calendar.Expr{period(calendar.GrainYear, "2023-01-01", "2023-12-31"), within(calendar.GrainYear, "2024-01-01", "2024-12-31")},
			[]string{"năm 2023", "năm 2024"}},
		{"Năm 2025, phấn đấu 100% hồ sơ được số hóa", []calendar.Expr{within(calendar.GrainYear, "2025-01-01", "2025-12-31")}, nil},
		// Not a goal's year: a past year, or no goal word after it.
		{"năm 2023 phấn đấu đạt 45%", []calendar.Expr{period(calendar.GrainYear, "2023-01-01", "2023-12-31")}, nil},
		{"năm 2024 tổ chức sơ kết, phấn đấu đạt 60%", []calendar.Expr{period(calendar.GrainYear, "2024-01-01", "2024-12-31")}, nil},
	})
	if due, ok := calendar.MustParse("đạt 95% vào cuối năm 2024", ref).Due(); !ok || due != calendar.MustParseISODate("2024-12-31") {
		t.Errorf("Due(đạt 95%% vào cuối năm 2024) = %v, %v; want 2024-12-31", due, ok)
	}
}
