package kpi

import "strconv"

// A ParseError reports why a string could not be read as a percentage or a
// target. Input is the text given to the parser, Offset the byte offset in
// Input where the problem was found, and Msg the reason.
type ParseError struct {
	Input  string // the text given to the parser
	Offset int    // byte offset in Input where the problem was found
	Msg    string // the reason
}

// Error returns the error in the form
//
//	kpi: parsing "92,5 %%" at byte 5: unexpected text after the percentage
func (e *ParseError) Error() string {
	return "kpi: parsing " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}
