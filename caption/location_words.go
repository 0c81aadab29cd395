package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The location pass reads the lexer's tokens (lex.go), grouped into the
// words its rules compare: a word keeps the apostrophes, hyphens, dots and
// digits written inside it ("Xi'an", "China's", "U.S.", "north-east",
// "T-34"), so that a name is one word as the reader sees it. The grouping
// is not a second tokeniser: it joins tokens that touch.

// token is a word of the caption with its byte offsets.
//
// The word itself is s[start:end] of the text the words were read from
// (text): a token holds no pointer, so that the words of a caption are
// one allocation the collector need not scan.
type token struct {
	start, end int
	cls        placeClass // the word's place classes
	date       dateKind   // a month or weekday name, and in which languages
	capital    bool       // isCap of the word: most rules read a word's case only
}

// text returns the word as written in s, the text it was read from.
func (t *token) text(s string) string { return s[t.start:t.end] }

// is reports whether the word is in one of the place classes c.
func (t *token) is(c placeClass) bool { return t.cls&c != 0 }

// dateName reports a month or weekday name: it opens no place name ("May
// 3"), and a weekday may stand between a place and its date.
func (t *token) dateName() bool { return t.date != notDate }

// appendWords appends the words of s, as the lexer cut it into lt, to out.
// s is the text the tokens were cut from, with the parts that name no
// place of the photo (credit, restrictions) blanked out with spaces, and
// possibly cut short: tokens there are skipped.
func appendWords(out []token, s string, lt []tok) []token {
	// The tokens lie in order: those past the end of s (cut short) are
	// not read.
	for i := 0; i < len(lt) && lt[i].end <= len(s); i++ {
		t := &lt[i]
		if t.kind != tWord || !inText(s, t) || !startsWithLetter(s[t.start:]) {
			continue
		}
		j := i
		for j+1 < len(lt) && lt[j+1].start == lt[j].end && inText(s, &lt[j+1]) && joinsWord(s, &lt[j+1]) {
			j++
		}
		// Built in place: a token is 32 bytes, copied through two calls
		// otherwise.
		if j == i {
			// One word token is letters only: no elision, dot or
			// apostrophe for shapeWord to cut.
			out = append(out, token{start: t.start, end: t.end})
		} else {
			out = append(out, shapeWord(s, t.start, lt[j].end))
		}
		w := &out[len(out)-1]
		w.capital = isCap(w.text(s))
		classify(w, w.text(s), lt[i:j+1])
		i = j
	}
	return out
}

// classify gives the word w, written word and made of the lexer's tokens
// lt, its classes.
// The lexer has looked each token up already (without its accents): only
// a word it puts in a place class, or a word of several tokens, is looked
// up again as written.
func classify(w *token, word string, lt []tok) {
	var lex *lexEntry
	one := false
	if len(lt) == 1 {
		// Most words are one token: no loop, whose exit after one
		// round or several a processor mispredicts.
		if lt[0].start == w.start && lt[0].end == w.end {
			lex, one = lt[0].entry(), true
		}
	} else {
		for k := range lt {
			if lt[k].start == w.start && lt[k].end == w.end {
				lex, one = lt[k].entry(), true
			}
		}
	}
	switch {
	case one && lex != nil && isASCII(word):
		// Lower-cased, the word is its key: the entry has its classes.
		w.cls = lex.place
	case !one || lex != nil && lex.classes.meets(placeLex.bits):
		w.cls = classesOf(word)
	}
	if lex != nil {
		w.date = lex.date
	}
}

// nameNotDate reports a date name at toks[i] that opens a name instead: in
// title case, a month or weekday only in languages that write them in
// lower case (languages.tsv: titled_date_names), and no number after it.
func nameNotDate(s string, toks []token, i int) bool {
	return toks[i].date == dateLowerOnly && titleCased(toks[i].text(s)) && !dateAt(s, toks, i)
}

// dateKind is what the lexicon says of a word as a month or weekday name.
type dateKind uint8

const (
	notDate       dateKind = iota
	dateTitled             // a month or weekday in a language that capitalises them
	dateLowerOnly          // one only in languages that write them in lower case
)

// dateKindOf is the kind a sense of class c in language lang gives its
// word, over the kind it had: a capitalising language wins. The lexicon
// works it out once per entry as it loads.
func dateKindOf(had dateKind, c class, lang string) dateKind {
	switch {
	case c != classMonth && c != classWeekday || had == dateTitled:
		return had
	case langHas(lang, flagTitledDateNames):
		return dateTitled
	}
	return dateLowerOnly
}

// titleCased reports a word written with a capital and then a small
// letter ("Augusta"), not in capitals throughout ("AUGUSTA") nor in lower
// case.
func titleCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w[n:], unicode.IsLower) >= 0
}

// countWords bounds the number of words appendWords finds: the word
// tokens left in s (the credit, restrictions and background are not).
func countWords(s string, lt []tok) int {
	n := 0
	for k := 0; k < len(lt) && lt[k].end <= len(s); k++ {
		if t := &lt[k]; t.kind == tWord && inText(s, t) {
			n++
		}
	}
	return n
}

// inText reports a token that lies in s and was not blanked out.
func inText(s string, t *tok) bool { return t.end <= len(s) && s[t.start] != ' ' }

// startsWithLetter: a word starts with a letter (the lexer's words may
// start with a mark after a broken sequence).
func startsWithLetter(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return isASCIILetter(s[0]) // unicode's ASCII letters
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// joinsWord reports a token that continues the word it touches: letters,
// digits, and the apostrophe, hyphen and dot written inside names.
func joinsWord(s string, t *tok) bool {
	if t.kind != tPunct {
		return true
	}
	c := s[t.start]
	return c == '\'' || c == '-' || c == '.'
}

// shapeWord is the word s[a:b], less what is not part of it.
func shapeWord(s string, a, b int) token {
	w := s[a:b]
	// French elision: "l'Ukraine", "d'Irak", and the place words "l'oblast
	// de", "l'est de", "l'île de".
	if len(w) > 3 && w[1] == '\'' && strings.ContainsRune("lLdD", rune(w[0])) && (isCap(w[2:]) || classesOf(w[2:]) != 0) {
		a += 2
		w = w[2:]
	} else if i, n := italianElision(w); n > 0 && wordIs(w[:i+n], cElision) && isCap(w[i+n:]) {
		// Italian articulated prepositions elided likewise (lexicon
		// place_elision): "dell'Italia", "nell'Umbria", "all'Aquila".
		a += i + n
		w = w[i+n:]
	}
	// A trailing dot ends a sentence, unless the word is an abbreviation
	// like "U.S." or "D.C.".
	if strings.HasSuffix(w, ".") && !isAbbrev(w) {
		w = strings.TrimRight(w, ".")
		b = a + len(w)
	}
	// Turkish case endings after an apostrophe: "Velmora'da" is Velmora.
	if i := strings.LastIndexByte(w, '\''); i > 0 && i < len(w)-1 && wordIs(w[i+1:], cCaseSuffix) && isCap(w) {
		w = w[:i]
		b = a + i
	}
	return token{start: a, end: b}
}

// italianElision returns where an apostrophe stands after the third or
// fourth letter of w ("all'", "dell'"), and its length; 0 for none. Read
// by position: most words hold none, and the test runs on every word of
// several tokens.
func italianElision(w string) (int, int) {
	for _, i := range [2]int{3, 4} {
		switch {
		case len(w) < i+4:
		case w[i] == '\'':
			return i, 1
		case strings.HasPrefix(w[i:], "’"):
			return i, len("’")
		}
	}
	return 0, 0
}

// wordsOf lexes s and returns its words, for a caller that holds no
// tokens (Places, tests).
func wordsOf(s string) []token {
	var lx lexer
	return appendWords(nil, s, lx.lex(s))
}

// findLocationText is findLocation for a text not yet lexed.
func findLocationText(s string, dateAt span) *Location {
	var lx lexer
	return findLocation(s, lx.lex(s), dateAt)
}

// gapOf returns the words of s[a:b], the text between two names,
// lower-cased and appended to buf, and the punctuation left over (white
// space, letters and digits outside words dropped). Callers pass a small
// array of their own (gapOf(wb[:0], …)): a gap, looked at many times per
// caption, costs no allocation.
func gapOf(buf []string, s string, toks []token, a, b int) (words []string, punct string) {
	words = buf
	var pb [16]byte
	p := pb[:0]
	i := wordIndex(toks, a)
	pos := a
	for ; i < len(toks) && toks[i].end <= b; i++ {
		p = appendPunct(p, s[pos:toks[i].start])
		words = append(words, lower(toks[i].text(s)))
		pos = toks[i].end
	}
	if pos < b {
		p = appendPunct(p, s[pos:b])
	}
	return words, string(p)
}

// wordIndex returns the index of the first word starting at or after byte
// pos.
func wordIndex(toks []token, pos int) int {
	return startIndex(toks, pos, func(t *token) int { return t.start })
}

// appendPunct appends the punctuation of s: what is neither a letter, a
// digit, a mark nor white space.
func appendPunct(p []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: no mark; the letters, digits and white space of
			// unicode's tables.
			if !isASCIILetter(c) && !isDigit(c) && !isSpaceByte(c) {
				p = append(p, c)
			}
			i++
			continue
		}
		// The gap may start inside a rune (a date span from another
		// pass): each byte of a broken sequence is a rune of its own.
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.Is(unicode.M, r)) {
			p = append(p, s[i:i+size]...)
		}
		i += size
	}
	return p
}

// isASCII reports a text of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
