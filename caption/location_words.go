package caption

import (
	"slices"
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
type token struct {
	start, end int
	word       string
}

// appendWords appends the words of s, as the lexer cut it into lt, to out.
// s is the text the tokens were cut from, with the parts that name no
// place of the photo (credit, restrictions) blanked out with spaces, and
// possibly cut short: tokens there are skipped.
func appendWords(out []token, s string, lt []tok) []token {
	for i := 0; i < len(lt); i++ {
		t := lt[i]
		if t.kind != tWord || !inText(s, t) || !startsWithLetter(s[t.start:]) {
			continue
		}
		j := i
		for j+1 < len(lt) && lt[j+1].start == lt[j].end && inText(s, lt[j+1]) && joinsWord(s, lt[j+1]) {
			j++
		}
		out = append(out, shapeWord(s, t.start, lt[j].end))
		i = j
	}
	return out
}

// inText reports a token that lies in s and was not blanked out.
func inText(s string, t tok) bool { return t.end <= len(s) && s[t.start] != ' ' }

// startsWithLetter: a word starts with a letter (the lexer's words may
// start with a mark after a broken sequence).
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// joinsWord reports a token that continues the word it touches: letters,
// digits, and the apostrophe, hyphen and dot written inside names.
func joinsWord(s string, t tok) bool {
	if t.kind != tPunct {
		return true
	}
	c := s[t.start]
	return c == '\'' || c == '-' || c == '.'
}

// shapeWord is the word s[a:b], less what is not part of it.
func shapeWord(s string, a, b int) token {
	w := s[a:b]
	// French elision: "l'Ukraine", "d'Irak".
	if len(w) > 3 && w[1] == '\'' && strings.ContainsRune("lLdD", rune(w[0])) && isCap(w[2:]) {
		a += 2
		w = w[2:]
	}
	// A trailing dot ends a sentence, unless the word is an abbreviation
	// like "U.S." or "D.C.".
	if strings.HasSuffix(w, ".") && !isAbbrev(w) {
		w = strings.TrimRight(w, ".")
		b = a + len(w)
	}
	return token{a, b, w}
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
	i, _ := slices.BinarySearchFunc(toks, a, func(t token, a int) int { return t.start - a })
	pos := a
	for ; i < len(toks) && toks[i].end <= b; i++ {
		p = appendPunct(p, s[pos:toks[i].start])
		words = append(words, lower(toks[i].word))
		pos = toks[i].end
	}
	if pos < b {
		p = appendPunct(p, s[pos:b])
	}
	return words, string(p)
}

// appendPunct appends the punctuation of s: what is neither a letter, a
// digit, a mark nor white space.
func appendPunct(p []byte, s string) []byte {
	for i, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.Is(unicode.M, r)) {
			p = append(p, s[i:i+utf8.RuneLen(r)]...)
		}
	}
	return p
}
