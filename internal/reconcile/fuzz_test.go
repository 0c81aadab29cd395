package reconcile

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/wirecap/wirecap/imagemeta"
)

// FuzzCreditReading feeds the credit fields, a desk template and a country
// field: never a panic; the match is one of the four; the printed credit
// holds no placeholder; a country code is two capitals.
func FuzzCreditReading(f *testing.F) {
	for _, tc := range newsroomCases {
		in := func(name string) string {
			if fl := tc.fields[name]; fl != nil {
				if s, ok := fl.Value.(string); ok {
					return s
				}
				if l, ok := fl.Value.([]any); ok && len(l) > 0 {
					return l[0].(string)
				}
			}
			return ""
		}
		f.Add(in("credit"), in("source"), in("byline"), in("copyright"), in("country"), "{photographers}/{intermediary}/{agency}")
	}
	f.Add("RETUERS", "", "jo park", "© 2024", "UK", "{agency}|{photographers}")
	f.Add("See caption", "#", "HANDOUT#1", "(c)", "-", "{}")
	f.Fuzz(func(t *testing.T, credit, source, byline, copyright, country, tmpl string) {
		for _, s := range []string{credit, source, byline, copyright, country, tmpl} {
			if !utf8.ValidString(s) {
				return
			}
		}
		fs := fields("credit", credit, "source", source, "byline", []any{byline}, "copyright", copyright, "country", country)
		o := Options{}
		if ValidateTemplate(tmpl) == nil {
			o.CreditTemplates = map[string]string{"*": tmpl}
		}
		fa := ReconcileOpts(&imagemeta.Metadata{}, fs.Typed(), nil, nil, time.Time{}, o)
		s := fa.Summary
		if s.AgencyMatch != nil && !slices.Contains([]string{"exact", "alias", "fuzzy", "identifier"}, *s.AgencyMatch) {
			t.Fatalf("agency_match %q", *s.AgencyMatch)
		}
		if s.AgencyMatch != nil && s.Agency == nil {
			t.Fatal("agency_match without an agency")
		}
		if s.CreditPrint != nil && strings.ContainsAny(*s.CreditPrint, "{}") && !strings.ContainsAny(credit+source+byline+copyright, "{}") {
			t.Fatalf("credit_print %q keeps a placeholder", *s.CreditPrint)
		}
		if l := s.Location; l != nil && l.CountryCode != "" && (len(l.CountryCode) != 2 || strings.ToUpper(l.CountryCode) != l.CountryCode) {
			t.Fatalf("country code %q", l.CountryCode)
		}
		if err := ValidateTemplate(tmpl); err == nil {
			out := RenderCredit(tmpl, map[string]string{PhPhotographers: "P", PhIntermediary: "I", PhAgency: "A"})
			for _, ph := range placeholders {
				if strings.Contains(out, ph) {
					t.Fatalf("RenderCredit(%q) = %q", tmpl, out)
				}
			}
		}
	})
}
