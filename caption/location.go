package caption

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// token is a word of the caption with its byte offsets.
type token struct {
	start, end int
	word       string
}

// nameRun is a run of capitalised words: a candidate place name.
type nameRun struct {
	start, end int
	text       string
	possessive bool // "China's"
	// resolution
	country string // ISO code when the run names a country
	city    *geo.City
	region  string // region name when the run names a region
	regionC string // the region's country, if known
	demonym string
	// prefixPlace: the whole run when only its first words name the city.
	prefixPlace string
}

func (r *nameRun) resolved() bool { return r.country != "" || r.city != nil || r.region != "" }

// connectors may stand inside a place name: "Rio de Janeiro", "Isle of Man".
var connectors = map[string]bool{"de": true, "del": true, "da": true, "do": true, "of": true, "the": true, "al": true,
	"el": true, "la": true, "le": true, "sur": true, "am": true, "upon": true, "des": true, "di": true, "du": true, "es": true}

// locPrepositions introduce a place, in the desk's four languages.
var locPrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "off": true, "from": true,
	"aboard": true, "inside": true, "across": true, "around": true, "en": true, "à": true, "a": true, "au": true, "aux": true,
	"dans": true, "près": true, "im": true, "bei": true, "nahe": true, "nach": true, "cerca": true, "desde": true}

// placeNouns extend a place name written with a lowercase generic noun
// ("Chkalovsky airport", "Hamarweyne district").
var placeNouns = map[string]bool{"airport": true, "airbase": true, "base": true, "square": true, "bridge": true, "stadium": true,
	"museum": true, "church": true, "cathedral": true, "temple": true, "mosque": true, "beach": true, "market": true,
	"prison": true, "hospital": true, "village": true, "district": true, "park": true, "river": true, "mountains": true,
	"port": true, "station": true, "camp": true, "palace": true, "street": true, "avenue": true, "peak": true, "island": true,
	"region": true, "province": true, "neighbourhood": true, "neighborhood": true, "suburb": true, "county": true,
	"governorate": true, "prefecture": true, "oblast": true, "crossing": true, "border": true, "valley": true, "lake": true}

var regionWords = []string{"province", "prefecture", "region", "governorate", "county", "state", "oblast", "district", "autonomous region", "territory"}

var directionRe = regexp.MustCompile(`(?i)\b((?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|northeast|northwest|southeast|southwest)(?:ern)?)\s*$`)

// chainGap is what may stand between the parts of one place:
// "Bucha, on the outskirts of Kyiv, Ukraine", "Haikou, south China's Hainan Province".
var chainGapRe = regexp.MustCompile(`^\s*,?\s*(?:(?:the|a|an|on|in|near|outside|of|capital|city|town|village|port|province|region|state|county|district|outskirts|some|about|around|peak|airport|area|suburb|island|\d+|km|kilometres|kilometers|miles|mi|,|\(|\))\s*|(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|north-east|north-west|south-east|south-west)(?:ern)?\s+)*\s*$`)

// linkGapRe joins "Abu Dis near Jerusalem", "Maaret Al Numan in Syria's …".
var linkGapRe = regexp.MustCompile(`^\s+(?:near|outside|in)\s+(?:the\s+)?$`)

var monthOrWeekday = func() map[string]bool {
	m := map[string]bool{}
	for k := range monthNames {
		m[k] = true
	}
	for k := range weekdayNames {
		m[k] = true
	}
	return m
}()

// notPlaceWords start capitalised runs that are never places.
var notPlaceWords = map[string]bool{"photo": true, "file": true, "handout": true, "the": true, "a": true, "an": true,
	"this": true, "in": true, "president": true, "prime": true, "minister": true, "mandatory": true, "editorial": true,
	"restricted": true, "picture": true, "image": true, "pool": true, "on": true, "at": true}

// wordSpans finds words: a letter followed by letters, digits, marks,
// apostrophes, dots and hyphens.
func wordSpans(s string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == '\'' || r == '.' || r == '-') {
				break
			}
			j += size
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func tokenize(s string) []token {
	ms := wordSpans(s)
	out := make([]token, 0, len(ms))
	for _, m := range ms {
		w := s[m[0]:m[1]]
		// French elision: "l'Ukraine", "d'Irak".
		if len(w) > 3 && w[1] == '\'' && strings.ContainsRune("lLdD", rune(w[0])) && isCap(w[2:]) {
			m[0] += 2
			w = w[2:]
		}
		// A trailing dot ends a sentence, unless the word is an
		// abbreviation like "U.S." or "D.C.".
		if strings.HasSuffix(w, ".") && !isAbbrev(w) {
			w = strings.TrimRight(w, ".")
			m[1] = m[0] + len(w)
		}
		out = append(out, token{m[0], m[1], w})
	}
	return out
}

func isAbbrev(w string) bool {
	return len(w) <= 6 && strings.Count(w, ".") >= 2
}

func isCap(w string) bool {
	// "al-Our", "el-Arish": Arabic article before a capitalised name.
	if len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
		w = w[3:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameRuns groups tokens into runs of capitalised words.
func nameRuns(s string, toks []token) []*nameRun {
	var runs []*nameRun
	i := 0
	for i < len(toks) {
		t := toks[i]
		if !isCap(t.word) || monthOrWeekday[strings.ToLower(strings.TrimSuffix(t.word, "."))] {
			i++
			continue
		}
		j := i
		for j+1 < len(toks) {
			gap := s[toks[j].end:toks[j+1].start]
			next := toks[j+1].word
			if strings.HasSuffix(toks[j].word, "'s") {
				break
			}
			if gap != " " || monthOrWeekday[strings.ToLower(next)] {
				break
			}
			if isCap(next) {
				j++
				continue
			}
			// A connector followed by a capitalised word.
			if connectors[strings.ToLower(next)] && j+2 < len(toks) && isCap(toks[j+2].word) && s[toks[j+1].end:toks[j+2].start] == " " &&
				!monthOrWeekday[strings.ToLower(toks[j+2].word)] {
				j += 2
				continue
			}
			break
		}
		end := toks[j].end
		// "Mugla province", "Kajiado county": the generic word, written in
		// lower case, belongs to the name.
		if j+1 < len(toks) && s[toks[j].end:toks[j+1].start] == " " && !strings.HasSuffix(toks[j].word, "'s") {
			switch toks[j+1].word {
			case "province", "prefecture", "region", "governorate", "county", "oblast", "district", "state":
				j++
				end = toks[j].end
			}
		}
		r := &nameRun{start: toks[i].start, end: end, text: s[toks[i].start:end]}
		if strings.HasSuffix(r.text, "'s") {
			r.possessive = true
			r.text = strings.TrimSuffix(r.text, "'s")
		}
		runs = append(runs, r)
		i = j + 1
	}
	return runs
}

func resolveRun(r *nameRun) {
	n := strings.TrimPrefix(r.text, "The ")
	if c, ok := geo.Country(n); ok {
		r.country = c
		return
	}
	if c, ok := geo.LookupCity(n); ok {
		r.city = c
		return
	}
	if c, ok := geo.LookupCity(strings.TrimSuffix(n, " City")); ok && strings.HasSuffix(n, " City") {
		r.city = c
		return
	}
	low := strings.ToLower(n)
	isRegion := false
	for _, w := range regionWords {
		if strings.HasSuffix(low, " "+w) {
			isRegion = true
		}
	}
	if c, ok := geo.Region(n); ok || isRegion {
		r.region, r.regionC = n, c
		return
	}
	// "South Mogadishu", "Old Damascus", "East Jerusalem".
	if f := strings.Fields(n); len(f) > 1 {
		switch strings.ToLower(f[0]) {
		case "north", "south", "east", "west", "old", "central", "greater", "downtown", "northern", "southern", "eastern", "western":
			if c, ok := geo.LookupCity(strings.Join(f[1:], " ")); ok {
				r.city = c
				return
			}
			if c, ok := geo.Country(strings.Join(f[1:], " ")); ok && (strings.HasSuffix(strings.ToLower(f[0]), "ern") || r.possessive) {
				r.country = c
				return
			}
		}
	}
	if c, ok := geo.Demonym(n); ok {
		r.demonym = c
	}
}

// ofTail splits "The Moon of Seoul" or "National Museum of Korea" into a
// run for the place after "of", as a weak candidate.
func ofTail(r *nameRun) *nameRun {
	i := strings.LastIndex(r.text, " of ")
	if i < 0 || r.resolved() {
		return nil
	}
	t := &nameRun{start: r.start + i + 4, end: r.end, text: r.text[i+4:]}
	resolveRun(t)
	if t.city == nil && t.country == "" {
		return nil
	}
	return t
}

// findLocation reads the location of the photo from text in which credit,
// restrictions and background have been blanked out. dateAt is the span of
// the capture date, or {-1,-1}: the place written next to the date is the
// place of the photo in every agency's style ("in Kyiv, Ukraine, March 28").
func findLocation(s string, dateAt span) *Location {
	s = parenCountry.ReplaceAllStringFunc(s, func(m string) string {
		// "Kyiv (Ukraine)" -> "Kyiv, Ukraine " keeps offsets.
		m = strings.Replace(m, " (", ", ", 1)
		return strings.Replace(m, ")", " ", 1)
	})
	toks := tokenize(s)
	var runs []*nameRun
	for _, r := range nameRuns(s, toks) {
		resolveRun(r)
		runs = append(runs, r)
		if t := ofTail(r); t != nil {
			r.end = t.start - 4
			r.text = s[r.start:r.end]
			runs = append(runs, t)
		}
	}
	type cand struct {
		idx, score int
		chain      []int
	}
	var cands []cand
	for i, r := range runs {
		_, prep := prepBefore(s, r)
		if notPlaceWords[strings.ToLower(strings.Fields(r.text)[0])] && !r.resolved() {
			continue
		}
		chain := chainFrom(s, runs, i)
		near := dateAdjacent(s, r.start, runs[chain[len(chain)-1]].end, dateAt)
		if !r.resolved() && (prep || near) {
			resolvePrefix(r)
		}
		ok := r.resolved() && !r.possessive
		if !ok && prep && len(chain) > 1 {
			for _, idx := range chain[1:] {
				ok = ok || runs[idx].resolved()
			}
		}
		// A name the gazetteer does not know, introduced as a place and
		// written just before the capture date, is the place: "in Mbandaka
		// on May 22, 2018".
		unknown := false
		if !ok && prep && near && r.demonym == "" && runs[chain[len(chain)-1]].end <= dateAt.start {
			ok, unknown = true, true
		}
		if !ok {
			continue
		}
		score := 0
		if prep {
			score += 2
		}
		if near {
			// Before the date is the agencies' usual order ("in Kyiv,
			// Ukraine, March 28"); after it, Getty's ("on June 24 in Washington").
			score++
			if runs[chain[len(chain)-1]].end <= dateAt.start {
				score += 2
			}
		}
		if r.city != nil {
			score++
		}
		for _, idx := range chain[1:] {
			if runs[idx].city != nil || runs[idx].country != "" && !runs[idx].possessive {
				score++ // tied to a known city or a country
				break
			}
		}
		if unknown {
			// A known city next to the date ("on July 15, 2023 in
			// London") outranks an unknown name ("at Wembley Stadium").
			score--
		}
		cands = append(cands, cand{i, score, chain})
	}
	if len(cands) == 0 {
		// A named place the gazetteer does not know, introduced by a
		// preposition: "aboard the International Space Station".
		for _, r := range runs {
			if at, prep := prepBefore(s, r); prep && at < r.start && !notPlaceWords[strings.ToLower(strings.Fields(r.text)[0])] && r.demonym == "" {
				return &Location{Place: r.text, Text: strings.TrimSpace(s[at:r.end])}
			}
		}
		for _, r := range runs {
			if r.country != "" && r.possessive {
				return &Location{CountryCode: r.country, Country: geo.CountryName(r.country)}
			}
		}
		for _, r := range runs {
			if r.demonym != "" {
				loc := &Location{CountryCode: r.demonym, Country: geo.CountryName(r.demonym)}
				if m := unknownPlaceRe.FindString(s); m != "" {
					loc.Text = m
				}
				return loc
			}
		}
		return nil
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score > best.score {
			best = c
		}
	}
	// "in the port area of Iwaki City, Fukushima Prefecture after an
	// earthquake in northeastern Japan, March 11": a bare country next to the
	// date yields to a city phrase of the same country.
	if r := runs[best.idx]; r.country != "" && len(best.chain) == 1 {
		for _, c := range cands {
			if c.idx != best.idx && c.score >= 2 && sameCountry(runs, c.chain, r.country) {
				best = c
				break
			}
		}
	}
	anchor, chain := best.idx, best.chain
	loc := &Location{}
	textStart, _ := prepBefore(s, runs[anchor])
	textEnd := runs[chain[len(chain)-1]].end
	possessiveCountry := ""
	if anchor > 0 && runs[anchor-1].possessive && runs[anchor-1].country != "" && runs[anchor].start-runs[anchor-1].end <= 3 {
		possessiveCountry = runs[anchor-1].country
	}
	disputed := false
	for k, idx := range chain {
		r := runs[idx]
		switch {
		case r.country != "":
			if r.possessive {
				possessiveCountry = r.country
				continue
			}
			// "Hong Kong, China": the last country named is the sovereign one.
			if loc.CountryCode == "" || k > 0 {
				loc.CountryCode, loc.Country = r.country, r.text
				if k > 0 {
					gap := s[runs[chain[k-1]].end:r.start]
					if m := directionRe.FindStringSubmatch(gap); m != nil && loc.Region == "" {
						loc.Region = m[1] + " " + r.text
					}
				}
			}
		case r.city != nil:
			if r.city.Country == "" {
				disputed = true
			}
			if loc.City == "" {
				loc.City = r.text
				if r.prefixPlace != "" {
					loc.City, loc.Place = r.city.Name, r.prefixPlace
				}
				if k == 0 && anchor > 0 && loc.Place == "" {
					loc.Place = placeBefore(s, runs, anchor, &textStart)
				}
			} else if loc.Place == "" {
				// "Bucha, on the outskirts of Kyiv": the first is the place.
				loc.Place = loc.City
			}
		case r.region != "":
			if r.regionC == "" {
				disputed = disputed || isDisputedRegion(r.region)
			}
			if loc.Region == "" {
				loc.Region = r.text
			}
		default:
			if k == 0 {
				noun, linked := "", false
				if len(chain) > 1 {
					gap := s[r.end:runs[chain[1]].start]
					noun, linked = leadingPlaceNoun(gap), linkGapRe.MatchString(gap)
				}
				switch {
				case noun != "":
					// "the Chkalovsky airport, outside Moscow".
					loc.Place = r.text + " " + noun
				case linked:
					// "the White House in Washington".
					loc.Place = r.text
				case len(chain) > 1:
					loc.City = r.text
				default:
					loc.Place = r.text
				}
			}
		}
	}
	if loc.City == "" && loc.Place == "" {
		loc.Place = placeBefore(s, runs, anchor, &textStart)
	}
	if loc.CountryCode == "" && possessiveCountry != "" {
		loc.CountryCode = possessiveCountry
	} else if possessiveCountry != "" {
		loc.CountryCode, loc.Country = possessiveCountry, geo.CountryName(possessiveCountry)
	}
	if loc.CountryCode == "" && !disputed {
		// The same city named elsewhere with its country ("Hong Kong, China").
		for _, c := range cands {
			if c.idx == anchor || runs[c.idx].city == nil || runs[anchor].city == nil || runs[c.idx].city != runs[anchor].city {
				continue
			}
			for _, idx := range c.chain {
				if runs[idx].country != "" && !runs[idx].possessive {
					loc.CountryCode = runs[idx].country
				}
			}
		}
	}
	if loc.CountryCode == "" && !disputed {
		for _, idx := range chain {
			r := runs[idx]
			if r.regionC != "" {
				loc.CountryCode = r.regionC
				break
			}
			if r.city != nil && r.city.Country != "" {
				loc.CountryCode = r.city.Country
				break
			}
		}
	}
	if loc.CountryCode == "" && !disputed {
		// "Goundam on June 3, 2015 in the Timbuktu region, northern Mali":
		// a second place phrase of the same sentence gives the country.
		for _, c := range cands {
			if c.idx == anchor || c.score < 2 || abs(runs[c.idx].start-runs[anchor].start) > 160 {
				continue
			}
			for _, idx := range c.chain {
				r := runs[idx]
				code := r.country
				if code == "" && r.city != nil {
					code = r.city.Country
				}
				if code == "" {
					code = r.regionC
				}
				if code != "" && !r.possessive && loc.CountryCode == "" {
					loc.CountryCode = code
					if runs[c.idx].end > textEnd && runs[c.idx].start-textEnd < 80 {
						textEnd = runs[c.chain[len(c.chain)-1]].end
					}
				}
			}
		}
	}
	if loc.CountryCode == "" && !disputed {
		// "the eastern Ukrainian city of Snizhnee", "the Syrian town of X".
		from := max(0, runs[anchor].start-60)
		if m := demonymPlaceRe.FindStringSubmatch(s[from:runs[anchor].start]); m != nil {
			if c, ok := geo.Demonym(m[1]); ok {
				loc.CountryCode = c
			}
		}
	}
	if loc.CountryCode != "" && loc.Country == "" {
		loc.Country = geo.CountryName(loc.CountryCode)
	}
	if loc.Place == "" && loc.City == "" {
		from := max(0, textStart-80)
		if m := lowerPlaceRe.FindStringIndex(s[from:textStart]); m != nil {
			textStart = from + m[0]
		}
	}
	loc.Text = strings.TrimSpace(s[textStart:textEnd])
	return loc
}

// demonymPlaceRe is a nationality adjective before "city of", "town of".
var demonymPlaceRe = regexp.MustCompile(`\b(\p{Lu}\pL+(?: \p{Lu}\pL+)?) (?:city|town|village|port|capital|region|province) of\s*$`)

// unknownPlaceRe is the wires' phrase for a place they do not name.
var unknownPlaceRe = regexp.MustCompile(`\b(?:at|in) an? (?:undisclosed|unknown|unidentified|unspecified) (?:location|place|site)\b`)

// lowerPlaceRe is an unnamed place before a named one: "at an undisclosed
// location in North Korea".
var lowerPlaceRe = regexp.MustCompile(`\b(?:at|in|on|near|off|aboard|inside)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+$`)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func isDisputedRegion(name string) bool {
	c, ok := geo.Region(name)
	return ok && c == ""
}

var (
	beforeDateRe = regexp.MustCompile(`^\s*,?\s*(?:(?:on|le|am|el|the|early|late|this|on the)\s+)*(?:\pL+day,?\s*)?(?:(?:morning|evening|night|afternoon),?\s*)?$`)
	afterDateRe  = regexp.MustCompile(`^\s*[,:.-]?\s*(?:in|at|near|à|en|bei|im)?\s*(?:the\s+)?$`)
)

// dateAdjacent reports a place phrase that ends just before the capture
// date or starts just after it.
func dateAdjacent(s string, start, end int, d span) bool {
	if d.start < 0 {
		return false
	}
	if end <= d.start && d.start-end < 40 && beforeDateRe.MatchString(s[end:d.start]) {
		return true
	}
	if start >= d.end && start-d.end < 12 {
		return afterDateRe.MatchString(s[d.end:start])
	}
	return false
}

// leadingPlaceNoun returns the generic noun that opens gap ("airport" in
// " airport, outside "), or "". Villages and towns are settlements: their
// name is the city.
func leadingPlaceNoun(gap string) string {
	f := strings.Fields(gap)
	if len(f) == 0 {
		return ""
	}
	w := strings.ToLower(strings.Trim(f[0], ",."))
	if placeNouns[w] && w != "village" && w != "town" {
		return w
	}
	return ""
}

func sameCountry(runs []*nameRun, chain []int, code string) bool {
	for _, idx := range chain {
		r := runs[idx]
		if r.city != nil && r.city.Country == code || r.regionC == code {
			return true
		}
	}
	return false
}

// resolvePrefix reads "Milan Malpensa Airport" as a place in Milan.
func resolvePrefix(r *nameRun) {
	f := strings.Fields(r.text)
	if len(f) < 2 || !placeNouns[strings.ToLower(f[len(f)-1])] {
		return
	}
	for k := len(f) - 1; k >= 1; k-- {
		if c, ok := geo.LookupCity(strings.Join(f[:k], " ")); ok {
			r.city, r.prefixPlace = c, r.text
			return
		}
		if code, ok := geo.Country(strings.Join(f[:k], " ")); ok {
			// "in Botswana Chobe National Park".
			r.country = code
			return
		}
	}
}

var parenCountry = regexp.MustCompile(`\p{Lu}[\p{L}]+ \(\p{Lu}[\p{L} ]+\)`)

// chainFrom returns the indexes of the runs that continue the place that
// starts at runs[i]: "Seattle, Washington, U.S.".
func chainFrom(s string, runs []*nameRun, i int) []int {
	chain := []int{i}
	for j := i + 1; j < len(runs) && len(chain) < 5; j++ {
		gap := s[runs[j-1].end:runs[j].start]
		if runs[j-1].possessive {
			gap = strings.TrimPrefix(gap, "'s")
		}
		if !strings.Contains(gap, ",") && !runs[j-1].possessive && !directionRe.MatchString(strings.TrimSpace(gap)) &&
			!(linkGapRe.MatchString(gap) && runs[j].resolved()) {
			break
		}
		if gap != ", " && (!chainGapRe.MatchString(gap) || strings.ContainsAny(gap, ".;:")) {
			break
		}
		if !runs[j].resolved() {
			break
		}
		chain = append(chain, j)
	}
	return chain
}

// placeBefore finds a named place that the caption ties to the anchor
// ("at the Chkalovsky airport, outside Moscow"; "at Buckroe Beach in Hampton").
func placeBefore(s string, runs []*nameRun, anchor int, textStart *int) string {
	if anchor == 0 {
		return ""
	}
	prev := runs[anchor-1]
	if prev.resolved() || notPlaceWords[strings.ToLower(strings.Fields(prev.text)[0])] {
		return ""
	}
	// A named place is introduced ("at the Pashupatinath Temple", "in
	// Hamarweyne district"); a capitalised subject opening the sentence
	// ("Demonstranten in Berlin") is not one.
	lead := strings.TrimRight(s[max(0, prev.start-12):prev.start], " ")
	lw := strings.ToLower(lead[strings.LastIndexAny(lead, " \n,(")+1:])
	if !locPrepositions[lw] && lw != "the" && lw != "of" && lw != "a" {
		return ""
	}
	gap := s[prev.end:runs[anchor].start]
	end := prev.end
	rest := strings.Fields(gap)
	if len(rest) > 0 && placeNouns[strings.ToLower(strings.Trim(rest[0], ",."))] {
		end = prev.end + strings.Index(gap, rest[0]) + len(strings.Trim(rest[0], ",."))
		rest = rest[1:]
	}
	g := strings.ToLower(strings.Join(rest, " "))
	g = strings.Trim(g, ", ")
	switch g {
	case "in", "at", "near", "outside", "of", "in the", "on the outskirts of", "", "off", "in central", "in downtown":
	default:
		return ""
	}
	from := max(0, prev.start-80)
	before := strings.TrimRight(s[from:prev.start], " ")
	before = strings.TrimSuffix(before, " the")
	i := strings.LastIndexAny(before, " \n,(")
	if w := strings.ToLower(before[i+1:]); locPrepositions[w] {
		*textStart = from + i + 1
	} else {
		*textStart = prev.start
	}
	return s[prev.start:end]
}

var possessiveTailRe = regexp.MustCompile(`(?:\s+(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?)?\s+\p{Lu}\pL+'s$`)

// ofPlaceWords make "of" introduce a place: "the city of Snizhnee".
var ofPlaceWords = map[string]bool{"city": true, "town": true, "village": true, "capital": true, "outskirts": true,
	"suburbs": true, "coast": true, "out": true, "area": true, "island": true, "port": true, "province": true, "region": true, "state": true, "center": true, "centre": true}

// prepBefore returns where the preposition that introduces r starts, and
// whether there is one (the start of the text counts as one: a dateline).
func prepBefore(s string, r *nameRun) (int, bool) {
	// Look no further back than a clause: keeps this linear on huge input.
	from := max(0, r.start-120)
	before := strings.TrimRight(s[from:r.start], " ")
	if strings.HasSuffix(before, "'s") {
		before = possessiveTailRe.ReplaceAllString(before, "")
	}
	for _, art := range []string{" the", " la", " le", " el", " an", " a"} {
		before = strings.TrimSuffix(before, art)
	}
	for _, dir := range []string{" northern", " southern", " eastern", " western", " central", " north", " south", " east", " west"} {
		before = strings.TrimSuffix(before, dir)
	}
	i := strings.LastIndexAny(before, " \n,(")
	w := strings.ToLower(before[i+1:])
	if locPrepositions[w] {
		return from + i + 1, true
	}
	if w == "of" && i > 0 {
		rest := strings.TrimRight(before[:i], " ")
		j := strings.LastIndexAny(rest, " \n,(")
		if ofPlaceWords[strings.ToLower(rest[j+1:])] {
			return from + i + 1, true
		}
	}
	// A dateline opens the text: "KYIV, Ukraine (AP) -", "WASHINGTON, DC - JUNE 24:".
	dateline := from == 0 && strings.TrimSpace(before) == "" && (r.city != nil || isUpperWord(r.text))
	return r.start, dateline
}

func isUpperWord(s string) bool {
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}
