package caption

import (
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// Japanese papers close a caption with the photographer's name and the
// label after it, the name set off by "、" or "＝": Mainichi's
// "＝東京都内で2026年3月5日、山田太郎撮影", Asahi's "…、山田花子撮影",
// Yomiuri's "（5日、京都市で）＝鈴木一郎撮影". The label (lexicon
// credit_closing: 撮影) must end the caption, and the name be two to
// maxScriptName kanji or katakana: kana particles and digits before the
// label are prose ("大阪で5日撮影", "5日撮影・山田花子"). The credit is the
// name, as the label-first shape "撮影・山田花子" gives it.

var clsCreditClosing = lexClass("credit_closing")

// closingNameCredit reads such a credit.
func (p *parser) closingNameCredit() (creditCand, bool) {
	if !p.holds(clsCreditClosing) {
		return creditCand{}, false
	}
	toks := p.toks
	n := len(toks)
	for n > 0 && toks[n-1].isPunct() && !toks[n-1].isMark('=') && toks[n-1].key != "、" && toks[n-1].key != "＝" {
		n-- // a full stop after the label
	}
	i := n - 1
	for ; i > 0 && n-i <= maxClosingLabel; i-- {
		if end, _, ok := matchAt(toks, i, clsCreditClosing); ok && end == n {
			break
		}
	}
	if i <= 0 || n-i > maxClosingLabel {
		return creditCand{}, false
	}
	k := i
	for k > 0 && i-k < maxScriptName && nameCharTok(toks[k-1]) {
		k--
	}
	if i-k < 2 || k == 0 || !(toks[k-1].key == "、" || toks[k-1].key == "＝" || toks[k-1].isMark('=')) {
		return creditCand{}, false
	}
	sp := span{toks[k].start, toks[i-1].end}
	return creditCand{text: p.s[sp.start:sp.end], sp: sp, prio: 2}, true
}

// maxClosingLabel bounds the tokens of a closing label (one per kanji).
const maxClosingLabel = 4

// nameCharTok: a token of one kanji or katakana letter, as Japanese names
// are written (hiragana in a caption's last words are particles).
func nameCharTok(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.key)
	return isCJKTok(t) && !unicode.Is(unicode.Hiragana, r) && !t.spaceBefore
}

// CNA's photographers write the city they file from between their name
// and the label: "中央社記者林小宇東京攝", "中央社記者李大同台中攝". A name
// of four characters or more that ends with a city the gazetteer knows,
// two characters of name at least left before it, is the name without
// the city.

// withoutFilingCity returns name without the city that closes it.
func withoutFilingCity(name string) string {
	n := utf8.RuneCountInString(name)
	if n < 4 {
		return name
	}
	cut := 0
	for i := range name {
		if cut++; cut > 2 && isCJKString(name[i:]) {
			if _, ok := geo.LookupCity(name[i:]); ok {
				return name[:i]
			}
		}
	}
	return name
}

// isCJKString: s is Han or kana only.
func isCJKString(s string) bool {
	for _, r := range s {
		if !isCJKRune(r) {
			return false
		}
	}
	return s != ""
}

// Japanese papers close a caption with the agency whose picture it is,
// after "＝": "…を視察する首相＝ロイター", "…の様子＝AP"; Kyodo's own
// pictures close so too after its dateline, "…＝5日、東京都内＝共同". The
// credit is the agency, where the registry knows it.

// maxEqualsTail bounds the tokens of the agency after the last "＝".
const maxEqualsTail = 6

// equalsTailCredit reads such a credit.
func (p *parser) equalsTailCredit() (creditCand, bool) {
	toks := p.toks
	n := len(toks)
	for n > 0 && toks[n-1].isPunct() && !toks[n-1].isMark('=') {
		n-- // a full stop after the agency
	}
	for k := n - 1; k > 0 && n-k <= maxEqualsTail; k-- {
		if !toks[k].isMark('=') && toks[k].key != "＝" {
			continue
		}
		if k+1 >= n || !isCJKTok(toks[k-1]) || lookupAgency(p.s[toks[k+1].start:toks[n-1].end]) == nil {
			return creditCand{}, false
		}
		sp := span{toks[k+1].start, toks[n-1].end}
		return creditCand{text: p.s[sp.start:sp.end], sp: sp, prio: 2}, true
	}
	return creditCand{}, false
}
