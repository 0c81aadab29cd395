package caption

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestScanDatesAndPlacesFrench(t *testing.T) {
	text := "La police a fait une descente le 5 mars 2022. Les parachutistes ont été envoyés en Biélorussie quelques jours après l'invasion de l'Ukraine par la Russie le 24 février. Ils sont rentrés à Pskov puis à Moscou."
	var dates []string
	for _, d := range ScanDates(text, time.Time{}) {
		dates = append(dates, d.String())
	}
	if strings.Join(dates, ",") != "2022-03-05,2022-02-24" {
		t.Errorf("dates = %v", dates)
	}
	var places []string
	for _, p := range Places(text) {
		places = append(places, p.Name+"/"+p.CountryCode)
	}
	want := "Belarus/BY,Ukraine/UA,Russia/RU,Pskov/RU,Moscow/RU"
	if strings.Join(places, ",") != want {
		t.Errorf("places = %v, want %s", places, want)
	}
}

func TestPlacesAcrossSpellings(t *testing.T) {
	for _, s := range []string{"in Kyiv", "à Kiev", "in Kiew"} {
		ps := Places("Soldaten " + s + " heute.")
		if len(ps) == 0 || ps[0].Name != "Kyiv" {
			t.Errorf("%q: %+v", s, ps)
		}
	}
}

func TestSeedArticleIfPresent(t *testing.T) {
	b, err := os.ReadFile("../../shared/seed/article-fr-paratroopers.txt")
	if err != nil {
		t.Skip("seed not found beside the repository")
	}
	if DetectLanguage(string(b)) != "fr" {
		t.Errorf("language = %q", DetectLanguage(string(b)))
	}
}
