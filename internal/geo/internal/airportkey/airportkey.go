// Package airportkey folds an airport's name into the key the generator
// writes into airports.txt and package geo looks up: the name folded
// (package fold), less the words that say what kind of airport it is,
// so that "Velmora International Airport", "Velmora Airport" and
// "Aeropuerto Internacional Velmora" meet.
package airportkey

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// generic are the folded words that name the kind of airport, in the
// languages of the wires (OurAirports writes names in English; captions
// write them in their own language).
var generic = map[string]bool{
	"airport": true, "international": true, "intl": true, "regional": true, "domestic": true,
	"aeroport": true, "aeroports": true, "internacional": true, "internationale": true,
	"aeropuerto": true, "aeroporto": true, "internazionale": true, "flughafen": true, "lotnisko": true,
	"de": true, "di": true, "d": true, "du": true, "do": true, "da": true, "the": true,
}

// Key returns the airport's key: the folded words of name, generic ones
// dropped, joined by spaces.
func Key(name string) string {
	var out []string
	for w := range strings.FieldsSeq(fold.Fold(name)) {
		if !generic[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
