package kpi_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/kpi"
)

func ExampleFromCounts() {
	fmt.Println(kpi.FromCounts(37, 40))
	fmt.Println(kpi.FromCounts(1, 3))
	fmt.Println(kpi.FromCounts(2, 3))
	fmt.Println(kpi.FromCounts(5, 0))
	// Output:
	// 92,5%
	// 33,3333%
	// 66,6667%
	// 0%
}

func ExampleCountsPercent() {
	p, ok := kpi.CountsPercent(5, 0)
	fmt.Println(p, ok)
	// Output: 0% false
}

func ExampleWhole() {
	fmt.Println(kpi.Whole(85), kpi.Whole(85) == 85*kpi.Point, kpi.Full)
	// Output: 85% true 100%
}

func ExampleParsePercent() {
	for _, s := range []string{"92,5%", "92.5%", "92,5 %", "100 phần trăm", "100 phan tram", "abc"} {
		p, err := kpi.ParsePercent(s)
		fmt.Println(int64(p), err)
	}
	// Output:
	// 925000 <nil>
	// 925000 <nil>
	// 925000 <nil>
	// 1000000 <nil>
	// 1000000 <nil>
	// 0 kpi: parsing "abc" at byte 0: no number
}

func ExamplePercent_String() {
	fmt.Println(kpi.Percent(925000), kpi.Percent(1), kpi.Whole(-3))
	// Output: 92,5% 0,0001% -3%
}

func ExamplePercent_MarshalJSON() {
	b, _ := json.Marshal(map[string]kpi.Percent{"value": kpi.FromCounts(7, 8)})
	fmt.Println(string(b))
	// Output: {"value":87.5}
}

func ExampleOp_Holds() {
	fmt.Println(kpi.OpGE, kpi.OpGE.Holds(kpi.Whole(90), kpi.Whole(90)))
	fmt.Println(kpi.OpLT, kpi.OpLT.Holds(kpi.Whole(5), kpi.Whole(5)))
	// Output:
	// >= true
	// < false
}

func ExampleTarget_Met() {
	t := kpi.MustParseTarget("không quá 5%")
	fmt.Println(t.Op, t.Value, t.Met(kpi.FromCounts(2, 40)), t.Met(kpi.FromCounts(3, 40)))
	r := kpi.MustParseTarget("từ 70% đến 80%")
	fmt.Println(r.IsRange(), r.Met(kpi.Whole(75)), r.Met(kpi.Whole(85)), r.Gap(kpi.Whole(85)))
	// Output:
	// <= 5% true false
	// true true false 5%
}

func ExampleParseTarget() {
	for _, s := range []string{"tối thiểu 85%", "ít nhất 85% hồ sơ", "≤ 5%", "đã đạt 85%"} {
		t, err := kpi.ParseTarget(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %v %q\n", t.Op, t.Value, t.Metric)
	}
	// Output:
	// >= 85% ""
	// >= 85% "hồ sơ"
	// <= 5% ""
	// kpi: parsing "đã đạt 85%" at byte 0: a progress statistic, not a target
}

func ExampleFindTargets() {
	text := "Phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin cho 100% hệ thống thông tin " +
		"giải quyết thủ tục hành chính của thành phố trước ngày 30/6/2024; bảo đảm dành tối thiểu " +
		"10% tổng số thu từ tiền sử dụng đất, tiền thuê đất để đầu tư cho công tác đo đạc."
	for _, t := range kpi.FindTargets(text) {
		fmt.Printf("%s %v %q [%d:%d]\n", t.Op, t.Value, t.Metric, t.Start, t.End)
	}
	// Output:
	// >= 100% "hệ thống thông tin giải quyết thủ tục hành chính" [71:139]
	// >= 10% "tổng số thu từ tiền sử dụng đất, tiền thuê đất" [204:289]
}

func ExampleFind() {
	text := "Tỷ lệ hồ sơ trực tuyến mới đạt 39,5%; phấn đấu đến hết năm 2025 đạt từ 80% trở lên. " +
		"Còn 3.507/6.708 (chiếm 52,3%) giấy tờ cần chuẩn hóa."
	targets, stats := kpi.Find(text)
	for _, t := range targets {
		b, _ := t.MarshalJSON()
		fmt.Println("target:", string(b))
	}
	for _, s := range stats {
		fmt.Printf("statistic: %q %v %d/%d\n", s.Text, s.Value, s.Num, s.Den)
	}
	// Output:
	// target: {"text":"từ 80% trở lên","op":">=","value":80,"metric":"Tỷ lệ hồ sơ trực tuyến"}
	// statistic: "mới đạt 39,5%" 39,5% 0/0
	// statistic: "chiếm 52,3%" 52,3% 3507/6708
}

func ExampleFindStatistics() {
	for _, s := range kpi.FindStatistics("Doanh thu tăng 12% so với cùng kỳ, chiếm 30% GRDP.") {
		fmt.Println(s.Text, s.Change)
	}
	// Output:
	// tăng 12% true
	// chiếm 30% false
}

func ExampleEvaluate() {
	target := kpi.MustParseTarget("100% hệ thống thông tin")
	due := calendar.Date{Year: 2024, Month: 6, Day: 30}
	series := kpi.Series{
		kpi.Count(calendar.Date{Year: 2024, Month: 3, Day: 1}, 20, 40),
		kpi.Count(calendar.Date{Year: 2024, Month: 5, Day: 1}, 30, 40),
	}
	for _, asOf := range []calendar.Date{{Year: 2024, Month: 2, Day: 1}, {Year: 2024, Month: 5, Day: 15}, {Year: 2024, Month: 7, Day: 1}} {
		ev := kpi.Evaluate(target, series, asOf, due)
		fmt.Println(asOf, ev.Status.Vietnamese(), ev.Current.Value, ev.Gap, ev.Projected)
	}
	// Output:
	// 2024-02-01 chưa có số liệu 0% 0% 0%
	// 2024-05-15 có nguy cơ không đạt 75% 25% 99,5902%
	// 2024-07-01 không đạt 75% 25% 99,5902%
}

func ExampleSeries_At() {
	s := kpi.Series{
		kpi.Count(calendar.Date{Year: 2024, Month: 5, Day: 1}, 30, 40),
		kpi.Reading(calendar.Date{Year: 2024, Month: 3, Day: 1}, kpi.Whole(50)),
	}
	m, ok := s.At(calendar.Date{Year: 2024, Month: 4, Day: 1})
	fmt.Println(m, ok)
	fmt.Println(s.Sorted()[1])
	// Output:
	// 2024-03-01 50% true
	// 2024-05-01 75% (30/40)
}

func ExampleTally() {
	// Two workers tally their share of the measurements, then merge.
	var a, b kpi.Tally
	a.Add(37, 40)
	a.Add(1, 10)
	b.Add(950, 1000)
	a.Merge(b)
	n, d, _ := a.Counts64()
	fmt.Println(n, d, a.Percent(), a.Len())
	js, _ := json.Marshal(a)
	fmt.Println(string(js))
	// Output:
	// 988 1050 94,0952% 3
	// {"num":988,"den":1050,"n":3}
}

func ExampleRollup() {
	var r kpi.Rollup
	r.Add("Sở Tư pháp", 90, 100)
	r.Add("Sở Y tế", 1, 10)
	r.Add("Sở Xây dựng", 950, 1000)
	fmt.Println("tổng:", r.Total.Percent())
	for _, c := range r.PullingDown() {
		fmt.Println("kéo xuống:", c.Agency, c.Value, "+"+c.Drag.String())
	}
	for _, c := range r.Short(kpi.MustParseTarget("tối thiểu 95%")) {
		fmt.Println("còn thiếu:", c.Agency, c.Short)
	}
	// Output:
	// tổng: 93,7838%
	// kéo xuống: Sở Y tế 10% +0,7617%
	// kéo xuống: Sở Tư pháp 90% +0,3746%
	// còn thiếu: Sở Y tế 9
	// còn thiếu: Sở Tư pháp 5
}

func ExampleTotal() {
	soA := kpi.Series{kpi.Count(calendar.Date{Year: 2024, Month: 3, Day: 1}, 10, 20)}
	soB := kpi.Series{kpi.Count(calendar.Date{Year: 2024, Month: 4, Day: 1}, 1, 80)}
	for _, m := range kpi.Total(soA, soB) {
		fmt.Println(m)
	}
	// Output:
	// 2024-03-01 50% (10/20)
	// 2024-04-01 11% (11/100)
}

func ExampleStatus_Vietnamese() {
	for _, s := range []kpi.Status{kpi.Met, kpi.OnTrack, kpi.AtRisk, kpi.Missed, kpi.NoData} {
		fmt.Printf("%s: %s\n", s, s.Vietnamese())
	}
	// Output:
	// met: đã đạt
	// on_track: đúng tiến độ
	// at_risk: có nguy cơ không đạt
	// missed: không đạt
	// no_data: chưa có số liệu
}

func ExampleTarget_MarshalJSON() {
	t := kpi.FindTargets("bảo đảm dành tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền thuê đất để đầu tư")[0]
	b, _ := t.MarshalJSON()
	fmt.Println(string(b))
	// Output: {"text":"tối thiểu 10% tổng số thu từ tiền sử dụng đất, tiền thuê đất","op":">=","value":10,"metric":"tổng số thu từ tiền sử dụng đất, tiền thuê đất"}
}

func ExampleFindAsOf() {
	text := "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45,2%, tăng 5,74% so cùng kỳ; năm 2024 đạt 60%."
	issued := calendar.Date{Year: 2024, Month: 3, Day: 5}
	targets, stats := kpi.FindAsOf(text, issued)
	for _, t := range targets {
		fmt.Println("target:", t.Op, t.Value, t.Metric)
	}
	for _, s := range stats {
		fmt.Println("statistic:", s.Text)
	}
	// Output:
	// target: >= 60% tỷ lệ hồ sơ trực tuyến
	// statistic: đạt 45,2%
	// statistic: tăng 5,74%
}

func ExampleNewCount() {
	d := calendar.Date{Year: 2024, Month: 6, Day: 30}
	for _, c := range [][2]int64{{37, 40}, {5, 0}, {50, 40}} {
		m, err := kpi.NewCount(d, c[0], c[1])
		switch {
		case errors.Is(err, kpi.ErrZeroDenominator):
			fmt.Println("no denominator:", err)
		case errors.Is(err, kpi.ErrCountRange):
			fmt.Println("not a share:", err)
		default:
			fmt.Println(m)
		}
	}
	// Output:
	// 2024-06-30 92,5% (37/40)
	// no denominator: kpi: count 5 of 0: zero denominator
	// not a share: kpi: count 50 of 40: numerator outside [0, denominator]
}
