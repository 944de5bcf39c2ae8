package calendar

import "strconv"

// A ParseError reports why a string could not be read as a time expression.
// Input is the text given to the parser, Offset the byte offset in Input where
// the problem was found, and Msg the reason.
type ParseError struct {
	Input  string
	Offset int
	Msg    string
}

// Error returns the error in the form
//
//	calendar: parsing "ngày 31/02/2024" at byte 5: day 31 out of range for February
func (e *ParseError) Error() string {
	return "calendar: parsing " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}
