package imagemeta

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Value is the type of a field's value: text, a list (by-line,
// keywords), a position or a date.
type Value interface {
	string | []string | LatLon | Date
}

// Field is one editorial field reconciled across sources: the value
// Fields chose, the value each source gives, and whether they agree.
type Field[T Value] struct {
	Value T `json:"value"`
	// Sources holds each source's value under its name (SourceEXIF,
	// SourceIPTC, SourceXMP, SourceXMPSidecar; a caller may add its own,
	// as the desk adds a feed item's).
	Sources map[string]T `json:"sources"`
	InSync  bool         `json:"in_sync"`
}

// LatLon is a position in decimal degrees (WGS 84), south and west
// negative.
type LatLon struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

func (p LatLon) String() string {
	return strconv.FormatFloat(p.Lat, 'f', -1, 64) + "," + strconv.FormatFloat(p.Lon, 'f', -1, 64)
}

// Fields are the editorial fields reconciled across EXIF, IIM and XMP;
// a field no source gives is nil. They are declared in the order of their
// JSON names, the order the sidecar's metadata.fields has always had;
// FieldNames gives the contract order.
type Fields struct {
	AIPromptInformation   *Field[string]   `json:"ai_prompt_information,omitempty"`
	AIPromptWriterName    *Field[string]   `json:"ai_prompt_writer_name,omitempty"`
	AISystemUsed          *Field[string]   `json:"ai_system_used,omitempty"`
	AISystemVersionUsed   *Field[string]   `json:"ai_system_version_used,omitempty"`
	Byline                *Field[[]string] `json:"byline,omitempty"`
	BylineTitle           *Field[string]   `json:"byline_title,omitempty"`
	Caption               *Field[string]   `json:"caption,omitempty"`
	City                  *Field[string]   `json:"city,omitempty"`
	Copyright             *Field[string]   `json:"copyright,omitempty"`
	Country               *Field[string]   `json:"country,omitempty"`
	CountryCode           *Field[string]   `json:"country_code,omitempty"`
	Credit                *Field[string]   `json:"credit,omitempty"`
	DataMining            *Field[string]   `json:"data_mining,omitempty"`
	DateCreated           *Field[Date]     `json:"date_created,omitempty"`
	DateTimeOriginal      *Field[Date]     `json:"datetime_original,omitempty"`
	DigitalSourceType     *Field[string]   `json:"digital_source_type,omitempty"`
	GPS                   *Field[LatLon]   `json:"gps,omitempty"`
	Headline              *Field[string]   `json:"headline,omitempty"`
	Instructions          *Field[string]   `json:"instructions,omitempty"`
	Keywords              *Field[[]string] `json:"keywords,omitempty"`
	ProvenanceReference   *Field[string]   `json:"provenance_reference,omitempty"`
	Region                *Field[string]   `json:"region,omitempty"`
	Source                *Field[string]   `json:"source,omitempty"`
	Sublocation           *Field[string]   `json:"sublocation,omitempty"`
	Title                 *Field[string]   `json:"title,omitempty"`
	TransmissionReference *Field[string]   `json:"transmission_reference,omitempty"`
	UsageTerms            *Field[string]   `json:"usage_terms,omitempty"`
	Writer                *Field[string]   `json:"writer,omitempty"`
}

// Source names, as keys of Field.Sources.
const (
	SourceEXIF       = "exif"
	SourceIPTC       = "iptc"
	SourceXMP        = "xmp"
	SourceXMPSidecar = "xmp_sidecar"
)

// fieldSpec says where each editorial field lives in each source
// (DESIGN.md) and which member of Fields holds it (at gives the address of
// its *Field[T], the type saying the field's kind).
type fieldSpec struct {
	name  string
	exif  string
	iptc  string
	xmp   string
	limit int // IIM maximum length, for comparing a truncated IIM value
	at    func(*Fields) any
}

var fieldSpecs = []fieldSpec{
	{name: "caption", exif: "ImageDescription", iptc: "Caption-Abstract", xmp: "dc:Description", limit: 2000, at: func(f *Fields) any { return &f.Caption }},
	{name: "headline", iptc: "Headline", xmp: "photoshop:Headline", limit: 256, at: func(f *Fields) any { return &f.Headline }},
	{name: "title", iptc: "ObjectName", xmp: "dc:Title", limit: 64, at: func(f *Fields) any { return &f.Title }},
	{name: "credit", iptc: "Credit", xmp: "photoshop:Credit", limit: 32, at: func(f *Fields) any { return &f.Credit }},
	{name: "source", iptc: "Source", xmp: "photoshop:Source", limit: 32, at: func(f *Fields) any { return &f.Source }},
	{name: "copyright", exif: "Copyright", iptc: "CopyrightNotice", xmp: "dc:Rights", limit: 128, at: func(f *Fields) any { return &f.Copyright }},
	{name: "byline", exif: "Artist", iptc: "By-line", xmp: "dc:Creator", limit: 32, at: func(f *Fields) any { return &f.Byline }},
	{name: "byline_title", iptc: "By-lineTitle", xmp: "photoshop:AuthorsPosition", limit: 32, at: func(f *Fields) any { return &f.BylineTitle }},
	{name: "instructions", iptc: "SpecialInstructions", xmp: "photoshop:Instructions", limit: 256, at: func(f *Fields) any { return &f.Instructions }},
	{name: "usage_terms", xmp: "xmpRights:UsageTerms", at: func(f *Fields) any { return &f.UsageTerms }},
	{name: "date_created", iptc: "DateCreated", xmp: "photoshop:DateCreated", at: func(f *Fields) any { return &f.DateCreated }},
	{name: "city", iptc: "City", xmp: "photoshop:City", limit: 32, at: func(f *Fields) any { return &f.City }},
	{name: "sublocation", iptc: "Sub-location", xmp: "Iptc4xmpCore:Location", limit: 32, at: func(f *Fields) any { return &f.Sublocation }},
	{name: "region", iptc: "Province-State", xmp: "photoshop:State", limit: 32, at: func(f *Fields) any { return &f.Region }},
	{name: "country", iptc: "Country-PrimaryLocationName", xmp: "photoshop:Country", limit: 64, at: func(f *Fields) any { return &f.Country }},
	{name: "country_code", iptc: "Country-PrimaryLocationCode", xmp: "Iptc4xmpCore:CountryCode", limit: 3, at: func(f *Fields) any { return &f.CountryCode }},
	{name: "keywords", iptc: "Keywords", xmp: "dc:Subject", limit: 64, at: func(f *Fields) any { return &f.Keywords }},
	{name: "gps", exif: "GPS", xmp: "GPS", at: func(f *Fields) any { return &f.GPS }},
	{name: "datetime_original", exif: "DateTimeOriginal", xmp: "exif:DateTimeOriginal", at: func(f *Fields) any { return &f.DateTimeOriginal }},
	{name: "transmission_reference", iptc: "OriginalTransmissionReference", xmp: "photoshop:TransmissionReference", limit: 32, at: func(f *Fields) any { return &f.TransmissionReference }},
	{name: "writer", iptc: "Writer-Editor", xmp: "photoshop:CaptionWriter", limit: 32, at: func(f *Fields) any { return &f.Writer }},
	// IPTC Extension: how the image was made, and the 2025.1 AI fields.
	{name: "digital_source_type", xmp: "Iptc4xmpExt:DigitalSourceType", at: func(f *Fields) any { return &f.DigitalSourceType }},
	{name: "ai_system_used", xmp: "Iptc4xmpExt:AISystemUsed", at: func(f *Fields) any { return &f.AISystemUsed }},
	{name: "ai_system_version_used", xmp: "Iptc4xmpExt:AISystemVersionUsed", at: func(f *Fields) any { return &f.AISystemVersionUsed }},
	{name: "ai_prompt_information", xmp: "Iptc4xmpExt:AIPromptInformation", at: func(f *Fields) any { return &f.AIPromptInformation }},
	{name: "ai_prompt_writer_name", xmp: "Iptc4xmpExt:AIPromptWriterName", at: func(f *Fields) any { return &f.AIPromptWriterName }},
	// Where the C2PA manifest is (C2PA 2.1, 11.2): in the file or remote.
	{name: "provenance_reference", xmp: "dcterms:Provenance", at: func(f *Fields) any { return &f.ProvenanceReference }},
	// PLUS: whether data mining (AI training among it) is allowed.
	{name: "data_mining", xmp: "plus:DataMining", at: func(f *Fields) any { return &f.DataMining }},
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
func (m *Metadata) Fields() *Fields {
	out := &Fields{}
	order := []string{SourceXMPSidecar, SourceXMP, SourceIPTC, SourceEXIF}
	if m.IPTCDigest == "mismatch" {
		order = []string{SourceXMPSidecar, SourceIPTC, SourceXMP, SourceEXIF}
	}
	for _, spec := range fieldSpecs {
		switch p := spec.at(out).(type) {
		case **Field[string]:
			*p = reconcileField(m, spec, order, m.textValue, func(a, b string) bool { return sameText(a, b, spec.limit) })
		case **Field[[]string]:
			*p = reconcileField(m, spec, order, m.listValue, func(a, b []string) bool { return sameList(a, b, spec.limit) })
		case **Field[Date]:
			*p = reconcileField(m, spec, order, m.dateValue, sameDate)
		case **Field[LatLon]:
			*p = reconcileField(m, spec, order, m.gpsValue, samePlace)
		}
	}
	return out
}

// Text is the text field of that name ("credit", as FieldNames names
// it), nil when absent or not a text field.
func (f *Fields) Text(name string) *Field[string] { return named[string](f, name) }

// List is the list field of that name ("byline", "keywords"), nil when
// absent.
func (f *Fields) List(name string) *Field[[]string] { return named[[]string](f, name) }

// Date is the date field of that name ("date_created",
// "datetime_original"), nil when absent.
func (f *Fields) Date(name string) *Field[Date] { return named[Date](f, name) }

// Has reports whether the field of that name is present.
func (f *Fields) Has(name string) bool {
	i := slices.IndexFunc(fieldSpecs, func(s fieldSpec) bool { return s.name == name })
	if f == nil || i < 0 {
		return false
	}
	switch p := fieldSpecs[i].at(f).(type) {
	case **Field[string]:
		return *p != nil
	case **Field[[]string]:
		return *p != nil
	case **Field[Date]:
		return *p != nil
	case **Field[LatLon]:
		return *p != nil
	}
	return false
}

func named[T Value](f *Fields, name string) *Field[T] {
	if f == nil {
		return nil
	}
	for _, spec := range fieldSpecs {
		if spec.name == name {
			p, _ := spec.at(f).(**Field[T])
			if p == nil {
				return nil
			}
			return *p
		}
	}
	return nil
}

// Entry is one field as text, for code that walks every field whatever
// its type (a listing, a sync check).
type Entry struct {
	Name string
	// Text is the value as text: a list's entries joined by "; ", a
	// position as "lat,lon", a date in ISO 8601.
	Text    string
	Sources []string // the sources that give the field, sorted
	InSync  bool
}

// Entries lists the fields present, in contract order.
func (f *Fields) Entries() []Entry {
	if f == nil {
		return nil
	}
	var out []Entry
	for _, spec := range fieldSpecs {
		var e Entry
		switch p := spec.at(f).(type) {
		case **Field[string]:
			e = entry(*p, func(v string) string { return v })
		case **Field[[]string]:
			e = entry(*p, func(v []string) string { return strings.Join(v, "; ") })
		case **Field[Date]:
			e = entry(*p, Date.String)
		case **Field[LatLon]:
			e = entry(*p, LatLon.String)
		}
		if e.Sources != nil {
			e.Name = spec.name
			out = append(out, e)
		}
	}
	return out
}

func entry[T Value](f *Field[T], text func(T) string) Entry {
	if f == nil {
		return Entry{}
	}
	return Entry{Text: text(f.Value), Sources: slices.Sorted(maps.Keys(f.Sources)), InSync: f.InSync}
}

var allSources = []string{SourceEXIF, SourceIPTC, SourceXMP, SourceXMPSidecar}

// reconcileField gathers one field's value from every source (get), takes
// the first in order and says whether the others agree (same); nil when
// no source gives it.
func reconcileField[T Value](m *Metadata, spec fieldSpec, order []string, get func(fieldSpec, string) (T, bool), same func(a, b T) bool) *Field[T] {
	var f *Field[T]
	for _, src := range allSources {
		if v, ok := get(spec, src); ok {
			if f == nil {
				f = &Field[T]{Sources: map[string]T{}, InSync: true}
			}
			f.Sources[src] = v
		}
	}
	if f == nil {
		return nil
	}
	for _, src := range order {
		if v, ok := f.Sources[src]; ok {
			f.Value = v
			break
		}
	}
	for _, v := range f.Sources {
		f.InSync = f.InSync && same(v, f.Value)
	}
	return f
}

// raw is the value a source's tag map holds for the field.
func (m *Metadata) raw(spec fieldSpec, source string) (any, bool) {
	var props map[string]any
	key := ""
	switch source {
	case SourceEXIF:
		props, key = m.EXIF, spec.exif
	case SourceIPTC:
		props, key = m.IPTC, spec.iptc
	case SourceXMP:
		props, key = m.XMP, spec.xmp
	case SourceXMPSidecar:
		props, key = m.XMPSidecar, spec.xmp
	}
	if key == "" || props == nil {
		return nil, false
	}
	v, ok := props[key]
	return v, ok
}

func (m *Metadata) textValue(spec fieldSpec, source string) (string, bool) {
	v, ok := m.raw(spec, source)
	if !ok {
		return "", false
	}
	var s string
	switch source {
	case SourceEXIF:
		s, _ = v.(string) // a number where text belongs is no text
	case SourceXMP, SourceXMPSidecar:
		if list, ok := v.([]any); ok && len(list) > 0 {
			v = list[0]
		}
		s = str(v)
	default:
		s = str(v)
	}
	return s, strings.TrimSpace(s) != ""
}

func (m *Metadata) listValue(spec fieldSpec, source string) ([]string, bool) {
	v, ok := m.raw(spec, source)
	if !ok {
		return nil, false
	}
	if source == SourceEXIF {
		// EXIF Artist is one string, names and all.
		s, _ := v.(string)
		return []string{s}, strings.TrimSpace(s) != ""
	}
	var out []string
	for _, x := range asList(v) {
		if s := str(x); strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out, len(out) > 0
}

func (m *Metadata) dateValue(spec fieldSpec, source string) (Date, bool) {
	v, ok := m.raw(spec, source)
	if !ok {
		return Date{}, false
	}
	var d Date
	switch source {
	case SourceEXIF:
		s, _ := v.(string)
		d = exifDate(s, str(m.EXIF["OffsetTimeOriginal"]))
	case SourceIPTC:
		d = iimDate(str(v), str(m.IPTC["TimeCreated"]))
	default:
		d = xmpDate(str(v))
	}
	return d, d.Precision != PrecisionNone || d.Text != ""
}

func (m *Metadata) gpsValue(spec fieldSpec, source string) (LatLon, bool) {
	switch {
	case spec.exif != "" && source == SourceEXIF:
		lat, ok1 := m.EXIF["GPSLatitude"].(float64)
		lon, ok2 := m.EXIF["GPSLongitude"].(float64)
		return LatLon{lat, lon}, ok1 && ok2
	case spec.xmp != "" && (source == SourceXMP || source == SourceXMPSidecar):
		props := m.XMP
		if source == SourceXMPSidecar {
			props = m.XMPSidecar
		}
		if props == nil {
			return LatLon{}, false
		}
		lat, ok1 := xmpGPS(str(props["exif:GPSLatitude"]))
		lon, ok2 := xmpGPS(str(props["exif:GPSLongitude"]))
		return LatLon{lat, lon}, ok1 && ok2
	}
	return LatLon{}, false
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

// sameList compares two lists entry by entry, as sameText does.
func sameList(a, b []string, limit int) bool {
	return slices.EqualFunc(a, b, func(x, y string) bool { return sameText(x, y, limit) })
}

// sameDate compares two dates as written, to the second, zone apart; a
// date to the day agrees with any time that day.
func sameDate(a, b Date) bool {
	sa, sb := a.String(), b.String()
	n := min(len(sa), len(sb), 19)
	return sa[:n] == sb[:n]
}

// samePlace: two positions within 1e-4 degrees (about 11 m) agree.
func samePlace(a, b LatLon) bool {
	return math.Abs(a.Lat-b.Lat) < 1e-4 && math.Abs(a.Lon-b.Lon) < 1e-4
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

// exifDate reads "2022:01:06 12:00:00" and "+03:00" (OffsetTimeOriginal).
func exifDate(s, offset string) Date {
	m := exifDateRe.FindStringSubmatch(s)
	if m == nil || m[1] == "0000" {
		return Date{}
	}
	out := m[1] + "-" + m[2] + "-" + m[3]
	if m[4] != "" {
		out += "T" + m[4] + ":" + m[5] + ":" + m[6]
		if offsetRe.MatchString(offset) {
			out += offset
		}
	}
	return dateOf(out)
}

// iimDate joins IIM DateCreated ("2022:01:06", as ParseIIM prints it)
// and TimeCreated ("12:00:00+03:00"). A date of another shape is kept as
// it is written, never re-cut.
func iimDate(date, tm string) Date {
	date = strings.TrimSpace(date)
	if date == "" {
		return Date{}
	}
	m := exifDateRe.FindStringSubmatch(date)
	if m == nil || len(m[0]) != len(date) {
		// An ISO 8601 day is read as one; anything else is kept as written.
		if d := dateOf(date); d.Precision == PrecisionDay {
			return d
		}
		return Date{Text: date}
	}
	out := m[1] + "-" + m[2] + "-" + m[3]
	if t := isoDateRe.FindStringSubmatch("2000-01-01T" + tm); t != nil && t[4] != "" {
		out += "T" + t[4] + ":" + t[5] + ":" + orZero(t[6]) + zone(t[7])
		return toMinute(dateOf(out), t[6] == "")
	}
	return dateOf(out)
}

// xmpDate reads XMP dates ("2022-01-06T12:00:00+03:00", "2022-01-06",
// "2022", "2015-09-17T04:49:00 +00:00"), fractions of seconds dropped; a
// value of another shape is kept as written.
func xmpDate(s string) Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}
	}
	m := isoDateRe.FindStringSubmatch(s)
	if m == nil {
		return Date{Text: s}
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
	return toMinute(dateOf(out), m[4] != "" && m[6] == "")
}

// toMinute marks a time written without seconds as known to the minute.
func toMinute(d Date, minute bool) Date {
	if minute && d.Precision == PrecisionSecond {
		d.Precision = PrecisionMinute
	}
	return d
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

// Release and Expiration are IIM Release Date/Time and Expiration
// Date/Time (2:30, 2:35, 2:37, 2:38), read as DateCreated and TimeCreated
// are; zero when absent.
func (m *Metadata) Release() Date {
	return iimDate(str(m.IPTC["ReleaseDate"]), str(m.IPTC["ReleaseTime"]))
}

// Expiration: see Release.
func (m *Metadata) Expiration() Date {
	return iimDate(str(m.IPTC["ExpirationDate"]), str(m.IPTC["ExpirationTime"]))
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
