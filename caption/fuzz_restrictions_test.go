package caption

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFindRestrictions: the restriction and date scanners are total. Any
// text gives restrictions whose text lies in the input, known codes and
// well-formed times, never a panic or a hang.
func FuzzFindRestrictions(f *testing.F) {
	for _, s := range []string{
		"Officials meet. EMBARGOED UNTIL   / AFP",
		"EMBARGOED UNTIL 0001 GMT MARCH 5",
		"EMBARGO:",
		"EMBARGO: 99:99 GMT+99 31/02/2024",
		"SPERRFRIST 5. März 10.00 Uhr MEZ",
		"EMBARGO HASTA el 5 de marzo a las 10:00",
		"UK AND IRELAND OUT",
		", OUT",
		"AND OUT",
		"OUT",
		"NO LICENSING IN CHINA, HONG KONG, AND",
		"NO USE ON SOCIAL",
		"MANDATORY CREDIT \"",
		"MANDATORY CREDIT \"\"",
		"PUBLICATIONxINxONLY",
		"PUBLICATIONxINxxxONLY",
		"NOxSALExINx",
		"THIS PICTURE WAS MADE AVAILABLE BY A THIRD PARTY. AFP CAN NOT INDEPENDENTLY VERIFY",
		"5/13/2024 13/5/2024 0/0/2000 31/31/2031",
		"EMBARGOED UNTIL 12 p.m. 12 a.m. PM AM",
	} {
		f.Add(s, int64(0), false)
	}
	codes := map[string]bool{}
	for _, c := range Codes() {
		codes[c] = true
	}
	f.Fuzz(func(t *testing.T, s string, hintSec int64, us bool) {
		if !utf8.ValidString(s) {
			return
		}
		hint := time.Time{}
		if hintSec != 0 {
			hint = time.Unix(hintSec%(1<<34), 0).UTC()
		}
		agency := ""
		if us {
			agency = "AP"
		}
		norm := normalize(s)
		for _, r := range FindRestrictionsFor(s, hint, agency) {
			if !codes[r.Code] {
				t.Fatalf("unknown code %q", r.Code)
			}
			if r.Text == "" || !strings.Contains(norm, r.Text) {
				t.Fatalf("restriction text %q not in the input", r.Text)
			}
			if u := r.Until; !u.IsZero() && (u.Location() != time.UTC || u.Nanosecond() != 0 || u.Year() < 1900 || u.Year() > 9999) {
				t.Fatalf("until %v: not UTC to the second in years 1900-9999", u)
			}
			if r.Code == Out && len(r.Scope)+len(r.OnlyIn) == 0 {
				t.Fatalf("OUT without scope: %+v", r)
			}
		}
		order := DayFirst
		if us {
			order = MonthFirst
		}
		for _, d := range ScanDatesOrder(s, hint, order) {
			if d.String() == "" || d.Precision == "" {
				t.Fatalf("empty date %+v", d)
			}
		}
	})
}
