package caption

import "testing"

// TestOutLabel: the exclusion as a labelled list, "OUT: UK, IRELAND", is
// OUT with its territories; in lower case, without a colon or without a
// territory after it, it is prose.
func TestOutLabel(t *testing.T) {
	cases := []struct{ in, want string }{
		{"OUT: UK", "OUT [GB]"},
		{"OUT: UK, IRELAND", "OUT [GB IE]"},
		{"NO SALES. OUT: FRANCE", "NO_SALES [];OUT [FR]"},
		{"MANDATORY CREDIT; OUT: JAPAN AND SOUTH KOREA", "MANDATORY_CREDIT [];OUT [JP KR]"},
		{"Out: UK", ""},
		{"Stocks ran out: UK buyers waited", ""},
		{"OUT: VELMORA", ""},
		{"OUT UK", ""},
	}
	for _, tc := range cases {
		if got := restrictionCodes(tc.in, "%s %v", ";"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMandatoryCreditItalian: "CREDITO OBBLIGATORIO", the Italian desks'
// form of the mandatory-credit notice that the Spanish ("CRÉDITO
// OBLIGATORIO") and Portuguese ("CRÉDITO OBRIGATÓRIO") desks write.
func TestMandatoryCreditItalian(t *testing.T) {
	for _, in := range []string{"CREDITO OBBLIGATORIO", "Pompieri a Velmora. ANSA/GIANNI VELMORI CREDITO OBBLIGATORIO"} {
		if got := restrictionCodes(in, "%s", ","); got != MandatoryCredit {
			t.Errorf("%q: %q, want %s", in, got, MandatoryCredit)
		}
	}
	checkCreditCases(t, []creditCase{
		{"Pompieri a Velmora. ANSA/GIANNI VELMORI CREDITO OBBLIGATORIO", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
	})
}
