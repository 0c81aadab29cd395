// Package reconcile is the one stage that turns a photo's metadata and its
// parsed caption into the facts the rules read: the summary a script wants,
// the credit fields read by the caption's own credit analyser, the
// restrictions of every source merged by code and scope, the dates and
// places stated. Nothing after this stage parses text again.
package reconcile

import (
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/record"
)

// Summary is the one answer an editorial script wants (sidecar contract).
type Summary = record.Summary

// Options are what the reconcile stage takes besides the photo.
type Options struct {
	// CreditTemplates are the desk's credit templates by agency (policy
	// [credit]); they override the registry's.
	CreditTemplates map[string]string
	// FileName is the photo's file name, reported as an identifier.
	FileName string
}

// Where restrictions are found, in the order they are merged.
const (
	FromCaption      = "caption"
	FromInstructions = "instructions"
	FromUsageTerms   = "usage_terms"
	FromCopyright    = "copyright"
)

// rightsFields are the metadata fields that carry restrictions, with the
// name each restriction's From gets.
var rightsFields = []string{FromInstructions, FromUsageTerms, FromCopyright}

// creditFields are the metadata fields the credit analyser reads, in the
// order they are trusted for the agency.
var creditFields = []string{"credit", "source"}

// Facts is what the rules read about one photo.
type Facts struct {
	Summary *Summary
	Caption *caption.Caption // nil when the photo has no caption
	// Fields are the metadata's editorial fields reconciled across EXIF, IIM
	// and XMP (imagemeta.Metadata.Fields).
	Fields *imagemeta.Fields
	// Credits holds IPTC Credit and Source, each By-line entry under
	// "byline", and the holder a short Copyright Notice names under
	// "copyright", as caption.ParseCredit reads them; absent fields are
	// absent.
	Credits Credits
	// BySource holds the restrictions each source states before merging:
	// FromCaption, FromInstructions, FromUsageTerms, FromCopyright.
	BySource map[string][]caption.Restriction
	// SourceTypes are the digital source types each source states (xmp,
	// c2pa), normalised; set by SourceType.
	SourceTypes map[string]string
	// RightsInfo is false when nothing states who owns the photo or how it
	// may be used: no credit, agency, copyright, usage terms, instructions
	// or restriction anywhere.
	RightsInfo bool
	// Country is the metadata's country as an ISO alpha-2 code, from its
	// code or its name, with the words it came from.
	Country, CountryText string
	// PhotoDate is the capture date (the caption's, else the metadata's) and
	// the field it came from; zero when none is known to the day.
	PhotoDate     time.Time
	PhotoDateFrom string
	// Release and Expiration are IPTC Release and Expiration Date/Time; zero
	// when absent.
	Release, Expiration time.Time
	// CreditTruncated is set when IPTC Credit is cut at its 32-byte limit
	// or holds a note ("See caption") instead of a credit.
	CreditTruncated *Truncation
	// CreditUnrecognised is the credit when no rule recognises it: it
	// names no agency the registry knows, no photographer and no source
	// kind, or an organisation the registry does not know.
	CreditUnrecognised string
}

// Field returns a reconciled metadata field's text, or "".
func (f *Facts) Field(name string) string {
	if fl := f.Fields.Text(name); fl != nil {
		return fl.Value
	}
	return ""
}

// Credits are the metadata's credit fields read with the caption's credit
// analyser: IPTC Credit and Source under their names, each By-line entry
// under "byline", the Copyright Notice's holder under "copyright".
type Credits map[string][]caption.CreditLine

// ReadCredits reads the credit fields. The read stage reads them with the
// metadata, before the caption is parsed, so that a caption naming no agency is read with the
// conventions of the agency the metadata names (caption.Options.Agency);
// ReconcileWith then takes them as read.
func ReadCredits(fields *imagemeta.Fields) Credits {
	c := Credits{}
	f := &Facts{Fields: fields}
	for _, name := range creditFields {
		if s := f.Field(name); s != "" {
			c[name] = []caption.CreditLine{caption.ParseCredit(s)}
		}
	}
	for _, b := range f.byline() {
		c["byline"] = append(c["byline"], caption.ParseCredit(b))
	}
	if cl, ok := copyrightCredit(f.Field("copyright")); ok {
		c["copyright"] = []caption.CreditLine{cl}
	}
	return c
}

// Agency is the agency the credit fields name, or "": the first the
// registry knows in Credit, Source, By-line, Copyright Notice, else the
// first any names.
func (c Credits) Agency() string {
	var lines []creditRead
	for _, name := range creditOrder {
		for _, cl := range c[name] {
			lines = append(lines, creditRead{name, cl})
		}
	}
	if l := chooseLine(lines); l != nil {
		return l.Agency
	}
	return ""
}

// MetaAgency is the agency the metadata's credit fields name, or "".
func (f *Facts) MetaAgency() string { return f.Credits.Agency() }

// Reconcile builds the facts of one photo. fields are m's editorial fields
// (m.Fields(), computed by the read stage; nil computes them); m and cp may
// be nil; hint is the date that completes yearless dates in rights fields
// (the capture date).
func Reconcile(m *imagemeta.Metadata, fields *imagemeta.Fields, cp *caption.Caption, hint time.Time) *Facts {
	return ReconcileWith(m, fields, nil, cp, hint)
}

// NoFacts are the facts of a photo nothing is known of: what the rules
// read when the reconcile stage could not run.
func NoFacts() *Facts {
	return &Facts{Summary: &Summary{}, Fields: &imagemeta.Fields{}, BySource: map[string][]caption.Restriction{}}
}

// ReconcileWith is Reconcile with the credit fields already read
// (ReadCredits); nil reads them.
func ReconcileWith(m *imagemeta.Metadata, fields *imagemeta.Fields, credits Credits, cp *caption.Caption, hint time.Time) *Facts {
	return ReconcileOpts(m, fields, credits, cp, hint, Options{})
}

// ReconcileOpts is ReconcileWith with the desk's options.
func ReconcileOpts(m *imagemeta.Metadata, fields *imagemeta.Fields, credits Credits, cp *caption.Caption, hint time.Time, o Options) *Facts {
	f := &Facts{Caption: cp, Fields: fields, Credits: credits, BySource: map[string][]caption.Restriction{}}
	if f.Fields == nil && m != nil {
		f.Fields = m.Fields()
	}
	if f.Fields == nil {
		f.Fields = &imagemeta.Fields{}
	}
	if m != nil {
		f.Release = m.Release().Time
		f.Expiration = m.Expiration().Time
	}
	if f.Credits == nil {
		f.Credits = ReadCredits(f.Fields)
	}
	// The agency that distributed the photo decides how an embargo time
	// without a zone is read (its home zone) and a numeric date's order:
	// the caption's own credit, else the metadata's credit fields (which
	// the parse stage gave the caption too: caption.Options.Agency).
	agency := f.MetaAgency()
	if cp != nil {
		if cp.Agency != "" {
			agency = cp.Agency
		}
		f.BySource[FromCaption] = cp.Restrictions
	}
	for _, name := range rightsFields {
		if s := f.Field(name); s != "" {
			f.BySource[name] = caption.FindRestrictionsFor(s, hint, agency)
		}
	}
	f.Country, f.CountryText = f.metaCountry()
	f.PhotoDate, f.PhotoDateFrom = f.photoDate()
	f.Summary = f.summarize(m, o)
	f.RightsInfo = f.Summary.Agency != nil || f.Summary.Credit != nil || len(f.Summary.Restrictions) > 0
	for _, name := range rightsFields {
		f.RightsInfo = f.RightsInfo || f.Field(name) != ""
	}
	return f
}

func (f *Facts) byline() []string {
	if fl := f.Fields.Byline; fl != nil {
		return fl.Value
	}
	return nil
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// summarize: the caption wins where it speaks; the metadata fills the
// rest, its credit fields read together (readCredit).
func (f *Facts) summarize(m *imagemeta.Metadata, o Options) *Summary {
	s := &Summary{Photographers: []string{}, Restrictions: Merge(f.BySource), Identifiers: []imagemeta.Identifier{}}
	if m != nil {
		s.Identifiers = append(s.Identifiers, m.Identifiers()...)
	}
	if o.FileName != "" {
		s.Identifiers = append(s.Identifiers, imagemeta.Identifier{Scheme: "file_name", Value: o.FileName, Source: "file"})
	}
	if cp := f.Caption; cp != nil {
		s.Date, s.Location = cp.Date, cp.Location
	}
	cs := f.readCredit(s.Identifiers)
	s.Agency, s.Credit, s.AgencyMatch = strp(cs.agency), strp(cs.credit), strp(cs.match)
	s.Photographers = append(s.Photographers, cs.photographers...)
	s.Source, s.FilePhoto, s.Intermediaries = cs.source, cs.file, cs.intermediaries
	s.CreditPrint = strp(creditPrint(cs, o.CreditTemplates))
	f.CreditTruncated = f.creditTruncation()
	f.CreditUnrecognised = unrecognised(cs)
	if s.Date == nil {
		if fl := f.Fields.DateCreated; fl != nil {
			if day, ok := fl.Value.Day(); ok {
				s.Date = &caption.Date{Time: day, Text: fl.Value.String(), Precision: caption.PrecisionDay}
			}
		}
	}
	if s.Location == nil {
		s.Location = f.metaLocation()
	}
	return s
}

// unrecognised is the credit when no rule recognises it, else "".
func unrecognised(cs creditSummary) string {
	switch {
	case cs.credit == "":
		return ""
	case cs.agency != "" && cs.match == "":
		return cs.credit // an organisation the registry does not know
	case cs.agency == "" && len(cs.photographers) == 0 && cs.source == nil:
		return cs.credit
	}
	return ""
}

func (f *Facts) metaLocation() *caption.Location {
	loc := &caption.Location{City: f.placeField("city"), Region: f.placeField("region"), Country: f.placeField("country"),
		Place: f.placeField("sublocation"), CountryCode: f.Country}
	if code := countryCode(loc.Country); code != "" && strings.ToUpper(loc.Country) == loc.Country {
		// A code written in the Country field ("UK", "FRA"): the name.
		loc.Country = geo.CountryName(code)
	}
	if loc.City == "" && loc.Country == "" && loc.CountryCode == "" {
		return nil
	}
	var parts []string
	for _, p := range []string{loc.Place, loc.City, loc.Region, loc.Country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	loc.Text = strings.Join(parts, ", ")
	return loc
}

// photoDate is the capture date: the caption's, else the metadata's.
func (f *Facts) photoDate() (time.Time, string) {
	if cp := f.Caption; cp != nil && cp.Date != nil && cp.Date.Precision == caption.PrecisionDay && !cp.Date.Time.IsZero() {
		return cp.Date.Time, "caption"
	}
	for _, name := range []string{"date_created", "datetime_original"} {
		if fl := f.Fields.Date(name); fl != nil {
			if t, ok := fl.Value.Day(); ok {
				return t, name
			}
		}
	}
	return time.Time{}, ""
}

// Sources lists the restriction sources in merge order.
func Sources() []string { return append(append([]string{FromCaption}, rightsFields...), FromFeed) }

// Merge is the union of the restrictions of every source, merged by code
// and scope: two restrictions are one only when code, scope, only-in list
// and end time are equal, so an OUT naming other territories, or an
// embargo ending at another time, is never dropped. Each keeps in From the
// sources that state it ("caption,instructions").
func Merge(bySource map[string][]caption.Restriction) []caption.Restriction {
	out := []caption.Restriction{}
	index := map[string]int{}
	for _, from := range Sources() {
		for _, r := range bySource[from] {
			k := Key(r)
			if i, ok := index[k]; ok {
				if !slices.Contains(strings.Split(out[i].From, ","), from) {
					out[i].From += "," + from
				}
				continue
			}
			r.From = from
			index[k] = len(out)
			out = append(out, r)
		}
	}
	return out
}

// Key identifies a restriction for merging: code, scope, only-in list and
// end time, lists in sorted order.
func Key(r caption.Restriction) string {
	until := ""
	if !r.Until.IsZero() {
		until = r.Until.UTC().Format(time.RFC3339Nano)
	}
	return strings.Join([]string{r.Code, sortedJoin(r.Scope), sortedJoin(r.OnlyIn), until}, "|")
}

func sortedJoin(xs []string) string {
	c := slices.Clone(xs)
	slices.Sort(c)
	return strings.Join(c, ",")
}
