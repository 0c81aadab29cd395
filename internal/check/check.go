// Package check holds the rules that compare caption, metadata and article
// (one function per rule, with a stable ID), and the verdict for a planned
// use of the photo.
package check

import (
	"fmt"
	"github.com/wirecap/wirecap/record"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// Uses a verdict can be asked for.
var Uses = []string{"editorial", "marketing", "advertising", "commercial", "social", "archive", "print", "online", "broadcast", "book", Illustration, AITraining}

// Input is everything the rules look at: the reconciled facts, the
// metadata's non-tag facts (image size, notes, IPTC digest), the article and
// the planned use.
type Input struct {
	File      string
	Facts     *reconcile.Facts // never nil for Run; see reconcile.Reconcile
	Meta      *imagemeta.Metadata
	Article   *article.Article
	Use       string
	Territory string // ISO alpha-2 (see ParseTerritory), "" when not given
	AsOf      time.Time
	Policy    Policy
	Kill      KillList
	ReadError error
	// Provenance is the photo's Content Credentials, verified; nil when
	// they were not read.
	Provenance *c2pa.Result
	// ArticleError is why the photo's article could not be read: its
	// checks were not made.
	ArticleError error
	// Internal lists the stages that failed on this photo before the checks
	// (each gives an internal.error finding).
	Internal []StageError
	// TimeBounds are further instants at which the inputs themselves change
	// meaning (the years yearless article dates were resolved in).
	TimeBounds []time.Time
	// Feed is the agency feed item paired with the photo, or nil.
	Feed *Feed
	// Leases are the desk's leases (--leases).
	Leases Leases

	clock        *clock
	territoryErr error // Territory is no country (geo.Territory's error)
}

type rule struct {
	id       Code
	severity Severity
	fn       func(*Input) []Finding
}

// rules in the order findings are reported.
var rules = slices.Concat([]rule{
	{record.FileUnreadable, Error, fileUnreadable},
	{record.InternalError, Error, internalError},
	{record.MetadataIncomplete, Warning, metadataIncomplete},
	{record.UseKilled, Error, killed},
}, feedStopRules, []rule{
	{record.EmbargoActive, Error, embargoActive},
	{record.RightsExpired, Error, rightsExpired},
	{record.CreditMissing, Error, creditMissing},
	{record.CreditMismatch, Warning, creditMismatch},
	{record.CreditTruncated, Warning, creditTruncated},
	{record.CreditUnrecognised, Info, creditUnrecognised},
	{record.RightsUnknown, Warning, rightsUnknown},
	{record.RestrictionsUnsynced, Warning, restrictionsUnsynced},
	{record.DateMismatch, Warning, dateMismatch},
	{record.DateFuture, Warning, dateFuture},
	{record.DateArchive, Warning, dateArchive},
	{record.LocationMismatch, Warning, locationMismatch},
	{record.LocationGPSMismatch, Warning, gpsMismatch},
	{record.ArticleUnreadable, Warning, articleUnreadable},
	{record.ArticlePlaceAbsent, Warning, placeAbsent},
	{record.ArticleLanguage, Info, articleLanguage},
}, feedNoteRules, []rule{
	{record.MetadataUnsynced, Info, metadataUnsynced},
	{record.MetadataCharset, Info, metadataCharset},
	{record.ImageTooSmall, Warning, imageTooSmall},
	{record.AIGenerated, Error, aiGenerated},
	{record.AIComposite, Warning, aiComposite},
	{record.AIEnhanced, Info, aiEnhanced},
	{record.AILabelMissing, Error, aiLabelMissing},
	{record.AISourceConflict, Warning, aiSourceConflict},
	{record.ProvenanceInvalid, Warning, provenanceInvalid},
	{record.ProvenanceUntrusted, Info, provenanceUntrusted},
	{record.RightsDataMining, Error, dataMining},
	{record.FileTruncated, Warning, fileTruncated},
})

// RuleIDs lists every finding ID, the verdict's included.
func RuleIDs() []string {
	out := []string{}
	for _, r := range rules {
		out = append(out, string(r.id))
	}
	return append(out, string(record.UseDenied), string(record.UseReview))
}

// Run applies the rules and the verdict. A rule may give a finding its own
// severity (restrictions.unsynced: info or warning); the policy's
// [severity] table overrides both.
func Run(given *Input) ([]Finding, *Verdict) {
	in := new(Input)
	*in = *given // the rules' own copy: the caller's input is never changed
	if in.Facts == nil {
		in.Facts = reconcile.NoFacts() // nothing was reconciled (the stage failed): the rules see no facts, never a second reading
	}
	if in.Territory != "" {
		// Callers should pass ParseTerritory's answer; "DEU" or "Germany"
		// must not slip past an OUT naming DE all the same, and a territory
		// that is no country ("SU") cannot clear an OUT: review.
		t, err := ParseTerritory(in.Territory)
		if err == nil {
			in.Territory = t
		}
		in.territoryErr = err
	}
	in.clock = &clock{asOf: in.AsOf}
	for _, t := range in.TimeBounds {
		in.clock.before(t)
	}
	findings := []Finding{}
	for _, r := range rules {
		for _, f := range r.fn(in) {
			f.Rule = r.id
			if f.Severity == "" {
				f.Severity = r.severity
			}
			if f.Evidence == nil {
				f.Evidence = record.Evidence{}
			}
			findings = append(findings, f)
		}
	}
	findings = applyPolicy(findings, in.Policy)
	v, extra := verdict(in, findings)
	return append(findings, applyPolicy(extra, in.Policy)...), v
}

// applyPolicy sets the severities the desk's policy names; "off" drops.
func applyPolicy(fs []Finding, p Policy) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if s, ok := p.Severity[f.Rule]; ok {
			if s == severityOff {
				continue
			}
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

func finding(msg string, ev map[string]any) []Finding {
	return []Finding{{Message: msg, Evidence: evidence(ev)}}
}

func articleUnreadable(in *Input) []Finding {
	if in.ArticleError == nil {
		return nil
	}
	return finding("The article could not be read, so the photo was not checked against it: "+in.ArticleError.Error(),
		map[string]any{"error": in.ArticleError.Error()})
}

func fileUnreadable(in *Input) []Finding {
	if in.ReadError == nil {
		return nil
	}
	return finding("The file could not be read: "+in.ReadError.Error(), map[string]any{"error": in.ReadError.Error()})
}

func internalError(in *Input) []Finding {
	var out []Finding
	for _, e := range in.Internal {
		out = append(out, e.Finding())
	}
	return out
}

// metadataIncomplete: whatever the readers could not read is named, so that
// nothing unread passes silently.
func metadataIncomplete(in *Input) []Finding {
	if in.Meta == nil {
		return nil
	}
	var out []Finding
	for _, n := range in.Meta.Notes {
		if n.Incomplete && !n.Truncated { // a cut file is file.truncated
			out = append(out, finding(fmt.Sprintf("Part of the metadata could not be read (%s): %s", n.Kind, n.Message),
				map[string]any{"kind": n.Kind, "note": n.Message})...)
		}
	}
	if c := in.Facts.Caption; c != nil && c.Truncated > 0 {
		out = append(out, finding(fmt.Sprintf("The caption is longer than wirecap reads (%d bytes); the last %d bytes are unread", caption.MaxLen, c.Truncated),
			map[string]any{"kind": "caption", "unread_bytes": c.Truncated})...)
	}
	m := in.Meta
	if in.ReadError != nil && len(m.EXIF)+len(m.IPTC)+len(m.XMP)+m.Width > 0 {
		out = append(out, finding("Reading stopped before the end of the file; what followed is unread: "+in.ReadError.Error(),
			map[string]any{"kind": "read", "error": in.ReadError.Error()})...)
	}
	return out
}

func summaryRestrictions(in *Input) []caption.Restriction {
	if in.Facts == nil || in.Facts.Summary == nil {
		return nil
	}
	return in.Facts.Summary.Restrictions
}

// until is a restriction's end time; ok is false when it has none.
func until(r caption.Restriction) (time.Time, bool) {
	return r.Until, !r.Until.IsZero()
}

// untilText is a restriction's end time as its JSON writes it (RFC 3339),
// "" when it has none.
func untilText(r caption.Restriction) string {
	if r.Until.IsZero() {
		return ""
	}
	return r.Until.UTC().Format(time.RFC3339)
}

func embargoActive(in *Input) []Finding {
	var out []Finding
	for _, r := range summaryRestrictions(in) {
		if r.Code != caption.Embargo {
			continue
		}
		if t, ok := until(r); ok && in.clock.before(t) {
			out = append(out, finding("Embargoed until "+t.Format(time.RFC3339)+": not before then", map[string]any{"text": r.Text, "until": untilText(r), "from": r.From})...)
		}
	}
	if t, ok := releaseStart(in); ok && in.clock.before(t) {
		out = append(out, finding("IPTC Release Date is "+t.Format(time.RFC3339)+": embargoed until then",
			map[string]any{"release": in.Facts.Release.Format(time.RFC3339), "until": t.Format(time.RFC3339)})...)
	}
	return out
}

func rightsExpired(in *Input) []Finding {
	var out []Finding
	for _, r := range summaryRestrictions(in) {
		if r.Code != caption.Expires {
			continue
		}
		if t, ok := until(r); ok && !in.clock.before(t) {
			out = append(out, finding("The licence ended "+t.Format(time.RFC3339)+": the photo may no longer be used", map[string]any{"text": r.Text, "until": untilText(r), "from": r.From})...)
		}
	}
	if t, end, ok := expirationEnd(in); ok && !in.clock.before(end) {
		out = append(out, finding("IPTC Expiration Date "+t.Format("2006-01-02")+" has passed: the photo may no longer be used",
			map[string]any{"expiration": t.Format(time.RFC3339), "denied_from": end.Format(time.RFC3339)})...)
	}
	return out
}

func creditMissing(in *Input) []Finding {
	mandatory := false
	demanded := ""
	for _, r := range summaryRestrictions(in) {
		if r.Code == caption.MandatoryCredit {
			mandatory = true
			if demanded == "" {
				demanded = r.Value
			}
		}
	}
	capCredit := ""
	if in.Facts.Caption != nil {
		capCredit = in.Facts.Caption.Credit
	}
	metaCredit := in.Facts.Field("credit")
	var out []Finding
	if mandatory && capCredit == "" && metaCredit == "" {
		out = append(out, finding("Credit is mandatory but neither the caption nor IPTC Credit gives one", map[string]any{"demanded": demanded})...)
	}
	if s := in.Facts.Summary; s != nil && s.Agency != nil {
		if req, ok := in.Policy.RequiredCredit[*s.Agency]; ok {
			have := capCredit + " " + metaCredit
			if !strings.Contains(strings.ToLower(have), strings.ToLower(req)) {
				out = append(out, finding(fmt.Sprintf("Desk policy requires %q in the credit of %s photos", req, *s.Agency), map[string]any{"required": req, "caption_credit": capCredit, "iptc_credit": metaCredit})...)
			}
		}
	}
	return out
}

// creditMismatch compares the caption's agency with the one IPTC Credit
// names, both as the credit analyser reads them.
func creditMismatch(in *Input) []Finding {
	cp := in.Facts.Caption
	lines := in.Facts.Credits["credit"]
	if cp == nil || cp.Agency == "" || len(lines) == 0 {
		return nil
	}
	meta := lines[0]
	if meta.Agency == "" || meta.Agency == cp.Agency {
		return nil
	}
	// A partner on either side is not a conflict ("X/AFP via Getty Images", "Scanpix/AP").
	for _, p := range cp.Partners {
		if caption.AgencyName(p) == meta.Agency {
			return nil
		}
	}
	for _, p := range meta.Partners {
		if caption.AgencyName(p) == cp.Agency {
			return nil
		}
	}
	return finding(fmt.Sprintf("The caption credits %s but IPTC Credit says %q", cp.Agency, meta.Credit),
		map[string]any{"caption_agency": cp.Agency, "iptc_credit": meta.Credit, "iptc_agency": meta.Agency})
}

func dayDiff(a, b time.Time) int {
	return int(math.Round(a.Sub(b).Hours() / 24))
}

func dateMismatch(in *Input) []Finding {
	cp := in.Facts.Caption
	if cp == nil || cp.Date == nil || cp.Date.Precision != caption.PrecisionDay || cp.Date.Time.IsZero() {
		return nil
	}
	cd := cp.Date.Time
	ev := map[string]any{"caption": cp.Date.String()}
	var bad []string
	for _, name := range []string{"date_created", "datetime_original"} {
		f := in.Facts.Fields.Date(name)
		if f == nil {
			continue
		}
		for src, v := range f.Sources {
			md, ok := v.Day()
			if !ok {
				continue
			}
			if d := dayDiff(md, cd); d > 1 || d < -1 {
				key := src + "." + name
				ev[key] = md.Format("2006-01-02")
				bad = append(bad, key)
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	ev["sources"] = bad
	return finding(fmt.Sprintf("The caption dates the photo %s but the metadata says %s (%s)", cp.Date, ev[bad[0]], bad[0]), ev)
}

// photoDate is the capture date: the caption's, else the metadata's.
func photoDate(in *Input) (time.Time, string, bool) {
	return in.Facts.PhotoDate, in.Facts.PhotoDateFrom, !in.Facts.PhotoDate.IsZero()
}

func dateFuture(in *Input) []Finding {
	t, from, ok := photoDate(in)
	// A day's grace for time zones: future from the day after tomorrow.
	if !ok || !in.clock.before(t.AddDate(0, 0, -1)) {
		return nil
	}
	return finding(fmt.Sprintf("The photo is dated %s, in the future: check the date", t.Format("2006-01-02")),
		map[string]any{"date": t.Format("2006-01-02"), "from": from})
}

func locationMismatch(in *Input) []Finding {
	if in.Facts.Caption == nil || in.Facts.Caption.Location == nil || in.Facts.Caption.Location.CountryCode == "" {
		return nil
	}
	mc, raw := in.Facts.Country, in.Facts.CountryText
	if mc == "" || mc == in.Facts.Caption.Location.CountryCode {
		return nil
	}
	return finding(fmt.Sprintf("The caption places the photo in %s but IPTC says %s", in.Facts.Caption.Location.CountryCode, raw),
		map[string]any{"caption": in.Facts.Caption.Location.CountryCode, "metadata": mc})
}

func gpsMismatch(in *Input) []Finding {
	f := in.Facts.Fields.GPS
	if f == nil {
		return nil
	}
	lat, lon := f.Value.Lat, f.Value.Lon
	stated := ""
	if in.Facts.Summary != nil && in.Facts.Summary.Location != nil {
		stated = in.Facts.Summary.Location.CountryCode
	}
	if stated == "" {
		stated = in.Facts.Country
	}
	if stated == "" {
		return nil
	}
	gpsCountry, km, ok := geo.CountryAt(lat, lon)
	if !ok || gpsCountry == stated || geo.NearCountry(lat, lon, stated, 400) {
		return nil
	}
	return finding(fmt.Sprintf("The GPS position (%.4f, %.4f) is in or near %s (%.0f km from a known place), not %s", lat, lon, gpsCountry, km, stated),
		map[string]any{"lat": lat, "lon": lon, "gps_country": gpsCountry, "stated": stated})
}

func placeAbsent(in *Input) []Finding {
	if in.Article == nil || in.Facts.Summary == nil || in.Facts.Summary.Location == nil {
		return nil
	}
	loc := in.Facts.Summary.Location
	// The article stage has already left out a reprint of the photo's
	// caption (article.Article.Excluding): a page that reprints the caption
	// does not, by that, talk about the place.
	raw, places := in.Article.Text, in.Article.Places
	text := geo.Fold(raw)
	mentioned := func(name string) bool {
		if name == "" {
			return false
		}
		if c, ok := geo.LookupCity(name); ok {
			for _, p := range places {
				if p.Kind == "city" && p.Name == c.Name {
					return true
				}
			}
		}
		return strings.Contains(" "+text+" ", " "+geo.Fold(name)+" ")
	}
	var names []string
	for _, n := range []string{loc.Place, loc.City} {
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		// Only a country is known: look for it.
		if loc.CountryCode == "" {
			return nil
		}
		for _, p := range places {
			if p.Kind == "country" && p.CountryCode == loc.CountryCode {
				return nil
			}
		}
		return finding(fmt.Sprintf("The article never mentions %s, where the photo was taken", orCode(loc)), map[string]any{"country_code": loc.CountryCode})
	}
	for _, n := range names {
		if mentioned(n) {
			return nil
		}
	}
	var artPlaces []string
	for _, p := range places {
		artPlaces = append(artPlaces, p.Name)
	}
	return finding(fmt.Sprintf("The article never mentions %s, where the photo was taken", strings.Join(names, " / ")),
		map[string]any{"caption_places": names, "article_places": artPlaces})
}

func orCode(l *caption.Location) string {
	if l.Country != "" {
		return l.Country
	}
	return l.CountryCode
}

func articleLanguage(in *Input) []Finding {
	if in.Article == nil || in.Facts.Caption == nil || in.Facts.Caption.Language == "" || in.Article.Language == "" || in.Facts.Caption.Language == in.Article.Language {
		return nil
	}
	return finding(fmt.Sprintf("The caption is in %s, the article in %s: translate the caption", in.Facts.Caption.Language, in.Article.Language),
		map[string]any{"caption": in.Facts.Caption.Language, "article": in.Article.Language})
}

func metadataUnsynced(in *Input) []Finding {
	var out []string
	for _, f := range in.Facts.Fields.Entries() {
		if !f.InSync {
			out = append(out, f.Name)
		}
	}
	if len(out) == 0 && (in.Meta == nil || in.Meta.IPTCDigest != "mismatch") {
		return nil
	}
	sort.Strings(out)
	ev := map[string]any{"fields": out}
	msg := "EXIF, IPTC and XMP disagree on: " + strings.Join(out, ", ")
	if in.Meta != nil && in.Meta.IPTCDigest == "mismatch" {
		ev["iptc_digest"] = "mismatch"
		if len(out) == 0 {
			msg = "The IPTC digest is stale: XMP may be out of date"
		}
	}
	return finding(msg, ev)
}

func metadataCharset(in *Input) []Finding {
	if in.Meta == nil {
		return nil
	}
	var out []Finding
	for _, n := range in.Meta.Notes {
		if n.Kind == "charset" {
			out = append(out, finding("Text bytes had to be guessed: "+n.Message, map[string]any{"note": n.Message})...)
		}
	}
	return out
}
