package directive

import "strconv"

// A ParseError reports text the package could not read: the input, the byte
// offset where reading stopped, and what was wrong. Err, when set, is the
// sentinel error the fault is an instance of (ErrEmpty, ErrNotDirective),
// for callers that branch with errors.Is.
type ParseError struct {
	Input  string // the text given
	Offset int    // byte offset in Input where the problem is
	Msg    string // what was wrong
	Err    error  // the sentinel wrapped, or nil
}

// Error returns `directive: parsing "…" at byte N: msg`.
func (e *ParseError) Error() string {
	return "directive: parsing " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// parseErr is the type of the package's sentinel errors.
type parseErr string

// Error returns the message of e.
func (e parseErr) Error() string { return string(e) }

// The faults Parse reports, wrapped in a *ParseError (test them with
// errors.Is): ErrEmpty when the text is empty or blank, ErrNotDirective when
// it holds neither a directive header nor an assignment.
const (
	ErrEmpty        = parseErr("empty input")
	ErrNotDirective = parseErr("not a directive")
)
