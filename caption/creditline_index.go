package caption

import (
	"strings"
	"unicode"
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

// labelsByRune lists creditLabels, in their order, by the folded first
// rune (foldRune) of a label that starts outside ASCII ("©", "Фото:",
// "Źródło:"): a text starting outside ASCII is compared with those only,
// not with every label of every language.
var labelsByRune = func() map[rune][]creditLabel {
	m := map[rune][]creditLabel{}
	for _, lab := range creditLabels {
		if r, _ := utf8.DecodeRuneInString(lab.word); r >= utf8.RuneSelf {
			m[foldRune(r)] = append(m[foldRune(r)], lab)
		}
	}
	return m
}()

// foldRune is the smallest rune of r's case-folding orbit, as
// strings.EqualFold folds: "Ф" and "ф" give one rune.
func foldRune(r rune) rune {
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
}

// labelsFor returns the labels, in creditLabels order, that t may start
// with.
func labelsFor(t string) []creditLabel {
	if t == "" {
		return creditLabels
	}
	if t[0] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(t)
		return labelsByRune[foldRune(r)]
	}
	return labelsByFirst[t[0]]
}
