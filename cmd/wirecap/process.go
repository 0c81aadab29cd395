package main

import (
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/process"
	"github.com/wirecap/wirecap/internal/sidecar"
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
(syncfs) at the end, elsewhere with --fsync (each file synced, renamed, and
its folder synced: durable file by file, slower). Ctrl-C or SIGTERM stops taking photos, lets the sidecars
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
			&cli.BoolFlag{Name: "fsync", Usage: "fsync every sidecar, rename it, fsync its folder (durable file by file)"},
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
	notWritten                      int
	severity                        map[string]int
	decisions                       map[string]int
	ioErrors                        []string
	firstUnreadable                 string
	fail                            bool
	rules                           *tally // findings per rule, for the summary
}

func runProcess(c *cli.Context) error {
	naming, progress := c.String("sidecar-name"), c.String("progress")
	format, only, err := processFlags(c)
	if err != nil {
		return err
	}
	o, jobsN, w, err := photoBatch(c)
	if err != nil {
		return err
	}
	outDir, failOn := c.String("out-dir"), c.String("fail-on")
	eng, err := process.New(o, process.Options{Jobs: jobsN, Write: true, OutDir: outDir, Naming: naming,
		Force: c.Bool("force"), Fsync: c.Bool("fsync")})
	if err != nil {
		return &exitError{2, "process: " + err.Error()}
	}
	defer eng.Close()
	todo := eng.Plan(w.Items)
	st := &stats{severity: map[string]int{}, decisions: map[string]int{}, rules: newTally()}
	for _, j := range todo { // after Plan: a sidecar path that would leave --out-dir is an error too
		st.skipped += btoi(j.Item.Skip != "" && j.Item.Err == nil)
		st.unreadable += btoi(j.Item.Err != nil)
	}
	out := c.App.Writer
	showProgress := progress == "always" || progress == "auto" && isTerminal(c.App.ErrWriter)
	bar := newProgress(c.App.ErrWriter, w.Photos, showProgress)
	run, err := eng.Run(c.Context, todo, func(r process.Result) error {
		if r.Record == nil {
			reportSkip(c, format, r.Item, st)
			return outputErr(out)
		}
		st.count(r, failOn)
		switch {
		case !shown(only, recordDecision(r.Record)):
		case format == "json":
			writeJSON(out, asCheckRecord(r.Record, r.Reused), false)
		default:
			if isTerminal(out) {
				bar.clear()
			}
			writeCompact(out, r.Record)
		}
		bar.add()
		return outputErr(out)
	})
	bar.done()
	for _, e := range run.SyncErrors {
		st.ioErrors = append(st.ioErrors, "sync: "+e.Error())
	}
	summaryOut := io.Writer(out)
	if format == "json" || outputErr(out) != nil {
		summaryOut = c.App.ErrWriter
	}
	printSummary(summaryOut, st)
	if err != nil {
		if stopCode(c.Context) != 0 {
			fmt.Fprintf(c.App.ErrWriter, "wirecap: interrupted after %d of %d paths; no sidecar is half written\n", run.Emitted, len(todo))
		}
		return stopped(c, err)
	}
	return st.exit()
}

// exit is the status of a finished run: 2 when a path or photo could not
// be read or a sidecar not written (whatever --fail-on), else 1 for
// findings at --fail-on.
func (st *stats) exit() error {
	if st.unreadable > 0 || len(st.ioErrors) > 0 || st.errors > 0 {
		first := ""
		if st.firstUnreadable != "" {
			first = ": " + st.firstUnreadable
		} else if len(st.ioErrors) > 0 {
			first = ": " + st.ioErrors[0]
		}
		return &exitError{2, fmt.Sprintf("process: %d path(s) unreadable, %d photo(s) unreadable, %d sidecar(s) not written%s",
			st.unreadable, st.errors, st.notWritten, first)}
	}
	if st.fail {
		return &exitError{1, ""}
	}
	return nil
}

func (st *stats) count(r process.Result, failOn string) {
	st.photos++
	switch {
	case r.WriteErr != nil:
		st.notWritten++
		st.collisions += btoi(r.Collision != "")
		st.ioErrors = append(st.ioErrors, r.Item.Path+": "+r.WriteErr.Error())
	case r.Reused:
		st.reused++
	default:
		st.written++
	}
	st.errors += btoi(r.ReadErr || r.Reused && r.Record.Error != nil)
	for _, f := range r.Record.Findings {
		st.severity[string(f.Severity)]++
	}
	// The verdicts counted are those a sidecar on disk holds.
	if r.Record.Verdict != nil && r.WriteErr == nil {
		st.decisions[string(r.Record.Verdict.Decision)]++
	}
	st.fail = st.fail || failing(r.Record.Findings, failOn)
	st.rules.record(r.Record)
}

func printSummary(w io.Writer, st *stats) {
	fmt.Fprintf(w, "wirecap: %d photos, %d sidecars written, %d up to date, %d unreadable\n", st.photos, st.written, st.reused, st.errors)
	if st.notWritten > 0 {
		fmt.Fprintf(w, "not written: %d sidecars (each record's \"error\" says why)\n", st.notWritten)
	}
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

// processFlags checks the flags of process that photoBatch does not read,
// and returns its format and --only filter.
func processFlags(c *cli.Context) (string, map[string]bool, error) {
	format, err := formatOf(c, "text", "json")
	if err != nil {
		return "", nil, err
	}
	only, err := onlyOf(c)
	if err != nil {
		return "", nil, err
	}
	if n := c.String("sidecar-name"); n != sidecar.NameFull && n != sidecar.NameBase {
		return "", nil, usageErr("process: --sidecar-name must be full or base, not %q", n)
	}
	if p := c.String("progress"); p != "auto" && p != "always" && p != "never" {
		return "", nil, usageErr("process: --progress must be auto, always or never, not %q", p)
	}
	return format, only, nil
}

// reportSkip tells of a path process did not read as a photo: its record
// on stdout under --format json (whatever --only: every path gets one),
// else a line on stderr.
func reportSkip(c *cli.Context, format string, it batch.Item, st *stats) {
	sk := checkedSkip(it)
	switch {
	case format == "json":
		writeJSON(c.App.Writer, sk, false)
	case sk.Error != nil:
		fmt.Fprintf(c.App.ErrWriter, "wirecap: unreadable: %s\n", clean(*sk.Error))
	default:
		fmt.Fprintf(c.App.ErrWriter, "wirecap: skipped %s: %s\n", quotePath(sk.SourceFile), clean(sk.Skipped))
	}
	if sk.Error != nil && st.firstUnreadable == "" {
		st.firstUnreadable = *sk.Error
	}
}
