package reconcile

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// placeholders are what systems write into a location field that has no
// value: never a place.
var placePlaceholders = map[string]bool{"-": true, "--": true, ".": true, "..": true, "?": true, "n/a": true, "na": true,
	"n.a.": true, "none": true, "unknown": true, "not known": true, "unspecified": true, "null": true, "nil": true,
	"x": true, "xx": true, "xxx": true, "tbc": true, "tbd": true, "inconnu": true, "unbekannt": true, "desconocido": true}

// nonISOCodes are country codes in common use that ISO 3166-1 does not
// assign: the United Kingdom's "UK" (its exceptionally reserved code, and
// the EU's), Greece's "EL" (the EU's).
var nonISOCodes = map[string]string{"UK": "GB", "EL": "GR"}

// placeField is a location field's text, or "" for a placeholder.
func (f *Facts) placeField(name string) string {
	s := strings.TrimSpace(f.Field(name))
	if placePlaceholders[strings.ToLower(s)] {
		return ""
	}
	return s
}

// countryCode reads a country code as metadata writes it: ISO alpha-2 or
// alpha-3 in any case, or a common non-ISO form ("UK"); "" otherwise.
func countryCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	if c, ok := nonISOCodes[s]; ok {
		return c
	}
	return geo.Alpha2(s)
}

// metaCountry is the country IPTC/XMP state as ISO alpha-2, with the
// words it came from: Country Code, else the Country field read as a code
// ("UK", "FRA") or as a name in any of the desk's languages ("Allemagne",
// "Deutschland", "Alemania").
func (f *Facts) metaCountry() (string, string) {
	if c := f.placeField("country_code"); c != "" {
		if code := countryCode(c); code != "" {
			return code, c
		}
	}
	if n := f.placeField("country"); n != "" {
		if code := countryCode(n); code != "" && strings.ToUpper(n) == n {
			return code, n
		}
		if code, ok := geo.Country(n); ok {
			return code, n
		}
	}
	return "", ""
}
