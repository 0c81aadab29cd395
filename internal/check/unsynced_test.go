package check

import (
	"strings"
	"testing"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/reconcile"
)

func TestRestrictionsUnsynced(t *testing.T) {
	emb := func(u string) caption.Restriction { return r(caption.Embargo, untilT(u)) }
	for _, tc := range []struct {
		name     string
		by       map[string][]caption.Restriction
		severity Severity // "" for no finding
		word     string
		decision Decision // for editorial use in FR
	}{
		{"only in instructions (PA, dpa practice)", map[string][]caption.Restriction{
			reconcile.FromCaption: {}, reconcile.FromInstructions: {r(caption.EditorialOnly), r(caption.NoMarketing)}},
			Info, "only in the fields: EDITORIAL_ONLY, NO_MARKETING", Allow},
		{"caption and fields complement", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.EditorialOnly)}, reconcile.FromUsageTerms: {r(caption.NoBooks)}},
			Info, "only in the caption: EDITORIAL_ONLY", Allow},
		{"same codes", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.EditorialOnly)}, reconcile.FromInstructions: {r(caption.EditorialOnly), r(caption.MandatoryCredit)}},
			"", "", Allow},
		{"no fields", map[string][]caption.Restriction{reconcile.FromCaption: {r(caption.EditorialOnly)}}, "", "", Allow},
		{"embargo times differ", map[string][]caption.Restriction{
			reconcile.FromCaption: {emb("2024-03-01T00:01:00Z")}, reconcile.FromInstructions: {emb("2024-03-02T00:01:00Z")}},
			Warning, "embargo end", Review},
		{"same embargo", map[string][]caption.Restriction{
			reconcile.FromCaption: {emb("2024-03-01T00:01:00Z")}, reconcile.FromInstructions: {emb("2024-03-01T00:01:00Z")}},
			"", "", Allow},
		{"territories differ", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.Out, scope("JP"))}, reconcile.FromInstructions: {r(caption.Out, scope("JP", "KR"))}},
			Warning, "territories excluded", Review},
		{"one country named two ways", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.Out, scope("GB", "IE"))}, reconcile.FromInstructions: {r(caption.Out, scope("UK", "IE"))}},
			"", "", Allow},
		{"only in UK against OUT GB", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.Out, onlyIn("UK", "FR"))}, reconcile.FromUsageTerms: {r(caption.Out, scope("GB"))}},
			Warning, "excludes", Review},
		{"only in against OUT", map[string][]caption.Restriction{
			reconcile.FromCaption: {r(caption.Out, onlyIn("DE", "FR"))}, reconcile.FromUsageTerms: {r(caption.Out, scope("FR"))}},
			Warning, "excludes", Deny},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := facts("AFP", true, reconcile.Merge(tc.by)...)
			f.BySource = tc.by
			in := &Input{File: "p.jpg", Facts: f, Meta: &imagemeta.Metadata{}, Use: "editorial", Territory: "FR", AsOf: asOf.AddDate(1, 0, 0), Policy: DefaultPolicy()}
			fs, v := Run(in)
			var got *Finding
			for i := range fs {
				if fs[i].Rule == "restrictions.unsynced" {
					got = &fs[i]
				}
			}
			switch {
			case tc.severity == "" && got != nil:
				t.Errorf("unexpected finding %s: %s", got.Severity, got.Message)
			case tc.severity != "" && got == nil:
				t.Errorf("no finding, want %s", tc.severity)
			case got != nil && (got.Severity != tc.severity || !strings.Contains(got.Message, tc.word)):
				t.Errorf("%s %q, want %s saying %q", got.Severity, got.Message, tc.severity, tc.word)
			}
			if v.Decision != tc.decision {
				t.Errorf("decision %s, want %s %q", v.Decision, tc.decision, v.Reasons)
			}
		})
	}
}
