package vntext

import (
	"os"
	"testing"
)

// seedText reads the seed directive from the seeds package's copy. The
// seeds package cannot be imported here without a cycle in tests of other
// packages, so the file is read directly from the repository.
func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../../seeds/haiphong-bcd-de-an-06-2024.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
