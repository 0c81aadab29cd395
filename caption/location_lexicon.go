package caption

import (
	"embed"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// The location pass's words: the place classes of the lexicon
// (lexicon/<lang>/place_*.txt, one entry per line, # comments). Words of
// the four languages are read alike: a French "à" introduces a place in
// any caption. Entries are kept lower-cased with their accents, since the
// accent tells words apart here (French "à" is a preposition, English "a"
// an article).

//go:embed lexicon
var placeLexiconFiles embed.FS

// placeClass is a set of place classes, one bit each.
type placeClass uint32

const (
	cPreposition     placeClass = 1 << iota // "in", "à", "bei"
	cBarePreposition                        // "in X" without an article names a settlement
	cNearWord                               // "près de", "cerca de"
	cArticle                                // "the", "la"
	cPlaceNoun                              // "airport", "district"
	cRegionWord                             // "Velmora province"
	cSettlementNoun                         // "the town of"
	cRegionOfNoun                           // "the province of"
	cOfWord                                 // "the area of"
	cDirection                              // "northern"
	cCityPrefix                             // "Old", "Greater"
	cChainGap                               // words inside one place chain
	cPossessiveWord                         // "X's coast"
	cBeforeDate                             // "in X on Monday morning, <date>"
	cAfterDate                              // "<date> in X"
	cNotPlace                               // headers, agencies, institutions
	cTitle                                  // "Prince of", "Mayor of"
	cUnknownPlace                           // "undisclosed"
	cConnector                              // "Rio de Janeiro"
	cAPState                                // "Fla."
	cControlSuffix                          // "-occupied"
	cBorderNoun                             // "border", "frontière"
	cBorderLink                             // "with", "avec"
	cReporting                              // "told", "selon"
	cContinent                              // "Europe", "Middle East"
)

// placeClassFiles names the file of each class.
var placeClassFiles = map[string]placeClass{
	"place_preposition": cPreposition, "place_bare_preposition": cBarePreposition, "place_near_word": cNearWord,
	"place_article": cArticle, "place_noun": cPlaceNoun, "place_region_word": cRegionWord,
	"place_settlement_noun": cSettlementNoun, "place_region_of_noun": cRegionOfNoun, "place_of_word": cOfWord,
	"place_direction": cDirection, "place_city_prefix": cCityPrefix, "place_chain_gap": cChainGap,
	"place_possessive_word": cPossessiveWord, "place_before_date": cBeforeDate, "place_after_date": cAfterDate,
	"place_not_word": cNotPlace, "place_title": cTitle, "place_unknown_word": cUnknownPlace,
	"place_connector": cConnector, "place_ap_state": cAPState, "place_control_suffix": cControlSuffix,
	"place_border_noun": cBorderNoun, "place_border_link": cBorderLink, "place_reporting_verb": cReporting,
	"place_continent": cContinent,
}

// placeLexicon holds the loaded classes.
type placeLexicon struct {
	words map[string]placeClass // lower-cased entry -> its classes
	lists map[placeClass][]string
	size  map[string]int // entries per language
}

var placeLex = loadPlaceLexicon(placeLexiconFiles)

func loadPlaceLexicon(fsys fs.FS) placeLexicon {
	lx := placeLexicon{words: map[string]placeClass{}, lists: map[placeClass][]string{}, size: map[string]int{}}
	files, err := fs.Glob(fsys, "lexicon/*/place_*.txt")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		c, ok := placeClassFiles[strings.TrimSuffix(path.Base(f), ".txt")]
		if !ok {
			panic("caption: unknown place class file " + f)
		}
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			panic(err)
		}
		lang := path.Base(path.Dir(f))
		for line := range strings.SplitSeq(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			w := strings.ToLower(line)
			lx.words[w] |= c
			lx.lists[c] = append(lx.lists[c], w)
			lx.size[lang]++
		}
	}
	return lx
}

// classesOf returns the place classes of w, in any case, without
// allocating for ASCII words.
func classesOf(w string) placeClass {
	var buf [32]byte
	if len(w) > len(buf) {
		return placeLex.words[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return placeLex.words[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return placeLex.words[string(buf[:len(w)])]
}

// wordIs reports whether w (one word, or a name of several) is in one of
// the classes c.
func wordIs(w string, c placeClass) bool { return classesOf(w)&c != 0 }

// placeList returns the entries of class c, in file order.
func placeList(c placeClass) []string { return placeLex.lists[c] }
