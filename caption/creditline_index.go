package caption

import (
	"strings"
	"unicode/utf8"
)

// labelsByFirst lists creditLabels, in their order, by the ASCII byte a
// text must start with to begin with the label, case folded as
// strings.EqualFold folds ("P" and "p" for "photo:"; also "k" for a label
// written with the Kelvin sign): stripLabels, run on every credit, then
// compares a text with the few labels it may start with.
var labelsByFirst = func() (m [utf8.RuneSelf][]creditLabel) {
	for _, lab := range creditLabels {
		r, _ := utf8.DecodeRuneInString(lab.word)
		for b := range utf8.RuneSelf {
			if lab.word == "" || strings.EqualFold(string(rune(b)), string(r)) {
				m[b] = append(m[b], lab)
			}
		}
	}
	return m
}()

// labelsFor returns the labels, in creditLabels order, that t may start
// with: all of them when t starts with a byte outside ASCII.
func labelsFor(t string) []creditLabel {
	if t == "" || t[0] >= utf8.RuneSelf {
		return creditLabels
	}
	return labelsByFirst[t[0]]
}
