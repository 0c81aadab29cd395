package reconcile

import (
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
)

// newsroomCase is one photo whose caption says nothing of its credit, its
// metadata as newsroom systems store it, and what the summary must say.
// Names of people and small organisations are invented; agencies are
// real, their credit forms as the agencies write them.
type newsroomCase struct {
	name   string
	fields metatest.Fields
	xmp    map[string]any
	agency string // "<nil>" for none
	credit string // "<nil>" for none
	people string // ";"-joined
	where  string // "CC/City", "" for no location
}

var newsroomCases = []newsroomCase{
	{"registry agency mid-chain", fields("credit", "Jo Park/PA/Streamco"), nil, "PA", "Jo Park/PA/Streamco", "Jo Park", ""},
	{"lead agency", fields("credit", "REUTERS/Lena Varga"), nil, "Reuters", "REUTERS/Lena Varga", "Lena Varga", ""},
	{"misspelt agency", fields("credit", "RETUERS", "byline", []any{"Lena Varga"}), nil, "Reuters", "RETUERS", "Lena Varga", ""},
	{"web address", fields("credit", "www.gettyimages.com", "byline", []any{"Sam Oduya"}), nil, "Getty Images", "www.gettyimages.com", "Sam Oduya", ""},
	{"copyright notice alone", fields("copyright", "© 2023 Tidewater Images"), nil, "Tidewater Images", "Tidewater Images", "", ""},
	{"copyright marker in credit", fields("credit", "Copyright Tidewater Images"), nil, "Tidewater Images", "Tidewater Images", "", ""},
	{"byline names the organisations", fields("byline", []any{"Jo Park/BPI/REX"}), nil, "Shutterstock", "BPI/REX", "Jo Park", ""},
	{"byline Name#Agency", fields("byline", []any{"Ana Ruiz#AFP"}), nil, "AFP", "AFP", "Ana Ruiz", ""},
	{"lower-case byline", fields("credit", "AP", "byline", []any{"ana ruiz"}), nil, "AP", "AP", "Ana Ruiz", ""},
	{"handout byline", fields("credit", "AFP", "byline", []any{"HANDOUT"}), nil, "AFP", "AFP", "", ""},
	{"pool byline", fields("credit", "AFP", "byline", []any{"POOL"}), nil, "AFP", "AFP", "", ""},
	{"getty asset id only", fields("byline", []any{"Sam Oduya"}), map[string]any{"GettyImagesGIFT:AssetID": "1234567890"}, "Getty Images", "<nil>", "Sam Oduya", ""},
	{"partner before AP", fields("credit", "Jo Park/Lehtikuva/AP"), nil, "AP", "Jo Park/Lehtikuva/AP", "Jo Park", ""},
	{"archive with shelf marks", fields("credit", "Northwind Archive/Box 12/Folder 3"), nil, "Northwind Archive", "Northwind Archive/Box 12/Folder 3", "", ""},
	{"via AP", fields("credit", "Jo Park/Streamco via AP"), nil, "AP", "Jo Park/Streamco via AP", "Jo Park", ""},
	{"EPA credit and source", fields("credit", "EPA-EFE/Pavel Nord", "source", "EPA"), nil, "EPA", "EPA-EFE/Pavel Nord", "Pavel Nord", ""},
	{"dpa", fields("credit", "dpa", "byline", []any{"Jonas Keller"}), nil, "dpa", "dpa", "Jonas Keller", ""},
	{"agency full name", fields("credit", "Associated Press"), nil, "AP", "Associated Press", "", ""},
	{"AFP full name, capitals byline", fields("credit", "Agence France-Presse", "byline", []any{"Marc DUVAL"}), nil, "AFP", "Agence France-Presse", "Marc Duval", ""},
	{"library", fields("credit", "Alamy Stock Photo", "byline", []any{"Jo Park"}), nil, "Alamy", "Alamy Stock Photo", "Jo Park", ""},
	{"misspelt two words", fields("credit", "Gety Images"), nil, "Getty Images", "Gety Images", "", ""},
	{"misspelt full name", fields("credit", "Assocated Press"), nil, "AP", "Assocated Press", "", ""},
	{"source names the agency", fields("credit", "Jo Park", "source", "Reuters"), nil, "Reuters", "Jo Park", "Jo Park", ""},
	{"copyright year in credit", fields("credit", "(c) 2024 Jo Park/Anadolu Agency"), nil, "Anadolu", "Jo Park/Anadolu Agency", "Jo Park", ""},
	{"getty partner chain", fields("credit", "Jo Park/SOPA Images/LightRocket via Getty Images"), nil, "Getty Images", "Jo Park/SOPA Images/LightRocket via Getty Images", "Jo Park", ""},
	{"spaced partner chain", fields("credit", "Jo Park / Northwind Press / AFP"), nil, "AFP", "Jo Park / Northwind Press / AFP", "Jo Park", ""},
	{"copyright names the agency", fields("copyright", "Copyright 2022 Reuters. All rights reserved.", "byline", []any{"Lena Varga"}), nil, "Reuters", "Reuters", "Lena Varga", ""},
	{"stringer byline", fields("credit", "AFP", "byline", []any{"STRINGER"}), nil, "AFP", "AFP", "", ""},
	{"registry beats unknown credit", fields("credit", "Streamco", "source", "AP"), nil, "AP", "Streamco", "", ""},
	{"UK country", fields("credit", "PA", "city", "Leeds", "country", "UK"), nil, "PA", "PA", "", "GB/Leeds"},
	{"UK country code", fields("credit", "PA", "city", "Leeds", "country_code", "UK"), nil, "PA", "PA", "", "GB/Leeds"},
	{"alpha-3 in country", fields("credit", "AFP", "city", "Lyon", "country", "FRA"), nil, "AFP", "AFP", "", "FR/Lyon"},
	{"French country name", fields("credit", "AFP", "city", "Köln", "country", "Allemagne"), nil, "AFP", "AFP", "", "DE/Köln"},
	{"German country name", fields("credit", "dpa", "city", "Graz", "country", "Österreich"), nil, "dpa", "dpa", "", "AT/Graz"},
	{"Spanish country name", fields("credit", "EFE", "city", "Sevilla", "country", "España"), nil, "EFE", "EFE", "", "ES/Sevilla"},
	{"placeholder city", fields("credit", "ANSA", "city", "-", "country", "Italy"), nil, "ANSA", "ANSA", "", "IT/"},
	{"placeholders only", fields("credit", "ANSA", "city", "n/a", "country", "."), nil, "ANSA", "ANSA", "", ""},
	{"unknown country, code given", fields("credit", "AP", "city", "Denver", "country", "unknown", "country_code", "US"), nil, "AP", "AP", "", "US/Denver"},
	{"French name of the UK", fields("credit", "AFP", "city", "Leeds", "country", "Royaume-Uni"), nil, "AFP", "AFP", "", "GB/Leeds"},
}

func orNil(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func where(f *Facts) string {
	loc := f.Summary.Location
	if loc == nil || loc.CountryCode == "" && loc.City == "" {
		return ""
	}
	return loc.CountryCode + "/" + loc.City
}

// TestNewsroomCredits scores the summary on newsroomCases, field by
// field, and lists every miss. Run it with -v for the figures.
func TestNewsroomCredits(t *testing.T) {
	scoreNewsroom(t, "newsroom cases", newsroomCases, 95, 90)
}

// scoreNewsroom logs the share of cases whose agency, credit,
// photographers and location are right, each miss, and fails below the
// floors (agency; the others).
func scoreNewsroom(t *testing.T, label string, cases []newsroomCase, agencyFloor, floor float64) {
	t.Helper()
	var agency, credit, people, loc, nLoc int
	for _, tc := range cases {
		f := Reconcile(&imagemeta.Metadata{XMP: tc.xmp}, tc.fields.Typed(), nil, time.Time{})
		s := f.Summary
		check := func(n *int, what, got, want string) {
			if got == want {
				*n++
			} else {
				t.Logf("%s: %s %q, want %q", tc.name, what, got, want)
			}
		}
		check(&agency, "agency", orNil(s.Agency), tc.agency)
		check(&credit, "credit", orNil(s.Credit), tc.credit)
		check(&people, "photographers", strings.Join(s.Photographers, ";"), tc.people)
		if tc.where != "" || tc.fields["city"] != nil || tc.fields["country"] != nil {
			nLoc++
			check(&loc, "location", where(f), tc.where)
		}
	}
	n := len(cases)
	pct := func(k, of int) float64 { return 100 * float64(k) / float64(max(of, 1)) }
	t.Logf("%s (%d): agency %d (%.1f%%), credit %d (%.1f%%), photographers %d (%.1f%%), location %d/%d (%.1f%%)",
		label, n, agency, pct(agency, n), credit, pct(credit, n), people, pct(people, n), loc, nLoc, pct(loc, nLoc))
	if pct(agency, n) < agencyFloor || pct(credit, n) < floor || pct(people, n) < floor || pct(loc, nLoc) < floor {
		t.Errorf("want agency >= %.0f%%, credit, photographers and location >= %.0f%%", agencyFloor, floor)
	}
}

// heldOutCases were written after the credit reading was built and scored
// once before any change: the figure TestNewsroomHeldOut logs is how the
// reading does on credits it was not tuned on.
var heldOutCases = []newsroomCase{
	{"agency then unknown desk", fields("credit", "Mika Laine/Lehtikuva/Northdesk"), nil, "Lehtikuva", "Mika Laine/Lehtikuva/Northdesk", "Mika Laine", ""},
	{"kyodo via reuters", fields("credit", "Kyodo/via REUTERS", "byline", []any{"Kyodo"}), nil, "Reuters", "Kyodo/via REUTERS", "", ""},
	{"getty with collection byline", fields("credit", "Getty Images", "byline", []any{"Tom Beck"}, "source", "Getty Images Europe"), nil, "Getty Images", "Getty Images", "Tom Beck", ""},
	{"afp handout", fields("credit", "AFP", "byline", []any{"HO"}), nil, "AFP", "AFP", "", ""},
	{"reuters byline with agency", fields("byline", []any{"Lena Varga/Reuters"}), nil, "Reuters", "Reuters", "Lena Varga", ""},
	{"copyright with agency and person", fields("copyright", "© Lena Varga / Reuters 2021"), nil, "Reuters", "Lena Varga/Reuters", "Lena Varga", ""},
	{"web form with path", fields("credit", "www.alamy.com"), nil, "Alamy", "www.alamy.com", "", ""},
	{"run together", fields("credit", "GETTYIMAGES"), nil, "Getty Images", "GETTYIMAGES", "", ""},
	{"misspelt shutterstock", fields("credit", "Shuterstock", "byline", []any{"Nia Obi"}), nil, "Shutterstock", "Shuterstock", "Nia Obi", ""},
	{"short code never fuzzed", fields("credit", "APF"), nil, "APF", "APF", "", ""},
	{"hash byline getty", fields("byline", []any{"Tom Beck#Getty Images"}), nil, "Getty Images", "Getty Images", "Tom Beck", ""},
	{"pool credit", fields("credit", "POOL", "byline", []any{"Nia Obi"}, "source", "AFP"), nil, "AFP", "POOL", "Nia Obi", ""},
	{"epa credit lower case", fields("credit", "epa", "byline", []any{"Pavel Nord"}), nil, "EPA", "epa", "Pavel Nord", ""},
	{"copyright alone person", fields("copyright", "(c) Nia Obi 2020"), nil, "<nil>", "Nia Obi", "Nia Obi", ""},
	{"archive collection", fields("credit", "Harbour Museum Collection/Album 3/Plate 7"), nil, "Harbour Museum Collection", "Harbour Museum Collection/Album 3/Plate 7", "", ""},
	{"country code lower", fields("credit", "AP", "city", "Austin", "country_code", "us"), nil, "AP", "AP", "", "US/Austin"},
	{"country name German", fields("credit", "dpa", "city", "Bern", "country", "Schweiz"), nil, "dpa", "dpa", "", "CH/Bern"},
	{"country alpha-2 in country", fields("credit", "ANP", "city", "Utrecht", "country", "NL"), nil, "ANP", "ANP", "", "NL/Utrecht"},
	{"placeholder dash country code", fields("credit", "PA", "city", "Cardiff", "country_code", "-", "country", "Wales"), nil, "PA", "PA", "", "GB/Cardiff"},
	{"none city", fields("credit", "EFE", "city", "none", "country", "Mexique"), nil, "EFE", "EFE", "", "MX/"},
}

func TestNewsroomHeldOut(t *testing.T) {
	scoreNewsroom(t, "held-out cases", heldOutCases, 85, 85)
}
