package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/process"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// jobsFlag is the pool size of check, inspect and process.
func jobsFlag() cli.Flag {
	return &cli.IntFlag{Name: "jobs", Value: batch.DefaultJobs(), Usage: "photos read in parallel, 1 to 1024 (default: every core)"}
}

// objectJobsPerCore is the default pool per core when photos are in
// object storage: a photo then waits on the network (tens of ms a round
// trip) far longer than its 1–2 ms of CPU, so many must be in flight.
const objectJobsPerCore = 32

func jobsOf(c *cli.Context) (int, error) {
	if !c.IsSet("jobs") && slices.ContainsFunc(c.Args().Slice(), store.IsS3) {
		return min(1024, objectJobsPerCore*batch.DefaultJobs()), nil
	}
	if n := c.Int("jobs"); n >= 1 && n <= batch.MaxJobs {
		return n, nil
	}
	return 0, usageErr("%s: --jobs must be from 1 to %d, not %d", c.Command.Name, batch.MaxJobs, c.Int("jobs"))
}

// skipRecord is the NDJSON record of a path that was not read as a photo:
// `{"source_file": "a.gif", "skipped": "unsupported format gif", "error": null}`.
// An I/O error (missing file, unreadable folder, dangling link) has
// "skipped": "unreadable" and the message in "error". check and process add
// "findings" (so that `jq '.findings[]'` works on every record): empty for a
// file that is not a photo, a file.unreadable error for an I/O error.
type skipRecord struct {
	SourceFile      string             `json:"source_file"`
	SourceFileBytes []byte             `json:"source_file_bytes,omitempty"` // the path's bytes when it is not UTF-8
	Skipped         string             `json:"skipped"`
	Findings        *[]sidecar.Finding `json:"findings,omitempty"`
	Error           *string            `json:"error"`
}

func skipOf(it batch.Item) skipRecord {
	r := skipRecord{SourceFile: it.Path, SourceFileBytes: sidecar.PathBytes(it.Path), Skipped: it.Skip}
	if it.Err != nil {
		msg := it.Err.Error()
		r.Error = &msg
		if r.Skipped == "" {
			r.Skipped = "unreadable"
		}
	}
	return r
}

// checkedSkip is skipOf with findings, for check and process.
func checkedSkip(it batch.Item) skipRecord {
	r := skipOf(it)
	f := process.SkipFindings(it)
	r.Findings = &f
	return r
}

func writeSkipText(w io.Writer, it batch.Item) {
	r := skipOf(it)
	reason := r.Skipped
	if r.Error != nil {
		reason = *r.Error
	}
	fmt.Fprintf(w, "%s\n  %-14s%s\n\n", quotePath(r.SourceFile), "Skipped:", clean(reason))
}

// checkRecord is how check and process print a record: findings always
// present as an array (`jq '.findings[]'` works on a clean photo), and
// "reused" on a sidecar process did not recompute.
type checkRecord struct {
	*sidecar.Record
	Findings []sidecar.Finding `json:"findings"`
	Reused   bool              `json:"reused,omitempty"`
}

func asCheckRecord(r *sidecar.Record, reused bool) checkRecord {
	f := r.Findings
	if f == nil {
		f = []sidecar.Finding{}
	}
	return checkRecord{Record: r, Findings: f, Reused: reused}
}

// shardFlag splits a batch over several runs.
func shardFlag() cli.Flag {
	return &cli.StringFlag{Name: "shard", Usage: "i/n: only the photos of shard i of n (by a hash of their folder), e.g. 2/8"}
}

// shardOf reads --shard.
func shardOf(c *cli.Context) (batch.Shard, error) {
	s := c.String("shard")
	if s == "" {
		return batch.Shard{}, nil
	}
	sh, err := batch.ParseShard(s)
	if err != nil {
		return sh, usageErr("%v", err)
	}
	return sh, nil
}

// note tells stderr what was not read, when anything was: check and
// inspect print records only, and a skipped path must not pass unseen.
func note(out io.Writer, cmd string, w process.Walked) {
	if w.Skipped+w.Unreadable > 0 {
		fmt.Fprintf(out, "wirecap: %s: %d photos, %d paths skipped (not photos), %d unreadable\n", cmd, w.Photos, w.Skipped, w.Unreadable)
	}
}
