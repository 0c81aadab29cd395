package check

import (
	"fmt"
	"github.com/wirecap/wirecap/record"
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
)

// Editorial is the use every agency subscription licenses.
const Editorial = "editorial"

// commercialUses need a licence the desk states in its policy: an agency
// subscription is an editorial licence (online, print, social, broadcast,
// book and archive are editorial channels), and a photo without rights
// information licenses nothing.
var commercialUses = []string{"marketing", "advertising", "commercial", AITraining}

// useRule says what a restriction means for each use: the uses it denies
// and whether the other uses need a person to look (review).
type useRule struct {
	deny   []string // uses denied
	review bool     // every use not denied needs review
}

// useTable is the use × restriction table README documents. OUT, EMBARGO
// and EXPIRES depend on territory and time: see restrictionEffect.
var useTable = map[string]useRule{
	caption.EditorialOnly:      {deny: commercialUses},
	caption.NoMarketing:        {deny: []string{"marketing"}},
	caption.NoAdvertising:      {deny: []string{"advertising", "marketing"}},
	caption.NoCommercial:       {deny: commercialUses},
	caption.NoSales:            {deny: []string{"commercial"}},
	caption.NoArchive:          {deny: []string{"archive"}},
	caption.NoBooks:            {deny: []string{"book"}},
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
// restriction stands in the way (unless the finding is only info).
var reviewRules = map[Code]bool{record.DateMismatch: true, record.DateArchive: true, record.DateFuture: true,
	record.LocationMismatch: true, record.LocationGPSMismatch: true, record.CreditMismatch: true, record.ArticlePlaceAbsent: true, record.ArticleUnreadable: true,
	record.RestrictionsUnsynced: true, record.ImageTooSmall: true, record.RightsUnknown: true, record.FileTruncated: true,
	record.AIGenerated: true, record.AIComposite: true, record.AISourceConflict: true, record.ProvenanceInvalid: true,
	record.FeedConflict: true, record.FeedUnreadable: true, record.FeedStatusUnknown: true}

// beyondEditorialRules send every use but editorial to review: what could
// not be read may hold a restriction on it.
var beyondEditorialRules = map[Code]bool{record.MetadataIncomplete: true}

func verdict(in *Input, findings []Finding) (*Verdict, []Finding) {
	v := &Verdict{Use: in.Use, AsOf: in.AsOf.UTC().Format(time.RFC3339), Reasons: []string{}}
	if in.Territory != "" {
		t := in.Territory
		v.Territory = &t
	}
	var deny, review, notes []string
	for _, f := range findings {
		switch {
		case f.Severity == Error:
			deny = append(deny, string(f.Rule)+": "+f.Message)
		case f.Severity == Info:
		case reviewRules[f.Rule], beyondEditorialRules[f.Rule] && in.Use != Editorial:
			review = append(review, string(f.Rule)+": "+f.Message)
		}
	}
	for _, r := range summaryRestrictions(in) {
		decision, reason := restrictionEffect(r, in.Use, in.Territory, in.clock)
		switch decision {
		case Deny:
			deny = append(deny, reason)
		case Review:
			review = append(review, reason)
		default:
			if reason != "" {
				notes = append(notes, reason)
			}
		}
	}
	if reason := creditToPrint(in); reason != "" {
		notes = append(notes, reason)
	}
	if in.territoryErr != nil {
		review = append(review, in.territoryErr.Error()+": no restriction can be matched to it")
	}
	if reason := licence(in); reason != "" {
		review = append(review, reason)
	}
	var leaseNotes []string
	deny, review, leaseNotes, v.Leases = leaseEffect(in, findings, deny, review)
	notes = append(notes, leaseNotes...)
	var extra []Finding
	switch {
	case len(deny) > 0:
		v.Decision = Deny
		v.Reasons = append(dedupe(deny), dedupe(notes)...)
		extra = append(extra, Finding{Rule: record.UseDenied, Severity: Error,
			Message:  fmt.Sprintf("Do not use for %s: %s", in.Use, deny[0]),
			Evidence: evidence(map[string]any{"use": in.Use, "reasons": dedupe(deny)})})
	case len(review) > 0:
		v.Decision = Review
		v.Reasons = append(dedupe(review), dedupe(notes)...)
		extra = append(extra, Finding{Rule: record.UseReview, Severity: Warning,
			Message:  fmt.Sprintf("A person must look before %s use: %s", in.Use, review[0]),
			Evidence: evidence(map[string]any{"use": in.Use, "reasons": dedupe(review)})})
	default:
		v.Decision = Allow
		v.Reasons = append(v.Reasons, dedupe(notes)...)
	}
	v.ValidFrom, v.ValidUntil = in.clock.window()
	return v, extra
}

// licence is the review reason when the planned use needs a licence no
// one states, or "". The policy's [licences] table grants uses per agency
// ("*" for every photo); without an entry, an agency licenses editorial
// channels only and a photo without rights information licenses nothing
// commercial.
func licence(in *Input) string {
	agency := ""
	if s := in.Facts.Summary; s != nil && s.Agency != nil {
		agency = *s.Agency
	}
	grants, stated := in.Policy.licence(agency)
	if s := in.Facts.Summary; s != nil && s.AgencyMatch != nil && *s.AgencyMatch == "fuzzy" && slices.Contains(commercialUses, in.Use) {
		// A name one letter off an agency's ("Magnus") may be another
		// supplier: the agency's licence is not assumed for a paid use.
		return fmt.Sprintf("the credit only resembles %s (a near spelling): a person must confirm the supplier before %s use", agency, in.Use)
	}
	if slices.Contains(grants, in.Use) {
		return ""
	}
	switch {
	case stated:
		return fmt.Sprintf("the desk's licence for %s covers %s, not %s use", orAll(agency), strings.Join(grants, ", "), in.Use)
	case !slices.Contains(commercialUses, in.Use):
		return ""
	case !in.Facts.RightsInfo:
		return fmt.Sprintf("no rights information at all (no credit, copyright, usage terms or restriction): %s use needs a stated licence", in.Use)
	case agency != "":
		return fmt.Sprintf("%s photos are licensed for editorial use: %s use needs a licence the policy states ([licences] %s = [%q])", agency, in.Use, agency, in.Use)
	}
	return fmt.Sprintf("no licence for %s use is stated for this photo: %s use needs one", in.Use, in.Use)
}

func orAll(agency string) string {
	if agency == "" {
		return "every photo"
	}
	return agency
}

// restrictionEffect is what one restriction means for a use in a territory
// at the clock's as-of: Deny, Review or Allow, with the reason. Embargoes
// and expiries with a readable end time are decided by the embargo.active
// and rights.expired findings; here they say Allow with no reason so that
// the verdict does not count them twice, except through Effect.
func restrictionEffect(r caption.Restriction, use, territory string, c *clock) (Decision, string) {
	switch r.Code {
	case caption.Embargo, caption.Expires:
		if _, ok := until(r); !ok {
			return Review, fmt.Sprintf("%s (%q): its end time could not be read; check it before publishing", r.Code, r.Text)
		}
		return Allow, ""
	case caption.Out:
		return outEffect(r, use, territory)
	case caption.MandatoryCredit:
		return Allow, "" // the credit to print is one reason: creditToPrint
	}
	rule, known := useTable[r.Code]
	switch {
	case slices.Contains(rule.deny, use):
		return Deny, fmt.Sprintf("%s (%q) forbids %s use", r.Code, r.Text, use)
	case rule.review || !known:
		return Review, fmt.Sprintf("%s (%q) needs a person to judge", r.Code, r.Text)
	}
	return Allow, ""
}

// outEffect applies an OUT restriction: a use named in its scope is denied
// everywhere; a territory named is denied there and needs review when the
// planned use names no territory; an "only in" list denies every other
// territory; a name wirecap could not map needs review.
func outEffect(r caption.Restriction, use, territory string) (Decision, string) {
	if slices.Contains(r.ScopeUses(), use) {
		return Deny, fmt.Sprintf("%s: no %s use", r.Text, use)
	}
	if only, others := scopeTerritories(r.OnlyIn); len(r.OnlyIn) > 0 {
		switch {
		case len(only) == 0:
			return Review, fmt.Sprintf("%s: publication only in %q, which wirecap cannot match to a territory", r.Text, others[0])
		case territory == "":
			return Review, fmt.Sprintf("%s: publication only in %s; no --territory given", r.Text, strings.Join(only, ", "))
		case !slices.Contains(only, territory):
			return Deny, fmt.Sprintf("%s: publication only in %s, not %s", r.Text, strings.Join(only, ", "), territory)
		}
	}
	// Scope entries are read as --territory is (geo.Territory): an OUT
	// naming UK or England denies GB.
	terr, others := scopeTerritories(r.ScopeTerritories())
	switch {
	case territory != "" && slices.Contains(terr, territory):
		return Deny, fmt.Sprintf("%s: not for use in %s", r.Text, territory)
	case territory == "" && len(terr) > 0:
		return Review, fmt.Sprintf("%s: not for use in %s; no --territory given", r.Text, strings.Join(terr, ", "))
	}
	if len(others) > 0 {
		return Review, fmt.Sprintf("%s: excludes %q, which wirecap cannot match to a territory or use", r.Text, others[0])
	}
	return Allow, ""
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
// "review" or "fine". OUT restrictions depend on the territory, embargoes
// and expiries on asOf.
func Effect(r caption.Restriction, use, territory string, asOf time.Time) string {
	if t, err := ParseTerritory(territory); err == nil {
		territory = t // "UK" meets an OUT naming GB here too
	}
	c := &clock{asOf: asOf}
	switch t, ok := until(r); {
	case r.Code == caption.Embargo && ok && c.before(t), r.Code == caption.Expires && ok && !c.before(t):
		return "deny"
	}
	switch d, _ := restrictionEffect(r, use, territory, c); d {
	case Deny:
		return "deny"
	case Review:
		return "review"
	}
	return "fine"
}
