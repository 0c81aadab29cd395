package caption

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Issue 14, items 3 and 5: each table is one class of agency convention,
// written with invented names.

// TestCreditConventionShapes: credits in captions, by class.
func TestCreditConventionShapes(t *testing.T) { checkCreditCases(t, creditConventionCases) }

var creditConventionCases = []creditCase{
	// A restriction line is no credit, wherever it stands (AP's "COUNTRY
	// OUT; MANDATORY CREDIT" after the credit, Getty's "(COUNTRY OUT)").
	{"NORWAY OUT; MANDATORY CREDIT", creditWant{}},
	{"Firefighters in Velmora on March 5, 2026. (AP Photo/Jane Roe) NORWAY OUT; MANDATORY CREDIT", creditWant{"AP Photo/Jane Roe", "AP", "Jane Roe", "", false}},
	{"Firefighters in Velmora on March 5, 2026. NORWAY OUT", creditWant{}},
	// A wire's video service is the wire: Reuters' "REUTERS TV", AFP's "AFPTV".
	{"Firefighters in Velmora on March 5, 2026. (KCNA via Reuters TV)", creditWant{"KCNA via Reuters TV", "Reuters", "", "handout", false}},
	{"Firefighters in Velmora on March 5, 2026. AFPTV/AFP", creditWant{"AFPTV/AFP", "AFP", "", "", false}},
	// A partner agency before a wire: AFP signs "PARTNER / AFP" (CONVENTIONS
	// §1), AP "PARTNER via AP"; the wire that ends the chain distributes.
	{"Firefighters in Velmora on March 5, 2026. ANP/AFP", creditWant{"ANP/AFP", "AFP", "", "agency", false}},
	{"Firefighters in Velmora on March 5, 2026. (Photo by JANE ROE / BELGA / AFP)", creditWant{"Photo by JANE ROE / BELGA / AFP", "AFP", "Jane Roe", "agency", false}},
	{"Firefighters in Velmora on March 5, 2026. REUTERS/KCNA", creditWant{"REUTERS/KCNA", "Reuters", "", "handout", false}},
	// Italian and French papers write the label without a colon before the
	// agency: "Foto ANSA/NAME", "(foto Ansa)", "Photo AFP".
	{"Vigili del fuoco a Velmora. Foto ANSA/GIANNI ROE", creditWant{"ANSA/GIANNI ROE", "ANSA", "Gianni Roe", "", false}},
	{"Vigili del fuoco a Velmora. (foto Ansa)", creditWant{"Ansa", "ANSA", "", "", false}},
	{"Des pompiers à Velmora. (Photo AFP)", creditWant{"AFP", "AFP", "", "", false}},
	{"Vigili del fuoco a Velmora, 5 marzo 2026. Foto: Gianni Roe/LaPresse", creditWant{"Gianni Roe/LaPresse", "LaPresse", "Gianni Roe", "", false}},
	// UK papers' "Image:" label; Finnish "Kuva:".
	{"Firefighters in Velmora on March 5, 2026. (Image: Jane Roe/Reuters)", creditWant{"Jane Roe/Reuters", "Reuters", "Jane Roe", "", false}},
	{"Palomiehet Velmorassa. Kuva: Jane Roe / Lehtikuva", creditWant{"Jane Roe / Lehtikuva", "Lehtikuva", "Jane Roe", "", false}},
	// ANP signs "ANP NAME", the photographer in capitals after the agency
	// without a slash, as Belga signs "BELGA PHOTO NAME".
	{"Brandweerlieden in Velmora op 5 maart 2026. ANP JANE ROE", creditWant{"ANP JANE ROE", "ANP", "Jane Roe", "", false}},
	{"Brandweerlieden in Velmora. ANP", creditWant{"ANP", "ANP", "", "", false}},
	// dpa's regional services sign after "dpa" ("Name/dpa/lsw"); Zentralbild
	// as "dpa-Zentralbild/ZB": the service is dpa's own, no partner.
	{"Feuerwehrleute in Velmora. Foto: Jana Roe/dpa/lsw", creditWant{"Jana Roe/dpa/lsw", "dpa", "Jana Roe", "", false}},
	{"Feuerwehrleute in Velmora. Foto: Jana Roe/dpa-Zentralbild/ZB", creditWant{"Jana Roe/dpa-Zentralbild/ZB", "dpa", "Jana Roe", "", false}},
	// A partner named by its web domain is an organisation, not a person.
	{"Firefighters in Velmora on March 5, 2026. Jane Roe/Velmora.pl via REUTERS", creditWant{"Jane Roe/Velmora.pl via REUTERS", "Reuters", "Jane Roe", "", false}},
	// The text after a credit ends it.
	{"Firefighters in Velmora, March 5, 2026. REUTERS/Jane Roe TPX IMAGES OF THE DAY", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 5, 2026. REUTERS/Jane Roe/File Photo SEARCH \"VELMORA\" FOR THIS STORY. SEARCH \"WIDER IMAGE\" FOR ALL STORIES", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", true}},
	{"Firefighters in Velmora, March 5, 2026. Velmora Police/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES", creditWant{"Velmora Police/Handout via REUTERS", "Reuters", "", "handout", false}},
	{"Firefighters in Velmora, March 5, 2026. REUTERS/Jane Roe XYZ123", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 5, 2026. REUTERS/Jane Roe EDITORIALUSEONLY NOSALES", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	// Notices and sign-offs after the credit: EPA's "ATTENTION: This Image
	// is part of a PHOTO SET", Reuters' "(Reporting by …; Editing by …)",
	// a desk's initials after the chain.
	{"Firefighters in Velmora, 03 March 2026. EPA-EFE/JANE ROE ATTENTION: This Image is part of a PHOTO SET", creditWant{"EPA-EFE/JANE ROE", "EPA", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 3, 2026. REUTERS/Jane Roe (Reporting by John Doe; Editing by Ann Smith)", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 3, 2026. REUTERS/Jane Roe/AB", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 3, 2026. Jane Roe/AFP/JR", creditWant{"Jane Roe/AFP", "AFP", "Jane Roe", "", false}},
	{"Firefighters in Velmora, March 3, 2026. Jane Roe/AFP/HO", creditWant{"Jane Roe/AFP/HO", "AFP", "Jane Roe", "handout", false}},
	{"Firefighters in Velmora, March 3, 2026. Jane Roe/Velmora Post/JR", creditWant{"Jane Roe/Velmora Post/JR", "JR", "Jane Roe", "", false}},
	// Reuters re-files an archive picture with its mark twice.
	{"Firefighters in Velmora. REUTERS/Jane Roe/File Photo/File Photo", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", true}},
	{"Firefighters in Velmora. POOL PHOTO/Jane Roe", creditWant{"POOL PHOTO/Jane Roe", "", "Jane Roe", "pool", false}},
	// AFP's anonymous handout photographer "-" stays (CONVENTIONS §1).
	{"Firefighters in Velmora on March 3, 2026. (Photo by - / VELMORA POLICE / AFP)", creditWant{"Photo by - / VELMORA POLICE / AFP", "AFP", "", "handout", false}},
	// A publisher closes the caption with the wire's name in brackets; an
	// agency spelt out before its acronym is no credit.
	{"Firefighters in Velmora on March 3, 2026 (AFP)", creditWant{"AFP", "AFP", "", "", false}},
	{"The pictures were sold to Agence France-Presse (AFP)", creditWant{}},
	{"Firefighters cheered as the Velmora Rescue Service (VRS)", creditWant{}},
	// Labels of a publishing page are cut from the credit and the agency:
	// an illustration or archive mark opening the chain, an illustration
	// notice standing alone, a firm whose name holds "Foto".
	{"Feuerwehr in Velmora. Foto: Symbolbild/dpa", creditWant{"dpa", "dpa", "", "", false}},
	{"Feuerwehr in Velmora. Foto: Archiv/Jana Roe/dpa", creditWant{"Jana Roe/dpa", "dpa", "Jana Roe", "", true}},
	{"Feuerwehr in Velmora. Symbolbild: picture alliance/dpa", creditWant{"picture alliance/dpa", "dpa", "", "", false}},
	{"Des pompiers à Velmora. (Photo d'illustration)", creditWant{}},
	{"Feuerwehr in Velmora. (Symbolbild)", creditWant{}},
	{"Feuerwehr in Velmora. Foto: Jana Roe/Northwind Foto Services", creditWant{"Jana Roe/Northwind Foto Services", "Northwind Foto Services", "Jana Roe", "", false}},
	{"Fans in Velmora. BELGA PHOTO JANE ROE", creditWant{"BELGA PHOTO JANE ROE", "Belga", "Jane Roe", "", false}},
	{"Firefighters in Velmora | Location: Velmora, Northland | Source: AFP", creditWant{"AFP", "AFP", "", "", false}},
	// German papers' archive label; agencies written in their own script;
	// China Daily's contributors "For China Daily".
	{"Feuerwehr in Velmora. Archivbild: dpa", creditWant{"dpa", "dpa", "", "", true}},
	{"Пожарные в Вельморе. Фото: Jane Roe/ТАСС", creditWant{"Jane Roe/ТАСС", "TASS", "Jane Roe", "", false}},
	{"Πυροσβέστες στη Βελμόρα. ΑΠΕ-ΜΠΕ/Jane Roe", creditWant{"ΑΠΕ-ΜΠΕ/Jane Roe", "ANA-MPA", "Jane Roe", "", false}},
	{"Firefighters in Velmora. [Photo by Jane Roe/For China Daily]", creditWant{"Photo by Jane Roe/For China Daily", "China Daily", "Jane Roe", "", false}},
	// A handout's source in a chain is an organisation, in the desks'
	// languages; a name's lower-case suffix stays with the name.
	{"Feuerwehr in Velmora. Foto: -/Polizei Velmora/dpa", creditWant{"-/Polizei Velmora/dpa", "dpa", "", "handout", false}},
	{"Una reunión en Velmora. EFE/ Presidencia de Velmora", creditWant{"EFE/ Presidencia de Velmora", "EFE", "", "", false}},
	{"Una sala en Velmora. EFE/ Museo de Velmora", creditWant{"EFE/ Museo de Velmora", "EFE", "", "", false}},
	{"Vigili del fuoco a Velmora. ANSA/Ufficio Stampa Velmora", creditWant{"ANSA/Ufficio Stampa Velmora", "ANSA", "", "", false}},
	{"Bombeiros em Velmora. Jane Roe/Prefeitura de Velmora", creditWant{"Jane Roe/Prefeitura de Velmora", "Prefeitura de Velmora", "Jane Roe", "", false}},
	{"Peregrinos en Velmora. EFE/Juan Roe jr", creditWant{"EFE/Juan Roe jr", "EFE", "Juan Roe jr", "", false}},
	// Reuters' sports header opens the caption with a dash chain; the
	// credit closes it, before the leagues' terms.
	{"Soccer Football - Velmora League - Velmora v Northwind - Velmora Stadium, Velmora, Britain - October 4, 2025 Velmora's Jane Roe celebrates scoring their first goal REUTERS/Jane Roe EDITORIAL USE ONLY. NO USE WITH UNAUTHORIZED AUDIO, VIDEO, DATA, FIXTURE LISTS, CLUB/LEAGUE LOGOS OR 'LIVE' SERVICES.",
		creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	// APA writes its marker as a label: "APA-FOTO: NAME".
	{"Hochwasser in Velmora am 2. März 2025. APA-FOTO: JANA ROE", creditWant{"APA-FOTO: JANA ROE", "APA", "Jana Roe", "", false}},
	{"Die Festspiele in Velmora. APA-FOTO: JANA ROE - ACHTUNG: Nur zur redaktionellen Verwendung", creditWant{"APA-FOTO: JANA ROE", "APA", "Jana Roe", "", false}},
	{"Ein Treffen in Velmora, Pro-Velmora: Die Gruppe tagt.", creditWant{}},
	// Labels of the French publishers and of Anadolu's Turkish service;
	// ANP's photo agency between ANP and the photographer.
	{"Rassemblement à Velmora. Photographie de Jeanne Roe / Hans Lucas.", creditWant{"Jeanne Roe / Hans Lucas", "Hans Lucas", "Jeanne Roe", "", false}},
	{"Velmora'da balıkçılar. (Fotoğraf: Ahmet Roe - Anadolu Ajansı)", creditWant{"Ahmet Roe - Anadolu Ajansı", "Anadolu", "Ahmet Roe", "", false}},
	{"Schepen in Velmora. ANP / Hollandse Hoogte / Jan Roe", creditWant{"ANP / Hollandse Hoogte / Jan Roe", "ANP", "Jan Roe", "agency", false}},
	// TASR's "FOTO TASR - Name"; Antara's editor initials after the chain.
	{"Na snímke hasiči vo Velmore. FOTO TASR - Jan Roe", creditWant{"TASR - Jan Roe", "TASR", "Jan Roe", "", false}},
	{"Warga di Velmora. ANTARA FOTO/Jane Roe/abc.", creditWant{"ANTARA FOTO/Jane Roe", "Antara", "Jane Roe", "", false}},
	{"Feuerwehr in Velmora. Foto: Jana Roe/dpa/lby", creditWant{"Jana Roe/dpa/lby", "dpa", "Jana Roe", "", false}},
	// dpa's service line closes a caption whose credit lives in the
	// metadata: the service names the agency; a bracketed registry name in
	// lower case is a credit.
	{"Ein Zeuge sitzt im Ausschuss in Velmora. +++ dpa-Bildfunk +++", creditWant{"dpa-Bildfunk", "dpa", "", "", false}},
	{"Ein Zug in Velmora. (picture alliance)", creditWant{"picture alliance", "dpa", "", "", false}},
	// IMAGO's x-encoded credit line names IMAGO; an x-encoded partner is
	// the partner.
	{"Jubel nach dem Tor in Velmora, 08.11.2025 DFL REGULATIONS PROHIBIT ANY USE OF PHOTOGRAPHS AS IMAGE SEQUENCES AND/OR QUASI-VIDEO. Copyright: xJanaxRoex", creditWant{"Copyright: xJanaxRoex", "Imago", "Jana Roe", "", false}},
	{"Burned houses in Velmora. EDITORIAL USE ONLY PUBLICATIONxINxGERxSUIxAUTxONLY Copyright: xJanexRoex/xZUMAxPressxWirex", creditWant{"Copyright: xJanexRoex/xZUMAxPressxWirex", "ZUMA", "Jane Roe", "", false}},
	// TT signs its photographer's number after the credit.
	{"Publik på Ullevi i Velmora. Foto: Adam Roe/TT kod 9200", creditWant{"Adam Roe/TT", "TT", "Adam Roe", "", false}},
	// A wire's credit moved before the caption, no separator.
	{"REUTERS/Jane Roe Firefighters work in Velmora, Northland, September 30, 2025.", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	{"REUTERS/Kim Seo-yun People visit the palace in Velmora, September 30, 2025.", creditWant{"REUTERS/Kim Seo-yun", "Reuters", "Kim Seo-yun", "", false}},
	{"REUTERS/Jane Roe Firefighters work in Velmora. REUTERS/Jane Roe", creditWant{"REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false}},
	// A label pasted twice.
	{"A team in Velmora. Picture date: Sunday August 29, 2021. Photo credit should read: Photo credit should read: Jane Roe/PA Wire. NOTE TO EDITORS: This handout photo may only be used for editorial reporting purposes.", creditWant{"Jane Roe/PA Wire", "PA", "Jane Roe", "handout", false}},
	{"Palestinians in Velmora, the territory.APAimages Photo / Jane Roe", creditWant{"APAimages Photo / Jane Roe", "APA Images", "Jane Roe", "", false}},
	// Credits at the start, after a label in any spacing.
	{"(Credit: Jane Roe/AP) Firefighters work in Velmora on March 5, 2026.", creditWant{"Jane Roe/AP", "AP", "Jane Roe", "", false}},
	{"Firefighters in Velmora on March 5, 2026. CREDIT : Jane Roe/AFP", creditWant{"Jane Roe/AFP", "AFP", "Jane Roe", "", false}},
	{"Tűzoltók Velmorában. Fotó: MTI/Jane Roe", creditWant{"MTI/Jane Roe", "MTI", "Jane Roe", "", false}},
}

// TestParseCreditFields: credit fields as newsroom systems store them
// (IPTC Credit, Source, By-line, Copyright Notice); the agency is the one
// that distributes.
func TestParseCreditFields(t *testing.T) {
	for _, tc := range []struct{ in, agency, people, partners string }{
		{"AFP via Getty Images", "Getty Images", "", "AFP"},
		{"Jane Roe/AFP via Getty Images", "Getty Images", "Jane Roe", "AFP"},
		{"picture alliance / dpa / Jane Roe", "dpa", "Jane Roe", ""},
		{"dpa/Jane Roe", "dpa", "Jane Roe", ""},
		{"EPA-EFE/JANE ROE", "EPA", "Jane Roe", ""},
		{"ANP/AFP", "AFP", "", "ANP"},
		{"BELGA/AFP", "AFP", "", "Belga"},
		{"KCNA VIA KNS / AFP", "AFP", "", "KCNA"},
		{"REUTERS/KCNA", "Reuters", "", "KCNA"},
		{"Sipa USA via AP", "AP", "", "Sipa"},
		{"Xinhua/Shutterstock", "Shutterstock", "", "Xinhua"},
		{"Jane Roe/SOPA Images/LightRocket via Getty Images", "Getty Images", "Jane Roe", "SOPA Images;LightRocket"},
		{"IMAGO/Jane Roe", "Imago", "Jane Roe", ""},
		{"(AP Photo/Jane Roe, File)", "AP", "Jane Roe", ""},
		{"TT NEWS AGENCY/via REUTERS", "Reuters", "", "TT"},
		{"© Jane Roe / Agence VU", "Agence VU", "Jane Roe", ""},
		{"© 2026 Jane Roe", "", "Jane Roe", ""},
		{"AFP or licensors", "AFP", "", ""},
		{"Jane Roe/dpa/lnw", "dpa", "Jane Roe", ""},
		{"Jane Roe/ddp", "ddp", "Jane Roe", ""},
		{"Reuters TV", "Reuters", "", ""},
		{"PHOTOPQR/LE VELMORAN/MAXPPP", "Maxppp", "", "PhotoPQR;LE VELMORAN"},
		{"Foto ANSA", "ANSA", "", ""},
		{"REUTERS/Jane Roe/AB", "Reuters", "Jane Roe", ""},
		{"APA-FOTO: JANA ROE", "APA", "Jana Roe", ""},
		{"NASA/Jane Roe", "NASA", "Jane Roe", ""},
		{"NASA/Jane Roe/Handout via REUTERS", "Reuters", "Jane Roe", "NASA"},
		// Copyright Notices and credit fields that run on past the credit.
		{"Copyright 2026 Thomson Reuters. Click For Restrictions - https://www.velmora.example/legal", "Reuters", "", ""},
		{"(c) Copyright Thomson Reuters 2026. Click For Restrictions - https://www.velmora.example/legal", "Reuters", "", ""},
		{"Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "AP", "", ""},
		{"Copyright (c) 2026 Shutterstock. No use without permission.", "Shutterstock", "", ""},
		{"This content is subject to copyright.", "", "", ""},
		{"Photo: Jane Roe/dpa - ACHTUNG: Nur zur redaktionellen Verwendung", "dpa", "Jane Roe", ""},
		{"Jane Roe/dpa +++ dpa-Bildfunk +++", "dpa", "Jane Roe", ""},
		{"EPA/JANE ROE EDITORIAL USE ONLY", "EPA", "Jane Roe", ""},
		{"Jane Roe/Shutterstock (12345678a)", "Shutterstock", "Jane Roe", ""},
		{"Jane Roe (AFP)", "AFP", "Jane Roe", ""},
		{"By Jane Roe", "", "Jane Roe", ""},
		{"Par Jean Roe/AFP", "AFP", "Jean Roe", ""},
		// A template's field left unfilled; a desk code in Source; a year
		// range and "©" read as Latin-1 in a notice.
		{"Credit", "", "", ""},
		{"Source", "", "", ""},
		{"Byline", "", "", ""},
		{"X01234", "", "", ""},
		{"A1234/_Jana Roe", "", "Jana Roe", ""},
		{"Copyright 2017-18 Velmora News and Media LLC", "Velmora News and Media LLC", "", ""},
		{"Â© Corbis.  All Rights Reserved.", "Corbis", "", ""},
		{"Jane Roe/400mm.pl", "400mm", "Jane Roe", ""},
		{"Photo AFP", "AFP", "", ""},
		{"Jane Roe/Velmora.pl via REUTERS", "Reuters", "Jane Roe", "Velmora.pl"},
	} {
		cl := ParseCredit(tc.in)
		got := []string{cl.Agency, strings.Join(cl.Photographers, ";"), strings.Join(cl.Partners, ";")}
		if want := []string{tc.agency, tc.people, tc.partners}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("ParseCredit(%q): agency, photographers, partners %q, want %q", tc.in, got, want)
		}
	}
}

// TestFilePhotoMarkers: archive markers of the desks, and words that are
// none.
func TestFilePhotoMarkers(t *testing.T) {
	for text, want := range map[string]bool{
		"ARCHIV - Feuerwehrleute in Velmora. Foto: Jana Roe/dpa":                true,
		"Feuerwehrleute in Velmora. Foto: Jana Roe/dpa/Archivbild":              true,
		"Firefighters in Velmora, March 5, 2026. (AP Photo/Jane Roe, File)":     true,
		"FILE PHOTO: A view of Velmora, March 5, 2026. REUTERS/Jane Roe":        true,
		"ARCHIVO - Bomberos en Velmora. EFE/Juan Roe":                           true,
		"Des pompiers à Velmora, photo d'archives. Jean Roe/AFP":                true,
		"Firefighters in Velmora, archive photo. Jane Roe/AFP":                  true,
		"Vigili del fuoco a Velmora, foto d'archivio. ANSA/GIANNI ROE":          true,
		"Bombeiros em Velmora, foto de arquivo. Jane Roe/Lusa":                  true,
		"Brandweerlieden in Velmora (archieffoto). ANP JANE ROE":                true,
		"Feuerwehrleute in Velmora. Foto: Jana Roe/dpa/Symbolbild":              false,
		"Firefighters in Velmora, March 5, 2026. NO ARCHIVES. REUTERS/Jane Roe": false,
		"The archive of Velmora reopened on March 5, 2026. REUTERS/Jane Roe":    false,
		"Firefighters file past in Velmora, March 5, 2026. REUTERS/Jane Roe":    false,
	} {
		c, _ := Parse(text, Options{})
		if c.FilePhoto != want {
			t.Errorf("%q: file photo %v, want %v", text, c.FilePhoto, want)
		}
	}
}

// TestRunTogetherRestrictions: feeds that drop the spaces of a restriction
// phrase, of two words or three.
func TestRunTogetherRestrictions(t *testing.T) {
	for text, want := range map[string]string{
		"Velmora harbour. EDITORIALUSEONLY":                  EditorialOnly,
		"Velmora harbour. NOSALES":                           NoSales,
		"Velmora harbour. NOARCHIVES":                        NoArchive,
		"Velmora harbour. REUTERS/Jane Roe EDITORIALUSEONLY": EditorialOnly,
		"Velmora harbour. MANDATORYCREDIT":                   MandatoryCredit,
	} {
		if got := restrictionCodes(text, "%s", ","); got != want {
			t.Errorf("%q: %v, want %s", text, got, want)
		}
	}
	// A word in capitals that only starts like a phrase is none.
	if rs := FindRestrictions("THE EDITORIALIST SPOKE IN VELMORA", time.Time{}); len(rs) != 0 {
		t.Errorf("prose: %+v", rs)
	}
}

// TestDateConventions: dates as the desks write them in their languages;
// a day without a year resolves only against a stated date.
func TestDateConventions(t *testing.T) {
	hint := time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		hint time.Time
		want string
	}{
		{"Bomberos en Velmora, marzo de 2026. EFE/Juan Roe", time.Time{}, "2026-03"},
		{"Bombeiros em Velmora, em março de 2026. Jane Roe/Lusa", time.Time{}, "2026-03"},
		{"Des pompiers à Velmora, en mars 2026. Jean Roe/AFP", time.Time{}, "2026-03"},
		{"Feuerwehrleute in Velmora im März 2026. Foto: Jana Roe/dpa", time.Time{}, "2026-03"},
		{"Vigili del fuoco a Velmora, marzo 2026. ANSA/GIANNI ROE", time.Time{}, "2026-03"},
		{"Hasiči ve Velmoře 5. března 2026. Foto: ČTK/Jan Roe", time.Time{}, "2026-03-05"},
		{"Strażacy w Velmorze, 5 marca 2026 r. Fot. PAP/Jan Roe", time.Time{}, "2026-03-05"},
		{"Firefighters in Velmora on the 5th of March 2026. Jane Roe/PA", time.Time{}, "2026-03-05"},
		{"Brandmænd i Velmora den 5. marts 2026. Foto: Jane Roe/Ritzau Scanpix", time.Time{}, "2026-03-05"},
		{"Brandmän i Velmora den 5 mars 2026. Foto: Jane Roe/TT", time.Time{}, "2026-03-05"},
		{"Palomiehet Velmorassa 5. maaliskuuta 2026. Kuva: Jane Roe / Lehtikuva", time.Time{}, "2026-03-05"},
		{"İtfaiyeciler Velmora'da 5 Mart 2026. Fotoğraf: Jane Roe/AA", time.Time{}, "2026-03-05"},
		{"Pompieri in Velmora, 5 martie 2026. Foto: Jane Roe/Agerpres", time.Time{}, "2026-03-05"},
		{"Firefighters in Velmora in March. REUTERS/Jane Roe", time.Time{}, ""},
		// Compact datelines: NTB's "Oslo 20250517", Cuartoscuro's "08MARZO2025".
		{"Velmora 20250517. Barnetoget passerer. Foto: Jane Roe / NTB", time.Time{}, "2025-05-17"},
		{"VELMORA, 08MARZO2025.- Miles de mujeres marchan. FOTO: JUAN ROE /CUARTOSCURO.COM", time.Time{}, "2025-03-08"},
		{"Velmora harbour at dawn. Picture 20250517 from the archive. REUTERS/Jane Roe", time.Time{}, ""},
		{"Na snímke hasiči vo Velmore 24. januára 2025. FOTO TASR - Jan Roe", time.Time{}, "2025-01-24"},
		{"Пожарные в Вельморе, 9 мая 2025 года. © РИА Новости / Jane Roe", time.Time{}, "2025-05-09"},
		// The date the caption says the picture was taken on wins over a
		// story's reference date before it (APA's "ZU APA0123 VOM …").
		{"ZU APA0123 VOM 3.3.2025 - Hochwasser in Velmora, aufgenommen am Sonntag, 2. März 2025. APA-FOTO: JANA ROE", time.Time{}, "2025-03-02"},
		{"Released on March 6, 2026, a photo taken on March 5, 2026 shows firefighters in Velmora. (Photo by - / VELMORA POLICE / AFP)", time.Time{}, "2026-03-05"},
		{"Firefighters in Velmora in this still image taken from a video broadcast on March 5, 2026. VTV via REUTERS", time.Time{}, ""},
		{"Firefighters in Velmora, March 5, 2026, in this still image taken from video. REUTERS TV", time.Time{}, "2026-03-05"},
		{"A picture taken from a helicopter on March 5, 2026 shows firefighters in Velmora. (Photo by Jane ROE / AFP)", time.Time{}, "2026-03-05"},
		{"This image grab taken from a video broadcast by Velmora TV on March 5, 2026 shows firefighters. (Photo by - / VELMORA TV / AFP)", time.Time{}, ""},
		{"Des pompiers à Velmora, le mardi 5 mars. Jean Roe/AFP", time.Time{}, ""},
		{"Des pompiers à Velmora, le mardi 3 mars. Jean Roe/AFP", hint, "2026-03-03"},
		{"Bomberos en Velmora este martes. EFE/Juan Roe", time.Time{}, ""},
		{"Bomberos en Velmora este martes. EFE/Juan Roe", hint, "2026-03-03"},
		{"Feuerwehrleute in Velmora am Dienstag. Foto: Jana Roe/dpa", hint, "2026-03-03"},
	} {
		c, _ := Parse(tc.text, Options{DateHint: tc.hint})
		got := ""
		if c.Date != nil {
			got = c.Date.String()
		}
		if got != tc.want {
			t.Errorf("%q (hint %v): date %q, want %q", tc.text, !tc.hint.IsZero(), got, tc.want)
		}
	}
}

// TestRestrictionLanguages: the editorial and sales bans of the Italian,
// Portuguese, Spanish and French desks; the same words in prose are none.
func TestRestrictionLanguages(t *testing.T) {
	for text, want := range map[string]string{
		"Vigili del fuoco a Velmora. SOLO PER USO EDITORIALE":  EditorialOnly,
		"Vigili del fuoco a Velmora. USO EDITORIALE ESCLUSIVO": EditorialOnly,
		"Vigili del fuoco a Velmora. VIETATA LA VENDITA":       NoSales,
		"Bombeiros em Velmora. PROIBIDA A VENDA":               NoSales,
		"Bomberos en Velmora. PROHIBIDA SU VENTA":              NoSales,
		"Bomberos en Velmora. PROHIBIDA SU VENTA EN ESPAÑA":    Out,
		"Des pompiers à Velmora. VENTE INTERDITE":              NoSales,
		"La vente interdite de pétards a repris à Velmora.":    "",
		"Vigili del fuoco a Velmora. NO ARCHIVIO":              NoArchive,
		"Feuerwehr in Velmora. Foto: Jana Roe/dpa - ACHTUNG: Nur zur redaktionellen Verwendung im Zusammenhang mit der aktuellen Berichterstattung":                         EditorialOnly + "," + ContextOnly,
		"Feuerwehr in Velmora. Foto: -/Polizei Velmora/dpa - ACHTUNG: Nur zur redaktionellen Verwendung und nur mit vollständiger Nennung des vorstehenden Credits":         EditorialOnly + "," + MandatoryCredit,
		"Velmora's Jane Roe scores. REUTERS/Jane Roe EDITORIAL USE ONLY. NO USE WITH UNAUTHORIZED AUDIO, VIDEO, DATA, FIXTURE LISTS, CLUB/LEAGUE LOGOS OR 'LIVE' SERVICES.": EditorialOnly + "," + OtherRestriction,
		"L'uso editoriale delle immagini è stato discusso a Velmora.":                                                                                                       "",
	} {
		if got := restrictionCodes(text, "%s", ","); got != want {
			t.Errorf("%q: %v, want %q", text, got, want)
		}
	}
}

// TestOutCodes: OUT codes as the desks write them after a credit: AFP's
// "/ Finland OUT" (the country capitalised), ANP's lower-case line
// "netherlands out - belgium out"; the same words in prose are none.
func TestOutCodes(t *testing.T) {
	for text, want := range map[string]string{
		"Ministers meet in Velmora. (Photo by Jane Roe / Lehtikuva / AFP) / Finland OUT": "OUT[FI]",
		"Ministers meet in Velmora. ANP JANE ROE netherlands out - belgium out":          "OUT[NL] OUT[BE]",
		"Ministers meet in Velmora. ANP JANE ROE":                                        "",
		"Cooks took the turkey out of the oven in Velmora.":                              "",
		"Velmora fans cheered as they knocked Finland out of the cup.":                   "",
		"Ministers meet in Velmora. NORWAY OUT":                                          "OUT[NO]",
	} {
		if got := restrictionCodes(text, "%s%v", " "); got != want {
			t.Errorf("%q: %v, want %q", text, got, want)
		}
	}
}

// TestRegistryCreditForms: every organisation of agencies.tsv is read as
// the agency from the credit shapes every desk writes: after a
// photographer, in brackets, after a label, and before the photographer
// when it leads by its convention.
func TestRegistryCreditForms(t *testing.T) {
	for _, a := range Agencies() {
		if a.Kind == "pool" {
			continue // a pool names no agency
		}
		forms := []string{"Jane Roe/" + a.Name, "(Jane Roe/" + a.Name + ")", "Photo: " + a.Name, "(" + a.Name + ")"}
		if a.Lead {
			forms = append(forms, a.Name+"/Jane Roe")
		}
		for _, al := range a.Aliases {
			// Every alias alone, as a Credit or Source field or in brackets.
			if got := ParseCredit(al).Agency; got != a.Name {
				t.Errorf("ParseCredit(%q): agency %q, want %q", al, got, a.Name)
			}
			forms = append(forms, "("+al+")")
		}
		for _, f := range forms {
			c, err := Parse("Firefighters work in Velmora on March 3, 2026. "+f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if c.Agency != a.Name {
				t.Errorf("%q: agency %q, want %q (credit %q)", f, c.Agency, a.Name, c.Credit)
			}
		}
	}
}

// restrictionCodes lists the restrictions FindRestrictions reads in text,
// each written with format (its code, then its scope when the format has
// a second verb), joined by sep.
func restrictionCodes(text, format, sep string) string {
	var got []string
	for _, r := range FindRestrictions(text, time.Time{}) {
		if strings.Count(format, "%") > 1 {
			got = append(got, fmt.Sprintf(format, r.Code, r.Scope))
		} else {
			got = append(got, fmt.Sprintf(format, r.Code))
		}
	}
	return strings.Join(got, sep)
}
