package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// deskLanguages name countries in the desk's languages, the first (English)
// giving each country its name: English, French, German, Spanish, Italian,
// and Dutch (ANP, Belga) and Portuguese (Lusa, Agência Brasil), whose
// captions name the country in their language: "Nederland", "Alemanha".
var deskLanguages = []*display.Dictionary{
	display.English, display.French, display.German, display.Spanish, display.Italian,
	display.Dutch, display.Portuguese,
}

// moreCountryLanguages are the languages of the other agencies whose
// captions name the country in their own words (PAP "Polska", ČTK "Česko",
// TASR, AA "Türkiye", TT, NTB, Ritzau, STT, Agerpres, MTI, HINA, STA,
// Tanjug, BTA, TASS and RIA "Россия", Ukrinform "Україна", ANA-MPA "Ελλάδα",
// EFE's Catalan service), from CLDR as for the desk's own languages. Their
// names come after those (a name the desk's languages give keeps its
// country) and give way to the gazetteer and to ordinary words: a name that
// is also a city or a region ("Tunis", Croatian for Tunisia; Polish
// "Włochy", a district of Warsaw) stays the place, and one that is an
// ordinary lower-case word of the word lists (Czech "Čad" folds to "cad",
// Swedish "Ungern" is German "ungern") is no country.
var moreCountryLanguages = []*display.Dictionary{
	display.Polish, display.Czech, display.Slovak, display.Turkish, display.Swedish, display.Danish,
	display.Norwegian, display.Finnish, display.Romanian, display.Hungarian, display.Croatian,
	display.Slovenian, display.Serbian, display.SerbianLatin, display.Bulgarian, display.Russian,
	display.Ukrainian, display.Greek, display.Catalan,
}

// historicCodes are withdrawn ISO codes that CLDR still names. Those
// named like the current country come first in the alphabet and would
// take its name: Southern Rhodesia (RH) "Zimbabwe", North Vietnam (VD)
// "Vietnam", the New Hebrides (NH) "Vanuatu", the Canton and Enderbury
// Islands (CT) "Kiribati", Dahomey (DY), Upper Volta (HV), the Panama
// Canal Zone (PZ), the Queen Maud Land (NQ) and the US and French
// Pacific codes (JT, MI, PU, WK, FQ, PC).
var historicCodes = map[string]bool{"DD": true, "SU": true, "YU": true, "CS": true, "ZR": true, "TP": true,
	"BU": true, "NT": true, "YD": true, "FX": true, "AN": true, "QO": true, "EU": true, "EZ": true, "UN": true,
	"RH": true, "VD": true, "NH": true, "CT": true, "DY": true, "HV": true, "PZ": true, "NQ": true,
	"JT": true, "MI": true, "PU": true, "WK": true, "FQ": true, "PC": true}

// places is what the generator knows of a folded name, for the country
// names of moreCountryLanguages.
type places struct {
	words   map[string]bool // ordinary lower-case words
	cities  map[string]bool // names whose likeliest place is a city (not a tied town)
	regions map[string]bool // names of regions: ISO 3166-2 divisions and the hand-kept ones (regions.txt)
}

// writeCountries writes countries.txt: the English name of each country
// ("code\tname"), an empty line, then each folded CLDR name with its code,
// in byte order.
func writeCountries(buf *bytes.Buffer, p places) (int, int) {
	names, idx := deskCountryNames()
	moreCountryNames(names, idx, p)
	scriptCountryNames(names, idx)
	for _, code := range slices.Sorted(maps.Keys(names)) {
		fmt.Fprintf(buf, "%s\t%s\n", code, names[code])
	}
	buf.WriteString("\n")
	for _, k := range slices.Sorted(maps.Keys(idx)) {
		fmt.Fprintf(buf, "%s\t%s\n", k, idx[k])
	}
	return len(names), len(idx)
}

// deskCountryNames returns the English name of each country and the
// folded names of deskLanguages (the first language to give a name keeps
// it; CLDR's "Bosnia & Herzegovina" is also indexed with its "and"
// spelt, as captions write it).
func deskCountryNames() (names, idx map[string]string) {
	names, idx = map[string]string{}, map[string]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || historicCodes[code] {
				continue
			}
			for i, d := range deskLanguages {
				name := d.Regions().Name(r)
				if name == "" || name == code {
					continue
				}
				if i == 0 {
					names[code] = name
					if spelt := strings.ReplaceAll(name, " & ", " and "); spelt != name {
						idx[fold.Fold(spelt)] = code
					}
				}
				if _, ok := idx[fold.Fold(name)]; !ok {
					idx[fold.Fold(name)] = code
				}
			}
		}
	}
	return names, idx
}

// moreCountryNames adds the names of moreCountryLanguages to idx and
// returns those it added.
func moreCountryNames(names, idx map[string]string, p places) map[string]bool {
	added := map[string]bool{}
	codes := slices.Sorted(maps.Keys(names)) // the first of two countries so named keeps it
	for _, d := range moreCountryLanguages {
		n := d.Regions()
		for _, code := range codes {
			name := n.Name(language.MustParseRegion(code))
			k := fold.Fold(name)
			if name == "" || name == names[code] || p.words[k] {
				continue
			}
			if _, ok := idx[k]; ok {
				continue
			}
			// A city's name (or one of its alternate names) stays the city.
			// In Cyrillic and Greek the gazetteer holds the foreign cities'
			// alternate names too ("Армения" is also Armenia, Colombia):
			// there the country comes first.
			if p.cities[k] && latin(name) || p.regions[k] {
				continue
			}
			idx[k] = code
			added[k] = true
		}
	}
	return added
}

// latin reports a name whose first letter is Latin.
func latin(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.Is(unicode.Latin, r)
}

// scriptCountryLanguages are the languages of the agencies writing in
// other scripts (Xinhua and China News Service in simplified Chinese, CNA
// in traditional, Kyodo and Jiji, Yonhap and Newsis, the Arab agencies,
// IRNA and ISNA, the Israeli press), named from CLDR as the others. The
// gazetteer holds no city names in these scripts' letters, and no word
// list either: a name is left out only where an earlier language gave it.
var scriptCountryLanguages = []*display.Dictionary{
	display.SimplifiedChinese, display.TraditionalChinese, display.Japanese, display.Korean,
	display.Arabic, display.Persian, display.Hebrew,
}

// scriptCountryNames adds the names of scriptCountryLanguages to idx.
func scriptCountryNames(names, idx map[string]string) {
	codes := slices.Sorted(maps.Keys(names))
	for _, d := range scriptCountryLanguages {
		n := d.Regions()
		for _, code := range codes {
			name := n.Name(language.MustParseRegion(code))
			if k := fold.Fold(name); name != "" && !latin(name) && idx[k] == "" {
				idx[k] = code
			}
		}
	}
}
