package calendar

import "strconv"

// A ParseError reports why a string could not be read as a time expression.
// Input is the text given to the parser, Offset the byte offset in Input where
// the problem was found, and Msg the reason. Err, when set, is the sentinel
// error the reason is an instance of (ErrNoExpression, ErrRange), so that
// callers can branch with errors.Is.
type ParseError struct {
	Input  string
	Offset int
	Msg    string
	Err    error
}

// Error returns the error in the form
//
//	calendar: parsing "ngày 31/02/2024" at byte 5: day 31 out of range for February
func (e *ParseError) Error() string {
	return "calendar: parsing " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrRange is the error a *ParseError wraps (test it with errors.Is) when
// the text writes a date with a number that no calendar has: a day, month,
// quarter, year or time of day out of range ("ngày 31/4/2024", "tháng
// 13/2024", "quý V", "15/12/20251", "ngày 15 tháng 3 năm 0", "25 giờ").
// The years the parser reads are 1900–2199, as directives write them.
const ErrRange = exprError("number out of range")
