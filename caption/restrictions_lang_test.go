package caption

import "testing"

// TestEditorialOnlyLanguages: "EDITORIAL USE ONLY" as the desks and
// picture libraries of Poland, the Low Countries, Scandinavia, Finland,
// Czechia and Slovakia, Hungary, the former Yugoslavia, Russia, Turkey and
// Greece write it, in capitals or not; the words for editorial use without
// the word for "only" are prose, no restriction. Also Italian "USO SOLO
// EDITORIALE", Portuguese "CRÉDITO OBRIGATÓRIO", Polish "BEZ
// ARCHIWIZACJI" (no archiving).
func TestEditorialOnlyLanguages(t *testing.T) {
	cases := []codeCase{
		{"Tylko do użytku redakcyjnego", "EDITORIAL_ONLY"},
		{"WYŁĄCZNIE DO UŻYTKU REDAKCYJNEGO", "EDITORIAL_ONLY"},
		{"Alleen voor redactioneel gebruik", "EDITORIAL_ONLY"},
		{"UITSLUITEND VOOR REDACTIONELE DOELEINDEN", "EDITORIAL_ONLY"},
		{"Kun til redaksjonell bruk", "EDITORIAL_ONLY"},
		{"KUN TIL REDAKTIONEL BRUG", "EDITORIAL_ONLY"},
		{"Endast för redaktionellt bruk", "EDITORIAL_ONLY"},
		{"Vain toimitukselliseen käyttöön", "EDITORIAL_ONLY"},
		{"Pouze pro redakční použití", "EDITORIAL_ONLY"},
		{"LEN NA REDAKČNÉ POUŽITIE", "EDITORIAL_ONLY"},
		{"Csak szerkesztőségi felhasználásra", "EDITORIAL_ONLY"},
		{"Samo za uredničku upotrebu", "EDITORIAL_ONLY"},
		{"Samo za uredniško uporabo", "EDITORIAL_ONLY"},
		{"Только для редакционного использования", "EDITORIAL_ONLY"},
		{"Yalnızca editoryal kullanım içindir", "EDITORIAL_ONLY"},
		{"ΜΟΝΟ ΓΙΑ ΣΥΝΤΑΚΤΙΚΗ ΧΡΗΣΗ", "EDITORIAL_ONLY"},
		{"Μόνο για συντακτική χρήση", "EDITORIAL_ONLY"},
		{"Kun redaktionel brug", "EDITORIAL_ONLY"},
		{"Endast redaktionell användning", "EDITORIAL_ONLY"},
		{"Tylko do celów redakcyjnych", "EDITORIAL_ONLY"},
		{"USO SOLO EDITORIALE", "EDITORIAL_ONLY"},
		{"CRÉDITO OBRIGATÓRIO", "MANDATORY_CREDIT"},
		{"BEZ ARCHIWIZACJI", "NO_ARCHIVE"},
		// Editorial work talked about, no "only": prose.
		{"Bildene er fritt tilgjengelig for redaksjonell bruk", ""},
		{"Het archief is open voor redactioneel gebruik door de krant", ""},
		{"Zdjęcia do użytku redakcyjnego udostępnia biuro prasowe", ""},
	}
	checkCodeCases(t, cases)
}

// TestEditorialOnlyAfterCredit: the notice after a credit, in the
// caption's language, is read as a restriction and leaves the credit
// before it readable (it had been taken for the caption's last sentence).
func TestEditorialOnlyAfterCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Tűzoltók Velmorán. MTI/Kovács Jolán. Csak szerkesztőségi felhasználásra", creditWant{"MTI/Kovács Jolán", "MTI", "Kovács Jolán", "", false}},
		{"Palomiehet Velmorassa. Kuva: Matti Virtanen / Lehtikuva. Vain toimitukselliseen käyttöön", creditWant{"Matti Virtanen / Lehtikuva", "Lehtikuva", "Matti Virtanen", "", false}},
		{"Brandweerlieden in Velmora. ANP / Robin van Daalen. Alleen voor redactioneel gebruik", creditWant{"ANP / Robin van Daalen", "ANP", "Robin van Daalen", "", false}},
	})
}

// TestRunTogetherAndCommercial: a feed may run four words of a phrase
// together ("FOREDITORIALUSEONLY"), and "NOT FOR COMMERCIAL USE" reads in
// Dutch and Italian as in the other languages; prose about commerce is no
// restriction. Captions are invented.
func TestRunTogetherAndCommercial(t *testing.T) {
	cases := []codeCase{
		{"FOREDITORIALUSEONLY", "EDITORIAL_ONLY"},
		{"EDITORIALUSEONLY", "EDITORIAL_ONLY"},
		{"A fire in Velmora. REUTERS/Jane Roe FOREDITORIALUSEONLY", "EDITORIAL_ONLY"},
		{"NIET VOOR COMMERCIEEL GEBRUIK", "NO_COMMERCIAL"},
		{"Niet voor commercieel gebruik", "NO_COMMERCIAL"},
		{"NON PER USO COMMERCIALE", "NO_COMMERCIAL"},
		{"Het pand is niet voor commercieel verhuur bestemd", ""},
		{"Forevermore", ""},
	}
	checkCodeCases(t, cases)
}

// codeCase is a text and the restriction codes read from it, joined by ",".
type codeCase struct{ in, want string }

// checkCodeCases compares the codes read from each text.
func checkCodeCases(t *testing.T, cases []codeCase) {
	t.Helper()
	for _, tc := range cases {
		if got := restrictionCodes(tc.in, "%s", ","); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
