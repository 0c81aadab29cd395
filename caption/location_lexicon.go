package caption

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// The location pass's words: the place classes of the one lexicon
// (lexicon/<lang>/place_*.txt, loaded by lexicon.go). The pass reads them
// through a table derived from it once: a word, lower-cased with its
// accents, to its place classes. The accent tells words apart here (French
// "à" is a preposition, English "a" an article), where the lexicon's keys
// drop it; words of the four languages are read alike (a French "à"
// introduces a place in any caption).

// placeClass is a set of place classes, one bit each.
type placeClass uint64

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
	cOfLink                                 // "of", "de", "von"
	cInLink                                 // "Velmora in Drastovo": a place in a city
	cNearLink                               // "Velmora near Drastovo": a place by a city
	cOnLink                                 // "on the island of"
	cUnknownNoun                            // "location" in "at an undisclosed location"
	cPlaceBeforeLink                        // "Velmora Beach in Drastovo": what may join a place to its city
	cVillageNoun                            // "village": a settlement, whose name is the city
	cNameNoun                               // "im Dorf Velmora": a noun right before the name it introduces
	cRegionNameNoun                         // "im Landkreis Velmora": a noun right before the region it introduces
	cLink                                   // a word that joins a place to a larger one: in, near, on (above)
	cHeadNoun                               // "Plaza de Velmora": a place noun before the name
	cCaseSuffix                             // Turkish "Velmora'da": a case ending after an apostrophe
	cKnownOnly                              // a preposition that introduces only a name the gazetteer knows
	cLocativePrep                           // a preposition that introduces only a name in the locative
	cLocativeEnding                         // Slavic "w Velmorze": the ending of a name after a preposition
	cTranslit                               // "Bachmut": how a language transliterates from Cyrillic
	cCyrillicCountry                        // a country whose names are transliterated from Cyrillic
	cNameAbbrev                             // "St. Louis": an abbreviation opening a place's name
	cDirectionNoun                          // German "im Norden Velmoras": a direction noun, capitalised
	cGenitiveEnding                         // German "Velmoras": the genitive ending of a country's name
	cCaseArticle                            // a German article: "in der Ukraine"
	cOriginPrep                             // "from", "aus", "desde": where someone or something came from
	cViewpoint                              // "seen", "vista": the origin is the camera's place
	cOrientWord                             // a word that names a place for orientation only (below)
	cNeighbourWord                          // "neighbouring X": a country beside the one of the photo
	cFlightVerb                             // "fled to X", "fleeing X": where people came from or went
	cRelationWord                           // "ties between X and Y": the parties of a relation
	cJoiner                                 // "and", "et", "und", "y" between them
	cDeterminer                             // "Ein", "The": opens a noun phrase, not a place's name
	cCountyNoun                             // "County": a county, the city-level unit where cCountyCountry
	cCountyCountry                          // a country whose counties are its towns (China, the Koreas)
	cElision                                // French and Italian "d'", "l'": an elided word inside or before a name
	cSuffixEnding                           // Hungarian "Velmorában", Finnish "Velmorassa": a locative case ending
	cContraction                            // French "au Velmora": a preposition joined to the article that opens the name
	cLocativeNoun                           // Turkish "Velmora ilçesinde": a place noun in the locative after the name
	cLowerNameNoun                          // Romanian "orașul Velmora": a lower-case noun right before the town it names
	cAdjectiveEnding                        // Serbian "u Novom Sadu": the locative ending of a name's adjective
	cRegionAdjective                        // Polish "województwo śląskie": a region named by an adjective, valued with its ISO code
	cLandmark                               // "Kremlin": a landmark that names its city (the value)
)

// placeClassValues derives classes from a class and an entry's value: a
// German settlement noun marked "before" stands right before the name it
// introduces, capitalised ("in der Gemeinde Velmora").
var placeClassValues = map[string]map[string]placeClass{
	"place_settlement_noun": {"before": cNameNoun, "lower": cLowerNameNoun},
	"place_region_of_noun":  {"before": cRegionNameNoun, "lower": cRegionNameNoun | cLowerNameNoun},
	"place_orientation":     {"neighbour": cNeighbourWord, "flight": cFlightVerb, "relation": cRelationWord, "joiner": cJoiner},
	"place_link":            {"in": cInLink, "near": cNearLink, "on": cOnLink},
	"place_preposition":     {"origin": cOriginPrep, "known": cKnownOnly, "locative": cLocativePrep},
	"place_direction":       {"noun": cDirectionNoun},
}

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
	"place_continent": cContinent, "place_of_link": cOfLink, "place_link": cLink, "place_case_article": cCaseArticle, "place_head_noun": cHeadNoun, "place_case_suffix": cCaseSuffix, "place_locative_ending": cLocativeEnding, "place_transliteration": cTranslit,
	"place_cyrillic_country": cCyrillicCountry, "place_name_abbreviation": cNameAbbrev,
	"place_genitive_ending": cGenitiveEnding, "place_viewpoint": cViewpoint, "place_unknown_noun": cUnknownNoun, "place_before_link": cPlaceBeforeLink,
	"place_village_noun": cVillageNoun, "place_orientation": cOrientWord, "place_determiner": cDeterminer,
	"place_county_noun": cCountyNoun, "place_county_country": cCountyCountry,
	"place_elision": cElision, "place_adjective_ending": cAdjectiveEnding, "place_region_adjective": cRegionAdjective,
	"place_contraction": cContraction, "place_suffix_ending": cSuffixEnding, "place_locative_noun": cLocativeNoun,
	"place_landmark": cLandmark,
}

// placeLexicon holds the loaded classes.
type placeLexicon struct {
	words map[string]placeClass // lower-cased entry -> its classes
	// lengths has, for each first byte of an entry (lower-cased), a bit
	// per entry length up to 63: most words of a caption are in no class,
	// and the test spares them the map lookup.
	lengths [256]uint64
	// firsts has, for each first byte of an entry (lower-cased), the
	// classes of the entries that start with it: wordIs asks for a few
	// classes, and a word no entry of theirs starts like is spared the
	// lookup.
	firsts [256]placeClass
	// slots has, for each slot of the 16-bit keyBit of an entry (its top
	// 12 bits), the classes of the entries in it.
	slots [1 << 12]placeClass
	bits  classSet // the lexicon's bits of the place classes
	lists map[placeClass][]string
	size  map[string]int // entries per language
	// values holds the value written after an entry, by class and the
	// entry lower-cased: the ISO code of an AP or CP state abbreviation,
	// the ending a locative ending stands for.
	values map[placeClass]map[string]string
	// own holds the entries valued "own", by language: they are read only
	// in a caption of their language, where they mean something else in
	// another ("a" is Italian "to, at", an English article).
	own map[string]map[string]placeClass
	// translit holds each language's transliteration rules, by the
	// letters they undo.
	translit      map[string]*translitRules
	translitLangs []string // the languages of translit, sorted
}

// placeSlotShift maps a keyBit to its slot of placeLexicon.slots.
const placeSlotShift = 4

// ownLanguage is the value of an entry read only in its own language.
const ownLanguage = "own"

var placeLex = derivePlaceLexicon()

// derivePlaceLexicon reads the place classes out of the lexicon: each
// entry, of one word or several ("middle east"), as written.
func derivePlaceLexicon() placeLexicon {
	classOf := map[class]placeClass{}
	lx := placeLexicon{words: map[string]placeClass{}, lists: map[placeClass][]string{}, size: map[string]int{}, values: map[placeClass]map[string]string{},
		own: map[string]map[string]placeClass{}, translit: map[string]*translitRules{}}
	translit := map[string]map[string][]string{} // by language: the rules as read
	for name, pc := range placeClassFiles {
		classOf[lexClass(name)] = pc
		lx.bits = lx.bits.or(lexClass(name).bit())
	}
	valueOf := map[class]map[string]placeClass{}
	for name, m := range placeClassValues {
		valueOf[lexClass(name)] = m
	}
	add := func(s sense) {
		if base, ok := classOf[s.class]; ok && base == cTranslit {
			if translit[s.lang] == nil {
				translit[s.lang] = map[string][]string{}
			}
			translit[s.lang][s.form] = strings.Split(s.val, "|")
			lx.lists[base] = append(lx.lists[base], s.form)
			lx.size[s.lang]++
		} else if ok && s.val == ownLanguage {
			if lx.own[s.lang] == nil {
				lx.own[s.lang] = map[string]placeClass{}
			}
			lx.own[s.lang][s.form] |= base
			lx.lists[base] = append(lx.lists[base], s.form)
			lx.size[s.lang]++
		} else if ok {
			pc := base | valueOf[s.class][s.val]
			lx.words[s.form] |= pc
			lx.lengths[s.form[0]] |= 1 << min(len(s.form), 63)
			lx.firsts[s.form[0]] |= pc
			lx.slots[keyBit(s.form)>>placeSlotShift] |= pc
			lx.lists[base] = append(lx.lists[base], s.form)
			lx.size[s.lang]++
			if s.val != "" && valueOf[s.class][s.val] == 0 {
				// A value that derives no class is the entry's value.
				if lx.values[base] == nil {
					lx.values[base] = map[string]string{}
				}
				lx.values[base][s.form] = s.val
			}
		}
	}
	for _, e := range lexicon.all() {
		for _, s := range e.senses {
			add(s)
		}
		for _, p := range e.phrases {
			add(p.sense)
		}
	}
	for _, l := range lx.lists {
		slices.Sort(l)
	}
	for l, to := range translit {
		lx.translit[l] = newTranslitRules(to)
	}
	lx.translitLangs = slices.Sorted(maps.Keys(lx.translit))
	for key, e := range lexicon.all() {
		e.place = lx.words[key]
	}
	return lx
}

// classesOf returns the place classes of w, in any case, without
// allocating for ASCII words.
func classesOf(w string) placeClass { return classesIn(w, ^placeClass(0)) }

// classesIn is classesOf for a caller that asks for the classes c only: a
// word whose slot of placeLex.slots holds none of them is not looked up
// (its classes in c are none, whatever the others).
func classesIn(w string, c placeClass) placeClass {
	if w == "" || placeLex.lengths[w[0]|0x20]&(1<<min(len(w), 63)) == 0 && placeLex.lengths[w[0]]&(1<<min(len(w), 63)) == 0 {
		return 0
	}
	var buf [32]byte
	var key string
	if len(w) > len(buf) || !isASCII(w) {
		key = strings.ToLower(w)
	} else {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		key = string(buf[:len(w)])
	}
	if placeLex.slots[keyBit(key)>>placeSlotShift]&c == 0 {
		return 0
	}
	return placeLex.words[key]
}

// wordIs reports whether w (one word, or a name of several) is in one of
// the classes c.
func wordIs(w string, c placeClass) bool {
	if w != "" && w[0] < utf8.RuneSelf && (placeLex.firsts[w[0]]|placeLex.firsts[w[0]|0x20])&c == 0 {
		return false // an ASCII first byte lower-cases alone: no entry of c starts so
	}
	return classesIn(w, c)&c != 0
}

// ownClasses gives the words of toks read only in a caption of language
// lang their classes in that language, in place of the others'.
func ownClasses(s string, toks []token, lang string) {
	own := placeLex.own[lang]
	if own == nil {
		return
	}
	for i := range toks {
		if pc, ok := own[lower(toks[i].text(s))]; ok {
			toks[i].cls = pc
		}
	}
}

// placeValue returns the value written after the entry w of class c, or "".
func placeValue(c placeClass, w string) string { return placeLex.values[c][lower(w)] }

// placeList returns the entries of class c, in file order.
func placeList(c placeClass) []string { return placeLex.lists[c] }
