package agency

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/chidao/chidao/internal/vntext"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZParts(t *testing.T) {
	r := Default()
	ix := r.index()
	text := readTestdata(t, seedFile)
	const N = 3000
	c0 := cpuNow()
	for range N {
		vntext.Fold(text)
	}
	f := vntext.Fold(text)
	c1 := cpuNow()
	var s scanner
	for range N {
		s = scanner{f: &f}
		s.canonicalize(ix)
	}
	c2 := cpuNow()
	for range N {
		fd := finder{r: r, ix: ix, s: &s, text: text, opt: *hpOpt}
		for i := 0; i < len(s.tok); {
			if j := fd.at(i); j > i {
				i = j
			} else {
				i++
			}
		}
	}
	c3 := cpuNow()
	for range N {
		r.FindAll(text, hpOpt)
	}
	c4 := cpuNow()
	fmt.Printf("fold %v canon %v at %v findall %v\n", (c1-c0)/N, (c2-c1)/N, (c3-c2)/N, (c4-c3)/N)
}
