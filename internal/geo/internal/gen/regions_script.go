package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// scriptLocales are the iso-codes catalogues whose names of first-level
// divisions are indexed beside the English, local, French, German and
// Spanish ones: the languages of the agencies writing in other scripts
// (Xinhua and China News Service in simplified Chinese, CNA in
// traditional Chinese, Kyodo and Jiji in Japanese, Yonhap and Newsis in
// Korean, Flash90 in Hebrew, TASS and RIA in Russian, Ukrinform in
// Ukrainian, BTA in Bulgarian, Tanjug in Serbian, ANA-MPA in Greek).
// iso-codes has no Arabic catalogue and a Persian one of one name.
var scriptLocales = []string{"zh_CN", "zh_TW", "ja", "ko", "he", "ru", "uk", "bg", "sr", "el"}

// scriptHomes are the countries whose agencies write each catalogue's
// language: a name a catalogue gives a division of its home country is
// not indexed for a foreign division too (zh_CN names China's Henan and
// Vietnam's Hà Nam both 河南: Henan keeps it).
var scriptHomes = map[string]string{"zh_CN": "CN", "zh_TW": "TW", "ja": "JP", "ko": "KR", "he": "IL",
	"ru": "RU", "uk": "UA", "bg": "BG", "sr": "RS", "el": "GR"}

// scriptRegions are those catalogues, and the folded names of countries
// in every language the generator reads (countries.go), which a
// division's name in a script is not indexed under: iso-codes names
// divisions like countries (the US state of Georgia, Belgium's province of
// Luxembourg, Algeria's province of Algiers, the US and French
// territories it lists as divisions), and the country keeps its name.
type scriptRegions struct {
	catalogues []map[string]string
	countries  map[string]bool
	home       map[string]bool // the names of home divisions (scriptHomes)
}

// readScriptRegions reads the catalogues, the names they give home
// divisions (isoLevel1: code → ISO name of each first-level division) and
// the country names.
func readScriptRegions(isoLevel1 map[string]string) scriptRegions {
	sr := scriptRegions{countries: map[string]bool{}, home: map[string]bool{}}
	for _, l := range scriptLocales {
		cat := readMO(fmt.Sprintf(isoLocale, l))
		sr.catalogues = append(sr.catalogues, cat)
		for code, iso := range isoLevel1 {
			if n := cat[iso]; n != "" && n != iso && code[:2] == scriptHomes[l] {
				for _, f := range scriptRegionForms(n) {
					sr.home[fold.Fold(f)] = true
				}
			}
		}
	}
	for _, ds := range [][]*display.Dictionary{deskLanguages, moreCountryLanguages, scriptCountryLanguages} {
		for _, d := range ds {
			for a := 'A'; a <= 'Z'; a++ {
				for b := 'A'; b <= 'Z'; b++ {
					if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() {
						sr.countries[fold.Fold(d.Regions().Name(r))] = true
					}
				}
			}
		}
	}
	return sr
}

// appendNames appends the folded script names of the first-level division
// code whose ISO name is iso, less the names of countries, for a foreign
// division those of a home division, and a name in Latin letters (a
// catalogue's abbreviation: "CAR", the Philippines' Cordillera, is also a
// word).
func (sr scriptRegions) appendNames(keys []string, seen map[string]bool, code, iso string) []string {
	for i, t := range sr.catalogues {
		n := t[iso]
		if n == "" || n == iso {
			continue
		}
		home := code[:2] == scriptHomes[scriptLocales[i]]
		for _, f := range scriptRegionForms(n) {
			if k := fold.Fold(f); k != "" && !seen[k] && !sr.countries[k] && (home || !sr.home[k]) && !latinKey(k) {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// regionWordsCJK are the generic words a Chinese or Japanese division's
// name ends with, longest first: province (省), autonomous region (自治区,
// 自治區), special administrative region (特别行政区), municipality and
// city (市), county (县, 縣), prefecture (県, 府) and Tokyo's metropolis
// (都). Captions write the name with or without it ("浙江省", "浙江";
// "石川県", "石川"): both are indexed.
var regionWordsCJK = []string{"特别行政区", "特別行政區", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治區", "省", "市", "县", "縣", "県", "府", "都"}

// scriptRegionForms returns the names a division's name in a script
// catalogue stands for, as captions write them: the name; a Chinese or
// Japanese name without its generic word (two characters at least left);
// each part of "Республика Саха (Якутия)" and the name of a republic
// without its word ("Республика Карелия" → "Карелия"); and the cases a
// Russian or Ukrainian division's name takes after a preposition
// (slavicCases).
func scriptRegionForms(n string) []string {
	out := []string{n}
	for _, w := range regionWordsCJK {
		if rest, ok := strings.CutSuffix(n, w); ok && utf8.RuneCountInString(rest) >= 2 {
			out = append(out, rest)
			break
		}
	}
	bases := []string{n}
	if name, alt, ok := strings.Cut(strings.TrimSuffix(n, ")"), " ("); ok {
		out = append(out, name, alt)
		bases = append(bases, name)
	}
	for _, w := range republicWords {
		if rest, ok := strings.CutPrefix(bases[len(bases)-1], w+" "); ok && !strings.Contains(rest, " ") {
			out = append(out, rest)
		}
	}
	for _, b := range bases {
		out = append(out, slavicCases(b)...)
	}
	return out
}

// republicWords are the words "republic" before a republic's own name.
var republicWords = []string{"Республика", "Республіка"}

// slavicCase is one declension of a Russian or Ukrainian division's name:
// a name ending in nom (an adjective and its noun, "-ская область") is
// also written ending in each of forms, in the genitive, dative,
// accusative, instrumental and locative that prepositions of place and
// "жители"/"мешканці" take ("в Белгородской области", "жители Курской
// области", "у Харківській області"), as Russian and Ukrainian grammar
// decline an adjective with its noun.
type slavicCase struct {
	nom   string
	forms []string
}

// slavicCaseTable: Russian oblasts (feminine -ская, -цкая область) and
// krais (masculine -ский край), Ukrainian oblasts (-ська, -зька, -цька
// область) and Russia's krais in Ukrainian (-ський край), and a
// republic's word before its name.
var slavicCaseTable = []slavicCase{
	{"кая область", []string{"кой области", "кую область", "кой областью"}},
	{"кий край", []string{"кого края", "кому краю", "ком крае", "ким краем"}},
	{"ька область", []string{"ькій області", "ької області", "ьку область", "ькою областю"}},
	{"ький край", []string{"ького краю", "ькому краю", "ькому краї", "ьким краєм"}},
	{"Республика ", []string{"Республике ", "Республики ", "Республику ", "Республикой "}},
	{"Республіка ", []string{"Республіці ", "Республіки ", "Республіку ", "Республікою "}},
}

// slavicCases returns n declined by the first row of slavicCaseTable that
// fits it: at its end for an adjective and its noun, at its start for a
// republic's word.
func slavicCases(n string) []string {
	for _, c := range slavicCaseTable {
		var out []string
		for _, f := range c.forms {
			if strings.HasSuffix(c.nom, " ") {
				if rest, ok := strings.CutPrefix(n, c.nom); ok {
					out = append(out, f+rest)
				}
			} else if stem, ok := strings.CutSuffix(n, c.nom); ok {
				out = append(out, stem+f)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// appendKeys appends the folded names not seen yet.
func appendKeys(keys []string, seen map[string]bool, names []string) []string {
	for _, n := range names {
		if k := fold.Fold(n); k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}
