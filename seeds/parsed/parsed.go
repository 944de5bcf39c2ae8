// Package parsed holds chidao's seed directive parsed into the model: the
// 2024 Hải Phòng steering-committee directive on Đề án 06 (package seeds
// holds its text). It is a package of its own because the directive
// package's tests use the seed text.
package parsed

import (
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/seeds"
)

// HaiPhongDeAn06 returns the seed directive parsed by directive.Parse with
// opts (nil for the defaults: agencies by name, the issue date — here only
// its year, 2024 — as the reference date).
//
// The seed is a draft: its number is blank ("Số: /BCĐĐA06HP-KSTTHC") and
// so are its day and month ("ngày tháng năm 2024"); the parsed directive
// keeps what is known. It holds 14 assignments.
func HaiPhongDeAn06(opts *directive.ParseOptions) (*directive.Directive, error) {
	return directive.Parse(seeds.HaiPhongDeAn06Text(), opts)
}
