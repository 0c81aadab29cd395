package caption

import (
	"strings"
	"unicode/utf8"
)

// The four languages detectLanguage tells apart, as bits.
const (
	langEN = 1 << iota
	langFR
	langDE
	langES
	langIT
)

// langCodes: Italian is scored so that an Italian caption, which shares
// many words with Spanish and French, is not reported as either: it gives "".
var langCodes = [...]string{"en", "fr", "de", "es", "it"}

// functionWords are the most frequent short words of each language, the
// ones a caption of any subject uses (articles, prepositions, pronouns,
// auxiliaries, conjunctions). A word shared by two languages counts for
// both; the other words decide.
var functionWords = map[string]string{
	"en": "the of and in on at a an is are was were be been has have had with for from by as his her their its this that these those " +
		"shows show after during near to into over under while who which where when during outside inside behind between " +
		"he she they it we not but or also about against up out off next front through along around before",
	"fr": "le la les des du de et en au aux une un est sont dans pour par sur avec lors près été qui que il elle ils elles " +
		"ce cette ces son sa ses leur leurs se ne pas lors après avant pendant devant entre sous vers chez où mais ou aussi",
	"de": "der die das den dem des und in ein eine einer einem einen ist sind im am bei mit auf für von zu zum zur nach vor wird " +
		"wurde werden wurden nicht sich auch aus an als er sie es wir ihr sein seine ihre vom beim während neben unter über durch",
	"es": "el la los las del de y en a un una es son con por para al se que fue tras durante este esta estos estas su sus lo le les " +
		"como pero o también sobre entre hacia desde junto ante bajo cerca mientras donde cuando fueron ha han",
	"it": "il lo gli della delle dei degli dello nel nella nei negli con per tra fra che di da un una è sono si del al alla " +
		"e dopo quello quella loro anche come sulla sul dal dalla ai agli alle",
}

// langSuffixes are word endings typical of one language, a weaker sign
// than a function word: they decide short captions with few of those.
var langSuffixes = []struct {
	suffix string
	lang   int
}{
	{"ing", langEN}, {"ed", langEN}, {"ly", langEN}, {"ers", langEN}, {"ors", langEN},
	{"ment", langFR}, {"eux", langFR}, {"aient", langFR}, {"ées", langFR}, {"ée", langFR}, {"ière", langFR},
	{"ung", langDE}, {"heit", langDE}, {"keit", langDE}, {"lich", langDE}, {"chen", langDE}, {"ische", langDE},
	{"ción", langES}, {"ado", langES}, {"ada", langES}, {"idos", langES}, {"idas", langES}, {"mente", langES},
}

// maxFunctionWord is the length in bytes of the longest function word.
var maxFunctionWord = func() (n int) {
	for w := range langWords {
		n = max(n, len(w))
	}
	return n
}()

// suffixLast marks the last bytes of the endings: most words end otherwise
// and skip the comparisons.
var suffixLast = func() (m [256]bool) {
	for _, sf := range langSuffixes {
		m[sf.suffix[len(sf.suffix)-1]] = true
	}
	return m
}()

var langWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, code := range langCodes {
		for _, w := range strings.Fields(functionWords[code]) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// detectLanguage returns "en", "fr", "de" or "es", or "" for text too short
// or in none of them. Function words score 2, typical endings 1; the
// language with the highest score wins if it has at least 3 and no tie.
// One pass over the bytes without allocation: it runs on every caption.
func detectLanguage(s string) string {
	var score [len(langCodes)]int
	var buf [32]byte
	words := 0
	for i := 0; i < len(s) && words < 400; {
		// Skip to the next letter.
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		w := buf[:0]
		long := false
		for i < len(s) {
			r, size = rune(s[i]), 1
			if r >= 0x80 {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if !isWordRune(r) {
				break
			}
			if len(w)+size > len(buf) {
				long = true
			} else {
				w = utf8.AppendRune(w, lowerRune(r))
			}
			i += size
		}
		words++
		if long {
			continue
		}
		if len(w) > maxFunctionWord {
			// Too long for a function word: only the ending can tell.
		} else if bits := langWords[string(w)]; bits != 0 {
			for l := range score {
				if bits&(1<<l) != 0 {
					score[l] += 2
				}
			}
			continue
		}
		if len(w) < 5 || !suffixLast[w[len(w)-1]] {
			continue
		}
		for _, sf := range langSuffixes {
			if len(w) >= len(sf.suffix) && string(w[len(w)-len(sf.suffix):]) == sf.suffix {
				score[bitIndex(sf.lang)]++
				break
			}
		}
	}
	best, second := -1, 0
	for l := range score {
		if best < 0 || score[l] > score[best] {
			best = l
		}
	}
	for l := range score {
		if l != best && score[l] > second {
			second = score[l]
		}
	}
	if score[best] < 3 || score[best] == second || langCodes[best] == "it" {
		return ""
	}
	return langCodes[best]
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7
}

// lowerRune lower-cases the Latin letters detectLanguage reads.
func lowerRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 32
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 32
	}
	return r
}

func bitIndex(b int) int {
	for i := range langCodes {
		if b == 1<<i {
			return i
		}
	}
	return 0
}

// DetectLanguage is detectLanguage for other packages (article text).
func DetectLanguage(s string) string { return detectLanguage(s) }
