package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/pipeline"
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
		&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 on findings at or above: error, warning or never"},
	}
}

// photoOptions reads the flags common to check and process.
func photoOptions(c *cli.Context) (*pipeline.Options, error) {
	o := &pipeline.Options{Generator: "wirecap " + Version, Policy: check.DefaultPolicy(), AsOf: time.Now().UTC()}
	if p := c.String("policy"); p != "" {
		pol, err := check.LoadPolicy(p)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		o.Policy = pol
	}
	o.Use = c.String("use")
	if o.Use == "" {
		o.Use = o.Policy.DefaultUse
	}
	if !contains(check.Uses, o.Use) {
		return nil, usageErr("--use must be one of %s, not %q", strings.Join(check.Uses, ", "), o.Use)
	}
	o.Territory = strings.ToUpper(c.String("territory"))
	if o.Territory == "" {
		o.Territory = strings.ToUpper(o.Policy.DefaultTerritory)
	}
	if s := c.String("as-of"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t, err = time.Parse("2006-01-02", s)
		}
		if err != nil {
			return nil, usageErr("--as-of %q: want RFC 3339 or YYYY-MM-DD", s)
		}
		o.AsOf = t
	}
	kill := c.String("kill-list")
	if kill == "" {
		kill = o.Policy.KillList
	}
	if kill != "" {
		k, err := check.LoadKillList(kill)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		o.Kill = k
	}
	if a := c.String("article"); a != "" {
		if _, err := os.Stat(a); err != nil {
			return nil, usageErr("--article: %v", err)
		}
		o.ArticlePath = a
	}
	switch c.String("fail-on") {
	case "error", "warning", "never":
	default:
		return nil, usageErr("--fail-on must be error, warning or never")
	}
	return o, nil
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
		Usage:     "print a photo's metadata (EXIF, IPTC, XMP), parsed caption and summary",
		ArgsUsage: "FILE...",
		Description: `Prints one JSON record per file (NDJSON for several files). A file that cannot
be read gives a record with "error"; the others go on and wirecap exits 2.

Examples:
   wirecap inspect photo.jpg
   wirecap inspect --format text photo.jpg
   wirecap inspect *.jpg | jq -r '[.source_file, .summary.credit] | @tsv'`,
		Flags:        []cli.Flag{&cli.StringFlag{Name: "format", Value: "json", Usage: "json or text"}},
		OnUsageError: subUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("inspect: name at least one FILE")
			}
			format := c.String("format")
			if format != "json" && format != "text" {
				return usageErr("inspect: --format must be json or text")
			}
			o := &pipeline.Options{Generator: "wirecap " + Version, Inspect: true}
			failed := 0
			for _, path := range c.Args().Slice() {
				rec := pipeline.Build(path, o)
				if rec.Error != nil {
					failed++
				}
				if format == "text" {
					writeRecordText(c.App.Writer, rec, false)
					continue
				}
				writeJSON(c.App.Writer, rec, c.NArg() == 1)
			}
			if failed > 0 {
				return &exitError{2, fmt.Sprintf("inspect: %d file(s) could not be read", failed)}
			}
			return nil
		},
	}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check caption, metadata and article against each other and give a verdict for a use",
		ArgsUsage: "FILE...",
		Description: `Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.

Examples:
   wirecap check --article article.txt --use marketing photo.jpg
   wirecap check --format json --territory FR --as-of 2024-03-05 photo.jpg
   wirecap check --format sarif *.jpg > wirecap.sarif
   wirecap check --format junit --fail-on warning photos/*.jpg > report.xml`,
		Flags: append(checkFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text, json, sarif or junit"}),
		OnUsageError: subUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("check: name at least one FILE")
			}
			format := c.String("format")
			if !contains([]string{"text", "json", "sarif", "junit"}, format) {
				return usageErr("check: --format must be text, json, sarif or junit")
			}
			o, err := photoOptions(c)
			if err != nil {
				return err
			}
			var recs []*sidecar.Record
			fail := false
			for _, path := range c.Args().Slice() {
				o.Root = articleRoot(path)
				rec := pipeline.Build(path, o)
				recs = append(recs, rec)
				fail = fail || failing(rec.Findings, c.String("fail-on"))
				switch format {
				case "json":
					writeJSON(c.App.Writer, rec, c.NArg() == 1)
				case "text":
					writeRecordText(c.App.Writer, rec, true)
				}
			}
			switch format {
			case "sarif":
				writeSARIF(c.App.Writer, recs)
			case "junit":
				writeJUnit(c.App.Writer, recs)
			}
			if fail {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}

// articleRoot is how far up check looks for an article: the working
// directory when the photo is below it, else the photo's own folder.
func articleRoot(path string) string {
	wd, err := os.Getwd()
	abs, err2 := filepath.Abs(path)
	if err == nil && err2 == nil && strings.HasPrefix(abs, wd+string(filepath.Separator)) {
		return wd
	}
	return filepath.Dir(path)
}
