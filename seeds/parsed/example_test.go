package parsed_test

import (
	"fmt"

	"github.com/chidao/chidao/seeds/parsed"
)

func ExampleHaiPhongDeAn06() {
	d, err := parsed.HaiPhongDeAn06(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Number, "—", len(d.Assignments), "assignments")
	a := d.Assignments[2]
	fmt.Println(a.Label, a.Assignees[0].Name, a.Assignees[0].ID)
	// Output:
	// /BCĐĐA06HP-KSTTHC — 14 assignments
	// 3 Sở Thông tin và Truyền thông hp.so-tttt
}
