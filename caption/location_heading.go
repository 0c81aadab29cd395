package caption

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// TASS's photo captions open with a heading of sentences of one name
// each, the country, then the city, then the date: "Россия. Велмоград.
// 5 марта 2026 года. …" (the photo service's caption standard; RIA's
// photo bank alike). The location pass reads the country alone, for a
// city that is neither a capital nor of a million people, named without
// a preposition, is no place to it; the city is the heading's second
// sentence, where the gazetteer knows it in that country.

// maxHeadingCity bounds the bytes of a heading's city ("Петропавловск-
// Камчатский" is 48).
const maxHeadingCity = 64

// withCountryHeading completes loc, read from a heading's country alone,
// with the city of the heading's next sentence.
func withCountryHeading(s string, loc *Location) *Location {
	if loc == nil || loc.City != "" || loc.CountryCode == "" || loc.Text == "" || !strings.HasPrefix(s, loc.Text+". ") {
		return loc
	}
	rest := s[len(loc.Text)+2:]
	end := strings.Index(rest, ". ")
	if end <= 0 || end > maxHeadingCity || !townWords(rest[:end]) {
		return loc
	}
	c, ok := geo.LookupCityIn(rest[:end], loc.CountryCode)
	if !ok {
		return loc
	}
	out := *loc
	out.City, out.GeoNamesID, out.Text = c.Name, c.ID, s[:len(loc.Text)+2+end]
	return &out
}
