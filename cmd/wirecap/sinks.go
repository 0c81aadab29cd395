package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// printer writes check's records in one format as they come, and what
// follows the last one (the summary line, the end of a SARIF or JUnit
// document). Nothing but counts is kept from one record to the next, so
// memory stays flat over any number of photos; SARIF keeps the rule IDs
// seen and the notes of paths not read (a few bytes each).
type printer struct {
	w      io.Writer
	format string
	only   map[string]bool
	t      *tally
	sarif  *sarifStream
	junit  *junitStream
}

func newPrinter(w io.Writer, format string, only map[string]bool) *printer {
	p := &printer{w: w, format: format, only: only, t: newTally()}
	switch format {
	case "sarif":
		p.sarif = startSARIF(w)
	case "junit":
		p.junit = startJUnit(w)
	}
	return p
}

func (p *printer) record(rec *sidecar.Record) {
	p.t.record(rec)
	if !shown(p.only, recordDecision(rec)) {
		return
	}
	switch p.format {
	case "text":
		writeCompact(p.w, rec)
	case "long":
		writeRecordText(p.w, rec, true)
	case "json":
		writeJSON(p.w, asCheckRecord(rec, false), false)
	case "sarif":
		p.sarif.record(rec)
	case "junit":
		p.junit.record(rec)
	}
}

func (p *printer) skip(it batch.Item) {
	p.t.skip(it)
	if !shown(p.only, itemDecision(it)) {
		return
	}
	switch p.format {
	case "text":
		writeSkipLine(p.w, it)
	case "long":
		writeSkipText(p.w, it)
	case "json":
		writeJSON(p.w, checkedSkip(it), false)
	case "sarif":
		p.sarif.skip(it)
	case "junit":
		p.junit.skip(it)
	}
}

// end writes what follows the last record.
func (p *printer) end() {
	switch p.format {
	case "text", "long":
		fmt.Fprintln(p.w, summaryPrefix+p.t.summary())
	case "sarif":
		p.sarif.end()
	case "junit":
		p.junit.end()
	}
}

// SARIF 2.1.0, one result per finding, ruleId = finding ID; paths not read
// are tool execution notifications of the invocation. The document is
// written as the records come: its "results" array first (JSON members
// may come in any order), then the invocation and the tool with the rules
// seen, once they are all known.
type sarifStream struct {
	w     io.Writer
	n     int
	rules map[string]bool
	notes []json.RawMessage
}

var sarifLevel = map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}

// The indentation of the streamed document's levels.
const (
	sarifRunIndent    = "    "
	sarifMemberIndent = "      "
	sarifItemIndent   = "        "
	sarifStep         = "  "
)

func startSARIF(w io.Writer) *sarifStream {
	io.WriteString(w, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n"+
		sarifRunIndent+"{\n"+sarifMemberIndent+"\"results\": [")
	return &sarifStream{w: w, rules: map[string]bool{}}
}

func sarifLocation(path string) []any {
	return []any{map[string]any{"physicalLocation": map[string]any{"artifactLocation": map[string]any{"uri": fileURI(path)}}}}
}

func (s *sarifStream) record(r *sidecar.Record) {
	for _, f := range r.Findings {
		s.rules[string(f.Rule)] = true
		s.item(map[string]any{
			"ruleId": f.Rule, "level": sarifLevel[f.Severity], "message": map[string]any{"text": f.Message},
			"locations": sarifLocation(r.SourceFile), "properties": map[string]any{"evidence": f.Evidence},
		})
	}
}

func (s *sarifStream) item(v any) {
	b, _ := json.MarshalIndent(v, sarifItemIndent, sarifStep)
	sep := ","
	if s.n == 0 {
		sep = ""
	}
	fmt.Fprintf(s.w, "%s\n%s%s", sep, sarifItemIndent, b)
	s.n++
}

func (s *sarifStream) skip(it batch.Item) {
	sk := skipOf(it)
	lvl, text := "note", "skipped: "+sk.Skipped
	if sk.Error != nil {
		lvl, text = "error", *sk.Error
	}
	b, _ := json.Marshal(map[string]any{"level": lvl, "message": map[string]any{"text": text}, "locations": sarifLocation(it.Path)})
	s.notes = append(s.notes, b)
}

func (s *sarifStream) end() {
	if s.n > 0 {
		io.WriteString(s.w, "\n"+sarifMemberIndent)
	}
	rules := []map[string]any{}
	for _, id := range slices.Sorted(maps.Keys(s.rules)) {
		rules = append(rules, map[string]any{"id": id})
	}
	notes := s.notes
	if notes == nil {
		notes = []json.RawMessage{}
	}
	inv, _ := json.MarshalIndent([]any{map[string]any{"executionSuccessful": true, "toolExecutionNotifications": notes}}, sarifMemberIndent, sarifStep)
	tool, _ := json.MarshalIndent(map[string]any{"driver": map[string]any{"name": "wirecap", "version": Version, "rules": rules}}, sarifMemberIndent, sarifStep)
	fmt.Fprintf(s.w, "],\n%s\"invocations\": %s,\n%s\"tool\": %s\n%s}\n  ]\n}\n", sarifMemberIndent, inv, sarifMemberIndent, tool, sarifRunIndent)
}

// JUnit XML: one test suite per file, one test case per rule; findings at
// error or warning level fail their case. A path that was not read is a
// suite with one skipped case, or a failed file.unreadable case for an I/O
// error. Each suite is written as its record comes.
type junitStream struct{ w io.Writer }

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Failures  []junitFailure `xml:"failure"`
	Skipped   *junitSkipped  `xml:"skipped"`
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

func startJUnit(w io.Writer) *junitStream {
	io.WriteString(w, xml.Header+"<testsuites>")
	return &junitStream{w: w}
}

func (j *junitStream) suite(s junitSuite) {
	io.WriteString(j.w, "\n  ")
	enc := xml.NewEncoder(j.w)
	enc.Indent("  ", "  ")
	enc.Encode(s)
}

func (j *junitStream) record(r *sidecar.Record) {
	s := junitSuite{Name: r.SourceFile}
	for _, id := range check.RuleIDs() {
		tc := junitCase{Name: id, Classname: r.SourceFile}
		for _, f := range r.Findings {
			if string(f.Rule) == id && f.Severity != check.Info {
				tc.Failures = append(tc.Failures, junitFailure{Message: f.Message, Type: string(f.Severity), Text: f.Message})
			}
		}
		s.Failures += btoi(len(tc.Failures) > 0)
		s.Cases = append(s.Cases, tc)
	}
	s.Tests = len(s.Cases)
	j.suite(s)
}

func (j *junitStream) skip(it batch.Item) {
	sk := skipOf(it)
	tc := junitCase{Name: "file.unreadable", Classname: it.Path}
	s := junitSuite{Name: it.Path, Tests: 1}
	if sk.Error != nil {
		tc.Failures = []junitFailure{{Message: *sk.Error, Type: string(check.Error), Text: *sk.Error}}
		s.Failures = 1
	} else {
		tc.Skipped = &junitSkipped{Message: sk.Skipped}
	}
	s.Cases = []junitCase{tc}
	j.suite(s)
}

func (j *junitStream) end() {
	io.WriteString(j.w, "\n</testsuites>\n")
}
