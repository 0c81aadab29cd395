package check

import (
	"fmt"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// useRule says what a restriction means for each use: the uses it denies
// and whether the other uses need a person to look (review).
type useRule struct {
	deny   []string // uses denied; "*" for all
	review bool     // every use not denied needs review
}

// useTable is the use × restriction table README documents.
var useTable = map[string]useRule{
	caption.EditorialOnly:      {deny: []string{"marketing", "advertising", "commercial"}},
	caption.NoMarketing:        {deny: []string{"marketing"}},
	caption.NoAdvertising:      {deny: []string{"advertising", "marketing"}},
	caption.NoCommercial:       {deny: []string{"commercial", "marketing", "advertising"}},
	caption.NoSales:            {deny: []string{"commercial"}},
	caption.NoArchive:          {deny: []string{"archive"}},
	caption.NoBooks:            {deny: []string{"book"}},
	caption.Embargo:            {}, // decided by embargo.active
	caption.Expires:            {review: true},
	caption.Exclusive:          {review: true},
	caption.ContextOnly:        {review: true},
	caption.GraphicContent:     {review: true},
	caption.Unverified:         {review: true},
	caption.OtherRestriction:   {review: true},
	caption.MandatoryCredit:    {},
	caption.NoThirdParty:       {},
	caption.ServiceToClients:   {},
	caption.ThirdPartySupplied: {},
	caption.NoAlteration:       {},
}

// reviewRules are findings that send a photo to a person even when no
// restriction stands in the way.
var reviewRules = map[string]bool{"date.mismatch": true, "date.archive": true, "date.future": true,
	"location.mismatch": true, "location.gps_mismatch": true, "credit.mismatch": true, "article.place_absent": true,
	"restrictions.unsynced": true, "image.too_small": true}

func verdict(in *Input, findings []sidecar.Finding) (*sidecar.Verdict, []sidecar.Finding) {
	v := &sidecar.Verdict{Use: in.Use, AsOf: in.AsOf.Format(time.RFC3339), Reasons: []string{}}
	if in.Territory != "" {
		t := in.Territory
		v.Territory = &t
	}
	var deny, review []string
	for _, f := range findings {
		switch {
		case f.Severity == Error:
			deny = append(deny, f.Rule+": "+f.Message)
		case reviewRules[f.Rule]:
			review = append(review, f.Rule+": "+f.Message)
		}
	}
	for _, r := range summaryRestrictions(in) {
		rule := useTable[r.Code]
		switch {
		case r.Code == caption.Out:
			if reason, d, rv := territoryCheck(r, in.Territory); d {
				deny = append(deny, reason)
			} else if rv {
				review = append(review, reason)
			}
		case contains(rule.deny, in.Use) || contains(rule.deny, "*"):
			deny = append(deny, fmt.Sprintf("%s (%q) forbids %s use", r.Code, r.Text, in.Use))
		case rule.review:
			review = append(review, fmt.Sprintf("%s (%q) needs a person to judge", r.Code, r.Text))
		case r.Code == caption.MandatoryCredit && r.Value != "":
			v.Reasons = append(v.Reasons, fmt.Sprintf("print the credit %q", r.Value))
		}
	}
	var extra []sidecar.Finding
	switch {
	case len(deny) > 0:
		v.Decision = "deny"
		v.Reasons = append(dedupe(deny), v.Reasons...)
		extra = append(extra, sidecar.Finding{Rule: "use.denied", Severity: Error,
			Message:  fmt.Sprintf("Do not use for %s: %s", in.Use, deny[0]),
			Evidence: map[string]any{"use": in.Use, "reasons": dedupe(deny)}})
	case len(review) > 0:
		v.Decision = "review"
		v.Reasons = append(dedupe(review), v.Reasons...)
		extra = append(extra, sidecar.Finding{Rule: "use.review", Severity: Warning,
			Message:  fmt.Sprintf("A person must look before %s use: %s", in.Use, review[0]),
			Evidence: map[string]any{"use": in.Use, "reasons": dedupe(review)}})
	default:
		v.Decision = "allow"
	}
	return v, extra
}

// territoryCheck applies an OUT restriction to the territory of the planned use.
func territoryCheck(r caption.Restriction, territory string) (reason string, deny, review bool) {
	if len(r.OnlyIn) > 0 {
		if territory == "" {
			return fmt.Sprintf("%s: publication only in %s; no --territory given", r.Text, strings.Join(r.OnlyIn, ", ")), false, true
		}
		if !contains(r.OnlyIn, territory) {
			return fmt.Sprintf("%s: publication only in %s, not %s", r.Text, strings.Join(r.OnlyIn, ", "), territory), true, false
		}
		return "", false, false
	}
	if territory != "" && contains(r.Scope, territory) {
		return fmt.Sprintf("%s: not for use in %s", r.Text, territory), true, false
	}
	return "", false, false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// Effect says what a restriction means for a use, for display: "deny",
// "review" or "fine". OUT restrictions depend on the territory.
func Effect(r caption.Restriction, use, territory string, asOf time.Time) string {
	if r.Code == caption.Embargo {
		if until, err := time.Parse(time.RFC3339, r.Until); err != nil || asOf.Before(until) {
			return "deny"
		}
		return "fine"
	}
	if r.Code == caption.Out {
		if _, deny, review := territoryCheck(r, territory); deny {
			return "deny"
		} else if review {
			return "review"
		}
		return "fine"
	}
	rule := useTable[r.Code]
	switch {
	case contains(rule.deny, use):
		return "deny"
	case rule.review:
		return "review"
	}
	return "fine"
}
