package calendar

import "testing"

func TestMarchDays(t *testing.T) {
	check := func(d Date) {
		if got, want := int(marchDays(d))-epochShift, d.Days(); got != want {
			t.Fatalf("marchDays(%v) - epochShift = %d, want %d", d, got, want)
		}
		if got, want := weekdayOfMarch(marchDays(d)), uint(d.Weekday()); got != want {
			t.Fatalf("weekdayOfMarch(%v) = %d, want %d", d, got, want)
		}
		if got, want := dayOfYear(d), d.DaysSince(Date{d.Year, 1, 1}); got != want {
			t.Fatalf("dayOfYear(%v) = %d, want %d", d, got, want)
		}
	}
	for d := (Date{1, 1, 1}); d.Year <= 9999; d = d.AddDays(1) {
		if d.Year > 3 && d.Year < 1890 {
			d = Date{1890, 1, 1}
		}
		if d.Year > 2110 && d.Year < 9990 {
			d = Date{9990, 1, 1}
		}
		check(d)
	}
}
