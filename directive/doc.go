// Package directive models a Vietnamese administrative directive — its number
// and type under Decree 30/2020/NĐ-CP, the documents it cites, its
// assignments and their tasks with lead and cooperating agencies, deadlines
// and percentage targets, and its signature — and parses that model from the
// text of a directive as it is actually received, converted from PDF, Word or
// a web page. It derives each task's status as of a date and builds progress
// reports.
package directive
