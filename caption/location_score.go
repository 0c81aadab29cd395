package caption

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// A place candidate is scored from what the text says about it: each
// feature below is one fact, found by one named rule, and placeWeights is
// the one table that turns the facts into a score. The best-scoring
// candidate is the location; one scoring below minPlaceScore is no place.

// feature is one fact about a place candidate.
type feature uint32

const (
	fIntroduced    feature = 1 << iota // a preposition of place, "the town of", a dateline
	fDateline                          // it opens the text: "CITY, Country (Agency) -"
	fNearDate                          // next to the capture date
	fBeforeDate                        // just before it: "in X, Country, March 28"
	fKnownCity                         // the gazetteer knows the city
	fProminent                         // a capital or a city of a million people
	fTied                              // its chain ends in a country or a region: "X, Region, Country"
	fTiedKnown                         // its chain names a known city or a country
	fUnknownAlone                      // a name no gazetteer knows, tied to nothing
	fQuoted                            // inside a quotation: what someone said
	fStoryRef                          // after a reporting word: "told Reuters in X"
	fOrientation                       // a country named for orientation: "near the border with X"
	fSentenceStart                     // one capitalised word opening a sentence: "Firefighters in X"
	fNotPlace                          // an event, a title or a continent: "World War II", "Europe"
	fReference                         // the point a place is measured from: "40 km south of X"
	fFlight                            // where people fled from or to: "fled to X", "fleeing X"
	fOrigin                            // where someone came from: "a flight from X", "Jane Roe from X"
	fRelation                          // a party of a relation: "ties between X and Y"
)

// fAside are the features of a name named aside, not as the place of the
// photo: what someone said, a border, a flight, an origin, a relation.
const fAside = fQuoted | fStoryRef | fOrientation | fFlight | fOrigin | fRelation

// placeWeights is the scoring table. The order of the agencies' sentence
// decides the positive weights: a place phrase is introduced ("in X") and
// stands next to the date, most often before it (AP, Reuters, EPA; Getty
// and AFP write "on <date> in X"). The negative ones mark words that name
// a place without saying the photo was taken there.
var placeWeights = [...]struct {
	f feature
	w int
}{
	{fIntroduced, 2},
	{fDateline, 0}, // counted as introduced; the dateline's country also settles namesakes
	{fNearDate, 1},
	{fBeforeDate, 2},
	{fKnownCity, 1},
	{fProminent, 0}, // lets a city be named without introduction, adds nothing
	{fTied, 0},      // lets an unknown name count, adds nothing by itself
	{fTiedKnown, 1},
	{fUnknownAlone, -1}, // a known city beside the date outranks an unknown name
	{fQuoted, -3},
	{fStoryRef, -3},
	{fOrientation, -10},
	{fSentenceStart, -10},
	{fNotPlace, -10},
	{fReference, -2}, // any introduced place of the sentence outranks it; alone it still names the area
	{fFlight, -3},    // any introduced place outranks it; alone, and not introduced, it is no place
	{fRelation, -4},  // any introduced place outranks it; a bare country beside the date is none
	{fOrigin, -4},    // any place introduced otherwise outranks it, even away from the date; alone only next to the date it counts
}

// minPlaceScore: a candidate below it is no place.
const minPlaceScore = 0

// score is the candidate's score under placeWeights.
func (f feature) score() int {
	n := 0
	for _, w := range placeWeights {
		if f&w.f != 0 {
			n += w.w
		}
	}
	return n
}

// quoted reports whether offset at lies inside a double-quoted stretch of s
// (normalize has made every quotation mark '"'): an odd number of quotation
// marks before it, and one after it.
func quoted(s string, at int) bool {
	n := strings.Count(s[:at], `"`)
	return n%2 == 1 && strings.IndexByte(s[at:], '"') >= 0
}

// storyRef reports a place introduced just after a reporting word: "told
// Reuters in X", "said in X", "selon X". Where a story was told or
// published is not where the photo was taken. prepAt is the token of the
// introducing word.
func storyRef(toks []token, prepAt int) bool {
	for k := prepAt - 1; k >= 0 && k >= prepAt-3; k-- {
		if toks[k].is(cReporting) {
			return true
		}
	}
	return false
}

// orientation reports a run named for orientation after a border noun:
// "near the border with X", "bordering X", "la frontière avec X", "die
// Grenze zu X", or after an adjective of neighbourhood: "refugees from
// neighbouring X", "la vecina X". The photo is on the other side of that
// border.
func orientation(toks []token, r *nameRun) bool {
	i := r.t0 - 1
	if i >= 0 && toks[i].is(cNeighbourWord) {
		return true // "from neighbouring X", "aus dem benachbarten X"
	}
	if i < 0 || !toks[i].is(cBorderLink) {
		return false
	}
	if strings.EqualFold(toks[i].word, "bordering") {
		return true
	}
	return i > 0 && toks[i-1].is(cBorderNoun)
}

// flight reports a run named as where people fled from or to, a verb of
// flight at most three words before it: "families who fled to X",
// "fleeing X", "huyeron a X". A place the sentence introduces, where the
// photo was taken, outranks it.
func flight(toks []token, r *nameRun) bool {
	for k := r.t0 - 1; k >= 0 && k >= r.t0-3; k-- {
		if toks[k].is(cFlightVerb) {
			return true
		}
		if isCap(toks[k].word) {
			return false // another name stands between
		}
	}
	return false
}

// origin reports a place introduced as where someone or something came
// from ("arrives on a flight from X", "Jane Roe, from X, poses", "aus X",
// "desde X"), unless the camera was there ("as seen from X", "vista desde
// X"). prepAt is the token of the introducing word.
func origin(toks []token, prepAt int) bool {
	if !toks[prepAt].is(cOriginPrep) {
		return false
	}
	return prepAt == 0 || !toks[prepAt-1].is(cViewpoint)
}

// relation reports run i named as a party of a relation: "talks between
// X and Y", "ties between the X and Y", "entre X et Y", "zwischen X und
// Y". Neither party is where the photo was taken.
func relation(toks []token, runs []*nameRun, i int) bool {
	k := skipArticles(toks, runs[i].t0-1)
	switch {
	case k < 0:
		return false
	case toks[k].is(cRelationWord):
		return true
	case toks[k].is(cJoiner) && i > 0 && runs[i-1].t1 == k-1:
		return relation(toks, runs, i-1) // "between X and Y": Y, as X
	}
	return false
}

// skipArticles returns the index of the first token at or before k that
// is no article.
func skipArticles(toks []token, k int) int {
	for k >= 0 && toks[k].is(cArticle|cCaseArticle) {
		k--
	}
	return k
}

// referencePoint reports a run named as the point a place is measured
// from, after a direction and "of" without an article: "Velmora, 40 km
// south of X" (AFP, Reuters), "south-east of X", "à 30 km au nord de X",
// "al sur de X", "südlich von X". The photo is near X, not in it; "the
// south of X", with its article, is a part of X.
func referencePoint(toks []token, r *nameRun) bool {
	i := r.t0 - 1
	if i < 1 || !toks[i].is(cOfLink) || !toks[i-1].is(cDirection) {
		return false
	}
	return i < 2 || !toks[i-2].is(cArticle)
}

// sentenceStartWord reports a single capitalised word that opens a
// sentence and is joined to the place after it by a preposition:
// "Firefighters in Brest, France" names firefighters, not a place. A
// named place so placed has more words or a place noun ("Velmora Square in
// Drastovo").
func sentenceStartWord(s string, toks []token, runs []*nameRun, chain []int) bool {
	r := runs[chain[0]]
	if r.t0 != r.t1 || r.resolved() || len(chain) < 2 || endsWithPlaceNoun(r.text) {
		return false
	}
	if strings.Contains(s[r.end:runs[chain[1]].start], ",") {
		return false // "Velmora, Country": a place and its country
	}
	if r.t0 == 0 {
		return true
	}
	gap := strings.TrimRight(s[toks[r.t0-1].end:r.start], " ")
	return strings.HasSuffix(gap, ".") || strings.HasSuffix(gap, "\n") || strings.HasSuffix(gap, ":") ||
		strings.HasSuffix(gap, "-") || strings.HasSuffix(gap, "—")
}

// notPlaceName reports a capitalised name that is no place: a continent or
// world region ("groups from across Europe"), or a name ending in a Roman
// numeral, which names a war, a council or a monarch ("World War II").
func notPlaceName(r *nameRun) bool {
	if r.resolved() {
		return false
	}
	return wordIs(r.text, cContinent) || romanNumeral(r.text[strings.LastIndexByte(r.text, ' ')+1:]) && strings.IndexByte(r.text, ' ') > 0
}

// romanNumeral reports a Roman numeral of two to five letters ("II",
// "XIV"); a single letter is an initial or a pronoun.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVXL") == ""
}

// regionNamedLikeCountry reads a first-level region that shares a
// country's name as the region where the city before it lies in the
// region's country: "Savannah, Georgia" is in the US state, "Batumi,
// Georgia" in the country. It runs on the resolved runs, before any
// candidate is scored, and reports whether it changed run j.
func regionNamedLikeCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j == 0 || r.country == "" || r.possessive || s[runs[j-1].end:r.start] != ", " {
		return false
	}
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || level != 1 || c == r.country {
		return false
	}
	prev := runs[j-1]
	name := prev.cityName()
	if prev.city == nil && prev.wordCity == nil && prev.region == "" {
		return false
	}
	if _, ok := geo.LookupCityIn(name, r.country); ok {
		return false // "Batumi, Georgia": a city of the country
	}
	city, ok := geo.LookupCityIn(name, c)
	if !ok {
		return false
	}
	prev.city, prev.wordCity, prev.region, prev.regionC = city, nil, "", ""
	r.country, r.region, r.regionC = "", r.text, c
	return true
}

// regionBeforeItsCountry reads a name shared by a country and a
// first-level region as the region where the country written after it is
// the region's own: "Velmora, Georgia, U.S.", "in Georgia, United States"
// (Reuters and Xinhua name the country after the state). It reports
// whether it changed run j.
func regionBeforeItsCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j+1 >= len(runs) || r.country == "" || r.possessive || s[r.end:runs[j+1].start] != ", " {
		return false
	}
	next := runs[j+1]
	if next.country == "" || next.possessive || next.country == r.country {
		return false
	}
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || level != 1 || c != next.country {
		return false
	}
	r.country, r.region, r.regionC = "", r.text, c
	return true
}

// regionWithItsCountry reports that the run at position k of the chain is
// a region followed by its own country: "Velmora airport, Virginia, U.S."
// names the state, as Reuters and Xinhua write a state before its country,
// not a town called Virginia elsewhere.
func regionWithItsCountry(runs []*nameRun, chain []int, k int) bool {
	r := runs[chain[k]]
	if r.region == "" || r.regionC == "" || k+1 >= len(chain) {
		return false
	}
	next := runs[chain[k+1]]
	return next.country == r.regionC && !next.possessive
}

// afterPossessiveCity reports a name right after a city in the possessive:
// "in Velmora's Drastovo Park" (Xinhua, Kyodo, AP) is a place of Velmora,
// even where a town elsewhere shares the first word of its name.
func afterPossessiveCity(runs []*nameRun, i int) bool {
	if i == 0 {
		return false
	}
	p := runs[i-1]
	return p.possessive && runs[i].start-p.end <= 3 && (p.city != nil || p.wordCity != nil)
}

// cityDistrict reads dpa's "Berlin-Kreuzberg", "Stuttgart-Bad Cannstatt":
// a city, a hyphen and one of its districts. The city is the part before the
// hyphen, the place the whole name. A name the gazetteer gives a town of
// its own ("Baden-Baden", "Castrop-Rauxel") is that town. It reports
// whether it changed run r.
func cityDistrict(_ []token, r *nameRun) bool {
	head, tail, ok := strings.Cut(r.text, "-")
	if !ok || tail == "" || strings.ContainsAny(head, " ") || endsWithPlaceNoun(r.text) || r.country != "" || r.region != "" {
		return false // an airport named "Velmora-Drastovo International Airport" is read by resolvePrefix
	}
	city, ok := geo.LookupCity(head)
	if !ok || !isCap(tail) {
		return false
	}
	if whole := cmp.Or(r.city, r.wordCity); whole != nil {
		if geo.Fold(whole.Name) == geo.Fold(r.text) || whole.Country != city.Country {
			return false
		}
	}
	r.city, r.wordCity, r.cityText, r.prefixPlace = city, nil, head, r.text
	return true
}

// foreignTownKeeps is the population from which a town keeps its name
// against a first-level region of another country: small countries name
// their regions after big cities (Jamaica's parishes of Manchester and
// Hanover), where the city is meant; the region wins over a town of
// 163,000 (Ontario, California) or 20,000 (Colorado, Paraná).
const foreignTownKeeps = 300_000

// regionOverForeignTown reads a name shared by a first- or second-level
// region and a smaller town of another country as the region: "in
// Ontario" is the province, not the Californian city; "in Cornwall" the
// English county, not the Canadian town. A capital or a city of 300,000
// people keeps its name ("Victoria", "Manchester"); a city of the region's own country
// is in it anyway ("Salzburg"); a region two countries share keeps the
// town, as no country is known ("St Thomas"; a town whose name is also a
// word yields to such a region: "Florida", in resolveRun). k is the name
// folded. It reports whether it changed run r, which it leaves a region.
func regionOverForeignTown(r *nameRun, k []byte) bool {
	c, level, ok := geo.RegionLevelKey(k)
	if !ok || level < 1 || level > 2 || !townYields(r.city, c) {
		return false
	}
	r.city, r.cityText = nil, ""
	r.region, r.regionC = r.text, c
	return true
}

// townYields reports whether a town yields its name to a first-level
// region of country c: a town of another country, of fewer than
// foreignTownKeeps people, no capital, of a stated country (Jerusalem has
// none: the caption decides).
func townYields(town *geo.City, c string) bool {
	return c != "" && town.Country != "" && town.Country != c && !prominent(town) && town.Population < foreignTownKeeps
}

// subdivisionBeforeCountry reads a subdivision's code between a city and
// its country: "Velmora, SP, Brasil" (Folhapress), "Velmora, NSW,
// Australia" (AAP): the code of an ISO 3166-2 division of the country
// after it. US and Canadian codes are read without the country (apState).
// It reports whether it changed run j.
func subdivisionBeforeCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j == 0 || j+1 >= len(runs) || len(r.text) > 3 || !isUpperWord(r.text) || r.country != "" || r.city != nil {
		return false
	}
	next := runs[j+1]
	if s[runs[j-1].end:r.start] != ", " || s[r.end:next.start] != ", " || next.country == "" || next.possessive {
		return false
	}
	name, ok := geo.Subdivision(next.country, r.text)
	if !ok {
		return false
	}
	r.region, r.regionC, r.regionName, r.wordCity = r.text, next.country, name, nil
	return true
}

// locativeStem reads a Slavic town name in the locative after a
// preposition of place ("w Warszawie", "v Praze", "u Zagrebu"): the name
// with its locative ending (xx/place_locative_ending.txt) put back, where
// the gazetteer knows the name so made. It reports whether it changed run
// r.
func locativeStem(toks []token, r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || r.t0 == 0 || r.t0 != r.t1 || !toks[r.t0-1].is(cLocativePrep) {
		return false
	}
	w := strings.ToLower(r.text)
	best := ""
	for _, e := range placeList(cLocativeEnding) {
		if len(e) > len(best) && len(e) < len(w) && strings.HasSuffix(w, e) {
			stem := r.text[:len(r.text)-len(e)] + strings.TrimPrefix(placeValue(cLocativeEnding, e), "-")
			if c, ok := geo.LookupCity(stem); ok {
				best, r.city, r.locative = e, c, true
			}
		}
	}
	return best != ""
}

// regionAfterNoun reads a name written right after a capitalised German
// region noun as the region ("im Landkreis Velmora", "im Kanton Velmora",
// dpa and SDA): a region named after its chief town lies in that town's
// country. It runs on resolution, before any candidate is read, and
// reports whether it changed run r.
func regionAfterNoun(toks []token, r *nameRun) bool {
	if r.t0 == 0 || r.country != "" || r.region != "" {
		return false
	}
	if n := toks[r.t0-1]; !n.is(cRegionNameNoun) || !isCap(n.word) {
		return false
	}
	c, ok := geo.Region(r.text)
	if town := cmp.Or(r.city, r.wordCity); !ok && town != nil {
		c = town.Country
	}
	r.city, r.wordCity, r.cityText, r.region, r.regionC = nil, nil, "", r.text, c
	return true
}

// maxTransliterations bounds the spellings tried for one name.
const maxTransliterations = 16

// transliterated reads a name the German or French press transliterates
// from Cyrillic ("Bachmut", "Saporischschja", "Zaporijjia") after a
// preposition, where the gazetteer knows only the English form: each
// language's rules (lexicon place_transliteration) undone, the name found
// in a country whose names are so transliterated. It reports whether it
// changed run r.
func transliterated(toks []token, r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || r.t0 == 0 || r.t0 != r.t1 || !toks[r.t0-1].is(cPreposition|cOfLink|cArticle|cCaseArticle) {
		return false
	}
	name := strings.ToLower(r.text)
	for _, lang := range slices.Sorted(maps.Keys(placeLex.translit)) {
		for _, v := range translitSpellings(name, placeLex.translit[lang]) {
			if v == name {
				continue // looked up already
			}
			if c, ok := geo.LookupCity(v); ok && wordIs(strings.ToLower(c.Country), cCyrillicCountry) {
				r.city = c
				return true
			}
		}
	}
	return false
}

// translitSpellings are the names rules make of name: at each position the
// longest rule that matches applies ("^" rules only at the start), each of
// its alternatives a spelling of its own; at most maxTransliterations.
func translitSpellings(name string, rules map[string][]string) []string {
	out := []string{""}
	for i := 0; i < len(name); {
		from := ""
		for f := range rules {
			g := strings.TrimPrefix(f, "^")
			if len(g) > len(from) && strings.HasPrefix(name[i:], g) && (g == f || i == 0) {
				from = f
			}
		}
		if from == "" {
			for k := range out {
				out[k] += name[i : i+1]
			}
			i++
			continue
		}
		var next []string
		for _, o := range out {
			for _, to := range rules[from] {
				if len(next) < maxTransliterations {
					next = append(next, o+to)
				}
			}
		}
		out = next
		i += len(strings.TrimPrefix(from, "^"))
	}
	return out
}
