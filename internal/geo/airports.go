package geo

import (
	_ "embed"
	"strings"

	"github.com/wirecap/wirecap/internal/geo/internal/airportkey"
)

// airportsText is written by ./internal/gen (writeAirports): "key\tcountry\tcity"
// lines in byte order, the keys (package airportkey) of the names of the
// airports with scheduled service whose name is not their city's.
//
//go:embed airports.txt
var airportsText string

// Airport returns the city an airport named name serves ("Velmora",
// "Velmora International", "Aeropuerto de Velmora": the words naming the
// kind of airport do not count), for the airports whose name is not
// their city's: "Frankfurt Airport" is the gazetteer's Frankfurt already.
func Airport(name string) (*City, bool) {
	lines := sortedLines(airportsText, airportkey.Key(name))
	if len(lines) != 1 {
		return nil, false
	}
	f := strings.Split(lines[0], "\t")
	if len(f) != 3 {
		return nil, false
	}
	return LookupCityIn(f[2], f[1])
}
