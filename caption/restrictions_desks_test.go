package caption

import "testing"

// TestRestrictionDeskPhrases: the restriction blocks of the desks in their
// own words and word orders (issue 14, item 3), invented around the
// agencies' documented phrases.
func TestRestrictionDeskPhrases(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		// EFE's handout block: "SOLO USO EDITORIAL/NO VENTAS/NO ARCHIVOS",
		// "SOLO DISPONIBLE PARA ILUSTRAR LA NOTICIA QUE ACOMPAÑA (CRÉDITO OBLIGATORIO)".
		{"spanish block", "SOLO PARA USO EDITORIAL/NO VENTAS/NO ARCHIVOS", "EDITORIAL_ONLY; NO_SALES; NO_ARCHIVE"},
		{"efe context", "SOLO USO EDITORIAL/SOLO DISPONIBLE PARA ILUSTRAR LA NOTICIA QUE ACOMPAÑA (CRÉDITO OBLIGATORIO)", "EDITORIAL_ONLY; CONTEXT_ONLY; MANDATORY_CREDIT"},
		{"efe context in lower case", "Solo disponible para ilustrar la noticia que la acompaña.", "CONTEXT_ONLY"},
		// Word order: the adverb before, inside or after "editorial use".
		{"es adverb inside", "USO EXCLUSIVO EDITORIAL", "EDITORIAL_ONLY"},
		{"es para first", "PARA USO EDITORIAL EXCLUSIVAMENTE", "EDITORIAL_ONLY"},
		{"pt adverb first", "SOMENTE PARA USO EDITORIAL", "EDITORIAL_ONLY"},
		{"it per first", "PER SOLO USO EDITORIALE", "EDITORIAL_ONLY"},
		{"it adverb inside", "USO ESCLUSIVAMENTE EDITORIALE", "EDITORIAL_ONLY"},
		{"fr adverb first", "EXCLUSIVEMENT POUR USAGE ÉDITORIAL", "EDITORIAL_ONLY"},
		{"de without preposition", "NUR REDAKTIONELLE NUTZUNG", "EDITORIAL_ONLY"},
		{"es sale forbidden", "VENTA PROHIBIDA.", "NO_SALES"},
		{"es sale forbidden in prose", "La venta prohibida de armas sigue.", ""},
		// AP's and ANSA's handout notices: licensing without a territory is a
		// sale; "used solely to illustrate" ties the picture to its story.
		{"no licensing", "No Archiving; No Licensing. Mandatory credit.", "NO_ARCHIVE; NO_SALES; MANDATORY_CREDIT"},
		{"no licensing in is a territory", "NO LICENSING IN CHINA, JAPAN", "OUT[CN,JP]"},
		{"licensing in prose", "Velmora firms said no licensing deals were signed.", ""},
		{"used solely to illustrate", "TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING OR COMMENTARY ON THE FACTS; NO ARCHIVING; NO LICENSING", "CONTEXT_ONLY; NO_ARCHIVE; NO_SALES"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmtRestrictions(FindRestrictions(tc.text, restrictHint)); got != tc.want {
				t.Errorf("FindRestrictions(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestEmbargoDeskForms: Italian embargo notices and run-together advisories.
func TestEmbargoDeskForms(t *testing.T) {
	for _, tc := range []struct{ name, text, agency, want string }{
		{"italian time first", "EMBARGO FINO ALLE ORE 10.00 DEL 6 MARZO 2024", "ANSA", "EMBARGO@2024-03-06T09:00:00Z"},
		{"italian date first", "Sotto embargo fino al 6 marzo 2024 ore 10:00", "ANSA", "EMBARGO@2024-03-06T09:00:00Z"},
		{"italian prose is no notice", "Il museo resta chiuso fino alle 10.", "ANSA", ""},
		// Run together in capitals: the day glued to its month is read; a
		// zone and month glued into one word are not, and then the time is
		// not known rather than read on the wrong day.
		{"day glued to month", "EMBARGOED UNTIL 0001GMT MARCH6", "", "EMBARGO@2024-03-06T00:01:00Z"},
		{"unreadable glued date", "EMBARGOEDUNTIL0001GMTMARCH6", "", "EMBARGO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmtRestrictions(FindRestrictionsFor(tc.text, restrictHint, tc.agency)); got != tc.want {
				t.Errorf("FindRestrictionsFor(%q, %s)\n got %q\nwant %q", tc.text, tc.agency, got, tc.want)
			}
		})
	}
}
