package reconcile

import (
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
)

// TestEmbargoReadInMetadataAgencyZone: an embargo time without a zone is
// read in the home zone of the agency that distributed the photo, also when
// only the metadata's credit names it (AP: Eastern time, 05:01 UTC for
// 12:01 A.M. in March), in the caption (parsed with the credits' agency, as
// the pipeline does) and in Special Instructions alike; with no agency
// anywhere, where that time comes last.
func TestEmbargoReadInMetadataAgencyZone(t *testing.T) {
	hint := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	const embargo = "EMBARGOED UNTIL 12:01 A.M. THURSDAY MARCH 7"
	for _, tc := range []struct {
		name    string
		caption string
		fields  metatest.Fields
		from    string
		until   string
	}{
		{"caption, IPTC Credit", "A senator speaks in Washington on March 5, 2024. " + embargo,
			fields("credit", "AP"), FromCaption, "2024-03-07T05:01:00Z"},
		{"instructions, IPTC Credit", "A senator speaks in Washington on March 5, 2024.",
			fields("credit", "AP", "instructions", embargo), FromInstructions, "2024-03-07T05:01:00Z"},
		{"no agency anywhere: UTC-12", "A senator speaks in Washington on March 5, 2024. " + embargo,
			fields("city", "Washington"), FromCaption, "2024-03-07T12:01:00Z"},
	} {
		credits := ReadCredits(tc.fields.Typed())
		cp, err := caption.Parse(tc.caption, caption.Options{DateHint: hint, Agency: credits.Agency()})
		if err != nil {
			t.Fatal(err)
		}
		f := ReconcileWith(&imagemeta.Metadata{}, tc.fields.Typed(), credits, cp, hint)
		got := ""
		for _, r := range f.BySource[tc.from] {
			if r.Code == caption.Embargo && !r.Until.IsZero() {
				got = r.Until.Format(time.RFC3339)
			}
		}
		if got != tc.until {
			t.Errorf("%s: embargo until %q, want %q", tc.name, got, tc.until)
		}
	}
}
