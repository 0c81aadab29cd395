package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bylines in Chinese and Korean name the agency and the photographer in
// words, not by a slash chain (lexicon credit_byline):
//
//   - Chinese: agency, a reporter or release word, the name, the verb
//     "摄" ("新华社记者 李维 摄", "新华社发（张丽 摄）"), with no space needed;
//   - Korean: the dateline "(City=Agency)", then the name and "기자"
//     (reporter) ("(서울=연합뉴스) 김민준 기자 =").
//
// The agency must be a registry name; the name is two to four letters of
// the script (a Chinese or Korean personal name), with spaces allowed
// between them in Chinese.
var clsCreditByline = lexClass("credit_byline")

// bylineWord is a byline word and its role (the entry's value).
type bylineWord struct{ form, role string }

// bylineWords lists the byline words in the lexicon's order.
var bylineWords = func() (out []bylineWord) {
	for _, e := range lexicon.list(clsCreditByline) {
		out = append(out, bylineWord{e.sense.form, e.sense.val})
	}
	return out
}()

// bylineAnchor is a word a byline is found by, and its reader: the verb
// after a Chinese name, the reporter word after a Korean one.
type bylineAnchor struct {
	word string
	read func(s string, i, e int) (span, string, string, bool)
}

// bylineAnchors are the byline words that anchor a search, in the
// lexicon's order.
var bylineAnchors = func() (out []bylineAnchor) {
	for _, bw := range bylineWords {
		switch bw.role {
		case "shot":
			out = append(out, bylineAnchor{bw.form, zhByline})
		case "reporter-after":
			out = append(out, bylineAnchor{bw.form, koByline})
		}
	}
	return out
}()

// cjkByline finds a byline in s: its span, the agency as written and the
// photographer's name; ok false when there is none. Each anchor word is
// looked for with strings.Index, which most captions, holding none of its
// bytes, pass at memory speed.
func cjkByline(s string) (sp span, org, name string, ok bool) {
	for _, a := range bylineAnchors {
		for i := strings.Index(s, a.word); i >= 0; {
			if sp, org, name, ok := a.read(s, i, i+len(a.word)); ok {
				return sp, org, name, true
			}
			j := strings.Index(s[i+len(a.word):], a.word)
			if j < 0 {
				break
			}
			i += len(a.word) + j
		}
	}
	return span{}, "", "", false
}

// zhByline reads "ORG记者 NAME 摄" before the verb at s[i:e]: the last
// reporter or release word within reach, the name between it and the verb.
func zhByline(s string, i, e int) (span, string, string, bool) {
	if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.Is(unicode.Han, r) {
		return span{}, "", "", false // the verb inside a word: "拍摄了"
	}
	from := max(0, i-zhReach)
	for _, bw := range bylineWords {
		w := bw.form
		if bw.role != "reporter" && bw.role != "release" {
			continue
		}
		k := strings.LastIndex(s[from:i], w)
		if k < 0 {
			continue
		}
		k += from
		name := strings.Trim(s[k+len(w):i], " \u3000（(")
		if !hanName(name) {
			continue
		}
		b := letterRunBack(s, k, unicode.Han)
		org := agencySuffix(s[b:k])
		if org == "" {
			continue
		}
		end := e
		if r, n := utf8.DecodeRuneInString(s[end:]); (r == '）' || r == ')') && strings.ContainsAny(s[k:i], "（(") {
			end += n // "新华社发（张丽 摄）": the bracket opened inside the byline
		}
		return span{k - len(org), end}, org, strings.ReplaceAll(name, " ", ""), true
	}
	return span{}, "", "", false
}

// zhReach bounds how far before the verb the reporter word may stand: a
// bracket, four letters of a name and the spaces between them.
const zhReach = 24

// hanName: two to four Han letters, single spaces allowed between them.
func hanName(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r != ' ':
			return false
		}
	}
	return n >= 2 && n <= 4
}

// koByline reads "(City=ORG) NAME 기자" around the reporter word at s[i:e].
func koByline(s string, i, e int) (span, string, string, bool) {
	k := skipBack(s, i, " ")
	a := letterRunBack(s, k, unicode.Hangul)
	name := s[a:k]
	if n := utf8.RuneCountInString(name); n < 2 || n > 4 {
		return span{}, "", "", false
	}
	c := skipBack(s, a, " ")
	if c == 0 || s[c-1] != ')' {
		return span{}, "", "", false
	}
	open := strings.LastIndexByte(s[:c], '(')
	eq := strings.LastIndexByte(s[:c], '=')
	if open < 0 || eq < open {
		return span{}, "", "", false
	}
	org := strings.TrimSpace(s[eq+1 : c-1])
	if lookupAgency(org) == nil {
		return span{}, "", "", false
	}
	return span{open, e}, org, name, true
}

// skipBack steps back from k over the runes of set.
func skipBack(s string, k int, set string) int {
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !strings.ContainsRune(set, r) {
			break
		}
		k -= n
	}
	return k
}

// letterRunBack returns where the run of letters of the script that ends
// at k starts.
func letterRunBack(s string, k int, script *unicode.RangeTable) int {
	a := k
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.Is(script, r) {
			break
		}
		a -= n
	}
	return a
}

// agencySuffix returns the longest end of t (two to six letters) that the
// registry knows, or "".
func agencySuffix(t string) string {
	for n := 6; n >= 2; n-- {
		if i := runeTailStart(t, n); i >= 0 && lookupAgency(t[i:]) != nil {
			return t[i:]
		}
	}
	return ""
}

// runeTailStart returns where the last n runes of t start, or -1.
func runeTailStart(t string, n int) int {
	i := len(t)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(t[:i])
		i -= w
	}
	if n > 0 {
		return -1
	}
	return i
}

// bylineParts reads a credit that is a byline whole (ParseCredit's field,
// or the credit Parse found by cjkByline).
func bylineParts(credit string) (creditParts, bool) {
	sp, org, name, ok := cjkByline(credit)
	if !ok || sp.start != 0 || sp.end != len(credit) {
		return creditParts{}, false
	}
	a := lookupAgency(org)
	return creditParts{agency: a.Name, match: matchKind(org, a), photographers: []string{name}}, true
}

// bylineCredit offers a byline found in the caption as a credit (priority
// 2, as a label's).
func (p *parser) bylineCredit(consider func(creditCand)) {
	if sp, _, _, ok := cjkByline(p.s); ok {
		consider(creditCand{text: p.s[sp.start:sp.end], sp: sp, prio: 2})
	}
}
