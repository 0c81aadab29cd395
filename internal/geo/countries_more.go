package geo

import (
	"maps"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// moreCountryLanguages are the languages of the other agencies whose
// captions name the country in their own words (PAP "Polska", ČTK "Česko",
// TASR, AA "Türkiye", TT, NTB, Ritzau, STT, Agerpres, MTI, HINA, STA,
// Tanjug, BTA, TASS and RIA "Россия", Ukrinform "Україна", ANA-MPA "Ελλάδα",
// EFE's Catalan service), from CLDR as for the desk's own languages. Their
// names come after those (a name the desk's languages give keeps its
// country) and give way to the gazetteer: a name that is also a city or a
// region ("Tunis", Croatian for Tunisia; Polish "Włochy", a district of
// Warsaw) stays the place, and wordNames are ordinary words.
var moreCountryLanguages = []*display.Dictionary{
	display.Polish, display.Czech, display.Slovak, display.Turkish, display.Swedish, display.Danish,
	display.Norwegian, display.Finnish, display.Romanian, display.Hungarian, display.Croatian,
	display.Slovenian, display.Serbian, display.SerbianLatin, display.Bulgarian, display.Russian,
	display.Ukrainian, display.Greek, display.Catalan,
}

// wordNames are country names of moreCountryLanguages that are also
// ordinary lower-case words of English, French, German or Spanish (Czech
// "Čad" folds to "cad", Turkish "Fas", Swedish "Ungern", Catalan "Bouvet").
var wordNames = map[string]bool{"cad": true, "fas": true, "ungern": true, "bouvet": true, "man": true}

// moreCountryNames adds the names of moreCountryLanguages to countryIdx.
func moreCountryNames() {
	gazOnce.Do(loadGazetteer)
	codes := slices.Sorted(maps.Keys(countryName)) // the first of two countries so named keeps it
	for _, d := range moreCountryLanguages {
		n := d.Regions()
		for _, code := range codes {
			en := countryName[code]
			name := n.Name(language.MustParseRegion(code))
			k := Fold(name)
			if name == "" || name == en || wordNames[k] {
				continue
			}
			if _, ok := countryIdx[k]; ok {
				continue
			}
			if cityNamed(k) && latin(name) {
				// A city's name (or one of its alternate names). In
				// Cyrillic and Greek the gazetteer holds the foreign cities'
				// alternate names too ("Армения" is also Armenia,
				// Colombia): there the country comes first.
				continue
			}
			if _, ok := regionIx[k]; ok {
				continue
			}
			countryIdx[k] = code
		}
	}
}

// latin reports a name whose first letter is Latin.
func latin(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.Is(unicode.Latin, r)
}

// cityNamed reports a folded name that names a city on its own (not only a
// tied town).
func cityNamed(k string) bool {
	_, ids, ok := findKey([]byte(k))
	if ok {
		_, ok = cityOfIDs(ids)
	}
	return ok
}
