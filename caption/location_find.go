package caption

import (
	"cmp"
	"slices"

	"github.com/wirecap/wirecap/internal/geo"
)

// candidate is a place phrase: the run it starts at, its chain, the facts
// the text states about it and their score (placeWeights).
type candidate struct {
	idx, score int
	chain      []int
	intro      intro
	features   feature
	unknown    bool   // the first name is one the gazetteer does not know
	near       bool   // next to the capture date
	dateline   string // the country of the text's dateline, if any
}

// placeText is a caption as the location pass reads it: the text, its
// words, the capitalised runs resolved against the gazetteer, and the span
// of the capture date ({-1,-1} when there is none).
//
// The words (toks) are passed beside it, not held: a field of placeText
// that reaches the heap (the text does, through the words cut from it)
// would take every field with it, and the words stay on the stack.
type placeText struct {
	s      string
	runs   []*nameRun
	dateAt span
}

// findLocation reads the location of the photo from text in which credit,
// restrictions and background have been blanked out (with spaces, keeping
// offsets; the text may be cut short), and the lexer's tokens of the
// caption, lt. dateAt is the span of the capture date, or {-1,-1}.
func findLocation(s string, lt []tok, dateAt span) *Location {
	return findLocationIn(s, lt, dateAt, "")
}

// findLocationIn is findLocation for a caption in language lang (as
// guessLanguage tells it, or ""): the words of that language only are read
// in its sense too (lexicon entries valued "own").
func findLocationIn(s string, lt []tok, dateAt span, lang string) *Location {
	return findLocationHome(s, lt, dateAt, lang, "")
}

// wordsOnStack is how many words of a caption the location pass keeps in
// a fixed array on the stack (3 KB): most wire captions have fewer; a
// longer text's words go to the heap.
const wordsOnStack = 96

// findLocationHome is findLocationIn for a caption credited to a national
// agency of country home ("" for none): see agencyHome.
func findLocationHome(s string, lt []tok, dateAt span, lang, home string) *Location {
	s = parenToComma(s)
	var tb [wordsOnStack]token
	toks := tb[:0]
	if n := countWords(s, lt); n > len(tb) {
		toks = make([]token, 0, n) // a long text: on the heap
	}
	toks = appendWords(toks, s, lt)
	ownClasses(s, toks, ownLanguageOf(lang, home))
	pt := &placeText{s: s, runs: resolveRunsIn(s, toks, lang), dateAt: dateAt}
	named := namedCountries(pt.runs)
	cands := pt.candidates(toks)
	if len(cands) == 0 {
		return finishLocation(s, lt, lang, home, tokenRules(s, toks, lang, home, venueFallback(s, toks, fallbackLocation(s, toks, pt.runs))))
	}
	best := englishBest(s, toks, pt.runs, cands, chooseBest(pt.runs, cands))
	if loc := unknownPlaceOverBare(s, toks, best); loc != nil {
		return finishLocation(s, lt, lang, home, loc)
	}
	// The dateline's country settles a name shared by places of several
	// countries, ahead of population: an EFE story filed from MADRID means
	// the Spanish Córdoba.
	for _, c := range cands {
		if c.intro == introDateline {
			if code := impliedCountry(pt.runs, c.chain); code != "" {
				named = append([]string{code}, named...)
				best.dateline = code
			}
			break
		}
	}
	if best.dateline == "" {
		best.dateline = home
	}
	return finishLocation(s, lt, lang, home, tokenRules(s, toks, lang, home, buildLocation(s, toks, pt.runs, cands, best, named, lang)))
}

// tokenRules applies, in order, the rules that read the words around a
// location built from candidates or from the fallbacks alike: a region's
// adjective, a border's side, a coast's nationality, the home side of a
// border; finishLocation then applies the text rules. One place, so a
// rule added here reaches both paths.
func tokenRules(s string, toks []token, lang, home string, loc *Location) *Location {
	loc = withBorderSide(s, toks, withRegionAdjective(s, toks, loc))
	return withHomeBorder(s, toks, lang, home, withCoastNationality(s, toks, loc))
}

// resolveRuns finds the capitalised runs of the text and resolves each
// against the gazetteer, splitting "National Museum of Country" into the
// museum and the country; then the rules that read a run by its neighbours
// (a region named like a country, a country named for orientation).
func resolveRuns(s string, toks []token) []*nameRun { return resolveRunsIn(s, toks, "") }

// resolveRunsIn is resolveRuns for a caption in language lang ("" when
// not known): the transliterations of that language are undone.
func resolveRunsIn(s string, toks []token, lang string) []*nameRun {
	found, _ := appendNameRuns(make([]*nameRun, 0, 16), nil, s, toks) // the runs in one block
	runs := make([]*nameRun, 0, len(found)+2)
	genitive := langHas(lang, flagGenitivePlaces)
	for k, r := range found {
		if k > 0 && qualifiedTown(s, found[k-1], r) {
			continue // "(Oder)": part of the name before it
		}
		var prev *nameRun
		if k > 0 {
			prev = found[k-1]
		}
		if !apState(s, r, prev) {
			resolveRun(r)
			if !runRule(s, toks, r) && !(genitive && genitiveCountry(toks, r)) && !suffixLocative(s, toks, r, lang) && !contracted(s, toks, r) {
				transliterated(s, toks, r, lang)
			}
		}
		runs = append(runs, r)
		if t := ofTail(r, toks); t != nil {
			r.end, r.t1 = t.start-4, t.t0-2
			r.text = s[r.start:r.end]
			r.possessive = false
			runs = append(runs, t)
		} else if t := suffixTail(s, toks, r, lang); t != nil {
			runs = append(runs, t)
		} else if t := prepTail(s, toks, r); t != nil {
			runs = append(runs, t)
		}
	}
	for j, r := range runs {
		if !regionNamedLikeCountry(s, runs, j) && !regionBeforeItsCountry(s, runs, j) && !countryNamedLikeTown(s, toks, runs, j) {
			subdivisionBeforeCountry(s, runs, j)
		}
		r.orientation = r.resolved() && orientation(s, toks, r)
	}
	return runs
}

// runRule reads a run the gazetteer does not settle by its own words and
// the word before it (location_resolve.go); the first that applies settles
// it; else, in a German caption, a country's genitive; else the caption
// language's transliterations are undone.
//
// Called directly, not through a table of func values: a call through a
// func value makes escape analysis send toks to the heap (the words of
// every caption, ~1 KB).
func runRule(s string, toks []token, r *nameRun) bool {
	return cityDistrict(toks, r) || locativeStem(s, toks, r) || locativePair(toks, r) || regionAfterNoun(toks, r) || finalSigma(r) ||
		regionOverAlternateName(s, toks, r)
}

// candidates scores every run that may start a place phrase.
func (pt *placeText) candidates(toks []token) []candidate {
	var cands []candidate
	var scratchBuf [8]int
	scratch := scratchBuf[:0]
	var arena []int
	for i, r := range pt.runs {
		if toks[r.t0].is(cNotPlace) && !r.resolved() {
			continue
		}
		scratch = appendChain(scratch, pt.s, toks, pt.runs, i)
		c, ok := pt.candidateAt(toks, i, scratch)
		if !ok {
			continue
		}
		if cands == nil {
			// Allocated for the first candidate: many captions have none.
			cands = make([]candidate, 0, min(len(pt.runs), 4)) // most captions have a few
			arena = make([]int, 0, 16)                         // a few chains of one to three runs
		}
		// The chains are kept in one arena: a slice of it stays valid
		// when the arena grows, and no chain is appended to.
		a := len(arena)
		arena = append(arena, scratch...)
		c.chain = arena[a:len(arena):len(arena)]
		cands = append(cands, c)
	}
	return cands
}

// phraseFacts is what the text around a run says, before it is accepted.
type phraseFacts struct {
	how        intro
	at         int // where the introducing words start
	prep, near bool
	tied       bool // the chain ends in a country or a region
	last       *nameRun
}

// candidateAt reads the run runs[i] with its chain: the facts of the
// phrase, whether it names a place, and its features.
func (pt *placeText) candidateAt(toks []token, i int, chain []int) (candidate, bool) {
	r := pt.runs[i]
	var p phraseFacts
	p.how, p.at = introduction(pt.s, toks, pt.runs, i)
	p.prep = p.how != introNone
	p.last = pt.runs[chain[len(chain)-1]]
	p.near = dateAdjacent(pt.s, toks, r.start, abbrevEnd(pt.s, p.last), pt.dateAt)
	p.tied = len(chain) > 1 && (p.last.country != "" && !p.last.possessive || p.last.region != "")
	if r.wordCity != nil && (p.prep || p.near || p.tied) && (!regionWithItsCountry(pt.runs, chain, 0) || townOfItsRegion(r, p.how)) {
		r.city, r.wordCity = r.wordCity, nil
		townOverItsRegion(r)
	}
	if p.how == introRegion && r.city != nil {
		// "the province of X": the region, not its capital; a region
		// named after its capital lies in its country.
		c, ok := geo.Region(r.text)
		if !ok {
			c = r.city.Country
		}
		r.city, r.region, r.regionC = nil, r.text, c
	}
	if !r.resolved() && (p.prep || p.near) && !afterPossessiveCity(pt.runs, i) {
		resolvePrefix(r)
	}
	ok, unknown := pt.accept(toks, i, chain, p)
	if !ok {
		return candidate{}, false
	}
	f := pt.features(toks, i, chain, p, unknown)
	c := candidate{idx: i, score: f.score(), intro: p.how, features: f, unknown: unknown, near: p.near}
	return c, c.score >= minPlaceScore
}

// accept decides whether runs[i] names a place at all, and whether the
// gazetteer does not know it (unknown).
func (pt *placeText) accept(toks []token, i int, chain []int, p phraseFacts) (ok, unknown bool) {
	s, runs, r := pt.s, pt.runs, pt.runs[i]
	ok = r.resolved() && !r.possessive
	if ok && r.city != nil && !prominent(r.city) && !p.prep && !p.near && !p.tied {
		ok = false // a town named in passing: "Jackson scored twice"
	}
	if !ok && p.prep && len(chain) > 1 {
		for _, idx := range chain[1:] {
			ok = ok || runs[idx].resolved()
		}
	}
	plain := !r.resolved() && !r.possessive && r.notes().demonym == "" && r.wordCity == nil
	// What may accept an unknown name: namedAfterCity's lookups are made
	// only for one of these.
	settlement := (p.how == introSettlement || p.how == introDateline) && !endsWithPlaceNoun(r.text)
	mayAccept := p.tied || p.prep && p.near && p.last.end <= pt.dateAt.start || settlement
	named := plain && !mayAccept && introducedNamedPlace(s, toks, r, p)
	mayAccept = mayAccept || named
	switch {
	case ok:
		return true, false
	case plain && possessiveVenue(runs, i):
		// "on Velmora's Grand Square": a place of a prominent city.
		return true, true
	case !plain || !mayAccept || namedAfterCity(r.text):
		return false, false
	case p.tied && (p.prep || segmentStart(s, toks, r)):
		// "Velmora, Ukraine" opening a segment, as in an event line
		// "Event, Velmora, Country - date": a name followed by its
		// country or region.
		return true, true
	case p.prep && p.near && p.last.end <= pt.dateAt.start || tiedBeforeDate(s, runs, chain, p, pt.dateAt):
		// "in Velmora on May 22, 2018"; "Snow covers Velmora, N.Y.,
		// Tuesday, May 22, 2018" (tiedBeforeDate).
		return true, true
	case settlement:
		// "the town of Velmora", "in Velmora", "près de Velmora".
		return true, true
	case named:
		// "at the Velmora border crossing", "on Velmora Island".
		return true, true
	}
	return false, false
}

// features lists the facts of an accepted candidate (see placeWeights).
func (pt *placeText) features(toks []token, i int, chain []int, p phraseFacts, unknown bool) feature {
	r := pt.runs[i]
	var f feature
	set := func(on bool, x feature) {
		if on {
			f |= x
		}
	}
	event := eventCity(pt.s, r)
	set(p.prep && !event, fIntroduced) // "at the Velmora 2030 Games" introduces the event
	set(p.how == introDateline, fDateline)
	set(p.near, fNearDate)
	set(p.near && p.last.end <= pt.dateAt.start, fBeforeDate)
	set(r.city != nil, fKnownCity)
	set(r.city != nil && prominent(r.city), fProminent)
	set(p.tied, fTied)
	set(slices.ContainsFunc(chain[1:], func(idx int) bool {
		q := pt.runs[idx]
		return q.city != nil || q.country != "" && !q.possessive && !q.orientation
	}), fTiedKnown)
	set(unknown && !p.tied, fUnknownAlone)
	set(quoted(pt.s, r.start), fQuoted)
	set(p.prep && p.at < r.start && storyRef(toks, tokenAt(toks, r.t0, p.at)), fStoryRef)
	set(r.orientation, fOrientation)
	set(unknown && sentenceStartWord(pt.s, toks, pt.runs, chain), fSentenceStart)
	set(notPlaceName(r), fNotPlace)
	set(referencePoint(toks, r), fReference)
	set(flight(toks, r), fFlight)
	set(relation(toks, pt.runs, i), fRelation)
	set(p.prep && p.at < r.start && origin(toks, tokenAt(toks, r.t0, p.at)), fOrigin)
	set(event, fEventCity)
	return f
}

// tokenAt is the index of the token that starts at byte offset at, looking
// back from token t0.
func tokenAt(toks []token, t0, at int) int {
	for t0 > 0 && toks[t0-1].start >= at {
		t0--
	}
	return t0
}

// chooseBest picks the location among the candidates: the best score,
// then the readings of the agencies' phrase order.
func chooseBest(runs []*nameRun, cands []candidate) candidate {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score > best.score {
			best = c
		}
	}
	// A phrase that holds the best one starts with the more specific place:
	// "in Velmora, on the outskirts of Drastovo, Country"; not a name
	// named aside ("ties between Ruritania and Country in Velmora").
	for _, c := range cands {
		// An event's city (eventCity) is no part of a phrase before it.
		if c.idx < best.idx && c.chain[len(c.chain)-1] >= best.idx && slices.Contains(c.chain, best.idx) && c.features&fAside == 0 && best.features&fEventCity == 0 {
			best = c
			break
		}
	}
	// A bare country next to the date yields to a city phrase of the same
	// country: "in the port of X, Y Prefecture, after an
	// earthquake in northeastern Country, March 11".
	if r := runs[best.idx]; r.country != "" && len(best.chain) == 1 {
		for _, c := range cands {
			if c.idx != best.idx && c.score >= 2 && sameCountry(runs, c.chain, r.country) {
				best = c
				break
			}
		}
	}
	return best
}

// possessiveVenue: a name just after a prominent city in the possessive,
// as AP and Reuters name a city's landmarks, districts and events without
// a preposition: "on Velmora's Grand Square", "during Velmora's Fashion
// Week". A town in the possessive is too often a team or a person's.
func possessiveVenue(runs []*nameRun, i int) bool {
	if !afterPossessiveCity(runs, i) {
		return false
	}
	p := runs[i-1]
	c := cmp.Or(p.city, p.wordCity)
	return prominent(c)
}
