package geo

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// seatsText is written by ./internal/gen (writeSeats): "name\tcountry\tseat
// name\tGeoNames id" lines in byte order, the folded names of each
// first-level division with the city GeoNames marks as its seat, then
// each country's capital under "*" and its code and its seat of
// government, where another city, under "+" and its code.
//
//go:embed seats.txt
var seatsText string

type seatLine struct {
	country, name string
	id            int
}

// seatLines returns the lines of seatsText under key.
func seatLines(key string) []seatLine {
	var out []seatLine
	for _, line := range sortedLines(seatsText, key) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		id, _ := strconv.Atoi(f[3])
		out = append(out, seatLine{f[1], f[2], id})
	}
	return out
}

// Seat returns the seat of the first-level division named division (any
// of its names the gazetteer knows: "Saxony", "Sachsen", "Saxe") in
// country, or in any country where country is empty and only one
// country has a division so named.
func Seat(division, country string) (*City, bool) {
	ls := seatLines(fold.Fold(division))
	var found *seatLine
	for i := range ls {
		if country != "" && ls[i].country != country {
			continue
		}
		if found != nil {
			return nil, false // two countries' divisions: the caption must say which
		}
		found = &ls[i]
	}
	if found == nil {
		return nil, false
	}
	return seatCity(*found)
}

// Capital returns the capital of the country of ISO 3166-1 code country.
func Capital(country string) (*City, bool) {
	ls := seatLines("*" + country)
	if len(ls) != 1 {
		return nil, false
	}
	return seatCity(ls[0])
}

// GovernmentSeat returns the city where the government of the country of
// ISO 3166-1 code country sits: the seat of government where GeoNames
// marks one apart from the capital (The Hague, La Paz), else the capital.
func GovernmentSeat(country string) (*City, bool) {
	if ls := seatLines("+" + country); len(ls) == 1 {
		return seatCity(ls[0])
	}
	return Capital(country)
}

// seatCity finds the seat's gazetteer entry by its name and GeoNames id.
func seatCity(l seatLine) (*City, bool) {
	for _, c := range Cities(l.name) {
		if c.ID == l.id {
			return c, true
		}
	}
	return nil, false
}
