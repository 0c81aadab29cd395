package c2pa

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
)

// Class says how synthetic a digital source type is; a larger Class is
// more synthetic.
type Class int

// Classes, in the order of sourcetypes.tsv.
const (
	ClassUnknown Class = iota
	ClassCapture
	ClassEnhanced
	ClassSynthetic
	ClassComposite
	ClassGenerated
)

var classNames = map[string]Class{"capture": ClassCapture, "enhanced": ClassEnhanced, "synthetic": ClassSynthetic,
	"composite": ClassComposite, "generated": ClassGenerated}

func (c Class) String() string {
	for n, v := range classNames {
		if v == c {
			return n
		}
	}
	return "unknown"
}

//go:embed sourcetypes.tsv
var sourceTypesTSV []byte

type sourceType struct {
	name    string // as the vocabulary spells it
	class   Class
	current string // the term that replaced a retired one, else name
}

var sourceTypes = func() map[string]sourceType {
	out := map[string]sourceType{}
	sc := bufio.NewScanner(bytes.NewReader(sourceTypesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		st := sourceType{name: f[0], class: classNames[f[1]], current: f[2]}
		if st.current == "-" {
			st.current = f[0]
		}
		out[strings.ToLower(f[0])] = st
	}
	return out
}()

// iptcBase is the vocabulary's URI; https, a trailing slash, white space
// and the QCode form (digsrctype:term) are read as the same term.
const iptcBase = "http://cv.iptc.org/newscodes/digitalsourcetype/"

// SourceType normalises a digital source type — a URI in its http or
// https form, a QCode or a bare term, any case, with stray white space — to
// the IPTC URI of the term as written, and says how synthetic it is. A
// retired term keeps its name (the IPTC reference images still carry
// them) and takes its class from the table; Successor names what replaced
// it. An unknown value is returned trimmed, with ClassUnknown.
func SourceType(v string) (string, Class) {
	term, ok := lookupTerm(v)
	if !ok {
		return strings.TrimSpace(v), ClassUnknown
	}
	return iptcBase + term.name, term.class
}

// Successor is the current term that replaced a retired one, or "".
func Successor(v string) string {
	if t, ok := lookupTerm(v); ok && t.current != t.name {
		return iptcBase + t.current
	}
	return ""
}

func lookupTerm(v string) (sourceType, bool) {
	term := strings.TrimSpace(v)
	for _, p := range []string{iptcBase, "https://cv.iptc.org/newscodes/digitalsourcetype/", "digsrctype:"} {
		if len(term) > len(p) && strings.EqualFold(term[:len(p)], p) {
			term = term[len(p):]
			break
		}
	}
	st, ok := sourceTypes[strings.ToLower(strings.TrimRight(term, "/"))]
	return st, ok
}

// MostSynthetic returns the normalised value of the most synthetic of vs
// ("" when vs holds none).
func MostSynthetic(vs ...string) (string, Class) {
	best, bestClass := "", ClassUnknown
	for _, v := range vs {
		n, c := SourceType(v)
		if n != "" && (best == "" || c > bestClass) {
			best, bestClass = n, c
		}
	}
	return best, bestClass
}
