package caption

import (
	"strings"
	"unicode/utf8"
)

// Headings of the Korean agencies without a reporter's byline: Yonhap's
// "(서울=연합뉴스) 5일 …" and Newsis' "[서울=뉴시스] …" open a caption with
// the filing city and the agency; for a partner's or a source's picture
// the city's place holds the partner ("(AFP=연합뉴스)", "(평양
// 조선중앙통신=연합뉴스)", Newsis "[서울=AP/뉴시스]"), whose picture it is
// (the agency is the partner, the Korean agency distributes it). The
// credit is the bracket; the text follows it.

// maxHeadingWords bounds the words of a heading bracket.
const maxHeadingWords = 6

// headingCredit reads such a heading at the caption's start: a bracket
// holding "=" whose right part is an agency.
func (p *parser) headingCredit() (creditCand, bool) {
	toks, s := p.toks, p.s
	if len(toks) < 4 || !(toks[0].isMark('(') || toks[0].isMark('[')) {
		return creditCand{}, false
	}
	eq := -1
	for k := 1; k < len(toks) && k <= maxHeadingWords+2; k++ {
		switch {
		case toks[k].isMark('='):
			eq = k
		case toks[k].isMark(')') || toks[k].isMark(']'):
			if eq < 2 || eq+1 >= k {
				return creditCand{}, false
			}
			right := s[toks[eq+1].start:toks[k-1].end]
			if lookupAgency(right) == nil && lookupAgency(right[strings.LastIndexByte(right, '/')+1:]) == nil {
				return creditCand{}, false
			}
			end, head := headingPool(toks, k)
			c := creditCand{text: s[toks[0].start:end], sp: span{toks[0].start, end}, prio: 2}
			c.headEnd = head
			return c, true
		}
	}
	return creditCand{}, false
}

// headingPool: where a heading credit closing at toks[k] ends, and where
// its text starts. The Korean press pool signs where a byline stands,
// "(서울=연합뉴스) 사진공동취재단 = …" (lexicon credit_pool): the pool word
// belongs to the credit, and the text follows its "=".
func headingPool(toks []tok, k int) (end, head int) {
	if k+2 < len(toks) && toks[k+2].isMark('=') && poolWords[toks[k+1].key] {
		return toks[k+1].end, toks[k+2].end
	}
	return toks[k].end, toks[k].end
}

// headingParts reads a heading credit as analyzeCredit is given it,
// "(서울=연합뉴스)": the agency is the partner before "=" (its last word:
// "평양 조선중앙통신") or the first of "AP/뉴시스" after it, else the one
// after it.
func headingParts(credit string) (creditParts, bool) {
	if credit == "" || credit[0] != '(' && credit[0] != '[' {
		return creditParts{}, false
	}
	if i := strings.IndexAny(credit, ")]"); i > 0 && poolWords[strings.TrimSpace(credit[i+1:])] {
		credit = credit[:i+1] // a pool word after the bracket names nobody
	}
	left, right, ok := strings.Cut(strings.Trim(credit, "()[] "), "=")
	if !ok || left == "" || right == "" {
		return creditParts{}, false
	}
	first, _, _ := strings.Cut(right, "/")
	for _, w := range []string{left[strings.LastIndexByte(left, ' ')+1:], first, right[strings.LastIndexByte(right, '/')+1:]} {
		if a := lookupAgency(w); a != nil {
			return creditParts{agency: a.Name, match: matchKind(w, a)}, true
		}
	}
	return creditParts{}, false
}

// vantageWords are what follows the agency's name in the closing bracket of
// an aerial picture (lexicon credit_vantage: "（共同通信社ヘリから）"),
// longest first.
var vantageWords = lazyAffixes("credit_vantage")

// vantageCredit reads the agency of a closing "(<agency><vantage>)" (the
// full-width brackets of Japanese captions are read as ASCII ones).
func (p *parser) vantageCredit() (creditCand, bool) {
	open, end, ok := p.closingGroup()
	if !ok || p.s[end] != ')' {
		return creditCand{}, false
	}
	inner := p.s[open+1 : end]
	for _, v := range vantageWords() {
		if name, ok := strings.CutSuffix(inner, v); ok && lookupAgency(name) != nil {
			return creditCand{text: name, sp: span{open + 1, open + 1 + len(name)}, prio: 2, bracketed: true}, true
		}
	}
	return creditCand{}, false
}

// closingGroup returns the bracket group (findCredit's bracketGroups) that
// closes the caption, but for white space and a full stop after it.
func (p *parser) closingGroup() (open, end int, ok bool) {
	end = len(strings.TrimRight(p.s, " .\n")) - 1
	if end < 0 || p.s[end] != ')' && p.s[end] != ']' {
		return 0, 0, false
	}
	for k := len(p.groups) - 1; k >= 0 && p.groups[k].close >= end; k-- {
		if p.groups[k].close == end {
			return p.groups[k].open, end, true
		}
	}
	return 0, 0, false
}

// tailBracketCredit reads a closing bracket that is a credit of these
// agencies' shapes: a partner's picture distributed by a national agency,
// "(AP=共同)" (Kyodo, as Jiji's "【AFP＝時事】"), "[AP=뉴시스]" (headingParts),
// or an agency with its archive word, "[연합뉴스 자료사진]" (lexicon
// file_photo), whose credit is the agency.
func (p *parser) tailBracketCredit() (creditCand, bool) {
	open, end, ok := p.closingGroup()
	if !ok {
		return creditCand{}, false
	}
	bracket := p.s[open : end+1]
	if _, ok := headingParts(bracket); ok {
		return creditCand{text: bracket, sp: span{open, end + 1}, prio: 2, bracketed: true}, true
	}
	inner := strings.TrimSpace(bracket[1 : len(bracket)-1])
	if r, _ := utf8.DecodeRuneInString(inner); r < scriptRuneFirst {
		return creditCand{}, false
	}
	for _, w := range scriptArchiveWords() {
		if name, ok := strings.CutSuffix(inner, w); ok && lookupAgency(strings.TrimSpace(name)) != nil {
			// "(أ ف ب - صورة أرشيفية)": the dash or slash before the
			// archive word is not the agency's.
			name = strings.TrimRight(strings.TrimSpace(name), " -–/،,")
			return creditCand{text: name, sp: span{open + 1, open + 1 + len(name)}, prio: 2, bracketed: true, file: true}, true
		}
	}
	if poolWords[inner] && bracket[1:len(bracket)-1] == inner {
		// The Japanese press pool, "（代表撮影）" (lexicon ja/credit_pool).
		return creditCand{text: inner, sp: span{open + 1, end}, prio: 2, bracketed: true}, true
	}
	return creditCand{}, false
}

// scriptArchiveWords are the file-photo markers an agency's name may come with
// in a bracket, longest first.
var scriptArchiveWords = lazyAffixes("file_photo")
