package record

import (
	"encoding/json"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
)

// Summary is the one answer an editorial script wants, reconciled from
// the caption and the metadata: agency, credit, photographers, source,
// restrictions, date, location, file photo.
type Summary struct {
	Agency        *string               `json:"agency"`
	Credit        *string               `json:"credit"`
	Photographers []string              `json:"photographers"`
	Source        *caption.Source       `json:"source"`
	Restrictions  []caption.Restriction `json:"restrictions"`
	Date          *caption.Date         `json:"date"`
	Location      *caption.Location     `json:"location"`
	FilePhoto     bool                  `json:"file_photo"`
	// Identifiers are the agency and transmission ids the photo carries,
	// and its file name.
	Identifiers []imagemeta.Identifier `json:"identifiers"`
	// Intermediaries are the partners or collections the credit relays
	// ("Jane Doe/Lehtikuva/AP": Lehtikuva).
	Intermediaries []string `json:"intermediaries"`
	// CreditPrint is the credit as the desk prints it, from the agency's
	// template (agencies.tsv, overridden by the policy's [credit]).
	CreditPrint *string `json:"credit_print"`
	// AgencyMatch says how Agency matched the registry: "exact", "alias",
	// "fuzzy", or "identifier" (only an agency's id names it); nil when
	// the registry does not know the agency.
	AgencyMatch *string `json:"agency_match"`
	// DigitalSourceType is how the image was made (the IPTC vocabulary's
	// URI), the most synthetic that XMP, Content Credentials or the feed
	// state; nil when none does.
	DigitalSourceType *string `json:"digital_source_type"`
}

// MarshalJSON writes the summary with its lists as arrays, never null,
// also for a Summary built by hand.
func (s Summary) MarshalJSON() ([]byte, error) {
	type plain Summary
	p := plain(s)
	for _, l := range []*[]string{&p.Photographers, &p.Intermediaries} {
		if *l == nil {
			*l = []string{}
		}
	}
	if p.Identifiers == nil {
		p.Identifiers = []imagemeta.Identifier{}
	}
	if p.Restrictions == nil {
		p.Restrictions = []caption.Restriction{}
	}
	return json.Marshal(p)
}

// Finding is one rule's result.
type Finding struct {
	Rule     Code     `json:"rule"`     // a stable ID, "date.archive" (README lists them)
	Severity Severity `json:"severity"` // SeverityError, SeverityWarning or SeverityInfo
	Message  string   `json:"message"`
	// Evidence holds what the rule saw, by name; its keys and value
	// shapes differ from rule to rule (README, "Finding rules").
	Evidence Evidence `json:"evidence"`
}

// Evidence is what a finding rests on, by name, each value as its JSON
// (a string, number, list or object: each rule states its own). Decode a
// value with json.Unmarshal into the type the rule documents; Text reads
// a string value.
type Evidence map[string]json.RawMessage

// Text returns the string value of name, or "" when there is none or it
// is not a string.
func (e Evidence) Text(name string) string {
	var s string
	if json.Unmarshal(e[name], &s) != nil {
		return ""
	}
	return s
}

// Verdict answers whether the planned use may go ahead. ValidFrom and
// ValidUntil bound the as-of times at which the same inputs give the same
// findings and verdict (nil: unbounded): an embargo lifting, an expiry, a
// release date, a date turning future or past.
type Verdict struct {
	Use        string   `json:"use"`
	Territory  *string  `json:"territory"` // ISO 3166-1 alpha-2; nil when none was given
	AsOf       string   `json:"as_of"`     // RFC 3339
	Decision   Decision `json:"decision"`  // Allow, Review or Deny
	Reasons    []string `json:"reasons"`
	ValidFrom  *string  `json:"valid_from,omitempty"`
	ValidUntil *string  `json:"valid_until,omitempty"`
	// Leases are the desk's leases that applied (--leases).
	Leases []Lease `json:"leases,omitempty"`
}

// Lease is a desk's lease that applied to the photo: allow or deny it,
// for some uses and territories (all when empty), from a time until
// another.
type Lease struct {
	Match       string   `json:"match"`  // an identifier of the photo, or a path glob
	Action      string   `json:"action"` // "allow" or "deny"
	Uses        []string `json:"uses,omitempty"`
	Territories []string `json:"territories,omitempty"`
	From        string   `json:"from,omitempty"`
	Until       string   `json:"until,omitempty"`
	Note        string   `json:"note,omitempty"`
	Who         string   `json:"who,omitempty"`
	Source      string   `json:"source"`               // where the lease is written ("leases.csv:3")
	MatchedBy   string   `json:"matched_by,omitempty"` // how it matched the photo: an identifier scheme or "path"
}
