package caption

import "testing"

// TestCityThroughDateName and titleAbbrev: a month name that closes a
// city's name, and a title abbreviation opening a caption, on invented
// captions.
func TestCityThroughDateName(t *testing.T) {
	checkNatPlaceCases(t, []natPlaceCase{
		{"Tourists release lanterns in Chiang Mai. (Photo: Jane Roe)", "Chiang Mai", "*", "TH"},
		{"Tourists in Chiang Mai, Thailand. (Photo: Jane Roe)", "Chiang Mai", "*", "TH"},
		// A month with its day after a place: the place and a date.
		{"Feuerwehrleute in Velmora am 3. Mai 2026. Foto: Jane Roe/dpa", "Velmora", "*", "*"},
		{"Hon. Minister Jane Roe visits a clinic in Abuja. (NAN Photo)", "Abuja", "*", "NG"},
		{"Gen. Jane Roe inspects troops in Abuja. (NAN Photo)", "Abuja", "*", "NG"},
	})
}

// natPlaceCase is an invented caption and the city, region and country code
// its location must hold ("*": any).
type natPlaceCase struct{ text, city, region, cc string }

// checkNatPlaceCases parses each case and compares its location.
func checkNatPlaceCases(t *testing.T, cases []natPlaceCase) {
	t.Helper()
	for _, c := range cases {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		loc := got.Location
		if loc == nil {
			loc = &Location{}
		}
		for _, f := range [][2]string{{c.city, loc.City}, {c.region, loc.Region}, {c.cc, loc.CountryCode}} {
			if f[0] != "*" && f[0] != f[1] {
				t.Errorf("%q: city %q region %q country %q; want %q %q %q", c.text, loc.City, loc.Region, loc.CountryCode, c.city, c.region, c.cc)
				break
			}
		}
	}
}
