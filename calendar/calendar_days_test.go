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
		if !validDate(d) {
			t.Fatalf("validDate(%v) = false", d)
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

func TestValidDate(t *testing.T) {
	for _, d := range []Date{{}, {2023, 2, 29}, {2024, 2, 30}, {2024, 13, 1}, {2024, 0, 1}, {0, 1, 1}, {10000, 1, 1}, {2024, 4, 31}, {2024, 1, 0}, {2024, 1, -3}} {
		if validDate(d) {
			t.Errorf("validDate(%+v) = true", d)
		}
	}
}
