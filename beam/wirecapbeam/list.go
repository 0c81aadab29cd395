package wirecapbeam

import (
	"context"
	"encoding/csv"
	"net/url"
	"path"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
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
	register.Function3x0(listLine)
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

// listLine turns one line of a --files_from list into an Item: a line is a
// path or key as `find` or `aws s3 ls` print it, or a line of an S3
// Inventory CSV report ("bucket","key",...; the key URL-encoded), which
// becomes s3://bucket/key. Blank lines and # comments are ignored, and so
// are companions (an inventory lists the sidecars and articles beside the
// photos). Anything else that is not a photo by its extension gets a
// skipped record.
func listLine(ctx context.Context, line string, emit func(Item)) {
	p, ok := parseLine(line)
	if !ok {
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

// parseLine returns the path or key a list line names, and false for a
// line that names none.
func parseLine(line string) (string, bool) {
	line = strings.TrimRight(line, "\r\n")
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "", strings.HasPrefix(trimmed, "#"):
		return "", false
	case strings.HasPrefix(trimmed, `"`):
		return inventoryKey(trimmed)
	}
	// A path keeps its own spaces: only the line's ends are trimmed of
	// what editors and Windows add.
	return strings.TrimSpace(line), true
}

// inventoryKey reads the bucket and key columns of an S3 Inventory CSV
// line. S3 writes keys URL-encoded (spaces as '+'); a line that is not
// such a CSV row names nothing.
func inventoryKey(line string) (string, bool) {
	r := csv.NewReader(strings.NewReader(line))
	rec, err := r.Read()
	if err != nil || len(rec) < 2 || rec[0] == "" || rec[1] == "" {
		return "", false
	}
	key, err := url.QueryUnescape(rec[1])
	if err != nil {
		return "", false
	}
	return "s3://" + rec[0] + "/" + key, true
}
