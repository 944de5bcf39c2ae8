// Package bench compares chidao with its peers. See README or cmd/compare.
package bench
