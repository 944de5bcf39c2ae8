// Package calendar holds the dates of Vietnamese administration: civil dates
// ([Date]), periods, and the time expressions of directives — issue dates,
// partial draft dates, months, quarters, halves, phases, deadlines,
// recurrences and offsets from an event — parsed from a phrase ([Parse]) or
// found in running text ([FindAll]) with exact byte spans, and written back in
// canonical administrative Vietnamese.
//
// It also holds the Vietnamese lunar calendar (computed for UTC+7), the
// statutory public holidays and the civil-service working calendar with each
// year's announced swaps, and the legal rules for counting deadlines (Civil
// Code 2015, Art. 144–148).
//
// The package is pure: it reads no clock and no files, and keeps no mutable
// global state. Every "as of" question takes its date as an argument.
package calendar
