package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/caption"
)

// creditFields are the metadata fields that credit a photo (IPTC Credit,
// Source and By-line), and rightsFields those that state its rights
// (copyright notice, usage terms, instructions), each with the words a
// person knows it by.
var (
	creditFields = []struct{ name, label string }{{"credit", "IPTC Credit"}, {"source", "Source"}, {"byline", "By-line"}}
	rightsFields = []struct{ name, label string }{{"copyright", "Copyright Notice"}, {"usage_terms", "Rights Usage Terms"}, {"instructions", "Special Instructions"}}
)

// rightsUnknown: a photo that names no one to credit and states no rights
// is not cleared by the silence: who owns it and how it may be used are
// unknown, for every use.
func rightsUnknown(in *Input) []Finding {
	// An unreadable file is file.unreadable: what it says is not known.
	if in.Facts.RightsInfo || in.ReadError != nil || hasCredit(in) || len(summaryRestrictions(in)) > 0 {
		return nil
	}
	for _, f := range rightsFields {
		if in.Facts.Fields.Has(f.name) {
			return nil
		}
	}
	var looked []string
	if in.Facts.Caption != nil {
		looked = append(looked, "the caption")
	}
	for _, f := range append(slices.Clone(creditFields), rightsFields...) {
		looked = append(looked, f.label)
	}
	return finding("No credit and no rights statement: nothing says who owns the photo or how it may be used (looked in "+orList(looked, "and")+")",
		map[string]any{"missing": []string{"credit", "rights"}, "looked_in": looked})
}

// hasCredit reports whether the caption or a credit field names someone.
func hasCredit(in *Input) bool {
	if cp := in.Facts.Caption; cp != nil && (cp.Credit != "" || cp.Agency != "" || len(cp.Photographers) > 0) {
		return true
	}
	if s := in.Facts.Summary; s != nil && (s.Credit != nil && *s.Credit != "" || s.Agency != nil && *s.Agency != "") {
		return true
	}
	for _, f := range creditFields {
		if in.Facts.Fields.Has(f.name) {
			return true
		}
	}
	return false
}

// orList joins xs as a sentence does: "a, b and c".
func orList(xs []string, and string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " " + and + " " + xs[len(xs)-1]
}

// creditToPrint is the verdict's reason naming the credit line to print
// when a MANDATORY_CREDIT restriction stands: the credit it demands, else
// the photo's credit (caption, else IPTC Credit), as agencies write it
// ("Photo credit should read: …", a tail credit after MANDATORY CREDIT,
// "Mandatory Credit: Photo by …"). "" when none is mandatory or none is
// known (credit.missing says so).
func creditToPrint(in *Input) string {
	demanded, mandatory := "", false
	for _, r := range summaryRestrictions(in) {
		if r.Code == caption.MandatoryCredit {
			mandatory = true
			if demanded == "" {
				demanded = r.Value
			}
		}
	}
	if !mandatory {
		return ""
	}
	if demanded == "" && in.Facts.Summary != nil && in.Facts.Summary.Credit != nil {
		demanded = *in.Facts.Summary.Credit
	}
	if demanded == "" {
		return ""
	}
	return fmt.Sprintf("print the credit %q", demanded)
}
