package caption

import (
	"strings"
	"testing"
)

// TestLexFirst: the lexer's present classes and first tokens are those a
// scan of the tokens finds (the class scans of the passes start there).
func TestLexFirst(t *testing.T) {
	for _, text := range []string{
		"FILE PHOTO: Jane Roe speaks in Velmora, Drastovo, on Monday, May 3, 2021. REUTERS/John Doe/File Photo",
		"Photo credit should read: Jane Roe/PA Wire. Picture date: Tuesday June 1, 2021. EMBARGOED UNTIL 0001 GMT",
		"(240105) -- VELMORA, Jan. 5, 2024 (Xinhua) -- Des manifestants à Velmora. (Photo by Jean Dupont/AFP via Getty Images)",
		"ARCHIV - Ein Foto aus Velmora. Foto: Hans Muster/dpa - ACHTUNG: Nur zur redaktionellen Verwendung",
		"",
	} {
		var lx lexer
		toks := lx.lex(text)
		var present classSet
		for c := range class(len(classNames)) {
			first := -1
			for i := range toks {
				if toks[i].mayStart(c) {
					first = i
					break
				}
			}
			if first < 0 {
				continue
			}
			present = present.or(c.bit())
			if !lx.present.meets(c.bit()) || int(lx.first[c]) != first {
				t.Errorf("%q: class %s first at token %d, lexer says %d (present %v)", text, classNames[c], first, lx.first[c], lx.present.meets(c.bit()))
			}
		}
		if present != lx.present {
			t.Errorf("%q: present %x, lexer says %x", text, present, lx.present)
		}
	}
}

// TestLexFirstLong: in a text of more tokens than the first-token table
// counts, a class first met past its bound is still found by the scans,
// which start at the bound.
func TestLexFirstLong(t *testing.T) {
	text := strings.Repeat("x ", 70000) + "FILE PHOTO: Jane Roe/Velmora Agency"
	p := newParser(text, Options{})
	n := len(p.toks)
	checked := 0
	for c := range class(len(classNames)) {
		if !p.toks[n-8].mayStart(c) && !p.toks[n-7].mayStart(c) {
			continue
		}
		checked++
		if p.firstOf(c) > n-8 {
			t.Errorf("class %s: scans start at token %d, past its first at %d", classNames[c], p.firstOf(c), n-8)
		}
		gi, ge := p.findIn(0, len(p.s), c)
		wi, we := findIn(p.toks, 0, len(p.s), c)
		if gi != wi || ge != we {
			t.Errorf("class %s: parser finds %d-%d, a scan from the start %d-%d", classNames[c], gi, ge, wi, we)
		}
	}
	if checked == 0 {
		t.Fatal("no class starts at FILE or PHOTO: pick other words")
	}
}
