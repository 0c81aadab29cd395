package caption

import (
	"strings"
	"sync"
)

// The place as stated (issue #14 item 4). The corpus README labels
// location.place "as stated", and IPTC's Photo Metadata Standard puts the
// Sublocation of Location Created (the venue, landmark or site) under the
// City. Wires write such a venue before the town it lies in or by, joined
// by a relation word: "at the Velmora state residence outside Drastovo",
// "at a school in the Velmora refugee camp", "off the coast of Velmora",
// "on the flight deck of the carrier Velmora in the Drastovo Sea", "on the
// Ruritanian side of the border in Velmora". The location pass finds the
// town; venueText widens the phrase's text back over the venue, and names
// the venue the place where the caption names no narrower one.

// sublocationWords are the lexicon's place_venue entries, read on first
// need: the nouns that head a venue phrase besides the place and
// settlement nouns ("residence", "deck", "coast", "side"; French
// "palais", German "Schloss", Spanish "estadio"), and, valued "article",
// the indefinite articles that open one where the place articles hold
// only the definite ("un", "una", "einem").
var sublocationWords = sync.OnceValue(func() *venueSet {
	vs := &venueSet{words: map[string]string{}}
	for _, ks := range lexicon.list(lexClass("place_venue")) {
		vs.words[ks.sense.form] = ks.sense.val
		vs.lengths[ks.sense.form[0]] |= 1 << min(len(ks.sense.form), 63)
	}
	return vs
})

// venueSet holds the place_venue entries, lower-cased, with their values,
// and for each first byte a bit per entry length up to 63: most words
// before a place are no entry, and are told so without a lookup.
type venueSet struct {
	words   map[string]string
	lengths [256]uint64
}

// venueArticle is the value of a place_venue entry that is an article.
const venueArticle = "article"

// venueBackReach bounds the words read back from the relation word: a
// venue phrase of the wires is a few words long.
const venueBackReach = 12

// venuePhrase is a venue phrase found before a relation word.
type venuePhrase struct {
	start     int  // where its preposition starts
	head      int  // its last venue noun's word: "village" in "the village of"
	placeFrom int  // its first word after the preposition and article
	end       int  // where its last word ends
	named     bool // it holds a capitalised word: "the Velmora Palace"
}

// venueNP is what venueBefore has read of one noun phrase of a venue,
// from its last word back.
type venueNP struct {
	noun, capital bool // a venue noun, a capitalised word
	modifiers     int  // lower-case words before a venue noun: "state", "local"
	complement    bool // lower-case words only, after an "of": "camp de réfugiés"
	article       bool // its article is read: only "of" or the preposition may come before
	from          int  // its first word
}

// empty reports a noun phrase of which no word is read yet.
func (np *venueNP) empty() bool { return !np.noun && !np.capital && np.modifiers == 0 }

// closes reports whether the noun phrase may end at an "of" (byOf) or at
// the preposition: it has a head (a venue noun, or a name without
// lower-case words), or it is the complement of the noun before the "of".
func (np *venueNP) closes(byOf bool) bool {
	return np.noun || np.capital && np.modifiers == 0 || np.complement && byOf && !np.capital
}

// venueWordKind tells what the word t is to a venue phrase: a noun that
// heads one (the place and settlement nouns, and place_venue's), an
// article that opens one, or neither; one lookup at most.
func venueWordKind(vs *venueSet, s string, t *token) (noun, article bool) {
	if t.is(cPlaceNoun | cSettlementNoun) {
		return true, false
	}
	if t.is(cArticle | cCaseArticle | cDeterminer) {
		return false, true
	}
	v, ok := vs.value(t.text(s))
	return ok && v == "", ok && v == venueArticle
}

// value looks w up in any case, lower-casing an ASCII word in a buffer:
// a capitalised word costs no allocation.
func (vs *venueSet) value(w string) (string, bool) {
	if w == "" || vs.lengths[w[0]|0x20]&(1<<min(len(w), 63)) == 0 && vs.lengths[w[0]]&(1<<min(len(w), 63)) == 0 {
		return "", false
	}
	var buf [24]byte
	if len(w) > len(buf) || !isASCII(w) {
		v, ok := vs.words[lower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := vs.words[string(buf[:len(w)])]
	return v, ok
}

// venueBefore reads back from the relation word toks[at] ("outside",
// "in", "of", "near") over a venue phrase that ends right before it: noun
// phrases, each of capitalised words, venue nouns and at most two
// lower-case words modifying a venue noun, with an optional article,
// joined by "of", opened by a preposition of place. It holds at least one
// venue noun. ok is false when the words before the relation word are
// anything else (a verb, a person, a clause): the text then stays as it
// was.
func venueBefore(s string, toks []token, at int) (v venuePhrase, ok bool) {
	rel := &toks[at]
	if at < 2 || rel.capital || !rel.is(cPreposition|cOfLink|cLink) || rel.is(cOriginPrep) {
		return v, false
	}
	if g := s[toks[at-1].end:rel.start]; strings.TrimSpace(g) != "" && !(strings.TrimSpace(g) == "," && rel.is(cNearLink)) {
		return v, false // "at the Velmora airport, outside Drastovo": a comma only before a word of nearness
	}
	v.end, v.head = toks[at-1].end, -1
	vs := sublocationWords()
	var np, after venueNP // after: the phrase after the last "of" read
	noun := false
	for i := at - 1; i >= 0 && at-i <= venueBackReach; i-- {
		t := &toks[i]
		if i < at-1 && !venueJoin(s[t.end:toks[i+1].start]) {
			return v, false
		}
		isNoun, isArticle := venueWordKind(vs, s, t)
		prevNoun := i < at-1 && np.from == i+1 && (np.noun || np.modifiers > 0) && !toks[i+1].capital
		switch {
		case !t.capital && t.is(cOfLink):
			if np.empty() || !np.closes(true) || after.complement && !np.noun {
				return v, false
			}
			noun = noun || np.noun
			np, after = venueNP{}, np
		case !t.capital && t.is(cPreposition|cContraction|cLink) && !t.is(cArticle|cCaseArticle):
			// A word that is also an article (Romanian "la", French "la")
			// is read as the article below.
			if np.empty() || !np.closes(false) || t.is(cOriginPrep) || after.complement && !np.noun {
				return v, false
			}
			v.start, v.placeFrom = t.start, toks[np.from].start
			return v, noun || np.noun
		case np.article:
			return v, false
		case isArticle && !np.empty() && !np.complement && (!t.capital || i > 0 && toks[i-1].is(cPreposition|cOfLink)):
			np.article = true
		case isNoun:
			np.noun, np.from = true, i
			if v.head < 0 {
				v.head = i
			}
			v.named = v.named || t.capital
		case t.capital:
			np.capital, np.from, v.named = true, i, true
		case t.is(cJoiner|cReporting|cBorderLink|cFlightVerb) || np.modifiers == 2:
			return v, false
		case prevNoun:
			np.modifiers, np.from = np.modifiers+1, i // "the local prison", "a state residence"
		case np.empty() && ofWithin(toks, i):
			np.modifiers, np.from, np.complement = 1, i, true // "réfugiés" in "camp de réfugiés"
		default:
			return v, false
		}
	}
	return v, false
}

// ofWithin reports an "of" right before toks[i] or one lower-case word
// before it: a complement ("camp de réfugiés", "camp of displaced
// people") is that short.
func ofWithin(toks []token, i int) bool {
	return i >= 1 && toks[i-1].is(cOfLink) || i >= 2 && toks[i-2].is(cOfLink) && !toks[i-1].capital
}

// venueJoin reports the text between two words of one venue phrase: white
// space, a hyphen or an elided article ("de l'Élysée").
func venueJoin(g string) bool {
	return g == " " || g == "" || g == "-" || elidedGap(strings.TrimLeft(g, " "))
}

// venueText widens the text back over the venue phrase before it, and
// names that venue the place where the caption names no narrower one: a
// named venue ("the Velmora state residence"), or a site tied to the town
// by "of" ("the coast of Velmora"). An unnamed venue ("a school in the
// Velmora refugee camp") widens the text only.
func (b *locBuilder) venueText(toks []token) {
	loc := b.loc
	if loc.Text == "" || loc.Text != strings.TrimSpace(b.s[b.textStart:b.textEnd]) {
		return // another rule wrote the text
	}
	at := wordIndex(toks, b.textStart)
	if at >= len(toks) || toks[at].start != b.textStart {
		return
	}
	if r := b.runs[b.anchor]; at == r.t0 && at > 0 && toks[at-1].is(cOfLink) && strings.TrimSpace(b.s[toks[at-1].end:r.start]) == "" {
		at-- // "el estadio Velmora de Drastovo": the "of" the pass read as no introduction
	}
	v, ok := venueBefore(b.s, toks, at)
	if !ok {
		return
	}
	b.textStart = v.start
	loc.Text = strings.TrimSpace(b.s[b.textStart:b.textEnd])
	if loc.Place != "" {
		// A place is named already: a narrower one ("at a school in the
		// Velmora camp"), or the name itself ("in the village of Velmora").
		return
	}
	switch {
	case toks[at].is(cOfLink) && v.head >= 0 && toks[v.head].is(cSettlementNoun|cVillageNoun):
		// "in the village of Velmora", "the Drastovo suburb of Velmora":
		// the name is the place
	case toks[at].is(cOfLink):
		loc.Place = b.s[v.placeFrom:b.runs[b.anchor].end] // "the coast of Velmora"
	case v.named:
		loc.Place = b.s[v.placeFrom:v.end]
	}
}
