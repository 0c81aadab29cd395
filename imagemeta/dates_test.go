package imagemeta

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDateNormalisation(t *testing.T) {
	xmp := []struct{ in, want string }{
		{"2022-01-06T12:00:00+03:00", "2022-01-06T12:00:00+03:00"},
		{"2015-09-17T04:49:00 +00:00", "2015-09-17T04:49:00+00:00"},
		{"2015-09-17T04:49:00Z", "2015-09-17T04:49:00Z"},
		{"2015-09-17T04:49:00.123-0500", "2015-09-17T04:49:00-05:00"},
		{"2015-09-17T04:49", "2015-09-17T04:49:00"},
		{"2015:09:17 04:49:00", "2015-09-17T04:49:00"},
		{"2015-09-17", "2015-09-17"},
		{"2015-09", "2015-09"},
		{"2015", "2015"},
		{"Sept. 2015", "Sept. 2015"},
		{"2015-09-17T", "2015-09-17T"},
	}
	for _, c := range xmp {
		if got := xmpDate(c.in).String(); got != c.want {
			t.Errorf("xmpDate(%q) = %v, want %q", c.in, got, c.want)
		}
	}
	iim := []struct{ date, time, want string }{
		{"2022:01:06", "12:00:00+03:00", "2022-01-06T12:00:00+03:00"},
		{"2022:01:06", "", "2022-01-06"},
		{"2022:01:06", "12:00:00", "2022-01-06T12:00:00"},
		{"2015-09-", "", "2015-09-"},
		{"2015-09-", "12:00:00", "2015-09-"},
	}
	for _, c := range iim {
		if got := iimDate(c.date, c.time).String(); got != c.want {
			t.Errorf("iimDate(%q, %q) = %v, want %q", c.date, c.time, got, c.want)
		}
	}
	// IIM dates and times that are not CCYYMMDD / HHMMSS stay as written.
	tags, _, _ := ParseIIM(iimBlock(map[byte]string{55: "2015-09-", 60: "12h30", 30: "20240301", 35: "093000+0100"}))
	want := map[string]string{"DateCreated": "2015-09-", "TimeCreated": "12h30", "ReleaseDate": "2024:03:01", "ReleaseTime": "09:30:00+01:00"}
	for k, v := range want {
		if tags[k] != v {
			t.Errorf("IIM %s = %v, want %q", k, tags[k], v)
		}
	}
}

// iimBlock writes record 2 datasets.
func iimBlock(sets map[byte]string) []byte {
	var b []byte
	for n, v := range sets {
		b = append(b, 0x1c, 2, n, byte(len(v)>>8), byte(len(v)))
		b = append(b, v...)
	}
	return b
}

var exifToolDateRe = regexp.MustCompile(`^(\d{4}):(\d{2}):(\d{2})(?: (\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$`)

// isoFromExifTool turns ExifTool's printed date into the ISO form the
// fields carry (fractions of seconds dropped); other shapes stay as they are.
func isoFromExifTool(s string) string {
	m := exifToolDateRe.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	out := m[1] + "-" + m[2] + "-" + m[3]
	if m[4] != "" {
		if len(m[4]) == 5 {
			m[4] += ":00"
		}
		out += "T" + m[4] + m[5]
	}
	return out
}

// TestDatesAgainstExifTool: the date fields of every corpus photo, per
// source, are ExifTool's reading in ISO 8601.
func TestDatesAgainstExifTool(t *testing.T) {
	checked := 0
	for _, c := range corpusDirs {
		raw, err := os.ReadFile(filepath.Join(c.ref, "exiftool.json"))
		if err != nil {
			t.Skipf("image corpus not found at %s: %v", c.ref, err)
		}
		var records []map[string]any
		if err := json.Unmarshal(raw, &records); err != nil {
			t.Fatal(err)
		}
		for _, rec := range records {
			name := filepath.Base(rec["SourceFile"].(string))
			if strings.HasSuffix(strings.ToLower(name), ".heic") {
				continue
			}
			m, _ := ReadFile(filepath.Join(c.files, name))
			if m == nil {
				continue
			}
			f := m.Fields()
			want := map[[2]string]string{}
			if d, ok := rec["XMP-photoshop:DateCreated"].(string); ok {
				want[[2]string{"date_created", "xmp"}] = isoFromExifTool(d)
			}
			if d, ok := rec["XMP-exif:DateTimeOriginal"].(string); ok {
				want[[2]string{"datetime_original", "xmp"}] = isoFromExifTool(d)
			}
			if d, ok := rec["IPTC:DateCreated"].(string); ok {
				tm, _ := rec["IPTC:TimeCreated"].(string)
				want[[2]string{"date_created", "iptc"}] = isoFromExifTool(strings.TrimSpace(d + " " + tm))
			}
			for k, w := range want {
				checked++
				var got any
				if d := f.Date(k[0]); d != nil {
					if v, ok := d.Sources[k[1]]; ok {
						got = v.String()
					}
				}
				if got != w {
					t.Errorf("%s %s from %s = %v, ExifTool reads %q", name, k[0], k[1], got, w)
				}
			}
		}
	}
	t.Logf("%d date values compared", checked)
	if checked < 50 {
		t.Errorf("only %d date values compared", checked)
	}
}

// TestEXIFLatin1: EXIF text that is not UTF-8 is read as Windows-1252 with
// a charset note, where ExifTool's JSON shows '?' (the quirk the corpus
// comparison pins in exifToolQuirk).
func TestEXIFLatin1(t *testing.T) {
	path := filepath.Join(imageCorpus, "more", "files", "phpexif_utf8.jpg")
	m, err := ReadFile(path)
	if err != nil {
		t.Skipf("corpus file not found: %v", err)
	}
	if m.EXIF["Artist"] != "©Brian Zak PHOTOlink" || !hasNoteKind(m, "charset") {
		t.Errorf("Artist = %q, notes %+v", m.EXIF["Artist"], m.Notes)
	}
}

func TestStandardLangCase(t *testing.T) {
	for in, want := range map[string]string{"fr": "fr", "EN-us": "en-US", "de-CH": "de-CH", "zh-Hant": "zh-hant",
		"en-GB-oxendict": "en-GB-oxendict", "X-Default": "x-default", "i-klingon": "i-klingon"} {
		if got := standardLangCase(in); got != want {
			t.Errorf("standardLangCase(%q) = %q, want %q", in, got, want)
		}
	}
}
