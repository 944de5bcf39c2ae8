package directive

import "strconv"

// A ParseError reports text the package could not read: the input, the byte
// offset where reading stopped, and what was wrong.
type ParseError struct {
	Input  string // the text given
	Offset int    // byte offset in Input where the problem is
	Msg    string // what was wrong
}

// Error returns `directive: parsing "…" at offset N: msg`.
func (e *ParseError) Error() string {
	return "directive: parsing " + strconv.Quote(e.Input) + " at offset " + strconv.Itoa(e.Offset) + ": " + e.Msg
}
