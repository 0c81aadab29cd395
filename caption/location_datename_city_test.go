package caption

import "testing"

// TestCityThroughDateName and titleAbbrev: a month name that closes a
// city's name, and a title abbreviation opening a caption, on invented
// captions.
func TestCityThroughDateName(t *testing.T) {
	for _, c := range []struct{ text, city, cc string }{
		{"Tourists release lanterns in Chiang Mai. (Photo: Jane Roe)", "Chiang Mai", "TH"},
		{"Tourists in Chiang Mai, Thailand. (Photo: Jane Roe)", "Chiang Mai", "TH"},
		// A month with its day after a place: the place and a date.
		{"Feuerwehrleute in Velmora am 3. Mai 2026. Foto: Jane Roe/dpa", "*", "*"},
		{"Hon. Minister Jane Roe visits a clinic in Abuja. (NAN Photo)", "Abuja", "NG"},
		{"Gen. Jane Roe inspects troops in Abuja. (NAN Photo)", "Abuja", "NG"},
	} {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		loc := got.Location
		if loc == nil {
			loc = &Location{}
		}
		if c.city != "*" && loc.City != c.city || c.cc != "*" && loc.CountryCode != c.cc {
			t.Errorf("%q: city %q country %q; want %q %q", c.text, loc.City, loc.CountryCode, c.city, c.cc)
		}
	}
}
