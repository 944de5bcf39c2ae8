package kpi

import "strconv"

// A ParseError reports why a string could not be read as a percentage or a
// target. Input is the text given to the parser, Offset the byte offset in
// Input where the problem was found, and Msg the reason. Err, when set, is
// the sentinel error the reason is an instance of (ErrNoPercentage,
// ErrStatistic), for callers that branch with errors.Is.
type ParseError struct {
	Input  string // the text given to the parser
	Offset int    // byte offset in Input where the problem was found
	Msg    string // the reason
	Err    error  // the sentinel wrapped, or nil
}

// Error returns the error in the form
//
//	kpi: parsing "92,5 %%" at byte 5: unexpected text after the percentage
func (e *ParseError) Error() string {
	return "kpi: parsing " + strconv.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// kpiError is the type of the package's sentinel errors.
type kpiError string

// Error returns the message of e.
func (e kpiError) Error() string { return string(e) }

// The sentinel errors of the package, for errors.Is.
const (
	// ErrNoPercentage: ParsePercent or ParseTarget found no number or no
	// percentage in its input ("", "không có số").
	ErrNoPercentage = kpiError("no percentage")
	// ErrStatistic: ParseTarget's phrase reports a figure reached ("Năm
	// 2023 đã đạt 85%"), not a target.
	ErrStatistic = kpiError("a progress statistic, not a target")
	// ErrZeroDenominator: a count out of zero ("5 of 0") measures nothing.
	ErrZeroDenominator = kpiError("zero denominator")
	// ErrCountRange: a numerator outside [0, den] ("50 of 40", "−1 of
	// 40") or a negative denominator is no share of anything.
	ErrCountRange = kpiError("numerator outside [0, denominator]")
)

// A CountError reports counts that make no measurement: NewCount's Num of
// Den, and Err, ErrZeroDenominator or ErrCountRange.
type CountError struct {
	Num, Den int64
	Err      error
}

// Error returns "kpi: count 50 of 40: numerator outside [0, denominator]".
func (e *CountError) Error() string {
	msg := e.Err.Error()
	if e.Err == ErrCountRange && e.Den < 0 {
		msg = "negative denominator"
	}
	return "kpi: count " + itoa64(e.Num) + " of " + itoa64(e.Den) + ": " + msg
}

// Unwrap returns e.Err.
func (e *CountError) Unwrap() error { return e.Err }
