package reconcile

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/imagemeta/feed"
)

// FromFeed names the restrictions (Restriction.From) and the field source
// (metadata.fields[].sources) of the agency feed item paired with the photo.
const FromFeed = "feed"

// feedTexts are the editorial text fields the feed item also states, and
// how its value is read; its by-line, a list like the embedded field, is
// added beside them (AddFeed).
var feedTexts = []struct {
	at    func(*imagemeta.Fields) **imagemeta.Field[string]
	value func(*feed.Item) string
}{
	{func(f *imagemeta.Fields) **imagemeta.Field[string] { return &f.Credit }, func(it *feed.Item) string { return it.Credit }},
	{func(f *imagemeta.Fields) **imagemeta.Field[string] { return &f.UsageTerms }, usageText},
	{func(f *imagemeta.Fields) **imagemeta.Field[string] { return &f.Copyright }, func(it *feed.Item) string { return it.Copyright }},
}

func usageText(it *feed.Item) string {
	var parts []string
	for _, u := range it.Usage {
		parts = append(parts, u.Text)
	}
	return strings.Join(parts, " ")
}

// AddFeed makes the feed item a source of the facts: its credit, byline,
// usage terms and copyright join metadata.fields (source "feed"; a field
// the photo lacks is taken from the feed; in_sync still compares the
// embedded sources only); its editorial notes and usage terms are read for
// restrictions with the caption's parser, its embargo and expiry become
// EMBARGO and EXPIRES restrictions, all with From "feed", and the summary's
// restrictions are merged again.
func AddFeed(f *Facts, it *feed.Item, hint time.Time) {
	for _, ff := range feedTexts {
		if v := ff.value(it); v != "" {
			addFeedSource(ff.at(f.Fields), v)
		}
	}
	if v := it.Bylines(); len(v) > 0 {
		addFeedSource(&f.Fields.Byline, v)
	}
	f.BySource[FromFeed] = feedRestrictions(it, hint, f.agency())
	f.Summary.Restrictions = Merge(f.BySource)
	f.Summary.FilePhoto = f.Summary.FilePhoto || it.FilePhoto
	if f.Summary.Credit == nil {
		f.Summary.Credit = strp(it.Credit)
	}
	feedSourceType(f, it)
	f.RightsInfo = f.RightsInfo || it.Credit != "" || it.Copyright != "" || len(it.Usage) > 0 || len(f.BySource[FromFeed]) > 0
}

// feedSourceType adds the feed's digital source type — the most synthetic
// of the item's and its parts' — to the sources SourceType compared (it
// runs after SourceType), and takes the most synthetic of all again.
func feedSourceType(f *Facts, it *feed.Item) {
	var stated []string
	for _, st := range append([]feed.SourceType{it.Source}, it.PartSources...) {
		if v := cmp.Or(st.URI, st.Value); v != "" {
			stated = append(stated, v)
		}
	}
	v, _ := c2pa.MostSynthetic(stated...)
	if v == "" {
		return
	}
	if f.SourceTypes == nil {
		f.SourceTypes = map[string]string{}
	}
	f.SourceTypes[FromFeed] = v
	if best, _ := c2pa.MostSynthetic(slices.Collect(maps.Values(f.SourceTypes))...); best != "" && f.Summary != nil {
		f.Summary.DigitalSourceType = &best
	}
}

// toAny is a list of strings as the list a metadata field holds.
// addFeedSource adds the feed's value of a field as its source "feed",
// and as its value when the photo lacks the field.
func addFeedSource[T imagemeta.Value](slot **imagemeta.Field[T], v T) {
	if *slot == nil {
		*slot = &imagemeta.Field[T]{Value: v, Sources: map[string]T{}, InSync: true}
	}
	(*slot).Sources[FromFeed] = v
}

// agency is the agency whose conventions read the rights texts: the
// caption's, else the metadata's credit.
func (f *Facts) agency() string {
	if f.Caption != nil && f.Caption.Agency != "" {
		return f.Caption.Agency
	}
	return f.MetaAgency()
}

// feedRestrictions reads the item's notes and usage terms, and its
// embargo and expiry. An embargo or expiry that is not a date-time ("Next
// Monday") is kept without an end time: the verdict sends it to review.
func feedRestrictions(it *feed.Item, hint time.Time, agency string) []caption.Restriction {
	var rs []caption.Restriction
	for _, n := range it.EdNotes {
		rs = append(rs, caption.FindRestrictionsFor(n.Text, hint, agency)...)
	}
	for _, u := range it.Usage {
		rs = append(rs, caption.FindRestrictionsFor(u.Text, hint, agency)...)
	}
	for _, s := range []struct {
		code, word string
		at         feed.Stamp
	}{{caption.Embargo, "embargoed", it.Embargoed}, {caption.Expires, "expires", it.Expires}} {
		if !s.at.Set() {
			continue
		}
		r := caption.Restriction{Code: s.code, Text: s.word + " " + s.at.Text}
		if !s.at.Time.IsZero() {
			r.Until = s.at.Time.UTC().Truncate(time.Second) // as RFC 3339 writes it
		}
		rs = append(rs, r)
	}
	return rs
}
