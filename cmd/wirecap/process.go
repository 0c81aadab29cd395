package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/sidecar"
)

var imageExts = map[string]bool{".jpg": true, ".jpeg": true, ".jpe": true, ".tif": true, ".tiff": true, ".png": true, ".webp": true}

func processCommand() *cli.Command {
	return &cli.Command{
		Name:      "process",
		Usage:     "write a sidecar JSON for every photo under the given folders",
		ArgsUsage: "PATH...",
		Description: `Walks folders recursively (hidden files skipped, symbolic links to folders not
followed), writes photo.jpg.json beside each photo (or under --out-dir), skips
photos whose sidecar is newer than the photo and its article unless --force,
and never stops on a broken file: it gets a sidecar with "error".

Sidecars are written to a temporary file and renamed, so none is ever half
written; the batch is made durable with one filesystem sync at the end
(--fsync syncs every file instead, which is slower).

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.

Examples:
   wirecap process testdata/
   wirecap process --use marketing --territory FR --article story.html photos/
   wirecap process --format ndjson photos/ | jq -c 'select(.verdict.decision=="deny") | .source_file'
   wirecap process --out-dir /tmp/sidecars --sidecar-name base --jobs 4 photos/`,
		Flags: append(checkFlags(),
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: "photos read in parallel"},
			&cli.StringFlag{Name: "out-dir", Usage: "write sidecars under DIR, mirroring the tree"},
			&cli.StringFlag{Name: "sidecar-name", Value: "full", Usage: "full (photo.jpg.json) or base (photo.json)"},
			&cli.BoolFlag{Name: "force", Usage: "rewrite sidecars that are up to date"},
			&cli.BoolFlag{Name: "fsync", Usage: "fsync every sidecar before its rename"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text (a summary) or ndjson (one record per photo on stdout)"},
			&cli.StringFlag{Name: "progress", Value: "auto", Usage: "auto (on a terminal), always or never"},
		),
		OnUsageError: subUsageError,
		Action:       runProcess,
	}
}

type job struct {
	path, root, out string
}

type stats struct {
	photos, written, skipped, errors int
	severity                         map[string]int
	decisions                        map[string]int
	ioErrors                         []string
	fail                             bool
}

func runProcess(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErr("process: name at least one PATH")
	}
	o, err := photoOptions(c)
	if err != nil {
		return err
	}
	format, naming, progress := c.String("format"), c.String("sidecar-name"), c.String("progress")
	if format != "text" && format != "ndjson" {
		return usageErr("process: --format must be text or ndjson")
	}
	if naming != sidecar.NameFull && naming != sidecar.NameBase {
		return usageErr("process: --sidecar-name must be full or base")
	}
	if progress != "auto" && progress != "always" && progress != "never" {
		return usageErr("process: --progress must be auto, always or never")
	}
	jobsN := c.Int("jobs")
	if jobsN < 1 {
		return usageErr("process: --jobs must be at least 1")
	}
	outDir := c.String("out-dir")
	st := &stats{severity: map[string]int{}, decisions: map[string]int{}}
	var todo []job
	for _, root := range c.Args().Slice() {
		found, err := walkPhotos(root)
		if err != nil {
			return &exitError{2, "process: " + err.Error()}
		}
		for _, p := range found {
			dst, err := sidecar.Path(p, rootDir(root), outDir, naming)
			if err != nil {
				st.ioErrors = append(st.ioErrors, err.Error())
				continue
			}
			if !c.Bool("force") && upToDate(p, dst, o.ArticlePath, rootDir(root)) {
				st.photos++
				st.skipped++
				continue
			}
			todo = append(todo, job{p, rootDir(root), dst})
		}
	}
	showProgress := progress == "always" || progress == "auto" && isTerminal(c.App.ErrWriter)
	bar := newProgress(c.App.ErrWriter, len(todo), showProgress)
	jobs := make(chan job)
	type result struct {
		j   job
		rec *sidecar.Record
		err error
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < min(jobsN, max(1, len(todo))); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec := pipeline.BuildUnder(j.path, j.root, o)
				results <- result{j, rec, sidecar.Write(j.out, rec, c.Bool("fsync"))}
			}
		}()
	}
	go func() {
		for _, j := range todo {
			jobs <- j
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	for r := range results {
		st.photos++
		if r.err != nil {
			st.ioErrors = append(st.ioErrors, r.err.Error())
		} else {
			st.written++
		}
		if r.rec.Error != nil {
			st.errors++
		}
		for _, f := range r.rec.Findings {
			st.severity[f.Severity]++
		}
		if r.rec.Verdict != nil {
			st.decisions[r.rec.Verdict.Decision]++
		}
		st.fail = st.fail || failing(r.rec.Findings, c.String("fail-on"))
		if format == "ndjson" {
			writeJSON(c.App.Writer, r.rec, false)
		}
		bar.add()
	}
	bar.done()
	if !c.Bool("fsync") && st.written > 0 {
		dirs := map[string]bool{}
		for _, j := range todo {
			if outDir != "" {
				dirs[outDir] = true
			} else {
				dirs[j.root] = true
			}
		}
		for d := range dirs {
			if err := sidecar.SyncDir(d); err != nil {
				st.ioErrors = append(st.ioErrors, "sync: "+err.Error())
			}
		}
	}
	summaryOut := c.App.Writer
	if format == "ndjson" {
		summaryOut = c.App.ErrWriter
	}
	printSummary(summaryOut, st)
	if len(st.ioErrors) > 0 {
		return &exitError{2, fmt.Sprintf("process: %d sidecar(s) could not be written: %s", len(st.ioErrors), st.ioErrors[0])}
	}
	if st.fail {
		return &exitError{1, ""}
	}
	return nil
}

func rootDir(root string) string {
	if st, err := os.Stat(root); err == nil && !st.IsDir() {
		return filepath.Dir(root)
	}
	return root
}

// walkPhotos lists the images under root (or root itself), skipping hidden
// entries; WalkDir does not follow links to folders, so link loops cannot trap it.
func walkPhotos(root string) ([]string, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{root}, nil
	}
	var out []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // an unreadable subfolder does not stop the batch
		}
		name := d.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !imageExts[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if t, err := os.Stat(p); err != nil || !t.Mode().IsRegular() {
				return nil
			}
		}
		out = append(out, p)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// upToDate: the sidecar is newer than the photo, its XMP sidecar and its article.
func upToDate(photo, dst, articlePath, root string) bool {
	ds, err := os.Stat(dst)
	if err != nil {
		return false
	}
	newer := func(p string) bool {
		s, err := os.Stat(p)
		return err == nil && s.ModTime().After(ds.ModTime())
	}
	if newer(photo) || newer(photo+".xmp") || newer(strings.TrimSuffix(photo, filepath.Ext(photo))+".xmp") {
		return false
	}
	if articlePath == "" {
		articlePath = article.Find(photo, root)
	}
	return articlePath == "" || !newer(articlePath)
}

func printSummary(w io.Writer, st *stats) {
	fmt.Fprintf(w, "wirecap: %d photos, %d sidecars written, %d up to date, %d unreadable\n", st.photos, st.written, st.skipped, st.errors)
	fmt.Fprintf(w, "findings: %d error, %d warning, %d info\n", st.severity["error"], st.severity["warning"], st.severity["info"])
	fmt.Fprintf(w, "verdicts: %d allow, %d review, %d deny\n", st.decisions["allow"], st.decisions["review"], st.decisions["deny"])
}

// progress is a one-line counter with rate and ETA on a terminal.
type progress struct {
	w       io.Writer
	total   int
	n       int
	start   time.Time
	last    time.Time
	enabled bool
}

func newProgress(w io.Writer, total int, enabled bool) *progress {
	return &progress{w: w, total: total, start: time.Now(), enabled: enabled && total > 0}
}

func (p *progress) add() {
	p.n++
	if !p.enabled || (time.Since(p.last) < 100*time.Millisecond && p.n < p.total) {
		return
	}
	p.last = time.Now()
	rate := float64(p.n) / time.Since(p.start).Seconds()
	eta := time.Duration(float64(p.total-p.n)/max(rate, 0.001)) * time.Second
	fmt.Fprintf(p.w, "\r%d/%d photos  %.0f/s  ETA %s   ", p.n, p.total, rate, eta.Round(time.Second))
}

func (p *progress) done() {
	if p.enabled {
		fmt.Fprintln(p.w)
	}
}
