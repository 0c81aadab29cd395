package caption

import (
	"html"
	"slices"
	"strings"
)

// Rules for shapes that credit FIELDS hold more often than captions do
// (IPTC Credit, By-line, Copyright Notice; XMP photoshop:Credit,
// dc:rights), each small and named, each with a table test in
// credit_fieldrules_test.go. The words are lexicon data.

// rankWords are the ranks and ratings between "photo by" and the name in
// the armed services' credits (lexicon credit_rank).
var rankWords = wordSet("credit_rank")

// studioWords are the trade words a freelancer writes after their own
// name as a business name (lexicon credit_studio).
var studioWords = wordSet("credit_studio")

// librarySeps join the photographer and an open library, with their
// spaces (lexicon credit_on_library: "Photo by Name on Unsplash").
var librarySeps = func() []string {
	var out []string
	for w := range wordSet("credit_on_library") {
		out = append(out, " "+w+" ")
	}
	slices.Sort(out)
	return out
}()

// licenceWords open a licence's name (lexicon credit_licence: "CC BY-SA
// 4.0", "Public Domain").
var licenceWords = wordSet("credit_licence")

// staffFirst and licenceFirst mark the bytes a word of staffWords or
// licenceWords may start with, in either case: most parts are rejected
// by one look-up.
var (
	staffFirst   = firstBytes(staffWords)
	licenceFirst = firstBytes(licenceWords)
)

// firstBytes marks the first bytes of the words of set, in either case.
func firstBytes(set map[string]bool) (t [256]bool) {
	for w := range set {
		if w != "" {
			t[w[0]] = true
			t[strings.ToUpper(w[:1])[0]] = true
		}
	}
	return t
}

// labelPhrases are the credit labels, as phrases ("photo by").
var labelPhrases = wordSet("credit_label")

// agencyStaff returns where a staff word follows a registry agency in
// one part ("Reuters Staff", "AFP Stringer": the agency's own
// photographer, unnamed), and the length of the space; -1 otherwise.
func agencyStaff(t string, _ stretch) (int, int) {
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 || i+1 == len(t) || !staffFirst[t[i+1]] || !inWordSet(staffWords, t[i+1:]) || lookupAgency(t[:i]) == nil {
		return -1, 0
	}
	if lookupAgency(t) != nil || markerOrg(t) != "" {
		return -1, 0 // a name of the registry ("Magnum Photos"), a marker ("AFP PHOTO")
	}
	return i, 1
}

// officialPhotoBy returns where "<source> photo by <rank> <Name>" (the US
// armed services' credit, DVIDS: "U.S. Army photo by Sgt. Jane Roe")
// splits into the source and the name, and the length of what stands
// between: the label and the ranks; -1 otherwise. The source must be a
// registry agency, the rest a person's name. National agencies sign their
// staff the same way (credit_national.go's nationalSigns).
func officialPhotoBy(t string, st stretch) (int, int) {
	if !fourWords(t) || !strings.Contains(t, " by ") && !strings.Contains(t, " By ") && !strings.Contains(t, " BY ") {
		return -1, 0 // most parts: no "by"
	}
	words := strings.Fields(t)
	if len(words) < 4 || len(words) > 16 {
		return -1, 0
	}
	for k := 1; k+1 < len(words); k++ {
		n := labelLen(words[k:])
		if n == 0 {
			continue
		}
		src := strings.Join(words[:k], " ")
		if a := lookupAgency(src); a == nil || !a.official() && !nationalSigns(a) {
			return -1, 0
		}
		r := k + n
		for r < len(words)-1 && (rankWords[strings.ToLower(strings.TrimRight(words[r], "."))] || ordinalWord(words[r])) {
			r++
		}
		name := strings.Join(words[r:], " ")
		i, j := strings.Index(t, src)+len(src), strings.LastIndex(t, name)
		if j <= i || !fullName(st.within(name)) {
			return -1, 0
		}
		return i, j - i
	}
	return -1, 0
}

// fourWords: t has three spaces at least, as a source, a label and a
// name do, or a name, a link and a library.
func fourWords(t string) bool {
	for n := 0; n < 3; n++ {
		i := strings.IndexByte(t, ' ')
		if i < 0 {
			return false
		}
		t = t[i+1:]
	}
	return true
}

// labelLen is the number of words of the "by" label that opens words
// ("photo by", "photo illustration by"), or 0.
func labelLen(words []string) int {
	for n := 2; n <= 3 && n <= len(words); n++ {
		if !strings.EqualFold(words[n-1], "by") {
			continue // most words: no label ends here
		}
		if p := strings.ToLower(strings.Join(words[:n], " ")); strings.HasSuffix(p, " by") && labelPhrases[p] {
			return n
		}
	}
	return 0
}

// fieldRoles reads two shapes by the roles classifyPart gave: the
// provider in the slot the distributor's credit template gives it, a
// freelancer's studio name.
func fieldRoles(parts []creditPart) {
	providerSlot(parts)
	for i := range parts {
		studioPerson(&parts[i])
		if licence(parts[i].text) && parts[i].agency == nil {
			parts[i].role = roleStaff // names nobody
		}
	}
}

// licence: a part that names a licence ("CC BY-SA 4.0", "Public
// Domain"): its first one or two words are a licence word.
func licence(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !licenceFirst[t[0]] {
		return false // most parts: no licence word starts with this byte
	}
	i := strings.IndexByte(t, ' ')
	if i < 0 {
		return inWordSet(licenceWords, t)
	}
	if inWordSet(licenceWords, t[:i]) {
		return true
	}
	if j := strings.IndexByte(t[i+1:], ' '); j >= 0 {
		t = t[:i+1+j]
	}
	return inWordSet(licenceWords, t)
}

// inWordSet reports w, folded as the lexicon's sets hold their words (lower
// case, accents folded), in set; without allocating.
func inWordSet(set map[string]bool, w string) bool {
	var kb [48]byte
	return len(w) <= len(kb)/2 && set[string(foldKey(kb[:0], w))]
}

// libraryOn returns where "Name on Library" / "Name from Library" (the
// open libraries' own attribution lines) splits, and the length of the
// link word with its spaces; -1 otherwise. The library must be a stock
// library of the registry, the rest a person's full name.
func libraryOn(t string, st stretch) (int, int) {
	if !fourWords(t) {
		return -1, 0 // no name, link and library
	}
	for _, sep := range librarySeps {
		i := strings.LastIndex(t, sep) // the libraries write the link in lower case
		if i <= 0 || !libraryName(t[i+len(sep):]) {
			continue
		}
		if a := lookupAgency(t[i+len(sep):]); a != nil && a.Kind == "stock" && fullName(st.within(t[:i])) {
			return i, len(sep)
		}
	}
	return -1, 0
}

// libraryName: what may be a library's name, one to three words opening
// with a capital or a digit ("Unsplash", "Wikimedia Commons", "123RF"),
// before the registry is asked.
func libraryName(t string) bool {
	return t != "" && (isUpperByte(t[0]) || isDigit(t[0])) && strings.Count(t, " ") < 3
}

// unescapeField decodes the HTML character references a CMS export
// leaves in a field ("&copy; Name", "Name&#47;Agency").
func unescapeField(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// providerSlot: where the distributor's own credit template (agencies.tsv,
// print) puts the intermediary next to the photographers, before the
// distributor ("{photographers}/{intermediary} via Getty Images", Getty's
// editorial credit policy; "{photographers}/{intermediary}/AFP";
// Reuters' "{intermediary}/{photographers} via REUTERS"), of two names
// read as people before the distributor the one in that slot is the
// provider ("Jane Roe/Velmora Star via Getty Images", "Velmora Star/Jane
// Roe via REUTERS").
func providerSlot(parts []creditPart) {
	n := len(parts)
	if n < 3 {
		return
	}
	d, p, q := parts[n-1], &parts[n-2], &parts[n-3]
	if d.role != roleAgency || p.role != rolePerson || q.role != rolePerson || p.afterVia || q.afterVia || !slashBetween(*q, *p) {
		return
	}
	switch intermediarySlot(d.agency, d.afterVia) {
	case slotLast:
		p.role = roleOrg
	case slotFirst:
		q.role = roleOrg
	}
}

// slashBetween: parts a and b of one text are cut at a slash or a bar,
// not joined by a word ("Jane Roe and John Doe/AFP": two photographers).
func slashBetween(a, b creditPart) bool {
	if a.st.t == nil || a.st.t != b.st.t || a.st.b > b.st.a {
		return false
	}
	return strings.ContainsAny(a.st.t.s[a.st.b:b.st.a], "/|")
}

// The slot a print template gives the intermediary beside the
// photographers.
const (
	slotNone  = iota
	slotLast  // "{photographers}/{intermediary}"
	slotFirst // "{intermediary}/{photographers}"
)

// intermediarySlot: where a's print template puts the intermediary beside
// the photographers, right before a's name (after a slash, or before
// " via ").
func intermediarySlot(a *Agency, via bool) int {
	end := "/"
	if via {
		end = " via "
	}
	for alt := range strings.SplitSeq(a.Print, "|") {
		switch {
		case strings.HasPrefix(alt, "{photographers}/{intermediary}"+end):
			return slotLast
		case strings.HasPrefix(alt, "{intermediary}/{photographers}"+end):
			return slotFirst
		}
	}
	return slotNone
}

// studioPerson: an organisation part that is a person's full name and a
// trade word ("Jane Roe Photography", "Ana Roe Fotografia") is the
// freelancer's business name: the credit names the person.
func studioPerson(pt *creditPart) {
	if pt.role != roleOrg || pt.agency != nil {
		return
	}
	t := strings.TrimSpace(pt.text)
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 || !inWordSet(studioWords, t[i+1:]) || !fullName(pt.st.within(t[:i])) {
		return
	}
	pt.st = pt.st.within(t[:i])
	pt.text, pt.role = pt.st.text(), rolePerson
}

// stripContacts drops the contact details a freelancer adds to a credit
// field after the credit (IPTC's Creator's Contact Info has its own
// fields; the Credit and Copyright fields get them anyway): a web
// address, an e-mail address, a social handle after a name and a space
// ("Jane Roe @janeroe", "Jane Roe / Velmora Press / www.velmora.example"),
// unless the registry knows it ("abacapress.com") or nothing else is
// left. A handle after a slash or a label is the account a picture was
// taken from ("Social media/@velmorafire"): it stays.
func stripContacts(s string) string {
	for n := 0; n < 3; n++ {
		i := strings.LastIndexAny(s, "/| ")
		if k := strings.LastIndex(s, "://"); k > 0 && !strings.ContainsAny(s[k+3:], " |") {
			i = strings.LastIndexAny(s[:k], "/| ") // the slashes of a web address
		}
		if i <= 0 {
			return s
		}
		last := strings.TrimSpace(s[i+1:])
		if !contact(last) || lookupAgency(last) != nil {
			return s
		}
		rest := strings.TrimRight(s[:i], " /|-–,;")
		if rest == "" || last[0] == '@' && (s[i] != ' ' || strings.HasSuffix(rest, ":")) {
			return s
		}
		s = rest
	}
	return s
}

// contact: a word that is a web or e-mail address or a social handle.
func contact(w string) bool {
	lw := strings.ToLower(w)
	switch {
	case strings.HasPrefix(lw, "www.") || strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://"):
		return len(lw) > 6
	case len(w) > 2 && w[0] == '@':
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 0
}
