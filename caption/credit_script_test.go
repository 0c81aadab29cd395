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
