package caption

import (
	"strings"
	"testing"
	"time"
)

// TestWeekdayNeedsStatedDate: a weekday is resolved only against a stated
// date; without one it stays unresolved (precision weekday, no value).
func TestWeekdayNeedsStatedDate(t *testing.T) {
	hint := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		text      string
		hint      time.Time
		value     string
		precision string
	}{
		{"Firefighters work on Tuesday in Velmora. REUTERS/Jane Roe", hint, "2024-03-05", "day"},
		{"Firefighters work on Tuesday in Velmora. REUTERS/Jane Roe", time.Time{}, "", "weekday"},
		{"Firefighters work on March 5 in Velmora. REUTERS/Jane Roe", hint, "2024-03-05", "day"},
	}
	for _, tc := range cases {
		c, _ := Parse(tc.text, Options{DateHint: tc.hint})
		if c.Date == nil || c.Date.String() != tc.value || string(c.Date.Precision) != tc.precision {
			t.Errorf("%q (hint %v): date %+v, want %q %q", tc.text, !tc.hint.IsZero(), c.Date, tc.value, tc.precision)
		}
	}
	c, _ := Parse("Firefighters work on March 5 in Velmora. REUTERS/Jane Roe", Options{})
	if c.Date != nil {
		t.Errorf("a day without a year and no stated date: %+v, want none", c.Date)
	}
	c, _ = Parse("Firefighters work on Tuesday in Velmora.", Options{})
	if j, _ := c.MarshalJSON(); !strings.Contains(string(j), `"date":{"value":null,"text":"Tuesday","precision":"weekday"}`) {
		t.Errorf("unresolved weekday JSON: %s", j)
	}
}

// TestTruncated: a caption past MaxLen is read up to it and says how much
// was left unread; a shorter one is read whole.
func TestTruncated(t *testing.T) {
	long := "Firefighters work in Velmora. " + strings.Repeat("é", MaxLen) + " REUTERS/Jane Roe"
	c, err := Parse(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Truncated <= 0 || c.Truncated > len(long)-MaxLen+1 || c.Text != long {
		t.Errorf("Truncated = %d of %d bytes", c.Truncated, len(long))
	}
	if c, _ := Parse("Firefighters work in Velmora. REUTERS/Jane Roe", Options{}); c.Truncated != 0 {
		t.Errorf("short caption: Truncated = %d", c.Truncated)
	}
}

// TestEmbargoRunTogether: embargo words a feed ran together, or a time
// glued to its zone, are read as if spaced.
func TestEmbargoRunTogether(t *testing.T) {
	hint := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	const want = "2024-03-05T00:01:00Z"
	for _, s := range []string{
		"Velmora harbour at dawn. EMBARGOEDUNTIL 0001 GMT MARCH 5",
		"Velmora harbour at dawn. EMBARGOEDUNTIL0001GMT MARCH 5",
		"Velmora harbour at dawn. EMBARGO:0001GMT 05/03/2024",
		"Velmora harbour at dawn. EMBARGOED UNTIL0001GMT MARCH 5",
	} {
		rs := FindRestrictions(s, hint)
		if len(rs) != 1 || rs[0].Code != Embargo || untilText(rs[0]) != want {
			t.Errorf("%q: %+v, want one EMBARGO until %s", s, rs, want)
		}
	}
	// A long word in capitals is not cut at random: "EMBARGOES" is a noun.
	if rs := FindRestrictions("THE EMBARGOES HURT VELMORA", hint); len(rs) != 0 {
		t.Errorf("prose: %+v", rs)
	}
}

// TestRestrictionPreamble: a phrase that only announces restrictions is
// none itself; what follows it is read.
func TestRestrictionPreamble(t *testing.T) {
	cases := map[string][]string{
		"Jane Roe at Velmora Park. Use subject to restrictions. Editorial use only.": {EditorialOnly},
		"Jane Roe at Velmora Park. Use subject to restrictions.":                     nil,
		"Restrictions: Editorial use only. No commercial use.":                       {EditorialOnly, NoCommercial},
		"Restricciones: solo uso editorial":                                          {EditorialOnly},
		"USAGE RESTRICTIONS: NO SALES":                                               {NoSales},
	}
	for s, want := range cases {
		var got []string
		for _, r := range FindRestrictions(s, time.Time{}) {
			got = append(got, r.Code)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// TestConventionsTable: the order and zone columns of agencies.tsv are
// read into date orders and zones; a malformed row is refused.
func TestConventionsTable(t *testing.T) {
	for _, tc := range []struct {
		row   string
		order DateOrder
		zone  string
	}{
		{"Acme Wire\twire\tUS\t\t\t\tmonth-day\tAmerica/Chicago", MonthFirst, "America/Chicago"},
		{"Velmora Press\tnational\t\t\t\t\tday-month\t-", DayFirst, ""},
		{"Velmora Images\tphoto", DayFirst, ""},
	} {
		a, err := parseAgencyRow(tc.row)
		if err != nil || a.conv.order != tc.order || a.conv.zone != tc.zone {
			t.Errorf("%q: %+v, %v", tc.row, a.conv, err)
		}
	}
	if _, err := parseAgencyRow("Acme Wire\twire\t\t\t\t\tyear-first\t-"); err == nil {
		t.Error("a row with an unknown date order was accepted")
	}
	if c := conventionFor("AP"); c.order != MonthFirst || c.zone != "America/New_York" {
		t.Errorf("AP: %+v", c)
	}
}

// TestCreditStructure: credits by structure, with what follows them cut
// (invented names; each row an agency convention).
func TestCreditStructure(t *testing.T) {
	cases := []struct {
		text, credit string
		file         bool
	}{
		// Reuters' advisories after the credit.
		{"Firefighters in Velmora, March 5, 2024. REUTERS/Jane Roe TPX IMAGES OF THE DAY", "REUTERS/Jane Roe", false},
		{"Firefighters in Velmora, March 5, 2024. REUTERS/Jane Roe/File Photo SEARCH \"VELMORA FIRE\" FOR THIS STORY. SEARCH \"WIDER IMAGE\" FOR ALL STORIES.", "REUTERS/Jane Roe", true},
		{"Firefighters in Velmora, March 5, 2024. Velmora Fire Service/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY", "Velmora Fire Service/Handout via REUTERS", false},
		// An archive opener is no credit.
		{"FILE PHOTO: A view of the Velmora bridge, March 5, 2024. REUTERS/Jane Roe", "REUTERS/Jane Roe", true},
		// dpa: the ARCHIV opener and the /Archivbild mark.
		{"ARCHIV - Feuerwehrleute in Velmora. Foto: Jane Roe/dpa", "Jane Roe/dpa", true},
		{"Feuerwehrleute in Velmora. Foto: Jane Roe/dpa/Archivbild", "Jane Roe/dpa", true},
		// A credit first, alone on its line; after a Credit: label.
		{"Jane Roe/AFP\nFirefighters at work in Velmora.", "Jane Roe/AFP", false},
		{"Credit: Jane Roe/AFP\nFirefighters at work in Velmora.", "Jane Roe/AFP", false},
		// Labels of a publishing page.
		{"Feuerwehrleute in Velmora. Quelle: Jane Roe/dpa", "Jane Roe/dpa", false},
		{"Bomberos en Velmora. Fuente: Jane Roe/EFE", "Jane Roe/EFE", false},
	}
	for _, tc := range cases {
		c, _ := Parse(tc.text, Options{})
		if c.Credit != tc.credit || c.FilePhoto != tc.file {
			t.Errorf("%q:\n credit %q file %v, want %q %v", tc.text, c.Credit, c.FilePhoto, tc.credit, tc.file)
		}
	}
}
