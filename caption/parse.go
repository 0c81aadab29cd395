package caption

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A parser lives on its caller's stack (Parse): what its slices and the
// stretches of its text point into is one allocation of its own
// (parseText), so that the parser's address escapes nowhere. It is 728
// bytes, the allocation 208; the parser had been allocated whole, 896.
type parser struct {
	lexedText                // s, the normalised text, and its tokens, read in place
	*parseText               // the same, for the stretches of the text to point to; the buffers
	words            wordSeq // its words and numbers, for the passes that read the bytes between them
	restrictions     scanner // held in the parser: one allocation less
	opts             Options
	restrictionSpans []span
	credit           string
	creditSpan       span
	creditSpans      []span // every credit-like stretch, chosen or not
	groups           []group
	byOpen           []int // indexes of groups, in the order they open
	bgStart          int   // start of the background, or len(s)
	headerEnd        int   // end of a wire header (Xinhua "(Xinhua) --"), or 0
	// datelineEnd: end of a national agency's story dateline ("AMMAN,
	// Jan 9 (Petra) --"), whose city only is not the photo's, or 0.
	datelineEnd int
	dateSpan    span
	order       DateOrder         // numeric date order of the agency (dates.go)
	present     classSet          // the lexicon classes starting at some token (lexer.present)
	first       [maxClasses]uint8 // the first token of each class present, or a bound below it (lexer.first)
}

// parseText is the caption's text and tokens, which stretches point to,
// with the buffers a parser's slices point into.
type parseText struct {
	lexedText
	// groupBuf, byOpenBuf and spanBuf hold the bracket groups and the
	// credit-like stretches of a caption without allocations of their
	// own; more go to the heap. A caption rarely has more than two of
	// either: of about 1,200 in the corpora and tests, 3 have more than
	// three groups, 1 more than four stretches.
	groupBuf  [3]group
	byOpenBuf [3]int
	spanBuf   [4]span
}

// stackToks bounds the tokens a caption is first cut into on the stack (a
// caption of 1,500 bytes has about 300); a longer one is cut on the heap.
// smallToks is the buffer of a caption the lexer expects to fit in it
// (bytesPerToken): most are under 560 bytes, and a buffer on the stack is
// zeroed whole, 40 bytes a token, whatever the caption's length.
const (
	stackToks = 320
	smallToks = 128
)

func newParser(text string, opts Options) *parser {
	p := new(parser)
	p.init(text, opts)
	return p
}

// init readies p to parse text: Parse holds its parser on its stack.
func (p *parser) init(text string, opts Options) {
	n := normalize(text)
	var lx lexer
	toks := lexCopy(&lx, n)
	words := wordSeq{appendWordRefs(make([]*tok, 0, lx.words), toks)}
	*p = parser{lexedText: lexedText{n, toks}, parseText: &parseText{lexedText: lexedText{n, toks}}, words: words, opts: opts, dateSpan: span{-1, -1}, present: lx.present, first: lx.first}
}

// lexCopy cuts s into tokens on the stack and copies them at once into
// one allocation of the exact size: the lexer's estimate of the count, and
// growing a slice on the heap, cost more.
func lexCopy(lx *lexer, s string) []tok {
	var cut []tok
	if len(s)/bytesPerToken+16 <= smallToks {
		var buf [smallToks]tok
		cut = lx.lexInto(buf[:0], s)
	} else {
		var buf [stackToks]tok
		cut = lx.lexInto(buf[:0], s)
	}
	toks := make([]tok, len(cut))
	copy(toks, cut)
	return toks
}

// holds reports whether an entry of class c starts at some token of the
// caption: the scans for a class skip a caption that has none.
func (p *parser) holds(c class) bool { return p.present.has(c) }

// firstOf returns the first token where an entry of class c may start, or
// len(p.toks): a scan for the class starts there.
func (p *parser) firstOf(c class) int {
	if !p.holds(c) {
		return len(p.toks)
	}
	return int(p.first[c])
}

// findIn is findIn over the caption's tokens, from the first of class c.
func (p *parser) findIn(from, to int, c class) (int, int) { return p.findValue(from, to, c, "") }

// findValue is findValue over the caption's tokens, from the first of
// class c.
func (p *parser) findValue(from, to int, c class, val string) (int, int) {
	return findValueAt(p.toks, max(tokIndex(p.toks, from), p.firstOf(c)), to, c, val)
}

// findOutside is findOutside over the caption's tokens, from the first of
// class c.
func (p *parser) findOutside(spans []span, c class, val string) int {
	return findOutsideAt(p.toks, p.firstOf(c), spans, c, val)
}

// The lexicon classes of the caption-wide passes: archive-picture
// markers, "undated" notes, the words saying where a picture came from
// (social media, a screen grab, a handout, a pool), the words introducing
// its source ("released by"), PA's "Picture date" label, the agency tags of
// a wire header, and the words of a release or of a capture date.
var (
	clsFilePhoto   = lexClass("file_photo")
	clsFileOpener  = lexClass("file_opener")
	clsUndated     = lexClass("undated")
	clsSourceKind  = lexClass("source_kind")
	clsSourceIntro = lexClass("source_intro")
	clsPictureDate = lexClass("picture_date")
	clsWireTag     = lexClass("wire_tag")
	clsStoryTag    = lexClass("story_tag")
	clsDateRole    = lexClass("date_role")
)

// tokIndex returns the index of the first token starting at or after
// byte pos.
func tokIndex(toks []tok, pos int) int {
	return startIndex(toks, pos, func(t *tok) int { return t.start })
}

// startIndex returns the index of the first of xs, which lie in order of
// start, that starts at or after pos: slices.BinarySearchFunc written
// out, as the passes ask it many times per caption.
func startIndex[T any](xs []T, pos int, start func(*T) int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); start(&xs[m]) < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// findIn returns the first token of the first entry of class c lying in
// bytes [from, to) of the text, or -1, and the token after it.
func findIn(toks []tok, from, to int, c class) (int, int) {
	return findValue(toks, from, to, c, "")
}

// findValue is findIn for the entries with value val ("" for any).
func findValue(toks []tok, from, to int, c class, val string) (int, int) {
	return findValueAt(toks, tokIndex(toks, from), to, c, val)
}

// findValueAt is findValue from token i.
func findValueAt(toks []tok, i, to int, c class, val string) (int, int) {
	for ; i < len(toks) && toks[i].start < to; i++ {
		if !toks[i].mayStart(c) {
			continue
		}
		if end, sn, ok := matchAt(toks, i, c); ok && toks[end-1].end <= to && (val == "" || sn.val == val) {
			return i, end
		}
	}
	return -1, -1
}

// findOutside is findValue over the whole text, skipping entries that
// start inside one of the spans.
func findOutside(toks []tok, spans []span, c class, val string) int {
	return findOutsideAt(toks, 0, spans, c, val)
}

// findOutsideAt is findOutside from token i.
func findOutsideAt(toks []tok, i int, spans []span, c class, val string) int {
	for ; i < len(toks); i++ {
		if !toks[i].mayStart(c) || inSpans(spans, toks[i].start) {
			continue
		}
		if _, sn, ok := matchAt(toks, i, c); ok && sn.val == val {
			return i
		}
	}
	return -1
}

func inSpans(spans []span, pos int) bool {
	for _, sp := range spans {
		if pos >= sp.start && pos < sp.end {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// fileOpener reads an archive opener at token i ("FILE - ", "FILE PHOTO: ",
// "**FILE** " of AP, "ARCHIV - " of dpa; lexicon file_opener, its words in
// capitals). It returns the byte where what it opens starts and whether
// one is there; an opener ending with a bracket ("FILE (2019)") marks the
// picture and is kept (the byte returned is its own start).
func fileOpener(s string, toks []tok, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	end, _, ok := matchAt(toks, i, clsFileOpener)
	if !ok {
		return 0, false
	}
	for k := i; k < end; k++ {
		if t := &toks[k]; t.isWord() && t.shape != shUpper {
			return 0, false
		}
	}
	if toks[end-1].isMark('(') {
		return toks[i].start, true
	}
	n := toks[end-1].end
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n, true
}

// sepBytes are the bytes backgroundSep acts on.
const sepBytes = ".)\"\n"

// backgroundSep finds AFP's separator between what the photo shows and the
// context: " - " after the first sentence (after . ) or "), then a capital;
// or a blank line. It returns the index of the byte before the separator.
// It visits the separator bytes only (byteScan).
func backgroundSep(s string) int {
	for sc := newByteScan(s, sepBytes); ; {
		i := sc.advance()
		if i >= len(s) {
			return -1
		}
		if at, ok := sepAt(s, i); ok {
			return at
		}
	}
}

// sepAt reads the separator byte at i (one of sepBytes): whether the
// separator is there, and the index of the byte before it.
func sepAt(s string, i int) (int, bool) {
	switch s[i] {
	case '.', ')', '"':
		j := i + 1
		k := j
		for k < len(s) && isSpaceByte(s[k]) {
			k++
		}
		if k == j {
			return 0, false
		}
		d := k
		for d < len(s) && d-k < 2 && s[d] == '-' {
			d++
		}
		if d == k || d < len(s) && s[d] == '-' {
			return 0, false
		}
		e := d
		for e < len(s) && isSpaceByte(s[e]) {
			e++
		}
		if e == d || e >= len(s) {
			return 0, false
		}
		if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsUpper(r) {
			return i, true
		}
	case '\n':
		for k := i + 1; k < len(s) && isSpaceByte(s[k]); k++ {
			if s[k] == '\n' {
				return i - 1, true
			}
		}
	}
	return 0, false
}

func isSpaceByte(c byte) bool { return spaceBytes[c] }

// spaceBytes are the white-space bytes: one look-up, not six comparisons.
var spaceBytes = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

// wireHeader returns the end of a transmission header whose date and city
// are not the photo's (Xinhua: "(240105) -- KUNMING, Jan. 5, 2024 (Xinhua) --"),
// or 0.
func wireHeader(s string, toks []tok) int {
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
	k := capsCityComma(s, i)
	if k < 0 {
		return 0
	}
	// Up to forty characters of date, then the agency in brackets.
	o := strings.IndexByte(s[k:min(len(s), k+41)], '(')
	if o < 3 || strings.ContainsAny(s[k:k+o], ")\n") {
		return 0
	}
	o += k
	ti := tokIndex(toks, o)
	if end, _, ok := matchAt(toks, ti, clsWireTag); ok {
		return dashesAfter(s, toks[end-1].end) // location_dateline.go
	}
	return 0
}

// capsCityComma reads a filing city in capitals at i, then a comma and
// white space; it returns where the date after them starts, or -1.
func capsCityComma(s string, i int) int {
	if i >= len(s) || !isUpperByte(s[i]) {
		return -1
	}
	j := i + 1
	for j < len(s) && (isUpperByte(s[j]) || s[j] == ' ' || s[j] == '.' || s[j] == '\'' || s[j] == '-') {
		j++
	}
	if j-i < 2 || j >= len(s) || s[j] != ',' {
		return -1
	}
	j++
	k := j
	for k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	if k == j {
		return -1
	}
	return k
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
// by" (lexicon source_intro): capitalised words and the small words
// between them (source_small), before the background.
func (p *parser) sourceNameAfter() string {
	i, end := p.findIn(0, p.bgStart, clsSourceIntro)
	if i < 0 {
		return ""
	}
	toks := p.toks
	if end < len(toks) && toks[end].key == "the" {
		end++
	}
	first, last := end, -1
	for k := end; k < len(toks) && toks[k].start < p.bgStart && toks[k].isWord(); k++ {
		if toks[k].shape == shLower && !toks[k].has(clsChain) {
			break
		}
		if toks[k].shape != shLower {
			last = k
		}
		if k+1 < len(toks) && (!toks[k].spaceAfter || toks[k+1].isPunct()) {
			break
		}
	}
	if last < 0 {
		return ""
	}
	return p.s[toks[first].start:toks[last].end]
}

func (p *parser) run(c *Caption) {
	s := p.s
	p.restrictions = scannerFor(s, p.words, p.opts.DateHint, convention{})
	c.Restrictions, p.restrictionSpans = p.restrictions.scan()
	cand, _ := p.findCredit()
	p.credit, p.creditSpan = cand.text, cand.sp
	if v := mandatoryValue(c.Restrictions); v != "" {
		// The credit the agency demands is the one to print.
		p.credit = v
	}
	c.Credit = p.credit
	if strings.Contains(s, ") -") {
		p.headerEnd = wireHeader(s, p.toks)
	}
	p.headerEnd = max(p.headerEnd, cand.headEnd)
	p.datelineEnd = storyDateline(s, p.toks) // location_dateline.go
	p.bgStart = len(s)
	if h := max(p.headerEnd, p.datelineEnd); h < len(s) {
		if m := backgroundSep(s[h:]); m >= 0 {
			at := h + m + 1
			if at < p.creditStartOr(len(s)) {
				p.bgStart = at
			}
		}
	}
	cp := p.creditParts(c.Credit)
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
	if _, ok := fileOpener(s, p.toks, 0); ok || p.findOutside(nil, clsFilePhoto, "") >= 0 {
		c.FilePhoto = true
	}
	c.Description, c.Background = p.describe()
	c.Source = p.source(cp)
	c.Date = p.date()
	lang := guessLanguage(s, p.toks)
	c.Location = p.location(lang, agencyHome(c.Agency))
	if c.Location == nil || c.Location.City == "" && c.Location.Place == "" {
		c.Location = withScriptPlace(c.Location, p.scriptPlaces()) // location_script.go
	}
	c.Language = reported(lang)
}

// creditParts reads the credit's agency and photographers. The line credit
// names the photographer where the demanded credit may not ("AFP PHOTO / HO
// / SANA"), so it fills what the demanded one leaves empty.
func (p *parser) creditParts(credit string) creditParts {
	sp := p.creditSpan
	cp := analyzeCredit(p.stretchFor(credit, sp))
	if sp.end > 0 && credit != p.s[sp.start:sp.end] {
		line := analyzeCredit(p.stretchOf(sp.start, sp.end))
		if len(cp.photographers) == 0 {
			cp.photographers = line.photographers
		}
		if cp.agency == "" {
			cp.agency = line.agency
		}
	}
	return cp
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
			// A desk that pastes the demand twice leaves its label at the
			// value's start ("Photo credit should read: Photo credit
			// should read: Name/PA Wire").
			return stripLabels(r.Value)
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
	if n, ok := fileOpener(s, p.toks, tokIndex(p.toks, start)); ok {
		start = n
	}
	descEnd := min(p.bgStart, end)
	desc = cleanPart(s[start:max(start, descEnd)])
	if p.bgStart < end {
		bg = cleanPart(s[p.bgStart:end])
	}
	return desc, bg
}

func cleanPart(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "-=/ ")
	s = strings.TrimRight(s, "-=/( \n")
	return collapseSpace(s)
}

// collapseSpace makes every run of white space one space, allocating only
// when there is something to collapse.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
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

// needsCollapse reports white space other than single spaces: a
// control of white space, or two spaces in a row. It looks for each with
// strings.IndexByte and strings.Contains (many bytes at a time) rather
// than testing every byte.
func needsCollapse(s string) bool {
	for i := 0; i < len(otherSpace); i++ {
		if strings.IndexByte(s, otherSpace[i]) >= 0 {
			return true
		}
	}
	return strings.Contains(s, "  ")
}

// otherSpace are the white-space bytes other than the space.
const otherSpace = "\t\n\v\f\r"

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
	if name == "" {
		name = p.sourceNameAfter()
	}
	var kind SourceKind
	switch {
	case cp.handout || p.hasSource(p.bgStart, "handout"):
		kind = SourceHandout
	case cp.pool || p.poolLine():
		kind = SourcePool
	case cp.social || p.findOutside(p.restrictionSpans, clsSourceKind, "social_media") >= 0:
		kind = SourceSocialMedia
	case p.hasSource(len(s), "screengrab"):
		kind = SourceScreengrab
	case len(cp.partners) > 0:
		for _, partner := range cp.partners {
			if lookupAgency(partner) != nil {
				return &Source{Kind: SourceAgency, Name: partner}
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
	if p.has(0, limit, clsUndated) {
		return nil
	}
	ds := p.withScriptDates(findDatesOrder(s, p.words, p.order)) // dates_script.go
	pictureDateEnd := -1
	if _, e := p.findIn(0, len(s), clsPictureDate); e > 0 && e < len(p.toks) {
		pictureDateEnd = p.toks[e].start
	}
	var partial *dateMention
	chosen, story := -1, -1
	for i := range ds {
		d := ds[i]
		if d.start < p.headerEnd || (d.start >= limit && !p.afterCreditLine(d.start)) || p.inRestriction(d.start) {
			continue
		}
		release, taken := p.dateRoles(d.start, d.end)
		if release && !taken {
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
		if !taken && p.storyDate(&ds[i]) {
			if story < 0 {
				story = i
			}
			continue
		}
		if chosen < 0 {
			chosen = i
		}
		if taken {
			// The date the caption says the picture was taken on wins
			// over a story's or a transmission's date before it
			// ("… vom 3.3.2025 - …, aufgenommen am 2. März 2025").
			chosen = i
			break
		}
	}
	if chosen < 0 {
		chosen = story // the story's date when the caption names no other
	}
	if chosen >= 0 {
		d := ds[chosen]
		p.dateSpan = span{d.start, d.end}
		dt := d.date(s[d.start:d.end])
		return &dt
	}
	if partial != nil {
		p.dateSpan = span{partial.start, partial.end}
	}
	if partial != nil && p.opts.DateHint.IsZero() && partial.isWeekday {
		// A weekday names a day only against a stated date: without one it
		// stays unresolved.
		return &Date{Text: s[partial.start:partial.end], Precision: PrecisionWeekday}
	}
	if partial != nil && !p.opts.DateHint.IsZero() {
		d := resolvePartial(*partial, p.opts.DateHint) // dates_script2.go
		dt := d.date(s[partial.start:partial.end])
		return &dt
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
	k := p.spanBefore(pos + 1)
	return k >= 0 && pos < p.restrictionSpans[k].end
}

// dateRoles reports whether the clause before the date at pos introduces
// it as a release or issue date ("released by SANA on May 12, 2012"), and
// as the date the picture was taken ("taken and released on": the
// picture's); or the participle right after it, at byte end, as German
// writes one before its noun ("das am 5. März 2026 veröffentlichte
// Foto").
func (p *parser) dateRoles(pos, end int) (release, taken bool) {
	if !p.holds(clsDateRole) {
		return false, false // most captions name no role
	}
	if k := tokIndex(p.toks, end); k < len(p.toks) {
		if _, sn, ok := matchAt(p.toks, k, clsDateRole); ok {
			release, taken = sn.val == "release_after", sn.val == "taken_after"
		}
	}
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
	for i := max(tokIndex(p.toks, pos-len(ctx)), p.firstOf(clsDateRole)); i < len(p.toks) && p.toks[i].start < pos; i++ {
		if p.toks[i].has(clsShowVerb) {
			release, taken = false, false // "A photo provided by X shows …": the date is the scene's
			continue
		}
		if !p.toks[i].mayStart(clsDateRole) {
			continue
		}
		if end, sn, ok := matchAt(p.toks, i, clsDateRole); ok && p.toks[end-1].end <= pos && !p.openerShut(i, pos) {
			release = release || sn.val == "release"
			taken = taken || sn.val == "taken"
		}
	}
	return release, taken
}

// has reports whether an entry of class c lies in bytes [from, to).
func (p *parser) has(from, to int, c class) bool {
	i, _ := p.findIn(from, to, c)
	return i >= 0
}

// startsIn reports whether an entry of class c with value val starts at
// token i and ends before byte to.
func (p *parser) startsIn(i, to int, c class, val string) bool {
	end, sn, ok := matchAt(p.toks, i, c)
	return ok && p.toks[end-1].end <= to && sn.val == val
}

// hasSource reports a source_kind entry of the given kind before byte to.
func (p *parser) hasSource(to int, kind string) bool {
	i, _ := p.findValue(0, to, clsSourceKind, kind)
	return i >= 0
}

// poolLine: AP's "POOL PHOTO" line, Kyodo's "(Pool photo)": a pool entry
// written with capitals.
func (p *parser) poolLine() bool {
	for i := p.firstOf(clsSourceKind); i < len(p.toks); i++ {
		t := &p.toks[i]
		if !t.mayStart(clsSourceKind) {
			continue
		}
		shown := t.shape != shLower || t.isMark('(') && i+1 < len(p.toks) && p.toks[i+1].shape != shLower
		if shown && p.startsIn(i, len(p.s), clsSourceKind, "pool") {
			return true
		}
	}
	return false
}

// location reads the location from the caption with the parts that name no
// location of the photo blanked out: credit, restrictions, background, wire
// header. lang is the caption's language (guessLanguage), home the home
// country of its national agency (agencyHome), or "".
func (p *parser) location(lang, home string) *Location {
	main := p.blanked(p.bgStart)
	if hdr := max(p.headerEnd, min(p.datelineEnd, len(main))); hdr > 0 {
		// The header's city is where the story was filed; keep it as a
		// last resort after the body.
		body := strings.Repeat(" ", hdr) + main[hdr:]
		loc := findLocationHome(body, p.toks, p.dateSpan, lang, home)
		if loc != nil && !nationalityOnlyLocation(loc) && (loc.CountryCode != "" && loc.City != "" || p.headerEnd >= hdr) {
			return loc
		}
		h := findLocationHome(main, p.toks, p.dateSpan, lang, home)
		if loc != nil && !nationalityOnlyLocation(loc) && h != nil {
			return datelineFill(loc, h) // location_dateline.go
		}
		if h != nil {
			return h
		}
		return loc
	}
	return findLocationHome(main, p.toks, p.dateSpan, lang, home)
}

// blanked returns p.s[:end] with the credit and restriction spans written
// over with spaces (line breaks kept), for the location pass: one copy.
func (p *parser) blanked(end int) string {
	var buf [32]span
	spans := append(append(buf[:0], p.creditSpans...), p.restrictionSpans...)
	if !slices.ContainsFunc(spans, func(sp span) bool { return max(sp.start, 0) < min(sp.end, end) }) {
		return p.s[:end] // nothing to blank: no copy
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	b.Grow(end)
	at := 0
	for _, sp := range spans {
		a, z := max(sp.start, at), min(sp.end, end)
		if a >= z {
			continue
		}
		b.WriteString(p.s[at:a])
		for i := a; i < z; i++ {
			if p.s[i] == '\n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		at = z
	}
	b.WriteString(p.s[at:end])
	return b.String()
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

// ParseDateHint reads YYYY-MM-DD or RFC 3339. Text that is neither is a
// *DateError.
func ParseDateHint(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, &DateError{Text: s, Err: err}
	}
	return t, nil
}
