package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/report"
)

// defaultSheet is the file name report writes, also inside a folder given as -o.
const defaultSheet = "contact-sheet.html"

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "render an HTML contact sheet: thumbnails, credits, restriction badges, findings, verdicts",
		ArgsUsage: "PATH...",
		Description: `Writes one self-contained HTML page (no external requests) with a card per
photo and filters by verdict, restriction, agency and finding. The page is
written card by card, in the order of the paths, so memory stays flat over
any number of photos; a progress line shows on a terminal.

Cards are grouped under a heading per folder and show the photo's path, the
caption (three lines; a click shows it all) and badges with their scope and
time (OUT: GB, IE; EMBARGO until 5 Mar 00:01 UTC).

Thumbnails have the EXIF orientation applied. A JPEG's embedded EXIF
thumbnail is used when it is at least 160 px on its long side and has the
photo's shape; otherwise a JPEG is decoded at 1/8 scale (its DC
coefficients), other formats in full once their header shows at most 100
megapixels (a card says why it has no preview: HEIC is not decoded, the file
is cut short, past the limit). Thumbnails are cached in .wirecap-thumbs beside
the photos, keyed by name, size and time.

-o FILE writes FILE (through a temporary file renamed at the end: nothing is
left behind on an error or Ctrl-C); -o - writes the page to stdout; -o DIR,
an existing folder, writes DIR/contact-sheet.html.

A filter can be preset in the address with the names the page shows:
contact-sheet.html#verdict=deny&restriction=OUT&agency=AFP&finding=date.archive

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error,
130/143 interrupted.

Examples:
   wirecap report -o contact-sheet.html testdata/
   wirecap report --use marketing --territory FR --fail-on never -o sheet.html photos/
   wirecap report -o - photos/ > sheet.html`,
		Flags: append(checkFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: defaultSheet, Usage: "HTML FILE to write, - for stdout, or a DIR to write " + defaultSheet + " in"},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: fmt.Sprintf("photos read and thumbnailed in parallel (1 to %d)", batch.MaxJobs)},
			&cli.StringFlag{Name: "title", Value: "wirecap contact sheet", Usage: "page title"},
			&cli.BoolFlag{Name: "no-cache", Usage: "do not read or write cached thumbnails"},
			&cli.StringFlag{Name: "progress", Value: "auto", Usage: "auto (on a terminal), always or never"},
		),
		OnUsageError: subUsageError,
		Action:       runReport,
	}
}

func runReport(c *cli.Context) error {
	progress := c.String("progress")
	if !slices.Contains([]string{"auto", "always", "never"}, progress) {
		return usageErr("report: --progress must be auto, always or never, not %q", progress)
	}
	o, jobs, walked, err := photoBatch(c)
	if err != nil {
		return err
	}
	note(c.App.ErrWriter, "report", walked)
	for _, it := range walked.Items {
		if it.Err != nil {
			fmt.Fprintf(c.App.ErrWriter, "wirecap: report: %s\n", clean(it.Err.Error()))
		}
	}
	photos := slices.DeleteFunc(walked.Items, func(it batch.Item) bool { return !it.Photo() })
	out, err := openSheet(c.String("output"), c.App.Writer)
	if err != nil {
		return &exitError{2, "report: " + err.Error()}
	}
	defer out.abort() // a no-op once committed

	ctx := c.Context // cancelled by SIGINT or SIGTERM (signalContext)
	failOn := c.String("fail-on")
	var fail atomic.Bool
	var unread atomic.Int64
	build := func(i int) report.Item {
		p := photos[i]
		rec := pipeline.BuildUnder(p.Path, p.Root, o)
		if failing(rec.Findings, failOn) {
			fail.Store(true)
		}
		if rec.Error != nil {
			unread.Add(1) // exit 2 whatever --fail-on, as check
		}
		return report.Item{Path: p.Path, Record: rec}
	}
	ro := report.Options{Title: c.String("title"), Use: o.Use, Territory: o.Territory, AsOf: o.AsOf, Jobs: jobs}
	if !c.Bool("no-cache") {
		ro.CacheDir = func(photo string) string { return filepath.Join(filepath.Dir(photo), ".wirecap-thumbs") }
	}
	bar := newProgress(c.App.ErrWriter, len(photos), progress == "always" || progress == "auto" && isTerminal(c.App.ErrWriter))
	ro.Progress = func(int, int) { bar.add() }
	start := time.Now()
	st, err := report.Stream(ctx, out.w, len(photos), build, ro)
	if err == nil {
		err = out.commit()
	}
	bar.done()
	done := st.Embedded + st.Made + st.Cached + st.Failed
	switch {
	case err != nil && stopCode(ctx) != 0:
		return &exitError{stopCode(ctx), fmt.Sprintf("report: interrupted after %d of %d photos; no sheet written", done, len(photos))}
	case errors.Is(err, syscall.EPIPE):
		return &exitError{closedOutput, fmt.Sprintf("output closed after %d of %d photos", done, len(photos))}
	case err != nil:
		return &exitError{2, "report: " + err.Error()}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(c.App.ErrWriter, "wirecap: %d photos in %s (%.0f photos/s); thumbnails: %d from EXIF, %d decoded, %d from cache, %d without preview\n",
		len(photos), quotePath(out.name), float64(len(photos))/max(secs, 1e-9), st.Embedded, st.Made, st.Cached, st.Failed)
	switch {
	case walked.Unreadable > 0 || unread.Load() > 0:
		return &exitError{2, fmt.Sprintf("report: %d paths could not be read", walked.Unreadable+int(unread.Load()))}
	case fail.Load():
		return &exitError{1, ""}
	}
	return nil
}

// sheetFile is where the page goes: stdout, or a temporary file beside
// the destination that commit renames and abort removes.
type sheetFile struct {
	w     *bufio.Writer
	f     *os.File
	name  string // shown to the user
	dest  string
	fresh bool // the temporary file still exists
}

func openSheet(dest string, stdout io.Writer) (*sheetFile, error) {
	if dest == "-" {
		return &sheetFile{w: bufio.NewWriter(stdout), name: "stdout"}, nil
	}
	if st, err := os.Stat(dest); err == nil && st.IsDir() {
		dest = filepath.Join(dest, defaultSheet)
	}
	// A name of our own (not os.CreateTemp) so that the page gets 0644 minus the umask.
	tmp := filepath.Join(filepath.Dir(dest), fmt.Sprintf(".%s.%d.tmp", filepath.Base(dest), os.Getpid()))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	return &sheetFile{w: bufio.NewWriter(f), f: f, name: dest, dest: dest, fresh: true}, nil
}

func (s *sheetFile) commit() error {
	err := s.w.Flush()
	if s.f == nil {
		return err
	}
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(s.f.Name(), s.dest)
	}
	if err == nil {
		s.fresh = false
	}
	return err
}

func (s *sheetFile) abort() {
	if s.f != nil && s.fresh {
		s.f.Close()
		os.Remove(s.f.Name())
		s.fresh = false
	}
}
