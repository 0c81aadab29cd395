package caption

import (
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/internal/geo"
)

// caselessField reads a credit field typed all in lower case ("jane
// roe/reuters", "picture alliance/dpa/kay brenner"), as some newsroom
// systems store the By-line and Credit fields, as if its names were
// capitalised: the capitals by which a name is told from an organisation
// ("Jane Roe" from "Velmora Police") were never written, so no name could
// be read at all. Name particles stay in lower case ("robin van daalen").
// A field with any capital after its label ("Foto: kay brenner/dpa") is
// returned as it is.
func caselessField(s string) string {
	letters := false
	for _, r := range stripLabels(s) {
		if unicode.IsUpper(r) {
			return s
		}
		letters = letters || unicode.IsLetter(r)
	}
	if !letters {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	start := true // at the start of a word
	for i, r := range s {
		if start && unicode.IsLetter(r) && !particleAt(s, i) {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
		start = !unicode.IsLetter(r) && r != '\'' && r != '’'
	}
	return b.String()
}

// particleAt reports a name particle ("van", "de", "al") as the word at
// s[i:], after another word of the same part.
func particleAt(s string, i int) bool {
	if i == 0 || s[i-1] != ' ' {
		return false
	}
	if k := strings.LastIndexAny(s[:i], "/,;"); k >= 0 && strings.TrimSpace(s[k+1:i]) == "" {
		return false // the first word of a part
	}
	end := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s) - i
	}
	return inCreditSet(nameParticles, s[i:i+end])
}

// lowerFinalSigma writes a lower-case Greek sigma that ends a word as the final
// form ς, as Unicode's casing rules do (Final_Sigma) and strings.ToLower
// does not: "ΠΑΠΑΔΑΚΗΣ" is "Παπαδάκης", not "Παπαδάκησ".
func lowerFinalSigma(r []rune) {
	for i, c := range r {
		if c == 'σ' && i > 0 && unicode.IsLetter(r[i-1]) && (i+1 == len(r) || !unicode.IsLetter(r[i+1])) {
			r[i] = 'ς'
		}
	}
}

// markerSource returns where a source word follows "ORG PHOTO " and
// where the name after it starts, or -1: Belga signs its pool and handout
// pictures "BELGA PHOTO POOL NAME", "BELGA PHOTO HANDOUT SOURCE", the
// marker, the source word and the name with no slash between them.
func markerSource(t string) (int, int) {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || !isCapWord(t[:i]) {
		return -1, -1
	}
	if i+1 >= len(t) || !markerFirst[t[i+1]] {
		return -1, -1 // most parts: the second word is no marker
	}
	j := strings.IndexByte(t[i+1:], ' ')
	if j < 0 || !creditMarkers[t[i+1:i+1+j]] {
		return -1, -1
	}
	src := i + 2 + j
	k := sourceLead(t[src:])
	if k <= 0 {
		return -1, -1
	}
	return src, src + k
}

// markerFirst marks the first bytes of the spellings of creditMarkers.
var markerFirst = func() (t [256]bool) {
	for m := range creditMarkers {
		t[m[0]] = true
	}
	return t
}()

// sourceLead returns where the name starts after a leading pool or
// handout word ("POOL JANE ROE", "HANDOUT VELMORA POLICE"): a name of two
// words or more, capitalised; else -1.
func sourceLead(t string) int {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || i+1 >= len(t) || strings.IndexByte(t[i+1:], ' ') < 0 {
		return -1
	}
	var kb [16]byte
	w := t[:i]
	if len(w) > len(kb) {
		return -1
	}
	k := string(foldKey(kb[:0], w))
	if !poolWords[k] && !inCreditSet(handoutWords, k) || !isCapWord(t[i+1:]) {
		return -1
	}
	return i + 1
}

// poolTail returns where EFE's pool word starts after the photographer's
// name in one part ("EFE/Name POOL": the name, then the pool word in
// capitals), and the one space before it; else -1 and 0. A single word
// before it is an organisation's pool ("Kremlin POOL"), no name.
func poolTail(t string, _ stretch) (int, int) {
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 || strings.IndexByte(t[:i], ' ') < 0 {
		return -1, 0
	}
	if w := t[i+1:]; !poolScreen.mayHold(w) || !isAllCaps(w) || !poolWords[strings.ToLower(w)] || !isCapWord(t[:i]) {
		return -1, 0
	}
	return i, 1
}

// markerSourced: a whole credit of Belga's shape, "ORG PHOTO POOL NAME"
// with ORG a registry agency, as long as a signature may be (maxSourced
// words).
func markerSourced(t string) bool {
	i, j := markerSource(t)
	return i > 0 && strings.Count(t[j:], " ") < maxSourced && lookupAgency(markerOrg(t[:i-1])) != nil
}

// maxSourced bounds the words of the name in markerSourced.
const maxSourced = 4

// caselessCredit: a field typed all in lower case that, read as if
// capitalised, names a registry agency ("belga photo pool jane roe"): a
// credit, not a sentence, though most of its words are in lower case.
func caselessCredit(t string) bool {
	c := caselessField(t)
	return c != t && analyzeCredit(lexed(c)).match != ""
}

// deskWords are the words of an agency's own desk (lexicon
// agency_desk_word): "desk", "bureau", "Redaktion"…
var deskWords = wordSet("agency_desk_word")

// agencyDesk reads a part that is a registry agency followed by one of its
// own desks, the city of a bureau or a desk word or both, as news systems
// store the source of a picture ("AFP Paris", "ANSA Roma", "Xinhua
// Beijing", "Reuters Berlin bureau"): the agency, and no photographer
// named "Afp Paris". The city is one of the agency's home country, or any
// gazetteer city for an international wire (no home country).
func agencyDesk(t string) *Agency {
	for i, n := strings.IndexByte(t, ' '), 0; i > 0 && n < 2; n++ {
		if a := lookupAgency(t[:i]); a != nil && deskOf(a, strings.TrimSpace(t[i+1:])) {
			return a
		}
		j := strings.IndexByte(t[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil
}

// deskOf: rest names a desk of news agency a (a wire or a national
// agency: they keep bureaus): a desk word, a city of its home (any city
// for a wire with none), or a city and a desk word. A city alone must be
// a capital or a big city (deskCity people): a photo service's partner
// may be named like a town.
func deskOf(a *Agency, rest string) bool {
	if rest == "" || len(rest) > maxDesk || a.Kind != "wire" && a.Kind != "national" {
		return false
	}
	var kb [maxDesk * 2]byte
	if deskWords[string(foldKey(kb[:0], rest))] {
		return true
	}
	desk := false
	if i := strings.LastIndexByte(rest, ' '); i > 0 && deskWords[string(foldKey(kb[:0], rest[i+1:]))] {
		rest, desk = rest[:i], true
	}
	if !isCapWord(rest) {
		return false
	}
	var c *geo.City
	var ok bool
	if a.Country != "" {
		c, ok = geo.LookupCityIn(rest, a.Country)
	} else {
		c, ok = geo.LookupCity(rest)
	}
	return ok && (a.Country == "" || c.Country == a.Country) && (desk || c.Capital || c.Population >= deskCity)
}

// maxDesk bounds the bytes of a desk's name ("Rio de Janeiro desk").
const maxDesk = 40

// deskCity is the population of a city that stands alone as a desk.
const deskCity = 100_000

// deskParts marks the last part of a chain that names a desk of the
// registry agency before it ("AFP/Paris desk", "Reuters/Berlin") as naming
// nobody, not a partner. A part of several words is a desk only with a
// desk word: "REUTERS/Jane Roe" is never looked up in the gazetteer.
func deskParts(parts []creditPart) {
	n := len(parts)
	if n < 2 || parts[n-2].role != roleAgency || parts[n-1].role != roleOrg && parts[n-1].role != rolePerson {
		return
	}
	last := parts[n-1].text
	if i := strings.LastIndexByte(last, ' '); i >= 0 && !lookupLower(deskWords, last[i+1:]) {
		return
	}
	if deskOf(parts[n-2].agency, last) {
		parts[n-1].role = roleStaff
	}
}

// agencyThenName: "AGENCY (Name)", the photographer in brackets after
// the agency, as credit fields and papers write it ("Reuters (Jane Roe)",
// "Xinhua (Li Wei)"), not the expansion of the agency's name ("WANA (West
// Asia News Agency)", an organisation).
func agencyThenName(head string, inner stretch) bool {
	t := inner.text()
	return strings.IndexByte(t, ' ') > 0 && isPersonName(inner) && lookupAgency(head) != nil && lookupAgency(t) == nil
}

// copyrightYears cuts the year of a copyright line from the names it
// credits, before them or after them ("© 2026 Jane Roe", "© Jane Roe
// 2026", "Copyright: 2025-2026 Velmora Press"), as StripCopyright does for
// a credit field.
func copyrightYears(c creditCand) creditCand {
	if n := yearAt(c.text, 0); n > 0 {
		rest := strings.TrimLeft(c.text[n:], " ,")
		c.sp.start += len(c.text) - len(rest)
		c.text = rest
	}
	if i := strings.LastIndexByte(c.text, ' '); i > 0 && yearAt(c.text, i+1) == len(c.text)-i-1 {
		c.text = strings.TrimRight(c.text[:i], " ,")
		c.sp.end = c.sp.start + len(c.text)
	}
	return c
}

// midLeadCredits offers, at the weakest priority, a leading agency's
// credit that full stops close inside the caption ("… Velmora. EFE/Juana
// Pérez. The fire …"), as publishers paste the wire's credit after the
// caption's first sentences (EFE's and ANSA's clients alike): the shape
// leadHeadCredit reads at the caption's start.
func (p *parser) midLeadCredits(consider func(creditCand)) {
	s := p.s
	for i := strings.Index(s, ". "); i >= 0; {
		k := i + 2
		j := strings.Index(s[k:], ". ")
		if j < 0 {
			break // the last sentence: the tail's, read by tailCredit
		}
		if isUpperByte(s[k]) && strings.IndexByte(s[k:min(len(s), k+41)], '/') > 0 {
			if c, ok := p.leadCreditAt(k); ok {
				consider(c)
			}
		}
		i = k + j
	}
}

// clientChain: a photographer working for a publication, "Jane Roe for
// The New York Times" (the New York Times' and the Washington Post's
// credit for freelancers; "pour", "für", "para" likewise): a person's name,
// the word, a capitalised name. A chain, as a slash makes one.
func clientChain(st stretch) bool {
	t := st.text()
	i, n := forClient(t, st)
	return i > 0 && i+n < len(t) && isUpperByte(t[i+n]) && fullName(st.prefix(i))
}

// personAgencyPair: of a name and the bracketed group after it, one is a
// person's name and the other a registry agency ("Jane Roe (Reuters)",
// "Reuters (Jane Roe)").
func personAgencyPair(head, inner stretch) bool {
	return agencyThenName(head.text(), inner) || isPersonName(head) && lookupAgency(head.text()) == nil && lookupAgency(inner.text()) != nil
}

// agencyInBrackets: a bracketed group that closes a name and holds only
// a registry agency, as Spanish and Latin American papers credit ("Foto:
// Juana Pérez (EFE)"): part of the credit, which appendPart splits. The
// name holds no digit, and nothing but a full stop follows the group.
func agencyInBrackets(name, inner, after string) bool {
	inner, after = strings.TrimSpace(inner), strings.TrimSpace(after)
	return inner != "" && len(inner) <= maxDesk && (after == "" || after == ".") &&
		strings.IndexAny(name, "0123456789") < 0 && lookupAgency(inner) != nil
}

// headNameStop returns how many words make the name of a leading agency's
// credit that a full stop closes ("EFE/Juana Pérez. Bomberos …", as
// publishers move the wire's credit first), or 0: words[n] (where the
// capitalised run stopped) ends in the stop, the name of words[:n+1] is a
// person's, and a capitalised sentence follows.
func headNameStop(words []stretch, n int) int {
	if n == 0 || n >= maxHeadName || n+1 >= len(words) {
		return 0
	}
	w := words[n].text()
	if len(w) < 2 || !strings.HasSuffix(w, ".") || !isCapWord(words[n+1].text()) {
		return 0
	}
	name := words[0].through(words[n])
	if name = name.prefix(len(name.text()) - 1); !isPersonName(name) {
		return 0
	}
	return n + 1
}

// clsChainVia is the word by which a credit chain names its distributor,
// matched on its folded key: "via" in any case, and the Spanish and
// Portuguese desks' "vía" ("Name/Europa Press vía Getty Images").
var clsChainVia = lexClass("chain_via")

// viaLen returns the length of the chain word "via" (any spelling whose
// folded key the lexicon holds in chain_via) that opens t with a space
// after it; else 0.
func viaLen(t string) int {
	if len(t) < 4 || t[0]|0x20 != 'v' {
		return 0 // most words: no "v"
	}
	n := strings.IndexByte(t[:min(len(t), 5)], ' ')
	if n < 3 || !isWordOf(t[:n], clsChainVia) {
		return 0
	}
	return n
}

// hasVia: t joins names by the chain word "via" between spaces. Only a
// space before a "v" or "V" is tried.
func hasVia(t string) bool {
	for _, p := range [...]string{" v", " V"} {
		for i := strings.Index(t, p); i >= 0; {
			if viaLen(t[i+1:]) > 0 {
				return true
			}
			j := strings.Index(t[i+2:], p)
			if j < 0 {
				break
			}
			i += 2 + j
		}
	}
	return false
}

// invertedName reads a credit field that opens with a name written
// surname first, "Roe, Jane" or "Roe, Jane/dpa", as library catalogues
// and some picture desks' By-line fields store a creator (the MARC name
// heading's "Surname, Forename"): "Jane Roe", then the rest. Only a field
// whose first part is one capitalised word and whose second is one or two
// (the forenames), none of them a registry name or a word of the credit
// vocabularies, and with no other comma, is read so; "Ole Berg, NTB",
// AP's "Name, Pool" and a place ("City, Country") stay as they are.
func invertedName(s string) string {
	c := strings.IndexByte(s, ',')
	if c <= 0 || strings.Count(s, ",") > 1 {
		return s
	}
	end := len(s)
	if i := strings.IndexAny(s[c:], "/\\|;"); i >= 0 {
		end = c + i
	}
	sur, fore := strings.TrimSpace(s[:c]), strings.TrimSpace(s[c+1:end])
	if strings.IndexByte(sur, ' ') >= 0 || strings.Count(fore, " ") > 1 || !plainNameWords(sur) || !plainNameWords(fore) {
		return s
	}
	if _, ok := geo.Country(fore); ok {
		return s // a place, "Velmora, Germany"
	}
	if _, ok := geo.LookupCity(sur); ok {
		return s // a place, "Munich, Bavaria"
	}
	return fore + " " + sur + s[end:]
}

// plainNameWords: capitalised words, each of mixed case, none a registry
// name or a credit word (handout, staff, pool, organisation words).
func plainNameWords(t string) bool {
	for f := range lexed(t).fields() { // the caption lexer's words, not a second tokeniser
		w := f.text()
		var kb [48]byte
		k := string(foldKey(kb[:0], w))
		if !isCapWord(w) || !hasLower(w) || len(w) < 2 || lookupAgency(w) != nil || inCreditSet(orgWords, k) ||
			inCreditSet(handoutWords, k) || inCreditSet(staffWords, k) || poolWords[k] || fileWords[k] {
			return false
		}
	}
	return t != ""
}

// caselessLetter: a letter of Arabic or Hebrew, scripts without case that
// write a name as words between spaces (Arabic, Persian, Hebrew): a name
// in them shows no capital, so that a credit's name of two words or more
// is read by its place in the chain, as a capitalised one is ("تصوير:
// Name/وفا"); a single such word is never a name in capitals. Chinese and
// Japanese write no spaces between words, and are not read so.
func caselessLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew) && unicode.IsLetter(r)
}

// firstLetter returns the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}
