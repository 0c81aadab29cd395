package caption

import "github.com/wirecap/wirecap/internal/geo"

// A national agency writing its own language names its own country's
// border by the neighbour alone: PAP's "na granicy z Velmorią", HINA's
// "na granici s Velmorom", ČTK's "na hranici s Velmorskem", dpa's "an der
// Grenze zu Velmorien" are taken on the agency's side, as withHomeCountry
// gives such an agency's unknown town its country. Where the caption names
// no other place, the border phrase is the place and home the country; the
// neighbour, named for orientation, is not (fOrientation). The English
// services write for readers abroad and name the side (withBorderSide).

// withHomeBorder gives a caption of a national agency's country home, in
// language lang (not English), that names no place but its border with a
// neighbour, that border as the place and home as the country.
func withHomeBorder(s string, toks []token, lang, home string, loc *Location) *Location {
	if home == "" || lang == "en" || loc != nil && (loc.CountryCode != "" || loc.City != "" || loc.Place != "" || loc.Region != "") {
		return loc
	}
	place, text := homeBorder(s, toks)
	if place == "" {
		return loc
	}
	return &Location{Text: text, Place: place, Country: geo.CountryName(home), CountryCode: home}
}

// homeBorder finds "<preposition> (<article>) <border noun> <border
// link> <Name>": the place from the noun to the name, the text from the
// preposition; "" where there is none.
func homeBorder(s string, toks []token) (place, text string) {
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i].is(cBorderNoun) || !toks[i+1].is(cBorderLink) || !toks[i+2].capital {
			continue
		}
		p := i - 1
		if p > 0 && toks[p].is(cArticle|cCaseArticle) {
			p--
		}
		if !toks[p].is(cPreposition) {
			continue
		}
		end := i + 2
		for end+2 < len(toks) && toks[end+1].is(cJoiner) && toks[end+2].capital && s[toks[end].end:toks[end+1].start] == " " {
			end += 2 // "s Bosnom i Hercegovinom"
		}
		return s[toks[i].start:toks[end].end], s[toks[p].start:toks[end].end]
	}
	return "", ""
}
