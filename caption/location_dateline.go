package caption

import "strings"

// storyDateline returns the end of a national agency's text-wire story
// dateline at the start of a caption, or 0: the filing city in capitals or
// title case, a comma and up to forty characters of date (or no date:
// Antara's "Jakarta (ANTARA) -"), then the agency's tag in brackets
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
		k = titleCityEnd(s, i)
	}
	if k < 0 {
		return 0
	}
	date := s[k:min(len(s), k+41)]
	o := strings.IndexByte(date, '(')
	if o != 0 && o < 3 || strings.ContainsAny(date[:max(o, 0)], ")\n") {
		return 0
	}
	if end, _, ok := matchAt(toks, tokIndex(toks, k+o), clsStoryTag); ok {
		return dashesAfter(s, toks[end-1].end)
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

// datelineFill completes a body place from its national agency's story
// dateline, read from the whole caption (dl): the agency files from a
// bureau in the country it covers, so a body place that names no country
// (an unknown site, a governorate) takes the dateline's, and a venue named
// without a town or region ("at the Velmora Light Festival") lies in the
// dateline's city.
func datelineFill(body, dl *Location) *Location {
	if dl.CountryCode == "" || body.CountryCode != "" && body.CountryCode != dl.CountryCode {
		return body
	}
	out := *body
	out.Country, out.CountryCode = dl.Country, dl.CountryCode
	if out.City == "" && out.Region == "" && out.Place != "" && dl.City != "" {
		out.City, out.GeoNamesID = dl.City, dl.GeoNamesID
	}
	return &out
}

// maxDatelineWords bounds the words of a dateline's city in title case.
const maxDatelineWords = 4

// titleCityEnd reads a filing city in title case at i ("Ho Chi Minh
// City", "Cox's Bazar"): capitalised words, one space apart, then a comma
// and white space (it returns where the date starts) or a space before an
// opening bracket (it returns the bracket's offset); -1 otherwise.
func titleCityEnd(s string, i int) int {
	j := i
	for n := 0; n < maxDatelineWords; n++ {
		if j >= len(s) || !isUpperByte(s[j]) {
			return -1
		}
		for j < len(s) && (isWordByte(s[j]) || s[j] == '\'' || s[j] == '-') {
			j++
		}
		switch {
		case j+1 < len(s) && s[j] == ',' && s[j+1] == ' ':
			return j + 2
		case j+1 < len(s) && s[j] == ' ' && s[j+1] == '(':
			return j + 1
		case j+1 < len(s) && s[j] == ' ':
			j++
		default:
			return -1
		}
	}
	return -1
}
