package wirecapbeam

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local output and list files
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(string), error](&writeShardFn{})
	register.Function2x0(emptyShard)
	register.Iter1[[]byte]()
	register.Emitter1[string]()
}

// ShardName is the name of shard i of n in the output folder:
// out-00000-of-00004.ndjson, as Beam's own sinks and Hadoop name shards, so
// that `out-*.ndjson` globs them and a missing shard shows.
func ShardName(output string, i, n int) string {
	return joinPath(output, fmt.Sprintf("out-%05d-of-%05d.ndjson", i, n))
}

// joinPath joins a folder and a name for every file system Beam knows
// (local paths, gs://, s3://), which all take '/' between the two.
func joinPath(dir, name string) string {
	return strings.TrimRight(dir, "/") + "/" + name
}

// emptyShard gives every shard one empty line to write, so that a shard no
// photo hashed to is still written, as an empty file: a reader can count on
// n files.
func emptyShard(i int, emit func(int, []byte)) { emit(i, nil) }

// writeShardFn writes one shard: all the lines grouped under its key, one
// per line, into a temporary name beside the shard that is then renamed
// over it, so that a reader never sees half a shard and a retried bundle
// rewrites the same file. Object stores without rename copy and delete.
type writeShardFn struct {
	Output string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*[]byte) bool, emit func(string)) error {
	final := ShardName(f.Output, shard, f.Shards)
	fs, err := filesystem.New(ctx, final)
	if err != nil {
		return fmt.Errorf("wirecap-beam: output %s: %w", final, err)
	}
	defer fs.Close()
	tmp := final + ".tmp-" + randomSuffix()
	if err := writeLines(ctx, fs, tmp, lines); err != nil {
		if rm, ok := fs.(filesystem.Remover); ok {
			rm.Remove(ctx, tmp)
		}
		return fmt.Errorf("wirecap-beam: writing %s: %w", final, err)
	}
	if err := filesystem.Rename(ctx, fs, tmp, final); err != nil {
		return fmt.Errorf("wirecap-beam: renaming %s to %s: %w", tmp, final, err)
	}
	emit(final)
	return nil
}

func writeLines(ctx context.Context, fs filesystem.Interface, name string, lines func(*[]byte) bool) error {
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(wc, 1<<20)
	var line []byte
	for lines(&line) {
		if len(line) == 0 { // emptyShard's placeholder
			continue
		}
		w.Write(line)
		if err := w.WriteByte('\n'); err != nil {
			wc.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		wc.Close()
		return err
	}
	return wc.Close()
}

// randomSuffix keeps two attempts at the same shard (a retry racing a
// straggler) from writing the same temporary file.
func randomSuffix() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// writeShards is the sink: records keyed by shard, plus an empty line per
// shard, grouped and written one file per shard. Beam's textio.Write would
// funnel every record through one worker; this writes n files in
// parallel.
func writeShards(s beam.Scope, keyed beam.PCollection, output string, n int) beam.PCollection {
	s = s.Scope("WriteShards")
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	placeholders := beam.ParDo(s, emptyShard, beam.CreateList(s, idx))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, placeholders))
	return beam.ParDo(s, &writeShardFn{Output: output, Shards: n}, grouped)
}
