package check

import (
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// FuzzReconcileCheck: whatever the caption and rights fields say, the
// reconcile and check stages do not panic, keep every source's
// restriction in the summary, and give a decision with reasons.
func FuzzReconcileCheck(f *testing.F) {
	f.Add(seedLike, "EDITORIAL USE ONLY. JAPAN OUT", "NO LICENSING IN CHINA, HONG KONG, JAPAN, SOUTH KOREA AND FRANCE", "Scanpix/AP", uint8(1), "FR")
	f.Add("Officials meet. EMBARGOED UNTIL   / AFP", "EMBARGOED UNTIL 0001 GMT MARCH 6", "", "", uint8(7), "")
	f.Add("", "", "", "", uint8(0), "DEU")
	f.Fuzz(func(t *testing.T, capText, instructions, terms, credit string, use uint8, territory string) {
		if captionPanics(capText, instructions, terms) {
			t.Skip("the caption parser panics on this input: a caption bug, not one of these stages")
		}
		c, err := caption.Parse(capText, caption.Options{DateHint: asOf})
		if err != nil {
			c = nil
		}
		fields := metatest.Fields{}
		for name, v := range map[string]string{"instructions": instructions, "usage_terms": terms, "credit": credit} {
			if v != "" {
				fields[name] = &metatest.Field{Value: v, Sources: map[string]any{"iptc": v}, InSync: true}
			}
		}
		facts := reconcile.Reconcile(&imagemeta.Metadata{}, fields.Typed(), c, asOf)
		merged := map[string]bool{}
		for _, r := range facts.Summary.Restrictions {
			merged[reconcile.Key(r)] = true
		}
		for src, rs := range facts.BySource {
			for _, r := range rs {
				if !merged[reconcile.Key(r)] {
					t.Fatalf("%s restriction %+v dropped from the summary", src, r)
				}
			}
		}
		in := &Input{File: "p.jpg", Facts: facts, Meta: &imagemeta.Metadata{}, Use: Uses[int(use)%len(Uses)], Territory: territory,
			AsOf: asOf.Add(time.Duration(use) * time.Hour), Policy: DefaultPolicy()}
		fs, v := Run(in)
		if v == nil || (v.Decision != Allow && v.Decision != Deny && v.Decision != Review) {
			t.Fatalf("verdict %+v", v)
		}
		if v.Decision != Allow && len(v.Reasons) == 0 {
			t.Fatalf("%s without a reason", v.Decision)
		}
		for _, f := range fs {
			if f.Message == "" || f.Severity == "" {
				t.Fatalf("finding %+v", f)
			}
		}
	})
}

// captionPanics tells the caption package's own crashes (fuzzed there)
// from this target's.
func captionPanics(capText string, fields ...string) (panicked bool) {
	defer func() { panicked = recover() != nil }()
	caption.Parse(capText, caption.Options{DateHint: asOf})
	for _, f := range fields {
		caption.FindRestrictions(f, asOf)
		caption.ParseCredit(f)
	}
	return false
}
