package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Probes returns the names of the cold-start probe programs under
// cmd/coldstart: "base" imports nothing of interest, the others import what
// their name says.
func Probes() []string { return []string{"base", "calendar", "chidao", "dateparser"} }

// Cold is the measured cold-start cost of one probe, net of the "base" probe.
type Cold struct {
	Probe string

	// InitNs and InitBytes are the init time (clock) and bytes allocated
	// during init, summed from GODEBUG=inittrace=1 over the packages the
	// probe initialises that the base probe does not; the median over runs.
	InitNs    int64
	InitBytes int64
	// Packages is the number of those packages.
	Packages int

	// HeapAfterInit is the live heap at the start of main after a GC, and
	// HeapAllocAfterInit the heap in use before that GC, both minus the
	// base probe's (medians over runs), and zero when below the base
	// probe's (the difference is then noise of a few KiB).
	HeapAfterInit      int64
	HeapAllocAfterInit int64

	// FirstCallNs is the time of the first parse in a fresh process (a
	// separate run, not under inittrace), and HeapAfterFirst the live heap
	// after it minus the base probe's; medians over runs.
	FirstCallNs    int64
	HeapAfterFirst int64

	// Binary is the size in bytes of the probe's executable built with
	// default flags, and BinaryDelta that size minus the base probe's.
	Binary, BinaryDelta int64
}

// ModuleDir returns the directory of the bench module, from `go env GOMOD`
// run in the current directory.
func ModuleDir() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	data, err := os.ReadFile(gomod)
	if err != nil || !bytes.Contains(data, []byte("module github.com/chidao/chidao/bench\n")) {
		return "", fmt.Errorf("run this from the bench module (cd bench); go.mod is %q", gomod)
	}
	return filepath.Dir(gomod), nil
}

type initRun struct {
	pkgs                 map[string][2]int64 // package → ns, bytes
	heapBefore, heapLive int64
	firstNs, firstHeap   int64
}

// BuildProbe builds the probe named name into dir and returns the path of
// the executable.
func BuildProbe(modDir, dir, name string) (string, error) {
	exe := filepath.Join(dir, "probe-"+name)
	cmd := exec.Command("go", "build", "-o", exe, "./cmd/coldstart/"+name)
	cmd.Dir = modDir
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", name, err, out)
	}
	return exe, nil
}

func runFirst(exe, phrase string) (ns, heap int64, err error) {
	out, err := exec.Command(exe, phrase).Output()
	if err != nil {
		return 0, 0, fmt.Errorf("%s %q: %v", exe, phrase, err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		return 0, 0, fmt.Errorf("%s: unexpected output %q", exe, out)
	}
	if ns, err = strconv.ParseInt(f[0], 10, 64); err != nil {
		return 0, 0, err
	}
	heap, err = strconv.ParseInt(f[1], 10, 64)
	return ns, heap, err
}

func runProbe(exe string) (initRun, error) {
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return initRun{}, fmt.Errorf("%s: %v\n%s", exe, err, stderr.Bytes())
	}
	r := initRun{pkgs: map[string][2]int64{}}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init github.com/x/y @0.51 ms, 0.012 ms clock, 1234 bytes, 5 allocs
		f := strings.Fields(sc.Text())
		if len(f) < 11 || f[0] != "init" || f[6] != "clock," || f[8] != "bytes," {
			continue
		}
		ms, err1 := strconv.ParseFloat(f[4], 64)
		b, err2 := strconv.ParseInt(f[7], 10, 64)
		if err1 != nil || err2 != nil {
			return initRun{}, fmt.Errorf("%s: bad inittrace line %q", exe, sc.Text())
		}
		old := r.pkgs[f[1]]
		r.pkgs[f[1]] = [2]int64{old[0] + int64(ms*1e6), old[1] + b}
	}
	f := strings.Fields(stdout.String())
	if len(f) != 2 {
		return initRun{}, fmt.Errorf("%s: unexpected output %q", exe, stdout.String())
	}
	var err error
	if r.heapBefore, err = strconv.ParseInt(f[0], 10, 64); err != nil {
		return initRun{}, err
	}
	if r.heapLive, err = strconv.ParseInt(f[1], 10, 64); err != nil {
		return initRun{}, err
	}
	return r, nil
}

// MeasureColdStart builds the base probe and each named probe in a temporary
// directory, runs each runs times under GODEBUG=inittrace=1 (alternating
// probes, so that machine noise falls on all alike) and, when phrase is not
// empty, runs times more to parse phrase once, and returns their costs net of
// the base probe, in the order of names.
func MeasureColdStart(names []string, runs int, phrase string) ([]Cold, error) {
	modDir, err := ModuleDir()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "chidao-coldstart-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	all := append([]string{"base"}, names...)
	exes := make([]string, len(all))
	sizes := make([]int64, len(all))
	for i, n := range all {
		if exes[i], err = BuildProbe(modDir, tmp, n); err != nil {
			return nil, err
		}
		st, err := os.Stat(exes[i])
		if err != nil {
			return nil, err
		}
		sizes[i] = st.Size()
	}
	results := make([][]initRun, len(all))
	for r := 0; r < runs; r++ {
		for i, exe := range exes {
			ir, err := runProbe(exe)
			if err != nil {
				return nil, err
			}
			if phrase != "" {
				if ir.firstNs, ir.firstHeap, err = runFirst(exe, phrase); err != nil {
					return nil, err
				}
			}
			results[i] = append(results[i], ir)
		}
	}
	basePkgs := results[0][0].pkgs
	baseBefore := median(results[0], func(r initRun) int64 { return r.heapBefore })
	baseLive := median(results[0], func(r initRun) int64 { return r.heapLive })
	out := make([]Cold, len(names))
	for k := range names {
		i := k + 1
		c := Cold{Probe: names[k], Binary: sizes[i], BinaryDelta: sizes[i] - sizes[0]}
		for p := range results[i][0].pkgs {
			if _, ok := basePkgs[p]; !ok {
				c.Packages++
			}
		}
		added := func(r initRun, j int) int64 {
			var s int64
			for p, v := range r.pkgs {
				if _, ok := basePkgs[p]; !ok {
					s += v[j]
				}
			}
			return s
		}
		c.InitNs = median(results[i], func(r initRun) int64 { return added(r, 0) })
		c.InitBytes = median(results[i], func(r initRun) int64 { return added(r, 1) })
		// The base probe's own heap varies by a few KiB from run to run, so
		// a difference below zero is noise: it is reported as zero.
		c.HeapAllocAfterInit = max(0, median(results[i], func(r initRun) int64 { return r.heapBefore })-baseBefore)
		c.HeapAfterInit = max(0, median(results[i], func(r initRun) int64 { return r.heapLive })-baseLive)
		if phrase != "" {
			c.FirstCallNs = median(results[i], func(r initRun) int64 { return r.firstNs })
			c.HeapAfterFirst = median(results[i], func(r initRun) int64 { return r.firstHeap }) -
				median(results[0], func(r initRun) int64 { return r.firstHeap })
		}
		out[k] = c
	}
	return out, nil
}

func median(rs []initRun, f func(initRun) int64) int64 {
	v := make([]int64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Slice(v, func(a, b int) bool { return v[a] < v[b] })
	return v[len(v)/2]
}
