package pipeline

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
)

// TestDateHintOrder: yearless dates (an embargo in Special Instructions)
// take the metadata's creation date, else the caption's own date, and only
// then the file's modification time, which says when the file was copied,
// not when the photo was sent.
func TestDateHintOrder(t *testing.T) {
	p := filepath.Join(t.TempDir(), "photo.jpg")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	mtime := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(p, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	created := map[string]*imagemeta.Field{"date_created": {Value: "2023-07-01"}}
	withDate := &caption.Caption{Date: &caption.Date{Value: "2024-03-05", Precision: "day"}}
	withMonth := &caption.Caption{Date: &caption.Date{Value: "2024-03", Precision: "month"}}
	for _, tc := range []struct {
		name   string
		fields map[string]*imagemeta.Field
		cp     *caption.Caption
		want   string
	}{
		{"metadata date first", created, withDate, "2023-07-01"},
		{"caption date before mtime", nil, withDate, "2024-03-05"},
		{"caption month", nil, withMonth, "2024-03-01"},
		{"caption without date: mtime", nil, &caption.Caption{}, "2026-11-27"},
		{"no caption yet: mtime", nil, nil, "2026-11-27"},
	} {
		if got := dateHint(tc.fields, tc.cp, st).UTC().Format("2006-01-02"); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
