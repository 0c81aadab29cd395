package check

import (
	"github.com/wirecap/wirecap/record"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// facts builds reconciled facts by hand: an agency ("" for none), whether
// any rights information exists, and the caption's restrictions.
func facts(agency string, rights bool, rs ...caption.Restriction) *reconcile.Facts {
	s := &reconcile.Summary{Photographers: []string{}, Restrictions: rs}
	if agency != "" {
		s.Agency = &agency
	}
	f := &reconcile.Facts{Summary: s, RightsInfo: rights || agency != "" || len(rs) > 0,
		Fields: &imagemeta.Fields{}, Credits: map[string][]caption.CreditLine{},
		BySource: map[string][]caption.Restriction{reconcile.FromCaption: rs}}
	if agency != "" {
		f.Fields.Credit = &imagemeta.Field[string]{Value: agency, Sources: map[string]string{"iptc": agency}, InSync: true}
	}
	return f
}

func r(code string, opts ...func(*caption.Restriction)) caption.Restriction {
	x := caption.Restriction{Code: code, Text: code + " words"}
	for _, o := range opts {
		o(&x)
	}
	return x
}

func scope(s ...string) func(*caption.Restriction) {
	return func(x *caption.Restriction) { x.Scope = s }
}
func onlyIn(s ...string) func(*caption.Restriction) {
	return func(x *caption.Restriction) { x.OnlyIn = s }
}
func untilT(t string) func(*caption.Restriction) {
	u, err := time.Parse(time.RFC3339, t)
	if err != nil {
		panic(err)
	}
	return func(x *caption.Restriction) { x.Until = u }
}
func value(v string) func(*caption.Restriction) { return func(x *caption.Restriction) { x.Value = v } }

// TestVerdictTable is README's verdict table: use × restriction ×
// territory × licence. Each row states the decision and a word of the
// reason that must explain it.
func TestVerdictTable(t *testing.T) {
	afpOnline := map[string][]string{"AFP": {"editorial", "online"}}
	afpMarketing := map[string][]string{"afp": {"editorial", "marketing"}}
	everyMarketing := map[string][]string{"*": {"editorial", "marketing"}}
	before, after := "2024-03-06T00:01:00Z", "2024-03-01T00:00:00Z" // as-of is 2024-03-05 12:00
	for _, tc := range []struct {
		name      string
		use, terr string
		agency    string
		rights    bool
		licences  map[string][]string
		rs        []caption.Restriction
		want      Decision
		word      string
	}{
		// Licence model.
		{"no rights, editorial", "editorial", "", "", false, nil, nil, Review, "rights.unknown: No credit"},
		{"no rights, online", "online", "", "", false, nil, nil, Review, "no rights statement"},
		{"no rights, social", "social", "", "", false, nil, nil, Review, "rights.unknown"},
		{"no rights, marketing", "marketing", "", "", false, nil, nil, Review, "no rights information"},
		{"no rights, advertising", "advertising", "", "", false, nil, nil, Review, "no rights information"},
		{"no rights, commercial", "commercial", "", "", false, nil, nil, Review, "no rights information"},
		{"agency, editorial", "editorial", "", "AFP", true, nil, nil, Allow, ""},
		{"agency, print", "print", "", "AFP", true, nil, nil, Allow, ""},
		{"agency, marketing, no licence", "marketing", "", "AFP", true, nil, nil, Review, "licensed for editorial"},
		{"agency, commercial, no licence", "commercial", "", "Reuters", true, nil, nil, Review, "licensed for editorial"},
		{"handout third party, marketing", "marketing", "", "AFP", true, nil, []caption.Restriction{r(caption.ThirdPartySupplied)}, Review, "licensed for editorial"},
		{"rights holder without agency, marketing", "marketing", "", "", true, nil, nil, Review, "no licence for marketing"},
		{"licence grants marketing", "marketing", "", "AFP", true, afpMarketing, nil, Allow, ""},
		{"licence covers online", "online", "", "AFP", true, afpOnline, nil, Allow, ""},
		{"licence does not cover print", "print", "", "AFP", true, afpOnline, nil, Review, "covers editorial, online, not print"},
		{"licence does not cover marketing", "marketing", "", "AFP", true, afpOnline, nil, Review, "not marketing"},
		{"star licence", "marketing", "", "", true, everyMarketing, nil, Allow, ""},
		{"licence cannot lift a restriction", "marketing", "", "AFP", true, afpMarketing, []caption.Restriction{r(caption.EditorialOnly)}, Deny, "forbids marketing"},
		// Use restrictions.
		{"editorial only, editorial", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.EditorialOnly)}, Allow, ""},
		{"editorial only, advertising", "advertising", "", "AFP", true, nil, []caption.Restriction{r(caption.EditorialOnly)}, Deny, "forbids advertising"},
		{"no marketing, marketing", "marketing", "", "AFP", true, nil, []caption.Restriction{r(caption.NoMarketing)}, Deny, "NO_MARKETING"},
		{"no marketing, editorial", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.NoMarketing)}, Allow, ""},
		{"no advertising, marketing", "marketing", "", "AFP", true, nil, []caption.Restriction{r(caption.NoAdvertising)}, Deny, "NO_ADVERTISING"},
		{"no commercial, commercial", "commercial", "", "AFP", true, afpMarketing, []caption.Restriction{r(caption.NoCommercial)}, Deny, "NO_COMMERCIAL"},
		{"no sales, commercial", "commercial", "", "AFP", true, nil, []caption.Restriction{r(caption.NoSales)}, Deny, "NO_SALES"},
		{"no archive, archive", "archive", "", "AFP", true, nil, []caption.Restriction{r(caption.NoArchive)}, Deny, "NO_ARCHIVE"},
		{"no archive, online", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.NoArchive)}, Allow, ""},
		{"no books, book", "book", "", "AFP", true, nil, []caption.Restriction{r(caption.NoBooks)}, Deny, "NO_BOOKS"},
		{"exclusive", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.Exclusive)}, Review, "EXCLUSIVE"},
		{"context only", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.ContextOnly)}, Review, "CONTEXT_ONLY"},
		{"graphic", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.GraphicContent)}, Review, "GRAPHIC_CONTENT"},
		{"unverified", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.Unverified)}, Review, "UNVERIFIED"},
		{"other", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.OtherRestriction)}, Review, "OTHER"},
		{"mandatory credit", "editorial", "", "AFP", true, nil, []caption.Restriction{r(caption.MandatoryCredit, value("AFP PHOTO / X"))}, Allow, "print the credit"},
		// Territories.
		{"OUT, listed territory", "editorial", "JP", "AP", true, nil, []caption.Restriction{r(caption.Out, scope("JP"))}, Deny, "not for use in JP"},
		{"OUT, territory given as alpha-3", "editorial", "DEU", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("DE"))}, Deny, "not for use in DE"},
		{"OUT, territory given as a name", "editorial", "Germany", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("DE"))}, Deny, "not for use in DE"},
		{"OUT, other territory", "editorial", "FR", "AP", true, nil, []caption.Restriction{r(caption.Out, scope("JP"))}, Allow, ""},
		{"OUT, a bloc wirecap cannot map", "editorial", "FR", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("EU"))}, Review, `excludes "EU"`},
		{"OUT, an outlet", "editorial", "FR", "Xinhua", true, nil, []caption.Restriction{r(caption.Out, scope("CCTV"))}, Review, `excludes "CCTV"`},
		{"OUT, no territory given", "editorial", "", "AP", true, nil, []caption.Restriction{r(caption.Out, scope("JP"))}, Review, "no --territory"},
		{"OUT, second territory", "editorial", "IE", "PA", true, nil, []caption.Restriction{r(caption.Out, scope("GB", "IE"))}, Deny, "IE"},
		{"two OUTs, second scope", "editorial", "FR", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("JP")), r(caption.Out, scope("CN", "HK", "JP", "KR", "FR"))}, Deny, "not for use in FR"},
		{"OUT use, that use", "social", "", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("social"))}, Deny, "no social use"},
		{"OUT use, other use", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("social"))}, Allow, ""},
		{"OUT use and territory, that use anywhere", "print", "FR", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("print", "DE"))}, Deny, "no print use"},
		{"OUT use and territory, no territory", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("print", "DE"))}, Review, "no --territory"},
		{"OUT unknown name", "editorial", "FR", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("Daily Planet"))}, Review, "Daily Planet"},
		// Issue 15: every spelling of a territory meets the OUT that names it.
		{"OUT GB, territory UK", "editorial", "UK", "Getty Images", true, nil, []caption.Restriction{r(caption.Out, scope("GB", "IE"))}, Deny, "not for use in GB"},
		{"OUT GB, territory England", "editorial", "England", "Getty Images", true, nil, []caption.Restriction{r(caption.Out, scope("GB"))}, Deny, "not for use in GB"},
		{"OUT GB, territory GBR", "editorial", "GBR", "Getty Images", true, nil, []caption.Restriction{r(caption.Out, scope("GB"))}, Deny, "not for use in GB"},
		{"OUT scope UK, territory GB", "editorial", "GB", "PA", true, nil, []caption.Restriction{r(caption.Out, scope("UK"))}, Deny, "not for use in GB"},
		{"OUT scope EL, territory Greece", "editorial", "Greece", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("EL"))}, Deny, "not for use in GR"},
		{"OUT GB, territory Ireland", "editorial", "Irlande", "PA", true, nil, []caption.Restriction{r(caption.Out, scope("GB"))}, Allow, ""},
		{"OUT withdrawn code in scope", "editorial", "RU", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("SU"))}, Review, `excludes "SU"`},
		{"territory a withdrawn code", "editorial", "SU", "AFP", true, nil, []caption.Restriction{r(caption.Out, scope("RU"))}, Review, "withdrawn"},
		{"only in UK, territory GB", "editorial", "GB", "IMAGO", true, nil, []caption.Restriction{r(caption.Out, onlyIn("UK"))}, Allow, ""},
		{"only in, a name no country answers", "editorial", "GB", "IMAGO", true, nil, []caption.Restriction{r(caption.Out, onlyIn("Atlantis"))}, Review, "Atlantis"},
		{"only in, outside", "editorial", "FR", "IMAGO", true, nil, []caption.Restriction{r(caption.Out, onlyIn("DE", "CH", "AT"))}, Deny, "only in DE, CH, AT, not FR"},
		{"only in, inside", "editorial", "DE", "IMAGO", true, nil, []caption.Restriction{r(caption.Out, onlyIn("DE", "CH", "AT"))}, Allow, ""},
		{"only in, no territory", "editorial", "", "IMAGO", true, nil, []caption.Restriction{r(caption.Out, onlyIn("DE", "CH", "AT"))}, Review, "no --territory"},
		// Time.
		{"embargo, before", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Embargo, untilT(before))}, Deny, "Embargoed until"},
		{"embargo, after", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Embargo, untilT(after))}, Allow, ""},
		{"embargo without end", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Embargo)}, Review, "end time could not be read"},
		{"expiry, passed", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Expires, untilT(after))}, Deny, "licence ended"},
		{"expiry, ahead", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Expires, untilT(before))}, Allow, ""},
		{"expiry without end", "online", "", "AFP", true, nil, []caption.Restriction{r(caption.Expires)}, Review, "end time could not be read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := &Input{File: "p.jpg", Facts: facts(tc.agency, tc.rights, tc.rs...), Meta: &imagemeta.Metadata{},
				Use: tc.use, Territory: tc.terr, AsOf: asOf, Policy: DefaultPolicy()}
			in.Policy.Licences = tc.licences
			fs, v := Run(in)
			if v.Decision != tc.want {
				t.Errorf("decision %s, want %s; reasons %q; findings %s", v.Decision, tc.want, v.Reasons, rulesOf(fs))
			}
			if all := strings.Join(v.Reasons, " | "); !strings.Contains(all, tc.word) {
				t.Errorf("reasons %q do not say %q", all, tc.word)
			}
			verdictFinding := string(map[Decision]Code{Deny: record.UseDenied, Review: record.UseReview, Allow: ""}[tc.want])
			if got := rulesOf(fs); verdictFinding != "" && !strings.HasSuffix(got, verdictFinding) {
				t.Errorf("findings %s do not end with %s", got, verdictFinding)
			}
		})
	}
}

// TestValidityWindow: the verdict says until when it holds, so that a
// sidecar is not reused across an embargo's end.
func TestValidityWindow(t *testing.T) {
	in := &Input{Facts: facts("AFP", true, r(caption.Embargo, untilT("2024-03-06T00:01:00Z")), r(caption.Expires, untilT("2024-04-01T00:00:00Z"))),
		Meta: &imagemeta.Metadata{}, Use: "online", AsOf: asOf, Policy: DefaultPolicy()}
	_, v := Run(in)
	if v.ValidUntil == nil || *v.ValidUntil != "2024-03-06T00:01:00Z" || v.ValidFrom != nil {
		t.Errorf("window [%v, %v), want [nil, 2024-03-06T00:01:00Z)", deref(v.ValidFrom), deref(v.ValidUntil))
	}
	in.AsOf = time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC)
	_, v = Run(in)
	if v.Decision != Allow || deref(v.ValidFrom) != "2024-03-06T00:01:00Z" || deref(v.ValidUntil) != "2024-04-01T00:00:00Z" {
		t.Errorf("after the embargo: %s [%v, %v)", v.Decision, deref(v.ValidFrom), deref(v.ValidUntil))
	}
	in.AsOf = time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC)
	if _, v = Run(in); v.Decision != Deny || v.ValidUntil != nil {
		t.Errorf("after the expiry: %s until %v", v.Decision, deref(v.ValidUntil))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestMetadataIncomplete(t *testing.T) {
	m := &imagemeta.Metadata{Format: "jpeg", Width: 10, Height: 10, Notes: []imagemeta.Note{
		{Kind: "xmp", Message: "packet cut at byte 812: photoshop:Instructions unread", Incomplete: true},
		{Kind: "charset", Message: "IIM read as Latin-1"},
	}}
	for _, tc := range []struct {
		use     string
		want    Decision
		readErr error
		n       int
	}{
		{"editorial", Allow, nil, 1},
		{"online", Review, nil, 1},
		{"marketing", Review, nil, 1},
		{"editorial", Deny, errTest("jpeg: no end marker"), 2}, // file.unreadable is an error
	} {
		in := &Input{File: "p.jpg", Facts: facts("AFP", false), Meta: m, Use: tc.use, AsOf: asOf, Policy: DefaultPolicy(), ReadError: tc.readErr}
		in.Policy.Licences = map[string][]string{"*": Uses}
		fs, v := Run(in)
		var msgs []string
		for _, f := range fs {
			if f.Rule == "metadata.incomplete" {
				if f.Severity != Warning {
					t.Errorf("severity %s", f.Severity)
				}
				msgs = append(msgs, f.Message)
			}
		}
		if len(msgs) != tc.n || !strings.Contains(msgs[0], "photoshop:Instructions") {
			t.Errorf("%s: metadata.incomplete findings %q, want %d naming what was lost", tc.use, msgs, tc.n)
		}
		if v.Decision != tc.want {
			t.Errorf("%s (read error %v): decision %s, want %s %q", tc.use, tc.readErr, v.Decision, tc.want, v.Reasons)
		}
	}
}

type errTest string

func (e errTest) Error() string { return string(e) }

func TestInternalError(t *testing.T) {
	in := &Input{File: "p.jpg", Facts: facts("AFP", true), Meta: &imagemeta.Metadata{}, Use: "editorial", AsOf: asOf,
		Policy: DefaultPolicy(), Internal: []StageError{{Stage: "parse", Message: "index out of range"}}}
	fs, v := Run(in)
	if rulesOf(fs) != "internal.error,use.denied" || fs[0].Severity != Error || !strings.Contains(fs[0].Message, "parse") || v.Decision != Deny {
		t.Errorf("findings %s (%v), decision %s", rulesOf(fs), fs, v.Decision)
	}
}

func TestEffect(t *testing.T) {
	for _, tc := range []struct {
		r         caption.Restriction
		use, terr string
		want      string
	}{
		{r(caption.Embargo, untilT("2024-03-06T00:01:00Z")), "online", "", "deny"},
		{r(caption.Embargo, untilT("2024-03-01T00:00:00Z")), "online", "", "fine"},
		{r(caption.Embargo), "online", "", "review"},
		{r(caption.Expires, untilT("2024-03-01T00:00:00Z")), "online", "", "deny"},
		{r(caption.Out, scope("JP")), "editorial", "JP", "deny"},
		{r(caption.Out, scope("JP")), "editorial", "", "review"},
		{r(caption.Out, scope("JP")), "editorial", "FR", "fine"},
		{r(caption.Out, scope("GB", "IE")), "editorial", "UK", "deny"},
		{r(caption.Out, scope("UK")), "editorial", "England", "deny"},
		{r(caption.NoMarketing), "marketing", "", "deny"},
		{r(caption.Unverified), "editorial", "", "review"},
	} {
		if got := Effect(tc.r, tc.use, tc.terr, asOf); got != tc.want {
			t.Errorf("Effect(%s %v %s, %s, %q) = %s, want %s", tc.r.Code, tc.r.Scope, tc.r.Until, tc.use, tc.terr, got, tc.want)
		}
	}
}

// TestFuzzyAgencyLicence: a credit one letter off an agency's name does
// not inherit that agency's licence for a paid use.
func TestFuzzyAgencyLicence(t *testing.T) {
	for _, match := range []string{"exact", "fuzzy"} {
		f := facts("Northwind Photos", true)
		m := match
		f.Summary.AgencyMatch = &m
		in := &Input{File: "x.jpg", Facts: f, Use: "marketing", AsOf: asOf,
			Policy: Policy{ArchiveDays: 30, Licences: map[string][]string{"Northwind Photos": {"editorial", "marketing"}}}}
		_, v := Run(in)
		want := map[string]Decision{"exact": Allow, "fuzzy": Review}[match]
		if v.Decision != want {
			t.Errorf("%s match, licensed agency, marketing: %s, want %s (%v)", match, v.Decision, want, v.Reasons)
		}
	}
}
