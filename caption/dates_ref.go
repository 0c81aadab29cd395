package caption

// Dates of the story, not of the picture: a caption's background, a
// quotation or a reference to an earlier event may name a full date before
// the picture's own ("in office since March 2022, speaks in Velmora, March
// 5, 2026"). Such a date is the capture date only when the caption names
// no other.

// clsDateRef holds the words before a date that make it the story's
// (lexicon/<lang>/date_reference.txt): "since" (seit, depuis, desde), and
// the article of a date written as an adjective ("the February 24, 2022
// invasion").
var clsDateRef = lexClass("date_reference")

// storyDate reports a date that a quotation holds ("a banner reading
// "Remember May 9, 1945""), that states since when something lasts, or
// that is written as an adjective before a noun.
func (p *parser) storyDate(d *dateMention) bool {
	if quoted(p.s, d.start) {
		return true
	}
	i := tokIndex(p.toks, d.start)
	for j := max(0, i-3); j < i; j++ {
		end, sn, ok := matchAt(p.toks, j, clsDateRef)
		if !ok || end != i {
			continue
		}
		switch sn.val {
		case "since":
			return true
		case "attributive":
			return p.nounAfter(d.end)
		}
	}
	return false
}

// nounAfter reports a word in lower case right after byte end (after a
// comma, AP's "the Jan. 6, 2021, attack") that no function word, date
// role or file-photo word is: the noun a date written as an adjective
// qualifies ("invasion", "tsunami"), not "in Velmora" or "file photo".
func (p *parser) nounAfter(end int) bool {
	k := tokIndex(p.toks, end)
	if k < len(p.toks) && p.toks[k].isMark(',') {
		k++
	}
	if k >= len(p.toks) {
		return false
	}
	t := &p.toks[k]
	return t.isWord() && t.shape == shLower && !t.has(clsStop) && !t.mayStart(clsFilePhoto) && !t.mayStart(clsDateRole)
}
