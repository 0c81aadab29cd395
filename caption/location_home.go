package caption

import "github.com/wirecap/wirecap/internal/geo"

// A national agency's captions of its own country name the town without
// the country: dpa writes "in Velmora", EFE "MADRID, 01/05/2020.-", ANSA
// "a Velmora (Bologna)", as AP's domestic datelines give the state and no
// country (AP Stylebook, "datelines"). A town the caption names without a
// country, that the gazetteer does not know on its own, is read in the
// agency's home country where a town of that name lies there: the agency's
// country ties it, as a country written beside it would (tiedTown).

// homeTown completes loc, read from a caption whose credit names agency,
// with the agency's home country. It changes nothing where the location
// has a country, a known city, or no city, or where the agency is no
// national agency or its country has no town so named.
func homeTown(loc *Location, agency string) {
	if loc == nil || loc.City == "" || loc.CountryCode != "" || loc.GeoNamesID != 0 || agency == "" {
		return
	}
	a := lookupAgency(agency)
	if a == nil || a.Kind != "national" || a.Country == "" {
		return
	}
	c, ok := geo.LookupCityIn(loc.City, a.Country)
	if !ok {
		return
	}
	loc.City, loc.GeoNamesID = c.Name, c.ID
	loc.CountryCode, loc.Country = c.Country, geo.CountryName(c.Country)
}
