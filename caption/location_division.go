package caption

import (
	"bytes"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// A name after a province, department, district or Land word is a
// division, and a national agency names the divisions of its own country
// so without the country: EFE's "en la provincia de Velmora", Belga's
// "dans la province de Luxembourg", APA's "im Bezirk Velmora", Agerpres'
// "în județul Velmora". Where the gazetteer's region of that name lies
// abroad (Belize's Toledo, Nicaragua's León, the Grand Duchy) or the name
// reads as a city or a country, the division of the caption's home (the
// dateline's country or the national agency's: agencyHome) is meant, when
// home has an ISO 3166-2 division of the name (geo.DivisionIn) or, for the
// districts named after their chief town that ISO does not list (Austria's
// Bezirke, Germany's Landkreise), a town of the name. A country named in
// the phrase ("la provincia de Córdoba, Argentina") keeps its own. A
// region named without the word is read so too where the gazetteer puts
// it abroad and home has a division of the name: Belga's "in Limburg" is
// Belgium's province, ANP's the Dutch one; where home has a town of the
// name too, not a tied one, the town (EFE's "en Toledo": Spain's Toledo,
// not Belize's district). The national agencies' English services write
// for readers abroad and name the country of a place abroad
// (finishLocation): their captions are read as written.

// divisionsOfHome reads each name of the chain written after a region
// word, and each region of the chain the gazetteer puts abroad, as that
// division of home (see above).
func (b *locBuilder) divisionsOfHome(toks []token) {
	home := b.best.dateline
	if home == "" || b.lang == "en" || b.chainNamesCountry(toks, home) {
		return
	}
	for _, idx := range b.chain {
		r := b.runs[idx]
		word := afterRegionWord(toks, r)
		if r.possessive || r.regionC == home && r.region != "" || !word && r.region == "" {
			continue
		}
		if town, ok := geo.LookupCityIn(r.text, home); ok && !word && !town.Tied {
			// "en Toledo" (EFE): the town of home, named as its province is.
			r.city, r.wordCity, r.country, r.region, r.regionC = town, nil, "", "", ""
			b.homeContext(home)
			continue
		}
		if !geo.DivisionIn(r.text, home) {
			if _, ok := geo.LookupCityIn(r.text, home); !word || !ok || r.country != "" {
				continue
			}
		}
		r.city, r.wordCity, r.country, r.region, r.regionC = nil, nil, "", r.text, home
		b.homeContext(home)
	}
}

// homeContext puts home first among the countries the phrase names, as
// a country written in it would be.
func (b *locBuilder) homeContext(home string) {
	b.ctx = append([]string{home}, b.ctx...)
	b.phraseCtx++
}

// chainNamesCountry reports a country other than home named in the
// chain, not after a region word ("la provincia de Córdoba, Argentina").
func (b *locBuilder) chainNamesCountry(toks []token, home string) bool {
	for _, idx := range b.chain {
		if r := b.runs[idx]; r.country != "" && r.country != home && !r.possessive && !afterRegionWord(toks, r) {
			return true
		}
	}
	return false
}

// afterRegionWord reports a run written right after a region word and
// its "of" and article ("provincia de", "département du", "im Bezirk",
// "județul").
func afterRegionWord(toks []token, r *nameRun) bool {
	i := r.t0 - 1
	for k := 0; k < 2 && i > 0 && toks[i].is(cOfLink|cArticle|cCaseArticle); k++ {
		i--
	}
	return i >= 0 && i < r.t0 && toks[i].is(cRegionOfNoun|cRegionNameNoun)
}

// regionOverAlternateName reads a name that is a first-level division of
// a country and only an old alternate name of a town of that country,
// unlike its current one (another first letter, not a part of it), where
// the town is the division's seat, as the division:
// Agência Brasil's "na Bahia" and "no Pará" name the states, not their
// capitals Salvador and Belém, which GeoNames also files under the
// states' old names. A town whose current name a division of its country
// bears too (Kyiv, the city with the status of a region; São Paulo, named
// as its state), or that is not the seat ("New York"), keeps the name. It reports whether it changed run r.
func regionOverAlternateName(s string, toks []token, r *nameRun) bool {
	if r.city == nil || r.t0 == 0 || !articleRegionWords()[lower(toks[r.t0-1].text(s))] {
		return false
	}
	var kb, cb [64]byte
	k := geo.MakeKey(kb[:0], r.text)
	if cur := geo.AppendKey(cb[:0], r.city.Name); len(cur) == 0 || cur[0] == k.Bytes()[0] || bytes.Contains(cur, k.Bytes()) {
		return false // its own name, spelt otherwise ("Basra", Basrah) or in part ("Rostov", Rostov-on-Don)
	}
	c, level, ok := geo.RegionLevelOf(k)
	if !ok || level != 1 || c != r.city.Country || geo.DivisionIn(r.city.Name, c) {
		return false
	}
	if seat, ok := geo.Seat(r.text, c); !ok || seat.ID != r.city.ID {
		return false // "New York": the city, not the state (whose seat is Albany)
	}
	r.city = nil
	r.clearCityText()
	r.region, r.regionC = r.text, c
	return true
}

// articleRegionWords are the lexicon's place_article_region entries.
var articleRegionWords = sync.OnceValue(func() map[string]bool { return wordSet("place_article_region") })
