// Package wirecapbeam is wirecap's desk check as an Apache Beam pipeline:
// list the photos (local folders walked as `wirecap check` walks them,
// and/or list files of paths or keys, such as `find` output or an S3
// Inventory report) → check each with wirecap.Check → write the records as
// sharded NDJSON, one file per shard, the photos of one folder in one
// shard. It runs on Prism, the local runner in the Beam Go SDK, and
// unchanged on Dataflow, Flink and Spark (beam/README.md).
package wirecapbeam

import (
	"context"
	"errors"
	"fmt"
	"path"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/wirecap/wirecap"
	"github.com/wirecap/wirecap/filelist"
)

// Config is one run of the pipeline.
type Config struct {
	// Inputs are local folders or photos, walked recursively as `wirecap
	// check` walks its arguments.
	Inputs []string
	// FilesFrom is a file (or a glob of files; .gz read as gzip) listing
	// photos one per line, read as package filelist reads lines: paths,
	// keys, or S3 Inventory CSV rows (every line of a *.csv or *.csv.gz).
	FilesFrom string
	// Output is the folder the shards are written into: a local path,
	// gs://bucket/prefix or s3://bucket/prefix.
	Output string
	// Shards is how many files the records are spread over (≥ 1).
	Shards int
	// Use, Territory, AsOf and PolicyPath are wirecap.Options; AsOf is
	// fixed when the pipeline is built, so that every worker checks for
	// the same instant.
	Use, Territory string
	AsOf           time.Time
	PolicyPath     string
}

// UsageError is a Config that cannot be run; the command line exits 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef makes a *UsageError.
func Usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// Validate reports what would make every photo fail, before any worker
// starts: no input, no output, a bad shard count, use, territory or
// policy.
func (c Config) Validate(ctx context.Context) error {
	switch {
	case len(c.Inputs) == 0 && c.FilesFrom == "":
		return Usagef("give --input or --files_from (or both)")
	case c.Output == "":
		return Usagef("give --output, the folder the shards are written into")
	case c.Shards < 1:
		return Usagef("--shards must be at least 1, not %d", c.Shards)
	case path.Base(c.FilesFrom) == "manifest.json":
		return Usagef("--files_from %s: give the inventory's CSV files (…/data/*.csv.gz), not its manifest", c.FilesFrom)
	}
	fn := &checkFn{Use: c.Use, Territory: c.Territory, AsOf: c.AsOf, PolicyPath: c.PolicyPath}
	if err := fn.Setup(); err != nil {
		return Usagef("%v", err)
	}
	// Check validates its options before it touches the path: a path that
	// names nothing gives *OptionError for a bad use or territory, and a
	// *PhotoError otherwise.
	var oe *wirecap.OptionError
	if _, err := wirecap.Check(ctx, "", fn.opts); errors.As(err, &oe) {
		return Usagef("%v", err)
	}
	return nil
}

// Build adds the pipeline to s and returns the names of the shard files it
// writes. Call Validate first.
func Build(s beam.Scope, c Config) beam.PCollection {
	var listed []beam.PCollection
	if len(c.Inputs) > 0 {
		ls := s.Scope("WalkInputs")
		listed = append(listed, beam.ParDo(ls, walkInputs, beam.Create(ls, c.Inputs)))
	}
	if c.FilesFrom != "" {
		ls := s.Scope("FilesFrom")
		lines := textio.Read(ls, c.FilesFrom, textio.ReadAutoCompression())
		fn := &listFn{CSV: filelist.KindOf(c.FilesFrom) == filelist.CSV}
		listed = append(listed, beam.ParDo(ls, fn, lines))
	}
	items := beam.Flatten(s, listed...)
	// A listing comes out of one worker (a folder walk) or in large runs
	// (a list file's splits): reshuffle so that the checks spread over
	// every worker.
	items = beam.Reshuffle(s, items)
	fn := &checkFn{Use: c.Use, Territory: c.Territory, AsOf: c.AsOf, PolicyPath: c.PolicyPath, Shards: c.Shards}
	keyed := beam.ParDo(s.Scope("Check"), fn, items)
	return writeShards(s, keyed, c.Output, c.Shards)
}
