// Package kpi reads and tracks the percentage targets that directives set —
// "100% hệ thống thông tin giải quyết thủ tục hành chính …", "tối thiểu 10%
// tổng số thu …", "không quá 5%" — with exact fixed-point arithmetic: a
// [Percent] never passes through a float, measurements keep their counts, and
// totals across agencies are sums of numerators over sums of denominators.
// Targets are evaluated as of a date against their due date.
//
// # Percentages
//
// A [Percent] counts ten-thousandths of a percentage point (92,5% is
// 925000). It is built exactly from counts with [FromCounts] (37 of 40 is
// 92,5%), formatted the Vietnamese way with a decimal comma ("92,5%"),
// parsed from "92,5%", "92.5%", "92,5 %" or "100 phần trăm" by
// [ParsePercent], and written to JSON as a number of percent (87.5).
//
// The package has one rounding rule: a value with more than four decimal
// places of a percent is rounded to the nearest Percent, halves away from
// zero. It applies to ratios of counts, to parsed text with more decimals,
// to projections and to totals; each result is rounded once, from the exact
// value.
//
// # Targets in text
//
// [FindTargets], [FindStatistics] and [Find] read a sentence, a paragraph or
// a whole document (folded with internal/vntext, so NFD and upper case
// input reads alike; its words are matched with their diacritics where the
// text has them, "đất" is not "đạt", and by their folding alone where it is
// written without, "dat" is "đạt") and return every [Target] — an [Op], a value (a
// range has a Max too), the metric it applies to, the baseline of a change,
// and byte spans into the caller's text — and, separately, every progress
// [Statistic] ("mới đạt 39,5%", "chiếm 52,3%", "tăng 12% so với cùng kỳ"),
// which is never a target. What governs a figure decides: a goal verb or a
// goal date makes a target; a legal threshold, a rate or an entitlement
// ("khi có ít nhất 80% thành viên", "bằng 160% giá", "được hỗ trợ 100% học
// phí") is none.
// [FindAsOf] and [FindTargetsAsOf] also take the document's issue date, so
// that a figure of a period already over ("năm 2023 tỷ lệ … đạt 45,2%" in a
// plan of 2024) is read as a result unless a demand word sets it.
// [ParseTarget] reads one phrase. The rules are documented on [Find].
//
// # Measurements, evaluation and aggregation
//
// A [Measurement] is a value on a date, with its counts when known; a
// [Series] holds them. [Evaluate] says, as of a date and against a due date,
// whether a target is [Met], [OnTrack], [AtRisk], [Missed] or has [NoData],
// with the current value, the gap and a linear projection to the due date
// (the method is documented on Evaluate). Nothing reads the clock.
//
// A [Tally] sums counts in 128 bits so that the ratio of any number of
// measurements is exact; tallies merge in any order, so totals can be
// computed in parallel or stored and merged later. A [Rollup] keeps a tally
// per agency and says which agencies pull the total down and how far each is
// from a target.
//
// The service-quality index of Decision 766/QĐ-TTg is in the subpackage
// kpi/sqi.
package kpi
