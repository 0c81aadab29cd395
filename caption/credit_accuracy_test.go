package caption

import (
	"strings"
	"testing"
)

// Issue 14, item 3: credit classes, each with invented names.

// TestRestrictionLineBeforeCredit: a restriction line run into the credit
// when a feed lost its line breaks (Shutterstock's "RESTRICTED TO
// EDITORIAL USE" line above "Mandatory Credit: …", AFP's block before the
// credit) is stepped over, and the credit after it is read.
func TestRestrictionLineBeforeCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. EDITORIAL USE ONLY REUTERS/Jane Roe", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
		{"Firefighters in Velmora. NO SALES Jane Roe/Shutterstock", creditWant{"Jane Roe/Shutterstock", "Shutterstock", "Jane Roe", "", false}},
		{"Firefighters in Velmora. EMBARGOED UNTIL 0001 GMT MARCH 6 REUTERS/Jane Roe", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
		{"Firefighters in Velmora. RESTRICTED TO EDITORIAL USE - NO MARKETING JANE ROE/AFP", creditWant{"JANE ROE/AFP", "AFP", "Jane Roe", "", false}},
		// A restriction line alone, or followed by prose, is no credit.
		{"Firefighters in Velmora. EDITORIAL USE ONLY", creditWant{}},
		{"Firefighters in Velmora. EDITORIAL USE ONLY. Crews worked all night", creditWant{}},
		// After the credit, as before.
		{"Firefighters in Velmora. REUTERS/Jane Roe EDITORIAL USE ONLY", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	})
}

// TestTwoPhotographers: two photographers in one part of a credit, joined
// by the word for "and" (AFP's "Photo by Jane ROE and John DOE / AFP",
// dpa's "Name und Name/dpa", EFE's "Name y Name").
func TestTwoPhotographers(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. (Photo by Jane ROE and John DOE / AFP)", creditWant{"Photo by Jane ROE and John DOE / AFP", "AFP", "Jane Roe;John Doe", "", false}},
		{"Feuerwehrleute in Velmora. Foto: Jana Roe und Max Doe/dpa", creditWant{"Jana Roe und Max Doe/dpa", "dpa", "Jana Roe;Max Doe", "", false}},
		{"Bomberos en Velmora. EFE/Juana Roe y Ana Doe", creditWant{"EFE/Juana Roe y Ana Doe", "EFE", "Juana Roe;Ana Doe", "", false}},
		{"Firefighters in Velmora. Jane Roe & John Doe/Shutterstock", creditWant{"Jane Roe & John Doe/Shutterstock", "Shutterstock", "Jane Roe;John Doe", "", false}},
		// A Spanish double surname is one name.
		{"Bomberos en Velmora. EFE/Juana Roe y Doe", creditWant{"EFE/Juana Roe y Doe", "EFE", "Juana Roe y Doe", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Jane Roe and John Doe/AFP via Getty Images", "AFP (via Getty Images)", "Jane Roe;John Doe", "AFP"},
		{"REUTERS/Jane Roe and John Doe", "Reuters", "Jane Roe;John Doe", ""},
		{"Photo: Jana Roe e Mario Doe/ANSA", "ANSA", "Jana Roe;Mario Doe", ""},
		// An organisation with "and" in its name is no pair of names.
		{"Velmora Board of Trade and Industry/Handout via REUTERS", "Reuters", "", "Velmora Board of Trade and Industry"},
	})
}

// TestSpacedSeparatorsAndProviders: picture alliance's credit notation
// with spaced separators ("picture alliance / dpa | Name") reads as its
// unspaced form; Getty's providers ("Name/Provider via Getty Images") that
// are publishers or clubs are organisations, not photographers.
func TestSpacedSeparatorsAndProviders(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Feuerwehrleute in Velmora. picture alliance / dpa | Jana Roe", creditWant{"picture alliance / dpa | Jana Roe", "dpa", "Jana Roe", "", false}},
		{"Feuerwehrleute in Velmora. picture alliance/dpa | Jana Roe", creditWant{"picture alliance/dpa | Jana Roe", "dpa", "Jana Roe", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Velmora Publishing via Getty Images", "Getty Images", "", "Velmora Publishing"},
		{"Jane Roe/Velmora FC via Getty Images", "Getty Images", "Jane Roe", "Velmora FC"},
		{"Jane Roe/Velmora AFC/Getty Images", "Getty Images", "Jane Roe", "Velmora AFC"},
	})
}

// TestRestrictionLabelIsNoCredit: the label of a restriction block after
// the credit (PA's "RESTRICTIONS: Use subject to restrictions.", "NOTICE:")
// is no one-word signature.
func TestRestrictionLabelIsNoCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Fans in Velmora. Jane Roe/PA Wire. RESTRICTIONS: Use subject to restrictions. Editorial use only.", creditWant{"Jane Roe/PA Wire", "PA", "Jane Roe", "", false}},
		{"Fans in Velmora. Jane Roe/PA Wire. NOTICE: Editorial use only.", creditWant{"Jane Roe/PA Wire", "PA", "Jane Roe", "", false}},
		{"Fans in Velmora. (Velmora Police via AP) NO LICENSING", creditWant{"Velmora Police via AP", "AP", "", "handout", false}},
	})
}

// TestArchiveMarkersNorthAndEast: the archive-picture markers of the
// Nordic, Finnish, Czech and Polish desks mark a file photo, and label the
// credit where a colon follows; Italian papers' "Foto d'archivio ANSA" is a
// label, not part of the agency's name. Prose about archives is no marker.
func TestArchiveMarkersNorthAndEast(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Supportrar i Velmora. Arkivbild. Foto: Anna Roe/TT", creditWant{"Anna Roe/TT", "TT", "Anna Roe", "", true}},
		{"Supportere i Velmora. Arkivfoto: Ola Roe / NTB", creditWant{"Ola Roe / NTB", "NTB", "Ola Roe", "", true}},
		{"Tilskuere i Velmora. Arkivbillede. Foto: Mads Roe/Ritzau Scanpix", creditWant{"Mads Roe/Ritzau Scanpix", "Ritzau Scanpix", "Mads Roe", "", true}},
		{"Kannattajia Velmorassa. Arkistokuva. LEHTIKUVA / Matti Roe", creditWant{"LEHTIKUVA / Matti Roe", "Lehtikuva", "Matti Roe", "", true}},
		{"Fanoušci ve Velmoře, archivní snímek. ČTK/Jan Roe", creditWant{"ČTK/Jan Roe", "CTK", "Jan Roe", "", true}},
		{"Kibice w Velmorze. Zdjęcie archiwalne. PAP/Jan Roe", creditWant{"PAP/Jan Roe", "PAP", "Jan Roe", "", true}},
		{"Tifosi a Velmora, 5 marzo 2020. Foto d'archivio ANSA/GIANNI ROE", creditWant{"ANSA/GIANNI ROE", "ANSA", "Gianni Roe", "", true}},
		{"Researchers work in the archives of Velmora University. REUTERS/Jane Roe", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
		{"Forskare i Velmoras arkiv. Foto: Anna Roe/TT", creditWant{"Anna Roe/TT", "TT", "Anna Roe", "", false}},
	})
}

// TestPhotographerLabel: Bloomberg's "Photographer: Name/Bloomberg", as
// captions and By-line fields write it, names the photographer without
// its label.
func TestPhotographerLabel(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Photographer: Jane Roe/Bloomberg", "Bloomberg", "Jane Roe", ""},
		{"Photographer: Jane Roe", "", "Jane Roe", ""},
		{"Photographers: Jane Roe, John Doe/Bloomberg", "Bloomberg", "Jane Roe;John Doe", ""},
	})
	checkCreditCases(t, []creditCase{
		{"Traders work in New York, U.S., on Monday, March 2, 2026. Photographer: Jane Roe/Bloomberg", creditWant{"Jane Roe/Bloomberg", "Bloomberg", "Jane Roe", "", false}},
		{"The photographer said she was hurt in Velmora. REUTERS/John Doe", creditWant{"REUTERS/John Doe", "Reuters", "John Doe", "", false}},
	})
}

// TestReutersSportsTerms: Reuters' sports credit "Action Images via
// Reuters/Name" (the wire leads its photographer after "via") and the
// football terms after it, to their last sentence ("Please contact your
// account representative for further details."), which leave the credit
// readable.
func TestReutersSportsTerms(t *testing.T) {
	const terms = " EDITORIAL USE ONLY. No use with unauthorized audio, video, data, fixture lists, club/league logos or 'live' services. Online in-match use limited to 45 images, no video emulation. No use in betting, games or single club/league/player publications. Please contact your account representative for further details."
	checkCreditCases(t, []creditCase{
		{"Velmora's Jane Doe celebrates in Velmora, Britain, March 5, 2026. Action Images via Reuters/Jane Roe" + terms, creditWant{"Action Images via Reuters/Jane Roe", "Reuters", "Jane Roe", "agency", false}},
		{"Velmora's Jane Doe celebrates in Velmora, Britain, March 5, 2026. REUTERS/Jane Roe" + strings.ToUpper(terms), creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	})
	if got := restrictionCodes(terms, "%s", ","); got != "EDITORIAL_ONLY,OTHER,OTHER,OTHER" {
		t.Errorf("terms: %s", got)
	}
}

// TestMarkerLabelWithSpace: a registry agency and a marker word written
// as a label, MTI's "MTI Fotó: Name" as APA's "APA-FOTO: NAME"; the
// Hungarian label "Fotó: MTI/Name".
func TestMarkerLabelWithSpace(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Tűzoltók Velmorán. MTI Fotó: Quillfeather Jana", creditWant{"MTI Fotó: Quillfeather Jana", "MTI", "Quillfeather Jana", "", false}},
		{"Tűzoltók Velmorán. Fotó: MTI/Quillfeather Jana", creditWant{"MTI/Quillfeather Jana", "MTI", "Quillfeather Jana", "", false}},
		{"Firefighters in Velmora. APA-FOTO: JANE ROE", creditWant{"APA-FOTO: JANE ROE", "APA", "Jane Roe", "", false}},
		// An unknown organisation before "Photo:" is no marker.
		{"Firefighters in Velmora. Velmora Photo: Jane Roe/AFP", creditWant{"Jane Roe/AFP", "AFP", "Jane Roe", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"MTI Fotó: Quillfeather Jana", "MTI", "Quillfeather Jana", ""},
		{"Fotó: MTI/Quillfeather Jana", "MTI", "Quillfeather Jana", ""},
		{"AFP PHOTO: JANE ROE", "AFP", "Jane Roe", ""},
	})
}

// fieldCase is a credit field's value and what ParseCredit reads from it:
// the agency (matched as corpus labels are, "A (via B)" meaning either),
// photographers and partners joined by ";".
type fieldCase struct{ in, agency, photographers, partners string }

func checkFieldCases(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, tc := range cases {
		cl := ParseCredit(tc.in)
		ph, pa := strings.Join(cl.Photographers, ";"), strings.Join(cl.Partners, ";")
		if !agencyMatches(tc.agency, cl.Agency) || tc.agency == "" && cl.Agency != "" || ph != tc.photographers || pa != tc.partners {
			t.Errorf("ParseCredit(%q): agency %q photographers %q partners %q, want %q %q %q", tc.in, cl.Agency, ph, pa, tc.agency, tc.photographers, tc.partners)
		}
	}
}
