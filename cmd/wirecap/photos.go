package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/process"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// checkFlags are shared by check and process.
func checkFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "article", Usage: "article FILE (text, Markdown or HTML); default: the nearest article.txt/.md/.html"},
		&cli.StringFlag{Name: "use", Usage: "planned use: " + strings.Join(check.Uses, ", ") + " (default from policy, else editorial)"},
		&cli.StringFlag{Name: "territory", Usage: "ISO country code where it will be published, e.g. FR"},
		&cli.StringFlag{Name: "as-of", Usage: "RFC 3339 time or YYYY-MM-DD the verdict is for (default now)"},
		&cli.StringFlag{Name: "policy", Usage: "TOML policy FILE (archive_days, severity, required_credit, min_width…)"},
		&cli.StringFlag{Name: "kill-list", Usage: "FILE of withdrawn transmission references or file names, one per line"},
		&cli.StringFlag{Name: "leases", Usage: "desk leases FILE (TOML or CSV): allow or deny photos for uses, territories and a time; deny wins"},
		&cli.StringFlag{Name: "feed", Usage: "agency feed FILE or DIR (NewsML-G2, ninjs, AP, dpa): items paired with photos by rendition file name"},
		&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 on findings at or above: error, warning or never"},
		trustFlag(),
		shardFlag(),
		filesFromFlag(),
	}
}

// trustFlag names the anchors Content Credentials are verified against.
func trustFlag() cli.Flag {
	return &cli.StringFlag{Name: "trust", Usage: "trust anchors for Content Credentials (C2PA): a PEM bundle, a JSON trust list, or a DIR of them"}
}

// photoBatch is what check, process and report start from: the paths
// given (at least one), the pipeline options and pool size the flags set,
// and what the walker found under the paths.
func photoBatch(c *cli.Context) (*pipeline.Options, int, process.Walked, error) {
	paths, err := pathArgs(c)
	if err != nil {
		return nil, 0, process.Walked{}, err
	}
	o, err := photoOptions(c)
	if err != nil {
		return nil, 0, process.Walked{}, err
	}
	jobs, err := jobsOf(c)
	if err != nil {
		return nil, 0, process.Walked{}, err
	}
	shard, err := shardOf(c)
	if err != nil {
		return nil, 0, process.Walked{}, err
	}
	o.Roots = pipeline.RootsOf(paths) // the arguments and --files-from alike
	return o, jobs, process.Walk(paths, shard), nil
}

// photoOptions reads the flags common to check and process, through the
// resolver package wirecap uses too; its notes go to stderr.
func photoOptions(c *cli.Context) (*pipeline.Options, error) {
	s := process.Settings{Generator: "wirecap " + Version, Use: c.String("use"), Territory: c.String("territory"),
		Article: c.String("article"), PolicyPath: c.String("policy"), KillPath: c.String("kill-list"),
		Feed: c.String("feed"), Leases: c.String("leases"), Trust: c.String("trust"), Note: noteTo(c.App.ErrWriter)}
	if a := c.String("as-of"); a != "" {
		t, err := parseAsOf(a)
		if err != nil {
			return nil, err
		}
		s.AsOf = t
	}
	o, err := process.Resolve(s)
	if err != nil {
		return nil, optionUsage(err)
	}
	switch c.String("fail-on") {
	case "error", "warning", "never":
	default:
		return nil, usageErr("--fail-on must be error, warning or never")
	}
	return o, nil
}

// optionMessages word each option the resolver refuses as the flag it
// came from.
var optionMessages = map[string]func(e *process.OptionError) string{
	process.OptPolicy:   func(e *process.OptionError) string { return e.Err.Error() },
	process.OptKillList: func(e *process.OptionError) string { return e.Err.Error() },
	process.OptLeases:   func(e *process.OptionError) string { return e.Err.Error() },
	process.OptFeed:     func(e *process.OptionError) string { return "--feed: " + e.Err.Error() },
	process.OptArticle:  func(e *process.OptionError) string { return "--article: " + e.Err.Error() },
	process.OptUse: func(e *process.OptionError) string {
		return fmt.Sprintf("--use must be one of %s, not %q", strings.Join(check.Uses, ", "), e.Value)
	},
	process.OptTerritory: func(e *process.OptionError) string {
		return fmt.Sprintf("%s %q: not a country: %v; want an ISO code (FR, FRA) or a country name (France)", territoryFrom(e.FromPolicy), e.Value, e.Err)
	},
	process.OptTrust: func(e *process.OptionError) string {
		if errors.Is(e.Err, process.ErrNoAnchors) {
			return fmt.Sprintf("--trust %s: %v", e.Value, e.Err)
		}
		return "--trust: " + e.Err.Error()
	},
}

// optionUsage is the usage error of an option the resolver refused.
func optionUsage(err error) error {
	var oe *process.OptionError
	if errors.As(err, &oe) {
		return usageErr("%s", optionMessages[oe.Option](oe))
	}
	return usageErr("%v", err)
}

// territoryFrom names where a territory came from.
func territoryFrom(fromPolicy bool) string {
	if fromPolicy {
		return "policy default_territory"
	}
	return "--territory"
}

// noteTo prints the resolver's notes on w.
func noteTo(w io.Writer) func(process.Note) {
	return func(n process.Note) {
		switch n.Option {
		case process.OptTerritory:
			fmt.Fprintf(w, "wirecap: %s %s\n", territoryFrom(n.FromPolicy), n.Msg)
		case process.OptFeed:
			fmt.Fprintln(w, "wirecap: --feed: not read:", cleanMessage(n.Msg))
		}
	}
}

// parseAsOf reads --as-of: RFC 3339 or a day.
func parseAsOf(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t, err = time.Parse("2006-01-02", s)
	}
	if err != nil {
		return t, usageErr("--as-of %q: want RFC 3339 or YYYY-MM-DD", s)
	}
	return t, nil
}

// failing reports whether findings reach the --fail-on level.
func failing(findings []sidecar.Finding, level string) bool {
	for _, f := range findings {
		switch level {
		case "error":
			if f.Severity == check.Error {
				return true
			}
		case "warning":
			if f.Severity == check.Error || f.Severity == check.Warning {
				return true
			}
		}
	}
	return false
}

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "print photos' metadata (EXIF, IPTC, XMP), parsed caption and summary",
		ArgsUsage: "PATH...",
		Description: `Prints one compact JSON record per photo, one per line (NDJSON), in the order
of the arguments, folders walked recursively. A path that is not a photo gives
{"source_file": …, "skipped": "unsupported format gif", "error": null}; one that
cannot be read gives "skipped": "unreadable" with the "error", the others go on
and wirecap exits 2.

Examples:
   wirecap inspect photo.jpg
   wirecap inspect --format text photo.jpg
   wirecap inspect photos/ | jq -r '[.source_file, .summary.credit] | @tsv'`,
		Flags:        []cli.Flag{&cli.StringFlag{Name: "format", Value: "json", Usage: "json (NDJSON; ndjson is the same) or text"}, jobsFlag(), trustFlag(), shardFlag(), &cli.StringFlag{Name: "as-of", Usage: "RFC 3339 time or YYYY-MM-DD Content Credentials are verified at (default now)"}, filesFromFlag()},
		OnUsageError: subUsageError,
		Action:       runInspect,
	}
}

func runInspect(c *cli.Context) error {
	paths, err := pathArgs(c)
	if err != nil {
		return err
	}
	format, err := formatOf(c, "json", "text")
	if err != nil {
		return err
	}
	jobs, err := jobsOf(c)
	if err != nil {
		return err
	}
	o, err := process.Resolve(process.Settings{Generator: "wirecap " + Version, Inspect: true, Trust: c.String("trust")})
	if err != nil {
		return optionUsage(err)
	}
	if s := c.String("as-of"); s != "" {
		if o.AsOf, err = parseAsOf(s); err != nil {
			return err
		}
	}
	shard, err := shardOf(c)
	if err != nil {
		return err
	}
	w := process.Walk(paths, shard)
	out := c.App.Writer
	failed := w.Unreadable
	err = records(c, o, jobs, w, func(it batch.Item, rec *sidecar.Record) {
		switch {
		case rec == nil && format == "text":
			writeSkipText(out, it)
		case rec == nil:
			writeJSON(out, skipOf(it), false)
		case format == "text":
			failed += btoi(rec.Error != nil)
			writeRecordText(out, rec, false)
		default:
			failed += btoi(rec.Error != nil)
			writeJSON(out, rec, false)
		}
	})
	note(c.App.ErrWriter, "inspect", w)
	if err := stopped(c, err); err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{2, fmt.Sprintf("inspect: %d file(s) could not be read", failed)}
	}
	return nil
}

// records runs the batch engine without sidecars (check, inspect) and
// hands each path's record (nil: not a photo) to show, in input order.
func records(c *cli.Context, o *pipeline.Options, jobs int, w process.Walked, show func(batch.Item, *sidecar.Record)) error {
	eng, err := process.New(o, process.Options{Jobs: jobs})
	if err != nil {
		return err
	}
	defer eng.Close()
	_, err = eng.Run(c.Context, eng.Plan(w.Items), func(r process.Result) error {
		show(r.Item, r.Record)
		return outputErr(c.App.Writer)
	})
	return err
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// stopped turns the end of an interrupted or cut-off run into its exit:
// 130/143 after SIGINT/SIGTERM (the caller has printed what was done),
// 141 when stdout was closed.
func stopped(c *cli.Context, err error) error {
	if err == nil {
		return nil
	}
	if code := stopCode(c.Context); code != 0 {
		return &exitError{code, fmt.Sprintf("%s: interrupted", c.Command.Name)}
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee
	}
	return &exitError{2, fmt.Sprintf("%s: %v", c.Command.Name, err)}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check caption, metadata and article against each other and give a verdict for a use",
		ArgsUsage: "PATH...",
		Description: `Checks every photo named or found under the folders named (recursively; sidecars
and other files skipped), on every core, and prints the results in the order
of the arguments: one line per photo (verdict, path, credit to print, reasons)
and a summary line with the counts per verdict and rule; --only review,deny
prints only those (the summary still counts all); --format long prints every
field and finding. --format json (or ndjson) prints one compact JSON record
per photo, one per line (NDJSON), "findings" always an array; a path that is
not a photo gives a "skipped" record. --files-from FILE (- for stdin) adds
the paths listed in FILE, one per line.

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error
(a missing or unreadable file gives 2 whatever --fail-on).

Examples:
   wirecap check --article article.txt --use marketing photo.jpg
   wirecap check photo.jpg --format json --territory FR --as-of 2024-03-05
   wirecap check --only review,deny photos/
   find photos -name '*.jpg' -newer last-run | wirecap check --files-from -
   wirecap check --format sarif photos/ > wirecap.sarif
   wirecap check --format junit --fail-on warning photos/ > report.xml`,
		Flags: append(checkFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text (one line per photo and a summary), long (every field and finding), json (NDJSON; ndjson is the same), sarif or junit"},
			onlyFlag(),
			jobsFlag()),
		OnUsageError: subUsageError,
		Action:       runCheck,
	}
}

func runCheck(c *cli.Context) error {
	format, err := formatOf(c, "text", "long", "json", "sarif", "junit")
	if err != nil {
		return err
	}
	only, err := onlyOf(c)
	if err != nil {
		return err
	}
	o, jobs, w, err := photoBatch(c)
	if err != nil {
		return err
	}
	out := c.App.Writer
	pr := newPrinter(out, format, only)
	fail, done := false, 0
	err = records(c, o, jobs, w, func(it batch.Item, rec *sidecar.Record) {
		if rec != nil {
			fail = fail || failing(rec.Findings, c.String("fail-on"))
			w.Unreadable += btoi(rec.Error != nil) // a photo that could not be read: exit 2 whatever --fail-on
			pr.record(rec)
		} else {
			pr.skip(it)
		}
		done++
	})
	interrupted := err != nil && stopCode(c.Context) != 0
	if err != nil && !interrupted {
		return stopped(c, err)
	}
	// An interrupted run still prints the report of what was checked.
	pr.end()
	if err := outputErr(out); err != nil {
		return err
	}
	note(c.App.ErrWriter, "check", w)
	if interrupted {
		fmt.Fprintf(c.App.ErrWriter, "wirecap: interrupted: %d of %d paths checked\n", done, len(w.Items))
		return stopped(c, err)
	}
	if w.Unreadable > 0 {
		return &exitError{2, fmt.Sprintf("check: %d path(s) could not be read", w.Unreadable)}
	}
	if fail {
		return &exitError{1, ""}
	}
	return nil
}
