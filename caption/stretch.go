package caption

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// The credit code reads a credit's words off the lexer's tokens (lex.go)
// rather than cutting the text at white space again. A stretch is a piece
// of a lexed text with the tokens that lie on it: a span of the caption
// (the parser's tokens), or a credit-field value lexed once. Its fields
// are what a reader sees as the words of a credit line: the tokens that
// touch each other, with no white space between them ("U.S.",
// "REUTERS/Jane", "(END)"), the same words strings.Fields cuts.

// lexedText is a text and its tokens: a caption the parser holds, a
// credit-field value.
type lexedText struct {
	s    string // the text the tokens' offsets point into
	toks []tok  // s cut by the lexer, once
}

// stretch is t.s[a:b]; a field of it is cut at a and b when a token runs
// over them. Cutting a stretch costs nothing: the tokens over it are found
// when its fields are read.
type stretch struct {
	t    *lexedText
	a, b int
}

// text returns the stretch as written.
func (st stretch) text() string {
	if st.t == nil {
		return ""
	}
	return st.t.s[st.a:st.b]
}

// start and end return where st starts and ends in its text.
func (st stretch) start() int { return st.a }
func (st stretch) end() int   { return st.b }

// cut returns st.text()[i:j].
func (st stretch) cut(i, j int) stretch { return st.sub(st.start()+i, st.start()+j) }

// prefix returns the first n bytes of st.
func (st stretch) prefix(n int) stretch { return st.cut(0, n) }

// through returns the stretch from the start of st to the end of o.
func (st stretch) through(o stretch) stretch { return st.sub(st.start(), o.end()) }

// lexed returns the whole of s, cut by the lexer: for a text no lexed text
// holds (a value the credit code rewrote).
func lexed(s string) stretch {
	var lx lexer
	return (&lexedText{s: s, toks: lx.lex(s)}).whole()
}

// noText is the empty stretch of no text.
var noText = (&lexedText{}).whole()

// whole returns the whole of t.
func (t *lexedText) whole() stretch { return stretch{t: t, b: len(t.s)} }

// sub returns st.t.s[a:b], a stretch within st.
func (st stretch) sub(a, b int) stretch {
	return stretch{t: st.t, a: a, b: max(a, b)}
}

// suffix returns the last n bytes of st.
func (st stretch) suffix(n int) stretch { return st.sub(st.end()-n, st.end()) }

// within returns the stretch of t, a piece of st's text (what a trim of it
// left); t lexed on its own when st's text does not hold it.
func (st stretch) within(t string) stretch {
	if i := strings.Index(st.text(), t); i >= 0 {
		return st.cut(i, i+len(t))
	}
	return lexed(t)
}

// firstTok returns the index of the first token that ends after st.a.
func (st stretch) firstTok() int {
	lo, hi := 0, len(st.t.toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); st.t.toks[m].end <= st.start() {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// fields yields the fields of st in order, each a stretch: runs of
// tokens touching each other. The lexer skips white space, the runes
// beyond ASCII included; a stretch cut inside such a rune holds bytes of
// it that no token covers and that are no white space to strings.Fields
// (orphans, at its ends only): they belong to the field they touch.
func (st stretch) fields() iter.Seq[stretch] {
	return func(yield func(stretch) bool) {
		a, b := st.start(), st.end()
		if a >= b {
			return
		}
		toks := st.t.toks
		i := st.firstTok()
		fa, fb := a, st.headOrphans(i)
		for ; i < len(toks) && toks[i].start < b; i++ {
			ta, tb := max(toks[i].start, a), min(toks[i].end, b)
			if ta != fb {
				if fb > fa && !yield(st.sub(fa, fb)) {
					return
				}
				fa = ta
			}
			fb = tb
		}
		if ta := st.tailOrphans(fb); ta < b {
			if ta != fb {
				if fb > fa && !yield(st.sub(fa, fb)) {
					return
				}
				fa = ta
			}
			fb = b
		}
		if fb > fa {
			yield(st.sub(fa, fb))
		}
	}
}

// headOrphans returns where the bytes of a rune cut at st's start end,
// when no token covers them (white space cut): st's start otherwise. i
// is the first token that ends after the start.
func (st stretch) headOrphans(i int) int {
	a, b, s := st.start(), st.end(), st.t.s
	if i < len(st.t.toks) {
		b = min(b, st.t.toks[i].start)
	}
	for a < b && !utf8.RuneStart(s[a]) {
		a++
	}
	return a
}

// tailOrphans returns where the bytes of a rune cut at st's end start,
// when no token covers them and they lie after byte from: st's end
// otherwise.
func (st stretch) tailOrphans(from int) int {
	b, s := st.end(), st.t.s
	q := b
	for q > from && b-q < utf8.UTFMax && !utf8.RuneStart(s[q-1]) {
		q--
	}
	if q-1 >= from && utf8.RuneStart(s[q-1]) && !utf8.FullRuneInString(s[q-1:b]) {
		return q - 1
	}
	return b
}

// lastFields returns the last n fields of st (at most maxLastFields)
// joined by one space: the text itself when one space stands between
// them.
func (st stretch) lastFields(n int) string {
	var ring [maxLastFields]stretch
	n = min(n, maxLastFields)
	k := 0
	for f := range st.fields() {
		ring[k%maxLastFields] = f
		k++
	}
	n = min(n, k)
	if n == 0 {
		return ""
	}
	last := make([]stretch, 0, maxLastFields)
	for i := k - n; i < k; i++ {
		last = append(last, ring[i%maxLastFields])
	}
	return joined(last)
}

// joined returns the fields fs, in order in one text, joined by one space
// (strings.Join of their texts): the text itself when one space stands
// between them.
func joined(fs []stretch) string {
	if len(fs) == 0 {
		return ""
	}
	s := fs[0].t.s
	spaced := true
	for i := 1; i < len(fs); i++ {
		spaced = spaced && fs[i].a == fs[i-1].b+1 && s[fs[i-1].b] == ' '
	}
	if spaced {
		return s[fs[0].a:fs[len(fs)-1].b]
	}
	words := make([]string, len(fs))
	for i, f := range fs {
		words[i] = f.text()
	}
	return strings.Join(words, " ")
}

// fieldList returns the fields of st.
func (st stretch) fieldList() []stretch {
	var out []stretch
	for f := range st.fields() {
		out = append(out, f)
	}
	return out
}

// maxLastFields bounds the fields lastFields returns.
const maxLastFields = 8

// stretchOf returns p.s[a:b] with the caption's tokens.
func (p *parser) stretchOf(a, b int) stretch { return stretch{t: &p.parseText.lexedText}.sub(a, b) }

// stretchFor returns the stretch of t, a credit read over span sp of the
// caption: the caption's tokens when t is the caption's text there (or
// elsewhere), else t lexed on its own (a label kept before it, a demanded
// credit the restriction scanner rewrote).
func (p *parser) stretchFor(t string, sp span) stretch {
	if 0 <= sp.start && sp.start <= sp.end && sp.end <= len(p.s) {
		if a := sp.end - len(t); a >= sp.start && p.s[a:sp.end] == t {
			// The span, or its end after a label the span starts with.
			return p.stretchOf(a, sp.end)
		}
	}
	return p.parseText.whole().within(t)
}

// marks yields the pieces of st between the marks of seps (one-byte
// punctuation tokens), empty ones too: strings.Split at each mark.
func (st stretch) marks(seps string) iter.Seq[stretch] {
	return func(yield func(stretch) bool) {
		from, b := st.start(), st.end()
		for i := st.firstTok(); from < b && i < len(st.t.toks) && st.t.toks[i].start < b; i++ {
			t := &st.t.toks[i]
			if t.kind != tPunct || len(t.key) != 1 || strings.IndexByte(seps, t.key[0]) < 0 || t.start < st.start() || t.end > b {
				continue
			}
			if !yield(st.sub(from, t.start)) {
				return
			}
			from = t.end
		}
		yield(st.sub(from, b))
	}
}
