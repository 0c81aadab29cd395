package caption

import "github.com/wirecap/wirecap/internal/geo"

// cityThroughDateName reports a month or weekday name at toks[k] that
// closes a city's name the gazetteer knows, begun at toks[i], with no
// number after it: "Chiang Mai" (German and French "Mai" is May) is one
// place, where "Velmora Mai 3" is a place and a date.
func cityThroughDateName(s string, toks []token, i, k int) bool {
	return !dateAt(s, toks, k) && cityThrough(s, toks, i, k)
}

// cityThrough: toks[i] to a capitalised toks[k] spell a city's name the
// gazetteer knows.
func cityThrough(s string, toks []token, i, k int) bool {
	if !toks[k].capital {
		return false
	}
	_, ok := geo.LookupCity(s[toks[i].start:toks[k].end])
	return ok
}

// titleAbbrev reports a run that is an abbreviation whose full stop ends
// no sentence (lexicon class abbreviation: "Hon.", "Gen.", "Dr."), before
// its full stop: a title opening the caption, not a dateline ("Hon.
// Minister Jane Roe visits …"; "Hon" is a town in Libya).
func titleAbbrev(s string, r *nameRun) bool {
	return r.end < len(s) && s[r.end] == '.' && lexiconHas(r.text, clsAbbrev.bit())
}
