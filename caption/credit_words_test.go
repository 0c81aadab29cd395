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
// unless it begins a registry name ("Picture Alliance/dpa"). The plural
// "Photos" is, like "Photo" (creditShapeCases' "Photo Name / AFP"), a
// weak label and goes from the credit too.
func TestBareNameLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Pompiers à Velmora. Photos Jeanne Roux et Paul Velmont / AFP", creditWant{"Jeanne Roux et Paul Velmont / AFP", "AFP", "Jeanne Roux;Paul Velmont", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Photos Jeanne Roux et Paul Velmont / AFP", "AFP", "Jeanne Roux;Paul Velmont", ""},
		{"Photo Jeanne Roux / AFP", "AFP", "Jeanne Roux", ""},
		{"Picture Alliance/dpa", "dpa", "", ""},
	})
}

// TestArchiveParts: an archive word alone is a file mark, no organisation
// ("Foto: Archivo"); before a registry agency it marks that agency's file
// picture ("Archivo EFE", "archives AFP").
func TestArchiveParts(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. Foto: Archivo", creditWant{"Archivo", "", "", "", true}},
		{"Bomberos en Velmora. Foto: Archivo EFE", creditWant{"Archivo EFE", "EFE", "", "", true}},
	})
	checkFieldCases(t, []fieldCase{
		{"Archivo EFE", "EFE", "", ""},
		{"archives AFP", "AFP", "", ""},
		{"Archivo Velmora", "", "Archivo Velmora", ""}, // no registry agency: not split
	})
}

// TestNobodyWords: the French "DR" (droits réservés) and the Mexican
// papers' "Especial" credit nobody, with or without a label.
func TestNobodyWords(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Pompiers à Velmora. Photo DR", creditWant{"Photo DR", "", "", "", false}},
		{"Pompiers à Velmora. © DR", creditWant{"DR", "", "", "", false}},
		{"Bomberos en Velmora. Foto: Especial", creditWant{"Especial", "", "", "", false}},
	})
}

// TestCortesia: the Spanish "Cortesía (de) X" opens a handout's credit, as
// "Courtesy of X" does; the courtesy phrases are lexicon data
// (credit_courtesy).
func TestCortesia(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. Foto: Cortesía", creditWant{"Cortesía", "", "", "handout", false}},
		{"Bomberos en Velmora. Foto: Cortesía Bomberos de Velmora", creditWant{"Cortesía Bomberos de Velmora", "Bomberos de Velmora", "", "handout", false}},
		{"Bomberos en Velmora. (Cortesía de Alcaldía de Velmora)", creditWant{"Cortesía de Alcaldía de Velmora", "Alcaldía de Velmora", "", "handout", false}},
		{"Firefighters in Velmora. (Courtesy of Velmora Fire Department)", creditWant{"Courtesy of Velmora Fire Department", "Velmora Fire Department", "", "handout", false}},
	})
	for _, tc := range []struct {
		in   string
		want int
	}{{"Courtesy of Velmora Zoo", 12}, {"Photo courtesy Velmora Zoo", 15}, {"Cortesía de Velmora", 13}, {"Courtesy", -1}, {"Courteous staff", -1}} {
		if got := courtesyEnd(tc.in); got != tc.want {
			t.Errorf("courtesyEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestGluedStop: a credit chain run onto the caption's last word without a
// space after the full stop ("… Velmora.REUTERS/Jane Roe") is still the
// credit; a web address is no sentence end.
func TestGluedStop(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora.REUTERS/Jane Roe", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
		{"Bomberos en Velmora.EFE/Juana Velmorena", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
	})
	if gluedStop("see velmora.com/fire", 11, 20) || !gluedStop("in Velmora.REUTERS/Jane Roe", 10, 27) {
		t.Error("gluedStop")
	}
}

// TestStaffSocialParts: "Staff Photographer" names nobody (US papers'
// staff credit); a handle ("@velmorafire") and X, the network, mark a
// picture taken from social media.
func TestStaffSocialParts(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Jane Roe/Staff Photographer", creditWant{"Jane Roe/Staff Photographer", "", "Jane Roe", "", false}},
		{"Firefighters in Velmora. Photo: @velmorafire/X", creditWant{"@velmorafire/X", "", "", "social_media", false}},
		{"Firefighters in Velmora. @velmorafire/X via REUTERS", creditWant{"@velmorafire/X via REUTERS", "Reuters", "", "social_media", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Jane Roe / Staff photo", "", "Jane Roe", ""},
	})
}
