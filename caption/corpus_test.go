package caption

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

var verbose = flag.Bool("corpus.v", false, "print every corpus miss")

const corpusPath = "../../shared/corpus/captions/dev.jsonl"

// corpusPaths are the hand-labelled captions every corpus test reads:
// dev.jsonl and dev2.jsonl (152 more, many agencies and languages).
var corpusPaths = []string{corpusPath, "../../shared/corpus/captions/dev2.jsonl"}

type corpusEntry struct {
	Caption string `json:"caption"`
	Agency  string `json:"agency"`
	// HeldOut is set on load by heldOut: the one fixed split every test uses.
	HeldOut bool `json:"-"`
	Labels  struct {
		Credit       *string  `json:"credit"`
		CreditAlt    *string  `json:"credit_alt"`
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
	out, err := loadEntries(corpusPaths, heldOut)
	if err != nil {
		tb.Skipf("caption corpus not found (it lives in ../shared beside the repository): %v", err)
	}
	return out
}

// loadEntries reads hand-labelled captions from JSON lines files, marking
// each held out or not by split.
func loadEntries(paths []string, split func(string) bool) ([]corpusEntry, error) {
	out, err := loadJSONLines[corpusEntry](paths...)
	for i := range out {
		out[i].HeldOut = split(out[i].Caption)
	}
	return out, err
}

// loadJSONLines reads one T per line from each file in turn; an unreadable
// file or a line that is no T is an error naming its place.
func loadJSONLines[T any](paths ...string) ([]T, error) {
	var out []T
	for _, p := range paths {
		path, _ := filepath.Abs(p)
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			var v T
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", p, line, err)
			}
			out = append(out, v)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return out, nil
}

var creditFoldRe = regexp.MustCompile(`(?i)^\s*(?:photo by|photo credit should read|mandatory credit:?|©)\s*`)

// foldCredit folds case, accents, white space, spaces around "/" and a
// leading "Photo by" / "Photo credit should read" / "Mandatory credit:" /
// "©" as the corpus scoring rule says. Brackets and quotes are NOT folded:
// a credit that keeps a stray ")" is wrong.
func foldCredit(s string) string {
	s = strings.NewReplacer("“", "\"", "”", "\"").Replace(s)
	s = creditFoldRe.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.ToLower(string(foldKeyAccents(s)))
	s = slashSpaceRe.ReplaceAllString(s, "/")
	return strings.Join(strings.Fields(foldSigma(s)), " ")
}

// foldSigma writes the Greek final sigma as σ: Unicode case folding makes
// ς, σ and Σ one letter, and strings.ToLower, which leaves a capital Σ
// as σ at a word's end, does not, so "ΒΕΛΜΟΣ" and "Βελμος" would differ.
func foldSigma(s string) string { return strings.ReplaceAll(s, "ς", "σ") }

var slashSpaceRe = regexp.MustCompile(`\s*/\s*`)

// foldKeyAccents strips accents, keeping punctuation (unlike foldKey).
func foldKeyAccents(s string) []byte {
	var b []byte
	for _, r := range s {
		b = utf8.AppendRune(b, unaccent(r))
	}
	return b
}

// labelCodes maps a labelled restriction phrase to DESIGN codes, written
// independently of the parser's own table: the phrase, upper case with
// accents folded, names a code when it contains one of labelWords' words.
func labelCodes(phrase string) []string {
	p := string(foldKeyAccents(strings.ToUpper(phrase)))
	// A territory list after "OUT:" (a desk's "OUT: UK", read as "UK OUT") is OUT too.
	if strings.Contains(p, "PUBLICATIONX") || strings.HasSuffix(p, " OUT") || strings.HasPrefix(p, "OUT:") || labelInRe.MatchString(p) && strings.HasPrefix(p, "NO ") || labelNotInRe.MatchString(p) {
		return []string{Out}
	}
	var out []string
	for _, w := range labelWords {
		if slices.ContainsFunc(w.words, func(k string) bool { return strings.Contains(p, k) }) {
			out = append(out, w.code)
		}
	}
	if len(out) == 0 && !announcesOnly(p) {
		out = append(out, OtherRestriction)
	}
	return out
}

// labelInRe: a territory named after "NO …": English "IN", and Spanish
// "EN" (CONVENTIONS §16, the Spanish desks' "NO USAR EN ESPAÑA"); blind4:
// French "POUR" (Bestimage's "No Web pour la Belgique et la Suisse").
var labelInRe = regexp.MustCompile(` (IN|EN|POUR) [A-Z]`)

// labelNotInRe (blind5): other territory and use limits DESIGN reads as
// OUT: "NOT FOR USE/SALE/PUBLICATION IN <territory>", Spanish "PROHIBIDO
// SU USO EN <territory>", a territory list straight after "NO USE" ("NO
// USE A, B, C") and a use after "NO USE ON" (DESIGN's "NO USE ON SOCIAL
// MEDIA"); "NO USE WITH …" (a league's terms) is not one.
var labelNotInRe = regexp.MustCompile(`^(?:NOT FOR (?:USE|SALE|PUBLICATION) IN |PROHIBIDO SU USO EN |NO USE ON |NO USE [A-Z]+(?:,|$| AND ))`)

// labelWords: the words that name each code in a labelled phrase, in the
// four languages of the corpora (conventions set: dpa's "NUR ZUR
// REDAKTIONELLEN VERWENDUNG", EFE's "USO EDITORIAL SOLAMENTE", "NO
// VENTAS", "NO ARCHIVOS", "CRÉDITO OBLIGATORIO", ANSA's "NO ARCHIVING").
var labelWords = []struct {
	code  string
	words []string
}{
	{EditorialOnly, []string{"EDITORIAL USE", "EDITORIAL USAGE", "REDAKTIONELL", "USO EDITORIAL", "USAGE EDITORIAL",
		// blind2's other languages: da, no, nl, pl, cs, hu, ro, tr, ru, uk, hr/sr, fi
		"REDAKTIONEL", "REDAKSJONELL", "REDACTIONEEL", "REDAKCYJN", "REDAKCNI", "SZERKESZTOSEGI", "SCOP EDITORIAL", "UZ EDITORIAL", "EDITORYAL", "РЕДАКЦИОН", "РЕДАКЦІЙН", "UREDNICK", "TOIMITUKSELLI"}},
	{MandatoryCredit, []string{"MANDATORY CREDIT", "CREDIT SHOULD READ", "CREDITO OBLIGATORIO", "CREDIT OBLIGATOIRE", "NENNUNG DES", "CREDITO OBBLIGATORIO", "CREDITO OBRIGATORIO"}},
	{NoMarketing, []string{"MARKETING"}},
	{NoAdvertising, []string{"ADVERTISING"}},
	{ServiceToClients, []string{"SERVICE TO CLIENTS"}},
	{NoSales, []string{"SALES", "VENTAS", "VENTE", "VERKAUF", "LICENSING", "VENDITA", "VENDA", "SPRZEDAZ", "PRODEJ", "VERKOOP", "FORSALJNING", "VIDERESALG",
		// blind5: Yonhap's notice on foreign agencies' pictures, "[재판매 및 DB 금지]" (no resale, no database).
		"재판매",
		// blind5: the Spanish desks' "PROHIBIDA SU VENTA" (sale prohibited).
		"SU VENTA"}},
	{NoArchive, []string{"ARCHIVE", "ARCHIVING", "ARCHIVAR", "ARCHIVOS", "ARCHIVIERUNG", "ARCHIVIO", "ARQUIVO", "ARCHIWIZ", "ARCHIVAGE", "DB 금지"}},
	{ThirdPartySupplied, []string{"BY A THIRD PARTY"}},
	{NoAlteration, []string{"OBSCURE LOGO"}},
	{Unverified, []string{"VERIFY", "VERIFIED"}},
	{NoCommercial, []string{"COMMERCIAL USE", "COMMERCIAL USAGE"}},
	{NoThirdParty, []string{"THIRD PARTY DISTRIBUTORS", "WEITERGABE AN DRITTE"}}, // blind5: picture alliance's "Keine Weitergabe an Dritte"
	{NoBooks, []string{"BOOK"}},
	{GraphicContent, []string{"GRAPHIC CONTENT"}},
	{Embargo, []string{"EMBARGO", "EMBARGAD", "SPERRFRIST", "ЭМБАРГО", "ΕΜΠΑΡΓΚΟ",
		// blind5: Turkish "AMBARGO", Swedish "SPÄRRFRIST", Norwegian "SPERREFRIST".
		"AMBARGO", "SPARRFRIST", "SPERREFRIST"}},
	// blind5: AP's handout terms, "may only be used for 14 days from the
	// time of transmission" (CONVENTIONS §15), a use that expires.
	{Expires, []string{" DAYS FROM THE TIME OF TRANSMISSION"}},
	{ContextOnly, []string{"TO ILLUSTRATE", "ILUSTRAR LA NOTICIA", "IM ZUSAMMENHANG MIT"}},
	// blind3: a territory the use is limited to (Yonhap's North Korean
	// pictures: "For Use Only in the Republic of Korea", "국내에서만 사용가능").
	// blind4: Danish "MÅ IKKE BRUGES I …" (not to be used in a territory).
	{Out, []string{"FOR USE ONLY IN ", "국내에서만", "IKKE BRUGES I "}},
	// blind3: Getty's "(EXCLUSIVE COVERAGE)" (DESIGN's EXCLUSIVE); blind4:
	// the French desks' "Exclusif" (Bestimage).
	{Exclusive, []string{"EXCLUSIVE", "EXCLUSIF"}},
}

// announcesOnly: a labelled phrase that only announces the restrictions
// that follow ("USE SUBJECT TO RESTRICTIONS", "RESTRICTIONS:") is no
// restriction itself (issues 15 and 16: PA's standard preamble).
func announcesOnly(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), ".:")
	return p == "USE SUBJECT TO RESTRICTIONS" || p == "SUBJECT TO RESTRICTIONS" || p == "RESTRICTIONS" || p == "RESTRICCIONES"
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

// heldOut marks the captions kept out of sight while rules are written:
// a quarter of them, chosen by a hash of the caption's text so that the
// split of dev.jsonl and dev2.jsonl is fixed whatever order or file a
// caption comes in. Every corpus test uses this one split; rules are tuned
// on the others ("dev") and the held-out figure says whether they
// generalise. Misses of held-out captions are never printed.
func heldOut(caption string) bool { return captionHash(caption)%4 == 0 }

// captionHash is the hash the fixed splits are drawn from.
func captionHash(caption string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(caption))
	return h.Sum32()
}

// corpusScore holds per-field hits and totals.
type corpusScore struct{ ok, total map[string]int }

func (cs corpusScore) pct(f string) float64 {
	return 100 * float64(cs.ok[f]) / float64(max(1, cs.total[f]))
}

func (cs corpusScore) String() string {
	var out []string
	for _, f := range corpusFields {
		if cs.total[f] == 0 {
			continue // a field this set does not score
		}
		out = append(out, fmt.Sprintf("%s %d/%d (%.1f%%)", f, cs.ok[f], cs.total[f], cs.pct(f)))
	}
	return strings.Join(out, ", ")
}

// n is the number of entries scored: every entry scores file_photo in a
// caption set, photographers in a credit set.
func (cs corpusScore) n() int { return max(cs.total["file_photo"], cs.total["photographers"]) }

var corpusFields = []string{"credit", "photographers", "agency", "restrictions", "date", "country", "city", "place", "file_photo"}

// agencyMatches: the labelled agency, "A (via B)" or "A (B)" meaning either.
func agencyMatches(label, got string) bool {
	for _, w := range strings.Split(strings.NewReplacer(" (via ", "|", " (", "|", ")", "").Replace(label), "|") {
		if AgencyName(w) != "" && AgencyName(w) == AgencyName(got) || geo.Fold(w) == geo.Fold(got) {
			return true
		}
	}
	return false
}

func foldedSet(names []string) string {
	var out []string
	for _, p := range names {
		out = append(out, foldSigma(geo.Fold(p)))
	}
	sort.Strings(out)
	return strings.Join(out, "|")
}

// scoreEntry scores one parse against its labels, strictly: the credit
// exactly (after the folding the corpus README names), the photographers
// as a set, the city by equality.
func scoreEntry(t *testing.T, cs corpusScore, i int, e corpusEntry, c *Caption) {
	score := func(field string, good bool, got, want any) {
		cs.total[field]++
		if good {
			cs.ok[field]++
		} else if *verbose && !e.HeldOut {
			t.Logf("#%d %s: got %v want %v\n    %.160s", i, field, got, want, e.Caption)
		}
	}
	l := e.Labels
	wantCredit := ""
	if l.Credit != nil {
		wantCredit = foldCredit(*l.Credit)
	}
	creditOK := foldCredit(c.Credit) == wantCredit
	if l.CreditAlt != nil && foldCredit(c.Credit) == foldCredit(*l.CreditAlt) {
		creditOK = true // the corpus names a second credit that is also fair
	}
	score("credit", creditOK, c.Credit, wantCredit)
	score("photographers", foldedSet(c.Photographers) == foldedSet(l.Photographer), c.Photographers, l.Photographer)
	// agency: only where the caption carries a credit to read it from.
	if l.Credit != nil {
		score("agency", agencyMatches(e.Agency, c.Agency), c.Agency, e.Agency)
	}
	var wantCodes, gotCodes []string
	for _, r := range l.Restrictions {
		wantCodes = append(wantCodes, labelCodes(r)...)
	}
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
	score("restrictions", diff == 0 || (len(ws) >= 4 && diff == 1), keys(gs), keys(ws))
	gotDate, wantDate := "", ""
	if c.Date != nil {
		gotDate = c.Date.String()
	}
	if l.Date != nil {
		wantDate = *l.Date
	}
	score("date", gotDate == wantDate, gotDate, wantDate)
	gotCC, wantCC := "", ""
	if c.Location != nil {
		gotCC = c.Location.CountryCode
	}
	if l.Location.Country != nil {
		wantCC = countryCode(*l.Location.Country)
	}
	score("country", gotCC == wantCC, gotCC, wantCC)
	// city: the labelled city equals the output's city (folded), or, where
	// only a place is labelled, the output's place.
	if want, got := l.Location.City, ""; want != nil || l.Location.Place != nil {
		if c.Location != nil {
			got = c.Location.City
		}
		if want == nil {
			want = l.Location.Place
			if c.Location != nil {
				got = c.Location.Place
			}
		}
		score("city", geo.Fold(got) == geo.Fold(*want) || l.Location.City != nil && c.Location != nil && sameCity(*want, wantCC, *c.Location), got, *want)
	}
	score("file_photo", c.FilePhoto == l.FilePhoto, c.FilePhoto, l.FilePhoto)
	if want := cmp.Or(l.Location.City, l.Location.Place); want != nil {
		score("place", placeAppears(*want, c.Location), c.Location, *want)
	}
}

// placeAppears is the corpus README's place rule, looser than the city
// field above: the labelled city (else place) appears, folded, in the
// output's place, city, region or location text.
func placeAppears(want string, loc *Location) bool {
	if loc == nil {
		return false
	}
	w := geo.Fold(want)
	for _, f := range []string{loc.Place, loc.City, loc.Region, loc.Text} {
		if w != "" && strings.Contains(geo.Fold(f), w) {
			return true
		}
	}
	return false
}

// corpusFloor is what each field must reach, per split. The floors sit a
// couple of points under the figures measured with the lexer, the lexicon
// and the scored location pass (dev 181 captions, held-out 59; see the log
// line), so a real regression fails; on the held-out part one caption is
// 1.7 points.
var corpusFloor = map[string][2]float64{ // field: {dev, held-out}
	"credit":        {89, 93},
	"photographers": {94, 96},
	"agency":        {91, 94},
	"restrictions":  {96, 98},
	"date":          {95, 93},
	"country":       {90, 88},
	"city":          {82, 73}, // dev 84.2, held-out 75.4 with the county rule
	"place":         {86, 80}, // the README's rule: the labelled city or place appears in the output
	"file_photo":    {99, 98},
}

// TestCorpus scores the parser on the hand-labelled captions field by
// field, separately on the dev part and on the held-out part.
func TestCorpus(t *testing.T) {
	dev, held := scoreCorpus(t, loadCorpus(t))
	checkFloors(t, "", dev, held, corpusFloor)
}

// scoreCorpus parses every entry and scores it, dev and held-out apart.
func scoreCorpus(t *testing.T, entries []corpusEntry) (dev, held corpusScore) {
	dev = corpusScore{map[string]int{}, map[string]int{}}
	held = corpusScore{map[string]int{}, map[string]int{}}
	for i, e := range entries {
		c, err := Parse(e.Caption, Options{})
		if err != nil {
			t.Fatalf("#%d: %v", i, err)
		}
		if e.HeldOut {
			scoreEntry(t, held, i, e, c)
		} else {
			scoreEntry(t, dev, i, e, c)
		}
	}
	return dev, held
}

// checkFloors logs both splits' figures under name ("" for the dev
// corpus) and fails each field below its floor.
func checkFloors(t *testing.T, name string, dev, held corpusScore, floors map[string][2]float64) {
	t.Helper()
	prefix := name
	if name != "" {
		prefix += " "
	}
	t.Logf("%sdev (%d entries): %s", prefix, dev.n(), dev)
	t.Logf("%sheld-out (%d entries): %s", prefix, held.n(), held)
	for _, f := range corpusFields {
		floor, ok := floors[f]
		if !ok {
			continue
		}
		if p := dev.pct(f); p < floor[0] {
			t.Errorf("%sdev %s accuracy %.1f%% is below %.0f%%", prefix, f, p, floor[0])
		}
		if p := held.pct(f); p < floor[1] {
			t.Errorf("%sheld-out %s accuracy %.1f%% is below %.0f%%", prefix, f, p, floor[1])
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
