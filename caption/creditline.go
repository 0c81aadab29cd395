package caption

// CreditLine is what a credit line names once split: the credit as written,
// the distributing agency (normalised through the registry when known), the
// photographers and the partners or handout bodies it relays.
type CreditLine struct {
	Credit        string   `json:"credit"`
	Agency        string   `json:"agency"`
	Photographers []string `json:"photographers"`
	Partners      []string `json:"partners"`
	Source        *Source  `json:"source"`
	FilePhoto     bool     `json:"file_photo"`
}

// ParseCredit reads a credit line on its own, as metadata fields store it
// (IPTC Credit, Source, By-line; XMP photoshop:Credit): "Scanpix/AP",
// "PA Wire/PA Images", "Jane Doe via Reuters". It uses the same analyser as
// Parse does for the credit inside a caption.
func ParseCredit(s string) CreditLine {
	cp := analyzeCredit(s)
	cl := CreditLine{Credit: s, Agency: cp.agency, Photographers: dedupe(cp.photographers), Partners: dedupe(cp.partners), FilePhoto: cp.file}
	switch {
	case cp.handout:
		cl.Source = &Source{Kind: "handout"}
	case cp.pool:
		cl.Source = &Source{Kind: "pool"}
	case cp.social:
		cl.Source = &Source{Kind: "social_media"}
	}
	return cl
}
