// Package geo knows countries (names in English, French, German and Spanish,
// with ISO 3166-1 alpha-2 codes), a compact gazetteer of cities with their
// alternate names, and a coarse GPS-to-country lookup. All data is compiled
// into the binary and indexed lazily on first use.
package geo

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// City is one gazetteer entry.
type City struct {
	Name    string  // English name
	Country string  // ISO 3166-1 alpha-2; empty where sovereignty is disputed
	Region  string  // first-level region, where useful
	Lat     float64 // decimal degrees
	Lon     float64
	Capital bool
}

var (
	once        sync.Once
	countryIdx  map[string]string  // folded name -> code
	countryName map[string]string  // code -> English name
	cityIdx     map[string][]*City // folded name -> cities
	demonymIdx  map[string]string  // folded adjective -> code
	regionIdx   map[string]string  // folded region name -> code
)

// historicCodes are withdrawn ISO codes that CLDR still names.
var historicCodes = map[string]bool{"DD": true, "SU": true, "YU": true, "CS": true, "ZR": true, "TP": true,
	"BU": true, "NT": true, "YD": true, "FX": true, "AN": true, "QO": true, "EU": true, "EZ": true, "UN": true}

// Fold lower-cases s, strips accents and collapses punctuation to single
// spaces, so that "Kyiv", "KYIV" and "Kyïv" compare equal.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "Xi'an" and "Xian" fold together.
		default:
			space = true
		}
	}
	return b.String()
}

func load() {
	countryIdx = make(map[string]string, 2048)
	countryName = make(map[string]string, 300)
	namers := []display.Namer{
		display.English.Regions(), display.French.Regions(),
		display.German.Regions(), display.Spanish.Regions(), display.Italian.Regions(),
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || historicCodes[code] {
				continue
			}
			for i, n := range namers {
				name := n.Name(r)
				if name == "" || name == code {
					continue
				}
				if i == 0 {
					countryName[code] = name
				}
				if _, ok := countryIdx[Fold(name)]; !ok {
					countryIdx[Fold(name)] = code
				}
			}
		}
	}
	for alias, code := range countryAliases {
		countryIdx[Fold(alias)] = code
	}
	for _, name := range notCountries {
		delete(countryIdx, Fold(name))
	}
	demonymIdx = make(map[string]string, len(demonyms))
	for adj, code := range demonyms {
		demonymIdx[Fold(adj)] = code
	}
	parseCities()
	regionIdx = make(map[string]string, len(regions))
	for name, code := range regions {
		regionIdx[Fold(name)] = code
	}
	cityIdx = make(map[string][]*City, len(cities)*2)
	for i := range cities {
		c := &cities[i]
		add := func(n string) {
			k := Fold(n)
			for _, e := range cityIdx[k] {
				if e == c {
					return
				}
			}
			cityIdx[k] = append(cityIdx[k], c)
		}
		add(c.Name)
		for _, alt := range cityAlternates[c.Name] {
			add(alt)
		}
	}
}

// Country returns the ISO code of a country named in any of the desk's
// languages ("Russie", "Russland", "U.S.", "the United States").
func Country(name string) (code string, ok bool) {
	once.Do(load)
	k := Fold(name)
	k = strings.TrimPrefix(k, "the ")
	code, ok = countryIdx[k]
	return code, ok
}

// CountryName is the English name of an ISO code, or "".
func CountryName(code string) string {
	once.Do(load)
	return countryName[strings.ToUpper(code)]
}

// Demonym returns the country of an adjective such as "Ukrainian" or "russe".
func Demonym(adj string) (string, bool) {
	once.Do(load)
	c, ok := demonymIdx[Fold(adj)]
	return c, ok
}

// Cities returns the gazetteer entries named name (any alternate name),
// the most prominent first.
func Cities(name string) []*City {
	once.Do(load)
	return cityIdx[Fold(name)]
}

// LookupCity returns the best entry for name: a capital first, else the
// first listed.
func LookupCity(name string) (*City, bool) {
	cs := Cities(name)
	if len(cs) == 0 {
		return nil, false
	}
	for _, c := range cs {
		if c.Capital {
			return c, true
		}
	}
	return cs[0], true
}

// Region returns the country of a first-level region named name ("Hainan",
// "California", "Bavaria"), with or without its "Province"/"State" word.
func Region(name string) (string, bool) {
	once.Do(load)
	k := Fold(name)
	for _, suffix := range []string{" province", " prefecture", " state", " region", " oblast", " governorate", " autonomous region", " uygur autonomous region", " county"} {
		k = strings.TrimSuffix(k, suffix)
	}
	c, ok := regionIdx[k]
	return c, ok
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// CountryAt gives the country of the gazetteer place nearest to a GPS
// position, and its distance. It answers only within 300 km of a known
// place: the gazetteer is compact, so this is a coarse check that tells
// Moscow from Kyiv, not a border-exact lookup.
func CountryAt(lat, lon float64) (string, float64, bool) {
	once.Do(load)
	best, bestD := "", math.MaxFloat64
	for i := range cities {
		c := &cities[i]
		if c.Country == "" {
			continue
		}
		if d := distanceKm(lat, lon, c.Lat, c.Lon); d < bestD {
			best, bestD = c.Country, d
		}
	}
	return best, bestD, best != "" && bestD <= 300
}

// NearCountry reports whether a known place of country lies within km of
// the position: near a border the nearest place may be across it.
func NearCountry(lat, lon float64, country string, km float64) bool {
	once.Do(load)
	for i := range cities {
		if c := &cities[i]; c.Country == country && distanceKm(lat, lon, c.Lat, c.Lon) <= km {
			return true
		}
	}
	return false
}

// Alpha2 turns an ISO 3166 alpha-2 or alpha-3 code ("FRA") into alpha-2.
func Alpha2(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return ""
	}
	return r.String()
}
