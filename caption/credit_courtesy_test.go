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
