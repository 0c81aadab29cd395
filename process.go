package wirecap

import (
	"cmp"
	"context"
	"errors"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/process"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// ProcessOptions are a batch's planned use (Options) and what Process does
// with the sidecars. Zero values mean what `wirecap process` defaults to.
type ProcessOptions struct {
	Options
	// Jobs is how many photos are read at once; 0 is one per core.
	Jobs int
	// OutDir is where sidecars go, mirroring each path's tree: a folder,
	// or an s3://bucket/prefix; "" writes each beside its photo (in its
	// bucket for a photo in object storage).
	OutDir string
	// SidecarName is "full" (photo.jpg.json, the default when "") or
	// "base" (photo.json).
	SidecarName string
	// Force rewrites sidecars that are up to date.
	Force bool
	// Fsync makes each sidecar durable before the next (slower); else the
	// folders written to are synced once at the end of the batch.
	Fsync bool
	// NoSidecars computes every record and writes none, as `wirecap
	// check` does: no sidecar is read, reused or written.
	NoSidecars bool
}

// Process checks every photo under paths (files and folders, walked
// recursively; s3:// prefixes too) and calls fn with one record per path,
// in the order of paths and, inside a folder, in lexical order, on the
// caller's goroutine, while the next photos are read on every core.
//
// Each photo's sidecar is written atomically beside it (or under OutDir),
// unless an up-to-date one is there already: same photo, article, policy
// and options, and o.AsOf inside the window its verdict holds for; that
// record is then passed on with Reused set. Two photos that would write
// one sidecar write none, and a sidecar that belongs to another photo or
// another tool is never overwritten; either way the record's Error says
// why.
//
// A path that is not a photo gets a record with Skipped set (an
// unreadable one with Error and a file.unreadable finding as well); a
// photo that cannot be read gets a record with Error. Neither stops the
// batch, and neither is an error of Process: look at each record.
//
// Process returns an *OptionError for options it cannot use, fn's error
// when fn fails (no further photo is started), ctx's error when ctx stops
// the batch, or the error of a folder whose sidecars could not be synced.
// The photos in flight when the batch stops are finished: no sidecar is
// ever half written.
func Process(ctx context.Context, paths []string, o ProcessOptions, fn func(*Record) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.SidecarName != "" && o.SidecarName != sidecar.NameFull && o.SidecarName != sidecar.NameBase {
		return &OptionError{Option: "SidecarName", Value: o.SidecarName, Err: errors.New(`want "full" or "base"`)}
	}
	po, err := o.resolve()
	if err != nil {
		return err
	}
	po.Roots = pipeline.RootsOf(paths)
	eng, err := process.New(po, process.Options{Jobs: min(max(o.Jobs, 0), batch.MaxJobs), Write: !o.NoSidecars,
		OutDir: o.OutDir, Naming: o.SidecarName, Force: o.Force, Fsync: o.Fsync})
	if err != nil {
		return &OptionError{Option: "OutDir", Value: o.OutDir, Err: err}
	}
	defer eng.Close()
	w := process.Walk(paths, batch.Shard{})
	st, err := eng.Run(ctx, eng.Plan(w.Items), func(r process.Result) error {
		if r.Record == nil {
			return fn(skipped(po.Generator, r.Item))
		}
		r.Record.Reused = r.Reused
		return fn(r.Record)
	})
	return errors.Join(append([]error{err}, st.SyncErrors...)...)
}

// skipped is the record of a path that was not read as a photo.
func skipped(generator string, it batch.Item) *Record {
	rec := &Record{SchemaVersion: sidecar.SchemaVersion, Generator: generator, Skipped: it.Skip, Findings: process.SkipFindings(it)}
	sidecar.SetSource(rec, it.Path)
	if it.Err != nil {
		msg := it.Err.Error()
		rec.Error = &msg
		rec.Skipped = cmp.Or(rec.Skipped, "unreadable")
	}
	return rec
}
