package caption

import (
	"strings"
	"time"
)

// A credit field (IPTC Credit, Source, By-line, Copyright Notice) holds
// more than the credit as often as a caption does: Reuters' Copyright
// Notice "Copyright 2026 Thomson Reuters. Click For Restrictions - <link>",
// AP's "… All rights reserved. This material may not be published …",
// Shutterstock's "… No use without permission.", a restriction or a
// desk's block after the name ("EPA/NAME EDITORIAL USE ONLY",
// "Name/dpa +++ dpa-Bildfunk +++"), a picture id ("Name/Shutterstock
// (12345678a)"). The field is cut where a caption's credit would be.

// creditFieldEnd returns the credit a field's value opens: up to a full
// stop ending a sentence, a restriction phrase, a trailer or a block mark
// (the caption's creditEnd), stepping over brackets that are part of the
// credit ("Name (AFP)", "(AP Photo/Name, File)") but not a closing picture
// id; "" when what is left is a sentence and names no agency ("This
// content is subject to copyright.").
func creditFieldEnd(s string) stretch {
	if t := strings.TrimSpace(s); isWordOf(t, clsCreditLabel) || isWordOf(t, clsBylineLabel) || isWordOf(t, clsFieldName) {
		// A template's field left unfilled: "Credit", "Byline", "Source".
		return noText
	}
	var p parser
	p.init(s, Options{})
	s = p.s
	p.restrictions = scannerFor(s, p.words, time.Time{}, convention{})
	_, p.restrictionSpans = p.restrictions.scan()
	end := p.metadataCreditEnd()
	c := p.trimCredit(0, end)
	st := p.stretchFor(c.text, c.sp)
	if sentenceLike(st) && !caselessCredit(c.text) {
		return noText
	}
	return st
}

// metadataCreditEnd is where the credit ends in the field p reads: the caption's
// creditEnd, stepping over a bracket never closed and a bracketed group
// that is no picture id.
func (p *parser) metadataCreditEnd() int {
	s, from := p.s, 0
	for n := 0; n < maxFieldGroups; n++ {
		end := p.creditEnd(from, -1)
		if end >= len(s) || s[end] != '(' && s[end] != '[' {
			return end
		}
		k := strings.IndexByte(s[end:], closer[s[end]])
		switch {
		case k < 0:
			from = end + 1
		case isReference(s[end+1 : end+k]):
			return end
		default:
			from = end + k + 1
		}
	}
	return len(s)
}

// clsFieldName: the names of the metadata fields themselves, which a
// template leaves in a field it never fills ("Source", "Byline").
var clsFieldName = lexClass("field_name")

// maxFieldGroups bounds the bracketed groups a field's credit steps over.
const maxFieldGroups = 4

// isReference: the text of a bracketed picture id ("12345678a",
// "RC2A4B6C8D0E").
func isReference(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.IndexByte(t, ' ') < 0 && (t[0] >= '0' && t[0] <= '9' || pictureCode(t))
}

// sentenceLike: more than two lower-case words that no credit chain
// holds, and no part the registry knows: a notice, not a name.
func sentenceLike(st stretch) bool {
	lower := 0
	for f := range st.fields() {
		if w := f.text(); isLowerWord(w) && !isChainWord(w) {
			lower++
		}
	}
	return lower > 2 && !knownPart(st)
}
