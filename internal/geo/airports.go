package geo

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo/internal/airportkey"
)

// airportsText is written by ./internal/gen (writeAirports): "key\tcountry\tcity"
// lines in byte order, the keys (package airportkey) of the names of the
// airports with scheduled service whose name is not their city's.
//
//go:embed airports.txt
var airportsText string

var airports = sync.OnceValue(func() map[string][2]string {
	m := map[string][2]string{}
	for line := range strings.SplitSeq(airportsText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 && !strings.HasPrefix(line, "#") {
			m[f[0]] = [2]string{f[1], f[2]}
		}
	}
	return m
})

// Airport returns the city an airport named name serves ("Velmora",
// "Velmora International", "Aeropuerto de Velmora": the words naming the
// kind of airport do not count), for the airports whose name is not
// their city's: "Frankfurt Airport" is the gazetteer's Frankfurt already.
func Airport(name string) (*City, bool) {
	a, ok := airports()[airportkey.Key(name)]
	if !ok {
		return nil, false
	}
	return LookupCityIn(a[1], a[0])
}
