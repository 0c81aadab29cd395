package caption

import (
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// Wards are parts of a city: Kyodo and Jiji place a picture in a ward of
// Tokyo right after the metropolis ("東京都台東区で", "東京・渋谷区で") and
// in a ward of another city right after the city ("大阪市北区で"); the
// caption's city is Tokyo or that city, though GeoNames lists many wards
// as cities of their own (Taitō, Shibuya, Kita).

// wardLexicon holds lexicon place_ward_city: each metropolis whose wards
// are one city, with that city, and the ward words.
type wardLexicon struct {
	cities map[string]string
	words  map[string]bool
}

var wardLex = sync.OnceValue(func() wardLexicon {
	wl := wardLexicon{cities: map[string]string{}, words: map[string]bool{}}
	// a name of several characters is a phrase: classSenses yields both
	for sn := range classSenses(lexClass("place_ward_city")) {
		if sn.val == "ward" {
			wl.words[sn.form] = true
		} else {
			wl.cities[sn.form] = sn.val
		}
	}
	return wl
})

// wardCity returns the city whose ward the name toks[i:i+n] (text
// without its affixes) is, where it is written right after a metropolis
// of wardLex (or after it and "・") and ends with a ward word or is
// followed by one ("東京都台東区": Tokyo, not Taitō), else c.
func (p *parser) wardCity(sp *scriptPlace, c *geo.City, text string, i, n int) *geo.City {
	if i == 0 {
		return c
	}
	wl := wardLex()
	ward := i+n < len(p.toks) && wl.words[p.toks[i+n].key]
	for w := range wl.words {
		ward = ward || strings.HasSuffix(text, w)
	}
	if !ward {
		return c
	}
	before := strings.TrimSuffix(p.s[:p.toks[i].start], "・") // "東京・渋谷区"
	if sp.city != nil && sp.cityText != "" && strings.HasSuffix(before, sp.cityText) {
		return sp.city // "大阪市北区": a ward of the city just named
	}
	for metro, city := range wl.cities {
		if strings.HasSuffix(before, metro) {
			if w, ok := geo.LookupCity(city); ok {
				return w
			}
		}
	}
	return c
}
