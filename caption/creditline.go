package caption

import (
	"bytes"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CreditLine is what a credit line names once split: the credit as written,
// the distributing agency (normalised through the registry when known), the
// photographers and the partners or handout bodies it relays.
type CreditLine struct {
	Credit        string   `json:"credit"`
	Agency        string   `json:"agency"`
	Photographers []string `json:"photographers"`
	Partners      []string `json:"partners"`
	Source        *Source  `json:"source"`
	FilePhoto     bool     `json:"file_photo"`
	// AgencyMatch says how Agency was found in the registry: MatchExact,
	// MatchAlias or MatchFuzzy; "" when the registry does not know it.
	AgencyMatch string `json:"agency_match,omitempty"`
}

// ParseCredit reads a credit line on its own, as metadata fields store it
// (IPTC Credit, Source, By-line, Copyright Notice; XMP photoshop:Credit):
// "Scanpix/AP", "PA Wire/PA Images", "Jane Doe via Reuters", Getty's
// "Jane Doe#AFP". It uses the same analyser as Parse does for the credit
// inside a caption. Credit is the line as written less its copyright
// markers and years (StripCopyright), "#" read as "/", with the HTML
// character references a CMS leaves decoded ("&#47;" -> "/"), the contact
// details a freelancer adds after the credit dropped ("Jane Doe
// @janedoe", a web or e-mail address), and a value that fills an IIM
// dataset (32 bytes) read with its cut last word completed to the
// registry name it starts or dropped ("… via Getty Imag" -> "… via Getty
// Images"); a registry agency alone on the field's second line is read as
// the chain's last part ("Jane Doe\nAFP" -> "Jane Doe/AFP").
func ParseCredit(s string) CreditLine {
	s = agencyLine(strings.TrimSpace(normalize(unescapeField(iimCut(s))))) // credit_iim.go, credit_fieldrules.go
	if len(s) > 1000 {
		s = s[:1000]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	st := splitHash(creditFieldEnd(stripContacts(stripByline(StripCopyright(s)))))
	if i := deskInitials(st.text()); i > 0 {
		st = st.prefix(i)
	}
	s = st.text()
	if c := invertedName(caselessField(s)); c != s {
		st = lexed(c) // the names capitalised or put in order: a copy no lexed text holds
	}
	cp := analyzeCredit(st)
	cl := CreditLine{Credit: s, Agency: cp.agency, Photographers: dedupe(cp.photographers), Partners: dedupe(cp.partners),
		FilePhoto: cp.file, AgencyMatch: cp.match}
	switch {
	case cp.handout:
		name := cp.official
		if name == "" && len(cl.Partners) > 0 {
			name = cl.Partners[0]
		}
		cl.Source = &Source{Kind: SourceHandout, Name: name}
	case cp.pool:
		cl.Source = &Source{Kind: SourcePool}
	case cp.social:
		cl.Source = &Source{Kind: SourceSocialMedia}
	}
	return cl
}

// agencyLine joins a credit field of two lines with a slash when its
// second line is a registry agency alone: DAM and CMS systems store the
// photographer and the agency as two lines of one field ("Jane Roe\nAFP").
func agencyLine(s string) string {
	i := strings.IndexByte(s, '\n')
	if i <= 0 || strings.IndexByte(s[i+1:], '\n') >= 0 || lookupAgency(strings.TrimSpace(s[i+1:])) == nil {
		return s
	}
	head := strings.TrimRight(s[:i], " \r")
	if head == "" || strings.HasSuffix(head, "/") {
		return s
	}
	return head + "/" + strings.TrimSpace(s[i+1:])
}

// creditParts is what a credit says once split.
type creditParts struct {
	agency        string
	photographers []string
	partners      []string
	handout       bool
	pool          bool
	social        bool
	file          bool
	official      string // official agency relaying the picture (KCNA)
	match         string // how the agency matched the registry (MatchExact…), "" when unknown to it
}

// creditPart is one name of a credit chain.
type creditPart struct {
	text     string
	st       stretch // text, with its tokens
	afterVia bool    // "X via Y": Y distributes
	role     partRole
	agency   *Agency // the registry entry or the marker's organisation
	pool     bool    // "AFP Pool", "Kremlin Pool Photo"
	match    string  // how agency matched the registry (MatchExact…), "" for a marker's unknown organisation
}

// partRole is what a part of a credit chain is.
type partRole uint8

const (
	roleOrg     partRole = iota // an organisation the registry does not know
	rolePerson                  // a photographer
	roleAgency                  // a registry organisation
	roleMarker                  // "ORG PHOTO": the organisation that opens the credit
	roleHandout                 // HO, Handout, "-"
	rolePool                    // Pool, "Kremlin Pool Photo"
	roleFile                    // File, File Photo
	roleSocial                  // Social media, Telegram…
	roleStaff                   // Stringer, Staff: no name given
)

// splitParts cuts a credit into its names at slashes, backslashes, commas,
// semicolons, " via " and a dash between spaces; a hyphen without spaces
// splits too when one side is a handout word or a registry name
// ("AFP-Yonhap", "HO-Source", "Name-USA TODAY Sports").
func splitParts(st stretch, out []creditPart) []creditPart {
	s := st.text()
	via := false
	add := func(a, b int) { out = appendPart(out, st.cut(a, b), via) }
	start := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '/' || c == '\\' || c == ',' || c == ';' || c == '|':
			add(start, i)
			start = i + 1
		case c == ' ' && viaLen(s[i+1:]) > 0:
			n := viaLen(s[i+1:])
			add(start, i)
			via = true
			start = i + 2 + n
			i += 1 + n
		case c == ' ' && i+2 < len(s) && s[i+1] == '-' && (s[i+2] == ' ' || s[i+2] == '-'):
			add(start, i)
			j := i + 1
			for j < len(s) && s[j] == '-' {
				j++
			}
			start = j
			i = j - 1
		}
	}
	if n := viaLen(s[start:]); n > 0 {
		via = true
		start += n + 1
	}
	add(start, len(s))
	return out
}

// appendPart appends one part of a chain, cut in two where a convention
// joins two names without a slash.
func appendPart(out []creditPart, st stretch, via bool) []creditPart {
	t := st.text()
	if i := strings.IndexAny(t, "(["); i > 0 {
		head := strings.TrimSpace(t[:i])
		inner := strings.Trim(t[i:], "()[] ")
		if isWordOf(inner, clsCreditPosition) {
			inner = "" // "Name (left)": where the picture stands, no name
		}
		if inner != "" && (isPersonName(st.within(head)) || agencyThenName(head, st.within(inner))) && !strings.ContainsAny(inner, "()[]") {
			// Spanish papers' "NAME (AGENCY)": the agency in brackets;
			// "Reuters (Name)": the photographer in brackets.
			return append(out, part(st.within(head), via), part(st.within(inner), via))
		}
		// "WANA (West Asia News Agency)": the expansion of a name.
		t = t[:i]
	}
	// The marks trimmed at its start: where t starts in st.
	const cut = " ()[]\"'*=_"
	at := 0
	for k := 0; k < len(t) && partTrim[t[k]]; k++ {
		at++
	}
	t = strings.Trim(t, cut)
	if t == "" {
		return out
	}
	if len(t) > 4 && strings.EqualFold(t[:4], "for ") && lookupAgency(t[4:]) != nil {
		// China Daily's contributors: "[Photo by Name/For China Daily]".
		t = t[4:]
		at += 4
	}
	if n := clientLeadLen(t); n > 0 {
		t = t[n:] // "special to The Velmora Times": the publication
		at += n
	}
	st = st.cut(at, at+len(t))
	if i := courtesyEnd(t); i > 0 {
		// "Courtesy of X" (AP, Getty handouts): a handout from X.
		return append(out, part(courtesyPart, via), part(st.within(strings.TrimSpace(t[i:])), via))
	}
	for _, split := range partSplits {
		if i, n := split(t, st); i > 0 {
			return append(out, part(st.within(strings.TrimSpace(t[:i])), via), part(st.within(strings.TrimSpace(t[i+n:])), via))
		}
	}
	if i, j := markerSource(t); i > 0 {
		// Belga's "BELGA PHOTO POOL NAME": marker, source word, name.
		return append(out, part(st.cut(0, i-1), via), part(st.cut(i, j-1), via), part(st.cut(j, len(t)), via))
	}
	return append(out, creditPart{text: t, st: st, afterVia: via})
}

// partTrim marks the bytes trimmed around a part (appendPart's cut).
var partTrim = func() (m [256]bool) {
	for _, c := range []byte(" ()[]\"'*=_") {
		m[c] = true
	}
	return m
}()

// part returns the part of a chain written st.
func part(st stretch, via bool) creditPart {
	return creditPart{text: st.text(), st: st, afterVia: via}
}

// markerColon returns where ": " follows a marker written as a label
// (APA's "APA-FOTO: NAME", MTI's "MTI Fotó: Name", a registry agency
// before the marker word), and its length; -1 otherwise.
func markerColon(t string, _ stretch) (int, int) {
	i := strings.Index(t, ": ")
	if i <= 0 || hyphenMarker(t[:i]) == 0 && lookupAgency(markerOrg(t[:i])) == nil {
		return -1, 0
	}
	return i, 2
}

// partSplits find where one part of a chain holds two names, and the
// length of what stands between them: "Jane Doe for The New York Times"
// (a photographer working for a publication), ANP's "ANP NAME" (a leading
// agency, no slash), Belga's "BELGA PHOTO NAME" (the marker without a
// slash), "AFP-Yonhap" (a hyphen by an agency or a handout word), EFE's
// "NAME POOL" (the pool word after the name).
// Each is given the part's text and its stretch.
var partSplits = []func(string, stretch) (int, int){
	forClient,
	nameJoin,
	markerColon,
	func(t string, st stretch) (int, int) { return leadName(t, st), 0 },
	func(t string, st stretch) (int, int) { return midMarker(t, st), 0 },
	func(t string, _ stretch) (int, int) { return hyphenSplit(t), 1 },
	fileLead,
	agencyStaff,     // credit_fieldrules.go
	officialPhotoBy, // credit_fieldrules.go
	libraryOn,       // credit_fieldrules.go
	poolTail,
	func(t string, _ stretch) (int, int) { return equalsSplit(t), 1 },
	dotAgency,
}

// dotAgency returns where ". " stands between a person's name and the
// registry agency that ends the part, as AFP's French service writes
// "Jeanne Roux. AFP", and its length; -1 otherwise. An initial ("J. Roe")
// is no name before it.
func dotAgency(t string, st stretch) (int, int) {
	i := strings.LastIndex(t, ". ")
	if i < 2 || t[i-2] == ' ' || t[i-2] == '.' || i+2 >= len(t) || !isUpperByte(t[i+2]) || lookupAgency(t[i+2:]) == nil || !fullName(st.prefix(i)) {
		return -1, 0
	}
	return i, 2
}

// fileFirst marks the bytes an archive word of fileWords may start with,
// in either case.
var fileFirst = func() (t [256]bool) {
	for w := range fileWords {
		t[w[0]] = true
		t[strings.ToUpper(w[:1])[0]] = true
	}
	return t
}()

// fileLead returns where a registry agency follows a leading archive word
// in one part ("Archivo EFE", the Spanish papers' file credit; "archives
// AFP", the French ones'), and the length of the space between; -1
// otherwise.
func fileLead(t string, _ stretch) (int, int) {
	if t == "" || !fileFirst[t[0]] {
		return -1, 0 // most parts: no archive word starts with this byte
	}
	i := strings.IndexByte(t, ' ')
	if i <= 0 || !fileWords[strings.ToLower(t[:i])] || lookupAgency(strings.TrimSpace(t[i+1:])) == nil {
		return -1, 0
	}
	return i, 1
}

// nameJoiners join two photographers' names in one part of a credit.
var nameJoiners = wordSet("name_joiner")

// nameJoin returns where a joiner word (lexicon name_joiner, or "&")
// stands between two person names of two words or more, as desks credit
// two photographers ("Photo by Jane ROE and John DOE / AFP", "Jana
// Beispiel und Max Muster/dpa") or two chains ("Jane Roe/Reuters and
// John Doe/AFP", the agency of the first before the joiner), and its
// length with its spaces; -1
// otherwise. A Spanish double surname ("Juan Pérez y García") has one word
// after the joiner and stays one name.
func nameJoin(t string, st stretch) (int, int) {
	for i := strings.IndexByte(t, ' '); i > 0; {
		j := strings.IndexByte(t[i+1:], ' ')
		if j < 0 {
			break
		}
		j += i + 1
		var kb [8]byte
		if w := t[i+1 : j]; len(w) <= len(kb) && (w == "&" || nameJoiners[string(foldKey(kb[:0], w))]) && (fullName(st.prefix(i)) || lookupAgency(t[:i]) != nil) && fullName(st.suffix(len(t)-j-1)) {
			return i, j + 1 - i
		}
		i = j
	}
	return -1, 0
}

// fullName: a person's name of two words or more.
func fullName(st stretch) bool {
	s := strings.TrimSpace(st.text())
	return strings.IndexByte(s, ' ') > 0 && isPersonName(st.within(s))
}

// forClient returns where a client word (lexicon credit_link, value
// client: " for ",
// " pour ", " für ", " para ", " voor ") stands between a
// person's name and the client, and the length up to the client's name;
// -1 otherwise.
func forClient(t string, st stretch) (int, int) {
	for i := strings.IndexByte(t, ' '); i > 0; {
		j := strings.IndexByte(t[i+1:], ' ')
		if j < 0 {
			break
		}
		if clientFirst.mayHold(t[i+1:i+1+j]) && clientWords[t[i+1:i+1+j]] && isPersonName(st.prefix(i)) && lookupAgency(t[:i]) == nil {
			return i, j + 2
		}
		i += 1 + j
	}
	return -1, 0
}

// clientLeads open a part naming the publication a freelancer worked for
// ("…, special to The Velmora Times"; lexicon credit_client_lead).
var clientLeads = slices.Sorted(maps.Keys(wordSet("credit_client_lead")))

// clientLeadLen returns the length of a client lead and its space at the
// start of t when a name follows it, or 0.
func clientLeadLen(t string) int {
	for _, l := range clientLeads {
		if n := len(l); len(t) > n+1 && t[n] == ' ' && strings.EqualFold(t[:n], l) {
			return n + 1
		}
	}
	return 0
}

// clientWords join a photographer to the publication the picture was
// made for ("Jane Roe for The Velmora Times").
var clientWords = wordsValued("credit_link", "client")

// clientFirst screens a word before clientWords is asked.
var clientFirst = newWordScreen(clientWords)

// wordScreen tells, by its first byte and its length, whether a word may
// be in a small set of lower-case words, so that most words of a credit
// are not hashed.
type wordScreen struct {
	first    [256]bool
	min, max int
}

// newWordScreen builds the screen of set.
func newWordScreen(set map[string]bool) wordScreen {
	ws := wordScreen{min: math.MaxInt}
	for w := range set {
		ws.first[w[0]] = true
		ws.min, ws.max = min(ws.min, len(w)), max(ws.max, len(w))
	}
	return ws
}

// mayHold: w may be in the set; false is sure. Capitals are let through
// (the set may be asked after lower-casing).
func (ws *wordScreen) mayHold(w string) bool {
	return len(w) >= ws.min && len(w) <= ws.max && (ws.first[w[0]] || ws.first[w[0]|0x20])
}

// courtesyPart is the handout part "Courtesy of X" stands for.
var courtesyPart = lexed("courtesy")

// courtesyWords are the phrases that open a handout's credit, "(Photo)
// courtesy (of) X" and its translations (lexicon credit_courtesy).
var courtesyWords = wordSet("credit_courtesy")

// courtesyFirst marks the bytes a phrase of courtesyWords may start with,
// in either case.
var courtesyFirst = func() (t [256]bool) {
	for w := range courtesyWords {
		t[w[0]] = true
		t[strings.ToUpper(w[:1])[0]] = true
	}
	return t
}()

// courtesyEnd returns where X starts in "(Photo) courtesy (of) X", or -1:
// the longest phrase of courtesyWords that opens t (folded, up to five
// words) and leaves a name after it.
func courtesyEnd(t string) int {
	if t == "" || !courtesyFirst[t[0]] {
		return -1 // most parts: no phrase starts with this byte
	}
	var kb [64]byte
	best := -1
	for i, words := strings.IndexByte(t, ' '), 0; i > 0 && words < 5; words++ {
		if i < len(kb)/2 && courtesyWords[string(foldKey(kb[:0], t[:i]))] {
			best = i + 1
		}
		j := strings.IndexByte(t[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if best > 0 {
		best += articleLen(t[best:])
	}
	return best
}

// courtesyArticles are the articles a handout's credit may put between
// its phrase and the body's name ("Foto cedida por la Policía de X",
// "Photo courtesy of the X Police"; lexicon credit_link, value article).
var courtesyArticles = wordsValued("credit_link", "article")

// articleLen returns the length of a lower-case article and the space
// after it that open t before a capitalised word, or 0: "The X Times"
// keeps its article, a name's own.
func articleLen(t string) int {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || i+1 >= len(t) || !courtesyArticles[t[:i]] || !isUpperByte(t[i+1]) && t[i+1] < utf8.RuneSelf {
		return 0
	}
	return i + 1
}

// midMarker returns where the name after "ORG PHOTO " starts, or -1.
func midMarker(t string, st stretch) int {
	// The marker is the second word: the first is the agency's one word.
	i := strings.IndexByte(t, ' ')
	if i <= 0 {
		return -1
	}
	j := strings.IndexByte(t[i+1:], ' ')
	if j < 0 || !creditMarkers[t[i+1:i+1+j]] || !isCapWord(t[:i]) || !isPersonName(st.suffix(len(t)-i-2-j)) {
		// "Northwind Foto Services": a firm's name, not a marker and a
		// photographer.
		return -1
	}
	return i + 1 + j
}

// webName: a name written as a web address, one word ending in a dot and
// two to four lower-case letters ("paper.pl", "Paper.com").
func webName(t string) bool {
	i := strings.LastIndexByte(t, '.')
	if i <= 0 || strings.IndexByte(t, ' ') >= 0 || len(t)-i-1 < 2 || len(t)-i-1 > 4 {
		return false
	}
	for _, c := range []byte(t[i+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// deskInitials returns where the initials a desk signs after a credit
// chain start (its slash: "REUTERS/Name/AB", "Name/AFP/JR", Antara's
// "ANTARA FOTO/Name/abc"), or 0: a last part of two or three letters, all
// capitals or all lower case, that names nothing the registry or the
// credit vocabularies know ("dpa/lsw" is dpa's own service), after a
// chain that names an agency.
func deskInitials(t string) int {
	i := lastIndexByte(t, '/')
	if i <= 0 {
		return 0
	}
	w := strings.TrimSpace(t[i+1:])
	upper := !strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' })
	lower := !strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' })
	if len(w) < 2 || len(w) > 3 || !upper && !lower {
		return 0
	}
	low := strings.ToLower(w)
	if lookupAgency(w) != nil || orgWords[low] || handoutWords[low] || staffWords[low] || isWordOf(w, clsRole) {
		return 0
	}
	for part := range strings.SplitSeq(t[:i], "/") {
		if lookupAgency(strings.TrimSpace(part)) != nil {
			return i
		}
	}
	return 0
}

// clsBylineLabel: the word a By-line field may open with before the name
// ("By Jane Roe", "Par Jean Roe", "Por Juan Roe").
var clsBylineLabel = lexClass("byline_label")

// stripByline drops a by-line's opening word before a capitalised name.
func stripByline(s string) string {
	w := firstField(s)
	if len(w) < len(s) && isWordOf(w, clsBylineLabel) && opensName(lexed(s[len(w)+1:])) {
		return s[len(w)+1:]
	}
	return s
}

// leadName returns where the name starts in "AGENCY NAME SURNAME", all
// in capitals, when the first word is an agency that signs before its
// photographer (agencies.tsv lead: ANP writes "ANP NAME" without the
// slash), or -1.
func leadName(t string, st stretch) int {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || !isAllCaps(t) {
		return -1
	}
	a := lookupAgency(t[:i])
	if a == nil || !a.Lead || lookupAgency(t) != nil || strings.Count(t[i+1:], " ") > 3 || !isPersonName(st.suffix(len(t)-i-1)) {
		return -1
	}
	return i + 1
}

// bareLabel returns where the credit starts after a one-word label
// written without its mark before an agency the registry knows (French
// and Italian papers' "Photo AFP", "foto Ansa", "Foto ANSA/NAME", TASR's
// "FOTO TASR - Name"), or 0.
func bareLabel(t string) int {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || !isWordOf(t[:i], clsCreditLabel) {
		return 0
	}
	head, _, _ := strings.Cut(t[i+1:], "/")
	head, _, _ = strings.Cut(head, " - ")
	if lookupAgency(strings.TrimSpace(head)) == nil {
		return 0
	}
	return i + 1
}

// bareNameLabel returns where the name starts after a label word written
// without its mark before a person's chain ("Photo Name / AFP", "Photos
// Name et Name / AFP") or a word that names nobody ("Photo DR"), or 0.
func bareNameLabel(t string) int {
	i := strings.IndexByte(t, ' ')
	if i <= 0 || i+1 >= len(t) || !isWordOf(t[:i], clsCreditLabel) {
		return 0
	}
	var kb [32]byte
	if len(t)-i-1 <= len(kb) && staffWords[string(foldKey(kb[:0], t[i+1:]))] {
		return i + 1 // "Photo DR": a word that names nobody
	}
	if !isUpperByte(t[i+1]) || lookupAgency(firstField(t[i+1:])) != nil {
		return 0
	}
	if !strings.Contains(t, "/") && !fullName(lexed(t[i+1:])) {
		return 0 // "Photo Jane Roe" (a copyright sign dropped between): a name alone
	}
	if head, _, _ := strings.Cut(t, "/"); lookupAgency(strings.TrimSpace(head)) != nil {
		return 0 // "Picture Alliance/dpa": the word is part of a name
	}
	return i + 1
}

func hyphenSplit(t string) int {
	// No hyphen before the last byte, no split: the registry is not asked.
	if i := strings.IndexByte(t, '-'); i < 0 || i >= len(t)-1 || lookupAgency(t) != nil {
		return -1
	}
	for i := strings.IndexByte(t, '-'); i >= 0 && i < len(t)-1; {
		if i > 0 {
			l, r := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
			if handoutWords[strings.ToLower(l)] || lookupAgency(l) != nil && strings.IndexByte(l, ' ') < 0 || lookupAgency(r) != nil {
				return i
			}
		}
		next := strings.IndexByte(t[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return -1
}

// equalsSplit returns where "=" joins two registry names in t, or -1: the
// Korean papers credit a wire's picture relayed by a national agency
// "AFP=연합뉴스", "로이터=뉴스1" (Yonhap's English service writes
// "AFP-Yonhap").
func equalsSplit(t string) int {
	i := strings.IndexByte(t, '=')
	if i <= 0 || i >= len(t)-1 || strings.IndexByte(t[i+1:], '=') >= 0 {
		return -1
	}
	if lookupAgency(strings.TrimSpace(t[:i])) == nil || lookupAgency(strings.TrimSpace(t[i+1:])) == nil {
		return -1
	}
	return i
}

// stripLabels drops the labels that introduce a credit ("Mandatory Credit:
// Photo by", "Foto:", "©", "Credit Image: ©").
func stripLabels(s string) string {
	for n := 0; n < 3; n++ {
		t := strings.TrimLeft(s, " ([")
		hit := false
		for _, lab := range labelsFor(t) {
			if lab.year && len(t) > len(lab.form) && t[len(lab.form)] == ' ' && strings.EqualFold(t[:len(lab.form)], lab.form) {
				lab.word = lab.form // a copyright label without its mark: "© Copyright Name"
			}
			if lab.weak || len(t) < len(lab.word) || !strings.EqualFold(t[:len(lab.word)], lab.word) {
				continue
			}
			if w := lab.word[len(lab.word)-1]; isWordByte(w) && len(t) > len(lab.word) && isWordByte(t[len(lab.word)]) && !endsInMark(lab.word) {
				continue
			}
			s = strings.TrimLeft(t[len(lab.word):], " :=©")
			if n := yearAt(s, 0); lab.year && n > 0 {
				s = strings.TrimLeft(s[n:], " ,") // "© 2026 Jane Roe"
			}
			if lab.courtesy {
				s = s[articleLen(s):] // "Cortesía de la Policía de X"
			}
			hit = true
			break
		}
		if !hit {
			if k := bareLabel(t); k > 0 {
				return t[k:]
			}
			// "Photo Name / AFP", "Photos Name et Name / AFP": a bare
			// label word before a name.
			if k := bareNameLabel(t); k > 0 {
				return t[k:]
			}
			return t
		}
	}
	return s
}

// analyzeCredit splits a credit line into agency, photographers, partners
// and the source kinds it states.
func analyzeCredit(st stretch) creditParts {
	credit := st.text()
	if cp, ok := scriptCredit(credit); ok {
		return cp // the label after the name (credit_script.go)
	}
	var cp creditParts
	var buf [12]creditPart
	parts := splitParts(st.suffix(len(stripLabels(credit))), buf[:0])
	for i := range parts {
		classifyPart(&parts[i], i)
	}
	resolveSingleNames(parts)
	fieldRoles(parts) // credit_fieldrules.go
	deskParts(parts)
	cp.agency = chooseAgency(parts, byLabel(credit))
	if cp.agency == "" && slices.ContainsFunc(parts, func(pt creditPart) bool { return isImagoName(pt.text) }) {
		// Only IMAGO x-encodes names ("Copyright: xJanexRoex",
		// CONVENTIONS §10): the credit is IMAGO's.
		if a := lookupAgency("IMAGO"); a != nil {
			cp.agency = a.Name
		}
	}
	cp.match = agencyMatch(parts, cp.agency)
	for _, pt := range parts {
		switch pt.role {
		case rolePerson:
			if isImagoName(pt.text) {
				cp.photographers = append(cp.photographers, imagoName(pt.text))
			} else {
				cp.photographers = append(cp.photographers, personName(pt.st))
			}
		case roleHandout:
			cp.handout = true
		case rolePool:
			cp.pool = true
		case roleFile:
			cp.file = true
		case roleSocial:
			cp.social = true
		case roleOrg:
			if pt.text != cp.agency {
				cp.partners = append(cp.partners, pt.text)
			}
		case roleAgency, roleMarker:
			if pt.agency.official() && cp.official == "" {
				cp.official = pt.agency.Name
			}
			if pt.agency.Name != cp.agency && !slices.Contains(cp.partners, pt.agency.Name) {
				cp.partners = append(cp.partners, pt.agency.Name)
			}
		}
		cp.pool = cp.pool || pt.pool
	}
	if !cp.pool && !cp.social && viaHandout(parts) {
		cp.handout = true
	}
	if cp.official != "" && !cp.pool {
		cp.handout = true
	}
	return cp
}

// viaHandout reads AP's convention for pictures it relays from outside
// the trade: "(Name via AP)", "(Source via AP)" — a handout unless an
// agency or a pool stands before "via" or the chain opens with a marker or
// a leading agency.
func viaHandout(parts []creditPart) bool {
	if len(parts) == 0 || parts[0].role == roleMarker || parts[0].role == roleAgency && parts[0].agency.Lead {
		return false
	}
	before, hasVia, agencyBefore := 0, false, false
	for _, pt := range parts {
		if pt.afterVia {
			hasVia = true
			continue
		}
		before++
		if pt.role == roleAgency && !pt.agency.official() || pt.role == roleOrg && (webName(pt.text) || mediaName(pt.st)) {
			// A publisher named by its web address ("Name/Paper.pl via
			// REUTERS") or by a newspaper's word ("Name/The Velmora
			// Courier via AP") is a partner, as a registry agency is.
			agencyBefore = true
		}
	}
	// Getty's "Name/Provider via Getty Images" relays a partner agency, not
	// a handout: only a wire's "via" marks one.
	return hasVia && before > 0 && !agencyBefore && wireAfterVia(parts)
}

func classifyPart(pt *creditPart, i int) {
	t := pt.text
	var kb [96]byte
	key := foldKey(kb[:0], t) // "handout", "file photo", "kremlin pool photo"
	k := string(key)          // compared, never kept: no allocation
	switch {
	case isImagoName(t) && lookupAgency(imagoName(t)) != nil:
		// IMAGO x-encodes its partner too: "xNorthwindxPressxWirex".
		pt.role, pt.agency = roleAgency, lookupAgency(imagoName(t))
		pt.match = matchKind(imagoName(t), pt.agency)
	case isImagoName(t) && imagoOrg(imagoName(t)):
		// IMAGO's partner x-encoded but not in the registry
		// ("xJanexRoex/xVelmoraxImagesx"): an organisation word names it.
		pt.role, pt.text = roleOrg, imagoName(t)
	case isImagoName(t):
		pt.role = rolePerson
	case inCreditSet(handoutWords, k) || t == "-":
		pt.role = roleHandout
	case keyHasWordIn(key, poolWords, &poolScreen):
		pt.role, pt.pool = rolePool, true
		// "Kremlin Pool Photo": the organisation, less the pool and
		// marker words, may be an agency of the registry.
		if a := lookupAgency(withoutWordsIn(pt.st, poolWords, markerWords)); a != nil && a.Kind != "pool" {
			pt.role, pt.agency = roleAgency, a
		}
	case fileWords[k]:
		pt.role = roleFile
	case inCreditSet(socialWords, k) || len(t) > 1 && t[0] == '@':
		// "@velmorafire/X": a handle names an account on a network.
		pt.role = roleSocial
	case i == 0 && markerOrg(t) != "" && !(lookupAgency(markerOrg(t)) == nil && lookupAgency(t) != nil):
		// "ORG PHOTO" names ORG, unless only the whole is a registry
		// name ("IC Photo").
		pt.role, pt.agency = roleMarker, lookupAgency(markerOrg(t))
		if pt.agency == nil {
			pt.agency = &Agency{Name: markerOrg(t), Kind: "photo"}
		} else {
			pt.match = matchKind(markerOrg(t), pt.agency)
		}
	case inCreditSet(staffWords, k) || idCode(t) && lookupAgency(t) == nil || dateStamp(t):
		// China Daily's "[Photo/Xinhua]": the word names the medium, not a source.
		pt.role = roleStaff
	default:
		classifyName(pt)
	}
}

// staffWords stand where a photographer's name would and name nobody:
// "Stringer", "STR", AP's "Uncredited", Getty's "Contributor", China
// Daily's "[Photo/Xinhua]".
var staffWords = wordSet("credit_staff")

// poolWords and fileWords are the credit parts that mark a pool or a file
// picture and name nobody ("Name/Pool via REUTERS", "REUTERS/Name/File
// Photo", "Foto: Archivo"): the file words are the archive marks of
// file_suffix, less those valued "illustration" (dpa's "Symbolbild").
var (
	poolWords  = wordSet("credit_pool")
	poolScreen = newWordScreen(poolWords)
	fileWords  = func() map[string]bool {
		m := wordSet("file_suffix")
		for _, e := range lexicon.list(clsFileSuffix) {
			if e.sense.val == "illustration" {
				delete(m, e.sense.form)
			}
		}
		return m
	}()
)

// dateStampMonths are the month abbreviations of Folha's dated credit
// (lexicon credit_link, value stamp_month).
var dateStampMonths = wordsValued("credit_link", "stamp_month")

// dateStamp: Folha de S.Paulo dates the picture inside its credit, between
// the name and the agency, as "Name - 18.jan.2023/Folhapress" (day, the
// month's abbreviation, the year): the stamp names nobody.
func dateStamp(w string) bool {
	if len(w) < 7 || !isDigit(w[0]) {
		return false // most words: no stamp ("1.jan.26" is the shortest)
	}
	day, rest, ok := strings.Cut(w, ".")
	mon, year, ok2 := strings.Cut(rest, ".")
	return ok && ok2 && len(day) >= 1 && len(day) <= 2 && allDigits(day) &&
		dateStampMonths[strings.ToLower(mon)] && (len(year) == 2 || len(year) == 4) && allDigits(year)
}

// beforeSlash is w up to its first slash.
func beforeSlash(w string) string {
	if i := strings.IndexByte(w, '/'); i >= 0 {
		return w[:i]
	}
	return w
}

// idCode: one word of letters and digits, three digits at least, that
// names nobody: Reuters' Source field holds a desk code ("X01234"), dpa's
// By-line a photographer's number before the name ("A1234/Name").
func idCode(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigit(c):
			digits++
		case !asciiAlnum(c):
			return false
		}
	}
	return digits >= 3 && digits < len(t)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// classifyName: a registry organisation (by name or alias), a person of
// several words, a registry organisation one edit away ("RETUERS"), a
// person, else an organisation the registry does not know. A name of
// several words that reads as a person's is never matched with an edit.
func classifyName(pt *creditPart) {
	t := pt.text
	if a := lookupAgency(t); a != nil {
		pt.role, pt.agency, pt.match = roleAgency, a, matchKind(t, a)
		return
	}
	if a := agencyDesk(t); a != nil {
		pt.role, pt.agency, pt.match = roleAgency, a, MatchAlias
		return
	}
	person := isPersonName(pt.st)
	if person && strings.IndexByte(strings.TrimSpace(t), ' ') > 0 {
		pt.role = rolePerson
		return
	}
	if a := fuzzyAgency(t); a != nil {
		pt.role, pt.agency, pt.match = roleAgency, a, MatchFuzzy
		return
	}
	if person || scriptPersonName(t) {
		pt.role = rolePerson
		return
	}
	pt.role = roleOrg
}

// matchKind: MatchExact when t folds to a's canonical name, else MatchAlias.
func matchKind(t string, a *Agency) string {
	var b1, b2 [96]byte
	if string(foldKey(b1[:0], t)) == string(foldKey(b2[:0], a.Name)) {
		return MatchExact
	}
	return MatchAlias
}

// agencyMatch is how the chosen agency matched the registry: the match of
// the last part that names it.
func agencyMatch(parts []creditPart, agency string) string {
	if agency == "" {
		return ""
	}
	for i := len(parts) - 1; i >= 0; i-- {
		if pt := parts[i]; pt.agency != nil && pt.agency.Name == agency {
			return pt.match
		}
	}
	return ""
}

// resolveSingleNames decides what a single capitalised word is. AFP signs
// some photographers with one name in capitals ("NAME / AFP", CONVENTIONS §1), but an
// organisation the registry does not know looks the same. By the chain's
// structure it is the organisation when it stands after "via" or right
// before it (Getty's "Name/Provider via Getty Images"), or at one end of
// the chain while the other end is no distributing agency
// ("NEWSDESK/Jane Doe", "Jane Doe / NEWSDESK", "NEWSDESK/KCNA").
func resolveSingleNames(parts []creditPart) {
	n := len(parts)
	for i := range parts {
		pt := &parts[i]
		if pt.role != rolePerson || strings.IndexByte(pt.text, ' ') >= 0 || isImagoName(pt.text) {
			continue
		}
		beforeVia := i+1 < n && parts[i+1].afterVia && !pt.afterVia
		atEnd := n >= 2 && (i == 0 || i == n-1)
		switch {
		case pt.afterVia, beforeVia:
			pt.role = roleOrg
		case atEnd && !distributes(parts[n-1-i]):
			pt.role = roleOrg
		}
	}
}

// wireAfterVia: the distributor after "via" is a news agency (AP, Reuters,
// AFP…), not a photo service.
func wireAfterVia(parts []creditPart) bool {
	for i := len(parts) - 1; i >= 0; i-- {
		if pt := parts[i]; pt.afterVia && pt.role == roleAgency {
			return pt.agency.Kind == "wire" || pt.agency.Kind == "national"
		}
	}
	return true
}

// distributes: a part that names an agency that distributes pictures
// (not an official source or a newspaper).
func distributes(pt creditPart) bool {
	if pt.role == roleMarker {
		return true
	}
	if pt.role != roleAgency {
		return false
	}
	switch pt.agency.Kind {
	case "wire", "national", "photo", "stock", "distributor":
		return true
	}
	return false
}

// endsWithLibrary: the chain ends with a library that resells the agency
// before it (kind stock or distributor in the registry) ("AFP/Getty Images", "Reuters/Alamy"), or
// with an international wire after a partner agency that is none (AFP's
// "PARTNER / AFP", CONVENTIONS §1: partners stand between the name and
// AFP): that service distributes, whoever leads.
func endsWithLibrary(parts []creditPart) bool {
	last, first := parts[len(parts)-1], parts[0]
	if len(parts) < 2 || last.role != roleAgency || last.agency == first.agency {
		return false
	}
	switch last.agency.Kind {
	case "stock", "distributor":
		return true
	case "wire":
		return first.agency != nil && first.agency.Kind != "wire"
	}
	return false
}

// chooseAgency names the distributor: the organisation a marker names
// ("AFP PHOTO /"), else the one after "via", else an agency that leads by
// its own convention ("REUTERS/Name"), else the last organisation of the
// chain; an official source or a newspaper at the end gives way to an
// organisation that leads ("NEWSDESK/KCNA").
//
// A registry agency anywhere in the chain wins over a name the registry
// does not know after it ("Jane Doe/PA/Streamco" -> PA) unless "via" or
// a "Photo by" label puts the distributor last by convention (AFP's and
// Getty's "Photo by NAME / PARTNER / AGENCY").
func chooseAgency(parts []creditPart, lastDistributes bool) string {
	if len(parts) == 0 {
		return ""
	}
	first := parts[0]
	hasVia := false
	for _, pt := range parts {
		hasVia = hasVia || pt.afterVia
	}
	switch {
	case first.role == roleMarker:
		return first.agency.Name
	case !hasVia && first.role == roleAgency && first.agency.Lead && !endsWithLibrary(parts):
		return first.agency.Name
	}
	firstOrg := ""
	switch {
	case first.role == roleAgency && distributes(first):
		firstOrg = first.agency.Name
	case first.role == roleAgency && !slices.ContainsFunc(parts[1:], distributes):
		// An official source or a paper leading a chain no agency
		// distributes is its source ("NASA/Name").
		firstOrg = first.agency.Name
	case first.role == roleOrg:
		firstOrg = first.text
	}
	registry := !lastDistributes && slices.ContainsFunc(parts, distributes)
	if a := archiveOrg(parts, registry, hasVia); a != "" {
		return a
	}
	for i := len(parts) - 1; i >= 0; i-- {
		pt := parts[i]
		switch pt.role {
		case roleAgency:
			if !distributes(pt) && firstOrg != "" && i > 0 && !hasVia {
				return firstOrg
			}
			return pt.agency.Name
		case roleOrg:
			if registry && !pt.afterVia {
				continue
			}
			return pt.text
		case rolePerson:
			if i > 0 && !hasVia {
				return firstOrg
			}
			if prev := parts[max(i-1, 0)]; i > 0 && pt.afterVia && prev.afterVia && prev.role == roleAgency && prev.agency.Lead {
				// Reuters' "Action Images via Reuters/Name": the leading
				// wire after "via" signs before its photographer.
				return prev.agency.Name
			}
			return ""
		}
	}
	return ""
}

// byLabel reports a credit opened by "Photo by" and its kin, after which
// the agency stands last.
func byLabel(credit string) bool {
	t := strings.TrimLeft(credit, " ([")
	for _, w := range []string{"photo by ", "photos by ", "photograph by ", "photographs by ", "picture by ", "pictures by "} {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// archiveWords name an archive or collection that owns the pictures it
// credits ("Northwind Archive/Box 12/Folder 3"): in a chain of three names
// or more that names no distributing agency, the archive is the source,
// not the shelf mark or sub-collection after it.
var archiveWords = wordSet("credit_archive")

// archiveOrg returns the archive a long chain without a registry agency
// names, or "".
func archiveOrg(parts []creditPart, registry, hasVia bool) string {
	if registry || hasVia || len(parts) < 3 {
		return ""
	}
	for _, pt := range parts {
		if pt.role != roleOrg {
			continue
		}
		for f := range pt.st.fields() {
			if archiveWords[strings.ToLower(f.text())] {
				return pt.text
			}
		}
	}
	return ""
}

// copyrightMarks open or close a copyright notice and are no part of a
// credit: "©", "(c)", "Copyright", "Copr.", "All rights reserved", in the
// languages of the registry's agencies.
var copyrightMarks = []string{"all rights reserved", "tous droits réservés", "alle rechte vorbehalten",
	"todos los derechos reservados", "copyright", "copr.", "(c)", "©", "(p)",
	// The circled letter Korean papers print for ©: "ⓒ 뉴스1", "ⓒ AFP=연합뉴스".
	"ⓒ", "Ⓒ",
	// "©" in UTF-8 read as Latin-1, as IIM fields without a character set
	// often are.
	"â©",
	// AFP's Copyright Notice: "AFP or licensors".
	"or its licensors", "or licensors"}

// copyrightLead marks the bytes a copyright mark may start with: the first
// bytes of every case of its first rune, as strings.EqualFold compares
// them.
var copyrightLead = func() (lead [256]bool) {
	for _, m := range copyrightMarks {
		r, _ := utf8.DecodeRuneInString(m)
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
			lead[utf8.AppendRune(nil, f)[0]] = true
			if f == r {
				break
			}
		}
	}
	return lead
}()

// StripCopyright drops copyright markers and years from a credit or a
// Copyright Notice: "© 2024 Jane Doe/AFP" -> "Jane Doe/AFP", "Copyright
// Acme Ltd. All rights reserved." -> "Acme Ltd.".
func StripCopyright(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		hit := 0
		for _, m := range copyrightMarks {
			if !copyrightLead[s[i]] {
				break // no mark starts with this byte: most bytes
			}
			// A mark that starts or ends with a letter stands as a word
			// ("(c)" and "©" need not).
			// Compared in place: lower-casing the whole text may change
			// its length ("İ" is two bytes, "i̇" three) and shift offsets.
			if len(s)-i >= len(m) && strings.EqualFold(s[i:i+len(m)], m) && (!asciiAlnum(m[len(m)-1]) || i+len(m) == len(s) || !creditWordByte(s[i+len(m)])) &&
				(i == 0 || !creditWordByte(s[i-1]) || !asciiAlnum(m[0])) {
				hit = len(m)
				break
			}
		}
		if n := yearAt(s, i); n > 0 && !dateStamp(s[strings.LastIndexAny(s[:i], " /")+1:i+n]) {
			hit = n // the year of a dated stamp ("18.jan.2023") stays
		}
		if hit > 0 {
			b.WriteByte(' ')
			i += hit
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	if b.Len() == len(s) {
		return s
	}
	// What the marks leave behind: lone stops and commas, spaces by
	// slashes. A full stop left alone ends the sentence before it ("…
	// Thomson Reuters 2026. Click For …"): it stays on the word before.
	var words []string
	for f := range lexed(b.String()).fields() {
		if w := f.text(); strings.Trim(w, ".,;:-") != "" {
			words = append(words, w)
		} else if n := len(words); n > 0 && strings.Contains(w, ".") && !strings.HasSuffix(words[n-1], ".") {
			words[n-1] += "."
		}
	}
	out := strings.ReplaceAll(strings.ReplaceAll(strings.Join(words, " "), " /", "/"), "/ ", "/")
	return strings.Trim(out, " ,;:-/.")
}

// yearAt returns the length of a year ("2024") or range of years
// ("2019-2024") standing as a word at s[i:], or 0.
func yearAt(s string, i int) int {
	if i > 0 && (asciiAlnum(s[i-1]) || s[i-1] == '#') {
		return 0
	}
	n := 0
	for {
		if i+n+4 > len(s) || !(s[i+n] == '1' && s[i+n+1] >= '8' || s[i+n] == '2' && s[i+n+1] == '0') {
			return 0
		}
		for j := i + n + 2; j < i+n+4; j++ {
			if s[j] < '0' || s[j] > '9' {
				return 0
			}
		}
		n += 4
		if k := i + n; k+2 < len(s) && (s[k] == '-' || s[k] == '/') && isDigit(s[k+1]) && isDigit(s[k+2]) &&
			(k+3 == len(s) || !creditWordByte(s[k+3])) {
			// A range to a year in two digits: "2017-18".
			return n + 3
		}
		if i+n+1 < len(s) && (s[i+n] == '-' || s[i+n] == '/') && s[i+n+1] >= '0' && s[i+n+1] <= '9' {
			n++
			continue
		}
		if i+n < len(s) && creditWordByte(s[i+n]) {
			return 0
		}
		return n
	}
}

// splitHash reads Getty's "Name#Agency" as "Name/Agency", dropping a
// contributor number ("Contributor#8523328").
func splitHash(st stretch) stretch {
	s := st.text()
	if strings.IndexByte(s, '#') < 0 {
		return st
	}
	parts := strings.Split(s, "#")
	out := parts[:1]
	for _, p := range parts[1:] {
		if strings.Trim(p, "0123456789 ") != "" {
			out = append(out, p)
		}
	}
	return lexed(strings.Join(out, "/"))
}

// markerOrg returns ORG for "ORG PHOTO", "ORG Photo", "ORG Image", "ORG FOTO",
// "ORG-FOTO".
func markerOrg(t string) string {
	i := strings.LastIndexAny(t, " -")
	if i <= 0 || !creditMarkers[t[i+1:]] {
		return ""
	}
	org := strings.TrimSpace(t[:i])
	if org == "" || !isCapWord(org) {
		return ""
	}
	return org
}

// hasWordIn reports whether a word of st, lower-cased, is in set (a lexicon
// class such as credit_pool).
func hasWordIn(st stretch, set map[string]bool) bool {
	for f := range st.fields() {
		if set[strings.ToLower(f.text())] {
			return true
		}
	}
	return false
}

// withoutWordsIn returns the words of st lower-cased, less those of the
// sets, joined by one space.
func withoutWordsIn(st stretch, sets ...map[string]bool) string {
	var out []string
	for f := range st.fields() {
		if w := strings.ToLower(f.text()); !slices.ContainsFunc(sets, func(set map[string]bool) bool { return set[w] }) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// keyHasWordIn reports whether a word of the folded key k is in set, which
// ws screens.
func keyHasWordIn(k []byte, set map[string]bool, ws *wordScreen) bool {
	for len(k) > 0 {
		w := k
		if i := bytes.IndexByte(k, ' '); i >= 0 {
			w, k = k[:i], k[i+1:]
		} else {
			k = nil
		}
		if len(w) >= ws.min && len(w) <= ws.max && ws.first[w[0]] && set[string(w)] {
			return true
		}
	}
	return false
}

// markerWords are the words that make an organisation's name a credit's
// marker ("AFP PHOTO", "ANTARA FOTO"; lexicon credit_marker).
var markerWords = wordSet("credit_marker")

// isImagoName: IMAGO writes names with x for spaces, "xKirbyxLeex".
func isImagoName(w string) bool {
	if len(w) < 5 || w[0] != 'x' || w[len(w)-1] != 'x' || !isUpperByte(w[1]) {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// imagoOrg: a decoded IMAGO name holds an organisation word (lexicon
// credit_org_word: "Images", "Press", "Agency").
func imagoOrg(name string) bool {
	for _, w := range strings.Fields(name) {
		if orgWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func imagoName(w string) string {
	return strings.Join(strings.FieldsFunc(w[1:len(w)-1], func(r rune) bool { return r == 'x' }), " ")
}

// handoutWords mark a handout in a credit.
var handoutWords = wordSet("credit_handout")

// socialWords mark pictures taken from social networks.
var socialWords = wordSet("credit_social")

// mediaWords mark an organisation as a publication (lexicon
// credit_media_word): a partner of the wire that relays its picture.
var mediaWords = wordSet("credit_media_word")

// mediaName: a word of st, or a piece of a hyphenated word ("The Velmora
// Post-Gazette"), is a publication's word.
func mediaName(st stretch) bool {
	for f := range st.fields() {
		for w := range strings.SplitSeq(f.text(), "-") {
			if mediaWords[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// orgWords mark a credit part as an organisation rather than a person.
var orgWords = wordSet("credit_org_word")

// nameParticles stand inside person names in lower case.
var nameParticles = wordSet("name_particle")

// isPersonName accepts one to five words, capitalised or particles, with no
// digits and no organisation words.
func isPersonName(st stretch) bool {
	s := st.text()
	n, letters := 0, 0
	for f := range st.fields() {
		w := f.text()
		n++
		if n > 5 {
			return false
		}
		var kb [48]byte
		lw := string(foldKey(kb[:0], w))
		if inCreditSet(orgWords, lw) || n == 1 && (lw == "the" || lw == "la" || lw == "le" || lw == "el" || lw == "der" || lw == "die") {
			return false
		}
		if n > 1 && inCreditSet(nameParticles, lw) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !caselessLetter(r) && !strings.HasPrefix(lw, "al ") && !strings.HasPrefix(lw, "el ") {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
			if unicode.IsLetter(c) {
				letters++
			}
		}
	}
	if n == 0 {
		return false
	}
	if n == 1 {
		// A single word is a name only where AFP signs with one, in
		// capitals; short capitals are acronyms of organisations and a
		// single mixed-case word is a brand ("Northwind").
		return letters >= 5 && !strings.Contains(s, ".") && !hasLower(s) && !caselessLetter(firstLetter(s))
	}
	return letters >= 3
}

// personName turns "Jane QUILLFEATHER" into "Jane Quillfeather", keeping
// particles and mixed-case names as written.
func personName(st stretch) string {
	s := st.text()
	if !hasUpperRun(s) {
		return s
	}
	var wb [8]string
	words := wb[:0]
	for f := range st.fields() {
		words = append(words, f.text())
	}
	for i, w := range words {
		if inCapitals(w) {
			if nameParticles[strings.ToLower(w)] && i > 0 {
				words[i] = strings.ToLower(w)
				continue
			}
			if i > 0 && nameSuffixes[strings.ToLower(w)] && romanSuffix(w) {
				continue // "John Roe III"
			}
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

// nameSuffixes are the generational suffixes written after a name, "Jr."
// and "Sr." abbreviated, "II", "III" in Roman numerals (AP style; lexicon
// credit_link, value suffix).
var nameSuffixes = wordsValued("credit_link", "suffix")

// romanSuffix: a suffix in Roman numerals stays in capitals.
func romanSuffix(w string) bool { return strings.Trim(w, "IVX") == "" }

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasUpperRun: two capitals in a row somewhere ("TABASSUM").
func hasUpperRun(s string) bool {
	prev := false
	for _, r := range s {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	lowerFinalSigma(r)
	upNext := true
	for i, c := range r {
		if upNext && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			upNext = false
		}
		if c == '-' || c == '\'' {
			upNext = true
		}
	}
	return string(r)
}

func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// creditWordByte: an ASCII letter or digit, or a byte of a multi-byte rune.
func creditWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
