package caption

import "testing"

// TestMarketingOrAdvertising: one phrase banning both uses gives both
// codes; the words in prose give none.
func TestMarketingOrAdvertising(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"NOT FOR MARKETING OR ADVERTISING CAMPAIGNS", "NO_MARKETING,NO_ADVERTISING"},
		{"Not for marketing or advertising campaigns.", "NO_MARKETING,NO_ADVERTISING"},
		{"NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS", "NO_MARKETING,NO_ADVERTISING"},
		{"Velmora Bank spends little on marketing or advertising campaigns", ""},
	})
}

// TestOneTimeUse: a handout cleared for one publication; a camera for
// one use is prose.
func TestOneTimeUse(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"ONE TIME USE ONLY", "OTHER"},
		{"ONE-TIME USE", "OTHER"},
		{"Handout. One time use only.", "OTHER"},
		{"Guests in Velmora got a one time use camera", ""},
	})
}

// TestEmbargoMoreLanguages: the embargo notice in Dutch, Polish, Czech,
// Slovak, Croatian, Portuguese, Catalan, Norwegian and Danish; the same
// words in a story's sentence are no notice.
func TestEmbargoMoreLanguages(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"EMBARGO TOT 10 MAART 2026 18.00 UUR", "EMBARGO"},
		{"Embargo tot 10 maart 2026 om 18.00 uur.", "EMBARGO"},
		{"EMBARGO DO 10 MARCA 2026 R. GODZ. 12.00", "EMBARGO"},
		{"EMBARGO DO 10. 3. 2026 DO 12:00 SEČ", "EMBARGO"},
		{"EMBARGADO ATÉ ÀS 00H01 DE 10 DE MARÇO DE 2026", "EMBARGO"},
		{"EMBARGAT FINS A LES 00.01 DEL 10 DE MARÇ", "EMBARGO"},
		{"SPERREFRIST TIL 10. MARS 2026 KL. 18.00", "EMBARGO"},
		{"EMBARGO TIL 10. MARTS 2026", "EMBARGO"},
		{"Het embargo tot 10 maart 2027 blijft van kracht in Velmora", ""},
		{"Polska poparła embargo do 10 marca 2027 wobec Velmory", ""},
		{"O governo manteve o embargo até 10 de março de 2027", ""},
		{"Regjeringen forlenget sperrefrist til 10. mars 2027", ""},
	})
}

// TestEditorialCatalanRomanian: "EDITORIAL USE ONLY" in Catalan and
// Romanian, always with the word for "only"; editorial use talked about is
// prose.
func TestEditorialCatalanRomanian(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"NOMÉS PER A ÚS EDITORIAL", "EDITORIAL_ONLY"},
		{"Ús editorial exclusiu", "EDITORIAL_ONLY"},
		{"Doar pentru uz editorial", "EDITORIAL_ONLY"},
		{"NUMAI ÎN SCOP EDITORIAL", "EDITORIAL_ONLY"},
		{"L'ús editorial de les imatges de Velmora", ""},
		{"Imaginile sunt pentru uz editorial intern la Velmora", ""},
	})
}

// TestSalesArchiveNordicSlavic: "NO SALES" and "NO ARCHIVING" in Dutch,
// Swedish, Danish and Norwegian, Polish, Czech and Slovak, as a notice
// ending its clause; a ban on selling something is prose.
func TestSalesArchiveNordicSlavic(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"GEEN VERKOOP. GEEN ARCHIVERING", "NO_SALES,NO_ARCHIVE"},
		{"Ingen försäljning.", "NO_SALES"},
		{"INGEN VIDERESALG, INGEN ARKIVERING", "NO_SALES,NO_ARCHIVE"},
		{"ZAKAZ SPRZEDAŻY", "NO_SALES"},
		{"Zákaz prodeje.", "NO_SALES"},
		{"In Velmora is er geen verkoop van alcohol na tien uur", ""},
		{"Det blir ingen försäljning av alkohol i Velmora", ""},
		{"Obowiązuje zakaz sprzedaży alkoholu w Velmorze", ""},
		{"Ve Velmoře platí zákaz prodeje alkoholu", ""},
	})
}

// TestOutOtherLanguages: a territory excluded in Swedish and Norwegian
// ("SVERIGE UT": the "UT" only after a territory, as it abbreviates Utah),
// Danish and Swedish "may not be used in", German "NICHT IN" in capitals;
// the words in prose are none.
func TestOutOtherLanguages(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"Foto: Anna Roe/TT SVERIGE UT", "OUT"},
		{"NTB NORGE UT", "OUT"},
		{"Ritzau Scanpix. Må ikke bruges i Danmark", "OUT"},
		{"FÅR INTE PUBLICERAS I SVERIGE", "OUT"},
		{"NICHT IN DEUTSCHLAND", "OUT"},
		{"PROVO UT", ""},
		{"Bilen må ikke bruges i Danmark, siger ministeren", ""},
		{"Anna Roe lebt nicht in Deutschland", ""},
		{"Sverige ut ur EU, kräver Anna Roe", ""},
	})
}

// TestNoticeOpensClause: in lower case, a notice opens its clause; the
// same words after a word of the sentence are prose. In capitals, and
// after punctuation or a credit in capitals, they are notices.
func TestNoticeOpensClause(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{"Mandatory credit: Jane Roe/Velmora Times", "MANDATORY_CREDIT"},
		{"Velmora Times. Not for sale.", "NO_SALES"},
		{"Sous embargo jusqu'au 10 mars 2026 à 18h00", "EMBARGO"},
		{"Interdit en France", "OUT"},
		{"REUTERS Embargoed until 0001 GMT March 10, 2026", "EMBARGO"},
		{"Banks face a mandatory credit check", ""},
		{"The villa is not for sale, its owner said", ""},
		{"L'ONU maintient l'embargo jusqu'au 10 mars 2027", ""},
		{"Le pesticide est interdit en France depuis 2026", ""},
		{"Un bar donde está prohibida la venta de alcohol", ""},
		{"Nel bar è vietata la vendita di alcolici", ""},
	})
}

// TestEmbargoSpanWhole: the span of an embargo notice holds the rest of
// its time that the time reader stops before (the word for "year", "GODZ.
// 12.00", an hour word, a zone in brackets) and the brackets around it, so
// that none of it is read into the credit beside it.
func TestEmbargoSpanWhole(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Strażacy w Velmorze. PAP/Jan Roe EMBARGO DO 10 MARCA 2026 R. GODZ. 12.00", creditWant{"PAP/Jan Roe", "PAP", "Jan Roe", "", false}},
		{"Hasiči ve Velmoře. ČTK/Petr Roe EMBARGO DO 10. 3. 2026 12:00 HODIN", creditWant{"ČTK/Petr Roe", "CTK", "Petr Roe", "", false}},
		{"Hasiči ve Velmoře. Petr Roe (ČTK) (EMBARGO DO 10. 3. 2026)", creditWant{"Petr Roe (ČTK)", "CTK", "Petr Roe", "", false}},
		{"Hasiči ve Velmoře. Foto ČTK/Petr Roe EMBARGO DO 10. 3. 2026 DO 12:00 (SEČ)", creditWant{"ČTK/Petr Roe", "CTK", "Petr Roe", "", false}},
		{"Vatrogasci u Velmori. Ivan Roe/HINA - EMBARGO DO 10.3.2026. U 12 SATI", creditWant{"Ivan Roe/HINA", "Hina", "Ivan Roe", "", false}},
		{"Hasiči vo Velmore. TASR/Peter Roe EMBARGO DO PONDELKA 10. 3. 2026 DO 12.00 H", creditWant{"TASR/Peter Roe", "TASR", "Peter Roe", "", false}},
	})
}
