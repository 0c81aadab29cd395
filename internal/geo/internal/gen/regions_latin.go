package main

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// latinLocales are the iso-codes catalogues in the other Latin-script
// languages of the agencies (ANSA in Italian, ANP and Belga in Dutch, PAP
// in Polish, ČTK in Czech, TASR in Slovak, MTI in Hungarian, Agerpres in
// Romanian, HINA in Croatian, STA in Slovene, TT in Swedish, Ritzau in
// Danish, STT in Finnish, AA in Turkish, ACN in Catalan, ELTA in
// Lithuanian, LETA in Latvian, ERR in Estonian) whose names of
// first-level divisions are indexed beside the English, local, French,
// German and Spanish ones: the names these agencies give foreign regions
// ("Baviera", "Beieren", "Bawaria", "Bajorország": Bavaria). iso-codes has
// no Portuguese or Norwegian catalogue of divisions.
var latinLocales = []string{"it", "nl", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "sv", "da", "fi", "tr", "ca", "lt", "lv", "et"}

// latinHomes are the countries whose agencies write each catalogue's
// language (scriptHomes for the Latin ones): a name a catalogue gives a
// home division is not indexed for a foreign division too.
var latinHomes = map[string]string{"it": "IT", "nl": "NL", "pl": "PL", "cs": "CZ", "sk": "SK", "hu": "HU",
	"ro": "RO", "hr": "HR", "sl": "SI", "sv": "SE", "da": "DK", "fi": "FI", "tr": "TR", "ca": "ES", "lt": "LT",
	"lv": "LV", "et": "EE"}

// minLatinRegionLetters is the shortest name taken from these catalogues:
// a shorter one is an abbreviation or a word more often than a region.
const minLatinRegionLetters = 5

// latinRegions are the Latin catalogues read (scriptRegions for them),
// their locales, the names they give home divisions and the country names.
type latinRegions struct {
	catalogues []map[string]string
	locales    []string
	countries  map[string]bool
	home       map[string]bool
	words      map[string]bool // readWords: "golf", a Papua New Guinean province in one catalogue
}

// readLatinRegions reads the Latin catalogues that exist, the names they
// give home divisions (isoLevel1: code → ISO name of each first-level
// division) and, from sr, the country names no division's name may take.
func readLatinRegions(isoLevel1 map[string]string, sr scriptRegions) latinRegions {
	lr := latinRegions{countries: sr.countries, home: map[string]bool{}, words: readWords()}
	for _, l := range latinLocales {
		path := fmt.Sprintf(isoLocale, l)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		cat := readMO(path)
		lr.catalogues = append(lr.catalogues, cat)
		lr.locales = append(lr.locales, l)
		for code, iso := range isoLevel1 {
			if n := cat[iso]; n != "" && n != iso && code[:2] == latinHomes[l] {
				for _, f := range isoForms(n) {
					lr.home[fold.Fold(f)] = true
				}
			}
		}
	}
	return lr
}

// addNew adds to all, at level 1, the folded Latin names the catalogues
// give each first-level division (isoLevel1: code → ISO name), as
// isoForms writes them, where all has no division of the name yet (a
// catalogue's name never makes an existing one ambiguous: Hungarian
// "Bihar" for Romania's Bihor leaves India's Bihar), less the names of
// countries, ordinary words of the word lists, for a foreign division the
// names of a home division, names in other scripts and names shorter than
// minLatinRegionLetters. Only section 4 holds them: a division's line in
// section 3, and so seats.txt, keeps the desk's languages.
func (lr latinRegions) addNew(all regionNames, isoLevel1 map[string]string) {
	added := regionNames{}
	for _, code := range slices.Sorted(maps.Keys(isoLevel1)) {
		iso := isoLevel1[code]
		for i, t := range lr.catalogues {
			n := t[iso]
			if n == "" || n == iso {
				continue
			}
			home := code[:2] == latinHomes[lr.locales[i]]
			for _, f := range isoForms(n) {
				k := fold.Fold(f)
				if _, taken := all[k]; taken || k == "" || lr.countries[k] || lr.words[k] || !home && lr.home[k] || !latinKey(k) || utf8.RuneCountInString(k) < minLatinRegionLetters {
					continue
				}
				added.add(k, region{code[:2], 1})
			}
		}
	}
	maps.Copy(all, added)
}
