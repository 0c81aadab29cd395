// Package check holds the rules that compare caption, metadata and article
// (one function per rule, with a stable ID), and the verdict for a planned
// use of the photo.
package check

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// Severities.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// Uses a verdict can be asked for.
var Uses = []string{"editorial", "marketing", "advertising", "commercial", "social", "archive", "print", "online", "broadcast", "book"}

// Input is everything the rules look at.
type Input struct {
	File      string
	Caption   *caption.Caption // parsed caption (may be nil)
	Meta      *imagemeta.Metadata
	Fields    map[string]*imagemeta.Field
	Summary   *sidecar.Summary
	Article   *article.Article
	Use       string
	Territory string
	AsOf      time.Time
	Policy    Policy
	Kill      KillList
	ReadError error
}

type rule struct {
	id       string
	severity string
	fn       func(*Input) []sidecar.Finding
}

// rules in the order findings are reported.
var rules = []rule{
	{"file.unreadable", Error, fileUnreadable},
	{"use.killed", Error, killed},
	{"embargo.active", Error, embargoActive},
	{"rights.expired", Error, rightsExpired},
	{"credit.missing", Error, creditMissing},
	{"credit.mismatch", Warning, creditMismatch},
	{"restrictions.unsynced", Warning, restrictionsUnsynced},
	{"date.mismatch", Warning, dateMismatch},
	{"date.future", Warning, dateFuture},
	{"date.archive", Warning, dateArchive},
	{"location.mismatch", Warning, locationMismatch},
	{"location.gps_mismatch", Warning, gpsMismatch},
	{"article.place_absent", Warning, placeAbsent},
	{"article.language", Info, articleLanguage},
	{"metadata.unsynced", Info, metadataUnsynced},
	{"metadata.charset", Info, metadataCharset},
	{"image.too_small", Warning, imageTooSmall},
}

// RuleIDs lists every finding ID, the verdict's included.
func RuleIDs() []string {
	out := []string{}
	for _, r := range rules {
		out = append(out, r.id)
	}
	return append(out, "use.denied", "use.review")
}

// Run applies the rules and the verdict.
func Run(in *Input) ([]sidecar.Finding, *sidecar.Verdict) {
	findings := []sidecar.Finding{}
	for _, r := range rules {
		sev := r.severity
		if s, ok := in.Policy.Severity[r.id]; ok {
			sev = s
		}
		if sev == "off" {
			continue
		}
		for _, f := range r.fn(in) {
			f.Rule, f.Severity = r.id, sev
			if f.Evidence == nil {
				f.Evidence = map[string]any{}
			}
			findings = append(findings, f)
		}
	}
	v, extra := verdict(in, findings)
	for _, f := range extra {
		if s, ok := in.Policy.Severity[f.Rule]; ok {
			if s == "off" {
				continue
			}
			f.Severity = s
		}
		findings = append(findings, f)
	}
	return findings, v
}

func finding(msg string, ev map[string]any) []sidecar.Finding {
	return []sidecar.Finding{{Message: msg, Evidence: ev}}
}

func fileUnreadable(in *Input) []sidecar.Finding {
	if in.ReadError == nil {
		return nil
	}
	return finding("The file could not be read: "+in.ReadError.Error(), map[string]any{"error": in.ReadError.Error()})
}

func killed(in *Input) []sidecar.Finding {
	if len(in.Kill) == 0 {
		return nil
	}
	keys := []string{strings.ToLower(filepath.Base(in.File))}
	if f := in.Fields["transmission_reference"]; f != nil {
		keys = append(keys, strings.ToLower(fmt.Sprint(f.Value)))
	}
	for _, k := range keys {
		if in.Kill[k] {
			return finding("The agency has withdrawn this photo (kill list): do not publish it", map[string]any{"match": k})
		}
	}
	return nil
}

func summaryRestrictions(in *Input) []caption.Restriction {
	if in.Summary == nil {
		return nil
	}
	return in.Summary.Restrictions
}

func embargoActive(in *Input) []sidecar.Finding {
	var out []sidecar.Finding
	for _, r := range summaryRestrictions(in) {
		if r.Code != caption.Embargo {
			continue
		}
		until, err := time.Parse(time.RFC3339, r.Until)
		if err != nil {
			out = append(out, finding("An embargo whose end could not be read: check it before publishing", map[string]any{"text": r.Text})...)
			continue
		}
		if in.AsOf.Before(until) {
			out = append(out, finding("Embargoed until "+until.Format(time.RFC3339)+": not before then", map[string]any{"text": r.Text, "until": r.Until, "as_of": in.AsOf.Format(time.RFC3339)})...)
		}
	}
	if in.Meta != nil {
		if t, ok := iimTime(in.Meta.IPTC, "ReleaseDate", "ReleaseTime"); ok && in.AsOf.Before(t) {
			out = append(out, finding("IPTC Release Date is "+t.Format(time.RFC3339)+": embargoed until then", map[string]any{"release": t.Format(time.RFC3339)})...)
		}
	}
	return out
}

func rightsExpired(in *Input) []sidecar.Finding {
	if in.Meta == nil {
		return nil
	}
	if t, ok := iimTime(in.Meta.IPTC, "ExpirationDate", "ExpirationTime"); ok && in.AsOf.After(t) {
		return finding("IPTC Expiration Date "+t.Format("2006-01-02")+" has passed: the photo may no longer be used", map[string]any{"expiration": t.Format(time.RFC3339)})
	}
	return nil
}

// iimTime reads an IIM date ("2022:03:05") and optional time ("10:00:00+01:00").
func iimTime(iptc map[string]any, dateKey, timeKey string) (time.Time, bool) {
	d, _ := iptc[dateKey].(string)
	if len(d) != 10 {
		return time.Time{}, false
	}
	s := strings.ReplaceAll(d, ":", "-")
	if tm, _ := iptc[timeKey].(string); len(tm) >= 8 {
		if t, err := time.Parse("2006-01-02T15:04:05Z07:00", s+"T"+tm); err == nil {
			return t, true
		}
		if t, err := time.Parse("2006-01-02T15:04:05", s+"T"+tm[:8]); err == nil {
			return t, true
		}
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

func fieldString(in *Input, name string) string {
	if f := in.Fields[name]; f != nil {
		if s, ok := f.Value.(string); ok {
			return s
		}
	}
	return ""
}

func creditMissing(in *Input) []sidecar.Finding {
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
	if in.Caption != nil {
		capCredit = in.Caption.Credit
	}
	metaCredit := fieldString(in, "credit")
	var out []sidecar.Finding
	if mandatory && capCredit == "" && metaCredit == "" {
		out = append(out, finding("Credit is mandatory but neither the caption nor IPTC Credit gives one", map[string]any{"demanded": demanded})...)
	}
	if in.Summary != nil && in.Summary.Agency != nil {
		if req, ok := in.Policy.RequiredCredit[*in.Summary.Agency]; ok {
			have := capCredit + " " + metaCredit
			if !strings.Contains(strings.ToLower(have), strings.ToLower(req)) {
				out = append(out, finding(fmt.Sprintf("Desk policy requires %q in the credit of %s photos", req, *in.Summary.Agency), map[string]any{"required": req, "caption_credit": capCredit, "iptc_credit": metaCredit})...)
			}
		}
	}
	return out
}

func creditMismatch(in *Input) []sidecar.Finding {
	if in.Caption == nil || in.Caption.Agency == "" {
		return nil
	}
	metaCredit := fieldString(in, "credit")
	if metaCredit == "" {
		return nil
	}
	metaAgency := ""
	if c, err := caption.Parse(metaCredit, caption.Options{}); err == nil {
		metaAgency = c.Agency
	}
	if metaAgency == "" {
		metaAgency = caption.AgencyName(metaCredit)
	}
	if metaAgency == "" || metaAgency == in.Caption.Agency {
		return nil
	}
	// A partner in the caption's credit is not a conflict ("X/AFP via Getty Images").
	for _, p := range in.Caption.Partners {
		if caption.AgencyName(p) == metaAgency {
			return nil
		}
	}
	return finding(fmt.Sprintf("The caption credits %s but IPTC Credit says %q", in.Caption.Agency, metaCredit),
		map[string]any{"caption_agency": in.Caption.Agency, "iptc_credit": metaCredit})
}

func codeSet(rs []caption.Restriction) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		m[r.Code] = true
	}
	return m
}

func restrictionsUnsynced(in *Input) []sidecar.Finding {
	if in.Caption == nil || in.Meta == nil {
		return nil
	}
	instr := fieldString(in, "instructions") + "\n" + fieldString(in, "usage_terms")
	if strings.TrimSpace(instr) == "" && len(in.Caption.Restrictions) == 0 {
		return nil
	}
	fromCaption := codeSet(in.Caption.Restrictions)
	fromFields := codeSet(caption.FindRestrictions(instr, in.AsOf))
	var missingInFields, missingInCaption []string
	for c := range fromCaption {
		if !fromFields[c] && c != caption.MandatoryCredit {
			missingInFields = append(missingInFields, c)
		}
	}
	for c := range fromFields {
		if !fromCaption[c] && c != caption.MandatoryCredit {
			missingInCaption = append(missingInCaption, c)
		}
	}
	if len(missingInFields)+len(missingInCaption) == 0 {
		return nil
	}
	sort.Strings(missingInFields)
	sort.Strings(missingInCaption)
	msg := "Restrictions differ between caption and Special Instructions/Rights Usage Terms"
	if len(missingInFields) > 0 {
		msg += "; not in the fields: " + strings.Join(missingInFields, ", ")
	}
	if len(missingInCaption) > 0 {
		msg += "; not in the caption: " + strings.Join(missingInCaption, ", ")
	}
	return finding(msg, map[string]any{"missing_in_fields": missingInFields, "missing_in_caption": missingInCaption})
}

func parseDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

func dayDiff(a, b time.Time) int {
	return int(math.Round(a.Sub(b).Hours() / 24))
}

func dateMismatch(in *Input) []sidecar.Finding {
	if in.Caption == nil || in.Caption.Date == nil || in.Caption.Date.Precision != "day" {
		return nil
	}
	cd, ok := parseDay(in.Caption.Date.Value)
	if !ok {
		return nil
	}
	ev := map[string]any{"caption": in.Caption.Date.Value}
	var bad []string
	for _, name := range []string{"date_created", "datetime_original"} {
		f := in.Fields[name]
		if f == nil {
			continue
		}
		for src, v := range f.Sources {
			md, ok := parseDay(fmt.Sprint(v))
			if !ok {
				continue
			}
			if d := dayDiff(md, cd); d > 1 || d < -1 {
				key := src + "." + name
				ev[key] = fmt.Sprint(v)[:10]
				bad = append(bad, key)
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	ev["sources"] = bad
	return finding(fmt.Sprintf("The caption dates the photo %s but the metadata says %s (%s)", in.Caption.Date.Value, ev[bad[0]], bad[0]), ev)
}

// photoDate is the capture date: the caption's, else the metadata's.
func photoDate(in *Input) (time.Time, string, bool) {
	if in.Caption != nil && in.Caption.Date != nil && in.Caption.Date.Precision == "day" {
		if t, ok := parseDay(in.Caption.Date.Value); ok {
			return t, "caption", true
		}
	}
	for _, name := range []string{"date_created", "datetime_original"} {
		if f := in.Fields[name]; f != nil {
			if t, ok := parseDay(fmt.Sprint(f.Value)); ok {
				return t, name, true
			}
		}
	}
	return time.Time{}, "", false
}

func dateFuture(in *Input) []sidecar.Finding {
	t, from, ok := photoDate(in)
	if !ok || !t.After(in.AsOf.AddDate(0, 0, 1)) {
		return nil
	}
	return finding(fmt.Sprintf("The photo is dated %s, after %s", t.Format("2006-01-02"), in.AsOf.Format("2006-01-02")),
		map[string]any{"date": t.Format("2006-01-02"), "from": from})
}

func dateArchive(in *Input) []sidecar.Finding {
	if in.Article == nil || (in.Summary != nil && in.Summary.FilePhoto) {
		return nil
	}
	newest, ok := in.Article.Newest()
	if !ok {
		return nil
	}
	t, from, ok := photoDate(in)
	if !ok {
		return nil
	}
	days := dayDiff(newest, t)
	if days <= in.Policy.ArchiveDays {
		return nil
	}
	return finding(fmt.Sprintf("Archive photo: taken %s, %d days before the article's latest date %s, and not marked as a file photo",
		t.Format("2006-01-02"), days, newest.Format("2006-01-02")),
		map[string]any{"photo_date": t.Format("2006-01-02"), "from": from, "article_date": newest.Format("2006-01-02"), "days": days, "threshold_days": in.Policy.ArchiveDays})
}

// metaCountry is the country code IPTC/XMP state, from the code or the name.
func metaCountry(in *Input) (string, string) {
	if c := fieldString(in, "country_code"); c != "" {
		if code := geo.Alpha2(c); code != "" {
			return code, c
		}
	}
	if n := fieldString(in, "country"); n != "" {
		if code, ok := geo.Country(n); ok {
			return code, n
		}
	}
	return "", ""
}

func locationMismatch(in *Input) []sidecar.Finding {
	if in.Caption == nil || in.Caption.Location == nil || in.Caption.Location.CountryCode == "" {
		return nil
	}
	mc, raw := metaCountry(in)
	if mc == "" || mc == in.Caption.Location.CountryCode {
		return nil
	}
	return finding(fmt.Sprintf("The caption places the photo in %s but IPTC says %s", in.Caption.Location.CountryCode, raw),
		map[string]any{"caption": in.Caption.Location.CountryCode, "metadata": mc})
}

func gpsMismatch(in *Input) []sidecar.Finding {
	f := in.Fields["gps"]
	if f == nil {
		return nil
	}
	pos, _ := f.Value.(map[string]any)
	lat, _ := pos["lat"].(float64)
	lon, _ := pos["lon"].(float64)
	stated := ""
	if in.Summary != nil && in.Summary.Location != nil {
		stated = in.Summary.Location.CountryCode
	}
	if stated == "" {
		stated, _ = metaCountry(in)
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

func placeAbsent(in *Input) []sidecar.Finding {
	if in.Article == nil || in.Summary == nil || in.Summary.Location == nil {
		return nil
	}
	loc := in.Summary.Location
	// A page that reprints the photo's caption does not, by that, talk
	// about the place: look at the article without the caption.
	raw, places := in.Article.Text, in.Article.Places
	if in.Caption != nil && len(in.Caption.Text) > 40 && strings.Contains(raw, strings.TrimSpace(in.Caption.Text)) {
		raw = strings.ReplaceAll(raw, strings.TrimSpace(in.Caption.Text), " ")
		places = caption.Places(raw)
	}
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

func articleLanguage(in *Input) []sidecar.Finding {
	if in.Article == nil || in.Caption == nil || in.Caption.Language == "" || in.Article.Language == "" || in.Caption.Language == in.Article.Language {
		return nil
	}
	return finding(fmt.Sprintf("The caption is in %s, the article in %s: translate the caption", in.Caption.Language, in.Article.Language),
		map[string]any{"caption": in.Caption.Language, "article": in.Article.Language})
}

func metadataUnsynced(in *Input) []sidecar.Finding {
	var out []string
	for name, f := range in.Fields {
		if !f.InSync {
			out = append(out, name)
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

func metadataCharset(in *Input) []sidecar.Finding {
	if in.Meta == nil {
		return nil
	}
	var out []sidecar.Finding
	for _, n := range in.Meta.Notes {
		if n.Kind == "charset" {
			out = append(out, finding("Text bytes had to be guessed: "+n.Message, map[string]any{"note": n.Message})...)
		}
	}
	return out
}

func imageTooSmall(in *Input) []sidecar.Finding {
	if in.Meta == nil || (in.Policy.MinWidth == 0 && in.Policy.MinHeight == 0) || in.Meta.Width == 0 {
		return nil
	}
	if in.Meta.Width >= in.Policy.MinWidth && in.Meta.Height >= in.Policy.MinHeight {
		return nil
	}
	return finding(fmt.Sprintf("The image is %dx%d, below the desk minimum %dx%d", in.Meta.Width, in.Meta.Height, in.Policy.MinWidth, in.Policy.MinHeight),
		map[string]any{"width": in.Meta.Width, "height": in.Meta.Height})
}
