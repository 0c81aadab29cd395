package caption

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The one tokeniser of the package. A caption is normalised (normalize),
// then cut once into tokens that every pass reads: words (runs of letters),
// numbers (runs of digits) and punctuation (one token per rune). White
// space makes no token; it is recorded on the tokens around it. A letter
// run and a digit run touching each other are two tokens ("0001GMT" is
// 0001 and GMT, without space between), as are the two sides of an
// apostrophe or a hyphen ("d'archives" is d, ', archives).

// tokKind is what a token is.
type tokKind uint8

const (
	tWord tokKind = iota
	tNumber
	tPunct
	tSpace // white space beyond ASCII: scan reports it, cutInto drops it
)

// shape is how a word is written.
type shape uint8

const (
	shLower shape = iota // "police", also a number or punctuation
	shUpper              // "POLICE", "A": every letter a capital
	shTitle              // "Police": a capital, then lower case
	shMixed              // "McAllister", "iPhone"
)

// tok is one word, number or punctuation mark of the text. It is 40 bytes
// (the lexicon entry an index, the flags single bytes): a caption's tokens
// are cut, copied and scanned by the collector once per parse.
type tok struct {
	// key is the folded form lexicon lookups use: a word lower-cased with
	// its accents stripped ("É" is "e", "ß" is "ss"); a number's digits; a
	// punctuation mark as written.
	key        string
	start, end int // byte offsets in the normalised text
	// lexi is the index of the lexicon's entry for key (lexicon.byIndex),
	// or 0.
	lexi  uint16
	kind  tokKind
	shape shape
	// spaceBefore and spaceAfter: white space touches the token;
	// lineBefore: that white space before holds a line break.
	spaceBefore, spaceAfter, lineBefore bool
	// rkid is the number of the word among the first words of the
	// restriction phrases (phraseTrie's kids), or 0: the restriction
	// pass starts its walk without a lookup of its own.
	rkid uint8
}

// entry returns the lexicon's entry for the token's key, or nil.
func (t *tok) entry() *lexEntry { return lexicon.byIndex[t.lexi] }

// text returns the token as written in s.
func (t *tok) text(s string) string { return s[t.start:t.end] }

// caps reports a word written in capitals, or a number.
func (t *tok) caps() bool { return t.shape == shUpper || t.kind == tNumber }

// isWord, isNumber and isPunct test the token's kind; isMark tests for one
// punctuation mark.
func (t *tok) isWord() bool          { return t.kind == tWord }
func (t *tok) isNumber() bool        { return t.kind == tNumber }
func (t *tok) isPunct() bool         { return t.kind == tPunct }
func (t *tok) isMark(mark byte) bool { return t.kind == tPunct && len(t.key) == 1 && t.key[0] == mark }

// has reports whether the lexicon puts the token in class c (in any
// language).
func (t *tok) has(c class) bool { return lexicon.ones[t.lexi].has(c) }

// bytesPerToken is the bytes per token of a typical caption (words of five
// letters, a space, some punctuation), to size the token slice once; a
// denser text grows it.
const bytesPerToken = 5

// lexer cuts texts into tokens, reusing its token slice from one text to
// the next (a parser owns one; tokens of the last text are overwritten).
type lexer struct {
	toks []tok
	// keys holds the folded keys that differ from the text, in token
	// order, where the tokens' keys point; a new one for each text, as
	// the last text's tokens point into the old one.
	keys strings.Builder
	// present holds the classes of the entries that start at some token
	// of the last text: a pass looking for a class the text has none of
	// skips its scan. first holds, for each class present, the index of
	// the first such token (at most math.MaxUint8: a bound from below in
	// a text of more tokens): a scan for the class starts there. A byte a
	// class kept the parser, which copies it, a size class smaller than
	// two did while the lexicon had 128 classes; with 256 (maxClasses) the
	// array is as large as it was. A scan in a caption of more than 255
	// tokens may start earlier than it need.
	present classSet
	first   [maxClasses]uint8
	// words counts the words and numbers of the last text.
	words int
}

// lex tokenises s and returns the tokens; they stay valid until the next
// call on the same lexer.
func (lx *lexer) lex(s string) []tok {
	lx.toks = lx.lexInto(lx.toks[:0], s)
	return lx.toks
}

// lexInto is lex appending to toks, which the lexer does not keep: a
// caller may cut a caption into a buffer of its own on the stack.
func (lx *lexer) lexInto(toks []tok, s string) []tok {
	lx.present = classSet{}
	return lx.cutInto(toks, s, &lexicon)
}

// lookUp attaches the entry of lex to token k, noting its classes.
func (lx *lexer) lookUp(lex *lexiconData, t *tok, k int) {
	if (t.kind == tWord || t.kind == tPunct && lex.punctStarts[t.key[0]]) && lex.mayHold(t.key) {
		n := lex.table.find(t.key)
		if n >= len(lex.mays) {
			return // a lexicon being loaded
		}
		// An entry starts some class: its may is not empty.
		if m := lex.mays[n]; m != (classSet{}) {
			t.lexi = uint16(n)
			if m[0]&^lx.present[0]|m[1]&^lx.present[1]|m[2]&^lx.present[2]|m[3]&^lx.present[3] != 0 {
				lx.note(m, k) // a class new to the text: not the common case
			}
		}
		if n < len(lex.rootKid) {
			t.rkid = lex.rootKid[n] // none in a test's lexicon
		}
	}
}

// note records the classes of an entry starting at token k.
func (lx *lexer) note(classes classSet, k int) {
	for w := range classes {
		for n := classes[w] &^ lx.present[w]; n != 0; n &= n - 1 {
			lx.first[w<<6|bits.TrailingZeros64(n)] = uint8(min(k, math.MaxUint8))
		}
	}
	lx.present = lx.present.or(classes)
}

// cut is lex without the lexicon lookups: the lexicon itself is loaded
// with it.
func (lx *lexer) cut(s string) []tok {
	lx.toks = lx.cutInto(lx.toks[:0], s, nil)
	return lx.toks
}

// cutInto is cut appending to toks (see lexInto), looking each token up
// in lex, if any, as it is cut.
func (lx *lexer) cutInto(toks []tok, s string, lex *lexiconData) []tok {
	lx.keys, lx.words = strings.Builder{}, 0
	if n := len(s)/bytesPerToken + 16; cap(toks) < n {
		// One allocation for a caption, from its length: growing the
		// slice token by token costs more than the tokenising.
		toks = make([]tok, 0, n)
	}
	space, line := true, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiClass[c] == acSpace {
			space, line = true, line || c == '\n'
			i++
			continue
		}
		n := len(toks)
		if n > 0 && space {
			toks[n-1].spaceAfter = true
		}
		// The token is set field by field in place: a composite literal
		// appended costs a copy of the whole token.
		if n == cap(toks) {
			toks = append(toks, tok{})
		} else {
			toks = toks[:n+1]
		}
		t := &toks[n]
		t.start, t.lexi, t.shape, t.rkid = i, 0, shLower, 0
		t.spaceBefore, t.lineBefore, t.spaceAfter = space, line, false
		space, line = false, false
		i = lx.scan(s, t)
		if t.kind < tPunct {
			lx.words++
		} else if t.kind == tSpace {
			// White space beyond ASCII (scan): no token.
			toks = toks[:n]
			space, line = true, t.lineBefore || t.shape == shUpper
			continue
		}
		if lex != nil {
			lx.lookUp(lex, t, n)
		}
	}
	if n := len(toks); n > 0 && space {
		toks[n-1].spaceAfter = true
	}
	return toks
}

// scan reads the token starting at t.start and returns where it ends.
func (lx *lexer) scan(s string, t *tok) int {
	i := t.start
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		t.kind, t.end, t.key = tNumber, i, s[t.start:i]
		return i
	case c < utf8.RuneSelf && asciiClass[c] == acOther:
		t.kind, t.end, t.key = tPunct, i+1, s[i:i+1]
		return i + 1
	}
	if c >= utf8.RuneSelf {
		// A combining mark continues a word and never starts one.
		if r, n := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
			if unicode.IsDigit(r) {
				return lx.scanDigits(s, t)
			}
			t.kind, t.end, t.key = tPunct, i+n, s[i:i+n]
			if unicode.IsSpace(r) {
				// White space beyond ASCII, which normalize leaves in a
				// text it was not given (a lexicon entry's): cutInto
				// makes no token of it; shUpper marks a line break.
				t.kind = tSpace
				if r == '\u0085' || r == '\u2028' || r == '\u2029' {
					t.shape = shUpper
				}
			}
			return t.end
		}
	}
	return lx.scanWord(s, t)
}

// scanDigits reads a run of decimal digits written beyond ASCII (Arabic
// "٢٠٢٦", Persian "۲۰۲۶", full-width "２０２６"), with any ASCII digits among
// them: a number whose key is its ASCII digits, as every pass reads a
// number by its key.
func (lx *lexer) scanDigits(s string, t *tok) int {
	var fb [32]byte
	f := fb[:0]
	i := t.start
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		d, ok := digitValue(r)
		if !ok {
			break
		}
		f = append(f, d)
		i += n
	}
	t.kind, t.end = tNumber, i
	if lx.keys.Cap() == 0 {
		lx.keys.Grow((len(s)-t.start)/2 + 16) // as scanWord sizes it
	}
	lx.keys.Write(f)
	ks := lx.keys.String()
	t.key = ks[len(ks)-len(f):]
	return i
}

// digitValue returns the ASCII digit of a decimal digit of any script:
// Unicode encodes each script's digits as a run of ten from its zero, so
// the digit is the rune's distance from the start of its runs, modulo 10.
func digitValue(r rune) (byte, bool) {
	if r < utf8.RuneSelf {
		return byte(r), r >= '0' && r <= '9'
	}
	if !unicode.IsDigit(r) {
		return 0, false
	}
	z := r
	for r-z < 10*maxDigitRuns && unicode.IsDigit(z-1) {
		z--
	}
	return byte('0' + (r-z)%10), true
}

// maxDigitRuns bounds the walk to a script's zero: the longest stretch of
// digit runs Unicode puts side by side (the five of the mathematical
// alphanumerics, U+1D7CE-U+1D7FF).
const maxDigitRuns = 5

// scanWord reads a run of letters, noting its shape and folding its key.
func (lx *lexer) scanWord(s string, t *tok) int {
	i := t.start
	upper, lower, firstUpper := 0, 0, false
	plain := true // the text is its own key: lower-case ASCII
	ascii := true // no rune of several bytes: the key is the text lower-cased
	for i < len(s) {
		c := s[i]
		if c-'a' < 26 {
			// A run of lower-case letters, the commonest bytes of a word.
			j := i + 1
			for j < len(s) && s[j]-'a' < 26 {
				j++
			}
			lower += j - i
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			if c-'A' >= 26 {
				goto done
			}
			upper++
			firstUpper = firstUpper || i == t.start
			plain = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetterRune(r) {
			break
		}
		if r >= cjkFirst && isCJKRune(r) { // one ideograph or kana a token (cjkFirst)
			i += n * b2i(i == t.start)
			goto done
		}
		plain, ascii = false, false
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || i == t.start
		case unicode.IsLower(r):
			lower++
		}
		i += n
	}
done:
	t.kind, t.end = tWord, i
	t.shape = wordShape(upper, lower, firstUpper)
	if plain {
		t.key = s[t.start:i]
		return i
	}
	var fb [64]byte
	var f []byte
	if ascii && i-t.start <= len(fb) {
		// Capitals and lower-case ASCII letters: each byte folds alone.
		f = fb[:i-t.start]
		for k := range f {
			f[k] = s[t.start+k] | 0x20
		}
	} else {
		f = appendFolded(fb[:0], s[t.start:i])
	}
	if len(f) > i-t.start {
		t.key = string(f) // ß, Ⱦ grew the key
		return i
	}
	if lx.keys.Cap() == 0 {
		// One allocation for the text's keys, mostly: none is longer
		// than its word, and the words whose key differs (capitals,
		// accents) are seldom half the rest of a caption; a text of more
		// grows the buffer. The bytes a key points to never change as
		// keys grows.
		lx.keys.Grow((len(s)-t.start)/2 + 16)
	}
	lx.keys.Write(f)
	ks := lx.keys.String()
	t.key = ks[len(ks)-len(f):]
	return i
}

// b2i is 1 for true.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cjkFirst is the first code point isCJKRune may accept (CJK radicals):
// a rune below it costs one comparison. Chinese and Japanese write no
// spaces: scanWord makes each ideograph or kana a token (its own key), and
// lexicon entries of several characters match as phrases.
const cjkFirst = 0x2E80

// isCJKRune: Han ideographs, hiragana and katakana, the scripts written
// without spaces between words (Hangul is written with spaces).
func isCJKRune(r rune) bool {
	return r == kanaLong || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// kanaLong is katakana's long-vowel mark, a letter of kana words
// (ニューヨーク, ジュネーブ) that Unicode files under no script.
const kanaLong = '\u30fc'

func wordShape(upper, lower int, firstUpper bool) shape {
	switch {
	case upper > 0 && lower == 0:
		return shUpper
	case upper == 1 && firstUpper:
		return shTitle
	case upper > 0:
		return shMixed
	}
	return shLower
}

// isLetterRune: letters and the combining marks that follow them.
func isLetterRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// appendFolded appends w lower-cased with accents stripped: the key of a
// word.
func appendFolded(dst []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 32
			}
			dst = append(dst, byte(r))
		case r == 'ß' || r == 'ẞ':
			dst = append(dst, 's', 's')
		case unicode.Is(unicode.Mn, r):
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(unaccent(r)))
		}
	}
	return dst
}

// foldWord returns the key of a word or phrase written outside a caption
// (a lexicon entry, a phrase of a table): its tokens' keys joined by one
// space.
func foldWord(w string) string {
	var lx lexer
	toks := lx.cut(w)
	b := make([]byte, 0, len(w))
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.key...)
	}
	return string(b)
}

// ASCII byte classes of the lexer.
const (
	acOther = iota
	acSpace
	acDigit
	acUpper
	acLower
)

var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for _, c := range " \t\n\r\f\v" {
		t[c] = acSpace
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = acDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+32] = acUpper, acLower
	}
	return t
}()
