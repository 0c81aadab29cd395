package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func colour(w io.Writer, code, s string) string {
	if !isTerminal(w) || os.Getenv("NO_COLOR") != "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

var severityColour = map[string]string{check.Error: "31", check.Warning: "33", check.Info: "36"}
var decisionColour = map[string]string{"allow": "32", "deny": "31;1", "review": "33;1"}

// writeRecordText prints a record for a person: what to credit, what the
// restrictions are, the findings and the verdict.
func writeRecordText(w io.Writer, r *sidecar.Record, findings bool) {
	fmt.Fprintf(w, "%s\n", r.SourceFile)
	if r.Error != nil {
		fmt.Fprintf(w, "  Error:        %s\n", colour(w, "31", *r.Error))
	}
	if r.Image != nil {
		fmt.Fprintf(w, "  Image:        %s %dx%d orientation %d\n", r.Image.Format, r.Image.Width, r.Image.Height, r.Image.Orientation)
	}
	if s := r.Summary; s != nil {
		fmt.Fprintf(w, "  Credit:       %s\n", orDash(deref(s.Credit)))
		fmt.Fprintf(w, "  Agency:       %s\n", orDash(deref(s.Agency)))
		fmt.Fprintf(w, "  Photographer: %s\n", orDash(strings.Join(s.Photographers, ", ")))
		if s.Date != nil {
			fmt.Fprintf(w, "  Date:         %s\n", s.Date.Value)
		}
		fmt.Fprintf(w, "  Location:     %s\n", locationLine(s.Location))
		var rs []string
		for _, x := range s.Restrictions {
			rs = append(rs, restrictionLine(x))
		}
		fmt.Fprintf(w, "  Restrictions: %s\n", orDash(strings.Join(rs, "; ")))
		if s.FilePhoto {
			fmt.Fprintf(w, "  File photo:   yes\n")
		}
	}
	if !findings {
		fmt.Fprintln(w)
		return
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  %-8s %-24s %s\n", colour(w, severityColour[f.Severity], f.Severity), f.Rule, f.Message)
	}
	if v := r.Verdict; v != nil {
		fmt.Fprintf(w, "  Verdict:      %s for %s use\n", colour(w, decisionColour[v.Decision], strings.ToUpper(v.Decision)), v.Use)
	}
	fmt.Fprintln(w)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// SARIF 2.1.0, one result per finding, ruleId = finding ID.
func writeSARIF(w io.Writer, recs []*sidecar.Record) {
	level := map[string]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}
	ruleSet := map[string]bool{}
	var results []map[string]any
	for _, r := range recs {
		for _, f := range r.Findings {
			ruleSet[f.Rule] = true
			results = append(results, map[string]any{
				"ruleId": f.Rule, "level": level[f.Severity], "message": map[string]any{"text": f.Message},
				"locations":  []any{map[string]any{"physicalLocation": map[string]any{"artifactLocation": map[string]any{"uri": r.SourceFile}}}},
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
	doc := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool":    map[string]any{"driver": map[string]any{"name": "wirecap", "version": Version, "rules": rules}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(doc)
}

// JUnit XML: one test suite per file, one test case per rule; findings at
// error or warning level fail their case.
func writeJUnit(w io.Writer, recs []*sidecar.Record) {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type testcase struct {
		Name      string    `xml:"name,attr"`
		Classname string    `xml:"classname,attr"`
		Failures  []failure `xml:"failure"`
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
	io.WriteString(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	enc.Encode(out)
	io.WriteString(w, "\n")
}
