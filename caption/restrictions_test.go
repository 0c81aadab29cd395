package caption

import (
	"strings"
	"testing"
	"time"
)

// fmtRestrictions renders restrictions as "CODE[scope]@until" joined by "; "
// so that a table states every field that matters in one string.
func fmtRestrictions(rs []Restriction) string {
	var out []string
	for _, r := range rs {
		s := r.Code
		if len(r.Scope) > 0 {
			s += "[" + strings.Join(r.Scope, ",") + "]"
		}
		if len(r.OnlyIn) > 0 {
			s += "{" + strings.Join(r.OnlyIn, ",") + "}"
		}
		if u := untilText(r); u != "" {
			s += "@" + u
		}
		if r.Value != "" {
			s += "=" + r.Value
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

var restrictHint = time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)

func TestFindRestrictionsTable(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		// OUT: every territory, whatever the joining words.
		{"A AND B OUT", "Fans cheer. UK AND IRELAND OUT", "OUT[GB,IE]"},
		{"a use before OUT is a use, not the ISO code it spells", "Fans cheer. TV OUT", "OUT[broadcast]"},
		{"an unmapped name stays as written", "Leaders meet. EU OUT", "OUT[EU]"},
		{"A AND B OUT fr names", "Fans cheer. FRANCE AND BELGIUM OUT", "OUT[FR,BE]"},
		{"A, B OUT", "Fans cheer. GERMANY, AUSTRIA OUT", "OUT[DE,AT]"},
		{"A, B AND C OUT", "Fans cheer. SPAIN, PORTUGAL AND ITALY OUT", "OUT[ES,PT,IT]"},
		{"two-word names", "Fans cheer. CZECH REPUBLIC OUT,SLOVAKIA OUT", "OUT[CZ]; OUT[SK]"},
		{"outlet stays a word", "CCTV OUT - RESTRICTED TO EDITORIAL USE", "OUT[CCTV]; EDITORIAL_ONLY"},
		{"getty parenthesised", "MOSCOW, RUSSIA - DECEMBER, 28 (RUSSIA OUT) A view", "OUT[RU]"},
		{"lower-case out is prose", "He was left out of the team in Japan.", ""},
		{"no licensing list", "JAPAN OUT, MANDATORY CREDIT, NO LICENSING IN CHINA, HONG KONG, JAPAN, SOUTH KOREA AND FRANCE",
			"OUT[JP]; MANDATORY_CREDIT; OUT[CN,HK,JP,KR,FR]"},
		{"no sales in", "NO SALES IN FRANCE OR GERMANY", "OUT[FR,DE]"},
		{"no commercial or editorial sales", "JAPAN OUT. NO COMMERCIAL OR EDITORIAL SALES IN JAPAN.", "OUT[JP]; OUT[JP]"},
		{"mixed case in instructions", "Not available for licensing in Finland or Sweden.", "OUT[FI,SE]"},
		{"spanish", "NO USAR EN ESPAÑA Y PORTUGAL", "OUT[ES,PT]"},
		{"german", "Keine Veröffentlichung in Deutschland und Österreich", "OUT[DE,AT]"},
		{"french", "PAS DE VENTE EN FRANCE ET EN BELGIQUE", "OUT[FR,BE]"},
		{"no sales without territory", "NO SALES. NO ARCHIVES.", "NO_SALES; NO_ARCHIVE"},
		{"imago only in", "Match action PUBLICATIONxINxGERxSUIxAUTxONLY Copyright: xJanexDoex", "OUT{DE,CH,AT}"},
		{"imago not in", "PUBLICATIONxNOTxINxUSA", "OUT[US]"},
		// Uses in scope.
		{"no use on social media", "NO USE ON SOCIAL MEDIA", "OUT[social]"},
		{"not for use on social media", "Not for use on social media.", "OUT[social]"},
		{"no use in print", "NO USE IN PRINT", "OUT[print]"},
		{"not for use in print or online", "NOT FOR USE IN PRINT OR ONLINE", "OUT[print,online]"},
		{"no online use", "NO ONLINE USE", "OUT[online]"},
		{"no tv", "NO TV", "OUT[broadcast]"},
		{"not for broadcast", "NOT FOR BROADCAST", "OUT[broadcast]"},
		{"books keep their code", "NO USE IN BOOKS", "NO_BOOKS"},
		{"archives keep their code", "NOT FOR USE IN ARCHIVES", "NO_ARCHIVE"},
		{"mixed uses go to scope", "NO USE IN BOOKS OR ON SOCIAL MEDIA", "OUT[book,social]"},
		{"territory and use", "NO USE IN JAPAN OR ON SOCIAL MEDIA", "OUT[JP,social]"},
		{"french social", "Pas de diffusion sur les réseaux sociaux", "OUT[social]"},
		{"the before a country", "NO SALES IN THE UNITED STATES AND THE UK", "OUT[US,GB]"},
		{"prose no online", "There was no online coverage of the vote.", ""},
		{"instruction no online use", "No online use. No print.", "OUT[online]; OUT[print]"},
		{"capitals no social media", "NO SOCIAL MEDIA - NO TV", "OUT[social]; OUT[broadcast]"},
		// Third party and verification.
		{"afp third party notice", "THIS PICTURE WAS MADE AVAILABLE BY A THIRD PARTY. AFP CAN NOT INDEPENDENTLY VERIFY THE AUTHENTICITY, LOCATION, DATE AND CONTENT OF THIS IMAGE",
			"THIRD_PARTY_SUPPLIED; UNVERIFIED"},
		{"reuters unverified", "REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THE AUTHENTICITY, CONTENT, LOCATION OR DATE OF THIS IMAGE.", "UNVERIFIED"},
		// AP's sentence under KCNA handouts is caption prose, not an
		// advisory (the corpus labels no restriction for it); in an
		// advisory's capitals the same words are one.
		{"ap prose is no restriction", "The content of this image is as provided and cannot be independently verified.", ""},
		{"unverified capitals", "THE CONTENT OF THIS IMAGE CANNOT BE INDEPENDENTLY VERIFIED.", "UNVERIFIED"},
		{"dpa dfl notice", "WICHTIGER HINWEIS: Gemäß den Vorgaben der DFL Deutsche Fußball Liga ist es untersagt, Sequenzbilder zu verwerten.", "OTHER"},
		{"interdit a la vente", "Photo Jean Quillfeather. Interdit à la vente.", "NO_SALES"},
		// In lower case a sales ban or a content warning must end its
		// clause; followed by more words it is prose.
		{"no sales prose", "Fans sell out the stadium. No sales were reported.", ""},
		{"no sales alone", "A view. No sales. No archives.", "NO_SALES; NO_ARCHIVE"},
		{"no sales title case", "Editorial use only, No Sales No Archives", "EDITORIAL_ONLY; NO_SALES; NO_ARCHIVE"},
		{"pas de vente prose", "Les manifestants réclament pas de vente d'armes.", ""},
		{"graphic content prose", "Graphic content warnings were posted on the walls.", ""},
		{"graphic content alone", "Warning: graphic content.", "GRAPHIC_CONTENT"},
		// A ban followed by its terms is still a ban.
		{"no resale without", "A view of a harbour. No resale without permission.", "NO_SALES"},
		{"no sales to third parties", "A view. Editorial use only, no sales to third parties.", "EDITORIAL_ONLY; NO_SALES"},
		{"pas de vente sans", "Vue d'un port. Pas de vente sans accord préalable.", "NO_SALES"},
		{"unverified mixed case", "Reuters was unable to independently verify the location.", "UNVERIFIED"},
		{"verified is not unverified", "Reuters can verify the location from satellite images.", ""},
		{"could not verify", "AP could not verify the images.", "UNVERIFIED"},
		{"unverified french", "L'AFP ne peut pas vérifier de manière indépendante cette image.", "UNVERIFIED"},
		{"unverified german", "Die Echtheit des Bildes konnte nicht unabhängig überprüft werden.", "UNVERIFIED"},
		{"unverified spanish", "La imagen no ha podido ser verificada de forma independiente.", "UNVERIFIED"},
		// Credits and others.
		{"mandatory credit value", `MANDATORY CREDIT "AFP PHOTO / UKRAINIAN ARMY" - NO MARKETING - NO ADVERTISING CAMPAIGNS`,
			"MANDATORY_CREDIT=AFP PHOTO / UKRAINIAN ARMY; NO_MARKETING; NO_ADVERTISING"},
		{"editorial fr de es", "USAGE ÉDITORIAL UNIQUEMENT. Nur für redaktionelle Verwendung. SOLO USO EDITORIAL", "EDITORIAL_ONLY; EDITORIAL_ONLY; EDITORIAL_ONLY"},
		{"exclusive only in capitals", "An exclusive interview. EXCLUSIVE", "EXCLUSIVE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fmtRestrictions(FindRestrictions(tc.text, restrictHint))
			if got != tc.want {
				t.Errorf("FindRestrictions(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestEmbargoTable(t *testing.T) {
	for _, tc := range []struct {
		name, text, agency string
		hint               time.Time
		want               string
	}{
		{"gmt with year", "EMBARGOED UNTIL 0001 GMT MARCH 5, 2024", "", restrictHint, "EMBARGO@2024-03-05T00:01:00Z"},
		{"year from hint", "EMBARGOED UNTIL 0001 GMT MARCH 5", "", restrictHint, "EMBARGO@2024-03-05T00:01:00Z"},
		{"year rolls over past caption date", "Fireworks over the harbour on December 31, 2024. EMBARGOED UNTIL 0001 GMT JANUARY 1", "", restrictHint, "EMBARGO@2025-01-01T00:01:00Z"},
		{"year rolls over past hint", "EMBARGOED UNTIL 0001 GMT JANUARY 1", "", time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "EMBARGO@2025-01-01T00:01:00Z"},
		{"pa weekday inside", "EMBARGOED TO 0001 THURSDAY MARCH 7", "PA", restrictHint, "EMBARGO@2024-03-07T00:01:00Z"},
		{"weekday alone is the next one", "EMBARGOED TO 0001 THURSDAY", "PA", restrictHint, "EMBARGO@2024-03-07T00:01:00Z"},
		{"cet", "EMBARGO: 10:00 CET 7 March 2024", "", restrictHint, "EMBARGO@2024-03-07T09:00:00Z"},
		{"edt am", "Embargoed until 12:01 a.m. EDT Thursday, March 7, 2024", "", restrictHint, "EMBARGO@2024-03-07T04:01:00Z"},
		{"bst", "EMBARGOED UNTIL 2230 BST JUNE 4, 2024", "", restrictHint, "EMBARGO@2024-06-04T21:30:00Z"},
		{"gmt offset", "EMBARGOED UNTIL 10:00 GMT+2 MARCH 7, 2024", "", restrictHint, "EMBARGO@2024-03-07T08:00:00Z"},
		{"numeric day first", "EMBARGOED UNTIL 10:00 GMT 07/03/2024", "AFP", restrictHint, "EMBARGO@2024-03-07T10:00:00Z"},
		{"numeric month first for AP", "EMBARGOED UNTIL 10:00 GMT 07/03/2024", "AP", restrictHint, "EMBARGO@2024-07-03T10:00:00Z"},
		{"numeric only one reading", "EMBARGOED UNTIL 10:00 GMT 03/17/2024", "", restrictHint, "EMBARGO@2024-03-17T10:00:00Z"},
		{"no zone: agency home zone", "EMBARGOED UNTIL 10:00 MARCH 7, 2024", "AFP", restrictHint, "EMBARGO@2024-03-07T09:00:00Z"},
		{"no zone: summer time at home", "EMBARGOED UNTIL 10:00 JULY 7, 2024", "AFP", restrictHint, "EMBARGO@2024-07-07T08:00:00Z"},
		{"no zone, unknown agency: where the time comes last", "EMBARGOED UNTIL 10:00 MARCH 7, 2024", "", restrictHint, "EMBARGO@2024-03-07T22:00:00Z"},
		{"local time: where the time comes last", "EMBARGOED UNTIL 0001 LOCAL TIME MARCH 7, 2024", "AFP", restrictHint, "EMBARGO@2024-03-07T12:01:00Z"},
		{"iso", "EMBARGO: 2024-03-05T10:00:00+01:00", "", restrictHint, "EMBARGO@2024-03-05T09:00:00Z"},
		{"french", "SOUS EMBARGO JUSQU'AU 5 mars 2024 à 10h00 heure de Paris", "", restrictHint, "EMBARGO@2024-03-05T09:00:00Z"},
		{"german", "Sperrfrist: 5. März 2024, 10.00 Uhr MEZ", "", restrictHint, "EMBARGO@2024-03-05T09:00:00Z"},
		{"spanish", "EMBARGO HASTA el 5 de marzo de 2024 a las 10:00 GMT", "", restrictHint, "EMBARGO@2024-03-05T10:00:00Z"},
		{"spanish embargado", "EMBARGADO HASTA LAS 00:01 GMT DEL 6 DE MARZO", "", restrictHint, "EMBARGO@2024-03-06T00:01:00Z"},
		{"not for publication before", "Not for publication before 00:01 GMT on March 6, 2024.", "", restrictHint, "EMBARGO@2024-03-06T00:01:00Z"},
		{"hold for release", "HOLD FOR RELEASE UNTIL 1500 GMT", "", restrictHint, "EMBARGO@2024-03-04T15:00:00Z"},
		{"french ne pas publier avant", "À ne pas publier avant le 6 mars 2024 à 06h00 GMT", "", restrictHint, "EMBARGO@2024-03-06T06:00:00Z"},
		{"spanish no publicar antes", "No publicar antes de las 10:00 GMT del 6 de marzo de 2024", "", restrictHint, "EMBARGO@2024-03-06T10:00:00Z"},
		{"german veroeffentlichung ab", "Veröffentlichung erst ab 6. März 2024, 06.00 Uhr MEZ", "", restrictHint, "EMBARGO@2024-03-06T05:00:00Z"},
		{"under embargo", "UNDER EMBARGO UNTIL 0001 GMT MARCH 5", "", restrictHint, "EMBARGO@2024-03-05T00:01:00Z"},
		{"time alone on the hint day", "EMBARGOED UNTIL 2200 GMT", "", restrictHint, "EMBARGO@2024-03-04T22:00:00Z"},
		{"no time is still an embargo", "Officials meet. EMBARGOED UNTIL   / AFP", "", restrictHint, "EMBARGO"},
		{"unresolvable words", "EMBARGOED UNTIL FURTHER NOTICE", "", restrictHint, "EMBARGO"},
		{"no reference: no until", "EMBARGOED UNTIL 0001 GMT MARCH 5", "", time.Time{}, "EMBARGO"},
		{"prose embargo is not a notice", "Traders wait as the arms embargo until 2025 holds.", "", restrictHint, ""},
		{"prose embargo without a time", "The embargo until the war ends hurts exporters.", "", restrictHint, ""},
		{"a year is not a time", "EMBARGOED UNTIL 2025", "", restrictHint, "EMBARGO"},
		{"a time that looks like a year, with a zone", "EMBARGOED UNTIL 2030 GMT MARCH 5", "", restrictHint, "EMBARGO@2024-03-05T20:30:00Z"},
		{"weekday names the year", "EMBARGOED TO 0001 THURSDAY MARCH 7", "PA", time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC), "EMBARGO@2024-03-07T00:01:00Z"},
		{"credit after embargo not eaten", "EMBARGOED UNTIL 0001 GMT MARCH 5 NO SALES", "", restrictHint, "EMBARGO@2024-03-05T00:01:00Z; NO_SALES"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fmtRestrictions(FindRestrictionsFor(tc.text, tc.hint, tc.agency))
			if got != tc.want {
				t.Errorf("FindRestrictionsFor(%q, %s)\n got %q\nwant %q", tc.text, tc.agency, got, tc.want)
			}
		})
	}
}

// TestParseEmbargoUsesAgency: Parse resolves an embargo with the agency the
// credit names (AFP: Paris time for a time without a zone).
func TestParseEmbargoUsesAgency(t *testing.T) {
	c, err := Parse("Ministers meet in Brussels. EMBARGOED UNTIL 10:00 MARCH 7, 2024 (Photo by Eva Berg / AFP)", Options{DateHint: restrictHint})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmtRestrictions(c.Restrictions); got != "EMBARGO@2024-03-07T09:00:00Z" {
		t.Errorf("restrictions = %s", got)
	}
}

// TestRestrictionTextIsTheWords: the text of each restriction is the words
// it came from, not the credit or prose around them.
func TestRestrictionTextIsTheWords(t *testing.T) {
	rs := FindRestrictions("Report presented. EMBARGOED UNTIL 0001 GMT MARCH 5, 2024 (Photo by Eva Berg / AFP) UK AND IRELAND OUT", restrictHint)
	want := []string{"EMBARGOED UNTIL 0001 GMT MARCH 5, 2024", "UK AND IRELAND OUT"}
	if len(rs) != len(want) {
		t.Fatalf("got %d restrictions: %+v", len(rs), rs)
	}
	for i, r := range rs {
		if r.Text != want[i] {
			t.Errorf("text %d = %q, want %q", i, r.Text, want[i])
		}
	}
}

// TestParseEmbargoWithoutTime: the caption that used to panic (index of an
// empty slice) parses, keeping the embargo notice and the credit.
func TestParseEmbargoWithoutTime(t *testing.T) {
	for _, text := range []string{
		"Officials meet. EMBARGOED UNTIL   / AFP",
		"EMBARGOED UNTIL",
		"EMBARGO:",
		"SPERRFRIST",
		"Officials meet. EMBARGOED UNTIL (Photo by Eva Berg / AFP)",
	} {
		c, err := Parse(text, Options{DateHint: restrictHint})
		if err != nil {
			t.Fatal(err)
		}
		if got := fmtRestrictions(c.Restrictions); got != "EMBARGO" {
			t.Errorf("Parse(%q) restrictions = %q, want EMBARGO", text, got)
		}
	}
}

func TestScopeSplit(t *testing.T) {
	rs := FindRestrictions("NO USE IN JAPAN OR ON SOCIAL MEDIA", restrictHint)
	if len(rs) != 1 {
		t.Fatalf("restrictions = %+v", rs)
	}
	if got := strings.Join(rs[0].ScopeUses(), ","); got != "social" {
		t.Errorf("ScopeUses = %q", got)
	}
	if got := strings.Join(rs[0].ScopeTerritories(), ","); got != "JP" {
		t.Errorf("ScopeTerritories = %q", got)
	}
	if !IsScopeUse("print") || IsScopeUse("PRINT") || IsScopeUse("JP") {
		t.Error("IsScopeUse")
	}
}

func TestFindRestrictionsBounded(t *testing.T) {
	big := strings.Repeat("JAPAN OUT é ", MaxLen/5)
	rs := FindRestrictions(big, restrictHint)
	if len(rs) == 0 || len(rs) > MaxLen/len("JAPAN OUT é ")+1 {
		t.Fatalf("%d restrictions from a %d-byte text", len(rs), len(big))
	}
}

// untilText is r.Until as the JSON writes it, "" when zero.
func untilText(r Restriction) string {
	if r.Until.IsZero() {
		return ""
	}
	return r.Until.Format(time.RFC3339)
}
