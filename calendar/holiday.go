package calendar

// HolidayKind says why a day departs from the weekly rule: a public holiday,
// a compensatory or bridge day off, a day off added by the user of a
// Calendar, or a weekly rest day that is worked. The zero HolidayKind is
// HolidayKindUnknown.
type HolidayKind uint8

// The kinds of special day. Their text forms ("holiday", "substitute",
// "bridge", "local", "workday") are those of
// testdata/vn-civil-service-days-2018-2026.json.
const (
	HolidayKindUnknown HolidayKind = iota
	HolidayPublic                  // a statutory public holiday (ngày nghỉ lễ, tết)
	HolidaySubstitute              // a compensatory day off for a holiday on a weekly rest day (nghỉ bù)
	HolidayBridge                  // a working day given off in exchange for a worked rest day (ngày nghỉ hoán đổi)
	HolidayLocal                   // any other day off added to a Calendar: a local holiday, an employer's day off
	HolidayWorkday                 // a weekly rest day that is worked (ngày làm bù); not a day off
)

var holidayKindNames = [...]string{"", "holiday", "substitute", "bridge", "local", "workday"}

// String returns the text form of k, "" for HolidayKindUnknown.
func (k HolidayKind) String() string {
	if int(k) < len(holidayKindNames) {
		return holidayKindNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k HolidayKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives
// HolidayKindUnknown.
func (k *HolidayKind) UnmarshalText(b []byte) error {
	for i, n := range holidayKindNames {
		if string(b) == n {
			*k = HolidayKind(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Msg: "unknown holiday kind"}
}

// IsDayOff reports whether a day of kind k is not worked: every kind but
// HolidayWorkday and HolidayKindUnknown.
func (k HolidayKind) IsDayOff() bool { return k >= HolidayPublic && k <= HolidayLocal }

// A Holiday is a day that departs from the weekly rule of a Calendar: a day
// off on a working weekday or a holiday on a rest day (Kind other than
// HolidayWorkday), or a rest day that is worked (HolidayWorkday). Name is the
// Vietnamese name ("Tết Nguyên Đán", "Quốc khánh (nghỉ bù)", "Ngày làm bù"),
// Source the law or announcement it comes from, and Provisional is set when
// the day was derived from the statutory rules for a year whose schedule has
// not been announced.
type Holiday struct {
	Date        Date
	Name        string
	Kind        HolidayKind
	Source      string
	Provisional bool
}

// officialDay is one entry of the announced schedule (official_days.go).
type officialDay struct {
	Date   Date
	Kind   HolidayKind
	Name   string
	Source string
}
