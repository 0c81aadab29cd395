package caption

import "testing"

// TestArabicHebrewWireNames: the Arabic and Hebrew desks name the wires in
// their own script, AFP "(أ ف ب)" (with or without its dots), Reuters
// "(رويترز)", "רויטרס"; agencies.tsv holds them as aliases.
func TestArabicHebrewWireNames(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"رجال الإطفاء في فيلمورا. (أ ف ب)", creditWant{"أ ف ب", "AFP", "", "", false}},
		{"رجال الإطفاء في فيلمورا. (أ.ف.ب)", creditWant{"أ.ف.ب", "AFP", "", "", false}},
		{"رجال الإطفاء في فيلمورا. (رويترز)", creditWant{"رويترز", "Reuters", "", "", false}},
		{"כבאים בוולמורה. (צילום: רויטרס)", creditWant{"רויטרס", "Reuters", "", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"(أ ف ب)", "AFP", "", ""},
		{"رويترز", "Reuters", "", ""},
		{"أسوشيتد برس", "AP", "", ""},
	})
}

// TestPressServiceAndGreekLabel: Russian and Ukrainian papers credit a
// handout to a press service written in lower case ("Фото: пресс-служба
// МЧС"): an organisation, the credit; the Greek sites' short label "ΦΩΤΟ:"
// is cut; Hungarian newspaper titles ("Velmorai Napló") are no persons.
func TestPressServiceAndGreekLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Пожарные в Велморе. Фото: пресс-служба МЧС Велморы", creditWant{"пресс-служба МЧС Велморы", "пресс-служба МЧС Велморы", "", "", false}},
		{"Пожежники у Велморі. Фото: пресслужба ДСНС", creditWant{"пресслужба ДСНС", "пресслужба ДСНС", "", "", false}},
		{"Пожарные в Велморе. Фото: иван петров", creditWant{}},
		{"Πυροσβέστες στη Βελμόρα. (ΦΩΤΟ: EUROKINISSI/ΓΙΑΝΝΗΣ ΒΕΛΜΟΣ)", creditWant{"EUROKINISSI/ΓΙΑΝΝΗΣ ΒΕΛΜΟΣ", "Eurokinissi", "Γιαννης Βελμος", "", false}},
		{"Tűzoltók Velmorán. Fotó: Kovács Jolán / Velmora Napló", creditWant{"Kovács Jolán / Velmora Napló", "Velmora Napló", "Kovács Jolán", "", false}},
	})
}
