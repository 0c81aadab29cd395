package caption

import "testing"

// TestCourtesyArticle: a handout credit's phrase ("courtesy of", Spanish
// "cortesía de" and "cedida por") may put an article before the body's
// name; the article is no part of the body, a capitalised one is ("The
// Velmora Times"). Names are invented.
func TestCourtesyArticle(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Photo courtesy of the Velmora Fire Department", creditWant{"Photo courtesy of the Velmora Fire Department", "Velmora Fire Department", "", "handout", false}},
		{"Firefighters in Velmora. Photo courtesy of The Velmora Times", creditWant{"Photo courtesy of The Velmora Times", "The Velmora Times", "", "handout", false}},
		{"Bomberos en Velmora. Foto cortesía de la Alcaldía de Velmora", creditWant{"Foto cortesía de la Alcaldía de Velmora", "Alcaldía de Velmora", "", "handout", false}},
		{"Bomberos en Velmora. Imagen cedida por la Policía de Velmora.", creditWant{"Imagen cedida por la Policía de Velmora", "Policía de Velmora", "", "handout", false}},
		{"Bomberos en Velmora. Foto cedida por el Ayuntamiento de Velmora", creditWant{"Foto cedida por el Ayuntamiento de Velmora", "Ayuntamiento de Velmora", "", "handout", false}},
		{"Bomberos en Velmora. Foto cedida por Juana Velmorena", creditWant{"Foto cedida por Juana Velmorena", "", "Juana Velmorena", "handout", false}},
	})
	// Prose: a player lent by a club is no handout, and an article before
	// a lower-case word opens no credit.
	checkCreditCases(t, []creditCase{
		{"El delantero, cedido por el Velmora CF, celebra un gol.", creditWant{"", "", "", "", false}},
		{"Firefighters in Velmora. Photo courtesy of the family.", creditWant{"", "", "", "handout", false}},
	})
}

// TestNameSuffix: a generational suffix after a photographer's name (AP
// style "Jr.", "Sr.", "III") is part of the name: the abbreviation keeps
// its full stop where it closes the caption, the numeral its capitals.
func TestNameSuffix(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. REUTERS/John Velmo Jr.", creditWant{"REUTERS/John Velmo Jr.", "Reuters", "John Velmo Jr.", "", false}},
		{"A man in Velmora. (AP Photo/John Velmo Sr.)", creditWant{"AP Photo/John Velmo Sr.", "AP", "John Velmo Sr.", "", false}},
		{"Firefighters in Velmora. (AP Photo/John Velmo III)", creditWant{"AP Photo/John Velmo III", "AP", "John Velmo III", "", false}},
		{"Firefighters in Velmora. JOHN VELMO III/AFP", creditWant{"JOHN VELMO III/AFP", "AFP", "John Velmo III", "", false}},
		{"Firefighters in Velmora. John Velmo Sr./The Velmora Times", creditWant{"John Velmo Sr./The Velmora Times", "The Velmora Times", "John Velmo Sr.", "", false}},
		// A full stop after a name that has no suffix ends the sentence.
		{"Firefighters in Velmora. REUTERS/John Velmo.", creditWant{"REUTERS/John Velmo", "Reuters", "John Velmo", "", false}},
	})
}

// TestPoolAfterName: EFE writes the pool word after the photographer's
// name in one part ("EFE/Name POOL"); a single word before it is an
// organisation's pool, no photographer.
func TestPoolAfterName(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Líderes en Velmora. EFE/Juana Velmorena POOL", creditWant{"EFE/Juana Velmorena POOL", "EFE", "Juana Velmorena", "pool", false}},
		{"Líderes en Velmora. EFE/JUANA VELMORENA POOL", creditWant{"EFE/JUANA VELMORENA POOL", "EFE", "Juana Velmorena", "pool", false}},
		{"Líderes en Velmora. EFE/Moncloa POOL", creditWant{"EFE/Moncloa POOL", "EFE", "", "pool", false}},
	})
}

// TestArchiveLabelsAndJoiners: the archive labels of the Portuguese and
// Dutch papers ("Foto de arquivo: Name/Folhapress", "Archiefbeeld ANP /
// Name") open a credit as German "Archivbild:" does; a label's credit in
// brackets is read without them; "and" joins two photographers in Czech,
// Finnish, Hungarian, Turkish and Romanian credits too.
func TestArchiveLabelsAndJoiners(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bombeiros em Velmora. Foto de arquivo: Marcelo Velmoro/Folhapress", creditWant{"Marcelo Velmoro/Folhapress", "Folhapress", "Marcelo Velmoro", "", true}},
		{"Brandweerlieden in Velmora. Archiefbeeld ANP / Robin van Velmen", creditWant{"ANP / Robin van Velmen", "ANP", "Robin van Velmen", "", true}},
		{"Pompieri a Velmora. Foto d'archivio (ANSA)", creditWant{"ANSA", "ANSA", "", "", true}},
		{"Pompieri a Velmora. Foto d'archivio ( ANSA )", creditWant{"ANSA", "ANSA", "", "", true}},
		{"Hasiči ve Velmoře. Foto: ČTK/Petr Velmora a Jan Roble", creditWant{"ČTK/Petr Velmora a Jan Roble", "CTK", "Petr Velmora;Jan Roble", "", false}},
		{"Palomiehet Velmorassa. Kuva: Matti Velmonen ja Aino Roble / Lehtikuva", creditWant{"Matti Velmonen ja Aino Roble / Lehtikuva", "Lehtikuva", "Matti Velmonen;Aino Roble", "", false}},
		// Prose after the archive word is no credit.
		{"Brandweerlieden in Velmora. Archiefbeeld van de brand in 2019.", creditWant{"", "", "", "", true}},
	})
}

// TestDatedCredit: Folha de S.Paulo dates the picture inside its credit,
// "Name - 18.jan.2023/Folhapress" (its pages print it so): the stamp names
// nobody, and the credit keeps it as written, in a caption and a field.
func TestDatedCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bombeiros em Velmora. Marcelo Velmoro - 3.mar.2026/Folhapress", creditWant{"Marcelo Velmoro - 3.mar.2026/Folhapress", "Folhapress", "Marcelo Velmoro", "", false}},
		{"Bombeiros em Velmora - Marcelo Velmoro - 21.ago.1979/Folhapress", creditWant{"Marcelo Velmoro - 21.ago.1979/Folhapress", "Folhapress", "Marcelo Velmoro", "", false}},
		{"Bombeiros em Velmora. Marcelo Velmoro - 18.jan.23/Folhapress", creditWant{"Marcelo Velmoro - 18.jan.23/Folhapress", "Folhapress", "Marcelo Velmoro", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Marcelo Velmoro - 3.mar.2026/Folhapress", "Folhapress", "Marcelo Velmoro", ""},
		{"© 2026 Marcelo Velmoro/Folhapress", "Folhapress", "Marcelo Velmoro", ""},
	})
	for _, w := range []string{"3.mar.2026", "18.jan.23", "21.ago.1979"} {
		if !dateStamp(w) {
			t.Errorf("dateStamp(%q) = false", w)
		}
	}
	for _, w := range []string{"3.foo.2026", "3.mar.226", "123.mar.2026", "mar.2026", "3.mar"} {
		if dateStamp(w) {
			t.Errorf("dateStamp(%q) = true", w)
		}
	}
}

// TestPrivateAndSocialWords: German and Scandinavian papers credit a
// picture a private person gave them "Foto: privat" (a handout word in
// lower case opens the credit as an organisation word does); "redes
// sociais", "redes sociales", "réseaux sociaux" name a social network, no
// organisation.
func TestPrivateAndSocialWords(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Ein Zug in Velmora. Foto: privat", creditWant{"privat", "", "", "handout", false}},
		{"Brannmenn i Velmora. Foto: Privat", creditWant{"Privat", "", "", "handout", false}},
		{"Bombeiros em Velmora. Foto: Reprodução/Redes sociais", creditWant{"Reprodução/Redes sociais", "", "", "handout", false}},
		{"Bomberos en Velmora. Foto: Redes sociales", creditWant{"Redes sociales", "", "", "social_media", false}},
		// Prose in lower case after a label is still no credit.
		{"Ein Zug in Velmora. Foto: privat aufgenommen von einem Anwohner am Bahnhof", creditWant{}},
	})
}
