package caption

import (
	"math"
	"strings"
	"unicode/utf8"
)

// langCodes are the languages the detector scores and reports.
var langCodes = [...]string{"en", "fr", "de", "es", "it"}

// The detector's lexicon classes: function words (lexicon/<lang>/stop.txt)
// and typical word endings (lexicon/<lang>/suffix.txt).
var (
	clsStop   = lexClass("stop")
	clsSuffix = lexClass("suffix")
)

// Language detection scores: a function word counts 2 for each language
// that has it, a typical ending 1; a language needs minLangScore and no
// tie. Only the first maxLangWords words are read.
const (
	stopScore    = 2
	suffixScore  = 1
	minLangScore = 3
	maxLangWords = 400
	minSuffixed  = 5 // a shorter word's ending tells nothing
)

// detectLanguage returns "en", "fr", "de", "es" or "it", or "" for text
// too short or in none of them.
func detectLanguage(s string) string {
	var lx lexer
	return languageOf(s, lx.lex(s))
}

// languageOf is detectLanguage over the tokens of s. Words are compared
// as written, accents included: accents tell the languages apart.
func languageOf(s string, toks []tok) string { return reported(guessLanguage(s, toks)) }

// reported is the language a caption reports: the one detected, Italian
// included (ANSA's and LaPresse's captions; over the corpora' captions the
// detector named Italian only for Italian ones, though it misses some).
func reported(lang string) string { return lang }

// guessLanguage is languageOf with Italian: the location pass reads the
// words of a caption's own language (Italian "a Velmora") by it.
func guessLanguage(s string, toks []tok) string {
	var score [len(langCodes)]int
	words := 0
	for k := range toks {
		t := &toks[k] // not copied: a token is 40 bytes
		if !t.isWord() {
			continue
		}
		if words++; words > maxLangWords {
			break
		}
		w := t.text(s)
		if t.has(clsStop) {
			e := t.entry()
			if plainStopsReady && w == t.key {
				if e.stopHit {
					for l, n := range e.stop {
						score[l] += int(n)
					}
					continue
				}
			} else if addSenses(&score, e.senses, t.key, w) {
				continue
			}
		}
		if len(t.key) < minSuffixed {
			continue
		}
		endings := suffixByLast[t.key[len(t.key)-1]]
		prev := t.key[len(t.key)-2]
		for e := range endings {
			sf := &endings[e] // not copied: an ending with its sense is some 90 bytes
			// The byte before the last, compared first, rules out most
			// endings without the call.
			if len(sf.key) > 1 && sf.key[len(sf.key)-2] != prev {
				continue
			}
			if n := len(w) - len(sf.sense.form); n > 0 && strings.HasSuffix(t.key, sf.key) && utf8.RuneStart(w[n]) &&
				addSenses(&score, []sense{sf.sense}, sf.key, w[n:]) {
				break
			}
		}
	}
	best, second := 0, 0
	for l := range score {
		if score[l] > score[best] {
			best = l
		}
	}
	for l := range score {
		if l != best && score[l] > second {
			second = score[l]
		}
	}
	if score[best] < minLangScore || score[best] == second {
		return scriptLanguage(s, toks) // lang_script.go
	}
	return langCodes[best]
}

// plainStopsReady: each function word's scores, for a caption that
// writes it as its key (lower-case ASCII, the commonest case), are worked
// out once (lexEntry.stop).
var plainStopsReady = func() bool {
	for key, e := range lexicon.all() {
		if !e.classes.meets(clsStop.bit()) {
			continue
		}
		var sc [len(langCodes)]int
		e.stopHit = addSenses(&sc, e.senses, key, key)
		for l, n := range sc {
			if n > math.MaxInt8 {
				panic("caption: function word " + key + " scores too high")
			}
			e.stop[l] = int8(n)
		}
	}
	return true
}()

// suffixByLast lists the endings by the last byte of their key.
var suffixByLast = func() (m [256][]keyedSense) {
	for _, e := range lexicon.list(clsSuffix) {
		m[e.key[len(e.key)-1]] = append(m[e.key[len(e.key)-1]], e)
	}
	return m
}()

// addSenses scores each language whose function word or ending (a sense
// of clsStop or clsSuffix) is w as written (key folded), and reports
// whether one was.
func addSenses(score *[len(langCodes)]int, ss []sense, key, w string) bool {
	found := false
	for k := range ss {
		s := &ss[k] // not copied: a sense is some 70 bytes
		n := stopScore
		switch {
		case s.class == clsSuffix:
			n = suffixScore
		case s.class != clsStop:
			continue
		}
		// Written without accents, the key is the word: no folding needed.
		if !(s.form == key && len(w) == len(key)) && !strings.EqualFold(s.form, w) {
			continue
		}
		if s.scored >= 0 {
			score[s.scored] += n
			found = true
		}
	}
	return found
}

// DetectLanguage is detectLanguage for other packages (article text).
func DetectLanguage(s string) string { return detectLanguage(s) }
