package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func isTerminal(w io.Writer) bool {
	if o, ok := w.(*outWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// useColour: a terminal that can show it, unless NO_COLOR is set
// (https://no-color.org) or TERM says it cannot (dumb).
func useColour(w io.Writer) bool {
	return isTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// colour pads s to width first, so that escape codes never count in the
// alignment, then colours it.
func colour(w io.Writer, code, s string, width int) string {
	return paint(code, s, width, useColour(w))
}

func paint(code, s string, width int, on bool) string {
	if pad := width - utf8.RuneCountInString(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	if code == "" || !on {
		return s
	}
	trimmed := strings.TrimRight(s, " ")
	return "\x1b[" + code + "m" + trimmed + "\x1b[0m" + s[len(trimmed):]
}

var severityColour = map[check.Severity]string{check.Error: "31", check.Warning: "33", check.Info: "36"}
var decisionColour = map[check.Decision]string{check.Allow: "32", check.Deny: "31;1", check.Review: "33;1"}

// label prints one "  Name:   value" line, names aligned; the value is
// cleaned (see clean) unless it is already painted.
func label(w io.Writer, name, value string) {
	fmt.Fprintf(w, "  %-14s%s\n", name+":", value)
}

// imageLine is the Image line: format and size, and the EXIF orientation
// only when the photo is stored turned (2–8): 0 (none) and 1 (upright)
// say nothing a reader needs.
func imageLine(im *sidecar.Image) string {
	if im.Width <= 0 || im.Height <= 0 {
		return clean(im.Format) + ", size unknown"
	}
	s := fmt.Sprintf("%s %dx%d", clean(im.Format), im.Width, im.Height)
	if im.Orientation > 1 {
		s += fmt.Sprintf(", EXIF orientation %d", im.Orientation)
	}
	return s
}

// editorialFields are the metadata fields inspect --format text shows, in
// the order a picture editor reads them.
var editorialFields = []string{"caption", "headline", "title", "credit", "source", "byline", "byline_title", "copyright",
	"instructions", "usage_terms", "date_created", "datetime_original", "sublocation", "city", "region", "country",
	"country_code", "gps", "keywords", "transmission_reference", "writer"}

// writeRecordText prints a record for a person: what to credit, what the
// restrictions are, the findings and the verdict with its reasons.
func writeRecordText(w io.Writer, r *sidecar.Record, findings bool) {
	fmt.Fprintf(w, "%s\n", quotePath(r.SourceFile))
	if r.Error != nil {
		label(w, "Error", colour(w, "31", clean(*r.Error), 0))
	}
	if im := r.Image; im != nil && (im.Format != "" || im.Width > 0) {
		label(w, "Image", imageLine(im))
	}
	writeFeedLine(w, r.Feed)
	if s := r.Summary; s != nil {
		label(w, "Credit", clean(orDash(deref(s.Credit))))
		label(w, "Agency", clean(orDash(deref(s.Agency))))
		label(w, "Photographer", clean(orDash(strings.Join(s.Photographers, ", "))))
		if s.Date != nil {
			label(w, "Date", clean(s.Date.String()))
		}
		label(w, "Location", clean(locationLine(s.Location)))
		var rs []string
		for _, x := range s.Restrictions {
			rs = append(rs, restrictionLine(x))
		}
		label(w, "Restrictions", clean(orDash(strings.Join(rs, "; "))))
		if s.FilePhoto {
			label(w, "File photo", "yes")
		}
	}
	writeMarkLines(w, r)
	if !findings {
		writeFieldsText(w, r)
		fmt.Fprintln(w)
		return
	}
	if line := articleLine(r.Article); line != "" {
		label(w, "Article", line)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  %s %-24s %s\n", colour(w, severityColour[f.Severity], string(f.Severity), 8), f.Rule, clean(f.Message))
	}
	if v := r.Verdict; v != nil {
		where := ""
		if v.Territory != nil && *v.Territory != "" {
			where = " in " + clean(*v.Territory)
		}
		label(w, "Verdict", colour(w, decisionColour[v.Decision], strings.ToUpper(string(v.Decision)), 0)+" for "+v.Use+" use"+where)
		for _, reason := range v.Reasons {
			fmt.Fprintf(w, "    - %s\n", clean(reason))
		}
	}
	fmt.Fprintln(w)
}

// writeFieldsText lists the reconciled metadata fields with the sources
// that carry them, flagging the ones whose sources disagree.
func writeFieldsText(w io.Writer, r *sidecar.Record) {
	if r.Metadata == nil {
		return
	}
	entries := map[string]imagemeta.Entry{}
	for _, e := range r.Metadata.Fields.Entries() {
		entries[e.Name] = e
	}
	if len(entries) == 0 {
		return
	}
	fmt.Fprintf(w, "  Metadata:\n")
	for _, name := range editorialFields {
		f, ok := entries[name]
		if !ok {
			continue
		}
		sync := ""
		if !f.InSync {
			sync = "  " + colour(w, "33", "(sources differ)", 0)
		}
		fmt.Fprintf(w, "    %-24s%s  [%s]%s\n", name, clean(f.Text), clean(strings.Join(f.Sources, ",")), sync)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// fileURI is a SARIF artifactLocation.uri: a relative reference for a
// relative path, a file: URI for an absolute one, each segment
// percent-encoded (spaces, '#', '%', '?', non-ASCII).
func fileURI(p string) string {
	slash := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		if !strings.HasPrefix(slash, "/") {
			slash = "/" + slash // C:/x → /C:/x
		}
		return (&url.URL{Scheme: "file", Path: slash}).String()
	}
	u := (&url.URL{Path: slash}).String()
	return u
}
