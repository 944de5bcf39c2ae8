package directive_test

import (
	"fmt"

	"github.com/chidao/chidao/directive"
)

func ExampleFindReferences() {
	text := "Thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ; theo khoản 10 Điều 23 " +
		"Thông tư số 01/2023/TT-VPCP, Kế hoạch phối hợp 62 và 19 Nghị quyết chuyên đề của Chính phủ."
	for _, r := range directive.FindReferences(text) {
		fmt.Printf("%v %q type=%q number=%q date=%v issuer=%q article=%q clause=%q count=%d\n",
			r.Span, r.Text, r.Type, r.Number, r.Date, r.Issuer, r.Article, r.Clause, r.Count)
	}
	// Output:
	// {14 91} "Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ" type="Chỉ thị" number="04/CT-TTg" date=2024-02-11 issuer="Thủ tướng Chính phủ" article="" clause="" count=0
	// {98 151} "khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP" type="Thông tư" number="01/2023/TT-VPCP" date= issuer="" article="23" clause="10" count=0
	// {153 181} "Kế hoạch phối hợp 62" type="Kế hoạch" number="62" date= issuer="" article="" clause="" count=0
	// {186 236} "19 Nghị quyết chuyên đề của Chính phủ" type="Nghị quyết" number="" date= issuer="Chính phủ" article="" clause="" count=19
}

func ExampleDistinctReferences() {
	refs := directive.FindReferences("Kế hoạch phối hợp số 62. Kế hoạch phối hợp số 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP.")
	for _, r := range directive.DistinctReferences(refs) {
		fmt.Println(r.Text, "→", r.Number)
	}
	// Output:
	// Kế hoạch phối hợp số 62 → 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP
}
