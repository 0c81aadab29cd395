package reconcile

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
)

// TestAgencyFromCreditSourceAlone: the agency of a photo whose only
// credit is IPTC Credit or Source, as newsroom systems receive them
// (invented photographers and partners, real agencies).
func TestAgencyFromCreditSourceAlone(t *testing.T) {
	for _, tc := range []struct{ field, value, agency string }{
		{"credit", "Jo Park/PA/Streamco", "PA"},
		{"credit", "PA Wire", "PA"},
		{"credit", "REUTERS/Lena Varga", "Reuters"},
		{"credit", "RETUERS", "Reuters"},
		{"source", "Reuters", "Reuters"},
		{"credit", "Jo Park/AP", "AP"},
		{"credit", "Jo Park/Lehtikuva/AP", "AP"},
		{"credit", "Jo Park/Streamco via AP", "AP"},
		{"credit", "AP Photo/Jo Park", "AP"},
		{"credit", "Photo by Jo Park/Getty Images", "Getty Images"},
		{"credit", "Jo Park/Northwind Press via Getty Images", "Getty Images"},
		{"source", "Getty Images Europe", "Getty Images"},
		{"credit", "www.gettyimages.com", "Getty Images"},
		{"credit", "Jo Park/AFP", "AFP"},
		{"credit", "AFP PHOTO/Jo Park", "AFP"},
		{"credit", "Jo Park/Sputnik/AFP", "AFP"},
		{"source", "Agence France-Presse", "AFP"},
		{"credit", "EPA-EFE/Pavel Nord", "EPA"},
		{"credit", "EPA/Pavel Nord", "EPA"},
		{"credit", "© 2024 Jonas Keller/dpa", "dpa"},
		{"credit", "picture alliance/dpa/Jonas Keller", "dpa"},
		{"credit", "Jo Park/BPI/REX/Shutterstock", "Shutterstock"},
		{"credit", "Alamy Stock Photo", "Alamy"},
		{"credit", "ANP/Jo Park", "ANP"},
		{"credit", "Xinhua/Li Wen", "Xinhua"},
		{"credit", "Anadolu Agency", "Anadolu"},
		{"credit", "KYODO NEWS", "Kyodo"},
		{"credit", "AAP Image/Jo Park", "AAP"},
		{"credit", "THE CANADIAN PRESS/Jo Park", "The Canadian Press"},
		{"credit", "Copyright 2023 Associated Press", "AP"},
		{"source", "Shuterstock", "Shutterstock"},
	} {
		f := Reconcile(&imagemeta.Metadata{}, fields(tc.field, tc.value).Typed(), nil, time.Time{})
		if got := orNil(f.Summary.Agency); got != tc.agency {
			t.Errorf("%s %q: agency %s, want %s", tc.field, tc.value, got, tc.agency)
		}
	}
}

// TestCreditReading: one class per row, the summary's credit fields.
func TestCreditReading(t *testing.T) {
	for _, tc := range []struct {
		name                                         string
		fields                                       metatest.Fields
		agency, match, credit, people, inter, source string
	}{
		{"registry in chain", fields("credit", "Jo Park/PA/Streamco"), "PA", "exact", "Jo Park/PA/Streamco", "Jo Park", "Streamco", ""},
		{"via says otherwise", fields("credit", "Jo Park via AP"), "AP", "exact", "Jo Park via AP", "Jo Park", "", "handout"},
		{"fuzzy", fields("credit", "RETUERS"), "Reuters", "fuzzy", "RETUERS", "", "", ""},
		{"alias", fields("credit", "Thomson Reuters"), "Reuters", "alias", "Thomson Reuters", "", "", ""},
		{"unknown agency", fields("credit", "Streamco"), "Streamco", "<nil>", "Streamco", "", "", ""},
		{"copyright stripped", fields("credit", "© 2024 Jo Park/AFP"), "AFP", "exact", "Jo Park/AFP", "Jo Park", "", ""},
		{"copyright notice gives holder", fields("copyright", "Copyright 2022 Tidewater Images. All rights reserved."), "Tidewater Images", "<nil>", "Tidewater Images", "", "", ""},
		{"long copyright notice is no credit", fields("copyright", "This image may only be used to illustrate the event it shows and never in advertising of any kind"), "<nil>", "<nil>", "<nil>", "", "", ""},
		{"copyright person", fields("copyright", "© Jo Park", "credit", "Reuters"), "Reuters", "exact", "Reuters", "Jo Park", "", ""},
		{"byline orgs", fields("byline", []any{"Jo Park/BPI/REX"}), "Shutterstock", "alias", "BPI/REX", "Jo Park", "BPI", ""},
		{"byline handout", fields("byline", []any{"HANDOUT"}, "credit", "Ministry of Culture"), "Ministry of Culture", "<nil>", "Ministry of Culture", "", "", "handout"},
		{"byline pool", fields("byline", []any{"POOL"}, "credit", "Reuters"), "Reuters", "exact", "Reuters", "", "", "pool"},
		{"Name#Agency", fields("byline", []any{"Ana Ruiz#AFP"}), "AFP", "exact", "AFP", "Ana Ruiz", "", ""},
		{"lower-case byline", fields("byline", []any{"ana de la cruz"}), "<nil>", "<nil>", "<nil>", "Ana de la Cruz", "", ""},
		{"lower-case org byline", fields("byline", []any{"reuters"}), "Reuters", "exact", "reuters", "", "", ""},
		{"two bylines", fields("byline", []any{"Jo Park", "Lena Varga"}, "credit", "AP"), "AP", "exact", "AP", "Jo Park;Lena Varga", "", ""},
		{"intermediary", fields("credit", "Jo Park/Lehtikuva/AP"), "AP", "exact", "Jo Park/Lehtikuva/AP", "Jo Park", "Lehtikuva", ""},
		{"intermediaries from byline too", fields("credit", "AP", "byline", []any{"Jo Park/Scanpix/AP"}), "AP", "exact", "AP", "Jo Park", "Ritzau Scanpix", ""},
		{"see caption note is no credit", fields("credit", "See caption", "source", "AFP"), "AFP", "exact", "AFP", "", "", ""},
	} {
		s := Reconcile(&imagemeta.Metadata{}, tc.fields.Typed(), nil, time.Time{}).Summary
		src := ""
		if s.Source != nil {
			src = string(s.Source.Kind)
		}
		got := []string{orNil(s.Agency), orNil(s.AgencyMatch), orNil(s.Credit), strings.Join(s.Photographers, ";"), strings.Join(s.Intermediaries, ";"), src}
		want := []string{tc.agency, tc.match, tc.credit, tc.people, tc.inter, tc.source}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, want)
		}
	}
}

// TestCaptionCreditWins: the caption's credit speaks first; its agency's
// match is read from its own credit, the metadata adds intermediaries
// only for the same agency.
func TestCaptionCreditWins(t *testing.T) {
	cp := parse(t, "A market in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)")
	s := Reconcile(&imagemeta.Metadata{}, fields("credit", "REUTERS", "byline", []any{"Someone Else"}).Typed(), cp, time.Time{}).Summary
	if orNil(s.Agency) != "AFP" || orNil(s.AgencyMatch) != "exact" || orNil(s.CreditPrint) != "Jean Dupont/AFP" || len(s.Intermediaries) != 0 {
		t.Errorf("agency %s (%s), print %s, intermediaries %v", orNil(s.Agency), orNil(s.AgencyMatch), orNil(s.CreditPrint), s.Intermediaries)
	}
}

// TestIdentifiersEvidence: identifiers reach the summary with the file
// name; an agency's own id names the agency only when no field does.
func TestIdentifiersEvidence(t *testing.T) {
	getty := &imagemeta.Metadata{XMP: map[string]any{"GettyImagesGIFT:AssetID": "1234567890"}}
	f := ReconcileOpts(getty, fields("byline", []any{"Sam Oduya"}).Typed(), nil, nil, time.Time{}, Options{FileName: "GettyImages-1234567890.jpg"})
	s := f.Summary
	if orNil(s.Agency) != "Getty Images" || orNil(s.AgencyMatch) != MatchIdentifier || orNil(s.CreditPrint) != "Photo by Sam Oduya/Getty Images" {
		t.Errorf("agency %s (%s), print %s", orNil(s.Agency), orNil(s.AgencyMatch), orNil(s.CreditPrint))
	}
	if got := fmt.Sprint(s.Identifiers); got != "[{getty_asset_id 1234567890 xmp} {file_name GettyImages-1234567890.jpg file}]" {
		t.Errorf("identifiers %s", got)
	}
	f = Reconcile(getty, fields("credit", "Jo Park/AFP").Typed(), nil, time.Time{})
	if orNil(f.Summary.Agency) != "AFP" {
		t.Errorf("a field's agency must win over an identifier's: %s", orNil(f.Summary.Agency))
	}
	reuters := &imagemeta.Metadata{IPTC: map[string]any{"ObjectName": "RC2AB3CD4EF5", "FixtureIdentifier": "Ukraine-Crisis"}}
	if s := Reconcile(reuters, fields("city", "Kyiv").Typed(), nil, time.Time{}).Summary; orNil(s.Agency) != "Reuters" || len(s.Identifiers) != 2 {
		t.Errorf("Reuters id: agency %s, identifiers %v", orNil(s.Agency), s.Identifiers)
	}
}

// TestCreditTruncated: an IIM Credit cut at 32 bytes that starts the XMP
// credit, or a note in place of a credit; a short IIM credit equal to
// XMP's, or one that differs, is neither.
func TestCreditTruncated(t *testing.T) {
	long := "Jo Park/Northwind Press Agency/Streamco Images"
	cut := long[:32]
	for _, tc := range []struct {
		name    string
		sources map[string]any
		want    string
	}{
		{"cut at 32 bytes", map[string]any{"iptc": cut, "xmp": long}, "prefix iptc " + cut},
		{"cut, trailing space trimmed", map[string]any{"iptc": long[:31] + " ", "xmp": long[:31] + " and more"}, "prefix iptc " + long[:31] + " "},
		{"same credit", map[string]any{"iptc": "Jo Park/AFP", "xmp": "Jo Park/AFP"}, "<nil>"},
		{"short and different", map[string]any{"iptc": "Jo Park", "xmp": "Jo Park/AFP"}, "<nil>"},
		{"at the limit, not a prefix", map[string]any{"iptc": strings.Repeat("x", 32), "xmp": long}, "<nil>"},
		{"see caption", map[string]any{"iptc": "SEE CAPTION"}, "note iptc SEE CAPTION"},
		{"voir légende", map[string]any{"xmp": "Voir légende"}, "note xmp Voir légende"},
	} {
		fs := metatest.Fields{"credit": {Value: tc.sources["xmp"], Sources: tc.sources}}
		if fs["credit"].Value == nil {
			fs["credit"].Value = tc.sources["iptc"]
		}
		tr := Reconcile(&imagemeta.Metadata{}, fs.Typed(), nil, time.Time{}).CreditTruncated
		got := "<nil>"
		if tr != nil {
			got = tr.Kind + " " + tr.Field + " " + tr.Value
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCreditUnrecognised: a credit no rule recognises (an organisation
// the registry does not know, or nothing at all) is reported; an agency,
// a photographer or a source kind is recognised.
func TestCreditUnrecognised(t *testing.T) {
	for _, tc := range []struct {
		credit, want string
	}{
		{"Streamco", "Streamco"}, {"12345", "12345"}, {"Jo Park/AFP", ""}, {"Jo Park", ""}, {"HANDOUT", ""}, {"RETUERS", ""},
	} {
		f := Reconcile(&imagemeta.Metadata{}, fields("credit", tc.credit).Typed(), nil, time.Time{})
		if f.CreditUnrecognised != tc.want {
			t.Errorf("%q: unrecognised %q, want %q", tc.credit, f.CreditUnrecognised, tc.want)
		}
	}
}

// TestLocationFields: placeholders, non-ISO and ISO codes in either
// field, country names in the desk's four languages.
func TestLocationFields(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields metatest.Fields
		want   string // code|country|city|text
	}{
		{"UK in country", fields("country", "UK", "city", "Leeds"), "GB|United Kingdom|Leeds|Leeds, United Kingdom"},
		{"UK code", fields("country_code", "UK", "country", "England"), "GB|England||England"},
		{"EL code", fields("country_code", "EL"), "GR|||"},
		{"alpha-3 in country", fields("country", "DEU"), "DE|Germany||Germany"},
		{"lower-case code in code field", fields("country_code", "fr"), "FR|||"},
		{"French", fields("country", "Espagne"), "ES|Espagne||Espagne"},
		{"German", fields("country", "Frankreich"), "FR|Frankreich||Frankreich"},
		{"Spanish", fields("country", "Alemania"), "DE|Alemania||Alemania"},
		{"English", fields("country", "Ireland"), "IE|Ireland||Ireland"},
		{"placeholders dropped", fields("city", "-", "sublocation", ".", "region", "n/a", "country", "Norway"), "NO|Norway||Norway"},
		{"placeholder country", fields("country", "unknown", "city", "Oslo"), "||Oslo|Oslo"},
		{"placeholder code, name used", fields("country_code", "--", "country", "Suisse"), "CH|Suisse||Suisse"},
		{"bad code, name used", fields("country_code", "XX", "country", "Austria"), "AT|Austria||Austria"},
		{"nothing", fields("city", "none"), "<nil>"},
	} {
		f := Reconcile(&imagemeta.Metadata{}, tc.fields.Typed(), nil, time.Time{})
		got := "<nil>"
		if l := f.Summary.Location; l != nil {
			got = strings.Join([]string{l.CountryCode, l.Country, l.City, l.Text}, "|")
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSummaryJSONLists: a summary built by hand writes its lists as
// arrays, as the sidecar schema requires.
func TestSummaryJSONLists(t *testing.T) {
	b, err := json.Marshal(&Summary{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"photographers":[]`, `"restrictions":[]`, `"identifiers":[]`, `"intermediaries":[]`, `"credit_print":null`, `"agency_match":null`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("%s lacks %s", b, k)
		}
	}
}
