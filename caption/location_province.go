package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// Provinces named after their chief town, written after a town: ANSA's
// "Velmora (Bari)", EFE's "Velmora (Pontevedra)", read as "Velmora, Bari"
// (parenToComma).

// provinceNamedForTown reads the name after town prev as the province
// named after its chief town, in prev's country, where the gazetteer's
// region of that name (c) lies in another country but a city of the name
// lies in prev's: Italy's province of Bari, not Somalia's region. It
// reports whether it changed run r.
func provinceNamedForTown(prev, r *nameRun, c string) bool {
	if prev.city == nil || r.city == nil || prev.city.Country == "" || c == prev.city.Country {
		return false
	}
	if _, ok := geo.LookupCityIn(r.text, prev.city.Country); !ok {
		return false
	}
	r.city, r.wordCity, r.region, r.regionC = nil, nil, r.text, prev.city.Country
	return true
}

// tiedPlaceBefore reads the place named before a region ("a Velmora, in
// Sicilia": placeBefore), or a name introduced by a preposition right
// before a region and a comma ("em Velmora, distrito de Viseu", Lusa), as
// the town of that name in the region, else in the region's country,
// where the gazetteer has one: a small town is read only so tied
// (tiedTown).
func (b *locBuilder) tiedPlaceBefore(toks []token) {
	loc := b.loc
	if loc.City != "" || b.anchor == 0 {
		return
	}
	a, prev := b.runs[b.anchor], b.runs[b.anchor-1]
	if a.region == "" || a.regionC == "" || prev.resolved() || prev.t0 == 0 {
		return
	}
	introduced := loc.Place == "" && toks[prev.t0-1].is(cPreposition) && strings.HasPrefix(b.s[prev.end:], ", ")
	if prev.text != loc.Place && !introduced {
		return
	}
	town, ok := geo.LookupCityInRegion(prev.text, a.region)
	if !ok {
		town = tiedTown(prev, []string{a.regionC})
	}
	if town == nil {
		unknownTownBeforeRegion(b, toks, prev, introduced)
		return
	}
	if introduced {
		b.textStart = toks[prev.t0-1].start
	}
	prev.city, b.cityRun = town, prev
	loc.City, loc.Place = prev.text, ""
}

// villageOfHome gives a village named after its noun ("w miejscowości
// Velmorka", villageNoun), which the gazetteer does not know and the
// caption ties to no country, the country of the dateline or of the
// national agency credited (agencyHome): PAP, ČTK, HINA and Agerpres name
// villages of their own country so, and name the country of a foreign one.
func (b *locBuilder) villageOfHome(toks []token) {
	loc, r := b.loc, b.runs[b.anchor]
	if loc.CountryCode != "" || b.disputed || b.best.dateline == "" || r.resolved() || r.t0 == 0 || !villageNoun(&toks[r.t0-1]) {
		return
	}
	loc.CountryCode, loc.Country = b.best.dateline, geo.CountryName(b.best.dateline)
}

// qualifiedTown reads a town whose official name carries a qualifier in
// brackets ("Frankfurt (Oder)", "Halle (Saale)", "Weiden (Oberpfalz)":
// dpa writes them so): where the gazetteer knows the name with its
// bracket, run prev, resolved before, is that town and run r, the
// bracket's word, belongs to it. It reports whether it joined them.
func qualifiedTown(s string, prev, r *nameRun) bool {
	if r.start < 2 || s[prev.end:r.start] != " (" || r.end >= len(s) || s[r.end] != ')' {
		return false
	}
	name := s[prev.start : r.end+1]
	city, ok := geo.LookupCity(name)
	if !ok {
		return false
	}
	prev.city, prev.wordCity, prev.country, prev.region, prev.regionC = city, nil, "", "", ""
	prev.end, prev.t1, prev.text = r.end+1, r.t1, name
	return true
}

// provinceAfterUnknownTown reads EFE's and ANSA's "en Velmorilla
// (Girona)", "a Velmorella (Bari)" where the gazetteer does not know the
// town: in a caption of the dateline's or the national agency's country
// (home), the name right after a town introduced by a place preposition,
// where it is a city of home and a province of home (level 2) or a
// region only of another country (Somalia's Bari, Belize's Toledo), is
// the province named after its chief town, in home; the town is the
// city, as written. Only the bracket says so: "in Velmora, London" is a
// place of London. It reports whether it read so.
func (b *locBuilder) provinceAfterUnknownTown(prev, r *nameRun) bool {
	home := b.best.dateline
	if home == "" || b.best.intro != introPrep && b.best.intro != introSettlement || b.s[prev.end:r.start] != ", " ||
		!closedBracket(b.s, r.end) || prev.city != nil || prev.resolved() || endsWithPlaceNoun(prev.text) {
		return false
	}
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || c == home && level != 2 {
		return false
	}
	if _, ok := geo.LookupCityIn(r.text, home); !ok {
		return false
	}
	r.city, r.wordCity, r.region, r.regionC = nil, nil, r.text, home
	prev.city = tiedTown(prev, []string{home})
	return true
}

// closedBracket reports that the name ending at end was written in
// brackets, which parenToComma turned into ", Name ": a space where the
// bracket closed, then no letter.
func closedBracket(s string, end int) bool {
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	if end+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// unknownTownBeforeRegion reads AFP's and EFE's "à Velmorgny, dans le
// département du Var", "en Velmorejo, en la provincia de Toledo": a name
// the gazetteer does not know, introduced by a preposition of place right
// before the comma and the region the phrase names, is the town, as
// written (the city of an unknown town, as "in Velmora" alone gives it),
// and the text starts at its preposition.
func unknownTownBeforeRegion(b *locBuilder, toks []token, prev *nameRun, introduced bool) {
	if !introduced || prev.resolved() || prev.wordCity != nil || prev.possessive || endsWithPlaceNoun(prev.text) {
		return
	}
	b.textStart = toks[prev.t0-1].start
	b.loc.City, b.loc.Place = prev.text, ""
}
