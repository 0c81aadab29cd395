package pipeline

import (
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/metatest"
)

// TestDateHintOrder: yearless dates (an embargo in Special Instructions)
// take the metadata's creation date, else the caption's own date, never
// the file's modification time, which says when the file was copied, not
// when the photo was sent.
func TestDateHintOrder(t *testing.T) {
	created := metatest.Fields{"date_created": {Value: "2023-07-01"}}
	withDate := &caption.Caption{Date: &caption.Date{Time: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Precision: caption.PrecisionDay}}
	withMonth := &caption.Caption{Date: &caption.Date{Time: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Precision: caption.PrecisionMonth}}
	withYear := &caption.Caption{Date: &caption.Date{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Precision: caption.PrecisionYear}}
	for _, tc := range []struct {
		name   string
		fields metatest.Fields
		cp     *caption.Caption
		want   string
	}{
		{"metadata date first", created, withDate, "2023-07-01"},
		{"caption date before mtime", nil, withDate, "2024-03-05"},
		{"caption month", nil, withMonth, "2024-03-01"},
		{"caption year alone: none", nil, withYear, "0001-01-01"},
		{"caption without date: none", nil, &caption.Caption{}, "0001-01-01"},
		{"no caption yet: none", nil, nil, "0001-01-01"},
	} {
		if got := dateHint(tc.fields.Typed(), tc.cp).UTC().Format("2006-01-02"); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
