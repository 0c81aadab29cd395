package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Credits whose label follows the name, the convention of the Chinese and
// Korean agencies: Xinhua's "新华社记者 王小明 摄" (photographed by Xinhua
// reporter …) and "新华社发（王小明 摄）", CNA's "中央社記者李大同攝",
// Yonhap's "(서울=연합뉴스) 김철수 기자 = …" and Newsis' "[서울=뉴시스] 김철수
// 기자 = …". The label (lexicon class credit_after) ends the credit; before
// the name stand a staff word (credit_reporter: 记者), the agency, or a
// bracket holding "city=agency". The credit is kept as written, and its
// agency matched as written (新华社, 연합뉴스: a registry alias). It is the
// one reader of these credits, for Parse and ParseCredit alike.
var (
	clsCreditAfter    = lexClass("credit_after")
	clsCreditReporter = lexClass("credit_reporter")
)

// maxScriptName bounds the characters of one name before a label: Chinese
// names are two to four characters, Korean ones two to four syllables
// written as one word; a longer run is prose.
const maxScriptName = 6

// scriptCredits finds the credits that end with a credit_after label.
func (p *parser) scriptCredits(consider func(creditCand)) {
	p.eachScriptCredit(func(c creditCand, _ creditParts) { consider(c) })
	if c, ok := p.headingCredit(); ok { // credit_script2.go
		consider(c)
	}
	if c, ok := p.vantageCredit(); ok {
		consider(c)
	}
	if c, ok := p.tailBracketCredit(); ok {
		consider(c)
	}
	if c, ok := p.closingNameCredit(); ok { // credit_script3.go
		consider(c)
	}
	if c, ok := p.equalsTailCredit(); ok {
		consider(c)
	}
}

// eachScriptCredit yields each credit ending with a credit_after label,
// with its agency and names.
func (p *parser) eachScriptCredit(yield func(creditCand, creditParts)) {
	if !p.holds(clsCreditAfter) {
		return
	}
	toks := p.toks
	for i := p.firstOf(clsCreditAfter); i < len(toks); i++ {
		end, _, ok := matchAt(toks, i, clsCreditAfter)
		if !ok || i == 0 || !wordEnds(toks, i, end) {
			continue
		}
		if c, cp, ok := p.scriptCreditAt(i, end); ok {
			yield(c, cp)
		}
	}
}

// wordEnds: the label at toks[i:end] is a word of its own, white space or
// punctuation after it ("摄）", "기자 ="), not the start of a longer word.
func wordEnds(toks []tok, i, end int) bool {
	return (end == len(toks) || toks[end].isPunct() || toks[end].spaceBefore) && (toks[i].spaceBefore || isCJKTok(toks[i-1]))
}

// isCJKTok: a token of one Han ideograph or kana.
func isCJKTok(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.key)
	return r >= cjkFirst && isCJKRune(r)
}

// scriptCreditAt reads the credit whose label is toks[i:end].
func (p *parser) scriptCreditAt(i, end int) (creditCand, creditParts, bool) {
	toks, s := p.toks, p.s
	k := i - 1
	for k >= 0 && (!toks[k].isPunct() || toks[k].key == "、") && !(k < i-1 && toks[k+1].lineBefore) {
		k--
	}
	// toks[k+1:i] is the run of words before the label: staff word,
	// agency, name.
	if k+1 >= i {
		return creditCand{}, creditParts{}, false
	}
	start := toks[k+1].start
	cp, ok := scriptCreditParts(s[start:toks[i].start])
	if !ok {
		return creditCand{}, cp, false
	}
	if k >= 0 && cp.agency == "" {
		// The agency before the run: a bracket "(서울=연합뉴스)" or
		// "新华社发（".
		if a, w, from := p.agencyBefore(k); a != nil {
			cp.agency, cp.match, start = a.Name, matchKind(w, a), from
		}
	}
	stop := toks[end-1].end
	if end < len(toks) && (toks[end].isMark(')') || toks[end].key == "）") && k >= 0 && toks[k].start >= start {
		stop = toks[end].end // the bracket opened inside the credit closes it
	}
	c := creditCand{text: s[start:stop], sp: span{start, stop}, prio: 2}
	if strings.TrimSpace(s[:start]) == "" && end < len(toks) && toks[end].isMark('=') {
		c.headEnd = toks[end].end // Yonhap's heading: the text follows the "="
	}
	return c, cp, true
}

// agencyBefore reads an agency just before toks[k]: k closes a bracket
// whose last "="-part is an agency, or k opens one after an agency's name.
// It returns the agency, its name as written and where its stretch starts.
func (p *parser) agencyBefore(k int) (*Agency, string, int) {
	toks, s := p.toks, p.s
	switch t := toks[k]; {
	case t.isMark(')') || t.isMark(']') || t.key == "）":
		j := k - 1
		for j >= 0 && !toks[j].isMark('=') && !toks[j].isMark('(') && !toks[j].isMark('[') && toks[j].key != "（" {
			j--
		}
		if j < 0 || j+1 >= k {
			return nil, "", 0
		}
		w := s[toks[j+1].start:toks[k-1].end]
		if a := lookupAgency(w); a != nil {
			for j >= 0 && !toks[j].isMark('(') && !toks[j].isMark('[') && toks[j].key != "（" {
				j--
			}
			return a, w, toks[max(j, 0)].start
		}
	case t.isMark('(') || t.key == "（":
		j := k - 1
		for j >= 0 && toks[j].isWord() && k-j <= maxScriptName {
			w := s[toks[j].start:toks[k-1].end]
			if a := lookupAgency(w); a != nil {
				return a, w, toks[j].start
			}
			j--
		}
	}
	return nil, "", 0
}

// scriptCreditParts reads a credit run before its label: an optional
// agency, an optional staff word, then one or more names ("、" or space
// between them). It fails on prose: a name longer than maxScriptName.
func scriptCreditParts(run string) (creditParts, bool) {
	var lx lexer
	toks := lx.lexInto(nil, run)
	var cp creditParts
	from := 0
	if r, end, ok := lastMatch(toks, clsCreditReporter); ok {
		a := lookupAgency(run[:toks[r].start])
		if r > 0 && a == nil {
			// "<unknown paper>记者 Name 摄": only a registry agency's
			// byline is read.
			return creditParts{}, false
		}
		if a != nil {
			cp.agency, cp.match = a.Name, matchKind(run[:toks[r].start], a)
		}
		from = end
	} else if a, n := agencyPrefix(run, toks); a != nil {
		cp.agency, cp.match, from = a.Name, matchKind(run[:toks[n-1].end], a), n
	}
	for name := range strings.FieldsFuncSeq(run[tokStart(toks, from, len(run)):], scriptNameSep) {
		if utf8.RuneCountInString(name) > maxScriptName {
			return creditParts{}, false
		}
		cp.photographers = append(cp.photographers, withoutFilingCity(name))
	}
	return cp, len(cp.photographers) > 0
}

// scriptNameSep separates the names of one credit: white space, "、", ",".
func scriptNameSep(r rune) bool { return r == ' ' || r == '、' || r == ',' || r == '，' }

// lastMatch returns the last token starting an entry of class c.
func lastMatch(toks []tok, c class) (int, int, bool) {
	for i := len(toks) - 1; i >= 0; i-- {
		if end, _, ok := matchAt(toks, i, c); ok {
			return i, end, true
		}
	}
	return 0, 0, false
}

// agencyPrefix returns the agency the run starts with ("中央社李大同"),
// the longest known, and the index of the token after it.
func agencyPrefix(run string, toks []tok) (*Agency, int) {
	for n := min(len(toks), 8); n >= 2; n-- {
		if a := lookupAgency(run[:toks[n-1].end]); a != nil {
			return a, n
		}
	}
	return nil, 0
}

// tokStart returns where token k starts, or def past the last token.
func tokStart(toks []tok, k int, def int) int {
	if k < len(toks) {
		return toks[k].start
	}
	return def
}

// scriptCredit reads a credit of the script conventions as analyzeCredit
// is given it: the run before a credit_after label, with the bracketed
// "city=agency" or "agency（" before it.
func scriptCredit(credit string) (creditParts, bool) {
	if cp, ok := headingParts(credit); ok {
		return cp, true // a heading without a byline (credit_script2.go)
	}
	if !hasScriptLabel(credit) {
		return creditParts{}, false
	}
	var p parser
	p.init(credit, Options{})
	var got creditParts
	ok := false
	p.eachScriptCredit(func(c creditCand, cp creditParts) {
		if !ok && strings.TrimSpace(p.s[:c.sp.start]) == "" {
			got, ok = cp, true
		}
	})
	return got, ok
}

// hasScriptLabel: the text ends (before closing brackets) with a
// character of the scripts whose credits put the label last, a rune from
// U+2E80 on: the test in constant time that keeps other credits off this
// path.
func hasScriptLabel(s string) bool {
	n := len(s)
	for n > 0 && (s[n-1] == ' ' || s[n-1] == ')' || s[n-1] == ']') {
		n--
	}
	if n == 0 || s[n-1] < utf8.RuneSelf {
		return false // the common case, without decoding
	}
	r, _ := utf8.DecodeLastRuneInString(s[:n])
	return r >= cjkFirst
}

// scriptNameLetter: a letter of the scripts without capitals that a name
// after a credit label may start with (Han, kana, Hangul; Arabic and
// Hebrew: caselessName).
func scriptNameLetter(r rune) bool {
	return r >= cjkFirst && (isCJKRune(r) || unicode.Is(unicode.Hangul, r))
}

// maxCaselessName bounds the words of a name in Arabic or Hebrew letters
// after a credit label ("تصوير: Name", "צילום: Name"), which no capital
// tells from a sentence: a name has up to four words before a slash.
const maxCaselessName = 4

// caselessName: t starts with a name in Arabic or Hebrew letters of at
// most maxCaselessName words before its first slash or its end.
func caselessName(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !caselessLetter(r) {
		return false
	}
	head, _, _ := strings.Cut(t, "/")
	return len(strings.Fields(head)) <= maxCaselessName
}

// scriptPersonName: a name of two to four Han characters or Hangul
// syllables (a family name of one or two, a given name of one or two), the
// shape of Chinese, Japanese and Korean personal names; an organisation
// the registry does not know is longer ("人民日报社").
func scriptPersonName(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 4 {
		return false
	}
	han, hangul := 0, 0
	for _, r := range t {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		}
	}
	return han == n || hangul == n
}

// endsInMark: a label ends in a punctuation mark beyond ASCII (Japanese
// "撮影・"), whose bytes the byte tests read as a word's.
func endsInMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r >= utf8.RuneSelf && unicode.IsPunct(r)
}
