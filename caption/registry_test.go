package caption

import (
	"slices"
	"strings"
	"testing"
)

// TestRegistry checks the table itself: size, columns, every continent,
// and that no alias is claimed by two organisations.
func TestRegistry(t *testing.T) {
	if n := len(Agencies()); n < 150 {
		t.Fatalf("registry holds %d organisations, want at least 150", n)
	}
	kinds := map[string]bool{"wire": true, "national": true, "photo": true, "stock": true, "official": true, "media": true, "distributor": true, "pool": true}
	continent := map[string]string{ // one home country per continent is enough to prove coverage
		"FR": "Europe", "DE": "Europe", "US": "Americas", "BR": "Americas", "CN": "Asia", "JP": "Asia",
		"AU": "Oceania", "NZ": "Oceania", "NG": "Africa", "ZA": "Africa", "IR": "Middle East", "QA": "Middle East",
	}
	seenContinent := map[string]bool{}
	claimed := map[string]string{}
	names := map[string]bool{}
	for _, a := range Agencies() {
		if names[a.Name] {
			t.Errorf("%s: two rows; an organisation's names and aliases belong on one row", a.Name)
		}
		names[a.Name] = true
		if !kinds[a.Kind] {
			t.Errorf("%s: unknown kind %q", a.Name, a.Kind)
		}
		if a.Country != "" && len(a.Country) != 2 {
			t.Errorf("%s: country %q is not ISO alpha-2", a.Name, a.Country)
		}
		seenContinent[continent[a.Country]] = true
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := string(foldKey(nil, n))
			if other, ok := claimed[k]; ok && other != a.Name {
				t.Errorf("alias %q is claimed by %s and %s", n, other, a.Name)
			}
			claimed[k] = a.Name
		}
	}
	for _, c := range []string{"Europe", "Americas", "Asia", "Oceania", "Africa", "Middle East"} {
		if !seenContinent[c] {
			t.Errorf("no agency from %s", c)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Agence France-Presse", "AFP"}, {"AFP PHOTO", "AFP"}, {"abacapress.com", "ABACA"}, {"AAPIMAGE", "AAP"},
		{"Alamy Stock Photo", "Alamy"}, {"Allstar Picture Library Ltd", "Allstar"}, {"ČTK", "CTK"},
		{"Getty Images for Netflix", "Getty Images"}, {"the Associated Press", "AP"}, {"EPAEFE", "EPA"},
		{"Jane Doe", ""}, {"Some Trust", ""}, {"Pool", ""},
	} {
		if got := AgencyName(tc.in); got != tc.want {
			t.Errorf("AgencyName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// metadataCredits are IPTC Credit / Source / By-line values as newsroom
// systems store them, written for this test after each agency's published
// credit style: partners before the agency, desks before it, via chains,
// run-together and domain forms, full service names.
var metadataCredits = []struct{ in, agency, photographers string }{
	{"Scanpix/AP", "AP", ""},
	{"CBS/WaPo/AP", "AP", ""},
	{"PA Wire/PA Images", "PA", ""},
	{"PA Archive/PA Images", "PA", ""},
	{"AAPIMAGE", "AAP", ""},
	{"AAP Image/Lukas Coch", "AAP", "Lukas Coch"},
	{"Alamy Stock Photo", "Alamy", ""},
	{"Alamy Live News", "Alamy", ""},
	{"Allstar Picture Library", "Allstar", ""},
	{"Allstar Picture Library Ltd", "Allstar", ""},
	{"picture alliance / dpa", "dpa", ""},
	{"picture alliance/dpa/dpa-Zentralbild", "dpa", ""},
	{"Keystone-SDA", "Keystone", ""},
	{"KEYSTONE/Peter Muster", "Keystone", "Peter Muster"},
	{"ABACAPRESS.COM", "ABACA", ""},
	{"CNP/ABACA", "ABACA", ""},
	{"SOPA Images/LightRocket via Getty Images", "Getty Images", ""},
	{"NurPhoto via Getty Images", "Getty Images", ""},
	{"Anadolu Agency via Getty Images", "Getty Images", ""},
	{"ZUMA Press Wire", "ZUMA", ""},
	{"Sipa USA via AP", "AP", ""},
	{"TT NEWS AGENCY", "TT", ""},
	{"NTB Scanpix", "NTB", ""},
	{"Ritzau Scanpix/via REUTERS", "Reuters", ""},
	{"Kyodo News via AP", "AP", ""},
	{"Yonhap via REUTERS", "Reuters", ""},
	{"Xinhua News Agency", "Xinhua", ""},
	{"AFLO SPORT", "AFLO", ""},
	{"Jiji Press Photo", "Jiji", ""},
	{"CTK Photo/Vit Kral", "CTK", "Vit Kral"},
	{"TASR/Martin Bauer", "TASR", "Martin Bauer"},
	{"PAP/Radek Nowak", "PAP", "Radek Nowak"},
	{"EPA-EFE/STR", "EPA", ""},
	{"Ukrinform/Future Publishing via Getty Images", "Getty Images", ""},
	{"SANA/Handout via REUTERS", "Reuters", ""},
	{"KCNA VIA KNS/AFP", "AFP", ""},
	{"REX/Shutterstock", "Shutterstock", ""},
	{"IMAGO/Sven Simon", "Imago", ""},
	{"Gallo Images/Getty Images", "Getty Images", ""},
	{"LEHTIKUVA/AFP", "AFP", ""},
	{"Sputnik/Kremlin Pool Photo via AP", "AP", ""},
	{"Getty Images North America", "Getty Images", ""},
	{"AFP via Getty Images", "Getty Images", ""},
	{"Agence France-Presse", "AFP", ""},
	{"THE CANADIAN PRESS", "The Canadian Press", ""},
	{"The Canadian Press/Sean Kilpatrick", "The Canadian Press", "Sean Kilpatrick"},
	{"ANP/Hollandse Hoogte", "ANP", ""},
	{"BELGA PHOTO", "Belga", ""},
	{"Jane Doe/The Hartford Courant via AP", "AP", "Jane Doe"},
	{"Jane Doe", "", "Jane Doe"},
	{"Mandatory Credit: Photo by Ana Ruiz/Shutterstock", "Shutterstock", "Ana Ruiz"},
	{"© Ivan Petrov/TASS", "TASS", "Ivan Petrov"},
	{"Eurokinissi via AP", "AP", ""},
	{"Anadolu Ajansı", "Anadolu", ""},
	{"AFP/Getty Images", "Getty Images", ""},
	{"Getty Images/Northwind Collection", "Getty Images", ""},
	{"Jane Doe/Invision/AP", "AP", "Jane Doe"},
	{"REUTERS/Alamy Stock Photo", "Alamy", ""},
}

// TestParseCreditMetadata reads credit fields as metadata stores them and
// requires the agency right for at least 90% of them (each miss is listed).
func TestParseCreditMetadata(t *testing.T) {
	ok := 0
	for _, tc := range metadataCredits {
		cl := ParseCredit(tc.in)
		good := cl.Agency == tc.agency
		if tc.photographers != "" && strings.Join(cl.Photographers, ";") != tc.photographers {
			good = false
		}
		if good {
			ok++
		} else {
			t.Logf("ParseCredit(%q) = agency %q photographers %q, want %q %q", tc.in, cl.Agency, cl.Photographers, tc.agency, tc.photographers)
		}
	}
	if cl := ParseCredit("City Council/Handout via REUTERS"); cl.Source == nil || cl.Source.Kind != "handout" || cl.Source.Name != "City Council" {
		t.Errorf("ParseCredit handout source = %+v, want handout from City Council", cl.Source)
	}
	pct := 100 * float64(ok) / float64(len(metadataCredits))
	t.Logf("metadata credits: agency right for %d/%d (%.1f%%)", ok, len(metadataCredits), pct)
	if pct < 90 {
		t.Errorf("agency right for %.1f%% of metadata credit strings, want at least 90%%", pct)
	}
}

// TestMatchAgency: the registry forgives case, punctuation, web forms,
// run-together forms and one edit in a name of five letters or more, and
// says how it matched; short codes never match with an edit, and a name
// two organisations are one edit from matches neither.
func TestMatchAgency(t *testing.T) {
	for _, tc := range []struct{ in, agency, match string }{
		{"Reuters", "Reuters", MatchExact},
		{"REUTERS", "Reuters", MatchExact},
		{"reuters.", "Reuters", MatchExact},
		{"Getty-Images", "Getty Images", MatchExact},
		{"Thomson Reuters", "Reuters", MatchAlias},
		{"www.reuters.com", "Reuters", MatchAlias},
		{"https://www.gettyimages.com", "Getty Images", MatchAlias},
		{"gettyimages.co.uk", "Getty Images", MatchAlias},
		{"GETTYIMAGES", "Getty Images", MatchAlias},
		{"AAPIMAGE", "AAP", MatchAlias},
		{"RETUERS", "Reuters", MatchFuzzy},    // transposition
		{"Reuers", "Reuters", MatchFuzzy},     // deletion
		{"Reutters", "Reuters", MatchFuzzy},   // insertion
		{"Reuterz", "Reuters", MatchFuzzy},    // substitution
		{"Assocated Press", "AP", MatchFuzzy}, // a name of two words
		{"Shuterstock", "Shutterstock", MatchFuzzy},
		{"ABP", "", ""},     // a short code is never guessed
		{"AFPP", "", ""},    // four letters: no edit
		{"RTEUERS", "", ""}, // two edits
		{"Northwind", "", ""},
	} {
		a, m, ok := MatchAgency(tc.in)
		if a.Name != tc.agency || m != tc.match || ok != (tc.agency != "") {
			t.Errorf("MatchAgency(%q) = %q %q %v, want %q %q", tc.in, a.Name, m, ok, tc.agency, tc.match)
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"reuters", "retuers", true}, {"reuters", "reuter", true}, {"reuters", "reuterss", true}, {"reuters", "reutars", true},
		{"reuters", "reuters", false}, {"reuters", "rtueers", false}, {"ab", "ba", true}, {"abc", "cba", false}, {"", "a", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// TestCreditChains: how ParseCredit reads the chains the metadata holds.
func TestCreditChains(t *testing.T) {
	for _, tc := range []struct{ in, credit, agency, match, people, partners, source string }{
		// A registry agency anywhere wins over an unknown name after it…
		{"Jo Park/PA/Streamco", "Jo Park/PA/Streamco", "PA", MatchExact, "Jo Park", "Streamco", ""},
		// …unless "via" or a "Photo by" label puts the distributor last.
		{"Jo Park/PA via Streamco", "Jo Park/PA via Streamco", "Streamco", "", "Jo Park", "PA", ""},
		{"Photo by Jo Park / Sputnik / Streamco Images", "Photo by Jo Park / Sputnik / Streamco Images", "Streamco Images", "", "Jo Park", "Sputnik", ""},
		// An archive is not its last shelf mark.
		{"Northwind Archive/Box 12/Folder 3", "Northwind Archive/Box 12/Folder 3", "Northwind Archive", "", "", "Box 12;Folder 3", ""},
		// Copyright marks and years go.
		{"© 2024 Jo Park/AFP", "Jo Park/AFP", "AFP", MatchExact, "Jo Park", "", ""},
		{"Copyright Tidewater Images", "Tidewater Images", "Tidewater Images", "", "", "", ""},
		{"(c) Tidewater Images 2019-2024. All rights reserved.", "Tidewater Images", "Tidewater Images", "", "", "", ""},
		// Getty's Name#Agency, a contributor number dropped.
		{"Ana Ruiz#AFP", "Ana Ruiz/AFP", "AFP", MatchExact, "Ana Ruiz", "", ""},
		{"Contributor#8523328", "Contributor", "", "", "", "", ""},
		// The organisations of a By-line.
		{"Jo Park/BPI/REX", "Jo Park/BPI/REX", "Shutterstock", MatchAlias, "Jo Park", "BPI", ""},
		// HANDOUT and POOL are sources, never photographers.
		{"HANDOUT", "HANDOUT", "", "", "", "", "handout"},
		{"POOL", "POOL", "", "", "", "", "pool"},
		{"Uncredited/AP", "Uncredited/AP", "AP", MatchExact, "", "", ""},
		// A misspelt agency in a chain.
		{"Jo Park/RETUERS", "Jo Park/RETUERS", "Reuters", MatchFuzzy, "Jo Park", "", ""},
		// The label after the name (credit_script.go): the agency as it
		// writes itself is a registry alias.
		{"新华社记者 王小明 摄", "新华社记者 王小明 摄", "Xinhua", MatchAlias, "王小明", "", ""},
		{"新华社发（张丽 摄）", "新华社发(张丽 摄)", "Xinhua", MatchAlias, "张丽", "", ""},
		{"中央社記者李大同攝", "中央社記者李大同攝", "CNA", MatchAlias, "李大同", "", ""},
		{"(서울=연합뉴스) 김민준 기자", "(서울=연합뉴스) 김민준 기자", "Yonhap", MatchAlias, "김민준", "", ""},
		{"[서울=뉴시스] 박영희 기자", "[서울=뉴시스] 박영희 기자", "Newsis", MatchAlias, "박영희", "", ""},
		{"王小明 摄", "王小明 摄", "", "", "王小明", "", ""},
	} {
		cl := ParseCredit(tc.in)
		src := ""
		if cl.Source != nil {
			src = string(cl.Source.Kind)
		}
		got := []string{cl.Credit, cl.Agency, cl.AgencyMatch, strings.Join(cl.Photographers, ";"), strings.Join(cl.Partners, ";"), src}
		want := []string{tc.credit, tc.agency, tc.match, tc.people, tc.partners, tc.source}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("ParseCredit(%q)\n got %q\nwant %q", tc.in, got, want)
		}
	}
}

// TestStripCopyright: marks and years go wherever they stand; words that
// only contain them stay.
func TestStripCopyright(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"© Jo Park", "Jo Park"}, {"©2024 Jo Park", "Jo Park"}, {"(C) 2021 Acme Ltd", "Acme Ltd"},
		{"Copyright: Acme", "Acme"}, {"COPYRIGHT ACME 1999-2001", "ACME"}, {"Acme. All Rights Reserved.", "Acme"},
		{"Copr. Acme", "Acme"}, {"Tous droits réservés Acme", "Acme"}, {"2024", ""},
		{"Acme 20245", "Acme 20245"}, {"Acme 2024a", "Acme 2024a"}, {"Copyrighted Works", "Copyrighted Works"},
		{"Jo Park / AFP", "Jo Park / AFP"}, {"Jo Park 2024 / AFP", "Jo Park/AFP"},
	} {
		if got := StripCopyright(tc.in); got != tc.want {
			t.Errorf("StripCopyright(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPrintTemplates: the agencies whose credit rules are documented have
// their template; every template uses known placeholders only.
func TestPrintTemplates(t *testing.T) {
	want := map[string]string{"AP": "{photographers}/{intermediary}/AP", "Getty Images": "Photo by {photographers}/Getty Images",
		"Reuters": "REUTERS/{photographers}", "AFP": "{photographers}/AFP", "EPA": "EPA/{photographers}"}
	for name, alt := range want {
		a, ok := LookupAgency(name)
		if !ok || !slices.Contains(strings.Split(a.Print, "|"), alt) {
			t.Errorf("%s: print %q lacks %q", name, a.Print, alt)
		}
	}
	for _, a := range Agencies() {
		rest := strings.NewReplacer("{photographers}", "", "{intermediary}", "", "{agency}", "").Replace(a.Print)
		if strings.ContainsAny(rest, "{}") {
			t.Errorf("%s: unknown placeholder in %q", a.Name, a.Print)
		}
	}
}
