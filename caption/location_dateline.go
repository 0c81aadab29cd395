package caption

import "strings"

// storyDateline returns the end of a national agency's text-wire story
// dateline at the start of a caption, or 0: the filing city in capitals, a
// comma, up to forty characters of date, then the agency's tag in brackets
// (lexicon class story_tag: "AMMAN, Jan 9 (Petra) --"), then dashes. An
// untagged dateline (Bernama's "KUALA LUMPUR, Jan 5 --") is left as the
// photo's place: no convention says otherwise. As with
// Xinhua's header, the city is where the story was filed; the body's place
// is the photo's.
func storyDateline(s string, toks []tok) int {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	k := capsCityComma(s, i)
	if k < 0 {
		return 0
	}
	date := s[k:min(len(s), k+41)]
	if o := strings.IndexByte(date, '('); o >= 3 && !strings.ContainsAny(date[:o], ")\n") {
		if end, _, ok := matchAt(toks, tokIndex(toks, k+o), clsStoryTag); ok {
			return dashesAfter(s, toks[end-1].end)
		}
		return 0
	}
	return 0
}

// dashesAfter returns the end of the dashes after white space at e, or 0
// when no dash follows.
func dashesAfter(s string, e int) int {
	for e < len(s) && isSpaceByte(s[e]) {
		e++
	}
	d := e
	for d < len(s) && s[d] == '-' {
		d++
	}
	if d > e {
		return d
	}
	return 0
}

// datelineCountry gives a body place that names no country (an unknown
// site, a governorate) the country of its national agency's story
// dateline, read from the whole caption (dl): the agency files from a
// bureau in the country it covers.
func datelineCountry(body, dl *Location) *Location {
	if dl.CountryCode == "" {
		return body
	}
	out := *body
	out.Country, out.CountryCode = dl.Country, dl.CountryCode
	return &out
}
