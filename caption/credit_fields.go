package caption

// The credit pass reads the caption's tokens (lex.go) grouped into fields:
// the tokens that touch each other, with no white space between them, as
// a reader sees one word of a credit line ("U.S.", "(END)", "al-Sadr",
// "Name/Agency" cut at its slash). A field is a range of token indexes
// [a, b); the grouping joins tokens, it does not cut the text again.

// fieldAt returns the field that starts at byte i, cut at byte end: the
// tokens from the one starting at i up to white space; a ≥ b when no token
// starts at i.
func (p *parser) fieldAt(i, end int) (a, b int) {
	toks := p.toks
	a = tokIndex(toks, i)
	if a == len(toks) || toks[a].start != i || i >= end {
		return a, a
	}
	b = a + 1
	for b < len(toks) && !toks[b].spaceBefore && toks[b].start < end {
		b++
	}
	return a, b
}

// fieldEnd is the byte where the field [a, b) ends, cut at byte end.
func (p *parser) fieldEnd(b, end int) int {
	return min(p.toks[b-1].end, end)
}

// fieldText returns the text of the field [a, b) cut at byte end.
func (p *parser) fieldText(a, b, end int) string {
	if a >= b {
		return ""
	}
	return p.s[p.toks[a].start:p.fieldEnd(b, end)]
}

// isNameStop reports a token that ends a name read backwards in a credit
// chain: a slash, a bracket, a comma or a double quote.
func (t *tok) isNameStop() bool {
	if t.kind != tPunct || len(t.key) != 1 {
		return false
	}
	switch t.key[0] {
	case '/', '(', '[', ',', ')', ']', '"':
		return true
	}
	return false
}

// lastField returns the tokens of the name that ends at byte end: those
// that touch each other back to white space or a name stop ("Jane Roe/",
// "(U.S."), as token indexes [a, b), and its text. The text is empty when
// white space or a stop comes right before end.
func (p *parser) lastField(end int) (a, b int, text string) {
	toks := p.toks
	b = tokIndex(toks, end)
	if b == 0 || toks[b-1].end < end {
		return b, b, "" // white space before end
	}
	a = b
	for a > 0 && !toks[a-1].isNameStop() {
		a--
		if toks[a].spaceBefore {
			break
		}
	}
	if a == b {
		return a, b, ""
	}
	return a, b, p.s[toks[a].start:end]
}

// trimMarks narrows the field [a, b) past the brackets, colons and commas
// at either end ("(END)", "TPX:").
func (p *parser) trimMarks(a, b int) (int, int) {
	isTrim := func(t tok) bool { return t.isMark('(') || t.isMark(')') || t.isMark(':') || t.isMark(',') }
	for a < b && isTrim(p.toks[a]) {
		a++
	}
	for b > a && isTrim(p.toks[b-1]) {
		b--
	}
	return a, b
}

// oneOf reports a field of one token in lexicon class c.
func (p *parser) oneOf(a, b int, c class) bool {
	return b == a+1 && p.toks[a].has(c)
}

// trailerField: a trailer word written with a capital ("TPX",
// "ATTENTION", "Purchase"), brackets aside ("(END)").
func (p *parser) trailerField(a, b int) bool {
	a, b = p.trimMarks(a, b)
	return b == a+1 && !isLowerWord(p.toks[a].text(p.s)) && p.toks[a].has(clsTrailer)
}

// chainField: a lower-case word of a credit chain, or its punctuation.
func (p *parser) chainField(a, b int) bool {
	return b == a+1 && !isUpperByte(p.s[p.toks[a].start]) && p.toks[a].has(clsChain)
}
