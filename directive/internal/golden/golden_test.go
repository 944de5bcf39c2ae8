package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiff checks Diff against the output of GNU diff -u for the same
// texts (diff -u --label want --label got).
func TestDiff(t *testing.T) {
	const alpha = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "x\n", "x\n", ""},
		{"two hunks", alpha, strings.Replace(alpha, "b\n", "B\n", 1) + "n\n",
			"--- want\n+++ got\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -11,3 +11,4 @@\n k\n l\n m\n+n\n"},
		{"no final newline", "x\ny\n", "y\nz",
			"--- want\n+++ got\n@@ -1,2 +1,2 @@\n-x\n y\n+z\n\\ No newline at end of file\n"},
		{"from empty", "", "x\ny\n", "--- want\n+++ got\n@@ -0,0 +1,2 @@\n+x\n+y\n"},
		{"one hunk across a short gap", alpha, strings.Replace(strings.Replace(alpha, "c\n", "C\n", 1), "h\n", "H\n", 1),
			"--- want\n+++ got\n@@ -1,11 +1,11 @@\n a\n b\n-c\n+C\n d\n e\n f\n g\n-h\n+H\n i\n j\n k\n"},
	}
	for _, tc := range tests {
		if got := Diff("want", tc.a, "got", tc.b); got != tc.want {
			t.Errorf("%s: Diff =\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

// TestDiffLarge checks that texts too long for the table still diff: the
// middle shown removed and added whole.
func TestDiffLarge(t *testing.T) {
	a := strings.Repeat("a\n", 3000)
	b := strings.Repeat("b\n", 3000)
	got := Diff("want", a, "got", b)
	if !strings.HasPrefix(got, "--- want\n+++ got\n@@ -1,3000 +1,3000 @@\n-a\n") || strings.Count(got, "\n+b") != 3000 {
		t.Errorf("Diff of 3000 lines: %.80q", got)
	}
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	Check(t, path, "one\n", true)
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "one\n" {
		t.Fatalf("after update: %q, %v", b, err)
	}
	Check(t, path, "one\n", false)
	ft := &fakeT{TB: t}
	Check(ft, path, "two\n", false)
	if !strings.Contains(ft.msg, "-one\n+two\n") {
		t.Errorf("mismatch message %q holds no diff", ft.msg)
	}
}

// fakeT records what Check reports instead of failing the test.
type fakeT struct {
	testing.TB
	msg string
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) { f.msg = fmt.Sprintf(format, args...) }
