package caption

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// A photo at sea is placed off a country's coast named by its nationality:
// "off the Libyan coast" (Reuters, AP), "vor der libyschen Küste" (dpa),
// "au large des côtes libyennes" (AFP), "al largo delle coste libiche"
// (ANSA), "frente a las costas libias" (EFE). Where the caption names no
// other place, the coast is the place, the nationality's country the
// location's country, and the text runs from the words that introduce
// the coast to the adjective. The adjective is read in the demonym table,
// else by its stem: the lexicon's place_demonym_ending endings are taken
// off, longest first, and the stem (four letters at least) must open the
// name of one country only in one of the country table's languages
// (geo.CountryByStem: "liby-" opens Libyen, Libye, Libya). Polish and
// Romanian name the country after the noun in the genitive ("u wybrzeży
// Libii", PAP; "în largul coastei Libiei", Agerpres): its stem is read
// so too.

// coastNouns are the lexicon's place_coast_noun entries.
var coastNouns = sync.OnceValue(func() map[string]bool { return wordSet("place_coast_noun") })

// demonymEndings are the lexicon's place_demonym_ending entries, longest
// first.
var demonymEndings = sync.OnceValue(func() []string {
	var out []string
	for w := range wordSet("place_demonym_ending") {
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return out
})

// withCoastNationality places a caption that names no place off the coast
// of the nationality written beside a coast noun (see above).
func withCoastNationality(s string, toks []token, loc *Location) *Location {
	if loc != nil && (loc.CountryCode != "" || loc.City != "" || loc.Place != "" || loc.Region != "") {
		return loc
	}
	for i := range toks {
		if !coastNouns()[lower(toks[i].text(s))] {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(toks) {
				continue
			}
			c := nationalityCountry(toks[j].text(s))
			if c == "" {
				continue
			}
			a, b := min(i, j), max(i, j)
			start := coastPhraseStart(s, toks, a)
			return &Location{Text: s[start:toks[b].end], Place: s[toks[a].start:toks[b].end], Country: geo.CountryName(c), CountryCode: c}
		}
	}
	return loc
}

// nationalityCountry is the country of a nationality adjective, from the
// demonym table or by its stem; "" where there is none.
func nationalityCountry(adj string) string {
	if c, ok := geo.Demonym(adj); ok {
		return c
	}
	w := lower(adj)
	for _, e := range demonymEndings() {
		if stem, ok := strings.CutSuffix(w, e); ok {
			if c, ok := geo.CountryByStem(stem); ok {
				return c
			}
		}
	}
	return ""
}

// coastPhraseStart is where the words that introduce the coast phrase
// starting at token a begin: its prepositions, articles, "of" words and
// the words of nearness ("au large des", "vor der", "off the").
func coastPhraseStart(s string, toks []token, a int) int {
	start := toks[a].start
	for k := a - 1; k >= 0 && a-k <= 4 && !toks[k].capital && toks[k].is(cPreposition|cArticle|cCaseArticle|cOfLink|cNearWord|cConnector); k-- {
		if strings.TrimSpace(s[toks[k].end:toks[k+1].start]) != "" {
			break
		}
		start = toks[k].start
	}
	return start
}
