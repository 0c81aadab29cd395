package caption

import (
	"strings"
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
	fEventCity                         // a city naming an event with its year: "the Velmora 2030 Games"
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
	{fEventCity, 1},  // as much as an introduction without the date: a bare country yields to it (chooseBest)
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
func orientation(s string, toks []token, r *nameRun) bool {
	i := r.t0 - 1
	if i >= 0 && toks[i].is(cNeighbourWord) {
		return true // "from neighbouring X", "aus dem benachbarten X"
	}
	if i > 0 && r.country != "" && toks[i].is(cArticle) && !toks[i].capital && toks[i-1].is(cBorderLink) {
		i-- // a country's article: "al confine con la Francia", "na fronteira com a Espanha"
	}
	if i < 0 || !toks[i].is(cBorderLink) {
		return false
	}
	if strings.EqualFold(toks[i].text(s), "bordering") {
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
		if toks[k].capital {
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

// sentenceStartWord reports a single capitalised word (or a determiner and
// one word) that opens a sentence and is joined to the place after it by a preposition:
// "Firefighters in Brest, France" names firefighters, not a place. A
// named place so placed has more words or a place noun ("Velmora Square in
// Drastovo").
func sentenceStartWord(s string, toks []token, runs []*nameRun, chain []int) bool {
	r := runs[chain[0]]
	// German capitalises every noun: "Ein Feuerwehrmann in Velmora" is one
	// word after its determiner.
	one := r.t0 == r.t1 || r.t1 == r.t0+1 && toks[r.t0].is(cDeterminer)
	if !one || r.resolved() || len(chain) < 2 || endsWithPlaceNoun(r.text) {
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
