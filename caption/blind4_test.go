package caption

import (
	"slices"
	"testing"
)

// The fourth blind set (testdata/blind4/README.md says how it was written)
// is made to read like the real traffic the issue measured on (about one
// credit, agency and place in five wrong), where the first three sets came
// out too tidy: captions in other Latin-script languages, each in its
// agencies' own house style (dpa, IMAGO, Keystone-SDA, APA, MAXPPP chains,
// EFE, Europa Press, ANSA, LaPresse, Lusa, Folhapress, ANP, PAP, ČTK, TASR,
// MTI, Agerpres, HINA, Pixsell, TT, NTB, Lehtikuva, AA, Antara and more),
// English captions as newspapers and photo desks re-edit the wires, and
// credit-field values as DAM and CMS systems store them (distribution
// chains in every order, copyright notices, desk codes, handouts, pools,
// freelancers, newspaper staff). Like the others it is held out whole:
// only aggregate figures are printed, never a miss, under -v, -corpus.v or
// any other flag, and nobody writing rules may read its files.
const (
	blind4Glob       = "testdata/blind4/captions_*.jsonl"
	blind4CreditPath = "testdata/blind4/credits.jsonl"
)

// blind4Groups: English, then the other Latin-script languages by family.
var blind4Groups = []string{"en", "germanic", "romance", "slavic", "other"}

// blind4Families maps a language (ISO 639-1) to its family group; a
// language not listed (Hungarian, Finnish, Estonian, Turkish, Indonesian,
// Swahili…) counts in "other".
var blind4Families = map[string][]string{
	"germanic": {"de", "nl", "sv", "no", "nb", "nn", "da", "is", "lb", "af"},
	"romance":  {"fr", "es", "ca", "it", "pt", "ro", "gl"},
	"slavic":   {"pl", "cs", "sk", "hr", "sr", "sl", "bs"},
}

// blind4Group is the group a caption's figures count in.
func blind4Group(lang string) string {
	if lang == "en" {
		return "en"
	}
	for fam, langs := range blind4Families {
		if slices.Contains(langs, lang) {
			return fam
		}
	}
	return "other"
}

// blind4Floor sits 2 points under the figures measured at d85bfed, the
// commit the set was written against (see the README), per group.
var blind4Floor = map[string][5]float64{ // field: {en, germanic, romance, slavic, other}
	"credit":        {75.5, 76.7, 78.7, 58.0, 81.3},
	"photographers": {93.9, 85.8, 78.7, 98.0, 92.4},
	"agency":        {85.7, 82.8, 78.7, 98.0, 86.8},
	"restrictions":  {95.9, 85.8, 92.2, 93.0, 98.0},
	"date":          {95.9, 91.9, 94.1, 98.0, 98.0},
	"country":       {95.9, 88.9, 88.3, 88.0, 86.8},
	"city":          {85.7, 85.5, 72.5, 83.0, 75.7},
	"place":         {91.8, 88.6, 74.4, 83.0, 81.3},
	"file_photo":    {98.0, 91.9, 96.0, 78.0, 92.4},
}

// blind4CleanFloor: as blind4Floor, for "no invented flag" on all captions.
var blind4CleanFloor = map[string]float64{
	"restrictions": 98,
	"file_photo":   98,
}

// blind4CreditFloor: as blind4Floor, for ParseCredit on credit values.
var blind4CreditFloor = map[string]float64{
	"agency":        89.7,
	"photographers": 95.4,
}

// TestBlind4 scores Parse on the fourth blind set's captions with
// TestCorpus' strict scoring, all and per group.
func TestBlind4(t *testing.T) {
	scoreBlindGroups(t, "blind4", loadBlindGlob(t, blind4Glob), blind4Groups, blind4Group,
		func(f string, gi int) float64 { return blind4Floor[f][gi] }, blind4CleanFloor)
}

// TestBlind4Credit scores ParseCredit on the fourth blind set's
// credit-field values; it prints no miss.
func TestBlind4Credit(t *testing.T) {
	scoreBlindCredit(t, "blind4", blind4CreditPath, blind4CreditFloor)
}

// TestBlind4Labels checks the fourth blind set's labels alone (never the
// parser), and that the set keeps its size and its groups: at least 15
// captions in each group, 100 captions in other Latin-script languages and
// 100 credit values.
func TestBlind4Labels(t *testing.T) {
	entries, rows := checkBlindLabels(t, loadBlindGlob(t, blind4Glob), blind4CreditPath)
	n := map[string]int{}
	for _, e := range entries {
		n[blind4Group(e.Lang)]++
	}
	if len(entries)-n["en"] < 100 || len(rows) < 100 {
		t.Errorf("blind4 set too small: %d captions not in English, %d credit values", len(entries)-n["en"], len(rows))
	}
	for _, g := range blind4Groups {
		if n[g] < 15 {
			t.Errorf("blind4 set: %d captions in group %s (want 15)", n[g], g)
		}
	}
}
