package caption

import (
	"slices"
	"testing"
)

// The fifth blind set (testdata/blind5/README.md says how it was written)
// is the yardstick where the earlier sets came out too tidy (restrictions
// 95-98, file photo 95-99 against the 77 and 88 on real captions
// never seen): wire advisory blocks as the agencies send them, embargoes
// and territory limits in many forms and languages, and captions whose
// story holds restriction-like words but carries no restriction; national
// and regional agencies writing in English in their own house styles, with
// their own file-photo markers; captions in other scripts from their own
// agencies. Like the others it is held out whole: only aggregate figures
// are printed, never a miss, under -v, -corpus.v or any other flag, and
// nobody writing rules may read its files.
const blind5Glob = "testdata/blind5/captions_*.jsonl"

// blind5Groups: restriction-heavy captions (any language), national and
// regional agencies in English, other scripts. Each caption names its
// group in its "group" field.
var blind5Groups = []string{"restr", "national", "script"}

// blind5Decoy is the mess tag of a caption whose story holds
// restriction-like words (a ban, an oil embargo, an editorial board, out
// of the country) and which carries no restriction.
const blind5Decoy = "decoy"

// blind5Floor sits 2 points under the figures measured at 07ebc3b, the
// commit the set was written against (see the README), per group.
var blind5Floor = map[string][3]float64{ // field: {restr, national, script}
	"credit":        {91.8, 82.6, 65.3},
	"photographers": {89.7, 92.2, 86.5},
	"agency":        {93.8, 84.5, 69.2},
	"restrictions":  {75.1, 98.0, 94.2},
	"date":          {94.9, 98.0, 84.5},
	"country":       {93.8, 90.3, 59.5},
	"city":          {88.6, 69.2, 42.2},
	"place":         {93.8, 76.8, 42.2},
	"file_photo":    {97.0, 98.0, 82.6},
}

// blind5CleanFloor: as blind5Floor, for "no invented flag" on all captions.
var blind5CleanFloor = map[string]float64{
	"restrictions": 95.1,
	"file_photo":   97.4,
}

// blind5DecoyFloor: as blind5CleanFloor, on the decoys alone.
var blind5DecoyFloor = map[string]float64{
	"restrictions": 87.2,
	"file_photo":   95.3,
}

// TestBlind5 scores Parse on the fifth blind set's captions with
// TestCorpus' strict scoring, all and per group, then "no invented flag"
// on the decoys alone.
func TestBlind5(t *testing.T) {
	entries := loadBlindGlob(t, blind5Glob)
	scoreBlindBy(t, "blind5", entries, blind5Groups, func(e blindEntry) string { return e.Group },
		func(f string, gi int) float64 { return blind5Floor[f][gi] }, blind5CleanFloor)
	decoys := newScore()
	for i, e := range entries {
		if !slices.Contains(e.Mess, blind5Decoy) {
			continue
		}
		c, err := Parse(e.Caption, Options{})
		if err != nil {
			t.Fatalf("blind5 caption %d: %v", i, err)
		}
		scoreNoFalseFlag(decoys, e.corpusEntry, c)
	}
	t.Logf("blind5 decoys no invented flag: %s", decoys)
	for f, floor := range blind5DecoyFloor {
		if decoys.pct(f) < floor {
			t.Errorf("blind5 decoys %s accuracy %.1f%% is below %.1f%%", f, decoys.pct(f), floor)
		}
	}
}

// TestBlind5Labels checks the fifth blind set's labels alone (never the
// parser), and that the set keeps its size and its groups: every caption
// in one of the groups, at least 40 in each, 20 decoys, and no decoy
// labelled with a restriction.
func TestBlind5Labels(t *testing.T) {
	entries, _ := checkBlindLabels(t, loadBlindGlob(t, blind5Glob), "")
	n := map[string]int{}
	for i, e := range entries {
		if !slices.Contains(blind5Groups, e.Group) {
			t.Errorf("blind5 caption %d: group %q is none of %v", i, e.Group, blind5Groups)
		}
		n[e.Group]++
		if slices.Contains(e.Mess, blind5Decoy) {
			n[blind5Decoy]++
			if len(e.Labels.Restrictions) > 0 {
				t.Errorf("blind5 caption %d: a decoy labelled with a restriction", i)
			}
		}
	}
	for _, g := range blind5Groups {
		if n[g] < 40 {
			t.Errorf("blind5 set: %d captions in group %s (want 40)", n[g], g)
		}
	}
	if n[blind5Decoy] < 20 {
		t.Errorf("blind5 set: %d decoys (want 20)", n[blind5Decoy])
	}
}
