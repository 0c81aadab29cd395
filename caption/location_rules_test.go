package caption

import (
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// runsOf resolves the runs of text as the location pass does.
func runsOf(text string) (string, []token, []*nameRun) {
	s := parenToComma(normalize(text))
	toks := wordsOf(s)
	return s, toks, resolveRuns(s, toks)
}

// runNamed returns the run whose text is name.
func runNamed(t *testing.T, runs []*nameRun, name string) (int, *nameRun) {
	t.Helper()
	for i, r := range runs {
		if r.text == name {
			return i, r
		}
	}
	t.Fatalf("no run %q", name)
	return 0, nil
}

// TestPlaceWeights checks that the weight table names every feature once.
func TestPlaceWeights(t *testing.T) {
	seen := feature(0)
	for _, w := range placeWeights {
		if seen&w.f != 0 {
			t.Errorf("feature %b weighted twice", w.f)
		}
		seen |= w.f
	}
	if all := fEventCity<<1 - 1; seen != all {
		t.Errorf("weighted features %b, want %b", seen, all)
	}
	for _, tc := range []struct {
		f    feature
		want int
	}{
		{fIntroduced | fNearDate | fBeforeDate | fKnownCity, 6},
		{fIntroduced | fUnknownAlone, 1},
		{fIntroduced | fKnownCity | fQuoted, 0},
		{fNearDate | fBeforeDate | fOrientation, -7},
		{fKnownCity | fNearDate | fReference, 0},
		{fKnownCity | fEventCity, 2},
	} {
		if got := tc.f.score(); got != tc.want {
			t.Errorf("score(%b) = %d, want %d", tc.f, got, tc.want)
		}
	}
}

func TestQuotedRule(t *testing.T) {
	s := `"We will rebuild Velmora," the mayor said in Drastovo.`
	for _, tc := range []struct {
		word string
		want bool
	}{{"Velmora", true}, {"Drastovo", false}, {"mayor", false}} {
		if got := quoted(s, strings.Index(s, tc.word)); got != tc.want {
			t.Errorf("quoted(%s) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// ruleCase is a caption, the name a rule looks at in it, and the rule's
// expected answer.
type ruleCase struct {
	text, name string
	want       bool
}

// checkRule runs rule on the name of each case.
func checkRule(t *testing.T, rule string, cases []ruleCase, f func(s string, toks []token, runs []*nameRun, i int) bool) {
	t.Helper()
	for _, tc := range cases {
		s, toks, runs := runsOf(tc.text)
		i, _ := runNamed(t, runs, tc.name)
		if got := f(s, toks, runs, i); got != tc.want {
			t.Errorf("%q: %s(%q) = %v, want %v", tc.text, rule, tc.name, got, tc.want)
		}
	}
}

func TestStoryRefRule(t *testing.T) {
	checkRule(t, "storyRef", []ruleCase{
		{"The minister told Reuters in Velmora on Monday.", "Velmora", true},
		{"The mayor said in Velmora that the bridge would reopen.", "Velmora", true},
		{"Le ministre a déclaré à Velmora que le pont rouvrira.", "Velmora", true},
		{"Workers repair a bridge in Velmora on Monday.", "Velmora", false},
	}, func(_ string, toks []token, runs []*nameRun, i int) bool { return storyRef(toks, runs[i].t0-1) })
}

func TestOrientationRule(t *testing.T) {
	checkRule(t, "orientation", []ruleCase{
		{"Soldiers patrol near the border with Ruritania.", "Ruritania", true},
		{"Soldiers patrol a village bordering Ruritania.", "Ruritania", true},
		{"Des soldats près de la frontière avec Ruritania.", "Ruritania", true},
		{"Soldaten an der Grenze zu Ruritania.", "Ruritania", true},
		{"Soldados cerca de la frontera con Ruritania.", "Ruritania", true},
		{"Soldiers patrol in Ruritania with dogs.", "Ruritania", false},
		{"Visitors arrive with Ruritania's flag.", "Ruritania", false},
	}, func(s string, toks []token, runs []*nameRun, i int) bool { return orientation(s, toks, runs[i]) })
}

func TestSentenceStartWordRule(t *testing.T) {
	checkRule(t, "sentenceStartWord", []ruleCase{
		{"Firefighters in Brest, France, battle a blaze.", "Firefighters", true},
		{"A fire broke out. Volunteers in Brest, France, help.", "Volunteers", true},
		{"Velmora, France, on May 3.", "Velmora", false},                        // a place and its country
		{"Velmora Square in Brest, France, on May 3.", "Velmora Square", false}, // a named place
		{"Crowds gather at Velmora in Brest, France.", "Velmora", false},        // not a sentence opener
	}, func(s string, toks []token, runs []*nameRun, i int) bool {
		return sentenceStartWord(s, toks, runs, chainFrom(s, toks, runs, i))
	})
}

func TestNotPlaceNameRule(t *testing.T) {
	checkRule(t, "notPlaceName", []ruleCase{
		{"A parade marks the end of World War II in Velmora.", "World War II", true},
		{"Groups from across Europe meet in Velmora.", "Europe", true},
		{"Ministers from the Middle East meet in Velmora.", "Middle East", true},
		{"Tourists visit Velmora Castle in Drastovo.", "Velmora Castle", false},
		{"Fans meet in Velmora.", "Velmora", false},
	}, func(_ string, _ []token, runs []*nameRun, i int) bool { return notPlaceName(runs[i]) })
	for w, want := range map[string]bool{"II": true, "XIV": true, "I": false, "IVX2": false, "Velmora": false, "LIVVIXX": false} {
		if got := romanNumeral(w); got != want {
			t.Errorf("romanNumeral(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRegionNamedLikeCountryRule(t *testing.T) {
	for _, tc := range []struct {
		text, region, country string
	}{
		{"Voters queue in Savannah, Georgia, on May 3.", "Georgia", "US"},
		{"Voters queue in Atlanta, Georgia, on May 3.", "Georgia", "US"},
		{"Voters queue in Batumi, Georgia, on May 3.", "", "GE"},
		{"Voters queue in Velmora, Georgia, on May 3.", "", "GE"}, // a town no gazetteer knows: the country
	} {
		_, _, runs := runsOf(tc.text)
		_, r := runNamed(t, runs, "Georgia")
		country := r.country
		if r.region != "" {
			country = r.regionC
		}
		if r.region != tc.region || country != tc.country {
			t.Errorf("%q: Georgia read as region %q country %q, want region %q country %q", tc.text, r.region, country, tc.region, tc.country)
		}
	}
}

// TestLocationShapes pins, end to end, the shapes issue 14 names as
// failing, on invented captions.
func TestLocationShapes(t *testing.T) {
	for _, tc := range []struct{ text, city, place, region, country string }{
		// A first-level region named like a country lies in its country.
		{"Voters queue in Savannah, Georgia, on May 3, 2024.", "Savannah", "", "Georgia", "US"},
		{"Voters queue in Batumi, Georgia, on May 3, 2024.", "Batumi", "", "", "GE"},
		{"Workers in Velmora, Alberta, on May 3, 2024.", "Velmora", "", "Alberta", "CA"},
		{"Residents clear snow in Velmora, Bavaria, on May 3, 2024.", "Velmora", "", "Bavaria", "DE"},
		// A story or quotation reference is not the place.
		{`"We will rebuild Kharkiv," the mayor said. Residents clear debris in Velmora, Ukraine, on May 3, 2024.`, "Velmora", "", "", "UA"},
		{"The governor told reporters in Kyiv that repairs go on. Workers fix a line in Velmora on May 3, 2024.", "Velmora", "", "", ""},
		// A neighbouring country named for orientation is not the country.
		{"Soldiers patrol in the village of Velmora, near the border with Poland, on May 3, 2024.", "Velmora", "", "", ""},
		{"Soldiers keep watch on the Ruritanian side of the hills near the border with Syria on May 3, 2024.", "", "", "", ""},
		{"Soldiers patrol near the border with Syria in Velmora, Lebanon, on May 3, 2024.", "Velmora", "", "", "LB"},
		// The first capitalised word before "in City, Country" is no place.
		{"Firefighters in Brest, France, battle a blaze on May 3, 2024.", "Brest", "", "", "FR"},
		{"Workers in Alberta, Canada, on May 3, 2024.", "", "", "Alberta", "CA"},
		// Events and continents are not places.
		{"Tanks roll in a rehearsal for the victory in World War II, Moscow, May 7.", "Moscow", "", "", "RU"},
		{"Delegates from across Europe, in Velmora, Hungary, on May 3, 2024.", "Velmora", "", "", "HU"},
		// A district of a city named in the possessive lies in the city's country.
		{"Residents shelter in a basement in Kharkiv's Velmora district on May 3, 2024.", "Kharkiv", "", "Velmora district", "UA"},
		// A territory named elsewhere with its sovereign country.
		{"Players compete at the Velmora Cup on May 3, 2024 in Macau. Velmora Cup - Day 2, Macau, China - 03 May 2024", "Macau", "Velmora Cup", "", "CN"},
		// An airport named "City-Name" serves the city.
		{"Airliners stand at Moscow-Velmora International Airport.", "Moscow", "Moscow-Velmora International Airport", "", "RU"},
		// The current name, the words as written in the text.
		{"Protesters rally in Kiev, Ukraine, on May 3, 2014.", "Kyiv", "", "", "UA"},
	} {
		got := parseLoc(t, tc.text)
		if geo.Fold(got.City) != geo.Fold(tc.city) || got.Place != tc.place || got.Region != tc.region || got.CountryCode != tc.country {
			t.Errorf("%q\n got city %q place %q region %q country %q\nwant city %q place %q region %q country %q",
				tc.text, got.City, got.Place, got.Region, got.CountryCode, tc.city, tc.place, tc.region, tc.country)
		}
	}
}

// TestCurrentCityName pins the city as GeoNames names it now, with its id,
// and the words as written in text.
func TestCurrentCityName(t *testing.T) {
	for _, tc := range []struct {
		text, city, written string
		id                  int
	}{
		{"Protesters rally in Kiev on May 3, 2014.", "Kyiv", "in Kiev", 703448},
		{"Demonstranten in der Innenstadt von Kiew am 3. März 2023.", "Kyiv", "in der Innenstadt von Kiew", 703448},
		{"Fans celebrate in Milano, Italy, on May 3, 2024.", "Milan", "in Milano, Italy", 3173435},
		{"Fans celebrate in Velmora, Italy, on May 3, 2024.", "Velmora", "in Velmora, Italy", 0},
	} {
		got := parseLoc(t, tc.text)
		if got.City != tc.city || got.Text != tc.written || got.GeoNamesID != tc.id {
			t.Errorf("%q: city %q text %q id %d, want %q %q %d", tc.text, got.City, got.Text, got.GeoNamesID, tc.city, tc.written, tc.id)
		}
	}
}

// TestPlaceLexicon checks the place classes: every class has entries, and
// entries are written lower-case (the lookup lower-cases the word).
func TestPlaceLexicon(t *testing.T) {
	for name, c := range placeClassFiles {
		if len(placeList(c)) == 0 {
			t.Errorf("class %s has no entries", name)
		}
		for _, w := range placeList(c) {
			if w != strings.ToLower(w) || strings.TrimSpace(w) != w {
				t.Errorf("class %s: entry %q is not lower-case and trimmed", name, w)
			}
		}
	}
	t.Logf("place entries per language: %v", placeLex.size)
	if !wordIs("Près", cNearWord) || wordIs("a", cPreposition) || !wordIs("à", cPreposition) {
		t.Error("lookup must ignore case and keep accents")
	}
}
