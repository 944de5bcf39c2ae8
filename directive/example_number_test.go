package directive_test

import (
	"fmt"

	"github.com/chidao/chidao/directive"
)

func ExampleParseNumber() {
	for _, s := range []string{"04/CT-TTg", "30/2020/NĐ-CP", "5608/UBND-VX", "1273-TB/TU", "/BCĐĐA06HP-KSTTHC"} {
		n, err := directive.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20s seq=%q year=%d code=%q issuer=%q type=%q legal=%v blank=%v\n",
			n, n.Seq, n.Year, n.Code, n.Issuer, n.Type(), n.IsLegal(), n.IsBlank())
	}
	_, err := directive.ParseNumber("04/CT TTg")
	fmt.Println(err)
	// Output:
	// 04/CT-TTg            seq="04" year=0 code="CT" issuer="TTg" type="Chỉ thị" legal=false blank=false
	// 30/2020/NĐ-CP        seq="30" year=2020 code="NĐ" issuer="CP" type="Nghị định" legal=true blank=false
	// 5608/UBND-VX         seq="5608" year=0 code="" issuer="UBND-VX" type="Công văn" legal=false blank=false
	// 1273-TB/TU           seq="1273" year=0 code="TB" issuer="TU" type="Thông báo" legal=false blank=false
	// /BCĐĐA06HP-KSTTHC    seq="" year=0 code="" issuer="BCĐĐA06HP-KSTTHC" type="Công văn" legal=false blank=true
	// directive: parsing "04/CT TTg" at byte 5: unexpected character ' ' in issuer
}

func ExampleNumber_String() {
	n := directive.MustParseNumber(" 62 / KHPH - TCTĐA06/CPTW-BCĐĐA06/CPHP")
	fmt.Println(n)
	fmt.Println(n.Symbol())
	// Output:
	// 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP
	// KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP
}

func ExampleDocTypeFromCode() {
	for _, c := range []string{"CT", "QyĐ", "ĐA", "DA", "NĐ", "KHPH", "QD"} {
		t, ok := directive.DocTypeFromCode(c)
		fmt.Println(c, t, ok, t.IsLegal())
	}
	// Output:
	// CT Chỉ thị true false
	// QyĐ Quy định true false
	// ĐA Đề án true false
	// DA Dự án true false
	// NĐ Nghị định true true
	// KHPH Kế hoạch true false
	// QD Quyết định true false
}

func ExampleDocTypeFromName() {
	t, ok := directive.DocTypeFromName("chi thi")
	fmt.Println(t, t.Code(), ok)
	// Output:
	// Chỉ thị CT true
}

func ExampleParseSignForm() {
	f, ok := directive.ParseSignForm("kt.")
	fmt.Println(f, ok)
	// Output:
	// KT. true
}
