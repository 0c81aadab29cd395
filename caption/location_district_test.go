package caption

import "testing"

// TestDistrictSeat: a district named after its seat town gives the town
// as the city, on invented captions; a district whose name is no town of
// the country, or one inside a named city, does not.
func TestDistrictSeat(t *testing.T) {
	checkNatPlaceCases(t, []natPlaceCase{
		{"Farmers tend paddy fields in Thanjavur district, Tamil Nadu state. (Photo: Jane Roe)", "Thanjavur", "Thanjavur district", "IN"},
		{"Flood victims at a camp in Dadu district of Sindh province. (Photo: Jane Roe)", "Dadu", "Dadu district", "PK"},
		{"Relief work in Hat Yai district of Songkhla province. (Photo: Jane Roe)", "Hat Yai", "Hat Yai district", "TH"},
		// No such town in the country: no city.
		{"Farmers in Velmora district of Assam. (Photo: Jane Roe)", "", "*", "IN"},
		// A city named already: it stays.
		{"Shoppers in the Mitte district of Berlin, Germany. (Photo: Jane Roe)", "Berlin", "*", "DE"},
	})
}
