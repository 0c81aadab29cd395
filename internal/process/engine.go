package process

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// Options say what an Engine does with each photo besides building its
// record.
type Options struct {
	Jobs   int    // photos in flight; 0: every core (batch.DefaultJobs)
	Write  bool   // write sidecars (process); else records only (check, inspect)
	OutDir string // "": each sidecar beside its photo; else mirrored under OutDir
	Naming string // sidecar.NameFull (photo.jpg.json, the default) or sidecar.NameBase
	Force  bool   // rewrite sidecars that are up to date
	Fsync  bool   // fsync each sidecar and its folder (else one sync per folder at the end)
}

// Engine runs one batch.
type Engine struct {
	pipe   *pipeline.Options
	o      Options
	wr     sidecar.Dest // nil without Write
	byName bool         // sidecars beside their photos: photo.jpg.json is photo.jpg's by its name
}

// New makes the engine of a batch; with Write, OutDir is opened (and
// created) once for the whole batch, or its bucket probed.
func New(pipe *pipeline.Options, o Options) (*Engine, error) {
	if o.Jobs == 0 {
		o.Jobs = batch.DefaultJobs()
	}
	if o.Naming == "" {
		o.Naming = sidecar.NameFull
	}
	e := &Engine{pipe: pipe, o: o, byName: o.OutDir == ""}
	if o.Write {
		wr, err := sidecar.NewDest(o.OutDir, o.Fsync) // a folder, or an s3:// prefix
		if err != nil {
			return nil, err
		}
		e.wr = wr
	}
	return e, nil
}

// Close releases OutDir.
func (e *Engine) Close() error {
	if e.wr == nil {
		return nil
	}
	return e.wr.Close()
}

// Job is one path of the batch with where its sidecar goes.
type Job struct {
	Item      batch.Item
	Out       string // the sidecar's path ("" without Write, or not a photo)
	Collision string // the other photos that would write the same sidecar
}

// Result is what the engine did with one path.
type Result struct {
	Job
	Record   *sidecar.Record // nil: not a photo (Item says why)
	Reused   bool            // an up-to-date sidecar stands for the record
	ReadErr  bool            // the photo could not be read (or a stage failed): its record has an error of its own
	WriteErr error           // its sidecar was not written (Record.Error says so too)
}

// Stats are what a finished run tells beside its results.
type Stats struct {
	Emitted    int     // results handed to emit
	SyncErrors []error // folders whose sidecars could not be made durable
}

// Run builds (or reuses) the record of every job on the pool and calls
// emit with each result in the order of jobs, on the caller's goroutine.
// When ctx is done or emit fails, no further photo is started; those
// started finish (no sidecar is half written). With Write and without
// Fsync, the folders written to are synced once at the end. Run returns
// emit's error, else ctx's if it stopped the run.
func (e *Engine) Run(ctx context.Context, jobs []Job, emit func(Result) error) (Stats, error) {
	syncDirs := map[string]bool{}
	done, err := batch.Map(ctx, e.o.Jobs, jobs, e.do, func(_ Job, r Result) error {
		if e.wr != nil && r.Record != nil && r.WriteErr == nil && !r.Reused && !store.IsS3(r.Out) {
			syncDirs[cmp.Or(e.o.OutDir, r.Item.Root)] = true
		}
		return emit(r)
	})
	st := Stats{Emitted: done}
	if e.wr != nil && !e.o.Fsync { // Fsync made each sidecar durable already
		for d := range syncDirs {
			if serr := sidecar.SyncDir(d); serr != nil {
				st.SyncErrors = append(st.SyncErrors, serr)
			}
		}
	}
	return st, err
}

func (e *Engine) do(j Job) Result {
	switch {
	case !j.Item.Photo():
		return Result{Job: j}
	case e.wr == nil:
		return e.written(j, pipeline.BuildUnder(j.Item.Path, j.Item.Root, e.pipe), nil)
	case j.Collision != "":
		msg := fmt.Sprintf("sidecar %s would also be written for %s: neither written (use --sidecar-name full or one run per folder)", j.Out, j.Collision)
		return e.failed(j, errors.New(msg))
	}
	// What stands at the sidecar's place decides: nothing, our own sidecar
	// (fresh: reused), another photo's, another tool's file, or something
	// that cannot be read — those three are never overwritten.
	old, err := e.wr.Existing(j.Out)
	if err == nil && old != nil {
		if other := sidecar.OtherPhoto(old, e.pipe.Real(j.Item.Path), e.byName); other != "" {
			err = sidecar.ForeignPhoto(j.Out, other)
		}
	}
	if err != nil {
		return e.failed(j, err)
	}
	if !e.o.Force && e.pipe.Reusable(old, j.Item.Path, j.Item.Root) {
		sidecar.SetSource(old, j.Item.Path) // as this run names it, like the records it computes
		return Result{Job: j, Record: old, Reused: true}
	}
	rec := pipeline.BuildUnder(j.Item.Path, j.Item.Root, e.pipe)
	return e.written(j, rec, e.wr.Write(j.Out, rec))
}

// failed is the result of a photo whose sidecar is not written because of
// err: its record is computed all the same and says why in "error".
func (e *Engine) failed(j Job, err error) Result {
	rec := pipeline.BuildUnder(j.Item.Path, j.Item.Root, e.pipe)
	if errors.Is(err, sidecar.ErrForeign) {
		err = fmt.Errorf("%w (move it, or use --out-dir)", err)
	}
	return e.written(j, rec, err)
}

// written records a write error in the record's "error" (after the
// photo's own, if any), so that the record of a sidecar that is not on
// disk says so.
func (e *Engine) written(j Job, rec *sidecar.Record, err error) Result {
	r := Result{Job: j, Record: rec, ReadErr: rec.Error != nil, WriteErr: err}
	if err != nil {
		msg := err.Error()
		if rec.Error != nil {
			msg = *rec.Error + "; " + msg
		}
		rec.Error = &msg
	}
	return r
}
