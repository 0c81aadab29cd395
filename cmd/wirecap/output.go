package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/wirecap/wirecap/internal/batch"
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

var severityColour = map[string]string{check.Error: "31", check.Warning: "33", check.Info: "36"}
var decisionColour = map[string]string{"allow": "32", "deny": "31;1", "review": "33;1"}

// label prints one "  Name:   value" line, names aligned.
func label(w io.Writer, name, value string) {
	fmt.Fprintf(w, "  %-14s%s\n", name+":", value)
}

// editorialFields are the metadata fields inspect --format text shows, in
// the order a picture editor reads them.
var editorialFields = []string{"caption", "headline", "title", "credit", "source", "byline", "byline_title", "copyright",
	"instructions", "usage_terms", "date_created", "datetime_original", "sublocation", "city", "region", "country",
	"country_code", "gps", "keywords", "transmission_reference", "writer"}

// writeRecordText prints a record for a person: what to credit, what the
// restrictions are, the findings and the verdict with its reasons.
func writeRecordText(w io.Writer, r *sidecar.Record, findings bool) {
	fmt.Fprintf(w, "%s\n", r.SourceFile)
	if r.Error != nil {
		label(w, "Error", colour(w, "31", *r.Error, 0))
	}
	if im := r.Image; im != nil && im.Width > 0 && im.Height > 0 {
		label(w, "Image", fmt.Sprintf("%s %dx%d orientation %d", im.Format, im.Width, im.Height, im.Orientation))
	} else if im != nil && im.Format != "" {
		label(w, "Image", im.Format+", size unknown")
	}
	writeFeedLine(w, r.Feed)
	if s := r.Summary; s != nil {
		label(w, "Credit", orDash(deref(s.Credit)))
		label(w, "Agency", orDash(deref(s.Agency)))
		label(w, "Photographer", orDash(strings.Join(s.Photographers, ", ")))
		if s.Date != nil {
			label(w, "Date", s.Date.Value)
		}
		label(w, "Location", locationLine(s.Location))
		var rs []string
		for _, x := range s.Restrictions {
			rs = append(rs, restrictionLine(x))
		}
		label(w, "Restrictions", orDash(strings.Join(rs, "; ")))
		if s.FilePhoto {
			label(w, "File photo", "yes")
		}
	}
	if !findings {
		writeFieldsText(w, r)
		fmt.Fprintln(w)
		return
	}
	if line := articleLine(r.Article); line != "" {
		label(w, "Article", line)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  %s %-24s %s\n", colour(w, severityColour[f.Severity], f.Severity, 8), f.Rule, f.Message)
	}
	if v := r.Verdict; v != nil {
		where := ""
		if v.Territory != nil && *v.Territory != "" {
			where = " in " + *v.Territory
		}
		label(w, "Verdict", colour(w, decisionColour[v.Decision], strings.ToUpper(v.Decision), 0)+" for "+v.Use+" use"+where)
		for _, reason := range v.Reasons {
			fmt.Fprintf(w, "    - %s\n", reason)
		}
	}
	fmt.Fprintln(w)
}

// writeFieldsText lists the reconciled metadata fields with the sources
// that carry them, flagging the ones whose sources disagree.
func writeFieldsText(w io.Writer, r *sidecar.Record) {
	if r.Metadata == nil || len(r.Metadata.Fields) == 0 {
		return
	}
	fmt.Fprintf(w, "  Metadata:\n")
	for _, name := range editorialFields {
		f := r.Metadata.Fields[name]
		if f == nil {
			continue
		}
		var srcs []string
		for src := range f.Sources {
			srcs = append(srcs, src)
		}
		sort.Strings(srcs)
		sync := ""
		if !f.InSync {
			sync = "  " + colour(w, "33", "(sources differ)", 0)
		}
		fmt.Fprintf(w, "    %-24s%s  [%s]%s\n", name, fieldText(f.Value), strings.Join(srcs, ","), sync)
	}
}

func fieldText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string:
		return strings.Join(x, "; ")
	case nil:
		return "—"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// SARIF 2.1.0, one result per finding, ruleId = finding ID.
// Paths not read are tool execution notifications of the invocation.
func writeSARIF(w io.Writer, recs []*sidecar.Record, skips []batch.Item) {
	level := map[string]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}
	ruleSet := map[string]bool{}
	var results []map[string]any
	for _, r := range recs {
		for _, f := range r.Findings {
			ruleSet[f.Rule] = true
			results = append(results, map[string]any{
				"ruleId": f.Rule, "level": level[f.Severity], "message": map[string]any{"text": f.Message},
				"locations":  []any{map[string]any{"physicalLocation": map[string]any{"artifactLocation": map[string]any{"uri": fileURI(r.SourceFile)}}}},
				"properties": map[string]any{"evidence": f.Evidence},
			})
		}
	}
	var rules []map[string]any
	ids := make([]string, 0, len(ruleSet))
	for id := range ruleSet {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		rules = append(rules, map[string]any{"id": id})
	}
	if results == nil {
		results = []map[string]any{}
	}
	notes := []map[string]any{}
	for _, it := range skips {
		sk := skipOf(it)
		lvl, text := "note", "skipped: "+sk.Skipped
		if sk.Error != nil {
			lvl, text = "error", *sk.Error
		}
		notes = append(notes, map[string]any{"level": lvl, "message": map[string]any{"text": text},
			"locations": []any{map[string]any{"physicalLocation": map[string]any{"artifactLocation": map[string]any{"uri": fileURI(it.Path)}}}}})
	}
	if rules == nil {
		rules = []map[string]any{}
	}
	doc := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool":        map[string]any{"driver": map[string]any{"name": "wirecap", "version": Version, "rules": rules}},
			"invocations": []any{map[string]any{"executionSuccessful": true, "toolExecutionNotifications": notes}},
			"results":     results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(doc)
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

// JUnit XML: one test suite per file, one test case per rule; findings at
// error or warning level fail their case.
// A path that was not read is a suite with one skipped case, or a failed
// file.unreadable case for an I/O error.
func writeJUnit(w io.Writer, recs []*sidecar.Record, skips []batch.Item) {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type skipped struct {
		Message string `xml:"message,attr"`
	}
	type testcase struct {
		Name      string    `xml:"name,attr"`
		Classname string    `xml:"classname,attr"`
		Failures  []failure `xml:"failure"`
		Skipped   *skipped  `xml:"skipped"`
	}
	type suite struct {
		Name     string     `xml:"name,attr"`
		Tests    int        `xml:"tests,attr"`
		Failures int        `xml:"failures,attr"`
		Cases    []testcase `xml:"testcase"`
	}
	type suites struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []suite  `xml:"testsuite"`
	}
	var out suites
	for _, r := range recs {
		s := suite{Name: r.SourceFile}
		for _, id := range check.RuleIDs() {
			tc := testcase{Name: id, Classname: r.SourceFile}
			for _, f := range r.Findings {
				if f.Rule == id && f.Severity != check.Info {
					tc.Failures = append(tc.Failures, failure{Message: f.Message, Type: f.Severity, Text: f.Message})
				}
			}
			if len(tc.Failures) > 0 {
				s.Failures++
			}
			s.Cases = append(s.Cases, tc)
		}
		s.Tests = len(s.Cases)
		out.Suites = append(out.Suites, s)
	}
	for _, it := range skips {
		sk := skipOf(it)
		tc := testcase{Name: "file.unreadable", Classname: it.Path}
		s := suite{Name: it.Path, Tests: 1}
		if sk.Error != nil {
			tc.Failures = []failure{{Message: *sk.Error, Type: check.Error, Text: *sk.Error}}
			s.Failures = 1
		} else {
			tc.Skipped = &skipped{Message: sk.Skipped}
		}
		s.Cases = []testcase{tc}
		out.Suites = append(out.Suites, s)
	}
	io.WriteString(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	enc.Encode(out)
	io.WriteString(w, "\n")
}
