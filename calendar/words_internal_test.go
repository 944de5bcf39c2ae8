package calendar

import (
	"strings"
	"testing"
)

// TestDocumentHead checks that the quick test of document passes the first
// word of every document noun.
func TestDocumentHead(t *testing.T) {
	for _, d := range documentNouns {
		if w, _, _ := strings.Cut(d.words, " "); !documentHead(w) {
			t.Errorf("documentHead(%q) = false, for %q", w, d.words)
		}
	}
}

// TestHeadBeforeWords checks that the quick test of headBefore passes the
// last word of every head it looks for.
func TestHeadBeforeWords(t *testing.T) {
	for _, heads := range [][]string{regularHeads[:], cadenceHeads[:], suddenHeads[:]} {
		for _, h := range heads {
			sc := scanner{s: h + " hang nam"}
			if !sc.headBefore(len(h)+1, heads) {
				t.Errorf("headBefore misses %q", h)
			}
		}
	}
}
