package caption

import (
	"cmp"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// locBuilder fills the location from the chosen phrase. Each step below
// reads the phrase one way; the steps run in a fixed order, each filling
// only what the ones before left empty (the country stated in the phrase
// comes before the one its city implies, which comes before one named
// elsewhere in the sentence). The words (toks) are passed to the steps
// that read them, not held: the text reaches the result, and a field that
// reaches it takes every field with it (escape analysis does not tell
// fields apart), so held words would go to the heap.
type locBuilder struct {
	s      string
	runs   []*nameRun
	cands  []candidate
	best   candidate
	anchor int
	chain  []int
	loc    *Location
	// ctx lists the countries that decide between namesakes: those of the
	// phrase first (the first phraseCtx), then those named elsewhere.
	ctx                []string
	phraseCtx          int
	possessiveCountry  string // "south Ruritania's Drastovo"
	disputed           bool   // the city or region has no stated country
	textStart, textEnd int
	cityRun            *nameRun // the run loc.City comes from
	lang               string   // the caption's language, as detected
}

// buildLocation fills the location from the chosen phrase.
func buildLocation(s string, toks []token, runs []*nameRun, cands []candidate, best candidate, named []string, lang string) *Location {
	b := &locBuilder{s: s, runs: runs, cands: cands, best: best, anchor: best.idx, chain: best.chain, loc: &Location{}, lang: lang}
	_, b.textStart = introduction(s, toks, runs, b.anchor)
	b.textEnd = abbrevEnd(s, runs[b.chain[len(b.chain)-1]])
	b.context(named)
	b.demonymContext(toks)
	b.sharedRegionDemonym(toks)
	b.chainRegions(toks)
	b.divisionsOfHome(toks)
	b.regionsAfterCities()
	for k, idx := range b.chain {
		b.settleCity(k, runs[idx])
		b.fill(toks, k, runs[idx])
	}
	b.possessiveCityPlace()
	if b.loc.Place == "" {
		b.loc.Place = placeBefore(s, toks, runs, b.anchor, &b.textStart)
		b.tiedPlaceBefore(toks)
	}
	b.townOfProvince()
	b.statedCountry()
	b.villageOfHome(toks)
	b.countyCity()
	b.districtSeat() // location_district.go
	b.venueCityAcrossDate()
	b.cityNearDate(toks)
	b.landmarkCity()
	b.sovereignElsewhere()
	b.sentenceCountry(toks)
	b.finish(toks)
	b.venueCity(toks)
	b.venueText(toks)
	return b.loc
}

// context gathers the countries of the phrase, then those of the text.
func (b *locBuilder) context(named []string) {
	runs, anchor := b.runs, b.anchor
	if n := len(b.chain) + len(named); n > 1 {
		b.ctx = make([]string, 0, n) // at most: one block
	}
	if anchor > 0 && runs[anchor-1].possessive && runs[anchor-1].country != "" && runs[anchor].start-runs[anchor-1].end <= 3 {
		b.possessiveCountry = runs[anchor-1].country
		b.ctx = append(b.ctx, b.possessiveCountry)
	}
	for _, idx := range b.chain[1:] {
		if r := runs[idx]; r.country != "" {
			b.ctx = append(b.ctx, r.country)
		} else if r.regionC != "" {
			b.ctx = append(b.ctx, r.regionC)
		}
	}
	b.phraseCtx = len(b.ctx)
	b.ctx = append(b.ctx, named...)
}

// chainRegions reads the names after the first: a town named in a place
// chain is a place; "X on the island of Rhodes" names a region; a city
// named after the first place ("Velmora Square in Drastovo") makes that
// place no city.
func (b *locBuilder) chainRegions(toks []token) {
	runs, chain := b.runs, b.chain
	for k, idx := range chain[1:] {
		r := runs[idx]
		if r.wordCity != nil && !regionWithItsCountry(runs, chain, k+1) {
			// A town named in a chain is a place; a region followed by its
			// country ("Velmora, Virginia, U.S.") stays the region.
			r.city, r.wordCity = r.wordCity, nil
		}
		var wb [8]string
		if words, _ := gapOf(wb[:0], b.s, toks, runs[chain[k]].end, r.start); r.city != nil && regionGap(words) {
			c, ok := geo.Region(r.text)
			if !ok {
				c = r.city.Country
			}
			r.city, r.region, r.regionC = nil, r.text, c
		}
	}
	if r0 := runs[chain[0]]; r0.notes().prefixPlace != "" && slices.ContainsFunc(chain[1:], func(idx int) bool { return runs[idx].city != nil }) {
		r0.city, r0.more.cityText, r0.more.prefixPlace = nil, "", ""
	}
}

// regionsAfterCities reads "Velmora, Virginia", "Córdoba, Veracruz": after
// a city, a name that is also a region of a country holding that city is
// the region; after a name the gazetteer does not know, a state or
// province ("Velmora, Washington, U.S."), unless that name is a venue
// ("Brandenburg Gate, Berlin").
func (b *locBuilder) regionsAfterCities() {
	s, runs, chain := b.s, b.runs, b.chain
	for k := 1; k < len(chain); k++ {
		r, prev := runs[chain[k]], runs[chain[k-1]]
		if k == 1 && b.provinceAfterUnknownTown(prev, r) {
			continue
		}
		if !strings.Contains(s[prev.end:r.start], ",") || b.stateOfCity(prev, r) || r.city == nil {
			continue
		}
		c, level, ok := geo.RegionLevel(r.text)
		if !ok {
			continue
		}
		if prev.city == nil {
			if k == 1 && !prev.resolved() && !endsWithPlaceNoun(prev.text) && s[prev.end:r.start] == ", " && !headerVenue(s, runs, chain) {
				// A province named after its chief town ("Velmora,
				// Valencia"; EFE's and ANSA's "Velmora (Bologna)") is the
				// province where the gazetteer has a town of the first
				// name in its country.
				town := tiedTown(prev, []string{c})
				if level == 1 || town != nil {
					r.city, r.region, r.regionC, prev.city = nil, r.text, c, town
				}
			}
			continue
		}
		if provinceNamedForTown(prev, r, c) {
			b.ctx = append([]string{r.regionC}, b.ctx...)
			b.phraseCtx++
			continue
		}
		if in, found := geo.LookupCityIn(prev.cityName(), c); found || c == "" || slices.Contains(b.ctx, c) {
			r.city, r.region, r.regionC = nil, r.text, c
			if found {
				prev.city = in
			}
			b.ctx = append([]string{c}, b.ctx...)
			b.phraseCtx++
		}
	}
}

// stateOfCity reads "Miami, Florida" where the region's name is shared
// (a US state, a department of Uruguay) or also a town's alternate name:
// the gazetteer's city of that name lying in that region settles both.
// After a name it does not know, a shared region name that a town bears
// only as an alternate name is the region, of no stated country.
func (b *locBuilder) stateOfCity(prev, r *nameRun) bool {
	if in, ok := geo.LookupCityInRegion(prev.cityName(), r.regionLookupName()); ok {
		// "Portland, Oregon": not the Jamaican parish, nor Oregon, Ohio.
		prev.city, prev.wordCity, prev.country, prev.region, prev.regionC = in, nil, "", "", ""
		r.city, r.region, r.regionC = nil, cmp.Or(r.region, r.text), in.Country
		b.ctx = append([]string{in.Country}, b.ctx...)
		b.phraseCtx++
		return true
	}
	if r.city != nil && geo.RegionShared(r.text) && geo.Fold(r.city.Name) != geo.Fold(r.text) {
		r.city, r.region, r.regionC = nil, r.text, ""
		return true
	}
	return false
}

// settleCity picks, for the k-th run of the chain, the place of its name
// that the context names: the phrase's countries, else the dateline's (or
// the national agency's home: agencyHome), else
// (for a smaller town) the countries named elsewhere.
func (b *locBuilder) settleCity(k int, r *nameRun) {
	if r.country != "" && !r.possessive && (k < len(b.chain)-1 && laterCountry(b.runs, b.chain[k+1:]) || k == 0 && b.possessiveCountry != "") {
		// A territory that is also a city, named with its sovereign
		// country ("Drastovo, Ruritania" or "south Ruritania's
		// Drastovo"), is the city.
		if c, ok := geo.LookupCity(r.text); ok {
			r.country, r.city = "", c
		}
	}
	switch {
	case r.city == nil:
		if ctx := b.ctx[:b.phraseCtx]; !r.resolved() && len(ctx) > 0 {
			r.city = tiedTown(r, ctx)
		} else if !r.resolved() && b.best.dateline != "" {
			r.city = tiedTown(r, []string{b.best.dateline})
		}
	case b.phraseCtx > 0:
		if c := inContext(r, b.ctx[:b.phraseCtx]); c != nil {
			r.city = c
		} else if k == 0 && r.city.Country != "" {
			// "Velmora, Ukraine" where the gazetteer's Velmora lies
			// elsewhere: another place of the same name.
			r.city = nil
		}
	case b.best.dateline != "":
		if c := inContext(r, []string{b.best.dateline}); c != nil {
			r.city = c
		}
	case !prominent(r.city):
		if c := inContext(r, b.ctx); c != nil {
			r.city = c
		}
	}
}

// tiedTown is the gazetteer's town (or city) named by run r, which names
// nothing on its own, in the first country of ctx that has one: a town
// of fewer than 15,000 people is read only so tied ("Velmora, Country",
// "Velmora, Region"); nil when none is.
func tiedTown(r *nameRun, ctx []string) *geo.City {
	for _, code := range ctx {
		if c, ok := geo.LookupCityIn(r.text, code); ok {
			return c
		}
	}
	return nil
}

// townOfProvince reads a place named before a city that is also the
// province named after it ("Velmora, Bologna", EFE's and ANSA's "Velmora
// (Valencia)") as a town of the province, where the gazetteer has a town
// of that name in the province's country: the town is the city, the
// province the region.
func (b *locBuilder) townOfProvince() {
	loc, r := b.loc, b.cityRun
	if loc.Place == "" || r == nil || r.city == nil || loc.Region != "" {
		return
	}
	i := slices.Index(b.runs, r)
	if i < 1 || b.runs[i-1].text != loc.Place || b.s[b.runs[i-1].end:r.start] != ", " {
		return
	}
	prev := b.runs[i-1]
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || level != 2 || c != r.city.Country {
		return
	}
	if town := tiedTown(prev, []string{c}); town != nil {
		prev.city, b.cityRun = town, prev
		loc.City, loc.Region, loc.Place = prev.text, r.text, ""
	}
}

// fill writes what the k-th run of the chain names into the location.
func (b *locBuilder) fill(toks []token, k int, r *nameRun) {
	loc := b.loc
	switch {
	case r.country != "":
		if r.possessive {
			b.possessiveCountry = r.country
			return
		}
		// "Hong Kong, China": the last country named is the sovereign one.
		if loc.CountryCode == "" || k > 0 {
			loc.CountryCode, loc.Country = r.country, r.text
			if k > 0 {
				var wb [8]string
				words, _ := gapOf(wb[:0], b.s, toks, b.runs[b.chain[k-1]].end, r.start)
				if d := trailingDirection(words); d != "" && loc.Region == "" {
					loc.Region = d + " " + r.text
				}
			}
		}
	case r.city != nil:
		b.fillCity(toks, k, r)
	case r.region != "":
		if r.regionC == "" {
			b.disputed = b.disputed || isDisputedRegion(r.region)
		}
		if loc.Region == "" {
			loc.Region = r.region
		}
	case k == 0:
		unknownFirst(b.s, toks, b.runs, b.chain, b.best, loc)
	}
}

// fillCity writes a known city of the chain: the first is the city; a
// second is the city of a district named first, or the first is a place
// near it.
func (b *locBuilder) fillCity(toks []token, k int, r *nameRun) {
	loc := b.loc
	if r.city.Country == "" {
		b.disputed = true
	}
	r0 := b.runs[b.chain[0]]
	switch {
	case loc.City == "":
		loc.City, b.cityRun = r.cityName(), r
		if n := r.notes(); n.prefixPlace != "" {
			loc.Place = n.prefixPlace
		} else if n.cityText != "" && !strings.HasSuffix(r.text, " City") {
			loc.Place = r.text // "Old Damascus"
		}
		if k == 0 && loc.Place == "" {
			// "the Velmora refugee camp": the camp, in the city.
			var end int
			if loc.Place, end = namedWithNoun(b.s, toks, r); end > b.textEnd {
				b.textEnd = end
			}
		}
		if k == 0 && b.anchor > 0 && loc.Place == "" {
			loc.Place = placeBefore(b.s, toks, b.runs, b.anchor, &b.textStart)
		}
		if k == 1 && loc.Place == "" && r0.region != "" && r0.regionC == r.city.Country && inCityGap(b.s, toks, r0.end, r.start) {
			// "at Westminster in London": a borough, then its city.
			loc.Place = r0.text
			if loc.Region == r0.region {
				loc.Region = ""
			}
		}
	case loc.Place == "" && k == 1 && r0.city != nil && inCityGap(b.s, toks, r0.end, r.start):
		// "Velmora, Drastovo City, Ruritania", "Velmora in Drastovo": a
		// district, then its city. The district's country is the city's:
		// a namesake elsewhere is another place.
		loc.Place, loc.City, b.cityRun = loc.City, r.cityName(), r
		if r0.city.Country != r.city.Country {
			r0.city, _ = geo.LookupCityIn(r0.cityName(), r.city.Country)
		}
	case loc.Place == "":
		// "Velmora, on the outskirts of Drastovo": the first is the place.
		loc.Place = loc.City
	}
}

// possessiveCityPlace reads "at Moscow's Red Square", "in Tokyo's Shibuya
// district": a place of the city named before it.
func (b *locBuilder) possessiveCityPlace() {
	loc, anchor := b.loc, b.anchor
	p := possessiveCity(b.runs, anchor)
	if p == nil || loc.City != "" {
		return
	}
	loc.City, b.cityRun = p.cityName(), p
	if loc.Region == b.runs[anchor].region && b.runs[anchor].regionC == "" {
		loc.Region = ""
	}
	if loc.Place == "" {
		loc.Place = b.runs[anchor].text
	}
	if loc.CountryCode == "" && p.city.Country != "" {
		loc.CountryCode = p.city.Country
	}
	b.disputed = b.disputed || p.city.Country == ""
}

// sovereignElsewhere reads a territory that is also a city ("in Hong
// Kong") which the text names elsewhere with its sovereign country ("Hong
// Kong, China"): the country is the sovereign one, as within one phrase.
func (b *locBuilder) sovereignElsewhere() {
	code := b.loc.CountryCode
	if code == "" {
		return
	}
	for _, c := range b.cands {
		first, last := b.runs[c.idx], b.runs[c.chain[len(c.chain)-1]]
		if len(c.chain) < 2 || last.country == "" || last.possessive || last.country == code {
			continue
		}
		if fc, ok := geo.Country(first.text); ok && fc == code || first.city != nil && first.city.Country == code {
			if _, ok := geo.LookupCity(first.text); ok {
				b.loc.CountryCode, b.loc.Country = last.country, last.text
				return
			}
		}
	}
}

// countyCity reads the county as the city where the country's counties
// are its towns: China's and the Koreas' villages (Korean "-ri"), townships
// and reserves belong to a county (Chinese xian, Korean gun), which Xinhua,
// KCNA and Yonhap name after them ("in Velmora Village, Drastovo County of
// east China's Quill Province", "in Velmora-ri, Drastovo County, North
// Quill Province"). A city the gazetteer knows stays the city.
func (b *locBuilder) countyCity() {
	loc := b.loc
	if loc.Region == "" || loc.GeoNamesID != 0 || b.cityRun != nil || !wordIs(strings.ToLower(loc.CountryCode), cCountyCountry) {
		return
	}
	if i := strings.LastIndexByte(loc.Region, ' '); i < 0 || !wordIs(loc.Region[i+1:], cCountyNoun) {
		return
	}
	loc.Place = cmp.Or(loc.Place, loc.City)
	loc.City, loc.Region = loc.Region, ""
	for _, idx := range b.chain {
		// The province after the county is the region.
		if r := b.runs[idx]; r.region != "" && r.region != loc.City {
			loc.Region = r.region
		}
	}
}

// statedCountry settles the country from the phrase: a possessive country
// ("Ruritania's"), else the one its region or city implies, else the one
// the same city is named with elsewhere ("Hong Kong, China").
func (b *locBuilder) statedCountry() {
	loc, runs, anchor := b.loc, b.runs, b.anchor
	if loc.CountryCode == "" && b.possessiveCountry != "" {
		loc.CountryCode = b.possessiveCountry
	} else if b.possessiveCountry != "" {
		loc.CountryCode, loc.Country = b.possessiveCountry, geo.CountryName(b.possessiveCountry)
	}
	if loc.CountryCode != "" || b.disputed {
		return
	}
	loc.CountryCode = impliedCountry(runs, b.chain)
	if loc.CountryCode != "" || runs[anchor].city == nil {
		return
	}
	for _, c := range b.cands {
		if c.idx == anchor || runs[c.idx].city != runs[anchor].city {
			continue
		}
		for _, idx := range c.chain {
			if runs[idx].country != "" && !runs[idx].possessive {
				loc.CountryCode = runs[idx].country
			}
		}
	}
}

// cityNearDate reads AP's and Getty's venue on one side of the date and
// its city on the other ("near Velmora Hall, Monday, May 4, 2026, in
// Drastovo"; "at Velmora Arena May 4, 2026 Drastovo, Ruritania"): a city
// named within the same sentence-sized stretch is the venue's. So is a
// settlement the sentence names as one where the phrase names a region
// only (Reuters: "in the town of Velmora, …, in Drastovo region, Country
// <date>").
func (b *locBuilder) cityNearDate(toks []token) {
	loc, runs := b.loc, b.runs
	if loc.City != "" {
		return
	}
	for _, c := range b.cands {
		r := runs[c.idx]
		if c.idx == b.anchor || !c.near && !settlementNamed(toks, r) || abs(r.start-runs[b.anchor].start) > sameSentenceSpan {
			continue
		}
		if r.country != "" && len(c.chain) == 1 {
			// "in Hong Kong": a territory that is also a city; not a
			// country named like a town elsewhere ("Lebanon", a US town).
			if city, ok := geo.LookupCity(r.text); ok && city.Country == r.country {
				r.country, r.city = "", city
			}
		}
		if r.city != nil || c.unknown && (c.intro == introSettlement || len(c.chain) > 1) && !endsWithPlaceNoun(r.text) {
			loc.City, b.cityRun = r.cityName(), r
			if loc.CountryCode == "" && !b.disputed {
				loc.CountryCode = impliedCountry(runs, c.chain)
			}
			return
		}
	}
}

// sentenceCountry takes the country from a second place phrase of the same
// sentence ("in Drastovo on May 4, 2026 in the Velmora region, northern
// Ruritania"), else from a nationality before a settlement noun ("the
// eastern Ukrainian city of X").
func (b *locBuilder) sentenceCountry(toks []token) {
	loc, runs := b.loc, b.runs
	if loc.CountryCode != "" || b.disputed {
		return
	}
	for _, c := range b.cands {
		// A reference point ("58 km south-east of X") lies in the
		// place's country, whatever its score.
		if c.idx == b.anchor || c.score < 2 && c.features&fReference == 0 || abs(runs[c.idx].start-runs[b.anchor].start) > sameSentenceSpan {
			continue
		}
		if code := impliedCountry(runs, c.chain); code != "" {
			loc.CountryCode = code
			if runs[c.idx].end > b.textEnd && runs[c.idx].start-b.textEnd < 80 {
				b.textEnd = runs[c.chain[len(c.chain)-1]].end
			}
			return
		}
	}
	loc.CountryCode = demonymBefore(b.s, toks, runs[b.anchor])
}

// finish names the country, widens the text to an unnamed place before the
// name ("at an undisclosed location in Country"), and writes the city as
// GeoNames names it now ("Kiev" is Kyiv): the words as written stay in
// Text.
func (b *locBuilder) finish(toks []token) {
	loc := b.loc
	if loc.CountryCode != "" && loc.Country == "" {
		loc.Country = geo.CountryName(loc.CountryCode)
	}
	if loc.Place == "" && loc.City == "" {
		from := b.textStart
		b.textStart = lowerPlaceBefore(b.s, toks, b.textStart)
		loc.Place = unknownPlaceName(b.s, toks, b.textStart, from)
	}
	if b.cityRun != nil && b.cityRun.city != nil {
		loc.City, loc.GeoNamesID = b.cityRun.city.Name, b.cityRun.city.ID
	}
	if r := b.runs[b.anchor]; loc.Place != "" && strings.HasPrefix(b.s[r.start:], loc.Place) {
		b.textEnd = max(b.textEnd, r.start+len(loc.Place)) // "at the Velmora border crossing"
	}
	loc.Text = strings.TrimSpace(b.s[b.textStart:b.textEnd])
}

// settlementNamed reports a name introduced by a settlement noun and "of":
// "the town of Velmora", "la ville de Velmora", "la localidad de Velmora".
func settlementNamed(toks []token, r *nameRun) bool {
	i := r.t0 - 1
	return i >= 1 && toks[i].is(cOfLink) && toks[i-1].is(cSettlementNoun)
}

// namedWithNoun returns the run with the place noun that follows it ("Velmora
// refugee camp", "Velmora airport") and where it ends, or "": a place
// named after the city. A village noun names the settlement itself
// ("Velmora village").
func namedWithNoun(s string, toks []token, r *nameRun) (string, int) {
	var wb [2]string
	t := r.t1 + 1
	if r.possessive {
		return "", 0 // "Velmora's Drastovo district": the district's own name
	}
	for ; t < len(toks) && t <= r.t1+2 && strings.TrimSpace(s[toks[t-1].end:toks[t].start]) == "" && !toks[t].capital; t++ {
		wb[t-r.t1-1] = lower(toks[t].text(s))
	}
	words := wb[:t-r.t1-1]
	noun := leadingPlaceNoun(words)
	if noun == "" {
		return "", 0
	}
	end := toks[r.t1+placeNounHead(words)].end
	return s[r.start:end], end
}
