package imagemeta

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDatePrecision: each form a source writes reads to its precision and
// zone, and String gives back the text the sidecar has always held.
func TestDatePrecision(t *testing.T) {
	plus3 := time.FixedZone("", 3*3600)
	cases := []struct {
		d         Date
		precision Precision
		zoned     bool
		time      time.Time
		text      string
		day       string // "" when the date gives no day
	}{
		{xmpDate("2022-01-06T12:34:56+03:00"), PrecisionSecond, true, time.Date(2022, 1, 6, 12, 34, 56, 0, plus3), "2022-01-06T12:34:56+03:00", "2022-01-06"},
		{xmpDate("2022-01-06T23:30-05:00"), PrecisionMinute, true, time.Date(2022, 1, 7, 4, 30, 0, 0, time.UTC), "2022-01-06T23:30:00-05:00", "2022-01-06"},
		{xmpDate("2022-01-06T12:00:00Z"), PrecisionSecond, true, time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC), "2022-01-06T12:00:00Z", "2022-01-06"},
		{xmpDate("2022-01-06T12:00:00+00:00"), PrecisionSecond, true, time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC), "2022-01-06T12:00:00+00:00", "2022-01-06"},
		{xmpDate("2022-01"), PrecisionMonth, false, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), "2022-01", ""},
		{xmpDate("2022"), PrecisionYear, false, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), "2022", ""},
		{exifDate("2022:01:06 12:00:00", "+03:00"), PrecisionSecond, true, time.Date(2022, 1, 6, 12, 0, 0, 0, plus3), "2022-01-06T12:00:00+03:00", "2022-01-06"},
		{exifDate("2022:01:06 12:00:00", "junk"), PrecisionSecond, false, time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC), "2022-01-06T12:00:00", "2022-01-06"},
		{iimDate("2022:01:06", ""), PrecisionDay, false, time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), "2022-01-06", "2022-01-06"},
		{iimDate("2022-01-06", ""), PrecisionDay, false, time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), "2022-01-06", "2022-01-06"},
		// Not dates: kept as written, no day taken from them.
		{iimDate("2022:02:30", ""), PrecisionNone, false, time.Time{}, "2022-02-30", ""},
		{xmpDate("Sept. 2015"), PrecisionNone, false, time.Time{}, "Sept. 2015", ""},
		{exifDate("2022:13:06 12:00:00", ""), PrecisionNone, false, time.Time{}, "2022-13-06T12:00:00", ""},
	}
	for _, c := range cases {
		d := c.d
		if d.Precision != c.precision || d.Zoned != c.zoned || !d.Time.Equal(c.time) || d.String() != c.text {
			t.Errorf("%q: got %v zoned %v %v %q, want %v zoned %v %v", c.text, d.Precision, d.Zoned, d.Time, d.String(), c.precision, c.zoned, c.time)
		}
		day, ok := d.Day()
		if got := ""; ok {
			got = day.Format("2006-01-02")
			if got != c.day {
				t.Errorf("%q: day %s, want %q", c.text, got, c.day)
			}
		} else if c.day != "" {
			t.Errorf("%q: no day, want %s", c.text, c.day)
		}
		b, _ := json.Marshal(d)
		var back Date
		if err := json.Unmarshal(b, &back); err != nil || back.String() != c.text {
			t.Errorf("%q: JSON %s read back as %q (%v)", c.text, b, back.String(), err)
		}
	}
}

// TestFieldsJSONOrder: Fields writes its members in the order a map of
// them by name writes them (sorted), the order of metadata.fields in every
// sidecar written so far, and every name FieldNames gives is a member.
func TestFieldsJSONOrder(t *testing.T) {
	f := &Fields{}
	for _, spec := range fieldSpecs {
		switch p := spec.at(f).(type) {
		case **Field[string]:
			*p = &Field[string]{Value: "x", Sources: map[string]string{SourceIPTC: "x"}}
		case **Field[[]string]:
			*p = &Field[[]string]{Value: []string{"x"}, Sources: map[string][]string{SourceIPTC: {"x"}}}
		case **Field[Date]:
			*p = &Field[Date]{Value: xmpDate("2022"), Sources: map[string]Date{SourceIPTC: xmpDate("2022")}}
		case **Field[LatLon]:
			*p = &Field[LatLon]{Value: LatLon{1, 2}, Sources: map[string]LatLon{SourceEXIF: {1, 2}}}
		default:
			t.Fatalf("%s: member of type %T", spec.name, p)
		}
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		keys = append(keys, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	want := slices.Sorted(slices.Values(FieldNames()))
	if !slices.Equal(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	var back Fields
	if err := json.Unmarshal(b, &back); err != nil || back.GPS.Value != (LatLon{1, 2}) || back.DateCreated.Value.String() != "2022" {
		t.Errorf("read back: %v %+v", err, back.GPS)
	}
	if e := f.Entries(); len(e) != len(fieldSpecs) || e[0].Name != "caption" || e[0].Sources[0] != SourceIPTC {
		t.Errorf("entries: %+v", e)
	}
	if f.Text("credit") != f.Credit || f.List("byline") != f.Byline || f.Date("date_created") != f.DateCreated || f.Text("byline") != nil ||
		!f.Has("gps") || !f.Has("byline") || f.Has("nothing") || (&Fields{}).Has("credit") {
		t.Error("by-name access")
	}
}
