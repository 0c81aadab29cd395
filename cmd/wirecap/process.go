package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

func processCommand() *cli.Command {
	return &cli.Command{
		Name:      "process",
		Usage:     "write a sidecar JSON for every photo under the given folders",
		ArgsUsage: "PATH...",
		Description: `Walks folders recursively (hidden entries skipped; a symbolic link named as an
argument is followed, links to folders inside are not), writes photo.jpg.json
beside each photo (or under --out-dir), reuses sidecars that are up to date
unless --force, and never stops on a broken file: it gets a sidecar with
"error". Each path is processed once, however often it is named.

Two photos never write the same sidecar: when they would (--sidecar-name base
with photo.jpg and photo.webp, or --out-dir with two folders both holding
img.jpg), neither is written, both are reported with an "error" and wirecap
exits 2. Use --sidecar-name full, or one run per folder.

Sidecars are written to a temporary file and renamed, so none is ever half
written; on Linux the batch is made durable with one filesystem sync
(syncfs) at the end, elsewhere with --fsync (each file synced before its
rename, slower). Ctrl-C or SIGTERM stops taking photos, lets the sidecars
being written finish, prints the summary and exits 130 or 143; a closed
standard output (| head) ends the run the same way, exit 141.

Exit status: 0 clean, 1 findings at or above --fail-on (reused sidecars
count), 2 usage or I/O error.

Examples:
   wirecap process testdata/
   wirecap process photos/ --use marketing --territory FR --article story.html
   wirecap process --format ndjson photos/ | jq -c 'select(.verdict.decision=="deny") | .source_file'
   wirecap process --out-dir /tmp/sidecars --sidecar-name base --jobs 4 photos/`,
		Flags: append(checkFlags(),
			jobsFlag(),
			&cli.StringFlag{Name: "out-dir", Usage: "write sidecars under DIR, mirroring the tree"},
			&cli.StringFlag{Name: "sidecar-name", Value: "full", Usage: "full (photo.jpg.json) or base (photo.json)"},
			&cli.BoolFlag{Name: "force", Usage: "rewrite sidecars that are up to date"},
			&cli.BoolFlag{Name: "fsync", Usage: "fsync every sidecar before its rename"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text (one line per photo and a summary) or ndjson (one record per path on stdout; json is the same)"},
			onlyFlag(),
			&cli.StringFlag{Name: "progress", Value: "auto", Usage: "auto (on a terminal), always or never"},
		),
		OnUsageError: subUsageError,
		Action:       runProcess,
	}
}

type stats struct {
	photos, written, reused, errors int
	skipped, unreadable, collisions int
	severity                        map[string]int
	decisions                       map[string]int
	ioErrors                        []string
	firstUnreadable                 string
	fail                            bool
	rules                           *tally // findings per rule, for the summary
}

// outcome is what process did with one path.
type outcome struct {
	rec      *sidecar.Record // nil: not a photo (the item says why)
	reused   bool
	writeErr error
}

// processJob is one photo with where its sidecar goes.
type processJob struct {
	item      batch.Item
	out       string
	collision string // the other photos that would write the same sidecar
}

func runProcess(c *cli.Context) error {
	naming, progress := c.String("sidecar-name"), c.String("progress")
	format, err := formatOf(c, "text", "json")
	if err != nil {
		return err
	}
	only, err := onlyOf(c)
	if err != nil {
		return err
	}
	if naming != sidecar.NameFull && naming != sidecar.NameBase {
		return usageErr("process: --sidecar-name must be full or base, not %q", naming)
	}
	if progress != "auto" && progress != "always" && progress != "never" {
		return usageErr("process: --progress must be auto, always or never, not %q", progress)
	}
	if err := objectSidecars(c); err != nil {
		return err
	}
	o, jobsN, w, err := photoBatch(c)
	if err != nil {
		return err
	}
	outDir, force, fsync, failOn := c.String("out-dir"), c.Bool("force"), c.Bool("fsync"), c.String("fail-on")
	todo := plan(w.items, outDir, naming)
	st := &stats{severity: map[string]int{}, decisions: map[string]int{}, rules: newTally()}
	for _, j := range todo { // after plan: a sidecar path that would leave --out-dir is an error too
		st.skipped += btoi(j.item.Skip != "" && j.item.Err == nil)
		st.unreadable += btoi(j.item.Err != nil)
	}
	out := c.App.Writer
	showProgress := progress == "always" || progress == "auto" && isTerminal(c.App.ErrWriter)
	bar := newProgress(c.App.ErrWriter, w.photos, showProgress)
	syncDirs := map[string]bool{}
	done, err := batch.Map(c.Context, jobsN, todo, func(j processJob) outcome {
		switch {
		case !j.item.Photo():
			return outcome{}
		case j.collision != "":
			rec := pipeline.BuildUnder(j.item.Path, j.item.Root, o)
			msg := fmt.Sprintf("sidecar %s would also be written for %s: neither written (use --sidecar-name full or one run per folder)", j.out, j.collision)
			rec.Error = &msg
			return outcome{rec: rec, writeErr: fmt.Errorf("%s: %s", j.item.Path, msg)}
		}
		if !force {
			if old := reusable(j.item, j.out, o); old != nil {
				return outcome{rec: old, reused: true}
			}
		}
		rec := pipeline.BuildUnder(j.item.Path, j.item.Root, o)
		if foreignFile(j.out) {
			msg := fmt.Sprintf("%s is not a wirecap sidecar: not overwritten (move it, or use --out-dir)", j.out)
			rec.Error = &msg
			return outcome{rec: rec, writeErr: fmt.Errorf("%s: %s", j.item.Path, msg)}
		}
		return outcome{rec: rec, writeErr: sidecar.Write(j.out, rec, fsync)}
	}, func(j processJob, r outcome) error {
		if r.rec == nil {
			sk := checkedSkip(j.item)
			switch {
			case format == "json" && shown(only, itemDecision(j.item)):
				writeJSON(out, sk, false)
			case format == "json":
				writeJSON(out, sk, false)
			case sk.Error != nil:
				fmt.Fprintf(c.App.ErrWriter, "wirecap: unreadable: %s\n", clean(*sk.Error))
			default:
				fmt.Fprintf(c.App.ErrWriter, "wirecap: skipped %s: %s\n", quotePath(sk.SourceFile), clean(sk.Skipped))
			}
			if sk.Error != nil && st.firstUnreadable == "" {
				st.firstUnreadable = *sk.Error
			}
			return outputErr(out)
		}
		st.count(r, j, failOn)
		if r.writeErr == nil && !r.reused {
			dir := j.item.Root
			if outDir != "" {
				dir = outDir
			}
			syncDirs[dir] = true
		}
		switch {
		case !shown(only, recordDecision(r.rec)):
		case format == "json":
			writeJSON(out, asCheckRecord(r.rec, r.reused), false)
		default:
			if isTerminal(out) {
				bar.clear()
			}
			writeCompact(out, r.rec)
		}
		bar.add()
		return outputErr(out)
	})
	bar.done()
	if !fsync {
		for d := range syncDirs {
			if serr := sidecar.SyncDir(d); serr != nil {
				st.ioErrors = append(st.ioErrors, "sync: "+serr.Error())
			}
		}
	}
	summaryOut := io.Writer(out)
	if format == "json" || outputErr(out) != nil {
		summaryOut = c.App.ErrWriter
	}
	printSummary(summaryOut, st)
	if err != nil {
		if stopCode(c.Context) != 0 {
			fmt.Fprintf(c.App.ErrWriter, "wirecap: interrupted after %d of %d paths; no sidecar is half written\n", done, len(todo))
		}
		return stopped(c, err)
	}
	if st.unreadable > 0 || len(st.ioErrors) > 0 {
		first := ""
		if st.firstUnreadable != "" {
			first = ": " + st.firstUnreadable
		} else if len(st.ioErrors) > 0 {
			first = ": " + st.ioErrors[0]
		}
		return &exitError{2, fmt.Sprintf("process: %d path(s) unreadable, %d sidecar(s) not written%s", st.unreadable, len(st.ioErrors), first)}
	}
	if st.fail {
		return &exitError{1, ""}
	}
	return nil
}

// foreignFile reports whether a file that wirecap did not write stands where
// a sidecar goes (another tool's photo.json): it is never overwritten. A
// wirecap sidecar names its generator in its first lines, so the head is
// enough.
func foreignFile(path string) bool {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false
	}
	if err != nil {
		return true
	}
	defer f.Close()
	head := make([]byte, 256)
	n, _ := io.ReadFull(f, head)
	compact := strings.Join(strings.Fields(string(head[:n])), "") // spacing aside
	return !strings.Contains(compact, `"generator":"wirecap`)
}

func (st *stats) count(r outcome, j processJob, failOn string) {
	st.photos++
	switch {
	case j.collision != "":
		st.collisions++
		st.ioErrors = append(st.ioErrors, r.writeErr.Error())
	case r.writeErr != nil:
		st.ioErrors = append(st.ioErrors, r.writeErr.Error())
	case r.reused:
		st.reused++
	default:
		st.written++
	}
	if r.rec.Error != nil && j.collision == "" {
		st.errors++
	}
	for _, f := range r.rec.Findings {
		st.severity[f.Severity]++
	}
	if r.rec.Verdict != nil {
		st.decisions[r.rec.Verdict.Decision]++
	}
	st.fail = st.fail || failing(r.rec.Findings, failOn)
	st.rules.record(r.rec)
}

// plan gives every photo its sidecar path and finds the photos that would
// write the same one (compared by absolute path, and without case where the
// file system may ignore it).
func plan(items []batch.Item, outDir, naming string) []processJob {
	jobs := make([]processJob, len(items))
	byOut := map[string][]int{}
	for i, it := range items {
		jobs[i].item = it
		if !it.Photo() {
			continue
		}
		dst, err := sidecar.Path(it.Path, it.Root, outDir, naming)
		if err != nil {
			jobs[i].item.Err = err
			continue
		}
		jobs[i].out = dst
		k, _ := filepath.Abs(dst)
		k = strings.ToLower(k) // photo.JPG and photo.jpg collide on macOS and Windows
		byOut[k] = append(byOut[k], i)
	}
	for _, idx := range byOut {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			var others []string
			for _, k := range idx {
				if k != i {
					others = append(others, items[k].Path)
				}
			}
			jobs[i].collision = strings.Join(others, ", ")
		}
	}
	return jobs
}

// reusable returns the sidecar at dst when it is still the answer for the
// photo: computed from the same inputs (tool, use, territory, policy, kill
// list, article, photo and .xmp sidecar) and valid at --as-of. Otherwise nil.
func reusable(it batch.Item, dst string, o *pipeline.Options) *sidecar.Record {
	old, ok := o.Fresh(it.Path, it.Root, dst)
	if !ok {
		return nil
	}
	old.SourceFile = it.Path // as this run names it, like the records it computes
	return old
}

func printSummary(w io.Writer, st *stats) {
	fmt.Fprintf(w, "wirecap: %d photos, %d sidecars written, %d up to date, %d unreadable\n", st.photos, st.written, st.reused, st.errors)
	if st.skipped+st.unreadable+st.collisions > 0 {
		fmt.Fprintf(w, "skipped: %d not photos, %d paths unreadable, %d sidecar collisions\n", st.skipped, st.unreadable, st.collisions)
	}
	fmt.Fprintf(w, "findings: %d error, %d warning, %d info\n", st.severity["error"], st.severity["warning"], st.severity["info"])
	fmt.Fprintf(w, "verdicts: %d allow, %d review, %d deny\n", st.decisions["allow"], st.decisions["review"], st.decisions["deny"])
	fmt.Fprintf(w, "rules: %s\n", ruleCounts(st.rules.rules))
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

// objectSidecars refuses what process cannot do with object storage yet:
// photos in s3:// need --out-dir, a local folder (the sidecars are not
// written back to the bucket), and --out-dir itself must be local.
func objectSidecars(c *cli.Context) error {
	if store.IsS3(c.String("out-dir")) {
		return usageErr("process: --out-dir %s: sidecars are written to a local folder only (use check --format json for records from object storage)", c.String("out-dir"))
	}
	if c.String("out-dir") == "" && slices.ContainsFunc(c.Args().Slice(), store.IsS3) {
		return usageErr("process: photos in object storage need --out-dir DIR, a local folder for their sidecars")
	}
	return nil
}
