package caption

import (
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

func TestReferencePointRule(t *testing.T) {
	checkRule(t, "referencePoint", []ruleCase{
		{"Trucks at Velmora some 58 km south-east of Drastovo on May 3.", "Drastovo", true},
		{"Smoke rises in Velmora, 40 km north of Drastovo, on May 3.", "Drastovo", true},
		{"Des habitants à Velmora, à 30 km au nord de Drastovo.", "Drastovo", true},
		{"Vecinos en Velmora, al sur de Drastovo.", "Drastovo", true},
		{"Anwohner in Velmora, südlich von Drastovo.", "Drastovo", true},
		{"Tourists in the south of Ruritania on May 3.", "Ruritania", false}, // a part of it
		{"Fans in Drastovo on May 3.", "Drastovo", false},
	}, func(_ string, toks []token, runs []*nameRun, i int) bool { return referencePoint(toks, runs[i]) })
}

// TestMeasuredPlace: a place measured from another is the place, the
// other its reference, which gives the country.
func TestMeasuredPlace(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"A truck lies off a road at Velmora some 58kms south-east of Nairobi on March 15, 2018.", "Velmora", "Velmora", "", "KE"},
		{"A truck lies off a road at Velmora 40 miles north of Nairobi on March 15, 2018.", "Velmora", "Velmora", "", "KE"},
		{"Smoke rises in Velmora, 40 km south of Kyiv, Ukraine, on May 3, 2024.", "Velmora", "Velmora", "", "UA"},
		{"Tourists stroll in Velmora in the south of France on May 3, 2024.", "Velmora", "", "", "FR"},
		// A city or territory named for orientation is not the place either.
		{"Soldiers stand guard near the border with Gaza, in southern Israel, May 3, 2024.", "", "", "", "IL"},
		// A continent is no town, whatever GeoNames' alternate names say.
		{"Miners dig for gold in Uganda. A plan helps miners in Africa.", "", "", "", "UG"},
	})
	for w, want := range map[string]bool{"58kms": true, "40km": true, "58": false, "km": false, "3rd": false} {
		if got := isMeasure(w); got != want {
			t.Errorf("isMeasure(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSettlementInRegion: Reuters names the town, then the region and the
// country by the date; the town is the city.
func TestSettlementInRegion(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"A woman passes a block damaged in the town of Velmora, amid an attack on Ukraine, in Zaporizhzhia region, Ukraine February 20, 2026. REUTERS/Jane Quillfeather", "Velmora", "", "Zaporizhzhia region", "UA"},
		{"Farmers work near the village of Velmora in the Lviv region, Ukraine, on May 3, 2024.", "Velmora", "", "Lviv region", "UA"},
		// A city the phrase names stays the city.
		{"Residents of the village of Velmora gather in Lviv, Ukraine, on May 3, 2024.", "Lviv", "", "", "UA"},
		// A settlement not named as one is no city of the region.
		{"Velmora Holdings staff meet in the Lviv region, Ukraine, on May 3, 2024.", "", "", "Lviv region", "UA"},
	})
}

// TestPlaceNounHead: a place named after a city or an unknown name, with
// its noun ("Velmora refugee camp"), is the place; the chain reads on to
// the region or city after it.
func TestPlaceNounHead(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Pupils sit in a lesson in the Velmora refugee camp in the northern Gaza Strip, 04 April 2013.", "", "Velmora refugee camp", "Gaza Strip", ""},
		{"Planes stand at the Kyiv airport on May 3, 2024.", "Kyiv", "Kyiv airport", "", "UA"},
		{"Planes stand at the Velmora airport in Lviv, Ukraine, on May 3, 2024.", "Lviv", "Velmora airport", "", "UA"},
		{"Families grieve at home in Velmora village, in Minya governorate, Egypt, on May 3, 2024.", "Velmora", "", "Minya governorate", "EG"},
	})
	for _, tc := range []struct {
		words []string
		want  int
	}{{[]string{"refugee", "camp", "in"}, 2}, {[]string{"airport"}, 1}, {[]string{"in", "camp"}, 0}, {[]string{"people", "said"}, 0}} {
		if got := placeNounHead(tc.words); got != tc.want {
			t.Errorf("placeNounHead(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

// TestGermanAndBracketedPlaces: German names a settlement with its noun
// before it ("im Dorf X", "in der Gemeinde X") and a place by another
// with "bei"; dpa, French and Spanish papers put the region in brackets
// ("X (Sachsen)"); "im" holds an article, and German capitalises every
// noun, so "im Ausschuss" names no town.
func TestGermanAndBracketedPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Anwohner im Dorf Velmora bei Leipzig am 3. Mai 2024. Foto: Jana Quillfeather/dpa", "Velmora", "Velmora", "", "DE"},
		{"Anwohner in der Gemeinde Velmora (Sachsen) am 3. Mai 2024. Foto: Jana Quillfeather/dpa", "Velmora", "", "Sachsen", "DE"},
		{"Polizisten in der Hauptstadt Kiew am 3. Mai 2024. Foto: Jana Quillfeather/dpa", "Kyiv", "", "", "UA"},
		{"Des habitants dans la commune de Velmora (Gironde), le 3 mai 2024. AFP", "Velmora", "", "Gironde", "FR"},
		{"Ein Unfall bei Leipzig am 3. Mai 2024. Foto: Jana Quillfeather/dpa", "Leipzig", "", "", "DE"},
		// A noun after "im" is no place, so withHomeCountry has none to
		// give dpa's country (placeslatin4: it had been place "Ausschuss"
		// in Germany).
		{"Jan Quillfeather (CDU), früherer Landrat, sitzt im Ausschuss. Foto: Jana Quillfeather/dpa", "", "", "", ""},
		{"Fans der Mannschaft (Velmora) jubeln in Leipzig. Foto: Jana Quillfeather/dpa", "Leipzig", "", "", "DE"},
		// "la bande de X" is a region, the town before it the place.
		{"Des habitants à Velmora, dans le sud de la bande de Gaza, le 3 mai 2024. AFP", "Velmora", "", "Gaza", ""},
	})
}

// TestStateOfCity: "City, State" where the state's name is shared by
// another country's division or is a town's alternate name: the city of
// that name lying in that state settles both.
func TestStateOfCity(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"People gather in Miami, Florida, May 3, 2024.", "Miami", "", "Florida", "US"},
		{"People gather in Saint Petersburg, Florida, May 3, 2024.", "St. Petersburg", "", "Florida", "US"},
		{"People gather in Portland, Oregon, May 3, 2024.", "Portland", "", "Oregon", "US"},
		{"People gather in Portland, Maine, May 3, 2024.", "Portland", "", "Maine", "US"},
		{"People gather in Velmora, Florida, U.S., May 3, 2024.", "Velmora", "", "Florida", "US"},
		{"People gather in Batumi, Georgia, May 3, 2024.", "Batumi", "", "", "GE"},
		// An abbreviation's full stop before a capitalised article ends
		// the name: a new sentence starts.
		{"Trees flower on March 28 in Washington, D.C. The trees were a gift.", "Washington", "", "D.C.", "US"},
	})
}

// placeCase is a caption and the location it names; a region "*" is not
// compared.
type placeCase struct{ text, city, place, region, country string }

// checkPlaces parses each caption and compares its location.
func checkPlaces(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		got := parseLoc(t, tc.text)
		if geo.Fold(got.City) != geo.Fold(tc.city) || got.Place != tc.place || tc.region != "*" && got.Region != tc.region || got.CountryCode != tc.country {
			t.Errorf("%q\n got city %q place %q region %q country %q\nwant city %q place %q region %q country %q",
				tc.text, got.City, got.Place, got.Region, got.CountryCode, tc.city, tc.place, tc.region, tc.country)
		}
	}
}
