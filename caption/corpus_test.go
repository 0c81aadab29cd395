package caption

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

var verbose = flag.Bool("corpus.v", false, "print every corpus miss")

const corpusPath = "../../shared/corpus/captions/dev.jsonl"

type corpusEntry struct {
	Caption string `json:"caption"`
	Agency  string `json:"agency"`
	Labels  struct {
		Credit       *string  `json:"credit"`
		Photographer []string `json:"photographer"`
		Restrictions []string `json:"restrictions"`
		Date         *string  `json:"date"`
		Location     struct {
			Place   *string `json:"place"`
			City    *string `json:"city"`
			Region  *string `json:"region"`
			Country *string `json:"country"`
		} `json:"location"`
		FilePhoto bool `json:"file_photo"`
	} `json:"labels"`
}

func loadCorpus(tb testing.TB) []corpusEntry {
	path, _ := filepath.Abs(corpusPath)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("caption corpus not found at %s (it lives in ../shared beside the repository): %v", path, err)
	}
	defer f.Close()
	var out []corpusEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e corpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			tb.Fatalf("corpus line: %v", err)
		}
		out = append(out, e)
	}
	return out
}

var creditFoldRe = regexp.MustCompile(`(?i)^\s*(?:photo by|photo credit should read|mandatory credit:?|©)\s*`)

// foldCredit folds case, accents, white space, spaces around "/", quotes,
// brackets and a leading "Photo by" as the scoring rule says.
func foldCredit(s string) string {
	s = strings.NewReplacer("“", "", "”", "", "\"", "", "(", "", ")", "", "[", "", "]", "").Replace(s)
	s = creditFoldRe.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.ToLower(s)
	s = regexp.MustCompile(`\s*/\s*`).ReplaceAllString(s, "/")
	return strings.Join(strings.Fields(s), " ")
}

// labelCodes maps a labelled restriction phrase to DESIGN codes, written
// independently of the parser's own table.
func labelCodes(phrase string) []string {
	p := strings.ToUpper(phrase)
	var out []string
	add := func(c string) { out = append(out, c) }
	switch {
	case strings.Contains(p, "PUBLICATIONX") || strings.HasSuffix(p, " OUT") || regexp.MustCompile(` IN [A-Z]`).MatchString(p) && strings.HasPrefix(p, "NO "):
		add(Out)
		return out
	}
	if strings.Contains(p, "EDITORIAL USE") {
		add(EditorialOnly)
	}
	if strings.Contains(p, "MANDATORY CREDIT") || strings.Contains(p, "CREDIT SHOULD READ") {
		add(MandatoryCredit)
	}
	if strings.Contains(p, "MARKETING") {
		add(NoMarketing)
	}
	if strings.Contains(p, "ADVERTISING") {
		add(NoAdvertising)
	}
	if strings.Contains(p, "SERVICE TO CLIENTS") {
		add(ServiceToClients)
	}
	if strings.Contains(p, "SALES") || strings.Contains(p, "RESALES") {
		add(NoSales)
	}
	if strings.Contains(p, "ARCHIVE") {
		add(NoArchive)
	}
	if strings.Contains(p, "BY A THIRD PARTY") {
		add(ThirdPartySupplied)
	}
	if strings.Contains(p, "OBSCURE LOGO") {
		add(NoAlteration)
	}
	if strings.Contains(p, "VERIFY") {
		add(Unverified)
	}
	if strings.Contains(p, "COMMERCIAL USE") {
		add(NoCommercial)
	}
	if strings.Contains(p, "THIRD PARTY DISTRIBUTORS") {
		add(NoThirdParty)
	}
	if len(out) == 0 {
		add(OtherRestriction)
	}
	return out
}

func codeSet(codes []string) map[string]bool {
	m := map[string]bool{}
	for _, c := range codes {
		m[c] = true
	}
	return m
}

func countryCode(name string) string {
	if c, ok := geo.Country(name); ok {
		return c
	}
	return "?" + name
}

// TestCorpus scores the parser on the hand-labelled captions field by field.
func TestCorpus(t *testing.T) {
	entries := loadCorpus(t)
	fields := []string{"credit", "photographers", "agency", "restrictions", "date", "country", "place", "file_photo"}
	ok := map[string]int{}
	total := map[string]int{}
	score := func(field string, good bool, i int, e corpusEntry, got, want any) {
		total[field]++
		if good {
			ok[field]++
		} else if *verbose {
			t.Logf("#%d %s: got %v want %v\n    %.160s", i, field, got, want, e.Caption)
		}
	}
	for i, e := range entries {
		c, err := Parse(e.Caption, Options{})
		if err != nil {
			t.Fatalf("#%d: %v", i, err)
		}
		l := e.Labels
		// credit
		wantCredit := ""
		if l.Credit != nil {
			wantCredit = foldCredit(*l.Credit)
		}
		score("credit", foldCredit(c.Credit) == wantCredit, i, e, c.Credit, wantCredit)
		// photographers
		var gotP, wantP []string
		for _, p := range c.Photographers {
			gotP = append(gotP, geo.Fold(p))
		}
		for _, p := range l.Photographer {
			wantP = append(wantP, geo.Fold(p))
		}
		sort.Strings(gotP)
		sort.Strings(wantP)
		score("photographers", strings.Join(gotP, "|") == strings.Join(wantP, "|"), i, e, gotP, wantP)
		// agency: only where the caption carries a credit to read it from.
		if l.Credit != nil {
			want := strings.Split(strings.NewReplacer(" (via ", "|", ")", "").Replace(e.Agency), "|")
			good := false
			for _, w := range want {
				if AgencyName(w) != "" && AgencyName(w) == AgencyName(c.Agency) || geo.Fold(w) == geo.Fold(c.Agency) {
					good = true
				}
			}
			score("agency", good, i, e, c.Agency, e.Agency)
		}
		// restrictions
		var wantCodes []string
		for _, r := range l.Restrictions {
			wantCodes = append(wantCodes, labelCodes(r)...)
		}
		var gotCodes []string
		for _, r := range c.Restrictions {
			gotCodes = append(gotCodes, r.Code)
		}
		ws, gs := codeSet(wantCodes), codeSet(gotCodes)
		diff := 0
		for k := range ws {
			if !gs[k] {
				diff++
			}
		}
		for k := range gs {
			if !ws[k] {
				diff++
			}
		}
		good := diff == 0 || (len(ws) >= 4 && diff == 1)
		score("restrictions", good, i, e, keys(gs), keys(ws))
		// date
		gotDate := ""
		if c.Date != nil {
			gotDate = c.Date.Value
		}
		wantDate := ""
		if l.Date != nil {
			wantDate = *l.Date
		}
		score("date", gotDate == wantDate, i, e, gotDate, wantDate)
		// country
		gotCC, wantCC := "", ""
		if c.Location != nil {
			gotCC = c.Location.CountryCode
		}
		if l.Location.Country != nil {
			wantCC = countryCode(*l.Location.Country)
		}
		score("country", gotCC == wantCC, i, e, gotCC, wantCC)
		// place
		want := l.Location.City
		if want == nil {
			want = l.Location.Place
		}
		if want != nil {
			hay := ""
			if c.Location != nil {
				hay = geo.Fold(strings.Join([]string{c.Location.Place, c.Location.City, c.Location.Region, c.Location.Text}, " | "))
			}
			score("place", strings.Contains(hay, geo.Fold(*want)), i, e, hay, *want)
		}
		score("file_photo", c.FilePhoto == l.FilePhoto, i, e, c.FilePhoto, l.FilePhoto)
	}
	var report []string
	for _, f := range fields {
		pct := 100 * float64(ok[f]) / float64(max(1, total[f]))
		report = append(report, fmt.Sprintf("%s %d/%d (%.1f%%)", f, ok[f], total[f], pct))
		if pct < 90 {
			defer t.Errorf("%s accuracy %.1f%% is below 90%%", f, pct)
		}
	}
	t.Logf("caption corpus (%d captions): %s", len(entries), strings.Join(report, ", "))
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
