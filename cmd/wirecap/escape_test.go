package main

import (
	"encoding/json"
	"github.com/wirecap/wirecap/record"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirecap/wirecap/filelist"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Photo by Ana Ruiz / AFP", "Photo by Ana Ruiz / AFP"},
		{"Zürich, Québec, 東京", "Zürich, Québec, 東京"},
		{`C:\photos\x.jpg`, `C:\photos\x.jpg`}, // a backslash alone is text
		{"two\nlines", `two\nlines`},
		{"tab\there\r", `tab\there\r`},
		{"\x1b]0;pwned\x07", `\033]0;pwned\007`},
		{"\x1b[2J", `\033[2J`},
		{"del\x7f", `del\177`},
		{"nul\x00", `nul\000`},
		{"c1\u009b31m", `c1\u009B31m`},
		{"\u202egpj.exe", `\u202Egpj.exe`},
		{"\u2066x\u2069", `\u2066x\u2069`},
		{"\ufeffBOM", `\uFEFFBOM`},
		{"bad\xffbyte", `bad\xFFbyte`},
	} {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQuotePath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"desk/story one/a.jpg", "desk/story one/a.jpg"},
		{`desk/"quoted"\a.jpg`, `desk/"quoted"\a.jpg`}, // nothing to escape: as is
		{"desk/a\nb.jpg", `"desk/a\nb.jpg"`},
		{"desk/\"a\"\\\x1b.jpg", `"desk/\"a\"\\\033.jpg"`},
	} {
		if got := quotePath(tc.in); got != tc.want {
			t.Errorf("quotePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanMessageKeepsUsageHint(t *testing.T) {
	got := cleanMessage("check: --only takes allow, not \"a\x1bb\"\nRun 'wirecap check --help' for usage.")
	want := "check: --only takes allow, not \"a\\033b\"\nRun 'wirecap check --help' for usage."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzClean: nothing a terminal acts on survives, and a string with nothing
// to escape comes back unchanged.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "plain", "a\nb", "\x1b[2J", "\u202e", "\xff\xfe", `"\`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{clean(s), quotePath(s)} {
			if !utf8.ValidString(out) {
				t.Fatalf("%q gives invalid UTF-8 %q", s, out)
			}
			for _, r := range out {
				if unsafeRune(r) {
					t.Fatalf("%q gives %q with %U", s, out, r)
				}
			}
		}
		if !needsEscape(s) && (clean(s) != s || quotePath(s) != s) {
			t.Fatalf("%q changed with nothing to escape", s)
		}
	})
}

func TestReadPathList(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"plain", "a.jpg\nb/c.jpg\n", []string{"a.jpg", "b/c.jpg"}},
		{"bom crlf blanks", "\ufeffa.jpg\r\n\r\n  \n b.jpg \r\nno-newline.jpg", []string{"a.jpg", " b.jpg ", "no-newline.jpg"}},
		{"hash is a name", "#1.jpg\n-x.jpg\n", []string{"#1.jpg", "-x.jpg"}},
		{"bom only first", "a\n\ufeffb\n", []string{"a", "\ufeffb"}},
		{"empty", "", nil},
	} {
		got, err := readPathList(strings.NewReader(tc.in))
		if err != nil || strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	if _, err := readPathList(strings.NewReader("a\x00b\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("NUL: %v", err)
	}
	if _, err := readPathList(strings.NewReader(strings.Repeat("x", filelist.MaxLine+1))); err == nil {
		t.Error("an endless line is read")
	}
}

func testRecord(path, decision string, findings ...sidecar.Finding) *sidecar.Record {
	return &sidecar.Record{SourceFile: path, Findings: findings,
		Verdict: &check.Verdict{Use: "editorial", Decision: check.Decision(decision), Reasons: []string{}}}
}

// TestSARIFStreams: each record's results are written when the record
// comes, not at the end, and the whole is one valid SARIF document.
func TestSARIFStreams(t *testing.T) {
	var out strings.Builder
	p := newPrinter(&out, "sarif", nil)
	p.record(testRecord("a.jpg", "deny", sidecar.Finding{Rule: "embargo.active", Severity: check.Error, Message: "Embargoed"}))
	if !strings.Contains(out.String(), `"ruleId": "embargo.active"`) {
		t.Fatalf("result held back:\n%s", out.String())
	}
	before := out.Len()
	p.record(testRecord("b.jpg", "allow"))
	p.skip(batch.Item{Path: "c.gif", Skip: "unsupported format gif"})
	if out.Len() != before {
		t.Errorf("a record without findings or a skip wrote %q", out.String()[before:])
	}
	p.end()
	var doc struct {
		Version string
		Runs    []struct {
			Results []struct{ RuleID string }
			Tool    struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Invocs []struct {
				Notes []struct{ Level string } `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		}
	}
	if err := json.Unmarshal([]byte(out.String()), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	r := doc.Runs[0]
	if doc.Version != "2.1.0" || len(r.Results) != 1 || r.Results[0].RuleID != "embargo.active" ||
		len(r.Tool.Driver.Rules) != 1 || len(r.Invocs[0].Notes) != 1 || r.Invocs[0].Notes[0].Level != "note" {
		t.Errorf("document %+v\n%s", doc, out.String())
	}
}

func TestSARIFEmpty(t *testing.T) {
	var out strings.Builder
	p := newPrinter(&out, "sarif", nil)
	p.end()
	var doc map[string]any
	if err := json.Unmarshal([]byte(out.String()), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), `"results": []`) || !strings.Contains(out.String(), `"rules": []`) {
		t.Errorf("empty arrays missing:\n%s", out.String())
	}
}

// TestJUnitStreams: a suite per record as it comes, closed at the end.
func TestJUnitStreams(t *testing.T) {
	var out strings.Builder
	p := newPrinter(&out, "junit", map[string]bool{"deny": true})
	p.record(testRecord("a.jpg", "deny", sidecar.Finding{Rule: "embargo.active", Severity: check.Error, Message: "Embargoed"}))
	if !strings.Contains(out.String(), `<testsuite name="a.jpg"`) || !strings.Contains(out.String(), `<failure message="Embargoed"`) {
		t.Fatalf("suite held back:\n%s", out.String())
	}
	p.record(testRecord("b.jpg", "allow")) // --only deny
	p.end()
	if strings.Contains(out.String(), "b.jpg") || !strings.HasSuffix(out.String(), "</testsuites>\n") {
		t.Errorf("document:\n%s", out.String())
	}
}

// TestCompactReasonsOnce: the verdict's reasons, then the findings they do
// not state; use.denied and the credit note are not repeated.
func TestCompactReasonsOnce(t *testing.T) {
	rec := testRecord("a.jpg", "deny",
		sidecar.Finding{Rule: "embargo.active", Severity: check.Error, Message: "Embargoed"},
		sidecar.Finding{Rule: "date.future", Severity: check.Warning, Message: "In the future"},
		sidecar.Finding{Rule: "metadata.unsynced", Severity: check.Info, Message: "Stale"},
		sidecar.Finding{Rule: record.UseDenied, Severity: check.Error, Message: "Do not use: embargo.active: Embargoed"})
	rec.Verdict.Reasons = []string{"embargo.active: Embargoed", `print the credit "Ana Ruiz / AFP"`}
	v := "Ana Ruiz / AFP"
	rec.Summary = &sidecar.Summary{Credit: &v}
	var out strings.Builder
	writeCompact(&out, rec)
	want := "DENY    a.jpg  credit: Ana Ruiz / AFP  embargo.active: Embargoed; date.future: In the future\n"
	if out.String() != want {
		t.Errorf("got  %q\nwant %q", out.String(), want)
	}
}
