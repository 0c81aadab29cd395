package caption

// A national agency's captions of its own country name the place without
// the country: dpa writes "in Velmora", EFE "MADRID, 01/05/2020.-" and "en
// Valencia", ANSA "a Velmora (Bologna)", as AP's domestic datelines give
// the state and no country (AP Stylebook, "datelines"). The agency's home
// then settles a name as a dateline's country does (settleCity): "Valencia"
// from EFE is Spain's, not the larger Venezuelan city, and a town named
// without a country that the gazetteer knows only as a tied name is read
// in the agency's country.

// agencyHome is the home country of a national agency named agency
// (agencies.tsv: kind national, cc), else "".
func agencyHome(agency string) string {
	if agency == "" {
		return ""
	}
	if a := lookupAgency(agency); a != nil && a.Kind == "national" {
		return a.Country
	}
	return ""
}
