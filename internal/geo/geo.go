// Package geo knows countries (names in English, French, German, Spanish,
// Italian, Dutch and Portuguese, and in the languages of moreCountryLanguages,
// with ISO 3166-1 alpha-2 codes), a gazetteer of the world's cities of at
// least 15,000 people with their Latin, Cyrillic and Greek alternate names
// and of the towns of 5,000 to 15,000 as tied names (City.Tied), first- and
// second-level regions, and country borders for GPS-to-country lookups.
//
// The data is generated from pinned public sources by ./internal/gen (see
// README.md for sources and licences), embedded in the binary and decoded
// lazily on first use: the country tables on the first country lookup, the
// gazetteer on the first city or region lookup, the borders on the first
// GPS lookup.
package geo

//go:generate go run ./internal/gen -out .

import (
	"bytes"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var (
	once        sync.Once
	countryIdx  map[string]string // folded name -> code
	countryName map[string]string // code -> English name
	demonymIdx  map[string]string // folded adjective -> code
	countryKeys *keyFilter        // the keys of countryIdx and demonymIdx
)

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

// Fold lower-cases s, strips accents and collapses punctuation to single
// spaces, so that "Kyiv", "KYIV" and "Kyïv" compare equal.
func Fold(s string) string { return fold.Fold(s) }

func load() {
	countryIdx = make(map[string]string, 2048)
	countryName = make(map[string]string, 300)
	namers := []display.Namer{
		display.English.Regions(), display.French.Regions(),
		display.German.Regions(), display.Spanish.Regions(), display.Italian.Regions(),
		// Dutch (ANP, Belga) and Portuguese (Lusa, Agência Brasil) captions
		// name the country in their language: "Nederland", "Alemanha".
		display.Dutch.Regions(), display.Portuguese.Regions(),
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || historicCodes[code] {
				continue
			}
			for i, n := range namers {
				name := n.Name(r)
				if name == "" || name == code {
					continue
				}
				if i == 0 {
					countryName[code] = name
					// CLDR writes "Bosnia & Herzegovina"; captions spell the "and".
					if spelt := strings.ReplaceAll(name, " & ", " and "); spelt != name {
						countryIdx[Fold(spelt)] = code
					}
				}
				if _, ok := countryIdx[Fold(name)]; !ok {
					countryIdx[Fold(name)] = code
				}
			}
		}
	}
	moreCountryNames()
	for alias, code := range countryAliases {
		countryIdx[Fold(alias)] = code
	}
	for _, name := range notCountries {
		delete(countryIdx, Fold(name))
	}
	demonymIdx = make(map[string]string, len(demonyms))
	for adj, code := range demonyms {
		demonymIdx[Fold(adj)] = code
	}
	countryKeys = newKeyFilter(len(countryIdx) + len(demonymIdx))
	for k := range countryIdx {
		countryKeys.add(k)
	}
	for k := range demonymIdx {
		countryKeys.add(k)
	}
}

// Country returns the ISO code of a country named in any of the desk's
// languages ("Russie", "Russland", "U.S.", "the United States").
func Country(name string) (code string, ok bool) {
	var buf [64]byte
	return CountryKey(AppendKey(buf[:0], name))
}

// AppendKey appends name folded as every lookup folds it (see Fold): a
// caller that asks several tables about one name folds it once and uses
// the ...Key functions.
func AppendKey(dst []byte, name string) []byte { return fold.Append(dst, name) }

// CountryKey is Country for a name folded with AppendKey.
func CountryKey(k []byte) (code string, ok bool) {
	once.Do(load)
	k = bytes.TrimPrefix(k, []byte("the "))
	if !countryKeys.mayHold(k) {
		return "", false
	}
	code, ok = countryIdx[string(k)]
	return code, ok
}

// CountryName is the English name of an ISO code, or "".
func CountryName(code string) string {
	once.Do(load)
	return countryName[strings.ToUpper(code)]
}

// Demonym returns the country of an adjective such as "Ukrainian" or "russe".
func Demonym(adj string) (string, bool) {
	var buf [64]byte
	return DemonymKey(fold.Append(buf[:0], adj))
}

// DemonymKey is Demonym for a name folded with AppendKey.
func DemonymKey(k []byte) (string, bool) {
	once.Do(load)
	if !countryKeys.mayHold(k) {
		return "", false
	}
	c, ok := demonymIdx[string(k)]
	return c, ok
}

// Alpha2 turns an ISO 3166 alpha-2 or alpha-3 code ("FRA") into alpha-2.
func Alpha2(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return ""
	}
	return r.String()
}
