package caption

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/cputime"
	"github.com/wirecap/wirecap/internal/geo"
)

// These tests measure whether the location rules generalise: they score
// strictly (city by equality after folding, country by ISO code), keep part
// of the corpus out of sight while rules are written, and replace every
// labelled city by an invented name that no gazetteer knows, so that only
// the structure of the sentence can find it.

var locVerbose = flag.Bool("loc.v", false, "print every location miss of the development part (never the held-out part)")

type locCase struct {
	i                         int
	held                      bool // the corpus's one hold-out split (heldOut)
	caption                   string
	city, place, country      string // labels, "" when null
	code                      string // the labelled country's ISO code
	renamed, invented, region string
}

func loadLocCases(t *testing.T) []locCase {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	var out []locCase
	for i, e := range loadCorpus(t) {
		l := e.Labels.Location
		c := locCase{i: i, held: e.HeldOut, caption: e.Caption, city: str(l.City), place: str(l.Place), country: str(l.Country), region: str(l.Region)}
		if c.country != "" {
			// A label in a language the gazetteer does not carry (Dutch
			// "Nederland") keeps an unmatched code: it counts, and only a
			// parse naming that country by its code could never match it.
			c.code = countryCode(c.country)
		}
		out = append(out, c)
	}
	return out
}

// locScore counts strict hits.
type locScore struct{ cityHit, cityN, countryHit, countryN, invented, noCountryN int }

func (s locScore) String() string {
	return fmt.Sprintf("city %d/%d (%.1f%%), country %d/%d (%.1f%%), country invented %d/%d",
		s.cityHit, s.cityN, pct(s.cityHit, s.cityN), s.countryHit, s.countryN, pct(s.countryHit, s.countryN), s.invented, s.noCountryN)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func parseLoc(t *testing.T, text string) Location {
	c, err := Parse(text, Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if c.Location == nil {
		return Location{}
	}
	return *c.Location
}

// TestLocationStrict scores the dev corpus as labelled: city equality and
// country code, the held-out part reported apart.
func TestLocationStrict(t *testing.T) {
	cases := loadLocCases(t)
	var dev, held locScore
	for _, c := range cases {
		s := &dev
		if c.held {
			s = &held
		}
		got := parseLoc(t, c.caption)
		if c.city != "" {
			s.cityN++
			if geo.Fold(got.City) == geo.Fold(c.city) || sameCity(c.city, c.code, got) {
				s.cityHit++
			} else if *locVerbose && s == &dev {
				t.Logf("line %d city: got %q (%+v), want %q", c.i+1, got.City, got, c.city)
			}
		}
		if c.code != "" {
			s.countryN++
			if got.CountryCode == c.code {
				s.countryHit++
			} else if *locVerbose && s == &dev {
				t.Logf("line %d country: got %q, want %s (%s)", c.i+1, got.CountryCode, c.code, c.country)
			}
		} else {
			s.noCountryN++
			if got.CountryCode != "" {
				s.invented++
				if *locVerbose && s == &dev {
					t.Logf("line %d country: got %q, want none", c.i+1, got.CountryCode)
				}
			}
		}
	}
	t.Logf("location, strict, development part: %v", dev)
	t.Logf("location, strict, held-out part:    %v", held)
	all := locScore{dev.cityHit + held.cityHit, dev.cityN + held.cityN, dev.countryHit + held.countryHit,
		dev.countryN + held.countryN, dev.invented + held.invented, dev.noCountryN + held.noCountryN}
	t.Logf("location, strict, whole corpus:     %v", all)
	// Floors a couple of points under the figures of the scored location
	// pass (city 86.1%, country 92.6% on dev.jsonl + dev2.jsonl).
	if pct(all.cityHit, all.cityN) < 84 || pct(all.countryHit, all.countryN) < 91 {
		t.Errorf("strict location below 84%% city / 91%% country: %v", all)
	}
}

// sameCity reports whether the labelled city (as the caption writes it,
// in country code when labelled) is the GeoNames place the location names:
// the location's city is GeoNames' current name ("Kyiv" for a caption's
// "Kiev"), the labels keep the words as written.
func sameCity(label, code string, got Location) bool {
	if got.GeoNamesID == 0 {
		return false
	}
	c, ok := geo.LookupCity(label)
	if code != "" {
		c, ok = geo.LookupCityIn(label, code)
	}
	return ok && c.ID == got.GeoNamesID
}

// inventedName gives the n-th name built from syllables that no gazetteer
// entry, region, country or common word matches.
func inventedName(n int) string {
	first := []string{"Vel", "Dras", "Quil", "Mor", "Tav", "Bren", "Skal", "Orv", "Zen", "Lum", "Keth", "Ruv"}
	mid := []string{"mo", "to", "ar", "in", "es", "ul", "ad", "ir"}
	last := []string{"ra", "vo", "nek", "sk", "beth", "dor", "wyn", "ica"}
	for k := n; ; k += 7 {
		name := first[k%len(first)] + mid[(k/len(first))%len(mid)] + last[(k/3)%len(last)]
		_, isCity := geo.LookupCity(name)
		_, isCountry := geo.Country(name)
		_, isRegion := geo.Region(name)
		if !isCity && !isCountry && !isRegion && !geo.IsWord(name) {
			return name
		}
	}
}

// rename replaces every occurrence of name in text (any case) by invented,
// written in the case of the occurrence ("KYIV" → "VELMORA"). It reports
// whether name occurs.
func rename(text, name, invented string) (string, bool) {
	low, lname := strings.ToLower(text), strings.ToLower(name)
	var b strings.Builder
	found := false
	for {
		i := strings.Index(low, lname)
		if i < 0 || len(low) != len(text) {
			break
		}
		end := i + len(lname)
		// Whole words only: "Kyiv" in "Kyivan" is not the city.
		if isLetterAt(text, i-1, true) || isLetterAt(text, end, false) {
			b.WriteString(text[:end])
			text, low = text[end:], low[end:]
			continue
		}
		found = true
		occ := text[i:end]
		b.WriteString(text[:i])
		if strings.ToUpper(occ) == occ {
			b.WriteString(strings.ToUpper(invented))
		} else {
			b.WriteString(invented)
		}
		text, low = text[end:], low[end:]
	}
	b.WriteString(text)
	return b.String(), found
}

// wordAt reports a letter touching position i (the rune ending at i when
// before, the rune starting at i otherwise).
func isLetterAt(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r)
}

// introducers are the words that introduce a place in the desk's languages.
// The test keeps its own list so that it does not grade the parser by the
// parser's tables.
var introducers = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "from": true, "of": true,
	"à": true, "en": true, "près": true, "de": true, "bei": true, "im": true, "nahe": true, "aus": true, "cerca": true, "desde": true}

// introduced reports whether the first occurrence of name in text is
// introduced as a place: after a preposition, as a dateline opening the
// text, or followed by a comma or bracket and a country or region.
func introduced(text, name string) bool {
	i := strings.Index(strings.ToLower(text), strings.ToLower(name))
	if i < 0 {
		return false
	}
	before := strings.Fields(text[:i])
	if len(before) == 0 {
		return true // dateline
	}
	if introducers[strings.ToLower(strings.Trim(before[len(before)-1], ",(\""))] {
		return true
	}
	after := strings.TrimLeft(text[i+len(name):], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "(") {
		return false
	}
	words := strings.FieldsFunc(after[1:], func(r rune) bool { return r == ',' || r == ')' || r == '.' || r == '(' })
	if len(words) == 0 {
		return false
	}
	next := strings.TrimSpace(words[0])
	_, country := geo.Country(next)
	_, region := geo.Region(next)
	return country || region
}

// TestRename replaces each labelled city by an invented name, in the text
// and in the expected label. Where the sentence introduces the place, the
// parser must find the invented city (equality) and, when the caption names
// the country, the country.
func TestRename(t *testing.T) {
	cases := loadLocCases(t)
	var intro, other, heldIntro locScore
	for n, c := range cases {
		if c.city == "" {
			continue
		}
		inv := inventedName(n)
		text, ok := rename(c.caption, c.city, inv)
		if !ok {
			continue
		}
		s := &other
		if introduced(text, inv) {
			s = &intro
			if c.held {
				s = &heldIntro
			}
		}
		got := parseLoc(t, text)
		s.cityN++
		if geo.Fold(got.City) == geo.Fold(inv) {
			s.cityHit++
		} else if *locVerbose && s == &intro {
			t.Logf("line %d renamed %s→%s: got city %q (%+v)", c.i+1, c.city, inv, got.City, got)
		}
		if c.code != "" && namesCountry(text, c.code) {
			s.countryN++
			if got.CountryCode == c.code {
				s.countryHit++
			} else if *locVerbose && s == &intro {
				t.Logf("line %d renamed %s→%s: got country %q, want %s", c.i+1, c.city, inv, got.CountryCode, c.code)
			}
		}
	}
	t.Logf("rename, city introduced, development part: %v", intro)
	t.Logf("rename, city introduced, held-out part:    %v", heldIntro)
	t.Logf("rename, city not introduced (informative): %v", other)
	all := locScore{cityHit: intro.cityHit + heldIntro.cityHit, cityN: intro.cityN + heldIntro.cityN,
		countryHit: intro.countryHit + heldIntro.countryHit, countryN: intro.countryN + heldIntro.countryN}
	if all.cityN < 40 {
		t.Fatalf("only %d renamed cities are introduced: the test lost its cases", all.cityN)
	}
	// Floors a couple of points under the figures of the scored location
	// pass (city 88.3%, country 90.6%).
	if pct(all.cityHit, all.cityN) < 86 || pct(all.countryHit, all.countryN) < 88 {
		t.Errorf("rename, introduced cities: %v; want ≥ 86%% city and 88%% country", all)
	}
}

// namesCountry reports whether text names the country code: its English
// name, or a capitalised word run that geo reads as it.
func namesCountry(text, code string) bool {
	f := " " + geo.Fold(text) + " "
	if strings.Contains(f, " "+geo.Fold(geo.CountryName(code))+" ") {
		return true
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' })
	for i := range words {
		for k := 1; k <= 3 && i+k <= len(words); k++ {
			w := strings.TrimRight(strings.Join(words[i:i+k], " "), ".")
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				break
			}
			if c, ok := geo.Country(w); ok && c == code {
				return true
			}
		}
	}
	return false
}

func TestRenameHelpers(t *testing.T) {
	if got, ok := rename("KYIV, Ukraine - In Kyiv, Kyivans", "Kyiv", "Velmora"); !ok || got != "VELMORA, Ukraine - In Velmora, Kyivans" {
		t.Errorf("rename = %q, %v", got, ok)
	}
	for text, want := range map[string]bool{"VELMORA, Ukraine - x": true, "a man in Velmora": true, "Velmora, Ukraine": true,
		"Velmora (Ukraine)": true, "Mayor Velmora said": false, "a Velmora club, the best": false} {
		if got := introduced(text, "Velmora"); got != want {
			t.Errorf("introduced(%q) = %v, want %v", text, got, want)
		}
	}
	seen := map[string]bool{}
	for n := range 100 {
		name := inventedName(n)
		if _, ok := geo.LookupCity(name); ok {
			t.Errorf("invented name %q is a gazetteer city", name)
		}
		seen[name] = true
	}
	if len(seen) < 50 {
		t.Errorf("only %d distinct invented names", len(seen))
	}
}

// BenchmarkLocation measures the location step alone over the corpus
// captions (the whole text, as if nothing had been blanked out).
func BenchmarkLocation(b *testing.B) {
	// The captions are lexed once, as Parse does before its passes: the
	// benchmark measures the location pass alone.
	var texts []string
	var lexed [][]tok
	for _, e := range loadCorpus(b) {
		var lx lexer
		s := normalize(e.Caption)
		texts = append(texts, s)
		lexed = append(lexed, slices.Clone(lx.lex(s)))
	}
	findLocation(texts[0], lexed[0], span{-1, -1}) // load the gazetteer
	b.ReportAllocs()
	t0 := cputime.Used().Seconds()
	for i := 0; b.Loop(); i++ {
		findLocation(texts[i%len(texts)], lexed[i%len(texts)], span{-1, -1})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "captions/s")
	// On a machine shared with other work, CPU time measures the cost where
	// wall time measures the queue.
	b.ReportMetric(float64(b.N)/(cputime.Used().Seconds()-t0), "captions/cpu-s")
}

// TestLocationRules pins the general rules on invented captions: names no
// gazetteer knows (Velmora, Drastovo…) must be found by the structure of
// the sentence, known ones must get the country the context gives.
func TestLocationRules(t *testing.T) {
	for _, tc := range []struct{ text, city, region, country string }{
		// Titles name no place.
		{"The Prince of Wales meets Royal Marines recruits at the Commando Training Centre in Lympstone, Devon, on May 3, 2024.", "Lympstone", "Devon", "GB"},
		{"The Duke of Cornwall waves to the crowd in Drastovo on Tuesday.", "Drastovo", "", ""},
		// Datelines.
		{"VELMORA, Ukraine (AP) — Firefighters put out a blaze after shelling.", "VELMORA", "", "UA"},
		{"VELMORA, March 3 (Reuters) - Workers repair a bridge.", "VELMORA", "", ""},
		{"DRASTOVO, POLAND - JUNE 24: Farmers protest with tractors on June 24, 2024.", "DRASTOVO", "", "PL"},
		{"VELMORA, CA - JUNE 24: Fans arrive for the game on June 24, 2024.", "VELMORA", "CA", "US"},
		{"DRASTOVO, QC - JUNE 24: Fans arrive for the game on June 24, 2024.", "DRASTOVO", "QC", "CA"},
		{"SAPPORO, Japan (AP) — Snow sculptures are lit at night.", "SAPPORO", "", "JP"},
		// "in X, region, Country" and "X, Country" chains.
		{"Children play in the snow in Velmora, Bavaria, Germany, January 12, 2025.", "Velmora", "Bavaria", "DE"},
		{"Residents clear debris in Drastovo, Samara region, Russia, on July 1, 2023.", "Drastovo", "Samara region", "RU"},
		{"Spring Fair, Velmora, Italy - 03 Feb 2026", "Velmora", "", "IT"},
		{"A fisherman at work in Quillarno, south China's Hainan Province, Aug. 14, 2022.", "Quillarno", "Hainan Province", "CN"},
		// Settlements introduced as such, in the four languages.
		{"Soldiers patrol the streets of the town of Velmora near Mashhad on Monday.", "Velmora", "", "IR"},
		{"Des soldats près de Drastovo, en Ukraine.", "Drastovo", "", "UA"},
		{"Un homme marche dans les rues inondées de Drastovo, dans le Pas-de-Calais, le 7 novembre 2023.", "Drastovo", "Pas-de-Calais", "FR"},
		{"Vista general de la playa de Velmora, en la provincia de Alicante, este lunes.", "Velmora", "", "ES"},
		{"Firefighters fight a fire near the village of Velmora on the island of Rhodes, Greece, July 22, 2023.", "Velmora", "Rhodes", "GR"},
		{"Des soldats à Drastovo (Ukraine), le 3 mars 2023.", "Drastovo", "", "UA"},
		{"Soldaten bei Velmora, Ukraine, am 3. März 2023.", "Velmora", "", "UA"},
		{"Bomberos trabajan cerca de Velmora, Argentina, el 3 de marzo de 2023.", "Velmora", "", "AR"},
		{"Un hombre camina en Velmora (Chile), el 3 de marzo de 2023.", "Velmora", "", "CL"},
		// A place, then the city it lies by.
		{"Paratroopers board a plane at the Drastovo airport, outside Moscow, on January 6, 2021.", "Moscow", "", "RU"},
		{"Paratroopers board a plane at Drastovo, outside Moscow, on January 6, 2021.", "Drastovo", "", "RU"},
		// A place of a city named in the possessive.
		{"Veterans march at Moscow's Red Square on May 9, 2024.", "Moscow", "", "RU"},
		{"Crowds cross a street in Tokyo's Shibuya district on May 3, 2024.", "Tokyo", "", "JP"},
		// Common words and teams are not places unless introduced as one.
		{"Police fire tear gas at protesters in Velmora, Chile, March 3, 2023.", "Velmora", "", "CL"},
		{"Firefighters battle a wildfire near Velmora, Fla., Tuesday, May 7, 2024.", "Velmora", "Fla.", "US"},
		{"Fans gather in Drastovo, N.Y., on Sunday, May 5, 2024.", "Drastovo", "N.Y.", "US"},
		{"Des manifestants défilent à Drastovo, dans le sud de la France, le 12 mai 2024.", "Drastovo", "", "FR"},
		{"Manifestantes marchan en Velmora, en el norte de Chile, el 3 de marzo de 2024.", "Velmora", "", "CL"},
		{"Police officers patrol a street after the storm.", "", "", ""},
		{"EDITORS NOTE: Graphic content / A man mourns at a cemetery.", "", "", ""},
		{"FILE - A man walks past a mural in Velmora, Chile, on May 3, 2019.", "Velmora", "", "CL"},
		{"Nice weather draws crowds to the beach in Nice, France, on July 14, 2023.", "Nice", "", "FR"},
		{"Mobile phones are on sale at a market.", "", "", ""},
		{"Fans of the Los Angeles Dodgers celebrate in Drastovo, California, on Oct. 30, 2024.", "Drastovo", "California", "US"},
		// Context picks between places of one name; population otherwise.
		{"Tourists visit the mosque-cathedral in Córdoba, Spain, on May 3, 2023.", "Córdoba", "", "ES"},
		{"Fans celebrate in Córdoba on May 3, 2023.", "Córdoba", "", "AR"},
		{"MADRID, 3 may (EFE).- Aficionados celebran en Córdoba el 3 de mayo de 2023.", "Córdoba", "", "ES"},
		{"Fans celebrate in Córdoba, Veracruz, on May 3, 2023.", "Córdoba", "Veracruz", "MX"},
		{"Students march in Valencia, Venezuela, on May 3, 2023.", "Valencia", "", "VE"},
		{"Fans celebrate in Rosario, Argentina, on Dec. 18, 2022.", "Rosario", "", "AR"},
		// Cities the hand-picked list missed.
		{"Commuters in Nagoya on May 3, 2023.", "Nagoya", "", "JP"},
		{"Workers in Daegu on May 3, 2023.", "Daegu", "", "KR"},
		{"Traffic in Pune on May 3, 2023.", "Pune", "", "IN"},
		{"A market in Surabaya on May 3, 2023.", "Surabaya", "", "ID"},
		{"Pilgrims in Mashhad on May 3, 2023.", "Mashhad", "", "IR"},
		{"Fans in Zaragoza on May 3, 2023.", "Zaragoza", "", "ES"},
		{"A tram in Omsk on May 3, 2023.", "Omsk", "", "RU"},
		{"Kiew: Menschen in der Innenstadt von Kiew am 3. März 2023.", "Kyiv", "", "UA"},
		{"People walk in Tiflis on May 3, 2023.", "Tbilisi", "", "GE"},
		// A district in its city: the city, and the city's country, not a
		// namesake's elsewhere (Westminster, Colorado).
		{"Members present the report at Westminster in London. Picture date: Tuesday March 5, 2024.", "London", "", "GB"},
		{"Tourists walk in Montmartre in Paris on May 3, 2023.", "Paris", "", "FR"},
		// An abbreviation in brackets after the name it abbreviates is the
		// organisation again, not a place (SANA is also Sanaa).
		{"A handout picture released by the Syrian Arab News Agency (SANA) on May 12, 2012, shows rubble after bombings in Velmora.", "Velmora", "", ""},
	} {
		got := parseLoc(t, tc.text)
		if geo.Fold(got.City) != geo.Fold(tc.city) || got.CountryCode != tc.country || tc.region != "" && got.Region != tc.region {
			t.Errorf("%q\n got city %q region %q country %q\nwant city %q region %q country %q", tc.text, got.City, got.Region, got.CountryCode, tc.city, tc.region, tc.country)
		}
	}
}

// FuzzLocation checks the location step on any text and date span: no
// panic, and every field it returns is words of the text (or a country's
// name and its two-letter code).
func FuzzLocation(f *testing.F) {
	files, _ := filepath.Glob("../testdata/captions/*.txt")
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		f.Add(string(b), 10, 20)
	}
	f.Add("VELMORA, Ukraine (AP) — in Velmora, Kharkiv region, Ukraine, March 3, 2024", 50, 63)
	f.Add("The Prince of Wales in X, Y, Z (A), on Monday in B's C of D", -1, -1)
	f.Add("Пожежники у Харкові, Україна; в Пловдив; στην Αθήνα, à Velmora, dans l'oblast de Kharkiv", -1, -1)
	f.Add("Fans in Velmora (Valencia), Trinidad and Tobago, Drastovo-ri, Quill County, China", -1, -1)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if !utf8.ValidString(s) {
			return
		}
		d := span{-1, -1}
		if 0 <= a && a <= b && b <= len(s) {
			d = span{a, b}
		}
		loc := findLocationText(s, d)
		if loc == nil {
			return
		}
		for _, v := range []string{loc.Text, loc.City, loc.Place} {
			if v == loc.City && loc.GeoNamesID != 0 {
				continue // GeoNames' name, checked below
			}
			if !strings.Contains(s, v) && !strings.Contains(parenToComma(s), v) {
				t.Fatalf("location field %q is not in the text %q", v, s)
			}
		}
		if id := loc.GeoNamesID; id != 0 && !slices.ContainsFunc(geo.Cities(loc.City), func(c *geo.City) bool { return c.ID == id }) {
			t.Fatalf("city %q is not GeoNames' name of place %d", loc.City, id)
		}
		if c := loc.CountryCode; c != "" && (len(c) != 2 || geo.CountryName(c) == "" && c != "XK") {
			t.Fatalf("country code %q", c)
		}
	})
}

// TestLocationAgencyStyles pins each agency's documented location shape
// (CONVENTIONS.md) on captions written for this test.
func TestLocationAgencyStyles(t *testing.T) {
	for _, tc := range []struct{ text, city, country string }{
		{"Rescuers search for survivors in the rubble of a building in Antakya, southern Turkey, on February 8, 2023. (Photo by Jane Doe / AFP)", "Antakya", "TR"},
		{"Firefighters battle a wildfire near Tarpon Springs, Fla., Tuesday, May 7, 2024. (AP Photo/John Roe)", "Tarpon Springs", "US"},
		{"A woman walks past a damaged building in Kharkiv, Ukraine April 5, 2024. REUTERS/Jane Doe", "Kharkiv", "UA"},
		{"Soccer Football - Premier League - Arsenal v Chelsea - Emirates Stadium, London, Britain - April 23, 2024 Arsenal's Jo Roe celebrates. Action Images via Reuters/Jane Doe", "London", "GB"},
		{"WASHINGTON, DC - JUNE 24: Demonstrators gather outside the Supreme Court on June 24, 2022 in Washington, DC. (Photo by Jane Doe/Getty Images)", "WASHINGTON", "US"},
		{"epa11234567 Supporters wave flags during a rally in Sao Paulo, Brazil, 07 March 2024. EPA-EFE/JANE DOE", "Sao Paulo", "BR"},
		{"GRAF8876. MEDELLÍN (COLOMBIA), 01/05/2024.- Manifestantes marchan este miércoles en Medellín (Colombia). EFE/Luis Roe", "MEDELLÍN", "CO"},
		{"(240922) -- URUMQI, Sept. 22, 2024 (Xinhua) -- Tourists visit the ancient city of Kashgar, northwest China's Xinjiang Uygur Autonomous Region, Sept. 17, 2024. (Xinhua/Gu Yu)", "Kashgar", "CN"},
		{"Cherry blossoms are in full bloom in Hirosaki, Aomori Prefecture, on April 22, 2024. (Kyodo)", "Hirosaki", "JP"},
		{"People walk along a street in Busan on Sept. 13, 2024. (Yonhap)", "Busan", "KR"},
		{"Premiere of the new film, Los Angeles, USA - 03 Feb 2026", "Los Angeles", "US"},
		{"Demonstranten ziehen am 21. Oktober 2023 durch die Innenstadt von Leipzig. Foto: Jane Doe/dpa", "Leipzig", "DE"},
		{"Des manifestants défilent à Marseille, dans le sud de la France, le 12 mai 2024.", "Marseille", "FR"},
		{"Vecinos observan los daños en Valencia (España), este miércoles.", "Valencia", "ES"},
		{"GAZA CITY, GAZA - APRIL 6: Palestinians inspect a damaged building on April 6, 2024. ( Jo Roe - Anadolu Agency )", "Gaza", ""}, // GeoNames' name
		{"BEIRUT (AP) — Smoke rises after a strike on a building on Tuesday.", "BEIRUT", "LB"},
		{"Migrants disembark from a rescue ship at the port of Lampedusa, Italy, August 3, 2023. REUTERS/Jane Doe", "Lampedusa", "IT"},
		{"Tourists walk at the Trocadero esplanade in front of the Eiffel Tower in Paris on June 1, 2024. (Photo by Jo Roe / AFP)", "Paris", "FR"},
		{"Firefighters work at the site of a rocket strike in the northern Israeli town of Kiryat Shmona on May 5, 2024.", "Kiryat Shmona", "IL"},
		{"Smoke billows over Khan Younis in the southern Gaza Strip on January 23, 2024.", "Khān Yūnis", ""}, // GeoNames' name
		{"Kyiv, Ukraine 22 April 2019. Voters queue at a polling station. © Jo Roe / Lundi13", "Kyiv", "UA"},
		{"ZAPORIZHZHIA, UKRAINE - FEBRUARY 05, 2024 - Rescuers work at the site of a strike.", "ZAPORIZHZHIA", "UA"},
		{"Gaza, Palestine. 13 March 2024. Palestinians queue for food.", "Gaza", "PS"}, // as stated
		{"Paris Saint-Germain's Jo Roe in action against Real Madrid at the Parc des Princes, Paris, France, March 6, 2024. REUTERS/Jane Doe", "Paris", "FR"},
		{"Florence Roe attends the premiere at Leicester Square in London, England, on February 15, 2024.", "London", "GB"},
		{"Tourists walk past the Brandenburg Gate, Berlin, Germany, May 3, 2024. REUTERS/Jane Doe", "Berlin", "DE"},
		{"Commuters wait for a bus in Velmora, Washington, U.S., May 3, 2024. REUTERS/Jane Doe", "Velmora", "US"},
		{"Mourners attend a funeral in the village of Velmora, in the Israeli-occupied West Bank, May 3, 2024. REUTERS/Jane Doe", "Velmora", ""},
		{"Manchester City's Jo Roe celebrates scoring their second goal. REUTERS/Jane Doe", "", ""},
		{"Jackson Roe performs on stage during the festival. (Photo by Jo Roe/Getty Images)", "", ""},
	} {
		got := parseLoc(t, tc.text)
		if geo.Fold(got.City) != geo.Fold(tc.city) || got.CountryCode != tc.country {
			t.Errorf("%q\n got city %q country %q (%+v)\nwant city %q country %q", tc.text, got.City, got.CountryCode, got, tc.city, tc.country)
		}
	}
}

func TestPlaceMention(t *testing.T) {
	text := "Police said Jackson met the mayor of Velmora in Drastovo, Chile, and in Nice, near Reading, Paris and Kyiv."
	toks := wordsOf(text)
	runs := nameRuns(text, toks)
	for _, r := range runs {
		resolveRun(r)
	}
	var got []string
	for i, r := range runs {
		if placeMention(text, toks, runs, i) {
			got = append(got, r.text)
		}
	}
	want := "Chile Nice Reading Paris Kyiv"
	if strings.Join(got, " ") != want {
		t.Errorf("place mentions = %q, want %q", strings.Join(got, " "), want)
	}
}
