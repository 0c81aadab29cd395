package imagemeta

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const imageCorpus = "../../shared/corpus/images"

// editorialTags maps ExifTool's "Group:Tag" to where wirecap keeps it.
var editorialTags = map[string]struct{ dir, key string }{
	"IFD0:ImageDescription": {"exif", "ImageDescription"}, "IFD0:Artist": {"exif", "Artist"},
	"IFD0:Copyright": {"exif", "Copyright"}, "IFD0:Make": {"exif", "Make"}, "IFD0:Model": {"exif", "Model"},
	"IFD0:Orientation": {"exif", "Orientation"}, "ExifIFD:DateTimeOriginal": {"exif", "DateTimeOriginal"},
	"ExifIFD:OffsetTimeOriginal": {"exif", "OffsetTimeOriginal"},
	"Composite:GPSLatitude":      {"exif", "GPSLatitude"}, "Composite:GPSLongitude": {"exif", "GPSLongitude"},
	"XMP-dc:Description": {"xmp", "dc:Description"}, "XMP-dc:Title": {"xmp", "dc:Title"},
	"XMP-dc:Creator": {"xmp", "dc:Creator"}, "XMP-dc:Rights": {"xmp", "dc:Rights"}, "XMP-dc:Subject": {"xmp", "dc:Subject"},
	"XMP-photoshop:Headline": {"xmp", "photoshop:Headline"}, "XMP-photoshop:Credit": {"xmp", "photoshop:Credit"},
	"XMP-photoshop:Source": {"xmp", "photoshop:Source"}, "XMP-photoshop:City": {"xmp", "photoshop:City"},
	"XMP-photoshop:State": {"xmp", "photoshop:State"}, "XMP-photoshop:Country": {"xmp", "photoshop:Country"},
	"XMP-photoshop:DateCreated": {"xmp", "photoshop:DateCreated"}, "XMP-photoshop:Instructions": {"xmp", "photoshop:Instructions"},
	"XMP-photoshop:TransmissionReference": {"xmp", "photoshop:TransmissionReference"},
	"XMP-photoshop:AuthorsPosition":       {"xmp", "photoshop:AuthorsPosition"},
	"XMP-photoshop:CaptionWriter":         {"xmp", "photoshop:CaptionWriter"},
	"XMP-iptcCore:CountryCode":            {"xmp", "Iptc4xmpCore:CountryCode"}, "XMP-iptcCore:Location": {"xmp", "Iptc4xmpCore:Location"},
	"XMP-xmpRights:UsageTerms": {"xmp", "xmpRights:UsageTerms"}, "XMP-exif:DateTimeOriginal": {"xmp", "exif:DateTimeOriginal"},
	"XMP-xmpNote:HasExtendedXMP": {"xmp", "xmpNote:HasExtendedXMP"},
}

func init() {
	for _, n := range []string{"ObjectName", "Keywords", "SpecialInstructions", "DateCreated", "TimeCreated", "By-line",
		"By-lineTitle", "City", "Sub-location", "Province-State", "Country-PrimaryLocationCode",
		"Country-PrimaryLocationName", "OriginalTransmissionReference", "Headline", "Credit", "Source",
		"CopyrightNotice", "Caption-Abstract", "Writer-Editor", "ReleaseDate", "ExpirationDate", "CodedCharacterSet", "Urgency"} {
		editorialTags["IPTC:"+n] = struct{ dir, key string }{"iptc", n}
	}
}

// editorialTag finds where wirecap keeps ExifTool's tag k, with the
// language suffix of an XMP alternative ("XMP-dc:Description-fr").
func editorialTag(k string) (where struct{ dir, key string }, lang string, ok bool) {
	if where, ok = editorialTags[k]; ok {
		return where, "", true
	}
	if i := strings.LastIndex(k, "-"); i > 0 {
		if base, ok2 := editorialTags[k[:i]]; ok2 && base.dir == "xmp" {
			return base, k[i:], true
		}
	}
	return where, "", false
}

var orientationNames = map[string]int{"Horizontal (normal)": 1, "Mirror horizontal": 2, "Rotate 180": 3, "Mirror vertical": 4,
	"Mirror horizontal and rotate 270 CW": 5, "Rotate 90 CW": 6, "Mirror horizontal and rotate 90 CW": 7, "Rotate 270 CW": 8}

var zoneSpaceRe = regexp.MustCompile(`(\d) +([+-]\d\d:?\d\d|Z)$`)

var unknownRe = regexp.MustCompile(`^Unknown \((\d+)\)$`)

var dmsRe = regexp.MustCompile(`^(\d+) deg (\d+)' ([\d.]+)" ([NSEW])$`)

// normalise brings an ExifTool value and a wirecap value to one form.
func normalise(key string, v any) string {
	switch t := v.(type) {
	case []any:
		var parts []string
		for _, x := range t {
			parts = append(parts, normalise(key, x))
		}
		return "[" + strings.Join(parts, "|") + "]"
	case float64:
		if t == math.Trunc(t) {
			return strconv.Itoa(int(t))
		}
		return strconv.FormatFloat(t, 'f', 4, 64)
	case int:
		return strconv.Itoa(t)
	case string:
		if m := dmsRe.FindStringSubmatch(t); m != nil {
			d, _ := strconv.ParseFloat(m[1], 64)
			mi, _ := strconv.ParseFloat(m[2], 64)
			s, _ := strconv.ParseFloat(m[3], 64)
			f := d + mi/60 + s/3600
			if m[4] == "S" || m[4] == "W" {
				f = -f
			}
			return normalise(key, f)
		}
		if o, ok := orientationNames[t]; ok && key == "Orientation" {
			return strconv.Itoa(o)
		}
		if m := unknownRe.FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if strings.Contains(key, "Date") || strings.Contains(key, "Time") {
			// ExifTool prints XMP dates EXIF-style ("2022:03:03 14:05:00+01:00");
			// separators are compared position by position so that a garbled
			// date cannot pass.
			// A zone written after a space ("04:49:00 +00:00", as some writers
			// do) is the same zone: ExifTool prints it without the space.
			t = zoneSpaceRe.ReplaceAllString(strings.TrimSpace(t), "$1$2")
			return strings.NewReplacer("-", ":", "T", " ").Replace(t)
		}
		return strings.TrimRight(t, " ")
	}
	return fmt.Sprint(v)
}

// corpusDirs are the real-image corpora: where exiftool.json lives and
// where the files it names are.
var corpusDirs = []struct{ name, ref, files string }{
	{"images", imageCorpus, imageCorpus},
	{"images/more", filepath.Join(imageCorpus, "more"), filepath.Join(imageCorpus, "more", "files")},
}

// TestImageCorpus compares every editorial value ExifTool reports for the
// real images in ../shared/corpus/images and images/more with what
// imagemeta reads, per source (IPTC, XMP, EXIF); each must agree fully.
func TestImageCorpus(t *testing.T) {
	for _, c := range corpusDirs {
		t.Run(strings.ReplaceAll(c.name, "/", "_"), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(c.ref, "exiftool.json"))
			if err != nil {
				t.Skipf("image corpus not found at %s (it lives in ../shared beside the repository): %v", c.ref, err)
			}
			var records []map[string]any
			if err := json.Unmarshal(raw, &records); err != nil {
				t.Fatal(err)
			}
			agree, total := map[string]int{}, map[string]int{}
			for _, rec := range records {
				name := filepath.Base(rec["SourceFile"].(string))
				if strings.HasSuffix(strings.ToLower(name), ".heic") {
					// HEIC is the bmff reader's (counted there).
					continue
				}
				m, err := ReadFile(filepath.Join(c.files, name))
				if err != nil {
					t.Logf("%s: %v", name, err)
				}
				if m == nil {
					m = &Metadata{}
				}
				a, n := compareRecordBySource(rec, m, name, t.Errorf)
				for k := range n {
					agree[k] += a[k]
					total[k] += n[k]
				}
			}
			for _, src := range []string{"iptc", "xmp", "exif"} {
				t.Logf("%s %s: %d/%d editorial values agree with ExifTool (%.1f%%)", c.name, src, agree[src], total[src],
					100*float64(agree[src])/float64(max(total[src], 1)))
			}
		})
	}
}

// compareRecordBySource is compareRecord counted per source directory.
func compareRecordBySource(rec map[string]any, m *Metadata, name string, report func(string, ...any)) (agree, total map[string]int) {
	agree, total = map[string]int{}, map[string]int{}
	for k, v := range rec {
		where, _, ok := editorialTag(k)
		if !ok {
			continue
		}
		a, n := compareRecord(map[string]any{k: v}, m, name, report)
		agree[where.dir] += a
		total[where.dir] += n
	}
	return agree, total
}

// compareRecord counts the editorial values of one ExifTool record (-j -G1)
// that imagemeta's reading m agrees with; report gets each disagreement.
func compareRecord(rec map[string]any, m *Metadata, name string, report func(string, ...any)) (agree, total int) {
	dirs := map[string]map[string]any{"exif": m.EXIF, "iptc": m.IPTC, "xmp": m.XMP}
	keys := make([]string, 0, len(rec))
	for k := range rec {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		where, lang, ok := editorialTag(k)
		if !ok {
			continue
		}
		total++
		g, w := normalise(where.key, dirs[where.dir][where.key+lang]), normalise(where.key, rec[k])
		if g == w || exifToolQuirk(k, g, w, m) {
			agree++
		} else {
			report("%s %s: got %.80q want %.80q", name, k, g, w)
		}
	}
	return agree, total
}

// exifToolQuirk accepts a difference that comes from a choice of ExifTool's
// that imagemeta deliberately does not follow:
//   - EXIF text that is not valid UTF-8, and IIM text declared UTF-8 that
//     is not: ExifTool's JSON shows '?' for each bad byte; imagemeta reads
//     the bytes as Windows-1252 / Latin-1 (with a charset note), so
//     "\xa9Brian" is "©Brian", not "?Brian".
//   - GPS tags present but empty: ExifTool's Composite position is ""; a
//     position imagemeta cannot read is absent, not empty.
func exifToolQuirk(tag, got, want string, m *Metadata) bool {
	switch {
	case (strings.HasPrefix(tag, "IFD0:") || strings.HasPrefix(tag, "IPTC:")) && strings.Contains(want, "?") && hasNoteKind(m, "charset"):
		var b strings.Builder
		for _, r := range got {
			if r >= 0x80 {
				r = '?'
			}
			b.WriteRune(r)
		}
		return b.String() == want
	case strings.HasPrefix(tag, "Composite:GPS") && want == "" && got == "<nil>":
		return true
	}
	return false
}

func hasNoteKind(m *Metadata, kind string) bool {
	for _, n := range m.Notes {
		if n.Kind == kind {
			return true
		}
	}
	return false
}

// TestNormalise: the comparison's normaliser equates only formats ExifTool
// prints differently, never a garbled value with its source.
func TestNormalise(t *testing.T) {
	same := [][3]string{
		{"photoshop:DateCreated", "2015-09-17T04:49:00 +00:00", "2015:09:17 04:49:00+00:00"},
		{"photoshop:DateCreated", "2022-03-03T14:05:00+01:00", "2022:03:03 14:05:00+01:00"},
		{"Orientation", "Unknown (0)", "0"},
	}
	for _, c := range same {
		if a, b := normalise(c[0], c[1]), normalise(c[0], c[2]); a != b {
			t.Errorf("%q and %q differ: %q %q", c[1], c[2], a, b)
		}
	}
	differ := [][3]string{
		{"DateCreated", "2015:-0:9-", "2015-09-"},
		{"photoshop:DateCreated", "2015-09-17T04:49:00T+00:00", "2015:09:17 04:49:00+00:00"},
	}
	for _, c := range differ {
		if normalise(c[0], c[1]) == normalise(c[0], c[2]) {
			t.Errorf("%q passes for %q", c[1], c[2])
		}
	}
}
