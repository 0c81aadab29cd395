package imagemeta

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// Field is one editorial field reconciled across sources.
type Field struct {
	Value   any            `json:"value"`
	Sources map[string]any `json:"sources"`
	InSync  bool           `json:"in_sync"`
}

// Source names, as keys of Field.Sources.
const (
	SourceEXIF       = "exif"
	SourceIPTC       = "iptc"
	SourceXMP        = "xmp"
	SourceXMPSidecar = "xmp_sidecar"
)

// fieldSpec says where each editorial field lives in each source (DESIGN.md).
type fieldSpec struct {
	name  string
	exif  string
	iptc  string
	xmp   string
	list  bool // byline, keywords: arrays
	kind  string
	limit int // IIM maximum length, for comparing a truncated IIM value
}

var fieldSpecs = []fieldSpec{
	{name: "caption", exif: "ImageDescription", iptc: "Caption-Abstract", xmp: "dc:Description", limit: 2000},
	{name: "headline", iptc: "Headline", xmp: "photoshop:Headline", limit: 256},
	{name: "title", iptc: "ObjectName", xmp: "dc:Title", limit: 64},
	{name: "credit", iptc: "Credit", xmp: "photoshop:Credit", limit: 32},
	{name: "source", iptc: "Source", xmp: "photoshop:Source", limit: 32},
	{name: "copyright", exif: "Copyright", iptc: "CopyrightNotice", xmp: "dc:Rights", limit: 128},
	{name: "byline", exif: "Artist", iptc: "By-line", xmp: "dc:Creator", list: true, limit: 32},
	{name: "byline_title", iptc: "By-lineTitle", xmp: "photoshop:AuthorsPosition", limit: 32},
	{name: "instructions", iptc: "SpecialInstructions", xmp: "photoshop:Instructions", limit: 256},
	{name: "usage_terms", xmp: "xmpRights:UsageTerms"},
	{name: "date_created", iptc: "DateCreated", xmp: "photoshop:DateCreated", kind: "date"},
	{name: "city", iptc: "City", xmp: "photoshop:City", limit: 32},
	{name: "sublocation", iptc: "Sub-location", xmp: "Iptc4xmpCore:Location", limit: 32},
	{name: "region", iptc: "Province-State", xmp: "photoshop:State", limit: 32},
	{name: "country", iptc: "Country-PrimaryLocationName", xmp: "photoshop:Country", limit: 64},
	{name: "country_code", iptc: "Country-PrimaryLocationCode", xmp: "Iptc4xmpCore:CountryCode", limit: 3},
	{name: "keywords", iptc: "Keywords", xmp: "dc:Subject", list: true, limit: 64},
	{name: "gps", exif: "GPS", xmp: "GPS", kind: "gps"},
	{name: "datetime_original", exif: "DateTimeOriginal", xmp: "exif:DateTimeOriginal", kind: "date"},
	{name: "transmission_reference", iptc: "OriginalTransmissionReference", xmp: "photoshop:TransmissionReference", limit: 32},
	{name: "writer", iptc: "Writer-Editor", xmp: "photoshop:CaptionWriter", limit: 32},
	// IPTC Extension: how the image was made, and the 2025.1 AI fields.
	{name: "digital_source_type", xmp: "Iptc4xmpExt:DigitalSourceType"},
	{name: "ai_system_used", xmp: "Iptc4xmpExt:AISystemUsed"},
	{name: "ai_system_version_used", xmp: "Iptc4xmpExt:AISystemVersionUsed"},
	{name: "ai_prompt_information", xmp: "Iptc4xmpExt:AIPromptInformation"},
	{name: "ai_prompt_writer_name", xmp: "Iptc4xmpExt:AIPromptWriterName"},
	// Where the C2PA manifest is (C2PA 2.1, 11.2): in the file or remote.
	{name: "provenance_reference", xmp: "dcterms:Provenance"},
	// PLUS: whether data mining (AI training among it) is allowed.
	{name: "data_mining", xmp: "plus:DataMining"},
}

// FieldNames lists the editorial fields in contract order.
func FieldNames() []string {
	out := make([]string, len(fieldSpecs))
	for i, f := range fieldSpecs {
		out[i] = f.name
	}
	return out
}

// Fields reconciles the editorial fields. The value is taken from XMP, then
// IIM, then EXIF, as the Metadata Working Group advises when the IPTC
// digest matches (or is absent); when the digest says the XMP is stale the
// IIM comes first. A sidecar .xmp, edited after the fact, wins over all.
func (m *Metadata) Fields() map[string]*Field {
	out := map[string]*Field{}
	order := []string{SourceXMPSidecar, SourceXMP, SourceIPTC, SourceEXIF}
	if m.IPTCDigest == "mismatch" {
		order = []string{SourceXMPSidecar, SourceIPTC, SourceXMP, SourceEXIF}
	}
	for _, spec := range fieldSpecs {
		src := map[string]any{}
		if v := m.sourceValue(spec, SourceEXIF); v != nil {
			src[SourceEXIF] = v
		}
		if v := m.sourceValue(spec, SourceIPTC); v != nil {
			src[SourceIPTC] = v
		}
		if v := m.sourceValue(spec, SourceXMP); v != nil {
			src[SourceXMP] = v
		}
		if v := m.sourceValue(spec, SourceXMPSidecar); v != nil {
			src[SourceXMPSidecar] = v
		}
		if len(src) == 0 {
			continue
		}
		f := &Field{Sources: src, InSync: true}
		for _, s := range order {
			if v, ok := src[s]; ok {
				f.Value = v
				break
			}
		}
		for _, v := range src {
			if !sameValue(spec, v, f.Value) {
				f.InSync = false
			}
		}
		out[spec.name] = f
	}
	return out
}

func (m *Metadata) sourceValue(spec fieldSpec, source string) any {
	switch source {
	case SourceEXIF:
		if spec.exif == "" {
			return nil
		}
		if spec.kind == "gps" {
			lat, ok1 := m.EXIF["GPSLatitude"].(float64)
			lon, ok2 := m.EXIF["GPSLongitude"].(float64)
			if !ok1 || !ok2 {
				return nil
			}
			return map[string]any{"lat": lat, "lon": lon}
		}
		v, ok := m.EXIF[spec.exif]
		if !ok {
			return nil
		}
		s, _ := v.(string)
		if spec.kind == "date" {
			return exifDateISO(s, str(m.EXIF["OffsetTimeOriginal"]))
		}
		if spec.list {
			return splitList(s)
		}
		return nonEmpty(s)
	case SourceIPTC:
		if spec.iptc == "" {
			return nil
		}
		v, ok := m.IPTC[spec.iptc]
		if !ok {
			return nil
		}
		if spec.kind == "date" {
			return iimDateISO(str(v), str(m.IPTC["TimeCreated"]))
		}
		if spec.list {
			return toList(v)
		}
		return nonEmpty(str(v))
	case SourceXMP, SourceXMPSidecar:
		props := m.XMP
		if source == SourceXMPSidecar {
			props = m.XMPSidecar
		}
		if spec.xmp == "" || props == nil {
			return nil
		}
		if spec.kind == "gps" {
			lat, ok1 := xmpGPS(str(props["exif:GPSLatitude"]))
			lon, ok2 := xmpGPS(str(props["exif:GPSLongitude"]))
			if !ok1 || !ok2 {
				return nil
			}
			return map[string]any{"lat": lat, "lon": lon}
		}
		v, ok := props[spec.xmp]
		if !ok {
			return nil
		}
		if spec.kind == "date" {
			return xmpDateISO(str(v))
		}
		if spec.list {
			return toList(v)
		}
		if list, ok := v.([]any); ok && len(list) > 0 {
			v = list[0]
		}
		return nonEmpty(str(v))
	}
	return nil
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	case nil:
		return ""
	default:
		return fmt.Sprint(t)
	}
	return ""
}

func nonEmpty(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}

func toList(v any) any {
	var out []any
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			if s := str(x); strings.TrimSpace(s) != "" {
				out = append(out, s)
			}
		}
	default:
		if s := str(t); strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func splitList(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []any{s}
}

// sameValue compares two source values: text with white space folded, an
// IIM value cut at its dataset limit equal to the start of the longer one.
func sameValue(spec fieldSpec, a, b any) bool {
	if spec.kind == "gps" {
		ma, _ := a.(map[string]any)
		mb, _ := b.(map[string]any)
		if ma == nil || mb == nil {
			return false
		}
		return math.Abs(ma["lat"].(float64)-mb["lat"].(float64)) < 1e-4 && math.Abs(ma["lon"].(float64)-mb["lon"].(float64)) < 1e-4
	}
	if spec.kind == "date" {
		sa, sb := str(a), str(b)
		n := min(len(sa), len(sb))
		return sa[:min(n, 19)] == sb[:min(n, 19)]
	}
	if la, ok := a.([]any); ok {
		lb, ok := b.([]any)
		if !ok || len(la) != len(lb) {
			return false
		}
		for i := range la {
			if !sameText(str(la[i]), str(lb[i]), spec.limit) {
				return false
			}
		}
		return true
	}
	if reflect.DeepEqual(a, b) {
		return true
	}
	return sameText(str(a), str(b), spec.limit)
}

func sameText(a, b string, limit int) bool {
	a, b = strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " ")
	if a == b {
		return true
	}
	if limit > 0 {
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		return len(short) >= limit-1 && strings.HasPrefix(long, short)
	}
	return false
}

var (
	exifDateRe = regexp.MustCompile(`^(\d{4}):(\d{2}):(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?`)
	offsetRe   = regexp.MustCompile(`^[+-]\d{2}:\d{2}$`)
	// isoDateRe is an XMP date as written: a date with '-' or ':' (ExifTool
	// accepts both), a time after 'T' or a space, fractions of seconds,
	// and a zone ("Z", "+01:00", "+0100"), optionally after a space.
	isoDateRe = regexp.MustCompile(`^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? ?(Z|[+-]\d{2}:?\d{2})?)?)?)?$`)
)

// exifDateISO turns "2022:01:06 12:00:00" and "+03:00" into RFC 3339.
func exifDateISO(s, offset string) any {
	m := exifDateRe.FindStringSubmatch(s)
	if m == nil || m[1] == "0000" {
		return nil
	}
	out := m[1] + "-" + m[2] + "-" + m[3]
	if m[4] != "" {
		out += "T" + m[4] + ":" + m[5] + ":" + m[6]
		if offsetRe.MatchString(offset) {
			out += offset
		}
	}
	return out
}

// iimDateISO joins IIM DateCreated ("2022:01:06", as ParseIIM prints it)
// and TimeCreated ("12:00:00+03:00"). A date of another shape is given as
// it is written, never re-cut.
func iimDateISO(date, tm string) any {
	date = strings.TrimSpace(date)
	if date == "" {
		return nil
	}
	m := exifDateRe.FindStringSubmatch(date)
	if m == nil || len(m[0]) != len(date) {
		return date
	}
	out := m[1] + "-" + m[2] + "-" + m[3]
	if t := isoDateRe.FindStringSubmatch("2000-01-01T" + tm); t != nil && t[4] != "" {
		out += "T" + t[4] + ":" + t[5] + ":" + orZero(t[6]) + zone(t[7])
	}
	return out
}

// xmpDateISO normalises XMP dates ("2022-01-06T12:00:00+03:00",
// "2022-01-06", "2022", "2015-09-17T04:49:00 +00:00") to ISO 8601 without
// fractions of seconds; a value of another shape is given as written.
func xmpDateISO(s string) any {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	m := isoDateRe.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	out := m[1]
	if m[2] != "" {
		out += "-" + m[2]
	}
	if m[3] != "" {
		out += "-" + m[3]
	}
	if m[4] != "" {
		out += "T" + m[4] + ":" + m[5] + ":" + orZero(m[6]) + zone(m[7])
	}
	return out
}

func orZero(sec string) string {
	if sec == "" {
		return "00"
	}
	return sec
}

// zone writes a time zone as RFC 3339 does ("Z", "+01:00").
func zone(z string) string {
	if len(z) == 5 {
		return z[:3] + ":" + z[3:]
	}
	return z
}

// xmpGPS parses the XMP form "26,34.951N" or "26,34,57N", or a decimal.
func xmpGPS(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, true
	}
	ref := s[len(s)-1]
	parts := strings.Split(s[:len(s)-1], ",")
	var v float64
	div := 1.0
	for _, p := range parts {
		f, err := strconv.ParseFloat(p, 64)
		if err != nil {
			return 0, false
		}
		v += f / div
		div *= 60
	}
	switch ref {
	case 'S', 's', 'W', 'w':
		v = -v
	case 'N', 'n', 'E', 'e':
	default:
		return 0, false
	}
	return round6(v), true
}

// Identifier is one identifier a photo carries: an agency's asset or
// transmission id, a GUID, a registry entry (summary.identifiers).
type Identifier struct {
	Scheme string `json:"scheme"` // see identifierSpecs; "file_name" for the photo's file name
	Value  string `json:"value"`
	Source string `json:"source"` // iptc, xmp, xmp_sidecar, file
}

// identifierSpec says where one identifier scheme lives. An Object Name
// (IIM 2:05, XMP dc:title) is an identifier only for the agencies that put
// their picture id there, recognised by its shape.
type identifierSpec struct {
	scheme string
	iptc   string
	xmp    string
	shape  *regexp.Regexp // when set, only values of this shape (with a digit) are ids
}

var identifierSpecs = []identifierSpec{
	// Getty Images' asset id (XMP GettyImagesGIFT namespace).
	{scheme: "getty_asset_id", xmp: "GettyImagesGIFT:AssetID"},
	// PLUS Image Supplier Image ID: AP, among others, writes its own id here.
	{scheme: "supplier_image_id", xmp: "plus:ImageSupplierImageID"},
	// IIM 1:100 Unique Object Name (EPA writes its unique document id here).
	{scheme: "unique_object_name", iptc: "UniqueObjectName"},
	// IIM 2:22 Fixture Identifier (Reuters' story or fixture id).
	{scheme: "fixture_id", iptc: "FixtureIdentifier"},
	// IIM 2:103 / XMP photoshop:TransmissionReference.
	{scheme: "transmission_reference", iptc: "OriginalTransmissionReference", xmp: "photoshop:TransmissionReference"},
	// Object Name as Reuters writes its picture id ("RC2AB3CD4EF5", older
	// "RTX4ABCD") and EPA its own ("epa01234567").
	{scheme: "reuters_id", iptc: "ObjectName", xmp: "dc:Title", shape: regexp.MustCompile(`^(?:R[CL][0-9A-Z]{10,12}|RT[RX][0-9A-Z]{4,6})$`)},
	{scheme: "epa_id", iptc: "ObjectName", xmp: "dc:Title", shape: regexp.MustCompile(`^(?i:epa)[0-9]{8}$`)},
	// IPTC Extension Digital Image GUID.
	{scheme: "digital_image_guid", xmp: "Iptc4xmpExt:DigImageGUID"},
}

// Identifiers lists the identifiers the metadata carries, each scheme and
// value once, XMP before IIM (Iptc4xmpExt:RegistryId entries as
// "registry_id", "org:item" when the organisation is given). The file
// name is the caller's to add.
func (m *Metadata) Identifiers() []Identifier {
	out := []Identifier{}
	add := func(scheme, value, source string) {
		value = strings.TrimSpace(value)
		if value == "" || len(value) > 256 {
			return
		}
		for _, id := range out {
			if id.Scheme == scheme && id.Value == value {
				return
			}
		}
		out = append(out, Identifier{Scheme: scheme, Value: value, Source: source})
	}
	for _, spec := range identifierSpecs {
		for _, src := range []struct {
			name  string
			props map[string]any
			key   string
		}{{SourceXMPSidecar, m.XMPSidecar, spec.xmp}, {SourceXMP, m.XMP, spec.xmp}, {SourceIPTC, m.IPTC, spec.iptc}} {
			if src.key == "" || src.props == nil {
				continue
			}
			v := strings.TrimSpace(str(src.props[src.key]))
			if spec.shape != nil && (!spec.shape.MatchString(v) || !strings.ContainsAny(v, "0123456789")) {
				continue
			}
			add(spec.scheme, v, src.name)
		}
	}
	for _, src := range []struct {
		name  string
		props map[string]any
	}{{SourceXMPSidecar, m.XMPSidecar}, {SourceXMP, m.XMP}} {
		for _, e := range asList(src.props["Iptc4xmpExt:RegistryId"]) {
			entry, _ := e.(map[string]any)
			item, org := str(entry["RegItemId"]), str(entry["RegOrgId"])
			if item != "" && org != "" {
				item = org + ":" + item
			}
			add("registry_id", item, src.name)
		}
	}
	return out
}

func asList(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case nil:
		return nil
	}
	return []any{v}
}
