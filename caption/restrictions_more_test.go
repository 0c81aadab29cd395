package caption

import (
	"strings"
	"testing"
	"time"
)

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

// TestEditorialOnlySplitAndZones: "EDITORIAL USE ONLY" run together, split
// over a line or a dash, and embargo ends with their zones (BST, CET,
// AEDT, JST, EDT, an offset) read to the instant in UTC.
func TestEditorialOnlySplitAndZones(t *testing.T) {
	for _, in := range []string{"EDITORIALUSEONLY", "FOR EDITORIAL USE\nONLY", "EDITORIAL USE - ONLY", "FOR EDITORIAL USE ONLY.NO SALES"} {
		if got := restrictionCodes(in, "%s", ","); !strings.HasPrefix(got, EditorialOnly) {
			t.Errorf("%q: %q, want %s first", in, got, EditorialOnly)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"EMBARGOED UNTIL 0001 BST MARCH 5, 2026", "2026-03-04T23:01:00Z"},
		{"EMBARGO: 00:01 CET 5 MARCH 2026", "2026-03-04T23:01:00Z"},
		{"EMBARGOED UNTIL 00:01 AEDT, 5 MARCH 2026", "2026-03-04T13:01:00Z"},
		{"EMBARGOED UNTIL 10:00 JST MARCH 5, 2026", "2026-03-05T01:00:00Z"},
		{"EMBARGOED UNTIL 09:00 EDT JUNE 5, 2026", "2026-06-05T13:00:00Z"},
		{"EMBARGOED UNTIL 09:00 UTC+02:00 JUNE 5, 2026", "2026-06-05T07:00:00Z"},
	} {
		rs := FindRestrictions(tc.in, time.Time{})
		if len(rs) != 1 || rs[0].Code != Embargo || rs[0].Until.Format(time.RFC3339) != tc.want {
			t.Errorf("%q: %+v, want EMBARGO until %s", tc.in, rs, tc.want)
		}
	}
}
