package caption

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// clsDistrictSeat: nouns of a district named after its seat town.
var clsDistrictSeat = lexClass("district_seat_noun")

// districtSeat reads the seat town of a district named after it as the
// city ("in Velmora district of Drastovo province": Velmora), where the
// location names no city and the gazetteer knows the town in the
// location's country; the district stays the region.
func (b *locBuilder) districtSeat() {
	loc := b.loc
	if loc.City != "" || loc.GeoNamesID != 0 || loc.Region == "" || loc.CountryCode == "" {
		return
	}
	i := strings.LastIndexByte(loc.Region, ' ')
	if i <= 0 || !lexiconHas(loc.Region[i+1:], clsDistrictSeat.bit()) {
		return
	}
	if c, ok := geo.LookupCityIn(loc.Region[:i], loc.CountryCode); ok {
		loc.City, loc.GeoNamesID = c.Name, c.ID
	}
}
