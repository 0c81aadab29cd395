package caption

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// The conventions set is a second, independent measure of how well the
// parser generalises: captions invented for it in the documented house
// style of many agencies and languages (testdata/conventions/*.jsonl, the
// schema of the dev corpus), each labelled by hand from the caption and
// ../shared/corpus/captions/CONVENTIONS.md before the parser ever read it.
// Names, places and stories are invented or generic; no caption is taken
// from the dev corpus. Like the dev corpus it has a fixed hold-out split,
// here half the captions, by the same hash of the caption's text: rules
// are written against the dev half, the held-out half says whether they
// carry over. Misses are printed for the dev half only (-corpus.v).
const conventionsGlob = "testdata/conventions/*.jsonl"

// conventionsCreditPath holds credit-field values as newsroom systems store
// them (IPTC Credit, By-line, Source) with the agency and photographers a
// desk reads from them, for ParseCredit.
const conventionsCreditPath = "testdata/conventions/credits/fields.jsonl"

// heldOutHalf is the conventions sets' split: half the entries, chosen by
// the same hash as heldOut (whose quarter it contains).
func heldOutHalf(caption string) bool { return captionHash(caption)%2 == 0 }

// conventionsFloor sits a little under what the parser scored on the set
// when it was written (see the log lines), as a regression guard on both
// halves.
var conventionsFloor = map[string][2]float64{ // field: {dev, held-out}
	"credit":        {89, 89},
	"photographers": {87, 89},
	"agency":        {90, 91},
	"restrictions":  {98, 98},
	"date":          {98, 97},
	"country":       {89, 89},
	"city":          {83, 84},
	"place":         {87, 88},
	"file_photo":    {97, 97},
}

func loadConventionSet(t *testing.T) []corpusEntry {
	paths, err := filepath.Glob(conventionsGlob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no conventions captions at %s: %v", conventionsGlob, err)
	}
	entries, err := loadEntries(paths, heldOutHalf)
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// TestConventions scores Parse on the invented captions, field by field,
// with TestCorpus' strict scoring, on each half.
func TestConventions(t *testing.T) {
	dev, held := scoreCorpus(t, loadConventionSet(t))
	checkFloors(t, "conventions", dev, held, conventionsFloor)
}

var labelDateRe = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$`)

// TestConventionsLabels checks the labels themselves, so that a typo in
// the set cannot pass for a parser miss: every caption is distinct and
// names its agency, every date is YYYY-MM(-DD), every labelled country is
// one the gazetteer knows, every restriction phrase maps to a code, and a
// credit, where labelled, is written in the caption (or a photographer
// has one to come from).
func TestConventionsLabels(t *testing.T) { checkLabels(t, loadConventionSet(t)) }

// checkLabels is TestConventionsLabels' check of a hand-labelled set,
// shared with the blind set (blind_test.go); it never runs the parser.
func checkLabels(t *testing.T, entries []corpusEntry) {
	seen := map[string]bool{}
	for i, e := range entries {
		l := e.Labels
		bad := func(format string, args ...any) {
			t.Errorf("#%d %.60q: "+format, append([]any{i, e.Caption}, args...)...)
		}
		if seen[e.Caption] {
			bad("caption appears twice")
		}
		seen[e.Caption] = true
		if e.Agency == "" {
			bad("no agency")
		}
		if l.Date != nil && !labelDateRe.MatchString(*l.Date) {
			bad("date %q is not YYYY-MM-DD or YYYY-MM", *l.Date)
		}
		if c := l.Location.Country; c != nil {
			if _, ok := geo.Country(*c); !ok {
				bad("country %q is unknown to the gazetteer", *c)
			}
		}
		for _, r := range l.Restrictions {
			if r != strings.ToUpper(r) || len(labelCodes(r)) == 0 && !announcesOnly(r) {
				bad("restriction %q is not an upper-case phrase with a code", r)
			}
		}
		if l.Credit == nil && len(l.Photographer) > 0 {
			bad("photographers without a credit")
		}
		if l.Credit != nil && !strings.Contains(foldCredit(e.Caption), foldCredit(*l.Credit)) {
			bad("credit %q is not in the caption", *l.Credit)
		}
	}
}

// creditRow is one credit-field value with what a desk reads from it.
type creditRow struct {
	Credit        string   `json:"credit"`
	Agency        string   `json:"agency"`
	Photographers []string `json:"photographers"`
}

// conventionsCreditFloor: as conventionsFloor, for ParseCredit.
var conventionsCreditFloor = map[string][2]float64{
	"agency":        {96, 97},
	"photographers": {97, 96},
}

// TestConventionsCredit scores ParseCredit on credit-field values: the
// agency as in TestCorpus ("" where the value names none), the
// photographers as a set.
func TestConventionsCredit(t *testing.T) {
	rows, err := loadJSONLines[creditRow](conventionsCreditPath)
	if err != nil {
		t.Fatal(err)
	}
	dev := corpusScore{map[string]int{}, map[string]int{}}
	held := corpusScore{map[string]int{}, map[string]int{}}
	for i, r := range rows {
		cs, heldOut := dev, heldOutHalf(r.Credit)
		if heldOut {
			cs = held
		}
		got := ParseCredit(r.Credit)
		score := func(field string, good bool, got, want any) {
			cs.total[field]++
			if good {
				cs.ok[field]++
			} else if *verbose && !heldOut {
				t.Logf("#%d %s: got %v want %v\n    %s", i, field, got, want, r.Credit)
			}
		}
		score("agency", r.Agency == "" && got.Agency == "" || r.Agency != "" && agencyMatches(r.Agency, got.Agency), got.Agency, r.Agency)
		score("photographers", foldedSet(got.Photographers) == foldedSet(r.Photographers), got.Photographers, r.Photographers)
	}
	checkFloors(t, "conventions credit", dev, held, conventionsCreditFloor)
}
