package sqi_test

import (
	"fmt"

	"github.com/chidao/chidao/kpi/sqi"
)

func ExampleConfig_Compute() {
	c := sqi.Default()
	rep, err := c.Compute([]sqi.Ratio{
		{ID: "2.1", Num: 1930, Den: 2000}, // 96,5% of files on time
		{ID: "4.2", Num: 700, Den: 1000},  // 70% digitised; full score from 80%
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range rep.Scores {
		if s.Applicable {
			fmt.Printf("%s %s: %v → %v/%v điểm\n", s.Indicator.ID, s.Indicator.Name, s.Value, s.Points, s.Indicator.Max)
		}
	}
	fmt.Printf("tổng %v/%v, quy đổi %v: %v\n", rep.Total, rep.Max, rep.Normalized, rep.Grade)
	// Output:
	// 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: 96,5% → 19,3/20 điểm
	// 4.2 Tỷ lệ hồ sơ thủ tục hành chính thực hiện số hóa hồ sơ: 70% → 7/8 điểm
	// tổng 26,3/28, quy đổi 93,9286: Xuất sắc
}

func ExampleDefault() {
	for _, in := range sqi.Default().Indicators[:2] {
		fmt.Println(in.ID, in.Group, in.Max, in.Confirmed)
	}
	fmt.Println(sqi.Transparency.Max() + sqi.Progress.Max() + sqi.Online.Max() + sqi.Digitization.Max() + sqi.Satisfaction.Max())
	// Output:
	// 1.1 công khai, minh bạch 4 false
	// 1.2 công khai, minh bạch 4 true
	// 100
}

func ExampleConfig_GradeOf() {
	c := sqi.Default()
	fmt.Println(c.GradeOf(92*sqi.One), c.GradeOf(49*sqi.One))
	// Output: Xuất sắc Yếu
}

func ExampleConfig_Validate() {
	c := sqi.Default()
	fmt.Println(c.Validate())
	c.Indicators[4].Max = 18 * sqi.One // 2.1 alone carries the 20 points of its group
	fmt.Println(c.Validate())
	// Output:
	// <nil>
	// sqi: group tiến độ, kết quả giải quyết has 18 points; want 20
}
