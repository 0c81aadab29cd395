package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/report"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "render an HTML contact sheet: thumbnails, credits, restriction badges, findings, verdicts",
		ArgsUsage: "PATH...",
		Description: `Writes one self-contained HTML page (no external requests) with a card per
photo and filters by verdict, restriction, agency and finding. Thumbnails have
the EXIF orientation applied and are cached in .wirecap-thumbs beside the
photos, keyed by file size and time, so a second run is fast. A filter can be
preset in the address: contact-sheet.html#verdict=deny.

Examples:
   wirecap report -o contact-sheet.html testdata/
   wirecap report --use marketing --territory FR -o sheet.html photos/`,
		Flags: append(checkFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "contact-sheet.html", Usage: "HTML FILE to write"},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: "thumbnails made in parallel"},
			&cli.StringFlag{Name: "title", Value: "wirecap contact sheet", Usage: "page title"},
			&cli.BoolFlag{Name: "no-cache", Usage: "do not read or write cached thumbnails"},
		),
		OnUsageError: subUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("report: name at least one PATH")
			}
			o, err := photoOptions(c)
			if err != nil {
				return err
			}
			start := time.Now()
			var items []report.Item
			for _, root := range c.Args().Slice() {
				photos, err := walkPhotos(root)
				if err != nil {
					return &exitError{2, "report: " + err.Error()}
				}
				for _, p := range photos {
					items = append(items, report.Item{Path: p, Record: pipeline.BuildUnder(p, rootDir(root), o)})
				}
			}
			ro := report.Options{Title: c.String("title"), Use: o.Use, Territory: o.Territory, AsOf: o.AsOf, Jobs: max(1, c.Int("jobs"))}
			if !c.Bool("no-cache") {
				ro.CacheDir = func(photo string) string { return filepath.Join(filepath.Dir(photo), ".wirecap-thumbs") }
			}
			out := c.String("output")
			tmp := out + ".tmp"
			f, err := os.Create(tmp)
			if err != nil {
				return &exitError{2, "report: " + err.Error()}
			}
			bw := bufio.NewWriter(f)
			st, err := report.Write(bw, items, ro)
			if err == nil {
				err = bw.Flush()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = os.Rename(tmp, out)
			}
			if err != nil {
				os.Remove(tmp)
				return &exitError{2, "report: " + err.Error()}
			}
			secs := time.Since(start).Seconds()
			fmt.Fprintf(c.App.ErrWriter, "wirecap: %d photos in %s (%.0f photos/s); thumbnails: %d made, %d from cache, %d without preview\n",
				len(items), out, float64(len(items))/max(secs, 1e-9), st.Made, st.Cached, st.Failed)
			return nil
		},
	}
}
