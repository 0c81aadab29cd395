package wirecapbeam

import (
	"context"
	"path"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/wirecap/wirecap/filelist"
	"github.com/wirecap/wirecap/internal/batch"
)

// Item is one path the pipeline found: a photo to check, or a path it does
// not read, with the reason (Skip) or the I/O error (Err), so that nothing
// listed passes unseen.
type Item struct {
	Path string
	Skip string
	Err  string
}

// companionExts are the files that travel with photos in a folder or a
// bucket (sidecars, articles, temporary files): a listing names them, and
// they are neither photos nor worth a record. The same set as the walker of
// `wirecap check` ignores inside folders (internal/batch), which keeps it
// unexported.
var companionExts = map[string]bool{
	".json": true, ".xmp": true, ".txt": true, ".md": true, ".html": true, ".htm": true, ".tmp": true,
}

var (
	ignoredCount = beam.NewCounter("wirecap", "ignored")
	skippedCount = beam.NewCounter("wirecap", "skipped")
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Item)(nil)).Elem())
	register.Function3x0(walkInputs)
	register.DoFn3x0[context.Context, string, func(Item)](&listFn{})
	register.Emitter1[Item]()
}

// walkInputs lists the folders and files of --input as `wirecap check`
// does: recursively, each file once even when two inputs overlap,
// companions and hidden entries ignored, unsupported formats and
// unreadable paths reported. All inputs are one element, walked by one
// worker: they are local paths, so they are on one machine anyway.
func walkInputs(ctx context.Context, roots []string, emit func(Item)) {
	items, counts := batch.Walk(roots)
	ignoredCount.Inc(ctx, int64(counts.Ignored))
	for _, it := range items {
		out := Item{Path: it.Path, Skip: it.Skip}
		if it.Err != nil {
			out.Err = it.Err.Error()
		}
		emit(out)
	}
}

// listFn turns one line of a --files_from list into an Item, as
// filelist reads lines for `wirecap --files-from`: a path or key as `find`
// or `aws s3 ls` print it, or a row of an S3 Inventory CSV report
// ("bucket","key",…; the key URL-encoded), which becomes s3://bucket/key.
// Blank lines are dropped, and so are companions (an inventory lists the
// sidecars and articles beside the photos). Anything else that is not a
// photo by its extension gets a skipped record, and a malformed row an
// error record.
type listFn struct {
	CSV bool // every line is an Inventory row (a *.csv or *.csv.gz list)
}

func (f *listFn) ProcessElement(ctx context.Context, line string, emit func(Item)) {
	kind := filelist.Paths
	if f.CSV {
		kind = filelist.CSV
	}
	// A byte-order mark can only start a file, but a line does not know
	// whether it is the first.
	p, ok, err := filelist.Line(strings.TrimPrefix(line, "\uFEFF"), kind, filelist.DefaultColumns)
	switch {
	case err != nil:
		emit(Item{Path: line, Err: err.Error()})
		return
	case !ok:
		return
	}
	ext := strings.ToLower(path.Ext(p))
	switch {
	case batch.PhotoExts[ext] != "":
		emit(Item{Path: p})
	case companionExts[ext]:
		ignoredCount.Inc(ctx, 1)
	default:
		emit(Item{Path: p, Skip: "not a photo"})
	}
}
