package caption

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

type parser struct {
	s                string // normalised text
	toks             []tok  // s cut by the lexer, once
	words            []tok  // its words and numbers, for the passes that read the bytes between them
	restrictions     *scanner
	lower            string // s with ASCII letters lower-cased: same offsets
	opts             Options
	restrictionSpans []span
	credit           string
	creditSpan       span
	creditSpans      []span // every credit-like stretch, chosen or not
	groups           []group
	groupBuf         [16]group
	spanBuf          [8]span
	bgStart          int // start of the background, or len(s)
	headerEnd        int // end of a wire header (Xinhua "(Xinhua) --"), or 0
	dateSpan         span
	order            DateOrder // numeric date order of the agency (dates.go)
	keys             uint32    // the phraseKeys the caption holds (keyMask)
}

func newParser(text string, opts Options) *parser {
	n := normalize(text)
	l := asciiLower(n)
	var lx lexer
	toks := lx.lex(n)
	return &parser{s: n, toks: toks, words: wordTokens(make([]tok, 0, len(toks)), toks), lower: l, keys: keyMask(l), opts: opts, dateSpan: span{-1, -1}}
}

// filePhotoPhrases mark an archive picture: AP's "FILE -", ", File)" and
// "**FILE**", Reuters' "/File Photo", AFP's "(FILES)", PA's "file photo
// dated", and the French, German and Spanish desks' archive words.
var filePhotoPhrases = []string{"file photo", "file picture", "file image", "(file)", "(files)", "**file**", ", file)",
	",file)", "/file", "(archive)", "(archives)", "photo d'archive", "photo d'archives", "image d'archive",
	"image d'archives", "archivbild", "archivfoto", "foto de archivo", "imagen de archivo", "(archivo)"}

// undatedPhrases say the capture date is unknown.
var undatedPhrases = []string{"undated", "non date", "non datee", "non daté", "non datée", "undatiert", "sin fecha"}

// releaseWords introduce a release, issue or transmission date; takenWords
// a capture date ("taken and released on").
var (
	releaseWords = set("released provided issued published transmitted distributed posted obtained publié publiée publie publiee diffusé diffusée diffuse diffusee veröffentlicht publicado publicada difundido difundida distribuido distribuida")
	takenWords   = set("taken shot captured pris prise aufgenommen tomado tomada dated")
)

// Source phrases, as the agencies write them (lower case, whole words).
var (
	socialPhrases = []string{"social media", "via telegram", "telegram channel", "posted on x", "posted on twitter",
		"posted on facebook", "posted on instagram", "posted on tiktok", "réseaux sociaux", "sozialen medien", "redes sociales"}
	screenPhrases = []string{"screen grab", "screengrab", "image grab", "video grab", "screenshot", "still from video",
		"still from a video", "still image from video", "still image from a video", "still taken from video",
		"still taken from a video", "still image taken from video", "still image taken from a video", "capture d'écran",
		"bildschirmfoto", "captura de pantalla", "captura de vídeo", "captura de video"}
	handoutPhrases = []string{"handout", "photo provided by", "picture provided by", "image provided by", "photo released by",
		"picture released by", "image released by", "in this photo provided by", "courtesy of"}
	// poolPhrases are matched as written: AP's "POOL PHOTO" line, Kyodo's
	// "(Pool photo)".
	poolPhrases  = []string{"POOL PHOTO", "(Pool photo)", "Pool Photo"}
	sourceIntros = []string{"released by", "provided by", "distributed by", "issued by"}
	// pictureDateLabel: PA's "Picture date:" gives the capture date.
	pictureDateLabel = []string{"picture date:"}
	wireHeaderTag    = []string{"(Xinhua)", "(XINHUA)", "(Kyodo)", "(Yonhap)"}
)

// phraseSet is a list of phrases with the few keys one of which any of
// them holds: the keys are checked first, so that a caption without them
// costs a handful of scans, not one per phrase.
type phraseSet struct {
	keys, phrases []string
	mask          uint32 // the keys' bits in phraseKeys
}

func (ps phraseSet) at(s string) int {
	if !hasAny(s, ps.keys) {
		return -1
	}
	return phraseAt(s, ps.phrases)
}

var (
	filePhotoSet = phraseSet{keys: []string{"file", "archiv"}, phrases: filePhotoPhrases}
	undatedSet   = phraseSet{keys: []string{"undat", "non dat", "sin fecha"}, phrases: undatedPhrases}
	socialSet    = phraseSet{keys: []string{"social", "telegram", "posted on", "réseaux", "sozialen", "redes"}, phrases: socialPhrases}
	screenSet    = phraseSet{keys: []string{"grab", "screen", "still", "captur", "bildschirm"}, phrases: screenPhrases}
	handoutSet   = phraseSet{keys: []string{"handout", "provided", "released", "courtesy"}, phrases: handoutPhrases}
	poolSet      = phraseSet{keys: []string{"POOL", "Pool"}, phrases: poolPhrases}
)

// phraseKeys are the keys of every phrase set, lower-cased, and
// keysByFirst their indexes by first byte: one pass over the lower-cased
// caption finds which occur (keyMask), so that a set none of whose keys
// occurs costs nothing. Every phrase holds a key, and every text a set is
// matched against is the caption, a part of it or a copy with parts
// blanked: a key that starts no word of the caption rules the set out.
var (
	phraseKeys  []string
	keysByFirst [256][]uint8
)

func init() {
	for _, ps := range []*phraseSet{&filePhotoSet, &undatedSet, &socialSet, &screenSet, &handoutSet, &poolSet} {
		for _, k := range ps.keys {
			k = strings.ToLower(k)
			i := slices.Index(phraseKeys, k)
			if i < 0 {
				i = len(phraseKeys)
				phraseKeys = append(phraseKeys, k)
				keysByFirst[k[0]] = append(keysByFirst[k[0]], uint8(i))
			}
			ps.mask |= 1 << i
		}
	}
	if len(phraseKeys) > 32 {
		panic("caption: more than 32 phrase keys")
	}
}

// keyMask returns the bits of the phraseKeys that start a word of l. Every
// phrase holds a key at the start of one of its words, and phrases are
// matched as whole words: the key starts a word of the text too.
func keyMask(l string) (m uint32) {
	for i := 0; i < len(l); i++ {
		if i > 0 && isLetterByte(l[i-1]) {
			continue
		}
		for _, k := range keysByFirst[l[i]] {
			if strings.HasPrefix(l[i:], phraseKeys[k]) {
				m |= 1 << k
			}
		}
	}
	return m
}

// maybe reports whether a key of ps occurs in the caption.
func (p *parser) maybe(ps *phraseSet) bool { return p.keys&ps.mask != 0 }

// phraseAt returns where the first of phrases occurs in s as whole words,
// or -1.
func phraseAt(s string, phrases []string) int {
	best := -1
	for _, ph := range phrases {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], ph)
			if i < 0 {
				break
			}
			i += from
			end := i + len(ph)
			okStart := i == 0 || !isLetterByte(ph[0]) || !isLetterByte(s[i-1])
			okEnd := end == len(s) || !isLetterByte(ph[len(ph)-1]) || !isLetterByte(s[end])
			if okStart && okEnd {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			from = i + 1
		}
	}
	return best
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// leadingFile returns the length of AP's "FILE - " / "FILE PHOTO: " /
// "**FILE** " opening, and whether the caption opens so.
func leadingFile(s string) (int, bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
		i++
	}
	i0 := i
	if strings.HasPrefix(s[i:], "**") {
		i += 2
	}
	if !strings.HasPrefix(s[i:], "FILE") {
		return 0, false
	}
	i += 4
	skip := func() {
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	skip()
	if strings.HasPrefix(s[i:], "PHOTO") {
		i += 5
		skip()
	}
	switch {
	case strings.HasPrefix(s[i:], "**"):
		return i + 2 - i0, true
	case i < len(s) && (s[i] == '-' || s[i] == ':'):
		i++
		skip()
		return i, true
	case i < len(s) && s[i] == '(':
		return 0, true
	}
	return 0, false
}

// backgroundSep finds AFP's separator between what the photo shows and the
// context: " - " after the first sentence (after . ) or "), then a capital;
// or a blank line. It returns the index of the byte before the separator.
func backgroundSep(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', ')', '"':
			j := i + 1
			k := j
			for k < len(s) && isSpaceByte(s[k]) {
				k++
			}
			if k == j {
				continue
			}
			d := k
			for d < len(s) && d-k < 2 && s[d] == '-' {
				d++
			}
			if d == k || d < len(s) && s[d] == '-' {
				continue
			}
			e := d
			for e < len(s) && isSpaceByte(s[e]) {
				e++
			}
			if e == d || e >= len(s) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsUpper(r) {
				return i
			}
		case '\n':
			for k := i + 1; k < len(s) && isSpaceByte(s[k]); k++ {
				if s[k] == '\n' {
					return i - 1
				}
			}
		}
	}
	return -1
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// wireHeader returns the end of a transmission header whose date and city
// are not the photo's (Xinhua: "(240105) -- KUNMING, Jan. 5, 2024 (Xinhua) --"),
// or 0.
func wireHeader(s string) int {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	// Xinhua's "(YYMMDD) --".
	if i+8 <= len(s) && s[i] == '(' && s[i+7] == ')' && allDigits(s[i+1:i+7]) {
		j := i + 8
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		d := j
		for d < len(s) && s[d] == '-' {
			d++
		}
		for d < len(s) && isSpaceByte(s[d]) {
			d++
		}
		i = d
	}
	// The filing city in capitals, then a comma.
	if i >= len(s) || !isUpperByte(s[i]) {
		return 0
	}
	j := i + 1
	for j < len(s) && (isUpperByte(s[j]) || s[j] == ' ' || s[j] == '.' || s[j] == '\'' || s[j] == '-') {
		j++
	}
	if j-i < 2 || j >= len(s) || s[j] != ',' {
		return 0
	}
	j++
	k := j
	for k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	if k == j {
		return 0
	}
	// Up to forty characters of date, then the agency in brackets.
	o := strings.IndexByte(s[k:min(len(s), k+41)], '(')
	if o < 3 || strings.ContainsAny(s[k:k+o], ")\n") {
		return 0
	}
	o += k
	for _, tag := range wireHeaderTag {
		if strings.HasPrefix(s[o:], tag) {
			e := o + len(tag)
			for e < len(s) && isSpaceByte(s[e]) {
				e++
			}
			d := e
			for d < len(s) && s[d] == '-' {
				d++
			}
			if d > e {
				return d
			}
		}
	}
	return 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// sourceNameAfter reads the body a picture was "released by" / "provided
// by": capitalised words and the small words between them.
func sourceNameAfter(s, lower string) string {
	at := -1
	for k, intro := range sourceIntros {
		if i := phraseAt(lower, sourceIntros[k:k+1]); i >= 0 && (at < 0 || i < at) {
			at = i + len(intro) + 1
		}
	}
	if at < 0 || at > len(s) {
		return ""
	}
	if strings.HasPrefix(lower[at:], "the ") {
		at += 4
	}
	end, last := at, at
	for end < len(s) {
		w := wordAt(s, end, len(s))
		w = strings.TrimRight(w, ",;:")
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		small := w == "of" || w == "and" || w == "for" || w == "the"
		if !unicode.IsUpper(r) && !small {
			break
		}
		end += len(w)
		if !small {
			last = end
		}
		if end < len(s) && s[end] != ' ' {
			break
		}
		end++
	}
	return strings.TrimSpace(s[at:last])
}

func (p *parser) run(c *Caption) {
	s := p.s
	p.restrictions = newScanner(s, p.words, p.opts.DateHint, convention{})
	c.Restrictions, p.restrictionSpans = p.restrictions.scan()
	cand, _ := p.findCredit()
	p.credit, p.creditSpan = cand.text, cand.sp
	if v := mandatoryValue(c.Restrictions); v != "" {
		// The credit the agency demands is the one to print.
		p.credit = v
	}
	c.Credit = p.credit
	if strings.Contains(s, ") -") {
		p.headerEnd = wireHeader(s)
	}
	p.bgStart = len(s)
	if m := backgroundSep(s[p.headerEnd:]); m >= 0 {
		at := p.headerEnd + m + 1
		if at < p.creditStartOr(len(s)) {
			p.bgStart = at
		}
	}
	cp := analyzeCredit(c.Credit)
	if p.creditSpan.end > 0 && c.Credit != s[p.creditSpan.start:p.creditSpan.end] {
		// The line credit names the photographer where the demanded credit
		// may not ("AFP PHOTO / HO / SANA").
		line := analyzeCredit(s[p.creditSpan.start:p.creditSpan.end])
		if len(cp.photographers) == 0 {
			cp.photographers = line.photographers
		}
		if cp.agency == "" {
			cp.agency = line.agency
		}
	}
	if cand.handoutTail {
		// EPA writes the handout's source before "HANDOUT": it is no
		// photographer.
		cp.handout = true
		if n := len(cp.photographers); n > 0 {
			cp.partners = append(cp.partners, cp.photographers[n-1])
			cp.photographers = cp.photographers[:n-1]
		}
	}
	cp.file = cp.file || cand.file
	if cp.agency == "" && strings.Contains(s, "PUBLICATIONxINx") {
		cp.agency = "Imago"
	}
	c.Agency = cp.agency
	conventions := c.Agency
	if conventions == "" {
		conventions = p.opts.Agency
	}
	p.order = DateOrderFor(conventions)
	p.restrictions.resolveEmbargoes(c.Restrictions, conventions)
	c.Photographers = dedupe(cp.photographers)
	c.Partners = dedupe(cp.partners)
	c.FilePhoto = cp.file
	if _, ok := leadingFile(s); ok || p.maybe(&filePhotoSet) && filePhotoSet.at(p.lower) >= 0 {
		c.FilePhoto = true
	}
	c.Description, c.Background = p.describe()
	c.Source = p.source(cp)
	c.Date = p.date()
	c.Location = p.location()
	c.Language = languageOf(s, p.toks)
}

// asciiLower lower-cases A-Z only, so that byte offsets stay those of s.
func asciiLower(s string) string {
	if s == "" {
		return ""
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return bytesToString(b)
}

// bytesToString returns b as a string without copying it: b must never be
// written again.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func (p *parser) creditStartOr(def int) int {
	if p.creditSpan.end > 0 {
		return p.creditSpan.start
	}
	return def
}

func mandatoryValue(rs []Restriction) string {
	for _, r := range rs {
		if r.Code == MandatoryCredit && r.Value != "" {
			return r.Value
		}
	}
	return ""
}

// describe splits the caption into what the photo shows and the context.
func (p *parser) describe() (desc, bg string) {
	s := p.s
	end := len(s)
	for _, sp := range p.creditSpans {
		if sp.start > len(s)/3 && sp.start < end {
			end = sp.start
		}
	}
	for _, sp := range p.restrictionSpans {
		if sp.start > len(s)/2 && sp.start < end {
			end = sp.start
		}
	}
	start := p.headerEnd
	descEnd := min(p.bgStart, end)
	desc = cleanPart(s[start:max(start, descEnd)])
	if p.bgStart < end {
		bg = cleanPart(s[p.bgStart:end])
	}
	return desc, bg
}

func cleanPart(s string) string {
	if n, ok := leadingFile(s); ok {
		s = s[n:]
	}
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "-=/ ")
	s = strings.TrimRight(s, "-=/( \n")
	return collapseSpace(s)
}

// collapseSpace makes every run of white space one space, allocating only
// when there is something to collapse.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) && (s[i] != ' ' || i+1 < len(s) && isSpaceByte(s[i+1])) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, s[i])
	}
	return string(b)
}

func (p *parser) source(cp creditParts) *Source {
	s := p.s
	name := ""
	if cp.official != "" {
		name = cp.official
	}
	for _, partner := range cp.partners {
		if name == "" && lookupAgency(partner) == nil {
			name = partner
		}
	}
	if name == "" && strings.Contains(p.lower, " by ") {
		name = sourceNameAfter(s[:p.bgStart], p.lower[:p.bgStart])
	}
	kind := ""
	l := p.lower
	switch {
	case cp.handout || p.maybe(&handoutSet) && handoutSet.at(l[:p.bgStart]) >= 0:
		kind = "handout"
	case cp.pool || p.maybe(&poolSet) && poolSet.at(s) >= 0:
		kind = "pool"
	case cp.social || p.maybe(&socialSet) && socialSet.at(withoutSpans(l, p.restrictionSpans)) >= 0:
		kind = "social_media"
	case p.maybe(&screenSet) && screenSet.at(l) >= 0:
		kind = "screengrab"
	case len(cp.partners) > 0:
		for _, partner := range cp.partners {
			if lookupAgency(partner) != nil {
				return &Source{Kind: "agency", Name: partner}
			}
		}
	}
	if kind == "" {
		return nil
	}
	return &Source{Kind: kind, Name: name}
}

// date picks the capture date: the first date of the description that is
// not a release, issue or transmission date.
func (p *parser) date() *Date {
	s := p.s
	limit := p.bgStart
	if p.maybe(&undatedSet) && undatedSet.at(p.lower[:limit]) >= 0 {
		return nil
	}
	ds := findDatesOrder(s, p.words, p.order)
	pictureDateEnd := -1
	if i := phraseAt(p.lower, pictureDateLabel); i >= 0 {
		pictureDateEnd = i + len("picture date:")
		for pictureDateEnd < len(s) && isSpaceByte(s[pictureDateEnd]) {
			pictureDateEnd++
		}
	}
	var partial *dateMention
	for i := range ds {
		d := ds[i]
		if d.start < p.headerEnd || (d.start >= limit && !p.afterCreditLine(d.start)) || p.inRestriction(d.start) {
			continue
		}
		if p.isReleaseDate(d.start) {
			continue
		}
		if d.isWeekday || d.year == 0 {
			if partial == nil {
				partial = &ds[i]
			}
			continue
		}
		if pictureDateEnd > 0 && d.start < pictureDateEnd {
			// PA's "Picture date:" is authoritative; keep looking for it.
			continue
		}
		p.dateSpan = span{d.start, d.end}
		return &Date{Value: d.value(), Text: s[d.start:d.end], Precision: d.precision()}
	}
	if partial != nil {
		p.dateSpan = span{partial.start, partial.end}
	}
	if partial != nil && p.opts.DateHint.IsZero() && partial.isWeekday {
		// A weekday names a day only against a stated date: without one it
		// stays unresolved.
		return &Date{Text: s[partial.start:partial.end], Precision: "weekday"}
	}
	if partial != nil && !p.opts.DateHint.IsZero() {
		d := *partial
		if d.isWeekday {
			d = resolveWeekday(d, p.opts.DateHint)
		} else {
			d = resolveYear(d, p.opts.DateHint)
		}
		return &Date{Value: d.value(), Text: s[partial.start:partial.end], Precision: d.precision()}
	}
	return nil
}

// afterCreditLine: Shutterstock's event line ("Event name, City, Country -
// DD Mon YYYY")
// follows the credit and carries the date.
func (p *parser) afterCreditLine(pos int) bool {
	return p.creditSpan.end > 0 && pos > p.creditSpan.end && p.bgStart == len(p.s)
}

func (p *parser) inRestriction(pos int) bool {
	for _, sp := range p.restrictionSpans {
		if pos >= sp.start && pos < sp.end {
			return true
		}
	}
	return false
}

// isReleaseDate reports a date introduced as a release or issue date
// ("released by SANA on May 12, 2012"), unless the photo was "taken and
// released" then.
func (p *parser) isReleaseDate(pos int) bool {
	from := max(0, pos-80)
	ctx := p.s[from:pos]
	if i := strings.LastIndexAny(ctx, ".;\n"); i >= 0 && i < len(ctx)-1 {
		// Keep "Issue date:" style labels even after a full stop.
		if !strings.HasSuffix(strings.TrimSpace(ctx), ":") {
			ctx = ctx[i+1:]
		}
	}
	if i := strings.LastIndex(ctx, ","); i >= 0 && strings.Count(ctx[i:], " ") > 3 {
		ctx = ctx[i:]
	}
	release, taken := false, false
	lc := p.lower[pos-len(ctx) : pos]
	for i := 0; i < len(lc); {
		for i < len(lc) && !isLetterByte(lc[i]) {
			i++
		}
		j := i
		for j < len(lc) && isLetterByte(lc[j]) {
			j++
		}
		w := lc[i:j]
		release = release || releaseWords[w] || w == "issue" && strings.HasPrefix(lc[j:], " date")
		taken = taken || takenWords[w]
		i = j
	}
	return release && !taken
}

// location reads the location from the caption with the parts that name no
// location of the photo blanked out: credit, restrictions, background, wire
// header.
func (p *parser) location() *Location {
	b := []byte(p.s)
	blank := func(a, z int) {
		for i := max(0, a); i < min(len(b), z); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, sp := range p.creditSpans {
		blank(sp.start, sp.end)
	}
	for _, sp := range p.restrictionSpans {
		blank(sp.start, sp.end)
	}
	main := bytesToString(b[:p.bgStart]) // b is not written again
	if p.headerEnd > 0 {
		// The header's city is where the story was filed; keep it as a
		// last resort after the body.
		body := strings.Repeat(" ", p.headerEnd) + main[p.headerEnd:]
		if loc := findLocation(body, p.toks, p.dateSpan); loc != nil {
			return loc
		}
	}
	return findLocation(main, p.toks, p.dateSpan)
}

func dedupe(xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if x == "" || slices.ContainsFunc(out, func(o string) bool { return sameName(o, x) }) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sameName compares two names with case and accents folded.
func sameName(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	var ka, kb [96]byte
	return string(foldKey(ka[:0], a)) == string(foldKey(kb[:0], b))
}

// ParseDateHint reads YYYY-MM-DD or RFC 3339.
func ParseDateHint(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// set makes a lookup table from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
