package caption

import "testing"

// TestJoinedCountryRule: a country whose name joins two names with "and"
// in any of the desk's languages is one name ("Trinidad and Tobago" is not
// Trinidad, Bolivia); two places so joined stay two.
func TestJoinedCountryRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Fans cheer in Velmora, Trinidad and Tobago, March 3, 2026. REUTERS/Jane Roe", "Velmora", "", "TT"},
		{"Rescuers search the rubble in Drastovo, Bosnia and Herzegovina, March 3, 2026. REUTERS/Jane Roe", "Drastovo", "", "BA"},
		{"Ein Feuer in Velmora, Bosnien und Herzegowina, am 3. März 2026. Foto: Jan Roe/dpa", "Velmora", "", "BA"},
		{"Hinchas en Velmora, Antigua y Barbuda, el 3 de marzo de 2026. EFE/Juan Roe", "Velmora", "", "AG"},
		{"Fans in Velmora, Saint Kitts and Nevis, March 3, 2026.", "Velmora", "", "KN"},
		// Two countries joined: neither is joined into one name.
		{"Talks between Bosnia and Serbia open in Velmora, March 3, 2026.", "Velmora", "", ""},
	})
}

// TestCountryInMoreLanguagesRule: the agencies of Poland, the Czech
// Republic, Turkey, Scandinavia, Russia, Ukraine and Greece name the
// country in their language and script.
func TestCountryInMoreLanguagesRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Strażacy w Velmorze, Polska, 3 marca 2026. PAP/Jan Roe", "*", "*", "PL"},
		{"Hasiči ve Velmoře, Česko, 3. března 2026. ČTK/Jan Roe", "*", "*", "CZ"},
		{"Brand i Velmora, Sverige, 3 mars 2026. TT/Jan Roe", "*", "*", "SE"},
		{"Fire in Velmora, Россия, March 3, 2026.", "Velmora", "", "RU"},
		{"Fire in Velmora, Україна, March 3, 2026.", "Velmora", "", "UA"},
		{"Fire in Velmora, Ελλάδα, March 3, 2026.", "Velmora", "", "GR"},
	})
}

// TestDeterminerOpensNoPlaceRule: German capitalises every noun, so a
// determiner and a noun opening the sentence before "in City" name no
// place ("Ein Feuerwehrmann in Velmora"), as a lone capitalised word
// before it does not ("Firefighters in Velmora").
func TestDeterminerOpensNoPlaceRule(t *testing.T) {
	for _, text := range []string{
		"Ein Feuerwehrmann in Würzburg, Bayern, am 3. März 2026. Foto: Jan Roe/dpa",
		"Die Feuerwehr in Würzburg, Bayern, am 3. März 2026. Foto: Jan Roe/dpa",
		"A Firefighter in Brest, France, March 3, 2026.",
	} {
		if got := parseLoc(t, text); got.Place != "" || got.City == "" {
			t.Errorf("%q: place %q city %q, want no place and the city", text, got.Place, got.City)
		}
	}
}
