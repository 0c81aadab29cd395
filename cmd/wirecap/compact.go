package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/report"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/record"
)

// The compact text format, check's and process's default: one line per
// photo, so that a desk reads thousands at a glance and grep finds them:
//
//	DENY    story/afp-1.jpg  credit: Photo by Eva Berg / AFP  embargo.active: Embargoed until …
//	ALLOW   story/epa-2.webp  credit: EPA-EFE/JUAN GARCIA
//	REVIEW  story/ap-3.jpg  print credit: Coast Guard via AP  JAPAN OUT: not for use in JP; …
//
// The verdict comes first, padded, so that the column reads down the
// screen; then the path, the credit to print and the reasons, each once.
// A summary line ends the output.

// verdictWidth pads the verdict column ("REVIEW" and "SKIPPED" are the
// longest words) so the paths line up.
const verdictWidth = 7

// Words of the verdict column for paths that have no verdict.
const (
	lineSkipped    = "SKIPPED"          // not a photo
	lineUnreadable = "ERROR"            // could not be read
	skipDecision   = "skipped"          // --only value of paths that are not photos
	errorDecision  = string(check.Deny) // an unreadable path is shown with --only deny
	ruleSeparator  = "; "               // between the reasons of one line
	fieldSeparator = "  "               // between the fields of one line
	summaryPrefix  = "wirecap: "        // like the other messages of the run
)

// lineColour paints the verdict column on a terminal.
var lineColour = map[string]string{string(check.Allow): "32", string(check.Deny): "31;1", string(check.Review): "33;1", lineUnreadable: "31;1"}

// verdictRules are the findings that restate the verdict itself
// (use.denied, use.review): the line and the per-rule counts leave them out.
var verdictRules = map[check.Code]bool{record.UseDenied: true, record.UseReview: true}

// creditToPrint is the credit a publication must print: the value a
// mandatory-credit restriction demands, else the credit as the desk prints
// it (summary.credit_print, the agency's template), else the credit the
// photo carries. mandatory says a restriction demands one.
func creditToPrint(s *sidecar.Summary) (credit string, mandatory bool) {
	if s == nil {
		return "", false
	}
	for _, r := range s.Restrictions {
		if r.Code == caption.MandatoryCredit {
			mandatory = true
			if r.Value != "" {
				return r.Value, true
			}
		}
	}
	if p := deref(s.CreditPrint); p != "" {
		return p, mandatory
	}
	return deref(s.Credit), mandatory
}

// creditReason is how the verdict states a credit to print (see
// check.restrictionEffect); the line shows that credit in its own field.
const creditReason = "print the credit %q"

// lineReasons are the verdict's reasons, then each error or warning the
// reasons do not already state, each once; the credit to print is left to
// its own field.
func lineReasons(r *sidecar.Record, credit string) []string {
	var out []string
	if r.Verdict != nil {
		skip := fmt.Sprintf(creditReason, credit)
		for _, reason := range r.Verdict.Reasons {
			if reason != skip {
				out = append(out, reason)
			}
		}
	}
	for _, f := range r.Findings {
		if f.Severity == check.Info || verdictRules[f.Rule] {
			continue
		}
		if s := string(f.Rule) + ": " + f.Message; !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return slices.Compact(out)
}

// writeCompact prints one record as one line.
func writeCompact(w io.Writer, r *sidecar.Record) {
	decision := ""
	if r.Verdict != nil {
		decision = string(r.Verdict.Decision)
	}
	fields := []string{quotePath(r.SourceFile)}
	credit, mandatory := creditToPrint(r.Summary)
	label := "credit: "
	if mandatory {
		label = "print credit: "
	}
	fields = append(fields, label+clean(orDash(credit)))
	fields = append(fields, markFields(r)...)
	reasons := lineReasons(r, credit)
	if r.Error != nil && len(reasons) == 0 {
		reasons = append(reasons, *r.Error)
	}
	if len(reasons) > 0 {
		fields = append(fields, clean(strings.Join(reasons, ruleSeparator)))
	}
	writeLine(w, strings.ToUpper(orDash(decision)), lineColour[decision], fields)
}

func writeLine(w io.Writer, word, code string, fields []string) {
	fmt.Fprintf(w, "%s %s\n", colour(w, code, word, verdictWidth), strings.Join(fields, fieldSeparator))
}

// writeSkipLine prints a path that was not read as a photo.
func writeSkipLine(w io.Writer, it batch.Item) {
	sk := skipOf(it)
	if sk.Error != nil {
		writeLine(w, lineUnreadable, lineColour[lineUnreadable], []string{quotePath(sk.SourceFile), clean(*sk.Error)})
		return
	}
	writeLine(w, lineSkipped, "", []string{quotePath(sk.SourceFile), clean(sk.Skipped)})
}

// tally counts what a run printed and what it did not: verdicts, findings
// per rule, paths skipped and unreadable.
type tally struct {
	photos, skipped, unreadable int
	decisions, rules            map[string]int
}

func newTally() *tally { return &tally{decisions: map[string]int{}, rules: map[string]int{}} }

func (t *tally) record(r *sidecar.Record) {
	t.photos++
	if r.Verdict != nil {
		t.decisions[string(r.Verdict.Decision)]++
	}
	for _, f := range r.Findings {
		if !verdictRules[f.Rule] {
			t.rules[string(f.Rule)]++
		}
	}
}

func (t *tally) skip(it batch.Item) {
	if it.Err != nil {
		t.unreadable++
		return
	}
	t.skipped++
}

// ruleCounts is "date.future 2, embargo.active 1", most frequent first,
// or "none".
func ruleCounts(rules map[string]int) string {
	ids := slices.Sorted(maps.Keys(rules))
	slices.SortStableFunc(ids, func(a, b string) int { return rules[b] - rules[a] })
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf("%s %d", id, rules[id])
	}
	return orNone(strings.Join(parts, ", "))
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// summary is the line that ends a compact listing: counts over every path,
// whatever --only printed.
func (t *tally) summary() string {
	s := fmt.Sprintf("%s: %d allow, %d review, %d deny", report.Plural(t.photos, "photo"),
		t.decisions[string(check.Allow)], t.decisions[string(check.Review)], t.decisions[string(check.Deny)])
	if t.skipped+t.unreadable > 0 {
		s += fmt.Sprintf("; %s skipped (not photos), %d unreadable", report.Plural(t.skipped, "path"), t.unreadable)
	}
	return s + "; findings: " + ruleCounts(t.rules)
}

// onlyFlag filters the records printed by verdict.
func onlyFlag() cli.Flag {
	return &cli.StringFlag{Name: "only", Usage: "print only the photos with these verdicts, e.g. review,deny (an unreadable path counts as deny); the summary still counts all"}
}

// onlyOf reads --only: a set of verdicts, empty for all.
func onlyOf(c *cli.Context) (map[string]bool, error) {
	v := strings.TrimSpace(c.String("only"))
	if v == "" {
		return nil, nil
	}
	set := map[string]bool{}
	for _, d := range strings.Split(v, ",") {
		d = strings.ToLower(strings.TrimSpace(d))
		if !slices.Contains([]check.Decision{check.Allow, check.Review, check.Deny}, check.Decision(d)) {
			return nil, usageErr("%s: --only takes allow, review and deny, comma-separated, not %q", c.Command.Name, d)
		}
		set[d] = true
	}
	return set, nil
}

// shown reports whether --only lets a record with this decision print.
func shown(only map[string]bool, decision string) bool {
	return len(only) == 0 || only[decision]
}

// recordDecision is the --only class of a record.
func recordDecision(r *sidecar.Record) string {
	if r.Verdict == nil {
		return ""
	}
	return string(r.Verdict.Decision)
}

// itemDecision is the --only class of a path that is not a photo.
func itemDecision(it batch.Item) string {
	if it.Err != nil {
		return errorDecision
	}
	return skipDecision
}

// clear wipes the progress line, so that a record printed to the same
// terminal starts at its first column; the next add draws it again.
func (p *progress) clear() {
	if p.enabled && p.n > 0 {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.last = time.Time{}
	}
}
