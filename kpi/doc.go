// Package kpi reads and tracks the percentage targets that directives set —
// "100% hệ thống thông tin giải quyết thủ tục hành chính …", "tối thiểu 10%
// tổng số thu …", "không quá 5%" — with exact fixed-point arithmetic: a
// [Percent] never passes through a float, measurements keep their counts, and
// totals across agencies are sums of numerators over sums of denominators.
// Targets are evaluated as of a date against their due date.
package kpi
