package geo

import "testing"

// TestCountryNamesByLanguage: countries are named in the languages of the
// desk's captions, Dutch and Portuguese included; a name that means a
// better-known place or word in English is no country.
func TestCountryNamesByLanguage(t *testing.T) {
	for name, want := range map[string]string{
		"Nederland": "NL", "Duitsland": "DE", "Verenigde Staten": "US", "België": "BE",
		"Alemanha": "DE", "Espanha": "ES", "Estados Unidos": "US", "Japão": "JP",
		"Norfolk": "", "IRA": "", "Guiana": "", "Santa Helena": "",
	} {
		got, ok := Country(name)
		if got != want || ok != (want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// TestCountryNamesMoreLanguages: the other agencies' languages and scripts
// name countries; a name that is a city, a region or an ordinary word stays
// one ("Tunis", Croatian for Tunisia, is the city; Czech "Čad" folds to
// "cad"; Swedish "Tunisien" is the French adjective, as a French caption's
// "un Tunisien" is a person). The generator flags the words from the word
// lists.
func TestCountryNamesMoreLanguages(t *testing.T) {
	for name, want := range map[string]string{
		"Polska": "PL", "Česko": "CZ", "Türkiye": "TR", "Sverige": "SE", "Россия": "RU", "Україна": "UA",
		"Ελλάδα": "GR", "Magyarország": "HU", "Bosnia and Herzegovina": "BA", "Trinidad and Tobago": "TT",
		"Tunis": "", "Čad": "", "Włochy": "", "Ungern": "", "Tunisien": "", "Tunisia": "TN",
	} {
		got, ok := Country(name)
		if got != want || ok != (want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
