package imagemeta

import (
	"strconv"
	"time"
)

// Precision says how much of a Date its text gave.
type Precision uint8

// The precisions of a date, from none (the text could not be read) to the
// second. A time to the minute is written with ":00" seconds, as ExifTool
// and the sidecar have always written it.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
	PrecisionSecond
)

var precisionNames = [...]string{"none", "year", "month", "day", "minute", "second"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Date is a metadata date: EXIF DateTimeOriginal, IIM DateCreated with
// TimeCreated, an XMP date. It is written (String, JSON) in ISO 8601 as
// the sidecar's metadata.fields always held it: "2022-01-06",
// "2022-01-06T12:00:00+03:00", "2022" for an XMP year alone.
type Date struct {
	// Time is the date, in the zone the text gave ("Z" as time.UTC), or
	// in UTC when it gave none (Zoned false). Zero when Precision is
	// PrecisionNone.
	Time      time.Time
	Precision Precision
	Zoned     bool
	// Text is the value as written when it could not be read as a date
	// (PrecisionNone): an IIM date of another shape, a free-text XMP date.
	Text string
}

// layouts are the ISO 8601 forms of each precision, zone apart.
var layouts = [...]string{PrecisionYear: "2006", PrecisionMonth: "2006-01", PrecisionDay: "2006-01-02",
	PrecisionMinute: "2006-01-02T15:04:00", PrecisionSecond: "2006-01-02T15:04:05"}

// String writes the date in ISO 8601 to its precision, with its zone when
// it has one; a date not read is its Text.
func (d Date) String() string {
	if d.Precision == PrecisionNone || int(d.Precision) >= len(layouts) {
		return d.Text
	}
	s := d.Time.Format(layouts[d.Precision])
	if d.Zoned && d.Precision >= PrecisionMinute {
		if d.Time.Location() == time.UTC {
			return s + "Z"
		}
		return s + d.Time.Format("-07:00")
	}
	return s
}

// Day is the date's day at midnight UTC (the day as written, in the
// date's own zone), when the date gives one.
func (d Date) Day() (time.Time, bool) {
	if d.Precision < PrecisionDay || d.Precision == PrecisionNone {
		return time.Time{}, false
	}
	y, m, day := d.Time.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), true
}

// MarshalText writes String: a date is a JSON string.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText writes (a sidecar read back).
func (d *Date) UnmarshalText(b []byte) error {
	*d = dateOf(string(b))
	return nil
}

// dateOf reads an ISO 8601 date as the normalisers below write it. Text
// that does not come back unchanged through String is kept as written,
// never re-cut (a month 13, a day 30 of February).
func dateOf(s string) Date {
	m := isoDateRe.FindStringSubmatch(s)
	if m == nil {
		return Date{Text: s}
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	d := Date{Precision: PrecisionYear}
	month, day, loc := 1, 1, time.UTC
	switch {
	case m[4] != "" && m[6] != "":
		d.Precision = PrecisionSecond
	case m[4] != "":
		d.Precision = PrecisionMinute
	case m[3] != "":
		d.Precision = PrecisionDay
	case m[2] != "":
		d.Precision = PrecisionMonth
	}
	if m[2] != "" {
		month = n(2)
	}
	if m[3] != "" {
		day = n(3)
	}
	if z := m[7]; z != "" && z != "Z" && len(z) == 6 {
		h, _ := strconv.Atoi(z[1:3])
		mi, _ := strconv.Atoi(z[4:6])
		secs := (h*60 + mi) * 60
		if z[0] == '-' {
			secs = -secs
		}
		loc = time.FixedZone("", secs)
	}
	d.Zoned = m[7] != ""
	d.Time = time.Date(n(1), time.Month(month), day, n(4), n(5), n(6), 0, loc)
	if d.String() != s {
		return Date{Text: s}
	}
	return d
}
