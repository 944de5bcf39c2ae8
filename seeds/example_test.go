package seeds_test

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/seeds"
)

func ExampleHaiPhongDeAn06Text() {
	text := seeds.HaiPhongDeAn06Text()
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "Số:") {
			fmt.Println(line)
		}
	}
	// Output:
	// Số: /BCĐĐA06HP-KSTTHC
}
