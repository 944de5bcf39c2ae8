// Package render writes a directive's Report for people: a printable HTML
// page (HTML), a spreadsheet (CSV) and a calendar of deadlines (ICS).
//
// Every renderer writes to an io.Writer and does nothing else: no file, no
// network, no clock. The day a report is "as of" is the report's own
// (directive.Report.AsOf), and the same inputs always give the same bytes.
//
// Labels are Vietnamese, dates are written day first ("30/06/2024",
// directive.NumericDate) and percentages with a decimal comma ("87,5%").
package render
