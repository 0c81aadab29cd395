package caption

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Precision is how much of a Date a caption states. It is written in JSON
// as its string.
type Precision string

// Precisions of a Date.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
	// PrecisionWeekday is a weekday ("on Monday") with no stated date to
	// resolve it against: the Date's Time is zero.
	PrecisionWeekday Precision = "weekday"
)

// precisionLayouts are the layouts a Date's value is written in, by
// precision; a precision not listed has no value.
var precisionLayouts = map[Precision]string{
	PrecisionDay:   "2006-01-02",
	PrecisionMonth: "2006-01",
	PrecisionYear:  "2006",
}

// SourceKind says how a picture not taken by the agency reached it
// (Source.Kind). It is written in JSON as its string.
type SourceKind string

// Kinds of Source.
const (
	SourceHandout     SourceKind = "handout"      // released by the subject (a government, a company, a club)
	SourcePool        SourceKind = "pool"         // taken by a pool photographer for all members
	SourceSocialMedia SourceKind = "social_media" // taken from a social network post
	SourceScreengrab  SourceKind = "screengrab"   // a frame of a broadcast or video
	SourceAgency      SourceKind = "agency"       // a partner agency the distributor relays
)

// String returns the date's value at its precision: YYYY-MM-DD, YYYY-MM
// or YYYY; "" when it is unresolved.
func (d Date) String() string {
	if layout, ok := d.layout(); ok {
		return d.Time.Format(layout)
	}
	return ""
}

// layout is the layout of the date's value; false when it has none.
func (d *Date) layout() (string, bool) {
	layout, ok := precisionLayouts[d.Precision]
	return layout, ok && !d.Time.IsZero()
}

// appendValue appends String's value as a JSON string, or null.
func (d *Date) appendValue(dst []byte) []byte {
	layout, ok := d.layout()
	if !ok {
		return append(dst, "null"...)
	}
	dst = append(dst, '"')
	return append(d.Time.AppendFormat(dst, layout), '"')
}

// UnmarshalJSON reads the JSON MarshalJSON writes (a sidecar's date). A
// value that is not a date at its precision is a *DateError.
func (d *Date) UnmarshalJSON(b []byte) error {
	var in struct {
		Value     *string   `json:"value"`
		Text      string    `json:"text"`
		Precision Precision `json:"precision"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	out := Date{Text: in.Text, Precision: in.Precision}
	if in.Value != nil {
		layout, ok := precisionLayouts[in.Precision]
		if !ok {
			return &DateError{Text: *in.Value, Err: fmt.Errorf("%w %q", ErrPrecision, in.Precision)}
		}
		t, err := time.Parse(layout, *in.Value)
		if err != nil {
			return &DateError{Text: *in.Value, Err: err}
		}
		out.Time = t
	}
	*d = out
	return nil
}

// ErrPrecision is the cause of a DateError whose precision has no value
// (weekday) or is unknown.
var ErrPrecision = errors.New("no date value at precision")

// DateError is a date caption cannot read: ParseDateHint's argument, or a
// Date's value in JSON. Err is the cause: a *time.ParseError, or
// ErrPrecision.
type DateError struct {
	Text string
	Err  error
}

func (e *DateError) Error() string {
	return fmt.Sprintf("caption: %q is not a date: %v", e.Text, e.Err)
}

func (e *DateError) Unwrap() error { return e.Err }
