package caption

import (
	"unicode"
	"unicode/utf8"
)

// The languages of the scripts the function-word detector does not read,
// told by their letters: kana is Japanese (which also writes Han), Han
// alone Chinese, Hangul Korean, Hebrew letters Hebrew, and Arabic letters
// Persian where the letters only Persian writes (پ چ ژ گ and the Persian
// forms of kāf and yā, ک ی) outnumber the Arabic forms (ك ي), else Arabic.
// A caption is in one when its words in that script outnumber its Latin
// words (a Chinese caption with an English credit is Chinese) and are at
// least minScriptWords (Greek and Cyrillic words count with the Latin).
const minScriptWords = 3

// scriptCounts counts a caption's words by script.
type scriptCounts struct {
	latin, han, kana, hangul, hebrew, arabic, persianOnly, arabicOnly int
}

// scriptLanguage returns "zh", "ja", "ko", "he", "fa" or "ar", or "".
func scriptLanguage(s string, toks []tok) string {
	var n scriptCounts
	for k := range toks {
		if t := &toks[k]; t.isWord() {
			n.add(t.text(s))
		}
	}
	script := max(n.han+n.kana, n.hangul, n.hebrew, n.arabic)
	switch {
	case script < minScriptWords || script <= n.latin:
		return ""
	case script == n.han+n.kana && n.kana > 0:
		return "ja"
	case script == n.han+n.kana:
		return "zh"
	case script == n.hangul:
		return "ko"
	case script == n.hebrew:
		return "he"
	case n.persianOnly > n.arabicOnly:
		return "fa"
	}
	return "ar"
}

// add counts word w by the script of its first letter, and the Arabic
// letters that tell Persian from Arabic.
func (n *scriptCounts) add(w string) {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case r < scriptRuneFirst:
		n.latin++ // Latin, and Greek and Cyrillic, which the detector reads
	case unicode.Is(unicode.Han, r):
		n.han++
	case unicode.In(r, unicode.Hiragana, unicode.Katakana):
		n.kana++
	case unicode.Is(unicode.Hangul, r):
		n.hangul++
	case unicode.Is(unicode.Hebrew, r):
		n.hebrew++
	case unicode.Is(unicode.Arabic, r):
		n.arabic++
		for _, c := range w {
			switch c {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				n.persianOnly++
			case 'ك', 'ي':
				n.arabicOnly++
			}
		}
	}
}
