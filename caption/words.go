package caption

// wordSeq is the words and numbers of a caption's tokens, read by their
// position among the words: the restriction and date passes look at the
// next and the previous word across the punctuation between them (read
// as the bytes between the two). It indexes the lexer's tokens rather
// than copying them: an index is 4 bytes, a token 40.
type wordSeq struct {
	toks []tok   // every token of the text
	idx  []int32 // the index in toks of each word or number, in order
}

// wordSeqOf indexes the words and numbers of toks.
func wordSeqOf(toks []tok) wordSeq {
	n := 0
	for i := range toks {
		if !toks[i].isPunct() {
			n++
		}
	}
	return wordSeq{toks: toks, idx: appendWordIndex(make([]int32, 0, n), toks)}
}

// appendWordIndex appends the index of each word and number of toks to
// dst.
func appendWordIndex(dst []int32, toks []tok) []int32 {
	for i := range toks {
		if !toks[i].isPunct() {
			dst = append(dst, int32(i))
		}
	}
	return dst
}

// len returns the number of words.
func (w wordSeq) len() int { return len(w.idx) }

// at returns word i.
func (w wordSeq) at(i int) *tok { return &w.toks[w.idx[i]] }

// slice returns words a..b-1.
func (w wordSeq) slice(a, b int) wordSeq { return wordSeq{toks: w.toks, idx: w.idx[a:b]} }
