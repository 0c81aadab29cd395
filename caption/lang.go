package caption

import "strings"

// stopwords are frequent short words of the desk's languages; counting them
// tells the language of a caption in microseconds, which is what a
// per-caption hot path can afford.
var stopwords = map[string]map[string]bool{
	"en": set("the of and in on at a is are was were with for from by as his her their this that shows after during near"),
	"fr": set("le la les des du de et en au aux une un est sont dans pour par sur avec lors près a été qui"),
	"de": set("der die das den dem des und ein eine ist sind im am bei mit auf für von zu nach vor wird wurde"),
	"es": set("el la los las del de y en un una es son con por para al se que fue tras durante este esta"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// detectLanguage returns "en", "fr", "de" or "es", or "" for text too short
// or in none of them.
func detectLanguage(s string) string {
	counts := map[string]int{}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 0xC0 && r <= 0x24F)
	}) {
		n++
		for lang, sw := range stopwords {
			if sw[w] {
				counts[lang]++
			}
		}
		if n > 400 {
			break
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "fr", "de", "es"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if bestN < 2 {
		return ""
	}
	return best
}

// DetectLanguage is detectLanguage for other packages (article text).
func DetectLanguage(s string) string { return detectLanguage(s) }
