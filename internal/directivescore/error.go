package directivescore

import (
	"fmt"
	"strconv"
)

// A ParseError reports input the package cannot read: JSON that is not
// well formed, a value of the wrong type where the contract or the gold
// schema wants another, a metadata line that does not parse. It says where
// (a byte offset, a JSON path or both) and quotes the input.
type ParseError struct {
	// Input is the offending text: the JSON value or the line, cut to
	// at most 80 bytes.
	Input string
	// Offset is the byte offset of Input in what was given, -1 when
	// unknown.
	Offset int
	// Path locates the value in the document ("assignments[2].tasks[0].times[1].interval"),
	// "" for the top level.
	Path string
	// Msg says what is wrong.
	Msg string
}

// Error returns the message with the place and the quoted input.
func (e *ParseError) Error() string {
	s := "directivescore: "
	if e.Offset >= 0 {
		s += "at byte " + strconv.Itoa(e.Offset) + ": "
	}
	if e.Path != "" {
		s += e.Path + ": "
	}
	return s + e.Msg + ": " + fmt.Sprintf("%q", e.Input)
}

// clip cuts s to at most 80 bytes on a rune boundary.
func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	i := 80
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
