package caption

import "testing"

// TestSuppliedHandout: the Australian and New Zealand press's "Supplied"
// marks a handout and names nobody ("Photo: Supplied", "Picture:
// Supplied/Velmora Police").
func TestSuppliedHandout(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Photo: Supplied", creditWant{"Supplied", "", "", "handout", false}},
		{"Firefighters in Velmora. Picture: Supplied", creditWant{"Supplied", "", "", "handout", false}},
		{"Firefighters in Velmora. Photo: Supplied/Velmora Police", creditWant{"Supplied/Velmora Police", "Velmora Police", "", "handout", false}},
		{"Firefighters in Velmora. Photo: Jane Roe/Velmora Herald/Supplied", creditWant{"Jane Roe/Velmora Herald/Supplied", "Velmora Herald", "Jane Roe", "handout", false}},
	})
}

// TestReproducaoHandout: the Brazilian press's "Reprodução" (a screen grab
// or a copy of a post) is no organisation, as "Divulgação" is none.
func TestReproducaoHandout(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Foto: Reprodução/Instagram", "", "", ""},
		{"Reprodução/TV Velmora", "TV Velmora", "", ""},
	})
	checkCreditCases(t, []creditCase{
		{"Bombeiros em Velmora. Foto: Reprodução/Instagram", creditWant{"Reprodução/Instagram", "", "", "handout", false}},
	})
}

// TestPicSignature: Malaysian papers sign a wire picture "— AFP pic",
// "— Bernama pic": the agency with its service word.
func TestPicSignature(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. — AFP pic", creditWant{"AFP pic", "AFP", "", "", false}},
		{"Firefighters in Velmora. Bernama pic", creditWant{"Bernama pic", "Bernama", "", "", false}},
		{"Firefighters in Velmora. — Reuters pic", creditWant{"Reuters pic", "Reuters", "", "", false}},
	})
}

// TestBareNameLabel: a label word without its mark before a person's chain
// ("Photos Name et Name / AFP", "Crédit Name/AFP") is cut from the names,
// unless it begins a registry name ("Picture Alliance/dpa").
func TestBareNameLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Pompiers à Velmora. Photos Jeanne Roux et Paul Velmont / AFP", creditWant{"Photos Jeanne Roux et Paul Velmont / AFP", "AFP", "Jeanne Roux;Paul Velmont", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Photos Jeanne Roux et Paul Velmont / AFP", "AFP", "Jeanne Roux;Paul Velmont", ""},
		{"Photo Jeanne Roux / AFP", "AFP", "Jeanne Roux", ""},
		{"Picture Alliance/dpa", "dpa", "", ""},
	})
}
