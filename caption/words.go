package caption

// wordSeq is the words and numbers of a caption's tokens, read by their
// position among the words: the restriction and date passes look at the
// next and the previous word across the punctuation between them (read
// as the bytes between the two). It points into the lexer's tokens
// rather than copying them: a pointer is 8 bytes, a token 40, and reading
// a word through it costs no more than reading a copy.
type wordSeq struct {
	toks []*tok // each word or number of the text, in order
}

// wordSeqOf gathers the words and numbers of toks.
func wordSeqOf(toks []tok) wordSeq {
	n := 0
	for i := range toks {
		if !toks[i].isPunct() {
			n++
		}
	}
	return wordSeq{toks: appendWordRefs(make([]*tok, 0, n), toks)}
}

// appendWordRefs appends a pointer to each word and number of toks to
// dst.
func appendWordRefs(dst []*tok, toks []tok) []*tok {
	for i := range toks {
		if !toks[i].isPunct() {
			dst = append(dst, &toks[i])
		}
	}
	return dst
}

// len returns the number of words.
func (w wordSeq) len() int { return len(w.toks) }

// at returns word i.
func (w wordSeq) at(i int) *tok { return w.toks[i] }

// slice returns words a..b-1.
func (w wordSeq) slice(a, b int) wordSeq { return wordSeq{toks: w.toks[a:b]} }
