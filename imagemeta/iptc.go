package imagemeta

import (
	"bytes"
	"crypto/md5"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// iimNames maps record:dataset to ExifTool's IPTC tag names.
var iimNames = map[[2]byte]string{
	{1, 0}: "EnvelopeRecordVersion", {1, 5}: "Destination", {1, 20}: "FileFormat", {1, 22}: "FileVersion",
	{1, 30}: "ServiceIdentifier", {1, 40}: "EnvelopeNumber", {1, 50}: "ProductID", {1, 60}: "EnvelopePriority",
	{1, 70}: "DateSent", {1, 80}: "TimeSent", {1, 90}: "CodedCharacterSet", {1, 100}: "UniqueObjectName",
	{1, 120}: "ARMIdentifier", {1, 122}: "ARMVersion",
	{2, 0}: "ApplicationRecordVersion", {2, 3}: "ObjectTypeReference", {2, 4}: "ObjectAttributeReference",
	{2, 5}: "ObjectName", {2, 7}: "EditStatus", {2, 8}: "EditorialUpdate", {2, 10}: "Urgency",
	{2, 12}: "SubjectReference", {2, 15}: "Category", {2, 20}: "SupplementalCategories",
	{2, 22}: "FixtureIdentifier", {2, 25}: "Keywords", {2, 26}: "ContentLocationCode",
	{2, 27}: "ContentLocationName", {2, 30}: "ReleaseDate", {2, 35}: "ReleaseTime",
	{2, 37}: "ExpirationDate", {2, 38}: "ExpirationTime", {2, 40}: "SpecialInstructions",
	{2, 42}: "ActionAdvised", {2, 45}: "ReferenceService", {2, 47}: "ReferenceDate",
	{2, 50}: "ReferenceNumber", {2, 55}: "DateCreated", {2, 60}: "TimeCreated",
	{2, 62}: "DigitalCreationDate", {2, 63}: "DigitalCreationTime", {2, 65}: "OriginatingProgram",
	{2, 70}: "ProgramVersion", {2, 75}: "ObjectCycle", {2, 80}: "By-line", {2, 85}: "By-lineTitle",
	{2, 90}: "City", {2, 92}: "Sub-location", {2, 95}: "Province-State",
	{2, 100}: "Country-PrimaryLocationCode", {2, 101}: "Country-PrimaryLocationName",
	{2, 103}: "OriginalTransmissionReference", {2, 105}: "Headline", {2, 110}: "Credit",
	{2, 115}: "Source", {2, 116}: "CopyrightNotice", {2, 118}: "Contact", {2, 120}: "Caption-Abstract",
	{2, 121}: "LocalCaption", {2, 122}: "Writer-Editor", {2, 130}: "ImageType", {2, 131}: "ImageOrientation",
	{2, 135}: "LanguageIdentifier", {2, 184}: "JobID", {2, 187}: "MasterDocumentID",
	{2, 188}: "ShortDocumentID", {2, 189}: "UniqueDocumentID", {2, 190}: "OwnerID",
	{2, 221}: "Prefs", {2, 225}: "ClassifyState", {2, 228}: "SimilarityIndex", {2, 230}: "DocumentNotes",
	{2, 231}: "DocumentHistory",
}

// iimRepeatable datasets become arrays, as ExifTool lists them.
var iimRepeatable = map[string]bool{
	"Destination": true, "ProductID": true, "ObjectAttributeReference": true, "SubjectReference": true,
	"SupplementalCategories": true, "Keywords": true, "ContentLocationCode": true, "ContentLocationName": true,
	"ReferenceService": true, "ReferenceDate": true, "ReferenceNumber": true, "By-line": true,
	"By-lineTitle": true, "Contact": true, "Writer-Editor": true,
}

// iimNumeric datasets are binary integers.
var iimNumeric = map[string]bool{"EnvelopeRecordVersion": true, "FileFormat": true, "FileVersion": true,
	"ApplicationRecordVersion": true, "ARMIdentifier": true, "ARMVersion": true}

// iimDates and iimTimes are formatted as ExifTool prints them.
var (
	iimDates = map[string]bool{"DateSent": true, "ReleaseDate": true, "ExpirationDate": true, "ReferenceDate": true,
		"DateCreated": true, "DigitalCreationDate": true}
	iimTimes = map[string]bool{"TimeSent": true, "ReleaseTime": true, "ExpirationTime": true, "TimeCreated": true,
		"DigitalCreationTime": true}
)

const maxDataset = 1 << 20

// maxDatasets bounds the datasets of one IIM block (a wire photo has a
// few dozen; a block of empty datasets could hold millions).
const maxDatasets = 1 << 16

// parseIRB walks Photoshop image resource blocks and returns the IIM data
// (resource 0x0404) and the stored IPTC digest (0x0425).
func parseIRB(b []byte) (iim, digest []byte, err error) {
	for len(b) >= 12 {
		sig := string(b[:4])
		if sig != "8BIM" && sig != "PHUT" && sig != "DCSR" && sig != "AgHg" && sig != "MeSa" {
			return iim, digest, formatErr("iptc", -1, nil, "bad resource signature %q", sig)
		}
		id := binary.BigEndian.Uint16(b[4:6])
		nameLen := int(b[6])
		p := 7 + nameLen
		if p%2 == 1 {
			p++
		}
		if p+4 > len(b) {
			return iim, digest, formatErr("iptc", -1, ErrTruncated, "truncated resource header")
		}
		size := int(binary.BigEndian.Uint32(b[p : p+4]))
		p += 4
		if size < 0 || p+size > len(b) {
			// Photoshop writers sometimes over-state the last block; take what is there.
			size = len(b) - p
		}
		data := b[p : p+size]
		switch id {
		case 0x0404:
			if iim == nil {
				iim = data
			}
		case 0x0425:
			if len(data) == 16 {
				digest = data
			}
		}
		p += size
		if p%2 == 1 {
			p++
		}
		if p > len(b) {
			break
		}
		b = b[p:]
	}
	return iim, digest, nil
}

func md5sum(b []byte) []byte {
	s := md5.Sum(b)
	return s[:]
}

// ParseIIM parses IPTC IIM records 1 and 2. Strings are UTF-8 when 1:90
// declares it (ESC % G), else Windows-1252, as ExifTool reads them; bytes
// that are not valid UTF-8 under 1:90 are read as Latin-1 and noted.
// At most maxDatasets datasets, and MaxMetadataMemory of them, are read.
func ParseIIM(b []byte) (map[string]any, []Note, error) {
	tags, notes, _, err := parseIIM(b, MaxMetadataMemory)
	return tags, notes, err
}

// readIIM parses an IIM block within what is left of the photo's budget.
func (m *Metadata) readIIM(b []byte) (map[string]any, []Note, error) {
	tags, notes, cost, err := parseIIM(b, m.budget.left(false))
	m.budget.spent += cost
	if errors.Is(err, errOverBudget) {
		m.budget.refuse(false)
	}
	return tags, notes, err
}

// iimCost is what a dataset of n bytes costs once decoded: its string
// (Windows-1252 may take two bytes per byte) and its map or list entry.
func iimCost(n int) int64 { return 2*int64(n) + datasetCost }

// parseIIM is ParseIIM within a budget: it also returns what the tags
// cost, never more than budget.
func parseIIM(b []byte, budget int64) (map[string]any, []Note, int64, error) {
	sets, cost, perr := iimDatasets(b, budget)
	if cost < 0 { // not IIM at all
		return map[string]any{}, nil, 0, perr
	}
	utf8Declared := false
	for _, s := range sets {
		if s.rec == 1 && s.num == 90 && strings.Contains(string(s.data), "\x1b%G") {
			utf8Declared = true
		}
	}
	tags := make(map[string]any, len(sets))
	var notes []Note
	badUTF8 := false
	for _, s := range sets {
		name, ok := iimNames[[2]byte{s.rec, s.num}]
		if !ok {
			continue
		}
		v, bad := iimValue(name, s.data, utf8Declared)
		badUTF8 = badUTF8 || bad
		if iimRepeatable[name] {
			list, _ := tags[name].([]any)
			tags[name] = append(list, v)
		} else if _, dup := tags[name]; !dup {
			tags[name] = v
		}
	}
	// ExifTool prints a list of one as a plain value.
	for k, v := range tags {
		if list, ok := v.([]any); ok && len(list) == 1 {
			tags[k] = list[0]
		}
	}
	if badUTF8 {
		notes = append(notes, Note{Kind: "charset", Message: "IIM declares UTF-8 (1:90) but holds other bytes: read as Latin-1"})
	}
	return tags, notes, cost, perr
}

// iimDataset is one IIM dataset: record, number and value bytes.
type iimDataset struct {
	rec, num byte
	data     []byte
}

// iimDatasets splits an IIM block into datasets, charging each to the
// budget; what stops it early is the error. A block that does not start
// with a tag marker gives cost -1 (not IIM at all).
func iimDatasets(b []byte, budget int64) ([]iimDataset, int64, error) {
	var sets []iimDataset
	var cost int64
	for i := 0; i < len(b); {
		start := i
		if b[i] != 0x1C {
			if len(sets) == 0 {
				return nil, -1, formatErr("iptc", int64(i), nil, "no tag marker at offset %d", i)
			}
			// NUL padding after the last dataset is common; anything else
			// is damage, as ExifTool warns.
			if len(bytes.Trim(b[i:], "\x00")) > 0 {
				return sets, cost, formatErr("iptc", int64(i), nil, "no tag marker at offset %d: the %d bytes from there on not read", i, len(b)-i)
			}
			break
		}
		if i+5 > len(b) {
			return sets, cost, formatErr("iptc", int64(i), ErrTruncated, "truncated dataset header at offset %d", i)
		}
		rec, num := b[i+1], b[i+2]
		n := int(binary.BigEndian.Uint16(b[i+3 : i+5]))
		i += 5
		if n&0x8000 != 0 {
			k := n & 0x7FFF
			if k == 0 || k > 4 || i+k > len(b) {
				return sets, cost, formatErr("iptc", int64(start), nil, "dataset %d:%d: bad extended length", rec, num)
			}
			n = 0
			for _, c := range b[i : i+k] {
				n = n<<8 | int(c)
			}
			i += k
		}
		switch {
		case n > maxDataset || i+n > len(b):
			return sets, cost, formatErr("iptc", int64(start), ErrTruncated, "dataset %d:%d: length %d runs past the block", rec, num, n)
		case len(sets) == maxDatasets:
			return sets, cost, formatErr("iptc", int64(start), nil, "more than %d datasets: those from offset %d on not read", maxDatasets, start)
		case cost+iimCost(n) > budget:
			return sets, cost, formatErr("iptc", int64(start), errOverBudget, "datasets from offset %d on not read", start)
		}
		cost += iimCost(n)
		sets = append(sets, iimDataset{rec, num, b[i : i+n]})
		i += n
	}
	return sets, cost, nil
}

// iimValue decodes one dataset's value as ExifTool prints it, and says
// whether bytes declared UTF-8 were not.
func iimValue(name string, data []byte, utf8Declared bool) (any, bool) {
	switch {
	case iimNumeric[name]:
		n := 0
		for _, c := range data {
			n = n<<8 | int(c)
		}
		return n, false
	case name == "CodedCharacterSet":
		if strings.Contains(string(data), "\x1b%G") {
			return "UTF8", false
		}
		return toValidUTF8(escapeName(data)), false
	}
	str := strings.TrimRight(decodeIIMString(data, utf8Declared), "\x00")
	switch {
	case iimDates[name] && len(str) == 8 && allDigits(str):
		// CCYYMMDD as ExifTool prints it; any other shape stays raw.
		str = str[:4] + ":" + str[4:6] + ":" + str[6:]
	case iimTimes[name] && len(str) >= 6 && allDigits(str[:6]):
		str = formatIIMTime(str)
	case name == "Urgency" && urgencyNames[str] != "":
		str = urgencyNames[str]
	}
	return str, utf8Declared && !utf8.Valid(data)
}

func decodeIIMString(b []byte, utf8Declared bool) string {
	if utf8Declared {
		if utf8.Valid(b) {
			return string(b)
		}
		return latin1(b)
	}
	return cp1252(b)
}

func cp1252(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return latin1(b)
	}
	return string(out)
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// formatIIMTime prints HHMMSS[.fff][±HHMM] as ExifTool does.
func formatIIMTime(s string) string {
	out := s[:2] + ":" + s[2:4] + ":" + s[4:6]
	rest := s[6:]
	if strings.HasPrefix(rest, ".") {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		out += rest[:i]
		rest = rest[i:]
	}
	if len(rest) >= 5 && (rest[0] == '+' || rest[0] == '-') {
		out += rest[:3] + ":" + rest[3:5]
	}
	return out
}

// urgencyNames are ExifTool's printed forms of 2:10 Urgency.
var urgencyNames = map[string]string{"0": "0 (reserved)", "1": "1 (most urgent)", "5": "5 (normal urgency)",
	"8": "8 (least urgent)", "9": "9 (user-defined priority)"}

// escapeName prints an ISO 2022 escape as ExifTool does: "ESC - A".
func escapeName(b []byte) string {
	var parts []string
	for _, c := range b {
		if c == 0x1b {
			parts = append(parts, "ESC")
		} else {
			parts = append(parts, string(rune(c)))
		}
	}
	return strings.Join(parts, " ")
}

// toValidUTF8 replaces invalid bytes, so that JSON output is always UTF-8.
func toValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
