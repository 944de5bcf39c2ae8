package vntext_test

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

func ExampleFold() {
	s := "Hoàn thành TRƯỚC NGÀY\u00a030/6/2024."
	f := vntext.Fold(s)
	fmt.Println(f.Text)
	i := strings.Index(f.Text, "truoc ngay")
	start, end := f.Span(i, i+len("truoc ngay 30/6/2024"))
	fmt.Printf("%q\n", s[start:end])
	// Output:
	// hoan thanh truoc ngay 30/6/2024.
	// "TRƯỚC NGÀY\u00a030/6/2024"
}
