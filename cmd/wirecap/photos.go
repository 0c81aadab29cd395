package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
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

// trustOf loads --trust; nil when not given (trust is then "unknown").
func trustOf(c *cli.Context) (*c2pa.TrustStore, error) {
	p := c.String("trust")
	if p == "" {
		return nil, nil
	}
	ts, err := pipeline.LoadTrust(p)
	if err != nil {
		return nil, usageErr("--trust: %v", err)
	}
	if ts.Len() == 0 {
		return nil, usageErr("--trust %s: no certificate or thumbprint found (want PEM files or JSON trust lists)", p)
	}
	return ts, nil
}

// photoBatch is what check, process and report start from: the paths
// given (at least one), the pipeline options and pool size the flags set,
// and what the walker found under the paths.
func photoBatch(c *cli.Context) (*pipeline.Options, int, walked, error) {
	paths, err := pathArgs(c)
	if err != nil {
		return nil, 0, walked{}, err
	}
	o, err := photoOptions(c)
	if err != nil {
		return nil, 0, walked{}, err
	}
	jobs, err := jobsOf(c)
	if err != nil {
		return nil, 0, walked{}, err
	}
	shard, err := shardOf(c)
	if err != nil {
		return nil, 0, walked{}, err
	}
	o.Roots = pipeline.RootsOf(paths) // the arguments and --files-from alike
	return o, jobs, walk(paths, shard), nil
}

// photoOptions reads the flags common to check and process.
func photoOptions(c *cli.Context) (*pipeline.Options, error) {
	o := &pipeline.Options{Generator: "wirecap " + Version, Policy: check.DefaultPolicy(), AsOf: time.Now().UTC()}
	if p := c.String("policy"); p != "" {
		pol, err := pipeline.LoadPolicy(p)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		o.Policy = pol
	}
	if err := useAndTerritory(c, o); err != nil {
		return nil, err
	}
	if s := c.String("as-of"); s != "" {
		t, err := parseAsOf(s)
		if err != nil {
			return nil, err
		}
		o.AsOf = t
	}
	kill := c.String("kill-list")
	if kill == "" {
		kill = o.Policy.KillList
	}
	if kill != "" {
		k, err := pipeline.LoadKillList(kill)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		o.Kill = k
	}
	if err := feedOption(c, o); err != nil {
		return nil, err
	}
	if p := c.String("leases"); p != "" {
		ls, err := pipeline.LoadLeases(p)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		o.Leases = ls
	}
	if a := c.String("article"); a != "" {
		err := o.CheckArticle(a) // an object: read now
		if !store.IsS3(a) {
			var st os.FileInfo
			if st, err = os.Stat(a); err == nil {
				err = safefile.Check(a, st) // a FIFO would block the run, a device never end
			}
		}
		if err != nil {
			return nil, usageErr("--article: %v", err)
		}
		o.ArticlePath = a
	}
	trust, err := trustOf(c)
	if err != nil {
		return nil, err
	}
	o.Trust = trust
	switch c.String("fail-on") {
	case "error", "warning", "never":
	default:
		return nil, usageErr("--fail-on must be error, warning or never")
	}
	return o, nil
}

// useAndTerritory reads --use and --territory, each falling back to the
// policy's default; a territory read from a non-ISO form is noted.
func useAndTerritory(c *cli.Context, o *pipeline.Options) error {
	o.Use = c.String("use")
	if o.Use == "" {
		o.Use = o.Policy.DefaultUse
	}
	if !slices.Contains(check.Uses, o.Use) {
		return usageErr("--use must be one of %s, not %q", strings.Join(check.Uses, ", "), o.Use)
	}
	territory, flag := c.String("territory"), "--territory"
	if territory == "" {
		territory, flag = o.Policy.DefaultTerritory, "policy default_territory"
	}
	if territory != "" {
		cc, err := check.ParseTerritory(territory)
		if err != nil {
			var te *geo.TerritoryError
			if errors.As(err, &te) {
				err = errors.New(te.Reason)
			}
			return usageErr("%s %q: not a country: %v; want an ISO code (FR, FRA) or a country name (France)", flag, territory, err)
		}
		if note := check.TerritoryNote(territory); note != "" {
			fmt.Fprintf(c.App.ErrWriter, "wirecap: %s %s\n", flag, note)
		}
		o.Territory = cc
	}
	return nil
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
		Action: func(c *cli.Context) error {
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
			o := &pipeline.Options{Generator: "wirecap " + Version, Inspect: true, AsOf: time.Now().UTC()}
			if o.Trust, err = trustOf(c); err != nil {
				return err
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
			w := walk(paths, shard)
			out := c.App.Writer
			failed := w.unreadable
			_, err = batch.Map(c.Context, jobs, w.items, func(it batch.Item) *sidecar.Record {
				if !it.Photo() {
					return nil
				}
				return pipeline.BuildUnder(it.Path, it.Root, o)
			}, func(it batch.Item, rec *sidecar.Record) error {
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
				return outputErr(out)
			})
			w.note(c.App.ErrWriter, "inspect")
			if err := stopped(c, err); err != nil {
				return err
			}
			if failed > 0 {
				return &exitError{2, fmt.Sprintf("inspect: %d file(s) could not be read", failed)}
			}
			return nil
		},
	}
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
	_, err = batch.Map(c.Context, jobs, w.items, func(it batch.Item) *sidecar.Record {
		if !it.Photo() {
			return nil
		}
		return pipeline.BuildUnder(it.Path, it.Root, o)
	}, func(it batch.Item, rec *sidecar.Record) error {
		if rec != nil {
			fail = fail || failing(rec.Findings, c.String("fail-on"))
			w.unreadable += btoi(rec.Error != nil) // a photo that could not be read: exit 2 whatever --fail-on
			pr.record(rec)
		} else {
			pr.skip(it)
		}
		done++
		return outputErr(out)
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
	w.note(c.App.ErrWriter, "check")
	if interrupted {
		fmt.Fprintf(c.App.ErrWriter, "wirecap: interrupted: %d of %d paths checked\n", done, len(w.items))
		return stopped(c, err)
	}
	if w.unreadable > 0 {
		return &exitError{2, fmt.Sprintf("check: %d path(s) could not be read", w.unreadable)}
	}
	if fail {
		return &exitError{1, ""}
	}
	return nil
}
