package calendar_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/seeds"
	"golang.org/x/text/unicode/norm"
)

// foundJSON is the text and JSON of every expression FindAll finds.
func foundJSON(t *testing.T, text string, ref calendar.Date) [][2]string {
	t.Helper()
	var out [][2]string
	for _, f := range calendar.FindAll(text, ref) {
		if f.Err != nil {
			out = append(out, [2]string{text[f.Expr.Start:f.Expr.End], "error: " + f.Err.Msg})
			continue
		}
		e := f.Expr
		e.Start, e.End = 0, 0
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, [2]string{text[f.Expr.Start:f.Expr.End], string(b)})
	}
	return out
}

func compareFound(t *testing.T, got, want [][2]string) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w [2]string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("expression %d:\n got %q %s\nwant %q %s", i, g[0], g[1], w[0], w[1])
		}
	}
}

func TestFindAllSeed(t *testing.T) {
	text := seeds.HaiPhongDeAn06Text()
	got := foundJSON(t, text, calendar.Date{Year: 2024, Month: 1, Day: 1})
	want := [][2]string{
		{"ngày tháng năm 2024", `{"kind":"partial","grain":"year","from":"2024-01-01","to":"2024-12-31"}`},
		{"ngày 11/02/2024", `{"kind":"date","grain":"day","from":"2024-02-11","to":"2024-02-11"}`},
		{"ngày 11/02/2024", `{"kind":"date","grain":"day","from":"2024-02-11","to":"2024-02-11"}`},
		{"giai đoạn 2022-2025", `{"kind":"period","grain":"years","from":"2022-01-01","to":"2025-12-31"}`},
		{"tầm nhìn đến năm 2030", `{"kind":"deadline","grain":"year","due":"2030-12-31","relation":"until"}`},
		{"năm 2024 và những năm tiếp theo", `{"kind":"open","grain":"year","from":"2024-01-01"}`},
		{"trong năm 2024 và những năm tiếp theo", `{"kind":"open","grain":"year","from":"2024-01-01"}`}, // task 1.1
		{"hàng tuần", `{"kind":"recurrence","every":"week","interval":1}`},
		{"hàng tháng", `{"kind":"recurrence","every":"month","interval":1}`},
		{"ngày 23/6/2022", `{"kind":"date","grain":"day","from":"2022-06-23","to":"2022-06-23"}`},
		{"năm 2024", `{"kind":"period","grain":"year","from":"2024-01-01","to":"2024-12-31"}`},
		{"trước ngày 01/7/2024", `{"kind":"deadline","grain":"day","due":"2024-07-01","relation":"before"}`},
		{"trước tháng 6/2024", `{"kind":"deadline","grain":"month","due":"2024-05-31","relation":"before"}`},
		{"định kỳ", `{"kind":"recurrence"}`}, // "kiểm tra, đánh giá định kỳ": no cadence given
		{"trước ngày 30/6/2024", `{"kind":"deadline","grain":"day","due":"2024-06-30","relation":"before"}`},
		{"trước ngày 30/11/2024", `{"kind":"deadline","grain":"day","due":"2024-11-30","relation":"before"}`},
		{"năm 2024", `{"kind":"period","grain":"year","from":"2024-01-01","to":"2024-12-31"}`},
		{"theo yêu cầu", `{"kind":"event"}`},
		{"trong năm 2025", `{"kind":"deadline","grain":"year","due":"2025-12-31","relation":"within"}`},
		{"thường xuyên", `{"kind":"ongoing"}`},
		{"theo yêu cầu của Bộ Tài nguyên và Môi trường", `{"kind":"event"}`},
		{"ngày 15/02/2024", `{"kind":"date","grain":"day","from":"2024-02-15","to":"2024-02-15"}`},
		{"kịp thời khi có hướng dẫn của Bảo hiểm xã hội Việt Nam", `{"kind":"event"}`},
		{"Thường xuyên", `{"kind":"ongoing"}`},
		{"khi hệ thống công nghệ thông tin của Bộ Tài chính hoàn thiện", `{"kind":"event"}`}, // item 12: a trigger
		{"thường xuyên", `{"kind":"ongoing"}`},
		{"nếu có khó khăn", `{"kind":"event"}`},
	}
	compareFound(t, got, want)
}

func TestFindAllErrorsBesideGood(t *testing.T) {
	text := "Các đơn vị nộp báo cáo trước ngày 31/9/2024; Sở Nội vụ tổng hợp trước ngày 15/10/2024 và báo cáo hằng quý."
	got := foundJSON(t, text, calendar.Date{Year: 2024, Month: 9, Day: 1})
	want := [][2]string{
		{"trước ngày 31/9/2024", "error: day 31 out of range for September"},
		{"trước ngày 15/10/2024", `{"kind":"deadline","grain":"day","due":"2024-10-15","relation":"before"}`},
		{"hằng quý", `{"kind":"recurrence","every":"quarter","interval":1}`},
	}
	compareFound(t, got, want)
	f := calendar.FindAll(text, calendar.Date{Year: 2024, Month: 9, Day: 1})[0]
	if f.Err.Input != "trước ngày 31/9/2024" || f.Err.Offset != len("trước ngày ") {
		t.Errorf("error = %#v", f.Err)
	}
}

func TestFindAllSpansNFDAndNBSP(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 1, Day: 1}
	for _, text := range []string{
		"Hoàn thành trước ngày 30/6/2024; báo cáo hằng tháng.",
		norm.NFD.String("Hoàn thành trước ngày 30/6/2024; báo cáo hằng tháng."),
		"Hoàn\u00a0thành trước\u00a0ngày\u00a030/6/2024; báo\u00a0cáo HẰNG  THÁNG.",
	} {
		found := calendar.FindAll(text, ref)
		if len(found) != 2 {
			t.Fatalf("FindAll(%q) found %d, want 2", text, len(found))
		}
		for i, want := range []string{"trước ngày 30/6/2024", "hằng tháng"} {
			e := found[i].Expr
			if got := norm.NFC.String(strings.ReplaceAll(text[e.Start:e.End], "\u00a0", " ")); strings.ToLower(got) != want && got != "HẰNG  THÁNG" {
				t.Errorf("FindAll(%q)[%d] spans %q, want %q", text, i, text[e.Start:e.End], want)
			}
		}
	}
}

// TestFindAllDirectives checks expressions of the sample directives,
// hard-wrapped lines included.
func TestFindAllDirectives(t *testing.T) {
	for _, tc := range []struct {
		file string
		ref  calendar.Date
		want [][2]string // a subsequence of what FindAll returns
	}{
		{"02_cd-220-ttg-cat-giam-tthc.txt", calendar.Date{Year: 2025, Month: 11, Day: 18}, [][2]string{
			{"ngày 18\ntháng 11 năm 2025", `{"kind":"date","grain":"day","from":"2025-11-18","to":"2025-11-18"}`},
			{"trong năm 2025", `{"kind":"deadline","grain":"year","due":"2025-12-31","relation":"within"}`},
			{"trong tháng 11 năm 2025", `{"kind":"deadline","grain":"month","due":"2025-11-30","relation":"within"}`},
			{"hằng tháng", `{"kind":"recurrence","every":"month","interval":1}`},
			{"trước ngày 20 hằng\ntháng", `{"kind":"recurrence","every":"month","interval":1,"day_of_period":20}`},
		}},
		{"09_cv-4240-ubnd-tphcm-csdl-cbccvc.txt", calendar.Date{Year: 2025, Month: 11, Day: 28}, [][2]string{
			{"trước ngày 30 tháng 10 năm 2025", `{"kind":"deadline","grain":"day","due":"2025-10-30","relation":"before"}`},
			{"trước ngày 06 tháng 12 năm 2025", `{"kind":"deadline","grain":"day","due":"2025-12-06","relation":"before"}`},
		}},
	} {
		b, err := os.ReadFile("../directive/testdata/" + tc.file)
		if err != nil {
			t.Skip("sample directives not present:", err)
		}
		got := foundJSON(t, string(b), tc.ref)
		j := 0
		for _, g := range got {
			if j < len(tc.want) && g == tc.want[j] {
				j++
			}
		}
		if j < len(tc.want) {
			t.Errorf("%s: missing %q %s in %q", tc.file, tc.want[j][0], tc.want[j][1], got)
		}
	}
}

// TestParseAllocs keeps Parse allocation-free on the typical phrases of
// the benchmarks and on the rarer forms of the grammar: cadences with their
// days, reports, holidays, weeks, baselines, goals, offsets and
// conditions.
func TestParseAllocs(t *testing.T) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	phrases := append(typicalPhrases[:len(typicalPhrases):len(typicalPhrases)],
		"báo cáo hằng tháng (trước ngày 25)",
		"hằng quý, trước ngày 15 tháng cuối quý",
		"trước ngày 30/6 và 31/12 hằng năm",
		"báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)",
		"định kỳ 6 tháng (trước ngày 15/6 và 15/12)",
		"trước Tết Nguyên đán Ất Tỵ năm 2025",
		"trong tuần đầu tháng 6/2024",
		"trước ngày 20 của tháng cuối quý III/2024",
		"giảm 30% thời gian so với năm 2023, hoàn thành trong năm 2024",
		"bảo đảm tỷ lệ tiêm chủng đạt 95% vào cuối năm 2024",
		"định kỳ hằng quý, 6 tháng, năm báo cáo",
		"báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12",
		"năm 2024 phấn đấu đạt tối thiểu 60%",
		"trước 20 tháng 12 năm 2025",
		"chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra",
		"trong thời hạn 10 ngày kể từ ngày quyết định kiểm tra được ban hành",
		"khi có hướng dẫn của Bộ Tài nguyên và Môi trường",
		"trước ngày Quốc khánh 2/9",
		"sau Tết Nguyên đán 2026",
		"đầu năm học 2025-2026",
		"trước 08 giờ 00 ngày làm việc tiếp theo",
	)
	for _, s := range phrases {
		if n := testing.AllocsPerRun(100, func() { calendar.Parse(s, ref) }); n > 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, n)
		}
	}
}

// TestFindAllMarkedKeyword: a keyword the grammar spells without marks is
// not a word the text spells with them: "sáu" (six) is not "sau" (after).
// Text written without marks keeps reading "sau".
func TestFindAllMarkedKeyword(t *testing.T) {
	ref := calendar.Date{Year: 2025, Month: 1, Day: 1}
	for _, tc := range []struct {
		in   string
		kind calendar.Kind
		text string
	}{
		{"sáu Cuối năm", calendar.KindPeriod, "Cuối năm"},
		{"SÁU CUỐI NĂM", calendar.KindPeriod, "CUỐI NĂM"},
		{"sau cuối năm", calendar.KindOpen, "sau cuối năm"},
		{"sau cuoi nam", calendar.KindOpen, "sau cuoi nam"},
	} {
		fs := calendar.FindAll(tc.in, ref)
		if len(fs) != 1 || fs[0].Expr.Kind != tc.kind || tc.in[fs[0].Expr.Start:fs[0].Expr.End] != tc.text {
			t.Errorf("FindAll(%q) = %+v, want one %v at %q", tc.in, fs, tc.kind, tc.text)
		}
	}
}
