package caption

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// Credits are found by where and how they are written, never by whether a
// known agency appears in them (the registry only normalises what a credit
// names). Three shapes, strongest first:
//
//  1. a label: "Photo credit should read", "Mandatory Credit:" (prio 1);
//     "Photo by", "Photo:", "Photograph:", "Picture:", "Foto:", "Fot.",
//     "Bild:", "Crédit :", "Credit:", "©", "Copyright:" (prio 2);
//  2. a marker that opens a credit, "<ORG> PHOTO /" or "<ORG> Photo/" (AFP,
//     AP, CTK, APAimages write it so), anywhere in the text (prio 2);
//  3. the caption's tail (prio 3): a closing bracketed group, or the last
//     sentence when it is a slash, backslash, dash or "via" chain of names,
//     or a short signature of capitalised words without a full stop.
//
// Within a priority the first in the text wins. What follows a credit and
// is not part of it is cut: restriction blocks, picture ids, trailers.

// creditLabel is a word that introduces a credit (lexicon credit_label;
// the value holds the priority and flags).
type creditLabel struct {
	form string // the entry as written, lower-cased
	word string // creditLabels: one spelling, with its mark
	prio int
	keep bool // printed as part of the credit ("Photo by X/Getty Images")
	weak bool // without a separator, a credit only when a slash chain of names follows
	year bool // a copyright mark: a year may stand before or after the names ("© 2026 Name")
	// courtesy: the label is a handout's phrase (lexicon credit_courtesy,
	// "cortesía de", "imagen cedida por"), after which an article may
	// stand before the body's name.
	courtesy bool
	// seps are the marks that may follow the label ("Photo:", "Photo =",
	// "Fot.", "Image source,", "Credit…"); with seps, a label without one
	// is a label only if weak.
	seps string
}

// clsCreditLabel: labels, longest first so that "photo credit should
// read" wins over "photo". Sources: PA ("Photo credit should read"),
// Shutterstock ("Mandatory Credit: Photo by"), Getty and AFP ("Photo by"),
// the Guardian ("Photograph:"), dpa ("Foto:"), East News/PAP ("Fot."),
// German papers ("Bild:"), French papers ("Crédit :", "Photo :" with the
// French space before the colon), Spanish ("Fotografía:"), Dutch
// ("Beeld:"), TASS and Lundi13 ("©"), ZUMA ("Credit Image: ©"), Korean
// papers ("Photo ="), the BBC's web pages ("Image source, Reuters"), the
// New York Times' ("Credit...Name/Agency").
var clsCreditLabel = lexClass("credit_label")

// creditLabels spells each label with each of its marks, longest first,
// for creditline.go's stripLabels, which compares spellings; derived from
// the lexicon.
var creditLabels = func() []creditLabel {
	var out []creditLabel
	for _, e := range lexicon.list(clsCreditLabel) {
		out = append(out, spellings(parseLabel(e.sense))...)
	}
	for _, e := range lexicon.all() {
		for _, ph := range e.phrases {
			if ph.sense.class == clsCreditLabel {
				out = append(out, spellings(parseLabel(ph.sense))...)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b creditLabel) int { return cmp.Or(len(b.word)-len(a.word), strings.Compare(a.word, b.word)) })
	return out
}()

// labelInfo holds the labels read from their lexicon values.
var labelInfo = func() map[sense]creditLabel {
	m := map[sense]creditLabel{}
	for _, e := range lexicon.list(clsCreditLabel) {
		m[e.sense] = parseLabel(e.sense)
	}
	for _, e := range lexicon.all() {
		for _, ph := range e.phrases {
			if ph.sense.class == clsCreditLabel {
				m[ph.sense] = parseLabel(ph.sense)
			}
		}
	}
	return m
}()

// spellings writes a label with each of its marks, with and without a
// space before it.
func spellings(lab creditLabel) []creditLabel {
	if lab.seps == "" {
		lab.word = lab.form
		return []creditLabel{lab}
	}
	var out []creditLabel
	for _, m := range lab.seps {
		for _, w := range []string{lab.form + string(m), lab.form + " " + string(m)} {
			l := lab
			l.word, l.weak = w, false
			out = append(out, l)
		}
	}
	if lab.weak {
		lab.word = lab.form + " "
		out = append(out, lab)
	}
	return out
}

// parseLabel reads a credit_label value: "<prio> [keep] [weak] [year] [sep=<marks>]".
func parseLabel(sn sense) creditLabel {
	lab := creditLabel{form: sn.form, courtesy: courtesyEnd(sn.form+" x") == len(sn.form)+1}
	for i, f := range strings.Fields(sn.val) {
		switch {
		case i == 0:
			lab.prio = atoi(f)
		case f == "keep":
			lab.keep = true
		case f == "weak":
			lab.weak = true
		case f == "year":
			lab.year = true
		case strings.HasPrefix(f, "sep="):
			lab.seps = f[len("sep="):]
		}
	}
	return lab
}

// The credit pass's lexicon classes: the words that, before a slash, make
// the words before them an organisation opening a credit ("AFP PHOTO /
// Name", "AP Photo/Name", "ANTARA FOTO/Name"); trailers, which end a credit
// that runs on (Reuters' "TPX IMAGES OF THE DAY", "SEARCH … FOR THIS
// STORY", "ATTENTION EDITORS -", dpa's "ACHTUNG", embargo words, Yonhap's
// "(END)", AP's "APTOPIX", the licensing link of Reuters' pages); tail
// phrases, which stand after a credit on their own and are not one (AP's
// "POOL PHOTO" line, "**FILE**"); role words, which alone make no credit;
// the lower-case words a credit chain holds besides names; and the
// abbreviations whose full stop ends no sentence.
var (
	clsCreditMarker = lexClass("credit_marker")
	clsTrailer      = lexClass("trailer")
	clsTailPhrase   = lexClass("tail_phrase")
	clsRole         = lexClass("role")
	clsChain        = lexClass("chain_word")
	clsAbbrev       = lexClass("abbreviation")
	clsFileSuffix   = lexClass("file_suffix")
	clsBylineGroup  = lexClass("byline_group")
)

// creditMarkers spells the markers as creditline.go compares them: in
// capitals and capitalised.
var creditMarkers = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.list(clsCreditMarker) {
		m[strings.ToUpper(e.sense.form)] = true
		m[strings.ToUpper(e.sense.form[:1])+e.sense.form[1:]] = true
	}
	return m
}()

// trailerMarks end a credit wherever they stand: block separators of AFP
// (==), dpa (+++), AP (**), Corbis (---) and runs of spaces.
var trailerMarks = []string{"==", "+++", "**", "---", "   ", "\t"}

// wordEntry looks up a word the credit analyser cut from the text itself
// (a run of bytes between spaces or slashes) in the lexicon.
func wordEntry(w string) *lexEntry {
	var buf [64]byte
	if len(w) > len(buf)/2 {
		return nil
	}
	return lexicon.entryOf(appendFolded(buf[:0], w))
}

// isWordOf reports whether w is a one-word entry of class c.
func isWordOf(w string, c class) bool {
	e := wordEntry(w)
	return e != nil && e.classes.meets(c.bit())
}

// isChainWord: a lower-case word of a credit chain, or its punctuation.
func isChainWord(w string) bool {
	return w != "" && !isUpperByte(w[0]) && isWordOf(w, clsChain)
}

type creditCand struct {
	text        string
	sp          span
	prio        int
	handoutTail bool // EPA writes the source then "HANDOUT"
	file        bool // "/File Photo" was cut from the credit
	bracketed   bool // a bracketed group at the tail ("(Pool photo)", Kyodo)
	headEnd     int  // where the text starts after a heading credit ("(서울=연합뉴스) Name 기자 = "), or 0
}

// group is a bracketed stretch: s[open] is ( or [, s[close] ) or ];
// parent is the index of the group holding it, or -1. Groups are listed in
// the order they close.
type group struct{ open, close, parent int }

// maxGroupDepth bounds the nesting bracketGroups follows.
const maxGroupDepth = 8

// groupBytes are the bytes bracketGroups acts on.
const groupBytes = "([)]\n"

func bracketGroups(s string, buf []group) []group {
	var stack [maxGroupDepth]int
	depth := 0
	// Only the bytes of groupBytes are visited (byteScan).
	for sc := newByteScan(s, groupBytes); ; {
		i := sc.advance()
		if i >= len(s) {
			break
		}
		switch s[i] {
		case '(', '[':
			if depth < len(stack) {
				stack[depth] = i
			}
			depth++
		case ')', ']':
			if depth == 0 {
				continue
			}
			depth--
			if depth < len(stack) {
				o := stack[depth]
				if (s[o] == '(') == (s[i] == ')') {
					buf = append(buf, group{o, i, -1})
				}
			}
		case '\n':
			depth = 0
		}
	}
	// A group's parent is the first group closing after it that opened
	// before it; the groups between close inside the parent too.
	var open []int // groups whose parent is not known yet, innermost last
	for gi := range buf {
		for len(open) > 0 && buf[open[len(open)-1]].open > buf[gi].open {
			buf[open[len(open)-1]].parent = gi
			open = open[:len(open)-1]
		}
		open = append(open, gi)
	}
	return buf
}

// enclosing returns the end of the innermost group holding pos, or -1: the
// last group opened before pos, or the first of its parents, that closes
// at or after pos.
func (p *parser) enclosing(pos int) int {
	gi := p.lastOpenedBefore(pos)
	for gi >= 0 {
		if g := p.groups[gi]; g.open < pos && pos <= g.close {
			return g.close
		}
		gi = p.groups[gi].parent
	}
	return -1
}

// openingOf returns where the innermost group holding pos opens, or -1.
func (p *parser) openingOf(pos int) int {
	for gi := p.lastOpenedBefore(pos); gi >= 0; gi = p.groups[gi].parent {
		if g := p.groups[gi]; g.open < pos && pos <= g.close {
			return g.open
		}
	}
	return -1
}

// lastOpenedBefore returns the group opened last before pos, or -1.
func (p *parser) lastOpenedBefore(pos int) int {
	i, _ := slices.BinarySearchFunc(p.byOpen, pos, func(gi, pos int) int { return p.groups[gi].open - pos })
	if i == 0 {
		return -1
	}
	return p.byOpen[i-1]
}

// findCredit returns the credit text and its span, or "" when none is found.
func (p *parser) findCredit() (creditCand, bool) {
	p.groups = bracketGroups(p.s, p.groupBuf[:0])
	p.byOpen = p.byOpenBuf[:0]
	for gi := range p.groups {
		p.byOpen = append(p.byOpen, gi)
	}
	slices.SortFunc(p.byOpen, func(a, b int) int { return p.groups[a].open - p.groups[b].open })
	p.creditSpans = p.spanBuf[:0]
	var best creditCand
	found := false
	var seen [8]creditCand // the candidates, for richerCredit
	n := 0
	consider := func(c creditCand) {
		// (c.prio first: the words are read only when it counts.)
		if strings.TrimSpace(c.text) == "" || c.prio > 2 && isRoleOnly(p.stretchFor(c.text, c.sp)) && !(c.bracketed && hasWordIn(p.stretchFor(c.text, c.sp), poolWords)) {
			return
		}
		if c.prio > 2 && p.withinRestriction(c.sp) {
			// A restriction line read by its shape ("NORTHLAND OUT",
			// AP's "COUNTRY OUT; MANDATORY CREDIT" after the credit) is
			// no credit; a labelled credit inside a demand is.
			return
		}
		p.creditSpans = append(p.creditSpans, c.sp)
		if n < len(seen) {
			seen[n], n = c, n+1
		}
		if !found || c.prio < best.prio || c.prio == best.prio && c.sp.start < best.sp.start {
			best, found = c, true
		}
	}
	p.labelCredits(consider)
	p.markerCredits(consider)
	p.markerLabelCredits(consider)
	p.scriptCredits(consider)
	if c, ok := p.headCredit(); ok {
		consider(c)
	}
	if c, ok := p.leadHeadCredit(); ok {
		consider(c)
	}
	p.midLeadCredits(consider)
	// The tail, and a bracketed credit just before it on an earlier line
	// (Kyodo's "(Kyodo)" then "==Kyodo").
	for end, n := len(p.s), 0; n < 2 && end > 0; n++ {
		c, ok := p.tailCredit(end)
		if !ok {
			break
		}
		consider(c)
		end = c.sp.start
		for end > 0 && (p.s[end-1] == '=' || p.s[end-1] == '(' || p.s[end-1] == '[') {
			end--
		}
		if nl := lastIndexByte(p.s[:end], '\n'); nl < 0 || strings.TrimSpace(p.s[nl:end]) != "" {
			break
		}
	}
	if found {
		best = p.richerCredit(best, seen[:n])
	}
	return best, found
}

// richerCredit returns the chain another candidate reads, or the credit
// closing the line before, when the best one names its agency alone on a
// line of its own ("ČTK/Name" on one line, a desk's "Foto: ČTK" on the
// next): the chain names the same agency and the photographer too.
// Otherwise best.
func (p *parser) richerCredit(best creditCand, cands []creditCand) creditCand {
	if strings.ContainsAny(best.text, "/\\") {
		return best // a chain already
	}
	a := lookupAgency(best.text)
	if a == nil {
		return best
	}
	if nl := lastIndexByte(p.s[:best.sp.start], '\n'); nl > 0 && strings.TrimSpace(p.s[nl:best.sp.start]) == "" {
		if c, ok := p.tailCredit(nl); ok {
			cands = append(cands[:len(cands):len(cands)], c)
		}
	}
	for _, c := range cands {
		if c.sp.end > best.sp.start && c.sp.start < best.sp.end || !strings.ContainsAny(c.text, "/\\") {
			continue // the same stretch, or a chain around it ("图/路透社")
		}
		for part := range strings.SplitSeq(c.text, "/") {
			if lookupAgency(strings.TrimSpace(part)) == a {
				c.prio = best.prio
				if !slices.Contains(p.creditSpans, c.sp) {
					p.creditSpans = append(p.creditSpans, c.sp)
				}
				return c
			}
		}
	}
	return best
}

// withinRestriction: the span lies inside one restriction phrase.
func (p *parser) withinRestriction(sp span) bool {
	k := p.spanBefore(sp.start + 1)
	return k >= 0 && sp.end > sp.start && sp.end <= p.restrictionSpans[k].end
}

// headCredit reads a credit standing alone on the caption's first line, a
// slash chain of names ("Jane Roe/AFP" then the caption): publishing
// pages and some feeds put the credit first.
func (p *parser) headCredit() (creditCand, bool) {
	nl := strings.IndexByte(p.s, '\n')
	if nl <= 0 || nl > maxCreditLen || strings.TrimSpace(p.s[nl:]) == "" {
		return creditCand{}, false
	}
	c := p.trimCredit(0, nl)
	if !strings.ContainsAny(c.text, "/\\") || !creditShaped(p.stretchFor(c.text, c.sp), false) || endsSentence(p.s, c.sp.end) {
		return creditCand{}, false
	}
	if b := p.sentenceStart(c.sp.end); b > c.sp.start {
		// A sentence, then a credit, on the first line ("Fans cheer in
		// Velmora. Name/AFP"): the last sentence is the credit.
		if c = p.trimCredit(b, c.sp.end); !strings.ContainsAny(c.text, "/\\") || !creditShaped(p.stretchFor(c.text, c.sp), false) {
			return creditCand{}, false
		}
	}
	c.prio = 3
	return c, true
}

// maxHeadName bounds the words of a photographer's name read after a
// leading agency at the caption's start.
const maxHeadName = 4

// leadHeadCredit reads a credit that opens the caption on its own line's
// first words without a separator, as publishers move a wire's credit
// first: an agency that signs before its photographer ("REUTERS/Name"),
// then the name's capitalised words up to the sentence's first word (a
// capitalised word followed by one in lower case). It is the weakest
// candidate: any other credit wins.
func (p *parser) leadHeadCredit() (creditCand, bool) { return p.leadCreditAt(0) }

// leadCreditAt is leadHeadCredit for the sentence that starts at from;
// inside the caption (from > 0) only a name that a full stop closes
// counts.
func (p *parser) leadCreditAt(from int) (creditCand, bool) {
	s := p.s
	slash := strings.IndexByte(s[from:], '/')
	if slash <= 0 || slash > 40 {
		return creditCand{}, false
	}
	slash += from
	if a := lookupAgency(strings.TrimSpace(s[from:slash])); a == nil || !a.Lead {
		return creditCand{}, false
	}
	// The name's words and the two after it: the words of the first line
	// read off the caption's tokens.
	var wb [maxHeadName + 2]stretch
	words := wb[:0]
	for f := range p.stretchOf(slash+1, min(len(s), slash+1+maxCreditLen)).fields() {
		if words = append(words, f); len(words) == len(wb) {
			break
		}
	}
	n := 0
	// words[n] belongs to the name unless the word after it is in lower
	// case: then it opens the sentence.
	for n+1 < len(words) && n < maxHeadName && isCapWord(words[n].text()) && !isLowerWord(words[n+1].text()) {
		n++
	}
	if k := headNameStop(words, n); k > 0 {
		// "EFE/Name Surname. Sentence…": the full stop ends the name.
		c := p.trimCredit(from, words[k-1].end()-1)
		c.prio = 4
		return c, true
	}
	if from > 0 || n == 0 || n == maxHeadName || n+1 >= len(words) || !isCapWord(words[n].text()) || !isPersonName(words[0].through(words[n-1])) {
		return creditCand{}, false
	}
	c := p.trimCredit(0, words[n-1].b) // the name's last word's own end, not the first place its text occurs
	c.prio = 4
	return c, true
}

// labelCredits finds credits introduced by a label.
func (p *parser) labelCredits(consider func(creditCand)) {
	toks := p.toks
	// "FILE PHOTO: A view of …": the archive opener's "PHOTO:" is no label.
	opener, _ := fileOpener(p.s, toks, 0)
	// A label inside a phrase that closes the caption and is no credit
	// (ANSA's footer "RIPRODUZIONE RISERVATA © Copyright ANSA") opens none.
	closing := -1 // read at the first label
	for i := p.firstOf(clsCreditLabel); i < len(toks); i++ {
		if !toks[i].mayStart(clsCreditLabel) {
			continue // matchAt's own first test, without the call
		}
		end, sn, ok := matchAt(toks, i, clsCreditLabel)
		if ok && closing < 0 {
			closing = p.tailPhraseCut(0, len(p.s))
		}
		if !ok || toks[i].start < opener || toks[i].start >= closing {
			continue
		}
		lab := labelInfo[*sn]
		v, sep := p.labelSeparator(end, lab)
		if lab.seps != "" && !sep {
			if !lab.weak {
				continue
			}
		} else {
			lab.weak = false
		}
		if lab.weak && !(i == 0 || toks[i].lineBefore || toks[i-1].isMark('(') || toks[i-1].isMark('.')) {
			continue
		}
		if lab.weak && (v >= len(p.s) || !isUpperByte(p.s[v])) {
			continue
		}
		cand, ok := p.creditFrom(toks[i].start, v, lab)
		if ok && (!lab.weak || strings.Contains(cand.text, "/") || clientChain(p.stretchFor(cand.text, cand.sp))) {
			consider(cand)
		}
		i = end - 1
	}
}

// labelSeparator skips what follows a label before its credit (spaces,
// one of the label's marks, a "©"): it returns where the credit starts and
// whether a mark was there.
func (p *parser) labelSeparator(end int, lab creditLabel) (int, bool) {
	s, toks := p.s, p.toks
	v := len(s)
	if end > 0 {
		v = toks[end-1].end
	}
	sep := false
	for k := end; k < len(toks) && toks[k].isPunct(); k++ {
		m := toks[k].key
		if m == "." {
			// "Fot." (one full stop), "Credit..." (an ellipsis).
			n := 1
			for k+n < len(toks) && toks[k+n].isMark('.') && !toks[k+n].spaceBefore {
				n++
			}
			if !strings.Contains(lab.seps, ".") || n != 3 && !(n == 1 && lab.seps == ".") {
				break
			}
			sep, k = true, k+n-1
		} else if strings.Contains(lab.seps, m) {
			sep = true
		} else if m != ":" && m != "=" && m != "©" {
			break
		}
		v = toks[k].end
	}
	for v < len(s) && s[v] == ' ' {
		v++
	}
	return v, sep
}

// creditFrom reads the credit that starts at v after a label at i.
func (p *parser) creditFrom(i, v int, lab creditLabel) (creditCand, bool) {
	s := p.s
	if v < len(s) && s[v] == '"' {
		// A quoted demand: the restriction scanner holds its value.
		return creditCand{}, false
	}
	end := p.creditEnd(v, p.enclosing(i))
	c := unwrapped(p.trimCredit(v, end))
	if n := len(lab.form); len(c.text) > n && strings.EqualFold(c.text[:n], lab.form) && !isWordByte(c.text[n]) {
		// The label pasted twice ("Photo credit should read: Photo
		// credit should read: Name/PA Wire").
		rest := strings.TrimLeft(c.text[n:], " :=.")
		c.sp.start += len(c.text) - len(rest)
		c.text = rest
	}
	if lab.year {
		c = copyrightYears(secondYearLabel(c))
	}
	named := c.text
	if lab.courtesy {
		named = named[articleLen(named):] // "cedida por la Policía de X"
	}
	if named == "" || !opensName(p.stretchFor(named, c.sp)) || !labelShaped(p.stretchFor(named, c.sp)) {
		// "Photo by the author", "Photo: President X at the summit": prose,
		// not a credit.
		return c, false
	}
	switch {
	case lab.form == "copyright" && isImagoName(firstImagoField(c.text)):
		// IMAGO prints its credit line as "Copyright: xFirstxLastx".
		c.text = "Copyright: " + c.text
	case lab.keep:
		i = agencyBeforeLabel(s, i)
		c.text = s[i:v] + c.text
	}
	c.sp.start = i
	c.prio = lab.prio
	return c, true
}

// secondYearLabel drops a copyright label standing right after another
// ("© Copyright Velmora Press", "Copyright © 2026 Jane Roe"): the credit
// is what follows both.
func secondYearLabel(c creditCand) creditCand {
	t := c.text
	for _, lab := range labelsFor(t) {
		n := len(lab.form)
		if !lab.year || len(t) <= n || !strings.EqualFold(t[:n], lab.form) || isWordByte(lab.form[n-1]) && isWordByte(t[n]) {
			continue
		}
		rest := strings.TrimLeft(t[n:], " :")
		c.sp.start += len(t) - len(rest)
		c.text = rest
		return c
	}
	return c
}

// unwrapped drops the brackets around a whole credit after its label
// ("Foto d'archivio (ANSA)"): the label stands outside the group.
func unwrapped(c creditCand) creditCand {
	t := c.text
	if len(t) > 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') && !strings.ContainsAny(t[1:len(t)-1], "()[]") {
		inner := strings.TrimLeft(t[1:len(t)-1], " ")
		c.sp.start += len(t) - 1 - len(inner)
		c.text = strings.TrimRight(inner, " ")
		c.sp.end = c.sp.start + len(c.text)
	}
	return c
}

// labelShaped: what a label introduces is names, not a sentence: at most
// twelve words, of which at most one lower-case word besides the chain's
// connectors (two in a chain), unless the registry knows a part in lower
// case ("picture alliance/dpa").
func labelShaped(st stretch) bool {
	t := st.text()
	words, lower := 0, 0
	for f := range st.fields() {
		w := f.text()
		words++
		if isLowerWord(w) && !isChainWord(w) && !strings.Contains(w, ".") && !isImagoName(w) {
			lower++
		}
	}
	limit := 1
	if isChain(t, true) {
		limit = 2
	}
	return words <= 12 && (lower <= limit || knownPart(st))
}

// opensName: a credit starts with a capital, AFP's "-" for an anonymous
// handout, IMAGO's x-encoding, a name the registry knows in lower case
// ("picture alliance", "apaimages") or an organisation word in lower case
// ("пресс-служба МЧС", as Russian and Ukrainian papers credit a handout) or
// a handout word ("Foto: privat", German and Scandinavian papers).
func opensName(st stretch) bool {
	t := st.text()
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) || r == '-' || scriptNameLetter(r) || caselessName(t) || isImagoName(firstImagoField(t)) || knownPart(st) {
		return true
	}
	first := strings.ToLower(firstField(t))
	return orgWords[first] || handoutWords[first]
}

// firstImagoField is the first word of t up to a slash: IMAGO joins the
// photographer and a partner, both x-encoded, with one
// ("xJanexRoex/xNorthwindxPressx").
func firstImagoField(t string) string {
	f, _, _ := strings.Cut(firstField(t), "/")
	return f
}

// maxCreditLen bounds the bytes a credit may run over: the longest credit
// line (a photographer, a press service's name, a chain of three agencies)
// is a few hundred bytes; the bound keeps the scan linear in the caption.
const maxCreditLen = 400

// creditEnd returns where a credit starting at v stops: the end of its
// bracket group, a line end, a trailer, a restriction block, an opening
// bracket (a picture id), a full stop that ends a sentence, or a dash that
// starts a sentence.
func (p *parser) creditEnd(v, groupEnd int) int {
	s := p.s
	end := len(s)
	if groupEnd >= 0 {
		end = groupEnd
	}
	end = min(end, v+maxCreditLen)
	for end > v && end < len(s) && !utf8.RuneStart(s[end]) {
		end-- // the byte bound never cuts a character in two
	}
	if i := strings.IndexByte(s[v:end], '\n'); i >= 0 {
		end = v + i
	}
	for _, m := range trailerMarks {
		if i := strings.Index(s[v:end], m); i > 0 {
			end = v + i
		}
	}
	if k, _ := slices.BinarySearchFunc(p.restrictionSpans, v+1, func(sp span, pos int) int { return sp.start - pos }); k < len(p.restrictionSpans) {
		end = min(end, max(p.restrictionSpans[k].start, v))
	}
	for j := v; j < end; j++ {
		switch c := s[j]; {
		case c == '(' || c == '[':
			// An expansion inside a chain continues it: "Name/WANA (West
			// Asia News Agency) via REUTERS"; anything else ends the credit.
			k := strings.IndexByte(s[j:end], closer[s[j]])
			if k > 0 && (chainGoesOn(s, j+k+1, end) || positionThenCredit(s[j+1:j+k], s[j+k+1:end])) {
				j += k
				continue
			}
			if k > 0 && j > v && agencyInBrackets(s[v:j], s[j+1:j+k], s[j+k+1:end]) {
				return j + k + 1 // Spanish papers' "Foto: NAME (AGENCY)"
			}
			if j > v {
				return j
			}
		case c == '.' && (j+1 == end || s[j+1] == ' ') && !p.isAbbrevBefore(j):
			return j
		case c == ' ' && j+1 < end:
			a, b := p.fieldAt(j+1, end)
			if p.trailerField(a, b) {
				return j
			}
			if w := p.fieldText(a, b, end); (w == "-" || w == "--") && p.sentenceFollows(b, end) {
				return j
			}
		}
	}
	if end < len(s) && s[end] != '\n' && !p.inRestriction(end) {
		return end // a tail phrase ends the text, its line or the words before a restriction
	}
	return p.tailPhraseCut(v, end)
}

// tailPhraseCut returns where a tail phrase (lexicon tail_phrase) that
// closes a labelled credit starts ("Photograph: Name/Agency Read more",
// ANP's "Foto: ANP / Name LET OP:" before its note), else end.
func (p *parser) tailPhraseCut(v, end int) int {
	e := end
	for e > v && strings.IndexByte(" \n\t.,;:-", p.s[e-1]) >= 0 {
		e--
	}
	if k := p.tailPhraseBefore(e); k > v {
		return k
	}
	return end
}

// sentenceFollows: after a dash, lower-case words within the next three
// make a sentence ("- Nur für redaktionelle Verwendung"), not a name. k is
// the token after the dash; end bounds the credit.
func (p *parser) sentenceFollows(k, end int) bool {
	for n := 0; n < 3 && k < len(p.toks) && p.toks[k].start < end; n++ {
		a, b := p.fieldAt(p.toks[k].start, end)
		// A name the registry knows in lower case is no prose: Adobe
		// Stock's "Name - stock.adobe.com".
		if w := p.fieldText(a, b, end); isLowerWord(w) && !p.chainField(a, b) && lookupAgency(w) == nil || p.trailerField(a, b) {
			return true
		}
		k = b
	}
	return false
}

// trimCredit cuts what closes a credit but is not part of it: Shutterstock
// ids "(16513246a)", Reuters' "/File Photo", EPA's "HANDOUT" words, IMAGO
// picture references, stray punctuation.
func (p *parser) trimCredit(v, end int) creditCand {
	s := p.s
	c := creditCand{}
	t := s[v:end]
	// IMAGO writes a picture reference after the x-encoded name
	// ("xFirstxLastx 20240105_ab_12"). Other numbers ("03 Feb 2026", "3 may
	// (EFE)", "FEBRUARY 05, 2024") are dates of prose or a dateline, which
	// no credit holds: they stay, so that creditShaped refuses the text.
	if j := referenceTail(t); j > 0 {
		t = t[:j]
	}
	if j := codeTail(t); j > 0 {
		t = t[:j]
	}
	for {
		before := t
		t = strings.TrimRight(t, " .,;:-/=\\*|+")
		switch {
		case hasSuffixFold(t, " HANDOUT") && len(t) > len(" HANDOUT")+3 && !hasSuffixFold(t, " - HANDOUT"):
			// EPA's "ORG HANDOUT HANDOUT" words go; AFP's French
			// publisher credit "AFP - HANDOUT" is printed so.
			t = t[:len(t)-len(" HANDOUT")]
			c.handoutTail = true
		default:
			if i, file := p.fileSuffix(v, t); i > 0 {
				t = t[:i]
				c.file = c.file || file
			} else if i := deskInitials(t); i > 0 {
				t = t[:i]
			}
		}
		if t == before {
			break
		}
	}
	t = keepSuffixStop(t, s[v:end])
	for {
		t = strings.TrimLeft(t, " =,;:+")
		// "/ Yonhap", "- Name": a separator left from the text before; AFP's
		// "-/CCTV/AFP" names an anonymous handout photographer and stays.
		if len(t) > 1 && (t[0] == '/' || t[0] == '-') && t[1] == ' ' && !strings.HasPrefix(t, "- /") {
			t = t[1:]
			continue
		}
		if k := wireDashes(t); k > 0 {
			t = t[k:] // credit_national.go
			continue
		}
		break
	}
	t = strings.TrimSpace(unbalanced(t))
	if k, file := p.fileMarkFirst(v, end, t); k > 0 {
		t = t[k:]
		c.file = c.file || file
	}
	if k := gluedCredit(t); k > 0 {
		t = t[k:]
	}
	if k := stampedNameStart(t); k > 0 {
		t = t[k:]
	}
	if k := bareLabel(t); k > 0 {
		t = t[k:]
	}
	if !c.handoutTail && len(t) > 3 && p.handoutBlockAt(end) {
		c.handoutTail = true
	}
	c.text = t
	off := strings.Index(s[v:end], c.text)
	c.sp = span{v + max(off, 0), v + max(off, 0) + len(c.text)}
	return c
}

// keepSuffixStop gives back the full stop of a name suffix that closes
// the credit t, a prefix of whole: AP style abbreviates "Jr." and "Sr."
// after a name ("REUTERS/John Roe Jr."), and the stop belongs to it.
func keepSuffixStop(t, whole string) string {
	if len(t) >= len(whole) || whole[len(t)] != '.' {
		return t
	}
	if w := t[strings.LastIndexAny(t, " /")+1:]; nameSuffixes[strings.ToLower(w)] && isUpperByte(w[0]) {
		return whole[:len(t)+1]
	}
	return t
}

// suffixStopAt: the credit runs past the tail's end by the full stop of a
// name suffix only (keepSuffixStop).
func suffixStopAt(s string, end, creditEnd int) bool {
	return creditEnd == end+1 && s[end] == '.'
}

// stampedNameStart returns where the name before a dated stamp starts
// when a dash closes the text before it, or 0: Folha's pages run the
// credit on after the caption, "Description - Name - 18.jan.2023/
// Folhapress", and the credit is the name, its stamp and the agency.
func stampedNameStart(t string) int {
	for i := strings.Index(t, " - "); i > 0; {
		rest := t[i+3:]
		if dateStamp(beforeSlash(rest)) {
			if k := strings.LastIndex(t[:i], " - "); k > 0 {
				return k + 3
			}
			return 0
		}
		j := strings.Index(rest, " - ")
		if j < 0 {
			return 0
		}
		i += 3 + j
	}
	return 0
}

// gluedCredit returns where the second of two credits glued together
// starts, or 0: Getty's IPTC writes AFP's line and its own without a
// space ("AFP PHOTO / JANE ROEJANE ROE/AFP/Getty Images"), so that a part
// of the chain is a name written twice; the second credit, Getty's, is
// the one to print.
func gluedCredit(t string) int {
	start := 0
	for part := range strings.SplitSeq(t, "/") {
		p := strings.TrimSpace(part)
		if n := len(p) / 2; n >= 3 && len(p)%2 == 0 && strings.EqualFold(p[:n], p[n:]) && strings.Contains(p[:n], " ") {
			return start + strings.Index(part, p) + n
		}
		start += len(part) + 1
	}
	return 0
}

// fileSuffix returns where the mark closing a credit chain starts (its
// slash: Reuters' "/File Photo", AP's "/File", dpa's "/Archivbild" and
// "/Symbolbild"; lexicon file_suffix), or 0, and whether it marks an
// archive picture (an entry without the value "illustration"). t is
// p.s[v:v+len(t)]: the tokens after the slash are read from the caption's
// token stream, not lexed again.
func (p *parser) fileSuffix(v int, t string) (int, bool) {
	i := lastIndexByte(t, '/')
	if t != "" && spacedLast[t[len(t)-1]] && spacedMark(t, max(i, 0)) > 0 {
		// Yonhap's "[연합뉴스 자료사진]", "AFP=연합뉴스 자료사진": a mark
		// valued "spaced" closes the credit after a space.
		return spacedMark(t, max(i, 0)), true
	}
	if i <= 0 || len(t)-i > 24 {
		return 0, false
	}
	toks := p.toksIn(v+i+1, v+len(t))
	if len(toks) == 0 {
		return 0, false
	}
	if end, sn, ok := matchAt(toks, 0, clsFileSuffix); ok && end == len(toks) {
		return i, sn.val != "illustration"
	}
	return 0, false
}

// spacedFileMarks are the archive marks of file_suffix that close a
// credit after a space (value "spaced").
var spacedFileMarks = func() (out []string) {
	for _, e := range lexicon.list(clsFileSuffix) {
		if e.sense.val == "spaced" {
			out = append(out, e.sense.form)
		}
	}
	return out
}()

// spacedLast marks the last bytes of spacedFileMarks: most credits end
// with none of them and are not searched.
var spacedLast = func() (m [256]bool) {
	for _, f := range spacedFileMarks {
		c := f[len(f)-1]
		m[c] = true
		if c >= 'a' && c <= 'z' {
			m[c-'a'+'A'] = true // the mark in capitals
		}
	}
	return m
}()

// spacedMark returns where the space before a spaced archive mark closing
// t starts, after byte from, or 0.
func spacedMark(t string, from int) int {
	sp := lastIndexByte(t, ' ')
	if sp <= from {
		return 0
	}
	for _, m := range spacedFileMarks {
		if len(t)-sp-1 == len(m) && strings.EqualFold(t[sp+1:], m) {
			return sp
		}
	}
	return 0
}

// fileMarkFirst returns where the credit starts after an archive or
// illustration mark that opens it instead of closing it ("Foto:
// Symbolbild/dpa", "Archiv/Name/dpa"), and whether the mark is an archive
// picture's; 0 when none. t is a part of p.s[v:end].
func (p *parser) fileMarkFirst(v, end int, t string) (int, bool) {
	i := strings.IndexByte(t, '/')
	at := strings.Index(p.s[v:end], t)
	if i <= 0 || at < 0 || i+1 == len(t) {
		return 0, false
	}
	toks := p.toksIn(v+at, v+at+i)
	if len(toks) == 0 {
		return 0, false
	}
	if e, sn, ok := matchAt(toks, 0, clsFileSuffix); ok && e == len(toks) {
		return i + 1, sn.val != "illustration"
	}
	return 0, false
}

// toksIn returns the tokens of p.s[a:b]: a slice of the caption's tokens
// when the span starts and ends on token boundaries (always so for a span
// cut at punctuation or space), else the span lexed on its own.
func (p *parser) toksIn(a, b int) []tok {
	// The spaces around a span hold no token: a span cut at a slash
	// (" Name Surname") lies on the caption's tokens without them.
	for a < b && p.s[a] == ' ' {
		a++
	}
	for b > a && p.s[b-1] == ' ' {
		b--
	}
	lo, hi := tokIndex(p.toks, a), tokIndex(p.toks, b)
	if lo < hi && p.toks[lo].start == a && p.toks[hi-1].end == b {
		return p.toks[lo:hi]
	}
	var lx lexer
	return lx.lex(p.s[a:b])
}

// referenceTail returns where the picture reference that closes t begins,
// or 0: one last word of six characters or more that starts with a digit
// and holds no comma (IMAGO's "20240105_ab_12", an agency's picture
// number), or a code of capitals and digits, two of each at least (the
// picture ids and ingest codes feeds append: "RC2A4B6C8D0E", "XEN101").
// A year or a day ("FEBRUARY 05, 2024") is no reference.
func referenceTail(t string) int {
	at := strings.LastIndexByte(t, ' ') + 1
	w := t[at:]
	if at == 0 || len(w) < 6 || strings.ContainsRune(w, ',') || dateStamp(beforeSlash(w)) {
		return 0 // a dated credit's stamp: "Name - 18.jan.2023/Folhapress"
	}
	if w[0] >= '0' && w[0] <= '9' || pictureCode(w) {
		return at
	}
	return 0
}

// clsCodeWord: the word before a photographer's number that closes a
// credit (TT's "Name/TT kod 1234").
var clsCodeWord = lexClass("code_word")

// codeTail returns where a photographer's number closing t starts ("kod
// 1234"), or 0.
func codeTail(t string) int {
	num := strings.LastIndexByte(t, ' ')
	if num <= 0 || !allDigits(t[num+1:]) {
		return 0
	}
	w := strings.LastIndexByte(t[:num], ' ') + 1
	if w == 0 || !isWordOf(t[w:num], clsCodeWord) {
		return 0
	}
	return w
}

// pictureCode reports a word of capital letters and digits only, with two
// of each at least.
func pictureCode(w string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 2
}

// handoutBlockAt: EPA's block "SOURCE HANDOUT EDITORIAL USE ONLY/NO SALES"
// starts at end (after spaces). The restriction scanner holds its words,
// HANDOUT included, so the credit stops before them; the word still makes
// the credit's last part the handout's source, not a photographer.
func (p *parser) handoutBlockAt(end int) bool {
	for end < len(p.s) && p.s[end] == ' ' {
		end++
	}
	if !strings.HasPrefix(p.s[end:], "HANDOUT ") {
		return false
	}
	for _, sp := range p.restrictionSpans {
		if sp.start == end {
			return true
		}
	}
	return false
}

// unbalanced drops a stray bracket at either end of a credit: a ")" whose
// "(" lies outside it, a "(" never closed.
func unbalanced(t string) string {
	for {
		t = strings.TrimSpace(t)
		if t == "" {
			return t
		}
		switch {
		case (t[len(t)-1] == ')' || t[len(t)-1] == ']') && strings.Count(t, "(")+strings.Count(t, "[") < strings.Count(t, ")")+strings.Count(t, "]"):
			t = t[:len(t)-1]
		case (t[0] == '(' || t[0] == '[') && strings.Count(t, "(")+strings.Count(t, "[") > strings.Count(t, ")")+strings.Count(t, "]"):
			t = t[1:]
		default:
			return t
		}
	}
}

// markerCredits finds "<ORG> PHOTO / Name" credits anywhere in the text.
func (p *parser) markerCredits(consider func(creditCand)) {
	s := p.s
	for i := strings.IndexByte(s, '/'); i >= 0; {
		j := i - 1
		for j >= 0 && s[j] == ' ' {
			j--
		}
		_, _, w := p.lastField(j + 1)
		if creditMarkers[w] {
			start := j + 1 - len(w)
			// The organisation: up to three capitalised words before the marker.
			k := start
			for n := 0; n < 3; n++ {
				q := k - 1
				for q >= 0 && s[q] == ' ' {
					q--
				}
				if q < 0 || q == k-1 {
					break
				}
				_, _, pw := p.lastField(q + 1)
				if dot := strings.LastIndexByte(pw, '.'); dot > 0 && dot+1 < len(pw) && isCapWord(pw[dot+1:]) {
					// Glued to the sentence before it: "… the
					// territory.ORGimages Photo / Name".
					pw = pw[dot+1:]
					k = q + 1 - len(pw)
					break
				}
				if pw == "" || !isCapWord(pw) {
					break
				}
				k = q + 1 - len(pw)
			}
			// "File Photo/": an archive mark repeated after the credit
			// (Reuters' "/File Photo/File Photo"), no organisation.
			if k < start && !isRoleOnly(p.stretchOf(k, start)) {
				c := p.trimCredit(k, p.creditEnd(k, p.enclosing(k)))
				c.prio = 2
				consider(c)
			}
		}
		next := strings.IndexByte(s[i+1:], '/')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}

// markerLabelCredits finds credits opened by an organisation's marker
// written as a label, "<ORG>-FOTO: NAME" (APA's "APA-FOTO: NAME").
// markerLabelStart returns where a marker written as a label before the
// colon at i starts: APA's "APA-FOTO", or a registry agency and a marker
// word, MTI's "MTI Fotó"; -1 otherwise.
func (p *parser) markerLabelStart(i int) int {
	a, _, w := p.lastField(i)
	if hyphenMarker(w) > 0 {
		return i - len(w)
	}
	if !creditMarkers[w] || a == 0 || !p.toks[a].spaceBefore {
		return -1
	}
	if _, _, org := p.lastField(p.toks[a-1].end); org != "" && lookupAgency(org) != nil && isCapWord(org) {
		return p.toks[a-1].end - len(org)
	}
	return -1
}

func (p *parser) markerLabelCredits(consider func(creditCand)) {
	s := p.s
	for i := strings.IndexByte(s, ':'); i > 0; {
		if start := p.markerLabelStart(i); start >= 0 {
			c := p.trimCredit(start, p.creditEnd(i+1, p.enclosing(start)))
			c.sp.start, c.prio = start, 2
			c.text = s[start:c.sp.end]
			consider(c)
		}
		next := strings.IndexByte(s[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}

// hyphenMarker returns where the marker starts in "<ORG>-<MARKER>"
// ("APA-FOTO"), or 0.
func hyphenMarker(w string) int {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !creditMarkers[w[i+1:]] || !isCapWord(w[:i]) {
		return 0
	}
	return i + 1
}

// tailCredit reads the credit at the caption's end.
func (p *parser) tailCredit(limit int) (creditCand, bool) {
	s := p.s
	end := p.tailEnd(limit)
	if end == 0 {
		return creditCand{}, false
	}
	// A closing bracketed group: "(AP Photo/Name)", "(Kyodo)", "[Xinhua]".
	if s[end-1] == ')' || s[end-1] == ']' {
		for gi := len(p.groups) - 1; gi >= 0; gi-- {
			g := p.groups[gi]
			if g.close != end-1 {
				continue
			}
			c := p.trimCredit(g.open+1, g.close)
			// Without a chain, a bracketed name is a credit only after the
			// caption's last sentence ("… 2024. (Kyodo)"); inside a sentence
			// it expands an acronym ("… of Congo (DRC)").
			if !isChain(c.text, true) && !afterSentence(s, g.open) {
				if nc, ok := p.namedAgencyCredit(g); ok {
					return nc, ok
				}
				return p.closingAgency(c, g)
			}
			if st := p.stretchFor(c.text, c.sp); creditShaped(st, true) || hasWordIn(st, poolWords) && isRoleOnly(st) {
				c.prio, c.bracketed = 3, true
				return c, true
			}
			return creditCand{}, false
		}
	}
	// The last sentence of the last line; a restriction sentence left after
	// the credit ("- ACHTUNG: Nur zur … Verwendung im Zusammenhang …") is
	// stepped over.
	b := p.sentenceStart(end)
	for n := 0; n < 3 && b > 0 && p.inRestriction(b); n++ {
		if e := p.restrictionsEnd(b, end); e > 0 {
			b = e
			break
		}
		end = b
		for end > 0 && strings.IndexByte(" \n\t.,;:-/=", s[end-1]) >= 0 {
			end--
		}
		if fa, fb, w := p.lastField(end); p.trailerField(fa, fb) {
			end -= len(w)
			for end > 0 && strings.IndexByte(" \n\t.,;:-/=", s[end-1]) >= 0 {
				end--
			}
		}
		b = p.sentenceStart(end)
	}
	c := p.trimCredit(b, p.creditEnd(b, -1))
	if c.sp.end > end && !suffixStopAt(s, end, c.sp.end) || dashThenWords(s, c.sp.end, end) {
		// A chain that opens the sentence and stops before its end
		// ("Soccer Football - League - Team v Team … REUTERS/Name") is no
		// tail: the credit, if any, closes the sentence.
		c = p.trimCredit(b, end)
	}
	if creditShaped(p.stretchFor(c.text, c.sp), false) && !endsSentence(s, c.sp.end) {
		c.prio = 3
		return p.markedNameBefore(c), true
	}
	// A chain after the prose of the same sentence: "… 2014 REUTERS/Name".
	if k := strings.IndexAny(c.text, "/\\"); k > 0 {
		abs := c.sp.start + k
		from := p.chainStart(c.sp.start, abs)
		if from < abs && (chainAfterProse(s, from) || strings.Count(s[from:c.sp.end], " ")+strings.Count(s[from:c.sp.end], "/") >= 2) {
			cc := p.trimCredit(from, c.sp.end)
			if creditShaped(p.stretchFor(cc.text, cc.sp), false) {
				cc.prio = 3
				return cc, true
			}
		}
	}
	return creditCand{}, false
}

// closingAgency reads a distributing agency in brackets that closes the
// caption without a full stop before it ("… on March 3, 2026 (AFP)", as
// publishers print the wire's name): a credit, unless the words before
// the bracket spell the agency out ("Agence France-Presse (AFP)").
func (p *parser) closingAgency(c creditCand, g group) (creditCand, bool) {
	if g.close+1 < len(strings.TrimRight(p.s, " .\n")) {
		return creditCand{}, false
	}
	a := lookupAgency(c.text)
	if a == nil || a.official() || a.Kind == "media" || a.Kind == "pool" {
		return creditCand{}, false
	}
	before := p.stretchOf(0, len(strings.TrimRight(p.s[:g.open], " ")))
	for n := 4; n >= 1; n-- {
		if lookupAgency(before.lastFields(n)) == a {
			return creditCand{}, false
		}
	}
	c.prio, c.bracketed = 3, true
	return c, true
}

// dashThenWords: s[from:to] opens with a dash and holds words: the
// creditEnd of a chain cut where a sentence goes on after a dash.
func dashThenWords(s string, from, to int) bool {
	if from >= to {
		return false
	}
	t := strings.TrimLeft(s[from:to], " ")
	return strings.HasPrefix(t, "-") && strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// namedAgencyCredit reads the Spanish papers' "NAME (AGENCY)" at the
// caption's end: a name in capitals, one to four words, opening the last
// sentence, then the agency in brackets ("… ciudad. ANA RUIZ (EFE)"). In
// title case the pair must be a person and a registry agency, either way
// round: "Jane Roe (Reuters)", and Reuters' "Reuters (Jane Roe)" that
// appendPart splits.
func (p *parser) namedAgencyCredit(g group) (creditCand, bool) {
	s := p.s
	k := g.open
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	words, caps := 0, true
	for k > 0 && words < 5 {
		_, _, w := p.lastField(k)
		if w == "" || !isAllCaps(w) && !isCapWord(w) {
			break
		}
		caps = caps && isAllCaps(w)
		words++
		k -= len(w)
		for k > 0 && s[k-1] == ' ' {
			k--
		}
	}
	inner := strings.TrimSpace(s[g.open+1 : g.close])
	if words == 0 || words > 4 || !afterSentence(s, k) || inner == "" || !creditShaped(p.stretchOf(g.open+1, g.close).within(inner), true) {
		return creditCand{}, false
	}
	if !caps && !personAgencyPair(p.stretchOf(k, g.open).within(strings.TrimSpace(s[k:g.open])), p.stretchOf(g.open+1, g.close).within(inner)) {
		return creditCand{}, false
	}
	for k < g.open && s[k] == ' ' {
		k++
	}
	c := p.trimCredit(k, g.close+1)
	c.prio = 3
	return c, true
}

// markedNameBefore extends a registry agency standing alone as the last
// sentence over the photographer the sentence before it names after a
// credit marker: AFP's French service closes a caption "… Photo Jeanne
// Roux. AFP" (the name, then the agency, each a sentence). Otherwise c.
func (p *parser) markedNameBefore(c creditCand) creditCand {
	s := p.s
	j := c.sp.start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j < 2 || s[j-1] != '.' || lookupAgency(c.text) == nil {
		return c
	}
	b := p.sentenceStart(j - 1)
	marker, name, ok := strings.Cut(s[b:j-1], " ")
	if !ok || !creditMarkers[marker] || !fullName(p.stretchFor(name, span{b + len(marker) + 1, j - 1})) {
		return c
	}
	e := p.trimCredit(b+len(marker)+1, c.sp.end)
	e.prio = c.prio
	return e
}

// isAllCaps: two capitals at least and no lower-case letter. Letters of
// a script without case (Japanese, Chinese, Arabic) are no capitals.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// tailEnd is the end of the caption without the restriction blocks,
// trailer phrases and punctuation that follow a credit.
func (p *parser) tailEnd(end int) int {
	s := p.s
	for changed, n := true, 0; changed && n < maxTailSteps; n++ {
		changed = false
		for end > 0 && strings.IndexByte(" \n\t.,;:-/=", s[end-1]) >= 0 {
			end--
		}
		if k := p.spanBefore(end); k >= 0 && p.restrictionSpans[k].end >= end-1 && p.restrictionSpans[k].start > 0 {
			end, changed = p.restrictionSpans[k].start, true
		}
		if k := p.tailPhraseBefore(end); k >= 0 {
			end, changed = k, true
		}
		if k := p.advisoryStart(end); k >= 0 {
			end, changed = k, true
		}
		if k := p.trailerGroupBefore(end); k >= 0 {
			end, changed = k, true
		}
		if k := p.noticeStart(end); k >= 0 {
			end, changed = k, true
		}
		if k := yearGroupBefore(s, end); k >= 0 {
			end, changed = k, true // credit_national.go
		}
		if k := p.fieldLineStart(end); k >= 0 {
			end, changed = k, true
		}
		// A trailer word left before a restriction block: dpa's
		// "- ACHTUNG: Nur …", Reuters' "ATTENTION EDITORS -".
		if a, b, w := p.lastField(end); w != "" && p.toks[a].start > 0 && p.trailerField(a, b) {
			end, changed = end-len(w), true
		}
	}
	return end
}

// trailerGroupBefore returns where a bracketed group ending at byte end
// opens when it holds a trailer written in capitals or as a label
// ("(COUNTRY - Tags: TOPIC TOPIC)", Reuters' keyword group of 2010-2014,
// "(… TPX IMAGES OF THE DAY)"), or -1: an advisory, no credit.
func (p *parser) trailerGroupBefore(end int) int {
	if end == 0 || p.s[end-1] != ')' || !p.holds(clsTrailer) && !p.holds(clsBylineGroup) {
		return -1
	}
	gi := slices.IndexFunc(p.groups, func(g group) bool { return g.close == end-1 })
	if gi < 0 {
		return -1
	}
	g, toks := p.groups[gi], p.toks
	if k := tokIndex(toks, g.open) + 1; k < len(toks) && toks[k].mayStart(clsBylineGroup) {
		// A story's sign-off in brackets after the credit: Reuters'
		// "(Reporting by Name; Editing by Name)".
		if _, _, ok := matchAt(toks, k, clsBylineGroup); ok {
			return g.open
		}
	}
	if !p.holds(clsTrailer) {
		return -1
	}
	for k := max(tokIndex(toks, g.open), p.firstOf(clsTrailer)); k < len(toks) && toks[k].start < g.close; k++ {
		t := &toks[k]
		if !t.isWord() || !t.has(clsTrailer) || p.inRestriction(t.start) {
			continue
		}
		if t.shape == shUpper || k+1 < len(toks) && toks[k+1].isMark(':') {
			return g.open
		}
	}
	return -1
}

// maxTailSteps bounds the blocks tailEnd steps over (restrictions,
// trailers, tail phrases: a handful in a real caption), so that a caption
// of a thousand restriction blocks costs no more than a few.
const maxTailSteps = 16

// spanBefore returns the index of the last restriction span starting
// before byte end, or -1.
func (p *parser) spanBefore(end int) int {
	k, _ := slices.BinarySearchFunc(p.restrictionSpans, end, func(sp span, pos int) int { return sp.start - pos })
	return k - 1
}

// maxTailPhrase is the number of tokens of the longest tail phrase.
const maxTailPhrase = 8

// tailPhraseBefore returns where a tail phrase (lexicon tail_phrase, its
// first word not in lower case) that ends at byte end starts, or -1.
func (p *parser) tailPhraseBefore(end int) int {
	if !p.holds(clsTailPhrase) {
		return -1
	}
	toks := p.toks
	last := tokIndex(toks, end)
	for i := max(0, last-maxTailPhrase, p.firstOf(clsTailPhrase)); i < last; i++ {
		if !toks[i].mayStart(clsTailPhrase) {
			continue
		}
		if e, _, ok := matchAt(toks, i, clsTailPhrase); ok && toks[e-1].end == end && firstWordShown(toks[i:e]) {
			return toks[i].start
		}
	}
	return -1
}

// firstWordShown: the first word of toks is written with a capital.
func firstWordShown(toks []tok) bool {
	for i := range toks {
		if t := &toks[i]; t.isWord() {
			return t.shape != shLower
		}
	}
	return false
}

// noticeStart returns where a notice labelled by a trailer word with a
// colon starts on the caption's last line, after other text and before
// end, when no credit chain follows it (EPA's "ATTENTION: This Image is
// part of a PHOTO SET", "NOTE: …"), or -1. A label inside a restriction
// phrase opens none.
func (p *parser) noticeStart(end int) int {
	if !p.holds(clsTrailer) {
		return -1 // no trailer word: no label
	}
	toks := p.toks
	line := lastIndexByte(p.s[max(0, end-maxAdvisoryLen):end], '\n') + 1 + max(0, end-maxAdvisoryLen)
	first, last := tokIndex(toks, line), tokIndex(toks, end)
	for k := max(first+1, p.firstOf(clsTrailer)); k+1 < last; k++ {
		t := &toks[k]
		if !t.isWord() || t.shape == shLower || !t.has(clsTrailer) || !toks[k+1].isMark(':') || p.inRestriction(t.start) {
			continue
		}
		if strings.ContainsAny(p.s[t.start:end], "/\\") {
			return -1
		}
		return t.start
	}
	return -1
}

// clsTrailerLine: the labels of a field a system appends after the credit
// on a line of its own.
var clsTrailerLine = lexClass("trailer_line")

// fieldLineStart returns where the caption's last line before end starts
// when it is a labelled field appended after the credit ("Picture ID:
// …", "SLUG: …"; lexicon trailer_line) and text stands before it, or -1.
func (p *parser) fieldLineStart(end int) int {
	if !p.holds(clsTrailerLine) {
		return -1
	}
	from := max(0, end-maxAdvisoryLen)
	line := lastIndexByte(p.s[from:end], '\n')
	if line < 0 || strings.TrimSpace(p.s[:from+line]) == "" {
		return -1
	}
	line += from + 1
	toks := p.toks
	i := tokIndex(toks, line)
	if i >= len(toks) || !toks[i].mayStart(clsTrailerLine) {
		return -1
	}
	if e, _, ok := matchAt(toks, i, clsTrailerLine); ok && e < len(toks) && toks[e].isMark(':') {
		return line
	}
	return -1
}

// maxAdvisoryLen bounds the bytes an advisory runs over (Reuters' longest
// third-party notice is some 400 bytes).
const maxAdvisoryLen = 1000

// advisoryStart returns where an advisory opened by a trailer starts, when
// it runs in capitals to end on the caption's last line, after other text
// ("REUTERS/Name TPX IMAGES OF THE DAY", "… via REUTERS ATTENTION EDITORS -
// THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY"), or -1. A trailer inside
// a restriction phrase opens none.
func (p *parser) advisoryStart(end int) int {
	if !p.holds(clsTrailer) {
		return -1
	}
	toks := p.toks
	line := lastIndexByte(p.s[max(0, end-maxAdvisoryLen):end], '\n') + 1 + max(0, end-maxAdvisoryLen)
	first := tokIndex(toks, line)
	last := tokIndex(toks, end)
	from := last
	for from > first && (!toks[from-1].isWord() || toks[from-1].shape == shUpper) {
		from--
	}
	for k := max(from, first+1, p.firstOf(clsTrailer)); k < last; k++ {
		if toks[k].isWord() && toks[k].has(clsTrailer) && !p.inRestriction(toks[k].start) {
			// A trailer inside a bracketed group opens the advisory at
			// the group: "(COUNTRY - Tags: TOPIC TPX IMAGES OF THE DAY)".
			if o := p.openingOf(toks[k].start); o >= 0 {
				return o
			}
			return toks[k].start
		}
	}
	return -1
}

// sentenceStart returns where the last sentence before end begins: after
// a full stop (not an initial or abbreviation), a closing bracket, a line
// break or a block separator.
func (p *parser) sentenceStart(end int) int {
	s := p.s
	for j := end - 1; j > 0; j-- {
		switch s[j] {
		case '\n':
			return j + 1
		case ' ':
			switch s[j-1] {
			case '.', '!', '?', ')', ']', ':':
				if (s[j-1] != '.' || !p.isAbbrevBefore(j-1)) && !(s[j-1] == ')' && chainGoesOn(s, j, end)) {
					return j + 1
				}
			}
		case '=':
			if s[j-1] == '=' {
				return j + 1
			}
		case 0xA9: // the second byte of ©, glued to the word before
			if s[j-1] == 0xC2 {
				return j + 1
			}
		case '.':
			if gluedStop(s, j, end) {
				return j + 1
			}
		default:
			if fullStopEndsAt(s, j) {
				return j + 1 // "…参观。REUTERS/Name": no space after a full-width stop
			}
		}
	}
	return 0
}

// fullStops are the full-width sentence ends of Chinese and Japanese text
// (ideographic and full-width full stop, exclamation and question marks),
// after which the credit of a Latin-script agency follows with no space:
// "…参观。REUTERS/Name", "…撮影。(Photo by Name / AFP)".
var fullStops = []string{"。", "．", "！", "？"}

// fullStopEndsAt: s[:j+1] ends with one of fullStops.
func fullStopEndsAt(s string, j int) bool {
	if s[j] < 0x80 || j < 2 {
		return false
	}
	for _, f := range fullStops {
		if strings.HasSuffix(s[:j+1], f) {
			return true
		}
	}
	return false
}

// gluedStop: the full stop at j ends a sentence though no space follows
// it, as text pasted without its spaces runs the credit on ("… in
// Velmora.REUTERS/Jane Roe"): a lower-case word of three letters or more
// before it, a capital after it, and a slash chain after that in s[:end].
func gluedStop(s string, j, end int) bool {
	if j < 3 || j+1 >= end || !isUpperByte(s[j+1]) || strings.IndexByte(s[j+1:end], '/') < 0 {
		return false
	}
	for k := j - 3; k < j; k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	return true
}

var closer = map[byte]byte{'(': ')', '[': ']'}

// capsRunStart returns where the words in capitals that end s[k:slash]
// begin, when words not in capitals stand before them; else k.
func (p *parser) capsRunStart(k, slash int) int {
	s := p.s
	j := slash
	for j > k && s[j-1] == ' ' {
		j--
	}
	start := j
	for start > k {
		_, _, w := p.lastField(start)
		if w == "" || !isAllCaps(w) {
			break
		}
		start -= len(w)
		for start > k && s[start-1] == ' ' {
			start--
		}
	}
	if start == j || start == k {
		return k
	}
	for start < j && s[start] == ' ' {
		start++
	}
	return start
}

// positionThenCredit: a bracket placing one picture of a composite
// (lexicon credit_position: "(left)", "(links)") with the next picture's
// credit after it ("…; Name/Agency (right)").
func positionThenCredit(inner, after string) bool {
	after = strings.TrimLeft(after, " ")
	return after != "" && (after[0] == ';' || after[0] == ',') && isWordOf(strings.TrimSpace(inner), clsCreditPosition)
}

// clsCreditPosition: the words that place a picture of a composite.
var clsCreditPosition = lexClass("credit_position")

// chainGoesOn: what follows at i continues a credit chain (" via X", "/X").
func chainGoesOn(s string, i, end int) bool {
	for i < end && s[i] == ' ' {
		i++
	}
	return i < end && (s[i] == '/' || viaLen(s[i:end]) > 0)
}

// chainStart walks back from a slash over the names that open its chain:
// capitalised words, particles and "al-" names, stopping at digits,
// punctuation and lower-case prose.
func (p *parser) chainStart(from, slash int) int {
	s := p.s
	k := slash
	for k > from {
		q := k - 1
		for q >= from && s[q] == ' ' {
			q--
		}
		a, b, w := p.lastField(q + 1)
		if w == "" || !(isCapWord(w) || p.chainField(a, b) && q+1-len(w) > from) {
			break
		}
		k = q + 1 - len(w)
	}
	// "… in New York REUTERS/Name": a wire writes its name in capitals;
	// capitalised prose words before an all-capitals run are not the
	// credit's.
	if caps := p.capsRunStart(k, slash); caps > k {
		k = caps
	}
	for k < slash {
		a, b := p.fieldAt(k, slash)
		if !p.chainField(a, b) {
			break
		}
		k = p.fieldEnd(b, slash)
		for k < slash && s[k] == ' ' {
			k++
		}
	}
	return k
}

// restrictionsEnd returns where the restriction phrases that open the
// sentence at b end, with the separators after them, when the credit follows
// them before end: a restriction line run into the credit once line breaks
// were lost ("EDITORIAL USE ONLY REUTERS/Name", Shutterstock's "RESTRICTED
// TO EDITORIAL USE" line before its credit line) is never part of the
// credit. It returns -1 when only restriction words or prose follow.
func (p *parser) restrictionsEnd(b, end int) int {
	e := b
	for k := p.spanBefore(b + 1); k >= 0 && k < len(p.restrictionSpans); k++ {
		sp := p.restrictionSpans[k]
		if sp.start > e || sp.end >= end {
			break
		}
		e = sp.end
		for e < end && strings.IndexByte(" .,;:-/", p.s[e]) >= 0 {
			e++
		}
	}
	if e == b || e >= end {
		return -1
	}
	if c := p.trimCredit(e, p.creditEnd(e, -1)); c.sp.end <= end && isChain(c.text, false) && creditShaped(p.stretchFor(c.text, c.sp), false) {
		return e
	}
	return -1
}

// creditShaped tells a credit from prose: at most sixteen words without
// digits, and either a chain of parts (slash, backslash, "via", a dash
// between names; commas too inside brackets) or a signature of one to four
// capitalised words. Lower-case words beyond the chainWords are allowed only
// in short chains (picture alliance/dpa) or two at most.
func creditShaped(st stretch, bracketed bool) bool {
	t := st.text()
	if len(t) < 2 || len(t) > 200 || !hasUpperOrKnown(st) {
		return false
	}
	if lookupAgency(t) != nil || markerSourced(t) {
		// A name the registry knows, whatever its case or digits
		// ("picture alliance", "Lundi 13"); Belga's "BELGA PHOTO POOL NAME".
		return true
	}
	words, lower, caps := 0, 0, 0
	ordinal := false
	for f := range st.fields() {
		w := f.text()
		if strings.Trim(w, "/\\|-–") == "" {
			// A separator written between spaces ("picture alliance /
			// dpa | Name") is no word.
			continue
		}
		words++
		if words > 16 {
			return false // a sentence, whatever its words (below)
		}
		switch numbered(f) {
		case numNone:
		case numName:
			// A unit's press service names it by number ("Press Service
			// of the 12th Brigade/Handout via Agency"), an outlet may end
			// its name in one ("Jane Roe/NEWS1"): a chain may hold them,
			// which no date of prose around a credit writes between names.
			ordinal = true
		default:
			return false
		}
		switch {
		case isChainWord(w) || isImagoName(w) || strings.Contains(w, "."):
		case isLowerWord(w):
			lower++
		default:
			caps++
		}
	}
	if words > 16 || caps == 0 && !knownPart(st) {
		return false
	}
	chain := isChain(t, bracketed) || clientChain(st)
	if ordinal && !(chain && strings.ContainsAny(t, "/\\")) {
		return false
	}
	switch {
	case chain && lower <= 2:
	case chain && words <= 6 && knownPart(st):
	case !chain && words <= 4 && lower == 0:
	case !chain && words <= 5 && leadName(t, st) > 0:
		// ANP's "ANP NAME VAN DER NAME": a lead agency, then a name of
		// up to four words.
	case !chain && words <= 4 && bracketed && lower <= 1:
	default:
		return false
	}
	if bracketed && strings.Contains(t, ",") && !strings.ContainsAny(t, "/\\") && allCountries(st) {
		return false
	}
	return true
}

// How a word of a credit holds digits.
const (
	numNone  = iota // no digit
	numName         // an ordinal or a numbered name only
	numOther        // a number of prose: a date, a year, a count
)

// numbered reads the digits of a credit word, part by part between
// slashes: an ordinal ("12th") or a name in capitals ending in one or two
// digits ("NEWS1", "TV2") may stand in a chain, a registry name anywhere.
func numbered(f stretch) int {
	w := f.text()
	if strings.IndexAny(w, "0123456789") < 0 {
		return numNone
	}
	if strings.IndexAny(w, `/\()`) < 0 {
		return numberedPart(w, numNone) // the word is its one part
	}
	n := numNone
	for pt := range f.marks(`/\()`) {
		if part := pt.text(); part != "" { // strings.FieldsFunc's pieces
			if n = numberedPart(part, n); n == numOther {
				return n
			}
		}
	}
	return n
}

// numberedPart is numbered for one part of a word, n the parts' before.
func numberedPart(part string, n int) int {
	switch {
	case strings.IndexAny(part, "0123456789") < 0 || lookupAgency(part) != nil:
		// An agency the registry knows by a name with digits
		// ("Flash90", "News1", "Lundi13") is a name like any other.
		return n
	case ordinalWord(part) || numberedName(part) || dateStamp(part):
		return numName
	}
	return numOther
}

// numberedName: a name in capitals ending in one or two digits.
func numberedName(w string) bool {
	d := len(w)
	for d > 0 && w[d-1] >= '0' && w[d-1] <= '9' {
		d--
	}
	return d >= 2 && len(w)-d <= 2 && len(w)-d > 0 && isAllCaps(w[:d])
}

// ordinalWord: digits then an ordinal ending of the lexicon ("12th").
func ordinalWord(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d > 0 && d < len(w) && len(w)-d <= 2 && isWordOf(w[d:], clsOrdinal)
}

// isChain: parts joined by a slash, backslash, pipe, "via", a spaced dash, a
// hyphen after an agency or a handout word, or (inside brackets) commas.
func isChain(t string, bracketed bool) bool {
	return strings.ContainsAny(t, "/\\|") || hasVia(t) || strings.Contains(t, " - ") ||
		bracketed && strings.Contains(t, ",") || hyphenChain(t) || equalsSplit(t) > 0
}

// afterSentence: what starts at i follows a sentence end or a line break.
func afterSentence(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return j == 0 || strings.IndexByte(".!?\n)]", s[j-1]) >= 0
}

// chainAfterProse: a chain that closes a sentence without a full stop
// before it stands after a date, a number or punctuation ("… 2014
// REUTERS/Name"); right after a word of the prose it must hold three
// words at least ("REUTERS/Jane Doe"), not be a name such as "AC/DC".
func chainAfterProse(s string, from int) bool {
	j := from
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	c := s[j-1]
	return c >= '0' && c <= '9' || strings.IndexByte(".,;:)]\"'\n", c) >= 0
}

// hyphenChain: "AFP-Yonhap", "HO-Source": a hyphen between an agency or a
// handout word and a name.
func hyphenChain(t string) bool {
	if strings.ContainsAny(t, " ") {
		return false
	}
	i := strings.IndexByte(t, '-')
	return i > 0 && lookupAgency(t) == nil && (lookupAgency(t[:i]) != nil || lookupAgency(t[i+1:]) != nil)
}

func hasUpperOrKnown(st stretch) bool {
	t := st.text()
	for i := 0; i < len(t); i++ {
		if isUpperByte(t[i]) {
			return true
		}
	}
	return knownPart(st)
}

// knownPart reports whether a part of the chain is in the registry.
func knownPart(st stretch) bool {
	var buf [12]creditPart // on the stack for a chain of up to 12 parts
	for _, part := range splitParts(st, buf[:0]) {
		if lookupAgency(part.text) != nil {
			return true
		}
	}
	return false
}

func allCountries(st stretch) bool {
	for part := range st.marks(",") {
		if _, ok := geo.Country(strings.TrimSpace(part.text())); !ok {
			return false
		}
	}
	return true
}

// endsSentence: a signature carries no full stop of its own (AFP and
// Yonhap end a caption with the bare agency or source name); a fragment that
// ends in one is a sentence.
func endsSentence(s string, end int) bool {
	return end < len(s) && s[end] == '.' && (end+1 == len(s) || s[end+1] == ' ' || s[end+1] == '\n') && !strings.ContainsAny(s[max(0, end-60):end], "/\\")
}

// isRoleOnly: text made only of role words ("POOL PHOTO", "FILE").
func isRoleOnly(st stretch) bool {
	for f := range st.fields() {
		w := strings.Trim(f.text(), "*()[]")
		ok := false
		ok = isWordOf(w, clsRole)
		if !ok {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// isCapWord: a word that can belong to a name: capitalised, all capitals,
// or an "al-"/"el-" name.
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		for i := 0; i < len(w); i++ {
			if w[i] >= '0' && w[i] <= '9' {
				return false
			}
		}
		return !strings.HasSuffix(w, ".") || len(w) <= 3
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isAbbrevBefore: the full stop at j closes an initial or an abbreviation
// ("J. Smith", "U.S. Navy", "St. Louis") or a German ordinal day before its
// month ("5. März 2024"), not a sentence.
func (p *parser) isAbbrevBefore(j int) bool {
	s := p.s
	a, b, w := p.lastField(j)
	switch {
	case len(w) == 1 && isUpperByte(w[0]):
		return true
	case strings.Contains(w, "."):
		return true
	case len(w) <= 2 && allDigits(w) && j+2 < len(s) && s[j+1] == ' ':
		ma, mb := p.fieldAt(j+2, len(s))
		for mb > ma && (p.toks[mb-1].isMark('.') || p.toks[mb-1].isMark(',')) {
			mb--
		}
		return p.oneOf(ma, mb, clsMonth)
	}
	return w != "" && isUpperByte(w[0]) && !isAllCaps(w) && p.oneOf(a, b, clsAbbrev)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func firstField(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
