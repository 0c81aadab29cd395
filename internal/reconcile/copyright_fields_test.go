package reconcile

import (
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
)

// TestCopyrightNoticeAgency: with no Credit, the agency is read from the
// Copyright Notice (IPTC 2:116, XMP dc:rights) as caption.ParseCredit
// reads a credit field: the notice's rights sentence, its licence line
// and a restriction are cut, a dash is a chain's separator. Credit,
// where it names an agency, still wins.
func TestCopyrightNoticeAgency(t *testing.T) {
	for _, tc := range []struct {
		name           string
		fields         []any
		agency, people string
	}{
		{"dash chain", []any{"copyright", "Jo Park - Anadolu Agency"}, "Anadolu", "Jo Park"},
		{"photo agency", []any{"copyright", "© 2026 Jo Park/laif"}, "laif", "Jo Park"},
		{"rights sentence", []any{"copyright", "Copyright 2026 Thomson Reuters. Click For Restrictions - http://example.com/legal"}, "Reuters", ""},
		{"German rights", []any{"copyright", "(c) Copyright 2026, dpa (www.dpa.de). Alle Rechte vorbehalten"}, "dpa", ""},
		{"Getty's partner notice", []any{"copyright", "AFP or licensors"}, "AFP", ""},
		{"licence line", []any{"copyright", "© Jo Park\nLicensed to Velmora Daily for one use"}, "<nil>", "Jo Park"},
		{"by-line and notice", []any{"byline", []any{"Jo Park"}, "copyright", "© 2026 Bloomberg Finance LP"}, "Bloomberg", "Jo Park"},
		{"credit wins", []any{"credit", "AFP", "copyright", "© 2026 Reuters"}, "AFP", ""},
		{"licence text", []any{"copyright", "This image may be used only with the event it shows and never to advertise anything"}, "<nil>", ""},
	} {
		s := Reconcile(&imagemeta.Metadata{}, fields(tc.fields...).Typed(), nil, time.Time{}).Summary
		if got, people := orNil(s.Agency), strings.Join(s.Photographers, ";"); got != tc.agency || people != tc.people {
			t.Errorf("%s: agency %s photographers %q, want %s %q", tc.name, got, people, tc.agency, tc.people)
		}
	}
}
