package caption

import "testing"

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
