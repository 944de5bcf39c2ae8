// Package adversarial holds the hostile inputs that every parser's tests
// feed it — 1 MB of "1/1/1/…", 100,000 bullets, 10,000 nested "+" levels, a
// single 1 MB line, invalid UTF-8, NUL bytes, a role verb repeated 16,000
// times in one item, numbering nested 1,000 deep — and a guard that fails a test
// whose call panics or does not return. It is imported by tests only.
package adversarial

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/seeds"
)

// Timeout bounds one call on one hostile input; a call that takes longer
// is taken to hang. It is 20 s, or 120 s in a binary built with -race, whose
// detector slows code down 5–20×.
func Timeout() time.Duration {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return 120 * time.Second
			}
		}
	}
	return 20 * time.Second
}

// An Input is one hostile text with a name for its subtest.
type Input struct {
	Name string
	Text string
}

// Inputs returns the hostile inputs, built from the seed where the input
// should look like a real document.
func Inputs() []Input {
	seed := seeds.HaiPhongDeAn06Text()
	oneLine := strings.NewReplacer("\r\n", " ", "\n", " ").Replace(seed)
	var line strings.Builder
	for line.Len() < 1<<20 {
		line.WriteString(oneLine)
		line.WriteByte(' ')
	}
	var nested strings.Builder
	for i := 0; i < 10000; i++ {
		nested.WriteString("+ ")
	}
	nested.WriteString("trước ngày 30/6/2024 hoàn thành 100% hồ sơ\n")
	var stair strings.Builder
	for i := 1; i <= 10000; i++ {
		stair.WriteString(strings.Repeat("+", i%200+1))
		stair.WriteString(" Sở Tư pháp hoàn thành trước ngày 15/3\n")
	}
	invalid := []byte(seed)
	for i := 7; i < len(invalid); i += 97 {
		invalid[i] = 0xff
	}
	var badUTF8 strings.Builder
	for badUTF8.Len() < 1<<20 {
		badUTF8.WriteString("ng\xc3y 3\xe1\xbb/6/2024 \xed\xa0\x80 qu\xfd III/2024 \xf4\x90\x80\x80 ")
	}
	withNUL := strings.ReplaceAll(seed, " ", "\x00")
	return []Input{
		{"1MB of 1/1/1", strings.Repeat("1/", 1<<19)},
		{"100000 bullets", strings.Repeat("- x\n", 100000)},
		{"10000 nested + on one line", nested.String()},
		{"10000 lines of nested +", stair.String()},
		{"single 1MB line", line.String()},
		{"invalid UTF-8 in the seed", string(invalid)},
		{"1MB of invalid UTF-8 around dates", badUTF8.String()},
		{"seed with NUL for spaces", withNUL},
		{"1MB of NUL", strings.Repeat("\x00", 1<<20)},
		{"NUL inside a date", "trước ngày 30\x00/6/2024 và ngày\x0015 tháng 3 năm 2024\x00"},
		{"16000 phối hợp in one item", Cooperation(16000)},
		{"numbering nested 1000 deep", NestedNumbering(1000)},
	}
}

// Run runs f on another goroutine and fails the test if it panics or
// does not return within Timeout().
func Run(t testing.TB, f func()) {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
				return
			}
			done <- ""
		}()
		f()
	}()
	limit := Timeout()
	select {
	case msg := <-done:
		if msg != "" {
			t.Fatal(msg)
		}
	case <-time.After(limit):
		t.Fatalf("did not return within %v", limit)
	}
}
