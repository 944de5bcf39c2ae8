//go:build race

package adversarial

// RaceEnabled is set when the race detector is on. sync.Pool then drops
// what it is given at random, so that allocations from call to call are
// not the program's: the measures of allocation skip under it (they run
// in the plain go test ./...).
const RaceEnabled = true
